"""No orphan drafts (issue 19, point 10): a page abandoned on the admin's "add" form before its
first save leaves nothing behind, and a slug clash with a draft offers to open that draft.

The autosave request is the one Wagtail 8's `w-autosave` controller sends: the whole form as
multipart data, `Accept: application/json` and the CSRF token in a header, no action button.
"""

import re

from django.urls import reverse

from wagtail.admin.viewsets.pages import base_page_viewset, page_viewset_registry
from wagtail.models import Page, Revision
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

import pytest

from courses.catalogue.models import CoursePage, LessonPage, ModulePage
from tests.courses.catalogue.test_admin_publishing import add_url, course_form, lesson_form
from tests.factories.courses import LessonPageFactory

pytestmark = pytest.mark.django_db

AUTOSAVE = {"HTTP_ACCEPT": "application/json", "HTTP_X_CSRFTOKEN": "token"}


@pytest.fixture
def course(make_course, make_user):
    trainer = make_user(role="Trainer", preferred_language="en")  # the admin in English
    course = make_course(lessons=1, modules=1, trainers=[trainer])
    course.trainer = trainer
    course.module = ModulePage.objects.child_of(course).get()
    return course


def edit_form_tag(html: str) -> str:
    """The opening tag of the editor's form (where Wagtail switches autosave on)."""
    return re.search(r'<form\s+id="page-edit-form".*?>', html, re.S).group(0)


def test_the_add_form_does_not_autosave(client, course):
    client.force_login(course.trainer)
    response = client.get(add_url(LessonPage, course.module))
    assert response.status_code == 200
    tag = edit_form_tag(response.content.decode())
    assert "w-unsaved" in tag  # leaving with unsaved changes still asks first
    assert "w-autosave" not in tag
    assert 'id="w-autosave-indicator"' not in response.content.decode()


def test_an_autosave_of_the_add_form_creates_nothing(client, course):
    client.force_login(course.trainer)
    pages, revisions = Page.objects.count(), Revision.objects.count()
    url = add_url(LessonPage, course.module)
    assert client.get(url).status_code == 200  # the form is opened ...

    # ... a title typed: the autosave request, twice (each change sends one) ...
    for title in ("Wh", "What a contract covers"):
        response = client.post(url, lesson_form(title=title), **AUTOSAVE)
        assert response.status_code == 400
        data = response.json()
        assert data["success"] is False
        assert data["error_code"] == "invalid_revision"  # Wagtail's script stops autosaving
        assert "Save draft" in data["error_message"]

    # ... and the form abandoned: no page, no revision left.
    assert Page.objects.count() == pages
    assert Revision.objects.count() == revisions
    assert not LessonPage.objects.filter(title="What a contract covers").exists()


def test_without_our_view_wagtails_autosave_would_leave_a_draft(client, course, monkeypatch):
    """The cause, kept as a test: Wagtail's own create view makes the page on autosave."""
    reverse("wagtailadmin_home")  # the admin's URLs loaded: its viewsets are registered
    ours = page_viewset_registry.get_by_type(Page)
    monkeypatch.setitem(ours.views, "add", base_page_viewset.add_view)
    client.force_login(course.trainer)
    response = client.post(
        add_url(LessonPage, course.module), lesson_form(title="Orphan"), **AUTOSAVE
    )
    assert response.json()["success"] is True, response.json()
    orphan = LessonPage.objects.get(title="Orphan")
    assert not orphan.live


def test_the_first_save_creates_the_draft_and_its_editor_autosaves(client, course):
    client.force_login(course.trainer)
    response = client.post(add_url(LessonPage, course.module), lesson_form())
    lesson = LessonPage.objects.get(slug="what-a-contract-covers")
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_pages:edit", args=[lesson.pk])
    assert not lesson.live
    editor = client.get(response.url)
    assert "w-autosave" in edit_form_tag(editor.content.decode())


def slug_errors(response) -> list:
    return response.context["form"].errors["slug"]


def test_a_slug_clash_with_a_draft_links_to_it_for_a_trainer_of_the_course(client, course):
    draft = LessonPageFactory(parent=course.module, live=False, slug="what-a-contract-covers")
    client.force_login(course.trainer)
    response = client.post(add_url(LessonPage, course.module), lesson_form())
    assert response.status_code == 200
    edit_url = reverse("wagtailadmin_pages:edit", args=[draft.pk])
    link = f'A draft with this address already exists: <a href="{edit_url}">open it</a>'
    assert any("already in use" in error for error in slug_errors(response))
    assert link in slug_errors(response)
    assert link in response.content.decode()  # shown as a link, not as escaped text
    assert client.get(edit_url).status_code == 200  # and it opens
    assert LessonPage.objects.filter(slug="what-a-contract-covers").count() == 1


def test_a_slug_clash_with_a_live_page_has_no_link(client, course):
    live = LessonPage.objects.child_of(course.module).get()
    client.force_login(course.trainer)
    response = client.post(add_url(LessonPage, course.module), lesson_form(slug=live.slug))
    assert response.status_code == 200
    assert any("already in use" in error for error in slug_errors(response))
    assert "A draft with this address" not in response.content.decode()


def test_a_slug_clash_with_a_draft_the_trainer_may_not_edit_has_no_link(
    client, catalogue, make_course, make_user
):
    """Every trainer may start a course in the catalogue; another trainer's draft course is
    out of their reach, so its address clashes without a way in."""
    owner = make_user(role="Trainer", preferred_language="en")
    stranger = make_user(role="Trainer", preferred_language="en")
    draft = make_course(lessons=0, modules=0, trainers=[owner], live=False, slug="lighting")
    url = add_url(CoursePage, catalogue)

    client.force_login(stranger)
    refused = client.post(url, course_form(trainers=[stranger], slug="lighting"))
    assert refused.status_code == 200
    assert any("already in use" in error for error in slug_errors(refused))
    assert "A draft with this address" not in refused.content.decode()
    edit_url = reverse("wagtailadmin_pages:edit", args=[draft.pk])
    assert edit_url not in refused.content.decode()

    client.force_login(owner)
    offered = client.post(url, course_form(trainers=[owner], slug="lighting"))
    assert offered.status_code == 200
    assert f'<a href="{edit_url}">open it</a>' in offered.content.decode()
    assert CoursePage.objects.filter(slug="lighting").count() == 1


def test_every_page_type_is_made_draft_first(client, home_page, make_user):
    """The create view is Wagtail's base page viewset's, so pages outside the course tree (an
    About page here) are made the same way."""
    client.force_login(make_user(role="Manager", preferred_language="en"))
    url = reverse("wagtailadmin_pages:add", args=["cms", "standardpage", home_page.pk])
    assert "w-autosave" not in edit_form_tag(client.get(url).content.decode())
    data = {"title": "About us", "slug": "about-us", "intro": "", "body": streamfield([])}
    form = nested_form_data({**data, "comments": inline_formset([])})
    pages = Page.objects.count()
    assert client.post(url, form, **AUTOSAVE).status_code == 400
    assert Page.objects.count() == pages
    assert client.post(url, form).status_code == 302  # the explicit save makes it
    assert Page.objects.count() == pages + 1
