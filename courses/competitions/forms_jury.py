"""Forms of the jury, the decisions and the conditional winner's report."""

from django import forms
from django.utils.translation import gettext_lazy as _

from courses.competitions.models import Outcome
from lms.places.models import Cluster, Municipality


class DeclarationForm(forms.Form):
    municipalities = forms.ModelMultipleChoiceField(
        label=_("Municipalities I have a conflict of interest with"),
        queryset=Municipality.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    clusters = forms.ModelMultipleChoiceField(
        label=_("Clusters I have a conflict of interest with"),
        queryset=Cluster.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    note = forms.CharField(label=_("Note (optional)"), max_length=300, required=False)
    confirm = forms.BooleanField(
        label=_("I have declared every conflict of interest (or I have none)."), required=True
    )

    def __init__(self, *args, municipalities, clusters, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["municipalities"].queryset = municipalities
        self.fields["clusters"].queryset = clusters


class QuestionForm(forms.Form):
    question = forms.CharField(
        label=_("Your question to the applicant"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class DecisionForm(forms.Form):
    outcome = forms.ChoiceField(
        label=_("Outcome"), choices=Outcome.choices, widget=forms.RadioSelect
    )
    grant_amount = forms.DecimalField(
        label=_("Grant (som)"), required=False, min_value=0, max_digits=14, decimal_places=2
    )
    reasons = forms.CharField(
        label=_("Reasons"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    conditions = forms.CharField(
        label=_("Tasks to complete (conditional winner)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    conditions_due = forms.DateField(
        label=_("Tasks due"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )


class ConditionsReportForm(forms.Form):
    report = forms.CharField(
        label=_("What was done"), max_length=10000, widget=forms.Textarea(attrs={"rows": 5})
    )
