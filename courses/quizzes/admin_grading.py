"""The grading screen next to the gradebook: a course's essay answers waiting for a trainer, and
the form that grades one (with its rubric or points, and a comment). Trainers of the course
and managers only, like the gradebook (`courses_for_gradebook`)."""

from django import forms
from django.contrib import messages
from django.core.validators import MaxValueValidator
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from courses.quizzes.admin_views import _course_for
from courses.quizzes.essay_grading import (
    ALREADY_GRADED,
    GradingRefused,
    answer_version,
    essay_answer_grade,
    grading_answer_get,
    grading_queue,
    rubric_levels_chosen,
)
from lms.access_log.models import AccessAction
from lms.access_log.services import access_record


class EssayGradeForm(forms.Form):
    """Points (or a level per rubric criterion), a comment, and the version graded."""

    points = forms.DecimalField(
        label=gettext_lazy("Points"), required=False, min_value=0, decimal_places=2
    )
    comment = forms.CharField(
        label=gettext_lazy("Comment for the learner"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=10_000,
    )
    version = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, *args, question, **kwargs):
        super().__init__(*args, **kwargs)
        self.question = question
        self.fields["points"].validators.append(MaxValueValidator(question.points))
        self.fields["points"].widget.attrs["max"] = f"{question.points.normalize():f}"
        self.fields["points"].help_text = _("From 0 to %(max)s.") % {
            "max": f"{question.points.normalize():f}"
        }
        if question.rubric:
            del self.fields["points"]
        for index, criterion in enumerate(question.rubric or []):
            self.fields[f"level_{index}"] = forms.TypedChoiceField(
                label=criterion.get("name") or _("Criterion %(n)s") % {"n": index + 1},
                choices=[
                    (str(i), f"{level.get('label', '')} ({level.get('points')})")
                    for i, level in enumerate(criterion.get("levels", []))
                ],
                coerce=int,
                widget=forms.RadioSelect,
            )

    @property
    def level_fields(self):
        return [self[name] for name in self.fields if name.startswith("level_")]

    def levels(self) -> list[int]:
        return [self.cleaned_data[name] for name in self.fields if name.startswith("level_")]


def grading_index(request, course_id: int):
    """The answers waiting in the course, by quiz, each with a link to grade it."""
    course = _course_for(request, course_id)
    queue = grading_queue(course=course)
    learners = {a.attempt.user_id for _quiz, answers in queue.quizzes for a in answers}
    if learners:
        access_record(
            actor=request.user,
            action=AccessAction.GRADEBOOK,
            subjects=sorted(learners),
            course_key=course.translation_key,
            detail="essays to grade",
        )
    return TemplateResponse(
        request, "quizzes/grading_index.html", {"course": course, "queue": queue}
    )


def grading_answer(request, course_id: int, answer_id: int):
    """One answer: the question, the learner's answer (escaped), the grader information, and
    the form; saving regrades the attempt and tells the learner."""
    course = _course_for(request, course_id)
    answer = grading_answer_get(course=course, answer_id=answer_id)
    if answer is None:
        raise Http404
    question = answer.question
    status = 200
    initial = {
        "version": answer_version(answer),
        "comment": answer.grader_comment,
        "points": answer.points if answer.graded_at else None,
    }
    for index, level in enumerate(answer.rubric_levels or []):
        initial[f"level_{index}"] = str(level)
    form = EssayGradeForm(initial=initial, question=question)
    if request.method == "POST":
        form = EssayGradeForm(request.POST, question=question)
        if form.is_valid():
            try:
                essay_answer_grade(
                    answer_id=answer.pk,
                    grader=request.user,
                    version=form.cleaned_data["version"],
                    points=form.cleaned_data.get("points"),
                    levels=form.levels(),
                    comment=form.cleaned_data["comment"],
                )
            except GradingRefused as refusal:
                if refusal.message == ALREADY_GRADED:
                    messages.error(request, refusal.message)
                    answer = grading_answer_get(course=course, answer_id=answer_id)
                    form = EssayGradeForm(
                        initial={
                            "version": answer_version(answer),
                            "comment": answer.grader_comment,
                            "points": answer.points,
                        },
                        question=question,
                    )
                    status = 409
                else:
                    form.add_error(refusal.field or None, refusal.message)
                    status = 400
            else:
                messages.success(
                    request,
                    _("The answer of %(name)s is graded.")
                    % {"name": answer.attempt.user.full_name or answer.attempt.user.email},
                )
                return redirect("quiz_admin:grading", course_id=course.pk)
        else:
            status = 400
    access_record(
        actor=request.user,
        action=AccessAction.RECORD_VIEW,
        subjects=[answer.attempt.user_id],
        course_key=course.translation_key,
        detail="essay answer",
    )
    return TemplateResponse(
        request,
        "quizzes/grading_answer.html",
        {
            "course": course,
            "answer": answer,
            "question": question,
            "form": form,
            "chosen": rubric_levels_chosen(question, answer),
        },
        status=status,
    )
