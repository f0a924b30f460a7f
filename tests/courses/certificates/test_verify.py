"""The public verification page and form, and the holder's downloads."""

from datetime import date

from django.urls import reverse

import pytest

from courses.certificates.models import Certificate
from courses.certificates.services import certificate_revoke


def verify_url(code, language="ky"):
    return f"/{language}/certificates/verify/{code}/"


@pytest.mark.django_db
def test_valid_certificate_shows_name_course_and_date_only(client, certificate, home_page):
    response = client.get(verify_url(certificate.code))
    assert response.status_code == 200
    html = response.content.decode()
    assert "verification--valid" in html
    assert "Бурул Кадырова" in html
    assert certificate.course_title in html
    assert certificate.code_display in html
    # Nothing else about the person: no e-mail, no account link, not indexed.
    assert certificate.user.email not in html
    assert 'name="robots" content="noindex"' in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "written"),
    [("ky", "<dd>25-ноябрь 2026-ж.</dd>"), ("ru", "<dd>25 ноября 2026 г.</dd>")],
)
def test_completion_date_is_written_as_the_language_writes_it(
    client, certificate, home_page, language, written
):
    # Django's own ky formats gave "25 Ноябрь 2026 ж.": the capitalised standalone month reads as
    # Russian, and Kyrgyz ordinals take a hyphen. Russian keeps the genitive month.
    Certificate.objects.filter(pk=certificate.pk).update(completed_on=date(2026, 11, 25))
    html = client.get(verify_url(certificate.code, language)).content.decode()
    assert written in html


@pytest.mark.django_db
def test_revoked_certificate_says_so(client, certificate, make_user, home_page):
    certificate_revoke(certificate=certificate, reason="Obtained by fraud", actor=make_user())
    response = client.get(verify_url(certificate.code, "en"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "verification--revoked" in html
    assert "This certificate has been revoked" in html
    assert "verification--valid" not in html
    assert "Obtained by fraud" not in html  # the reason is for the badge, not the public page


@pytest.mark.django_db
def test_unknown_code_says_so_with_404(client, home_page):
    response = client.get(verify_url("ABCDEFGHJKLMNPQRSTUV", "en"))
    assert response.status_code == 404
    assert "No certificate has this code" in response.content.decode()


@pytest.mark.django_db
def test_page_makes_a_fixed_number_of_queries(
    client, certificate, home_page, django_assert_num_queries
):
    client.get(verify_url(certificate.code))  # warm the site and locale caches
    # One for the certificate; the site header's menu and language switcher come from the
    # fragment cache warmed by the first request (cold they add three: site, locale, menu).
    with django_assert_num_queries(1):
        assert client.get(verify_url(certificate.code)).status_code == 200


@pytest.mark.django_db
def test_form_takes_a_typed_code_with_dashes_and_lower_case(client, certificate, home_page):
    typed = certificate.code_display.lower()
    response = client.get(reverse("certificates:verify_form"), {"code": f" {typed} "})
    assert response.status_code == 302
    assert response["Location"] == verify_url(certificate.code)


@pytest.mark.django_db
def test_form_explains_a_malformed_code(client, home_page):
    page = client.get(reverse("certificates:verify_form"))
    assert page.status_code == 200
    assert 'for="id_code"' in page.content.decode()
    response = client.get("/en/certificates/verify/", {"code": "12-34"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "A verification code has 20 letters and digits" in html
    assert 'value="12-34"' in html  # what was typed is kept


@pytest.mark.django_db
@pytest.mark.parametrize("file_format", ["pdf", "png"])
def test_holder_downloads_their_files(client, certificate, file_format, home_page):
    url = reverse(
        "certificates:download", kwargs={"code": certificate.code, "file_format": file_format}
    )
    assert client.get(url).status_code == 302  # anonymous: to the sign-in page
    client.force_login(certificate.user)
    response = client.get(url)
    assert response.status_code == 200
    assert f"certificate-{certificate.code}.{file_format}" in response["Content-Disposition"]
    body = b"".join(response.streaming_content)
    assert body.startswith(b"%PDF" if file_format == "pdf" else b"\x89PNG")


@pytest.mark.django_db
def test_nobody_else_downloads_and_odd_formats_are_refused(
    client, certificate, make_user, home_page
):
    client.force_login(make_user())
    url = reverse("certificates:download", kwargs={"code": certificate.code, "file_format": "pdf"})
    assert client.get(url).status_code == 404
    client.force_login(certificate.user)
    odd = reverse("certificates:download", kwargs={"code": certificate.code, "file_format": "user"})
    assert client.get(odd).status_code == 404


@pytest.mark.django_db
def test_dashboard_selector_lists_valid_certificates_in_one_query(
    certificate, make_course, complete, issue, django_assert_num_queries
):
    from courses.certificates.selectors import certificates_of_user

    second = issue(complete(certificate.user, make_course()))
    certificate_revoke(certificate=second, reason="Error", actor=certificate.user)
    third = issue(complete(certificate.user, make_course()))
    # One query however many certificates: the files and codes are on the row.
    with django_assert_num_queries(1):
        codes = [c.code for c in certificates_of_user(user=certificate.user)]
    assert codes == [third.code, certificate.code]  # newest first, the revoked one left out


@pytest.mark.django_db
def test_dashboard_include_links_the_holders_downloads(rf, certificate, make_user):
    from django.template.loader import render_to_string

    from courses.certificates.selectors import certificates_of_user

    html = render_to_string(
        "certificates/includes/certificate_list.html",
        {"certificates": certificates_of_user(user=certificate.user)},
    )
    assert f"/ky/certificates/{certificate.code}/download/pdf/" in html
    assert f"/ky/certificates/{certificate.code}/download/png/" in html
    assert f"/ky/certificates/verify/{certificate.code}/" in html
    empty = render_to_string(
        "certificates/includes/certificate_list.html",
        {"certificates": certificates_of_user(user=make_user())},
    )
    assert "/download/" not in empty
