"""What the portal holds about a person: case proposals sent from their e-mail address, and
case pages that give that address as the contact. Proposals have no link to an account, so
they are found by the address (case-insensitive).

Deletion removes the contact details (name, e-mail, and on case pages also position and
telephone, live and in every saved revision); the proposal's title, text and files stay, as
they describe the municipality's practice and feed its case page. docs/privacy-providers.md.
"""

import posixpath
from collections.abc import Iterator

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail.models import Page, Revision

from cms.portal.models import CaseStudyPage, CaseSubmission, CaseSubmissionAttachment, ThemeFollow
from cms.portal.models.cases import Theme
from lms.page_cache import page_cache_invalidate
from lms.privacy.providers import PersonalDataProvider

# The same words the course apps put in place of removed text (one msgid, one translation).
REMOVED_AT_AUTHORS_REQUEST = _("removed at the author's request")
KEY = "case_proposals"
CONTACT_FIELDS = ("contact_name", "contact_role", "contact_email", "contact_phone")
CHUNK_SIZE = 500


def _iso(value) -> str | None:
    return timezone.localtime(value).isoformat() if value else None


def _submissions(user):
    return CaseSubmission.objects.filter(email__iexact=user.email) if user.email else None


def _contact_pages(user):
    return CaseStudyPage.objects.filter(contact_email__iexact=user.email) if user.email else None


def attachment_path(attachment) -> str:
    name = posixpath.basename(attachment.original_name.replace("\\", "/")) or "file"
    return f"proposal-{attachment.submission_id}/{attachment.pk}-{name}"


def case_proposal_records(user) -> Iterator[dict]:
    """Proposals sent from the address (with their files listed), then case pages naming it."""
    submissions = _submissions(user)
    if submissions is None:
        return
    rows = submissions.select_related("municipality").prefetch_related("attachments")
    for submission in rows.order_by("created_at", "pk").iterator(chunk_size=CHUNK_SIZE):
        yield {
            "record": str(_("case proposal")),
            "title": submission.title,
            "description": submission.description,
            "contact_name": submission.contact_name,
            "email": submission.email,
            "municipality": str(submission.municipality),
            "language": submission.language,
            "received_at": _iso(submission.created_at),
            "files": [
                {"name": a.original_name, "in_this_archive": f"files/{KEY}/{attachment_path(a)}"}
                for a in submission.attachments.all()
            ],
        }
    pages = _contact_pages(user).select_related("locale").order_by("pk")
    for page in pages.iterator(chunk_size=CHUNK_SIZE):
        yield {
            "record": str(_("case page naming you as its contact")),
            "title": page.title,
            "language": page.locale.language_code,
            "contact_name": page.contact_name,
            "contact_position": page.contact_role,
            "email": page.contact_email,
            "telephone": page.contact_phone,
        }


def case_proposal_files(user) -> Iterator[tuple]:
    submissions = _submissions(user)
    if submissions is None:
        return
    attachments = CaseSubmissionAttachment.objects.filter(submission__in=submissions)
    for attachment in attachments.order_by("pk").iterator(chunk_size=CHUNK_SIZE):
        yield (attachment_path(attachment), attachment.file.storage, attachment.file.name)


def case_proposals_describe(user) -> str | None:
    submissions, pages = _submissions(user), _contact_pages(user)
    count = submissions.count() if submissions is not None else 0
    named = pages.count() if pages is not None else 0
    if not count and not named:
        return None
    return ngettext(
        "%(count)d case proposal and %(pages)d case pages with this contact: contact "
        "details removed, the case text kept.",
        "%(count)d case proposals and %(pages)d case pages with this contact: contact "
        "details removed, the case text kept.",
        count,
    ) % {"count": count, "pages": named}


def _revisions_scrub(*, page_ids: list, email: str) -> int:
    """Blank the contact in saved revisions that name the address (a later publish of a
    draft must not bring it back)."""
    page_type = ContentType.objects.get_for_model(Page)
    changed = 0
    revisions = Revision.objects.filter(
        base_content_type=page_type, object_id__in=[str(pk) for pk in page_ids]
    ).only("pk", "content")
    for revision in revisions.iterator(chunk_size=CHUNK_SIZE):
        content = revision.content or {}
        if (content.get("contact_email") or "").strip().lower() == email:
            for field in CONTACT_FIELDS:
                content[field] = ""
            revision.save(update_fields=["content"])
            changed += 1
    return changed


def case_proposals_erase(user) -> int:
    """Removes the person's contact details from proposals and case pages."""
    submissions, pages = _submissions(user), _contact_pages(user)
    if submissions is None:
        return 0
    with translation.override(settings.LANGUAGE_CODE):
        removed = str(REMOVED_AT_AUTHORS_REQUEST)
    changed = submissions.update(contact_name=removed, email="")
    page_ids = list(pages.values_list("pk", flat=True))
    if page_ids:
        changed += CaseStudyPage.objects.filter(pk__in=page_ids).update(
            **dict.fromkeys(CONTACT_FIELDS, "")
        )
        changed += _revisions_scrub(page_ids=page_ids, email=user.email.strip().lower())
        page_cache_invalidate()  # the case pages show their contact
    return changed


def portal_personal_data() -> PersonalDataProvider:
    return PersonalDataProvider(
        key=KEY,
        title=_("Case proposals"),
        models=("portal.CaseSubmission", "portal.CaseStudyPage"),
        records=case_proposal_records,
        files=case_proposal_files,
        describe=case_proposals_describe,
        erase=case_proposals_erase,
        order=90,
    )


# ---- themes followed ----------------------------------------------------------------------------

FOLLOWS_KEY = "portal_theme_follows"


def theme_follow_records(user) -> Iterator[dict]:
    """Each theme the person follows, and since when."""
    labels = dict(Theme.choices)
    for follow in ThemeFollow.objects.filter(user=user).order_by("created", "pk"):
        yield {
            "record": str(_("followed theme")),
            "theme": str(labels.get(follow.theme, follow.theme)),
            "since": _iso(follow.created),
        }


def theme_follows_describe(user) -> str | None:
    count = ThemeFollow.objects.filter(user=user).count()
    if not count:
        return None
    return ngettext(
        "%(count)d followed portal theme: removed.",
        "%(count)d followed portal themes: removed.",
        count,
    ) % {"count": count}


def theme_follows_erase(user) -> int:
    """Removes what the person follows (it only steered their notifications)."""
    deleted, _counts = ThemeFollow.objects.filter(user=user).delete()
    return deleted


def theme_follows_personal_data() -> PersonalDataProvider:
    return PersonalDataProvider(
        key=FOLLOWS_KEY,
        title=_("Portal themes followed"),
        models=("portal.ThemeFollow",),
        records=theme_follow_records,
        describe=theme_follows_describe,
        erase=theme_follows_erase,
        order=91,
    )
