"""Appending to the learning event log; one INSERT, never an update."""

import uuid

from django.utils import translation

from courses.activity.models import LearningEvent, LearningObject, LearningVerb


def learning_event_record(
    *,
    actor,
    verb: LearningVerb,
    object_type: LearningObject,
    object_key: uuid.UUID,
    course_key: uuid.UUID | None = None,
    language: str | None = None,
    context: dict | None = None,
) -> LearningEvent:
    """Record what `actor` did; the language defaults to the request's active language."""
    return LearningEvent.objects.create(
        actor=actor,
        verb=verb,
        object_type=object_type,
        object_key=object_key,
        course_key=course_key,
        language=language if language is not None else (translation.get_language() or ""),
        context=context or {},
    )
