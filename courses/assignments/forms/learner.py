"""The learner's submission form and the "Submit for grading" confirmation."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from courses.assignments.models import Assignment
from courses.assignments.selectors.learner import word_count
from lms.uploads import KNOWN_EXTENSIONS, MultipleFileField, accept_attribute, uploads_check

ACTION_DRAFT = "draft"
ACTION_SUBMIT = "submit"
WORD_LIMIT = _("Your text has %(count)s words; the limit is %(limit)s. Shorten it and save again.")
CONFIRM_REQUIRED = _("Tick the box to confirm, or go back to your draft.")


def accepted_extensions(assignment: Assignment) -> list[str]:
    """The assignment's file types that the platform can check by content."""
    return [ext for ext in assignment.allowed_extensions if ext in KNOWN_EXTENSIONS]


class SubmissionForm(forms.Form):
    """Text and files; which button was pressed (`action`) and a file to remove, if any."""

    text = forms.CharField(
        label=_("Your answer"), required=False, widget=forms.Textarea(attrs={"rows": 12})
    )
    files = MultipleFileField(label=_("Add files"), required=False)
    action = forms.ChoiceField(
        choices=[(ACTION_DRAFT, ACTION_DRAFT), (ACTION_SUBMIT, ACTION_SUBMIT)],
        required=False,
        widget=forms.HiddenInput,
    )
    remove_file = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)

    def __init__(self, *args, assignment: Assignment, **kwargs):
        super().__init__(*args, **kwargs)
        self.assignment = assignment
        if not assignment.accepts_text:
            del self.fields["text"]
        elif assignment.word_limit:
            self.fields["text"].help_text = ngettext(
                "At most %(count)s word.", "At most %(count)s words.", assignment.word_limit
            ) % {"count": assignment.word_limit}
        if not assignment.accepts_files:
            del self.fields["files"]
        else:
            extensions = accepted_extensions(assignment)
            self.fields["files"].widget.attrs["accept"] = accept_attribute(extensions)
            self.fields["files"].help_text = ngettext(
                "Up to %(count)s file of at most %(size)s MB: %(types)s.",
                "Up to %(count)s files of at most %(size)s MB each: %(types)s.",
                assignment.max_files,
            ) % {
                "count": assignment.max_files,
                "size": assignment.max_file_mb,
                "types": ", ".join(e.upper() for e in extensions),
            }

    def clean_text(self):
        text = self.cleaned_data.get("text", "")
        count, limit = word_count(text), self.assignment.word_limit
        if limit and count > limit:
            raise ValidationError(
                WORD_LIMIT, code="word_limit", params={"count": count, "limit": limit}
            )
        return text

    def clean_files(self):
        assignment = self.assignment
        return uploads_check(
            self.cleaned_data.get("files") or [],
            extensions=accepted_extensions(assignment),
            max_bytes=assignment.max_file_mb * 2**20,
            max_count=assignment.max_files,
        )


class SubmitConfirmForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("I confirm that this is my own work and that it is final."),
        error_messages={"required": CONFIRM_REQUIRED},
    )
