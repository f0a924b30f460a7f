"""Who looked at whose personal data: one entry per staff view of a record or export with names,
and one subject row per person whose data was in it (docs/privacy-access-log.md)."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class AccessAction(models.TextChoices):
    RECORD_VIEW = "record_view", _("Learner's record opened")
    EXPORT = "export", _("Export with names")
    GRADEBOOK = "gradebook", _("Gradebook or grading table")
    DATA_REQUEST = "data_request", _("Data request handled")


class ActorRole(models.TextChoices):
    """The actor's strongest role when they looked: what the person sees instead of a name."""

    MANAGER = "manager", _("Manager")
    TRAINER = "trainer", _("Course trainer")
    REVIEWER = "reviewer", _("Reviewer")
    ADMINISTRATOR = "administrator", _("Administrator")
    STAFF = "staff", _("Staff member")


class AccessEntry(models.Model):
    """One access: who (and in which role), what, when, in which course, how many people."""

    # Kept when the actor's account goes: accounts are anonymised, not deleted; should a row
    # ever be deleted, the entry stays with its role.
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="access_entries_made",
        verbose_name=_("staff member"),
    )
    actor_role = models.CharField(_("role"), max_length=16, choices=ActorRole.choices)
    action = models.CharField(_("action"), max_length=16, choices=AccessAction.choices)
    at = models.DateTimeField(_("when"), default=timezone.now)
    course_key = models.UUIDField(_("course"), null=True, blank=True)
    detail = models.CharField(_("detail"), max_length=200, blank=True)
    subject_count = models.PositiveIntegerField(_("people"))
    subjects = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        through="AccessSubject",
        related_name="access_entries_about",
        verbose_name=_("people whose data was seen"),
    )

    class Meta:
        verbose_name = _("access log entry")
        verbose_name_plural = _("access log entries")
        ordering = ["-at", "-pk"]
        indexes = [
            # The managers' list, newest first, and its filters by action and course.
            models.Index(fields=["-at", "-id"], name="access_log_entry_at"),
            models.Index(fields=["action", "-at"], name="access_log_entry_action_at"),
            models.Index(fields=["course_key", "-at"], name="access_log_entry_course_at"),
        ]

    def __str__(self):
        return f"{self.get_action_display()} ({self.at:%Y-%m-%d %H:%M})"


class AccessSubject(models.Model):
    """A person whose data an entry's access showed."""

    entry = models.ForeignKey(AccessEntry, on_delete=models.CASCADE, related_name="subject_rows")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="access_subject_rows"
    )

    class Meta:
        verbose_name = _("person in an access log entry")
        verbose_name_plural = _("people in access log entries")
        constraints = [
            # Led by the user: "the entries about me" reads this index alone.
            models.UniqueConstraint(
                fields=["user", "entry"], name="access_log_accesssubject_unique_user_entry"
            ),
        ]

    def __str__(self):
        return f"{self.user_id} in {self.entry_id}"
