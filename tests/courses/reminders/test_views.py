"""The trainers' reminder log and the nudge: who may see and send, the preview in each
learner's language, one send per confirmed form, pinned query counts."""

import re

from django.urls import reverse

import pytest

from courses.enrolment.models import Enrollment, EnrollmentStatus
from courses.enrolment.services import enrollment_create
from courses.progress.services import lesson_complete
from courses.reminders.models import ReminderKind, ReminderLog
from courses.reminders.services import inactivity_reminders_send
from lms.notifications.models import Notification
from tests.courses.reminders.conftest import bishkek

pytestmark = pytest.mark.django_db


def log_url(course, language="en"):
    return f"/{language}" + reverse("reminders:course", args=[course.translation_key])[3:]


def nudge_url(course, language="en"):
    return f"/{language}" + reverse("reminders:nudge", args=[course.translation_key])[3:]


def enrol(course, make_user, n, **fields):
    people = [make_user(role="Learner", **fields) for _ in range(n)]
    for person in people:
        enrollment_create(user=person, course=course)
    return people


def test_the_log_lists_who_was_reminded_when(
    client, clock, course, trainer, make_user, django_assert_num_queries
):
    clock(bishkek(1))
    people = enrol(course, make_user, 2)
    clock(bishkek(20))
    inactivity_reminders_send()
    client.force_login(trainer)
    html = client.get(log_url(course)).content.decode()
    assert "2 reminders" in html
    for person in people:
        assert person.full_name in html
    assert "Not opened the course" in html and "Automatic" in html
    # The participants page links here and to the nudge.
    participants = client.get(
        "/en" + reverse("progress:participants", args=[course.translation_key])[3:]
    ).content.decode()
    assert log_url(course) in participants and nudge_url(course) in participants


def test_the_log_costs_the_same_queries_for_2_or_62_rows(
    client, clock, course, trainer, make_user, django_assert_num_queries
):
    clock(bishkek(1))
    enrol(course, make_user, 2)
    clock(bishkek(16))
    inactivity_reminders_send()
    client.force_login(trainer)
    client.get(log_url(course))  # policies, outline and site read into their caches
    # Session and user (2), the active locale (1), the trainer's groups (1), the course (1),
    # the count and the page of rows with learner and sender joined (2).
    with django_assert_num_queries(6):
        assert client.get(log_url(course)).status_code == 200
    clock(bishkek(16, 12))
    enrol(course, make_user, 58)
    clock(bishkek(31))  # 15 days on: the 58, and the first 2 again (15 days after theirs)
    assert inactivity_reminders_send() == 60
    client.force_login(trainer)  # a new session: the first one has expired by now
    client.get(log_url(course))
    with django_assert_num_queries(6):
        response = client.get(log_url(course))
    assert response.context["page_obj"].paginator.count == 62
    assert len(response.context["rows"]) == 50


@pytest.mark.parametrize("who", ["learner", "other_trainer", "reviewer"])
def test_others_get_404_and_send_nothing(client, course, make_user, make_course, who):
    learner = enrol(course, make_user, 1)[0]
    someone = {
        "learner": learner,
        "other_trainer": make_user(role="Trainer"),
        "reviewer": make_user(role="Reviewer"),
    }[who]
    if who == "other_trainer":
        make_course(trainers=[someone])
    client.force_login(someone)
    assert client.get(log_url(course)).status_code == 404
    assert client.get(nudge_url(course)).status_code == 404
    data = {
        "learners": [learner.pk],
        "message": "hi",
        "token": "9c1d0bb8-62f3-4a35-a2f8-2c30f53c1c1e",
    }
    assert client.post(nudge_url(course), {**data, "action": "send"}).status_code == 404
    assert not ReminderLog.objects.exists()


def test_anonymous_is_sent_to_sign_in(client, course):
    for address in (log_url(course), nudge_url(course)):
        response = client.get(address)
        assert response.status_code == 302 and "login" in response["Location"]
    assert client.post(nudge_url(course), {"action": "send"}).status_code == 302


def test_managers_may_nudge_any_course(client, course, make_user):
    client.force_login(make_user(role="Manager"))
    assert client.get(nudge_url(course)).status_code == 200


def test_select_links_tick_those_behind_or_not_started(
    client, clock, course, trainer, make_user, lessons_of, django_assert_num_queries
):
    clock(bishkek(1))
    away, started = enrol(course, make_user, 2)
    lesson_complete(user=started, lesson=lessons_of(course)[0])
    clock(bishkek(10))
    fresh = enrol(course, make_user, 1)[0]
    withdrawn = enrol(course, make_user, 1)[0]
    Enrollment.objects.filter(user=withdrawn).update(status=EnrollmentStatus.WITHDRAWN)
    client.force_login(trainer)

    def ticked(show):
        html = client.get(nudge_url(course), {"show": show}).content.decode()
        return set(map(int, re.findall(r'name="learners" value="(\d+)" id="[^"]+" checked', html)))

    assert ticked("all") == set()
    assert ticked("behind") == {away.pk, started.pk}
    assert ticked("not_started") == {away.pk, fresh.pk}
    client.get(nudge_url(course))
    # Session and user (2), locale (1), groups (1), course (1), count and rows (2).
    with django_assert_num_queries(6):
        response = client.get(nudge_url(course))
    assert withdrawn.full_name not in response.content.decode()


def test_preview_in_each_language_then_send_once(
    client, course, trainer, make_user, translate_course
):
    russian = translate_course(course, "ru")
    russian.title = "Курс на русском"
    russian.save_revision().publish()
    ky = enrol(course, make_user, 2, preferred_language="ky")
    ru = enrol(course, make_user, 1, preferred_language="ru")
    en = enrol(course, make_user, 1, preferred_language="en")
    not_chosen = enrol(course, make_user, 1)[0]
    stranger = make_user(role="Learner")  # not in the course: dropped
    chosen = [*ky, *ru, *en]
    client.force_login(trainer)
    response = client.post(
        nudge_url(course),
        {
            "learners": [p.pk for p in chosen] + [stranger.pk],
            "message": "Please finish module 1 by Friday.",
            "action": "preview",
        },
    )
    assert response.status_code == 200
    previews = response.context["previews"]
    assert [(p["code"], len(p["people"])) for p in previews] == [("ky", 2), ("ru", 1), ("en", 1)]
    by_code = {p["code"]: p for p in previews}
    assert by_code["en"]["title"] == f"A message from your trainer: “{course.title}”"
    assert "Курс на русском" in by_code["ru"]["title"]
    assert by_code["ru"]["url"].startswith("/ru/")
    assert by_code["en"]["body"] == "Please finish module 1 by Friday."
    assert not ReminderLog.objects.exists()  # nothing sent by a preview
    token = str(response.context["token"])
    assert f'value="{token}"' in response.content.decode()
    data = {
        "learners": [p.pk for p in chosen],
        "message": "Please finish module 1 by Friday.",
        "token": token,
        "action": "send",
    }
    first = client.post(nudge_url(course), data)
    assert first.status_code == 302 and first["Location"] == log_url(course)
    client.post(nudge_url(course), data)  # the double submit
    notes = Notification.objects.filter(kind="nudge")
    assert sorted(notes.values_list("recipient_id", flat=True)) == sorted(p.pk for p in chosen)
    sent = {note.recipient_id: note for note in notes}
    assert sent[en[0].pk].title == by_code["en"]["title"]
    assert sent[ru[0].pk].title == by_code["ru"]["title"]
    assert sent[ky[0].pk].title == by_code["ky"]["title"]
    assert sent[en[0].pk].body == by_code["en"]["body"]
    rows = ReminderLog.objects.filter(kind=ReminderKind.NUDGE)
    assert rows.count() == 4 and {row.sent_by for row in rows} == {trainer}
    assert not Notification.objects.filter(recipient=not_chosen, kind="nudge").exists()
    html = client.get(log_url(course)).content.decode()
    assert "Message from a trainer" in html and trainer.full_name in html


def test_preview_without_learners_goes_back_with_a_message(client, course, trainer):
    client.force_login(trainer)
    response = client.post(nudge_url(course), {"action": "preview", "message": "x"}, follow=True)
    assert "Choose at least one learner." in response.content.decode()
