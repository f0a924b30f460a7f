"""Retry policies shared by background jobs of every app."""

# A job writing a file (an export, a ZIP) may meet storage that is briefly away: retry with
# growing pauses; each service re-queues its job before the retry, so a retry redoes the work.
FILE_JOB_RETRY = {
    "autoretry_for": (OSError,),
    "retry_backoff": 30,
    "retry_backoff_max": 10 * 60,
    "retry_jitter": True,
    "max_retries": 5,
    "time_limit": 1800,
    "soft_time_limit": 1740,
}
