"""The seminar journey of issue 22, in English: a learner registers for a full seminar and waits,
another cancels and the first gets the place (and a notification); the trainer marks attendance
on a 375-pixel phone; the attendance certificate is issued; the reports show the seminar by
gender."""

import datetime

from django.utils import timezone

from courses.certificates.models import Certificate
from courses.seminars.models import (
    Attendance,
    Registration,
    RegistrationStatus,
    Seminar,
    SeminarSession,
    SeminarStatus,
)
from courses.seminars.services import registration_create
from lms.notifications.models import Notification

NO_SIDEWAYS = "() => document.documentElement.scrollWidth <= window.innerWidth"


def _switch(page, login_as, user) -> None:
    page.context.clear_cookies()
    login_as(user)


def test_waiting_list_attendance_certificate_and_reports(page, login_as, make_user, screenshot):
    trainer = make_user(role="Trainer", full_name="Tilek Trainer", preferred_language="en")
    manager = make_user(role="Manager", full_name="Mira Manager", preferred_language="en")
    first = make_user(
        role="Learner", full_name="Bakyt Uulu", preferred_language="en", gender="male"
    )
    aigul = make_user(
        role="Learner", full_name="Aigul Asanova", preferred_language="en", gender="female"
    )
    seminar = Seminar.objects.create(
        title="Бюджет", title_en="Budget hearings", status=SeminarStatus.PUBLISHED
    )
    seminar.trainers.add(trainer)
    starts = timezone.now() + datetime.timedelta(days=10)
    session = SeminarSession.objects.create(
        seminar=seminar,
        starts_at=starts,
        ends_at=starts + datetime.timedelta(hours=6),
        venue="Town hall",
        capacity=1,
    )
    registration_create(seminar=seminar, user=first)  # the only place is taken

    # Aigul registers and joins the waiting list.
    login_as(aigul)
    page.goto(f"/en/seminars/{seminar.pk}/")
    page.locator(f"[data-register='{seminar.pk}']").click()
    page.wait_for_url(f"**/seminars/{seminar.pk}/**")
    mine = Registration.objects.get(seminar=seminar, user=aigul)
    assert mine.status == RegistrationStatus.WAITING

    # Bakyt cancels: Aigul moves up and is told.
    _switch(page, login_as, first)
    page.goto(f"/en/seminars/{seminar.pk}/")
    page.locator(f"[data-cancel='{seminar.pk}']").click()
    page.wait_for_url(f"**/seminars/{seminar.pk}/**")
    mine.refresh_from_db()
    assert mine.status == RegistrationStatus.CONFIRMED
    assert Notification.objects.filter(recipient=aigul).exists()

    # The trainer marks attendance on a phone.
    _switch(page, login_as, trainer)
    page.set_viewport_size({"width": 375, "height": 812})
    page.goto(f"/en/seminars/session/{session.pk}/attendance/")
    target = page.locator(f"label[for='mark-{mine.pk}-present']")
    box = target.bounding_box()
    assert box["height"] >= 44 and box["width"] >= 44
    target.click()
    page.get_by_role("button", name="Save attendance").click()
    page.wait_for_url(f"**/session/{session.pk}/attendance/")
    assert page.evaluate(NO_SIDEWAYS)
    screenshot("seminar-attendance-phone")
    assert Attendance.objects.get(session=session, registration=mine).mark == "present"

    # The trainer issues the certificates of attendance.
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"/en/seminars/{seminar.pk}/certificates/")
    page.get_by_role("button", name="Issue certificates").click()
    page.wait_for_url(f"**/seminars/{seminar.pk}/certificates/")
    certificate = Certificate.objects.get(user=aigul, kind="seminar")
    page.goto(f"/en/certificates/verify/{certificate.code}/")
    assert "Budget hearings" in page.locator("main").inner_text()

    # The manager reads the seminar figures by gender.
    _switch(page, login_as, manager)
    today = timezone.localdate()
    period = f"date_from={today}&date_to={today + datetime.timedelta(days=30)}"
    page.goto(f"/en/teach/reports/seminars/?{period}&gender=female")
    headline = page.locator("#seminar-headline")
    assert headline.get_attribute("data-participants") == "1"
    assert headline.get_attribute("data-women") == "1"
    page.goto(f"/en/teach/reports/seminars/?{period}")
    genders = page.locator("[data-table='seminar_genders']").inner_text()
    assert "Female" in genders
