"""The whole demo with one object of each kind the routes point at (built by seed_demo)."""

import io
from dataclasses import dataclass
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

DEMO_EMAILS = {
    "admin": "admin@example.org",
    "manager": "manager@example.org",
    "trainer": "trainer@example.org",
    "reviewer": "reviewer@example.org",
    "learner": "learner@example.org",
}


@dataclass
class Demo:
    users: dict  # role -> user; "other" is a learner with nothing of their own
    values: dict  # URL argument -> a real value (see tests/guards/routes.py)
    pages: dict  # page type -> (a live page, audience)


def demo_build() -> Demo:
    """seed_demo, then what it leaves out: a quiz attempt, a certificate, a bulk job, an export
    and a case proposal with an attachment; returns the users, URL arguments and pages."""
    from wagtail.models import Locale, Page

    from cms.portal.models import CaseStudyPage, CaseSubmission, CaseSubmissionAttachment
    from courses.catalogue.models import CoursePage, LessonPage
    from courses.certificates.models import Certificate
    from courses.certificates.tasks import certificate_issue
    from courses.enrolment.models import BulkEnrollmentJob, Enrollment, EnrollmentStatus
    from courses.quizzes.models import Quiz
    from courses.quizzes.services import quiz_attempt_start
    from courses.reports.models import ReportExport, ReportExportStatus
    from lms.places.models import Municipality

    call_command("seed_demo", "--force", stdout=io.StringIO())
    User = get_user_model()
    users = {role: User.objects.get(email=email) for role, email in DEMO_EMAILS.items()}
    users["other"] = User.objects.create_user(
        email="other-learner@example.org", password="x", full_name="Башка Окуучу"
    )
    learner, trainer = users["learner"], users["trainer"]
    # The site policies in force: seed_demo's accounts accepted them, the other learner does.
    from lms.policies.selectors import policies_current
    from lms.policies.services import policy_versions_accept

    policies = policies_current()
    policy_versions_accept(user=users["other"], versions=policies, language="ky")
    ky = Locale.objects.get(language_code="ky")
    enrollment = Enrollment.objects.filter(user=learner).first()
    course = CoursePage.objects.get(translation_key=enrollment.course_key, locale=ky)
    lesson_keys = LessonPage.objects.descendant_of(course).values_list("translation_key")
    quiz = Quiz.objects.filter(lesson_key__in=lesson_keys).first()
    quiz_lesson = LessonPage.objects.get(translation_key=quiz.lesson_key, locale=ky)
    attempt = quiz_attempt_start(user=learner, quiz=quiz, course_key=course.translation_key)
    # An essay waiting for a trainer (quiz_admin:grading_answer): a bank question of the course
    # answered in a handed-in attempt of the learner's.
    from courses.quizzes.models import Attempt as QuizAttempt
    from courses.quizzes.models import AttemptAnswer, AttemptState, Question

    essay = Question.objects.create(
        category=quiz.questions.order_by("pk").first().category, qtype="essay", text="Эссе"
    )
    essay_answer = AttemptAnswer.objects.create(
        attempt=QuizAttempt.objects.create(
            user=learner,
            quiz=quiz,
            lesson_key=quiz.lesson_key,
            course_key=course.translation_key,
            number=attempt.number + 1,
            state=AttemptState.NEEDS_GRADING,
            layout=[{"q": str(essay.key), "o": []}],
            started_at=attempt.started_at,
            submitted_at=attempt.started_at,
        ),
        question=essay,
        response={"text": "Жооп"},
        needs_grading=True,
    )

    # A certificate of the learner's own, from a second course completed.
    other_course = CoursePage.objects.filter(locale=ky).exclude(pk=course.pk).first()
    # (update_or_create: the assignment demo already enrolled the learner there.)
    done, _ = Enrollment.objects.update_or_create(
        user=learner,
        course_key=other_course.translation_key,
        defaults={"status": EnrollmentStatus.COMPLETED, "completed_at": enrollment.created_at},
    )
    certificate_issue.apply(args=[done.pk]).get()
    certificate = Certificate.objects.get(enrollment=done)

    job = BulkEnrollmentJob.objects.create(
        course_key=course.translation_key,
        created_by=trainer,
        file=ContentFile(b"email\nnew@example.org\n", name="staff.csv"),
        file_name="staff.csv",
    )
    # A finished Moodle course import (courses.moodle), for its job page.
    from courses.moodle.models import MoodleImport

    moodle_import = MoodleImport.objects.create(
        user=users["manager"],
        file_name="course.mbz",
        parent=course.get_parent(),
        language="ky",
        dry_run=True,
        status="done",
        progress=100,
    )
    export = ReportExport.objects.create(
        requester=users["admin"],
        table_name="learners",
        filters={"date_from": "2026-01-01", "date_to": "2026-11-30"},
        file_format="csv",
        language="en",
        status=ReportExportStatus.DONE,
        file=ContentFile(b"email\nlearner@example.org\n", name="learners.csv"),
    )
    submission = CaseSubmission.objects.create(
        contact_name="Айбек",
        email="aibek@example.org",
        municipality=Municipality.objects.first(),
        title="Таштанды",
        description="Айыл өкмөтү таштанды чыгарууну уюштурду.",
        language="ky",
    )
    attachment = CaseSubmissionAttachment.objects.create(
        submission=submission,
        file=ContentFile(b"%PDF-1.4\n", name="act.pdf"),
        original_name="act.pdf",
        content_type="application/pdf",
        size=9,
    )
    # Assignments (seed_demo): the learner's course's assignment with their handed-in file,
    # the other course's released grade with a returned file, and a ZIP of submissions.
    from courses.assignments.models import (
        ArchiveState,
        Assignment,
        FeedbackFile,
        SubmissionFile,
        SubmissionsArchive,
        WorksheetUpload,
    )

    assignment = Assignment.objects.get(course_key=course.translation_key)
    submission_file = SubmissionFile.objects.get(
        submission__assignment=assignment, submission__user=learner
    )
    feedback_file = FeedbackFile.objects.filter(grade__submission__user=learner).first()
    archive = SubmissionsArchive.objects.create(
        assignment=assignment,
        requested_by=trainer,
        state=ArchiveState.DONE,
        done_count=1,
        total_count=1,
        file=ContentFile(b"PK\x05\x06" + b"\x00" * 18, name="submissions.zip"),
    )
    worksheet = WorksheetUpload.objects.create(
        assignment=assignment,
        uploaded_by=trainer,
        file=ContentFile(b"Learner ID,Grade\n", name="worksheet.csv"),
        file_name="worksheet.csv",
        state="done",
        report={"graded": 0, "unchanged": 0, "empty": 0, "errors": []},
    )
    # Discussions (seed_demo): a discussion topic of the learner's course, the learner's own
    # post in it, and a report of it.
    from courses.discussions.models import Post, PostReport, Topic

    discussion = Topic.objects.filter(
        course_key=course.translation_key, board__kind="discussion"
    ).first()
    own_post = Post.objects.filter(topic__course_key=course.translation_key, author=learner).first()
    post_report = PostReport.objects.create(post=own_post, reporter=trainer, reason="Demo")
    # Data rights: the learner's ready export and a deletion request of the other learner.
    from lms.privacy.models import DataExport, DeletionRequest

    data_export = DataExport.objects.create(
        user=learner,
        status="ready",
        finished_at=enrollment.created_at,
        expires_at=enrollment.created_at + timedelta(days=3650),
        file=ContentFile(b"PK\x05\x06" + b"\x00" * 18, name="my-data.zip"),
    )
    deletion = DeletionRequest.objects.create(user=users["other"], reason="")
    # Notifications: one of the learner's (seed_demo writes them) and an unsubscribe link.
    from lms.notifications.models import Notification
    from lms.notifications.tokens import unsubscribe_token

    notification = Notification.objects.filter(recipient=learner).first()
    # The demo learner's calendar address (seed_demo's calendar demo).
    from courses.calendar.models import CalendarFeed

    calendar_feed = CalendarFeed.objects.get(user=learner, revoked_at__isnull=True)
    # An LTI registration for its admin screens, and a dynamic registration link (courses.lti).
    from courses.lti.models import LtiPlatform
    from courses.lti.registration import registration_token_make

    lti_platform = LtiPlatform.objects.create(
        name="Moodle",
        issuer="https://moodle.example.org",
        client_id="demo-client",
        deployment_ids=["1"],
        auth_login_url="https://moodle.example.org/mod/lti/auth.php",
        auth_token_url="https://moodle.example.org/mod/lti/token.php",
        keyset_url="https://moodle.example.org/mod/lti/certs.php",
    )
    # The learner's API token (lms.api), for the revoke route.
    from lms.api.services import api_token_create

    api_token, _secret = api_token_create(user=learner, name="Registry")
    # Competitions (seed_demo): the finished cluster competition, a winner (with its grant
    # certificate), a conditional winner outside the learner's municipality, a juror's file.
    from courses.competitions.demo import KZHAP_SLUG
    from courses.competitions.models import Answer as CompetitionAnswer
    from courses.competitions.models import Application as CompetitionApplication

    kzhap_winner = CompetitionApplication.objects.get(
        call__slug=KZHAP_SLUG, cluster__code="teploklyuchenka-cluster"
    )
    kzhap_conditional = CompetitionApplication.objects.get(
        call__slug=KZHAP_SLUG, cluster__code="toktogul-cluster"
    )
    kzhap_file = CompetitionAnswer.objects.filter(application=kzhap_winner).exclude(file="").get()
    # The learner's municipality applies to the open campaign call: a draft with a document
    # and a jury question (the applicant's own routes).
    from courses.competitions import services_apply
    from courses.competitions.demo import CAMPAIGN_SLUG
    from courses.competitions.models import Call as CompetitionCall
    from courses.competitions.models import JuryQuestion
    from lms.uploads import CheckedFile

    campaign = CompetitionCall.objects.get(slug=CAMPAIGN_SLUG)
    campaign_application = services_apply.application_start(
        user=learner, call=campaign, applicant=learner.municipality
    )
    campaign_file_field = campaign.fields.get(kind="file")
    services_apply.application_save(
        application=campaign_application,
        user=learner,
        values={},
        files={
            campaign_file_field.pk: CheckedFile(
                "campaign.pdf", b"%PDF-1.4\n%%EOF\n", "application/pdf"
            )
        },
    )
    campaign_answer = campaign_application.answers.get(field=campaign_file_field)
    campaign_question = JuryQuestion.objects.create(
        application=campaign_application, asked_by=users["admin"], question="?"
    )
    # Seminars (courses.seminars): the demo's first published seminar with a session, or one
    # made here, for the attendance routes (sheet, walk-in, sign-in sheet, certificates).
    from courses.seminars.models import Seminar, SeminarSession, SeminarStatus

    seminar = (
        Seminar.objects.filter(status=SeminarStatus.PUBLISHED, sessions__isnull=False)
        .order_by("pk")
        .first()
    )
    if seminar is None:
        seminar = Seminar.objects.create(title="Семинар", status=SeminarStatus.PUBLISHED)
        seminar.trainers.add(users["trainer"])
        from django.utils import timezone

        starts = timezone.now() + timedelta(days=7)
        SeminarSession.objects.create(
            seminar=seminar,
            starts_at=starts,
            ends_at=starts + timedelta(hours=6),
            venue="Зал",
        )
    seminar_session = seminar.sessions.order_by("starts_at", "pk").first()
    values = {
        "language": "ru",
        "course_id": course.pk,
        "course_key": course.translation_key,
        "lesson_id": quiz_lesson.pk,
        "quiz_id": quiz.pk,
        "attempt_id": attempt.pk,
        "answer_id": essay_answer.pk,
        "user_id": learner.pk,
        "enrollment_id": enrollment.pk,
        "attachment_id": attachment.pk,
        "code": certificate.code,
        "fmt": "csv",
        "file_format": "csv",
        "certificates:download.file_format": "pdf",
        "uidb64": urlsafe_base64_encode(force_bytes(learner.pk)),
        "token": default_token_generator.make_token(learner),
        "job_id": job.pk,
        "moodle_admin:job.import_id": moodle_import.pk,
        "reports:export_job.job_id": export.pk,
        "reports:export_download.job_id": export.pk,
        "name": "places",
        "pk": learner.pk,
        "wagtailsnippets_quizzes_quiz:edit.pk": quiz.pk,
        "wagtailsnippets_quizzes_quiz:delete.pk": quiz.pk,
        # The question bank (courses/quizzes/bank_admin.py): the demo quiz's first question and
        # its course's category.
        **{
            f"wagtailsnippets_quizzes_{model}:{view}.pk": pk
            for model, pk in (
                ("question", quiz.questions.order_by("pk").first().pk),
                ("questioncategory", quiz.questions.order_by("pk").first().category_id),
            )
            for view in ("edit", "delete", "history", "usage")
        },
        "certificates_admin:revoke.pk": certificate.pk,
        "certificates_admin:reissue.pk": certificate.pk,
        "assignment_id": assignment.pk,
        "file_id": submission_file.pk,
        "feedback_file_id": feedback_file.pk,
        "archive_id": archive.pk,
        "upload_id": worksheet.pk,
        "kind": policies[0].policy.kind,
        "policies:version.version": policies[0].version,
        "wagtailsnippets_policies_policyversion:edit.pk": policies[0].pk,
        "wagtailsnippets_policies_policyversion:delete.pk": policies[0].pk,
        "wagtailsnippets_policies_policyversion:publish.pk": policies[0].pk,
        "privacy:export_download.export_id": data_export.pk,
        "privacy:request_decide.request_id": deletion.pk,
        "api:token_revoke.token_id": api_token.pk,
        "topic_id": discussion.pk,
        "post_id": own_post.pk,
        "report_id": post_report.pk,
        "discussions:board.kind": "discussion",
        "discussions:topic_create.kind": "discussion",
        "notifications:open.pk": notification.pk,
        "notifications:unsubscribe.token": unsubscribe_token(user_id=learner.pk, kind="reply"),
        "calendar:feed.token": calendar_feed.token,
        "lti_platforms:inspect.pk": lti_platform.pk,
        "lti:register.token": registration_token_make(user=users["manager"]),
        "portal:theme_follow.theme": "private-sector",
        "competitions:jury_call.slug": KZHAP_SLUG,
        "competitions:jury_declare.slug": KZHAP_SLUG,
        "competitions:manage_call.slug": KZHAP_SLUG,
        "competitions:manage_scoring_start.slug": KZHAP_SLUG,
        "competitions:manage_scoring_close.slug": KZHAP_SLUG,
        "competitions:manage_publish.slug": KZHAP_SLUG,
        "competitions:manage_export.slug": KZHAP_SLUG,
        "competitions:results.slug": KZHAP_SLUG,
        "competitions:jury_application.pk": kzhap_winner.pk,
        "competitions:jury_score.pk": kzhap_winner.pk,
        "competitions:jury_file.pk": kzhap_winner.pk,
        "competitions:jury_question.pk": kzhap_winner.pk,
        "competitions:decision.pk": kzhap_winner.pk,
        "competitions:grant_certificate.pk": kzhap_winner.pk,
        "competitions:decision_confirm.pk": kzhap_conditional.pk,
        "competitions:conditions_report.pk": kzhap_conditional.pk,
        "competitions:jury_file.answer_id": kzhap_file.pk,
        "competitions:call.slug": CAMPAIGN_SLUG,
        "competitions:apply.slug": CAMPAIGN_SLUG,
        "competitions:application.application_id": campaign_application.pk,
        "competitions:answer_file.application_id": campaign_application.pk,
        "competitions:answer_file.answer_id": campaign_answer.pk,
        "competitions:question_answer.application_id": campaign_application.pk,
        "competitions:question_answer.question_id": campaign_question.pk,
        "competitions:withdraw.application_id": campaign_application.pk,
        "seminar_id": seminar.pk,
        "session_id": seminar_session.pk,
        "wagtailsnippets_seminars_seminar:edit.pk": seminar.pk,
        "wagtailsnippets_seminars_seminar:delete.pk": seminar.pk,
    }
    pages = {}
    for page in Page.objects.live().filter(locale=ky).exclude(depth=1).specific():
        kind = type(page).__name__
        if kind in pages:
            continue
        audience = "enrolled" if isinstance(page, LessonPage) else "public"
        if isinstance(page, LessonPage):
            page = (
                LessonPage.objects.live()
                .filter(locale=ky, open_preview=False)
                .descendant_of(course)
                .first()
            )
        pages[kind] = (page, audience)
    assert CaseStudyPage.__name__ in pages
    return Demo(users=users, values=values, pages=pages)
