"""Teach routes of assignments: the trainer's grading screens and files (views/teach.py)."""

from django.urls import path

from courses.assignments.views import teach

urlpatterns = [
    path("teach/<uuid:course_key>/", teach.teach_course, name="teach_course"),
    path("teach/<int:assignment_id>/grading/", teach.teach_table, name="teach_table"),
    path("teach/<int:assignment_id>/release/", teach.teach_release, name="teach_release"),
    path(
        "teach/<int:assignment_id>/learners/<int:user_id>/",
        teach.teach_learner,
        name="teach_learner",
    ),
    path(
        "teach/<int:assignment_id>/learners/<int:user_id>/extension/",
        teach.teach_extension,
        name="teach_extension",
    ),
    path(
        "teach/<int:assignment_id>/learners/<int:user_id>/reopen/",
        teach.teach_reopen,
        name="teach_reopen",
    ),
    path("teach/files/<int:file_id>/", teach.teach_file, name="teach_file"),
    path("teach/files/<int:file_id>/view/", teach.teach_file_view, name="teach_file_view"),
    path(
        "teach/feedback/<int:feedback_file_id>/",
        teach.teach_feedback_file,
        name="teach_feedback_file",
    ),
]
