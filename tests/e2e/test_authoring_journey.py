"""Journey (c) of issue 9: a trainer writes a lesson in the admin and submits it for review, a
reviewer approves it, and the enrolled learner finds it in the course.

Through Wagtail's own admin screens, in the browser, as the three people do it.
"""

from courses.catalogue.models import LessonPage
from courses.enrolment.services import enrollment_create
from tests.e2e.content import course_create

LESSON_TITLE = "Жарыктын графиги"
LESSON_TEXT = "Чырактар күн батканда күйүп, таң атканда өчөт."


def test_trainer_writes_a_lesson_reviewer_approves_learner_reads_it(
    page, login_as, make_user, screenshot
):
    trainer = make_user(role="Trainer", full_name="Нургүл Осмонова")
    reviewer = make_user(role="Reviewer", full_name="Эркин Садыков")
    learner = make_user(role="Learner", full_name="Бурул Кадырова")
    course = course_create(trainer=trainer)
    enrollment_create(user=learner, course=course.course)

    login_as(trainer)
    page.goto(f"/admin/pages/{course.course.pk}/")
    # The trainer adds a lesson to their course from the page explorer.
    page.locator("a[href$='/add_subpage/']").first.click()
    page.locator("a[href*='/add/catalogue/lessonpage/']").click()
    page.locator("#id_title").fill(LESSON_TITLE)
    page.locator("[data-contentpath=body] button.c-sf-add-button").first.click()
    page.locator("[role=option]:has(.icon-pilcrow)").click()
    editor = page.locator("[data-contentpath=body] .public-DraftEditor-content").first
    editor.click()
    page.keyboard.type(LESSON_TEXT)
    assert LESSON_TEXT in editor.inner_text()
    # Draftail copies the text into the form's hidden input a moment later; submitting before
    # that sends an empty block (seen on a loaded machine), so wait for the copy.
    page.wait_for_function(
        "text => [...document.querySelectorAll('input')].some(i => i.value.includes(text))",
        arg=LESSON_TEXT,
    )
    # "Submit to Course review" waits under the footer's "More actions".
    page.locator("footer button.w-dropdown__toggle").click()
    with page.expect_navigation():
        page.locator("footer button[name=action-submit]").click()
    lesson = LessonPage.objects.get(title=LESSON_TITLE)
    assert not lesson.live and lesson.workflow_in_progress

    # The reviewer finds it on the admin dashboard, awaiting review, and approves it.
    login_as(reviewer)
    page.goto("/admin/")
    page.locator(f"main a[href='/admin/pages/{lesson.pk}/edit/']").first.click()
    approve = page.locator(
        "footer button[data-workflow-action-name=approve]:not([data-workflow-action-modal-url])"
    )
    if not approve.is_visible():
        page.locator("footer button.w-dropdown__toggle").click()
    with page.expect_navigation():
        approve.click()
    lesson.refresh_from_db()
    assert lesson.live, "approved and published"

    # The learner finds the new lesson in the course's syllabus and reads it.
    login_as(learner)
    page.goto(course.course_url("ky"))
    page.locator(".syllabus").get_by_role("link", name=LESSON_TITLE).click()
    assert page.locator("h1").inner_text() == LESSON_TITLE
    assert page.locator(".lesson-body").get_by_text(LESSON_TEXT).is_visible()
    assert screenshot("trainer_writes_reviewer_approves_learner_reads").stat().st_size > 0
