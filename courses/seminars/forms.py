"""Forms of the seminar screens: a trainer registers a cohort by place and position."""

from django import forms
from django.utils.translation import gettext_lazy

from lms.accounts.models import Position
from lms.params import IdModelChoiceField
from lms.places.models import District, Municipality, Oblast
from lms.places.widgets import MunicipalityPicker


class SeminarCohortForm(forms.Form):
    """Everyone with an account in one place, optionally of one position."""

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
    position = forms.ChoiceField(
        label=gettext_lazy("Position"),
        choices=[("", gettext_lazy("Any position")), *Position.choices],
        required=False,
    )

    def clean(self):
        cleaned = super().clean()
        places = [cleaned.get(name) for name in ("oblast", "district", "municipality")]
        if sum(1 for value in places if value) != 1:
            raise forms.ValidationError(gettext_lazy("Choose exactly one place."))
        return cleaned
