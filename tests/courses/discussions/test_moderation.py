"""Moderation: pin and lock, hide with a reason the author sees (others see nothing), show
again, the answer, reports and the trainers' list."""

from django.urls import reverse

import pytest

from courses.discussions.models import PostReport, Topic

pytestmark = pytest.mark.django_db


def topic_url(topic):
    return f"/en/discussions/topic/{topic.pk}/"


def moderate(client, post, **data):
    return client.post(reverse("discussions:post_moderate", kwargs={"post_id": post.pk}), data)


def test_pinned_topics_come_first(client, course, topic, enrolled, trainer, reply_of):
    later = Topic.objects.create(
        board=topic.board, course_key=topic.course_key, title="Later topic", author=enrolled
    )
    client.force_login(trainer)
    url = reverse("discussions:topic_moderate", kwargs={"topic_id": topic.pk})
    assert client.post(url, {"action": "pin"}).status_code == 302
    html = client.get(
        f"/en/discussions/course/{course.translation_key}/discussion/"
    ).content.decode()
    assert html.index("Waste collection tenders") < html.index(later.title)
    assert "Pinned" in html


def test_lock_and_unlock(client, topic, trainer):
    client.force_login(trainer)
    url = reverse("discussions:topic_moderate", kwargs={"topic_id": topic.pk})
    client.post(url, {"action": "lock"})
    topic.refresh_from_db()
    assert topic.locked
    client.post(url, {"action": "unlock"})
    topic.refresh_from_db()
    assert not topic.locked


def test_a_hidden_post_is_shown_to_its_author_with_the_reason_and_to_nobody_else(
    client, topic, other_learner, enrolled, trainer, reply_of
):
    post = reply_of(other_learner, topic, "Buy from my cousin's firm")
    client.force_login(trainer)
    assert moderate(client, post, action="hide", reason="Advertising").status_code == 302
    post.refresh_from_db()
    assert post.hidden and post.hidden_reason == "Advertising" and post.hidden_by == trainer
    client.force_login(other_learner)
    html = client.get(topic_url(topic)).content.decode()
    assert "Buy from my cousin" in html
    assert "A trainer hid this post; only you and the trainers see it." in html
    assert "Reason: Advertising" in html
    client.force_login(enrolled)
    html = client.get(topic_url(topic)).content.decode()
    assert "Buy from my cousin" not in html and "Advertising" not in html
    client.force_login(trainer)
    html = client.get(topic_url(topic)).content.decode()
    assert "Buy from my cousin" in html and "Show again" in html
    moderate(client, post, action="unhide")
    client.force_login(enrolled)
    assert "Buy from my cousin" in client.get(topic_url(topic)).content.decode()


def test_hiding_the_first_post_hides_the_topic_from_others(
    client, course, topic, enrolled, other_learner, trainer
):
    client.force_login(trainer)
    moderate(client, topic.posts.get(), action="hide", reason="Off topic")
    board = f"/en/discussions/course/{course.translation_key}/discussion/"
    client.force_login(other_learner)
    assert client.get(topic_url(topic)).status_code == 404
    assert "Waste collection tenders" not in client.get(board).content.decode()
    client.force_login(enrolled)
    html = client.get(topic_url(topic)).content.decode()
    assert "This topic is hidden. Reason: Off topic" in html


def test_hiding_needs_a_reason(client, topic, trainer, reply_of, other_learner):
    post = reply_of(other_learner, topic, "Hello")
    client.force_login(trainer)
    moderate(client, post, action="hide", reason="  ")
    post.refresh_from_db()
    assert not post.hidden


def test_the_trainer_marks_the_answer(client, question, trainer, reply_of, enrolled):
    answer = reply_of(trainer, question, "Two bidders at least.")
    client.force_login(trainer)
    moderate(client, question.posts.order_by("pk").first(), action="answer")
    question.refresh_from_db()
    assert question.answer is None  # the question itself is not an answer
    moderate(client, answer, action="answer")
    question.refresh_from_db()
    assert question.answer == answer
    client.force_login(enrolled)
    html = client.get(topic_url(question)).content.decode()
    assert "discussion-answer" in html and "Answered" in html


def test_a_report_reaches_the_trainers_list_and_is_closed(
    client, course, topic, other_learner, trainer
):
    post = topic.posts.get()
    client.force_login(other_learner)
    url = reverse("discussions:post_report", kwargs={"post_id": post.pk})
    assert client.post(url, {"reason": "Personal data of a citizen"}).status_code == 302
    assert client.post(url, {"reason": "Again"}).status_code == 302
    report = PostReport.objects.get()  # the second report of an open one changes nothing
    assert report.reporter == other_learner
    client.force_login(trainer)
    reports = f"/en/discussions/course/{course.translation_key}/reports/"
    html = client.get(reports).content.decode()
    assert "Personal data of a citizen" in html and "Who has written a specification?" in html
    client.post(reverse("discussions:report_handle", kwargs={"report_id": report.pk}))
    report.refresh_from_db()
    assert report.handled_by == trainer
    assert "No open reports." in client.get(reports).content.decode()


def test_another_course_trainer_cannot_close_a_report(client, topic, other_learner, other_trainer):
    report = PostReport.objects.create(post=topic.posts.get(), reporter=other_learner, reason="x")
    client.force_login(other_trainer)
    url = reverse("discussions:report_handle", kwargs={"report_id": report.pk})
    assert client.post(url).status_code == 403
    report.refresh_from_db()
    assert report.handled_at is None
