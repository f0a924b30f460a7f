"""Fixtures of the jury, decisions and results tests: a cluster call being scored with a
two-criterion rubric and one prize, two submitted cluster applications and a draft, three
jurors (one from a member municipality of cluster A, so in conflict with it without declaring),
the applicants' staff, a manager and an outsider. Everyone reads English."""

from datetime import timedelta
from decimal import Decimal

from django.core.files.base import ContentFile
from django.utils import timezone

import pytest

from courses.competitions import services_jury
from courses.competitions.models import (
    Answer,
    ApplicantKind,
    Application,
    ApplicationStatus,
    CallStatus,
    Criterion,
    CriterionLevel,
)
from tests.courses.competitions.apply_support import PDF, cluster_of, make_call
from tests.factories.accounts import UserFactory
from tests.factories.places import MunicipalityFactory


def person(role="Learner", **kwargs):
    kwargs.setdefault("preferred_language", "en")
    return UserFactory(role=role, **kwargs)


@pytest.fixture
def places(db):
    m = [MunicipalityFactory() for _ in range(6)]
    return {
        "m": m,
        "cluster_a": cluster_of(m[0], m[1], code="cluster-a"),
        "cluster_b": cluster_of(m[2], m[3], code="cluster-b"),
        "cluster_c": cluster_of(m[4], code="cluster-c"),
    }


@pytest.fixture
def call(places):
    """A cluster call in scoring: Quality (weight 2: 0/5/10) and Budget (weight 1: 0..4)."""
    call = make_call(
        slug="kzhap",
        kind=ApplicantKind.CLUSTER,
        status=CallStatus.SCORING,
        opens_in=timedelta(days=-30),
        closes_in=timedelta(days=-1),
        disagreement_margin=Decimal(20),
    )
    call.prizes.update(count=1)
    quality = call.criteria.get()
    quality.weight = Decimal(2)
    quality.name_en = "Quality"
    quality.save()
    quality.levels.all().delete()
    for n, points in enumerate((0, 5, 10)):
        CriterionLevel.objects.create(
            criterion=quality, label=f"Q{points}", points=Decimal(points), sort_order=n
        )
    budget = Criterion.objects.create(
        call=call, name="Бюджет", name_en="Budget", weight=Decimal(1), sort_order=1
    )
    for n in range(5):
        CriterionLevel.objects.create(
            criterion=budget, label=f"B{n}", points=Decimal(n), sort_order=n
        )
    return call


def levels(call, quality_points, budget_points):
    """The level ids for the given points, keyed by criterion id."""
    chosen = {}
    for criterion, points in zip(
        call.criteria.order_by("sort_order", "pk"), (quality_points, budget_points), strict=True
    ):
        chosen[criterion.pk] = criterion.levels.get(points=points).pk
    return chosen


@pytest.fixture
def applicant_a(places):
    return person(municipality=places["m"][1])


@pytest.fixture
def applicant_b(places):
    return person(municipality=places["m"][2])


@pytest.fixture
def app_a(call, places, applicant_a):
    application = Application.objects.create(
        call=call,
        cluster=places["cluster_a"],
        submitted_by=applicant_a,
        status=ApplicationStatus.SUBMITTED,
        submitted_at=timezone.now() - timedelta(days=2),
    )
    plan = call.fields.get(is_plan=True)
    Answer.objects.create(application=application, field=plan, text="Repair the water main.\nHire.")
    document = call.fields.get(kind="file")
    answer = Answer(application=application, field=document, file_name="letter.pdf")
    answer.file.save("letter.pdf", ContentFile(PDF), save=False)
    answer.save()
    return application


@pytest.fixture
def app_b(call, places, applicant_b):
    return Application.objects.create(
        call=call,
        cluster=places["cluster_b"],
        submitted_by=applicant_b,
        status=ApplicationStatus.SUBMITTED,
        submitted_at=timezone.now() - timedelta(days=2),
    )


@pytest.fixture
def app_draft(call, places):
    return Application.objects.create(call=call, cluster=places["cluster_c"])


@pytest.fixture
def juror(call):
    """A juror with no municipality."""
    user = person(full_name="Juror One")
    call.jurors.add(user)
    return user


@pytest.fixture
def juror_local(call, places):
    """A juror working in a municipality of cluster A: never sees cluster A."""
    user = person(full_name="Juror Local", municipality=places["m"][0])
    call.jurors.add(user)
    return user


@pytest.fixture
def manager(db):
    return person(role="Manager")


@pytest.fixture
def outsider(db):
    return person()


def declare(call, user, **kwargs):
    return services_jury.jury_declare(call=call, juror=user, **kwargs)
