"""The trainer's grading side: rubric and points grades, the two-tab version check, release at
once or together (and the mail, once), reopening and attempt limits, "until passed", extensions,
the grading table (filters, search, a pinned query count) and who may open every screen and file.
"""

import datetime as dt
import io
import re
from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Locale

import pytest
from PIL import Image

from courses.assignments.models import (
    AttemptsReopen,
    CriterionScore,
    Extension,
    FeedbackFile,
    Grade,
    RubricLevel,
    Submission,
    SubmissionStatus,
)
from courses.assignments.services.grading import (
    GRADE_STALE,
    extension_grant,
    grades_release,
    submission_grade_save,
    submission_reopen,
)
from courses.enrolment.models import Enrollment, EnrollmentStatus
from lms.notifications.models import Notification
from lms.outbox.models import OutboxMessage
from tests.factories.assignments import (
    PDF_BYTES,
    FeedbackFileFactory,
    GradeFactory,
    RubricFactory,
    SubmissionFactory,
    SubmissionFileFactory,
)
from tests.factories.courses import EnrollmentFactory
from tests.factories.places import MunicipalityFactory

pytestmark = pytest.mark.django_db

# The grading table, signed in as the course's trainer (warm: the user's groups are a kept
# copy): session, user, the assignment (with lesson and rubric), the course page for the
# breadcrumb, the filter counts (one aggregate), the page's count and rows (learners with their
# municipality, their latest attempt's state as subqueries), the page's latest submissions with
# grades, their extensions, and the grades waiting for release. None of it grows with learners.
# Plus two: the access log's entry and its page of learners (one bulk insert).
TABLE_QUERIES = 11


def enrol(make_user, course, **fields):
    user = make_user(role="Learner", **fields)
    EnrollmentFactory(user=user, course_key=course.translation_key, status=EnrollmentStatus.ACTIVE)
    return user


def levels_of(rubric) -> list[list[RubricLevel]]:
    """Each criterion's levels, in order (0, 5, 10 points by default)."""
    return [list(criterion.levels.all()) for criterion in rubric.criteria.all()]


def pdf_upload(name="comments.pdf"):
    return SimpleUploadedFile(name, PDF_BYTES, content_type="application/pdf")


def png_bytes() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (4, 4), "red").save(out, format="PNG")
    return out.getvalue()


def learner_url(assignment, user):
    return reverse("assignments:teach_learner", args=[assignment.pk, user.pk])


# ---- grading: rubric and points ---------------------------------------------------------------


def test_a_rubric_grade_adds_up_the_chosen_levels(rubric_assignment, rubric, enrolled, trainer):
    submission = SubmissionFactory(assignment=rubric_assignment, user=enrolled, submitted=True)
    (c1, c2), levels = list(rubric.criteria.all()), levels_of(rubric)
    grade = submission_grade_save(
        submission=submission,
        grader=trainer,
        levels={c1.pk: levels[0][2].pk, c2.pk: levels[1][1].pk},
        comments={c1.pk: "Volumes are clear.", c2.pk: "Two criteria are vague."},
        feedback="Good start.",
        expected_version=0,
    )
    # 10 + 5 of at most 10 + 10: 75 %, above the pass mark of 60.
    assert (grade.points, grade.max_points, grade.score, grade.passed) == (
        Decimal(15),
        Decimal(20),
        Decimal("75.00"),
        True,
    )
    scores = {s.criterion_id: (s.level_id, s.comment) for s in CriterionScore.objects.all()}
    assert scores == {
        c1.pk: (levels[0][2].pk, "Volumes are clear."),
        c2.pk: (levels[1][1].pk, "Two criteria are vague."),
    }
    # Regrading replaces the levels whole (still one row per criterion).
    grade = submission_grade_save(
        submission=submission,
        grader=trainer,
        levels={c1.pk: levels[0][0].pk, c2.pk: levels[1][0].pk},
        expected_version=1,
    )
    assert (grade.points, grade.passed, grade.version) == (Decimal(0), False, 2)
    assert CriterionScore.objects.count() == 2


def test_a_rubric_grade_needs_every_criterion_and_only_its_own_levels(
    rubric_assignment, rubric, course, enrolled, trainer
):
    submission = SubmissionFactory(assignment=rubric_assignment, user=enrolled, submitted=True)
    (c1, c2), levels = list(rubric.criteria.all()), levels_of(rubric)
    foreign = RubricFactory(course=course)
    foreign_criterion = foreign.criteria.first()
    foreign_level = foreign_criterion.levels.first()
    attempts = {
        "level_missing": {c1.pk: levels[0][1].pk},
        "level_foreign": {c1.pk: levels[0][1].pk, c2.pk: foreign_level.pk},
    }
    for code, chosen in attempts.items():
        with pytest.raises(ValidationError) as error:
            submission_grade_save(submission=submission, grader=trainer, levels=chosen)
        assert error.value.code == code
    # A level of the right criterion given under another criterion's id is refused too.
    with pytest.raises(ValidationError):
        submission_grade_save(
            submission=submission,
            grader=trainer,
            levels={c1.pk: levels[1][1].pk, c2.pk: levels[1][1].pk},
        )
    with pytest.raises(ValidationError):
        submission_grade_save(
            submission=submission,
            grader=trainer,
            levels={c1.pk: levels[0][1].pk, c2.pk: levels[1][1].pk, foreign_criterion.pk: 1},
        )
    assert not Grade.objects.exists()


@pytest.mark.parametrize("points", [None, "", "abc", "-1", "100.01", "NaN", "Infinity"])
def test_points_outside_zero_to_the_maximum_are_refused(submitted, trainer, points):
    with pytest.raises(ValidationError):
        submission_grade_save(submission=submitted, grader=trainer, points=points)
    assert not Grade.objects.exists()


def test_points_at_the_bounds_and_with_a_decimal_comma(submitted, trainer):
    grade = submission_grade_save(submission=submitted, grader=trainer, points="100")
    assert (grade.score, grade.passed) == (Decimal("100.00"), True)
    grade = submission_grade_save(submission=submitted, grader=trainer, points="7,5")
    assert (grade.points, grade.score, grade.passed) == (Decimal("7.50"), Decimal("7.50"), False)
    grade = submission_grade_save(submission=submitted, grader=trainer, points=0)
    assert grade.points == 0 and grade.version == 3


def test_drafts_and_older_attempts_are_not_graded(assignment, enrolled, trainer):
    draft = SubmissionFactory(assignment=assignment, user=enrolled)
    with pytest.raises(ValidationError) as error:
        submission_grade_save(submission=draft, grader=trainer, points=50)
    assert error.value.code == "not_submitted"
    draft.status, draft.submitted_at = SubmissionStatus.SUBMITTED, timezone.now()
    draft.save()
    submission_reopen(submission=draft, by=trainer)
    with pytest.raises(ValidationError) as error:
        submission_grade_save(submission=draft, grader=trainer, points=50)
    assert error.value.code == "not_latest"


def test_only_graders_of_the_course_may_grade(
    submitted, other_trainer, reviewer, enrolled, other_learner, manager
):
    for someone in (other_trainer, reviewer, enrolled, other_learner):
        with pytest.raises(PermissionDenied):
            submission_grade_save(submission=submitted, grader=someone, points=50)
    assert not Grade.objects.exists()
    assert submission_grade_save(submission=submitted, grader=manager, points=50).points == 50


# ---- two tabs ---------------------------------------------------------------------------------


def test_two_tabs_the_older_save_is_refused_says_so_and_keeps_the_input(
    client, submitted, enrolled, trainer
):
    client.force_login(trainer)
    url = learner_url(submitted.assignment, enrolled)
    # Both tabs opened the page before any grade existed: version 0.
    assert 'name="version" value="0"' in client.get(url).content.decode()
    first = client.post(url, {"points": "70", "feedback": "Tab A", "version": "0", "save": "1"})
    assert first.status_code == 302
    second = client.post(url, {"points": "40", "feedback": "Tab B", "version": "0", "save": "1"})
    assert second.status_code == 200
    html = second.content.decode()
    assert str(GRADE_STALE).replace("'", "&#x27;") in html
    grade = Grade.objects.get()
    assert (grade.points, grade.feedback, grade.version) == (Decimal(70), "Tab A", 1)
    assert "70 / 100" in html  # the newer grade is shown
    assert 'value="40"' in html and "Tab B" in html  # the trainer's input is kept
    assert 'name="version" value="1"' in html  # against the newer grade now
    # Saving again, knowingly, replaces it: the last save is kept.
    third = client.post(url, {"points": "40", "feedback": "Tab B", "version": "1", "save": "1"})
    assert third.status_code == 302
    grade.refresh_from_db()
    assert (grade.points, grade.feedback, grade.version) == (Decimal(40), "Tab B", 2)


def test_the_service_refuses_a_stale_version(submitted, trainer):
    submission_grade_save(submission=submitted, grader=trainer, points=50, expected_version=0)
    with pytest.raises(ValidationError) as error:
        submission_grade_save(submission=submitted, grader=trainer, points=60, expected_version=0)
    assert error.value.code == "stale"
    assert Grade.objects.get().points == 50


# ---- release ----------------------------------------------------------------------------------


def test_released_at_once_the_learner_is_told_once(submitted, trainer):
    grade = submission_grade_save(submission=submitted, grader=trainer, points=80)
    assert grade.released_at is not None
    # A notification of kind "grade" (mailed by the learner's preference) replaced the mail.
    told = Notification.objects.get()
    assert (told.recipient, told.kind) == (submitted.user, "grade")
    assert "80 of 100 points (80%)" in told.body and "You passed" in told.body
    # A later change of a released grade stays released and tells nothing more.
    submission_grade_save(submission=submitted, grader=trainer, points=85)
    assert Notification.objects.count() == 1
    # Releasing the assignment now finds nothing to release.
    assert grades_release(assignment=submitted.assignment, by=trainer) == 0
    assert Notification.objects.count() == 1
    assert not OutboxMessage.objects.filter(
        task_name="courses.assignments.tasks.grade_released_email_send"
    ).exists()


def test_released_together_the_learner_sees_nothing_until_the_release(
    client,
    assignment,
    enrolled,
    other_learner,
    trainer,
):
    assignment.release_at_once = False
    assignment.save()
    first = SubmissionFactory(assignment=assignment, user=enrolled, submitted=True)
    second = SubmissionFactory(assignment=assignment, user=other_learner, submitted=True)
    grade = submission_grade_save(submission=first, grader=trainer, points=90, files=[pdf_upload()])
    submission_grade_save(submission=second, grader=trainer, points=30)
    assert grade.released_at is None and not Notification.objects.exists()
    feedback = FeedbackFile.objects.get()
    # The learner cannot open the unreleased feedback file through the trainers' route.
    client.force_login(enrolled)
    assert (
        client.get(reverse("assignments:teach_feedback_file", args=[feedback.pk])).status_code
        == 404
    )
    client.force_login(trainer)
    confirm = client.get(reverse("assignments:teach_release", args=[assignment.pk]))
    assert "2 grades are not released yet" in confirm.content.decode()
    response = client.post(reverse("assignments:teach_release", args=[assignment.pk]))
    assert response.status_code == 302
    assert Grade.objects.filter(released_at__isnull=True).count() == 0
    told = Notification.objects.filter(kind="grade")
    assert sorted(told.values_list("recipient_id", flat=True)) == sorted(
        [enrolled.pk, other_learner.pk]
    )
    assignment.refresh_from_db()
    assert assignment.grades_released_at is not None
    # A second release (a double click) changes nothing and tells no one.
    client.post(reverse("assignments:teach_release", args=[assignment.pk]))
    assert Notification.objects.count() == 2


def test_the_release_notification_is_in_the_learners_language_and_links_the_lesson(
    submitted, trainer, translate_course, course, lesson, client
):
    translate_course(course, "ru")
    learner = submitted.user
    learner.preferred_language = "ru"
    learner.save()
    submission_grade_save(submission=submitted, grader=trainer, points=80)
    told = Notification.objects.get()
    assert told.url == lesson.get_translation(Locale.objects.get(language_code="ru")).get_url()
    assert told.url.startswith("/ru/")  # the lesson's Russian address
    client.force_login(learner)
    assert client.get(told.url).status_code == 200


def test_a_release_sends_one_mail_the_notifications(
    submitted, trainer, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        submission_grade_save(submission=submitted, grader=trainer, points=80)
    assert [message.to for message in mailoutbox] == [[submitted.user.email]]
    assert "80 of 100 points (80%)" in mailoutbox[0].body


def test_a_rolled_back_release_tells_no_one(submitted, trainer):
    submitted.assignment.release_at_once = False
    submitted.assignment.save()
    submission_grade_save(submission=submitted, grader=trainer, points=80)
    with pytest.raises(RuntimeError), transaction.atomic():
        assert grades_release(assignment=submitted.assignment, by=trainer) == 1
        raise RuntimeError("the request fails after the release")
    assert not Notification.objects.exists()
    assert grades_release(assignment=submitted.assignment, by=trainer) == 1
    assert Notification.objects.get().recipient == submitted.user


# ---- reopening and attempts -------------------------------------------------------------------


def test_reopen_opens_the_next_attempt_within_the_limit(assignment, enrolled, trainer):
    assignment.attempts_reopen, assignment.max_attempts = AttemptsReopen.MANUAL, 2
    assignment.save()
    first = SubmissionFactory(assignment=assignment, user=enrolled, submitted=True)
    submission_grade_save(submission=first, grader=trainer, points=40)
    second = submission_reopen(submission=first, by=trainer)
    first.refresh_from_db()
    assert (second.attempt_number, second.is_latest, second.status) == (2, True, "draft")
    assert not first.is_latest and first.grade.points == 40  # the earlier work keeps its grade
    with pytest.raises(ValidationError) as error:  # the new attempt is still open
        submission_reopen(submission=second, by=trainer)
    assert error.value.code == "reopen_open"
    with pytest.raises(ValidationError) as error:  # a double click on the old attempt
        submission_reopen(submission=first, by=trainer)
    assert error.value.code == "reopen_not_latest"
    Submission.objects.filter(pk=second.pk).update(
        status=SubmissionStatus.SUBMITTED, submitted_at=timezone.now()
    )
    second.refresh_from_db()
    with pytest.raises(ValidationError) as error:
        submission_reopen(submission=second, by=trainer)
    assert error.value.code == "reopen_limit"
    assert Submission.objects.filter(user=enrolled).count() == 2


def test_one_attempt_only_is_never_reopened(assignment, enrolled, trainer, client):
    assignment.attempts_reopen = AttemptsReopen.NEVER
    assignment.save()
    submission = SubmissionFactory(assignment=assignment, user=enrolled, submitted=True)
    with pytest.raises(ValidationError) as error:
        submission_reopen(submission=submission, by=trainer)
    assert error.value.code == "reopen_never"
    client.force_login(trainer)
    page = client.get(learner_url(assignment, enrolled)).content.decode()
    assert "Reopen for a new attempt" not in page
    response = client.post(reverse("assignments:teach_reopen", args=[assignment.pk, enrolled.pk]))
    assert response.status_code == 302
    assert Submission.objects.count() == 1


def test_until_passed_a_failing_released_grade_reopens_within_the_limit(
    assignment, enrolled, trainer
):
    assignment.attempts_reopen, assignment.max_attempts = AttemptsReopen.UNTIL_PASS, 2
    assignment.save()
    first = SubmissionFactory(assignment=assignment, user=enrolled, submitted=True)
    submission_grade_save(submission=first, grader=trainer, points=30)
    second = Submission.objects.get(user=enrolled, is_latest=True)
    assert (second.attempt_number, second.status) == (2, SubmissionStatus.DRAFT)
    Submission.objects.filter(pk=second.pk).update(
        status=SubmissionStatus.SUBMITTED, submitted_at=timezone.now()
    )
    submission_grade_save(submission=second, grader=trainer, points=30)
    # The second attempt was the last one allowed: no third.
    assert Submission.objects.filter(user=enrolled).count() == 2


def test_until_passed_waits_for_the_release_and_a_pass_reopens_nothing(
    assignment, enrolled, other_learner, trainer
):
    assignment.attempts_reopen, assignment.release_at_once = AttemptsReopen.UNTIL_PASS, False
    assignment.save()
    failed = SubmissionFactory(assignment=assignment, user=enrolled, submitted=True)
    passed = SubmissionFactory(assignment=assignment, user=other_learner, submitted=True)
    submission_grade_save(submission=failed, grader=trainer, points=10)
    submission_grade_save(submission=passed, grader=trainer, points=90)
    assert Submission.objects.count() == 2  # nothing reopens before the learner sees the grade
    assert grades_release(assignment=assignment, by=trainer) == 2
    assert Submission.objects.filter(user=enrolled).count() == 2
    assert Submission.objects.filter(user=other_learner).count() == 1


def test_a_pass_completes_the_lesson_when_the_rule_says_so(assignment, enrolled, trainer, lesson):
    from courses.assignments.models import CompletionRule
    from courses.progress.models import LessonCompletion

    assignment.completion = CompletionRule.PASS
    assignment.save()
    submission = SubmissionFactory(assignment=assignment, user=enrolled, submitted=True)
    submission_grade_save(submission=submission, grader=trainer, points=40)
    assert not LessonCompletion.objects.filter(user=enrolled).exists()
    submission_grade_save(submission=submission, grader=trainer, points=75)
    completion = LessonCompletion.objects.get(user=enrolled)
    assert completion.lesson_key == lesson.translation_key


# ---- extensions -------------------------------------------------------------------------------


def test_an_extension_is_given_in_bishkek_time(client, assignment, enrolled, trainer, awkward_hour):
    client.force_login(trainer)
    url = reverse("assignments:teach_extension", args=[assignment.pk, enrolled.pk])
    later = timezone.localtime() + dt.timedelta(days=10)
    response = client.post(url, {"due_at": later.strftime("%Y-%m-%dT%H:%M"), "reason": "Ill"})
    assert response.status_code == 302
    extension = Extension.objects.get()
    # The form's 14:05 is Bishkek's 14:05 (UTC+6), whatever the server's clock says.
    assert extension.due_at == later.replace(second=0, microsecond=0)
    assert extension.due_at.astimezone(dt.UTC).hour == (later.hour - 6) % 24
    assert (extension.reason, extension.granted_by) == ("Ill", trainer)
    page = client.get(learner_url(assignment, enrolled)).content.decode()
    assert "until " + later.strftime("%-d") in page
    # A second grant moves the same extension.
    client.post(url, {"due_at": (later + dt.timedelta(days=1)).strftime("%Y-%m-%dT%H:%M")})
    assert Extension.objects.count() == 1


def test_an_extension_must_end_later_and_only_for_enrolled_learners(
    client, assignment, enrolled, outsider, trainer
):
    with pytest.raises(ValidationError) as error:
        extension_grant(
            assignment=assignment,
            user=enrolled,
            due_at=timezone.now() - dt.timedelta(hours=1),
            by=trainer,
        )
    assert error.value.code == "past"
    with pytest.raises(ValidationError) as error:
        extension_grant(
            assignment=assignment,
            user=enrolled,
            due_at=assignment.due_at - dt.timedelta(hours=1),
            by=trainer,
        )
    assert error.value.code == "before_due"
    with pytest.raises(ValidationError) as error:
        extension_grant(
            assignment=assignment,
            user=outsider,
            due_at=assignment.due_at + dt.timedelta(days=1),
            by=trainer,
        )
    assert error.value.code == "not_enrolled"
    # Through the page: the form re-renders with the reason, nothing stored.
    client.force_login(trainer)
    url = reverse("assignments:teach_extension", args=[assignment.pk, enrolled.pk])
    response = client.post(url, {"due_at": "2001-01-01T10:00"})
    assert response.status_code == 200
    assert "The extension must end in the future." in response.content.decode()
    assert not Extension.objects.exists()


# ---- the grading page -------------------------------------------------------------------------


def test_the_grading_page_shows_the_work_with_previews_and_the_rubric(
    client, rubric_assignment, rubric, enrolled, trainer
):
    submission = SubmissionFactory(
        assignment=rubric_assignment, user=enrolled, submitted=True, text="Our plan\nsecond line"
    )
    pdf = SubmissionFileFactory(submission=submission)
    picture = SubmissionFileFactory(
        submission=submission,
        file=SimpleUploadedFile("photo.png", png_bytes()),
        original_name="Site photo.png",
        content_type="image/png",
    )
    client.force_login(trainer)
    response = client.get(learner_url(rubric_assignment, enrolled))
    html = response.content.decode()
    assert "Our plan<br>second line" in html
    preview = reverse("assignments:teach_file_view", args=[pdf.pk])
    assert f'<iframe class="grading-preview" src="{preview}"' in html
    image = reverse("assignments:teach_file_view", args=[picture.pk])
    assert f'<img class="grading-image" src="{image}"' in html
    # The page may frame its own previews: the site's policy otherwise allows no frames.
    assert "'self'" in re.search(r"frame-src ([^;]+)", response["Content-Security-Policy"])[1]
    # One radio group per criterion with a comment box, the version as a hidden field.
    for criterion in rubric.criteria.all():
        assert f'name="level_{criterion.pk}"' in html and f'name="comment_{criterion.pk}"' in html
    assert html.count('type="radio"') == 6
    assert 'type="hidden" name="version" value="0"' in html
    # The inline file answer is framed by this site only; the download is an attachment.
    inline = client.get(preview)
    assert inline["Content-Disposition"].startswith("inline")
    assert inline["X-Frame-Options"] == "SAMEORIGIN"
    assert "frame-ancestors 'self'" in inline["Content-Security-Policy"]
    assert b"".join(inline.streaming_content) == PDF_BYTES
    download = client.get(reverse("assignments:teach_file", args=[pdf.pk]))
    assert download["Content-Disposition"].startswith("attachment")


def test_a_word_file_is_downloaded_not_shown(client, submitted, enrolled, trainer):
    docx = SubmissionFileFactory(
        submission=submitted,
        original_name="plan.docx",
        content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    )
    client.force_login(trainer)
    assert "<iframe" not in client.get(learner_url(submitted.assignment, enrolled)).content.decode()
    response = client.get(reverse("assignments:teach_file_view", args=[docx.pk]))
    assert response["Content-Disposition"].startswith("attachment")


def test_grading_with_the_rubric_through_the_page(
    client, rubric_assignment, rubric, enrolled, trainer
):
    SubmissionFactory(assignment=rubric_assignment, user=enrolled, submitted=True)
    (c1, c2), levels = list(rubric.criteria.all()), levels_of(rubric)
    client.force_login(trainer)
    url = learner_url(rubric_assignment, enrolled)
    data = {
        f"level_{c1.pk}": levels[0][2].pk,
        f"comment_{c1.pk}": "Exact volumes.",
        "feedback": "Well done.",
        "version": "0",
        "save": "1",
    }
    missing = client.post(url, data)
    assert missing.status_code == 200
    assert "Choose a level for this criterion." in missing.content.decode()
    assert "Exact volumes." in missing.content.decode()  # input kept
    assert not Grade.objects.exists()
    data[f"level_{c2.pk}"] = levels[1][2].pk
    data["files"] = pdf_upload()
    response = client.post(url, data)
    assert response.status_code == 302
    grade = Grade.objects.get()
    assert (grade.points, grade.max_points, grade.feedback) == (
        Decimal(20),
        Decimal(20),
        "Well done.",
    )
    assert grade.feedback_files.get().original_name == "comments.pdf"
    page = client.get(url).content.decode()
    assert "20 / 20" in page and "Exact volumes." in page and "comments.pdf" in page


def test_a_disguised_feedback_file_is_refused_and_the_input_kept(
    client, submitted, enrolled, trainer
):
    client.force_login(trainer)
    fake = SimpleUploadedFile("notes.pdf", b"MZ\x90\x00 not a pdf", content_type="application/pdf")
    response = client.post(
        learner_url(submitted.assignment, enrolled),
        {"points": "55", "feedback": "Keep me", "version": "0", "files": fake, "save": "1"},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "is not really a PDF file" in html and "Keep me" in html
    assert not Grade.objects.exists() and not FeedbackFile.objects.exists()


def test_feedback_files_can_be_removed(
    client, submitted, enrolled, trainer, django_capture_on_commit_callbacks
):
    client.force_login(trainer)
    url = learner_url(submitted.assignment, enrolled)
    client.post(url, {"points": "55", "version": "0", "files": pdf_upload(), "save": "1"})
    feedback = FeedbackFile.objects.get()
    name = feedback.file.name
    assert feedback.file.storage.exists(name)
    with django_capture_on_commit_callbacks(execute=True):  # the file goes once committed
        response = client.post(
            url, {"points": "55", "version": "1", "remove_files": [feedback.pk], "save": "1"}
        )
    assert response.status_code == 302
    assert not FeedbackFile.objects.exists()
    assert not feedback.file.storage.exists(name)


def test_save_and_next_goes_to_the_next_learner_waiting(
    client, assignment, course, trainer, make_user
):
    aida = enrol(make_user, course, full_name="Aida")
    bolot = enrol(make_user, course, full_name="Bolot")
    chynara = enrol(make_user, course, full_name="Chynara")
    enrol(make_user, course, full_name="Dastan")  # nothing handed in
    for user in (aida, bolot, chynara):
        SubmissionFactory(assignment=assignment, user=user, submitted=True)
    client.force_login(trainer)
    data = {"points": "70", "version": "0", "save_next": "1"}
    response = client.post(learner_url(assignment, bolot), data)
    assert response["Location"] == learner_url(assignment, chynara)
    response = client.post(learner_url(assignment, chynara), data)
    assert response["Location"] == learner_url(assignment, aida)  # round to the start
    response = client.post(learner_url(assignment, aida), data)
    assert response["Location"] == reverse("assignments:teach_table", args=[assignment.pk])


# ---- the table and the course's assignments ---------------------------------------------------


def _states(assignment, course, make_user, count):
    """`count` enrolled learners in turn: nothing, a draft, handed in, late, graded (with an
    extension), reopened."""
    users = []
    for n in range(count):
        user = enrol(
            make_user, course, full_name=f"Learner {n:02d}", municipality=MunicipalityFactory()
        )
        users.append(user)
        kind = n % 6
        if kind == 0:
            continue
        if kind == 1:
            SubmissionFactory(assignment=assignment, user=user)
            continue
        submission = SubmissionFactory(
            assignment=assignment, user=user, submitted=True, late=(kind == 3)
        )
        if kind in (4, 5):
            GradeFactory(submission=submission, points=Decimal(75))
            Extension.objects.create(
                assignment=assignment, user=user, due_at=timezone.now() + dt.timedelta(days=3)
            )
        if kind == 5:
            Submission.objects.filter(pk=submission.pk).update(is_latest=False)
            SubmissionFactory(assignment=assignment, user=user, attempt_number=2)
    return users


def test_the_table_lists_every_enrolled_learner_with_filters_and_search(
    client, assignment, course, trainer, make_user
):
    users = _states(assignment, course, make_user, 6)
    withdrawn = enrol(make_user, course, full_name="Gone")  # not listed once withdrawn
    Enrollment.objects.filter(user=withdrawn).update(status=EnrollmentStatus.WITHDRAWN)
    client.force_login(trainer)
    url = reverse("assignments:teach_table", args=[assignment.pk])

    def names(**query):
        response = client.get(url, query)
        assert response.status_code == 200
        return [row.user.full_name for row in response.context["rows"]]

    assert names() == [user.full_name for user in users]
    assert names(show="needs_grading") == ["Learner 02", "Learner 03"]
    assert names(show="late") == ["Learner 03"]
    assert names(show="not_submitted") == ["Learner 00", "Learner 01", "Learner 05"]
    assert names(q="learner 04") == ["Learner 04"]
    assert names(show="bogus", page="x") == [user.full_name for user in users]
    response = client.get(url)
    assert response.context["counts"] == {
        "all": 6,
        "needs_grading": 2,
        "late": 1,
        "not_submitted": 3,
    }
    html = response.content.decode()
    assert "Reopened (attempt 2)" in html and "75 / 100 (75%)" in html
    assert users[3].municipality.name in html


def test_the_table_runs_the_same_queries_for_3_and_20_learners(
    client, assignment, course, trainer, make_user
):
    client.force_login(trainer)
    url = reverse("assignments:teach_table", args=[assignment.pk])

    def measured() -> int:
        client.get(url)  # warm: the session's and the user's groups' kept copies
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200
        return len(queries.captured_queries), len(response.context["rows"])

    _states(assignment, course, make_user, 3)
    few, rows = measured()
    assert rows == 3
    _states(assignment, course, make_user, 17)
    many, rows = measured()
    assert rows == 20
    assert few == many == TABLE_QUERIES


def test_the_course_lists_its_assignments_with_what_waits(
    client, assignment, course, trainer, make_user
):
    _states(assignment, course, make_user, 6)
    client.force_login(trainer)
    response = client.get(reverse("assignments:teach_course", args=[course.translation_key]))
    assert response.status_code == 200
    (summary,) = response.context["summaries"]
    assert (summary.needs_grading, summary.late, summary.not_submitted, summary.enrolled) == (
        2,
        1,
        3,
        6,
    )
    # The course's teaching page links here.
    participants = client.get(reverse("progress:participants", args=[course.translation_key]))
    assert reverse("assignments:teach_course", args=[course.translation_key]) in (
        participants.content.decode()
    )


# ---- who may open what ------------------------------------------------------------------------


@pytest.fixture
def everything(assignment, enrolled, trainer):
    """Work handed in with a file, graded (unreleased) with a returned file."""
    assignment.release_at_once = False
    assignment.save()
    submission = SubmissionFactory(assignment=assignment, user=enrolled, submitted=True)
    file = SubmissionFileFactory(submission=submission)
    grade = GradeFactory(submission=submission, released_at=None, grader=trainer)
    feedback = FeedbackFileFactory(grade=grade)
    return {"submission": submission, "file": file, "grade": grade, "feedback": feedback}


def _screens(assignment, course, learner):
    return [
        reverse("assignments:teach_course", args=[course.translation_key]),
        reverse("assignments:teach_table", args=[assignment.pk]),
        reverse("assignments:teach_release", args=[assignment.pk]),
        reverse("assignments:teach_learner", args=[assignment.pk, learner.pk]),
    ]


def _files(everything):
    return [
        reverse("assignments:teach_file", args=[everything["file"].pk]),
        reverse("assignments:teach_file_view", args=[everything["file"].pk]),
        reverse("assignments:teach_feedback_file", args=[everything["feedback"].pk]),
    ]


def _posts(assignment, learner):
    later = (timezone.localtime() + dt.timedelta(days=30)).strftime("%Y-%m-%dT%H:%M")
    return [
        (
            reverse("assignments:teach_learner", args=[assignment.pk, learner.pk]),
            {"points": "5", "version": "1", "save": "1"},
        ),
        (
            reverse("assignments:teach_extension", args=[assignment.pk, learner.pk]),
            {"due_at": later},
        ),
        (reverse("assignments:teach_reopen", args=[assignment.pk, learner.pk]), {}),
        (reverse("assignments:teach_release", args=[assignment.pk]), {}),
    ]


def _state():
    return (
        list(Grade.objects.values_list("points", "released_at", "version")),
        Extension.objects.count(),
        Submission.objects.count(),
    )


@pytest.mark.parametrize(
    "role", ["anonymous", "enrolled", "other_learner", "other_trainer", "reviewer"]
)
def test_everyone_else_is_refused_every_screen_action_and_file(
    client, request, role, assignment, course, enrolled, everything
):
    if role != "anonymous":
        client.force_login(request.getfixturevalue(role))
    before = _state()
    for url in _screens(assignment, course, enrolled):
        response = client.get(url)
        if role == "anonymous":
            assert response.status_code == 302 and "/accounts/login/" in response["Location"]
        else:
            assert response.status_code == 403, url
    for url in _files(everything):
        response = client.get(url)
        expected = 302 if role == "anonymous" else 404
        assert response.status_code == expected, url
    for url, data in _posts(assignment, enrolled):
        response = client.post(url, data)
        if role == "anonymous":
            assert response.status_code == 302 and "/accounts/login/" in response["Location"]
        else:
            assert response.status_code == 403, url
    assert _state() == before


@pytest.mark.parametrize("role", ["trainer", "manager"])
def test_the_courses_trainer_and_managers_get_every_screen_action_and_file(
    client, request, role, assignment, course, enrolled, everything
):
    client.force_login(request.getfixturevalue(role))
    for url in _screens(assignment, course, enrolled) + _files(everything):
        assert client.get(url).status_code == 200, url
    for url, data in _posts(assignment, enrolled):
        assert client.post(url, data).status_code == 302, url
    grade = Grade.objects.get(pk=everything["grade"].pk)
    assert (grade.points, grade.released_at is not None) == (Decimal(5), True)
    assert Extension.objects.count() == 1
    assert Submission.objects.filter(user=enrolled).count() == 2  # reopened


def test_a_trainer_taken_off_the_list_loses_the_screens(client, course, assignment, trainer):
    from courses.catalogue.services import course_trainers_sync

    client.force_login(trainer)
    url = reverse("assignments:teach_table", args=[assignment.pk])
    assert client.get(url).status_code == 200
    course.trainers = []
    course.save()
    course_trainers_sync(course=course)
    assert client.get(url).status_code == 403


def test_a_learner_with_no_place_in_the_course_has_no_page(client, assignment, outsider, trainer):
    client.force_login(trainer)
    assert client.get(learner_url(assignment, outsider)).status_code == 404
    missing = reverse("assignments:teach_learner", args=[assignment.pk, 10**9])
    assert client.get(missing).status_code == 404
    assert client.get(reverse("assignments:teach_table", args=[10**9])).status_code == 404


def test_the_learner_sees_the_grade_and_feedback_only_once_released(
    client, assignment, lesson, enrolled, trainer
):
    assignment.release_at_once = False
    assignment.save()
    submission = SubmissionFactory(assignment=assignment, user=enrolled, submitted=True)
    submission_grade_save(
        submission=submission,
        grader=trainer,
        points=88,
        feedback="Secret feedback until released",
        files=[pdf_upload("annotated.pdf")],
    )
    feedback = FeedbackFile.objects.get()
    own_route = reverse("assignments:feedback_file", args=[feedback.pk])
    client.force_login(enrolled)
    page = client.get(lesson.url)
    assert page.status_code == 200
    html = page.content.decode()
    assert "Secret feedback until released" not in html and "annotated.pdf" not in html
    assert client.get(own_route).status_code == 404
    grades_release(assignment=assignment, by=trainer)
    html = client.get(lesson.url).content.decode()
    assert "Secret feedback until released" in html and "annotated.pdf" in html
    assert client.get(own_route).status_code == 200
