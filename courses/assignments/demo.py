"""Demo assignments: one per demo course with a four-criterion rubric, and the demo learner's
work (handed in and waiting in one course, graded and released in the other), so `make run`
shows both the learner's and the trainer's side.

Built through the learner's and the grading services (`submission_save`, `submission_submit`,
`submission_grade_save`), deterministic (dates are counted from today in Bishkek) and safe to run
again: an assignment is created once per lesson identity, a rubric once per course and title,
and the learner's work only while they have none; edits made in the admin survive a rerun.
"""

import datetime as dt
from decimal import Decimal

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.utils import timezone

from courses.assignments.demo_content import ASSIGNMENTS, LEVEL_POINTS
from courses.assignments.models import (
    Assignment,
    AttemptsReopen,
    Grade,
    GradingType,
    Rubric,
    RubricCriterion,
    RubricLevel,
    Submission,
)
from courses.catalogue.demo import DEMO_TRAINER_EMAIL
from courses.catalogue.models import CoursePage, LessonPage
from courses.progress.demo import DEMO_LEARNER_EMAIL
from lms.accounts.models import User
from lms.uploads import CheckedFile

DUE_TIME = dt.time(17, 0)
HANDED_IN_TIME = dt.time(15, 20)


def demo_pdf(lines: list[str]) -> bytes:
    """A one-page PDF showing `lines` (ASCII: the standard Helvetica font has no Cyrillic).
    Written by hand, byte for byte the same on every run."""
    text = ["BT", "/F1 14 Tf", "72 760 Td", "18 TL"]
    for line in lines:
        safe = line.encode("ascii", "replace").decode()
        safe = safe.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        text.append(f"({safe}) Tj T*")
    text.append("ET")
    stream = "\n".join(text).encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def _moment(days: int, at: dt.time) -> dt.datetime:
    """`days` from today in Bishkek (the site's time zone), at `at`."""
    day = timezone.localdate() + dt.timedelta(days=days)
    return timezone.make_aware(dt.datetime.combine(day, at))


def _texts(columns: dict, field: str) -> dict:
    return {field: columns["ky"], f"{field}_ru": columns["ru"], f"{field}_en": columns["en"]}


def _rubric(*, course: CoursePage, spec: dict) -> Rubric:
    """The course's rubric with this title, made with its criteria and levels if missing."""
    rubric = Rubric.objects.filter(
        course_key=course.translation_key, title=spec["title"]["ky"]
    ).first()
    if rubric is not None:
        return rubric
    rubric = Rubric.objects.create(
        course=course, course_key=course.translation_key, **_texts(spec["title"], "title")
    )
    for order, criterion_spec in enumerate(spec["criteria"]):
        criterion = RubricCriterion.objects.create(
            rubric=rubric, sort_order=order, **_texts(criterion_spec, "description")
        )
        levels = criterion_spec["levels"]
        for index, points in enumerate(LEVEL_POINTS):
            RubricLevel.objects.create(
                criterion=criterion,
                sort_order=index,
                points=Decimal(points),
                description=levels["ky"][index],
                description_ru=levels["ru"][index],
                description_en=levels["en"][index],
            )
    return rubric


def _assignment(*, course: CoursePage, lesson: LessonPage, spec: dict) -> Assignment:
    """The lesson's assignment (any language), created with the spec's settings if missing."""
    assignment = Assignment.objects.filter(lesson_key=lesson.translation_key).first()
    if assignment is not None:
        return assignment
    rubric = _rubric(course=course, spec=spec["rubric"])
    dates = spec["dates"]
    maximum = len(spec["rubric"]["criteria"]) * max(LEVEL_POINTS)
    assignment = Assignment(
        lesson=lesson,
        lesson_key=lesson.translation_key,
        course_key=course.translation_key,
        grading_type=GradingType.RUBRIC,
        rubric=rubric,
        max_points=Decimal(maximum),
        pass_mark=60,
        attempts_reopen=AttemptsReopen.MANUAL,
        require_submit=True,
        opens_at=_moment(dates["opens"], dt.time(9, 0)),
        due_at=_moment(dates["due"], DUE_TIME),
        cutoff_at=_moment(dates["cutoff"], DUE_TIME) if dates["cutoff"] is not None else None,
        **_texts(spec["title"], "title"),
        **_texts(spec["instructions"], "instructions"),
        **spec["settings"],
    )
    assignment.full_clean()
    assignment.save()
    return assignment


def _handed_in(*, assignment: Assignment, course: CoursePage, learner, trainer, spec: dict):
    """The learner's work, handed in `days_ago` at 15:20 (enrolled first if need be)."""
    from courses.assignments.services.submissions import submission_save, submission_submit
    from courses.enrolment.services import enrollment_staff_create

    existing = Submission.objects.filter(assignment=assignment, user=learner, is_latest=True)
    submission = existing.first()
    if submission is not None:
        return submission
    enrollment_staff_create(user=learner, course=course, by=trainer)
    when = _moment(-spec["days_ago"], HANDED_IN_TIME)
    attachment = CheckedFile(
        name=spec["file_name"],
        content=demo_pdf(spec["file_lines"]),
        content_type="application/pdf",
    )
    submission_save(
        assignment=assignment,
        user=learner,
        text=spec["text"],
        files=[attachment],
        language="ky",
        now=when,
    )
    submission, _ = submission_submit(assignment=assignment, user=learner, language="ky", now=when)
    return submission


def _graded(*, submission: Submission, trainer, spec: dict) -> Grade:
    """The trainer's rubric grade with comments, feedback and a returned file."""
    from courses.assignments.selectors.grading import rubric_with_levels
    from courses.assignments.services.grading import submission_grade_save

    grade = Grade.objects.filter(submission=submission).first()
    if grade is not None:
        return grade
    criteria = rubric_with_levels(assignment=submission.assignment)
    levels, comments = {}, {}
    for criterion, index, comment in zip(criteria, spec["levels"], spec["comments"], strict=True):
        levels[criterion.pk] = list(criterion.levels.all())[index].pk
        comments[criterion.pk] = comment
    returned = SimpleUploadedFile(
        spec["file_name"], demo_pdf(spec["file_lines"]), content_type="application/pdf"
    )
    return submission_grade_save(
        submission=submission,
        grader=trainer,
        levels=levels,
        comments=comments,
        feedback=spec["feedback"],
        files=[returned],
        expected_version=0,
    )


@transaction.atomic
def demo_assignments_create(*, assignments: list[dict] | None = None) -> list[Assignment]:
    """The demo assignments whose course and lesson exist (others are skipped), with the demo
    learner's work when the demo accounts exist."""
    if assignments is None:
        assignments = ASSIGNMENTS
    trainer = User.objects.filter(email=DEMO_TRAINER_EMAIL).first()
    learner = User.objects.filter(email=DEMO_LEARNER_EMAIL).first()
    made = []
    for spec in assignments:
        course = CoursePage.objects.filter(slug=spec["course"], locale__language_code="ky").first()
        lesson = (
            LessonPage.objects.descendant_of(course)
            .filter(slug=spec["lesson"], locale__language_code="ky")
            .first()
            if course
            else None
        )
        if lesson is None:
            continue
        assignment = _assignment(course=course, lesson=lesson, spec=spec)
        made.append(assignment)
        if learner is None or trainer is None or "learner" not in spec:
            continue
        submission = _handed_in(
            assignment=assignment,
            course=course,
            learner=learner,
            trainer=trainer,
            spec=spec["learner"],
        )
        if "grade" in spec:
            _graded(submission=submission, trainer=trainer, spec=spec["grade"])
    return made
