"""Wagtail's own bulk actions on the assignment snippets: the attacker's (and the hurried
trainer's) route around the single-object views."""

from urllib.parse import urlencode

from django.urls import reverse

import pytest

from courses.assignments.models import Assignment, Rubric

pytestmark = pytest.mark.django_db


def bulk_delete_url(model: str, *pks) -> str:
    url = reverse("wagtail_bulk_action", args=("assignments", model, "delete"))
    return f"{url}?{urlencode([('next', '/admin/'), *(('id', pk) for pk in pks)])}"


def test_bulk_delete_keeps_a_rubric_an_assignment_uses(client, trainer, rubric_assignment):
    client.force_login(trainer)
    rubric = rubric_assignment.rubric
    page = client.get(bulk_delete_url("rubric", rubric.pk))
    assert page.status_code == 200
    response = client.post(bulk_delete_url("rubric", rubric.pk))
    assert response.status_code in (200, 302)
    assert Rubric.objects.filter(pk=rubric.pk).exists()


def test_bulk_delete_refuses_another_courses_assignment(client, trainer, other_lesson):
    from tests.factories.assignments import AssignmentFactory

    theirs = AssignmentFactory(lesson=other_lesson)
    client.force_login(trainer)
    client.post(bulk_delete_url("assignment", theirs.pk))
    assert Assignment.objects.filter(pk=theirs.pk).exists()


def test_bulk_delete_removes_a_free_rubric(client, trainer, rubric):
    client.force_login(trainer)
    response = client.post(bulk_delete_url("rubric", rubric.pk))
    assert response.status_code == 302
    assert not Rubric.objects.filter(pk=rubric.pk).exists()
