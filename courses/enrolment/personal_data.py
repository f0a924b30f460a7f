"""What enrolment holds about a person: their enrolments, places kept for their e-mail address,
and the lists of learners they uploaded. docs/privacy-providers.md says what deletion does."""

from collections.abc import Iterator

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from courses.activity.personal_data import CHUNK_SIZE, iso, titles_by_key
from courses.enrolment.models import (
    BulkEnrollmentJob,
    BulkJobStatus,
    Enrollment,
    EnrollmentStatus,
    PreEnrollment,
)
from lms.privacy.providers import PersonalDataProvider


def _pre_enrollments(user):
    return PreEnrollment.objects.filter(email__iexact=user.email)


def enrollment_records(user) -> Iterator[dict]:
    """Enrolments (with the last lesson opened), places kept for the address, lists uploaded."""
    enrollments = Enrollment.objects.filter(user=user).order_by("created_at", "pk")
    pre = _pre_enrollments(user).order_by("created_at", "pk")
    jobs = BulkEnrollmentJob.objects.filter(created_by=user).order_by("created_at", "pk")
    keys = set(enrollments.values_list("course_key", flat=True))
    keys |= set(enrollments.values_list("last_lesson_key", flat=True))
    keys |= set(pre.values_list("course_key", flat=True))
    keys |= set(jobs.values_list("course_key", flat=True))
    titles = titles_by_key(keys)
    statuses = dict(EnrollmentStatus.choices)
    for row in enrollments.values(
        "course_key",
        "status",
        "created_at",
        "updated_at",
        "completed_at",
        "last_lesson_key",
        "last_activity_at",
    ).iterator(chunk_size=CHUNK_SIZE):
        yield {
            "record": _("enrolment"),
            "course": titles.get(row["course_key"], str(row["course_key"])),
            "status": str(statuses.get(row["status"], row["status"])),
            "enrolled_at": iso(row["created_at"]),
            "changed_at": iso(row["updated_at"]),
            "completed_at": iso(row["completed_at"]),
            "last_lesson_opened": titles.get(row["last_lesson_key"]),
            "last_activity_at": iso(row["last_activity_at"]),
        }
    for row in pre.values("course_key", "created_at").iterator(chunk_size=CHUNK_SIZE):
        yield {
            "record": _("place kept for your e-mail address"),
            "course": titles.get(row["course_key"], str(row["course_key"])),
            "created_at": iso(row["created_at"]),
        }
    job_statuses = dict(BulkJobStatus.choices)
    for row in jobs.values(
        "course_key", "file_name", "status", "total_rows", "created_at", "finished_at"
    ).iterator(chunk_size=CHUNK_SIZE):
        # The list itself names other people: its name and size only.
        yield {
            "record": _("list of learners you uploaded"),
            "course": titles.get(row["course_key"], str(row["course_key"])),
            "file_name": row["file_name"],
            "rows": row["total_rows"],
            "status": str(job_statuses.get(row["status"], row["status"])),
            "uploaded_at": iso(row["created_at"]),
            "finished_at": iso(row["finished_at"]),
        }


def enrollment_describe(user) -> str | None:
    count = Enrollment.objects.filter(user=user).count()
    pre = _pre_enrollments(user).count()
    parts = []
    if count:
        parts.append(
            ngettext(
                "%(count)d enrolment kept anonymously for the reports.",
                "%(count)d enrolments kept anonymously for the reports.",
                count,
            )
            % {"count": count}
        )
    if pre:
        parts.append(
            ngettext(
                "%(count)d place kept for the e-mail address: deleted.",
                "%(count)d places kept for the e-mail address: deleted.",
                pre,
            )
            % {"count": pre}
        )
    return " ".join(parts) or None


def enrollment_erase(user) -> int:
    """Keeps enrolments (no free text; every report counts them) and the uploaded lists (they
    belong to the course's staff and the retention period deletes their files); deletes the
    places kept for the person's e-mail address, which no one could take up any more."""
    deleted, _by_model = _pre_enrollments(user).delete()
    return deleted


def enrolment_personal_data() -> PersonalDataProvider:
    return PersonalDataProvider(
        key="enrolments",
        title=gettext_lazy("Enrolments"),
        models=("enrolment.Enrollment", "enrolment.PreEnrollment", "enrolment.BulkEnrollmentJob"),
        records=enrollment_records,
        describe=enrollment_describe,
        erase=enrollment_erase,
        order=20,
    )
