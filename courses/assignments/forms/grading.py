"""Forms of the trainer's grading page: the grade (points or a rubric, feedback text and
files, the version seen) and an extension. They only read the input; the grading services
decide what is valid and their errors are put back on the fields (`errors_to_form`)."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils import formats
from django.utils.translation import gettext_lazy as _

from courses.assignments.models import GradingType
from courses.assignments.services.grading import (
    FEEDBACK_EXTENSIONS,
    FEEDBACK_MAX_BYTES,
    FEEDBACK_MAX_CHARS,
    FEEDBACK_MAX_FILES,
)
from lms.uploads import MultipleFileField

DATETIME_INPUT = "%Y-%m-%dT%H:%M"
# Service error codes and the field each belongs to; the others go above the form.
ERROR_FIELDS = {
    "points_required": "points",
    "points_range": "points",
    "feedback_too_long": "feedback",
    "too_many_files": "files",
    "type": "files",
    "size": "files",
    "disguised": "files",
    "pixels": "files",
    "count": "files",
    "past": "due_at",
    "before_due": "due_at",
}


def points_text(value) -> str:
    """2.00 → "2", 2.50 → "2.5", in the language's number format."""
    if value == value.to_integral():
        return formats.number_format(int(value))
    return formats.number_format(value.normalize())


def errors_to_form(form: forms.Form, error: ValidationError) -> None:
    """Put a service's ValidationError on the form: each message on its field, or above."""
    for item in error.error_list:
        name = ERROR_FIELDS.get(item.code)
        form.add_error(name if name in form.fields else None, item)


class GradeForm(forms.Form):
    feedback = forms.CharField(
        label=_("Feedback to the learner"),
        required=False,
        max_length=FEEDBACK_MAX_CHARS,
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    files = MultipleFileField(
        label=_("Return files"),
        required=False,
        extensions=FEEDBACK_EXTENSIONS,
        help_text=_(
            "The annotated work or a model answer: PDF, Word, Excel, PowerPoint, OpenDocument, "
            "JPEG or PNG, up to %(mb)s MB each, %(count)s files in all."
        )
        % {"mb": FEEDBACK_MAX_BYTES // 2**20, "count": FEEDBACK_MAX_FILES},
    )
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=0)

    def __init__(self, *args, assignment, criteria=(), feedback_files=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.assignment = assignment
        self.criteria = list(criteria)
        if assignment.grading_type == GradingType.RUBRIC:
            for criterion in self.criteria:
                self.fields[f"level_{criterion.pk}"] = forms.ChoiceField(
                    label=criterion.display_description,
                    choices=[
                        (
                            str(level.pk),
                            _("%(points)s points: %(level)s")
                            % {
                                "points": points_text(level.points),
                                "level": level.display_description,
                            },
                        )
                        for level in criterion.levels.all()
                    ],
                    widget=forms.RadioSelect,
                    error_messages={"required": _("Choose a level for this criterion.")},
                )
                self.fields[f"comment_{criterion.pk}"] = forms.CharField(
                    label=_("Comment on this criterion"),
                    required=False,
                    max_length=FEEDBACK_MAX_CHARS,
                    widget=forms.Textarea(attrs={"rows": 2}),
                )
        else:
            # Text, not a number input: "7,5" is how a Russian or Kyrgyz keyboard writes it;
            # the service reads both marks and checks the range.
            self.fields["points"] = forms.CharField(
                label=_("Points (out of %(max)s)") % {"max": points_text(assignment.max_points)},
                max_length=12,
                widget=forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"}),
            )
        if feedback_files:
            self.fields["remove_files"] = forms.MultipleChoiceField(
                label=_("Remove returned files"),
                required=False,
                choices=[(str(item.pk), item.original_name) for item in feedback_files],
                widget=forms.CheckboxSelectMultiple,
            )

    def rubric_fields(self) -> list:
        """[(criterion, level field, comment field)] for the template, in rubric order."""
        return [
            (criterion, self[f"level_{criterion.pk}"], self[f"comment_{criterion.pk}"])
            for criterion in self.criteria
            if f"level_{criterion.pk}" in self.fields
        ]

    def service_arguments(self) -> dict:
        """The cleaned input as `submission_grade_save` takes it."""
        data = self.cleaned_data
        return {
            "points": data.get("points"),
            "levels": {c.pk: data.get(f"level_{c.pk}") for c in self.criteria}
            if self.assignment.grading_type == GradingType.RUBRIC
            else None,
            "comments": {c.pk: data.get(f"comment_{c.pk}", "") for c in self.criteria},
            "feedback": data.get("feedback", ""),
            "files": data.get("files") or [],
            "remove_file_ids": data.get("remove_files") or [],
            "expected_version": data["version"],
        }


def grade_initial(grade) -> dict:
    """The form's starting values from a stored grade (or none)."""
    if grade is None:
        return {"version": 0}
    initial = {
        "version": grade.version,
        "feedback": grade.feedback,
        "points": points_text(grade.points),
    }
    for score in grade.criterion_scores.all():
        initial[f"level_{score.criterion_id}"] = str(score.level_id)
        initial[f"comment_{score.criterion_id}"] = score.comment
    return initial


class ExtensionForm(forms.Form):
    due_at = forms.DateTimeField(
        label=_("Extended until (Bishkek time)"),
        input_formats=[DATETIME_INPUT, "%Y-%m-%d %H:%M", "%d.%m.%Y %H:%M"],
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format=DATETIME_INPUT),
        help_text=_("The learner may hand in work until then; it also replaces the cut-off."),
    )
    reason = forms.CharField(label=_("Reason"), required=False, max_length=300)
