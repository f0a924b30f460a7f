"""Wagtail wiring of assignments: each side registers its hooks in its own module under
`courses/assignments/hooks/`, imported here (Wagtail loads only `wagtail_hooks`)."""

from datetime import timedelta

from django.conf import settings

from wagtail import hooks

from courses.assignments.hooks import authoring, grading, learner  # noqa: F401
from courses.assignments.personal_data import assignments_personal_data
from courses.assignments.services.archives import archives_sweep
from courses.assignments.services.worksheets import worksheet_uploads_sweep
from lms.privacy.providers import PERSONAL_DATA_PROVIDERS
from lms.retention.hooks import RETENTION_SWEEPS

# What assignments hold about a person (export, deletion): docs/privacy-providers.md.
hooks.register(PERSONAL_DATA_PROVIDERS, assignments_personal_data)


@hooks.register(RETENTION_SWEEPS)
def bulk_files_retention(now):
    """Submission ZIPs and uploaded grading worksheets older than RETENTION_BULK_UPLOAD_DAYS
    (the hourly sweep already removes them after a week: the setting can only shorten it)."""
    keep = timedelta(days=settings.RETENTION_BULK_UPLOAD_DAYS)
    zips = archives_sweep(now=now, keep=keep)["deleted"]
    return "assignments.bulk_files", zips + worksheet_uploads_sweep(now=now, keep=keep)
