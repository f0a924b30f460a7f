"""Attendance, sign-in sheets and certificates (views_attendance.py)."""

from django.urls import path

from courses.seminars import views_attendance as views

urlpatterns = [
    path("session/<int:session_id>/attendance/", views.attendance_sheet, name="attendance"),
    path("session/<int:session_id>/walk-in/", views.walk_in, name="walk_in"),
    path("session/<int:session_id>/sheet.pdf", views.sheet_pdf, name="sheet_pdf"),
    path(
        "session/<int:session_id>/sheet/<str:file_format>/",
        views.sheet_export,
        name="sheet_export",
    ),
    path("session/<int:session_id>/upload/", views.sheet_upload, name="sheet_upload"),
    path("<int:seminar_id>/walk-ins/match/", views.walk_ins_match_view, name="walk_ins_match"),
    path("<int:seminar_id>/certificates/", views.certificates, name="certificates"),
]
