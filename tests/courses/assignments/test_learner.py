"""The learner's side of assignments: the lesson page's box, drafts, "Submit for grading" with
its confirmation, dates (opens, due, cut-off, extensions), files checked by content and kept
private, grades and feedback once released, completion, My learning and the receipt mail."""

import datetime as dt
import io
import zipfile
from decimal import Decimal
from html import unescape

from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format

import pytest
import time_machine
from PIL import Image

from courses.activity.models import LearningEvent, LearningObject, LearningVerb
from courses.assignments.dates import moment_in_words
from courses.assignments.models import (
    CompletionRule,
    CriterionScore,
    Extension,
    Submission,
    SubmissionFile,
    SubmissionStatus,
)
from courses.assignments.services.submissions import submission_save, submission_submit
from courses.assignments.tasks.learner import submission_receipt_send
from courses.enrolment.models import EnrollmentStatus
from courses.progress.models import LessonCompletion
from tests.factories.assignments import (
    PDF_BYTES,
    AssignmentFactory,
    FeedbackFileFactory,
    GradeFactory,
    SubmissionFactory,
    SubmissionFileFactory,
)
from tests.factories.courses import EnrollmentFactory, LessonPageFactory

pytestmark = pytest.mark.django_db

BISHKEK = dt.timezone(dt.timedelta(hours=6))
TEXT = "Our tender covers waste collection for 4,000 households twice a week."


def en(page) -> str:
    """The lesson's address in English (the course exists in Kyrgyz: the /en/ address serves it
    with a notice)."""
    return page.url.replace("/ky/", "/en/", 1)


def get(client, url) -> str:
    """The page's text with HTML entities decoded (apostrophes, quotes)."""
    return unescape(client.get(url).content.decode())


def save_url(assignment) -> str:
    return reverse("assignments:save", kwargs={"assignment_id": assignment.pk})


def submit_url(assignment) -> str:
    return reverse("assignments:submit", kwargs={"assignment_id": assignment.pk})


def png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (20, 10), "green").save(out, format="PNG")
    return out.getvalue()


def docx() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return out.getvalue()


def submit(client, assignment, text=TEXT, files=(), capture=None):
    """Save the text (and files) with "Submit for grading", then confirm."""
    first = client.post(
        save_url(assignment), {"text": text, "files": list(files), "action": "submit"}
    )
    assert first.status_code == 302, first.content.decode()[:2000]
    assert first["Location"] == submit_url(assignment)
    return client.post(submit_url(assignment), {"confirm": "on"})


# ---- the lesson page ------------------------------------------------------------------------


def test_lesson_page_shows_the_task_dates_in_words_and_the_form(
    client, enrolled, lesson, awkward_hour
):
    # Due at 17:00 Bishkek time three calendar days after today in Bishkek.
    today = timezone.localtime().date()
    due = dt.datetime.combine(today + dt.timedelta(days=3), dt.time(17, 0), tzinfo=BISHKEK)
    assignment = AssignmentFactory(
        lesson=lesson, due_at=due, cutoff_at=due + dt.timedelta(days=2), opens_at=None
    )
    client.force_login(enrolled)
    html = get(client, en(lesson))
    assert f"Assignment: {assignment.title_en}" in html
    assert "Draft the technical specification" in html  # instructions in English
    with translation.override("en"):
        due_words, cutoff_words = moment_in_words(due), moment_in_words(assignment.cutoff_at)
    # "in 3 days, December 14, 17:00" (with the year when the date falls in the next one).
    assert due_words.startswith("in 3 days, ") and due_words.endswith(", 17:00")
    assert cutoff_words.startswith("in 5 days, ")
    assert due_words in html and cutoff_words in html
    assert "Not started" in html
    assert f'action="{save_url(assignment)}"' in html
    assert 'enctype="multipart/form-data"' in html
    assert "At most 500 words." in html
    assert "Up to 3 files of at most 5 MB each: PDF, DOCX, JPG, PNG." in html
    assert "Save draft" in html and "Submit for grading" in html
    # The completion box asks for the work, not a button.
    assert "Hand in this lesson's assignment to complete it." in html
    assert "Mark as complete" not in html


def test_dates_in_words_at_awkward_hours(awkward_hour):
    now = timezone.now()
    local = timezone.localtime(now)
    tomorrow_17 = dt.datetime.combine(
        local.date() + dt.timedelta(days=1), dt.time(17, 0), tzinfo=BISHKEK
    )
    with translation.override("en"):
        text = moment_in_words(tomorrow_17)
        assert text.startswith("tomorrow, ")
        assert text.endswith(", 17:00")
        assert moment_in_words(now).startswith("today, ")
        assert moment_in_words(now - dt.timedelta(days=2)).startswith("2 days ago, ")


def test_visitors_and_staff_see_the_task_without_the_form(
    client, lesson, assignment, trainer, reviewer, outsider
):
    client.force_login(trainer)
    html = get(client, en(lesson))
    assert "Assignment:" in html and f'action="{save_url(assignment)}"' not in html
    assert reverse("assignments:teach_table", kwargs={"assignment_id": assignment.pk}) in html
    client.force_login(reviewer)  # reads every lesson, grades nothing
    html = get(client, en(lesson))
    assert "Assignment:" in html
    assert reverse("assignments:teach_table", kwargs={"assignment_id": assignment.pk}) not in html
    client.force_login(outsider)  # not enrolled: the lesson itself is locked
    response = client.get(en(lesson))
    assert response.status_code == 403
    assert "Assignment:" not in unescape(response.content.decode())


def test_a_preview_lesson_shows_the_task_to_visitors_but_no_form(client, course):
    preview = LessonPageFactory(parent=course, open_preview=True, title="Open task")
    assignment = AssignmentFactory(lesson=preview)
    html = get(client, en(preview))
    assert "Enrolled learners hand in their work here." in html
    assert f'action="{save_url(assignment)}"' not in html


# ---- drafts and handing in ------------------------------------------------------------------


def test_draft_save_then_submit_with_confirmation(
    client, enrolled, lesson, assignment, django_capture_on_commit_callbacks
):
    client.force_login(enrolled)
    response = client.post(save_url(assignment), {"text": TEXT, "action": "draft"})
    assert response.status_code == 302 and response["Location"].endswith("#assignment")
    submission = Submission.objects.get()
    assert (submission.status, submission.text, submission.language) == ("draft", TEXT, "en")
    html = get(client, en(lesson))
    assert "Your draft is saved." in html
    assert "Draft: not handed in yet" in html and TEXT in html  # kept in the form

    # "Submit for grading" saves, then asks to confirm.
    response = client.post(save_url(assignment), {"text": TEXT + " Twice.", "action": "submit"})
    assert response["Location"] == submit_url(assignment)
    page = client.get(submit_url(assignment))
    assert page.status_code == 200
    html = unescape(page.content.decode())
    assert "What you are handing in" in html and "Twice." in html
    assert "I confirm that this is my own work and that it is final." in html
    unconfirmed = client.post(submit_url(assignment), {})
    assert unconfirmed.status_code == 200
    assert "Tick the box to confirm" in unescape(unconfirmed.content.decode())
    assert Submission.objects.get().status == SubmissionStatus.DRAFT

    with django_capture_on_commit_callbacks(execute=True):
        done = client.post(submit_url(assignment), {"confirm": "on"})
    assert done.status_code == 302 and done["Location"].endswith("#assignment")
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.SUBMITTED
    assert submission.submitted_at is not None and not submission.late
    html = get(client, en(lesson))
    assert "Your work is handed in for grading." in html
    assert "Handed in" in html and "Your trainer has not released a grade yet." in html
    assert f'action="{save_url(assignment)}"' not in html  # no more changes
    event = LearningEvent.objects.get(object_type=LearningObject.ASSIGNMENT)
    assert (event.verb, event.object_key, event.context) == (
        LearningVerb.ATTEMPTED,
        assignment.lesson_key,
        {"attempt": 1, "late": False},
    )
    # The receipt, once; the lesson completes on submission.
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [enrolled.email]
    assert LessonCompletion.objects.filter(
        user=enrolled, lesson_key=lesson.translation_key, source="assignment"
    ).exists()
    # Saving again is refused: the work is handed in.
    again = client.post(save_url(assignment), {"text": "changed", "action": "draft"})
    assert again.status_code == 200
    assert "Your work has been handed in and can no longer change." in unescape(
        again.content.decode()
    )
    assert Submission.objects.get().text == TEXT + " Twice."


def test_a_double_submit_stores_one_submission_and_one_receipt(
    client, enrolled, assignment, django_capture_on_commit_callbacks
):
    client.force_login(enrolled)
    client.post(save_url(assignment), {"text": TEXT, "action": "submit"})
    with django_capture_on_commit_callbacks(execute=True):
        first = client.post(submit_url(assignment), {"confirm": "on"})
        second = client.post(submit_url(assignment), {"confirm": "on"})
    assert first.status_code == second.status_code == 302
    submission = Submission.objects.get()
    assert submission.status == SubmissionStatus.SUBMITTED
    assert LearningEvent.objects.filter(object_type=LearningObject.ASSIGNMENT).count() == 1
    assert len(mail.outbox) == 1
    follow = client.get(second["Location"])
    assert "Your work was already handed in." in unescape(follow.content.decode())
    # The service says so too.
    again, handed_in = submission_submit(assignment=assignment, user=enrolled)
    assert (again.pk, handed_in) == (submission.pk, False)


def test_submit_needs_something_to_hand_in(client, enrolled, assignment):
    client.force_login(enrolled)
    response = client.post(save_url(assignment), {"text": "   ", "action": "submit"})
    assert response["Location"] == submit_url(assignment)
    page = client.get(submit_url(assignment))
    assert page.status_code == 302  # nothing to confirm: back to the lesson with a hint
    refused = client.post(submit_url(assignment), {"confirm": "on"})
    assert "Write your answer or add a file before you submit." in unescape(
        refused.content.decode()
    )
    assert Submission.objects.get().status == SubmissionStatus.DRAFT


def test_without_submit_button_saving_hands_the_work_in(
    client, enrolled, lesson, django_capture_on_commit_callbacks
):
    assignment = AssignmentFactory(lesson=lesson, require_submit=False)
    client.force_login(enrolled)
    html = get(client, en(lesson))
    assert "Save and hand in" in html and "Submit for grading" not in html
    with django_capture_on_commit_callbacks(execute=True):
        client.post(save_url(assignment), {"text": TEXT, "action": "draft"})
        # Still editable until graded: a second save updates it, with no second receipt.
        client.post(save_url(assignment), {"text": TEXT + " More.", "action": "draft"})
    submission = Submission.objects.get()
    assert submission.status == SubmissionStatus.SUBMITTED
    assert submission.text == TEXT + " More."
    assert len(mail.outbox) == 1
    GradeFactory(submission=submission)
    refused = client.post(save_url(assignment), {"text": "late change", "action": "draft"})
    assert "Your work has been graded and can no longer change." in unescape(
        refused.content.decode()
    )


# ---- dates: opens, late, cut-off, extension --------------------------------------------------


@pytest.fixture
def dated(lesson):
    """Opens 1 Dec, due 10 Dec 17:00, cut-off 12 Dec 17:00 (Bishkek), 2026."""
    return AssignmentFactory(
        lesson=lesson,
        opens_at=dt.datetime(2026, 12, 1, 9, 0, tzinfo=BISHKEK),
        due_at=dt.datetime(2026, 12, 10, 17, 0, tzinfo=BISHKEK),
        cutoff_at=dt.datetime(2026, 12, 12, 17, 0, tzinfo=BISHKEK),
    )


def at(day, hour=12, minute=0):
    return time_machine.travel(dt.datetime(2026, 12, day, hour, minute, tzinfo=BISHKEK), tick=False)


def test_before_it_opens_nothing_is_accepted(client, enrolled, lesson, dated):
    client.force_login(enrolled)
    with at(1, 8, 59):
        html = get(client, en(lesson))
        assert "You can hand in work from today, December 1, 09:00." in html
        assert f'action="{save_url(dated)}"' not in html
        response = client.post(save_url(dated), {"text": TEXT, "action": "draft"})
    assert response.status_code == 200
    assert "This assignment opens today, December 1, 09:00" in unescape(response.content.decode())
    assert not Submission.objects.exists()


def test_after_the_due_date_work_is_marked_late(client, enrolled, lesson, dated):
    client.force_login(enrolled)
    with at(10, 17, 1):
        html = get(client, en(lesson))
        assert "The due date has passed: work handed in now is marked late." in html
        submit(client, dated)
        assert "Handed in late" in get(client, en(lesson))
    assert Submission.objects.get().late is True


def test_on_time_at_the_last_minute(client, enrolled, dated):
    client.force_login(enrolled)
    with at(10, 17, 0):
        submit(client, dated)
    assert Submission.objects.get().late is False


def test_after_the_cutoff_work_is_refused_with_the_reason_and_the_text_kept(
    client, enrolled, lesson, dated
):
    client.force_login(enrolled)
    with at(10):
        client.post(save_url(dated), {"text": "early draft", "action": "draft"})
    with at(12, 17, 1):
        html = get(client, en(lesson))
        assert "The cut-off was today, December 12, 17:00" in html
        response = client.post(save_url(dated), {"text": TEXT, "action": "submit"})
        assert response.status_code == 200
        page = unescape(response.content.decode())
        assert "The cut-off was today, December 12, 17:00: work is no longer accepted." in page
        assert TEXT in page  # what was typed is not lost
        confirm = client.post(submit_url(dated), {"confirm": "on"})
        assert "work is no longer accepted" in unescape(confirm.content.decode())
    submission = Submission.objects.get()
    assert (submission.text, submission.status) == ("early draft", SubmissionStatus.DRAFT)


def test_an_extension_past_the_cutoff_is_honoured(client, enrolled, lesson, dated, trainer):
    Extension.objects.create(
        assignment=dated,
        user=enrolled,
        due_at=dt.datetime(2026, 12, 15, 17, 0, tzinfo=BISHKEK),
        granted_by=trainer,
    )
    client.force_login(enrolled)
    with at(14):
        html = get(client, en(lesson))
        assert "December 15, 17:00" in html and "extended for you" in html
        submit(client, dated)
    submission = Submission.objects.get()
    assert submission.status == SubmissionStatus.SUBMITTED
    assert submission.late is False  # before the learner's own due date


def test_after_the_extension_it_is_refused_too(client, enrolled, dated, trainer):
    Extension.objects.create(
        assignment=dated,
        user=enrolled,
        due_at=dt.datetime(2026, 12, 15, 17, 0, tzinfo=BISHKEK),
        granted_by=trainer,
    )
    client.force_login(enrolled)
    with at(15, 17, 30):
        response = client.post(save_url(dated), {"text": TEXT, "action": "draft"})
    assert "work is no longer accepted" in unescape(response.content.decode())
    assert not Submission.objects.exists()


def test_an_extension_before_the_cutoff_marks_late_after_it(client, enrolled, dated, trainer):
    Extension.objects.create(
        assignment=dated,
        user=enrolled,
        due_at=dt.datetime(2026, 12, 11, 17, 0, tzinfo=BISHKEK),
        granted_by=trainer,
    )
    client.force_login(enrolled)
    with at(12):  # after the extension, before the cut-off
        submit(client, dated)
    assert Submission.objects.get().late is True


# ---- text and files -------------------------------------------------------------------------


def test_word_limit_re_renders_with_the_text_kept(client, enrolled, lesson):
    assignment = AssignmentFactory(lesson=lesson, word_limit=5)
    client.force_login(enrolled)
    long_text = "one two three four five six seven"
    response = client.post(save_url(assignment), {"text": long_text, "action": "draft"})
    assert response.status_code == 200
    html = unescape(response.content.decode())
    assert "Your text has 7 words; the limit is 5." in html
    assert long_text in html
    assert not Submission.objects.exists()


def test_files_are_checked_by_content_and_kept_private(client, enrolled, assignment, settings):
    client.force_login(enrolled)
    response = client.post(
        save_url(assignment),
        {
            "text": TEXT,
            "files": [
                SimpleUploadedFile("Specification final.pdf", PDF_BYTES),
                SimpleUploadedFile("photo.png", png() + b"HIDDEN"),
            ],
            "action": "draft",
        },
    )
    assert response.status_code == 302
    files = {f.original_name: f for f in SubmissionFile.objects.all()}
    assert set(files) == {"Specification final.pdf", "photo.png"}
    pdf = files["Specification final.pdf"]
    assert pdf.content_type == "application/pdf" and pdf.size == len(PDF_BYTES)
    assert pdf.file.name.startswith("assignments/submissions/") and "Specification" not in (
        pdf.file.name
    )
    assert str(settings.PRIVATE_MEDIA_ROOT) in pdf.file.path
    assert b"HIDDEN" not in files["photo.png"].file.read()  # re-encoded
    download = client.get(reverse("assignments:submission_file", kwargs={"file_id": pdf.pk}))
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == PDF_BYTES
    assert "Specification_final.pdf" in download["Content-Disposition"]
    assert download["Cache-Control"] == "private, no-store"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("work.pdf", b"MZ\x90\x00 windows program", "is not really a PDF file"),
        ("work.docx", b"PK\x03\x04 not a zip", "is not really a DOCX file"),
        ("photo.jpg", png(), "is not really a JPG file"),
        ("setup.exe", b"MZ\x90\x00", "Accepted types: PDF, DOCX, JPG, PNG."),
        ("table.xlsx", b"PK\x03\x04", "Accepted types: PDF, DOCX, JPG, PNG."),  # not allowed here
        ("big.pdf", b"%PDF-1.4" + b"0" * (5 * 2**20), "is larger than 5 MB."),
    ],
)
def test_bad_files_re_render_with_errors_and_keep_the_text(
    client, enrolled, assignment, name, content, message
):
    client.force_login(enrolled)
    response = client.post(
        save_url(assignment),
        {"text": TEXT, "files": [SimpleUploadedFile(name, content)], "action": "draft"},
    )
    assert response.status_code == 200
    html = unescape(response.content.decode())
    assert message in html
    assert TEXT in html
    assert "Choose the files again" in html
    assert not Submission.objects.exists() and not SubmissionFile.objects.exists()


def test_too_many_files_counting_those_already_saved(client, enrolled, assignment):
    client.force_login(enrolled)
    at_once = [SimpleUploadedFile(f"f{n}.pdf", PDF_BYTES) for n in range(4)]
    response = client.post(save_url(assignment), {"text": TEXT, "files": at_once})
    assert "Send at most 3 files." in unescape(response.content.decode())
    client.post(save_url(assignment), {"files": [SimpleUploadedFile("a.pdf", PDF_BYTES)] * 1})
    client.post(
        save_url(assignment),
        {"files": [SimpleUploadedFile("b.pdf", PDF_BYTES), SimpleUploadedFile("c.docx", docx())]},
    )
    assert SubmissionFile.objects.count() == 3
    response = client.post(
        save_url(assignment), {"text": TEXT, "files": [SimpleUploadedFile("d.pdf", PDF_BYTES)]}
    )
    assert response.status_code == 200
    assert "You can hand in at most 3 files: remove one first." in unescape(
        response.content.decode()
    )
    assert SubmissionFile.objects.count() == 3


def test_remove_a_file_keeps_the_text(
    client, enrolled, lesson, assignment, django_capture_on_commit_callbacks
):
    client.force_login(enrolled)
    client.post(save_url(assignment), {"files": [SimpleUploadedFile("a.pdf", PDF_BYTES)]})
    stored = SubmissionFile.objects.get()
    path = stored.file.path
    html = get(client, en(lesson))
    assert f'name="remove_file" value="{stored.pk}"' in html
    with django_capture_on_commit_callbacks(execute=True):  # the stored file goes on commit
        response = client.post(save_url(assignment), {"text": TEXT, "remove_file": stored.pk})
    assert response.status_code == 302
    assert not SubmissionFile.objects.exists()
    assert Submission.objects.get().text == TEXT
    import os

    assert not os.path.exists(path)


# ---- who may hand in and download ----------------------------------------------------------


@pytest.mark.parametrize(
    "who", ["other_course_learner", "trainer", "other_trainer", "reviewer", "manager"]
)
def test_only_enrolled_learners_hand_in(client, request, assignment, outsider, who):
    user = outsider if who == "other_course_learner" else request.getfixturevalue(who)
    client.force_login(user)
    assert client.post(save_url(assignment), {"text": TEXT}).status_code == 403
    assert client.post(submit_url(assignment), {"confirm": "on"}).status_code == 403
    assert client.get(submit_url(assignment)).status_code == 403
    assert not Submission.objects.exists()


def test_anonymous_is_sent_to_sign_in(client, assignment):
    response = client.post(save_url(assignment), {"text": TEXT})
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert not Submission.objects.exists()


def test_a_withdrawn_learner_cannot_hand_in(client, make_user, course, assignment):
    user = make_user(role="Learner")
    EnrollmentFactory(
        user=user, course_key=course.translation_key, status=EnrollmentStatus.WITHDRAWN
    )
    client.force_login(user)
    assert client.post(save_url(assignment), {"text": TEXT}).status_code == 403


@pytest.fixture
def graded(assignment, enrolled, trainer):
    submission = SubmissionFactory(assignment=assignment, user=enrolled, submitted=True)
    stored = SubmissionFileFactory(submission=submission)
    grade = GradeFactory(submission=submission, grader=trainer, released_at=None)
    returned = FeedbackFileFactory(grade=grade)
    return submission, stored, grade, returned


def test_files_open_for_their_learner_only(
    client, graded, other_learner, trainer, other_trainer, reviewer, manager
):
    _submission, stored, _grade, _returned = graded
    url = reverse("assignments:submission_file", kwargs={"file_id": stored.pk})
    # Graders open files from their own screens; this address is the learner's.
    for user in (other_learner, trainer, other_trainer, reviewer, manager):
        client.force_login(user)
        assert client.get(url).status_code == 404, user
    client.logout()
    assert "/accounts/login/" in client.get(url)["Location"]


def test_feedback_files_and_grade_wait_for_the_release(
    client, graded, enrolled, other_learner, lesson
):
    submission, _stored, grade, returned = graded
    url = reverse("assignments:feedback_file", kwargs={"feedback_file_id": returned.pk})
    client.force_login(enrolled)
    assert client.get(url).status_code == 404
    html = get(client, en(lesson))
    assert "Your trainer has not released a grade yet." in html
    assert grade.feedback not in html and returned.original_name not in html
    grade.released_at = timezone.now()
    grade.save()
    html = get(client, en(lesson))
    assert "80 of 100 points (80%)" in html and "Passed" in html
    assert grade.feedback in html and url in html
    assert "Graded" in html
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF_BYTES
    client.force_login(other_learner)
    assert client.get(url).status_code == 404


def test_released_rubric_grade_shows_the_levels(client, enrolled, lesson, rubric_assignment):
    submission = SubmissionFactory(assignment=rubric_assignment, user=enrolled, submitted=True)
    grade = GradeFactory(
        submission=submission, points=Decimal(15), max_points=Decimal(20), feedback="Good work."
    )
    criteria = list(rubric_assignment.rubric.criteria.all())
    for criterion, index, comment in ((criteria[0], 2, "Figures given."), (criteria[1], 1, "")):
        CriterionScore.objects.create(
            grade=grade,
            criterion=criterion,
            level=list(criterion.levels.all())[index],
            comment=comment,
        )
    client.force_login(enrolled)
    html = get(client, en(lesson))
    assert "15 of 20 points (75%)" in html
    assert ">Rubric</caption>" in html
    assert "Fully, with figures" in html and "10 of 10" in html and "Figures given." in html
    assert "Some are vague" in html and "5 of 10" in html


def test_reopened_work_shows_the_earlier_attempt_read_only(client, graded, enrolled, lesson):
    submission, _stored, grade, _returned = graded
    grade.released_at = timezone.now()
    grade.save()
    Submission.objects.filter(pk=submission.pk).update(is_latest=False)
    Submission.objects.create(
        assignment=submission.assignment,
        user=enrolled,
        course_key=submission.course_key,
        attempt_number=2,
    )
    client.force_login(enrolled)
    html = get(client, en(lesson))
    assert "Reopened: you may hand in a new attempt" in html
    assert "Your new attempt (2)" in html
    assert "Earlier attempts" in html and "Attempt 1" in html and submission.text in html
    assert f'action="{save_url(submission.assignment)}"' in html
    client.post(save_url(submission.assignment), {"text": "Second try.", "action": "submit"})
    client.post(submit_url(submission.assignment), {"confirm": "on"})
    latest = Submission.objects.get(is_latest=True)
    assert (latest.attempt_number, latest.status, latest.text) == (2, "submitted", "Second try.")
    assert Submission.objects.get(attempt_number=1).text == submission.text  # unchanged


# ---- completion -----------------------------------------------------------------------------


def test_the_manual_button_is_refused_on_an_assignment_lesson(client, enrolled, lesson, assignment):
    client.force_login(enrolled)
    response = client.post(reverse("progress:lesson_complete", args=[lesson.pk]), follow=True)
    assert "Hand in this lesson's assignment to complete it." in unescape(response.content.decode())
    assert not LessonCompletion.objects.exists()


def test_with_the_pass_rule_submitting_does_not_complete(client, enrolled, lesson):
    assignment = AssignmentFactory(lesson=lesson, completion=CompletionRule.PASS)
    client.force_login(enrolled)
    assert "Get a pass grade in this lesson" in get(client, en(lesson))
    submit(client, assignment)
    assert Submission.objects.get().is_submitted
    assert not LessonCompletion.objects.exists()
    # The grading side calls this on a pass.
    from courses.assignments.services.submissions import assignment_lesson_complete

    _completion, created = assignment_lesson_complete(submission=Submission.objects.get())
    assert created and LessonCompletion.objects.get().source == "assignment"


# ---- query counts ---------------------------------------------------------------------------


def count_queries(client, url):
    client.get(url)  # warm the fragment cache and the remembered values
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response


LESSON_PAGE_QUERIES_EMPTY = 6
LESSON_PAGE_QUERIES_GRADED = 10


def test_lesson_page_query_count_is_fixed(client, enrolled, lesson, rubric_assignment, trainer):
    client.force_login(enrolled)
    before, _ = count_queries(client, en(lesson))
    # The lesson page of an enrolled learner, as the catalogue's and progress's tests count it:
    # the session (1; the user is a kept copy, the page the copy the first view kept when it
    # walked to it, lms.routing), enrolment (1), completions (1); then the assignment's part:
    # the assignment itself is remembered for the content version (no query, and none on
    # lessons without one), the learner's attempts with their grade (1) and extension (1); the
    # lesson's questions from courses.discussions (1).
    assert before == LESSON_PAGE_QUERIES_EMPTY
    for number in (1, 2, 3):
        submission = SubmissionFactory(
            assignment=rubric_assignment,
            user=enrolled,
            submitted=True,
            attempt_number=number,
            is_latest=number == 3,
        )
        SubmissionFileFactory(submission=submission)
        SubmissionFileFactory(submission=submission)
        grade = GradeFactory(submission=submission, points=Decimal(10), max_points=Decimal(20))
        FeedbackFileFactory(grade=grade)
        for criterion in rubric_assignment.rubric.criteria.all():
            CriterionScore.objects.create(
                grade=grade, criterion=criterion, level=criterion.levels.first()
            )
    after, response = count_queries(client, en(lesson))
    assert len(response.context["lesson_assignment"]["learner"].attempts) == 3
    # Whatever the attempts, files and criteria: their files (1), returned files (1), rubric
    # scores with criterion and level (1), the criteria's levels (1).
    # The page itself is read by neither count (lms.routing keeps the copy the first view
    # walked to), so 4 more than before.
    assert after == LESSON_PAGE_QUERIES_GRADED == before + 4


# ---- My learning ----------------------------------------------------------------------------


def test_my_learning_lists_due_soon_and_recently_graded(client, enrolled, course, lesson, trainer):
    soon = AssignmentFactory(lesson=lesson, due_at=timezone.now() + dt.timedelta(days=3))
    later_lesson = LessonPageFactory(parent=course, title="Later")
    AssignmentFactory(lesson=later_lesson, due_at=timezone.now() + dt.timedelta(days=20))
    handed_lesson = LessonPageFactory(parent=course, title="Handed in")
    handed = AssignmentFactory(lesson=handed_lesson, due_at=timezone.now() + dt.timedelta(days=2))
    done = SubmissionFactory(assignment=handed, user=enrolled, submitted=True)
    GradeFactory(submission=done, points=Decimal(45), released_at=timezone.now())
    client.force_login(enrolled)
    html = client.get(reverse("progress:my")).content.decode()
    assert "Assignments due soon" in html
    assert soon.title_en in html and "due in 3 days" in html
    assert reverse("assignments:go", kwargs={"assignment_id": soon.pk}) in html
    assert "Later" not in html.split("Assignments due soon")[1].split("</section>")[0]
    assert "Recently graded assignments" in html
    graded_part = html.split("Recently graded assignments")[1].split("</section>")[0]
    assert handed.title_en in graded_part and "45 of 100 (45%)" in graded_part
    assert "Not passed" in graded_part
    # The link opens the lesson in the reader's language.
    go = client.get(reverse("assignments:go", kwargs={"assignment_id": soon.pk}))
    assert go.status_code == 302 and go["Location"].endswith("/your-specification/#assignment")


def test_my_learning_honours_extensions_and_hides_withdrawn_courses(
    client, enrolled, make_user, course, lesson, trainer
):
    past = AssignmentFactory(lesson=lesson, due_at=timezone.now() - dt.timedelta(days=1))
    Extension.objects.create(
        assignment=past, user=enrolled, due_at=timezone.now() + dt.timedelta(days=4)
    )
    client.force_login(enrolled)
    assert "due in 4 days" in client.get(reverse("progress:my")).content.decode()
    other = make_user(role="Learner")
    EnrollmentFactory(user=other, course_key=course.translation_key, status="withdrawn")
    Extension.objects.create(
        assignment=past, user=other, due_at=timezone.now() + dt.timedelta(days=4)
    )
    client.force_login(other)
    assert "Assignments due soon" not in client.get(reverse("progress:my")).content.decode()


def test_my_learning_costs_one_query_whatever_the_assignments(
    client, enrolled, course, django_assert_num_queries
):
    from courses.assignments.selectors.learner import my_assignments

    for n in range(5):
        lesson = LessonPageFactory(parent=course, title=f"Task {n}")
        assignment = AssignmentFactory(
            lesson=lesson, due_at=timezone.now() + dt.timedelta(days=n + 1)
        )
        if n % 2:
            submission = SubmissionFactory(assignment=assignment, user=enrolled, submitted=True)
            GradeFactory(submission=submission)
    my_assignments(user=enrolled)  # the courses with an assignment, remembered
    # Two queries: the learner's courses among those with an assignment, then their assignments
    # with the extension, latest status and released grade as subqueries.
    with django_assert_num_queries(2):
        mine = my_assignments(user=enrolled)
    assert len(mine.due_soon) == 3 and len(mine.graded) == 2


def test_my_learning_asks_little_of_learners_without_assignments(
    make_user, enrolled, course, django_assert_num_queries
):
    from courses.assignments.selectors.learner import my_assignments

    other = make_user()
    with django_assert_num_queries(1):  # no course has an assignment: only remembering that
        assert my_assignments(user=other).due_soon == []
    with django_assert_num_queries(0):
        assert my_assignments(user=other).due_soon == []
    lesson = LessonPageFactory(parent=course, title="Task")
    assignment = AssignmentFactory(lesson=lesson, due_at=timezone.now() + dt.timedelta(days=2))
    # The new assignment shows at once (a new content version); the learner of no such course
    # costs one small query.
    assert [row.pk for row in my_assignments(user=enrolled).due_soon] == [assignment.pk]
    with django_assert_num_queries(1):
        assert my_assignments(user=other).due_soon == []


# ---- the receipt ----------------------------------------------------------------------------


def test_receipt_is_sent_once_in_the_learners_language(
    enrolled, lesson, assignment, django_capture_on_commit_callbacks
):
    enrolled.preferred_language = "ru"
    enrolled.save()
    assignment.title_ru = "Техническое задание"
    assignment.save()
    submission_save(
        assignment=assignment,
        user=enrolled,
        text=TEXT,
        files=[],
        language="en",
    )
    with django_capture_on_commit_callbacks(execute=True):
        submission, _ = submission_submit(assignment=assignment, user=enrolled)
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert "Техническое задание" in message.subject
    # Dates in Russian (the interface words follow once the catalogue is translated).
    with translation.override("ru"):
        day = date_format(timezone.localtime(submission.submitted_at), "MONTH_DAY_FORMAT")
    assert day in message.body and "December" not in message.body
    assert TEXT not in message.body  # the work itself is not mailed
    submission.refresh_from_db()
    assert submission.receipt_sent_at is not None
    # A redelivered task sends nothing more.
    assert submission_receipt_send(submission.pk) is False
    assert len(mail.outbox) == 1
