"""Bulk enrolment: many people at once, a cohort by place, or an uploaded CSV/XLSX list.

Uploads are processed by a Celery task row by row, each row in its own transaction, so a bad
row never stops the good ones; running the same file again changes nothing.
"""

import csv
import io
import os

from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.catalogue.models import CoursePage
from courses.enrolment.models import (
    ENROLLED_STATUSES,
    BulkEnrollmentJob,
    BulkJobStatus,
    Enrollment,
    PreEnrollment,
)
from courses.enrolment.services import enrollment_staff_create
from lms.accounts.models import Position, User
from lms.accounts.roles import LEARNER
from lms.places.models import Municipality

MAX_UPLOAD_BYTES = 2 * 1024 * 1024
MAX_ROWS = 5000
PROGRESS_EVERY = 20

WRONG_TYPE = _("Upload a .csv or .xlsx file.")
TOO_BIG = _("The file is larger than 2 MB. Split it into smaller files.")
UNREADABLE = _("The file could not be read. Save it again as CSV (UTF-8) or XLSX.")
TOO_MANY_ROWS = _("The file has more than 5000 rows. Split it into smaller files.")
BAD_EMAIL = _("The e-mail address is missing or not valid.")
NO_NAME = _("The full name is missing.")
UNKNOWN_MUNICIPALITY = _("The municipality is not in the list of places.")
UNKNOWN_POSITION = _("The position is not one of the listed posts.")
DUPLICATE_ROW = _("This e-mail address is already listed on an earlier line.")

HEADER_NAMES = {
    "email": {"email", "e-mail", "электрондук почта", "эл. почта", "почта", "адрес эл. почты"},
    "full_name": {"full name", "name", "аты-жөнү", "фио", "ф.и.о.", "имя"},
    "municipality": {"municipality", "муниципалитет", "айыл аймагы"},
    "position": {"position", "кызматы", "должность"},
}
COLUMNS = ("email", "full_name", "municipality", "position")


# ---- people and cohorts ----------------------------------------------------------------------


def enrollment_bulk_create(*, users, course: CoursePage, by) -> dict:
    """Enrol each of `users`; {"enrolled": n, "already": n}. Repeats change nothing."""
    users = list(users)
    already = set(
        Enrollment.objects.filter(
            course_key=course.translation_key, status__in=ENROLLED_STATUSES, user__in=users
        ).values_list("user_id", flat=True)
    )
    counts = {"enrolled": 0, "already": 0}
    for user in users:
        if user.pk in already:
            counts["already"] += 1
            continue
        enrollment_staff_create(user=user, course=course, by=by)
        counts["enrolled"] += 1
    return counts


def cohort_users(*, oblast=None, district=None, municipality=None, cluster=None):
    """Active accounts whose municipality lies in the chosen place (or cluster)."""
    users = User.objects.filter(is_active=True, municipality__isnull=False)
    if municipality:
        return users.filter(municipality=municipality)
    if district:
        return users.filter(municipality__district=district)
    if oblast:
        return users.filter(municipality__district__oblast=oblast)
    if cluster:
        return users.filter(municipality__in=cluster.municipalities.all())
    return users.none()


# ---- uploads -----------------------------------------------------------------------------------


def _extension(name: str) -> str:
    return os.path.splitext(name or "")[1].lower()


@transaction.atomic
def bulk_job_create(*, course: CoursePage, by, upload, create_accounts: bool) -> BulkEnrollmentJob:
    """Check the upload's type and size, store it, and queue its processing after commit."""
    if _extension(upload.name) not in (".csv", ".xlsx"):
        raise ValidationError(WRONG_TYPE, code="type")
    if upload.size > MAX_UPLOAD_BYTES:
        raise ValidationError(TOO_BIG, code="size")
    rows = file_rows(upload=upload, name=upload.name)  # refuse unreadable files at once
    upload.seek(0)
    job = BulkEnrollmentJob.objects.create(
        course_key=course.translation_key,
        created_by=by,
        file=upload,
        file_name=os.path.basename(upload.name)[:255],
        create_accounts=create_accounts,
        total_rows=len(rows),
    )
    from courses.enrolment.tasks import bulk_job_run
    from lms.outbox.services import outbox_send

    outbox_send(bulk_job_run, job.pk)
    return job


def file_rows(*, upload, name: str) -> list[tuple[int, dict]]:
    """[(line number, {column: text})] from a CSV or XLSX file; a header row is recognised."""
    raw = upload.read()
    try:
        if _extension(name) == ".xlsx":
            from openpyxl import load_workbook

            sheet = load_workbook(io.BytesIO(raw), read_only=True, data_only=True).worksheets[0]
            table = [
                ["" if cell is None else str(cell).strip() for cell in row]
                for row in sheet.iter_rows(values_only=True)
            ]
        else:
            try:
                text = raw.decode("utf-8-sig")
            except UnicodeDecodeError:
                text = raw.decode("cp1251")
            dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t") if text.strip() else None
            table = [
                [cell.strip() for cell in row]
                for row in csv.reader(io.StringIO(text), dialect or csv.excel)
            ]
    except ValidationError:
        raise
    except Exception as error:  # a broken file: any parser error means the same to the user
        raise ValidationError(UNREADABLE, code="unreadable") from error
    if len(table) > MAX_ROWS + 1:
        raise ValidationError(TOO_MANY_ROWS, code="rows")
    order = list(COLUMNS)
    start = 0
    if table:
        header = [cell.lower() for cell in table[0]]
        found = {
            column: header.index(name)
            for column, names in HEADER_NAMES.items()
            for name in names
            if name in header
        }
        if "email" in found:
            order = [None] * len(header)
            for column, index in found.items():
                order[index] = column
            start = 1
    rows = []
    for number, row in enumerate(table[start:], start=start + 1):
        if not any(row):
            continue
        rows.append(
            (number, {column: value for column, value in zip(order, row, strict=False) if column})
        )
    return rows


def _municipality_find(name: str):
    name = name.strip()
    if not name:
        return None
    query = Q(name_ky__iexact=name) | Q(name_ru__iexact=name) | Q(name_en__iexact=name)
    return Municipality.objects.filter(query).first() or False


def _position_find(text: str) -> str | None:
    text = text.strip().lower()
    if not text:
        return Position.OTHER
    for value, label in Position.choices:
        if text in (value, str(label).lower()):
            return value
    return None


def _row_run(*, job: BulkEnrollmentJob, course: CoursePage, row: dict) -> str:
    """Enrol, pre-enrol or create and invite one person; the outcome's key for the report."""
    email = User.objects.normalize_email(row.get("email", ""))
    user = User.objects.filter(email=email).first()
    if user is not None:
        if Enrollment.objects.filter(
            user=user, course_key=course.translation_key, status__in=ENROLLED_STATUSES
        ).exists():
            return "already"
        enrollment_staff_create(user=user, course=course, by=job.created_by)
        return "enrolled"
    if not job.create_accounts:
        _, created = PreEnrollment.objects.get_or_create(
            email=email, course_key=course.translation_key, defaults={"created_by": job.created_by}
        )
        return "pre_enrolled" if created else "already"
    municipality = _municipality_find(row.get("municipality", ""))
    user = User(
        email=email,
        full_name=row.get("full_name", "").strip()[:200],
        municipality=municipality or None,
        position=_position_find(row.get("position", "")) or Position.OTHER,
        email_confirmed_at=timezone.now(),  # the invitation link proves the address
    )
    user.set_unusable_password()
    user.full_clean(exclude=["password"])
    user.save()
    user.groups.add(Group.objects.get(name=LEARNER))
    enrollment_staff_create(user=user, course=course, by=job.created_by)
    from courses.enrolment.tasks import invitation_email_send
    from lms.outbox.services import outbox_send

    outbox_send(invitation_email_send, user.pk, str(course.translation_key))
    return "created"


def _row_check(row: dict, seen: set) -> str | None:
    """Why a row cannot be used, or None."""
    email = User.objects.normalize_email(row.get("email", ""))
    try:
        validate_email(email)
    except ValidationError:
        return str(BAD_EMAIL)
    if email in seen:
        return str(DUPLICATE_ROW)
    seen.add(email)
    if not row.get("full_name", "").strip() and not User.objects.filter(email=email).exists():
        return str(NO_NAME)
    if _municipality_find(row.get("municipality", "")) is False:
        return str(UNKNOWN_MUNICIPALITY)
    if _position_find(row.get("position", "")) is None:
        return str(UNKNOWN_POSITION)
    return None


def bulk_job_run(*, job_id: int) -> BulkEnrollmentJob | None:
    """Process an uploaded list; re-running a finished job does nothing."""
    with transaction.atomic():
        job = BulkEnrollmentJob.objects.select_for_update().filter(pk=job_id).first()
        if job is None or job.finished:
            return job
        job.status = BulkJobStatus.RUNNING
        job.save(update_fields=["status"])
    course = CoursePage.objects.filter(translation_key=job.course_key).order_by("pk").first()
    report = {"enrolled": 0, "already": 0, "created": 0, "pre_enrolled": 0, "rejected": []}
    try:
        with job.file.open("rb") as handle:
            rows = file_rows(upload=handle, name=job.file_name)
    except (ValidationError, OSError) as error:
        message = " ".join(error.messages) if isinstance(error, ValidationError) else str(error)
        job.status, job.report = BulkJobStatus.FAILED, {"error": message}
        job.finished_at = timezone.now()
        job.save(update_fields=["status", "report", "finished_at"])
        return job
    seen: set = set()
    for done, (line, row) in enumerate(rows, start=1):
        reason = _row_check(row, seen)
        if reason is None:
            try:
                with transaction.atomic():
                    report[_row_run(job=job, course=course, row=row)] += 1
            except ValidationError as error:
                reason = " ".join(error.messages)
        if reason is not None:
            report["rejected"].append(
                {"line": line, "email": row.get("email", ""), "reason": reason}
            )
        if done % PROGRESS_EVERY == 0:
            BulkEnrollmentJob.objects.filter(pk=job.pk).update(processed_rows=done)
    job.status, job.report, job.processed_rows = BulkJobStatus.DONE, report, len(rows)
    job.total_rows, job.finished_at = len(rows), timezone.now()
    job.save(update_fields=["status", "report", "processed_rows", "total_rows", "finished_at"])
    return job


@transaction.atomic
def pre_enrollments_activate(*, user: User) -> int:
    """Turn the pre-enrolments waiting for this address into enrolments; how many."""
    waiting = list(PreEnrollment.objects.select_for_update().filter(email=user.email))
    count = 0
    for pre in waiting:
        course = CoursePage.objects.filter(translation_key=pre.course_key).order_by("pk").first()
        if course is not None:
            enrollment_staff_create(user=user, course=course, by=pre.created_by or user)
            count += 1
        pre.delete()
    return count
