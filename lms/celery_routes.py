"""Which queue each task goes to when the workers are split by queue (docs/deploy.md).

Mail waits on other servers and files use the CPU and memory for seconds: each on its own queue
keeps a slow SMTP relay or a large export from delaying the other, and from delaying the short
tasks on the default queue. Off unless `CELERY_QUEUES_SPLIT` is set, so one worker (and the
in-process tasks of development) serves everything.
"""

MAIL = "mail"
FILES = "files"
DEFAULT = "celery"

# Glob patterns on task names, first match wins (Celery's task_routes semantics).
TASK_ROUTES = {
    "courses.reports.tasks.report_export_run": {"queue": FILES},
    "lms.privacy.tasks.data_export_build": {"queue": FILES},
    "courses.certificates.tasks.certificate_issue": {"queue": FILES},
    "courses.enrolment.tasks.bulk_job_run": {"queue": FILES},
    "courses.assignments.tasks.bulk.*": {"queue": FILES},
    "courses.moodle.tasks.*": {"queue": FILES},
    "*email_send": {"queue": MAIL},
    "*emails_send": {"queue": MAIL},
    "*digests_send": {"queue": MAIL},
    "*receipt_send": {"queue": MAIL},
    "courses.certificates.tasks.certificate_deliver": {"queue": MAIL},
}
QUEUES = (DEFAULT, MAIL, FILES)
