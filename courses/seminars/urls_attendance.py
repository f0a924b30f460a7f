"""Attendance, sign-in sheets and certificates (views_attendance.py)."""

urlpatterns = []
