"""The retention run and its own sweeps: unused accounts (warn, then anonymise) and the
"download my data" ZIPs. Course apps add theirs through RETENTION_SWEEPS (hooks.py)."""

import logging
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from lms.outbox.services import outbox_send
from lms.retention.hooks import retention_sweeps
from lms.retention.models import InactivityWarning, RetentionRun
from lms.retention.selectors import inactive_accounts

logger = logging.getLogger(__name__)

# Accounts warned or anonymised per transaction.
BATCH = 200


def inactive_accounts_warn(*, now) -> int:
    """Warn, once, every unused account not warned yet (the mail goes through the outbox);
    first withdraw the warnings of people who signed in since. How many were warned."""
    # Signed in since, or no longer an unused learner account (made staff, deactivated).
    withdrawn, _ = (
        InactivityWarning.objects.filter(user__last_login__gt=F("created_at"))
        | InactivityWarning.objects.exclude(user__in=inactive_accounts(now=now).values("pk"))
    ).delete()
    if withdrawn:
        logger.info("retention: %s inactivity warnings withdrawn", withdrawn)
    from lms.retention.tasks import inactivity_warning_email_send

    warned = 0
    while True:
        with transaction.atomic():
            ids = list(
                inactive_accounts(now=now)
                .filter(inactivity_warning=None)
                .order_by("pk")
                .values_list("pk", flat=True)[:BATCH]
            )
            if not ids:
                return warned
            warnings = InactivityWarning.objects.bulk_create(
                [InactivityWarning(user_id=pk, created_at=now) for pk in ids]
            )
            for warning in InactivityWarning.objects.filter(user_id__in=ids):
                outbox_send(inactivity_warning_email_send, warning.pk)
            warned += len(warnings)


def inactive_accounts_anonymise(*, now) -> int:
    """Anonymise the unused accounts whose warning was mailed RETENTION_INACTIVE_WARNING_DAYS
    ago with no sign-in since; an account a deletion block holds (an open application) waits."""
    from lms.privacy.services import account_anonymise, deletion_blocks

    due = now - timedelta(days=settings.RETENTION_INACTIVE_WARNING_DAYS)
    ids = list(
        inactive_accounts(now=now)
        .filter(inactivity_warning__emailed_at__lte=due)
        .exclude(last_login__gt=F("inactivity_warning__created_at"))
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    anonymised = 0
    for pk in ids:
        with transaction.atomic():
            # Re-read under a lock: a sign-in since the list was read keeps the account.
            user = (
                inactive_accounts(now=now)
                .select_for_update(of=("self",))
                .filter(pk=pk, inactivity_warning__emailed_at__lte=due)
                .exclude(last_login__gt=F("inactivity_warning__created_at"))
                .first()
            )
            if user is None:
                continue
            blocks = deletion_blocks(user)
            if blocks:
                logger.info("retention: account %s kept for now: %s", pk, "; ".join(blocks))
                continue
            account_anonymise(user, reason="inactive", actor=None)
            anonymised += 1
    return anonymised


def retention_apply(*, now=None) -> RetentionRun:
    """Run every sweep once and record what each removed; a failing sweep is logged and the
    others still run. Idempotent: a second run the same night removes nothing."""
    now = now or timezone.now()
    run = RetentionRun.objects.create(started_at=now)
    for sweep in retention_sweeps():
        name = f"{sweep.__module__}.{sweep.__name__}"
        try:
            label, count = sweep(now)
        except Exception as error:
            logger.exception("retention: %s failed", name)
            run.errors[name] = f"{type(error).__name__}: {error}"[:500]
            continue
        run.counts[label] = run.counts.get(label, 0) + count
        logger.info("retention: %s %s", label, count)
    run.finished_at = timezone.now()
    run.save(update_fields=["counts", "errors", "finished_at"])
    return run
