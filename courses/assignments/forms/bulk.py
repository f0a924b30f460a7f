"""The grading worksheet's upload form (views/bulk.py); the service checks the file itself."""

from django import forms
from django.utils.translation import gettext_lazy as _

from lms.uploads import accept_attribute


class WorksheetUploadForm(forms.Form):
    file = forms.FileField(
        label=_("Filled-in worksheet (CSV or XLSX)"),
        widget=forms.ClearableFileInput(attrs={"accept": accept_attribute(("csv", "xlsx"))}),
    )
    overwrite = forms.BooleanField(
        label=_("Overwrite grades changed on the site since the worksheet was downloaded"),
        required=False,
    )
