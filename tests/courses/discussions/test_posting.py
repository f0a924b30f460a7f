"""Posting: plain text with links and line breaks, quotes, the 30-minute edit window, the
flood limit and double submits, locked topics."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

import pytest
import time_machine

from courses.discussions.models import Post, Topic

pytestmark = pytest.mark.django_db


def topic_url(topic):
    return f"/en/discussions/topic/{topic.pk}/"


def reply_url(topic):
    return f"/en/discussions/topic/{topic.pk}/reply/"


def test_posts_are_escaped_with_links_and_line_breaks(client, topic, other_learner):
    client.force_login(other_learner)
    body = 'Look at https://example.org/plan\n<script>alert(1)</script> <a href="x">y</a>'
    response = client.post(reply_url(topic), {"body": body})
    assert response.status_code == 302
    html = client.get(topic_url(topic)).content.decode()
    assert (
        '<a href="https://example.org/plan" rel="nofollow">https://example.org/plan</a><br>' in html
    )
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;a href=&quot;x&quot;&gt;y&lt;/a&gt;" in html


def test_reply_counts_and_moves_the_topic_up(client, topic, other_learner):
    client.force_login(other_learner)
    client.post(reply_url(topic), {"body": "I have one."})
    topic.refresh_from_db()
    assert topic.reply_count == 1
    assert topic.last_post_at == Post.objects.latest("pk").created_at


def test_a_quoted_reply_shows_the_quote_above_it(client, topic, other_learner):
    first = topic.posts.get()
    client.force_login(other_learner)
    html = client.get(topic_url(topic) + f"?quote={first.pk}").content.decode()
    assert f'name="quoted" value="{first.pk}"' in html
    client.post(reply_url(topic), {"body": "Yes, I did.", "quoted": first.pk})
    reply = Post.objects.latest("pk")
    assert reply.quoted == first
    html = client.get(topic_url(topic)).content.decode()
    quote_at = html.index(
        '<blockquote class="discussion-quote">', html.index(f'id="post-{reply.pk}"')
    )
    assert html.index("Who has written a specification?", quote_at) < html.index(
        "Yes, I did.", quote_at
    )


def test_the_author_edits_within_30_minutes_then_is_refused(client, topic, enrolled):
    post = topic.posts.get()
    url = reverse("discussions:post_edit", kwargs={"post_id": post.pk})
    client.force_login(enrolled)
    assert client.post(url, {"body": "Corrected text"}).status_code == 302
    post.refresh_from_db()
    assert post.body == "Corrected text" and post.edited_at is not None
    with time_machine.travel(post.created_at + timedelta(minutes=31)):
        html = client.get(topic_url(topic)).content.decode()
        assert url not in html  # no Edit link any more
        response = client.post("/en" + url[3:], {"body": "Too late"})
    assert response.status_code == 200
    assert "Posts can be edited for 30 minutes after posting; this one no longer." in (
        response.content.decode()
    )
    post.refresh_from_db()
    assert post.body == "Corrected text"


def test_only_the_author_edits(client, topic, other_learner, trainer):
    url = reverse("discussions:post_edit", kwargs={"post_id": topic.posts.get().pk})
    for person in (other_learner, trainer):
        client.force_login(person)
        assert client.get(url).status_code == 403
        assert client.post(url, {"body": "Not mine"}).status_code == 403
    assert topic.posts.get().body == "Who has written a specification?"


def test_a_double_submit_makes_one_post(client, topic, other_learner):
    client.force_login(other_learner)
    client.post(reply_url(topic), {"body": "Same words"})
    client.post(reply_url(topic), {"body": "Same words"})
    assert topic.posts.filter(body="Same words").count() == 1
    topic.refresh_from_db()
    assert topic.reply_count == 1


def test_the_same_words_later_are_a_new_post(client, topic, other_learner):
    client.force_login(other_learner)
    client.post(reply_url(topic), {"body": "Thanks"})
    with time_machine.travel(timezone.now() + timedelta(seconds=11)):
        client.post(reply_url(topic), {"body": "Thanks"})
    assert topic.posts.filter(body="Thanks").count() == 2


def test_a_double_submitted_topic_is_made_once(client, course, enrolled):
    url = f"/en/discussions/course/{course.translation_key}/discussion/new/"
    client.force_login(enrolled)
    for _ in range(2):
        client.post(url, {"title": "Budget hearings", "body": "How do you invite people?"})
    assert Topic.objects.filter(title="Budget hearings").count() == 1


def test_the_sixth_post_in_a_minute_is_refused_with_the_text_kept(client, topic, other_learner):
    client.force_login(other_learner)
    for number in range(5):
        assert client.post(reply_url(topic), {"body": f"Post {number}"}).status_code == 302
    response = client.post(reply_url(topic), {"body": "One more thought"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "You have posted 5 times in the last minute." in html
    assert ">\nOne more thought</textarea>" in html
    assert not topic.posts.filter(body="One more thought").exists()
    with time_machine.travel(timezone.now() + timedelta(seconds=61)):
        assert client.post(reply_url(topic), {"body": "One more thought"}).status_code == 302
    assert topic.posts.filter(body="One more thought").exists()


def test_a_locked_topic_takes_no_replies_but_the_trainers(client, topic, other_learner, trainer):
    topic.locked = True
    topic.save()
    client.force_login(other_learner)
    html = client.get(topic_url(topic)).content.decode()
    assert 'id="reply"' not in html and "This topic is locked: no new replies." in html
    response = client.post(reply_url(topic), {"body": "Let me in"})
    assert "This topic is locked: no new replies." in response.content.decode()
    assert not topic.posts.filter(body="Let me in").exists()
    client.force_login(trainer)
    assert client.post(reply_url(topic), {"body": "Closing words"}).status_code == 302
    assert topic.posts.filter(body="Closing words").exists()


def test_learners_cannot_reply_to_announcements(client, course, trainer, enrolled):
    url = f"/en/discussions/course/{course.translation_key}/announcements/new/"
    client.force_login(trainer)
    client.post(url, {"title": "Welcome", "body": "We start on Monday."})
    announcement = Topic.objects.get()
    client.force_login(enrolled)
    html = client.get(topic_url(announcement)).content.decode()
    assert "We start on Monday." in html and 'id="reply"' not in html
    assert client.post(reply_url(announcement), {"body": "Hello"}).status_code == 403
    assert announcement.posts.count() == 1
