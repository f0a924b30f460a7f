"""Discussion routes under /<lang>/discussions/ (views.py)."""

from django.urls import path

from courses.discussions import views

app_name = "discussions"

urlpatterns = [
    path("course/<uuid:course_key>/", views.boards, name="boards"),
    path("course/<uuid:course_key>/search/", views.search, name="search"),
    path("course/<uuid:course_key>/reports/", views.reports, name="reports"),
    path("course/<uuid:course_key>/<slug:kind>/", views.board, name="board"),
    path("course/<uuid:course_key>/<slug:kind>/new/", views.topic_create, name="topic_create"),
    path("lesson/<int:lesson_id>/", views.lesson_questions, name="lesson"),
    path("topic/<int:topic_id>/", views.topic, name="topic"),
    path("topic/<int:topic_id>/reply/", views.reply, name="reply"),
    path("topic/<int:topic_id>/moderate/", views.topic_moderate, name="topic_moderate"),
    path("post/<int:post_id>/edit/", views.post_edit, name="post_edit"),
    path("post/<int:post_id>/report/", views.post_report, name="post_report"),
    path("post/<int:post_id>/moderate/", views.post_moderate, name="post_moderate"),
    path("report/<int:report_id>/handle/", views.report_handle, name="report_handle"),
]
