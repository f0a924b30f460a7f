"""Reads of discussions: who someone is for a course's discussions, and what they may see.

Hidden topics and posts are shown to their author (with the reason) and to the course's
moderators; everyone else does not see them at all.
"""

import uuid
from dataclasses import dataclass

from django.db.models import Count, Max, Q, QuerySet

from courses.catalogue.models import CoursePage
from courses.catalogue.selectors import course_group_name
from courses.discussions.models import Board, BoardKind, Post, PostReport, Topic
from courses.enrolment.models import Enrollment, EnrollmentStatus
from courses.enrolment.selectors import course_access
from courses.progress.selectors import courses_in_language
from lms.accounts.access_cache import user_group_names
from lms.accounts.models import User
from lms.accounts.roles import MANAGER
from lms.compiled_queries import compiled, compiled_run
from lms.locales import locale_active
from lms.text_folding import letters_fold

# The boards the course's index shows, in this order.
INDEX_KINDS = (BoardKind.ANNOUNCEMENTS, BoardKind.DISCUSSION, BoardKind.QUESTIONS)
SEARCH_LIMIT = 50
LESSON_TOPICS_LATEST = 5  # the questions shown under a lesson


@dataclass(frozen=True)
class DiscussionAccess:
    """What someone may do in one course's discussions."""

    state: str  # course_access's state
    can_read: bool  # read, start topics (not announcements), reply, report
    can_moderate: bool  # the course's trainers and managers: announce, pin, lock, hide, answer

    def can_start(self, kind: str) -> bool:
        if kind == BoardKind.ANNOUNCEMENTS:
            return self.can_moderate
        return self.can_read


def discussion_access(*, user, course: CoursePage) -> DiscussionAccess:
    """Enrolled learners (active or completed), the course's trainers, reviewers and managers
    read and write; trainers and managers moderate. Withdrawn, pending and others: nothing."""
    access = course_access(user=user, course=course)
    can_read = access.can_read_lessons and user.is_active
    moderate = can_read and (
        access.state == "trainer"
        or (access.state == "staff" and (user.is_superuser or MANAGER in user_group_names(user)))
    )
    return DiscussionAccess(state=access.state, can_read=can_read, can_moderate=moderate)


def course_by_key(*, course_key: uuid.UUID, request) -> CoursePage | None:
    """The live course in the reader's language, else the default one."""
    locale = locale_active(request=request)
    return courses_in_language(keys=[course_key], locale=locale, request=request).get(course_key)


def _visible(queryset: QuerySet, *, user, moderator: bool) -> QuerySet:
    if moderator:
        return queryset
    return queryset.filter(Q(hidden=False) | Q(author=user))


def topics_visible(*, user, moderator: bool) -> QuerySet[Topic]:
    return _visible(Topic.objects.all(), user=user, moderator=moderator)


def posts_visible(*, user, moderator: bool) -> QuerySet[Post]:
    return _visible(Post.objects.all(), user=user, moderator=moderator)


@dataclass(frozen=True)
class BoardSummary:
    kind: str
    label: str
    topic_count: int
    latest: Topic | None


def boards_summary(*, course_key: uuid.UUID, user, moderator: bool) -> list[BoardSummary]:
    """Each board's topics seen by the reader and its latest topic (two queries)."""
    topics = topics_visible(user=user, moderator=moderator).filter(course_key=course_key)
    counts = {
        row["board__kind"]: row
        for row in topics.values("board__kind").annotate(n=Count("pk"), last=Max("last_post_at"))
    }
    latest = {}
    wanted = [row["last"] for row in counts.values()]
    if wanted:
        for topic in topics.filter(last_post_at__in=wanted).select_related("board", "author"):
            if topic.last_post_at == counts[topic.board.kind]["last"]:
                latest.setdefault(topic.board.kind, topic)
    return [
        BoardSummary(
            kind=kind,
            label=BoardKind(kind).label,
            topic_count=counts.get(kind, {}).get("n", 0),
            latest=latest.get(kind),
        )
        for kind in INDEX_KINDS
    ]


def board_topics(*, course_key: uuid.UUID, kind: str, user, moderator: bool) -> QuerySet[Topic]:
    """A board's topics, pinned first, then by the latest post."""
    return (
        topics_visible(user=user, moderator=moderator)
        .filter(course_key=course_key, board__kind=kind)
        .select_related("author")
        .order_by("-pinned", "-last_post_at", "-pk")
    )


def lesson_topics(*, lesson_key: uuid.UUID, user, moderator: bool = False) -> QuerySet[Topic]:
    """A lesson's questions, newest activity first."""
    return (
        topics_visible(user=user, moderator=moderator)
        .filter(lesson_key=lesson_key)
        .select_related("author")
        .order_by("-pinned", "-last_post_at", "-pk")
    )


@compiled(Topic)
def _lesson_topics_latest(*, lesson_key: uuid.UUID, user_id: int):
    return lesson_topics(lesson_key=lesson_key, user=User(pk=user_id))[: LESSON_TOPICS_LATEST + 1]


def lesson_topics_latest(*, lesson_key: uuid.UUID, user) -> tuple[list[Topic], bool]:
    """The lesson's latest questions a learner sees under the lesson (as `lesson_topics` for a
    reader who does not moderate), and whether there are more. Read on every lesson page, so its
    SQL is compiled once per process (lms.compiled_queries)."""
    topics = compiled_run(_lesson_topics_latest, lesson_key=lesson_key, user_id=user.pk)
    return topics[:LESSON_TOPICS_LATEST], len(topics) > LESSON_TOPICS_LATEST


def topic_get(*, topic_id: int) -> Topic | None:
    return Topic.objects.select_related("board", "author").filter(pk=topic_id).first()


def topic_posts(*, topic: Topic, user, moderator: bool) -> QuerySet[Post]:
    """The topic's posts in order, with their authors and quoted posts (one query a page)."""
    return (
        posts_visible(user=user, moderator=moderator)
        .filter(topic=topic)
        .select_related("author", "quoted__author")
        .order_by("created_at", "pk")
    )


def topic_visible(*, topic: Topic, user, moderator: bool) -> bool:
    return moderator or not topic.hidden or topic.author_id == user.pk


def post_get(*, post_id: int) -> Post | None:
    return Post.objects.select_related("topic__board", "author").filter(pk=post_id).first()


def first_post_id(*, topic: Topic) -> int | None:
    return topic.posts.order_by("created_at", "pk").values_list("pk", flat=True).first()


def open_reports(*, course_key: uuid.UUID) -> QuerySet[PostReport]:
    """Reports not yet handled, newest first, with the post, its topic and the people."""
    return (
        PostReport.objects.filter(post__topic__course_key=course_key, handled_at__isnull=True)
        .select_related("post__author", "post__topic", "reporter")
        .order_by("-created_at", "-pk")
    )


def search_fold(text: str) -> str:
    """How post texts are stored for search and queries compared: lower case, ү ө ң ё folded."""
    return letters_fold((text or "").lower())


def discussions_search(*, course_key: uuid.UUID, query: str, user, moderator: bool) -> list[Post]:
    """Posts of the course containing every word of `query` (in the post or its topic's
    title), folded, newest first; at most SEARCH_LIMIT. A simple contains search, no word
    forms: "бюджет" finds "бюджетти", "бюджеттин" does not find "бюджет"."""
    words = [word for word in search_fold(query).split() if len(word) > 1][:6]
    if not words:
        return []
    posts = posts_visible(user=user, moderator=moderator).filter(topic__course_key=course_key)
    if not moderator:
        posts = posts.filter(Q(topic__hidden=False) | Q(topic__author=user))
    for word in words:
        posts = posts.filter(Q(search_text__contains=word) | Q(topic__title__icontains=word))
    return list(
        posts.select_related("author", "topic__board").order_by("-created_at", "-pk")[:SEARCH_LIMIT]
    )


def course_trainers_active(*, course_key: uuid.UUID) -> QuerySet[User]:
    """The people on the course's trainer list."""
    return User.objects.filter(groups__name=course_group_name(course_key), is_active=True)


def course_learners_active(*, course_key: uuid.UUID) -> QuerySet[User]:
    """Learners with an active enrolment (announcements go to them)."""
    learner_ids = Enrollment.objects.filter(
        course_key=course_key, status=EnrollmentStatus.ACTIVE
    ).values("user_id")
    return User.objects.filter(pk__in=learner_ids, is_active=True)


def board_get(*, course_key: uuid.UUID, kind: str) -> Board | None:
    return Board.objects.filter(course_key=course_key, kind=kind).first()
