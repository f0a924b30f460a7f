"""The nightly run: every sweep through RETENTION_SWEEPS, logged per run, idempotent, and the
managers' read-only list in the admin."""

import datetime as dt
import uuid

from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import timezone

import pytest

from courses.enrolment.models import BulkEnrollmentJob, BulkJobStatus
from courses.reports.models import ReportExport, ReportExportStatus
from lms.retention.hooks import RETENTION_SWEEPS, retention_sweeps
from lms.retention.models import RetentionRun
from lms.retention.tasks import retention_apply

pytestmark = pytest.mark.django_db

LABELS = {
    "accounts.inactive_anonymised",
    "accounts.inactive_warned",
    "privacy.data_exports",
    "activity.learning_events_folded",
    "reports.export_files",
    "enrolment.bulk_uploads",
    "assignments.bulk_files",
}


def aged(model, obj, days):
    model.objects.filter(pk=obj.pk).update(created_at=timezone.now() - dt.timedelta(days=days))


def test_every_sweep_is_registered():
    labels = {sweep(timezone.now())[0] for sweep in retention_sweeps()}
    assert labels >= LABELS


def test_the_task_removes_old_files_once_and_logs_each_run(settings, make_user):
    settings.RETENTION_EXPORT_FILE_DAYS = 7
    settings.RETENTION_BULK_UPLOAD_DAYS = 30
    trainer = make_user(role="Trainer")
    exports = {}
    for days in (6, 8):
        exports[days] = ReportExport.objects.create(
            requester=trainer,
            table_name="places",
            file_format="csv",
            language="en",
            status=ReportExportStatus.DONE,
            file=ContentFile(b"a,b\n", name="e.csv"),
        )
        aged(ReportExport, exports[days], days)
    jobs = {}
    for days, status in ((29, BulkJobStatus.DONE), (31, BulkJobStatus.PREVIEW)):
        jobs[days] = BulkEnrollmentJob.objects.create(
            course_key=uuid.uuid4(),
            created_by=trainer,
            file=ContentFile(b"email\n", name="list.csv"),
            file_name="list.csv",
            status=status,
        )
        aged(BulkEnrollmentJob, jobs[days], days)
    old_files = [(exports[8].file.storage, exports[8].file.name)]
    old_files.append((jobs[31].file.storage, jobs[31].file.name))

    result = retention_apply.delay().get()

    run = RetentionRun.objects.get()
    assert result == {"run": run.pk, "counts": run.counts, "errors": {}}
    assert set(run.counts) >= LABELS
    assert run.counts["reports.export_files"] == 1  # the 8-day-old one; 6 days is kept
    assert run.counts["enrolment.bulk_uploads"] == 1  # the preview never confirmed, 31 days
    assert list(ReportExport.objects.values_list("pk", flat=True)) == [exports[6].pk]
    assert list(BulkEnrollmentJob.objects.values_list("pk", flat=True)) == [jobs[29].pk]
    assert not any(storage.exists(name) for storage, name in old_files)
    assert run.finished_at is not None

    retention_apply.delay().get()  # a second run removes nothing
    second = RetentionRun.objects.first()
    assert second.pk != run.pk and set(second.counts.values()) == {0}


def test_a_failing_sweep_is_recorded_and_the_others_run(monkeypatch):
    def broken(now):
        raise RuntimeError("disk gone")

    from wagtail import hooks

    monkeypatch.setitem(
        hooks._hooks, RETENTION_SWEEPS, [(broken, 0), *hooks._hooks[RETENTION_SWEEPS]]
    )
    retention_apply.delay().get()
    run = RetentionRun.objects.get()
    assert run.errors == {f"{__name__}.broken": "RuntimeError: disk gone"}
    assert set(run.counts) >= LABELS


def test_a_run_while_another_goes_does_nothing():
    from django.core.cache import cache

    from lms.retention.tasks import RUN_LOCK

    cache.add(RUN_LOCK, 1, 60)
    assert retention_apply.delay().get() is None
    assert not RetentionRun.objects.exists()


@pytest.mark.parametrize("role", ["Manager", "superuser"])
def test_managers_read_the_runs(client, make_user, role, django_assert_num_queries):
    user = make_user(is_superuser=True) if role == "superuser" else make_user(role=role)
    for _ in range(3):
        RetentionRun.objects.create(finished_at=timezone.now(), counts={"reports.export_files": 2})
    client.force_login(user)
    client.get(reverse("retention_admin:index"))  # warm the caches
    # Ours: the count and the page of runs (paginated: the same for any number). The rest is
    # the admin's frame (session, user, menus and their permission reads; more for a manager,
    # whose menu also holds competitions and the Moodle import: one more group check).
    with django_assert_num_queries(QUERIES[role]):
        response = client.get(reverse("retention_admin:index"))
    assert response.status_code == 200
    assert response.content.decode().count("reports.export_files") == 3


QUERIES = {"Manager": 14, "superuser": 8}


@pytest.mark.parametrize("role", ["Trainer", "Reviewer", "Learner", None])
def test_others_cannot(client, make_user, role):
    RetentionRun.objects.create(counts={"reports.export_files": 2})
    if role:
        client.force_login(make_user(role=role))
    response = client.get(reverse("retention_admin:index"))
    assert response.status_code in (302, 403)
    assert "reports.export_files" not in response.content.decode()
