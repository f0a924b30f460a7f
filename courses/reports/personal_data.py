"""What reports hold about a person: the report exports they asked for.

The exported files hold figures (or other learners' records), not the requester's data, so
the export lists the jobs without their files; deletion deletes the files (only the requester
could download them) and keeps the jobs' rows. docs/privacy-providers.md.
"""

from collections.abc import Iterator

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from courses.activity.personal_data import CHUNK_SIZE, files_delete_on_commit, iso
from courses.reports.models import ReportExport, ReportExportStatus
from lms.privacy.providers import PersonalDataProvider


def report_export_records(user) -> Iterator[dict]:
    statuses = dict(ReportExportStatus.choices)
    rows = (
        ReportExport.objects.filter(requester=user)
        .order_by("created_at", "pk")
        .values(
            "table_name",
            "file_format",
            "filters",
            "publication",
            "language",
            "status",
            "rows_total",
            "created_at",
            "finished_at",
        )
    )
    for row in rows.iterator(chunk_size=CHUNK_SIZE):
        yield {
            "table": row["table_name"],
            "format": row["file_format"],
            "filters": row["filters"],
            "for_publication": row["publication"],
            "language": row["language"],
            "status": str(statuses.get(row["status"], row["status"])),
            "rows": row["rows_total"],
            "requested_at": iso(row["created_at"]),
            "finished_at": iso(row["finished_at"]),
        }


def report_exports_describe(user) -> str | None:
    count = ReportExport.objects.filter(requester=user).count()
    if not count:
        return None
    return ngettext(
        "%(count)d report export asked for: its file is deleted.",
        "%(count)d report exports asked for: their files are deleted.",
        count,
    ) % {"count": count}


def report_exports_erase(user) -> int:
    """Deletes the files of the person's exports (once the deletion commits); keeps the rows."""
    exports = ReportExport.objects.filter(requester=user).exclude(file="")
    files_delete_on_commit((e.file.storage, e.file.name) for e in exports.only("pk", "file"))
    return exports.update(file="")


def reports_personal_data() -> PersonalDataProvider:
    return PersonalDataProvider(
        key="report_exports",
        title=_("Report exports"),
        models=("reports.ReportExport",),
        records=report_export_records,
        describe=report_exports_describe,
        erase=report_exports_erase,
        order=70,
    )
