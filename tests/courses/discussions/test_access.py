"""Who may open each discussion screen, both ways: enrolled learners, the course's trainer,
reviewers and managers get in; outsiders, withdrawn learners and another course's trainer are
refused (403), visitors are sent to sign in."""

from django.urls import reverse

import pytest

from courses.discussions.models import BoardKind, Post, Topic

pytestmark = pytest.mark.django_db

ALLOWED = ("enrolled", "trainer", "reviewer", "manager")
REFUSED = ("outsider", "withdrawn", "other_trainer")


def _screens(course, topic, lesson):
    key = course.translation_key
    post = topic.posts.first()
    return [
        reverse("discussions:boards", kwargs={"course_key": key}),
        reverse("discussions:board", kwargs={"course_key": key, "kind": "discussion"}),
        reverse("discussions:board", kwargs={"course_key": key, "kind": "announcements"}),
        reverse("discussions:topic_create", kwargs={"course_key": key, "kind": "discussion"}),
        reverse("discussions:search", kwargs={"course_key": key}) + "?q=tender",
        reverse("discussions:lesson", kwargs={"lesson_id": lesson.pk}),
        reverse("discussions:topic", kwargs={"topic_id": topic.pk}),
        reverse("discussions:post_report", kwargs={"post_id": post.pk}),
    ]


@pytest.fixture
def people(enrolled, trainer, reviewer, manager, outsider, withdrawn, other_trainer):
    return {
        "enrolled": enrolled,
        "trainer": trainer,
        "reviewer": reviewer,
        "manager": manager,
        "outsider": outsider,
        "withdrawn": withdrawn,
        "other_trainer": other_trainer,
    }


def test_readers_open_every_screen(client, people, course, topic, lesson):
    for role in ALLOWED:
        client.force_login(people[role])
        for url in _screens(course, topic, lesson):
            assert client.get("/en" + url[3:]).status_code == 200, (role, url)


def test_others_are_refused_every_screen_and_visitors_sent_to_sign_in(
    client, people, course, topic, lesson
):
    urls = _screens(course, topic, lesson)
    for url in urls:
        response = client.get(url)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"], url
    for role in REFUSED:
        client.force_login(people[role])
        for url in urls:
            assert client.get(url).status_code == 403, (role, url)


def test_refused_people_cannot_post_anything(client, people, course, topic, lesson):
    key = course.translation_key
    post = topic.posts.first()
    posts = [
        (reverse("discussions:reply", kwargs={"topic_id": topic.pk}), {"body": "Hi"}),
        (
            reverse("discussions:topic_create", kwargs={"course_key": key, "kind": "discussion"}),
            {"title": "T", "body": "B"},
        ),
        (
            reverse("discussions:lesson", kwargs={"lesson_id": lesson.pk}),
            {"title": "T", "body": "B"},
        ),
        (reverse("discussions:post_report", kwargs={"post_id": post.pk}), {"reason": "spam"}),
        (
            reverse("discussions:post_moderate", kwargs={"post_id": post.pk}),
            {"action": "hide", "reason": "x"},
        ),
        (reverse("discussions:topic_moderate", kwargs={"topic_id": topic.pk}), {"action": "pin"}),
    ]
    before = (Topic.objects.count(), Post.objects.count())
    for role in (*REFUSED, None):
        client.logout()
        if role:
            client.force_login(people[role])
        for url, data in posts:
            assert client.post(url, data).status_code in (302, 403), (role, url)
    assert (Topic.objects.count(), Post.objects.count()) == before
    topic.refresh_from_db()
    assert not topic.pinned and not topic.posts.filter(hidden=True).exists()


def test_learners_and_reviewers_read_announcements_but_may_not_post_them(client, people, course):
    url = reverse(
        "discussions:topic_create",
        kwargs={"course_key": course.translation_key, "kind": BoardKind.ANNOUNCEMENTS},
    )
    for role in ("enrolled", "reviewer"):
        client.force_login(people[role])
        assert client.get(url).status_code == 403
        assert client.post(url, {"title": "T", "body": "B"}).status_code == 403
    client.force_login(people["trainer"])
    assert client.get(url).status_code == 200
    response = client.post(url, {"title": "Welcome", "body": "The course starts."})
    assert response.status_code == 302
    assert Topic.objects.get().board.kind == BoardKind.ANNOUNCEMENTS


def test_only_moderators_see_the_reports_list(client, people, course):
    url = reverse("discussions:reports", kwargs={"course_key": course.translation_key})
    for role in ("enrolled", "reviewer", *REFUSED):
        client.force_login(people[role])
        assert client.get(url).status_code == 403, role
    for role in ("trainer", "manager"):
        client.force_login(people[role])
        assert client.get(url).status_code == 200, role


def test_moderation_is_refused_to_learners_and_reviewers(client, people, topic):
    post = topic.posts.first()
    for role in ("enrolled", "reviewer"):
        client.force_login(people[role])
        url = reverse("discussions:post_moderate", kwargs={"post_id": post.pk})
        assert client.post(url, {"action": "hide", "reason": "x"}).status_code == 403
        url = reverse("discussions:topic_moderate", kwargs={"topic_id": topic.pk})
        assert client.post(url, {"action": "lock"}).status_code == 403
    topic.refresh_from_db()
    assert not topic.locked


def test_course_page_links_the_discussions_for_readers_only(client, people, course):
    link = reverse("discussions:boards", kwargs={"course_key": course.translation_key})
    assert link not in client.get(course.url).content.decode()
    client.force_login(people["outsider"])
    assert link not in client.get(course.url).content.decode()
    client.force_login(people["enrolled"])
    assert link in client.get(course.url).content.decode()
