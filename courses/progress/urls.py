"""Progress URLs: My learning, "Mark as complete", and the trainers' view of their learners."""

from django.urls import path

from courses.progress import views

app_name = "progress"

urlpatterns = [
    path("my/", views.my_learning, name="my"),
    path(
        "learning/lesson/<int:lesson_id>/complete/",
        views.lesson_complete_view,
        name="lesson_complete",
    ),
    path(
        "my/completed/<uuid:course_key>/",
        views.course_complete_view,
        name="course_complete",
    ),
    path("teach/", views.teach_index, name="teach"),
    path("teach/<uuid:course_key>/", views.participants_list, name="participants"),
    path(
        "teach/<uuid:course_key>/export.<str:file_format>",
        views.participants_export,
        name="export",
    ),
    path(
        "teach/<uuid:course_key>/<int:enrollment_id>/",
        views.participant_detail,
        name="participant",
    ),
]
