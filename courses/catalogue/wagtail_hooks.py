"""Admin wiring: keep trainer rights in step with the course form; the topic list; the
draft-first "add page" form (no page before its first save, `page_create.py`)."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from courses.catalogue.models import CoursePage, Topic
from courses.catalogue.page_create import DraftFirstPageViewSet
from courses.catalogue.personal_data import catalogue_personal_data
from courses.catalogue.services import course_rights_apply, course_trainers_group_delete
from lms.privacy.providers import PERSONAL_DATA_PROVIDERS


@hooks.register("after_create_page")
def course_rights_after_create(request, page):
    course_rights_apply(page)


@hooks.register("after_edit_page")
def course_rights_after_edit(request, page):
    course_rights_apply(page)


@hooks.register("after_copy_page")
def course_rights_after_copy(request, page, new_page):
    """A copied course is a new course (new identity): its trainers get rights on it too."""
    course_rights_apply(new_page)


@hooks.register("after_delete_page")
def course_rights_after_delete(request, page):
    """A deleted course leaves no trainer group behind."""
    if page.specific_class is CoursePage:
        course_trainers_group_delete(translation_key=page.translation_key)


@hooks.register("register_admin_viewset")
def page_viewset_draft_first():
    """After Wagtail's base page viewset (its hook has order -1), so ours serves every page."""
    return DraftFirstPageViewSet()


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Course topics")
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name_ky", "name_ru", "name_en", "slug"]


register_snippet(TopicViewSet)


# What the catalogue holds about a person (export, deletion): docs/privacy-providers.md.
hooks.register(PERSONAL_DATA_PROVIDERS, catalogue_personal_data)
