"""A certificate issued tells its holder once (kind "certificate"), in their language, with My
learning to download it; the PDF mail stays its only e-mail and follows the preference."""

from django.core import mail
from django.db import transaction

import pytest

from courses.certificates import services as certificates
from courses.certificates.models import Certificate
from lms.notifications.models import Notification, NotificationPreference

pytestmark = pytest.mark.django_db


def test_issuing_tells_the_holder_once_in_their_language(
    course, complete, issue, make_user, client
):
    learner = make_user(role="Learner", preferred_language="en")
    bystander = make_user(role="Learner")
    enrollment = complete(learner, course)
    certificate = issue(enrollment)
    issue(enrollment)  # a rerun of the task (the sweep) issues and tells nothing more
    told = Notification.objects.get()
    assert (told.recipient, told.kind) == (learner, "certificate")
    assert told.dedupe_key == f"certificate:{certificate.pk}"
    assert told.title == f"You earned a certificate for “{certificate.course_title}”"
    assert certificate.code in told.body  # the verification address
    assert told.url == "/en/my/"
    assert told.mail_state == "none"  # its e-mail is the PDF mail, sent once
    assert len(mail.outbox) == 1 and mail.outbox[0].attachments
    assert not Notification.objects.filter(recipient=bystander).exists()
    client.force_login(learner)
    page = client.get(told.url)
    assert page.status_code == 200
    assert certificate.code in page.content.decode()


def test_holder_who_turned_certificate_mail_off_gets_only_the_notification(
    course, complete, issue, make_user
):
    learner = make_user(role="Learner", preferred_language="ru")
    NotificationPreference.objects.create(user=learner, kind="certificate", delivery="never")
    certificate = issue(complete(learner, course))
    assert Notification.objects.get().url == "/ru/my/"
    assert mail.outbox == []
    certificate.refresh_from_db()
    assert certificate.emailed_at is not None  # handled: the sweep does not retry it


def test_a_rolled_back_issue_tells_no_one(course, complete, make_user):
    enrollment = complete(make_user(role="Learner"), course)
    with pytest.raises(RuntimeError), transaction.atomic():
        assert certificates.certificate_issue(enrollment_id=enrollment.pk) is not None
        raise RuntimeError("the task fails after issuing")
    assert not Certificate.objects.exists()
    assert not Notification.objects.exists()


def test_the_pdf_mail_is_the_only_mail(
    course, complete, issue, make_user, django_capture_on_commit_callbacks
):
    learner = make_user(role="Learner", preferred_language="en")
    with django_capture_on_commit_callbacks(execute=True):
        issue(complete(learner, course))
    assert [message.to for message in mail.outbox] == [[learner.email]]
    assert mail.outbox[0].attachments  # the PDF; the notification's own mail sent nothing
