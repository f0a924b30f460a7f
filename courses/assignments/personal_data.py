"""What assignments hold about a person: what they handed in (text and files), the grades and
feedback released to them, their extensions; as staff, what they graded and asked for.

Grades not yet released are the trainer's working draft: the export leaves them out until
the trainer releases them (what the learner can see); deletion keeps every grade's points.
Deletion replaces the online text, the feedback and comments written about the work and an
extension's reason with "removed at the author's request", and deletes the submitted and
returned files. docs/privacy-providers.md.
"""

import posixpath
from collections.abc import Iterator

from django.db.models import Prefetch
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from courses.activity.personal_data import (
    CHUNK_SIZE,
    files_delete_on_commit,
    iso,
    removed_text,
    titles_by_key,
)
from courses.assignments.models import (
    CriterionScore,
    Extension,
    FeedbackFile,
    Grade,
    Submission,
    SubmissionFile,
    SubmissionsArchive,
    SubmissionStatus,
    WorksheetUpload,
)
from lms.i18n import text_in_language
from lms.privacy.providers import PersonalDataProvider

KEY = "assignments"
MODELS = (
    "assignments.Submission",
    "assignments.Extension",
    "assignments.Grade",
    "assignments.SubmissionsArchive",
    "assignments.WorksheetUpload",
)


def _number(value) -> float | None:
    return None if value is None else float(value)


def _safe_name(name: str) -> str:
    return posixpath.basename((name or "file").replace("\\", "/")) or "file"


def submission_folder(submission_id: int) -> str:
    return f"submission-{submission_id}"


def in_archive(path: str) -> str:
    """Where the data export puts a file: under files/<provider key>/ (lms/privacy)."""
    return f"files/{KEY}/{path}"


def submission_file_path(row) -> str:
    return f"{submission_folder(row.submission_id)}/{row.pk}-{_safe_name(row.original_name)}"


def feedback_file_path(row, submission_id: int) -> str:
    name = _safe_name(row.original_name)
    return f"{submission_folder(submission_id)}/feedback/{row.pk}-{name}"


def _submissions(user):
    return (
        Submission.objects.filter(user=user)
        .select_related("assignment", "grade")
        .prefetch_related(
            "files",
            "grade__feedback_files",
            Prefetch(
                "grade__criterion_scores",
                queryset=CriterionScore.objects.select_related("criterion", "level"),
            ),
        )
        .order_by("pk")
    )


def _released(submission) -> Grade | None:
    try:
        grade = submission.grade
    except Grade.DoesNotExist:
        return None
    return grade if grade.released_at is not None else None


def _grade_record(grade: Grade, submission) -> dict:
    return {
        "points": _number(grade.points),
        "out_of": _number(grade.max_points),
        "grade_percent": _number(grade.score),
        "passed": grade.passed,
        "feedback": grade.feedback,
        "criteria": [
            {
                "criterion": text_in_language(score.criterion, "description"),
                "level": text_in_language(score.level, "description"),
                "points": _number(score.level.points),
                "comment": score.comment,
            }
            for score in grade.criterion_scores.all()
        ],
        "feedback_files": [
            {
                "name": f.original_name,
                "in_this_archive": in_archive(feedback_file_path(f, submission.pk)),
            }
            for f in grade.feedback_files.all()
        ],
        "graded_at": iso(grade.graded_at),
        "released_at": iso(grade.released_at),
    }


def assignment_records(user) -> Iterator[dict]:
    """Submissions (with released grades), extensions, then what the person did as staff."""
    submissions = _submissions(user)
    titles = titles_by_key(set(submissions.values_list("course_key", flat=True).distinct()))
    statuses = dict(SubmissionStatus.choices)
    for submission in submissions.iterator(chunk_size=CHUNK_SIZE):
        grade = _released(submission)
        yield {
            "record": _("submission"),
            "assignment": text_in_language(submission.assignment, "title"),
            "course": titles.get(submission.course_key, str(submission.course_key)),
            "attempt": submission.attempt_number,
            "status": str(statuses.get(submission.status, submission.status)),
            "text": submission.text,
            "files": [
                {
                    "name": f.original_name,
                    "size": f.size,
                    "in_this_archive": in_archive(submission_file_path(f)),
                }
                for f in submission.files.all()
            ],
            "started_at": iso(submission.created_at),
            "last_saved_at": iso(submission.updated_at),
            "submitted_at": iso(submission.submitted_at),
            "late": submission.late,
            "grade": _grade_record(grade, submission) if grade is not None else None,
        }
    extensions = Extension.objects.filter(user=user).select_related("assignment").order_by("pk")
    for extension in extensions.iterator(chunk_size=CHUNK_SIZE):
        yield {
            "record": _("extension"),
            "assignment": text_in_language(extension.assignment, "title"),
            "extended_until": iso(extension.due_at),
            "reason": extension.reason,
            "granted_at": iso(extension.granted_at),
        }
    # As staff: what they did, never the learners' work or names.
    staff = [
        (
            _("grade you gave"),
            Grade.objects.filter(grader=user),
            "submission__assignment",
            "graded_at",
        ),
        (
            _("extension you granted"),
            Extension.objects.filter(granted_by=user),
            "assignment",
            "granted_at",
        ),
        (
            _("submissions archive you asked for"),
            SubmissionsArchive.objects.filter(requested_by=user),
            "assignment",
            "created_at",
        ),
        (
            _("grading worksheet you uploaded"),
            WorksheetUpload.objects.filter(uploaded_by=user),
            "assignment",
            "created_at",
        ),
    ]
    for label, queryset, assignment_path, moment in staff:
        rows = queryset.select_related(assignment_path).order_by("pk")
        for row in rows.iterator(chunk_size=CHUNK_SIZE):
            assignment = row
            for part in assignment_path.split("__"):
                assignment = getattr(assignment, part)
            yield {
                "record": label,
                "assignment": text_in_language(assignment, "title"),
                "at": iso(getattr(row, moment)),
            }


def assignment_files(user) -> Iterator[tuple]:
    """Files the person handed in, and files returned with grades released to them."""
    files = SubmissionFile.objects.filter(submission__user=user).order_by("pk")
    for row in files.iterator(chunk_size=CHUNK_SIZE):
        yield (submission_file_path(row), row.file.storage, row.file.name)
    returned = (
        FeedbackFile.objects.filter(grade__submission__user=user, grade__released_at__isnull=False)
        .select_related("grade")
        .order_by("pk")
    )
    for row in returned.iterator(chunk_size=CHUNK_SIZE):
        yield (feedback_file_path(row, row.grade.submission_id), row.file.storage, row.file.name)


def assignments_describe(user) -> str | None:
    count = Submission.objects.filter(user=user).count()
    if not count:
        return None
    return ngettext(
        "%(count)d assignment submission: text, files and feedback removed, grade kept.",
        "%(count)d assignment submissions: text, files and feedback removed, grades kept.",
        count,
    ) % {"count": count}


def assignments_erase(user) -> int:
    """Replaces the person's online text, the feedback and comments about it and their
    extensions' reasons; deletes submitted and returned files (from storage once committed).
    Keeps submissions, grades' points and dates (gradebook, completion, reports), and what the
    person did as staff (grades given stay the course's record)."""
    removed = removed_text()
    changed = Submission.objects.filter(user=user).exclude(text="").update(text=removed)
    changed += (
        Grade.objects.filter(submission__user=user).exclude(feedback="").update(feedback=removed)
    )
    changed += (
        CriterionScore.objects.filter(grade__submission__user=user)
        .exclude(comment="")
        .update(comment=removed)
    )
    changed += Extension.objects.filter(user=user).exclude(reason="").update(reason=removed)
    for queryset in (
        SubmissionFile.objects.filter(submission__user=user),
        FeedbackFile.objects.filter(grade__submission__user=user),
    ):
        names = [(row.file.storage, row.file.name) for row in queryset.only("pk", "file")]
        files_delete_on_commit(names)
        deleted, _by_model = queryset.delete()
        changed += deleted
    return changed


def assignments_personal_data() -> PersonalDataProvider:
    return PersonalDataProvider(
        key=KEY,
        title=gettext_lazy("Assignments"),
        models=MODELS,
        records=assignment_records,
        files=assignment_files,
        describe=assignments_describe,
        erase=assignments_erase,
        order=50,
    )
