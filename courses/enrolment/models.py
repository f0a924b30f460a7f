"""Enrolments keyed to the course's identity across languages, places kept for people without an
account yet, and uploaded lists enrolled in the background."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from lms.private_storage import private_storage, private_upload_name


class EnrollmentStatus(models.TextChoices):
    PENDING = "pending", _("Awaiting approval")
    ACTIVE = "active", _("Enrolled")
    COMPLETED = "completed", _("Completed")
    WITHDRAWN = "withdrawn", _("Withdrawn")
    REJECTED = "rejected", _("Request declined")


# Statuses that open the course's lessons and count as learners in the catalogue.
ENROLLED_STATUSES = (EnrollmentStatus.ACTIVE, EnrollmentStatus.COMPLETED)


class Enrollment(models.Model):
    """One row per learner and course; `course_key` is the course pages' shared translation_key."""

    # No index of its own: the unique (user, course) index below leads with the learner, and a
    # second one only slowed every enrolment's insert and every visit's update.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.CASCADE,
        related_name="enrollments",
        db_index=False,
    )
    course_key = models.UUIDField(_("course"), db_index=True)
    status = models.CharField(
        _("status"),
        max_length=16,
        choices=EnrollmentStatus.choices,
        default=EnrollmentStatus.ACTIVE,
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)
    # The lesson the learner last opened, by its translation_key: "Continue" works in any language.
    last_lesson_key = models.UUIDField(_("last visited lesson"), null=True, blank=True)
    last_activity_at = models.DateTimeField(_("last activity"), null=True, blank=True)

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "course_key"], name="enrolment_enrollment_unique_user_course_key"
            ),
        ]

    def __str__(self):
        return f"{self.user} · {self.course_key} · {self.status}"

    @property
    def is_enrolled(self) -> bool:
        return self.status in ENROLLED_STATUSES


class PreEnrollment(models.Model):
    """A place kept for someone listed by e-mail who has no account yet; used when they register."""

    email = models.EmailField(_("e-mail address"))
    course_key = models.UUIDField(_("course"))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("added by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("pre-enrolment")
        verbose_name_plural = _("pre-enrolments")
        constraints = [
            models.UniqueConstraint(
                fields=["email", "course_key"],
                name="enrolment_preenrollment_unique_email_course_key",
            ),
        ]

    def __str__(self):
        return f"{self.email} · {self.course_key}"


class BulkJobStatus(models.TextChoices):
    PREVIEW = "preview", _("Waiting for confirmation")
    QUEUED = "queued", _("Waiting to start")
    RUNNING = "running", _("In progress")
    DONE = "done", _("Finished")
    FAILED = "failed", _("Failed")


def bulk_upload_path(instance, filename: str) -> str:
    return private_upload_name("bulk-enrolment", filename)


class BulkEnrollmentJob(models.Model):
    """One uploaded list of learners for a course, with its progress and its report."""

    course_key = models.UUIDField(_("course"), db_index=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    # Names and e-mail addresses of staff: private, under a random name (file_name is shown).
    file = models.FileField(_("file"), upload_to=bulk_upload_path, storage=private_storage)
    file_name = models.CharField(_("file name"), max_length=255)
    create_accounts = models.BooleanField(_("create accounts"), default=False)
    status = models.CharField(
        _("status"), max_length=16, choices=BulkJobStatus.choices, default=BulkJobStatus.QUEUED
    )
    total_rows = models.PositiveIntegerField(_("rows"), default=0)
    processed_rows = models.PositiveIntegerField(_("rows done"), default=0)
    report = models.JSONField(_("report"), default=dict, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)

    class Meta:
        verbose_name = _("bulk enrolment")
        verbose_name_plural = _("bulk enrolments")
        ordering = ["-created_at"]

    def __str__(self):
        return self.file_name

    @property
    def finished(self) -> bool:
        return self.status in (BulkJobStatus.DONE, BulkJobStatus.FAILED)
