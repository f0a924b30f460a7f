"""Quiz pages under /<lang>/quizzes/."""

from django.urls import path

from courses.quizzes import views as quizzes

app_name = "quizzes"

urlpatterns = [
    path("lesson/<int:lesson_id>/", quizzes.quiz_overview, name="overview"),
    path("lesson/<int:lesson_id>/start/", quizzes.quiz_start, name="start"),
    path("lesson/<int:lesson_id>/preview/", quizzes.quiz_preview, name="preview"),
    path("attempt/<int:attempt_id>/", quizzes.attempt_take, name="attempt"),
    path("attempt/<int:attempt_id>/result/", quizzes.attempt_result, name="result"),
]
