"""Background work of data requests: building the export, and the e-mails about them."""

from celery import shared_task

from lms.accounts.tasks import RETRY  # the accounts app's mail retry policy
from lms.task_retry import FILE_JOB_RETRY


@shared_task(**FILE_JOB_RETRY)
def data_export_build(export_id: int) -> str:
    """Build a queued data export; one already taken or finished is left alone."""
    from lms.privacy.services import data_export_build as build

    export = build(export_id=export_id)
    return export.status if export else "skipped"


@shared_task(bind=True, **RETRY)
def data_export_email_send(self, export_id: int) -> bool:
    """Tell the person their data is ready to download, in their language; once per outbox
    message even if the broker delivers it twice."""
    from lms.outbox.services import delivered_before, delivered_mark
    from lms.privacy.emails import data_export_message_send

    if delivered_before(self.request.id):
        return False
    sent = data_export_message_send(export_id=export_id)
    if sent:
        delivered_mark(self.request.id)
    return sent


@shared_task(bind=True, **RETRY)
def deletion_refusal_email_send(self, request_id: int) -> bool:
    """Tell the person why their deletion request was refused, in their language; once."""
    from lms.outbox.services import delivered_before, delivered_mark
    from lms.privacy.emails import deletion_refusal_message_send

    if delivered_before(self.request.id):
        return False
    sent = deletion_refusal_message_send(request_id=request_id)
    if sent:
        delivered_mark(self.request.id)
    return sent
