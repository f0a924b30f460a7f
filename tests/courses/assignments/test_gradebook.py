"""Assignments in the course gradebook (the quizzes app's admin page), through its
GRADEBOOK_COLUMNS hook: columns in lesson order beside the quizzes, the newest grade with its
state, the course total (the mean of the grades given), the export, a pinned query count."""

import csv
import io
from decimal import Decimal

from django.urls import reverse

import pytest

from courses.catalogue.models import LessonPage
from courses.enrolment.models import EnrollmentStatus
from courses.quizzes.models import Attempt
from courses.quizzes.selectors import course_gradebook
from courses.quizzes.services import quiz_attempt_start, quiz_attempt_submit
from tests.factories.assignments import GradeFactory, SubmissionFactory
from tests.factories.courses import EnrollmentFactory, LessonPageFactory
from tests.factories.quizzes import quiz_with_questions

pytestmark = pytest.mark.django_db

# The gradebook's data: quizzes, enrolments with users, quiz attempts (the quizzes' three), the
# course's assignments and their handed-in work with grades (the assignments' hook: two).
GRADEBOOK_QUERIES = 5


@pytest.fixture
def quizzes(course, lesson):
    """A quiz before the assignment's lesson and one after it."""
    first = LessonPage.objects.child_of(course).order_by("path").first()
    last = LessonPageFactory(parent=course, title="Check")
    made = []
    for page, title in ((first, "Before"), (last, "After")):
        quiz = quiz_with_questions(lesson=page)
        quiz.title = title
        quiz.save()
        made.append(quiz)
    return made


def enrol(make_user, course, name):
    user = make_user(role="Learner", full_name=name)
    EnrollmentFactory(user=user, course_key=course.translation_key, status=EnrollmentStatus.ACTIVE)
    return user


def quiz_scored(quiz, user, course, score):
    attempt = quiz_attempt_start(user=user, quiz=quiz, course_key=course.translation_key)
    quiz_attempt_submit(attempt=attempt, responses=None)
    Attempt.objects.filter(pk=attempt.pk).update(score=Decimal(score))


def test_assignments_stand_beside_quizzes_in_lesson_order_with_the_course_total(
    course, assignment, quizzes, make_user
):
    aida = enrol(make_user, course, "Aida")
    bolot = enrol(make_user, course, "Bolot")
    enrol(make_user, course, "Chyngyz")  # nothing at all
    quiz_scored(quizzes[0], aida, course, 50)
    quiz_scored(quizzes[1], aida, course, 100)
    GradeFactory(
        submission=SubmissionFactory(assignment=assignment, user=aida, submitted=True),
        points=Decimal(60),
        released_at=None,
    )
    SubmissionFactory(assignment=assignment, user=bolot, submitted=True)

    gradebook = course_gradebook(course=course)
    assert [column.title for column in gradebook.columns] == [
        "Before",
        assignment.display_title,
        "After",
    ]
    assert [column.quiz is None for column in gradebook.columns] == [False, True, False]
    rows = {row.user.full_name: row for row in gradebook.rows}
    cell = rows["Aida"].cells[1]
    assert (cell.grade, cell.passed, cell.attempts, cell.note) == (
        Decimal("60.00"),
        True,
        1,
        "not released",
    )
    # The mean of 50, 60 and 100: each quiz and assignment weighs the same.
    assert (rows["Aida"].total, rows["Aida"].graded) == (Decimal("70.00"), 3)
    bolot_cell = rows["Bolot"].cells[1]
    assert (bolot_cell.grade, bolot_cell.attempts, bolot_cell.note) == (None, 1, "to grade")
    assert rows["Bolot"].total is None  # items without a grade are left out of the total
    assert rows["Chyngyz"].cells[1].attempts == 0


def test_the_newest_graded_attempt_counts(course, assignment, enrolled, trainer):
    first = SubmissionFactory(assignment=assignment, user=enrolled, submitted=True)
    GradeFactory(submission=first, points=Decimal(40))
    first.is_latest = False
    first.save()
    second = SubmissionFactory(
        assignment=assignment, user=enrolled, submitted=True, attempt_number=2
    )
    (cell,) = course_gradebook(course=course).rows[0].cells
    assert (cell.grade, cell.attempts, cell.note) == (Decimal("40.00"), 2, "")  # 2 not graded yet
    GradeFactory(submission=second, points=Decimal(90))
    (cell,) = course_gradebook(course=course).rows[0].cells
    assert (cell.grade, cell.passed, cell.attempts) == (Decimal("90.00"), True, 2)


def test_the_gradebook_reads_the_same_queries_for_3_and_12_learners(
    course, assignment, quizzes, make_user, django_assert_num_queries
):
    def learners(count, start):
        for n in range(start, start + count):
            user = enrol(make_user, course, f"Learner {n:02d}")
            quiz_scored(quizzes[0], user, course, 70)
            submission = SubmissionFactory(assignment=assignment, user=user, submitted=True)
            if n % 2:
                GradeFactory(submission=submission)

    learners(3, 0)
    with django_assert_num_queries(GRADEBOOK_QUERIES):
        assert len(course_gradebook(course=course).rows) == 3
    learners(9, 3)
    with django_assert_num_queries(GRADEBOOK_QUERIES):
        assert len(course_gradebook(course=course).rows) == 12


def test_the_page_and_its_export_show_assignments_and_the_total(
    client, course, assignment, quizzes, trainer, make_user
):
    aida = enrol(make_user, course, "Aida")
    quiz_scored(quizzes[0], aida, course, 80)
    GradeFactory(
        submission=SubmissionFactory(assignment=assignment, user=aida, submitted=True),
        points=Decimal(70),
    )
    client.force_login(trainer)
    html = client.get(reverse("quiz_admin:gradebook", args=[course.pk])).content.decode()
    assert assignment.title in html or assignment.title_en in html
    # The admin speaks the trainer's language: check figures, not words.
    assert "<td>70% · " in html and "<strong>75%</strong>" in html
    response = client.get(reverse("quiz_admin:gradebook_export", args=[course.pk, "csv"]))
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    # Learner, e-mail, three columns for each of Before, the assignment and After, the total.
    assert len(rows[0]) == 2 + 3 * 3 + 1
    assert rows[0][5].startswith((assignment.title, assignment.title_en))
    line = rows[1][2:]
    assert (line[0], line[1], line[3], line[4], line[6], line[7], line[9]) == (
        "80.0",
        "1",
        "70.0",
        "1",
        "",
        "0",
        "75.0",
    )


def test_a_course_without_assignments_adds_one_query_and_no_column(
    course, quizzes, make_user, django_assert_num_queries
):
    enrol(make_user, course, "Aida")
    with django_assert_num_queries(GRADEBOOK_QUERIES - 1):
        gradebook = course_gradebook(course=course)
    assert [column.title for column in gradebook.columns] == ["Before", "After"]
