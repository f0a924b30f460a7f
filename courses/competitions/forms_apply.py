"""The application form, built from the call's fields; choosing the applicant; answering
the jury."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from courses.competitions.models import CallField, FieldKind
from lms.i18n import text_in_language
from lms.uploads import accept_attribute, upload_check

# Documents an applicant may attach: what the jury can open everywhere.
FILE_EXTENSIONS = ("pdf", "docx", "xlsx", "odt", "jpg", "jpeg", "png")

TEXT_MAX = 2_000
LONG_TEXT_MAX = 50_000


def field_name(field: CallField) -> str:
    return f"field_{field.pk}"


def file_limit_mb() -> int:
    return settings.COMPETITION_FILE_MAX_BYTES // 2**20


class ApplicationForm(forms.Form):
    """One form field per call field. Nothing is required here: a draft may be incomplete;
    submitting checks the required ones on what is stored (services_apply.missing_required)."""

    def __init__(self, *args, call_fields, answers, **kwargs):
        super().__init__(*args, **kwargs)
        self.call_fields = list(call_fields)
        for cf in self.call_fields:
            label = text_in_language(cf, "label")
            help_text = text_in_language(cf, "help_text")
            answer = answers.get(cf.pk)
            if cf.kind == FieldKind.FILE:
                hint = _("PDF, Word, Excel, OpenDocument text, JPEG or PNG, up to %(mb)s MB.") % {
                    "mb": file_limit_mb()
                }
                if answer is not None and answer.file:
                    hint = _("%(hint)s Sending a new file replaces “%(name)s”.") % {
                        "hint": hint,
                        "name": answer.file_name,
                    }
                field = forms.FileField(
                    label=label,
                    required=False,
                    help_text=f"{help_text} {hint}".strip(),
                    widget=forms.ClearableFileInput(
                        attrs={"accept": accept_attribute(FILE_EXTENSIONS)}
                    ),
                )
            elif cf.kind == FieldKind.LONG_TEXT:
                field = forms.CharField(
                    label=label,
                    required=False,
                    max_length=LONG_TEXT_MAX,
                    help_text=help_text,
                    widget=forms.Textarea(attrs={"rows": 8}),
                )
            elif cf.kind == FieldKind.NUMBER:
                field = forms.DecimalField(
                    label=label,
                    required=False,
                    help_text=help_text,
                    max_digits=16,
                    decimal_places=2,
                    localize=False,
                )
            else:
                field = forms.CharField(
                    label=label, required=False, max_length=TEXT_MAX, help_text=help_text
                )
            field.call_field = cf
            field.required_to_submit = cf.required
            if answer is not None and cf.kind != FieldKind.FILE:
                field.initial = answer.text
            self.fields[field_name(cf)] = field

    def clean(self):
        cleaned = super().clean()
        for cf in self.call_fields:
            name = field_name(cf)
            if cf.kind != FieldKind.FILE:
                continue
            upload = cleaned.get(name)
            if not upload:
                cleaned[name] = None
                continue
            try:
                cleaned[name] = upload_check(
                    upload,
                    extensions=FILE_EXTENSIONS,
                    max_bytes=settings.COMPETITION_FILE_MAX_BYTES,
                )
            except forms.ValidationError as error:
                self.add_error(name, error)
        return cleaned

    def values(self) -> dict[int, str]:
        """Typed answers by call field id (numbers as plain text)."""
        out = {}
        for cf in self.call_fields:
            if cf.kind == FieldKind.FILE:
                continue
            value = self.cleaned_data.get(field_name(cf))
            out[cf.pk] = "" if value is None else str(value)
        return out

    def files_checked(self) -> dict:
        out = {}
        for cf in self.call_fields:
            if cf.kind == FieldKind.FILE and self.cleaned_data.get(field_name(cf)):
                out[cf.pk] = self.cleaned_data[field_name(cf)]
        return out


class ApplicantChoiceForm(forms.Form):
    applicant = forms.ChoiceField(label=_("Apply for"), widget=forms.RadioSelect)

    def __init__(self, *args, applicants, **kwargs):
        super().__init__(*args, **kwargs)
        self.applicants = {self.key(a): a for a in applicants}
        self.fields["applicant"].choices = [(k, str(a)) for k, a in self.applicants.items()]
        if len(self.applicants) == 1:
            self.fields["applicant"].initial = next(iter(self.applicants))

    @staticmethod
    def key(applicant) -> str:
        return f"{applicant._meta.model_name}-{applicant.pk}"

    def chosen(self):
        return self.applicants[self.cleaned_data["applicant"]]


class QuestionAnswerForm(forms.Form):
    answer = forms.CharField(
        label=_("Your answer"), max_length=10_000, widget=forms.Textarea(attrs={"rows": 4})
    )
