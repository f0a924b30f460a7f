"""Background e-mail of the public site; each task re-reads its state, so reruns send once."""

from datetime import timedelta

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone, translation

from celery import shared_task

from cms.portal.models import CaseSubmission
from lms.accounts.emails import message_send, platform_name
from lms.accounts.tasks import RETRY


def _recipient_over_limit(submission: CaseSubmission) -> bool:
    """Receipts to one address per day are capped, whoever asks for them and from where: the
    form is public, so the address typed in may be someone else's."""
    limit, period = settings.RATE_LIMITS["case_receipt_recipient"]
    since = timezone.now() - timedelta(seconds=period)
    sent = CaseSubmission.objects.filter(email__iexact=submission.email, receipt_sent_at__gte=since)
    return sent.count() >= limit


@shared_task(**RETRY)
def case_submission_receipt_send(submission_id: int) -> bool:
    """Tell the submitter we have their case, once; False when already told, gone, or the
    address has had its day's receipts. The receipt quotes nothing the sender typed."""
    submission = (
        CaseSubmission.objects.select_related("municipality")
        .filter(pk=submission_id, receipt_sent_at=None)
        .first()
    )
    if submission is None or _recipient_over_limit(submission):
        return False
    language = submission.language or settings.LANGUAGE_CODE
    with translation.override(language):
        context = {"submission": submission, "platform": platform_name()}
        subject = render_to_string("portal/email/submission_receipt_subject.txt", context).strip()
        body = render_to_string("portal/email/submission_receipt_body.txt", context)
    message_send(subject=subject, body=body, recipients=[submission.email], language=language)
    CaseSubmission.objects.filter(pk=submission.pk).update(receipt_sent_at=timezone.now())
    return True
