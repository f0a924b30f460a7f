"""Calls in the Wagtail admin (Managers: `competitions.*_call`; superusers): the texts in three
languages, who may apply and where, the dates (Bishkek time), the jury, the application form,
the rubric (criteria with nested levels) and the prizes, with checks a manager understands."""

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.admin.viewsets.model import ModelViewSet

from courses.competitions.models import Call, CallStatus

# Addresses the competitions' own pages use under /competitions/: no call may take them.
RESERVED_SLUGS = frozenset(
    {"mine", "application", "jury", "manage", "results", "my", "apply", "new"}
)

ERROR_DEADLINE = _("The deadline must be after the opening.")
ERROR_RESULTS = _("The results date must be after the deadline.")
ERROR_SLUG = _("“%(slug)s” is used by the competitions' own pages: choose another address.")
ERROR_CRITERIA = _(
    "Add at least one criterion, each with at least one level, before opening the call."
)
ERROR_LEVELS = _("The criterion “%(name)s” needs at least one level.")
ERROR_WEIGHT = _("The weight of “%(name)s” must be greater than 0.")
ERROR_POINTS = _("Points cannot be negative.")
ERROR_FORM = _("Add at least one field to the application form before opening the call.")
ERROR_PLAN = _("Only one field can be the action plan.")
ERROR_MARGIN = _("The margin must be between 0 and 100 points.")
ERROR_PRIZE = _("A prize's amount cannot be negative.")

BISHKEK_HELP = _("Asia/Bishkek time.")


def _live_forms(formset):
    """The inline forms that will be kept (not deleted, not left empty)."""
    live = []
    for form in formset.forms:
        data = getattr(form, "cleaned_data", None) or {}
        if not data or data.get("DELETE"):
            continue
        live.append(form)
    return live


class CallAdminForm(WagtailAdminModelForm):
    """Checks across the call and its inline form fields, criteria, levels and prizes."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "jurors" in self.fields:
            self.fields["jurors"].queryset = (
                get_user_model().objects.filter(is_active=True).order_by("full_name", "email")
            )
            self.fields["jurors"].widget = forms.CheckboxSelectMultiple()
            self.fields["jurors"].widget.choices = self.fields["jurors"].choices
        for name in ("opens_at", "deadline_at", "results_at"):
            if name in self.fields:
                self.fields[name].help_text = BISHKEK_HELP

    def clean_slug(self):
        slug = self.cleaned_data.get("slug")
        if slug in RESERVED_SLUGS:
            raise ValidationError(ERROR_SLUG, params={"slug": slug}, code="reserved")
        return slug

    def clean_disagreement_margin(self):
        margin = self.cleaned_data.get("disagreement_margin")
        if margin is not None and not (0 <= margin <= 100):
            raise ValidationError(ERROR_MARGIN, code="margin")
        return margin

    def clean(self):
        cleaned = super().clean()
        opens, deadline = cleaned.get("opens_at"), cleaned.get("deadline_at")
        results = cleaned.get("results_at")
        if opens and deadline and deadline <= opens:
            self.add_error("deadline_at", ValidationError(ERROR_DEADLINE, code="deadline"))
        if deadline and results and results <= deadline:
            self.add_error("results_at", ValidationError(ERROR_RESULTS, code="results"))
        return cleaned

    def is_valid(self):
        valid = super().is_valid()
        if not valid:
            return False
        errors = self._inline_errors()
        for error in errors:
            self.add_error(None, error)
        return not errors

    def _inline_errors(self) -> list[ValidationError]:
        errors = []
        criteria = _live_forms(self.formsets["criteria"]) if "criteria" in self.formsets else []
        complete = 0
        for form in criteria:
            name = form.cleaned_data.get("name") or "?"
            weight = form.cleaned_data.get("weight")
            if weight is None or weight <= 0:
                errors.append(ValidationError(ERROR_WEIGHT % {"name": name}, code="weight"))
            levels = _live_forms(form.formsets["levels"]) if "levels" in form.formsets else []
            for level in levels:
                points = level.cleaned_data.get("points")
                if points is not None and points < 0:
                    errors.append(ValidationError(ERROR_POINTS, code="points"))
                    break
            if levels:
                complete += 1
            elif self.cleaned_data.get("status") != CallStatus.DRAFT:
                errors.append(ValidationError(ERROR_LEVELS % {"name": name}, code="levels"))
        status = self.cleaned_data.get("status")
        if status and status != CallStatus.DRAFT:
            if not complete:
                errors.append(ValidationError(ERROR_CRITERIA, code="criteria"))
            fields = _live_forms(self.formsets["fields"]) if "fields" in self.formsets else []
            if not fields:
                errors.append(ValidationError(ERROR_FORM, code="form"))
        fields = _live_forms(self.formsets["fields"]) if "fields" in self.formsets else []
        if sum(1 for f in fields if f.cleaned_data.get("is_plan")) > 1:
            errors.append(ValidationError(ERROR_PLAN, code="plan"))
        prizes = _live_forms(self.formsets["prizes"]) if "prizes" in self.formsets else []
        if any((p.cleaned_data.get("amount") or 0) < 0 for p in prizes):
            errors.append(ValidationError(ERROR_PRIZE, code="prize"))
        return errors


_translated = [
    FieldRowPanel([FieldPanel("title"), FieldPanel("title_ru"), FieldPanel("title_en")]),
    FieldPanel("slug"),
    MultiFieldPanel(
        [FieldPanel("description"), FieldPanel("description_ru"), FieldPanel("description_en")],
        heading=_("Description"),
    ),
    MultiFieldPanel(
        [FieldPanel("rules"), FieldPanel("rules_ru"), FieldPanel("rules_en")],
        heading=_("Rules"),
    ),
]

_who_and_when = [
    FieldPanel("applicant_kind"),
    FieldPanel("eligible_oblasts", widget=forms.CheckboxSelectMultiple),
    FieldPanel("eligible_districts"),
    MultiFieldPanel(
        [FieldPanel("opens_at"), FieldPanel("deadline_at"), FieldPanel("results_at")],
        heading=_("Dates (Bishkek time)"),
    ),
    FieldPanel("status"),
]

_form_panels = [
    InlinePanel(
        "fields",
        heading=_("Application form"),
        label=_("Field or document"),
        panels=[
            FieldPanel("kind"),
            FieldRowPanel([FieldPanel("label"), FieldPanel("label_ru"), FieldPanel("label_en")]),
            FieldRowPanel(
                [FieldPanel("help_text"), FieldPanel("help_text_ru"), FieldPanel("help_text_en")]
            ),
            FieldRowPanel([FieldPanel("required"), FieldPanel("is_plan")]),
        ],
    ),
]

_rubric_panels = [
    InlinePanel(
        "criteria",
        heading=_("Criteria"),
        label=_("Criterion"),
        panels=[
            FieldRowPanel([FieldPanel("name"), FieldPanel("name_ru"), FieldPanel("name_en")]),
            FieldPanel("description"),
            FieldPanel("description_ru"),
            FieldPanel("description_en"),
            FieldPanel("weight"),
            InlinePanel(
                "levels",
                heading=_("Levels"),
                label=_("Level"),
                panels=[
                    FieldRowPanel(
                        [FieldPanel("label"), FieldPanel("label_ru"), FieldPanel("label_en")]
                    ),
                    FieldPanel("points"),
                ],
            ),
        ],
    ),
]

_jury_prizes = [
    FieldPanel("jurors"),
    FieldPanel("disagreement_margin"),
    InlinePanel(
        "prizes",
        heading=_("Prizes"),
        label=_("Prize"),
        panels=[
            FieldRowPanel([FieldPanel("name"), FieldPanel("name_ru"), FieldPanel("name_en")]),
            FieldRowPanel([FieldPanel("count"), FieldPanel("amount")]),
        ],
    ),
]

CALL_EDIT_HANDLER = TabbedInterface(
    [
        ObjectList(_translated, heading=_("Call")),
        ObjectList(_who_and_when, heading=_("Who and when")),
        ObjectList(_form_panels, heading=_("Application form")),
        ObjectList(_rubric_panels, heading=_("Rubric")),
        ObjectList(_jury_prizes, heading=_("Jury and prizes")),
    ],
    base_form_class=CallAdminForm,
)


class CallViewSet(ModelViewSet):
    model = Call
    icon = "clipboard-list"
    menu_label = _("Competitions")
    menu_order = 240
    add_to_admin_menu = True
    url_prefix = "competitions/calls"
    url_namespace = "competition_calls"
    list_display = ["title", "status", "applicant_kind", "opens_at", "deadline_at"]
    list_filter = ["status", "applicant_kind"]
    search_fields = ["title", "title_ru", "title_en", "slug"]
    edit_handler = CALL_EDIT_HANDLER
    copy_view_enabled = False
