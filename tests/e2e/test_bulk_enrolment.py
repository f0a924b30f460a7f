"""Issue 19, points 2 and 8: a trainer enrols a real office's staff list on the first try.

The trainer uploads the list an office keeps (Russian headings, Windows-1251, ";", a Kyrgyz
post and the short name "Кенеш"), reads the preview, confirms, and sees the report; on a
1280-pixel desk and a 375-pixel phone. The cohort's municipality picker narrows as you type.
"""

from courses.enrolment.models import Enrollment
from lms.accounts.models import User
from tests.e2e.content import course_create
from tests.factories.places import DistrictFactory, MunicipalityFactory, OblastFactory

STAFF_LIST = (
    "Список сотрудников Теплоключенского айыл окмоту;;;;\r\n"
    "№;ФИО;Должность;Муниципалитет;Эл. почта\r\n"
    "1;Иванова Мария Петровна;Главный бухгалтер;Теплоключенка;ivanova@example.kg\r\n"
    "2;Кенеш;Айыл окмотунун башчысы;Теплоключенка айыл аймагы;kenesh@example.kg\r\n"
    "3;Абдыкадыров Бакыт;Землеустроитель;Теплоключенка;bakyt@example.kg\r\n"
    "4;Сатыбалдиева Айнура;Айылдык кенештин депутаты;Теплоключенка;ainura@example.kg\r\n"
    "5;Осмонов Нурлан Асанович;Инспектор по налогам;;nurlan@example.kg\r\n"
    "6;Без Почты;Специалист;Теплоключенка;\r\n"
)
WIDTHS = {"desk": {"width": 1280, "height": 900}, "phone": {"width": 375, "height": 812}}
NO_SIDEWAYS = "() => document.documentElement.scrollWidth <= window.innerWidth"


def places():
    issyk_kul = OblastFactory(name_ky="Ысык-Көл облусу", name_ru="Иссык-Кульская область")
    ak_suu = DistrictFactory(oblast=issyk_kul, name_ky="Ак-Суу району", name_ru="Ак-Суйский")
    chuy = OblastFactory(name_ky="Чүй облусу", name_ru="Чуйская область")
    alamudun = DistrictFactory(oblast=chuy, name_ky="Аламүдүн району", name_ru="Аламудинский")
    MunicipalityFactory(
        district=ak_suu,
        name_ky="Теплоключенка айыл аймагы",
        name_ru="Теплоключенка айыльный аймак",
        name_en="Teploklyuchenka ayil aimak",
    )
    MunicipalityFactory(district=ak_suu, name_ky="Кереге-Таш айыл аймагы")
    MunicipalityFactory(district=alamudun, name_ky="Лебединовка айыл аймагы")
    MunicipalityFactory(district=alamudun, name_ky="Байтик айыл аймагы")


def test_trainer_uploads_an_office_list_previews_and_confirms(
    page, login_as, make_user, screenshot
):
    places()
    trainer = make_user(role="Trainer", full_name="Бакыт Осмонов")
    course = course_create(trainer=trainer)
    key = course.course.translation_key
    login_as(trainer)

    page.set_viewport_size(WIDTHS["desk"])
    page.goto(f"/ky/teach/{key}/bulk/")
    upload = page.locator("form:has(input[name=action][value=upload])")
    upload.locator("input[type=file]").set_input_files(
        {
            "name": "сотрудники.csv",
            "mimeType": "text/csv",
            "buffer": STAFF_LIST.encode("cp1251"),
        }
    )
    upload.locator("input[name='upload-create_accounts']").check()
    with page.expect_navigation():
        upload.locator("button[type=submit]").click()

    # The preview: nobody is enrolled yet; one refused row, with its line, the others kept.
    assert Enrollment.objects.count() == 0
    assert page.locator("dd[data-outcome=create]").inner_text() == "5"
    assert page.locator("dd[data-outcome=refused]").inner_text() == "1"
    refused = page.locator("#refused-caption + thead + tbody tr")
    assert refused.count() == 1 and refused.locator("td").first.inner_text() == "8"
    assert page.locator("#rows-caption").is_visible()
    assert page.get_by_text("Кенеш", exact=True).is_visible()
    assert page.get_by_text("Инспектор по налогам", exact=False).is_visible()
    breadcrumb = page.locator("nav.breadcrumb ol")
    assert breadcrumb.evaluate("ol => getComputedStyle(ol).display") == "flex"
    assert breadcrumb.evaluate("ol => getComputedStyle(ol).listStyleType") == "none"
    screenshot("bulk_preview_1280")
    page.set_viewport_size(WIDTHS["phone"])
    assert page.evaluate(NO_SIDEWAYS), "the preview scrolls sideways on a phone"
    screenshot("bulk_preview_375")

    confirm = page.locator("form[action$='/confirm/']")
    action = confirm.get_attribute("action")
    token = confirm.locator("input[name=csrfmiddlewaretoken]").get_attribute("value")
    with page.expect_navigation():
        confirm.locator("button[type=submit]").click()
    # Without a broker the task runs at once; the report is the next page.
    if page.locator("progress").count():
        page.reload()
    assert page.locator("meta[http-equiv=refresh]").count() == 0
    assert Enrollment.objects.filter(course_key=key).count() == 5
    assert User.objects.get(email="kenesh@example.kg").position == "ao_head"
    assert page.evaluate(NO_SIDEWAYS), "the report scrolls sideways on a phone"
    screenshot("bulk_report_375")
    page.set_viewport_size(WIDTHS["desk"])
    screenshot("bulk_report_1280")

    # The same form sent again (a double press, or a resent page) changes nothing.
    again = page.request.post(action, form={"csrfmiddlewaretoken": token})
    assert again.ok
    assert Enrollment.objects.filter(course_key=key).count() == 5
    assert User.objects.filter(email__endswith="@example.kg").count() == 5


def test_the_municipality_picker_narrows_as_you_type(page, login_as, make_user, screenshot):
    places()
    trainer = make_user(role="Trainer")
    course = course_create(trainer=trainer)
    login_as(trainer)
    page.set_viewport_size(WIDTHS["phone"])
    page.goto(f"/ky/teach/{course.course.translation_key}/bulk/")
    select = page.locator("#id_cohort-municipality")
    # Alphabetical in the reader's language: Чүй before Ысык-Көл.
    labels = [group.get_attribute("label") for group in select.locator("optgroup").all()]
    assert labels == ["Чүй облусу — Аламүдүн району", "Ысык-Көл облусу — Ак-Суу району"]
    box = page.locator("#id_cohort-municipality_filter")
    assert page.locator("label[for='id_cohort-municipality_filter']").is_visible()
    box.fill("кереге")
    assert select.locator("optgroup option").all_inner_texts() == ["Кереге-Таш айыл аймагы"]
    box.fill("аламудун")  # typed without ү: the district's name still matches
    assert select.locator("optgroup option").all_inner_texts() == [
        "Байтик айыл аймагы",
        "Лебединовка айыл аймагы",
    ]
    box.fill("лебед")
    box.press("Enter")  # one match: chosen, and the form is not sent
    assert select.evaluate("s => s.selectedOptions[0].textContent") == "Лебединовка айыл аймагы"
    assert page.url.endswith("/bulk/")
    assert page.evaluate(NO_SIDEWAYS)
    page.locator("#cohort-title").scroll_into_view_if_needed()
    screenshot("bulk_municipality_picker_375")
    box.fill("")
    assert select.locator("optgroup option").count() == 4
