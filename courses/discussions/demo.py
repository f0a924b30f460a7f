"""Demo discussions: in each demo course an announcement, two discussion topics with replies
(Kyrgyz and Russian) and a lesson question the demo trainer answered (marked as the answer), so
`make run` shows the boards and the lesson's questions.

Rows are written directly with times spread over the last days (the services' flood limit
would refuse a whole course's posts in one minute, and the demo sends no notifications);
safe to run again: a course that already has topics is left as it is.
"""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from courses.catalogue.demo import DEMO_TRAINER_EMAIL
from courses.catalogue.models import CoursePage, LessonPage
from courses.discussions.demo_content import DISCUSSIONS
from courses.discussions.models import Board, BoardKind, Post, Topic
from courses.discussions.selectors import search_fold
from courses.progress.demo import DEMO_LEARNER_EMAIL
from lms.accounts.models import User


def _topic(*, course_key, kind, title, author, posts, at, people, lesson_key=None) -> Topic:
    board, _created = Board.objects.get_or_create(course_key=course_key, kind=kind)
    topic = Topic.objects.create(
        board=board,
        course_key=course_key,
        lesson_key=lesson_key,
        title=title,
        author=author,
        created_at=at,
        last_post_at=at,
    )
    made = []
    for number, (who, body) in enumerate(posts):
        moment = at + timedelta(hours=2 * number)
        made.append(
            Post.objects.create(
                topic=topic,
                author=people[who],
                body=body,
                search_text=search_fold(body),
                created_at=moment,
            )
        )
    topic.last_post_at = made[-1].created_at
    topic.reply_count = len(made) - 1
    topic.save(update_fields=["last_post_at", "reply_count"])
    topic.demo_posts = made
    return topic


@transaction.atomic
def demo_discussions_create(*, discussions: list[dict] | None = None) -> list[Topic]:
    """The demo courses' discussions (courses missing or already discussed are skipped)."""
    people = {
        "learner": User.objects.filter(email=DEMO_LEARNER_EMAIL).first(),
        "trainer": User.objects.filter(email=DEMO_TRAINER_EMAIL).first(),
    }
    if None in people.values():
        return []
    now = timezone.now()
    made = []
    for spec in DISCUSSIONS if discussions is None else discussions:
        course = CoursePage.objects.filter(slug=spec["course"], locale__language_code="ky").first()
        if course is None or Topic.objects.filter(course_key=course.translation_key).exists():
            continue
        key = course.translation_key
        news = spec["announcement"]
        made.append(
            _topic(
                course_key=key,
                kind=BoardKind.ANNOUNCEMENTS,
                title=news["title"],
                author=people["trainer"],
                posts=[("trainer", news["body"])],
                at=now - timedelta(hours=news["hours_ago"]),
                people=people,
            )
        )
        for topic in spec["topics"]:
            made.append(
                _topic(
                    course_key=key,
                    kind=BoardKind.DISCUSSION,
                    title=topic["title"],
                    author=people[topic["author"]],
                    posts=topic["posts"],
                    at=now - timedelta(hours=topic["hours_ago"]),
                    people=people,
                )
            )
        lesson = (
            LessonPage.objects.descendant_of(course)
            .filter(slug=spec["lesson"], locale__language_code="ky")
            .first()
        )
        if lesson is None:
            continue
        ask = spec["question"]
        question = _topic(
            course_key=key,
            kind=BoardKind.QUESTIONS,
            title=ask["title"],
            author=people["learner"],
            posts=[("learner", ask["body"]), ("trainer", ask["answer"])],
            at=now - timedelta(hours=ask["hours_ago"]),
            people=people,
            lesson_key=lesson.translation_key,
        )
        question.answer = question.demo_posts[-1]
        question.save(update_fields=["answer"])
        made.append(question)
    return made
