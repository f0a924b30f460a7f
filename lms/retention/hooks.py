"""The retention extension point: each app says which of its old data the nightly run removes.

`lms` may not import the course apps, so an app holding files or rows with a retention period
registers a sweep with the Wagtail hook RETENTION_SWEEPS in its `wagtail_hooks.py`:

    @hooks.register(RETENTION_SWEEPS)
    def report_exports_retention(now):
        return "reports.export_files", report_exports_expire(now=now)

A sweep takes the run's moment (aware) and returns (label, count): a stable label (stored in
`RetentionRun.counts`) and how many rows or files it removed. It reads its period from
settings, is idempotent (a second run the same night removes nothing) and commits its own work.
"""

from collections.abc import Callable

from wagtail import hooks

RETENTION_SWEEPS = "retention_sweeps"


def retention_sweeps() -> list[Callable]:
    """Every registered sweep, in hook order."""
    return list(hooks.get_hooks(RETENTION_SWEEPS))
