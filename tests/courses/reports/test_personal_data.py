"""The reports' part of a person's data (the exports they asked for), and the promise every
course app's deletion keeps: the reports' figures are the same before and after."""

from django.core.files.base import ContentFile
from django.utils import translation

import pytest

from courses.activity.personal_data import activity_personal_data
from courses.assignments.personal_data import assignments_personal_data
from courses.catalogue.personal_data import catalogue_personal_data
from courses.certificates.personal_data import certificates_personal_data
from courses.enrolment.personal_data import enrolment_personal_data
from courses.progress.personal_data import progress_personal_data
from courses.quizzes.personal_data import quizzes_personal_data
from courses.reports.models import ReportExport, ReportExportStatus
from courses.reports.personal_data import reports_personal_data
from courses.reports.selectors.figures import REPORT_TABLES, report_headline, report_table

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    """These tests read the English wording; pages and sentences follow the active language."""
    with translation.override("en"):
        yield


COURSE_PROVIDERS = (
    catalogue_personal_data,
    enrolment_personal_data,
    progress_personal_data,
    quizzes_personal_data,
    assignments_personal_data,
    certificates_personal_data,
    reports_personal_data,
    activity_personal_data,
)


def _figures(world):
    """The headline and every table, by the manager (every course) and per course."""
    scopes = [world.filters()] + [
        world.filters(course_keys=(course.translation_key,)) for course in world.courses.values()
    ]
    return [
        (
            report_headline(user=world.manager, filters=filters),
            [report_table(user=world.manager, filters=filters, name=n) for n in REPORT_TABLES],
        )
        for filters in scopes
    ]


def test_erasing_learners_in_every_course_app_leaves_the_reports_figures_unchanged(
    world, django_capture_on_commit_callbacks
):
    before = _figures(world)
    with django_capture_on_commit_callbacks(execute=True):
        for name in ("L1", "L3", "L7"):  # completions, certificates, attempts, events
            for provider in COURSE_PROVIDERS:
                provider().erase(world.learners[name])
    assert _figures(world) == before


@pytest.fixture
def exports(world):
    manager = world.manager
    done = ReportExport.objects.create(
        requester=manager,
        table_name="places",
        file_format="xlsx",
        language="en",
        status=ReportExportStatus.DONE,
        filters={"date_from": "2026-01-01"},
    )
    done.file.save("places.xlsx", ContentFile(b"names of other people"))
    other = ReportExport.objects.create(
        requester=world.trainers["T1"],
        table_name="courses",
        file_format="csv",
        language="ky",
        status=ReportExportStatus.DONE,
    )
    other.file.save("courses.csv", ContentFile(b"figures"))
    return done, other


def test_the_export_lists_the_report_jobs_without_their_files(world, exports):
    with translation.override("en"):  # the export job writes in the person's language
        records = list(reports_personal_data().records(world.manager))
    assert records == [
        {
            "table": "places",
            "format": "xlsx",
            "filters": {"date_from": "2026-01-01"},
            "for_publication": False,
            "language": "en",
            "status": "Ready",
            "rows": 0,
            "requested_at": records[0]["requested_at"],
            "finished_at": None,
        }
    ]
    assert list(reports_personal_data().files(world.manager)) == []


def test_erase_deletes_the_files_of_the_persons_exports_only(
    world, exports, django_capture_on_commit_callbacks
):
    done, other = exports
    name = done.file.name
    storage = done.file.storage
    assert "1 report export" in reports_personal_data().describe(world.manager)
    with django_capture_on_commit_callbacks(execute=True):
        assert reports_personal_data().erase(world.manager) == 1
    done.refresh_from_db()
    assert not done.file and not storage.exists(name)
    assert ReportExport.objects.filter(pk=done.pk).exists()  # the job's row stays
    other.refresh_from_db()
    assert other.file.storage.exists(other.file.name)
