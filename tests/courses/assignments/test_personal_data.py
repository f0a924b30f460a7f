"""The assignments' part of a person's data: submissions with their files and the grades
released to them in the export; deletion removes text and files and keeps the grades."""

import datetime as dt

from django.utils import timezone

import pytest

from courses.activity.personal_data import removed_text
from courses.assignments.models import Extension, FeedbackFile, Grade, Submission, SubmissionFile
from courses.assignments.personal_data import assignments_personal_data
from tests.factories.assignments import (
    FeedbackFileFactory,
    GradeFactory,
    SubmissionFactory,
    SubmissionFileFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def work(assignment, enrolled, other_learner, trainer):
    """Two attempts of `enrolled` (the first graded and released with a returned file, the
    second graded but not released), an extension, and the other learner's graded work."""
    first = SubmissionFactory(
        assignment=assignment, user=enrolled, submitted=True, is_latest=False, text="My tender"
    )
    SubmissionFileFactory(submission=first, original_name="Tender.pdf")
    released = GradeFactory(submission=first, grader=trainer, feedback="Good volumes")
    FeedbackFileFactory(grade=released, original_name="Comments.pdf")
    second = SubmissionFactory(
        assignment=assignment, user=enrolled, submitted=True, attempt_number=2, text="Again"
    )
    SubmissionFileFactory(submission=second, original_name="Tender-v2.pdf")
    draft = GradeFactory(submission=second, grader=trainer, released_at=None, feedback="Draft")
    FeedbackFileFactory(grade=draft, original_name="Not yet.pdf")
    Extension.objects.create(
        assignment=assignment,
        user=enrolled,
        due_at=timezone.now() + dt.timedelta(days=9),
        reason="Sick leave",
        granted_by=trainer,
    )
    theirs = SubmissionFactory(assignment=assignment, user=other_learner, submitted=True)
    SubmissionFileFactory(submission=theirs, original_name="Theirs.pdf")
    GradeFactory(submission=theirs, grader=trainer)
    return first, second, theirs


def test_the_export_has_the_work_files_and_released_grades_only(work, enrolled, assignment):
    records = list(assignments_personal_data().records(enrolled))
    submissions = [r for r in records if r["record"] == "submission"]
    assert [s["text"] for s in submissions] == ["My tender", "Again"]
    first, second = submissions
    assert first["assignment"] == assignment.title_en  # in the export's language
    assert first["course"] == "Tenders for waste collection"
    assert [f["name"] for f in first["files"]] == ["Tender.pdf"]
    assert first["files"][0]["in_this_archive"].startswith("files/assignments/submission-")
    assert first["grade"]["points"] == 80.0
    assert first["grade"]["feedback"] == "Good volumes"
    assert [f["name"] for f in first["grade"]["feedback_files"]] == ["Comments.pdf"]
    # Not released yet: the trainer's draft is not shown (docs/privacy-providers.md).
    assert second["grade"] is None
    extension = next(r for r in records if r["record"] == "extension")
    assert extension["reason"] == "Sick leave"
    assert "Theirs.pdf" not in str(records)


def test_the_export_files_are_the_persons_and_open(work, enrolled):
    files = list(assignments_personal_data().files(enrolled))
    names = sorted(path.rsplit("-", 1)[-1] for path, _storage, _name in files)
    assert names == ["Comments.pdf", "Tender.pdf", "v2.pdf"]  # not the unreleased one
    for path, storage, name in files:
        with storage.open(name, "rb") as handle:
            assert handle.read().startswith(b"%PDF")
        assert path.startswith("submission-")


def test_a_trainers_export_lists_what_they_graded_without_the_learners(work, trainer):
    records = list(assignments_personal_data().records(trainer))
    assert {r["record"] for r in records} == {"grade you gave", "extension you granted"}
    assert len([r for r in records if r["record"] == "grade you gave"]) == 3
    assert "Aigul" not in str(records) and "My tender" not in str(records)


def test_erase_removes_text_feedback_and_files_and_keeps_grades(
    work, enrolled, django_capture_on_commit_callbacks
):
    first, second, theirs = work
    stored = [f.file for f in SubmissionFile.objects.filter(submission__user=enrolled)]
    stored += [f.file for f in FeedbackFile.objects.filter(grade__submission__user=enrolled)]
    provider = assignments_personal_data()
    assert provider.describe(enrolled) == (
        "2 assignment submissions: text, files and feedback removed, grades kept."
    )
    assert provider.blocks(enrolled) is None
    with django_capture_on_commit_callbacks(execute=True):
        provider.erase(enrolled)
    removed = removed_text()
    assert set(Submission.objects.filter(user=enrolled).values_list("text", flat=True)) == {removed}
    assert Grade.objects.get(submission=first).feedback == removed
    assert Grade.objects.get(submission=first).points == 80
    assert Grade.objects.filter(submission__user=enrolled).count() == 2
    assert Extension.objects.get(user=enrolled).reason == removed
    assert not SubmissionFile.objects.filter(submission__user=enrolled).exists()
    assert not FeedbackFile.objects.filter(grade__submission__user=enrolled).exists()
    assert all(not f.storage.exists(f.name) for f in stored)
    # The other learner's work is untouched.
    theirs.refresh_from_db()
    assert theirs.text != removed
    kept = SubmissionFile.objects.get(submission=theirs)
    assert kept.file.storage.exists(kept.file.name)
    assert list(provider.files(enrolled)) == []
