"""Reminder screens of the teaching area: a course's reminder log and the nudge."""

from django.urls import path

from courses.reminders import views

app_name = "reminders"

urlpatterns = [
    path("teach/<uuid:course_key>/reminders/", views.course_log, name="course"),
    path("teach/<uuid:course_key>/reminders/nudge/", views.nudge, name="nudge"),
]
