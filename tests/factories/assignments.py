"""Assignments, rubrics, submissions and grades for tests.

`AssignmentFactory(lesson=...)` and `RubricFactory(course=...)` need the page they belong to;
the identities (`lesson_key`, `course_key`) are read from it as the admin form sets them.
A rubric comes with two criteria of three levels (0, 5, 10 points: 20 at most) unless
`criteria=[("text", [(points, "level text"), ...]), ...]` says otherwise.
"""

import datetime as dt
from decimal import Decimal

from django.utils import timezone

import factory

from courses.assignments.models import (
    Assignment,
    FeedbackFile,
    Grade,
    GradingType,
    Rubric,
    RubricCriterion,
    RubricLevel,
    Submission,
    SubmissionFile,
    SubmissionStatus,
)
from courses.catalogue.selectors import course_for_page
from tests.factories.accounts import UserFactory

PDF_BYTES = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
DEFAULT_CRITERIA = [
    (
        "The specification names the service and its volumes",
        [(0, "Missing"), (5, "Partly"), (10, "Fully, with figures")],
    ),
    (
        "The selection criteria are fair and measurable",
        [(0, "Missing"), (5, "Some are vague"), (10, "All measurable")],
    ),
]


def _course_key(lesson):
    return course_for_page(lesson).translation_key


class RubricFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Rubric
        skip_postgeneration_save = True

    course = None  # required: RubricFactory(course=course)
    course_key = factory.LazyAttribute(lambda o: o.course.translation_key)
    title = factory.Sequence(lambda n: f"Rubric {n}")
    title_ru = factory.LazyAttribute(lambda o: f"{o.title} (ru)")
    title_en = factory.LazyAttribute(lambda o: f"{o.title} (en)")

    @factory.post_generation
    def criteria(self, create, extracted, **kwargs):
        if not create:
            return
        for c_index, (text, levels) in enumerate(
            DEFAULT_CRITERIA if extracted is None else extracted
        ):
            criterion = RubricCriterion.objects.create(
                rubric=self, sort_order=c_index, description=text, description_en=text
            )
            for l_index, (points, level_text) in enumerate(levels):
                RubricLevel.objects.create(
                    criterion=criterion,
                    sort_order=l_index,
                    points=Decimal(points),
                    description=level_text,
                    description_en=level_text,
                )


class AssignmentFactory(factory.django.DjangoModelFactory):
    """An assignment due in a week (opened a day ago), text and files, graded by points.
    `rubric=` switches grading to the rubric."""

    class Meta:
        model = Assignment

    lesson = None  # required: AssignmentFactory(lesson=lesson)
    lesson_key = factory.LazyAttribute(lambda o: o.lesson.translation_key)
    course_key = factory.LazyAttribute(lambda o: _course_key(o.lesson))
    title = factory.Sequence(lambda n: f"Тапшырма {n}")
    title_en = factory.Sequence(lambda n: f"Assignment {n}")
    instructions = "<p>Техникалык тапшырманы жазыңыз.</p>"
    instructions_en = "<p>Draft the technical specification for your tender.</p>"
    opens_at = factory.LazyFunction(lambda: timezone.now() - dt.timedelta(days=1))
    due_at = factory.LazyFunction(lambda: timezone.now() + dt.timedelta(days=7))
    cutoff_at = None
    word_limit = 500
    file_types = "pdf, docx, jpg, png"
    max_files = 3
    max_file_mb = 5
    grading_type = factory.LazyAttribute(
        lambda o: GradingType.RUBRIC if o.rubric is not None else GradingType.POINTS
    )
    rubric = None
    max_points = Decimal(100)
    pass_mark = 60


class SubmissionFactory(factory.django.DjangoModelFactory):
    """A learner's draft; `SubmissionFactory(submitted=True)` hands it in now."""

    class Meta:
        model = Submission

    assignment = None  # required
    user = factory.SubFactory(UserFactory, role="Learner")
    course_key = factory.LazyAttribute(lambda o: o.assignment.course_key)
    text = "Our tender covers waste collection for 4,000 households twice a week."
    language = "en"

    class Params:
        submitted = factory.Trait(
            status=SubmissionStatus.SUBMITTED,
            submitted_at=factory.LazyFunction(timezone.now),
        )


class SubmissionFileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SubmissionFile

    submission = None  # required
    file = factory.django.FileField(data=PDF_BYTES, filename="work.pdf")
    original_name = "Specification.pdf"
    content_type = "application/pdf"
    size = len(PDF_BYTES)


class GradeFactory(factory.django.DjangoModelFactory):
    """A points grade (released unless `released_at=None`); rubric grades go through A2's
    service so the criterion scores are right."""

    class Meta:
        model = Grade

    submission = None  # required
    grader = None
    points = Decimal(80)
    max_points = Decimal(100)
    score = factory.LazyAttribute(
        lambda o: (o.points * 100 / o.max_points).quantize(Decimal("0.01"))
    )
    passed = factory.LazyAttribute(lambda o: o.score >= o.submission.assignment.pass_mark)
    feedback = "Clear volumes; add the penalty clause."
    graded_at = factory.LazyFunction(timezone.now)
    released_at = factory.LazyFunction(timezone.now)


class FeedbackFileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FeedbackFile

    grade = None  # required
    file = factory.django.FileField(data=PDF_BYTES, filename="feedback.pdf")
    original_name = "Comments.pdf"
    content_type = "application/pdf"
    size = len(PDF_BYTES)
