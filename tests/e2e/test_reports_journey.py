"""Journey (d) of issue 9: a manager opens the reports and exports a table as XLSX; and the
report charts of issue 19 on a 375-pixel phone and a 1280-pixel desk (axe, label overlap as
drawn, the keyboard in a chart that scrolls).

Three learners of one course: one finished it (quiz passed, certificate issued), one half-way,
one just enrolled. The manager goes from the site's header to the reports, looks at the
dashboard and the breakdown by course, and downloads that table as a spreadsheet.
"""

import datetime
import io

from django.utils import timezone, translation
from django.utils.translation import gettext

import openpyxl

from courses.certificates.models import Certificate
from courses.enrolment.models import Enrollment
from courses.enrolment.services import enrollment_create
from courses.progress.services import lesson_complete
from courses.quizzes.services import quiz_attempt_start, quiz_attempt_submit
from courses.reports.selectors.export_names import ABOUT_SHEET_TITLE
from tests.e2e.accessibility import axe_check, tab_to
from tests.e2e.content import COURSE_TITLES, course_create
from tests.factories.places import DistrictFactory, MunicipalityFactory, OblastFactory


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
    # Named for the report and its period (the default: the last 365 days up to today).
    today = timezone.localdate()
    start = today - datetime.timedelta(days=364)
    assert download.value.suggested_filename == f"reports-courses-{start}_{today}.xlsx"
    workbook = openpyxl.load_workbook(io.BytesIO(download.value.path().read_bytes()))
    about, data = workbook.worksheets
    with translation.override("ru"):
        assert about.title == str(ABOUT_SHEET_TITLE)
        assert [row[0] for row in about.iter_rows(values_only=True)] == [
            gettext("Report:"),
            gettext("Period:"),
            gettext("Filters:"),
        ]
    rows = [[cell for cell in row if cell is not None] for row in data.iter_rows(values_only=True)]
    text = " ".join(str(cell) for row in rows for cell in row)
    assert COURSE_TITLES["ru"] in text or COURSE_TITLES["ky"] in text, rows
    assert screenshot("manager_reports_export").stat().st_size > 0


# ---- charts on a phone and on a desk (issue 19, points 11 and 13) --------------------------

PHONE = {"width": 375, "height": 812}
DESK = {"width": 1280, "height": 900}
REPORT_PAGES = {
    "dashboard": "/{language}/teach/reports/",
    "places": "/{language}/teach/reports/places/",
    "courses": "/{language}/teach/reports/courses/",
}
# Each label drawn under a time axis, as the browser measured it (after fonts and scaling).
DRAWN_LABELS = """(kind) => [...document.querySelectorAll(`figure.report-chart text.${kind}`)]
    .map((t) => { const r = t.getBoundingClientRect();
                  return {text: t.textContent, left: r.left, right: r.right, top: r.top}; })"""
PAGE_WIDTH = "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"


def learners_over_the_year(course, make_user) -> None:
    """Twelve learners of Jalal-Abad, one enrolled in each of the last twelve months."""
    oblast = OblastFactory(
        code="jalal-abad",
        name_ky="Жалал-Абад облусу",
        name_ru="Джалал-Абадская область",
        name_en="Jalal-Abad Region",
    )
    municipality = MunicipalityFactory(district=DistrictFactory(oblast=oblast))
    now = timezone.now()
    for month in range(12):
        learner = make_user(role="Learner", municipality=municipality)
        enrollment = enrollment_create(user=learner, course=course.course)
        Enrollment.objects.filter(pk=enrollment.pk).update(
            created_at=now - datetime.timedelta(days=30 * month + 1)
        )


def assert_labels_apart(page, kind: str) -> int:
    """No two labels of `kind` overlap as drawn; returns how many there are."""
    labels = sorted(page.evaluate(DRAWN_LABELS, kind), key=lambda label: label["left"])
    for before, after in zip(labels, labels[1:], strict=False):
        assert after["left"] - before["right"] >= 2, (before, after)
    return len(labels)


def test_report_charts_fit_a_phone_and_pass_axe_at_both_widths(
    page, login_as, make_user, screenshot
):
    course = course_create(trainer=make_user(role="Trainer"))
    learners_at_three_stages(course, make_user)
    learners_over_the_year(course, make_user)
    login_as(make_user(role="Manager", preferred_language="ky"))
    for width, size in (("375", PHONE), ("1280", DESK)):
        page.set_viewport_size(size)
        for language in ("ky", "ru"):
            for name, url in REPORT_PAGES.items():
                page.goto(url.format(language=language))
                assert page.locator("figure.report-chart svg").count() == 1
                assert page.locator("main table.report-table").count() == 1  # the text version
                axe_check(page)  # scrollable-region-focusable among the rules, at each width
                scroll_width, client_width = page.evaluate(PAGE_WIDTH)
                assert scroll_width <= client_width, (url, width, scroll_width)
                # A year's chart fits the phone: its box does not scroll sideways.
                box = page.locator("figure.report-chart")
                assert box.evaluate("(f) => f.scrollWidth <= f.clientWidth"), (url, width)
                if name == "dashboard":
                    assert assert_labels_apart(page, "tick") >= 6
                    assert_labels_apart(page, "year")
                if language == "ky":
                    screenshot(f"reports_{name}_{width}")


def test_long_ranges_keep_labels_apart_and_a_scrolling_chart_is_reached_by_keyboard(
    page, login_as, make_user, screenshot
):
    course = course_create(trainer=make_user(role="Trainer"))
    learners_over_the_year(course, make_user)
    login_as(make_user(role="Manager", preferred_language="ru"))
    page.set_viewport_size(PHONE)
    today = timezone.localdate()
    five_years = f"date_from={today.replace(year=today.year - 5)}&date_to={today}"
    for query, least in ((f"{five_years}&interval=month", 4), (f"{five_years}&interval=week", 4)):
        page.goto(f"/ru/teach/reports/?{query}")
        assert assert_labels_apart(page, "tick") >= least, query
        assert_labels_apart(page, "year")
        axe_check(page)
        scroll_width, client_width = page.evaluate(PAGE_WIDTH)
        assert scroll_width <= client_width, query
    # Five years of weeks are wider than the phone: the chart's own box scrolls, and the
    # keyboard reaches it (Tab) and scrolls it (arrow keys).
    box = page.locator("figure.report-chart")
    assert box.evaluate("(f) => f.scrollWidth > f.clientWidth")
    tab_to(page, "figure.report-chart", limit=120)
    page.keyboard.press("ArrowRight")
    page.wait_for_function("() => document.querySelector('figure.report-chart').scrollLeft > 0")
    screenshot("reports_dashboard_weeks_375")
