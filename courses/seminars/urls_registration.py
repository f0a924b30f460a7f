"""Registration and the public listing (views_registration.py)."""

from django.urls import path

from courses.seminars import views_registration as views

urlpatterns = [
    path("", views.seminar_list, name="list"),
    path("<int:seminar_id>/", views.seminar_detail, name="detail"),
    path("<int:seminar_id>/register/", views.seminar_register, name="register"),
    path("<int:seminar_id>/cancel/", views.seminar_cancel, name="cancel"),
    path("session/<int:session_id>.ics", views.session_ics, name="session_ics"),
    path("teach/", views.seminar_teach, name="teach"),
    path("<int:seminar_id>/manage/", views.seminar_manage, name="manage"),
]
