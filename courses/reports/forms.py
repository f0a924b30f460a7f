"""The reports filter form: GET parameters in, ReportFilters out, limited to what the user sees."""

import datetime
import uuid

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.catalogue.models import Topic
from courses.reports.selectors.figures import ReportFilters, report_courses
from lms.accounts.models import Gender, Position
from lms.params import IdModelChoiceField, id_param
from lms.places.models import Cluster, District, Municipality, Oblast

DEFAULT_DAYS = 365
MAX_DAYS = 10 * 366


class NamedChoiceField(IdModelChoiceField):
    """A place or topic named in the active language."""

    def label_from_instance(self, obj):
        return obj.name


class ReportFilterForm(forms.Form):
    """Bound to request.GET; an empty form means the last twelve months, every course in scope."""

    date_from = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    date_to = forms.DateField(
        label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    course = forms.TypedMultipleChoiceField(
        label=_("Course"),
        required=False,
        coerce=uuid.UUID,
        widget=forms.SelectMultiple(attrs={"size": 4}),
    )
    topic = NamedChoiceField(label=_("Topic"), required=False, queryset=Topic.objects.all())
    oblast = NamedChoiceField(label=_("Oblast"), required=False, queryset=Oblast.objects.all())
    district = NamedChoiceField(
        label=_("District"), required=False, queryset=District.objects.all()
    )
    municipality = NamedChoiceField(
        label=_("Municipality"), required=False, queryset=Municipality.objects.all()
    )
    cluster = NamedChoiceField(label=_("Cluster"), required=False, queryset=Cluster.objects.all())
    position = forms.ChoiceField(label=_("Position"), required=False)
    gender = forms.ChoiceField(label=_("Gender"), required=False)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["course"].choices = [
            (str(key), title) for key, title in report_courses(user=user)
        ]
        self.fields["position"].choices = [("", _("All positions")), *Position.choices]
        self.fields["gender"].choices = [("", _("All")), *Gender.choices]
        for name in ("topic", "oblast", "district", "municipality", "cluster"):
            self.fields[name].empty_label = _("All")
        # The drill-down narrows the lists: districts of the chosen oblast, and so on.
        oblast = id_param(self.data.get("oblast", "")) if self.is_bound else None
        district = id_param(self.data.get("district", "")) if self.is_bound else None
        if oblast:
            self.fields["district"].queryset = District.objects.filter(oblast_id=oblast)
        if district:
            self.fields["municipality"].queryset = Municipality.objects.filter(district_id=district)

    def clean(self):
        data = super().clean()
        today = timezone.localdate()
        date_to = data.get("date_to") or today
        date_from = data.get("date_from") or date_to - datetime.timedelta(days=DEFAULT_DAYS - 1)
        if date_from > date_to:
            self.add_error("date_to", _("The end date must not be before the start date."))
        elif (date_to - date_from).days > MAX_DAYS:
            self.add_error("date_from", _("Choose a range of at most ten years."))
        data["date_from"], data["date_to"] = date_from, date_to
        oblast, district = data.get("oblast"), data.get("district")
        municipality = data.get("municipality")
        if district and oblast and district.oblast_id != oblast.pk:
            self.add_error("district", _("This district is not in the chosen oblast."))
        if municipality and district and municipality.district_id != district.pk:
            self.add_error("municipality", _("This municipality is not in the chosen district."))
        return data

    def filters(self) -> ReportFilters:
        """The validated filters; call after is_valid()."""
        data = self.cleaned_data

        def pk(name):
            return data[name].pk if data.get(name) else None

        return ReportFilters(
            date_from=data["date_from"],
            date_to=data["date_to"],
            course_keys=tuple(data.get("course") or ()),
            topic=pk("topic"),
            oblast=pk("oblast"),
            district=pk("district"),
            municipality=pk("municipality"),
            cluster=pk("cluster"),
            position=data.get("position") or None,
            gender=data.get("gender") or None,
        )
