"""The public listing, a seminar's page, registering and cancelling, the iCalendar file of a
session, and the trainers' screens (my seminars, one seminar's lists)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from courses.enrolment.bulk import cohort_users
from courses.seminars.calendar_entries import session_ical
from courses.seminars.forms import SeminarCohortForm
from courses.seminars.models import (
    Registration,
    RegistrationStatus,
    SeminarSession,
    SeminarStatus,
)
from courses.seminars.selectors import (
    is_seminar_manager,
    registration_of,
    registrations_of_user,
    seminar_capacity,
    seminar_first_start,
    seminar_for_trainer,
    seminar_lists,
    seminar_public,
    seminar_text,
    seminars_managed,
    seminars_upcoming,
    waiting_position,
)
from courses.seminars.services import (
    cancel_deadline,
    registration_cancel,
    registration_create,
    registration_refusal,
    registrations_trainer_create,
)
from lms.accounts.access_cache import user_group_names
from lms.accounts.models import User
from lms.accounts.roles import TRAINER

PICK_LIMIT = 50


def _detail_url(seminar_id: int) -> str:
    return reverse("seminars:detail", args=[seminar_id])


def seminar_list(request):
    """Upcoming published seminars with their sessions and places left."""
    seminars = list(seminars_upcoming())
    mine = registrations_of_user(user=request.user, seminar_ids=[s.pk for s in seminars])
    rows = []
    for seminar in seminars:
        left = (
            None if seminar.capacity is None else max(seminar.capacity - seminar.confirmed_count, 0)
        )
        rows.append(
            {
                "seminar": seminar,
                "title": seminar_text(seminar, "title"),
                "sessions": list(seminar.sessions.all()),
                "places_left": left,
                "registration": mine.get(seminar.pk),
            }
        )
    return render(request, "seminars/seminar_list.html", {"rows": rows})


def seminar_detail(request, seminar_id: int):
    """The seminar's description, sessions, materials and the visitor's own place."""
    seminar = seminar_public(seminar_id=seminar_id)
    sessions = list(seminar.sessions.all())
    registration = registration_of(user=request.user, seminar=seminar)
    capacity = seminar_capacity(seminar=seminar, sessions=sessions)
    taken = seminar.registrations.filter(status=RegistrationStatus.CONFIRMED).count()
    refusal = None
    if request.user.is_authenticated and (
        registration is None or registration.status == RegistrationStatus.CANCELLED
    ):
        refusal = registration_refusal(seminar=seminar, user=request.user)
    first = seminar_first_start(seminar=seminar, sessions=sessions)
    deadline = cancel_deadline(seminar=seminar) if registration else None
    return render(
        request,
        "seminars/seminar_detail.html",
        {
            "seminar": seminar,
            "title": seminar_text(seminar, "title"),
            "description": seminar_text(seminar, "description"),
            "sessions": sessions,
            "materials": list(seminar.materials.all()),
            "registration": registration,
            "waiting_position": waiting_position(registration=registration)
            if registration
            else None,
            "places_left": None if capacity is None else max(capacity - taken, 0),
            "refusal": refusal,
            "upcoming": first is not None and first > timezone.now(),
            "cancelled": seminar.status == SeminarStatus.CANCELLED,
            "may_cancel": deadline is None or timezone.now() <= deadline,
            "cancel_deadline": deadline,
        },
    )


@login_required
@require_POST
def seminar_register(request, seminar_id: int):
    seminar = seminar_public(seminar_id=seminar_id)
    try:
        registration = registration_create(seminar=seminar, user=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        if registration.status == RegistrationStatus.CONFIRMED:
            messages.success(request, _("You are registered. See you at the seminar!"))
        else:
            messages.success(
                request,
                _(
                    "The seminar is full: you are on the waiting list and will be told if a "
                    "place frees up."
                ),
            )
    return redirect(_detail_url(seminar.pk) + "#my-place")


@login_required
@require_POST
def seminar_cancel(request, seminar_id: int):
    seminar = seminar_public(seminar_id=seminar_id)
    registration = registration_of(user=request.user, seminar=seminar)
    if registration is None or registration.status == RegistrationStatus.CANCELLED:
        raise Http404
    try:
        registration_cancel(registration=registration, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Your registration is cancelled."))
    return redirect(_detail_url(seminar.pk) + "#my-place")


def session_ics(request, session_id: int):
    """One session as an iCalendar file (public, as the listing is)."""
    session = get_object_or_404(
        SeminarSession.objects.select_related("seminar").exclude(
            seminar__status=SeminarStatus.DRAFT
        ),
        pk=session_id,
    )
    body = session_ical(
        session=session,
        absolute=request.build_absolute_uri,
        url=_detail_url(session.seminar_id),
    )
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="seminar-session-{session.pk}.ics"'
    return response


def _teaches(user) -> bool:
    return is_seminar_manager(user) or TRAINER in user_group_names(user)


@login_required
def seminar_teach(request):
    """The trainer's seminars (all of them for managers) with their counts."""
    if not _teaches(request.user) and not request.user.seminars_trained.exists():
        raise PermissionDenied
    seminars = list(seminars_managed(user=request.user).select_related("topic"))
    rows = [{"seminar": s, "title": seminar_text(s, "title")} for s in seminars]
    return render(request, "seminars/seminar_teach.html", {"rows": rows})


def _summary(counts: dict) -> str:
    return (
        _(
            "%(confirmed)s registered, %(waiting)s put on the waiting list (the seminar is full), "
            "%(already)s already on the lists."
        )
        % counts
    )


@login_required
def seminar_manage(request, seminar_id: int):
    """One seminar's lists; register people (picked or a cohort) and cancel registrations."""
    seminar = seminar_for_trainer(request.user, seminar_id)
    action = request.POST.get("action") if request.method == "POST" else None
    cohort_form = SeminarCohortForm(request.POST if action == "cohort" else None, prefix="cohort")
    if action == "pick":
        ids = [value for value in request.POST.getlist("users") if value.isdigit()]
        users = list(User.objects.filter(pk__in=ids, is_active=True).order_by("pk"))
        counts = registrations_trainer_create(seminar=seminar, users=users, by=request.user)
        messages.success(request, _summary(counts))
        return redirect(request.path)
    if action == "cohort" and cohort_form.is_valid():
        data = cohort_form.cleaned_data
        users = cohort_users(
            oblast=data["oblast"], district=data["district"], municipality=data["municipality"]
        )
        if data["position"]:
            users = users.filter(position=data["position"])
        counts = registrations_trainer_create(
            seminar=seminar, users=list(users.order_by("full_name", "pk")), by=request.user
        )
        messages.success(request, _summary(counts))
        return redirect(request.path)
    if action == "cancel":
        value = request.POST.get("registration", "")
        registration = get_object_or_404(
            Registration, pk=int(value) if value.isdigit() else 0, seminar=seminar
        )
        promoted = registration_cancel(registration=registration, by=request.user)
        messages.success(
            request,
            _("The registration is cancelled; %(count)s moved up from the waiting list.")
            % {"count": len(promoted)},
        )
        return redirect(request.path)
    query = request.GET.get("q", "").strip()[:100]
    candidates = []
    if query:
        listed = Registration.objects.filter(seminar=seminar, user__isnull=False).exclude(
            status=RegistrationStatus.CANCELLED
        )
        candidates = list(
            User.objects.filter(is_active=True)
            .filter(Q(full_name__icontains=query) | Q(email__icontains=query))
            .exclude(pk__in=listed.values("user_id"))
            .select_related("municipality")
            .order_by("full_name", "pk")[:PICK_LIMIT]
        )
    lists = seminar_lists(seminar=seminar)
    sessions = list(seminar.sessions.select_related("municipality").order_by("starts_at", "pk"))
    capacity = seminar_capacity(seminar=seminar, sessions=sessions)
    return render(
        request,
        "seminars/seminar_manage.html",
        {
            "seminar": seminar,
            "title": seminar_text(seminar, "title"),
            "sessions": sessions,
            "lists": lists,
            "capacity": capacity,
            "places_left": None if capacity is None else max(capacity - len(lists.confirmed), 0),
            "query": query,
            "candidates": candidates,
            "cohort_form": cohort_form,
        },
    )
