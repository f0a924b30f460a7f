"""The issuer is the platform, named in the certificate's language, not in English."""

from importlib import import_module

from django.apps import apps

import pytest

from courses.certificates.models import Certificate
from courses.certificates.services import certificate_deliver

pytestmark = pytest.mark.django_db


def test_the_issuer_is_named_in_the_certificates_language(
    client, certificate, course, complete, issue, make_user, home_page, settings
):
    assert (certificate.language, certificate.issuer_name) == ("ky", "Муниципалдык академия")
    html = client.get(f"/ru/certificates/verify/{certificate.code}/").content.decode()
    assert '<dd lang="ky">Муниципалдык академия</dd>' in html
    assert "Municipal Academy" not in html
    for language, name in (("ky", "Муниципалдык академия"), ("ru", "Муниципальная академия")):
        issuer = client.get(f"/{language}/certificates/badges/issuer.json").json()
        assert issuer["name"] == name
    settings.PLATFORM_NAME = {"ky": "Ак-Суу академиясы", "ru": "", "en": "Ak-Suu Academy"}
    other = issue(complete(make_user(preferred_language="ky"), course))
    assert other.issuer_name == "Ак-Суу академиясы"
    # A language without a name of its own takes the default language's.
    assert client.get("/ru/certificates/badges/issuer.json").json()["name"] == "Ак-Суу академиясы"


def test_the_mail_is_in_the_holders_language_though_the_course_is_not(
    course, complete, issue, make_user, mailoutbox
):
    learner = make_user(preferred_language="ru", email="aibek@example.org")
    certificate = issue(complete(learner, course))  # no Russian translation: a Kyrgyz document
    Certificate.objects.filter(pk=certificate.pk).update(emailed_at=None)
    mailoutbox.clear()
    certificate_deliver(certificate_id=certificate.pk)
    message = mailoutbox[-1]
    assert certificate.language == "ky"
    assert message.subject == f"Ваш сертификат: {course.title}"
    assert message.from_email.startswith("Муниципальная академия <")
    assert message.attachments[0][0] == f"certificate-{certificate.code}.pdf"


def test_the_migration_names_old_issuers_in_their_language(certificate):
    Certificate.objects.filter(pk=certificate.pk).update(issuer_name="Municipal Academy")
    migration = import_module(
        "courses.certificates.migrations.0004_issuer_name_in_certificate_language"
    )
    migration.forwards(apps, None)
    certificate.refresh_from_db()
    assert certificate.issuer_name == "Муниципалдык академия"
