"""Bulk enrolment screens: who may use them, each way in, and the upload's progress page."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

import pytest

from courses.enrolment.models import BulkEnrollmentJob, Enrollment
from tests.factories.places import MunicipalityFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def trainer(make_user):
    return make_user(role="Trainer")


@pytest.fixture
def course(make_course, trainer):
    return make_course(trainers=[trainer])


def bulk_url(course):
    return reverse("enrolment:bulk", args=[course.translation_key])


def test_only_the_courses_trainers_and_managers(client, course, make_user):
    for someone, status in (
        (make_user(role="Trainer"), 404),
        (make_user(role="Learner"), 404),
        (make_user(role="Manager"), 200),
    ):
        client.force_login(someone)
        assert client.get(bulk_url(course)).status_code == status
    client.force_login(make_user(role="Learner"))
    client.post(bulk_url(course), {"action": "pick", "users": [make_user().pk]})
    assert not Enrollment.objects.exists()


def test_search_pick_and_enrol(client, course, trainer, make_user):
    aida = make_user(role="Learner", full_name="Aida Bekova")
    make_user(role="Learner", full_name="Bakyt Osmonov")
    client.force_login(trainer)
    response = client.get(bulk_url(course), {"q": "aida"})
    assert [person.pk for person in response.context["candidates"]] == [aida.pk]
    client.post(bulk_url(course) + "?q=aida", {"action": "pick", "users": [aida.pk]})
    assert Enrollment.objects.get().user == aida
    assert client.get(bulk_url(course), {"q": "aida"}).context["candidates"] == []


def test_cohort_needs_exactly_one_place(client, course, trainer, make_user):
    place = MunicipalityFactory()
    people = [make_user(role="Learner", municipality=place) for _ in range(2)]
    client.force_login(trainer)
    response = client.post(bulk_url(course), {"action": "cohort"})
    assert response.status_code == 200
    assert response.context["cohort_form"].non_field_errors()
    client.post(bulk_url(course), {"action": "cohort", "cohort-municipality": place.pk})
    assert {e.user_id for e in Enrollment.objects.all()} == {p.pk for p in people}


def test_upload_shows_preview_then_progress_then_report(
    client, course, trainer, make_user, django_capture_on_commit_callbacks
):
    learner = make_user(role="Learner")
    client.force_login(trainer)
    upload = SimpleUploadedFile("people.csv", f"{learner.email},X\nbad,Y\n".encode())
    response = client.post(bulk_url(course), {"action": "upload", "upload-file": upload})
    job = BulkEnrollmentJob.objects.get()
    job_url = reverse("enrolment:bulk_job", args=[course.translation_key, job.pk])
    assert response.status_code == 302
    assert response.url == job_url
    response = client.get(job_url)
    preview = response.content.decode()
    assert 'http-equiv="refresh"' not in preview  # a preview waits for the trainer
    assert [row["outcome"] for row in response.context["preview"]["good"]] == ["enrol"]
    assert '">2</td>' in preview  # the refused line
    assert not Enrollment.objects.exists()
    confirm_url = reverse("enrolment:bulk_job_confirm", args=[course.translation_key, job.pk])
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        assert client.post(confirm_url).url == job_url
    waiting = client.get(job_url).content.decode()
    assert 'http-equiv="refresh"' in waiting and "<progress" in waiting
    for callback in callbacks:
        callback()
    report = client.get(job_url)
    html = report.content.decode()
    assert 'http-equiv="refresh"' not in html
    assert '">2</td>' in html  # the rejected line
    assert Enrollment.objects.get().user == learner


def test_wrong_file_type_is_refused_in_the_form(client, course, trainer):
    client.force_login(trainer)
    upload = SimpleUploadedFile("people.pdf", b"%PDF")
    response = client.post(bulk_url(course), {"action": "upload", "upload-file": upload})
    assert response.status_code == 200
    assert response.context["upload_form"].errors["file"]
    assert not BulkEnrollmentJob.objects.exists()


def test_the_cohort_municipality_is_a_grouped_picker(client, course, trainer):
    place = MunicipalityFactory()
    client.force_login(trainer)
    html = client.get(bulk_url(course)).content.decode()
    assert 'name="cohort-municipality"' in html
    assert f'<optgroup label="{place.district.oblast.name_ky} — {place.district.name_ky}">' in html


def test_the_trainers_button_says_enrol_learner(client, course, trainer):
    client.force_login(trainer)
    url = reverse("progress:participants", args=[course.translation_key]).replace("/ky/", "/en/")
    html = client.get(url).content.decode()
    assert ">Enrol learner</button>" in html
