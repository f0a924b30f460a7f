"""Progress facts: one row per learner and lesson, keyed to the lesson across languages."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class LessonCompletion(models.Model):
    """A learner completed a lesson (in any language); progress is computed from these rows."""

    # No index of its own: the unique (user, lesson) and the (user, course, lesson) indexes
    # below lead with the learner, and a third only slowed every completion's insert.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.CASCADE,
        related_name="lesson_completions",
        db_index=False,
    )
    lesson_key = models.UUIDField(_("lesson"))
    course_key = models.UUIDField(_("course"), db_index=True)
    source = models.CharField(_("source"), max_length=16, default="manual")
    completed_at = models.DateTimeField(_("completed"), default=timezone.now)

    class Meta:
        verbose_name = _("lesson completion")
        verbose_name_plural = _("lesson completions")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "lesson_key"], name="progress_lessoncompletion_unique_user_lesson"
            ),
        ]
        indexes = [
            # With the lesson, counting a learner's required lessons done reads only the index
            # (participants' progress and the reports' average progress).
            models.Index(
                fields=["user", "course_key", "lesson_key"],
                name="progress_done_user_lesson",
            )
        ]

    def __str__(self):
        return f"{self.user_id} · {self.lesson_key}"
