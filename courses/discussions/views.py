"""Discussion screens: a course's boards, a board's topics, a topic, a lesson's questions,
new topics, replies, edits, reports, moderation (POST) and search. Thin: access and reads come
from selectors, every change from services."""

import uuid
from datetime import timedelta

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from courses.catalogue.models import LessonPage
from courses.catalogue.selectors import course_for_page, course_shown
from courses.catalogue.views import live_page_or_404
from courses.discussions import selectors, services
from courses.discussions.forms import PostForm, ReasonForm, TopicForm
from courses.discussions.models import BoardKind, PostReport

TOPICS_PER_PAGE = 25
POSTS_PER_PAGE = 50
STARTED_KINDS = (BoardKind.ANNOUNCEMENTS, BoardKind.DISCUSSION)


def _course(request, course_key: uuid.UUID):
    """The course and the reader's access; 404 without a live course, 403 without access."""
    course = selectors.course_by_key(course_key=course_key, request=request)
    if course is None:
        raise Http404
    access = selectors.discussion_access(user=request.user, course=course)
    if not access.can_read:
        raise PermissionDenied
    return course, access


def _topic(request, topic_id: int):
    topic = selectors.topic_get(topic_id=topic_id)
    if topic is None:
        raise Http404
    course, access = _course(request, topic.course_key)
    if not selectors.topic_visible(topic=topic, user=request.user, moderator=access.can_moderate):
        raise Http404
    return topic, course, access


def _post(request, post_id: int):
    post = selectors.post_get(post_id=post_id)
    if post is None:
        raise Http404
    topic, course, access = _topic(request, post.topic_id)
    if post.hidden and not access.can_moderate and post.author_id != request.user.pk:
        raise Http404
    post.topic = topic
    return post, course, access


def _refusal(request, error: ValidationError) -> None:
    messages.error(request, " ".join(error.messages))


@login_required
def boards(request, course_key: uuid.UUID):
    """The course's boards with their topic counts and latest topics."""
    course, access = _course(request, course_key)
    summary = selectors.boards_summary(
        course_key=course.translation_key, user=request.user, moderator=access.can_moderate
    )
    return render(
        request,
        "discussions/boards.html",
        {"course": course, "access": access, "boards": summary},
    )


@login_required
def board(request, course_key: uuid.UUID, kind: str):
    """A board's topics, pinned first, paginated."""
    if kind not in BoardKind.values:
        raise Http404
    course, access = _course(request, course_key)
    topics = selectors.board_topics(
        course_key=course.translation_key,
        kind=kind,
        user=request.user,
        moderator=access.can_moderate,
    )
    page_obj = Paginator(topics, TOPICS_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "discussions/board.html",
        {
            "course": course,
            "access": access,
            "kind": kind,
            "kind_label": BoardKind(kind).label,
            "can_start": kind in STARTED_KINDS and access.can_start(kind),
            "page_obj": page_obj,
        },
    )


@login_required
def topic_create(request, course_key: uuid.UUID, kind: str):
    """A new announcement (trainers and managers) or discussion topic."""
    if kind not in STARTED_KINDS:
        raise Http404
    course, access = _course(request, course_key)
    if not access.can_start(kind):
        raise PermissionDenied
    form = TopicForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            topic = services.topic_create(
                user=request.user,
                access=access,
                course_key=course.translation_key,
                kind=kind,
                title=form.cleaned_data["title"],
                body=form.cleaned_data["body"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            return redirect("discussions:topic", topic_id=topic.pk)
    return render(
        request,
        "discussions/topic_form.html",
        {"course": course, "kind": kind, "kind_label": BoardKind(kind).label, "form": form},
    )


@login_required
def lesson_questions(request, lesson_id: int):
    """Every question about a lesson, and the form to ask one."""
    lesson = live_page_or_404(LessonPage, lesson_id)
    course = course_for_page(lesson, request=request)
    if course is None:
        raise Http404
    course = course_shown(course=course, request=request)
    access = selectors.discussion_access(user=request.user, course=course)
    if not access.can_read:
        raise PermissionDenied
    form = TopicForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            topic = services.topic_create(
                user=request.user,
                access=access,
                course_key=course.translation_key,
                kind=BoardKind.QUESTIONS,
                title=form.cleaned_data["title"],
                body=form.cleaned_data["body"],
                lesson_key=lesson.translation_key,
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Your question is posted. The trainers are told."))
            return redirect("discussions:topic", topic_id=topic.pk)
    topics = selectors.lesson_topics(
        lesson_key=lesson.translation_key, user=request.user, moderator=access.can_moderate
    )
    page_obj = Paginator(topics, TOPICS_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "discussions/lesson.html",
        {"course": course, "lesson": lesson, "page_obj": page_obj, "form": form},
    )


def _post_page(request, topic, access, posts) -> int | str | None:
    """The page holding ?post=<id> (links in notifications), else ?page."""
    wanted = request.GET.get("post", "")
    if request.GET.get("page") or not wanted.isdigit():
        return request.GET.get("page")
    target = posts.filter(pk=int(wanted)).values_list("created_at", flat=True).first()
    if target is None:
        return None
    before = posts.filter(created_at__lt=target).count()
    return before // POSTS_PER_PAGE + 1


def _topic_page(request, topic, course, access, *, form=None, status=200):
    posts = selectors.topic_posts(topic=topic, user=request.user, moderator=access.can_moderate)
    page_obj = Paginator(posts, POSTS_PER_PAGE).get_page(_post_page(request, topic, access, posts))
    if form is None:
        quote = request.GET.get("quote", "")
        form = PostForm(initial={"quoted": int(quote)} if quote.isdigit() else None)
    can_reply = (topic.board.kind != BoardKind.ANNOUNCEMENTS or access.can_moderate) and (
        not topic.locked or access.can_moderate
    )
    return render(
        request,
        "discussions/topic.html",
        {
            "course": course,
            "topic": topic,
            "access": access,
            "page_obj": page_obj,
            "form": form,
            "can_reply": can_reply,
            "edit_since": timezone.now() - timedelta(minutes=services.EDIT_MINUTES),
            "can_answer": access.can_moderate and topic.board.kind != BoardKind.ANNOUNCEMENTS,
        },
        status=status,
    )


@login_required
def topic(request, topic_id: int):
    """A topic's posts, 50 a page, and the reply form."""
    topic, course, access = _topic(request, topic_id)
    return _topic_page(request, topic, course, access)


@login_required
@require_POST
def reply(request, topic_id: int):
    """Reply; a refusal (locked, too many posts a minute) re-renders the page with the text."""
    topic, course, access = _topic(request, topic_id)
    form = PostForm(request.POST)
    if form.is_valid():
        quoted = None
        if form.cleaned_data.get("quoted"):
            quoted = topic.posts.filter(pk=form.cleaned_data["quoted"]).first()
        try:
            post = services.post_create(
                user=request.user,
                access=access,
                topic=topic,
                body=form.cleaned_data["body"],
                quoted=quoted,
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            url = reverse("discussions:topic", kwargs={"topic_id": topic.pk})
            return redirect(f"{url}?post={post.pk}#post-{post.pk}")
    return _topic_page(request, topic, course, access, form=form)


@login_required
def post_edit(request, post_id: int):
    """The author corrects their post within 30 minutes."""
    post, course, access = _post(request, post_id)
    if post.author_id != request.user.pk:
        raise PermissionDenied
    form = PostForm(request.POST or None, initial={"body": post.body})
    if request.method == "POST" and form.is_valid():
        try:
            services.post_edit(user=request.user, post=post, body=form.cleaned_data["body"])
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Your post is saved."))
            return redirect(_post_url(post))
    return render(
        request, "discussions/post_edit.html", {"course": course, "post": post, "form": form}
    )


def _post_url(post) -> str:
    url = reverse("discussions:topic", kwargs={"topic_id": post.topic_id})
    return f"{url}?post={post.pk}#post-{post.pk}"


@login_required
def post_report(request, post_id: int):
    """Report a post to the course's trainers, with a reason."""
    post, course, access = _post(request, post_id)
    form = ReasonForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.post_report(
            user=request.user, access=access, post=post, reason=form.cleaned_data["reason"]
        )
        messages.success(request, _("Thank you. The course's trainers will look at this post."))
        return redirect(_post_url(post))
    return render(
        request, "discussions/post_report.html", {"course": course, "post": post, "form": form}
    )


@login_required
@require_POST
def topic_moderate(request, topic_id: int):
    """Pin, unpin, lock or unlock (moderators)."""
    topic, _course_page, access = _topic(request, topic_id)
    action = request.POST.get("action", "")
    if not access.can_moderate:
        raise PermissionDenied
    if action not in ("pin", "unpin", "lock", "unlock"):
        raise Http404
    services.topic_moderate(access=access, topic=topic, action=action)
    messages.success(request, _("The topic is changed."))
    return redirect("discussions:topic", topic_id=topic.pk)


@login_required
@require_POST
def post_moderate(request, post_id: int):
    """Hide (with a reason), show again, or mark as the answer (moderators)."""
    post, _course_page, access = _post(request, post_id)
    if not access.can_moderate:
        raise PermissionDenied
    action = request.POST.get("action", "")
    try:
        if action == "hide":
            services.post_hide(
                user=request.user,
                access=access,
                post=post,
                reason=request.POST.get("reason", ""),
            )
            messages.success(request, _("The post is hidden. Its author sees the reason."))
        elif action == "unhide":
            services.post_unhide(access=access, post=post)
            messages.success(request, _("The post is shown again."))
        elif action == "answer":
            services.answer_mark(access=access, post=post)
            messages.success(request, _("The reply is marked as the answer."))
        else:
            raise Http404
    except ValidationError as error:
        _refusal(request, error)
    return redirect(_post_url(post))


@login_required
def reports(request, course_key: uuid.UUID):
    """Open reports of the course's posts (moderators)."""
    course, access = _course(request, course_key)
    if not access.can_moderate:
        raise PermissionDenied
    rows = selectors.open_reports(course_key=course.translation_key)
    page_obj = Paginator(rows, POSTS_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "discussions/reports.html", {"course": course, "page_obj": page_obj})


@login_required
@require_POST
def report_handle(request, report_id: int):
    """Close a report (moderators of its course)."""
    report = get_object_or_404(PostReport.objects.select_related("post__topic"), pk=report_id)
    course, access = _course(request, report.post.topic.course_key)
    if not access.can_moderate:
        raise PermissionDenied
    services.report_handle(user=request.user, access=access, report=report)
    messages.success(request, _("The report is closed."))
    return redirect("discussions:reports", course_key=course.translation_key)


@login_required
def search(request, course_key: uuid.UUID):
    """Posts of the course containing every word searched for."""
    course, access = _course(request, course_key)
    query = request.GET.get("q", "").strip()[:100]
    results = selectors.discussions_search(
        course_key=course.translation_key,
        query=query,
        user=request.user,
        moderator=access.can_moderate,
    )
    return render(
        request,
        "discussions/search.html",
        {"course": course, "query": query, "results": results},
    )
