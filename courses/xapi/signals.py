"""Receivers: each new learning event becomes a statement in the event's own transaction.

courses.activity may not import xapi (docs/architecture.md), so the statement follows the
event through Django's post_save of LearningEvent.
"""

from django.db.models.signals import post_save
from django.dispatch import receiver

from courses.activity.models import LearningEvent


@receiver(post_save, sender=LearningEvent, dispatch_uid="xapi_statement_record")
def learning_event_statement(sender, instance, created, raw=False, **kwargs):
    if not created or raw:
        return
    from courses.xapi.services import statement_record

    statement_record(instance)
