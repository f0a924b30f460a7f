"""Factories for the course tree and enrolments; pages are live unless told otherwise."""

import json
import uuid

from wagtail.models import Locale

import factory
import wagtail_factories

from courses.catalogue.models import CourseIndexPage, CoursePage, LessonPage, ModulePage, Topic
from courses.enrolment.models import Enrollment, EnrollmentStatus
from tests.factories.accounts import UserFactory


def stream(*blocks) -> str:
    """StreamField JSON from (type, value) pairs."""
    return json.dumps([{"type": kind, "value": value} for kind, value in blocks])


class CourseIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CourseIndexPage

    title = "Курстар"
    slug = "courses"


class CoursePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CoursePage

    title = factory.Sequence(lambda n: f"Course {n}")
    summary = "What the course is about."
    description = "<p>A longer description.</p>"
    topic = factory.LazyFunction(lambda: Topic.objects.get(slug="private-sector-involvement"))
    level = "beginner"
    estimated_hours = 4
    outcomes = factory.LazyFunction(lambda: stream(("outcome", "Plan a service contract")))


class ModulePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ModulePage

    title = factory.Sequence(lambda n: f"Module {n}")


class LessonPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = LessonPage

    title = factory.Sequence(lambda n: f"Lesson {n}")
    body = factory.LazyFunction(lambda: stream(("paragraph", "<p>Secret lesson text.</p>")))
    estimated_minutes = 15
    required_for_completion = True  # the model's default is off (docs/progress.md)


class EnrollmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Enrollment

    user = factory.SubFactory(UserFactory, role="Learner")
    course_key = factory.LazyFunction(uuid.uuid4)
    status = EnrollmentStatus.ACTIVE


def translation_publish(page, code, **fields):
    """Publish `page`'s translation into language `code`, with `fields` changed."""
    translation = page.copy_for_translation(Locale.objects.get(language_code=code))
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return translation
