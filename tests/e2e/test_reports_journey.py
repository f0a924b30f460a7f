"""Journey (d) of issue 9: a manager opens the reports and exports a table as XLSX.

Three learners of one course: one finished it (quiz passed, certificate issued), one half-way,
one just enrolled. The manager goes from the site's header to the reports, looks at the
dashboard and the breakdown by course, and downloads that table as a spreadsheet.
"""

import io

import openpyxl

from courses.certificates.models import Certificate
from courses.enrolment.services import enrollment_create
from courses.progress.services import lesson_complete
from courses.quizzes.services import quiz_attempt_start, quiz_attempt_submit
from tests.e2e.content import COURSE_TITLES, course_create


def correct_responses(quiz) -> dict:
    """{question key: the key of its right option} for the quiz's choice questions."""
    from courses.quizzes.models import Option

    options = Option.objects.filter(question__quiz=quiz, fraction=1).select_related("question")
    return {str(option.question.key): str(option.key) for option in options}


def learners_at_three_stages(course, make_user) -> list:
    """Done (with a certificate), half-way, just enrolled."""
    done, halfway, starting = (make_user(role="Learner") for _ in range(3))
    for learner in (done, halfway, starting):
        enrollment_create(user=learner, course=course.course)
    for lesson in course.lessons[:2]:
        lesson_complete(user=done, lesson=lesson, course=course.course)
    lesson_complete(user=halfway, lesson=course.lessons[0], course=course.course)
    attempt = quiz_attempt_start(
        user=done, quiz=course.quiz, course_key=course.course.translation_key, language="ky"
    )
    quiz_attempt_submit(attempt=attempt, responses=correct_responses(course.quiz))
    assert Certificate.objects.filter(enrollment__user=done).exists()
    return [done, halfway, starting]


def test_manager_opens_the_reports_and_exports_xlsx(page, login_as, make_user, screenshot):
    course = course_create(trainer=make_user(role="Trainer"))
    learners_at_three_stages(course, make_user)
    login_as(make_user(role="Manager", full_name="Айнура Бекова", preferred_language="ru"))

    page.goto("/ru/")
    page.locator(".account-nav a[href='/ru/teach/']").click()
    page.locator("main a[href='/ru/teach/reports/']").click()
    assert page.url.endswith("/ru/teach/reports/")
    figures = page.locator(".report-figures")
    assert (
        figures.locator("div", has_text="Записано слушателей").locator("dd").inner_text() == "3"
    ), figures.inner_text()

    page.locator(".report-tabs a[href^='/ru/teach/reports/courses/']").click()
    table = page.locator("main table").first
    assert COURSE_TITLES["ru"] in table.inner_text() or COURSE_TITLES["ky"] in table.inner_text()
    with page.expect_download() as download:
        page.locator("form.report-export button[value=xlsx]").first.click()
    assert download.value.suggested_filename.endswith(".xlsx")
    workbook = openpyxl.load_workbook(io.BytesIO(download.value.path().read_bytes()))
    rows = [
        [cell for cell in row if cell is not None]
        for row in workbook.worksheets[0].iter_rows(values_only=True)
    ]
    text = " ".join(str(cell) for row in rows for cell in row)
    assert COURSE_TITLES["ru"] in text or COURSE_TITLES["ky"] in text, rows
    assert screenshot("manager_reports_export").stat().st_size > 0
