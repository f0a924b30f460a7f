"""Applying: start (or reopen) an application, save a draft, submit, withdraw, answer the jury.

Each function is one transaction that locks the application row, so two colleagues (or a
double click) never submit twice or lose each other's saved answers. Who may edit: any active
staff member of the applicant (its municipality, or any municipality of the cluster); the one
who submits is recorded in `submitted_by`.
"""

from decimal import Decimal, InvalidOperation

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.competitions import notifications_apply, selectors
from courses.competitions.models import (
    Answer,
    Application,
    ApplicationStatus,
    Call,
    CallField,
    CallStatus,
    FieldKind,
    JuryQuestion,
)
from lms.places.models import Cluster
from lms.private_storage import private_upload_name
from lms.uploads import CheckedFile

ERROR_CLOSED = _("Applications to this call are closed: the deadline has passed.")
ERROR_NOT_OPEN = _("This call is not open for applications.")
ERROR_NOT_ELIGIBLE = _("You may not apply for this applicant in this call.")
ERROR_READ_ONLY = _("This application was submitted and can no longer be changed.")
ERROR_REQUIRED = _("“%(label)s” is required before you submit.")
ERROR_NUMBER = _("“%(label)s” must be a number.")
ERROR_NOT_SUBMITTED = _("Only a submitted application can be withdrawn.")
ERROR_ANSWERED = _("This question has already been answered.")
ERROR_ANSWER_EMPTY = _("Write an answer.")


def _check_accepting(call: Call, now) -> None:
    if call.status != CallStatus.OPEN or now < call.opens_at:
        raise ValidationError(ERROR_NOT_OPEN, code="not_open")
    if now >= call.deadline_at:
        raise ValidationError(ERROR_CLOSED, code="closed")


def _check_staff(user, application: Application) -> None:
    if not selectors.is_applicant_staff(user, application):
        raise PermissionDenied


def application_start(*, user, call: Call, applicant, now=None) -> Application:
    """The applicant's application to `call`: the existing one, or a new draft.

    A withdrawn application is reopened as a draft (before the deadline). Two people starting
    at once get the same row: the unique constraints decide, the loser reads the winner's.
    """
    now = now or timezone.now()
    if applicant not in selectors.eligible_applicants(user, call):
        raise ValidationError(ERROR_NOT_ELIGIBLE, code="not_eligible")
    existing = selectors.application_for(call, applicant)
    if existing is not None:
        if existing.status == ApplicationStatus.WITHDRAWN:
            _check_accepting(call, now)
            with transaction.atomic():
                Application.objects.filter(
                    pk=existing.pk, status=ApplicationStatus.WITHDRAWN
                ).update(status=ApplicationStatus.DRAFT, updated_at=now)
            existing.refresh_from_db()
        return existing
    _check_accepting(call, now)
    kwargs = (
        {"cluster": applicant} if isinstance(applicant, Cluster) else {"municipality": applicant}
    )
    try:
        with transaction.atomic():
            return Application.objects.create(call=call, **kwargs)
    except IntegrityError:
        return Application.objects.get(call=call, **kwargs)


def _locked(application: Application) -> Application:
    return Application.objects.select_for_update().select_related("call").get(pk=application.pk)


def _clean_value(field: CallField, value: str) -> str:
    value = (value or "").strip()
    if field.kind == FieldKind.NUMBER and value:
        try:
            Decimal(value.replace(",", ".").replace(" ", ""))
        except InvalidOperation:
            raise ValidationError(
                ERROR_NUMBER, params={"label": field.label}, code="number"
            ) from None
        value = value.replace(",", ".").replace(" ", "")
    return value


def application_save(
    *,
    application: Application,
    user,
    values: dict[int, str],
    files: dict[int, CheckedFile],
    now=None,
) -> Application:
    """Save a draft: the typed answers and the checked files (a new file replaces the old).

    Required fields are not checked here (a draft may be incomplete); numbers are.
    """
    now = now or timezone.now()
    _check_staff(user, application)
    with transaction.atomic():
        application = _locked(application)
        if application.status != ApplicationStatus.DRAFT:
            raise ValidationError(ERROR_READ_ONLY, code="read_only")
        _check_accepting(application.call, now)
        fields = {f.pk: f for f in application.call.fields.all()}
        answers = {a.field_id: a for a in application.answers.all()}
        for field_id, field in fields.items():
            answer = answers.get(field_id)
            if field.kind == FieldKind.FILE:
                checked = files.get(field_id)
                if checked is None:
                    continue
                if answer is None:
                    answer = Answer(application=application, field=field)
                old_name = answer.file.name if answer.file else ""
                # The stored name is random: never the uploader's file name (lms.private_storage).
                stored = private_upload_name("upload", checked.name).split("/", 1)[1]
                answer.file.save(stored, ContentFile(checked.content), save=False)
                answer.file_name = checked.name[:255]
                answer.save()
                if old_name and old_name != answer.file.name:
                    storage = answer.file.storage
                    transaction.on_commit(lambda n=old_name, s=storage: s.delete(n))
                continue
            if field_id not in values:
                continue
            value = _clean_value(field, values[field_id])
            if answer is None:
                if value:
                    Answer.objects.create(application=application, field=field, text=value)
            elif answer.text != value:
                answer.text = value
                answer.save(update_fields=["text"])
        Application.objects.filter(pk=application.pk).update(updated_at=now)
    return application


def missing_required(application: Application) -> list[CallField]:
    """The required fields still empty."""
    answers = {a.field_id: a for a in application.answers.all()}
    missing = []
    for field in application.call.fields.order_by("sort_order", "pk"):
        if not field.required:
            continue
        answer = answers.get(field.pk)
        filled = answer is not None and (
            bool(answer.file) if field.kind == FieldKind.FILE else bool(answer.text.strip())
        )
        if not filled:
            missing.append(field)
    return missing


def application_submit(*, application: Application, user, now=None) -> bool:
    """Submit a complete draft before the deadline. True when this call submitted it; False
    when it was already submitted (a double click changes nothing)."""
    now = now or timezone.now()
    _check_staff(user, application)
    with transaction.atomic():
        application = _locked(application)
        if application.status == ApplicationStatus.SUBMITTED:
            return False
        if application.status != ApplicationStatus.DRAFT:
            raise ValidationError(ERROR_READ_ONLY, code="read_only")
        _check_accepting(application.call, now)
        missing = missing_required(application)
        if missing:
            raise ValidationError(
                [
                    ValidationError(ERROR_REQUIRED, params={"label": f.label}, code="required")
                    for f in missing
                ]
            )
        application.status = ApplicationStatus.SUBMITTED
        application.submitted_by = user
        application.submitted_at = now
        application.save(update_fields=["status", "submitted_by", "submitted_at", "updated_at"])
        notifications_apply.application_submitted_notify(application)
    return True


def application_withdraw(*, application: Application, user, now=None) -> bool:
    """Withdraw a submitted application before the deadline (the jury never sees it). It may be
    reopened as a draft and submitted again before the deadline. False if already withdrawn."""
    now = now or timezone.now()
    _check_staff(user, application)
    with transaction.atomic():
        application = _locked(application)
        if application.status == ApplicationStatus.WITHDRAWN:
            return False
        if application.status != ApplicationStatus.SUBMITTED:
            raise ValidationError(ERROR_NOT_SUBMITTED, code="not_submitted")
        if now >= application.call.deadline_at:
            raise ValidationError(ERROR_CLOSED, code="closed")
        application.status = ApplicationStatus.WITHDRAWN
        application.save(update_fields=["status", "updated_at"])
    return True


def jury_question_answer(*, question: JuryQuestion, user, text: str, now=None) -> JuryQuestion:
    """The applicant's answer to a jury question, once; the juror who asked is notified."""
    now = now or timezone.now()
    text = (text or "").strip()
    if not text:
        raise ValidationError(ERROR_ANSWER_EMPTY, code="empty")
    _check_staff(user, question.application)
    with transaction.atomic():
        question = (
            JuryQuestion.objects.select_for_update(of=("self",))
            .select_related("application__call", "application__municipality")
            .select_related("application__cluster", "asked_by")
            .get(pk=question.pk)
        )
        if question.answered_at:
            raise ValidationError(ERROR_ANSWERED, code="answered")
        question.answer = text
        question.answered_by = user
        question.answered_at = now
        question.save(update_fields=["answer", "answered_by", "answered_at"])
        notifications_apply.jury_answer_notify(question)
    return question
