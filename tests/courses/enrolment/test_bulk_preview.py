"""An uploaded list is previewed row by row before anyone is enrolled; confirming twice enrols
once; the template of each language is a file the upload reads back without a refused row."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

import pytest
from openpyxl import load_workbook

from courses.enrolment.bulk import bulk_job_create
from courses.enrolment.bulk_rows import TEMPLATE_HEADINGS, bulk_rows_read
from courses.enrolment.models import BulkEnrollmentJob, BulkJobStatus, Enrollment, PreEnrollment
from lms.accounts.models import User
from lms.outbox.models import OutboxMessage
from tests.factories.places import MunicipalityFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def trainer(make_user):
    return make_user(role="Trainer")


@pytest.fixture
def course(make_course, trainer):
    return make_course(trainers=[trainer], enrolment_method="closed")


def upload(client, course, text: str, *, create_accounts=True, name="list.csv"):
    data = {"action": "upload", "upload-file": SimpleUploadedFile(name, text.encode("utf-8"))}
    if create_accounts:
        data["upload-create_accounts"] = "on"
    return client.post(reverse("enrolment:bulk", args=[course.translation_key]), data)


def in_english(url: str) -> str:
    """The same screen in English: these tests read its words."""
    return url.replace("/ky/", "/en/", 1)


LIST = (
    "ФИО;Эл. почта;Должность\n"
    "Enrolled Learner;enrolled@example.kg;\n"
    "Known Learner;known@example.kg;Бухгалтер\n"
    "Жаңы Адам;new@example.kg;Айыл чарба адиси\n"
    "Кенеш;;\n"
)


def test_preview_says_each_rows_outcome_and_changes_nothing(client, course, trainer, make_user):
    enrolled = make_user(role="Learner", email="enrolled@example.kg")
    Enrollment.objects.create(user=enrolled, course_key=course.translation_key)
    make_user(role="Learner", email="known@example.kg")
    client.force_login(trainer)
    users = User.objects.count()
    response = upload(client, course, LIST)
    job = BulkEnrollmentJob.objects.get()
    assert job.status == BulkJobStatus.PREVIEW
    assert (User.objects.count(), Enrollment.objects.count()) == (users, 1)
    assert not OutboxMessage.objects.filter(task_name__contains="bulk_job_run").exists()
    page = client.get(in_english(response.url))
    html = page.content.decode()
    good = {row["email"]: row["outcome_label"] for row in page.context["preview"]["good"]}
    assert good == {
        "enrolled@example.kg": "Already enrolled",
        "known@example.kg": "Will be enrolled",
        "new@example.kg": "Account will be created and invited",
    }
    assert [(r["line"], r["name"]) for r in page.context["preview"]["refused"]] == [(5, "Кенеш")]
    assert "Айыл чарба адиси" in html  # the post kept as "Other", its text noted
    assert "Confirm and enrol 2 people" in html
    assert 'http-equiv="refresh"' not in html


def test_confirm_twice_enrols_once(
    client, course, trainer, make_user, django_capture_on_commit_callbacks
):
    make_user(role="Learner", email="known@example.kg")
    client.force_login(trainer)
    job_url = upload(client, course, LIST).url
    job = BulkEnrollmentJob.objects.get()
    confirm = reverse("enrolment:bulk_job_confirm", args=[course.translation_key, job.pk])
    with django_capture_on_commit_callbacks(execute=True) as first:
        assert client.post(confirm).url == job_url
    with django_capture_on_commit_callbacks(execute=True) as second:
        response = client.post(in_english(confirm), follow=True)
    assert len(first) >= 1 and second == []
    assert "This list was confirmed already." in response.content.decode()
    job.refresh_from_db()
    assert job.status == BulkJobStatus.DONE
    assert (job.report["created"], job.report["enrolled"]) == (2, 1)
    assert OutboxMessage.objects.filter(task_name__contains="bulk_job_run").count() == 1
    assert Enrollment.objects.count() == 3


def test_confirm_is_for_the_courses_trainers_only(client, course, trainer, make_user):
    client.force_login(trainer)
    upload(client, course, LIST)
    job = BulkEnrollmentJob.objects.get()
    confirm = reverse("enrolment:bulk_job_confirm", args=[course.translation_key, job.pk])
    for someone in (make_user(role="Trainer"), make_user(role="Learner")):
        client.force_login(someone)
        assert client.post(confirm).status_code == 404
    job.refresh_from_db()
    assert job.status == BulkJobStatus.PREVIEW
    assert client.get(confirm).status_code == 405  # a link cannot confirm


def test_pre_enrolment_preview_without_accounts(client, course, trainer):
    PreEnrollment.objects.create(email="waiting@example.kg", course_key=course.translation_key)
    client.force_login(trainer)
    text = "email,name\nwaiting@example.kg,W\nnew@example.kg,N\n"
    page = client.get(upload(client, course, text, create_accounts=False).url)
    outcomes = {row["email"]: row["outcome"] for row in page.context["preview"]["good"]}
    assert outcomes == {"waiting@example.kg": "already", "new@example.kg": "pre_enrol"}


def test_an_unconfirmed_job_is_never_run(course, trainer):
    from courses.enrolment.bulk import bulk_job_run

    job = bulk_job_create(
        course=course,
        by=trainer,
        upload=SimpleUploadedFile("l.csv", b"email,name\nx@example.kg,X\n"),
        create_accounts=True,
    )
    bulk_job_run(job_id=job.pk)
    job.refresh_from_db()
    assert job.status == BulkJobStatus.PREVIEW
    assert not User.objects.filter(email="x@example.kg").exists()


def test_preview_page_queries_do_not_grow_with_rows(
    client, course, trainer, django_assert_max_num_queries
):
    client.force_login(trainer)
    rows = "".join(f"person{n}@example.kg,Person {n}\n" for n in range(300))
    response = upload(client, course, "email,full name\n" + rows)
    # The preview is stored with the job: the page reads the job and the course (session,
    # user, course scope), whatever the number of rows; plus, on this first page of a fresh
    # cache, the policies in force (lms.policies, read once into the cache) and the header's
    # unread notifications (lms.notifications, counted once into the cache).
    with django_assert_max_num_queries(14):
        page = client.get(in_english(response.url))
    assert len(page.context["preview"]["good"]) == 200
    assert "100 more rows" in page.content.decode()


@pytest.mark.parametrize("language", ["ky", "ru", "en"])
@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_template_in_each_language_reads_back_without_a_refused_row(
    client, course, trainer, language, file_format, django_capture_on_commit_callbacks
):
    place = MunicipalityFactory(code="aaa-first", name_ky="Биринчи айыл аймагы")
    client.force_login(trainer)
    url = reverse("enrolment:bulk_template", args=[course.translation_key, language, file_format])
    response = client.get(url)
    assert response.status_code == 200
    assert f"bulk-enrolment-template-{language}.{file_format}" in response["Content-Disposition"]
    raw = response.content
    if file_format == "xlsx":
        sheet = load_workbook(io.BytesIO(raw)).worksheets[0]
        headings = [cell.value for cell in next(sheet.iter_rows(max_row=1))]
    else:
        text = raw.decode("utf-8-sig")
        headings = text.splitlines()[0].split(";" if language != "en" else ",")
    assert headings == list(TEMPLATE_HEADINGS[language])
    rows = bulk_rows_read(raw=raw, name=f"template.{file_format}")
    assert len(rows) == 1 and rows[0].email == "aigul.asanova@example.kg"
    job = bulk_job_create(
        course=course,
        by=trainer,
        upload=SimpleUploadedFile(f"template.{file_format}", raw),
        create_accounts=True,
    )
    assert job.report["preview"]["counts"]["refused"] == 0
    assert job.report["preview"]["rows"][0]["notes"] == []  # post and place understood
    assert job.report["preview"]["rows"][0]["position"] == "specialist_finance"
    assert place.pk


def test_template_is_for_the_courses_trainers_and_knows_its_languages(
    client, course, trainer, make_user
):
    url = reverse("enrolment:bulk_template", args=[course.translation_key, "ru", "csv"])
    client.force_login(make_user(role="Learner"))
    assert client.get(url).status_code == 404
    client.force_login(trainer)
    assert client.get(url).status_code == 200
    wrong = reverse("enrolment:bulk_template", args=[course.translation_key, "de", "csv"])
    assert client.get(wrong).status_code == 404
    page = client.get(reverse("enrolment:bulk", args=[course.translation_key])).content.decode()
    for language in ("ky", "ru", "en"):
        for file_format in ("csv", "xlsx"):
            assert (
                reverse(
                    "enrolment:bulk_template", args=[course.translation_key, language, file_format]
                )
                in page
            )


def test_bulk_pages_have_a_styled_breadcrumb(client, course, trainer):
    client.force_login(trainer)
    upload(client, course, LIST)
    job = BulkEnrollmentJob.objects.get()
    for url in (
        reverse("enrolment:bulk", args=[course.translation_key]),
        reverse("enrolment:bulk_job", args=[course.translation_key, job.pk]),
    ):
        html = client.get(url).content.decode()
        assert '<nav class="breadcrumb" aria-label="' in html and "<ol><li>" in html
        assert "catalogue/courses.css" in html  # the breadcrumb's inline style
        assert reverse("progress:teach") in html
