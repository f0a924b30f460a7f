"""Progress's part of a person's data: completed lessons, kept on deletion."""

from django.utils import translation

import pytest

from courses.enrolment.services import enrollment_create
from courses.progress.models import LessonCompletion
from courses.progress.personal_data import progress_personal_data
from courses.progress.services import lesson_complete

pytestmark = pytest.mark.django_db


def test_completed_lessons_are_exported_with_titles_and_kept(make_course, make_user, lessons_of):
    course = make_course(lessons=2, title="Waste collection")
    user, other = make_user(role="Learner"), make_user(role="Learner")
    for person in (user, other):
        enrollment_create(user=person, course=course)
    first = lessons_of(course)[0]
    lesson_complete(user=user, lesson=first)
    lesson_complete(user=other, lesson=first)

    records = list(progress_personal_data().records(user))
    assert len(records) == 1
    assert records[0]["course"] == "Waste collection"
    assert records[0]["lesson"] == first.title
    assert records[0]["completed_at"].endswith("+06:00")

    provider = progress_personal_data()
    with translation.override("en"):
        assert provider.describe(user) == "1 completed lesson kept anonymously for the reports."
    assert provider.erase(user) == 0
    assert LessonCompletion.objects.filter(user=user).count() == 1
