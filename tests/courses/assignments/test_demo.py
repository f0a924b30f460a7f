"""Demo assignments: one per demo course with a four-criterion rubric in ky/ru/en, the demo
learner's work waiting in one course and graded in the other; seeding twice changes nothing."""

import datetime as dt
from decimal import Decimal

from django.db.models import Count
from django.utils import timezone, translation

import pytest

from courses.assignments.demo import demo_assignments_create, demo_pdf
from courses.assignments.models import (
    Assignment,
    CriterionScore,
    FeedbackFile,
    Grade,
    Rubric,
    RubricCriterion,
    RubricLevel,
    Submission,
    SubmissionFile,
    SubmissionStatus,
)
from courses.catalogue.demo import demo_courses_create
from courses.progress.demo import DEMO_LEARNER_EMAIL, demo_learning_create
from lms.accounts.demo import demo_users_create
from lms.accounts.models import User
from lms.outbox.models import OutboxMessage
from lms.uploads import upload_check

pytestmark = pytest.mark.django_db

TABLES = (
    Assignment,
    Rubric,
    RubricCriterion,
    RubricLevel,
    Submission,
    SubmissionFile,
    Grade,
    CriterionScore,
    FeedbackFile,
    OutboxMessage,
)


def _counts():
    return {model.__name__: model.objects.count() for model in TABLES}


def test_demo_assignments_work_and_a_rerun_changes_nothing(home_page):
    """One build for everything (the demo courses take most of a minute to make)."""
    demo_users_create(password="demo-password-2026")
    courses = demo_courses_create()
    demo_learning_create(course=courses[0])
    demo = demo_assignments_create()

    # One assignment per demo course, each with a four-criterion rubric in three languages.
    assert len(demo) == 2
    assert len({a.course_key for a in demo}) == 2
    for assignment in demo:
        assert assignment.title and assignment.title_ru and assignment.title_en
        assert assignment.instructions_ru and assignment.instructions_en
        criteria = assignment.rubric.criteria.annotate(levels_count=Count("levels"))
        assert [c.levels_count for c in criteria] == [3, 3, 3, 3]
        for criterion in criteria:
            assert criterion.description and criterion.description_ru and criterion.description_en
        assert assignment.rubric.course_key == assignment.course_key
    with translation.override("en"):
        assert demo[0].display_title == (
            "Draft the specification for your municipality's waste-collection tender"
        )

    # Dates are counted from today in Bishkek: due in ten days at 17:00.
    due = timezone.localtime(demo[0].due_at)
    assert str(timezone.get_current_timezone()) == "Asia/Bishkek"
    assert (due.time(), due.date()) == (
        dt.time(17, 0),
        timezone.localdate() + dt.timedelta(days=10),
    )

    # The demo learner's work: handed in and waiting in one course, graded in the other.
    learner = User.objects.get(email=DEMO_LEARNER_EMAIL)
    waiting, graded = (
        Submission.objects.get(assignment=assignment, user=learner) for assignment in demo
    )
    assert waiting.status == graded.status == SubmissionStatus.SUBMITTED
    assert waiting.files.count() == 1 and waiting.text
    assert not Grade.objects.filter(submission=waiting).exists()
    assert not waiting.late
    grade = graded.grade
    assert grade.released_at is not None
    assert (grade.points, grade.max_points, grade.passed) == (Decimal(16), Decimal(20), True)
    assert grade.feedback and grade.feedback_files.count() == 1
    assert grade.criterion_scores.count() == 4
    assert all(score.comment for score in grade.criterion_scores.all())

    # Seeding again changes nothing.
    before = _counts()
    again = demo_assignments_create()
    assert [a.pk for a in again] == [a.pk for a in demo]
    assert _counts() == before


def test_the_demo_files_pass_the_upload_checks():
    from django.core.files.uploadedfile import SimpleUploadedFile

    pdf = demo_pdf(["Technical specification (draft)", "Area: 3 villages (1,850 households)"])
    assert pdf == demo_pdf(
        ["Technical specification (draft)", "Area: 3 villages (1,850 households)"]
    )
    checked = upload_check(SimpleUploadedFile("a.pdf", pdf), extensions=["pdf"], max_bytes=10**6)
    assert checked.content_type == "application/pdf"
    assert b"startxref" in pdf and pdf.endswith(b"%%EOF\n")
