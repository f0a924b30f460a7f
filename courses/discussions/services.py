"""State changes of discussions, one transaction each, with the notifications they send.

Each service checks what the view checked too (who may post, lock, edit window), so a crafted
POST gets the same refusal; refusals are ValidationErrors whose messages are constants below.
"""

import uuid
from datetime import timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from courses.discussions.models import Board, BoardKind, Post, PostReport, Topic
from courses.discussions.selectors import (
    DiscussionAccess,
    course_learners_active,
    course_trainers_active,
    search_fold,
)
from lms.accounts.models import User
from lms.notifications.services import notify

EDIT_MINUTES = 30
RATE_LIMIT_POSTS = 5
RATE_LIMIT_SECONDS = 60
DOUBLE_SUBMIT_SECONDS = 10
BODY_MAX = 10000

NOT_ALLOWED = gettext_lazy("You may not post here.")
LOCKED = gettext_lazy("This topic is locked: no new replies.")
TOO_FAST = gettext_lazy(
    "You have posted 5 times in the last minute. Wait a minute and send again: your text is kept."
)
EDIT_EXPIRED = gettext_lazy("Posts can be edited for 30 minutes after posting; this one no longer.")
NOT_AUTHOR = gettext_lazy("Only the author may edit a post.")
HIDDEN_EDIT = gettext_lazy("A hidden post cannot be edited.")
EMPTY = gettext_lazy("Write something first.")
NOT_A_REPLY = gettext_lazy("Only a reply can be the answer.")
NO_LESSON = gettext_lazy("A lesson question needs its lesson.")


def topic_path(topic_id: int, language: str) -> str:
    """The topic's page in `language`."""
    with translation.override(language):
        return reverse("discussions:topic", kwargs={"topic_id": topic_id})


def _excerpt(text: str) -> str:
    return Truncator(text).chars(300)


def _body_clean(body: str) -> str:
    body = (body or "").replace("\r\n", "\n").strip()
    if not body:
        raise ValidationError(EMPTY, code="empty")
    return body[:BODY_MAX]


def _rate_check(*, user, now) -> None:
    """At most RATE_LIMIT_POSTS posts a minute per person (topics count: each has a post)."""
    since = now - timedelta(seconds=RATE_LIMIT_SECONDS)
    if Post.objects.filter(author=user, created_at__gte=since).count() >= RATE_LIMIT_POSTS:
        raise ValidationError(TOO_FAST, code="rate_limited")


@transaction.atomic
def topic_create(
    *,
    user,
    access: DiscussionAccess,
    course_key: uuid.UUID,
    kind: str,
    title: str,
    body: str,
    lesson_key: uuid.UUID | None = None,
) -> Topic:
    """Start a topic with its first post. The same title and text by the same person on the
    same board within 10 seconds (a double submit) gives back the topic already made."""
    if not access.can_start(kind):
        raise PermissionDenied(NOT_ALLOWED)
    if kind == BoardKind.QUESTIONS and lesson_key is None:
        raise ValidationError(NO_LESSON, code="no_lesson")
    body = _body_clean(body)
    title = (title or "").strip()[:200]
    if not title:
        raise ValidationError(EMPTY, code="empty")
    now = timezone.now()
    board, _created = Board.objects.get_or_create(course_key=course_key, kind=kind)
    same = (
        Topic.objects.filter(
            board=board,
            author=user,
            title=title,
            lesson_key=lesson_key,
            created_at__gte=now - timedelta(seconds=DOUBLE_SUBMIT_SECONDS),
            posts__body=body,
        )
        .order_by("-pk")
        .first()
    )
    if same is not None:
        return same
    _rate_check(user=user, now=now)
    topic = Topic.objects.create(
        board=board,
        course_key=course_key,
        lesson_key=lesson_key if kind == BoardKind.QUESTIONS else None,
        title=title,
        author=user,
        created_at=now,
        last_post_at=now,
    )
    Post.objects.create(
        topic=topic, author=user, body=body, search_text=search_fold(body), created_at=now
    )
    _topic_notify(topic=topic, body=body, user=user)
    return topic


def _topic_notify(*, topic: Topic, body: str, user) -> None:
    def url(language):
        return topic_path(topic.pk, language)

    if topic.board.kind == BoardKind.ANNOUNCEMENTS:
        # One call for every learner: notify reads preferences in one query and bulk-creates.
        notify(
            course_learners_active(course_key=topic.course_key).exclude(pk=user.pk),
            "announcement",
            render=lambda: (
                _("Announcement: %(title)s") % {"title": topic.title},
                _excerpt(body),
            ),
            url=url,
        )
        return

    def render():
        if topic.board.kind == BoardKind.QUESTIONS:
            title = _("New lesson question: %(title)s")
        else:
            title = _("New discussion topic: %(title)s")
        return title % {"title": topic.title}, _excerpt(body)

    notify(
        course_trainers_active(course_key=topic.course_key).exclude(pk=user.pk),
        "question",
        render=render,
        url=url,
    )


@transaction.atomic
def post_create(
    *, user, access: DiscussionAccess, topic: Topic, body: str, quoted: Post | None = None
) -> Post:
    """Reply to a topic (quoting a post of it, if given). A double submit gives back the post
    already made; locked topics take replies from moderators only."""
    if not access.can_read:
        raise PermissionDenied(NOT_ALLOWED)
    if topic.board.kind == BoardKind.ANNOUNCEMENTS and not access.can_moderate:
        raise PermissionDenied(NOT_ALLOWED)
    if topic.locked and not access.can_moderate:
        raise ValidationError(LOCKED, code="locked")
    body = _body_clean(body)
    now = timezone.now()
    same = (
        Post.objects.filter(
            topic=topic,
            author=user,
            body=body,
            created_at__gte=now - timedelta(seconds=DOUBLE_SUBMIT_SECONDS),
        )
        .order_by("-pk")
        .first()
    )
    if same is not None:
        return same
    _rate_check(user=user, now=now)
    if quoted is not None and (quoted.topic_id != topic.pk or quoted.hidden):
        quoted = None
    post = Post.objects.create(
        topic=topic,
        author=user,
        body=body,
        search_text=search_fold(body),
        quoted=quoted,
        created_at=now,
    )
    Topic.objects.filter(pk=topic.pk).update(last_post_at=now, reply_count=F("reply_count") + 1)
    # The topic's author and everyone who wrote in it before, except the replier.
    earlier = set(
        Post.objects.filter(topic=topic, hidden=False)
        .exclude(pk=post.pk)
        .values_list("author_id", flat=True)
    )
    earlier.add(topic.author_id)
    earlier.discard(user.pk)
    earlier.discard(None)
    if earlier:
        notify(
            User.objects.filter(pk__in=earlier),
            "reply",
            render=lambda: (
                _("New reply in “%(title)s”") % {"title": topic.title},
                _excerpt(body),
            ),
            url=lambda language: topic_path(topic.pk, language) + f"?post={post.pk}",
        )
    return post


@transaction.atomic
def post_edit(*, user, post: Post, body: str) -> Post:
    """The author corrects their post within 30 minutes of posting."""
    if post.author_id != user.pk:
        raise PermissionDenied(NOT_AUTHOR)
    if post.hidden:
        raise ValidationError(HIDDEN_EDIT, code="hidden")
    now = timezone.now()
    if now - post.created_at > timedelta(minutes=EDIT_MINUTES):
        raise ValidationError(EDIT_EXPIRED, code="edit_expired")
    post.body = _body_clean(body)
    post.search_text = search_fold(post.body)
    post.edited_at = now
    post.save(update_fields=["body", "search_text", "edited_at"])
    return post


def _moderator_check(access: DiscussionAccess) -> None:
    if not access.can_moderate:
        raise PermissionDenied(NOT_ALLOWED)


@transaction.atomic
def topic_moderate(*, access: DiscussionAccess, topic: Topic, action: str) -> Topic:
    """Pin, unpin, lock or unlock a topic."""
    _moderator_check(access)
    field, value = {
        "pin": ("pinned", True),
        "unpin": ("pinned", False),
        "lock": ("locked", True),
        "unlock": ("locked", False),
    }[action]
    setattr(topic, field, value)
    topic.save(update_fields=[field])
    return topic


@transaction.atomic
def post_hide(*, user, access: DiscussionAccess, post: Post, reason: str) -> Post:
    """Hide a post from everyone but its author (who sees the reason) and the moderators.
    Hiding a topic's first post hides the topic. The author is told, with the reason."""
    _moderator_check(access)
    reason = (reason or "").strip()[:500]
    if not reason:
        raise ValidationError(EMPTY, code="empty")
    post.hidden, post.hidden_reason, post.hidden_by = True, reason, user
    post.save(update_fields=["hidden", "hidden_reason", "hidden_by"])
    topic = post.topic
    first = topic.posts.order_by("created_at", "pk").values_list("pk", flat=True).first()
    if first == post.pk:
        topic.hidden, topic.hidden_reason = True, reason
        topic.save(update_fields=["hidden", "hidden_reason"])
    if post.author_id and post.author_id != user.pk:
        notify(
            [post.author],
            "moderation",
            render=lambda: (
                _("Your post in “%(title)s” was hidden") % {"title": topic.title},
                _("Reason: %(reason)s") % {"reason": reason},
            ),
            url=lambda language: topic_path(topic.pk, language),
        )
    return post


@transaction.atomic
def post_unhide(*, access: DiscussionAccess, post: Post) -> Post:
    """Show a hidden post again (and its topic, when it is the first post)."""
    _moderator_check(access)
    post.hidden, post.hidden_reason, post.hidden_by = False, "", None
    post.save(update_fields=["hidden", "hidden_reason", "hidden_by"])
    topic = post.topic
    if topic.hidden:
        first = topic.posts.order_by("created_at", "pk").values_list("pk", flat=True).first()
        if first == post.pk:
            topic.hidden, topic.hidden_reason = False, ""
            topic.save(update_fields=["hidden", "hidden_reason"])
    return post


@transaction.atomic
def answer_mark(*, access: DiscussionAccess, post: Post) -> Topic:
    """Mark a reply as the topic's answer; the question's author is told."""
    _moderator_check(access)
    topic = post.topic
    first = topic.posts.order_by("created_at", "pk").values_list("pk", flat=True).first()
    if post.hidden or first == post.pk:
        raise ValidationError(NOT_A_REPLY, code="not_a_reply")
    topic.answer = post
    topic.save(update_fields=["answer"])
    if topic.author_id and topic.author_id != post.author_id:
        notify(
            [topic.author],
            "reply",
            render=lambda: (
                _("Your question “%(title)s” has an answer") % {"title": topic.title},
                _excerpt(post.body),
            ),
            url=lambda language: topic_path(topic.pk, language) + f"?post={post.pk}",
            dedupe_key=f"discussions-answer-{topic.pk}-{post.pk}",
        )
    return topic


@transaction.atomic
def post_report(*, user, access: DiscussionAccess, post: Post, reason: str) -> PostReport:
    """Report a post to the course's trainers; a second report of the same post by the same
    person while the first is open changes nothing."""
    if not access.can_read:
        raise PermissionDenied(NOT_ALLOWED)
    reason = (reason or "").strip()[:500]
    if not reason:
        raise ValidationError(EMPTY, code="empty")
    existing = PostReport.objects.filter(post=post, reporter=user, handled_at__isnull=True).first()
    if existing is not None:
        return existing
    report = PostReport.objects.create(post=post, reporter=user, reason=reason)
    topic = post.topic
    notify(
        course_trainers_active(course_key=topic.course_key).exclude(pk=user.pk),
        "post_report",
        render=lambda: (
            _("A post in “%(title)s” was reported") % {"title": topic.title},
            _("Reason: %(reason)s") % {"reason": reason},
        ),
        url=lambda language: _reports_path(topic.course_key, language),
    )
    return report


def _reports_path(course_key, language: str) -> str:
    with translation.override(language):
        return reverse("discussions:reports", kwargs={"course_key": course_key})


@transaction.atomic
def report_handle(*, user, access: DiscussionAccess, report: PostReport) -> PostReport:
    """Close a report (after hiding the post, or deciding it may stay)."""
    _moderator_check(access)
    if report.handled_at is None:
        report.handled_at, report.handled_by = timezone.now(), user
        report.save(update_fields=["handled_at", "handled_by"])
    return report
