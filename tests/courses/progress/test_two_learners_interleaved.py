"""Two learners reading the same lessons in turns, with every cache on as in production (what
lms.process_memo remembers per content version, the fragments of lms.page_cache, the kept user
and permissions): neither ever sees the other's name, progress, "Done" marks, completion form,
messages or CSRF token."""

import re
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.middleware.csrf import _unmask_cipher_token
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from wagtail.models import Locale

import pytest

from courses.enrolment.services import enrollment_create
from courses.progress.models import LessonCompletion
from lms.process_memo import forget_all

pytestmark = pytest.mark.django_db

LESSONS = 4  # nobody completes them all: the pages stay the ones with a progress bar
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
OUTLINE_ITEM = re.compile(r'<li( class="is-current")?><a href="([^"]+)"[^>]*>.*?</li>', re.S)


@dataclass
class Learner:
    """A signed-in browser and what its learner should see: the lessons done (indices into the
    outline) and whether a "marked as complete" message waits for the next page."""

    name: str
    user: object
    client: Client
    lessons: list  # this learner's language's lessons, in course order
    course: object
    done: set = field(default_factory=set)
    message_waiting: bool = False
    pages: dict = field(default_factory=dict)  # the last HTML of each lesson read

    @property
    def short_name(self) -> str:
        """What the header shows: the first word of the full name ("Aida")."""
        return self.user.get_short_name()

    @property
    def language(self) -> str:
        return self.course.locale.language_code


@pytest.fixture
def caches_on(settings):
    """Page, fragment and memo caches as production has them, starting empty."""
    settings.FRAGMENT_CACHE_SECONDS = 3600
    settings.PAGE_CACHE_SECONDS = 120
    assert settings.CACHES["default"]["BACKEND"].endswith("LocMemCache")
    cache.clear()
    forget_all()


@pytest.fixture
def learners(caches_on, make_course, make_user, translate_course, lessons_of):
    """learners("en", "en"): Aida and Bakyt enrolled in one course of four lessons, each in a
    browser that checks CSRF, reading it in the language given."""
    course = make_course(lessons=LESSONS)

    def make(language_a: str, language_b: str):
        people = []
        for name, language in (("Aida Test", language_a), ("Bakyt Test", language_b)):
            user = make_user(role="Learner", full_name=name)
            enrollment_create(user=user, course=course)
            client = Client(enforce_csrf_checks=True)
            client.force_login(user)
            shown = _translation(course, language, translate_course)
            people.append(Learner(name, user, client, lessons_of(shown), shown))
            assert people[-1].short_name == name.split(" ")[0]
        return people

    return make


def _translation(course, language, translate_course):
    """The course in `language`: the original, or its translation published once."""
    found = course.get_translation_or_none(Locale.objects.get(language_code=language))
    return found.specific if found is not None else translate_course(course, language)


def complete_url(me: "Learner", lesson) -> str:
    """The "Mark as complete" address at `me`'s language prefix."""
    with translation.override(me.language):
        return reverse("progress:lesson_complete", args=[lesson.pk])


def expected_label(me: Learner) -> str:
    """The progress bar's words for `me`'s lessons done, in `me`'s language."""
    done = len(me.done)
    with translation.override(me.language):
        label = gettext("%(done)s of %(total)s required lessons done (%(percent)s%%)")
    return label % {"done": done, "total": LESSONS, "percent": round(100 * done / LESSONS)}


def csrf_secret(me: Learner) -> str:
    return me.client.cookies[settings.CSRF_COOKIE_NAME].value


def check_person(me: Learner, other: Learner, html: str) -> None:
    """The page is for `me`: my name in the header, nothing of the other learner's; the
    message of my last "Mark as complete" once, the other's never; every CSRF token mine."""
    assert f">{me.short_name}</a>" in html
    assert other.short_name not in html and other.name not in html
    assert f'<html lang="{me.language}">' in html
    with translation.override(me.language):
        message = gettext("Lesson marked as complete.")
    assert (message in html) == me.message_waiting
    me.message_waiting = False
    # Each form's token is this client's cookie secret, masked afresh per page: unmasked with
    # Django's own function, every one must give the secret of this browser and no other.
    tokens = TOKEN.findall(html)
    assert tokens  # the sign-out form at least
    assert {_unmask_cipher_token(token) for token in tokens} == {csrf_secret(me)}
    if settings.CSRF_COOKIE_NAME in other.client.cookies:  # once the other has a page too
        assert csrf_secret(me) != csrf_secret(other)


def check_progress(me: Learner, html: str) -> None:
    done = len(me.done)
    assert f'<progress max="{LESSONS}" value="{done}"' in html
    assert len(re.findall(r"<progress ", html)) == 1
    assert expected_label(me) in html


def lesson_get(me: Learner, other: Learner, index: int) -> str:
    """Read lesson `index` and check all of it is `me`'s: person, progress, form, outline."""
    lesson = me.lessons[index]
    response = me.client.get(lesson.url)
    assert response.status_code == 200, (me.name, lesson.url)
    html = response.content.decode()
    check_person(me, other, html)
    check_progress(me, html)
    with translation.override(me.language):
        completed_text = gettext("You have completed this lesson.")
        button = gettext("Mark as complete")
    form = f'action="{complete_url(me, lesson)}"'
    if index in me.done:
        assert completed_text in html and form not in html
    else:
        assert completed_text not in html and form in html and button in html
    outline = html.split('<aside class="lesson-aside">')[1].split("</aside>")[0]
    items = OUTLINE_ITEM.finditer(outline)
    marks = {m.group(2): (bool(m.group(1)), "badge--done" in m.group(0)) for m in items}
    expected = {item.url: (i == index, i in me.done) for i, item in enumerate(me.lessons)}
    assert marks == expected, me.name  # {url: (current, done)}
    me.pages[index] = html
    return html


def course_get(me: Learner, other: Learner) -> str:
    """The course page: `me`'s person, progress and "Continue" to `me`'s first lesson not done."""
    response = me.client.get(me.course.url)
    assert response.status_code == 200, me.name
    html = response.content.decode()
    check_person(me, other, html)
    check_progress(me, html)
    area = html.split('id="enrolment"')[1].split("</section>")[0]
    following = min(set(range(LESSONS)) - me.done)
    assert re.findall(r'<a class="button" href="([^"]+)">', area) == [me.lessons[following].url]
    with translation.override(me.language):
        start = gettext("Start the first lesson") if not me.done else gettext("Continue")
    assert f"{start}: {me.lessons[following].title}</a>" in area
    return html


def complete(me: Learner, other: Learner, index: int) -> None:
    """Press "Mark as complete" on lesson `index` with the token of the form `me` last saw there."""
    html = me.pages.get(index) or lesson_get(me, other, index)
    lesson = me.lessons[index]
    form = html.split(f'action="{complete_url(me, lesson)}"')[1].split("</form>")[0]
    token = TOKEN.search(form).group(1)
    response = me.client.post(complete_url(me, lesson), {"csrfmiddlewaretoken": token})
    assert response.status_code == 302, me.name
    assert response.url == f"{lesson.url}#lesson-completion"
    me.done.add(index)
    me.message_waiting = True


def assert_caches_used() -> None:
    """The pages above came through the caches under test, not around them."""
    kept = " ".join(cache._cache)  # LocMemCache's keys: what the pages stored
    for name in ("fragment:course_outline:", "fragment:main_menu:", "memo:", "auth-user:"):
        assert name in kept, name


def interleaved_round(aida, bakyt, who, index: int, *, reads_before: int) -> None:
    """Both read the lesson (`reads_before` times each, in turn) and the course page, `who`
    completes the lesson, and both read both again: every response checked for its reader."""
    other = aida if who is bakyt else bakyt
    for _ in range(reads_before):
        lesson_get(aida, bakyt, index)
        lesson_get(bakyt, aida, index)
    course_get(aida, bakyt)
    course_get(bakyt, aida)
    complete(who, other, index)
    lesson_get(aida, bakyt, index)
    lesson_get(bakyt, aida, index)
    course_get(aida, bakyt)
    course_get(bakyt, aida)


def test_a_token_of_one_learner_is_refused_for_the_other(learners):
    aida, bakyt = learners("en", "en")
    with translation.override("en"):
        html = lesson_get(aida, bakyt, 1)
        lesson_get(bakyt, aida, 1)
        token = TOKEN.search(
            html.split(f'action="{complete_url(aida, aida.lessons[1])}"')[1]
        ).group(1)
        response = bakyt.client.post(
            complete_url(bakyt, bakyt.lessons[1]), {"csrfmiddlewaretoken": token}
        )
    assert response.status_code == 403
    assert not LessonCompletion.objects.exists()


def test_two_learners_interleaved_never_see_each_other(learners):
    aida, bakyt = learners("en", "en")
    with translation.override("en"):
        complete(aida, bakyt, 0)
        # Each round: both read a lesson twice and the course page, one of them completes the
        # lesson, and both read them again. Neither ever completes the whole course.
        for who, index in ((bakyt, 1), (aida, 1), (bakyt, 2), (aida, 2)):
            interleaved_round(aida, bakyt, who, index, reads_before=2)
            # The lesson neither is on: the outline's marks are still each one's own.
            lesson_get(aida, bakyt, 3)
            lesson_get(bakyt, aida, 3)
    assert aida.done == {0, 1, 2} and bakyt.done == {1, 2}
    assert_caches_used()
    for learner in (aida, bakyt):
        recorded = LessonCompletion.objects.filter(user=learner.user)
        expected = {learner.lessons[i].translation_key for i in learner.done}
        assert set(recorded.values_list("lesson_key", flat=True)) == expected, learner.name


def test_two_learners_in_russian_and_kyrgyz_never_see_each_other(learners):
    aida, bakyt = learners("ru", "ky")
    assert aida.lessons[0].url.startswith("/ru/") and bakyt.lessons[0].url.startswith("/ky/")
    complete(aida, bakyt, 0)
    for who, index in ((bakyt, 1), (aida, 1), (bakyt, 2)):
        interleaved_round(aida, bakyt, who, index, reads_before=1)
    assert_caches_used()
