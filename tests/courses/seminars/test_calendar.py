"""A registered person's sessions in their calendar (the CALENDAR_ENTRIES hook) and My
learning's "My seminars" section."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone, translation

import pytest

from courses.calendar.extensions import calendar_entries
from courses.seminars.calendar_entries import KIND_SEMINAR_SESSION
from courses.seminars.services import registration_cancel, registration_create

pytestmark = pytest.mark.django_db


def _entries(user):
    now = timezone.now()
    return [
        entry
        for entry in calendar_entries(
            user=user, start=now - timedelta(days=1), end=now + timedelta(days=60), language="en"
        )
        if entry.kind == KIND_SEMINAR_SESSION
    ]


def test_registered_people_see_their_sessions(make_seminar, make_user):
    seminar = make_seminar(sessions=2, title_en="Lighting")
    learner, stranger = make_user(), make_user()
    registration = registration_create(seminar=seminar, user=learner)
    entries = _entries(learner)
    assert [e.title for e in entries] == ["Lighting", "Lighting"]
    assert len({e.uid for e in entries}) == 2
    assert entries[0].url.endswith(f"/seminars/{seminar.pk}/")
    assert _entries(stranger) == []
    registration_cancel(registration=registration, by=learner)
    assert _entries(learner) == []


def test_my_learning_lists_my_seminars(client, make_seminar, learner):
    seminar = make_seminar(title_en="Budgets")
    registration_create(seminar=seminar, user=learner)
    client.force_login(learner)
    with translation.override("en"):
        url = reverse("progress:my")
    page = client.get(url).content.decode()
    assert 'id="my-seminars-title"' in page
    assert "Budgets" in page
