"""State changes of the jury and the decisions: declarations, scoresheets, questions, closing
scoring, outcomes and conditional winners' tasks (docs/competitions.md)."""

from datetime import date
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.log_actions import log

from courses.competitions import selectors_jury as sel
from courses.competitions.models import (
    Application,
    ApplicationStatus,
    Call,
    CallStatus,
    Conflict,
    JuryQuestion,
    Outcome,
    Score,
    Scoresheet,
)

NOT_SCORING = gettext_lazy("Scoring is not open for this call.")
SHEET_SUBMITTED = gettext_lazy("This scoresheet was submitted and can no longer be changed.")
SHEET_INCOMPLETE = gettext_lazy("Choose a level for every criterion before submitting.")
LEVEL_INVALID = gettext_lazy("Choose one of the criterion's levels.")
NOT_CLOSED = gettext_lazy("Decide outcomes once scoring is closed.")
ALREADY_PUBLISHED = gettext_lazy("The results are published; outcomes can no longer change.")
TOO_MANY_WINNERS = gettext_lazy(
    "The prizes allow %(allowed)s winners and %(taken)s are already named: "
    "make another applicant not selected or a conditional winner first."
)
GRANT_REQUIRED = gettext_lazy("A winner needs a grant amount.")
CONDITIONS_REQUIRED = gettext_lazy("A conditional winner needs the tasks and a due date.")
NOT_CONDITIONAL = gettext_lazy("Only a conditional winner reports or confirms tasks.")
REPORT_EMPTY = gettext_lazy("Describe what was done.")
REPORT_MISSING = gettext_lazy("The applicant has not reported the completed tasks yet.")
QUESTION_EMPTY = gettext_lazy("Write the question.")


@transaction.atomic
def jury_declare(
    *, call: Call, juror, municipalities=(), clusters=(), note: str = ""
) -> list[Conflict]:
    """Record the juror's conflicts (none is a valid answer); a later declaration adds to it."""
    if not call.jurors.filter(pk=juror.pk).exists():
        raise ValidationError(_("You are not on this call's jury."))
    made = []
    for municipality in municipalities:
        conflict, _created = Conflict.objects.get_or_create(
            call=call, juror=juror, municipality=municipality, cluster=None, defaults={"note": note}
        )
        made.append(conflict)
    for cluster in clusters:
        conflict, _created = Conflict.objects.get_or_create(
            call=call, juror=juror, municipality=None, cluster=cluster, defaults={"note": note}
        )
        made.append(conflict)
    log(
        instance=call,
        action=sel.DECLARATION_ACTION,
        user=juror,
        data={
            "municipalities": [m.pk for m in municipalities],
            "clusters": [c.pk for c in clusters],
        },
    )
    return made


@transaction.atomic
def scoresheet_save(
    *,
    application: Application,
    juror,
    levels: dict[int, int | None],
    comments: dict[int, str] | None = None,
    comment: str = "",
    submit: bool = False,
) -> Scoresheet:
    """Save the juror's draft, or submit it (every criterion scored); the total is kept at
    submission. The caller has checked the juror may see the application."""
    call = Call.objects.select_for_update().get(pk=application.call_id)
    if call.status != CallStatus.SCORING:
        raise ValidationError(NOT_SCORING)
    sheet, _created = Scoresheet.objects.select_for_update().get_or_create(
        application=application, juror=juror
    )
    if sheet.submitted_at:
        raise ValidationError(SHEET_SUBMITTED)
    comments = comments or {}
    criteria = sel.rubric(call=call)
    chosen = {}
    for criterion in criteria:
        level_id = levels.get(criterion.pk)
        if level_id:
            level = next((lv for lv in criterion.levels.all() if lv.pk == int(level_id)), None)
            if level is None:
                raise ValidationError(LEVEL_INVALID)
            chosen[criterion.pk] = level
    if submit and len(chosen) < len(criteria):
        raise ValidationError(SHEET_INCOMPLETE)
    existing = {score.criterion_id: score for score in Score.objects.filter(sheet=sheet)}
    for criterion in criteria:
        level = chosen.get(criterion.pk)
        text = (comments.get(criterion.pk) or "").strip()
        score = existing.get(criterion.pk)
        if level is None:
            if score is not None:
                score.delete()
            continue
        if score is None:
            Score.objects.create(sheet=sheet, criterion=criterion, level=level, comment=text)
        elif score.level_id != level.pk or score.comment != text:
            score.level = level
            score.comment = text
            score.save(update_fields=["level", "comment"])
    sheet.comment = comment.strip()
    sheet.total = sel.sheet_total(criteria=criteria, levels_by_criterion=chosen)
    if submit:
        sheet.submitted_at = timezone.now()
    sheet.save()
    return sheet


@transaction.atomic
def jury_question_ask(*, application: Application, juror, question: str) -> JuryQuestion:
    """A juror's question to the applicant; the applicant's staff are told (c1's notice)."""
    from courses.competitions.notifications_apply import jury_question_notify

    question = question.strip()
    if not question:
        raise ValidationError(QUESTION_EMPTY)
    if application.call.status != CallStatus.SCORING:
        raise ValidationError(NOT_SCORING)
    asked = JuryQuestion.objects.create(application=application, asked_by=juror, question=question)
    jury_question_notify(asked)
    return asked


@transaction.atomic
def scoring_start(*, call: Call, by) -> Call:
    """Hand the submitted applications to the jury (after the deadline, as a rule)."""
    call = Call.objects.select_for_update().get(pk=call.pk)
    if call.status != CallStatus.OPEN:
        raise ValidationError(_("Only an open call can go to the jury."))
    call.status = CallStatus.SCORING
    call.save(update_fields=["status"])
    return call


@transaction.atomic
def scoring_close(*, call: Call, by) -> Call:
    """Close scoring: sheets become read-only, jurors may read each other's, decisions open.
    Closing twice changes nothing."""
    call = Call.objects.select_for_update().get(pk=call.pk)
    if call.status in (CallStatus.SCORING_CLOSED, CallStatus.RESULTS):
        return call
    if call.status != CallStatus.SCORING:
        raise ValidationError(NOT_SCORING)
    call.status = CallStatus.SCORING_CLOSED
    call.scoring_closed_at = timezone.now()
    call.save(update_fields=["status", "scoring_closed_at"])
    return call


def _winners_taken(call: Call, *, excluding: int) -> int:
    return sum(
        1
        for a in Application.objects.filter(call=call, status=ApplicationStatus.SUBMITTED).exclude(
            pk=excluding
        )
        if sel.counts_as_winner(a)
    )


def _winner_room_check(call: Call, *, excluding: int) -> None:
    allowed = sel.prizes_total_count(call=call)
    taken = _winners_taken(call, excluding=excluding)
    if allowed and taken >= allowed:
        raise ValidationError(TOO_MANY_WINNERS % {"allowed": allowed, "taken": taken})


@transaction.atomic
def application_decide(
    *,
    application: Application,
    outcome: str,
    by,
    reasons: str = "",
    grant_amount: Decimal | None = None,
    conditions: str = "",
    conditions_due: date | None = None,
) -> Application:
    """Set the outcome with its reasons. Refused when it would name more winners than the prizes
    allow (a conditional winner counts once its tasks are confirmed)."""
    call = Call.objects.select_for_update().get(pk=application.call_id)
    if call.status == CallStatus.RESULTS:
        raise ValidationError(ALREADY_PUBLISHED)
    if call.status != CallStatus.SCORING_CLOSED:
        raise ValidationError(NOT_CLOSED)
    application = Application.objects.select_for_update().get(pk=application.pk)
    if outcome not in Outcome.values:
        raise ValidationError(_("Choose an outcome."))
    application.outcome = outcome
    application.reasons = reasons.strip()
    if outcome == Outcome.WINNER:
        grant_amount = grant_amount if grant_amount is not None else sel.default_grant(call=call)
        if not grant_amount:
            raise ValidationError(GRANT_REQUIRED)
        _winner_room_check(call, excluding=application.pk)
        application.grant_amount = grant_amount
        application.conditions = ""
        application.conditions_due = None
    elif outcome == Outcome.CONDITIONAL:
        if not conditions.strip() or conditions_due is None:
            raise ValidationError(CONDITIONS_REQUIRED)
        application.grant_amount = grant_amount or sel.default_grant(call=call)
        application.conditions = conditions.strip()
        application.conditions_due = conditions_due
    else:
        application.grant_amount = None
        application.conditions = ""
        application.conditions_due = None
    if outcome != Outcome.CONDITIONAL:
        application.conditions_report = ""
        application.conditions_submitted_at = None
        application.conditions_confirmed_at = None
    application.decided_at = timezone.now() if outcome != Outcome.PENDING else None
    application.decided_by = by if outcome != Outcome.PENDING else None
    application.save()
    return application


@transaction.atomic
def conditions_report_submit(*, application: Application, by, report: str) -> Application:
    """The conditional winner's staff report what they did; managers are told."""
    application = Application.objects.select_for_update().get(pk=application.pk)
    if application.outcome != Outcome.CONDITIONAL or application.conditions_confirmed_at:
        raise ValidationError(NOT_CONDITIONAL)
    if not report.strip():
        raise ValidationError(REPORT_EMPTY)
    application.conditions_report = report.strip()
    application.conditions_submitted_at = timezone.now()
    application.save(update_fields=["conditions_report", "conditions_submitted_at", "updated_at"])
    return application


@transaction.atomic
def conditions_confirm(*, application: Application, by) -> Application:
    """The manager confirms the tasks: the conditional winner now counts as a winner (within
    the prizes)."""
    from lms.notifications.services import notify

    application = (
        Application.objects.select_for_update().select_related("call").get(pk=application.pk)
    )
    if application.outcome != Outcome.CONDITIONAL:
        raise ValidationError(NOT_CONDITIONAL)
    if application.conditions_confirmed_at:
        return application
    if not application.conditions_submitted_at:
        raise ValidationError(REPORT_MISSING)
    _winner_room_check(application.call, excluding=application.pk)
    application.conditions_confirmed_at = timezone.now()
    application.save(update_fields=["conditions_confirmed_at", "updated_at"])
    call = application.call
    notify(
        applicant_staff(application),
        "competition",
        render=lambda: (
            _("Your tasks for “%(call)s” are confirmed") % {"call": call_title(call)},
            _("You are now a winner of the competition."),
        ),
        url=lambda language: application_url(application),
        dedupe_key=f"competition-confirmed:{application.pk}",
    )
    return application


# -- Helpers shared with results.py ------------------------------------------------------------


def applicant_staff(application: Application) -> list:
    """The active staff of the applying municipality or the cluster's members, and whoever
    applied."""
    from django.contrib.auth import get_user_model

    people = {
        user.pk: user
        for user in get_user_model().objects.filter(
            municipality_id__in=sel.applicant_municipality_ids(application), is_active=True
        )
    }
    if application.submitted_by_id and application.submitted_by_id not in people:
        submitter = application.submitted_by
        if submitter is not None:
            people[submitter.pk] = submitter
    return list(people.values())


def call_title(call: Call) -> str:
    """The call's title in the active language, falling back to Kyrgyz."""
    from lms.i18n import text_in_language

    return text_in_language(call, "title")


def application_url(application: Application) -> str:
    """The applicant's page of the application (c1's view), or the results as a fallback."""
    from django.urls import NoReverseMatch, reverse

    try:
        return reverse("competitions:application", args=[application.pk])
    except NoReverseMatch:
        try:
            return reverse("competitions:application", args=[application.call.slug])
        except NoReverseMatch:
            return reverse("competitions:results", args=[application.call.slug])
