"""The attempt page on a phone (issue 19, point 12): the deadline in words without JavaScript
(Bishkek time), a countdown script that is a file (the site's CSP allows no inline script), and
matching selects sized for a finger. The browser side is tests/e2e/test_quiz_phone.py."""

import datetime as dt
import re
from pathlib import Path

from django.conf import settings
from django.urls import reverse

import pytest
import time_machine

from courses.quizzes.models import Attempt

pytestmark = pytest.mark.django_db

STATIC = Path(settings.BASE_DIR) / "courses" / "quizzes" / "static" / "quizzes"


def _start(client, lesson) -> Attempt:
    assert client.post(reverse("quizzes:start", kwargs={"lesson_id": lesson.pk})).status_code == 302
    return Attempt.objects.order_by("-pk").first()


@pytest.mark.parametrize(
    ("utc", "bishkek"),
    [
        (dt.datetime(2026, 3, 10, 8, 20, tzinfo=dt.UTC), "14:35"),
        # 18:50 UTC is 00:50 the next day in Bishkek: the hour is Bishkek's, not the server's.
        (dt.datetime(2026, 3, 10, 18, 35, tzinfo=dt.UTC), "00:50"),
    ],
)
def test_the_deadline_is_stated_in_words_in_bishkek_time(
    client, enrolled, lesson, quiz, utc, bishkek
):
    quiz.time_limit_minutes = 15
    quiz.save()
    client.force_login(enrolled)
    with time_machine.travel(utc, tick=False):
        attempt = _start(client, lesson)
        response = client.get(reverse("quizzes:attempt", kwargs={"attempt_id": attempt.pk}))
    html = response.content.decode()
    assert response.status_code == 200
    assert f"Time is up at {bishkek}." in html
    timer = html.split('class="quiz-timer"')[1].split("</div>")[0]
    assert 'role="timer"' in timer
    assert 'data-remaining="900"' in timer  # seconds the script counts down from
    assert "hidden" in timer.split("data-quiz-timer-left")[1].split(">")[0]  # shown by the script
    scripts = re.findall(r"<script[^>]*>", html)
    assert scripts == [f'<script src="{settings.STATIC_URL}quizzes/timer.js" defer>']
    assert "<script>" not in html  # no inline script: CSP "script-src 'self'"


def test_a_quiz_without_a_time_limit_has_no_timer_and_no_script(client, enrolled, lesson, quiz):
    client.force_login(enrolled)
    attempt = _start(client, lesson)
    html = client.get(reverse("quizzes:attempt", kwargs={"attempt_id": attempt.pk})).content
    assert b"quiz-timer" not in html and b"timer.js" not in html


def test_the_script_counts_server_seconds_and_never_resubmits_a_page_at_zero():
    script = (STATIC / "timer.js").read_text()
    assert "data-remaining" in script and "requestSubmit" in script
    assert "remaining > 0 &&" in script  # a page that arrives at zero does not submit again
    assert "eval(" not in script and "innerHTML" not in script


def test_matching_selects_and_timer_are_styled_for_phones():
    css = (STATIC / "quizzes.css").read_text()
    select = css.split(".quiz-pair select {")[1].split("}")[0]
    assert "min-height: 44px" in select and "width: 100%" in select
    timer = css.split(".quiz-timer {")[1].split("}")[0]
    assert "position: sticky" in timer and "top: 0" in timer


def test_each_matching_prompt_labels_its_select(client, enrolled, lesson, quiz):
    client.force_login(enrolled)
    attempt = _start(client, lesson)
    html = client.get(reverse("quizzes:attempt", kwargs={"attempt_id": attempt.pk})).content
    html = html.decode()
    pairs = re.findall(r'<label for="(pair-[0-9a-f-]+)">', html)
    assert pairs
    for select_id in pairs:
        assert f'<select id="{select_id}"' in html
