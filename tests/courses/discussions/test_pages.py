"""The screens' contents and their bounded queries: a topic with 200 replies, a board, the
boards index, search, and the lesson page's questions."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from django.utils.translation import gettext

import pytest

from courses.discussions.models import Post, Topic
from courses.discussions.selectors import search_fold

pytestmark = pytest.mark.django_db


def count_queries(client, url):
    client.get(url)  # warm the site, locale and policy caches, as count_queries elsewhere
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response


def _replies(topic, people, count):
    now = timezone.now()
    Post.objects.bulk_create(
        Post(
            topic=topic,
            author=people[number % len(people)],
            body=f"Reply number {number}",
            search_text=f"reply number {number}",
            created_at=now,
            quoted=topic.posts.first() if number % 10 == 0 else None,
        )
        for number in range(count)
    )


def test_topic_page_with_200_replies_keeps_its_queries(
    client, topic, enrolled, other_learner, trainer
):
    client.force_login(enrolled)
    url = f"/en/discussions/topic/{topic.pk}/"
    _replies(topic, [other_learner, trainer], 3)
    few, _ = count_queries(client, url)
    _replies(topic, [other_learner, trainer, enrolled], 197)
    many, response = count_queries(client, url)
    assert len(response.context["page_obj"].object_list) == 50
    assert response.context["page_obj"].paginator.num_pages == 5
    # Session and user (2), the course in the reader's language (remembered: 0), the
    # enrolment (1), the topic with its board and author (1), the posts' count and the page of
    # posts with their authors and quoted posts (2): 6, for 4 or 201 posts.
    assert many == few == 5
    last, response = count_queries(client, url + "?page=5")
    assert last == 5 and "Reply number 196" in response.content.decode()


def test_a_notification_link_opens_the_page_of_its_post(client, topic, enrolled, other_learner):
    _replies(topic, [other_learner], 120)
    target = Post.objects.get(body="Reply number 80")
    # Every reply has the same time: the page is found by time, so give the target its own.
    Post.objects.filter(body__in=[f"Reply number {n}" for n in range(80, 120)]).update(
        created_at=timezone.now() + timezone.timedelta(minutes=1)
    )
    client.force_login(enrolled)
    response = client.get(f"/en/discussions/topic/{topic.pk}/?post={target.pk}")
    assert response.context["page_obj"].number == 2
    assert f'id="post-{target.pk}"' in response.content.decode()


def test_board_and_index_keep_their_queries(client, course, topic, enrolled):
    client.force_login(enrolled)
    board = f"/en/discussions/course/{course.translation_key}/discussion/"
    index = f"/en/discussions/course/{course.translation_key}/"
    few_board, _ = count_queries(client, board)
    few_index, _ = count_queries(client, index)
    Topic.objects.bulk_create(
        Topic(board=topic.board, course_key=topic.course_key, title=f"Topic {n}", author=enrolled)
        for n in range(40)
    )
    many_board, response = count_queries(client, board)
    many_index, index_response = count_queries(client, index)
    assert len(response.context["page_obj"].object_list) == 25
    # Session and user (2), the enrolment (1), the count and the page of topics (2): 5.
    assert many_board == few_board == 4
    # The session (1; the user is a kept copy), the enrolment (1), counts per board (1), latest
    # topics (1): 4.
    assert many_index == few_index == 4
    html = index_response.content.decode()
    assert "Discussion" in html and "(41)" in html and "Announcements" in html


def test_search_finds_words_without_the_kyrgyz_letters(
    client, course, topic, enrolled, trainer, reply_of
):
    reply_of(trainer, topic, "Бүргөндү айылында тендер өттү")
    client.force_login(enrolled)
    url = f"/en/discussions/course/{course.translation_key}/search/"
    html = client.get(url, {"q": "бургонду тендер"}).content.decode()
    assert "Бүргөндү айылында тендер өттү" in html
    html = client.get(url, {"q": "specification"}).content.decode()
    assert "Waste collection tenders" in html
    assert "Nothing found." in client.get(url, {"q": "lighting"}).content.decode()
    assert search_fold("Өттү") == "отту"


def test_search_leaves_out_hidden_posts_of_others(
    client, course, topic, enrolled, trainer, reply_of
):
    post = reply_of(trainer, topic, "Secret plan")
    Post.objects.filter(pk=post.pk).update(hidden=True, hidden_reason="x")
    client.force_login(enrolled)
    url = f"/en/discussions/course/{course.translation_key}/search/"
    assert "Nothing found." in client.get(url, {"q": "secret"}).content.decode()


def test_the_lesson_page_shows_its_latest_questions(
    client, lesson, question, enrolled, trainer, reply_of
):
    answer = reply_of(trainer, question, "Two at least.")
    Topic.objects.filter(pk=question.pk).update(answer=answer)
    client.force_login(enrolled)
    html = client.get(lesson.url).content.decode()
    with translation.override(lesson.locale.language_code):  # the page's own language
        assert gettext("Questions about this lesson") in html
        assert "How many bidders?" in html and gettext("Answered") in html
    assert f"/discussions/lesson/{lesson.pk}/" in html


def test_the_lesson_page_shows_five_questions_and_a_link_to_all(client, lesson, question, enrolled):
    for number in range(6):
        Topic.objects.create(
            board=question.board,
            course_key=question.course_key,
            lesson_key=lesson.translation_key,
            title=f"Question {number}",
            author=enrolled,
        )
    client.force_login(enrolled)
    response = client.get(lesson.url)
    assert len(response.context["lesson_questions"]["topics"]) == 5
    with translation.override(lesson.locale.language_code):
        assert gettext("All questions about this lesson") in response.content.decode()


def test_visitors_and_outsiders_get_no_questions_box(client, course, question, outsider):
    preview = course.get_children().order_by("path").first().specific  # open preview lesson
    for person in (None, outsider):
        if person:
            client.force_login(person)
        response = client.get(preview.url)
        assert response.status_code == 200
        assert "lesson_questions" not in response.context
        assert "Questions about this lesson" not in response.content.decode()


def test_asking_on_the_lesson_creates_a_question_of_that_lesson(client, lesson, enrolled):
    client.force_login(enrolled)
    response = client.post(
        f"/en/discussions/lesson/{lesson.pk}/", {"title": "Deadline?", "body": "When is it due?"}
    )
    topic = Topic.objects.get(title="Deadline?")
    assert response.status_code == 302 and response["Location"].endswith(f"/topic/{topic.pk}/")
    assert topic.lesson_key == lesson.translation_key and topic.board.kind == "questions"
