"""Trainers' URLs: their courses, participants, decisions and exports."""

from django.urls import path

from courses.views import bulk, trainer

app_name = "trainer"

urlpatterns = [
    path("teach/", trainer.teach_index, name="index"),
    path("teach/<uuid:course_key>/", trainer.participants_list, name="participants"),
    path("teach/<uuid:course_key>/add/", trainer.participant_add, name="add"),
    path("teach/<uuid:course_key>/bulk/", bulk.bulk_enrol, name="bulk"),
    path("teach/<uuid:course_key>/bulk/<int:job_id>/", bulk.bulk_job, name="bulk_job"),
    path(
        "teach/<uuid:course_key>/export.<str:file_format>",
        trainer.participants_export,
        name="export",
    ),
    path(
        "teach/<uuid:course_key>/<int:enrollment_id>/",
        trainer.participant_detail,
        name="participant",
    ),
    path(
        "teach/<uuid:course_key>/<int:enrollment_id>/approve/",
        trainer.participant_decide,
        {"decision": "approve"},
        name="approve",
    ),
    path(
        "teach/<uuid:course_key>/<int:enrollment_id>/reject/",
        trainer.participant_decide,
        {"decision": "reject"},
        name="reject",
    ),
    path(
        "teach/<uuid:course_key>/<int:enrollment_id>/withdraw/",
        trainer.participant_withdraw,
        name="withdraw",
    ),
]
