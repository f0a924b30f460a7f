"""Managers list, revoke and reissue certificates in the Wagtail admin; others cannot."""

from django.core import mail
from django.urls import reverse

import pytest

from courses.certificates.models import Certificate, CertificateStatus


@pytest.fixture
def manager(make_user):
    return make_user(role="Manager")


@pytest.mark.django_db
def test_manager_lists_certificates_with_a_fixed_number_of_queries(
    client, manager, certificate, course, complete, issue, make_user, django_assert_num_queries
):
    client.force_login(manager)
    url = reverse("certificates_admin:index")
    response = client.get(url)
    assert response.status_code == 200
    assert certificate.code_display in response.content.decode()

    def count():
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    small = count()
    for _ in range(5):
        issue(complete(make_user(), course))
    # The learner comes with each row (select_related): more rows, same number of queries.
    assert count() == small
    found = client.get(url, {"q": certificate.code_display}).content.decode()
    assert found.count("<code>") == 1, found[found.find("<table") : found.find("</table>")]


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["Trainer", "Reviewer"])
def test_other_staff_cannot_list_or_revoke(client, make_user, certificate, role):
    client.force_login(make_user(role=role))
    # Wagtail answers a refused admin page by sending the user to the dashboard with a message.
    response = client.get(reverse("certificates_admin:index"))
    assert (response.status_code, response["Location"]) == (302, reverse("wagtailadmin_home"))
    response = client.post(
        reverse("certificates_admin:revoke", args=[certificate.pk]), {"reason": "x"}
    )
    assert (response.status_code, response["Location"]) == (302, reverse("wagtailadmin_home"))
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.VALID


@pytest.mark.django_db
def test_revoke_needs_a_reason(client, manager, certificate):
    client.force_login(manager)
    url = reverse("certificates_admin:revoke", args=[certificate.pk])
    assert client.get(url).status_code == 200
    response = client.post(url, {"reason": "  "})
    assert response.status_code == 200  # the form again, with the error
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.VALID

    response = client.post(url, {"reason": "Name was misspelt by the learner"})
    assert response.status_code == 302
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.REVOKED
    assert certificate.revocation_reason == "Name was misspelt by the learner"
    assert client.post(url, {"reason": "again"}).status_code == 200  # already revoked: an error


@pytest.mark.django_db
def test_reissue_makes_a_new_certificate_and_supersedes_the_old(
    client, manager, certificate, django_capture_on_commit_callbacks
):
    client.force_login(manager)
    mail.outbox.clear()
    url = reverse("certificates_admin:reissue", args=[certificate.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"holder_name": "Бурул Кадыровна Асанова"})
    assert response.status_code == 302

    certificate.refresh_from_db()
    new = Certificate.objects.get(status=CertificateStatus.VALID)
    assert certificate.status == CertificateStatus.SUPERSEDED
    assert certificate.replaced_by == new
    assert new.code != certificate.code
    assert new.holder_name == "Бурул Кадыровна Асанова"
    assert new.enrollment_id == certificate.enrollment_id
    assert new.rendered_at is not None  # the task rendered and mailed the new one
    assert len(mail.outbox) == 1
    # The old code shows it was replaced; a superseded certificate cannot be reissued again.
    page = client.get(f"/en/certificates/verify/{certificate.code}/").content.decode()
    assert "This certificate has been replaced" in page
    assert client.post(url, {"holder_name": "Other"}).status_code == 200
    assert Certificate.objects.filter(status=CertificateStatus.VALID).count() == 1


@pytest.mark.django_db
def test_manager_can_open_the_certificate_design_form(client, manager, course):
    client.force_login(manager)
    response = client.get(reverse("wagtailsnippets_certificates_certificatedesign:add"))
    assert response.status_code == 200
    assert course.title in response.content.decode()  # the course chooser lists it


@pytest.mark.django_db
def test_only_managers_see_the_certificates_menu(client, manager, make_user):
    client.force_login(manager)
    assert reverse("certificates_admin:index") in client.get("/admin/").content.decode()
    client.force_login(make_user(role="Trainer"))
    assert reverse("certificates_admin:index") not in client.get("/admin/").content.decode()


@pytest.mark.django_db
def test_manager_saves_a_design_for_a_course(client, manager, course):
    import wagtail_factories

    from courses.certificates.models import CertificateDesign

    signature = wagtail_factories.ImageFactory()
    client.force_login(manager)
    response = client.post(
        reverse("wagtailsnippets_certificates_certificatedesign:add"),
        {
            "course_key": str(course.translation_key),
            "signature_1": signature.pk,
            "signatory_1": "Н. Асанов, директор",
            "signatory_2": "",
        },
    )
    assert response.status_code == 302
    design = CertificateDesign.objects.get()
    assert design.course_key == course.translation_key
    assert str(design) == course.title
