"""The competitions' personal-data provider: export, what deletion does, and the block while a
juror's call is undecided."""

from decimal import Decimal

from django.utils import translation

import pytest

from courses.competitions import services_apply
from courses.competitions.models import (
    Application,
    CallStatus,
    Conflict,
    JuryQuestion,
    Scoresheet,
)
from courses.competitions.personal_data import competitions_personal_data
from lms.privacy.providers import personal_data_providers
from tests.courses.competitions.apply_support import make_call, municipality, staff
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    home = municipality()
    call = make_call()
    applicant = staff(home)
    juror = UserFactory()
    call.jurors.add(juror)
    application = services_apply.application_start(user=applicant, call=call, applicant=home)
    Application.objects.filter(pk=application.pk).update(submitted_by=applicant)
    question = JuryQuestion.objects.create(
        application=application,
        asked_by=juror,
        question="Why?",
        answer="Because",
        answered_by=applicant,
    )
    Conflict.objects.create(call=call, juror=juror, municipality=municipality())
    sheet = Scoresheet.objects.create(
        application=application, juror=juror, comment="Weak budget", total=Decimal(55)
    )
    return {
        "call": call,
        "applicant": applicant,
        "juror": juror,
        "application": application,
        "question": question,
        "sheet": sheet,
    }


def test_provider_registered_for_every_user_link():
    provider = next(p for p in personal_data_providers() if p.key == "competitions")
    assert set(provider.models) >= {
        "competitions.Application",
        "competitions.JuryQuestion",
        "competitions.Conflict",
        "competitions.Scoresheet",
        "competitions.Call",
    }


def test_export(world):
    provider = competitions_personal_data()
    applicant_records = list(provider.records(world["applicant"]))
    kinds = [r["type"] for r in applicant_records]
    assert kinds == ["application", "jury_question"]
    juror_records = list(provider.records(world["juror"]))
    assert {r["type"] for r in juror_records} == {
        "jury_question",
        "jury_member",
        "conflict_of_interest",
        "scoresheet",
    }
    assert any(r.get("comment") == "Weak budget" for r in juror_records)


def test_applicant_deletion_keeps_the_application(world):
    provider = competitions_personal_data()
    assert provider.blocks(world["applicant"]) is None
    with translation.override("en"):
        assert "kept" in provider.describe(world["applicant"])
    provider.erase(world["applicant"])
    application = Application.objects.get(pk=world["application"].pk)
    assert application.submitted_by is None
    question = JuryQuestion.objects.get(pk=world["question"].pk)
    assert question.answered_by is None and question.answer == "Because"


def test_juror_blocked_until_results_then_unlinked(world):
    provider = competitions_personal_data()
    juror = world["juror"]
    with translation.override("en"):
        reason = provider.blocks(juror)
    assert reason and "not yet decided" in reason
    world["call"].status = CallStatus.RESULTS
    world["call"].save()
    assert provider.blocks(juror) is None
    provider.erase(juror)
    sheet = Scoresheet.objects.get(pk=world["sheet"].pk)
    assert sheet.total == Decimal(55)
    assert sheet.comment != "Weak budget"
    assert not Conflict.objects.filter(juror=juror).exists()
    assert not world["call"].jurors.filter(pk=juror.pk).exists()
    assert JuryQuestion.objects.get(pk=world["question"].pk).asked_by is None
