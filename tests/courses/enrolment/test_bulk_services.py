"""Bulk enrolment: picked people, cohorts, uploads with a report, pre-enrolment on sign-up."""

import io

from django.core import mail
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

import pytest
from openpyxl import Workbook

from courses.enrolment import bulk
from courses.enrolment.bulk import (
    bulk_job_confirm,
    bulk_job_create,
    cohort_users,
    enrollment_bulk_create,
)
from courses.enrolment.models import BulkJobStatus, Enrollment, EnrollmentStatus, PreEnrollment
from lms.accounts.models import User
from lms.accounts.services import user_register
from tests.factories.places import MunicipalityFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def trainer(make_user):
    return make_user(role="Trainer")


@pytest.fixture
def course(make_course, trainer):
    return make_course(trainers=[trainer], enrolment_method="closed")


def csv_upload(text: str, name="list.csv"):
    return SimpleUploadedFile(name, text.encode("utf-8"), content_type="text/csv")


def upload_run(upload, *, course, by, create_accounts, capture):
    """Upload, confirm the preview and let the queued task run, as the trainer does."""
    job = bulk_job_create(course=course, by=by, upload=upload, create_accounts=create_accounts)
    with capture(execute=True):
        assert bulk_job_confirm(job=job)
    job.refresh_from_db()
    return job


def test_picked_people_are_enrolled_once(course, trainer, make_user):
    people = [make_user(role="Learner") for _ in range(3)]
    assert enrollment_bulk_create(users=people, course=course, by=trainer) == {
        "enrolled": 3,
        "already": 0,
    }
    assert enrollment_bulk_create(users=people, course=course, by=trainer) == {
        "enrolled": 0,
        "already": 3,
    }
    assert Enrollment.objects.filter(status=EnrollmentStatus.ACTIVE).count() == 3


def test_cohorts_by_municipality_district_oblast_and_cluster(make_user):
    from lms.places.models import Cluster

    here, there = MunicipalityFactory(), MunicipalityFactory()
    a = make_user(role="Learner", municipality=here)
    b = make_user(role="Learner", municipality=there)
    make_user(role="Learner")  # no municipality: in no cohort
    assert list(cohort_users(municipality=here)) == [a]
    assert list(cohort_users(district=there.district)) == [b]
    assert list(cohort_users(oblast=here.district.oblast)) == [a]
    cluster = Cluster.objects.create(name_ky="Кластер", name_ru="Кластер", name_en="Cluster")
    cluster.municipalities.set([here, there])
    assert set(cohort_users(cluster=cluster)) == {a, b}
    assert list(cohort_users()) == []


def test_upload_report_names_bad_rows_and_rerun_changes_nothing(
    course, trainer, make_user, django_capture_on_commit_callbacks
):
    place = MunicipalityFactory(name_ky="Тогуз-Булак")
    known = make_user(role="Learner", email="known@example.org")
    text = (
        "email,full name,municipality,position\n"
        f"{known.email},Known Person,,\n"
        "new@example.org,Жаңы Адам,Тогуз-Булак,ao_head\n"
        "not-an-address,Someone,,\n"
        "nameless@example.org,,,\n"
        "wrongplace@example.org,Somebody,Atlantis,\n"
        "new@example.org,Again,,\n"
        "\n"
        "wrongpost@example.org,Somebody,,astronaut\n"
    )
    job = upload_run(
        csv_upload(text),
        course=course,
        by=trainer,
        create_accounts=True,
        capture=django_capture_on_commit_callbacks,
    )
    assert job.status == BulkJobStatus.DONE
    assert job.processed_rows == job.total_rows == 7
    report = job.report
    # An unknown place or post no longer refuses the row: it is enrolled with a note.
    assert (report["enrolled"], report["already"], report["created"]) == (1, 0, 3)
    assert [(row["line"], row["reason"]) for row in report["rejected"]] == [
        (4, str(bulk.BAD_EMAIL)),
        (5, str(bulk.NO_NAME)),
        (7, str(bulk.DUPLICATE_ROW)),
    ]
    assert [(row["line"], row["email"]) for row in report["notes"]] == [
        (6, "wrongplace@example.org"),
        (9, "wrongpost@example.org"),
    ]
    assert "Atlantis" in report["notes"][0]["notes"][0]
    assert "astronaut" in report["notes"][1]["notes"][0]
    assert User.objects.get(email="wrongpost@example.org").position == "other"
    assert User.objects.get(email="wrongplace@example.org").municipality is None
    created = User.objects.get(email="new@example.org")
    assert created.municipality == place
    assert created.position == "ao_head"
    assert not created.has_usable_password()
    assert created.groups.filter(name="Learner").exists()
    invitation = [
        m for m in mail.outbox if m.to == ["new@example.org"] and "/password/reset/" in m.body
    ]
    assert len(invitation) == 1
    enrollments, users = Enrollment.objects.count(), User.objects.count()
    again = upload_run(
        csv_upload(text),
        course=course,
        by=trainer,
        create_accounts=True,
        capture=django_capture_on_commit_callbacks,
    )
    assert (again.report["enrolled"], again.report["created"], again.report["already"]) == (0, 0, 4)
    assert (Enrollment.objects.count(), User.objects.count()) == (enrollments, users)


def test_xlsx_upload_without_header(course, trainer, make_user, django_capture_on_commit_callbacks):
    learner = make_user(role="Learner")
    workbook = Workbook()
    workbook.active.append([learner.email, learner.full_name, None, None])
    buffer = io.BytesIO()
    workbook.save(buffer)
    upload = SimpleUploadedFile("list.xlsx", buffer.getvalue())
    job = upload_run(
        upload,
        course=course,
        by=trainer,
        create_accounts=False,
        capture=django_capture_on_commit_callbacks,
    )
    assert job.report["enrolled"] == 1
    assert Enrollment.objects.get(user=learner).is_enrolled


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("list.pdf", b"%PDF-1.4", bulk.WRONG_TYPE),
        ("list.xlsx", b"not a zip file", bulk.UNREADABLE),
        ("list.csv", b"a@example.org,A\n" * 1 + b"x" * (2 * 1024 * 1024), bulk.TOO_BIG),
    ],
)
def test_bad_files_are_refused_with_a_reason(course, trainer, name, content, message):
    with pytest.raises(ValidationError) as error:
        bulk_job_create(
            course=course,
            by=trainer,
            upload=SimpleUploadedFile(name, content),
            create_accounts=False,
        )
    assert error.value.messages == [str(message)]


def test_pre_enrolment_becomes_active_on_registration(
    course, trainer, django_capture_on_commit_callbacks
):
    job = upload_run(
        csv_upload("future@example.org,Future Learner\n"),
        course=course,
        by=trainer,
        create_accounts=False,
        capture=django_capture_on_commit_callbacks,
    )
    assert job.report["pre_enrolled"] == 1
    assert not User.objects.filter(email="future@example.org").exists()
    user = user_register(
        email="Future@Example.org", password="a-long-pass-phrase-2026", full_name="Future Learner"
    )
    assert Enrollment.objects.get(user=user).status == EnrollmentStatus.ACTIVE
    assert not PreEnrollment.objects.exists()
