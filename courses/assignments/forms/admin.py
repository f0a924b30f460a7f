"""The admin forms of assignments and rubrics: who may pick which lesson or course, and the
settings that must agree with each other.

The viewsets in `hooks/authoring.py` use them as the panels' base form, so the models need not
import forms.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm

from courses.assignments.models import Assignment, GradingType
from courses.assignments.selectors.authoring import (
    assignment_author_allowed,
    assignment_graded,
    lesson_course_key,
    rubric_in_use,
)
from lms.uploads import KNOWN_EXTENSIONS

LESSON_NOT_YOURS = _("Choose a lesson of a course you teach.")
COURSE_NOT_YOURS = _("Choose a course you teach.")
LESSON_HAS_ASSIGNMENT = _("This lesson already has an assignment: edit that one.")
LESSON_FIXED = _(
    "Learners have already handed in work for this assignment: it stays on its lesson."
)
RUBRIC_OTHER_COURSE = _("Choose a rubric of this assignment's course.")
RUBRIC_REQUIRED = _("Grading by rubric needs a rubric: choose one, or grade by points.")
RUBRIC_UNUSED = _("You chose a rubric: set grading to “Rubric”, or remove the rubric.")
GRADING_FIXED = _("Grades have been given: the way of grading and the rubric can no longer change.")
NOTHING_TO_HAND_IN = _("Accept online text, file uploads, or both.")
CUTOFF_BEFORE_DUE = _("The cut-off cannot be before the due date.")
OPENS_AFTER_DUE = _("The assignment must open before it is due.")
GRADING_DUE_BEFORE_DUE = _("Grading cannot be due before the work is.")
FILE_TYPES_UNKNOWN = _(
    "These file types cannot be checked and are not accepted: %(types)s. Choose among %(known)s."
)
FILE_TYPES_EMPTY = _("List at least one file type, e.g. pdf, docx.")
RUBRIC_FROZEN = _(
    "This rubric has been used to grade work: its criteria, levels and points can no longer "
    "change (the grades given would no longer add up). Make a new rubric for new assignments."
)
RUBRIC_COURSE_FIXED = _("Assignments of this course use the rubric: it stays with its course.")


def file_types_clean(value: str) -> str:
    """ "PDF, .docx;jpg" → "pdf, docx, jpg"; only types whose content the platform can check."""
    parts = (p.strip().lstrip(".").lower() for p in value.replace(";", ",").split(","))
    types = list(dict.fromkeys(p for p in parts if p))
    unknown = [t for t in types if t not in KNOWN_EXTENSIONS]
    if unknown:
        raise ValidationError(
            FILE_TYPES_UNKNOWN,
            params={"types": ", ".join(unknown), "known": ", ".join(KNOWN_EXTENSIONS)},
            code="file_types",
        )
    return ", ".join(types)


class AssignmentAdminForm(WagtailAdminModelForm):
    """The lesson decides the assignment's identity and course; trainers pick only lessons of
    courses they teach."""

    def clean_lesson(self):
        lesson = self.cleaned_data.get("lesson")
        if lesson is None:
            return lesson
        course_key = lesson_course_key(lesson)
        if course_key is None or (
            self.for_user is not None
            and not assignment_author_allowed(user=self.for_user, course_key=course_key)
        ):
            raise ValidationError(LESSON_NOT_YOURS, code="lesson_not_yours")
        instance = self.instance
        if (
            instance.pk
            and instance.lesson_key != lesson.translation_key
            and instance.submissions.exists()
        ):
            raise ValidationError(LESSON_FIXED, code="lesson_fixed")
        taken = Assignment.objects.filter(lesson_key=lesson.translation_key)
        if instance.pk:
            taken = taken.exclude(pk=instance.pk)
        if taken.exists():
            raise ValidationError(LESSON_HAS_ASSIGNMENT, code="lesson_taken")
        instance.lesson_key = lesson.translation_key
        instance.course_key = course_key
        return lesson

    def clean_file_types(self):
        return file_types_clean(self.cleaned_data.get("file_types", ""))

    def clean(self):
        data = super().clean()
        lesson, rubric = data.get("lesson"), data.get("rubric")
        grading = data.get("grading_type")
        if grading == GradingType.RUBRIC and rubric is None:
            self.add_error("rubric", ValidationError(RUBRIC_REQUIRED, code="rubric_required"))
        if grading == GradingType.POINTS and rubric is not None:
            self.add_error("rubric", ValidationError(RUBRIC_UNUSED, code="rubric_unused"))
        if (
            rubric is not None
            and lesson is not None
            and "lesson" not in self.errors
            and rubric.course_key != self.instance.course_key
        ):
            self.add_error("rubric", ValidationError(RUBRIC_OTHER_COURSE, code="rubric_course"))
        self._grading_fixed_check(data)
        if not data.get("accepts_text") and not data.get("accepts_files"):
            self.add_error(None, ValidationError(NOTHING_TO_HAND_IN, code="nothing"))
        if data.get("accepts_files") and "file_types" in data and not data["file_types"]:
            self.add_error("file_types", ValidationError(FILE_TYPES_EMPTY, code="file_types"))
        opens, due = data.get("opens_at"), data.get("due_at")
        cutoff, grading_due = data.get("cutoff_at"), data.get("grading_due_at")
        if opens and due and opens >= due:
            self.add_error("opens_at", ValidationError(OPENS_AFTER_DUE, code="opens"))
        if cutoff and due and cutoff < due:
            self.add_error("cutoff_at", ValidationError(CUTOFF_BEFORE_DUE, code="cutoff"))
        if grading_due and due and grading_due < due:
            self.add_error(
                "grading_due_at", ValidationError(GRADING_DUE_BEFORE_DUE, code="grading_due")
            )
        return data

    def _grading_fixed_check(self, data) -> None:
        """Grades already given were computed one way: switching to another would mix them."""
        instance = self.instance
        if not instance.pk:
            return
        changed = (
            data.get("grading_type", instance.grading_type) != instance.grading_type
            or (data.get("rubric").pk if data.get("rubric") else None) != instance.rubric_id
        )
        if changed and assignment_graded(assignment=instance):
            self.add_error(None, ValidationError(GRADING_FIXED, code="grading_fixed"))


def _cluster_changed(form) -> bool:
    """Did the nested forms (criteria, their levels) add, change or delete anything?"""
    for formset in getattr(form, "formsets", {}).values():
        if formset.deleted_forms:
            return True
        for child in formset.forms:
            if child in formset.deleted_forms:
                continue
            if not child.instance.pk and not child.has_changed():
                continue  # an empty extra form
            if child.has_changed() or not child.instance.pk or _cluster_changed(child):
                return True
    return False


class RubricAdminForm(WagtailAdminModelForm):
    """A rubric belongs to a course its author teaches, and freezes once grades use it."""

    def clean_course(self):
        course = self.cleaned_data.get("course")
        if course is None:
            return course
        if self.for_user is not None and not assignment_author_allowed(
            user=self.for_user, course_key=course.translation_key
        ):
            raise ValidationError(COURSE_NOT_YOURS, code="course_not_yours")
        instance = self.instance
        if (
            instance.pk
            and instance.course_key != course.translation_key
            and instance.assignments.exists()
        ):
            raise ValidationError(RUBRIC_COURSE_FIXED, code="course_fixed")
        instance.course_key = course.translation_key
        return course

    def is_valid(self):
        valid = super().is_valid()
        if self.instance.pk and rubric_in_use(rubric=self.instance) and _cluster_changed(self):
            self.add_error(None, ValidationError(RUBRIC_FROZEN, code="rubric_frozen"))
            return False
        return valid
