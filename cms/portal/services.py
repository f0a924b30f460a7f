"""State changes of the public site: proposals of cases from the public form."""

from datetime import timedelta

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape

from wagtail.models import Locale

from cms.portal.models import BestPracticeIndexPage, CaseStudyPage, CaseSubmission
from cms.portal.models.cases import Mechanism, ServiceArea, Theme
from cms.portal.uploads import CheckedFile
from lms.places.models import Municipality
from lms.slugs import ascii_slug

# A second click within this window repeats the first submission instead of adding another.
DUPLICATE_WINDOW = timedelta(minutes=30)


@transaction.atomic
def case_submission_create(
    *,
    contact_name: str,
    email: str,
    municipality: Municipality,
    title: str,
    description: str,
    attachments: list[CheckedFile],
    language: str,
) -> CaseSubmission:
    """Keep the proposal, open a draft case for Managers, and mail the submitter a receipt."""
    from cms.portal.tasks import case_submission_receipt_send
    from lms.outbox.services import outbox_send

    recent = CaseSubmission.objects.filter(
        email__iexact=email,
        title=title,
        municipality=municipality,
        created_at__gte=timezone.now() - DUPLICATE_WINDOW,
    ).first()
    if recent is not None:
        return recent
    submission = CaseSubmission(
        contact_name=contact_name,
        email=email,
        municipality=municipality,
        title=title,
        description=description,
        language=language,
    )
    submission.full_clean()
    submission.save()
    for checked in attachments:
        attachment = submission.attachments.model(
            submission=submission,
            original_name=checked.name[:255],
            content_type=checked.content_type,
            size=len(checked.content),
        )
        attachment.file.save(checked.name, ContentFile(checked.content), save=False)
        attachment.save()
    submission.page = _draft_case_create(submission=submission)
    submission.save(update_fields=["page"])
    outbox_send(case_submission_receipt_send, submission.pk)
    return submission


def _draft_case_create(*, submission: CaseSubmission) -> CaseStudyPage | None:
    """An unpublished case under the portal in the submission's language (or the default)."""
    locale = Locale.objects.filter(language_code=submission.language).first()
    index = (
        BestPracticeIndexPage.objects.filter(locale=locale).first()
        or BestPracticeIndexPage.objects.order_by("pk").first()
    )
    if index is None:
        return None
    paragraphs = "".join(
        f"<p>{line}</p>"
        for line in (escape(p.strip()) for p in submission.description.splitlines())
        if line
    )
    page = CaseStudyPage(
        title=submission.title,
        slug=f"{ascii_slug(submission.title, max_length=40) or 'case'}-{submission.pk}",
        summary=submission.description[:300],
        theme=Theme.OTHER,
        service_area=ServiceArea.OTHER,
        mechanism=Mechanism.OTHER,
        year=timezone.localdate().year,
        situation_before=paragraphs,
        contact_name=submission.contact_name,
        live=False,
    )
    page.municipalities = [submission.municipality]
    index.add_child(instance=page)
    page.save_revision(log_action=True)
    return page
