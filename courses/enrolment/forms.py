"""Forms of enrolment's screens: one person by e-mail, a cohort by place, an uploaded list."""

from django import forms
from django.utils.translation import gettext_lazy

from lms.params import IdModelChoiceField
from lms.places.models import Cluster, District, Municipality, Oblast
from lms.places.widgets import MunicipalityPicker


class CohortForm(forms.Form):
    """One place: everyone whose municipality lies in it is enrolled."""

    oblast = IdModelChoiceField(Oblast.objects.all(), label=gettext_lazy("Oblast"), required=False)
    district = IdModelChoiceField(
        District.objects.all(), label=gettext_lazy("District"), required=False
    )
    municipality = IdModelChoiceField(
        Municipality.objects.all(),
        label=gettext_lazy("Municipality"),
        required=False,
        widget=MunicipalityPicker,
    )
    cluster = IdModelChoiceField(
        Cluster.objects.all(), label=gettext_lazy("Cluster"), required=False
    )

    def clean(self):
        cleaned = super().clean()
        if sum(1 for value in cleaned.values() if value) != 1:
            raise forms.ValidationError(gettext_lazy("Choose exactly one place."))
        return cleaned


class UploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("CSV or XLSX file"),
        help_text=gettext_lazy(
            "A heading row in Kyrgyz, Russian or English, columns in any order: e-mail, full "
            "name (or surname, first name and patronymic), position, municipality, district, "
            "gender, phone. CSV in UTF-8 or Windows-1251, separated by ; or , or XLSX; up to "
            "2 MB. You see what happens to each row before anyone is enrolled."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.xlsx,.txt"}),
    )
    create_accounts = forms.BooleanField(
        label=gettext_lazy("Create accounts for new addresses and e-mail them an invitation"),
        help_text=gettext_lazy(
            "Otherwise new addresses are pre-enrolled: they join when they register."
        ),
        required=False,
    )


class ParticipantAddForm(forms.Form):
    email = forms.EmailField(label=gettext_lazy("Learner's e-mail address"))
