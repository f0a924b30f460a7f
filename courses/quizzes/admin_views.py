"""Admin screens for quizzes: import (with preview), Moodle XML export, gradebook and its export."""

import base64
import binascii
import re

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from courses.catalogue.models import CoursePage
from courses.enrolment.models import ENROLLED_STATUSES, Enrollment
from courses.quizzes import bank
from courses.quizzes.authoring import questions_import_to_bank
from courses.quizzes.formats.gift import gift_parse
from courses.quizzes.formats.moodle_xml import moodle_xml_export, moodle_xml_parse
from courses.quizzes.formats.report import report_counts, report_from_result
from courses.quizzes.models import Quiz
from courses.quizzes.selectors import (
    course_gradebook,
    courses_for_gradebook,
    learner_attempts,
    quizzes_for_user,
)
from lms.access_log.models import AccessAction
from lms.access_log.services import access_record
from lms.slugs import ascii_slug
from lms.spreadsheets import spreadsheet_response

# Moodle XML carries its images base64-encoded inside the file: 20 MB, as Wagtail documents.
MAX_UPLOAD = 20 * 1024 * 1024
FORMATS = {"gift": gift_parse, "xml": moodle_xml_parse}
EXTENSIONS = {".gift": "gift", ".txt": "gift", ".xml": "xml"}


class QuestionImportForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Question file"),
        help_text=gettext_lazy("GIFT (.gift or .txt) or Moodle XML (.xml), up to 20 MB."),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        name = upload.name.lower()
        kind = next((fmt for ext, fmt in EXTENSIONS.items() if name.endswith(ext)), None)
        if kind is None:
            raise forms.ValidationError(_("Upload a .gift, .txt or .xml file."))
        if upload.size > MAX_UPLOAD:
            raise forms.ValidationError(_("The file is larger than 20 MB."))
        data = upload.read()
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as error:
            raise forms.ValidationError(_("The file must be saved as UTF-8 text.")) from error
        self.cleaned_data["format"] = kind
        return data


def _quiz_for(request, quiz_id: int) -> Quiz:
    quiz = get_object_or_404(Quiz.objects.select_related("lesson"), pk=quiz_id)
    if not quizzes_for_user(user=request.user).filter(pk=quiz.pk).exists():
        raise PermissionDenied
    return quiz


def _parse(kind: str, data: bytes):
    return FORMATS[kind](data if kind == "xml" else data.decode("utf-8"))


# Files above this travel between preview and confirm in private storage, not in the form (a
# form field is limited to Django's DATA_UPLOAD_MAX_MEMORY_SIZE, 2.5 MB).
INLINE_PAYLOAD = 1024 * 1024
STASH = "quiz-imports"
STASH_NAME = re.compile(r"^quiz-imports/\d{4}/[0-9a-f]{32}\.(gift|xml)$")


def _stash(request, kind: str, data: bytes) -> str:
    from django.core.files.base import ContentFile

    from lms.private_storage import private_storage, private_upload_name

    name = private_upload_name(STASH, f"upload.{kind}")
    name = private_storage().save(name, ContentFile(data))
    request.session[f"quiz-import-{name}"] = request.user.pk
    return name


def _unstash(request, name: str) -> bytes:
    from lms.private_storage import private_storage

    if not STASH_NAME.match(name) or request.session.get(f"quiz-import-{name}") != request.user.pk:
        return b""
    storage = private_storage()
    if not storage.exists(name):
        return b""
    with storage.open(name, "rb") as handle:
        data = handle.read(MAX_UPLOAD + 1)
    storage.delete(name)
    request.session.pop(f"quiz-import-{name}", None)
    return data


def quiz_import(request, quiz_id: int):
    """Upload -> preview (questions it will import, errors by position) -> confirm."""
    quiz = _quiz_for(request, quiz_id)
    form = QuestionImportForm()
    preview = None
    if request.method == "POST" and request.POST.get("confirm"):
        kind = request.POST.get("format", "")
        if request.POST.get("stash"):
            data = _unstash(request, request.POST["stash"])
        else:
            try:
                data = base64.b64decode(request.POST.get("payload", ""), validate=True)
            except (binascii.Error, ValueError):
                data = b""
        if kind not in FORMATS or not data or len(data) > MAX_UPLOAD:
            messages.error(request, _("The upload was lost; choose the file again."))
            return redirect("quiz_admin:import", quiz_id=quiz.pk)
        result = _parse(kind, data)
        outcome = questions_import_to_bank(
            course_key=bank.quiz_course_key(quiz), result=result, quiz=quiz
        )
        messages.success(
            request,
            _(
                "%(count)s questions imported into the course's question bank and added to the "
                "quiz; %(bad)s could not be read."
            )
            % {"count": len(outcome.created) + len(outcome.updated), "bad": len(result.errors)},
        )
        return redirect("wagtailsnippets_quizzes_quiz:edit", quiz.pk)
    if request.method == "POST":
        form = QuestionImportForm(request.POST, request.FILES)
        if form.is_valid():
            data = form.cleaned_data["file"]
            kind = form.cleaned_data["format"]
            result = _parse(kind, data)
            report = report_from_result(result)
            preview = {
                "result": result,
                "report": report,
                "counts": report_counts(report),
                "format": kind,
            }
            if len(data) > INLINE_PAYLOAD:
                preview["stash"] = _stash(request, kind, data)
            else:
                preview["payload"] = base64.b64encode(data).decode()
    return TemplateResponse(
        request,
        "quizzes/admin/import.html",
        {"quiz": quiz, "form": form, "preview": preview},
        status=400 if request.method == "POST" and not form.is_valid() and not preview else 200,
    )


def quiz_export(request, quiz_id: int):
    """The quiz's questions (its own, then its fixed bank questions) as a Moodle XML download."""
    quiz = _quiz_for(request, quiz_id)
    questions = list(quiz.questions.prefetch_related("options").order_by("sort_order", "pk"))
    fixed = (
        quiz.slots.filter(question__isnull=False)
        .select_related("question")
        .prefetch_related("question__options")
        .order_by("sort_order", "pk")
    )
    questions += [slot.question for slot in fixed if slot.question not in questions]
    response = HttpResponse(
        moodle_xml_export(quiz=quiz, questions=questions), content_type="application/xml"
    )
    name = ascii_slug(quiz.title) or f"quiz-{quiz.pk}"
    response["Content-Disposition"] = f'attachment; filename="{name}.xml"'
    return response


# ---- gradebook -------------------------------------------------------------------------------


def _course_for(request, course_id: int) -> CoursePage:
    course = courses_for_gradebook(user=request.user).filter(pk=course_id).first()
    if course is None:
        raise PermissionDenied
    return course


def gradebook_index(request):
    """Courses whose gradebook the user may open."""
    return TemplateResponse(
        request,
        "quizzes/admin/gradebook_index.html",
        {"courses": list(courses_for_gradebook(user=request.user))},
    )


def gradebook_course(request, course_id: int):
    """Learners by quizzes with grade, attempts and pass state."""
    course = _course_for(request, course_id)
    gradebook = course_gradebook(course=course)
    _gradebook_logged(request, course, gradebook, detail="gradebook")
    waiting = sum(getattr(cell, "waiting", 0) for row in gradebook.rows for cell in row.cells)
    return TemplateResponse(
        request,
        "quizzes/admin/gradebook.html",
        {"gradebook": gradebook, "course": course, "waiting": waiting},
    )


def _gradebook_logged(request, course, gradebook, *, detail: str) -> None:
    """The access log: every learner of the gradebook was seen with their grades."""
    access_record(
        actor=request.user,
        action=AccessAction.GRADEBOOK,
        subjects=[row.user.pk for row in gradebook.rows],
        course_key=course.translation_key,
        detail=detail,
    )


def _gradebook_rows(gradebook) -> list[list]:
    header = [_("Learner"), _("E-mail")]
    for column in gradebook.columns:
        header += [
            f"{column.title}: {_('grade (%)')}",
            f"{column.title}: {_('attempts')}",
            f"{column.title}: {_('passed')}",
        ]
    header.append(_("Course total (%)"))
    rows = [header]
    for row in gradebook.rows:
        line = [row.user.full_name, row.user.email]
        for cell in row.cells:
            line += [
                float(cell.grade) if cell.grade is not None else "",
                cell.attempts,
                _("yes") if cell.passed else _("no"),
            ]
        line.append(float(row.total) if row.total is not None else "")
        rows.append(line)
    return rows


def gradebook_export(request, course_id: int, fmt: str):
    course = _course_for(request, course_id)
    if fmt not in ("csv", "xlsx"):
        raise Http404
    gradebook = course_gradebook(course=course)
    response = spreadsheet_response(
        rows=_gradebook_rows(gradebook),
        name=f"gradebook-{slugify(course.slug) or course.pk}",
        file_format=fmt,
        sheet_title=_("Gradebook"),
    )
    _gradebook_logged(request, course, gradebook, detail=f"gradebook.{fmt}")
    return response


def gradebook_learner(request, course_id: int, user_id: int):
    """One learner's attempts in the course with every answer given."""
    course = _course_for(request, course_id)
    enrolment = (
        Enrollment.objects.filter(
            course_key=course.translation_key, user_id=user_id, status__in=ENROLLED_STATUSES
        )
        .select_related("user")
        .first()
    )
    if enrolment is None:  # the gradebook lists enrolled learners only
        raise Http404
    access_record(
        actor=request.user,
        action=AccessAction.RECORD_VIEW,
        subjects=[enrolment.user_id],
        course_key=course.translation_key,
        detail="quiz attempts and answers",
    )
    return TemplateResponse(
        request,
        "quizzes/admin/gradebook_learner.html",
        {
            "course": course,
            "learner": enrolment.user,
            "attempts": learner_attempts(user=enrolment.user, course=course),
        },
    )
