"""What discussions hold about a person: their topics, posts and reports.

Export: every post they wrote (with its topic and course), their reports. Deletion keeps the
posts so the discussion stays readable, with the author removed (shown as "Former
participant") and the text replaced by "removed at the author's request"; topic titles they
started are kept (others' replies answer them); their reports keep the reason with the
reporter removed, so the trainers' list does not break. docs/discussions.md.
"""

from collections.abc import Iterator

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from courses.activity.personal_data import CHUNK_SIZE, iso, removed_text, titles_by_key
from courses.discussions.models import Post, PostReport, Topic
from lms.privacy.providers import PersonalDataProvider


def discussion_records(user) -> Iterator[dict]:
    """The person's posts, oldest first, then their reports."""
    posts = Post.objects.filter(author=user)
    keys = set(posts.values_list("topic__course_key", flat=True).distinct())
    titles = titles_by_key(keys)
    rows = posts.order_by("created_at", "pk").values(
        "pk",
        "topic__title",
        "topic__course_key",
        "body",
        "created_at",
        "edited_at",
        "hidden",
        "hidden_reason",
    )
    for row in rows.iterator(chunk_size=CHUNK_SIZE):
        yield {
            "type": "post",
            "course": titles.get(row["topic__course_key"], str(row["topic__course_key"])),
            "topic": row["topic__title"],
            "text": row["body"],
            "posted_at": iso(row["created_at"]),
            "edited_at": iso(row["edited_at"]),
            "hidden_reason": row["hidden_reason"] if row["hidden"] else "",
        }
    reports = PostReport.objects.filter(reporter=user).order_by("created_at", "pk")
    for row in reports.values("post__topic__title", "reason", "created_at").iterator(
        chunk_size=CHUNK_SIZE
    ):
        yield {
            "type": "report",
            "topic": row["post__topic__title"],
            "reason": row["reason"],
            "reported_at": iso(row["created_at"]),
        }


def discussions_describe(user) -> str | None:
    count = Post.objects.filter(author=user).count()
    if not count:
        return None
    return ngettext(
        "%(count)d discussion post: text removed, kept as by a former participant.",
        "%(count)d discussion posts: text removed, kept as by a former participant.",
        count,
    ) % {"count": count}


def discussions_erase(user) -> int:
    """Blank the posts' text and author, unlink topics and reports from the person."""
    changed = Post.objects.filter(author=user).update(
        author=None, body=removed_text(), search_text="", edited_at=None
    )
    changed += Topic.objects.filter(author=user).update(author=None)
    changed += PostReport.objects.filter(reporter=user).update(reporter=None)
    Post.objects.filter(hidden_by=user).update(hidden_by=None)
    PostReport.objects.filter(handled_by=user).update(handled_by=None)
    return changed


def discussions_personal_data() -> PersonalDataProvider:
    return PersonalDataProvider(
        key="discussions",
        title=_("Discussions"),
        models=("discussions.Topic", "discussions.Post", "discussions.PostReport"),
        records=discussion_records,
        describe=discussions_describe,
        erase=discussions_erase,
        order=60,
    )
