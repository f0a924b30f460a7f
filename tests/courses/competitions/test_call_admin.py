"""Calls in the Wagtail admin: managers and superusers list, add, edit and delete them with the
nested form (fields, criteria with levels, prizes); trainers, learners, reviewers and jurors
are refused on every admin address of the call viewset; the checks speak plainly."""

import contextlib
import datetime as dt
from zoneinfo import ZoneInfo

from django.urls import NoReverseMatch, reverse

import pytest

from courses.competitions.models import Call, CallStatus
from tests.courses.competitions.apply_support import make_call
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db
BISHKEK = ZoneInfo("Asia/Bishkek")


def _formset(prefix, rows, initial=0):
    data = {
        f"{prefix}-TOTAL_FORMS": str(len(rows)),
        f"{prefix}-INITIAL_FORMS": str(initial),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }
    for n, row in enumerate(rows):
        data[f"{prefix}-{n}-id"] = ""
        data[f"{prefix}-{n}-ORDER"] = str(n + 1)
        for key, value in row.items():
            if key == "levels":
                data.update(_formset(f"{prefix}-{n}-levels", value))
            else:
                data[f"{prefix}-{n}-{key}"] = value
    return data


def call_form(**changes):
    criteria = changes.pop(
        "criteria",
        [
            {
                "name": "Сапат",
                "name_ru": "",
                "name_en": "Quality",
                "description": "",
                "description_ru": "",
                "description_en": "",
                "weight": "2",
                "levels": [
                    {"label": "Жок", "label_ru": "", "label_en": "None", "points": "0"},
                    {"label": "Жакшы", "label_ru": "", "label_en": "Good", "points": "10"},
                ],
            }
        ],
    )
    fields = changes.pop(
        "fields",
        [
            {
                "kind": "file",
                "label": "План",
                "label_ru": "",
                "label_en": "Plan",
                "help_text": "",
                "help_text_ru": "",
                "help_text_en": "",
                "required": "on",
                "is_plan": "on",
            }
        ],
    )
    prizes = changes.pop(
        "prizes",
        [{"name": "Грант", "name_ru": "", "name_en": "Grant", "count": "5", "amount": "5000000"}],
    )
    data = {
        "title": "Кластерлер сынагы",
        "title_ru": "",
        "title_en": "Cluster competition",
        "slug": "clusters-2027",
        "description": "",
        "description_ru": "",
        "description_en": "",
        "rules": "",
        "rules_ru": "",
        "rules_en": "",
        "applicant_kind": "cluster",
        "opens_at": "2027-01-10 09:00",
        "deadline_at": "2027-02-10 18:00",
        "results_at": "",
        "status": "open",
        "disagreement_margin": "20",
        **_formset("fields", fields),
        **_formset("criteria", criteria),
        **_formset("prizes", prizes),
    }
    data.update(changes)
    return data


def _admin(name, *args):
    return reverse(f"competition_calls:{name}", args=args)


def test_manager_adds_a_call_with_nested_rubric(client):
    manager = UserFactory(role="Manager")
    juror = UserFactory(role="Learner")
    client.force_login(manager)
    assert client.get(_admin("index")).status_code == 200
    assert client.get(_admin("add")).status_code == 200
    response = client.post(_admin("add"), call_form(jurors=[juror.pk]))
    assert response.status_code == 302, response.context["form"].errors
    call = Call.objects.get(slug="clusters-2027")
    assert list(call.jurors.all()) == [juror]
    criterion = call.criteria.get()
    assert [int(level.points) for level in criterion.levels.all()] == [0, 10]
    assert call.prizes.get().count == 5
    # Dates are entered in Bishkek time.
    assert call.opens_at == dt.datetime(2027, 1, 10, 9, tzinfo=BISHKEK)
    assert client.get(_admin("edit", call.pk)).status_code == 200


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"deadline_at": "2027-01-09 09:00"}, "The deadline must be after the opening."),
        ({"results_at": "2027-02-01 09:00"}, "The results date must be after the deadline."),
        ({"criteria": []}, "Add at least one criterion"),
        ({"fields": []}, "Add at least one field to the application form"),
        ({"slug": "mine"}, "is used by the competitions"),
        ({"disagreement_margin": "150"}, "between 0 and 100"),
    ],
)
def test_checks_with_clear_messages(client, changes, message):
    client.force_login(UserFactory(role="Manager", preferred_language="en"))
    response = client.post(_admin("add"), call_form(**changes))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Call.objects.exists()


def test_weight_and_levels_checked(client):
    client.force_login(UserFactory(role="Manager", preferred_language="en"))
    criterion = {
        "name": "Бюджет",
        "name_ru": "",
        "name_en": "Budget",
        "description": "",
        "description_ru": "",
        "description_en": "",
        "weight": "0",
        "levels": [],
    }
    response = client.post(_admin("add"), call_form(criteria=[criterion]))
    html = response.content.decode()
    assert "must be greater than 0" in html
    assert "needs at least one level" in html
    # A draft may be saved without its rubric.
    response = client.post(_admin("add"), call_form(criteria=[], fields=[], status="draft"))
    assert response.status_code == 302
    assert Call.objects.get().status == CallStatus.DRAFT


def test_superuser_deletes_a_call(client):
    call = make_call()
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    assert client.get(_admin("delete", call.pk)).status_code == 200
    client.post(_admin("delete", call.pk))
    assert not Call.objects.exists()


@pytest.mark.parametrize("role", ["Trainer", "Reviewer", "Learner", "juror", "anonymous"])
def test_other_roles_refused_everywhere(client, role):
    call = make_call()
    if role == "juror":
        user = UserFactory(role="Trainer")
        call.jurors.add(user)
    elif role != "anonymous":
        user = UserFactory(role=role)
    if role != "anonymous":
        client.force_login(user)
    urls = [_admin("index"), _admin("add"), _admin("edit", call.pk), _admin("delete", call.pk)]
    for name in ("history", "usage", "inspect", "copy"):
        with contextlib.suppress(NoReverseMatch):
            urls.append(_admin(name, call.pk))
    for url in urls:
        response = client.get(url)
        assert response.status_code in (302, 403), (url, response.status_code)
        if response.status_code == 302:
            assert "login" in response.url or response.url.rstrip("/").endswith("/admin")
    response = client.post(_admin("edit", call.pk), call_form(title="Hacked"))
    assert response.status_code in (302, 403)
    client.post(_admin("delete", call.pk))
    call.refresh_from_db()
    assert call.title != "Hacked"
    assert Call.objects.filter(pk=call.pk).exists()
