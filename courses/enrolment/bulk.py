"""Bulk enrolment: many people at once, a cohort by place, or an uploaded CSV/XLSX list.

An upload is read at once and shown as a preview (each row's outcome); once the trainer
confirms it, a Celery task enrols row by row, each row in its own transaction, so a bad row
never stops the good ones. Confirming twice, or running the same file again, changes nothing.
"""

import os
from datetime import timedelta

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.catalogue.models import CoursePage
from courses.enrolment.bulk_rows import (  # noqa: F401 (the upload's messages, for callers)
    MAX_ROWS,
    TOO_MANY_ROWS,
    UNREADABLE,
    WRONG_TYPE,
    BulkRow,
    RowReader,
    bulk_rows_read,
)
from courses.enrolment.models import (
    ENROLLED_STATUSES,
    BulkEnrollmentJob,
    BulkJobStatus,
    Enrollment,
    PreEnrollment,
)
from courses.enrolment.notifications import learners_notify
from courses.enrolment.services import enrollment_staff_create
from lms.accounts.models import User
from lms.accounts.roles import LEARNER

MAX_UPLOAD_BYTES = 2 * 1024 * 1024
PROGRESS_EVERY = 20
# The preview lists every refused row and this many of the others (with the counts of all).
PREVIEW_SHOWN = 200

TOO_BIG = _("The file is larger than 2 MB. Split it into smaller files.")
BAD_EMAIL = _("The e-mail address is missing or not valid.")
NO_NAME = _("No name is given, and this address has no account yet.")
DUPLICATE_ROW = _("This e-mail address is already listed on an earlier line.")

# What a confirmed row will do (the preview) and did (the report).
ENROL, ALREADY, CREATE, PRE_ENROL, REFUSED = "enrol", "already", "create", "pre_enrol", "refused"
OUTCOMES = (ENROL, ALREADY, CREATE, PRE_ENROL, REFUSED)


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
    enrolled = []
    for user in users:
        if user.pk in already:
            counts["already"] += 1
            continue
        enrollment_staff_create(user=user, course=course, by=by, tell=False)
        enrolled.append(user)
        counts["enrolled"] += 1
    with transaction.atomic():
        learners_notify(users=enrolled, course=course, event="enrolled")
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


# ---- uploads: read, preview, confirm, run ----------------------------------------------------


def _row_refusal(row: BulkRow, *, seen: set, has_account: bool) -> str | None:
    """Why a row cannot be used (only a missing or broken address, a repeat, or no name for
    someone without an account), or None."""
    try:
        validate_email(row.email)
    except ValidationError:
        return str(BAD_EMAIL)
    if row.email in seen:
        return str(DUPLICATE_ROW)
    seen.add(row.email)
    if not row.full_name and not has_account:
        return str(NO_NAME)
    return None


def bulk_preview(*, rows: list[BulkRow], course: CoursePage, create_accounts: bool) -> dict:
    """What confirming would do to each row, in five queries for any number of rows:
    {"counts": {outcome: n}, "rows": [{line, email, name, outcome, reason, notes, position}]}
    with every refused row and the first `PREVIEW_SHOWN` others."""
    reader = RowReader()
    emails = {row.email for row in rows if row.email}
    users = dict(User.objects.filter(email__in=emails).values_list("email", "pk"))
    enrolled = set(
        Enrollment.objects.filter(
            course_key=course.translation_key,
            status__in=ENROLLED_STATUSES,
            user_id__in=users.values(),
        ).values_list("user_id", flat=True)
    )
    waiting = set(
        PreEnrollment.objects.filter(
            course_key=course.translation_key, email__in=emails
        ).values_list("email", flat=True)
    )
    counts = dict.fromkeys(OUTCOMES, 0)
    shown, others = [], 0
    seen: set = set()
    for row in rows:
        user_id = users.get(row.email)
        reason = _row_refusal(row, seen=seen, has_account=user_id is not None)
        reading = reader.read(row)
        if reason:
            outcome = REFUSED
        elif user_id is not None:
            outcome = ALREADY if user_id in enrolled else ENROL
        elif create_accounts:
            outcome = CREATE
        else:
            outcome = ALREADY if row.email in waiting else PRE_ENROL
        counts[outcome] += 1
        if outcome != REFUSED:
            others += 1
            if others > PREVIEW_SHOWN:
                continue
        shown.append(
            {
                "line": row.line,
                "email": row.email,
                "name": row.full_name,
                "outcome": outcome,
                "reason": reason or "",
                # Notes only matter for the accounts the upload creates.
                "notes": reading.notes if outcome == CREATE else [],
                "position": reading.position if outcome == CREATE else "",
            }
        )
    return {"counts": counts, "rows": shown}


@transaction.atomic
def bulk_job_create(*, course: CoursePage, by, upload, create_accounts: bool) -> BulkEnrollmentJob:
    """Check and read the upload, store it with its preview; nothing is enrolled until
    `bulk_job_confirm`."""
    if os.path.splitext(upload.name or "")[1].lower() not in (".csv", ".xlsx", ".txt"):
        raise ValidationError(WRONG_TYPE, code="type")
    if upload.size > MAX_UPLOAD_BYTES:
        raise ValidationError(TOO_BIG, code="size")
    rows = bulk_rows_read(raw=upload.read(), name=upload.name)  # unreadable files refused now
    upload.seek(0)
    return BulkEnrollmentJob.objects.create(
        course_key=course.translation_key,
        created_by=by,
        file=upload,
        file_name=os.path.basename(upload.name)[:255],
        create_accounts=create_accounts,
        status=BulkJobStatus.PREVIEW,
        total_rows=len(rows),
        report={"preview": bulk_preview(rows=rows, course=course, create_accounts=create_accounts)},
    )


@transaction.atomic
def bulk_job_confirm(*, job: BulkEnrollmentJob) -> bool:
    """Queue a previewed upload; False (and nothing done) when it was confirmed already."""
    job = BulkEnrollmentJob.objects.select_for_update().get(pk=job.pk)
    if job.status != BulkJobStatus.PREVIEW:
        return False
    job.status = BulkJobStatus.QUEUED
    job.save(update_fields=["status"])
    from courses.enrolment.tasks import bulk_job_run
    from lms.outbox.services import outbox_send

    outbox_send(bulk_job_run, job.pk)
    return True


def _row_run(
    *, job: BulkEnrollmentJob, course: CoursePage, row: BulkRow, reader, told: list
) -> str:
    """Enrol, pre-enrol or create and invite one person; the outcome's key for the report.
    Whoever is enrolled joins `told`, notified together once the rows are done."""
    user = User.objects.filter(email=row.email).first()
    if user is not None:
        if Enrollment.objects.filter(
            user=user, course_key=course.translation_key, status__in=ENROLLED_STATUSES
        ).exists():
            return "already"
        enrollment_staff_create(user=user, course=course, by=job.created_by, tell=False)
        told.append(user)
        return "enrolled"
    if not job.create_accounts:
        _, created = PreEnrollment.objects.get_or_create(
            email=row.email,
            course_key=course.translation_key,
            defaults={"created_by": job.created_by},
        )
        return "pre_enrolled" if created else "already"
    reading = reader.read(row)
    user = User(
        email=row.email,
        full_name=row.full_name[:200],
        municipality=reading.municipality,
        position=reading.position,
        gender=reading.gender,
        email_confirmed_at=timezone.now(),  # the invitation link proves the address
    )
    user.set_unusable_password()
    user.full_clean(exclude=["password"])
    user.save()
    user.groups.add(Group.objects.get(name=LEARNER))
    enrollment_staff_create(user=user, course=course, by=job.created_by, tell=False)
    told.append(user)
    from courses.enrolment.tasks import invitation_email_send
    from lms.outbox.services import outbox_send

    outbox_send(invitation_email_send, user.pk, str(course.translation_key))
    return "created"


def bulk_job_run(*, job_id: int) -> BulkEnrollmentJob | None:
    """Process a confirmed upload; an unconfirmed or finished job is left alone."""
    with transaction.atomic():
        job = BulkEnrollmentJob.objects.select_for_update().filter(pk=job_id).first()
        if job is None or job.finished or job.status == BulkJobStatus.PREVIEW:
            return job
        job.status = BulkJobStatus.RUNNING
        job.save(update_fields=["status"])
    course = CoursePage.objects.filter(translation_key=job.course_key).order_by("pk").first()
    report = {"enrolled": 0, "already": 0, "created": 0, "pre_enrolled": 0, "rejected": []}
    report["notes"] = []
    try:
        with job.file.open("rb") as handle:
            rows = bulk_rows_read(raw=handle.read(), name=job.file_name)
    except (ValidationError, OSError) as error:
        message = " ".join(error.messages) if isinstance(error, ValidationError) else str(error)
        job.status, job.report = BulkJobStatus.FAILED, {"error": message}
        job.finished_at = timezone.now()
        job.save(update_fields=["status", "report", "finished_at"])
        return job
    reader = RowReader()
    seen: set = set()
    told: list = []
    for done, row in enumerate(rows, start=1):
        has_account = User.objects.filter(email=row.email).exists() if row.email else False
        reason = _row_refusal(row, seen=seen, has_account=has_account)
        if reason is None:
            try:
                told_before = len(told)
                try:
                    with transaction.atomic():
                        outcome = _row_run(
                            job=job, course=course, row=row, reader=reader, told=told
                        )
                except ValidationError:
                    del told[told_before:]  # the row rolled back: nobody to tell
                    raise
                report[outcome] += 1
                notes = reader.read(row).notes if outcome == "created" else []
                if notes:
                    report["notes"].append({"line": row.line, "email": row.email, "notes": notes})
            except ValidationError as error:
                reason = " ".join(error.messages)
        if reason is not None:
            report["rejected"].append({"line": row.line, "email": row.email, "reason": reason})
        if done % PROGRESS_EVERY == 0:
            BulkEnrollmentJob.objects.filter(pk=job.pk).update(processed_rows=done)
    job.status, job.report, job.processed_rows = BulkJobStatus.DONE, report, len(rows)
    job.total_rows, job.finished_at = len(rows), timezone.now()
    with transaction.atomic():
        learners_notify(users=told, course=course, event="enrolled")
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


def bulk_jobs_expire(*, now) -> int:
    """Delete uploaded lists older than RETENTION_BULK_UPLOAD_DAYS, their files and reports
    (both name people), previews never confirmed included; a queued or running job is left
    until twice the period (its worker died). How many (the retention run's sweep)."""
    keep = timedelta(days=settings.RETENTION_BULK_UPLOAD_DAYS)
    old = BulkEnrollmentJob.objects.filter(created_at__lt=now - keep).filter(
        Q(status__in=(BulkJobStatus.PREVIEW, BulkJobStatus.DONE, BulkJobStatus.FAILED))
        | Q(created_at__lt=now - 2 * keep)
    )
    deleted = 0
    for job in old.only("pk", "file"):
        if job.file:
            job.file.delete(save=False)
        job.delete()
        deleted += 1
    return deleted
