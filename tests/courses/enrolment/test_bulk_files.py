"""Bulk enrolment takes the lists offices have: Russian headings in Windows-1251 with ";",
English headings in UTF-8 with a BOM, Kyrgyz headings in XLSX; bad rows by line, good ones kept."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile

import pytest
from openpyxl import Workbook

from courses.enrolment import bulk
from courses.enrolment.bulk import bulk_job_confirm, bulk_job_create
from courses.enrolment.bulk_rows import bulk_rows_read, heading_column
from courses.enrolment.models import BulkJobStatus, Enrollment, EnrollmentStatus
from lms.accounts.models import User
from tests.factories.places import DistrictFactory, MunicipalityFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def trainer(make_user):
    return make_user(role="Trainer")


@pytest.fixture
def course(make_course, trainer):
    return make_course(trainers=[trainer], enrolment_method="closed")


@pytest.fixture
def teploklyuchenka():
    return MunicipalityFactory(
        name_ky="Теплоключенка айыл аймагы",
        name_ru="Теплоключенка айыльный аймак",
        name_en="Teploklyuchenka ayil aimak",
    )


@pytest.fixture
def kerege_tash():
    return MunicipalityFactory(
        name_ky="Кереге-Таш айыл аймагы",
        name_ru="Кереге-Таш айыльный аймак",
        name_en="Kerege-Tash ayil aimak",
    )


def run(upload, *, course, trainer, capture, create_accounts=True):
    job = bulk_job_create(course=course, by=trainer, upload=upload, create_accounts=create_accounts)
    assert job.status == BulkJobStatus.PREVIEW
    with capture(execute=True):
        assert bulk_job_confirm(job=job)
    job.refresh_from_db()
    assert job.status == BulkJobStatus.DONE
    return job


RUSSIAN_LIST = (
    "Список сотрудников Теплоключенского айыл окмоту;;;;;\r\n"
    "№;ФИО;Должность;Муниципалитет;Эл. почта;Телефон\r\n"
    "1;Иванова Мария Петровна;Главный бухгалтер;Теплоключенка;ivanova@example.kg;0555 111 222\r\n"
    "2;Кенеш;Айыл өкмөтүнүн башчысы;Теплоключенка айыл аймагы;kenesh@example.kg;\r\n"
    "3;Абдыкадыров Бакыт;Землеустроитель;теплоключенка;BAKYT@Example.KG ;\r\n"
    "4;Сатыбалдиева Айнура;Айылдык кеңештин депутаты;Теплоключенка;ainura@example.kg;\r\n"
    "5;Осмонов Нурлан Асанович;Инспектор по налогам;;nurlan@example.kg;0700 123 456\r\n"
)


def test_russian_headings_windows_1251_semicolons(
    course, trainer, teploklyuchenka, django_capture_on_commit_callbacks
):
    """Excel's "CSV" on a Russian Windows: a title line, ";", Kyrgyz letters only where
    Windows-1251 has them (it has no ү, ө, ң: the Kyrgyz post is written with them anyway in
    UTF-8 files, here folded)."""
    raw = RUSSIAN_LIST.replace("ө", "о").replace("ү", "у").replace("ң", "н").encode("cp1251")
    job = run(
        SimpleUploadedFile("сотрудники.csv", raw),
        course=course,
        trainer=trainer,
        capture=django_capture_on_commit_callbacks,
    )
    assert job.report["rejected"] == []
    assert job.report["created"] == 5
    people = {user.email: user for user in User.objects.all()}
    assert people["kenesh@example.kg"].full_name == "Кенеш"
    assert people["kenesh@example.kg"].position == "ao_head"  # the Kyrgyz title, folded
    assert people["ivanova@example.kg"].position == "specialist_finance"
    assert people["bakyt@example.kg"].position == "specialist_land"
    assert people["ainura@example.kg"].position == "kenesh_member"
    assert people["nurlan@example.kg"].position == "other"
    assert {p.municipality for e, p in people.items() if e != trainer.email} == {
        teploklyuchenka,
        None,
    }
    assert people["ivanova@example.kg"].municipality == teploklyuchenka
    assert job.report["notes"] == [
        {"line": 7, "email": "nurlan@example.kg", "notes": [job.report["notes"][0]["notes"][0]]}
    ]
    assert "Инспектор по налогам" in job.report["notes"][0]["notes"][0]
    assert Enrollment.objects.filter(status=EnrollmentStatus.ACTIVE).count() == 5


def test_english_headings_utf8_with_bom(
    course, trainer, make_user, kerege_tash, django_capture_on_commit_callbacks
):
    """The file of the issue: `email,full_name,…` with a BOM; every row has a name."""
    known = make_user(role="Learner", email="known@example.kg", full_name="Known Learner")
    enrolled = make_user(role="Learner", email="enrolled@example.kg")
    Enrollment.objects.create(user=enrolled, course_key=course.translation_key)
    text = (
        "email,full_name,position,municipality,gender,phone\r\n"
        "known@example.kg,Known Learner,Specialist: finance,Kerege-Tash,female,\r\n"
        "Enrolled@Example.kg,Enrolled Learner,,,,\r\n"
        'talant@example.kg,"Asanov, Talant",Head of ayil okmotu,Kerege-Tash ayil aimak,M,555\r\n'
        "gulnara@example.kg,Gulnara Sydykova,specialist_social,kerege-tash,F,\r\n"
        "kenesh@example.kg,Kenesh,Member of ayil kenesh,,,\r\n"
    )
    job = run(
        SimpleUploadedFile("staff.csv", text.encode("utf-8-sig")),
        course=course,
        trainer=trainer,
        capture=django_capture_on_commit_callbacks,
    )
    report = job.report
    assert report["rejected"] == []
    assert (report["enrolled"], report["already"], report["created"]) == (1, 1, 3)
    talant = User.objects.get(email="talant@example.kg")
    assert (talant.full_name, talant.position, talant.gender) == (
        "Asanov, Talant",
        "ao_head",
        "male",
    )
    assert talant.municipality == kerege_tash
    gulnara = User.objects.get(email="gulnara@example.kg")
    assert (gulnara.position, gulnara.gender, gulnara.municipality) == (
        "specialist_social",
        "female",
        kerege_tash,
    )
    assert Enrollment.objects.filter(user=known).exists()


def test_kyrgyz_headings_xlsx_with_names_in_three_columns(
    course, trainer, teploklyuchenka, django_capture_on_commit_callbacks
):
    book = Workbook()
    sheet = book.active
    sheet.append(["Теплоключенка айыл өкмөтүнүн кызматкерлери"])
    sheet.append([])
    sheet.append(
        ["Фамилиясы", "Аты", "Атасынын аты", "Кызматы", "Айыл өкмөтү", "Электрондук почта"]
    )
    people = [
        [
            "Токтогулова",
            "Айгүл",
            "Бакыт кызы",
            "Адис: финансы",
            "Теплоключенка",
            "aigul@example.kg",
        ],
        ["Жумабеков", "Кенеш", None, "Айылдык кеңештин төрагасы", None, "kenesh@example.kg"],
        [
            "Мамытова",
            "Бүбүсара",
            "",
            "Башкы адис",
            "Теплоключенка айыл аймагы",
            "bubusara@example.kg",
        ],
        ["Осмонов", "Эрлан", "", "Айыл өкмөтү башчысынын орун басары", "", "erlan@example.kg"],
        ["Садыкова", "Нургүл", "", "Социалдык маселелер боюнча адис", "", "nurgul@example.kg"],
    ]
    for row in people:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    job = run(
        SimpleUploadedFile("кызматкерлер.xlsx", buffer.getvalue()),
        course=course,
        trainer=trainer,
        capture=django_capture_on_commit_callbacks,
    )
    assert job.report["rejected"] == []
    assert job.report["created"] == 5
    people = {user.email: user for user in User.objects.all()}
    assert people["aigul@example.kg"].full_name == "Токтогулова Айгүл Бакыт кызы"
    assert people["kenesh@example.kg"].full_name == "Жумабеков Кенеш"
    assert [
        people[email].position
        for email in (
            "aigul@example.kg",
            "kenesh@example.kg",
            "bubusara@example.kg",
            "erlan@example.kg",
            "nurgul@example.kg",
        )
    ] == [
        "specialist_finance",
        "kenesh_chair",
        "specialist_other",
        "ao_deputy",
        "specialist_social",
    ]
    assert people["bubusara@example.kg"].municipality == teploklyuchenka


def test_bad_rows_are_reported_by_line_and_good_rows_kept(
    course, trainer, django_capture_on_commit_callbacks
):
    text = (
        "Эл. почта;Фамилия;Имя\n"
        "good.one@example.kg;Асанов;Бакыт\n"  # line 2
        ";Без;Почты\n"  # 3: no address
        "ivanov@;Иванов;Иван\n"  # 4: not an address
        "good.one@example.kg;Асанов;Бакыт\n"  # 5: listed already
        "noname@example.kg;;\n"  # 6: no name, no account
        "good.two@example.kg;;Кенеш\n"  # 7: a short name is a name
    )
    job = run(
        SimpleUploadedFile("list.csv", text.encode("utf-8")),
        course=course,
        trainer=trainer,
        capture=django_capture_on_commit_callbacks,
    )
    assert [(row["line"], row["reason"]) for row in job.report["rejected"]] == [
        (3, str(bulk.BAD_EMAIL)),
        (4, str(bulk.BAD_EMAIL)),
        (5, str(bulk.DUPLICATE_ROW)),
        (6, str(bulk.NO_NAME)),
    ]
    assert set(User.objects.exclude(pk=trainer.pk).values_list("email", flat=True)) == {
        "good.one@example.kg",
        "good.two@example.kg",
    }
    assert Enrollment.objects.count() == 2


def test_a_place_named_twice_is_told_apart_by_the_district(trainer):
    here = MunicipalityFactory(
        name_ky="Ак-Суу айыл аймагы",
        district=DistrictFactory(name_ky="Аксы району", name_ru="Аксыйский район"),
    )
    MunicipalityFactory(name_ky="Ак-Суу айыл аймагы")
    text = (
        "email;ФИО;муниципалитет;район\n"
        "a@example.kg;А А;Ак-Суу;Аксы району\n"
        "b@example.kg;Б Б;Ак-Суу;\n"
    )
    rows = bulk_rows_read(raw=text.encode(), name="list.csv")
    from courses.enrolment.bulk_rows import RowReader

    reader = RowReader()
    assert reader.read(rows[0]).municipality == here
    second = reader.read(rows[1])
    assert second.municipality is None
    assert "Ак-Суу" in second.notes[0]


@pytest.mark.parametrize(
    ("heading", "column"),
    [
        ("E-mail", "email"),
        ("EMAIL *", "email"),
        ("Эл. почта", "email"),
        ("Электрондук почта", "email"),
        ("Адрес электронной почты", "email"),
        ("full_name", "full_name"),
        ("Ф.И.О.", "full_name"),
        ("Аты-жөнү", "full_name"),
        ("Аты-жону", "full_name"),
        ("Фамилия, имя, отчество", "full_name"),
        ("ФАМИЛИЯ", "last_name"),
        ("Фамилиясы", "last_name"),
        ("Имя", "first_name"),
        ("Аты", "first_name"),
        ("Отчество", "patronymic"),
        ("Атасынын аты", "patronymic"),
        ("Должность (кызматы)", "position"),
        ("Кызматы", "position"),
        ("Айыл өкмөтү", "municipality"),
        ("Муниципалитет", "municipality"),
        ("Телефон номери", "phone"),
        ("Пол", "gender"),
        ("№ п/п", None),
        ("Примечание", None),
    ],
)
def test_headings_in_three_languages(heading, column):
    assert heading_column(heading) == column


def test_the_old_format_without_headings_still_reads():
    rows = bulk_rows_read(raw="a@example.kg,Айбек\n".encode(), name="list.csv")
    assert [(row.line, row.email, row.full_name) for row in rows] == [(1, "a@example.kg", "Айбек")]
