"""Accepting policies: one required box per version, at registration and when asked."""

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm

from lms.policies.models import PolicyVersion
from lms.policies.services import PUBLISHED_IMMUTABLE

NOT_ACCEPTED = _("Tick the box to accept this document; you cannot continue without it.")


class PolicyAcceptanceForm(forms.Form):
    """A required box for each version shown. The box is named after the version, so a version
    published between showing the form and sending it arrives unticked and is asked for."""

    def __init__(self, *args, versions, **kwargs):
        super().__init__(*args, **kwargs)
        self.versions = list(versions)
        for version in self.versions:
            self.fields[self.field_name(version)] = forms.BooleanField(
                label=_("I have read and accept it"),
                required=True,
                error_messages={"required": NOT_ACCEPTED},
            )

    @staticmethod
    def field_name(version: PolicyVersion) -> str:
        return f"accept_{version.pk}"

    def items(self) -> list[tuple[PolicyVersion, forms.BoundField]]:
        """(version, its box) pairs for the template."""
        return [(version, self[self.field_name(version)]) for version in self.versions]


class PolicyVersionAdminForm(WagtailAdminModelForm):
    """The admin's form: a published version is refused however the form is reached."""

    def clean(self):
        cleaned = super().clean()
        instance = self.instance
        if (
            instance.pk
            and PolicyVersion.objects.filter(pk=instance.pk, published_at__isnull=False).exists()
        ):
            raise forms.ValidationError(PUBLISHED_IMMUTABLE, code="published")
        return cleaned
