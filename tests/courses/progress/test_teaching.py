"""Trainers' participant screens: who may see them, filters, decisions, enrolment, exports."""

import csv
import io

from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

import pytest
from openpyxl import load_workbook

from courses.enrolment.models import Enrollment, EnrollmentStatus
from courses.enrolment.services import enrollment_create
from courses.progress.services import lesson_complete
from tests.factories.places import MunicipalityFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def trainer(make_user):
    return make_user(role="Trainer")


@pytest.fixture
def course(make_course, trainer):
    return make_course(lessons=3, trainers=[trainer])


# The teaching screens' route names: the list and records are progress's, the actions enrolment's.
ROUTES = {
    "participants": "progress:participants",
    "participant": "progress:participant",
    "export": "progress:export",
    "add": "enrolment:add",
    "bulk": "enrolment:bulk",
    "bulk_job": "enrolment:bulk_job",
    "approve": "enrolment:approve",
    "reject": "enrolment:reject",
    "withdraw": "enrolment:participant_withdraw",
}


def url(name, course, *args):
    return reverse(ROUTES[name], args=[course.translation_key, *args])


def test_trainer_sees_own_course_and_participants(client, course, trainer, learner, lessons_of):
    enrollment_create(user=learner, course=course)
    lesson_complete(user=learner, lesson=lessons_of(course)[0])
    client.force_login(trainer)
    assert course.title in client.get(reverse("progress:teach")).content.decode()
    response = client.get(url("participants", course))
    assert response.status_code == 200
    html = response.content.decode()
    assert learner.email in html
    assert "1 / 3" in html
    # The course page links trainers to the list.
    assert url("participants", course) in client.get(course.url).content.decode()


def test_other_trainers_and_learners_get_404(client, course, make_user, learner, make_course):
    enrollment = enrollment_create(user=learner, course=course)
    other_trainer = make_user(role="Trainer")
    make_course(trainers=[other_trainer])
    for someone in (other_trainer, learner, make_user(role="Reviewer")):
        client.force_login(someone)
        assert course.title not in client.get(reverse("progress:teach")).content.decode()
        assert client.get(url("participants", course)).status_code == 404
        assert client.get(url("participant", course, enrollment.pk)).status_code == 404
        assert client.get(url("export", course, "csv")).status_code == 404
        assert client.post(url("withdraw", course, enrollment.pk)).status_code == 404
    enrollment.refresh_from_db()
    assert enrollment.status == EnrollmentStatus.ACTIVE


def test_managers_see_every_course(client, course, make_user):
    client.force_login(make_user(role="Manager"))
    assert course.title in client.get(reverse("progress:teach")).content.decode()
    assert client.get(url("participants", course)).status_code == 200


def test_filters_by_status_oblast_and_search(client, course, trainer, make_user):
    chui, osh = MunicipalityFactory(), MunicipalityFactory()
    aida = make_user(role="Learner", full_name="Aida Bekova", municipality=chui)
    bakyt = make_user(role="Learner", full_name="Bakyt Osmonov", municipality=osh)
    enrollment_create(user=aida, course=course)
    enrollment = enrollment_create(user=bakyt, course=course)
    Enrollment.objects.filter(pk=enrollment.pk).update(status=EnrollmentStatus.WITHDRAWN)
    client.force_login(trainer)

    def names(**query):
        rows = client.get(url("participants", course), query).context["page_obj"]
        return [row.user.full_name for row in rows]

    assert names() == ["Aida Bekova", "Bakyt Osmonov"]
    assert names(status="withdrawn") == ["Bakyt Osmonov"]
    assert names(oblast=chui.district.oblast_id) == ["Aida Bekova"]
    assert names(q="osmon") == ["Bakyt Osmonov"]
    assert names(status="bogus", oblast="x") == ["Aida Bekova", "Bakyt Osmonov"]


def test_learner_detail_lists_lessons_with_dates(client, course, trainer, learner, lessons_of):
    enrollment = enrollment_create(user=learner, course=course)
    lesson_complete(user=learner, lesson=lessons_of(course)[0])
    client.force_login(trainer)
    response = client.get(url("participant", course, enrollment.pk))
    records = response.context["records"]
    assert [record.lesson.pk for record in records] == [lesson.pk for lesson in lessons_of(course)]
    assert records[0].completed_at is not None
    assert records[1].completed_at is None


def test_approve_and_reject_requests_with_email(
    client, make_course, trainer, make_user, django_capture_on_commit_callbacks
):
    course = make_course(enrolment_method="approval", trainers=[trainer])
    first = enrollment_create(user=make_user(role="Learner"), course=course)
    second = enrollment_create(user=make_user(role="Learner"), course=course)
    client.force_login(trainer)
    html = client.get(url("participants", course)).content.decode()
    assert url("approve", course, first.pk) in html
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url("approve", course, first.pk))
        client.post(url("reject", course, second.pk))
        client.post(url("reject", course, second.pk))  # a double submit changes nothing
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.status == EnrollmentStatus.ACTIVE
    assert second.status == EnrollmentStatus.REJECTED
    assert sorted(message.to[0] for message in mail.outbox) == sorted(
        [first.user.email, second.user.email]
    )


def test_enrol_and_withdraw_a_person(client, make_course, trainer, learner):
    course = make_course(enrolment_method="closed", trainers=[trainer])
    client.force_login(trainer)
    client.post(url("add", course), {"email": learner.email.upper()})
    enrollment = Enrollment.objects.get(user=learner)
    assert enrollment.status == EnrollmentStatus.ACTIVE
    response = client.post(url("add", course), {"email": "nobody@example.org"}, follow=True)
    assert response.status_code == 200
    assert Enrollment.objects.count() == 1
    client.post(url("withdraw", course, enrollment.pk))
    enrollment.refresh_from_db()
    assert enrollment.status == EnrollmentStatus.WITHDRAWN


def test_exports_csv_and_xlsx(client, course, trainer, make_user, lessons_of):
    place = MunicipalityFactory()
    learner = make_user(role="Learner", full_name="=Aida", municipality=place)
    enrollment_create(user=learner, course=course)
    lesson_complete(user=learner, lesson=lessons_of(course)[0])
    client.force_login(trainer)
    response = client.get(url("export", course, "csv"))
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert len(rows) == 2
    assert rows[1][:3] == ["'=Aida", learner.email, place.name]  # no formula injection
    assert rows[1][6:9] == ["1", "3", "33"]
    response = client.get(url("export", course, "xlsx"))
    sheet = load_workbook(io.BytesIO(response.content)).active
    values = list(sheet.iter_rows(values_only=True))
    assert values[1][1] == learner.email and values[1][6] == 1
    assert client.get(url("export", course, "pdf")).status_code == 404


def test_participant_list_query_count_does_not_grow(client, course, trainer, make_user, lessons_of):
    client.force_login(trainer)

    def enrol(n):
        for _ in range(n):
            user = make_user(role="Learner", municipality=MunicipalityFactory())
            enrollment_create(user=user, course=course)
            lesson_complete(user=user, lesson=lessons_of(course)[0])

    enrol(2)
    client.get(url("participants", course))
    with CaptureQueriesContext(connection) as few:
        client.get(url("participants", course))
    enrol(20)
    client.get(url("participants", course))  # new municipalities start a new content version
    with CaptureQueriesContext(connection) as many:
        response = client.get(url("participants", course))
    assert response.context["page_obj"].paginator.count == 22
    # Same for 2 or 22 learners: session and user (2), the active locale (1), groups (1), the
    # course (1), the page count and the rows with their progress as a subquery (2), status
    # counts (1), oblasts (1). 9 in all. The outline and the site are remembered for the
    # content version (lms.process_memo), the admin link's permissions are a kept copy
    # (lms.accounts.access_cache), the menu and switcher come from the fragment cache (cold
    # they add 7).
    assert len(many) == len(few) == 8
