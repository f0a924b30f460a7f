"""Learner routes of assignments (views/learner.py)."""

from django.urls import path

from courses.assignments.views import learner

urlpatterns = [
    path("<int:assignment_id>/", learner.assignment_go, name="go"),
    path("<int:assignment_id>/save/", learner.submission_save_view, name="save"),
    path("<int:assignment_id>/submit/", learner.submission_submit_view, name="submit"),
    path("files/<int:file_id>/", learner.submission_file_view, name="submission_file"),
    path("feedback/<int:feedback_file_id>/", learner.feedback_file_view, name="feedback_file"),
]
