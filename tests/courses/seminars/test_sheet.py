"""The printed sign-in sheet, its spreadsheet, and uploading a filled list back."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

import pytest
from openpyxl import Workbook, load_workbook

from courses.seminars.attendance import marks_save
from courses.seminars.models import Attendance, Registration, RegistrationSource
from courses.seminars.sheets import mark_read, sheet_preview
from tests.factories.places import MunicipalityFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def seminar(make_seminar, trainer):
    return make_seminar(sessions=1, trainers=[trainer])


@pytest.fixture
def session(seminar):
    return seminar.sessions.get()


@pytest.fixture
def people(seminar, make_user):
    place = MunicipalityFactory(name_ky="Теплоключенка", name_ru="Теплоключенка")
    users = [
        make_user(full_name="Асанова Айгүл", email="aigul@example.kg", municipality=place),
        make_user(full_name="Бакиев Нурлан", email="nurlan@example.kg"),
    ]
    return [Registration.objects.create(seminar=seminar, user=user) for user in users]


def _xlsx(rows) -> bytes:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("text", "mark"),
    [
        ("+", "present"),
        ("1", "present"),
        ("Да", "present"),
        ("ооба", "present"),
        ("yes", "present"),
        ("опоздал", "late"),
        ("Late", "late"),
        ("кечикти", "late"),
        ("уважительная", "excused"),
        ("excused", "excused"),
        ("нет", "absent"),
        ("-", "absent"),
        ("0", "absent"),
        ("жок", "absent"),
        ("", ""),
        ("maybe", None),
    ],
)
def test_marks_in_three_languages(text, mark):
    assert mark_read(text) == mark


def test_pdf_sheet(client, session, people, trainer):
    client.force_login(trainer)
    response = client.get(reverse("seminars:sheet_pdf", kwargs={"session_id": session.pk}))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF-")
    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    assert "Асанова Айгүл" in text and "Теплоключенка" in text


def test_sheet_files_are_for_the_seminars_staff_only(client, session, people, make_user, trainer):
    urls = [
        reverse("seminars:sheet_pdf", kwargs={"session_id": session.pk}),
        reverse("seminars:sheet_export", kwargs={"session_id": session.pk, "file_format": "csv"}),
        reverse("seminars:sheet_upload", kwargs={"session_id": session.pk}),
    ]
    for url in urls:
        assert client.get(url).status_code == 302
    client.force_login(people[0].user)
    for url in urls:
        assert client.get(url).status_code == 404
    client.force_login(trainer)
    assert client.get(urls[1].replace("/csv/", "/exe/")).status_code == 404


def test_export_round_trip_xlsx(client, session, people, trainer):
    client.force_login(trainer)
    url = reverse("seminars:sheet_export", kwargs={"session_id": session.pk, "file_format": "xlsx"})
    response = client.get(url.replace("/ky/", "/ru/"))
    assert response.status_code == 200
    rows = list(load_workbook(io.BytesIO(response.content)).active.iter_rows(values_only=True))
    assert rows[0][1] == "ФИО" and rows[1][1] == "Асанова Айгүл"
    # the trainer types the marks and uploads the file back
    book = Workbook()
    for n, row in enumerate(rows):
        row = list(row)
        if n:
            row[6] = "+" if n == 1 else "опоздал"
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    upload = reverse("seminars:sheet_upload", kwargs={"session_id": session.pk})
    preview = client.post(upload, {"file": SimpleUploadedFile("list.xlsx", out.getvalue())})
    assert preview.status_code == 200
    assert [line.registration_id for line in preview.context["lines"]] == [p.pk for p in people]
    confirm = client.post(upload, {"token": preview.context["token"]})
    assert confirm.status_code == 302
    marks = dict(Attendance.objects.values_list("registration_id", "mark"))
    assert marks == {people[0].pk: "present", people[1].pk: "late"}


EXCEL_CSV = (
    "Список участников семинара;;;;;\r\n"
    "№;ФИО;Эл. почта;Муниципалитет;Должность;Пол;Присутствовал\r\n"
    "1;Асанова Айгүл;;;;;да\r\n"
    "2;;NURLAN@example.kg;;;;опоздал\r\n"
    "3;Токтогулова Жаныл;;Теплоключенка айыл аймагы;бухгалтер;ж;+\r\n"
    "4;;;;;;да\r\n"
    "5;Иванов Иван;not-an-email;;;;да\r\n"
    "6;Петров Петр;;;;;может быть\r\n"
    "\r\n"
)


def test_windows_1251_semicolon_csv_from_excel_preview_then_confirm_twice(
    client, session, people, trainer
):
    client.force_login(trainer)
    url = reverse("seminars:sheet_upload", kwargs={"session_id": session.pk})
    raw = EXCEL_CSV.replace("ү", "у").encode("cp1251")  # cp1251 has no ү: as Excel saves it
    response = client.post(url, {"file": SimpleUploadedFile("Список.csv", raw)})
    assert response.status_code == 200
    outcome = {line.line: line for line in response.context["lines"]}
    # ү and у fold the same (text_key), so "Асанова Айгул" finds "Асанова Айгүл"
    assert outcome[3].registration_id == people[0].pk and outcome[3].mark == "present"
    html = response.content.decode()
    assert 'data-line="4"' in html and 'data-outcome="refused"' in html
    assert outcome[4].registration_id == people[1].pk and outcome[4].mark == "late"
    assert outcome[5].new_walk_in and outcome[5].position == "specialist_finance"
    assert outcome[5].gender == "female" and outcome[5].municipality_id
    assert outcome[6].refused and outcome[7].refused and outcome[8].refused
    token = response.context["token"]
    assert client.post(url, {"token": token}).status_code == 302
    state = sorted(Attendance.objects.values_list("registration_id", "mark"))
    walk_in = Registration.objects.get(user=None)
    assert walk_in.source == RegistrationSource.SHEET and walk_in.full_name == "Токтогулова Жаныл"
    assert client.post(url, {"token": token}).status_code == 302  # a second confirm
    assert sorted(Attendance.objects.values_list("registration_id", "mark")) == state
    assert Registration.objects.filter(user=None).count() == 1


def test_upload_checks_type_size_and_headings(client, session, people, trainer):
    client.force_login(trainer)
    url = reverse("seminars:sheet_upload", kwargs={"session_id": session.pk})
    for name, content in [
        ("list.pdf", b"%PDF-1.4"),
        ("list.xlsx", b"not a zip"),
        ("list.csv", b"a;b\r\n1;2\r\n"),
        ("list.csv", b"x" * (2 * 2**20 + 10)),
    ]:
        response = client.post(url, {"file": SimpleUploadedFile(name, content)})
        assert response.status_code == 400, name
    assert client.post(url, {"token": "forged"}).status_code == 302
    assert not Attendance.objects.exists()


def test_utf16_tab_separated_and_name_only_matching(session, people, trainer):
    text = "Name\tAttended\nБакиев Нурлан\tyes\nAsanova\tno\n"
    lines = sheet_preview(session, raw=text.encode("utf-16"), name="list.txt")
    assert lines[0].registration_id == people[1].pk and lines[0].mark == "present"
    assert lines[1].new_walk_in and lines[1].mark == "absent"


def test_xlsx_with_bad_rows_keeps_the_good_ones(session, people, trainer):
    raw = _xlsx(
        [
            ["Full name", "E-mail", "Attended"],
            ["Асанова Айгүл", "", "late"],
            ["", "", "yes"],
            ["X", "", "perhaps"],
        ]
    )
    lines = sheet_preview(session, raw=raw, name="list.xlsx")
    assert [line.refused for line in lines] == [False, True, True]
    marks_save(session=session, marks={people[0].pk: "present"}, by=trainer)
    from courses.seminars.sheets import sheet_apply

    assert (
        sheet_apply(session, [line for line in lines if not line.refused], by=trainer).marked == 1
    )
    assert Attendance.objects.get(registration=people[0]).mark == "late"
