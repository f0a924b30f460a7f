"""Managers review case proposals and edit case pages in the admin; other roles cannot."""

import pytest

from cms.portal.models import CaseSubmission
from cms.portal.services import case_submission_create
from cms.portal.uploads import CheckedFile
from tests.factories.cms import case_create
from tests.factories.places import MunicipalityFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def submission(portal):
    return case_submission_create(
        contact_name="Бакыт",
        email="bakyt@example.org",
        municipality=MunicipalityFactory(),
        title="Суу түтүгү",
        description="Жаңы түтүк",
        attachments=[
            CheckedFile(name="plan.pdf", content=b"%PDF-1.4", content_type="application/pdf")
        ],
        language="ky",
    )


def test_manager_sees_proposals_and_their_draft_case(client, make_user, submission):
    client.force_login(make_user(role="Manager"))
    listing = client.get("/admin/snippets/portal/casesubmission/")
    assert listing.status_code == 200
    assert "Суу түтүгү" in listing.content.decode()
    inspect = client.get(f"/admin/snippets/portal/casesubmission/inspect/{submission.pk}/")
    assert inspect.status_code == 200
    assert "plan.pdf" in inspect.content.decode()
    edit = client.get(f"/admin/pages/{submission.page_id}/edit/")
    assert edit.status_code == 200


@pytest.mark.parametrize("role", ["Trainer", "Reviewer", "Learner"])
def test_other_roles_cannot_see_proposals(client, make_user, submission, role):
    client.force_login(make_user(role=role))
    response = client.get("/admin/snippets/portal/casesubmission/")
    assert response.status_code in (302, 403)
    assert CaseSubmission.objects.count() == 1


def test_case_edit_form_has_every_part(client, make_user, portal):
    case = case_create(portal)
    case.save_revision()
    client.force_login(make_user(role="Manager"))
    html = client.get(f"/admin/pages/{case.pk}/edit/").content.decode()
    for name in (
        "key_figures",
        "timeline",
        "partners",
        "funding_sources",
        "gallery_images",
        "documents",
        "related_cases",
        "related_courses",
        "municipalities",
        "transferability",
    ):
        assert name in html, name


def test_attachment_files_are_stored(submission):
    attachment = submission.attachments.get()
    assert attachment.file.read() == b"%PDF-1.4"
    assert attachment.size == 8
    assert attachment.file.name.startswith("case_submissions/")
