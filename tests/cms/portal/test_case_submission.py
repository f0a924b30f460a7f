"""Submitting a case: spam, size and disguised files refused; a good one kept as a draft."""

import io
import zipfile

from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile

import pytest
from PIL import Image

from cms.portal.models import CaseStudyPage, CaseSubmission
from cms.portal.uploads import MAX_ATTACHMENT_BYTES
from lms.page_cache import content_version_bump
from tests.factories.places import MunicipalityFactory

pytestmark = pytest.mark.django_db
URL = "/ky/best-practices/submit/"
EN_URL = "/en/best-practices/submit/"  # messages asserted in English


@pytest.fixture
def data():
    return {
        "contact_name": "Айгүл Асанова",
        "email": "aigul@example.org",
        "municipality": MunicipalityFactory().pk,
        "title": "Жаштар борбору",
        "description": "Айыл өкмөтү жаштар борборун жеке уюмга берди.\nНатыйжа жакшы.",
        "website": "",
    }


def png(size=(40, 30)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, "red").save(out, format="PNG")
    return out.getvalue()


def docx() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return out.getvalue()


def test_form_renders_with_labels(client, portal):
    response = client.get(URL)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'enctype="multipart/form-data"' in html
    assert 'for="id_attachments"' in html


def test_good_submission_is_kept_as_draft_with_attachments_and_receipt(
    client, portal, data, django_capture_on_commit_callbacks
):
    data["attachments"] = [
        SimpleUploadedFile("plan.pdf", b"%PDF-1.7\n...", content_type="application/pdf"),
        SimpleUploadedFile("photo.png", png() + b"TRAILING-JUNK", content_type="image/png"),
        SimpleUploadedFile("tariff.docx", docx()),
    ]
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = client.post(URL, data)
    assert response.status_code == 302
    assert response["Location"].endswith("/best-practices/submit/done/")
    submission = CaseSubmission.objects.get()
    assert submission.language == "ky"
    names = sorted(a.original_name for a in submission.attachments.all())
    assert names == ["photo.png", "plan.pdf", "tariff.docx"]
    photo = submission.attachments.get(original_name="photo.png")
    assert b"TRAILING-JUNK" not in photo.file.read()  # re-encoded by Pillow
    assert "photo" not in photo.file.name and photo.file.name.endswith(".png")  # not guessable
    page = submission.page
    assert isinstance(page, CaseStudyPage) and not page.live
    assert page.get_parent().specific == portal
    assert list(page.municipalities.all()) == [submission.municipality]
    # One task enqueued on commit; the rest start a new cached-page version (lms/page_cache.py).
    assert len([c for c in callbacks if c is not content_version_bump]) == 1
    assert mail.outbox[0].to == ["aigul@example.org"]
    # The receipt quotes nothing typed into the form: the public could use it as a relay.
    body = mail.outbox[0].body
    assert "Жаштар борбору" not in body and "Айгүл" not in body
    assert f"{submission.pk}" in body and submission.municipality.name in body
    assert CaseSubmission.objects.get().receipt_sent_at is not None
    done = client.get(response["Location"])
    assert "Жаштар борбору" in done.content.decode()


def test_receipt_task_sends_once(portal, data, django_capture_on_commit_callbacks):
    from cms.portal.tasks import case_submission_receipt_send

    with django_capture_on_commit_callbacks(execute=True):
        from cms.portal.services import case_submission_create
        from lms.places.models import Municipality

        submission = case_submission_create(
            contact_name="A",
            email="a@example.org",
            municipality=Municipality.objects.get(pk=data["municipality"]),
            title="T",
            description="D",
            attachments=[],
            language="ru",
        )
    assert case_submission_receipt_send(submission.pk) is False
    assert len(mail.outbox) == 1


def test_receipts_to_one_address_are_capped_whatever_the_sender(
    client, portal, data, settings, django_capture_on_commit_callbacks
):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "case_submit": (100, 3600)}
    settings.RATE_LIMITS["case_receipt_recipient"] = (2, 86400)
    for n in range(4):
        data["title"] = f"Case {n}"
        with django_capture_on_commit_callbacks(execute=True):
            # A different client address each time: the per-IP limit does not see them.
            client.post(URL, data, REMOTE_ADDR=f"203.0.113.{n + 1}")
    assert CaseSubmission.objects.count() == 4  # every proposal kept
    assert [m.to for m in mail.outbox] == [["aigul@example.org"]] * 2
    assert CaseSubmission.objects.filter(receipt_sent_at=None).count() == 2


def test_double_submit_keeps_one(client, portal, data):
    client.post(URL, data)
    client.post(URL, data)
    assert CaseSubmission.objects.count() == 1
    assert CaseStudyPage.objects.count() == 1


def test_honeypot_stores_nothing_but_looks_successful(client, portal, data):
    data["website"] = "http://spam.example"
    response = client.post(URL, data)
    assert response.status_code == 302
    assert not CaseSubmission.objects.exists()
    assert not mail.outbox


def test_rate_limit_per_address(client, portal, data, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "case_submit": (2, 3600)}
    for n in range(2):
        client.post(URL, {**data, "title": f"Case {n}"})
    response = client.post(URL, {**data, "title": "Third"})
    assert response.status_code == 429
    assert CaseSubmission.objects.count() == 2


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("virus.pdf", b"MZ\x90\x00 windows program", "is not really a PDF file"),
        ("photo.jpg", b"MZ\x90\x00 windows program", "is not really a JPG file"),
        ("photo.jpg", png(), "is not really a JPG file"),
        ("report.docx", b"PK\x03\x04 not a zip", "is not really a DOCX file"),
        ("setup.exe", b"MZ\x90\x00", "is not an accepted file"),
    ],
)
def test_disguised_or_wrong_files_are_refused(client, portal, data, name, content, message):
    data["attachments"] = [SimpleUploadedFile(name, content)]
    response = client.post(EN_URL, data)
    assert response.status_code == 200
    assert message in response.content.decode().replace("&quot;", '"')
    assert not CaseSubmission.objects.exists()
    # Nothing typed is lost.
    assert "Айгүл Асанова" in response.content.decode()


def test_oversized_file_is_refused(client, portal, data):
    big = b"%PDF-1.4" + b"0" * MAX_ATTACHMENT_BYTES
    data["attachments"] = [SimpleUploadedFile("big.pdf", big)]
    response = client.post(EN_URL, data)
    assert "larger than 10 MB" in response.content.decode()
    assert not CaseSubmission.objects.exists()


def test_decompression_bomb_is_refused(client, portal, data, settings):
    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 1000
    data["attachments"] = [SimpleUploadedFile("bomb.png", png(size=(200, 200)))]
    response = client.post(EN_URL, data)
    assert "too many pixels" in response.content.decode()
    assert not CaseSubmission.objects.exists()


def test_real_decompression_bomb_is_refused(client, portal, data):
    # 20000 x 20000 pixels of one colour compress to a few hundred kilobytes.
    out = io.BytesIO()
    Image.new("1", (20000, 20000)).save(out, format="PNG")
    data["attachments"] = [SimpleUploadedFile("bomb.png", out.getvalue())]
    response = client.post(EN_URL, data)
    assert "too many pixels" in response.content.decode()


def test_too_many_files(client, portal, data):
    data["attachments"] = [SimpleUploadedFile(f"f{n}.pdf", b"%PDF-1.4") for n in range(6)]
    response = client.post(EN_URL, data)
    assert "at most 5 files" in response.content.decode()


def test_missing_fields_show_errors(client, portal):
    response = client.post(URL, {"contact_name": "", "email": "not-an-email"})
    assert response.status_code == 200
    assert response.context["form"].errors.keys() >= {"contact_name", "email", "title"}


def test_errors_are_translated(client, portal, data):
    data["attachments"] = [SimpleUploadedFile("setup.exe", b"MZ")]
    html = client.post("/ru/best-practices/submit/", data).content.decode()
    assert "недопустимый файл" in html


def test_russian_submission_opens_a_draft_under_the_russian_portal(client, portal, data):
    client.post("/ru/best-practices/submit/", data)
    submission = CaseSubmission.objects.get()
    assert submission.language == "ru"
    assert submission.page.locale.language_code == "ru"
    assert submission.page.get_parent().locale.language_code == "ru"
