"""The nudge form: learners chosen by checkbox, an optional message, the form's one-time token."""

from django import forms
from django.utils.translation import gettext_lazy as _

from courses.reminders.services import NUDGE_MESSAGE_MAX

NO_LEARNERS = _("Choose at least one learner.")


class NudgeForm(forms.Form):
    learners = forms.TypedMultipleChoiceField(
        label=_("Learners"),
        coerce=int,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": NO_LEARNERS},
    )
    message = forms.CharField(
        label=_("Message (optional)"),
        required=False,
        max_length=NUDGE_MESSAGE_MAX,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Sent as you write it. Empty: a short invitation to continue the course."),
    )
    token = forms.UUIDField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["learners"].choices = choices
