"""The portal's part of a person's data: proposals sent from their address and case pages
naming it as the contact; deletion removes the contact details, in revisions too."""

from django.core.files.base import ContentFile
from django.utils import translation

from wagtail.models import Revision

import pytest

from cms.portal.models import CaseStudyPage, CaseSubmission, CaseSubmissionAttachment
from cms.portal.personal_data import portal_personal_data
from tests.factories.cms import case_create, portal_index
from tests.factories.places import MunicipalityFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def sent(home_page, make_user):
    user = make_user(email="nurlan@example.org", full_name="Nurlan Abdyraev")
    place = MunicipalityFactory()
    mine = CaseSubmission.objects.create(
        contact_name="Nurlan Abdyraev",
        email="Nurlan@Example.org",  # typed differently: still theirs
        municipality=place,
        title="Waste sorting in Kara-Suu",
        description="We sort waste at the source.",
        language="ru",
    )
    attachment = CaseSubmissionAttachment(
        submission=mine, original_name="photo.jpg", content_type="image/jpeg", size=5
    )
    attachment.file.save("photo.jpg", ContentFile(b"jpeg!"))
    theirs = CaseSubmission.objects.create(
        contact_name="Someone Else",
        email="else@example.org",
        municipality=place,
        title="Lighting",
        description="Street lights.",
        language="ky",
    )
    case = case_create(
        portal_index(home_page),
        contact_name="Nurlan Abdyraev",
        contact_role="Head of the ayil okmotu",
        contact_email="nurlan@example.org",
        contact_phone="+996 555 000 000",
    )
    case.save_revision().publish()
    other_case = case_create(portal_index(home_page, slug="bp2"), contact_email="x@example.org")
    return user, mine, theirs, case, other_case


def test_the_export_lists_the_proposals_and_pages_and_the_files(sent):
    user, mine, _theirs, case, _other = sent
    with translation.override("en"):
        records = list(portal_personal_data().records(user))
    assert [r["title"] for r in records] == ["Waste sorting in Kara-Suu", case.title]
    assert records[0]["files"][0]["in_this_archive"].startswith("files/case_proposals/proposal-")
    assert records[1]["telephone"] == "+996 555 000 000"
    files = list(portal_personal_data().files(user))
    assert len(files) == 1
    path, storage, name = files[0]
    assert path.endswith("-photo.jpg")
    assert storage.open(name).read() == b"jpeg!"


def test_erase_removes_the_contact_details_live_and_in_revisions(sent):
    user, mine, theirs, case, other_case = sent
    provider = portal_personal_data()
    assert provider.describe(user)
    provider.erase(user)
    mine.refresh_from_db()
    assert mine.email == "" and "Nurlan" not in mine.contact_name
    assert mine.description == "We sort waste at the source."  # the case text stays
    assert mine.attachments.count() == 1
    theirs.refresh_from_db()
    assert theirs.email == "else@example.org"
    page = CaseStudyPage.objects.get(pk=case.pk)
    assert (page.contact_name, page.contact_role, page.contact_email, page.contact_phone) == (
        "",
        "",
        "",
        "",
    )
    for revision in Revision.objects.filter(object_id=str(case.pk)):
        assert "nurlan" not in str(revision.content).lower()
    assert CaseStudyPage.objects.get(pk=other_case.pk).contact_email == "x@example.org"
    assert list(provider.records(user)) == []
