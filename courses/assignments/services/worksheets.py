"""The offline grading worksheet: download the enrolled learners as CSV or XLSX, fill in grades
and feedback in a spreadsheet program, upload it back.

The upload is checked at once (type, size, readable, this assignment's headings), stored
privately and graded by a background job with progress (a transaction per row takes minutes for
a large course). Each row goes through `submission_grade_save` (the same service as the grading
page) in its own transaction, so a bad row is reported by its line number and never stops the
good ones.
A row whose grade and feedback equal what is stored is skipped, so uploading the same file twice
grades nothing twice. The "version" column carries each grade's version
at download time: a row changed in the file whose grade was changed on the site since then is
refused (someone else's newer grade is not overwritten) unless the trainer asks to overwrite.

Rubric assignments get one column per criterion holding the points of the chosen level (the
grade's levels must be known: a total alone cannot say which level each criterion got); the
allowed points are in the column's heading, and the total is computed as on the grading page.
"""

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import timedelta
from decimal import Decimal, InvalidOperation
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from courses.assignments.models import (
    Assignment,
    CriterionScore,
    GradingType,
    RubricCriterion,
    Submission,
    SubmissionStatus,
    WorksheetUpload,
    WorksheetUploadState,
)
from courses.assignments.selectors.grading import rubric_with_levels
from courses.assignments.services.archives import KEEP
from courses.enrolment.models import ENROLLED_STATUSES, Enrollment
from lms.outbox.services import outbox_send
from lms.spreadsheets import FORMULA_STARTS

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
MAX_ROWS = 5000
PROGRESS_EVERY = 20
# A job running longer than the task's hard limit died with its worker: it may be taken again.
RUNNING_STALE = timedelta(hours=1)
EXTENSIONS = (".csv", ".xlsx")

WRONG_TYPE = gettext_lazy("Upload the worksheet as a .csv or .xlsx file.")
TOO_BIG = gettext_lazy("The file is larger than 5 MB.")
UNREADABLE = gettext_lazy(
    "The file could not be read. Save it again as CSV (UTF-8 or Windows-1251) or XLSX."
)
TOO_MANY_ROWS = gettext_lazy("The file has more than 5000 rows.")
NO_HEADER = gettext_lazy(
    "The first row must be the worksheet's column headings (with “Learner ID”). Download the "
    "worksheet again and fill in that file."
)
NO_GRADE_COLUMNS = gettext_lazy(
    "The worksheet has no grade column for this assignment. Download it again: the assignment's "
    "grading may have changed."
)


def _labels() -> dict[str, str]:
    """Column key → heading in the active language (criteria and the grade are added apart)."""
    return {
        "id": _("Learner ID"),
        "name": _("Full name"),
        "email": _("E-mail address"),
        "municipality": _("Municipality"),
        "status": _("Status"),
        "submitted": _("Submitted"),
        "late": _("Late"),
        "grade": _("Grade"),
        "feedback": _("Feedback"),
        "version": _("Version (do not change)"),
    }


def _heading_key(text: str) -> str:
    """ "Grade (out of 100)" and "grade" are the same heading."""
    return re.split(r"[(\[:]", str(text), maxsplit=1)[0].strip().lower()


def _known_headings() -> dict[str, str]:
    """Every language's heading → column key: a worksheet downloaded in Russian may be
    uploaded from the Kyrgyz page."""
    known = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            for key, label in _labels().items():
                known[_heading_key(label)] = key
    return known


CRITERION_HEADING = re.compile(r"\[c(\d+)\]")


def _number(value: Decimal) -> str:
    """85.50 → "85.5", 10.00 → "10": what a person would type."""
    return format(value.normalize(), "f")


@dataclass
class _Work:
    """A learner's latest attempt and its grade, as plain values (the worksheet reads 2,000
    rows: model instances would cost more than the queries)."""

    submission_id: int
    status: str
    submitted_at: object
    late: bool
    grade_id: int | None
    points: Decimal | None
    feedback: str
    version: int | None
    released_at: object
    levels: dict = field(default_factory=dict)  # criterion id → level id
    level_points: dict = field(default_factory=dict)  # criterion id → the level's points
    comments: dict = field(default_factory=dict)  # criterion id → comment

    @property
    def graded(self) -> bool:
        return self.grade_id is not None


@dataclass
class _Learner:
    user_id: int
    full_name: str
    email: str
    municipality: str
    work: _Work | None

    @property
    def name(self) -> str:
        return self.full_name or self.email


def _criteria(assignment: Assignment) -> list[RubricCriterion]:
    if assignment.grading_type != GradingType.RUBRIC:
        return []
    return rubric_with_levels(assignment=assignment)


def _learners(assignment: Assignment, *, rubric: bool) -> list[_Learner]:
    """Enrolled learners by name with their latest attempt and its grade (two queries, three
    with a rubric's levels), whatever the number of learners."""
    language = (translation.get_language() or "ky")[:2]
    place = f"user__municipality__name_{language if language in ('ru', 'en') else 'ky'}"
    enrolled = (
        Enrollment.objects.filter(course_key=assignment.course_key, status__in=ENROLLED_STATUSES)
        .order_by("user__full_name", "user__email", "pk")
        .values_list(
            "user_id", "user__full_name", "user__email", place, "user__municipality__name_ky"
        )
    )
    works = {
        row[0]: _Work(*row[1:])
        for row in Submission.objects.filter(assignment=assignment, is_latest=True).values_list(
            "user_id",
            "pk",
            "status",
            "submitted_at",
            "late",
            "grade__id",
            "grade__points",
            "grade__feedback",
            "grade__version",
            "grade__released_at",
        )
    }
    if rubric:
        by_grade = {work.grade_id: work for work in works.values() if work.graded}
        scores = CriterionScore.objects.filter(
            grade__submission__assignment=assignment, grade__submission__is_latest=True
        ).values_list("grade_id", "criterion_id", "level_id", "level__points", "comment")
        for grade_id, criterion_id, level_id, points, comment in scores:
            work = by_grade.get(grade_id)
            if work is not None:
                work.levels[criterion_id] = level_id
                work.level_points[criterion_id] = points
                work.comments[criterion_id] = comment
    return [
        _Learner(
            user_id, full_name, email, municipality or municipality_ky or "", works.get(user_id)
        )
        for user_id, full_name, email, municipality, municipality_ky in enrolled
    ]


def _status_label(work: _Work | None) -> str:
    if work is None:
        return _("Not started")
    if work.graded:
        return _("Grade released") if work.released_at else _("Graded")
    if work.status == SubmissionStatus.SUBMITTED:
        return _("Submitted")
    return _("Draft")


def _criterion_heading(number: int, criterion: RubricCriterion) -> str:
    points = " / ".join(_number(level.points) for level in criterion.levels.all())
    return _("Criterion %(number)d [c%(id)d] (%(points)s): %(text)s") % {
        "number": number,
        "id": criterion.pk,
        "points": points,
        "text": criterion.display_description,
    }


def worksheet_rows(*, assignment: Assignment):
    """The worksheet: a heading row, then one row per enrolled learner (header first)."""
    labels = _labels()
    criteria = _criteria(assignment)
    head = [labels[k] for k in ("id", "name", "email", "municipality", "status", "submitted")]
    head.append(labels["late"])
    if criteria:
        head += [_criterion_heading(n, c) for n, c in enumerate(criteria, start=1)]
    else:
        maximum = _("out of %(max)s") % {"max": _number(Decimal(assignment.max_points))}
        head.append(f"{labels['grade']} ({maximum})")
    head += [labels["feedback"], labels["version"]]
    yield head
    tz = timezone.get_current_timezone()
    yes = _("yes")
    for learner in _learners(assignment, rubric=bool(criteria)):
        work = learner.work
        submitted = work.submitted_at if work else None
        row = [
            learner.user_id,
            learner.full_name,
            learner.email,
            learner.municipality,
            _status_label(work),
            submitted.astimezone(tz).strftime("%Y-%m-%d %H:%M") if submitted else "",
            yes if work and work.late else "",
        ]
        graded = work is not None and work.graded
        if criteria:
            chosen = work.level_points if graded else {}
            row += [_number(chosen[c.pk]) if c.pk in chosen else "" for c in criteria]
        else:
            row.append(_number(work.points) if graded else "")
        row += [work.feedback if graded else "", work.version if graded else ""]
        yield row


def worksheet_name(assignment: Assignment) -> str:
    return f"grading-{assignment.pk}-{timezone.localdate():%Y%m%d}"


# ---- reading an upload -------------------------------------------------------------------------


class _Semicolon(csv.excel):
    delimiter = ";"


def _extension(name: str) -> str:
    name = (name or "").lower()
    return next((ext for ext in EXTENSIONS if name.endswith(ext)), "")


def _cell(value) -> str:
    """A cell as text: 85.0 from Excel is "85"; a leading apostrophe our download added in
    front of a formula character (CSV injection guard) is taken off again."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).replace("\u00a0", " ").strip()
    if text.startswith("'") and text[1:2] and text[1] in FORMULA_STARTS:
        text = text[1:]
    return text


def worksheet_table(*, raw: bytes, name: str) -> list[list[str]]:
    """All rows of a CSV (UTF-8 or Windows-1251, comma, semicolon or tab) or XLSX file."""
    try:
        if _extension(name) == ".xlsx":
            from openpyxl import load_workbook

            book = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
            try:
                sheet = book.worksheets[0]
                table = []
                for row in sheet.iter_rows(values_only=True):
                    table.append([_cell(value) for value in row])
                    if len(table) > MAX_ROWS + 1:
                        break
            finally:
                book.close()
        else:
            try:
                text = raw.decode("utf-8-sig")
            except UnicodeDecodeError:
                text = raw.decode("cp1251")
            first = text.split("\n", 1)[0]
            try:
                dialect = csv.Sniffer().sniff(first, delimiters=",;\t")
            except csv.Error:  # one column, or a heading the sniffer cannot tell
                dialect = _Semicolon if first.count(";") > first.count(",") else csv.excel
            table = [[_cell(c) for c in row] for row in csv.reader(io.StringIO(text), dialect)]
    except Exception as error:  # any parser error means the same to the person uploading
        raise ValidationError(UNREADABLE, code="unreadable") from error
    if len(table) > MAX_ROWS + 1:
        raise ValidationError(TOO_MANY_ROWS, code="rows")
    return table


# ---- applying an upload ------------------------------------------------------------------------


@dataclass
class WorksheetReport:
    """What an upload did: grades saved, rows unchanged, rows without a grade, and errors
    as (line number, message)."""

    graded: int = 0
    unchanged: int = 0
    empty: int = 0
    errors: list[tuple[int, str]] = field(default_factory=list)

    @property
    def rows(self) -> int:
        return self.graded + self.unchanged + self.empty + len(self.errors)


class _RowError(Exception):
    pass


def _decimal(text: str) -> Decimal:
    cleaned = text.replace(" ", "")
    if "," in cleaned and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")  # 85,5 from a Russian or Kyrgyz Excel
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise _RowError(_("“%(value)s” is not a number.") % {"value": text}) from None
    if not value.is_finite():
        raise _RowError(_("“%(value)s” is not a number.") % {"value": text})
    return value


def _columns(header: list[str], criteria) -> dict:
    """Column key (or criterion id) → index, from the heading row; ValidationError when the
    heading is not the worksheet's."""
    known = _known_headings()
    columns: dict = {}
    for index, text in enumerate(header):
        match = CRITERION_HEADING.search(text)
        if match:
            columns[("criterion", int(match.group(1)))] = index
            continue
        key = known.get(_heading_key(text))
        if key and key not in columns:
            columns[key] = index
    if "id" not in columns:
        raise ValidationError(NO_HEADER, code="header")
    if criteria:
        if not any(("criterion", c.pk) in columns for c in criteria):
            raise ValidationError(NO_GRADE_COLUMNS, code="columns")
    elif "grade" not in columns:
        raise ValidationError(NO_GRADE_COLUMNS, code="columns")
    return columns


def _value(row: list[str], columns: dict, key) -> str:
    index = columns.get(key)
    return row[index] if index is not None and index < len(row) else ""


def _wanted(row, columns, assignment, criteria) -> tuple[Decimal | None, dict | None]:
    """(points, None) for a points assignment or (None, {criterion id: level id}); (None, None)
    when the row has no grade."""
    if not criteria:
        text = _value(row, columns, "grade")
        if not text:
            return None, None
        points = _decimal(text)
        maximum = Decimal(assignment.max_points)
        if points > maximum:
            raise _RowError(
                _("grade %(points)s is above the maximum %(max)s")
                % {"points": text, "max": _number(maximum)}
            )
        if points < 0:
            raise _RowError(_("grade %(points)s is below 0") % {"points": text})
        return points, None
    given = {c.pk: _value(row, columns, ("criterion", c.pk)) for c in criteria}
    if not any(given.values()):
        return None, None
    levels = {}
    for number, criterion in enumerate(criteria, start=1):
        text = given[criterion.pk]
        if not text:
            raise _RowError(
                _("criterion %(number)d has no points: give a level for every criterion")
                % {"number": number}
            )
        points = _decimal(text)
        matching = [level for level in criterion.levels.all() if level.points == points]
        if len(matching) != 1:
            allowed = ", ".join(_number(level.points) for level in criterion.levels.all())
            raise _RowError(
                _("criterion %(number)d: %(points)s is not one of its levels (%(allowed)s)")
                % {"number": number, "points": text, "allowed": allowed}
            )
        levels[criterion.pk] = matching[0].pk
    return None, levels


def _unchanged(work: _Work, points, levels, feedback: str) -> bool:
    if not work.graded or (work.feedback or "").strip() != feedback.strip():
        return False
    if levels is not None:
        return work.levels == levels
    return Decimal(work.points) == points


def _row_apply(*, row, columns, learners, seen, assignment, criteria, grader, overwrite) -> str:
    """Grade one row; "graded", "unchanged" or "empty"; _RowError with the reason otherwise."""
    from courses.assignments.services.grading import submission_grade_save

    raw_id = _value(row, columns, "id")
    try:
        user_id = int(_decimal(raw_id)) if raw_id else None
    except _RowError:
        user_id = None
    if user_id is None:
        raise _RowError(_("“%(value)s” is not a learner ID.") % {"value": raw_id})
    if user_id in seen:
        raise _RowError(
            _("learner %(id)s is already on line %(line)s") % {"id": user_id, "line": seen[user_id]}
        )
    learner = learners.get(user_id)
    if learner is None:
        raise _RowError(_("learner %(id)s is not enrolled in this course") % {"id": user_id})
    points, levels = _wanted(row, columns, assignment, criteria)
    feedback = _value(row, columns, "feedback")
    if points is None and levels is None:
        if feedback:
            raise _RowError(_("there is feedback but no grade"))
        return "empty"
    work = learner.work
    if work is None or work.status != SubmissionStatus.SUBMITTED:
        raise _RowError(
            _("%(name)s has not handed in this assignment: there is nothing to grade")
            % {"name": learner.name}
        )
    if _unchanged(work, points, levels, feedback):
        return "unchanged"
    expected = 0  # no grade yet: one saved meanwhile on the site is not overwritten
    if work.graded:
        expected = work.version
        raw_version = _value(row, columns, "version")
        if not overwrite and raw_version and raw_version != str(work.version):
            raise _RowError(
                _(
                    "the grade was changed on the site after this worksheet was downloaded; "
                    "download a new worksheet, or tick “Overwrite grades changed on the site”"
                )
            )
    try:
        with transaction.atomic():
            submission_grade_save(
                # The service reads the submission again under a lock: its id is enough.
                submission=Submission(pk=work.submission_id),
                grader=grader,
                points=points,
                levels=levels,
                # The trainer's comments per criterion stay as they were given on the site.
                comments=dict(work.comments) if levels is not None else None,
                feedback=feedback,
                expected_version=expected,
            )
    except ValidationError as error:
        raise _RowError(" ".join(error.messages)) from None
    return "graded"


def _checked_table(*, assignment: Assignment, raw: bytes, name: str):
    """The file's rows, its columns and the rubric's criteria; ValidationError when the file
    is not a readable worksheet of this assignment."""
    table = worksheet_table(raw=raw, name=name)
    if not table:
        raise ValidationError(NO_HEADER, code="header")
    criteria = _criteria(assignment)
    return table, _columns(table[0], criteria), criteria


def worksheet_apply(
    *, assignment: Assignment, grader, raw: bytes, name: str, overwrite: bool = False, progress=None
) -> WorksheetReport:
    """Grade every row of a worksheet file; the report of what happened, by line. Each row is
    its own transaction. `progress(done)` is called every PROGRESS_EVERY rows."""
    table, columns, criteria = _checked_table(assignment=assignment, raw=raw, name=name)
    learners = {
        learner.user_id: learner for learner in _learners(assignment, rubric=bool(criteria))
    }
    report = WorksheetReport()
    seen: dict[int, int] = {}
    done = 0
    for line, row in enumerate(table[1:], start=2):
        if not any(row):
            continue
        done += 1
        if progress is not None and done % PROGRESS_EVERY == 0:
            progress(done)
        try:
            outcome = _row_apply(
                row=row,
                columns=columns,
                learners=learners,
                seen=seen,
                assignment=assignment,
                criteria=criteria,
                grader=grader,
                overwrite=overwrite,
            )
        except _RowError as error:
            report.errors.append((line, str(error)))
            continue
        finally:
            raw_id = _value(row, columns, "id")
            if raw_id.isdigit():
                seen.setdefault(int(raw_id), line)
        setattr(report, outcome, getattr(report, outcome) + 1)
    return report


@transaction.atomic
def worksheet_upload_create(
    *, assignment: Assignment, by, upload, overwrite: bool = False, language: str = "ky"
) -> WorksheetUpload:
    """Check the file (type, size, readable, this assignment's headings) at once, store it
    privately and queue its grading; the caller checks that `by` may grade the course."""
    if _extension(upload.name) not in EXTENSIONS:
        raise ValidationError(WRONG_TYPE, code="type")
    if upload.size > MAX_UPLOAD_BYTES:
        raise ValidationError(TOO_BIG, code="size")
    raw = upload.read()
    table, _columns_found, _criteria_found = _checked_table(
        assignment=assignment, raw=raw, name=upload.name
    )
    job = WorksheetUpload(
        assignment=assignment,
        uploaded_by=by,
        file_name=PurePath(upload.name.replace("\\", "/")).name[:255],
        overwrite=overwrite,
        language=language,
        total_count=sum(1 for row in table[1:] if any(row)),
    )
    job.file.save(f"worksheet{_extension(upload.name)}", ContentFile(raw), save=False)
    job.save()
    from courses.assignments.tasks.bulk import worksheet_upload_run as task

    outbox_send(task, job.pk)
    return job


def _claim(upload_id: int) -> WorksheetUpload | None:
    """Take a waiting job, or one whose worker died mid-way (rows already graded are then
    found unchanged); None when it is gone, finished or running elsewhere."""
    with transaction.atomic():
        job = (
            WorksheetUpload.objects.select_for_update()
            .select_related("assignment", "uploaded_by")
            .filter(pk=upload_id)
            .first()
        )
        if job is None or job.finished:
            return None
        stale = timezone.now() - RUNNING_STALE
        if job.state == WorksheetUploadState.RUNNING and job.created_at > stale:
            return None
        job.state = WorksheetUploadState.RUNNING
        job.save(update_fields=["state"])
    return job


def worksheet_upload_run(*, upload_id: int) -> WorksheetUpload | None:
    """Grade a stored worksheet row by row with progress; a finished job is left alone."""
    job = _claim(upload_id)
    if job is None:
        return None

    def progress(done: int) -> None:
        WorksheetUpload.objects.filter(pk=job.pk).update(done_count=done)

    with translation.override(job.language):
        try:
            with job.file.open("rb") as handle:
                raw = handle.read()
            report = worksheet_apply(
                assignment=job.assignment,
                grader=job.uploaded_by,
                raw=raw,
                name=job.file_name,
                overwrite=job.overwrite,
                progress=progress,
            )
        except ValidationError as error:
            job.state, job.report = WorksheetUploadState.FAILED, {"error": " ".join(error.messages)}
        else:
            job.state = WorksheetUploadState.DONE
            job.report = {
                "graded": report.graded,
                "unchanged": report.unchanged,
                "empty": report.empty,
                "errors": [[line, message] for line, message in report.errors],
            }
            job.done_count = report.rows
    job.finished_at = timezone.now()
    job.save(update_fields=["state", "report", "done_count", "finished_at"])
    return job


def worksheet_uploads_sweep(*, now=None, keep: timedelta = KEEP) -> int:
    """Delete uploaded worksheets (they name people) `keep` (a week; the retention run passes
    RETENTION_BULK_UPLOAD_DAYS) after they were graded."""
    now = now or timezone.now()
    deleted = 0
    old = WorksheetUpload.objects.filter(created_at__lt=now - keep).exclude(
        state=WorksheetUploadState.RUNNING, created_at__gte=now - 2 * keep
    )
    for job in old.only("pk", "file"):
        if job.file:
            job.file.delete(save=False)
        job.delete()
        deleted += 1
    return deleted
