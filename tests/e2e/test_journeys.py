"""Journey (b) of issue 9, keyboard only: a new learner from registration to the certificate.

Tab, Enter, Space, the arrow keys and typing: no mouse. Addresses typed into the browser
(`page.goto`) count as keyboard too, but the journey follows the site's own links wherever a
person would. It ends in a screenshot to look at.
"""

from courses.certificates.models import Certificate
from courses.enrolment.models import EnrollmentStatus
from courses.progress.models import LessonCompletion
from courses.quizzes.models import Attempt, Option
from lms.accounts.models import User
from tests.e2e.accessibility import choose_with_arrows, follow, tab_to
from tests.e2e.accounts import NewLearner, register_with_keyboard
from tests.e2e.content import COURSE_TITLES, LESSON_TITLES, course_create
from tests.e2e.mailbox import link_path, wait_for_mail


def test_new_learner_registers_learns_passes_the_quiz_and_gets_the_certificate(
    page, mailoutbox, screenshot, make_user
):
    course = course_create(trainer=make_user(role="Trainer", full_name="Нургүл Осмонова"))
    learner = NewLearner()
    page.goto("/ru/accounts/register/")

    # Registration and confirmation, in Russian.
    register_with_keyboard(page, learner)
    assert page.locator("h1").inner_text() == "Проверьте электронную почту"
    assert learner.email in page.locator("main").inner_text()
    message = wait_for_mail(mailoutbox, to=learner.email)
    assert "Подтвердите" in message.subject
    page.goto(link_path(message.body, "/ru/accounts/confirm/"))
    assert page.locator("h1").inner_text() == "Подтвердите адрес электронной почты"
    follow(page, "main form button[type=submit]")
    assert page.url.endswith("/ru/accounts/profile/")
    assert page.locator(".account-nav").get_by_text("Айгүл").is_visible()
    user = User.objects.get(email=learner.email)
    assert user.email_confirmed_at is not None

    # The catalogue from the main menu, the course from its card, and enrolment.
    follow(page, ".main-nav a[href='/ru/courses/']")
    follow(page, f"main a[href='{course.course_url('ru')}']")
    assert page.locator("h1").inner_text() == COURSE_TITLES["ru"]
    follow(page, "form.enrol-form button[type=submit]")
    assert page.locator(".messages").inner_text() == "Вы записаны. Добро пожаловать на курс!"

    # The two lessons, each marked complete, then on to the next by the pager.
    follow(page, "#enrolment a.button")
    for n in range(2):
        assert page.url.endswith(course.lesson_url(n, "ru"))
        assert page.locator("h1").inner_text() == LESSON_TITLES[n]["ru"]
        follow(page, "#lesson-completion button[type=submit]")
        assert page.locator("#lesson-completion .status--ok").is_visible()
        follow(page, ".lesson-pager a[rel=next]")
    assert LessonCompletion.objects.filter(user=user).count() == 2

    # The quiz in the third lesson: start it, answer with the arrow keys and Space, submit.
    quiz_lesson = course.pages["ru"]["lessons"][2]
    follow(page, f"a[href$='/quizzes/lesson/{quiz_lesson.pk}/']")
    follow(page, "main form button[type=submit]")
    for question in course.quiz.questions.all():
        right = Option.objects.get(question=question, fraction=1)
        choose_with_arrows(page, f"q-{question.key}", str(right.key))
    follow(page, "button[name=action][value=submit]")
    assert "100%" in page.locator(".lead").inner_text()
    assert Attempt.objects.get(user=user).passed

    # Passing completed the last lesson and the course; the certificate is ready to download.
    certificate = Certificate.objects.get(enrollment__user=user)
    assert certificate.enrollment.status == EnrollmentStatus.COMPLETED
    follow(page, ".account-nav a[href='/ru/my/']")
    assert COURSE_TITLES["ru"] in page.locator("#completed-title + article").inner_text()
    tab_to(page, "a[href$='/download/pdf/']")
    with page.expect_download() as download:
        page.keyboard.press("Enter")
    assert download.value.suggested_filename == f"certificate-{certificate.code}.pdf"
    assert download.value.path().read_bytes().startswith(b"%PDF")

    # In Kyrgyz the same progress shows: records belong to the course, not to one language.
    follow(page, ".language-switcher a[lang=ky]")
    assert page.url.endswith("/ky/my/")
    assert page.locator("html").get_attribute("lang") == "ky"
    follow(page, f"main a[href='{course.course_url('ky')}']")
    assert page.locator("h1").inner_text() == COURSE_TITLES["ky"]
    progress = page.locator("#enrolment .progress").inner_text()
    assert "(100%)" in progress, progress
    # Completed is complete (docs/progress.md): a full bar whatever the number of lessons.
    bar = page.locator("#enrolment progress")
    assert bar.get_attribute("value") == bar.get_attribute("max") == "1"
    assert screenshot("learner_completes_course_with_keyboard").stat().st_size > 0
