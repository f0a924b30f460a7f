"""Receivers: progress changes and quiz grades of launched learners go back to their
platform's gradebook.

Progress does not know LTI exists: we listen to its completion rows and its course_completed
signal, and only queue outbox messages (sent after the completing transaction commits)."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from courses.enrolment.models import Enrollment
from courses.lti.models import LtiLaunchContext
from courses.lti.selectors import SCORED_LAUNCHES_KEY, launch_contexts_to_score
from courses.lti.services import score_queue
from courses.progress.models import LessonCompletion
from courses.progress.signals import course_completed
from courses.quizzes.models import Attempt, AttemptState
from lms.versions import cache_drop_now_and_after_commit


@receiver(post_save, sender=LessonCompletion)
def lti_score_on_lesson_completion(sender, instance, created, **kwargs):
    """A lesson completed (by hand, by passing its quiz, by handing in its assignment)."""
    if created:
        score_queue(
            context_ids=launch_contexts_to_score(
                user_id=instance.user_id, course_key=instance.course_key
            )
        )


@receiver(course_completed)
def lti_score_on_course_completion(sender, enrollment_id, **kwargs):
    enrollment = Enrollment.objects.filter(pk=enrollment_id).only("user_id", "course_key").first()
    if enrollment is not None:
        score_queue(
            context_ids=launch_contexts_to_score(
                user_id=enrollment.user_id, course_key=enrollment.course_key
            )
        )


@receiver(post_save, sender=Attempt)
def lti_score_on_quiz_attempt(sender, instance, created, **kwargs):
    """A quiz attempt handed in, passed or not: a lesson launch with a quiz sends its grade."""
    if instance.state == AttemptState.SUBMITTED:
        score_queue(
            context_ids=launch_contexts_to_score(
                user_id=instance.user_id, course_key=instance.course_key
            )
        )


@receiver(post_save, sender=LtiLaunchContext)
@receiver(post_delete, sender=LtiLaunchContext)
def scored_launches_forget(sender, **kwargs):
    """A launch saved or deleted: whether any carries a line item is read afresh (now, and
    after commit so no request in between keeps the old answer)."""
    cache_drop_now_and_after_commit([SCORED_LAUNCHES_KEY], "scored launches")
