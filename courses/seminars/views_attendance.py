"""Attendance screens for a seminar's trainers and the managers (docs/seminars.md, Attendance):
the phone sheet per session, walk-ins, the printed sign-in sheet and its spreadsheet, uploading
a filled list back, matching walk-ins to accounts, and issuing certificates of attendance.

Everyone else gets 404 (the session's existence is not revealed); anonymous people are sent to
sign in.
"""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from courses.seminars import sheets
from courses.seminars.attendance import (
    marks_save,
    seminar_for_staff,
    session_for_staff,
    session_summary,
    sheet_rows,
)
from courses.seminars.certificates import certificate_eligibility, seminar_certificates_issue
from courses.seminars.models import AttendanceMark
from courses.seminars.selectors import seminar_text
from courses.seminars.walk_ins import walk_in_add, walk_ins_match, walk_ins_unmatched
from lms.accounts.models import Gender, Position
from lms.params import IdModelChoiceField
from lms.places.models import Municipality
from lms.places.widgets import MunicipalityPicker
from lms.spreadsheets import FILE_FORMATS, spreadsheet_response

MARK_FIELD = "mark-"


class WalkInForm(forms.Form):
    full_name = forms.CharField(label=gettext_lazy("Full name"), max_length=200)
    municipality = IdModelChoiceField(
        Municipality.objects.all(),
        label=gettext_lazy("Municipality"),
        required=False,
        widget=MunicipalityPicker,
    )
    position = forms.ChoiceField(
        label=gettext_lazy("Position"), choices=[("", "—"), *Position.choices], required=False
    )
    gender = forms.ChoiceField(
        label=gettext_lazy("Gender"), choices=[("", "—"), *Gender.choices], required=False
    )
    email = forms.EmailField(
        label=gettext_lazy("E-mail (optional)"),
        required=False,
        help_text=gettext_lazy("With an e-mail, the person is joined to their account later."),
    )

    def clean_full_name(self):
        name = " ".join(self.cleaned_data["full_name"].split())
        if not name:
            raise ValidationError(gettext_lazy("Write the person's name."))
        return name


class SheetUploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Filled list (CSV or XLSX)"),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.txt,.xlsx"}),
    )


def _sheet_context(request, session, walk_in_form=None):
    rows = sheet_rows(session)
    return {
        "session": session,
        "seminar": session.seminar,
        "title": seminar_text(session.seminar, "title"),
        "when": sheets.session_when(session),
        "place": sheets.session_place(session),
        "rows": rows,
        "marks": AttendanceMark.choices,
        "summary": session_summary(session),
        "walk_in_form": walk_in_form or WalkInForm(prefix="walk_in"),
    }


@login_required
@require_http_methods(["GET", "POST"])
def attendance_sheet(request, session_id: int):
    """The phone sheet: four large radio targets per person, one plain form. Only the people
    posted change, so re-posting or a stale form from another phone is harmless."""
    session = session_for_staff(request.user, session_id)
    if request.method == "POST":
        marks = {}
        for key, value in request.POST.items():
            if key.startswith(MARK_FIELD) and key[len(MARK_FIELD) :].isdigit():
                marks[int(key[len(MARK_FIELD) :])] = value
        changed = marks_save(session=session, marks=marks, by=request.user)
        messages.success(
            request, _("Attendance saved: %(count)s mark(s) changed.") % {"count": len(changed)}
        )
        return redirect("seminars:attendance", session_id=session.pk)
    return render(request, "seminars/attendance_sheet.html", _sheet_context(request, session))


@login_required
@require_POST
def walk_in(request, session_id: int):
    """Add someone who came without registering; they are marked present at this session."""
    session = session_for_staff(request.user, session_id)
    form = WalkInForm(request.POST, prefix="walk_in")
    if not form.is_valid():
        context = _sheet_context(request, session, walk_in_form=form)
        return render(request, "seminars/attendance_sheet.html", context, status=400)
    data = form.cleaned_data
    registration, created = walk_in_add(
        seminar=session.seminar,
        full_name=data["full_name"],
        municipality=data["municipality"],
        position=data["position"],
        gender=data["gender"],
        email=data["email"],
        by=request.user,
    )
    marks_save(session=session, marks={registration.pk: AttendanceMark.PRESENT}, by=request.user)
    if created:
        messages.success(
            request, _("%(name)s was added and marked present.") % {"name": data["full_name"]}
        )
    else:
        messages.info(
            request,
            _("%(name)s was already on the list: marked present.") % {"name": data["full_name"]},
        )
    return redirect("seminars:attendance", session_id=session.pk)


@login_required
@require_GET
def sheet_pdf(request, session_id: int):
    """The printed sign-in sheet, in the language of the page."""
    session = session_for_staff(request.user, session_id)
    response = HttpResponse(sheets.sheet_pdf(session), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="sign-in-sheet-{session.pk}.pdf"'
    return response


@login_required
@require_GET
def sheet_export(request, session_id: int, file_format: str):
    """The sheet as CSV or XLSX with the names filled in, to type the marks into."""
    if file_format not in FILE_FORMATS:
        raise Http404
    session = session_for_staff(request.user, session_id)
    language = translation.get_language() or "ky"
    return spreadsheet_response(
        rows=sheets.sheet_export_rows(session, language=language[:2]),
        name=f"sign-in-sheet-{session.pk}",
        file_format=file_format,
        sheet_title="Sheet",
        delimiter=";" if language[:2] in ("ky", "ru") else ",",
    )


@login_required
@require_http_methods(["GET", "POST"])
def sheet_upload(request, session_id: int):
    """Upload the filled list: a preview of each row's outcome first, then "Confirm"."""
    session = session_for_staff(request.user, session_id)
    context = {
        "session": session,
        "seminar": session.seminar,
        "title": seminar_text(session.seminar, "title"),
        "when": sheets.session_when(session),
    }
    if request.method == "POST" and "token" in request.POST:
        try:
            lines = sheets.preview_lines(session, request.POST["token"])
        except ValidationError as error:
            messages.error(request, error.messages[0])
            return redirect("seminars:sheet_upload", session_id=session.pk)
        result = sheets.sheet_apply(session, lines, by=request.user)
        messages.success(
            request,
            _("The list is saved: %(marked)s mark(s) changed, %(walk_ins)s walk-in(s) added.")
            % {"marked": result.marked, "walk_ins": result.walk_ins},
        )
        return redirect("seminars:attendance", session_id=session.pk)
    form = SheetUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        raw = upload.read(sheets.MAX_BYTES + 1)
        try:
            lines = sheets.sheet_preview(session, raw=raw, name=upload.name or "")
        except ValidationError as error:
            form.add_error("file", error)
        else:
            context.update(
                {
                    "lines": lines,
                    "kept": [line for line in lines if not line.refused],
                    "refused": [line for line in lines if line.refused],
                    "token": sheets.preview_token(session, lines),
                    "mark_labels": dict(AttendanceMark.choices),
                }
            )
            return render(request, "seminars/sheet_preview.html", context)
    context["form"] = form
    return render(
        request, "seminars/sheet_upload.html", context, status=400 if form.errors else 200
    )


@login_required
@require_POST
def walk_ins_match_view(request, seminar_id: int):
    """Join the seminar's walk-ins whose e-mail is now an account's."""
    seminar = seminar_for_staff(request.user, seminar_id)
    result = walk_ins_match(seminar=seminar)
    left = walk_ins_unmatched(seminar).count()
    messages.success(
        request,
        _(
            "%(joined)s walk-in(s) joined to their account, %(merged)s merged into an existing "
            "registration; %(left)s without an account."
        )
        % {"joined": result.joined, "merged": result.merged, "left": left},
    )
    return redirect("seminars:manage", seminar_id=seminar.pk)


@login_required
@require_http_methods(["GET", "POST"])
def certificates(request, seminar_id: int):
    """Who earned a certificate of attendance; "Issue certificates" issues the missing ones."""
    seminar = seminar_for_staff(request.user, seminar_id)
    if request.method == "POST":
        issued, eligibility = seminar_certificates_issue(seminar=seminar, by=request.user)
        messages.success(request, _("%(count)s certificate(s) issued.") % {"count": issued})
        return redirect("seminars:certificates", seminar_id=seminar.pk)
    eligibility = certificate_eligibility(seminar)
    return render(
        request,
        "seminars/certificates_issue.html",
        {
            "seminar": seminar,
            "title": seminar_text(seminar, "title"),
            "eligibility": eligibility,
            "missing": len(eligibility.earned) - eligibility.already,
        },
    )
