"""Certificates of attendance: who earns one, issuing once, the seminar wording, verification
and downloads through the certificates' own pages."""

from django.urls import reverse
from django.utils import translation

import pytest

from courses.certificates import rendering
from courses.certificates.models import Certificate, CertificateKind
from courses.certificates.services import verify_url
from courses.seminars.attendance import marks_save
from courses.seminars.certificates import (
    certificate_eligibility,
    seminar_certificates_issue,
    sessions_needed,
)
from courses.seminars.models import Registration
from courses.seminars.walk_ins import walk_in_add
from lms.notifications.models import Notification

pytestmark = pytest.mark.django_db


@pytest.fixture
def seminar(make_seminar, trainer):
    return make_seminar(sessions=3, trainers=[trainer], certificate_share=60)


@pytest.fixture
def marked(seminar, make_user, trainer):
    """Ann at 3/3, Bob at 2/3 (late once), Cat at 1/3, a walk-in at 3/3."""
    sessions = list(seminar.sessions.order_by("starts_at"))
    people = {
        name: Registration.objects.create(
            seminar=seminar, user=make_user(full_name=name, preferred_language="en")
        )
        for name in ("Ann", "Bob", "Cat")
    }
    people["walk-in"], _ = walk_in_add(seminar=seminar, full_name="Walk In", by=trainer)
    plan = {
        "Ann": ["present", "present", "present"],
        "Bob": ["late", "absent", "present"],
        "Cat": ["present", "excused", "absent"],
        "walk-in": ["present", "present", "present"],
    }
    for n, session in enumerate(sessions):
        marks_save(session=session, marks={people[k].pk: plan[k][n] for k in people}, by=trainer)
    return people


@pytest.mark.parametrize(
    ("share", "sessions", "needed"), [(100, 3, 3), (60, 3, 2), (50, 4, 2), (0, 2, 1), (100, 0, 1)]
)
def test_sessions_needed(make_seminar, share, sessions, needed):
    seminar = make_seminar(sessions=0, certificate_share=share)
    assert sessions_needed(seminar, sessions) == needed


def test_who_earns_one(seminar, marked):
    eligibility = certificate_eligibility(seminar)
    assert sorted(r.user.full_name for r in eligibility.earned) == ["Ann", "Bob"]
    assert eligibility.walk_ins == 1 and eligibility.already == 0


def test_issue_once_with_the_seminar_wording(seminar, marked, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        issued, _ = seminar_certificates_issue(seminar=seminar)
    assert issued == 2
    issued_again, eligibility = seminar_certificates_issue(seminar=seminar)
    assert issued_again == 0 and eligibility.already == 2
    certificates = Certificate.objects.filter(kind=CertificateKind.SEMINAR).order_by("holder_name")
    assert [c.holder_name for c in certificates] == ["Ann", "Bob"]
    ann = certificates[0]
    assert ann.enrollment is None and ann.subject_key == f"seminar:{seminar.pk}"
    assert ann.course_title == "Seminar" and ann.language == "en"
    assert ann.rendered_at is not None and ann.pdf and ann.png  # through the task, eagerly
    text = rendering.certificate_text(ann, verify_url=verify_url(ann))
    assert text.heading == "Certificate of attendance"
    assert text.course_title == "attended the seminar “Seminar”"
    assert text.details.startswith("held on ") and "Hall 1" in text.details
    assert Notification.objects.filter(recipient=ann.user, kind="certificate").count() == 1


def test_walk_in_matched_later_gets_theirs(seminar, marked, make_user):
    seminar_certificates_issue(seminar=seminar)
    walk_in = marked["walk-in"]
    Registration.objects.filter(pk=walk_in.pk).update(email="walk@example.org")
    user = make_user(email="walk@example.org", full_name="Walk In")
    assert Registration.objects.get(pk=walk_in.pk).user == user
    issued, eligibility = seminar_certificates_issue(seminar=seminar)
    assert issued == 1 and eligibility.walk_ins == 0


def test_verify_page_and_downloads(client, seminar, marked, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        seminar_certificates_issue(seminar=seminar)
    ann = Certificate.objects.get(holder_name="Ann")
    response = client.get(f"/en/certificates/verify/{ann.code}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Seminar attended" in html and "Hall 1" in html
    url = reverse("certificates:download", kwargs={"code": ann.code, "file_format": "pdf"})
    assert client.get(url).status_code == 302
    client.force_login(marked["Bob"].user)
    assert client.get(url).status_code == 404
    client.force_login(ann.user)
    response = client.get(url)
    assert response.status_code == 200 and b"".join(response.streaming_content).startswith(b"%PDF")
    with translation.override("en"):
        page = client.get("/en/my/")
    if page.status_code == 200:
        assert ann.code_display in page.content.decode()


def test_issue_screen_permissions_and_action(
    client, seminar, marked, trainer, make_user, make_seminar
):
    url = reverse("seminars:certificates", kwargs={"seminar_id": seminar.pk})
    assert client.get(url).status_code == 302
    other = make_user(role="Trainer")
    make_seminar(trainers=[other])
    for user in (other, marked["Ann"].user):
        client.force_login(user)
        assert client.get(url).status_code == 404
        assert client.post(url).status_code == 404
    assert not Certificate.objects.exists()
    client.force_login(trainer)
    response = client.get(url.replace("/ky/", "/en/"))
    assert response.status_code == 200
    assert 'data-figure="missing">2<' in response.content.decode()
    assert 'data-figure="walk_ins">1<' in response.content.decode()
    assert client.post(url).status_code == 302
    assert client.post(url).status_code == 302
    assert Certificate.objects.count() == 2
    client.force_login(make_user(role="Manager"))
    assert client.get(url).status_code == 200
