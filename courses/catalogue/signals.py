"""Receivers that keep trainer rights and review with a course's new translations, and a
course's search entry with its modules and lessons."""

from django.db.models.signals import post_delete
from django.dispatch import receiver

from wagtail.signals import (
    copy_for_translation_done,
    page_published,
    page_unpublished,
    post_page_move,
)

from courses.catalogue.models import LessonPage, ModulePage


@receiver(copy_for_translation_done)
def course_rights_after_translation(sender, source_obj, target_obj, **kwargs):
    """A new translation of a course or catalogue gets the same trainers and review workflow."""
    from courses.catalogue.services import course_rights_apply

    course_rights_apply(target_obj)


def _course_part(sender) -> bool:
    return isinstance(sender, type) and issubclass(sender, (LessonPage, ModulePage))


@receiver(page_published)
def course_search_after_publish(sender, instance, **kwargs):
    """What a module or lesson says live is part of its course's search entry. This covers a
    copy too: each live page copied is published, after the pages before it."""
    if _course_part(sender):
        from courses.catalogue.services import course_search_reindex

        course_search_reindex(pages=[instance])


@receiver(page_unpublished)
def course_search_after_unpublish(sender, instance, **kwargs):
    """An unpublished module or lesson leaves its course's entry. Wagtail also unpublishes,
    without saving, every live page it is about to delete: those are still live in the
    database, and the deletion itself updates the course (once, not once per lesson)."""
    if _course_part(sender) and not sender.objects.filter(pk=instance.pk, live=True).exists():
        from courses.catalogue.services import course_search_reindex

        course_search_reindex(pages=[instance])


@receiver(post_page_move)
def course_search_after_move(sender, instance, parent_page_before, parent_page_after, **kwargs):
    """A module or lesson moved leaves one course's entry and joins another's."""
    if _course_part(sender):
        from courses.catalogue.services import course_search_reindex

        course_search_reindex(pages=[parent_page_before, parent_page_after], inclusive=True)


@receiver(post_delete, sender=LessonPage)
@receiver(post_delete, sender=ModulePage)
def course_search_after_delete(sender, instance, **kwargs):
    """A deleted module or lesson leaves its course's entry. When the whole course goes, its
    row is deleted first, so there is nothing to index (one query per page deleted)."""
    from courses.catalogue.services import course_search_reindex

    course_search_reindex(pages=[instance])
