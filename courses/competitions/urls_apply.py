"""Calls and applying (views_apply.py)."""

from django.urls import path

from courses.competitions import views_apply

urlpatterns = [
    path("", views_apply.call_list, name="list"),
    path("mine/", views_apply.my_applications, name="mine"),
    path(
        "application/<int:application_id>/",
        views_apply.application_page,
        name="application",
    ),
    path(
        "application/<int:application_id>/file/<int:answer_id>/",
        views_apply.answer_file,
        name="answer_file",
    ),
    path(
        "application/<int:application_id>/question/<int:question_id>/",
        views_apply.question_answer,
        name="question_answer",
    ),
    path(
        "application/<int:application_id>/withdraw/",
        views_apply.application_withdraw,
        name="withdraw",
    ),
    path("<slug:slug>/", views_apply.call_page, name="call"),
    path("<slug:slug>/apply/", views_apply.apply, name="apply"),
]
