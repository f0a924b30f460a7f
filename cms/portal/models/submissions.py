"""Cases proposed by municipalities through the public form, kept for a Manager's review."""

from django.db import models
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from lms.private_storage import private_storage, private_upload_name


class CaseSubmission(models.Model):
    """A proposal as the submitter sent it; its draft case page is what a Manager edits."""

    contact_name = models.CharField(_("contact name"), max_length=150)
    email = models.EmailField(_("e-mail"))
    municipality = models.ForeignKey(
        "places.Municipality",
        verbose_name=_("municipality"),
        on_delete=models.PROTECT,
        related_name="case_submissions",
    )
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), max_length=5000)
    language = models.CharField(_("language"), max_length=8)
    page = models.ForeignKey(
        "portal.CaseStudyPage",
        verbose_name=_("draft case"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="submissions",
    )
    created_at = models.DateTimeField(_("received"), auto_now_add=True)
    receipt_sent_at = models.DateTimeField(_("receipt sent"), null=True, blank=True)

    class Meta:
        verbose_name = _("case submission")
        verbose_name_plural = _("case submissions")
        ordering = ["-created_at"]

    def __str__(self):
        return self.title

    def get_attachments_display(self):
        """Links to the files, for the admin's inspect view: the download checks who asks."""
        return (
            format_html_join(
                mark_safe("<br>"),
                '<a href="{}">{}</a> ({}, {})',
                (
                    (
                        reverse("portal_case_attachment", args=[a.pk]),
                        a.original_name,
                        a.content_type,
                        filesizeformat(a.size),
                    )
                    for a in self.attachments.all()
                ),
            )
            or "-"
        )


def attachment_path(instance, filename: str) -> str:
    """A random private name: proposals are not public until a Manager publishes a case."""
    return private_upload_name("case_submissions", filename)


class CaseSubmissionAttachment(models.Model):
    """A checked file sent with a submission; images are stored re-encoded."""

    submission = models.ForeignKey(
        CaseSubmission,
        verbose_name=_("submission"),
        on_delete=models.CASCADE,
        related_name="attachments",
    )
    file = models.FileField(_("file"), upload_to=attachment_path, storage=private_storage)
    original_name = models.CharField(_("original name"), max_length=255)
    content_type = models.CharField(_("type"), max_length=100)
    size = models.PositiveIntegerField(_("size"))

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self):
        return self.original_name
