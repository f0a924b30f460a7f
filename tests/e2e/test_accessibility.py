"""axe-core finds no serious or critical violation on the public pages, in every language, on
a wide screen and on a 375-pixel phone (where the header is folded into its menu button, the
filters behind theirs, and wide tables and charts scroll in their own boxes).

One test per language reuses one page for all the pages (a subtest each, so every failing page
is reported), which keeps the browser tests quick.
"""

from django.urls import reverse
from django.utils import translation

import pytest

from courses.certificates.models import Certificate
from courses.enrolment.services import enrollment_create
from courses.progress.services import lesson_complete
from courses.quizzes.models import Option
from courses.quizzes.services import quiz_attempt_start, quiz_attempt_submit
from tests.e2e.accessibility import axe_check
from tests.e2e.content import LANGUAGES, PORTAL_CASES, course_create, portal_create

# Every page is audited at both widths: what a phone hides, folds or scrolls is audited too.
WIDTHS = {"wide": {"width": 1280, "height": 800}, "phone": {"width": 375, "height": 812}}

PAGES = {
    "home": lambda: reverse("wagtail_serve", args=[""]),
    "register": lambda: reverse("accounts:register"),
    "login": lambda: reverse("accounts:login"),
}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("language", ["ky", "ru", "en"])
def test_public_pages_have_no_serious_accessibility_violations(page, subtests, language, width):
    page.set_viewport_size(WIDTHS[width])
    for name, url in PAGES.items():
        with subtests.test(page=name):
            with translation.override(language):
                response = page.goto(url())
            assert response.status == 200
            assert page.locator("html").get_attribute("lang") == language
            axe_check(page)

    with subtests.test(page="register with errors"):
        # The form re-rendered with errors: each message must stay tied to its field.
        with translation.override(language):
            page.goto(PAGES["register"]())
        with page.expect_navigation():
            page.locator("main form button[type=submit]").click()
        assert page.locator(".field--error").count() >= 3
        axe_check(page)

    if width == "phone":
        with subtests.test(page="home with the menu open"):
            with translation.override(language):
                page.goto(PAGES["home"]())
            page.locator(".site-menu > summary").click()
            assert page.locator(".account-nav").is_visible()
            axe_check(page)


def test_axe_check_fails_on_a_serious_violation(page):
    """The helper itself: a missing alt text, page language and contrast each fail.

    It takes the live-server `page` like its neighbours, so pytest-django runs it with them
    (transactional tests go last) and the browser starts once.
    """
    page.set_content(
        "<title>t</title><main><h1>t</h1><img src='data:,'>"
        "<p style='color:#ccc'>pale text</p></main>"
    )
    with pytest.raises(pytest.fail.Exception) as failure:
        axe_check(page)
    assert "image-alt (critical)" in str(failure.value)
    assert "html-has-lang (serious)" in str(failure.value)
    assert "color-contrast (serious)" in str(failure.value)


def test_learning_and_portal_pages_have_no_serious_accessibility_violations(
    page, subtests, login_as, make_user
):
    """Issue 9's list of pages, in ky, ru and en, as a learner half-way and then done, and the
    reports as a manager.

    The content is built once (it is the slow part); a subtest per page and language.
    """
    portal = portal_create()
    trainer = make_user(role="Trainer")
    course = course_create(trainer=trainer)
    learner = make_user(role="Learner", full_name="Бурул Кадырова")
    enrollment_create(user=learner, course=course.course)
    for lesson in course.lessons[:2]:
        lesson_complete(user=learner, lesson=lesson, course=course.course)
    attempt = quiz_attempt_start(
        user=learner, quiz=course.quiz, course_key=course.course.translation_key, language="ru"
    )
    login_as(learner)

    def check(language, name, url, status=200):
        for width, size in WIDTHS.items():
            with subtests.test(language=language, page=name, width=width):
                page.set_viewport_size(size)
                response = page.goto(url)
                assert response.status == status, f"{url} answered {response.status}"
                assert page.locator("html").get_attribute("lang") == language
                axe_check(page)

    lesson = {code: course.pages[code]["lessons"] for code in LANGUAGES}
    for language in LANGUAGES:
        with translation.override(language):
            check(language, "home", reverse("wagtail_serve", args=[""]))
            check(language, "catalogue", course.pages[language]["course"].get_parent().url)
            check(language, "course", course.course_url(language))
            check(language, "lesson", lesson[language][0].url)
            check(language, "quiz", reverse("quizzes:overview", args=[lesson[language][2].pk]))
            check(language, "quiz attempt", reverse("quizzes:attempt", args=[attempt.pk]))
            check(language, "portal index", portal.url(language))
            check(language, "portal search", f"{portal.url(language)}?q=2020&theme=private-sector")
            check(language, "case", portal.case_url(PORTAL_CASES[0], language))

    # The learner passes the quiz, which completes the course and issues the certificate.
    quiz_attempt_submit(attempt=attempt, responses=correct_responses(course.quiz))
    certificate = Certificate.objects.get(enrollment__user=learner)
    for language in LANGUAGES:
        with translation.override(language):
            check(language, "quiz result", reverse("quizzes:result", args=[attempt.pk]))
            check(language, "dashboard", reverse("progress:my"))
            check(language, "verification", reverse("certificates:verify", args=[certificate.code]))
            check(language, "verification form", reverse("certificates:verify_form"))

    # The reports a manager reads, with the figures the learner's progress made.
    login_as(make_user(role="Manager"))
    for language in LANGUAGES:
        with translation.override(language):
            check(language, "reports dashboard", reverse("reports:dashboard"))
            check(language, "reports by course", reverse("reports:breakdown", args=["courses"]))

    # The trainer's participants list: a wide table in its own scroll box, styled filters.
    login_as(trainer)
    key = course.course.translation_key
    for language in LANGUAGES:
        with translation.override(language):
            check(language, "participants", reverse("progress:participants", args=[key]))


def correct_responses(quiz) -> dict:
    """{question key: the key of its right option} for the quiz's single-choice questions."""
    return {
        str(option.question.key): str(option.key)
        for option in Option.objects.filter(question__quiz=quiz, fraction=1).select_related(
            "question"
        )
    }
