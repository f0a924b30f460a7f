"""Fixtures for certificates: a completed enrolment, and one issued through the task."""

from django.utils import timezone

import pytest

from courses.certificates.models import Certificate
from courses.enrolment.models import EnrollmentStatus
from tests.factories.courses import EnrollmentFactory
from tests.lms.test_celery import celery_worker_process  # noqa: F401 - the real-worker fixture


@pytest.fixture
def complete(db):
    """complete(user, course): an enrolment marked completed directly, as the enrolment feature
    will (status completed, completed_at set), without sending the signal."""

    def make(user, course, **fields):
        return EnrollmentFactory(
            user=user,
            course_key=course.translation_key,
            status=EnrollmentStatus.COMPLETED,
            completed_at=timezone.now(),
            **fields,
        )

    return make


@pytest.fixture
def course(make_course, make_user):
    trainer = make_user(role="Trainer", full_name="Айгүл Осмонова")
    return make_course(
        title="Муниципалдык кызматтарды жеке секторго өткөрүп берүү",
        estimated_hours=12,
        trainers=[trainer],
    )


@pytest.fixture
def issue():
    """issue(enrollment): run the certificate task in-process; returns the valid certificate."""
    from courses.certificates.tasks import certificate_issue

    def run(enrollment):
        certificate_issue.apply(args=[enrollment.pk]).get()
        return Certificate.objects.get(enrollment=enrollment, status="valid")

    return run


@pytest.fixture
def certificate(course, complete, issue, make_user):
    learner = make_user(role="Learner", full_name="Бурул Кадырова", preferred_language="ky")
    return issue(complete(learner, course))
