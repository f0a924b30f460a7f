"""Issue 19: a new learner on a 375 × 812 phone, in Kyrgyz, from registration to the completion
moment and the certificate's verification; and a course changed after a learner finished it.

The journeys save screenshots at 375 and 1280 pixels wide (tests/e2e/screenshots/journey_*.png)
for a person to look at. Sign-in's landing page is not relied on: each step goes where it
means to go.
"""

from django.utils import translation
from django.utils.translation import gettext

from courses.catalogue.selectors import course_outline
from courses.certificates.models import Certificate
from courses.enrolment.models import Enrollment, EnrollmentStatus
from courses.progress.models import LessonCompletion
from courses.progress.services import lesson_complete
from courses.quizzes.models import Attempt, Option
from lms.accounts.models import User
from tests.e2e.accounts import NewLearner
from tests.e2e.content import COURSE_TITLES, LESSON_TITLES, course_create
from tests.e2e.mailbox import link_path, wait_for_mail
from tests.factories.courses import LessonPageFactory

PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}


def t(message: str, language: str = "ky") -> str:
    with translation.override(language):
        # as {% translate %} looks it up: a literal % is doubled in the msgid
        return gettext(message.replace("%", "%%")).replace("%%", "%")


def click_and_load(page, selector: str) -> None:
    with page.expect_navigation():
        page.locator(selector).first.click()


def no_sideways_scroll(page) -> None:
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"{page.url} is {width} px wide on a 375 px screen"


def both_widths(page, screenshot, name: str) -> None:
    """journey_<name>_375.png and journey_<name>_1280.png of the page as it is."""
    screenshot(f"journey_{name}_375")
    page.set_viewport_size(DESKTOP)
    screenshot(f"journey_{name}_1280")
    page.set_viewport_size(PHONE)


def test_new_learner_on_a_phone_finishes_a_course_and_verifies_the_certificate(
    page, mailoutbox, screenshot, make_user
):
    course = course_create(trainer=make_user(role="Trainer", full_name="Нургүл Осмонова"))
    learner = NewLearner()
    page.set_viewport_size(PHONE)

    # Registration and the confirmation link, in Kyrgyz.
    page.goto("/ky/accounts/register/")
    page.fill("#id_email", learner.email)
    page.fill("#id_password1", learner.password)
    page.fill("#id_password2", learner.password)
    page.fill("#id_full_name", learner.full_name)
    page.select_option("#id_position", index=1)
    no_sideways_scroll(page)
    click_and_load(page, "main form button[type=submit]")
    message = wait_for_mail(mailoutbox, to=learner.email)
    page.goto(link_path(message.body, "/ky/accounts/confirm/"))
    click_and_load(page, "main form button[type=submit]")
    user = User.objects.get(email=learner.email)
    assert user.email_confirmed_at is not None

    # The course (wherever sign-in landed), and enrolment.
    page.goto(course.course_url("ky"))
    assert page.locator("h1").inner_text() == COURSE_TITLES["ky"]
    click_and_load(page, "form.enrol-form button[type=submit]")
    assert Enrollment.objects.filter(user=user, status=EnrollmentStatus.ACTIVE).exists()
    no_sideways_scroll(page)
    both_widths(page, screenshot, "course_enrolled")

    # Lessons one and two: mark complete, then Continue goes to the next lesson not done.
    click_and_load(page, "#enrolment a.button")
    for n in range(2):
        assert page.url.endswith(course.lesson_url(n, "ky")), page.url
        assert page.locator("h1").inner_text() == LESSON_TITLES[n]["ky"]
        click_and_load(page, "#lesson-completion button[type=submit]")
        assert page.locator("#lesson-completion .status--ok").is_visible()
        no_sideways_scroll(page)
        if n == 0:
            both_widths(page, screenshot, "lesson_done")
        click_and_load(page, "#lesson-completion a.button")
    assert page.url.endswith(course.lesson_url(2, "ky"))
    assert LessonCompletion.objects.filter(user=user).count() == 2

    # The quiz of the last lesson: passing it completes the lesson and the course.
    quiz_lesson = course.lessons[2]
    click_and_load(page, f"a[href$='/quizzes/lesson/{quiz_lesson.pk}/']")
    click_and_load(page, "main form button[type=submit]")
    for question in course.quiz.questions.all():
        right = Option.objects.get(question=question, fraction=1)
        page.check(f"input[name='q-{question.key}'][value='{right.key}']")
    click_and_load(page, "button[name=action][value=submit]")
    assert Attempt.objects.get(user=user).passed

    # The completion moment: the banner on the result leads to the course-complete page.
    banner = page.locator(".course-complete-banner")
    assert banner.is_visible()
    both_widths(page, screenshot, "quiz_passed")
    click_and_load(page, ".course-complete-banner a.button")
    certificate = Certificate.objects.get(enrollment__user=user)
    assert page.locator("h1").inner_text() == t("Course complete")
    assert COURSE_TITLES["ky"] in page.locator(".course-complete__header").inner_text()
    card = page.locator(".certificate-card")
    assert card.locator("a[href$='/download/pdf/']").is_visible()
    share = card.locator("input[readonly]").input_value()
    assert share.endswith(f"/ky/certificates/verify/{certificate.code}/")
    assert page.locator("#next-title").is_visible()
    no_sideways_scroll(page)
    both_widths(page, screenshot, "course_complete")

    # The verification page says valid.
    click_and_load(page, f".certificate-card a[href$='/certificates/verify/{certificate.code}/']")
    assert page.locator(".verification--valid").is_visible()
    assert page.locator("#result").inner_text() == t("Valid certificate")
    no_sideways_scroll(page)
    both_widths(page, screenshot, "certificate_valid")

    # My learning: the course is completed and its certificate is a card in Kyrgyz.
    page.goto("/ky/my/")
    assert COURSE_TITLES["ky"] in page.locator(".certificate-card h3").inner_text()
    no_sideways_scroll(page)
    both_widths(page, screenshot, "my_learning")


def test_a_lesson_published_after_a_learner_finished(page, screenshot, make_user, login_as):
    """Point 3: both languages say completed; the new lesson (Kyrgyz only) is marked new and
    opens at the Russian address with the notice."""
    course = course_create(trainer=make_user(role="Trainer"))
    learner = make_user(role="Learner", full_name="Бакыт Асанов")
    from courses.enrolment.services import enrollment_create

    enrollment_create(user=learner, course=course.course)
    for lesson in course.lessons:
        lesson_complete(user=learner, lesson=lesson, source="quiz")
    assert Enrollment.objects.get(user=learner).status == EnrollmentStatus.COMPLETED
    new = LessonPageFactory(parent=course.course, title="Жаңы сабак: отчеттуулук")
    new.save_revision().publish()
    login_as(learner)
    page.set_viewport_size(PHONE)
    for language in ("ky", "ru"):
        page.goto(course.course_url(language))
        area = page.locator("#enrolment")
        assert (
            area.locator(".status--ok")
            .first.inner_text()
            .startswith(t("You have completed this course.", language))
        )
        assert area.locator("progress").get_attribute("value") == "1"
        assert t("Course completed (100%)", language) in area.locator(".progress").inner_text()
        assert area.locator("a.button").count() == 0  # no Continue to a lesson already done
        new_item = area.locator(".new-lessons li")
        assert "Жаңы сабак" in new_item.inner_text()
        assert new_item.locator(".badge--new").is_visible()
        no_sideways_scroll(page)
        both_widths(page, screenshot, f"course_changed_{language}")
    ru_course = course.pages["ru"]["course"]
    ru_url = course_outline(course=ru_course).lesson_shown(new).url
    click_and_load(page, "#enrolment .new-lessons a")
    assert page.url.endswith(ru_url)
    assert page.locator(".fallback-notice").is_visible()
    assert page.locator(".course-outline .badge--new").count() == 1
    both_widths(page, screenshot, "new_lesson_ru")
