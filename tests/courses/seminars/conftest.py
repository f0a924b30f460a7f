"""Seminars for the seminar tests: make_seminar(capacity=2, sessions=1, starts_in=days)."""

from datetime import timedelta

from django.utils import timezone

import pytest

from courses.seminars.models import Seminar, SeminarSession, SeminarStatus


@pytest.fixture
def make_seminar(db):
    def make(
        *,
        capacity=30,
        sessions=1,
        starts_in=timedelta(days=10),
        trainers=(),
        status=SeminarStatus.PUBLISHED,
        **fields,
    ):
        fields.setdefault("title", "Семинар")
        fields.setdefault("title_en", "Seminar")
        seminar = Seminar.objects.create(status=status, **fields)
        start = timezone.now() + starts_in
        for n in range(sessions):
            SeminarSession.objects.create(
                seminar=seminar,
                starts_at=start + timedelta(days=n),
                ends_at=start + timedelta(days=n, hours=6),
                venue=f"Hall {n + 1}",
                capacity=capacity,
            )
        if trainers:
            seminar.trainers.set(trainers)
        return seminar

    return make


@pytest.fixture
def trainer(make_user):
    return make_user(role="Trainer")


@pytest.fixture
def manager(make_user):
    return make_user(role="Manager")
