"""The learning event log: an append-only record of what learners did.

Reports and a future xAPI export read it; objects are named by their language-independent
identity (a page's `translation_key`, or a record's own UUID), so one lesson is one object in
every language.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class LearningVerb(models.TextChoices):
    ENROLLED = "enrolled", _("enrolled")
    WITHDREW = "withdrew", _("withdrew")
    VIEWED = "viewed", _("viewed")
    COMPLETED = "completed", _("completed")
    ATTEMPTED = "attempted", _("attempted")
    PASSED = "passed", _("passed")
    FAILED = "failed", _("failed")
    EARNED = "earned", _("earned")


class LearningObject(models.TextChoices):
    COURSE = "course", _("course")
    LESSON = "lesson", _("lesson")
    QUIZ = "quiz", _("quiz")
    ASSIGNMENT = "assignment", _("assignment")
    CERTIFICATE = "certificate", _("certificate")


class LearningEvent(models.Model):
    """One thing a learner did: who, what, to which object, when, in which course and language."""

    # No index of its own: "activity_event_actor_time" below leads with the actor, and a
    # second one only slowed every event's insert.
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.CASCADE,
        related_name="learning_events",
        db_index=False,
    )
    verb = models.CharField(_("verb"), max_length=16, choices=LearningVerb.choices)
    object_type = models.CharField(_("object type"), max_length=16, choices=LearningObject.choices)
    object_key = models.UUIDField(_("object"))
    course_key = models.UUIDField(_("course"), null=True, blank=True)
    language = models.CharField(_("language"), max_length=8, blank=True)
    context = models.JSONField(_("context"), default=dict, blank=True)
    created_at = models.DateTimeField(_("time"), default=timezone.now)

    class Meta:
        verbose_name = _("learning event")
        verbose_name_plural = _("learning events")
        indexes = [
            models.Index(
                fields=["course_key", "verb", "created_at"], name="activity_event_course_verb_at"
            ),
            models.Index(fields=["actor", "created_at"], name="activity_event_actor_time"),
            # Reports: who was active in a period (index-only, with the course for trainers).
            models.Index(
                fields=["created_at", "actor", "course_key"], name="activity_event_time_actor"
            ),
        ]

    def __str__(self):
        return f"{self.actor_id} {self.verb} {self.object_type} {self.object_key}"


class LearningEventMonth(models.Model):
    """Learning events older than RETENTION_LEARNING_EVENT_DAYS, folded: one row per month
    (Asia/Bishkek), learner, course and verb, with how many there were and on which days.

    `days` keeps bit d-1 set for each day d of the month with such an event, so "who was active
    between two dates" (the reports' active learners) stays exact; the objects (lesson, quiz),
    the language, the context and the time of day are gone. docs/privacy-retention.md.
    """

    month = models.DateField(_("month"))  # its first day
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.CASCADE,
        related_name="learning_event_months",
    )
    course_key = models.UUIDField(_("course"), null=True, blank=True)
    verb = models.CharField(_("verb"), max_length=16, choices=LearningVerb.choices)
    count = models.PositiveIntegerField(_("events"), default=0)
    days = models.PositiveIntegerField(_("days with events"), default=0)

    class Meta:
        verbose_name = _("learning events of a month")
        verbose_name_plural = _("learning events by month")
        constraints = [
            # Rows without a course are kept unique by the fold, which runs alone.
            models.UniqueConstraint(
                fields=["month", "actor", "course_key", "verb"],
                name="activity_learningeventmonth_unique_month_actor_course_verb",
            )
        ]
        indexes = [
            # Reports: who was active in a period.
            models.Index(fields=["month", "actor", "course_key"], name="activity_month_actor"),
        ]

    def __str__(self):
        return f"{self.month:%Y-%m} {self.actor_id} {self.verb} ×{self.count}"
