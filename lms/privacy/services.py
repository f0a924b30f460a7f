"""A person's data rights as state changes: ask for an export and build it, ask for deletion,
decide it, anonymise an account, and expire old export files."""

import logging
import tempfile
from datetime import timedelta
from importlib import import_module

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.core.exceptions import ValidationError
from django.core.files import File
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from lms.i18n import platform_name
from lms.outbox.services import outbox_send
from lms.privacy.export_files import export_zip_write
from lms.privacy.models import (
    PENDING_EXPORT_STATUSES,
    Anonymisation,
    DataExport,
    DataExportStatus,
    DeletionRequest,
    DeletionRequestStatus,
)
from lms.privacy.providers import personal_data_providers

logger = logging.getLogger(__name__)

# How long a finished export may be downloaded (the retention settings may say otherwise).
EXPORT_KEEP_DAYS_DEFAULT = 7
# A running export older than this died with its worker: it may be claimed again.
RUNNING_STALE = timedelta(hours=1)

WRONG_PASSWORD = _("The password is not right.")
ALREADY_ANONYMISED = _("This account is already anonymised.")
NOT_PENDING = _("This request has already been decided.")
REFUSAL_REASON_REQUIRED = _("Say why the request is refused: the person receives it.")
DELETION_BLOCKED = _("The account cannot be deleted yet: %(reasons)s")
EXPORT_FAILED = _("The export could not be built. Please ask for it again.")


def export_keep_days() -> int:
    return getattr(settings, "PRIVACY_EXPORT_KEEP_DAYS", EXPORT_KEEP_DAYS_DEFAULT)


def _user_lock(user) -> None:
    """Serialise one person's requests: the second of two quick clicks waits, then finds the
    first one's row."""
    get_user_model().objects.select_for_update().filter(pk=user.pk).first()


@transaction.atomic
def data_export_request(*, user) -> DataExport:
    """Queue a data export for `user`, or return the one already waiting or running."""
    _user_lock(user)
    pending = DataExport.objects.filter(user=user, status__in=PENDING_EXPORT_STATUSES).first()
    if pending is not None:
        return pending
    export = DataExport.objects.create(user=user)
    from lms.privacy.tasks import data_export_build as task

    outbox_send(task, export.pk)
    return export


def _export_claim(export_id: int) -> DataExport | None:
    """Move a queued (or dead running) export to running; None if another run has it."""
    with transaction.atomic():
        export = (
            DataExport.objects.select_for_update().select_related("user").filter(pk=export_id)
        ).first()
        if export is None:
            return None
        stale = export.status == DataExportStatus.RUNNING and (
            export.finished_at is None and export.created_at < timezone.now() - RUNNING_STALE
        )
        if export.status != DataExportStatus.QUEUED and not stale:
            return None
        export.status = DataExportStatus.RUNNING
        export.save(update_fields=["status"])
        return export


def data_export_build(*, export_id: int) -> DataExport | None:
    """Write a queued export's ZIP (streamed into a temporary file, then into private storage)
    and tell its owner; storage errors put it back in the queue for the task's retry."""
    export = _export_claim(export_id)
    if export is None:
        return None
    user = export.user
    try:
        with translation.override(user.preferred_language), tempfile.TemporaryFile() as out:
            export_zip_write(user=user, providers=personal_data_providers(), out=out)
            out.seek(0, 2)
            export.size = out.tell()
            out.seek(0)
            stamp = timezone.localtime().strftime("%Y-%m-%d")
            export.file.save(f"my-data-{stamp}.zip", File(out), save=False)
    except OSError:
        DataExport.objects.filter(pk=export.pk).update(status=DataExportStatus.QUEUED)
        raise
    except Exception:
        logger.exception("Data export %s failed", export.pk)
        export.status = DataExportStatus.FAILED
        export.finished_at = timezone.now()
        export.save(update_fields=["status", "finished_at"])
        return export
    with transaction.atomic():
        now = timezone.now()
        export.status = DataExportStatus.READY
        export.finished_at = now
        export.expires_at = now + timedelta(days=export_keep_days())
        export.save(update_fields=["status", "file", "size", "finished_at", "expires_at"])
        from lms.privacy.tasks import data_export_email_send

        outbox_send(data_export_email_send, export.pk)
    return export


def data_exports_expire(now=None) -> int:
    """Delete the files of exports past `expires_at` and mark them expired; how many."""
    now = now or timezone.now()
    count = 0
    for export in DataExport.objects.filter(expires_at__lt=now).exclude(
        status=DataExportStatus.EXPIRED
    ):
        if export.file:
            export.file.delete(save=False)
        export.status = DataExportStatus.EXPIRED
        export.save(update_fields=["status", "file"])
        count += 1
    return count


@transaction.atomic
def deletion_request_create(*, user, password: str, reason: str = "") -> DeletionRequest:
    """Ask for the account's deletion (the password proves it is the person); a second request
    while one waits returns that one."""
    if not user.check_password(password):
        raise ValidationError(WRONG_PASSWORD, code="password")
    if Anonymisation.objects.filter(user=user).exists():
        raise ValidationError(ALREADY_ANONYMISED, code="anonymised")
    _user_lock(user)
    pending = DeletionRequest.objects.filter(
        user=user, status=DeletionRequestStatus.PENDING
    ).first()
    if pending is not None:
        return pending
    return DeletionRequest.objects.create(user=user, reason=reason.strip()[:4000])


def deletion_blocks(user) -> list[str]:
    """What stops the deletion now (an open application ...), from every provider."""
    return [str(reason) for p in personal_data_providers() if (reason := p.blocks(user))]


@transaction.atomic
def deletion_request_approve(*, request_id: int, actor, note: str = "") -> DeletionRequest:
    """Approve a pending request: anonymise the account, record who decided and when, and tell
    the person at the address they had (rendered now: the address is gone afterwards)."""
    request = _pending(request_id)
    blocks = deletion_blocks(request.user)
    if blocks:
        raise ValidationError(DELETION_BLOCKED % {"reasons": "; ".join(blocks)}, code="blocked")
    user = request.user
    language, address = user.preferred_language, user.email
    with translation.override(language):
        context = {"user": user, "note": note, "approved": True, "platform": platform_name()}
        subject = render_to_string("privacy/email/decision_subject.txt", context).strip()
        body = render_to_string("privacy/email/decision_body.txt", context)
    request.status = DeletionRequestStatus.APPROVED
    request.decided_at = timezone.now()
    request.decided_by = actor
    request.decision_reason = note.strip()
    request.save(update_fields=["status", "decided_at", "decided_by", "decision_reason"])
    account_anonymise(user, reason="deletion request", actor=actor)
    _access_record(actor=actor, subjects=[user], detail="deletion approved")
    from lms.accounts.tasks import email_send

    outbox_send(email_send, subject=subject, body=body, recipients=[address], language=language)
    return request


@transaction.atomic
def deletion_request_refuse(*, request_id: int, actor, reason: str) -> DeletionRequest:
    """Refuse a pending request with a reason, which the person receives by e-mail."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(REFUSAL_REASON_REQUIRED, code="reason")
    request = _pending(request_id)
    request.status = DeletionRequestStatus.REFUSED
    request.decided_at = timezone.now()
    request.decided_by = actor
    request.decision_reason = reason
    request.save(update_fields=["status", "decided_at", "decided_by", "decision_reason"])
    _access_record(actor=actor, subjects=[request.user], detail="deletion refused")
    from lms.privacy.tasks import deletion_refusal_email_send

    outbox_send(deletion_refusal_email_send, request.pk)
    return request


def _pending(request_id: int) -> DeletionRequest:
    request = DeletionRequest.objects.select_for_update().select_related("user").get(pk=request_id)
    if request.status != DeletionRequestStatus.PENDING:
        raise ValidationError(NOT_PENDING, code="decided")
    return request


@transaction.atomic
def account_anonymise(user, *, reason: str, actor=None) -> None:
    """Anonymise a person: every provider's erase, then the user row (name and e-mail gone, no
    password, inactive, no groups), their sessions ended. Municipality, position and gender
    stay for the reports. Running it twice changes nothing more."""
    if Anonymisation.objects.filter(user=user).exists():
        return
    for provider in personal_data_providers():
        provider.erase(user)
    user.full_name = ""
    user.email = f"deleted-{user.pk}@invalid"
    user.set_unusable_password()
    user.is_active = False
    user.is_staff = False
    user.is_superuser = False
    user.notify_optional = False
    user.last_login = None
    user.save()
    user.groups.clear()
    user.user_permissions.clear()
    Anonymisation.objects.create(
        user=user, anonymised_at=timezone.now(), reason=reason[:200], actor=actor
    )
    sessions_end(user)


def sessions_end(user) -> int:
    """End every session of `user` (database and cache); how many. Sessions are not indexed by
    user, so each live one is read: deletion is rare, and this runs once per account."""
    store_class = import_module(settings.SESSION_ENGINE).SessionStore
    ended = 0
    live = Session.objects.filter(expire_date__gt=timezone.now())
    for session in live.iterator(chunk_size=2000):
        try:
            data = session.get_decoded()
        except Exception:  # an unreadable session belongs to nobody
            data = {}
        if str(data.get("_auth_user_id")) == str(user.pk):
            store_class(session_key=session.session_key).delete()
            ended += 1
    return ended


def _access_record(*, actor, subjects, detail: str) -> None:
    """Log a handled data request in the access log."""
    from lms.access_log.services import access_record

    access_record(actor=actor, action="data_request", subjects=subjects, detail=detail)
