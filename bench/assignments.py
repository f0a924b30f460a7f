"""Assignment scale data for `bench_data`: one bench course's assignment with 2,000 learners'
submissions (graded and not), so the grading table can be timed (`bench/grading.py`).

Added to an existing bench data set as well (the step is skipped when the bench assignment is
there). Rows go in with COPY on PostgreSQL, like the rest of `bench/data.py`; the assignment
hangs off a bench lesson and the submissions off bench learners, so removing the bench data
removes them too. Deterministic for a seed.
"""

import random
from datetime import timedelta
from decimal import Decimal

from django.db import connection, transaction
from django.db.models import Count
from django.utils import timezone

from bench.data import BENCH_EMAIL_DOMAIN, BENCH_SLUG_PREFIX, BENCH_TRAINER_EMAIL, _insert
from courses.assignments.models import Assignment, Grade, Submission, SubmissionStatus
from courses.catalogue.models import CoursePage, LessonPage
from courses.enrolment.models import ENROLLED_STATUSES, Enrollment, EnrollmentStatus
from lms.accounts.models import User

BENCH_ASSIGNMENT_TITLE = "Bench: draft the waste-collection specification"
# Of the learners with work: graded and released, graded and waiting for the release, handed in
# and waiting for a grade; the rest are drafts. A tenth of what is handed in is late.
SHARES = {"released": 0.45, "graded": 0.15, "submitted": 0.3}
LATE_SHARE = 0.1
TEXT = (
    "Service: solid waste collection for three villages, 1,850 households, every street once a "
    "week and the market daily; acceptance by a monthly record, payment in 10 working days."
)


def assignment_bench_present() -> bool:
    return Assignment.objects.filter(title=BENCH_ASSIGNMENT_TITLE).exists()


def _course(learners: int) -> CoursePage:
    """The bench course (ky) whose enrolled learners are closest above `learners` (a course of
    about that size), else the most popular one (it gets more enrolments)."""
    keys = CoursePage.objects.filter(
        slug__startswith=BENCH_SLUG_PREFIX, locale__language_code="ky"
    ).values("translation_key")
    sizes = list(
        Enrollment.objects.filter(course_key__in=keys, status__in=ENROLLED_STATUSES)
        .values("course_key")
        .annotate(n=Count("pk"))
        .order_by("n", "course_key")
        .values_list("course_key", "n")
    )
    if not sizes:
        raise RuntimeError("No bench course with enrolments: run bench_data first.")
    key = next((key for key, n in sizes if n >= learners), sizes[-1][0])
    return CoursePage.objects.get(translation_key=key, locale__language_code="ky")


def _learners(course: CoursePage, count: int, rng: random.Random) -> list[int]:
    """`count` enrolled bench learners of the course, enrolling more if it has fewer."""
    enrolled = list(
        Enrollment.objects.filter(
            course_key=course.translation_key,
            status__in=ENROLLED_STATUSES,
            user__email__endswith=f"@{BENCH_EMAIL_DOMAIN}",
        )
        .order_by("user_id")
        .values_list("user_id", flat=True)
    )
    if len(enrolled) < count:
        taken = set(
            Enrollment.objects.filter(course_key=course.translation_key).values_list(
                "user_id", flat=True
            )
        )
        more = [
            pk
            for pk in User.objects.filter(email__endswith=f"@{BENCH_EMAIL_DOMAIN}")
            .exclude(email=BENCH_TRAINER_EMAIL)
            .order_by("pk")
            .values_list("pk", flat=True)
            if pk not in taken
        ][: count - len(enrolled)]
        now = timezone.now()
        _insert(
            Enrollment,
            ["user", "course_key", "status", "created_at", "updated_at", "last_activity_at"],
            ((pk, course.translation_key, EnrollmentStatus.ACTIVE, now, now, now) for pk in more),
        )
        enrolled += more
    rng.shuffle(enrolled)
    return sorted(enrolled[:count])


@transaction.atomic
def assignment_bench_create(*, learners: int = 2000, seed: int = 2026) -> dict[str, int]:
    """The bench assignment on the last lesson of a bench course of about `learners` enrolled
    learners, with `learners` learners' work; {} when it is already there."""
    if assignment_bench_present():
        return {}
    rng = random.Random(seed)  # noqa: S311 - bench data, not security
    course = _course(learners)
    lesson = LessonPage.objects.descendant_of(course).filter(locale=course.locale).last()
    trainer = User.objects.get(email=BENCH_TRAINER_EMAIL)
    now = timezone.now()
    due = now - timedelta(days=3)
    assignment = Assignment.objects.create(
        lesson=lesson,
        lesson_key=lesson.translation_key,
        course_key=course.translation_key,
        title=BENCH_ASSIGNMENT_TITLE,
        instructions="<p>Draft the specification for your municipality's tender.</p>",
        opens_at=now - timedelta(days=30),
        due_at=due,
        max_points=Decimal(100),
        release_at_once=False,
    )
    users = _learners(course, learners, rng)
    kinds = []
    for _pk in users:
        roll = rng.random()
        kind = "draft"
        for name, share in SHARES.items():
            if roll < share:
                kind = name
                break
            roll -= share
        kinds.append(kind)
    rows = []
    for pk, kind in zip(users, kinds, strict=True):
        handed_in = kind != "draft"
        late = handed_in and rng.random() < LATE_SHARE
        when = (
            due + timedelta(hours=rng.randint(1, 48))
            if late
            else due - timedelta(hours=rng.randint(1, 24 * 20))
        )
        rows.append(
            (
                assignment.pk,
                pk,
                course.translation_key,
                1,
                True,
                SubmissionStatus.SUBMITTED if handed_in else SubmissionStatus.DRAFT,
                TEXT,
                "ky",
                when - timedelta(hours=2),
                when,
                when if handed_in else None,
                late,
                when + timedelta(hours=12) if handed_in else None,
            )
        )
    submitted = _insert(
        Submission,
        [
            "assignment",
            "user",
            "course_key",
            "attempt_number",
            "is_latest",
            "status",
            "text",
            "language",
            "created_at",
            "updated_at",
            "submitted_at",
            "late",
            "trainers_notified_at",
        ],
        rows,
    )
    ids = dict(Submission.objects.filter(assignment=assignment).values_list("user_id", "pk"))
    grades = []
    for pk, kind in zip(users, kinds, strict=True):
        if kind not in ("released", "graded"):
            continue
        points = Decimal(rng.randint(30, 100))
        graded_at = now - timedelta(hours=rng.randint(1, 48))
        grades.append(
            (
                ids[pk],
                trainer.pk,
                points,
                Decimal(100),
                points,
                points >= assignment.pass_mark,
                "Clear volumes; add the penalty clause.",
                graded_at,
                graded_at if kind == "released" else None,
                1,
            )
        )
    graded = _insert(
        Grade,
        [
            "submission",
            "grader",
            "points",
            "max_points",
            "score",
            "passed",
            "feedback",
            "graded_at",
            "released_at",
            "version",
        ],
        grades,
    )
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:  # fresh statistics, as bench_data_create leaves them
            cursor.execute(
                "ANALYZE enrolment_enrollment, assignments_submission, assignments_grade"
            )
    return {
        "assignment": assignment.pk,
        "enrolled": Enrollment.objects.filter(
            course_key=course.translation_key, status__in=ENROLLED_STATUSES
        ).count(),
        "submissions": submitted,
        "grades": graded,
    }


def bench_assignment() -> Assignment:
    return Assignment.objects.get(title=BENCH_ASSIGNMENT_TITLE)
