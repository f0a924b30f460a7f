"""Enrolment URLs: a learner enrols or leaves; trainers add, decide, withdraw and enrol many."""

from django.urls import path

from courses.enrolment import views

app_name = "enrolment"

urlpatterns = [
    path("learning/course/<int:course_id>/enrol/", views.course_enrol, name="enrol"),
    path("learning/course/<int:course_id>/withdraw/", views.course_withdraw, name="withdraw"),
    path("teach/<uuid:course_key>/add/", views.participant_add, name="add"),
    path("teach/<uuid:course_key>/bulk/", views.bulk_enrol, name="bulk"),
    path("teach/<uuid:course_key>/bulk/<int:job_id>/", views.bulk_job, name="bulk_job"),
    path(
        "teach/<uuid:course_key>/bulk/<int:job_id>/confirm/",
        views.bulk_job_confirm_view,
        name="bulk_job_confirm",
    ),
    path(
        "teach/<uuid:course_key>/bulk/template/<str:language>.<str:file_format>",
        views.bulk_template,
        name="bulk_template",
    ),
    path(
        "teach/<uuid:course_key>/bulk/<int:job_id>/file/",
        views.bulk_job_file,
        name="bulk_job_file",
    ),
    path(
        "teach/<uuid:course_key>/<int:enrollment_id>/approve/",
        views.participant_decide,
        {"decision": "approve"},
        name="approve",
    ),
    path(
        "teach/<uuid:course_key>/<int:enrollment_id>/reject/",
        views.participant_decide,
        {"decision": "reject"},
        name="reject",
    ),
    path(
        "teach/<uuid:course_key>/<int:enrollment_id>/withdraw/",
        views.participant_withdraw,
        name="participant_withdraw",
    ),
]
