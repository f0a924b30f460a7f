"""Translation with wagtail-localize, rights on new translations, and admin previews."""

from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.models import Locale
from wagtail.test.utils.form_data import rich_text, streamfield
from wagtail_localize.models import TranslationSource

import pytest

from courses.catalogue.models import LessonPage
from courses.catalogue.selectors import course_group_name
from tests.courses.catalogue.test_admin_publishing import course_form, lesson_form
from tests.courses.catalogue.test_course_and_lesson_pages import rich_lesson

pytestmark = pytest.mark.django_db


def test_wagtail_localize_translates_a_lesson_with_every_block(make_course, home_page, client):
    course = make_course(lessons=1, modules=0)
    lesson = rich_lesson(course, home_page)
    ru = Locale.objects.get(language_code="ru")
    for page in (course.get_parent(), course, lesson):
        source, _ = TranslationSource.get_or_create_from_instance(page)
        # Untranslated strings fall back to the source, as when a translator saves part-way.
        source.create_or_update_translation(ru, fallback=True)
        page.get_translation(ru).save_revision().publish()  # as a reviewer's approval would
    ru_lesson = lesson.get_translation(ru)
    assert ru_lesson.translation_key == lesson.translation_key
    assert [b.block_type for b in ru_lesson.body] == [b.block_type for b in lesson.body]
    response = client.get(ru_lesson.url)
    assert response.status_code == 200
    # The outline and the course link are the Russian pages; the course's other lesson, not
    # translated, is listed in Kyrgyz (docs/progress.md: lessons fall back like courses).
    assert response.context["course"].locale == ru
    shown = {item.translation_key: item.locale_id for item in response.context["outline"].lessons}
    ky = Locale.objects.get(language_code="ky")
    assert shown == {
        key: (ru.pk if key == lesson.translation_key else ky.pk)
        for key in LessonPage.objects.filter(locale=ky).values_list("translation_key", flat=True)
    }


def test_a_new_translation_of_a_course_gets_its_trainers_rights(client, make_course, make_user):
    trainer = make_user(role="Trainer")
    course = make_course(trainers=[trainer], lessons=1, modules=0)
    ru = Locale.objects.get(language_code="ru")
    ru_course = course.copy_for_translation(ru, copy_parents=True)
    group = Group.objects.get(name=course_group_name(course.translation_key))
    assert group.page_permissions.filter(page=ru_course).count() == 2
    client.force_login(trainer)
    assert client.get(reverse("wagtailadmin_pages:edit", args=[ru_course.pk])).status_code == 200


def test_trainer_previews_a_draft_lesson_of_their_course(client, make_course, make_user):
    trainer = make_user(role="Trainer")
    course = make_course(trainers=[trainer], lessons=1, modules=0)
    lesson = LessonPage.objects.child_of(course).get()
    client.force_login(trainer)
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[lesson.pk])
    body = streamfield([("paragraph", rich_text("<p>Words not saved yet.</p>"))])
    form = lesson_form(title=lesson.title, slug=lesson.slug, body=body)
    assert client.post(url, form).json()["is_valid"]
    preview = client.get(url)
    assert preview.status_code == 200
    assert "Words not saved yet." in preview.content.decode()
    assert "Words not saved yet." not in client.get(lesson.url).content.decode()


def test_trainer_previews_a_new_course_before_saving_it(client, catalogue, make_user):
    trainer = make_user(role="Trainer")
    client.force_login(trainer)
    url = reverse(
        "wagtailadmin_pages:preview_on_add", args=["catalogue", "coursepage", catalogue.pk]
    )
    assert client.post(url, course_form(trainers=[trainer])).json()["is_valid"]
    preview = client.get(url)
    assert preview.status_code == 200
    assert "Street lighting by contract" in preview.content.decode()
