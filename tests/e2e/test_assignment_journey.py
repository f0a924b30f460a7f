"""The assignment journey of issue 20, in English, both sides in one browser.

A learner finds the assignment closed (its cut-off passed); the trainer gives her an extension
from the grading page; she hands in text and a PDF (after the due date and the cut-off, accepted
thanks to the extension), confirming on the second page; the trainer finds the work in "Needs
grading", reads it with the PDF shown inline, grades it with the rubric and returns a file, then
releases the grades; the learner sees the grade, the levels and the feedback, the lesson is
completed (the assignment completes it on a pass), and the gradebook shows the grade.
"""

import datetime as dt

from django.utils import timezone

from courses.assignments.models import (
    CompletionRule,
    Extension,
    Grade,
    RubricLevel,
    Submission,
    SubmissionStatus,
)
from courses.enrolment.services import enrollment_create
from courses.progress.models import LessonCompletion
from tests.e2e.content import course_create
from tests.factories.assignments import PDF_BYTES, AssignmentFactory, RubricFactory

ANSWER = (
    "Service area: three villages, 1,850 households. Collection every week on each street; "
    "the market daily. Acceptance by a monthly record, payment within ten working days."
)


def _pdf(name: str) -> dict:
    return {"name": name, "mimeType": "application/pdf", "buffer": PDF_BYTES}


def _switch(page, login_as, user) -> None:
    """The same browser, now signed in as `user`."""
    page.context.clear_cookies()
    login_as(user)


def test_learner_hands_in_late_with_an_extension_and_sees_the_released_rubric_grade(
    page, login_as, make_user, mailoutbox, screenshot
):
    trainer = make_user(role="Trainer", full_name="Tilek Trainer", preferred_language="en")
    course = course_create(trainer=trainer)
    lesson = course.lessons[1]
    rubric = RubricFactory(course=course.course)
    now = timezone.now()
    assignment = AssignmentFactory(
        lesson=lesson,
        rubric=rubric,
        title_en="Your waste-collection specification",
        opens_at=now - dt.timedelta(days=10),
        due_at=now - dt.timedelta(days=3),
        cutoff_at=now - dt.timedelta(days=1),
        completion=CompletionRule.PASS,
        release_at_once=False,
    )
    learner = make_user(role="Learner", full_name="Aigul Asanova", preferred_language="en")
    enrollment_create(user=learner, course=course.course)
    lesson_url = course.lesson_url(1, "en")
    table_url = f"/en/assignments/teach/{assignment.pk}/grading/"

    # The cut-off has passed: the learner is told why nothing is accepted.
    login_as(learner)
    page.goto(lesson_url)
    box = page.locator("#assignment")
    assert "Your waste-collection specification" in box.locator("h2").inner_text()
    assert "work is no longer accepted" in box.inner_text()
    assert box.locator("textarea").count() == 0

    # The trainer gives her an extension until tomorrow 17:00 (Bishkek) from the grading page.
    _switch(page, login_as, trainer)
    page.goto(table_url + "?show=all")
    page.locator("table.grading-table a", has_text="Aigul Asanova").click()
    until = timezone.localtime(now + dt.timedelta(days=1)).replace(
        hour=17, minute=0, second=0, microsecond=0
    )
    page.locator("input[name=due_at]").fill(until.strftime("%Y-%m-%dT%H:%M"))
    page.locator("input[name=reason]").fill("She was at the budget hearing")
    page.locator("button", has_text="Give an extension").click()
    assert Extension.objects.get(assignment=assignment, user=learner).due_at == until

    # She hands in text and a PDF, and confirms on the second page.
    _switch(page, login_as, learner)
    page.goto(lesson_url)
    box = page.locator("#assignment")
    assert "extended for you" in box.inner_text()
    box.locator("textarea[name=text]").fill(ANSWER)
    box.locator("input[name=files]").set_input_files(_pdf("Specification.pdf"))
    box.locator("button[name=action][value=submit]").click()
    assert "Specification.pdf" in page.locator("main").inner_text()
    page.locator("input[name=confirm]").check()
    page.locator("main form button[type=submit]", has_text="Submit for grading").click()
    page.wait_for_url(f"**{lesson_url}*")
    box = page.locator("#assignment")
    assert "Handed in" in box.inner_text()
    submission = Submission.objects.get(assignment=assignment, user=learner)
    assert submission.status == SubmissionStatus.SUBMITTED
    assert submission.submitted_at > assignment.cutoff_at  # accepted thanks to the extension
    assert submission.files.get().original_name == "Specification.pdf"
    assert not LessonCompletion.objects.filter(user=learner).exists()  # completed on a pass

    # The trainer finds it under "Needs grading", with the PDF shown inline, and grades it.
    _switch(page, login_as, trainer)
    page.goto(table_url)
    page.locator(".grading-filters a", has_text="Needs grading").click()
    page.locator("table.grading-table a", has_text="Aigul Asanova").click()
    assert ANSWER in page.locator(".grading-text").inner_text()
    assert page.locator("iframe.grading-preview").count() == 1
    criteria = list(rubric.criteria.order_by("sort_order"))
    chosen = {criteria[0]: 10, criteria[1]: 5}
    for criterion, points in chosen.items():
        level = RubricLevel.objects.get(criterion=criterion, points=points)
        page.locator(f"input[name=level_{criterion.pk}][value='{level.pk}']").check()
        page.locator(f"textarea[name=comment_{criterion.pk}]").fill(f"Comment on {points}")
    page.locator("textarea[name=feedback]").fill("Clear volumes; add the penalty clause.")
    page.locator("input[name=files]").set_input_files(_pdf("Comments.pdf"))
    page.locator("button[name=save]").click()
    grade = Grade.objects.get(submission=submission)
    assert (grade.points, grade.max_points, grade.released_at) == (15, 20, None)

    # Grades are released together.
    page.goto(table_url)
    page.locator("a", has_text="Release 1 grade").click()
    page.locator("button", has_text="Release the grades").click()
    grade.refresh_from_db()
    assert grade.released_at is not None

    # The learner sees the grade, the levels and the feedback; the lesson is completed.
    _switch(page, login_as, learner)
    page.goto(lesson_url)
    box = page.locator("#assignment")
    text = box.inner_text()
    assert "15 of 20 points (75%)" in text
    assert "Fully, with figures" in text and "Some are vague" in text
    assert "Comment on 10" in text
    assert "Clear volumes; add the penalty clause." in text
    assert box.locator("a", has_text="Comments.pdf").count() == 1
    assert LessonCompletion.objects.filter(user=learner, lesson_key=lesson.translation_key).exists()
    assert any(learner.email in message.to for message in mailoutbox)
    screenshot("assignment_learner_graded")

    # The gradebook shows the assignment's grade beside the quiz, with the course total.
    _switch(page, login_as, trainer)
    page.goto(f"/admin/quizzes-admin/gradebook/{course.course.pk}/")
    table = page.locator("table.listing")
    assert "Your waste-collection specification" in table.locator("thead").inner_text() or (
        assignment.title in table.locator("thead").inner_text()
    )
    row = table.locator("tbody tr", has_text="Aigul Asanova")
    assert "75%" in row.inner_text()
    screenshot("assignment_gradebook")
