"""What discussions give in a person's data export, and what their deletion does: posts kept
for the discussion, text removed, author shown as "Former participant"; reports keep working."""

from django.utils import translation

import pytest

from courses.discussions.models import Post, PostReport
from courses.discussions.personal_data import (
    discussion_records,
    discussions_describe,
    discussions_erase,
)

pytestmark = pytest.mark.django_db


def test_the_export_holds_the_person_s_posts_and_reports(topic, enrolled, other_learner, reply_of):
    reply_of(other_learner, topic, "Not theirs")
    PostReport.objects.create(
        post=topic.posts.get(body="Not theirs"), reporter=enrolled, reason="Rude"
    )
    records = list(discussion_records(enrolled))
    assert [r["type"] for r in records] == ["post", "report"]
    assert records[0]["text"] == "Who has written a specification?"
    assert records[0]["topic"] == "Waste collection tenders"
    assert records[1]["reason"] == "Rude"
    with translation.override("en"):
        assert discussions_describe(enrolled).startswith("1 discussion post")
    assert (
        discussions_describe(
            other_learner.__class__.objects.create_user(email="x@example.org", password="x")
        )
        is None
    )


def test_erasing_keeps_the_discussion_with_a_former_participant(
    client, topic, enrolled, other_learner, trainer, reply_of
):
    reply = reply_of(other_learner, topic, "A reply that stays")
    report = PostReport.objects.create(post=reply, reporter=enrolled, reason="Check this")
    assert discussions_erase(enrolled) == 3  # one post, one topic, one report
    first = topic.posts.order_by("pk").first()
    assert first.author is None and "Who has written" not in first.body
    assert Post.objects.filter(pk=reply.pk, body="A reply that stays").exists()
    report.refresh_from_db()
    assert report.reporter is None and report.reason == "Check this"
    client.force_login(trainer)
    html = client.get(f"/en/discussions/topic/{topic.pk}/").content.decode()
    assert "Former participant" in html and "A reply that stays" in html
    reports = client.get(f"/en/discussions/course/{topic.course_key}/reports/")
    assert reports.status_code == 200 and "Check this" in reports.content.decode()
