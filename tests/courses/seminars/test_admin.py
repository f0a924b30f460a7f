"""The seminar admin: managers everything, trainers their own seminars (edit only), others
nothing, through Wagtail's own list, edit, delete, history and bulk URLs."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

import pytest

from courses.seminars.models import Seminar

pytestmark = pytest.mark.django_db

NS = "wagtailsnippets_seminars_seminar"


def _form(seminar=None, course=None, **changes) -> dict:
    start = timezone.localtime(timezone.now() + timedelta(days=5)).replace(microsecond=0)
    data = {
        "title": "Таштанды",
        "title_ru": "",
        "title_en": "Waste",
        "description": "",
        "description_ru": "",
        "description_en": "",
        "status": "published",
        "cancel_cutoff_hours": "24",
        "certificate_share": "100",
        "self_registration": "on",
        "audience_positions": ["ao_head", "ao_deputy"],
        "course": course.pk if course else "",
        "sessions-TOTAL_FORMS": "1",
        "sessions-INITIAL_FORMS": "0",
        "sessions-MIN_NUM_FORMS": "1",
        "sessions-MAX_NUM_FORMS": "1000",
        "sessions-0-starts_at": start.strftime("%Y-%m-%d %H:%M"),
        "sessions-0-ends_at": (start + timedelta(hours=4)).strftime("%Y-%m-%d %H:%M"),
        "sessions-0-venue": "Hall",
        "sessions-0-address": "",
        "sessions-0-capacity": "25",
        "sessions-0-municipality": "",
        "sessions-0-district": "",
        "sessions-0-ORDER": "1",
        "sessions-0-id": "",
        "materials-TOTAL_FORMS": "0",
        "materials-INITIAL_FORMS": "0",
        "materials-MIN_NUM_FORMS": "0",
        "materials-MAX_NUM_FORMS": "1000",
    }
    if seminar is not None:
        session = seminar.sessions.first()
        data.update(
            {
                "sessions-INITIAL_FORMS": "1",
                "sessions-0-id": str(session.pk),
                "sessions-0-starts_at": timezone.localtime(session.starts_at).strftime(
                    "%Y-%m-%d %H:%M"
                ),
                "sessions-0-ends_at": timezone.localtime(session.ends_at).strftime(
                    "%Y-%m-%d %H:%M"
                ),
            }
        )
    data.update(changes)
    return data


def test_manager_creates_a_seminar_with_a_session_and_a_course(
    client, manager, make_course, settings
):
    course = make_course()
    client.force_login(manager)
    assert client.get(reverse(f"{NS}:add")).status_code == 200
    response = client.post(reverse(f"{NS}:add"), _form(course=course))
    assert response.status_code == 302, response.context["form"].errors
    seminar = Seminar.objects.get()
    assert seminar.course_key == course.translation_key
    assert seminar.audience_positions == ["ao_head", "ao_deputy"]
    session = seminar.sessions.get()
    # Entered in Bishkek time (UTC+6).
    assert settings.TIME_ZONE == "Asia/Bishkek"
    assert timezone.localtime(session.starts_at).utcoffset() == timedelta(hours=6)
    assert client.get(reverse(f"{NS}:edit", args=[seminar.pk])).status_code == 200


def test_trainer_edits_own_seminar_only(client, make_seminar, trainer, make_user):
    mine = make_seminar(title="Менин", trainers=[trainer])
    theirs = make_seminar(title="Башканыкы", trainers=[make_user(role="Trainer")])
    client.force_login(trainer)
    listing = client.get(reverse(f"{NS}:list"))
    assert listing.status_code == 200
    assert "Менин" in listing.content.decode() and "Башканыкы" not in listing.content.decode()
    assert client.get(reverse(f"{NS}:edit", args=[mine.pk])).status_code == 200
    response = client.post(reverse(f"{NS}:edit", args=[mine.pk]), _form(mine, title="Жаңы"))
    assert response.status_code == 302
    mine.refresh_from_db()
    assert mine.title == "Жаңы"
    # Another trainer's seminar: no edit, no delete, no history, no bulk delete.
    assert client.get(reverse(f"{NS}:edit", args=[theirs.pk])).status_code in (403, 302, 404)
    client.post(reverse(f"{NS}:edit", args=[theirs.pk]), _form(theirs, title="Бузулду"))
    theirs.refresh_from_db()
    assert theirs.title == "Башканыкы"
    assert client.get(reverse(f"{NS}:delete", args=[theirs.pk])).status_code in (403, 302, 404)
    client.post(reverse(f"{NS}:delete", args=[theirs.pk]))
    bulk = reverse("wagtail_bulk_action", args=["seminars", "seminar", "delete"])
    client.post(f"{bulk}?id={theirs.pk}&id={mine.pk}")
    assert Seminar.objects.filter(pk__in=[mine.pk, theirs.pk]).count() == 2
    # Trainers do not create or delete seminars.
    assert client.get(reverse(f"{NS}:add")).status_code in (403, 302)
    client.post(reverse(f"{NS}:delete", args=[mine.pk]))
    assert Seminar.objects.filter(pk=mine.pk).exists()


def test_manager_deletes_through_the_bulk_action(client, make_seminar, manager):
    seminar = make_seminar()
    client.force_login(manager)
    bulk = reverse("wagtail_bulk_action", args=["seminars", "seminar", "delete"])
    client.post(f"{bulk}?id={seminar.pk}")
    assert not Seminar.objects.exists()


def test_learners_and_reviewers_get_nothing(client, make_seminar, learner, make_user):
    seminar = make_seminar()
    for user in (learner, make_user(role="Reviewer")):
        client.force_login(user)
        for url in (
            reverse(f"{NS}:list"),
            reverse(f"{NS}:add"),
            reverse(f"{NS}:edit", args=[seminar.pk]),
            reverse(f"{NS}:delete", args=[seminar.pk]),
        ):
            assert client.get(url).status_code in (302, 403), (user, url)
        client.post(reverse(f"{NS}:delete", args=[seminar.pk]))
    assert Seminar.objects.filter(pk=seminar.pk).exists()
