"""Background e-mail of the public site; each task re-reads its state, so reruns send once."""

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone, translation

from celery import shared_task

from cms.portal.models import CaseSubmission
from lms.accounts.emails import message_send, platform_name
from lms.accounts.tasks import RETRY


@shared_task(**RETRY)
def case_submission_receipt_send(submission_id: int) -> bool:
    """Tell the submitter we have their case, once; False when already told or gone."""
    submission = CaseSubmission.objects.filter(pk=submission_id, receipt_sent_at=None).first()
    if submission is None:
        return False
    with translation.override(submission.language or settings.LANGUAGE_CODE):
        context = {"submission": submission, "platform": platform_name()}
        subject = render_to_string("portal/email/submission_receipt_subject.txt", context).strip()
        body = render_to_string("portal/email/submission_receipt_body.txt", context)
    message_send(subject=subject, body=body, recipients=[submission.email])
    CaseSubmission.objects.filter(pk=submission.pk).update(receipt_sent_at=timezone.now())
    return True
