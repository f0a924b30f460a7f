"""seed_demo builds the demo site idempotently and refuses production."""

from django.core.management import CommandError, call_command

import pytest

from cms.models import HomePage
from lms.accounts.models import User
from lms.places.models import Municipality

pytestmark = pytest.mark.django_db


def test_seed_demo_creates_site_places_and_one_account_per_role(settings, capsys):
    settings.DEBUG = True
    call_command("seed_demo")
    out = capsys.readouterr().out
    assert HomePage.objects.count() == 3
    assert Municipality.objects.exists()
    for email in ("manager@", "trainer@", "reviewer@", "learner@", "admin@"):
        assert f"{email}example.org" in out
    roles = {u.email: list(u.groups.values_list("name", flat=True)) for u in User.objects.all()}
    # Besides the role, the demo trainer is in each demo course's trainer group.
    assert [g for g in roles["trainer@example.org"] if not g.startswith("Course trainers: ")] == [
        "Trainer"
    ]
    assert roles["learner@example.org"] == ["Learner"]
    assert User.objects.get(email="admin@example.org").is_superuser
    assert all(u.email_confirmed for u in User.objects.all())


def test_seed_demo_twice_changes_nothing(settings, client):
    settings.DEBUG = True
    call_command("seed_demo")
    counts = (HomePage.objects.count(), User.objects.count(), Municipality.objects.count())
    call_command("seed_demo")
    assert (HomePage.objects.count(), User.objects.count(), Municipality.objects.count()) == counts
    assert client.get("/ru/").status_code == 200
    response = client.post(
        "/en/accounts/login/",
        {"username": "learner@example.org", "password": "demo-password-2026"},
    )
    assert response.status_code == 302


def test_seed_demo_refuses_without_debug(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="--force"):
        call_command("seed_demo")
    assert not User.objects.exists()
    call_command("seed_demo", "--force", "--password", "Another-Demo-Pass")
    assert User.objects.filter(email="manager@example.org").exists()
