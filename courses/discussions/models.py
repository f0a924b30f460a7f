"""Boards, topics, posts and reports of course discussions.

Learning records are language-independent: a board belongs to a course by its translation key
and a lesson question to a lesson by its key, so the ky, ru and en pages share one discussion.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class BoardKind(models.TextChoices):
    ANNOUNCEMENTS = "announcements", _("Announcements")
    DISCUSSION = "discussion", _("Discussion")
    QUESTIONS = "questions", _("Lesson questions")


class Board(models.Model):
    """One board of each kind per course, made when its first topic is."""

    course_key = models.UUIDField(_("course"), db_index=True)
    kind = models.CharField(_("kind"), max_length=16, choices=BoardKind.choices)
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    class Meta:
        verbose_name = _("board")
        verbose_name_plural = _("boards")
        constraints = [
            models.UniqueConstraint(
                fields=["course_key", "kind"], name="discussions_board_unique_course_key_kind"
            )
        ]

    def __str__(self):
        return f"{self.get_kind_display()} ({self.course_key})"


class Topic(models.Model):
    board = models.ForeignKey(
        Board, verbose_name=_("board"), on_delete=models.CASCADE, related_name="topics"
    )
    # Copied from the board: the course's screens and search filter on it without a join.
    course_key = models.UUIDField(_("course"))
    # A lesson question's lesson (its translation key); empty on the other boards.
    lesson_key = models.UUIDField(_("lesson"), null=True, blank=True)
    title = models.CharField(_("title"), max_length=200)
    # Null once the author's account is deleted: shown as "Former participant".
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="discussion_topics",
    )
    pinned = models.BooleanField(_("pinned"), default=False)
    locked = models.BooleanField(_("locked"), default=False)
    hidden = models.BooleanField(_("hidden"), default=False)
    hidden_reason = models.CharField(_("reason for hiding"), max_length=500, blank=True)
    answer = models.ForeignKey(
        "Post",
        verbose_name=_("answer"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    last_post_at = models.DateTimeField(_("last post"), default=timezone.now)
    reply_count = models.PositiveIntegerField(_("replies"), default=0)

    class Meta:
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        indexes = [
            models.Index(
                fields=["board", "-pinned", "-last_post_at"], name="discussions_board_list"
            ),
            models.Index(fields=["lesson_key", "-last_post_at"], name="discussions_lesson_list"),
        ]

    def __str__(self):
        return self.title


class Post(models.Model):
    topic = models.ForeignKey(
        Topic, verbose_name=_("topic"), on_delete=models.CASCADE, related_name="posts"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="discussion_posts",
    )
    body = models.TextField(_("text"))
    # The body lower-cased with ү, ө, ң, ё folded: what the course's search looks in.
    search_text = models.TextField(blank=True, editable=False)
    quoted = models.ForeignKey(
        "self",
        verbose_name=_("quoted post"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    edited_at = models.DateTimeField(_("edited"), null=True, blank=True)
    hidden = models.BooleanField(_("hidden"), default=False)
    hidden_reason = models.CharField(_("reason for hiding"), max_length=500, blank=True)
    hidden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("hidden by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("post")
        verbose_name_plural = _("posts")
        indexes = [
            models.Index(fields=["topic", "created_at"], name="discussions_topic_posts"),
            models.Index(fields=["author", "created_at"], name="discussions_author_posts"),
        ]

    def __str__(self):
        return self.body[:60]


class PostReport(models.Model):
    post = models.ForeignKey(
        Post, verbose_name=_("post"), on_delete=models.CASCADE, related_name="reports"
    )
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reported by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="discussion_reports",
    )
    reason = models.CharField(_("reason"), max_length=500)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    handled_at = models.DateTimeField(_("handled"), null=True, blank=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("handled by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("report")
        verbose_name_plural = _("reports")

    def __str__(self):
        return self.reason[:60]
