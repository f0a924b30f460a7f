"""The upload form of a Moodle course backup."""

from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from courses.catalogue.models import CourseIndexPage
from courses.moodle.archive import GZIP_MAGIC, ZIP_MAGIC
from courses.moodle.models import LANGUAGE_CHOICES

DEFAULT_MAX_UPLOAD_BYTES = 1024 * 1024 * 1024  # 1 GiB


def max_upload_bytes() -> int:
    return getattr(settings, "MOODLE_IMPORT_MAX_UPLOAD_BYTES", DEFAULT_MAX_UPLOAD_BYTES)


class CatalogueChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.title} ({obj.locale.language_code})"


class BackupUploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Moodle course backup"),
        help_text=gettext_lazy(
            "A .mbz file made by Moodle 3 to 5 (Course administration → Backup). User data in "
            "it is ignored."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ".mbz,.zip"}),
    )
    parent = CatalogueChoiceField(
        label=gettext_lazy("Catalogue"),
        queryset=CourseIndexPage.objects.select_related("locale").order_by("locale_id", "pk"),
        help_text=gettext_lazy("The course is made here as a draft."),
    )
    language = forms.ChoiceField(
        label=gettext_lazy("Language of the course"),
        choices=LANGUAGE_CHOICES,
        help_text=gettext_lazy(
            "Texts in Moodle's multilang markup are read in this language; questions keep all "
            "three."
        ),
    )
    dry_run = forms.BooleanField(
        label=gettext_lazy("Dry run: only show the report, keep nothing"), required=False
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > max_upload_bytes():
            raise forms.ValidationError(
                _("The file is larger than %(size)s.")
                % {"size": filesizeformat(max_upload_bytes())}
            )
        upload.seek(0)
        magic = upload.read(4)
        upload.seek(0)
        if not (magic.startswith(GZIP_MAGIC) or magic.startswith(ZIP_MAGIC)):
            raise forms.ValidationError(_("This is not a Moodle backup: upload a .mbz file."))
        return upload

    def clean(self):
        cleaned = super().clean()
        parent, language = cleaned.get("parent"), cleaned.get("language")
        if parent is not None and language and parent.locale.language_code != language:
            self.add_error(
                "parent", _("Choose the catalogue of the course's language (one per language).")
            )
        return cleaned
