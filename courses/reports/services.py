"""Report exports: small tables download at once; learner records past a threshold are built by
a Celery task into a file the requester downloads (and is told about by e-mail)."""

import logging
import tempfile
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files import File
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from courses.reports.models import ACTIVE_EXPORT_STATUSES, ReportExport, ReportExportStatus
from courses.reports.selectors.figures import ReportFilters
from lms.access_log.models import AccessAction
from lms.access_log.services import access_record
from lms.accounts.models import User
from lms.outbox.services import outbox_send
from lms.spreadsheets import FILE_FORMATS

logger = logging.getLogger(__name__)

UNKNOWN_TABLE = _("This table cannot be exported.")
UNKNOWN_FORMAT = _("Choose CSV or XLSX.")
NOT_FOR_PUBLICATION = _(
    "Learner records name people: they are never exported for publication. "
    "Export the summary tables for publication instead."
)
EXPORT_FAILED = _("The export could not be built. Please try again or ask for help.")
EXPORT_INTERRUPTED = _("The export was interrupted. Please ask for it again.")
PROGRESS_EVERY = 500
# Past these ages the sweep acts: a queued job whose task never reached a worker is sent again,
# a running one longer than the task's hard limit died with its worker.
QUEUED_GRACE = timedelta(minutes=2)
RUNNING_STALE = timedelta(hours=1)


@transaction.atomic
def report_export_request(
    *,
    user: User,
    table_name: str,
    filters: ReportFilters,
    file_format: str,
    publication: bool,
    language: str,
) -> ReportExport:
    """Queue a background export, or return the identical one already queued or running."""
    from courses.reports.selectors.exports import BACKGROUND_TABLES, filters_to_json

    if table_name not in BACKGROUND_TABLES:
        raise ValidationError(UNKNOWN_TABLE, code="table")
    if file_format not in FILE_FORMATS:
        raise ValidationError(UNKNOWN_FORMAT, code="format")
    if publication:
        raise ValidationError(NOT_FOR_PUBLICATION, code="publication")
    filters = filters_to_json(filters)
    # One request at a time per person: the second of two quick clicks waits here, then finds
    # the first one's job.
    User.objects.select_for_update().filter(pk=user.pk).first()
    for job in ReportExport.objects.filter(
        requester=user,
        table_name=table_name,
        file_format=file_format,
        publication=publication,
        status__in=ACTIVE_EXPORT_STATUSES,
    ):
        if job.filters == filters:
            return job
    job = ReportExport.objects.create(
        requester=user,
        table_name=table_name,
        filters=filters,
        file_format=file_format,
        publication=publication,
        language=language,
    )
    from courses.reports.tasks import report_export_run as task

    outbox_send(task, job.pk)
    return job


def _claim(export_id: int) -> ReportExport | None:
    """Move a queued job to running; None if it is gone or another run has it (idempotent)."""
    with transaction.atomic():
        job = (
            ReportExport.objects.select_for_update()
            .select_related("requester")
            .filter(pk=export_id)
            .first()
        )
        if job is None or job.status != ReportExportStatus.QUEUED:
            return None
        job.status = ReportExportStatus.RUNNING
        job.rows_done = 0
        job.save(update_fields=["status", "rows_done"])
    return job


def _counted(rows, job: ReportExport):
    """Pass rows through, saving the progress every PROGRESS_EVERY rows (the header excluded)."""
    done = -1
    for row in rows:
        yield row
        done += 1
        if done and done % PROGRESS_EVERY == 0:
            ReportExport.objects.filter(pk=job.pk).update(rows_done=done)
    job.rows_done = max(done, 0)


def report_export_run(*, export_id: int) -> ReportExport | None:
    """Build a queued job's file; storage errors put it back in the queue for the task's retry."""
    from courses.reports.export_files import report_file_write
    from courses.reports.selectors.exports import (
        LEARNER_RECORDS,
        export_sheet,
        filters_from_json,
        learner_records_access,
    )
    from lms.db_routing import replica_reads

    job = _claim(export_id)
    if job is None:
        return None
    seen: set = set()  # the learners written, for the access log
    try:
        # The rows are read from the replica when there is one; the job's own rows are written.
        with translation.override(job.language), replica_reads():
            sheet = export_sheet(
                user=job.requester,
                table_name=job.table_name,
                filters=filters_from_json(job.filters),
                publication=job.publication,
                seen=seen,
            )
            ReportExport.objects.filter(pk=job.pk).update(rows_total=sheet.total)
            job.rows_total = sheet.total
            with tempfile.TemporaryFile() as out:
                report_file_write(
                    preface=sheet.preface,
                    rows=_counted(sheet.rows, job),
                    file_format=job.file_format,
                    sheet_title=sheet.title,
                    out=out,
                )
                out.seek(0)
                job.file.save(f"{sheet.name}.{job.file_format}", File(out), save=False)
    except OSError:
        # Storage briefly away: back to the queue, and the task retries with a pause.
        ReportExport.objects.filter(pk=job.pk).update(status=ReportExportStatus.QUEUED)
        raise
    except Exception:
        logger.exception("Report export %s failed", job.pk)
        job.status = ReportExportStatus.FAILED
        job.error = str(EXPORT_FAILED)
        job.finished_at = timezone.now()
        job.save(update_fields=["status", "error", "finished_at", "rows_done", "rows_total"])
        return job
    with transaction.atomic():
        job.status = ReportExportStatus.DONE
        job.finished_at = timezone.now()
        job.save(update_fields=["status", "file", "finished_at", "rows_done", "rows_total"])
        if job.table_name == LEARNER_RECORDS:
            # Logged with the file it describes, naming exactly the learners written: only the
            # requester can download it (docs/privacy-access-log.md).
            access_record(
                actor=job.requester,
                action=AccessAction.EXPORT,
                subjects=seen,
                **learner_records_access(job.filters, job.file_format, background=True),
            )
        from courses.reports.tasks import report_export_email_send

        outbox_send(report_export_email_send, job.pk)
    return job


def report_exports_sweep(*, now=None) -> dict[str, int]:
    """Re-send queued jobs the broker lost, fail dead running ones, delete week-old files."""
    from courses.reports.tasks import report_export_run as task

    now = now or timezone.now()
    queued = list(
        ReportExport.objects.filter(
            status=ReportExportStatus.QUEUED, created_at__lt=now - QUEUED_GRACE
        ).values_list("pk", flat=True)[:500]
    )
    for pk in queued:
        outbox_send(task, pk)
    stale = ReportExport.objects.filter(
        status=ReportExportStatus.RUNNING, created_at__lt=now - RUNNING_STALE
    ).update(status=ReportExportStatus.FAILED, error=str(EXPORT_INTERRUPTED), finished_at=now)
    return {"requeued": len(queued), "failed": stale, "deleted": report_exports_expire(now=now)}


def report_exports_expire(*, now) -> int:
    """Delete finished exports older than RETENTION_EXPORT_FILE_DAYS with their files; how
    many (also the nightly retention run's sweep, RETENTION_SWEEPS)."""
    old = ReportExport.objects.filter(
        created_at__lt=now - timedelta(days=settings.RETENTION_EXPORT_FILE_DAYS)
    ).exclude(status__in=ACTIVE_EXPORT_STATUSES)
    deleted = 0
    for job in old.only("pk", "file"):
        if job.file:
            job.file.delete(save=False)
        job.delete()
        deleted += 1
    return deleted
