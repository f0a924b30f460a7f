"""Reminder screens for a course's trainers (and managers): the log of who was reminded of what
and when, and the nudge (choose learners, preview in each one's language, confirm once)."""

import uuid

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from courses.catalogue.views import trainer_course_or_404 as course_or_404
from courses.reminders.forms import NO_LEARNERS, NudgeForm
from courses.reminders.models import ReminderKind
from courses.reminders.selectors import (
    BEHIND_DAYS,
    NUDGE_SHOW,
    course_reminders,
    live_courses,
    nudge_candidates,
    nudge_recipients,
    required_keys,
    target_titles,
)
from courses.reminders.services import nudge_render, nudge_send
from lms.params import id_param

PAGE_SIZE = 50
NUDGE_PAGE_SIZE = 100


@login_required
def course_log(request, course_key: uuid.UUID):
    """Who was reminded of what and when, and by whom (nudges), newest first."""
    course = course_or_404(request, course_key)
    kind = request.GET.get("kind", "")
    kind = kind if kind in ReminderKind.values else ""
    page_obj = Paginator(course_reminders(course_key=course.translation_key, kind=kind), PAGE_SIZE)
    page_obj = page_obj.get_page(request.GET.get("page"))
    titles = target_titles(page_obj.object_list, language=translation.get_language()[:2])
    rows = [(row, titles.get((row.target, row.target_key), "")) for row in page_obj]
    return render(
        request,
        "reminders/course_log.html",
        {
            "course": course,
            "page_obj": page_obj,
            "rows": rows,
            "kind": kind,
            "kinds": ReminderKind.choices,
            "query_string": f"kind={kind}" if kind else "",
        },
    )


@login_required
def nudge(request, course_key: uuid.UUID):
    """Choose learners (with "behind" and "not started" links that work without JavaScript),
    preview the notification in each one's language, then send it once."""
    course = course_or_404(request, course_key)
    if request.method == "POST":
        return _nudge_post(request, course)
    show = request.GET.get("show", "all")
    show = show if show in NUDGE_SHOW else "all"
    rows = nudge_candidates(
        course=course, lesson_keys=required_keys(course), show=show, now=timezone.now()
    )
    page_obj = Paginator(rows, NUDGE_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "reminders/nudge.html",
        {
            "course": course,
            "page_obj": page_obj,
            "show": show,
            "checked": show != "all",
            "behind_days": BEHIND_DAYS,
            "required_count": len(required_keys(course)),
            "query_string": f"show={show}",
            "form": NudgeForm(),
        },
    )


def _nudge_post(request, course):
    posted = [value for value in map(id_param, request.POST.getlist("learners")) if value]
    form = NudgeForm(request.POST, choices=[(value, value) for value in posted])
    recipients = (
        nudge_recipients(course_key=course.translation_key, user_ids=posted) if posted else []
    )
    if not form.is_valid() or not recipients:
        messages.error(request, " ".join(form.errors.get("learners", [])) or str(NO_LEARNERS))
        return redirect("reminders:nudge", course_key=course.translation_key)
    message = form.cleaned_data["message"]
    token = form.cleaned_data["token"]
    if request.POST.get("action") == "send" and token:
        sent = nudge_send(
            course_key=course.translation_key,
            trainer=request.user,
            recipients=recipients,
            message=message,
            token=token,
        )
        if sent:
            messages.success(
                request,
                ngettext(
                    "Nudge sent to %(count)d learner.", "Nudge sent to %(count)d learners.", sent
                )
                % {"count": sent},
            )
        else:
            messages.info(request, _("This nudge was sent already."))
        return redirect("reminders:course", course_key=course.translation_key)
    return render(
        request,
        "reminders/nudge_preview.html",
        {
            "course": course,
            "previews": _previews(course=course, recipients=recipients, message=message),
            "recipients": recipients,
            "message": message,
            "token": uuid.uuid4(),
        },
    )


def _previews(*, course, recipients: list, message: str) -> list:
    """The notification as each group of learners will get it, by their language."""
    copies = live_courses(keys=[course.translation_key]).get(course.translation_key)
    by_language: dict = {}
    for user in recipients:
        by_language.setdefault(user.preferred_language or settings.LANGUAGE_CODE, []).append(user)
    previews = []
    for code, name in settings.LANGUAGES:
        people = by_language.get(code)
        if not people or copies is None:
            continue
        with translation.override(code):
            title, body = nudge_render(copies=copies, message=message)()
            link = copies.shown(code).get_url()
        previews.append(
            {
                "code": code,
                "language": name,
                "people": people,
                "title": title,
                "body": body,
                "url": link,
            }
        )
    return previews
