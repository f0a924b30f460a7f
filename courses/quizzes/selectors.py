"""Read queries for quizzes: a lesson's quiz, a learner's attempts and grades, the gradebook."""

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Prefetch, Q, QuerySet
from django.utils.translation import gettext_lazy

from wagtail import hooks

from courses.catalogue.models import CoursePage, LessonPage
from courses.catalogue.selectors import (
    COURSE_GROUP_PREFIX,
    course_keys_from_group_names,
    course_trainer_check,
)
from courses.enrolment.models import ENROLLED_STATUSES, Enrollment
from courses.quizzes.extensions import GRADEBOOK_COLUMNS
from courses.quizzes.models import (
    Attempt,
    AttemptAnswer,
    AttemptState,
    GradingMethod,
    Quiz,
    ReviewPolicy,
)
from lms.accounts.roles import MANAGER

WAITING_FOR_GRADING = gettext_lazy("Waiting for grading")
TAKE_STATES = ("enrolled", "completed")
PREVIEW_STATES = ("trainer", "staff")


def quiz_for_lesson(*, lesson: LessonPage) -> Quiz | None:
    """The quiz of a lesson in any language (one query)."""
    return Quiz.objects.filter(lesson_key=lesson.translation_key).first()


def quizzes_without_questions(*, pages) -> list[Quiz]:
    """The quizzes of these pages' lessons that have no question yet (one query): a lesson
    with one of them cannot be published (issue 19)."""
    keys = [page.translation_key for page in pages if issubclass(page.specific_class, LessonPage)]
    if not keys:
        return []
    # A quiz whose questions all come from the bank (slots) is not empty.
    return list(
        Quiz.objects.filter(lesson_key__in=keys, questions__isnull=True, slots__isnull=True)
    )


def quiz_staff_all(*, user) -> bool:
    """Superusers and managers see and edit every quiz; trainers only their courses'."""
    return user.is_superuser or user.groups.filter(name=MANAGER).exists()


def quiz_edit_allowed_for_lesson(*, user, lesson) -> bool:
    return quiz_staff_all(user=user) or course_trainer_check(user=user, page=lesson)


def quizzes_for_user(*, user) -> QuerySet[Quiz]:
    """Quizzes a user may edit: all for managers, those in their courses for trainers."""
    quizzes = Quiz.objects.select_related("lesson")
    if quiz_staff_all(user=user):
        return quizzes
    courses = courses_trained(user=user)
    lesson_keys = LessonPage.objects.none().values("translation_key")
    paths = Q()
    for path in courses.values_list("path", flat=True):
        paths |= Q(path__startswith=path)
    if paths:
        lesson_keys = LessonPage.objects.filter(paths).values("translation_key")
    return quizzes.filter(lesson_key__in=lesson_keys)


def quiz_grade(*, attempts: list, method: str) -> Decimal | None:
    """The quiz grade (%) from submitted attempts by the grading method; None if none."""
    scores = [a.score for a in attempts if a.state == AttemptState.SUBMITTED]
    if not scores:
        return None
    if method == GradingMethod.LAST:
        return scores[-1]
    if method == GradingMethod.AVERAGE:
        return (sum(scores) / len(scores)).quantize(Decimal("0.01"))
    return max(scores)


@dataclass(frozen=True)
class QuizStanding:
    """Where a learner stands in one quiz."""

    quiz: Quiz
    attempts: list
    grade: Decimal | None
    passed: bool
    open_attempt: Attempt | None

    @property
    def used(self) -> int:
        return len(self.attempts)

    @property
    def attempts_left(self) -> int | None:
        if not self.quiz.attempts_allowed:
            return None
        return max(0, self.quiz.attempts_allowed - self.used)

    @property
    def can_start(self) -> bool:
        return self.open_attempt is not None or self.attempts_left != 0


def quiz_standing(*, user, quiz: Quiz) -> QuizStanding:
    """A learner's attempts (in order) and grade in a quiz (one query)."""
    attempts = list(
        Attempt.objects.filter(user=user, lesson_key=quiz.lesson_key).order_by("number")
    )
    grade = quiz_grade(attempts=attempts, method=quiz.grading_method)
    return QuizStanding(
        quiz=quiz,
        attempts=attempts,
        grade=grade,
        passed=grade is not None and grade >= quiz.pass_mark,
        open_attempt=next((a for a in attempts if a.state == AttemptState.IN_PROGRESS), None),
    )


def attempt_review_allowed(*, attempt: Attempt, quiz: Quiz, user) -> bool:
    """Whether the learner may see correct answers for this submitted attempt."""
    if not attempt.is_submitted or quiz.review == ReviewPolicy.NEVER:
        return False
    if quiz.review == ReviewPolicy.AFTER_ATTEMPT:
        return True
    return Attempt.objects.filter(
        user=user, lesson_key=attempt.lesson_key, state=AttemptState.SUBMITTED, passed=True
    ).exists()


def attempt_answers(*, attempt: Attempt) -> dict:
    """{question key (str): AttemptAnswer} for an attempt (one query)."""
    return {
        str(answer.question.key): answer
        for answer in AttemptAnswer.objects.filter(attempt=attempt).select_related("question")
    }


# ---- gradebook -----------------------------------------------------------------------------


@dataclass
class GradebookCell:
    attempts: int = 0
    grade: Decimal | None = None
    passed: bool = False
    note: str = ""
    # Attempts with an essay a trainer has not graded yet (the grading screen lists them).
    waiting: int = 0


@dataclass
class GradebookRow:
    user: object
    cells: list = field(default_factory=list)
    # The course total: the mean of the grade percentages this learner has, every quiz and
    # assignment weighing the same; columns without a grade yet are left out (`graded` counts
    # those in it). None when there is no grade at all.
    total: Decimal | None = None
    graded: int = 0


@dataclass(frozen=True)
class GradebookColumn:
    """A quiz, or a column another app adds through GRADEBOOK_COLUMNS (`quiz` is then None)."""

    title: str
    kind: str
    pass_mark: int
    sort_key: str
    quiz: Quiz | None = None
    cells: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Gradebook:
    course: CoursePage
    quizzes: list
    rows: list
    columns: list = field(default_factory=list)


def course_total(cells: list) -> tuple[Decimal | None, int]:
    """The mean of the grades given (in %), and how many there are."""
    grades = [cell.grade for cell in cells if cell.grade is not None]
    if not grades:
        return None, 0
    return (sum(grades) / len(grades)).quantize(Decimal("0.01")), len(grades)


def courses_trained(*, user) -> QuerySet[CoursePage]:
    """Course pages (every language) whose trainer list names the user; owning pages counts
    for nothing."""
    keys = course_keys_from_group_names(
        user.groups.filter(name__startswith=COURSE_GROUP_PREFIX).values_list("name", flat=True)
    )
    return CoursePage.objects.filter(translation_key__in=keys)


def courses_for_gradebook(*, user) -> QuerySet[CoursePage]:
    """Courses whose gradebook the user may open, once each (the default-language page):
    managers every course, trainers their own."""
    courses = CoursePage.objects.filter(locale__language_code="ky").order_by("title")
    if quiz_staff_all(user=user):
        return courses
    return courses.filter(translation_key__in=courses_trained(user=user).values("translation_key"))


def course_gradebook(*, course: CoursePage) -> Gradebook:
    """Learners by quizzes (and the columns other apps add, in course order) with grade,
    attempts, pass state and the course total: three queries for the quizzes whatever the
    number of learners, quizzes or attempts (quizzes, enrolments with users, attempts), plus
    each GRADEBOOK_COLUMNS function's fixed few."""
    lessons = LessonPage.objects.descendant_of(course).values("translation_key")
    quizzes = list(
        Quiz.objects.filter(lesson_key__in=lessons)
        .select_related("lesson")
        .order_by("lesson__path")
    )
    enrolments = list(
        Enrollment.objects.filter(course_key=course.translation_key, status__in=ENROLLED_STATUSES)
        .select_related("user")
        .order_by("user__full_name", "user__email")
    )
    attempts = defaultdict(list)
    for attempt in (
        Attempt.objects.filter(course_key=course.translation_key, quiz__in=[q.pk for q in quizzes])
        .only("user_id", "quiz_id", "state", "score", "number")
        .order_by("number")
    ):
        attempts[(attempt.user_id, attempt.quiz_id)].append(attempt)
    columns = [
        GradebookColumn(
            title=quiz.title,
            kind="quiz",
            pass_mark=quiz.pass_mark,
            sort_key=quiz.lesson.path,
            quiz=quiz,
        )
        for quiz in quizzes
    ]
    for extend in hooks.get_hooks(GRADEBOOK_COLUMNS):
        columns.extend(
            GradebookColumn(
                title=column.title,
                kind=column.kind,
                pass_mark=column.pass_mark,
                sort_key=column.sort_key,
                cells=column.cells,
            )
            for column in extend(course=course)
        )
    columns.sort(key=lambda column: column.sort_key)  # stable: quizzes keep their order
    rows = []
    for enrolment in enrolments:
        row = GradebookRow(user=enrolment.user)
        for column in columns:
            if column.quiz is None:  # another app's cell has the same fields: shown as it is
                cell = column.cells.get(enrolment.user_id)
                row.cells.append(cell if cell is not None else GradebookCell())
                continue
            mine = attempts.get((enrolment.user_id, column.quiz.pk), [])
            grade = quiz_grade(attempts=mine, method=column.quiz.grading_method)
            waiting = sum(1 for a in mine if a.state == AttemptState.NEEDS_GRADING)
            row.cells.append(
                GradebookCell(
                    attempts=len(mine),
                    grade=grade,
                    passed=grade is not None and grade >= column.quiz.pass_mark,
                    note=str(WAITING_FOR_GRADING) if waiting else "",
                    waiting=waiting,
                )
            )
        row.total, row.graded = course_total(row.cells)
        rows.append(row)
    return Gradebook(course=course, quizzes=quizzes, rows=rows, columns=columns)


def learner_attempts(*, user, course: CoursePage) -> list:
    """A learner's attempts in a course with answers, questions and options (four queries)."""
    return list(
        Attempt.objects.filter(user=user, course_key=course.translation_key)
        .select_related("quiz")
        .prefetch_related(
            Prefetch(
                "answers",
                queryset=AttemptAnswer.objects.select_related("question")
                .prefetch_related("question__options")
                .order_by("question__sort_order"),
            )
        )
        .order_by("quiz__lesson__path", "number")
    )


@dataclass(frozen=True)
class AttemptScore:
    """What `quiz_grade` reads of an attempt."""

    state: str
    score: Decimal | None


@dataclass(frozen=True)
class LearnerGrade:
    quiz: Quiz
    grade: Decimal | None
    passed: bool
    attempts: int
    waiting: bool = False  # an attempt waits for a trainer to grade an essay


def learner_grades(*, user) -> list[LearnerGrade]:
    """A learner's grade in every quiz they attempted, for the dashboard (two queries). Only
    what the grade needs is read of the attempts: not their layout or answers."""
    attempts = defaultdict(list)
    rows = Attempt.objects.filter(user=user).order_by("number")
    for quiz_id, state, score in rows.values_list("quiz_id", "state", "score"):
        attempts[quiz_id].append(AttemptScore(state=state, score=score))
    # The list links to the quiz by its lesson's id: the lesson itself (its body) is not read.
    quizzes = Quiz.objects.filter(pk__in=list(attempts)).order_by("title")
    grades = []
    for quiz in quizzes:
        grade = quiz_grade(attempts=attempts[quiz.pk], method=quiz.grading_method)
        grades.append(
            LearnerGrade(
                quiz=quiz,
                grade=grade,
                passed=grade is not None and grade >= quiz.pass_mark,
                attempts=len(attempts[quiz.pk]),
                waiting=any(a.state == AttemptState.NEEDS_GRADING for a in attempts[quiz.pk]),
            )
        )
    return grades
