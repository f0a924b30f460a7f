"""Export files say what they hold: an ASCII name with the report, period and filters, and a
preface ("Report:", "Period:", "Filters:") in the reader's language, on a first sheet (XLSX)
or in the first rows (CSV), for every table and for learner records, at once or in the
background."""

import datetime
from urllib.parse import urlencode

from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

import pytest

from courses.reports.models import ReportExport, ReportExportStatus
from courses.reports.selectors.export_names import (
    ABOUT_SHEET_TITLE,
    FILE_NAME_MAX,
    export_file_stem,
    export_filter_values,
    export_preface,
)
from courses.reports.selectors.figures import REPORT_TABLES, ReportFilters
from tests.courses.reports.export_data import (
    enrol,
    read_csv,
    read_csv_with_preface,
    read_file,
    read_xlsx_sheets,
)
from tests.factories.places import DistrictFactory, MunicipalityFactory, OblastFactory

pytestmark = pytest.mark.django_db

YEAR = {"date_from": "2025-12-01", "date_to": "2026-11-30"}
TITLE_KY = "Жергиликтүү бюджет: ачык угуулар"


@pytest.fixture
def jalal_abad():
    oblast = OblastFactory(
        code="jalal-abad",
        name_ky="Жалал-Абад облусу",
        name_ru="Джалал-Абадская область",
        name_en="Jalal-Abad Region",
    )
    district = DistrictFactory(oblast=oblast, code="Сузак", name_ky="Сузак району")
    return MunicipalityFactory(district=district, code="barpy", name_ru="Барпы")


@pytest.fixture
def course(make_course):
    return make_course(lessons=1, title=TITLE_KY)


@pytest.fixture
def manager(make_user):
    return make_user(role="Manager", preferred_language="ru")


def filters(**changes) -> ReportFilters:
    values = {"date_from": datetime.date(2025, 12, 1), "date_to": datetime.date(2026, 11, 30)}
    return ReportFilters(**{**values, **changes})


def stem(user, table="places", publication=False, **changes) -> str:
    chosen = filters(**changes)
    values = export_filter_values(user=user, filters=chosen)
    return export_file_stem(
        table_name=table, filters=chosen, values=values, publication=publication
    )


def export_url(language="ky", **params) -> str:
    with translation.override(language):
        return reverse("reports:export") + "?" + urlencode(params, doseq=True)


def disposition_name(response) -> str:
    value = response["Content-Disposition"]
    assert value.startswith("attachment; filename=")
    return value.split("filename=", 1)[1].strip('"')


# ---- names --------------------------------------------------------------------------------


def test_name_of_the_issue_example(manager, jalal_abad):
    oblast = jalal_abad.district.oblast
    assert stem(manager, oblast=oblast.pk) == (
        "reports-places-2025-12-01_2026-11-30-oblast-jalal-abad"
    )


def test_cyrillic_values_are_spelled_in_ascii(manager, jalal_abad, course):
    district = jalal_abad.district
    with translation.override("ky"):
        name = stem(
            manager,
            table="series_month",
            course_keys=(course.translation_key,),
            oblast=district.oblast_id,
            district=district.pk,
            position="ao_head",
            gender="female",
        )
    assert name == (
        "reports-series-month-2025-12-01_2026-11-30"
        "-course-zhergiliktuu-byudzhet-achyk-uguular"
        "-oblast-jalal-abad-district-suzak-position-ao-head-gender-female"
    )
    assert name.isascii()


def test_several_courses_a_topic_a_cluster_and_publication(manager, make_course, course):
    from lms.places.models import Cluster

    other = make_course(lessons=1, title="Салык")
    cluster = Cluster.objects.create(
        code="", name_ky="Таза суу кластери", name_ru="Кластер чистой воды", name_en=""
    )
    name = stem(
        manager,
        table="courses",
        publication=True,
        course_keys=(course.translation_key, other.translation_key),
        topic=course.topic_id,
        cluster=cluster.pk,
    )
    # No code: the cluster's name in the active language, transliterated.
    assert name == (
        "reports-courses-publication-2025-12-01_2026-11-30-courses-2"
        f"-topic-{course.topic.slug}-cluster-taza-suu-klasteri"
    )


def test_a_name_is_never_longer_than_the_limit(manager, make_course):
    course = make_course(lessons=1, title="Өтө узун аталыш " * 6)
    name = stem(
        manager,
        course_keys=(course.translation_key,),
        oblast=OblastFactory(code="a" * 60).pk,
        position="specialist_economic",
        gender="not_stated",
    )
    assert len(name) <= FILE_NAME_MAX and name.isascii() and not name.endswith("-")
    assert name.startswith("reports-places-2025-12-01_2026-11-30-course-oto-uzun")


def test_preface_is_in_the_readers_language(manager, jalal_abad, course):
    oblast = jalal_abad.district.oblast
    chosen = filters(oblast=oblast.pk, course_keys=(course.translation_key,))
    with translation.override("ru"):
        values = export_filter_values(user=manager, filters=chosen)
        preface = export_preface(
            title="По местам", filters=chosen, values=values, publication=False
        )
        assert preface == [
            [gettext("Report:"), "По местам"],
            [gettext("Period:"), "1 декабря 2025 г. – 30 ноября 2026 г."],
            [
                gettext("Filters:"),
                f"{gettext('Course')}: {TITLE_KY}; {gettext('Oblast')}: Джалал-Абадская область",
            ],
        ]


# ---- files and their Content-Disposition ------------------------------------------------


@pytest.mark.parametrize("table", REPORT_TABLES)
@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_every_table_downloads_under_its_name_with_its_preface(
    client, manager, jalal_abad, course, table, file_format
):
    enrol(course, municipality=jalal_abad)
    oblast = jalal_abad.district.oblast
    client.force_login(manager)
    response = client.get(
        export_url(table=table, format=file_format, oblast=oblast.pk, language="ru", **YEAR)
    )
    assert response.status_code == 200
    name = disposition_name(response)
    expected = f"reports-{table.replace('_', '-')}-2025-12-01_2026-11-30-oblast-jalal-abad"
    assert name == f"{expected}.{file_format}"
    with translation.override("ru"):
        period = "1 декабря 2025 г. – 30 ноября 2026 г."
        filters_text = f"{gettext('Oblast')}: Джалал-Абадская область"
        if file_format == "csv":
            rows = read_csv_with_preface(response.content)
            assert rows[0][0] == gettext("Report:")
            assert rows[1:4] == [
                [gettext("Period:"), period],
                [gettext("Filters:"), filters_text],
                [],
            ]
            assert len(read_csv(response.content)) > 1  # the table's header, then its rows
        else:
            sheets = read_xlsx_sheets(response.content)
            about, data = list(sheets.items())
            assert about[0] == str(ABOUT_SHEET_TITLE)
            assert about[1][1:] == [
                (gettext("Period:"), period),
                (gettext("Filters:"), filters_text),
            ]
            assert len(data[1]) > 1


def test_publication_and_no_filters_say_so(client, manager, course):
    client.force_login(manager)
    response = client.get(export_url(table="genders", format="csv", publication=1, **YEAR))
    assert disposition_name(response) == "reports-genders-publication-2025-12-01_2026-11-30.csv"
    report, _period, described, _blank = read_csv_with_preface(response.content)[:4]
    assert "<5" in report[1]
    assert described[1] == gettext("none (every course in your reports, every learner)")


def test_default_range_names_bishkek_dates(awkward_hour, client, manager, course):
    client.force_login(manager)
    response = client.get(export_url(table="places", format="xlsx"))
    today = timezone.localdate()
    start = today - datetime.timedelta(days=364)
    assert today == datetime.date(2027, 1, 1) or today == datetime.date(2026, 12, 31)
    assert disposition_name(response) == f"reports-places-{start}_{today}.xlsx"


def test_learner_records_at_once_and_in_the_background_are_named_alike(
    client, manager, jalal_abad, course, settings, django_capture_on_commit_callbacks
):
    for _ in range(3):
        enrol(course, municipality=jalal_abad)
    client.force_login(manager)
    params = {
        "table": "learners",
        "format": "xlsx",
        "course": str(course.translation_key),
        **YEAR,
        "date_to": timezone.localdate().isoformat(),
    }
    at_once = client.post(reverse("reports:export"), params)
    expected = (
        f"reports-learners-2025-12-01_{params['date_to']}"
        "-course-zhergiliktuu-byudzhet-achyk-uguular.xlsx"
    )
    assert disposition_name(at_once) == expected
    sheets = list(read_xlsx_sheets(at_once.content).values())
    assert len(sheets[1]) == 4  # header and three learners

    settings.REPORT_EXPORT_BACKGROUND_ROWS = 2
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("reports:export"), {**params, "format": "csv"})
    job = ReportExport.objects.get()
    download = client.get(reverse("reports:export_download", args=[job.pk]))
    assert disposition_name(download) == expected.replace(".xlsx", ".csv")
    content = read_file(download)
    assert len(read_csv(content)) == 4
    with translation.override(job.language):
        assert read_csv_with_preface(content)[0][0] == gettext("Report:")


def test_a_job_stored_without_its_period_still_downloads(client, manager):
    """Jobs written before the names carried dates keep downloading, under the table's name."""
    job = ReportExport.objects.create(
        requester=manager,
        table_name="learners",
        file_format="csv",
        language="ru",
        status=ReportExportStatus.DONE,
        file=ContentFile(b"email\nlearner@example.org\n", name="learners.csv"),
    )
    client.force_login(manager)
    response = client.get(reverse("reports:export_download", args=[job.pk]))
    assert response.status_code == 200
    assert disposition_name(response) == "reports-learners.csv"
