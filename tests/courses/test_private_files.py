"""Private files of every domain (bulk lists, certificates, proposals' attachments, report exports)
are kept outside MEDIA_ROOT under random names, have no /media/ address, and are served only to
the people each download view lets in.

Five private kinds are tried: bulk-enrolment upload, certificate PNG, certificate PDF, case
proposal attachment, report export (baked Open Badges are drawn per request, never stored).
"""

import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.http import Http404
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone
from django.views.static import serve

import pytest

from cms.portal.services import case_submission_create
from cms.portal.uploads import CheckedFile
from courses.certificates.models import Certificate, CertificateStatus
from courses.certificates.services import certificate_render
from courses.enrolment.bulk import bulk_job_create
from courses.enrolment.models import EnrollmentStatus
from courses.reports.models import ReportExport, ReportExportStatus
from tests.factories.cms import portal_index
from tests.factories.courses import EnrollmentFactory
from tests.factories.places import MunicipalityFactory

pytestmark = pytest.mark.django_db

CODE = "ABCDEFGHJKLMNPQRSTUV"
RANDOM_NAME = re.compile(r"^(?P<kind>[a-z_-]+)/\d{4}/[0-9a-f]{32}\.(?P<ext>[a-z]+)$")
ANONYMOUS = None


@dataclass
class Kind:
    """One private file, where it must not be, where it is served and to whom."""

    label: str
    fieldfile: object
    url: str
    old_names: list  # where such a file used to sit under MEDIA_ROOT, guessable by strangers
    allowed: list
    refused: list  # signed-in people who get 404
    redirected: list = field(default_factory=list)  # sent to a login page instead
    secrets: tuple = ()  # words that must not appear in the stored name

    @property
    def content(self) -> bytes:
        return (Path(settings.PRIVATE_MEDIA_ROOT) / self.fieldfile.name).read_bytes()


@pytest.fixture
def people(make_user):
    return {
        "trainer": make_user(role="Trainer"),
        "other_trainer": make_user(role="Trainer"),
        "manager": make_user(role="Manager"),
        "other_manager": make_user(role="Manager"),
        "holder": make_user(role="Learner", full_name="Бурул Кадырова"),
        "learner": make_user(role="Learner"),
    }


@pytest.fixture
def kinds(people, make_course, home_page):
    """One file of each private kind, written through the code that writes it in production."""
    p = people
    course = make_course(trainers=[p["trainer"]], estimated_hours=4)
    make_course(trainers=[p["other_trainer"]])  # the other trainer teaches another course

    job = bulk_job_create(
        course=course,
        by=p["trainer"],
        upload=SimpleUploadedFile("participants.csv", f"{p['learner'].email},X\n".encode()),
        create_accounts=False,
    )  # its task would run on commit, which never comes in this test

    enrollment = EnrollmentFactory(
        user=p["holder"],
        course_key=course.translation_key,
        status=EnrollmentStatus.COMPLETED,
        completed_at=timezone.now(),
    )
    certificate = Certificate.objects.create(
        enrollment=enrollment,
        user=p["holder"],
        course_key=course.translation_key,
        code=CODE,
        status=CertificateStatus.VALID,
        holder_name="Бурул Кадырова",
        course_title=course.title,
        course_hours=4,
        language="ky",
        completed_on=timezone.localdate(),
        issuer_name="Municipal Academy",
    )
    certificate_render(certificate=certificate)

    portal_index(home_page)
    submission = case_submission_create(
        contact_name="Бакыт",
        email="bakyt@example.org",
        municipality=MunicipalityFactory(),
        title="Суу түтүгү",
        description="Жаңы түтүк",
        attachments=[
            CheckedFile(
                name="budget-plan.pdf", content=b"%PDF-1.4 plan", content_type="application/pdf"
            )
        ],
        language="ky",
    )
    attachment = submission.attachments.get()

    export = ReportExport.objects.create(
        requester=p["manager"],
        table_name="learners",
        filters={"date_from": "2025-12-01", "date_to": "2026-11-30"},
        file_format="csv",
        language="ky",
        status=ReportExportStatus.DONE,
        finished_at=timezone.now(),
    )
    export.file.save("learners.csv", ContentFile(b"\xef\xbb\xbfname\r\nAida\r\n"), save=True)

    year_month = f"{timezone.now():%Y/%m}"
    certificate_url = "certificates:download"
    everyone_else = [p["learner"], p["other_trainer"], p["trainer"], p["manager"]]
    return [
        Kind(
            label="bulk-enrolment upload",
            fieldfile=job.file,
            url=reverse("enrolment:bulk_job_file", args=[course.translation_key, job.pk]),
            old_names=[f"bulk-enrolment/{year_month}/participants.csv"],
            allowed=[p["trainer"], p["manager"]],
            refused=[p["learner"], p["other_trainer"], p["holder"]],
            redirected=[ANONYMOUS],
            secrets=("participants",),
        ),
        *[
            Kind(
                label=f"certificate {file_format.upper()}",
                fieldfile=getattr(certificate, file_format),
                url=reverse(certificate_url, kwargs={"code": CODE, "file_format": file_format}),
                old_names=[f"certificates/{year_month}/certificate-{CODE}.{file_format}"],
                allowed=[p["holder"]],
                refused=everyone_else,
                redirected=[ANONYMOUS],
                secrets=(CODE, "certificate-"),
            )
            for file_format in ("png", "pdf")
        ],
        Kind(
            label="case proposal attachment",
            fieldfile=attachment.file,
            url=reverse("portal_case_attachment", args=[attachment.pk]),
            old_names=["case_submissions/budget-plan.pdf"],
            allowed=[p["manager"]],
            refused=[p["trainer"], p["other_trainer"]],  # in the admin, but not proposals
            redirected=[ANONYMOUS, p["learner"]],  # no admin access: the admin's login page
            secrets=("budget-plan",),
        ),
        Kind(
            label="report export",
            fieldfile=export.file,
            url=reverse("reports:export_download", args=[export.pk]),
            old_names=[f"report-exports/{year_month}/learners.csv"],
            allowed=[p["manager"]],
            refused=[p["other_manager"], p["trainer"], p["learner"]],
            redirected=[ANONYMOUS],
            secrets=("learners",),
        ),
    ]


def get_as(client, user, url, **options):
    client.logout()
    if user is not None:
        client.force_login(user)
    return client.get(url, **options)


def cache_directives(response) -> set:
    """The admin adds its own never-cache directives to ours."""
    return {part.strip() for part in response["Cache-Control"].split(",")}


def test_five_private_kinds_are_tried(kinds):
    assert [kind.label for kind in kinds] == [
        "bulk-enrolment upload",
        "certificate PNG",
        "certificate PDF",
        "case proposal attachment",
        "report export",
    ]


def test_private_files_sit_outside_media_under_random_names(kinds):
    media_root = Path(settings.MEDIA_ROOT)
    assert not media_root.exists() or not any(p.is_file() for p in media_root.rglob("*"))
    for kind in kinds:
        name = kind.fieldfile.name
        match = RANDOM_NAME.match(name)
        assert match, (kind.label, name)
        assert not any(secret in name for secret in kind.secrets), (kind.label, name)
        assert (Path(settings.PRIVATE_MEDIA_ROOT) / name).is_file(), kind.label
        assert kind.content, kind.label
        with pytest.raises(ValueError):
            kind.fieldfile.url  # noqa: B018 - no public address to hand out


def test_no_private_file_answers_under_media_url(client, kinds):
    """Neither through the site (the test client) nor through the development server's /media/
    view (django.views.static.serve on MEDIA_ROOT, as lms/urls.py mounts it with DEBUG)."""
    request = RequestFactory().get("/")
    for kind in kinds:
        for name in [kind.fieldfile.name, *kind.old_names]:
            response = client.get(settings.MEDIA_URL + name, follow=True)
            assert response.status_code == 404, (kind.label, name)
            assert kind.content not in response.content
            with pytest.raises(Http404):
                serve(request, name, document_root=settings.MEDIA_ROOT)


def test_each_private_file_is_served_to_its_people_and_refused_to_others(client, kinds):
    for kind in kinds:
        for user in kind.allowed:
            response = get_as(client, user, kind.url)
            assert response.status_code == 200, (kind.label, user.email)
            assert b"".join(response.streaming_content) == kind.content
            assert response["Content-Disposition"].startswith("attachment;")
            assert kind.fieldfile.name.rsplit("/", 1)[1] not in response["Content-Disposition"]
            assert {"private", "no-store"} <= cache_directives(response)
            assert response["X-Content-Type-Options"] == "nosniff"
        for user in kind.refused:
            # (a 404 outside the language prefixes, as in the admin, is first tried under /ky/)
            response = get_as(client, user, kind.url, follow=True)
            assert response.status_code == 404, (kind.label, user.email)
            assert kind.content not in response.content
        for user in kind.redirected:
            response = get_as(client, user, kind.url)
            assert response.status_code == 302, (kind.label, user)
            assert "login" in response["Location"]


def test_download_names_are_what_people_know(awkward_hour, client, kinds, people):
    bulk, png, pdf, attachment, export = kinds
    names = {
        "participants.csv": bulk,
        f"certificate-{CODE}.png": png,
        f"certificate-{CODE}.pdf": pdf,
        "budget-plan.pdf": attachment,
        "reports-learners-2025-12-01_2026-11-30.csv": export,
    }
    for filename, kind in names.items():
        response = get_as(client, kind.allowed[0], kind.url)
        assert response["Content-Disposition"] == f'attachment; filename="{filename}"'


def test_behind_nginx_the_file_is_handed_to_its_internal_location(client, kinds, settings):
    settings.PRIVATE_MEDIA_X_ACCEL = "/private/"
    for kind in kinds:
        response = get_as(client, kind.allowed[0], kind.url)
        assert response.status_code == 200, kind.label
        assert response["X-Accel-Redirect"] == "/private/" + kind.fieldfile.name
        assert response.content == b""
        assert response["Content-Disposition"].startswith("attachment;")
        assert {"private", "no-store"} <= cache_directives(response)
        assert response["X-Content-Type-Options"] == "nosniff"
        refused = get_as(client, kind.refused[0], kind.url, follow=True)
        assert refused.status_code == 404 and "X-Accel-Redirect" not in refused


def test_pages_link_to_the_checked_downloads_not_to_media(client, kinds, people):
    bulk, _png, _pdf, attachment, _export = kinds
    job_page = get_as(client, people["trainer"], bulk.url.removesuffix("file/")).content.decode()
    assert f'href="{bulk.url}"' in job_page
    submission = attachment.fieldfile.instance.submission
    inspect = get_as(
        client, people["manager"], f"/admin/snippets/portal/casesubmission/inspect/{submission.pk}/"
    ).content.decode()
    assert f'href="{attachment.url}"' in inspect
    assert settings.MEDIA_URL + "case_submissions" not in inspect


def test_private_files_move_takes_old_public_files_out_of_media(kinds):
    """A certificate stored before private storage: its PDF under /media/ with the code in its
    name. The command moves it under a random name; a second run changes nothing."""
    pdf = kinds[2]
    certificate = pdf.fieldfile.instance
    old_name = default_storage.save(
        f"certificates/2026/01/certificate-{CODE}.pdf", ContentFile(b"%PDF old")
    )
    Certificate.objects.filter(pk=certificate.pk).update(pdf=old_name)

    call_command("private_files_move", "--dry-run", stdout=(out := io.StringIO()))
    assert "1 would move" in out.getvalue()
    assert default_storage.exists(old_name)

    call_command("private_files_move", stdout=(out := io.StringIO()))
    assert "1 moved, 0 missing" in out.getvalue()
    certificate.refresh_from_db()
    assert RANDOM_NAME.match(certificate.pdf.name) and CODE not in certificate.pdf.name
    assert (Path(settings.PRIVATE_MEDIA_ROOT) / certificate.pdf.name).read_bytes() == b"%PDF old"
    assert not default_storage.exists(old_name)

    call_command("private_files_move", stdout=(out := io.StringIO()))
    assert "0 moved, 0 missing" in out.getvalue()
