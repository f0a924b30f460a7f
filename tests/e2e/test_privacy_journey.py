"""Issue 25, "done when": a manager publishes a new privacy notice in the Wagtail admin; a
learner (enrolled, a quiz passed, a certificate) is asked to accept it on sign-in, accepts,
downloads their data (the ZIP opens; data.json lists the enrolment and the attempt), asks for
deletion; a manager approves; the learner can no longer sign in; the reports' totals are the
same; the certificate's verification page says valid, the holder's name withheld.

The admin's screens at 1280 pixels, the learner's on a 375 × 812 phone; each learner screen
and the manager's request page are photographed at both widths:
tests/e2e/screenshots/privacy_*.png.
"""

import datetime as dt
import io
import json
import zipfile

from django.utils import translation
from django.utils.translation import gettext

from courses.certificates.models import Certificate
from courses.enrolment.services import enrollment_create
from courses.progress.services import lesson_complete
from courses.quizzes.models import Attempt, Option
from courses.quizzes.services import quiz_attempt_start, quiz_attempt_submit
from courses.reports.selectors.figures import ReportFilters, report_headline
from lms.accounts.models import User
from lms.policies.models import PolicyAcceptance, PolicyVersion, SitePolicy
from lms.policies.services import (
    policy_version_create,
    policy_version_publish,
    policy_versions_accept,
)
from lms.privacy.models import DataExport, DataExportStatus, DeletionRequest
from tests.e2e.accessibility import axe_check
from tests.e2e.accounts import sign_in_with_keyboard
from tests.e2e.content import COURSE_TITLES, QUIZ_TITLES, course_create
from tests.e2e.mailbox import link_path, wait_for_mail
from tests.factories.places import MunicipalityFactory

PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}
NAME = "Чолпон Абдраимова"
EMAIL = "cholpon.abdraimova@example.org"
EVERYTHING = ReportFilters(date_from=dt.date(2000, 1, 1), date_to=dt.date(2100, 12, 31))


def t(message: str, language: str = "ky") -> str:
    with translation.override(language):
        return gettext(message.replace("%", "%%")).replace("%%", "%")


def click_and_load(page, selector: str) -> None:
    with page.expect_navigation():
        page.locator(selector).first.click()


def both_widths(page, screenshot, name: str, *, back_to=PHONE) -> None:
    """privacy_<name>_375.png (no sideways scroll there) and privacy_<name>_1280.png."""
    page.set_viewport_size(PHONE)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"{page.url} is {width} px wide on a 375 px screen"
    assert screenshot(f"privacy_{name}_375").stat().st_size > 0
    page.set_viewport_size(DESKTOP)
    assert screenshot(f"privacy_{name}_1280").stat().st_size > 0
    page.set_viewport_size(back_to)


def dashboard_figures(page) -> dict:
    """The reports dashboard's headline, as the manager reads it: {label: figure}."""
    page.goto("/ru/teach/reports/")
    assert page.url.endswith("/ru/teach/reports/"), page.url
    figures = page.locator(".report-figures > div")
    return {
        figures.nth(n).locator("dt").inner_text(): figures.nth(n).locator("dd").inner_text()
        for n in range(figures.count())
    }


def learner_with_a_certificate(course, make_user):
    """Enrolled, the two lessons done, the quiz passed: the course completed, a certificate."""
    learner = make_user(
        role="Learner",
        email=EMAIL,
        full_name=NAME,
        preferred_language="ky",
        gender="female",
        municipality=MunicipalityFactory(),
    )
    enrollment_create(user=learner, course=course.course)
    for lesson in course.lessons[:2]:
        lesson_complete(user=learner, lesson=lesson, course=course.course)
    attempt = quiz_attempt_start(
        user=learner, quiz=course.quiz, course_key=course.course.translation_key, language="ky"
    )
    right = Option.objects.filter(question__quiz=course.quiz, fraction=1).select_related("question")
    quiz_attempt_submit(attempt=attempt, responses={str(o.question.key): str(o.key) for o in right})
    assert Attempt.objects.get(user=learner).passed
    return learner, Certificate.objects.get(enrollment__user=learner)


def test_privacy_journey_from_a_new_notice_to_an_anonymised_account(
    page, login_as, make_user, password, mailoutbox, screenshot
):
    course = course_create(trainer=make_user(role="Trainer", full_name="Нургүл Осмонова"))
    # Others in the reports, so the totals are not only this learner's.
    for _ in range(2):
        enrollment_create(user=make_user(role="Learner"), course=course.course)
    learner, certificate = learner_with_a_certificate(course, make_user)
    privacy = SitePolicy.objects.get(kind="privacy")
    first = policy_version_publish(
        version=policy_version_create(
            policy=privacy,
            title="Купуялык саясаты",
            summary="Биз сиздин аты-жөнүңүздү жана окууңузду сактайбыз.",
            body="<p>Аты-жөнүңүз, почтаңыз, упайларыңыз.</p>",
        )
    )
    policy_versions_accept(user=learner, versions=[first], language="ky")
    manager = make_user(role="Manager", full_name="Бакыт Жумабеков", preferred_language="ru")
    policy_versions_accept(user=manager, versions=[first], language="ru")

    # ---- 1. The manager writes version 2 in the Wagtail admin and publishes it (1280). ----
    page.set_viewport_size(DESKTOP)
    login_as(manager)
    page.goto("/admin/snippets/policies/policyversion/add/")
    page.select_option("#id_policy", str(privacy.pk))
    page.fill("#id_title", "Купуялык саясаты")
    page.fill("#id_summary", "Биз аты-жөнүңүздү, окууңузду жана сертификаттарыңызды сактайбыз.")
    body = "Маалыматыңызды жүктөп алып же аккаунтту өчүрүүнү сурай аласыз."
    page.locator("[data-contentpath=body] .public-DraftEditor-content").first.click()
    page.keyboard.type(body)
    # Draftail copies the text into its hidden input a moment later: wait for the copy.
    page.wait_for_function(
        "text => [...document.querySelectorAll('input')].some(i => i.value.includes(text))",
        arg=body,
    )
    page.fill("#id_changes", "Маалыматты жүктөп алуу жана өчүрүү кошулду.")
    with page.expect_navigation():
        page.locator("footer button[type=submit]").first.click()
    draft = PolicyVersion.objects.get(policy=privacy, published_at__isnull=True)
    assert draft.created_by == manager
    page.goto(f"/admin/snippets/policies/policyversion/publish/{draft.pk}/")
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    draft.refresh_from_db()
    assert draft.is_published and draft.version == 2

    # The manager is asked too, on their first site page, and then reads the reports.
    page.goto("/ru/teach/reports/")
    assert "/ru/policies/accept/" in page.url
    page.locator(f"#id_accept_{draft.pk}").check()
    click_and_load(page, "main form.form button[type=submit]")
    before = dashboard_figures(page)
    assert before[t("Certificates issued", "ru")] == "1", before
    assert before[t("Learners enrolled", "ru")] == "3", before
    headline_before = report_headline(user=manager, filters=EVERYTHING)
    page.context.clear_cookies()

    # ---- 2. The learner signs in on a phone and is asked to accept version 2 first. ----
    page.set_viewport_size(PHONE)
    page.goto("/ky/accounts/login/?next=/ky/my/")
    sign_in_with_keyboard(page, email=EMAIL, password=password)
    assert "/ky/policies/accept/" in page.url, page.url
    assert "Маалыматты жүктөп алуу жана өчүрүү кошулду." in page.locator("main").inner_text()
    axe_check(page)
    both_widths(page, screenshot, "accept")
    page.locator(f"#id_accept_{draft.pk}").check()
    click_and_load(page, "main form.form button[type=submit]")
    assert page.url.endswith("/ky/my/"), page.url
    assert PolicyAcceptance.objects.get(user=learner, version=draft).language == "ky"

    # ---- 3. Your data: ask for a copy, built in the background (eagerly here), download. ----
    page.goto("/ky/accounts/profile/")
    your_data = page.locator("section.your-data")
    assert your_data.locator("h2").inner_text() == t("Your data")
    axe_check(page)
    your_data.scroll_into_view_if_needed()
    both_widths(page, screenshot, "your_data")
    click_and_load(page, "section.your-data form button[type=submit]")
    export = DataExport.objects.get(user=learner)
    assert export.status == DataExportStatus.READY
    assert page.locator("[data-export-state=ready]").is_visible()
    both_widths(page, screenshot, "export_ready")
    # The e-mail carries the private link, the same as the profile's button.
    mail = wait_for_mail(mailoutbox, to=EMAIL)
    link = link_path(mail.body, "/my/data/exports/")
    assert page.locator(f"section.your-data a[href='{link}']").count() == 1
    with page.expect_download() as download:
        page.locator(f"section.your-data a[href='{link}']").click()
    assert download.value.suggested_filename.endswith(".zip")
    archive = zipfile.ZipFile(io.BytesIO(download.value.path().read_bytes()))
    assert {"data.json", "summary.html"} <= set(archive.namelist())
    data = json.loads(archive.read("data.json"))
    assert data["person"]["full_name"] == NAME
    assert [row["course"] for row in data["enrolments"] if "status" in row] == [
        COURSE_TITLES["ky"]
    ], data["enrolments"]
    attempts = data["quiz_attempts"]
    assert [(a["quiz"], a["passed"], len(a["answers"])) for a in attempts] == [
        (QUIZ_TITLES["ky"], True, 2)
    ], attempts
    assert data["certificates"][0]["code"] == certificate.code_display
    assert any(name.startswith("files/certificates/") for name in archive.namelist())

    # ---- 4. Asking for deletion, the password re-entered (a wrong one is refused). ----
    click_and_load(page, "section.your-data a[href='/ky/my/data/delete/']")
    assert page.url.endswith("/ky/my/data/delete/")
    axe_check(page)
    both_widths(page, screenshot, "deletion_request")
    page.fill("#id_password", "not-my-password")
    click_and_load(page, "main form button[type=submit]")
    assert page.locator(".field-errors, .errorlist").first.inner_text() == t(
        "The password is not right."
    )
    assert not DeletionRequest.objects.exists()
    page.fill("#id_password", password)
    page.fill("#id_reason", "Мен башка кызматка өттүм.")
    click_and_load(page, "main form button[type=submit]")
    assert page.url.endswith("/ky/accounts/profile/")
    assert page.locator("[data-deletion-state=pending]").is_visible()
    both_widths(page, screenshot, "deletion_pending")
    request = DeletionRequest.objects.get(user=learner)
    learner_cookies = page.context.cookies()
    page.context.clear_cookies()

    # ---- 5. The manager opens the requests, sees what will happen, approves (1280). ----
    page.set_viewport_size(DESKTOP)
    login_as(manager)
    page.goto("/ru/my/data/requests/")
    row = page.locator("main table tbody tr")
    assert row.count() == 1 and NAME in row.inner_text()
    axe_check(page)
    both_widths(page, screenshot, "manager_requests", back_to=DESKTOP)
    click_and_load(page, f"main a[href='/ru/my/data/requests/{request.pk}/']")
    preview = page.locator(".deletion-preview").inner_text()
    with translation.override("ru"):
        assert str(Certificate._meta.verbose_name_plural).lower() in preview.lower(), preview
    assert "Мен башка кызматка өттүм." in page.locator("main").inner_text()
    axe_check(page)
    both_widths(page, screenshot, "manager_request", back_to=DESKTOP)
    click_and_load(page, "main form button[name=decision][value=approve]")
    assert page.url.endswith("/ru/my/data/requests/")
    request.refresh_from_db()
    assert request.status == "approved" and request.decided_by == manager
    learner.refresh_from_db()
    assert learner.full_name == "" and learner.email == f"deleted-{learner.pk}@invalid"
    assert not learner.is_active
    # The person is told at the address they had.
    decision = wait_for_mail(mailoutbox, to=EMAIL)
    assert decision is not mail and NAME in decision.body

    # ---- 6. The reports' totals are those from before. ----
    assert dashboard_figures(page) == before
    assert report_headline(user=manager, filters=EVERYTHING) == headline_before
    page.context.clear_cookies()

    # ---- 7. The learner can no longer sign in: their session ended, the form says no. ----
    page.set_viewport_size(PHONE)
    page.context.add_cookies(learner_cookies)
    page.goto("/ky/accounts/profile/")
    assert "/ky/accounts/login/" in page.url, page.url
    page.context.clear_cookies()
    page.goto("/ky/accounts/login/")
    sign_in_with_keyboard(page, email=EMAIL, password=password)
    assert "/ky/accounts/login/" in page.url
    assert page.locator(".form-errors").inner_text().strip() == t(
        "The e-mail address or the password is wrong. Passwords are case-sensitive."
    )
    assert not User.objects.filter(email=EMAIL).exists()

    # ---- 8. The certificate is still valid; the name is withheld at the holder's request. ----
    page.goto(f"/ky/certificates/verify/{certificate.code}/")
    result = page.locator(".verification--valid")
    assert page.locator("#result").inner_text() == t("Valid certificate")
    assert t("The holder's name is withheld at their request.") in result.inner_text()
    assert t("Name withheld at the holder's request") in result.inner_text()
    assert NAME not in page.locator("main").inner_text()
    axe_check(page)
    both_widths(page, screenshot, "verification")
