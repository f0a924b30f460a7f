"""The catalogue's part of a person's data: the courses they train. Deletion takes them off the
trainer lists (live and in saved revisions) and out of the trainer groups."""

from django.utils import translation

from wagtail.models import Revision

import pytest

from courses.catalogue.models import CoursePage
from courses.catalogue.personal_data import catalogue_personal_data
from courses.catalogue.selectors import course_group_name

pytestmark = pytest.mark.django_db


def test_trainers_courses_are_exported_and_the_trainer_taken_off(make_course, make_user):
    trainer, colleague = make_user(role="Trainer"), make_user(role="Trainer")
    course = make_course(lessons=1, trainers=[trainer, colleague], title="Waste collection")
    make_course(lessons=1, trainers=[colleague], title="Street lighting")
    course.save_revision()  # a draft naming both trainers
    group = course_group_name(course.translation_key)
    assert trainer.groups.filter(name=group).exists()

    with translation.override("en"):
        records = list(catalogue_personal_data().records(trainer))
    assert [(r["course"], r["role"]) for r in records] == [("Waste collection", "trainer")]

    provider = catalogue_personal_data()
    assert provider.describe(trainer)
    provider.erase(trainer)
    course = CoursePage.objects.get(pk=course.pk)
    assert list(course.trainers.all()) == [colleague]
    for revision in Revision.objects.filter(object_id=str(course.pk)):
        assert trainer.pk not in revision.content.get("trainers", [])
        assert colleague.pk in revision.content.get("trainers", [])
    assert not trainer.groups.filter(name=group).exists()
    assert colleague.groups.filter(name=group).exists()
    assert list(provider.records(trainer)) == []
