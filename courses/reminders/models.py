"""The reminder log: one row per reminder told to a learner, which also keeps it from being told
twice (docs/reminders.md)."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ReminderKind(models.TextChoices):
    INACTIVITY = "inactivity", _("Not opened the course")
    DUE = "due", _("Due date approaching")
    NUDGE = "nudge", _("Message from a trainer")


class ReminderTarget(models.TextChoices):
    COURSE = "", _("Course")
    LESSON = "lesson", _("Lesson")
    ASSIGNMENT = "assignment", _("Assignment")


class ReminderLog(models.Model):
    """A reminder sent. `period` names the occasion (the Bishkek day of an inactivity reminder,
    the slot and date of a due reminder, the form token of a nudge): the unique constraint makes
    a task run twice, on two beat processes, or a nudge submitted twice, send once."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.CASCADE,
        related_name="reminders_received",
    )
    course_key = models.UUIDField(_("course"))
    kind = models.CharField(_("kind"), max_length=16, choices=ReminderKind.choices)
    # What the reminder is about: the lesson's translation key (an assignment: its lesson's).
    target = models.CharField(
        _("about"), max_length=16, choices=ReminderTarget.choices, blank=True, default=""
    )
    target_key = models.CharField(max_length=36, blank=True, default="")
    period = models.CharField(max_length=64)
    due_at = models.DateTimeField(_("due"), null=True, blank=True)
    message = models.TextField(_("message"), blank=True)
    sent_at = models.DateTimeField(_("sent"), default=timezone.now)
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("sent by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="reminders_sent",
    )

    class Meta:
        verbose_name = _("reminder")
        verbose_name_plural = _("reminders")
        ordering = ["-sent_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "course_key", "kind", "target", "target_key", "period"],
                name="reminders_reminderlog_unique_user_course_kind_target_period",
            )
        ]
        indexes = [
            models.Index(fields=["course_key", "-sent_at"], name="reminders_course_sent"),
            models.Index(fields=["user", "course_key", "kind", "sent_at"], name="reminders_last"),
        ]

    def __str__(self):
        return f"{self.user_id} · {self.course_key} · {self.kind} · {self.period}"
