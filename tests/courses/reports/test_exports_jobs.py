"""Learner records: immediate when small, a background job when large (progress page, file for
the requester only, e-mail when ready, double submits, the sweep)."""

import datetime
from unittest import mock

from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import timezone, translation

import pytest

from courses.certificates.models import Certificate, CertificateStatus
from courses.reports.models import ReportExport, ReportExportStatus
from courses.reports.selectors.exports import filters_to_json
from courses.reports.selectors.figures import ReportFilters
from courses.reports.services import report_exports_sweep
from tests.courses.reports.export_data import enrol, place, read_csv, read_file, read_xlsx

pytestmark = pytest.mark.django_db


def export_url(**params):
    from urllib.parse import urlencode

    return reverse("reports:export") + "?" + urlencode(params)


@pytest.fixture
def manager(make_user):
    return make_user(role="Manager", preferred_language="ru")


@pytest.fixture
def records(make_course):
    """Three enrolments: one completed with a certificate; one learner's name starts a formula."""
    course = make_course(lessons=2, title="Budget hearings")
    municipality = place()
    done = enrol(
        course, municipality=municipality, completed=True, full_name="Aida", gender="female"
    )
    Certificate.objects.create(
        enrollment=done,
        user=done.user,
        course_key=course.translation_key,
        code="ABCDEFGHJKLMNPQRSTUV",
        status=CertificateStatus.VALID,
        holder_name="Aida",
        course_title="Budget hearings",
        course_hours=2,
        language="ky",
        completed_on=timezone.localdate(),
        issuer_name="Municipal Academy",
    )
    enrol(course, municipality=municipality, full_name="=HYPERLINK()")
    enrol(course, municipality=municipality, full_name="Bakyt")
    return course, municipality


@pytest.fixture
def background(settings):
    """Two rows are "large": the export goes to the background."""
    settings.REPORT_EXPORT_BACKGROUND_ROWS = 2


def test_small_learner_export_downloads_at_once_without_gender_or_position(
    client, manager, records
):
    course, municipality = records
    client.force_login(manager)
    response = client.get(export_url(table="learners", format="csv"))
    assert response.status_code == 200
    rows = read_csv(response.content)
    assert len(rows[0]) == 11
    by_name = {row[0]: row for row in rows[1:]}
    assert set(by_name) == {"Aida", "'=HYPERLINK()", "Bakyt"}  # no formula injection
    aida = by_name["Aida"]
    assert aida[2:6] == [
        municipality.name,
        municipality.district.name,
        municipality.district.oblast.name,
        "Budget hearings",
    ]
    assert aida[7] == "100.0" and aida[10] == "ABCD-EFGH-JKLM-NPQR-STUV"
    assert by_name["Bakyt"][7] == "0.0" and by_name["Bakyt"][9] == ""
    assert not any("female" in cell or "Female" in cell for row in rows for cell in row)
    sheet = read_xlsx(client.get(export_url(table="learners", format="xlsx")).content)
    assert len(sheet) == 4


def test_learner_records_are_never_for_publication(client, manager, records, background):
    client.force_login(manager)
    response = client.get(export_url(table="learners", format="csv", publication="1"))
    assert response.status_code == 400
    assert not ReportExport.objects.exists()
    page = client.get(reverse("reports:dashboard"))
    learner_form = page.content.decode().split('id="learner-export-heading"')[1].split("</form>")[0]
    assert 'name="publication"' not in learner_form


def test_large_export_runs_in_the_background_and_mails_the_link(
    client, manager, records, background, django_capture_on_commit_callbacks, mailoutbox
):
    client.force_login(manager)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("reports:export"), {"table": "learners", "format": "xlsx"})
    job = ReportExport.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("reports:export_job", args=[job.pk])
    assert job.status == ReportExportStatus.DONE
    assert (job.rows_done, job.rows_total) == (3, 3)
    assert job.file.name.startswith("report-exports/") and "learner" not in job.file.name
    page = client.get(response["Location"])
    assert b'http-equiv="refresh"' not in page.content
    download = reverse("reports:export_download", args=[job.pk])
    assert download.encode() in page.content
    response = client.get(download)
    assert response.status_code == 200
    assert len(read_xlsx(read_file(response))) == 4
    # The e-mail is in the requester's language (Russian) and links to the job page.
    (message,) = mailoutbox
    assert message.to == [manager.email]
    with translation.override("ru"):
        assert message.subject == translation.gettext("Your report export is ready")
        assert reverse("reports:export_job", args=[job.pk]) in message.body
        assert "/ru/" in message.body
    # The broker delivering the same outbox message again sends no second "ready" mail.
    from courses.reports.tasks import report_export_email_send
    from lms.outbox.models import OutboxMessage

    sent = OutboxMessage.objects.get(task_name=report_export_email_send.name)
    assert report_export_email_send.apply(args=[job.pk], task_id=str(sent.task_id)).get() is False
    assert len(mailoutbox) == 1


def test_progress_page_refreshes_until_done_and_is_the_requesters_only(
    client, manager, make_user, records, background
):
    client.force_login(manager)
    client.get(export_url(table="learners", format="csv"))  # on-commit task not run: queued
    job = ReportExport.objects.get()
    url = reverse("reports:export_job", args=[job.pk])
    response = client.get(url)
    assert job.status == ReportExportStatus.QUEUED
    assert b'http-equiv="refresh"' in response.content
    assert client.get(reverse("reports:export_download", args=[job.pk])).status_code == 404
    other = make_user(role="Manager")
    client.force_login(other)
    assert client.get(url).status_code == 404
    assert client.get(reverse("reports:export_download", args=[job.pk])).status_code == 404


def len_of_job_page(client, url) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return len(queries)


def test_job_page_query_count_is_fixed(client, manager, records, background):
    client.force_login(manager)
    client.get(export_url(table="learners", format="csv"))
    url = reverse("reports:export_job", args=[ReportExport.objects.get().pk])
    client.get(url)
    # Session and user (2), the job (1); the admin link's permission check reads the kept copy
    # (lms.accounts.access_cache), the base template's site, locale and menu come from the warm
    # caches: 3 however many rows.
    assert len_of_job_page(client, url) == 2


def test_double_submit_returns_the_job_already_queued(client, manager, records, background):
    client.force_login(manager)
    first = client.get(export_url(table="learners", format="csv", oblast=""))
    second = client.get(export_url(table="learners", format="csv"))
    assert first["Location"] == second["Location"]
    assert ReportExport.objects.count() == 1
    # Another format is another export.
    client.get(export_url(table="learners", format="xlsx"))
    assert ReportExport.objects.count() == 2


def test_storage_error_requeues_for_retry_and_a_rerun_finishes(
    client, manager, records, background, django_capture_on_commit_callbacks
):
    from courses.reports.services import report_export_run

    client.force_login(manager)
    client.get(export_url(table="learners", format="csv"))
    job = ReportExport.objects.get()
    with (
        mock.patch("django.db.models.fields.files.FieldFile.save", side_effect=OSError("down")),
        pytest.raises(OSError),
    ):
        report_export_run(export_id=job.pk)
    job.refresh_from_db()
    assert job.status == ReportExportStatus.QUEUED
    with django_capture_on_commit_callbacks(execute=True):
        report_export_run(export_id=job.pk)
    job.refresh_from_db()
    assert job.status == ReportExportStatus.DONE
    assert report_export_run(export_id=job.pk) is None  # finished: left alone


def test_sweep_resends_lost_jobs_fails_dead_ones_and_deletes_old_files(
    manager, records, django_capture_on_commit_callbacks, mailoutbox
):
    now = timezone.now()
    today = timezone.localdate()
    filters = filters_to_json(
        ReportFilters(date_from=today - datetime.timedelta(days=30), date_to=today)
    )
    lost = ReportExport.objects.create(
        requester=manager, table_name="learners", filters=filters, file_format="csv", language="en"
    )
    dead = ReportExport.objects.create(
        requester=manager,
        table_name="learners",
        file_format="csv",
        language="en",
        status=ReportExportStatus.RUNNING,
    )
    old = ReportExport.objects.create(
        requester=manager,
        table_name="learners",
        file_format="csv",
        language="en",
        status=ReportExportStatus.DONE,
    )
    old.file.save("old.csv", ContentFile(b"a,b\n"))
    storage, old_name = old.file.storage, old.file.name
    ReportExport.objects.filter(pk__in=[lost.pk, dead.pk]).update(
        created_at=now - datetime.timedelta(hours=2)
    )
    ReportExport.objects.filter(pk=old.pk).update(created_at=now - datetime.timedelta(days=8))
    with django_capture_on_commit_callbacks(execute=True):
        counts = report_exports_sweep()
    assert counts == {"requeued": 1, "failed": 1, "deleted": 1}
    lost.refresh_from_db()
    dead.refresh_from_db()
    assert lost.status == ReportExportStatus.DONE and lost.rows_total == 3
    assert dead.status == ReportExportStatus.FAILED and dead.error
    assert not ReportExport.objects.filter(pk=old.pk).exists()
    assert not storage.exists(old_name)
    assert len(mailoutbox) == 1  # the lost one, now ready
