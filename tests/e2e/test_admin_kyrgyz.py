"""Issue 18: a trainer and a reviewer who prefer Kyrgyz work in a Kyrgyz Wagtail admin.

The browser asks for English (Accept-Language), so the Kyrgyz comes from their profile's
preferred language (lms/admin_language.py) and our catalogues (lms/locale_admin): the
dashboard, the lesson editor, the submission to review, the workflow history and the
reviewer's dashboard, each saved as a screenshot.
"""

import re

from courses.catalogue.models import LessonPage
from tests.e2e.content import course_create

ENGLISH_BROWSER = {"Accept-Language": "en-US,en;q=0.9"}
# Words of Wagtail's English admin that must be gone from the Kyrgyz one.
ENGLISH = (
    "Dashboard",
    "Pages",
    "Images",
    "Documents",
    "Search",
    "Site summary",
    "Save draft",
    "Promote",
    "More actions",
    "Submit to",
    "Workflow history",
    "In progress",
    "Awaiting your review",
    "Request changes",
    "Approve",
)


def english_left(page) -> list[str]:
    """The English words on the page, in any case (some labels are upper-cased by CSS)."""
    text = page.locator("body").inner_text().lower()
    return [word for word in ENGLISH if re.search(rf"\b{word.lower()}\b", text)]


def test_a_kyrgyz_trainer_and_reviewer_work_in_the_kyrgyz_admin(
    page, login_as, make_user, screenshot
):
    trainer = make_user(role="Trainer", full_name="Нургүл Осмонова", preferred_language="ky")
    reviewer = make_user(role="Reviewer", full_name="Эркин Садыков", preferred_language="ky")
    course = course_create(trainer=trainer)
    lesson = course.lessons[0]
    page.context.set_extra_http_headers(ENGLISH_BROWSER)

    # The dashboard, with the sidebar that the admin's scripts draw.
    login_as(trainer)
    page.goto("/admin/")
    assert page.locator("html").get_attribute("lang") == "ky"
    sidebar = page.locator("[data-wagtail-sidebar], #wagtail-sidebar").first
    sidebar.get_by_text("Барактар").first.wait_for()
    assert "Сайт тууралуу жалпы маалымат" in page.locator("main").inner_text()
    assert english_left(page) == []
    screenshot("admin_ky_dashboard")

    # The lesson's editor: tabs, fields, the block menu and the footer's actions.
    page.goto(f"/admin/pages/{lesson.pk}/edit/")
    assert page.get_by_role("tab", name="Мазмун").is_visible()
    assert page.get_by_role("tab", name="Илгерилетүү").is_visible()
    assert page.locator("footer").get_by_text("Долбоорду сактоо").is_visible()
    page.locator("[data-contentpath=body] button.c-sf-add-button").first.click()
    block_menu = page.locator("[role=listbox], .w-combobox").first
    block_menu.wait_for()
    assert english_left(page) == []
    screenshot("admin_ky_lesson_editor")
    page.keyboard.press("Escape")

    # Submitting the lesson to review, from the footer's "more actions".
    page.locator("footer button.w-dropdown__toggle").click()
    submit = page.locator("footer button[name=action-submit]")
    assert "иш агымына жөнөтүү" in submit.inner_text()
    with page.expect_navigation():
        submit.click()
    lesson = LessonPage.objects.get(pk=lesson.pk)
    assert lesson.workflow_in_progress
    assert english_left(page) == []

    page.goto(f"/admin/pages/{lesson.pk}/workflow_history/")
    history = page.locator("main").inner_text().lower()
    assert "иш агымынын тарыхы" in history and "аткарылууда" in history  # "in progress"
    assert english_left(page) == []
    screenshot("admin_ky_workflow_history")

    # The reviewer finds it awaiting review, with Kyrgyz actions.
    login_as(reviewer)
    page.goto("/admin/")
    awaiting = page.locator("main").inner_text().lower()
    assert "сиздин текшерүүңүздү күтүүдө" in awaiting
    # The task's actions wait in a closed dropdown: read them from the markup.
    actions = page.locator("main").text_content().lower()
    assert "бекитүү" in actions and "өзгөртүүнү суроо" in actions
    assert english_left(page) == []
    screenshot("admin_ky_reviewer_dashboard")
