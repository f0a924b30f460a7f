"""Topic rows kept in the cache by what they show: with the caches on as in production, every
change a reader would notice (a reply, a pin, a lock, the author's new name, another language)
shows at once on the board and under the lesson."""

from django.core.cache import cache

import pytest

from courses.discussions.services import topic_moderate
from lms.process_memo import forget_all
from tests.courses.discussions.conftest import access_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def caches_on(settings):
    settings.FRAGMENT_CACHE_SECONDS = 3600
    cache.clear()
    forget_all()


def _row(html: str, title: str) -> str:
    start = html.index(title)
    return html[html.rindex("<li", 0, start) : html.index("</li>", start)]


def _board(client, course, language="en") -> str:
    url = f"/{language}/discussions/course/{course.translation_key}/discussion/"
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_a_kept_row_changes_with_what_it_shows(
    caches_on, client, course, topic, enrolled, trainer, reply_of
):
    client.force_login(enrolled)
    first = _row(_board(client, course), "Waste collection tenders")
    assert "0 replies" in first and "Aigul Asanova" in first and "Pinned" not in first
    assert any(key.startswith(":1:topic-row:") for key in cache._cache)  # kept, not rendered
    assert _row(_board(client, course), "Waste collection tenders") == first

    reply_of(trainer, topic, "Ours is on the district's site.")
    assert "1 reply" in _row(_board(client, course), "Waste collection tenders")

    topic.refresh_from_db()
    topic_moderate(access=access_of(trainer, course), topic=topic, action="pin")
    topic_moderate(access=access_of(trainer, course), topic=topic, action="lock")
    row = _row(_board(client, course), "Waste collection tenders")
    assert "Pinned" in row and "Locked" in row

    enrolled.full_name = "Aigul Temirova"
    enrolled.save(update_fields=["full_name"])
    row = _row(_board(client, course), "Waste collection tenders")
    assert "Aigul Temirova" in row and "Aigul Asanova" not in row


def test_each_language_keeps_its_own_row(caches_on, client, course, topic, enrolled):
    client.force_login(enrolled)
    english = _row(_board(client, course, "en"), "Waste collection tenders")
    russian = _row(_board(client, course, "ru"), "Waste collection tenders")
    assert "0 replies" in english and "/en/discussions/topic/" in english
    assert "replies" not in russian and "/ru/discussions/topic/" in russian


def test_the_lesson_shows_its_questions_from_kept_rows(
    caches_on, client, course, lesson, question, enrolled, trainer, reply_of
):
    client.force_login(enrolled)
    html = client.get(f"/en/discussions/lesson/{lesson.pk}/").content.decode()
    assert "0 replies" in _row(html, "How many bidders?")
    reply_of(trainer, question, "Two at least.")
    html = client.get(f"/en/discussions/lesson/{lesson.pk}/").content.decode()
    assert "1 reply" in _row(html, "How many bidders?")
