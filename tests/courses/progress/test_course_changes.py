"""Issue 19, points 3 to 5: a course changed after people finished it, lessons that fall back
to Kyrgyz, Continue, and the completion moment (docs/progress.md)."""

import csv
import io
import re

from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

import pytest

from courses.catalogue.models import LessonPage
from courses.catalogue.selectors import course_outline
from courses.enrolment.models import Enrollment, EnrollmentStatus
from courses.enrolment.services import enrollment_create
from courses.progress.models import LessonCompletion
from courses.progress.services import lesson_complete
from tests.factories.courses import LessonPageFactory

pytestmark = pytest.mark.django_db


def t(message: str, language: str) -> str:
    """`message` as a template's {% translate %} shows it in `language` (templates double a
    literal % in the msgid and restore it after translating)."""
    with translation.override(language):
        return gettext(message.replace("%", "%%")).replace("%%", "%")


def completed_course(make_course, learner, lessons_of, lessons=2):
    course = make_course(lessons=lessons, modules=0)
    enrollment_create(user=learner, course=course)
    for lesson in lessons_of(course):
        lesson_complete(user=learner, lesson=lesson)
    assert Enrollment.objects.get(user=learner).status == EnrollmentStatus.COMPLETED
    return course


def progress_label(html: str) -> str:
    found = re.search(r'<span id="progress-[\w-]+-label">([^<]*)</span>', html)
    return found.group(1) if found else ""


# ---- the rule: a completed course stays completed --------------------------------------------


def test_new_lessons_are_optional_unless_marked():
    assert LessonPage().required_for_completion is False
    assert LessonPage._meta.get_field("required_for_completion").default is False


def test_a_course_with_no_required_lesson_requires_every_lesson(make_course, learner, lessons_of):
    course = make_course(lessons=2, modules=0)
    LessonPage.objects.update(required_for_completion=False)
    first, second = lessons_of(course)
    assert course_outline(course=course).required_count == 2
    enrollment_create(user=learner, course=course)
    lesson_complete(user=learner, lesson=first)
    assert Enrollment.objects.get().status == EnrollmentStatus.ACTIVE
    lesson_complete(user=learner, lesson=second)
    assert Enrollment.objects.get().status == EnrollmentStatus.COMPLETED


def test_a_lesson_added_later_is_not_required_by_default(make_course, learner, lessons_of):
    course = make_course(lessons=2, modules=0)
    first, second = lessons_of(course)
    enrollment_create(user=learner, course=course)
    lesson_complete(user=learner, lesson=first)
    added = course.add_child(instance=LessonPage(title="Added", body=[], estimated_minutes=5))
    added.save_revision().publish()
    lesson_complete(user=learner, lesson=second)
    assert Enrollment.objects.get().status == EnrollmentStatus.COMPLETED


def test_a_required_lesson_added_applies_to_those_not_finished(
    client, make_course, learner, make_user, lessons_of
):
    course = make_course(lessons=2, modules=0)
    enrollment_create(user=learner, course=course)
    lesson_complete(user=learner, lesson=lessons_of(course)[0])
    added = LessonPageFactory(parent=course, required_for_completion=True)
    client.force_login(learner)
    html = client.get(course.url).content.decode()
    assert '<progress max="3" value="1"' in html
    lesson_complete(user=learner, lesson=lessons_of(course)[1])
    assert Enrollment.objects.get().status == EnrollmentStatus.ACTIVE
    lesson_complete(user=learner, lesson=added)
    assert Enrollment.objects.get().status == EnrollmentStatus.COMPLETED


def test_a_finished_course_stays_completed_everywhere_after_a_new_lesson(
    client, make_course, learner, make_user, lessons_of, translate_course
):
    course = completed_course(make_course, learner, lessons_of)
    ru_course = translate_course(course, "ru")
    finished = Enrollment.objects.get(user=learner)
    # The trainer publishes a new lesson, required even, in Kyrgyz only.
    new = LessonPageFactory(parent=course, title="Жаңы сабак", required_for_completion=True)
    new.save_revision().publish()
    client.force_login(learner)
    for page, language in ((course, "ky"), (ru_course, "ru")):
        html = client.get(page.url).content.decode()
        assert progress_label(html) == t("Course completed (100%)", language), language
        assert '<progress max="1" value="1"' in html
        assert 'class="button" href="' not in html.split('id="enrolment"')[1].split("</section>")[0]
        new_block = html.split('class="new-lessons"')[1].split("</div>")[0]
        assert "Жаңы сабак" in new_block and "badge--new" in new_block
    # The new lesson opens at the Russian address (Kyrgyz, with the notice), marked "new".
    ru_new_url = course_outline(course=ru_course).lesson_shown(new).url
    assert ru_new_url.startswith(ru_course.url)
    lesson_html = client.get(ru_new_url).content.decode()
    assert "fallback-notice" in lesson_html and "badge--new" in lesson_html
    # My learning: under completed, with the new lesson offered.
    dashboard = client.get("/ky/my/")
    assert [item.course.pk for item in dashboard.context["dashboard"].completed] == [course.pk]
    assert "badge--new" in dashboard.content.decode()
    # The trainer's list, record and export say completed, 100 %.
    manager = make_user(role="Manager")
    client.force_login(manager)
    translation.activate("ky")  # the requests above left Russian active for reverse()
    participants = client.get(reverse("progress:participants", args=[course.translation_key]))
    assert f"{t('Completed', 'ky')} (100%)" in participants.content.decode()
    record = client.get(
        reverse("progress:participant", args=[course.translation_key, finished.pk])
    ).content.decode()
    assert progress_label(record) == t("Course completed (100%)", "ky")
    assert "badge--new" in record
    export = client.get(reverse("progress:export", args=[course.translation_key, "csv"]))
    rows = list(csv.reader(io.StringIO(export.content.decode("utf-8-sig"))))
    assert rows[1][6:9] == ["3", "3", "100"]


# ---- lessons fall back to Kyrgyz --------------------------------------------------------------


def test_a_lesson_only_in_kyrgyz_is_in_the_russian_course_and_counts(
    client, make_course, learner, lessons_of, translate_course
):
    course = make_course(lessons=2, modules=1)
    ru_course = translate_course(course, "ru")
    module = course.get_children().first().specific
    only_ky = LessonPageFactory(parent=module, title="Кыргызча гана")
    ru_outline = course_outline(course=ru_course)
    ky_keys = [lesson.translation_key for lesson in lessons_of(course)]
    assert [lesson.translation_key for lesson in ru_outline.lessons] == ky_keys
    assert ru_outline.fallback_pks == {only_ky.pk}
    enrollment_create(user=learner, course=course)
    client.force_login(learner)
    ru_page = client.get(ru_course.url).content.decode()
    fallback_url = ru_outline.lesson_shown(only_ky).url
    assert fallback_url.startswith(ru_course.url) and f'href="{fallback_url}"' in ru_page
    response = client.get(fallback_url)
    assert response.status_code == 200
    assert response.context["page"].pk == only_ky.pk
    assert response.context["course"].pk == ru_course.pk  # breadcrumb and outline in Russian
    assert "fallback-notice" in response.content.decode()
    # Completed from the Russian address, it counts in both languages, and back it goes there.
    with translation.override("ru"):
        done = client.post(reverse("progress:lesson_complete", args=[only_ky.pk]))
    assert LessonCompletion.objects.filter(lesson_key=only_ky.translation_key).exists()
    assert done.url == fallback_url + "#lesson-completion"
    ky_page = client.get(course.url).content.decode()
    ru_page = client.get(ru_course.url).content.decode()
    assert '<progress max="3" value="1"' in ky_page
    assert '<progress max="3" value="1"' in ru_page


def test_the_russian_outline_keeps_the_kyrgyz_order(make_course, translate_course, lessons_of):
    course = make_course(lessons=3, modules=0)
    ru_course = translate_course(course, "ru")
    LessonPageFactory(parent=course, title="Fourth")
    ru_lessons = course_outline(course=ru_course).lessons
    assert [lesson.translation_key for lesson in ru_lessons] == [
        lesson.translation_key for lesson in lessons_of(course)
    ]
    assert [lesson.locale.language_code for lesson in ru_lessons] == ["ru", "ru", "ru", "ky"]


# ---- the completion moment ---------------------------------------------------------------------


def test_the_last_lesson_leads_to_the_completion_page_with_the_certificate(
    client, make_course, learner, lessons_of, django_capture_on_commit_callbacks
):
    from courses.catalogue.models import Topic

    course = make_course(lessons=2, modules=0, certificate_enabled=True)
    same_topic = make_course(lessons=1, topic=course.topic, title="Same topic")
    make_course(lessons=1, topic=Topic.objects.exclude(pk=course.topic_id).first(), title="Other")
    enrollment_create(user=learner, course=course)
    client.force_login(learner)
    first, last = lessons_of(course)
    response = client.post(reverse("progress:lesson_complete", args=[first.pk]))
    assert response.url == first.url + "#lesson-completion"  # not the last: back to the lesson
    with django_capture_on_commit_callbacks(execute=True):  # the certificate task, eagerly
        response = client.post(reverse("progress:lesson_complete", args=[last.pk]))
    complete_url = reverse("progress:course_complete", args=[course.translation_key])
    assert response.url == complete_url
    page = client.get(complete_url)
    html = page.content.decode()
    certificate = learner.certificates.get()
    assert reverse("certificates:download", args=[certificate.code, "pdf"]) in html
    assert reverse("certificates:verify", args=[certificate.code]) in html
    assert f"http://testserver{reverse('certificates:verify', args=[certificate.code])}" in html
    assert [item.pk for item in page.context["next_courses"]] == [same_topic.pk]
    # A repeat of the last lesson's button changes nothing and stays on the lesson.
    again = client.post(reverse("progress:lesson_complete", args=[last.pk]))
    assert again.url == last.url + "#lesson-completion"


def test_the_completion_page_before_the_certificate_is_issued(
    client, make_course, learner, lessons_of
):
    course = make_course(lessons=1, modules=0, certificate_enabled=True)
    enrollment_create(user=learner, course=course)
    lesson_complete(user=learner, lesson=lessons_of(course)[0])  # the task not run yet
    client.force_login(learner)
    html = client.get(reverse("progress:course_complete", args=[course.translation_key])).content
    html = html.decode()
    assert "/download/" not in html
    assert f'href="{reverse("progress:my")}"' in html


def test_only_those_who_completed_see_the_completion_page(client, make_course, learner, lessons_of):
    course = make_course(lessons=2, modules=0)
    url = reverse("progress:course_complete", args=[course.translation_key])
    assert client.get(url).status_code == 302  # to sign in
    assert "login" in client.get(url).url
    enrollment_create(user=learner, course=course)
    client.force_login(learner)
    assert client.get(url).url == course.url  # not finished: the course page
    assert (
        client.get(
            reverse("progress:course_complete", args=["00000000-0000-0000-0000-000000000000"])
        ).status_code
        == 404
    )


def test_a_course_without_certificate_has_no_certificate_section(
    client, make_course, learner, lessons_of
):
    course = make_course(lessons=1, modules=0, certificate_enabled=False)
    enrollment_create(user=learner, course=course)
    lesson_complete(user=learner, lesson=lessons_of(course)[0])
    client.force_login(learner)
    response = client.get(reverse("progress:course_complete", args=[course.translation_key]))
    assert response.status_code == 200
    assert response.context["sections"] == []


def test_course_complete_banner_after_the_last_quiz(rf, make_course, learner, lessons_of):
    from django.template import Context, Template

    course = make_course(lessons=1, modules=0)
    lesson = lessons_of(course)[0]
    enrollment_create(user=learner, course=course)
    template = Template("{% load progress_tags %}{% course_complete_banner lesson %}")
    request = rf.get("/")
    request.user = learner
    assert "course-complete-banner" not in template.render(
        Context({"request": request, "lesson": lesson})
    )
    lesson_complete(user=learner, lesson=lesson)
    html = template.render(Context({"request": request, "lesson": lesson}))
    assert reverse("progress:course_complete", args=[course.translation_key]) in html


def test_my_learning_certificate_card_is_in_the_readers_language(
    client, make_course, learner, lessons_of, translate_course, django_capture_on_commit_callbacks
):
    course = make_course(lessons=1, modules=0, title="Кыргызча аталышы", certificate_enabled=True)
    ru_course = translate_course(course, "ru")
    ru_course.title = "Русское название"
    ru_course.save_revision().publish()
    enrollment_create(user=learner, course=course)
    with django_capture_on_commit_callbacks(execute=True):
        lesson_complete(user=learner, lesson=lessons_of(course)[0])
    client.force_login(learner)
    html = client.get("/ru/my/").content.decode()
    card = html.split('class="card certificate-card"')[1].split("</article>")[0]
    assert "Русское название" in card and "Кыргызча аталышы" not in card
    assert t("Download the certificate (PDF)", "ru") in card
