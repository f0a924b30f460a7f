"""Issuing: one certificate per completion, by a task enqueued on commit, idempotent, swept."""

import datetime as dt
from zoneinfo import ZoneInfo

from django.core import mail
from django.db import IntegrityError, transaction

from wagtail.models import Locale

import pytest

from courses.activity.models import LearningEvent
from courses.certificates.models import Certificate, CertificateStatus
from courses.certificates.tasks import certificate_issue, certificates_sweep
from courses.enrolment.models import EnrollmentStatus
from courses.progress.signals import course_completed
from lms.celery import app as celery_app
from tests.factories.courses import EnrollmentFactory


@pytest.mark.django_db
# At 18:30 UTC it is already the next day in Bishkek: the certificate carries the Bishkek date.
def test_completion_signal_issues_one_certificate_after_commit(
    awkward_hour, course, complete, make_user, django_capture_on_commit_callbacks
):
    learner = make_user(role="Learner", full_name="Бурул Кадырова")
    enrollment = complete(learner, course)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        course_completed.send(sender=None, enrollment_id=enrollment.pk)
        assert not Certificate.objects.exists()  # nothing runs inside the transaction
    assert len(callbacks) == 1
    callbacks[0]()

    certificate = Certificate.objects.get()
    assert certificate.enrollment == enrollment
    assert certificate.status == CertificateStatus.VALID
    assert certificate.holder_name == "Бурул Кадырова"
    assert certificate.course_title == course.title
    assert certificate.course_hours == 12
    bishkek_today = dt.datetime.now(ZoneInfo("Asia/Bishkek")).date()
    assert certificate.completed_on == bishkek_today
    assert certificate.trainer_names == "Айгүл Осмонова"
    assert certificate.issuer_name
    assert len(certificate.code) == 20
    assert certificate.png and certificate.pdf and certificate.rendered_at
    # The learner gets the PDF by e-mail, and the event log records the certificate.
    [message] = mail.outbox
    assert message.to == [learner.email]
    assert message.attachments[0][0] == f"certificate-{certificate.code}.pdf"
    assert certificate.code_display in message.body
    assert LearningEvent.objects.filter(verb="earned", object_type="certificate").count() == 1


@pytest.mark.django_db
def test_task_twice_issues_one_certificate_and_one_email(course, complete, learner):
    enrollment = complete(learner, course)
    assert certificate_issue.apply(args=[enrollment.pk]).get() is True
    assert certificate_issue.apply(args=[enrollment.pk]).get() is False
    assert Certificate.objects.count() == 1
    assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_codes_differ_between_certificates(course, complete, make_user, issue):
    first = issue(complete(make_user(), course))
    second = issue(complete(make_user(), course))
    assert first.code != second.code


@pytest.mark.django_db
def test_database_allows_one_valid_certificate_per_enrolment(certificate):
    duplicate = Certificate(
        **{
            f.attname: getattr(certificate, f.attname)
            for f in Certificate._meta.concrete_fields
            if f.attname not in ("id", "code")
        },
        code="X" * 20,
    )
    with pytest.raises(IntegrityError), transaction.atomic():
        duplicate.save()


@pytest.mark.django_db
def test_no_certificate_without_completion_or_when_course_grants_none(
    make_course, complete, learner
):
    active = EnrollmentFactory(user=learner, course_key=make_course().translation_key)
    assert certificate_issue.apply(args=[active.pk]).get() is False
    no_certificates = make_course(certificate_enabled=False)
    finished = complete(learner, no_certificates)
    assert certificate_issue.apply(args=[finished.pk]).get() is False
    assert certificate_issue.apply(args=[999_999]).get() is False
    assert not Certificate.objects.exists()
    assert active.status == EnrollmentStatus.ACTIVE


@pytest.mark.django_db
def test_title_is_in_the_learners_language_else_the_default(course, complete, make_user, issue):
    ru_course = course.copy_for_translation(
        Locale.objects.get(language_code="ru"), copy_parents=True
    )
    ru_course.title = "Передача муниципальных услуг частному сектору"
    ru_course.save_revision().publish()

    russian = issue(complete(make_user(preferred_language="ru"), course))
    english = issue(complete(make_user(preferred_language="en"), course))
    assert (russian.course_title, russian.language) == (ru_course.title, "ru")
    assert (english.course_title, english.language) == (course.title, "ky")


@pytest.mark.django_db
def test_sweep_issues_for_a_completion_whose_task_never_ran(
    course, make_course, complete, make_user, django_capture_on_commit_callbacks
):
    missed = complete(make_user(), course)  # completed, but no signal and no task
    complete(make_user(), make_course(certificate_enabled=False))
    with django_capture_on_commit_callbacks(execute=True):  # it queues through the outbox
        result = certificates_sweep.apply().get()
    assert result == {"issued": 1, "delivered": 0}
    certificate = Certificate.objects.get()
    assert certificate.enrollment == missed
    assert certificate.rendered_at is not None
    assert certificates_sweep.apply().get() == {"issued": 0, "delivered": 0}
    assert Certificate.objects.count() == 1


@pytest.mark.django_db
def test_sweep_delivers_a_certificate_left_unrendered(
    certificate, django_capture_on_commit_callbacks
):
    Certificate.objects.filter(pk=certificate.pk).update(
        rendered_at=None, emailed_at=None, issued_at="2020-01-01T00:00Z"
    )
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):  # it queues through the outbox
        assert certificates_sweep.apply().get() == {"issued": 0, "delivered": 1}
    certificate.refresh_from_db()
    assert certificate.rendered_at is not None
    assert len(mail.outbox) == 1


@pytest.fixture
def eager_retries():
    # Eager retries run in-process only when failures are not re-raised at once.
    celery_app.conf.task_eager_propagates = False
    yield
    celery_app.conf.task_eager_propagates = True


@pytest.mark.django_db
def test_rendering_failure_is_retried(course, complete, learner, monkeypatch, eager_retries):
    from courses.certificates import rendering

    real = rendering.certificate_png
    calls = []

    def flaky(*args, **kwargs):
        calls.append(1)
        if len(calls) < 3:
            raise OSError("storage unavailable")
        return real(*args, **kwargs)

    monkeypatch.setattr(rendering, "certificate_png", flaky)
    enrollment = complete(learner, course)
    certificate_issue.apply(args=[enrollment.pk]).get()
    assert len(calls) == 3
    certificate = Certificate.objects.get()
    assert certificate.rendered_at is not None
    assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_email_failure_is_retried_without_a_second_certificate(
    course, complete, learner, settings, eager_retries
):
    from tests.support.mail import FlakyEmailBackend

    settings.EMAIL_BACKEND = "tests.support.mail.FlakyEmailBackend"
    FlakyEmailBackend.attempts = 0
    FlakyEmailBackend.failures = 2
    try:
        enrollment = complete(learner, course)
        certificate_issue.apply(args=[enrollment.pk]).get()
    finally:
        FlakyEmailBackend.failures = 0
    assert FlakyEmailBackend.attempts == 3
    assert Certificate.objects.count() == 1
    assert Certificate.objects.get().emailed_at is not None


def test_beat_runs_the_sweep(settings):
    celery_app.loader.import_default_modules()
    entry = settings.CELERY_BEAT_SCHEDULE["courses-certificates-sweep"]
    assert entry["task"] in celery_app.tasks
