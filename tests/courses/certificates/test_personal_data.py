"""The certificates' part of a person's data: the certificates and their files in the export;
after deletion a certificate stays valid with the holder's name withheld (the documented
answer of the verification page, docs/privacy-providers.md)."""

from django.utils import translation

import pytest

from courses.certificates.models import Certificate, CertificateStatus
from courses.certificates.personal_data import certificates_personal_data
from courses.certificates.selectors import DELIVERY_GRACE, certificates_undelivered

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    """These tests read the English wording; pages and sentences follow the active language."""
    with translation.override("en"):
        yield


def verify_url(code, language="en"):
    return f"/{language}/certificates/verify/{code}/"


@pytest.fixture
def others(course, complete, issue, make_user):
    """Another holder's certificate of the same course."""
    return issue(complete(make_user(role="Learner", full_name="Асан Үсөнов"), course))


def test_the_export_lists_certificates_and_their_files(certificate, others):
    holder = certificate.user
    records = list(certificates_personal_data().records(holder))
    assert len(records) == 1
    record = records[0]
    assert record["code"] == certificate.code_display
    assert record["holder_name"] == "Бурул Кадырова"
    assert record["course"] == certificate.course_title
    assert record["status"]  # the status's label
    assert record["completed_on"] == certificate.completed_on.isoformat()
    assert record["verification_page"].endswith(f"/certificates/verify/{certificate.code}/")
    assert record["files"] == [
        f"files/certificates/certificate-{certificate.code}.pdf",
        f"files/certificates/certificate-{certificate.code}.png",
    ]
    files = list(certificates_personal_data().files(holder))
    assert [path for path, _storage, _name in files] == [
        f"certificate-{certificate.code}.pdf",
        f"certificate-{certificate.code}.png",
    ]
    for _path, storage, name in files:
        assert storage.size(name) > 0
    assert others.code not in str(records)


def test_after_erase_the_page_says_valid_with_the_name_withheld(
    client, certificate, others, home_page, django_capture_on_commit_callbacks
):
    holder = certificate.user
    pdf, png = certificate.pdf, certificate.png
    provider = certificates_personal_data()
    assert "1 certificate stays verifiable" in provider.describe(holder)
    with django_capture_on_commit_callbacks(execute=True):
        assert provider.erase(holder) == 1

    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.VALID
    assert certificate.holder_name == ""
    assert certificate.holder_withheld
    assert not pdf.storage.exists(pdf.name) and not png.storage.exists(png.name)
    assert list(provider.files(holder)) == []

    response = client.get(verify_url(certificate.code))
    assert response.status_code == 200
    html = response.content.decode()
    assert "verification--valid" in html
    assert "Valid certificate" in html
    assert "The holder's name is withheld at their request." in html
    assert "Name withheld at the holder's request" in html
    assert "Бурул" not in html
    assert certificate.course_title in html
    # The other holder's certificate still names them.
    assert "Асан Үсөнов" in client.get(verify_url(others.code)).content.decode()


def test_a_withheld_certificate_is_not_rendered_or_mailed_again(certificate, time_machine):
    Certificate.objects.filter(pk=certificate.pk).update(rendered_at=None, emailed_at=None)
    time_machine.move_to(certificate.issued_at + DELIVERY_GRACE * 2)
    assert list(certificates_undelivered()) == [certificate.pk]
    certificates_personal_data().erase(certificate.user)
    assert list(certificates_undelivered()) == []
