"""The reference places load completely and idempotently."""

from django.core.management import call_command

import pytest

from lms.places import reference
from lms.places.models import Cluster, District, Municipality, Oblast
from lms.places.services import places_load

pytestmark = pytest.mark.django_db


def counts():
    return (
        Oblast.objects.count(),
        District.objects.count(),
        Municipality.objects.count(),
        Cluster.objects.count(),
    )


def test_load_creates_every_place():
    report = places_load()
    expected = (
        len(reference.OBLASTS),
        len(reference.DISTRICTS),
        len(reference.MUNICIPALITIES),
        len(reference.CLUSTERS),
    )
    assert counts() == expected
    assert report.created == dict(
        zip(("oblasts", "districts", "municipalities", "clusters"), expected, strict=True)
    )


def test_reference_covers_the_country():
    places_load()
    # Seven oblasts and the two cities of republican significance.
    assert Oblast.objects.filter(kind="oblast").count() == 7
    assert (
        set(Oblast.objects.filter(kind="city").values_list("code", flat=True))
        == {
            "bishkek",
            "osh-city",
        }
        or Oblast.objects.filter(kind="city").count() == 2
    )
    # Every district of the programme oblasts is there.
    assert District.objects.filter(oblast__code="jalal-abad").count() == 8
    assert District.objects.filter(oblast__code="issyk-kul").count() == 5
    # Every municipality named in the programme documents sits in its district.
    assert Municipality.objects.get(code="teploklyuchenka").district.code == "ak-suu"
    assert Municipality.objects.get(code="toktogul").district.oblast.code == "jalal-abad"


def test_load_twice_changes_nothing():
    places_load()
    before = counts()
    report = places_load()
    assert counts() == before
    assert report.created == {}
    assert sum(report.existing.values()) == sum(before)


def test_load_restores_an_edited_name_and_cluster_members():
    places_load()
    municipality = Municipality.objects.first()
    municipality.name_ru = "Опечатка"
    municipality.save()
    cluster = Cluster.objects.filter(municipalities__isnull=False).first()
    members = set(cluster.municipalities.values_list("pk", flat=True))
    cluster.municipalities.clear()

    places_load()

    municipality.refresh_from_db()
    assert municipality.name_ru != "Опечатка"
    assert set(cluster.municipalities.values_list("pk", flat=True)) == members


def test_every_place_has_three_names():
    places_load()
    for model in (Oblast, District, Municipality, Cluster):
        assert not model.objects.filter(name_ky="").exists()
        assert not model.objects.filter(name_ru="").exists()
        assert not model.objects.filter(name_en="").exists()


def test_command_reports_counts(capsys):
    call_command("load_places")
    out = capsys.readouterr().out
    assert f"municipalities: {len(reference.MUNICIPALITIES)} created" in out
    call_command("load_places")
    assert "municipalities: 0 created" in capsys.readouterr().out


def test_name_follows_active_language():
    from django.utils import translation

    places_load()
    oblast = Oblast.objects.get(code="issyk-kul")
    with translation.override("ru"):
        assert oblast.name == oblast.name_ru
    with translation.override("en"):
        assert str(oblast) == oblast.name_en
