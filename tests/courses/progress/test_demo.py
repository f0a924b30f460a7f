"""The demo learner's progress: one course, some lessons done, the same on a second run."""

import pytest

from courses.enrolment.models import Enrollment, EnrollmentStatus
from courses.progress.demo import demo_learning_create
from courses.progress.models import LessonCompletion

pytestmark = pytest.mark.django_db


def test_demo_learner_is_enrolled_with_lessons_done_idempotently(make_course, make_user):
    learner = make_user(role="Learner", email="learner@example.org")
    trainer = make_user(role="Trainer")
    course = make_course(lessons=4, trainers=[trainer], enrolment_method="closed")
    assert demo_learning_create(course=course) == 2
    assert demo_learning_create(course=course) == 2
    enrollment = Enrollment.objects.get(user=learner)
    assert enrollment.status == EnrollmentStatus.ACTIVE
    assert LessonCompletion.objects.filter(user=learner).count() == 2
