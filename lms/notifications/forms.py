"""The preferences form: one radio group per kind, with only the choices the kind allows."""

from django import forms

from lms.notifications.kinds import GROUPS, KINDS, Delivery, deliveries_allowed


class PreferencesForm(forms.Form):
    def __init__(self, *args, current: dict[str, str], **kwargs):
        super().__init__(*args, **kwargs)
        labels = dict(Delivery.choices)
        for code, kind in KINDS.items():
            allowed = deliveries_allowed(kind)
            self.fields[code] = forms.ChoiceField(
                label=kind.label,
                choices=[(value, labels[value]) for value in allowed],
                initial=current[code],
                widget=forms.RadioSelect,
                required=True,
            )

    def groups(self):
        """(heading, [bound fields]) in the page's order."""
        return [(title, [self[code] for code in codes]) for title, codes in GROUPS]
