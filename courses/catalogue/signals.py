"""Receivers that keep trainer rights and review with a course's new translations."""

from django.dispatch import receiver

from wagtail.signals import copy_for_translation_done


@receiver(copy_for_translation_done)
def course_rights_after_translation(sender, source_obj, target_obj, **kwargs):
    """A new translation of a course or catalogue gets the same trainers and review workflow."""
    from courses.catalogue.services import course_rights_apply

    course_rights_apply(target_obj)
