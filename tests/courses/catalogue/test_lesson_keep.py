"""A learner's lesson page kept within a visit (courses/catalogue/lesson_keep.py): a repeat view
is the page they were shown, with fresh CSRF tokens, and any change to what it shows (their
progress, a question, a notification, their name, their enrolment, a publish) shows at once."""

import re
from datetime import timedelta

from django.test import Client
from django.urls import reverse
from django.utils import timezone

from wagtail import hooks

import pytest

from courses.activity.models import LearningEvent
from courses.catalogue.extensions import LESSON_PAGE_CONTEXT
from courses.catalogue.models import LessonPage
from courses.discussions.models import BoardKind
from courses.discussions.selectors import discussion_access
from courses.discussions.services import topic_create
from courses.enrolment.models import Enrollment
from courses.enrolment.services import enrollment_create, enrollment_withdraw
from lms.notifications.services import notify

pytestmark = pytest.mark.django_db

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([A-Za-z0-9]{64})"')
KEPT = "X-Lesson-Kept"


@pytest.fixture
def setup(make_course, make_user):
    """A course of three lessons (the first an open preview) and Aida enrolled, signed in."""
    course = make_course(lessons=3, modules=0)
    lessons = list(LessonPage.objects.descendant_of(course).live().order_by("path"))
    aida = make_user(role="Learner", full_name="Aida Test")
    enrollment_create(user=aida, course=course)
    client = Client(enforce_csrf_checks=True)
    client.force_login(aida)
    return course, lessons, aida, client


def _view(client, lesson):
    response = client.get(lesson.url)
    assert response.status_code in (200, 403)
    return response


def _kept(client, lesson):
    """The lesson opened twice: the first view records the visit and is rendered, the second
    is the kept page."""
    _view(client, lesson)
    response = _view(client, lesson)
    assert response.get(KEPT) == "hit"
    return response


@pytest.fixture
def bakyt(setup, make_user):
    """A second learner of the same course."""
    person = make_user(role="Learner", full_name="Bakyt Test")
    enrollment_create(user=person, course=setup[0])
    return person


def _after(client, lesson, change):
    """The lesson kept, then `change()`: the next view, which must be rendered afresh."""
    _kept(client, lesson)
    change()
    response = _view(client, lesson)
    assert response.get(KEPT) is None
    return response


def test_a_repeat_view_is_the_page_rendered_with_fresh_csrf_tokens(setup):
    course, lessons, aida, client = setup
    lesson = lessons[1]
    first = _view(client, lesson)
    assert first.get(KEPT) is None and first.templates  # rendered
    second = _view(client, lesson)
    assert second.get(KEPT) == "hit"
    assert second.templates == []  # no template rendered
    assert TOKEN.sub("", first.content.decode()) == TOKEN.sub("", second.content.decode())
    tokens = TOKEN.findall(second.content.decode())
    assert len(tokens) >= 2  # the completion form and the sign-out form, at least
    assert not set(tokens) & set(TOKEN.findall(first.content.decode()))  # masked afresh
    assert len(set(tokens)) == 1  # one mask per response, drawn once for every form
    # The kept page's token is good for its form.
    done = client.post(
        reverse("progress:lesson_complete", args=[lesson.pk]),
        {"csrfmiddlewaretoken": tokens[0]},
    )
    assert done.status_code == 302


def test_a_kept_page_reads_three_rows_and_renders_nothing(setup, django_assert_max_num_queries):
    course, lessons, aida, client = setup
    _view(client, lessons[1])
    # the session and the user, then the enrolment, completions and the lesson's questions
    with django_assert_max_num_queries(5):
        response = _view(client, lessons[1])
    assert response.get(KEPT) == "hit"


def test_completing_the_lesson_shows_at_once(setup):
    course, lessons, aida, client = setup
    lesson = lessons[1]
    before = _kept(client, lesson).content.decode()
    assert "status--ok" not in before  # not "You have completed this lesson."
    token = TOKEN.findall(before)[0]
    client.post(
        reverse("progress:lesson_complete", args=[lesson.pk]), {"csrfmiddlewaretoken": token}
    )
    with_message = _view(client, lesson)
    assert with_message.get(KEPT) is None  # a message waits: rendered, and shown once
    assert "message--success" in with_message.content.decode()
    assert "status--ok" in with_message.content.decode()  # "You have completed this lesson."
    after = _view(client, lesson)
    html = after.content.decode()
    assert "status--ok" in html
    assert "message--success" not in html  # the message is not kept
    assert _view(client, lesson).get(KEPT) == "hit"


def test_another_learners_question_shows_at_once(setup, bakyt):
    course, lessons, aida, client = setup
    lesson = lessons[1]
    _kept(client, lesson)
    topic_create(
        user=bakyt,
        access=discussion_access(user=bakyt, course=course),
        course_key=course.translation_key,
        kind=BoardKind.QUESTIONS,
        title="Тарифти ким бекитет?",
        body="Кеңешпи же мэрияпы?",
        lesson_key=lesson.translation_key,
    )
    response = _view(client, lesson)
    assert response.get(KEPT) is None
    assert "Тарифти ким бекитет?" in response.content.decode()


def test_a_notification_and_a_new_name_show_in_the_header_at_once(setup):
    course, lessons, aida, client = setup
    lesson = lessons[1]
    before = _kept(client, lesson).content.decode()
    notify([aida], "announcement", render=lambda: ("Жаңы курс", "Кош келиңиз"), mail=False)
    after = _view(client, lesson)
    assert after.get(KEPT) is None
    assert after.content.decode() != before  # the unread count changed
    aida.full_name = "Aigerim Test"
    aida.save()
    renamed = _view(client, lesson)
    assert renamed.get(KEPT) is None
    assert "Aigerim" in renamed.content.decode()


def test_a_withdrawn_learner_gets_the_locked_page_at_once(setup):
    course, lessons, aida, client = setup
    response = _after(
        client,
        lessons[1],
        lambda: enrollment_withdraw(enrollment=Enrollment.objects.get(user=aida)),
    )
    assert response.status_code == 403


def test_a_published_change_shows_at_once(setup):
    course, lessons, aida, client = setup
    page = LessonPage.objects.get(pk=lessons[1].pk)

    def publish():
        page.summary = "Жер салыгы кантип эсептелет"
        page.save_revision().publish()

    response = _after(client, lessons[1], publish)
    assert "Жер салыгы кантип эсептелет" in response.content.decode()


def test_two_learners_never_share_a_kept_page(setup, bakyt):
    course, lessons, aida, client = setup
    lesson = lessons[1]
    _kept(client, lesson)
    other = Client()
    other.force_login(bakyt)
    for _ in range(2):
        html = other.get(lesson.url).content.decode()
        assert "Bakyt" in html and "Aida" not in html


def test_a_visit_after_the_window_is_recorded_again(setup):
    course, lessons, aida, client = setup
    lesson = lessons[1]
    _kept(client, lesson)
    visits = LearningEvent.objects.filter(actor=aida, verb="viewed").count()
    assert visits == 1
    enrollment = Enrollment.objects.get(user=aida)
    enrollment.last_activity_at = timezone.now() - timedelta(minutes=6)
    enrollment.save(update_fields=["last_activity_at"])
    response = _view(client, lesson)
    assert response.get(KEPT) is None  # rendered: the visit is recorded
    assert LearningEvent.objects.filter(actor=aida, verb="viewed").count() == 2


def test_a_lesson_with_a_due_date_is_never_kept(setup):
    course, lessons, aida, client = setup
    lesson = LessonPage.objects.get(pk=lessons[1].pk)
    lesson.due_at = timezone.now() + timedelta(days=3)
    lesson.save_revision().publish()
    for _ in range(3):
        assert _view(client, lesson).get(KEPT) is None


def test_a_lesson_with_a_quiz_is_never_kept(setup):
    from tests.factories.quizzes import quiz_with_questions

    course, lessons, aida, client = setup
    quiz_with_questions(lesson=lessons[1])
    for _ in range(3):
        assert _view(client, lessons[1]).get(KEPT) is None


def test_trainers_previews_and_query_strings_are_rendered_every_time(setup, make_user):
    course, lessons, aida, client = setup
    lesson = lessons[1]
    _view(client, lesson)
    for _ in range(2):
        response = client.get(lesson.url + "?utm_source=mail")
        assert response.status_code == 200 and response.get(KEPT) is None
    manager = make_user(role="Manager")
    staff = Client()
    staff.force_login(manager)
    for _ in range(2):
        assert staff.get(lesson.url).get(KEPT) is None
        preview = staff.get(reverse("wagtailadmin_pages:view_draft", args=[lesson.pk]))
        assert preview.status_code == 200 and preview.get(KEPT) is None


def test_visitors_are_never_kept(setup):
    course, lessons, aida, client = setup
    for _ in range(2):
        response = Client().get(lessons[0].url)  # the open preview
        assert response.status_code == 200 and response.get(KEPT) is None


def test_an_app_that_does_not_say_what_it_shows_keeps_no_page(setup):
    course, lessons, aida, client = setup

    def banner(*, request, lesson, course, outline, preview, context):
        return {}

    with hooks.register_temporarily(LESSON_PAGE_CONTEXT, banner):
        for _ in range(3):
            assert _view(client, lessons[1]).get(KEPT) is None


def test_keeping_is_off_with_zero(setup, settings):
    settings.LESSON_PAGE_KEEP_SECONDS = 0
    course, lessons, aida, client = setup
    for _ in range(3):
        assert _view(client, lessons[1]).get(KEPT) is None
