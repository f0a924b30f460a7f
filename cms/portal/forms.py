"""The public form for proposing a case."""

from django import forms
from django.utils.translation import gettext_lazy as _

from cms.portal.uploads import ALLOWED_EXTENSIONS, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS
from lms.accounts.forms import MunicipalityChoiceField
from lms.uploads import MultipleFileField, uploads_check


class CaseSubmissionForm(forms.Form):
    """What a municipality tells us about its case; the team writes the full page from it."""

    honeypot_field = "website"

    contact_name = forms.CharField(
        label=_("Your name"), max_length=150, widget=forms.TextInput(attrs={"autocomplete": "name"})
    )
    email = forms.EmailField(
        label=_("E-mail"),
        help_text=_("We send a receipt here and may write to you about the case."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    municipality = MunicipalityChoiceField(label=_("Municipality"), empty_label=_("— choose —"))
    title = forms.CharField(label=_("Title of the case"), max_length=200)
    description = forms.CharField(
        label=_("What was done and what changed"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("The situation before, who took part, the money, the results."),
    )
    attachments = MultipleFileField(
        extensions=ALLOWED_EXTENSIONS,
        label=_("Attachments"),
        required=False,
        help_text=_(
            "Up to 5 files of at most 10 MB each: PDF, Word, Excel, OpenDocument, JPEG or PNG."
        ),
    )
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def clean_attachments(self):
        return uploads_check(
            self.cleaned_data.get("attachments") or [],
            extensions=ALLOWED_EXTENSIONS,
            max_bytes=MAX_ATTACHMENT_BYTES,
            max_count=MAX_ATTACHMENTS,
        )
