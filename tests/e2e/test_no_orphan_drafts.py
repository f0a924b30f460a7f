"""Issue 19, point 10, in the browser: Wagtail's autosave is a script, so the "add lesson" form
is typed into and left as a trainer would, and nothing may be left behind; the same lesson made
again then saves without a slug clash.
"""

from courses.catalogue.models import LessonPage
from tests.e2e.content import course_create

TITLE = "Көчө жарыгынын графиги"
SLUG = "kocho-zharygynyn-grafigi"


def test_an_abandoned_add_lesson_form_leaves_nothing_and_the_lesson_is_made_again(
    page, login_as, make_user, screenshot
):
    trainer = make_user(role="Trainer", full_name="Нургүл Осмонова", preferred_language="ru")
    course = course_create(trainer=trainer).course
    lessons_before = LessonPage.objects.count()
    add_url = f"/admin/pages/add/catalogue/lessonpage/{course.pk}/"
    posts = []
    page.on("request", lambda request: request.method == "POST" and posts.append(request.url))
    page.on("dialog", lambda dialog: dialog.accept())  # "leave with unsaved changes?"

    login_as(trainer)
    page.goto(add_url)
    # Wagtail notes the form as loaded two seconds after it opens, then autosaves 500 ms after
    # each change: with Wagtail's own create view these steps leave a draft lesson (checked).
    page.wait_for_timeout(2500)
    page.locator("#id_title").click()
    page.keyboard.type(TITLE)
    page.wait_for_timeout(2500)
    assert page.url.endswith(add_url), "the form stayed a create form (no autosave took it)"
    assert posts == [], f"the form was sent in the background: {posts}"
    page.goto("/admin/")
    assert LessonPage.objects.count() == lessons_before

    # Made again: the same title gives the same address, and "Save draft" keeps it.
    page.goto(add_url)
    page.locator("#id_title").click()
    page.keyboard.type(TITLE)
    page.keyboard.press("Tab")  # on to the next field: the slug follows the title
    page.wait_for_function("document.querySelector('#id_slug').value !== ''")
    with page.expect_navigation():
        page.locator("footer button.action-save").click()
    errors = [e for e in page.locator("[data-field-errors]").all_text_contents() if e.strip()]
    assert LessonPage.objects.filter(title=TITLE).exists(), errors
    lesson = LessonPage.objects.get(title=TITLE)
    assert lesson.slug == SLUG
    assert not lesson.live
    assert page.url.endswith(f"/admin/pages/{lesson.pk}/edit/")
    assert screenshot("no_orphan_drafts_saved_lesson").stat().st_size > 0
