"""The learner's URLs: My learning, enrol, withdraw, mark a lesson complete."""

from django.urls import path

from courses.views import learning

app_name = "learning"

urlpatterns = [
    path("my/", learning.my_learning, name="my"),
    path("learning/course/<int:course_id>/enrol/", learning.course_enrol, name="enrol"),
    path("learning/course/<int:course_id>/withdraw/", learning.course_withdraw, name="withdraw"),
    path(
        "learning/lesson/<int:lesson_id>/complete/",
        learning.lesson_complete_view,
        name="lesson_complete",
    ),
]
