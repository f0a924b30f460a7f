"""The reports and the API read from the replica when one is configured; nothing else does.

The `replica` alias mirrors the test database (lms/settings/test.py), so what it returns is right
and the test can tell, connection by connection, where each statement went.
"""

from django.db import connections
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

import pytest

from courses.reports.models import ReportExport
from courses.reports.services import report_export_run
from lms.db_routing import ReplicaRouter
from tests.courses.reports.conftest import END, START

pytestmark = pytest.mark.django_db(
    transaction=True, serialized_rollback=True, databases=["default", "replica"]
)
RANGE = {"date_from": START.isoformat(), "date_to": END.isoformat()}


def selects(context) -> list[str]:
    return [
        q["sql"] for q in context.captured_queries if q["sql"].lstrip().upper().startswith("SELECT")
    ]


def capture(client, method, path, data=None):
    with (
        CaptureQueriesContext(connections["default"]) as primary,
        CaptureQueriesContext(connections["replica"]) as replica,
    ):
        response = getattr(client, method)(path, data or {})
    return response, primary, replica


def test_the_reports_page_reads_only_from_the_replica(client, world, settings):
    settings.DATABASE_REPLICA_READS = True
    client.force_login(world.manager)
    response, primary, replica = capture(client, "get", reverse("reports:dashboard"), RANGE)
    assert response.status_code == 200
    assert "Course A" in response.content.decode()
    assert any("enrolment_enrollment" in sql for sql in selects(replica))
    assert selects(primary) == []


def test_without_a_replica_setting_everything_reads_from_the_primary(client, world, settings):
    settings.DATABASE_REPLICA_READS = False
    client.force_login(world.manager)
    response, primary, replica = capture(client, "get", reverse("reports:dashboard"), RANGE)
    assert response.status_code == 200
    assert replica.captured_queries == []
    assert any("enrolment_enrollment" in sql for sql in selects(primary))


def test_a_post_to_the_reports_stays_on_the_primary(client, world, settings):
    settings.DATABASE_REPLICA_READS = True
    client.force_login(world.manager)
    response, primary, replica = capture(
        client, "post", reverse("reports:export"), {"table": "learners", "format": "csv"}
    )
    assert response.status_code in (200, 302)
    assert replica.captured_queries == []


def test_the_api_reads_from_the_replica(client, world, settings):
    settings.DATABASE_REPLICA_READS = True
    response, primary, replica = capture(client, "get", "/api/v1/courses/")
    assert response.status_code == 200
    assert response.json()["items"]
    assert selects(replica) and selects(primary) == []


def test_other_pages_read_from_the_primary(client, world, settings):
    settings.DATABASE_REPLICA_READS = True
    client.force_login(world.learners["L1"])
    response, primary, replica = capture(client, "get", reverse("progress:my"))
    assert response.status_code == 200
    assert replica.captured_queries == []


def test_a_background_export_reads_its_rows_from_the_replica(world, settings):
    settings.DATABASE_REPLICA_READS = True
    job = ReportExport.objects.create(
        requester=world.manager,
        table_name="learners",
        file_format="csv",
        filters=RANGE,
        language="en",
    )
    with (
        CaptureQueriesContext(connections["default"]) as primary,
        CaptureQueriesContext(connections["replica"]) as replica,
    ):
        report_export_run(export_id=job.pk)
    job.refresh_from_db()
    assert job.status == "done" and job.rows_total > 0
    assert any("enrolment_enrollment" in sql for sql in selects(replica))
    assert not any("enrolment_enrollment" in sql for sql in selects(primary))


def test_writes_and_migrations_go_to_the_primary_only():
    router = ReplicaRouter()
    assert router.db_for_write(ReportExport) == "default"
    assert router.allow_migrate("default", "reports") is True
    assert router.allow_migrate("replica", "reports") is False
