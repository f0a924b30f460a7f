"""A person with data in every table we can reach: exported whole, then anonymised without a
trace of their name or address, and the reports' totals unchanged."""

import datetime as dt
import io
import json
import zipfile

from django.apps import apps
from django.contrib.auth import get_user_model
from django.db import models
from django.utils import timezone

from wagtail.models import Comment, Page, PageSubscription

import pytest
from axes.models import AccessLog

from courses.activity.models import LearningObject, LearningVerb
from courses.activity.services import learning_event_record
from courses.catalogue.services import course_index_setup
from courses.enrolment.models import EnrollmentStatus
from courses.quizzes.services import quiz_attempt_start
from courses.reports.selectors.figures import ReportFilters, report_headline
from lms.access_log.services import access_record
from lms.places.models import Municipality
from lms.policies.models import PolicyAcceptance, PolicyVersion, SitePolicy
from lms.privacy.providers import personal_data_providers
from lms.privacy.services import account_anonymise, data_export_request
from tests.factories.assignments import AssignmentFactory, SubmissionFactory, SubmissionFileFactory
from tests.factories.courses import (
    CourseIndexPageFactory,
    CoursePageFactory,
    EnrollmentFactory,
    LessonPageFactory,
)
from tests.factories.places import MunicipalityFactory
from tests.factories.quizzes import quiz_with_questions
from tests.lms.privacy.test_relations import user_relations

pytestmark = pytest.mark.django_db

NAME = "Гүлнара Абдыкадырова"
EMAIL = "gulnara.abdykadyrova@example.org"


@pytest.fixture
def person(home_page, make_user):
    """One learner with a row in every table of ours that a person fills in."""
    user = make_user(email=EMAIL, full_name=NAME, role="Learner", gender="female")
    user.municipality = (
        MunicipalityFactory() if not Municipality.objects.exists() else Municipality.objects.first()
    )
    user.save()
    manager = make_user(role="Manager")
    catalogue = CourseIndexPageFactory(parent=home_page)
    course_index_setup(catalogue=catalogue)
    course = CoursePageFactory(parent=catalogue, title="Budgets")
    lesson = LessonPageFactory(parent=course, title="Plan")
    key = course.translation_key
    EnrollmentFactory(user=user, course_key=key, status=EnrollmentStatus.ACTIVE)
    quiz = quiz_with_questions(lesson=lesson)
    quiz_attempt_start(user=user, quiz=quiz, course_key=key)
    assignment = AssignmentFactory(lesson=lesson)
    submission = SubmissionFactory(
        assignment=assignment, user=user, submitted=True, text=f"{NAME} wrote this"
    )
    SubmissionFileFactory(submission=submission)
    for _ in range(3):
        learning_event_record(
            actor=user,
            verb=LearningVerb.VIEWED,
            object_type=LearningObject.LESSON,
            object_key=lesson.translation_key,
            course_key=key,
        )
    policy = SitePolicy.objects.first() or SitePolicy.objects.create(kind="privacy")
    version = PolicyVersion.objects.filter(policy=policy).first() or PolicyVersion.objects.create(
        policy=policy, title="Купуялык", published_at=timezone.now(), version=99
    )
    PolicyAcceptance.objects.create(user=user, version=version, language="ky")
    access_record(actor=manager, action="record_view", subjects=[user], course_key=key)
    root = Page.objects.get(depth=1)
    Comment.objects.create(page=root, user=user, text="A note", contentpath="title")
    PageSubscription.objects.create(user=user, page=root, comment_notifications=True)
    AccessLog.objects.create(
        username=EMAIL, ip_address="10.0.0.1", user_agent="Firefox", attempt_time=timezone.now()
    )
    return user


def _rows_of(user):
    """Every row of every table pointing at the user, as (label, row)."""
    for label, fields in user_relations().items():
        model = apps.get_model(label)
        query = models.Q()
        for name in fields:
            query |= models.Q(**{name: user})
        for row in model._default_manager.filter(query):
            yield label, row


def test_export_holds_every_section_then_anonymise_leaves_no_trace(
    person, django_capture_on_commit_callbacks
):
    filters = ReportFilters(date_from=dt.date(2000, 1, 1), date_to=dt.date(2100, 1, 1))
    admin = get_user_model().objects.create_superuser(email="root@example.org", full_name="Root")
    before = report_headline(user=admin, filters=filters)

    with django_capture_on_commit_callbacks(execute=True):
        export = data_export_request(user=person)
    export.refresh_from_db()
    with export.file.open("rb") as handle:
        archive = zipfile.ZipFile(io.BytesIO(handle.read()))
    data = json.loads(archive.read("data.json"))
    keys = {provider.key for provider in personal_data_providers()}
    assert keys <= set(data), keys - set(data)
    for section in (
        "enrolments",
        "quiz_attempts",
        "learning_events",
        "policy_acceptances",
        "access_log",
    ):
        assert data[section], section
    assert any(name.startswith("files/") for name in archive.namelist())

    tables = {label for label, _row in _rows_of(person)}
    account_anonymise(person, reason="test")
    person.refresh_from_db()
    traces = []
    for label, row in _rows_of(person):
        for field in row._meta.concrete_fields:
            value = str(field.value_from_object(row) or "")
            if NAME in value or EMAIL in value:
                traces.append(f"{label}.{field.name}")
    assert not traces, traces
    assert not AccessLog.objects.filter(username=EMAIL).exists()
    assert {"enrolment.Enrollment", "quizzes.Attempt", "assignments.Submission"} <= tables
    assert report_headline(user=admin, filters=filters) == before
