"""A learner's place in a course, keyed to the course's identity across languages.

Minimal for now: the enrolment issue adds the services and screens that change it.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


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

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.CASCADE,
        related_name="enrollments",
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
                fields=["user", "course_key"], name="courses_enrollment_unique_user_course_key"
            ),
        ]

    def __str__(self):
        return f"{self.user} · {self.course_key} · {self.status}"

    @property
    def is_enrolled(self) -> bool:
        return self.status in ENROLLED_STATUSES
