"""The managers' filters of the access log (a GET form: every value is checked, never trusted)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from lms.access_log.models import AccessAction
from lms.access_log.selectors import AccessFilters


class AccessFilterForm(forms.Form):
    actor = forms.CharField(
        label=_("Staff member (name or e-mail)"), required=False, max_length=100
    )
    action = forms.ChoiceField(
        label=_("Action"), required=False, choices=[("", _("All")), *AccessAction.choices]
    )
    course = forms.TypedChoiceField(label=_("Course"), required=False, coerce=str, empty_value="")
    date_from = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    date_to = forms.DateField(
        label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    subject = forms.EmailField(label=_("Learner's e-mail"), required=False, max_length=254)

    def __init__(self, *args, courses: dict, **kwargs):
        super().__init__(*args, **kwargs)
        choices = sorted(((str(key), title) for key, title in courses.items()), key=lambda c: c[1])
        self.fields["course"].choices = [("", _("All")), *choices]
        self._course_keys = {str(key): key for key in courses}

    def filters(self) -> AccessFilters:
        """The valid values; an invalid one filters nothing (its error is shown)."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        return AccessFilters(
            actor=(data.get("actor") or "").strip(),
            action=data.get("action") or "",
            course_key=self._course_keys.get(data.get("course") or ""),
            date_from=data.get("date_from"),
            date_to=data.get("date_to"),
            subject_email=(data.get("subject") or "").strip().lower(),
        )
