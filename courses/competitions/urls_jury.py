"""The jury, decisions and results (views_jury.py, views_results.py)."""

from django.urls import path

from courses.competitions import views_jury, views_results

urlpatterns = [
    path("jury/", views_jury.jury_calls, name="jury"),
    path("jury/call/<slug:slug>/", views_jury.jury_call, name="jury_call"),
    path("jury/call/<slug:slug>/declare/", views_jury.jury_declare, name="jury_declare"),
    path("jury/application/<int:pk>/", views_jury.jury_application, name="jury_application"),
    path("jury/application/<int:pk>/score/", views_jury.jury_score, name="jury_score"),
    path(
        "jury/application/<int:pk>/file/<int:answer_id>/",
        views_jury.jury_file,
        name="jury_file",
    ),
    path("jury/application/<int:pk>/question/", views_jury.jury_question, name="jury_question"),
    path("jury/manage/", views_jury.manage_calls, name="manage"),
    path("jury/manage/<slug:slug>/", views_jury.manage_call, name="manage_call"),
    path(
        "jury/manage/<slug:slug>/start/",
        views_jury.manage_scoring_start,
        name="manage_scoring_start",
    ),
    path(
        "jury/manage/<slug:slug>/close/",
        views_jury.manage_scoring_close,
        name="manage_scoring_close",
    ),
    path("jury/manage/<slug:slug>/publish/", views_jury.manage_publish, name="manage_publish"),
    path(
        "jury/manage/<slug:slug>/ranking.<str:file_format>",
        views_jury.manage_export,
        name="manage_export",
    ),
    path("jury/decision/<int:pk>/", views_jury.decision, name="decision"),
    path("jury/decision/<int:pk>/confirm/", views_jury.decision_confirm, name="decision_confirm"),
    path("<slug:slug>/results/", views_results.results, name="results"),
    path(
        "application/<int:pk>/grant-certificate/",
        views_results.grant_certificate,
        name="grant_certificate",
    ),
    path(
        "application/<int:pk>/conditions/",
        views_results.conditions_report,
        name="conditions_report",
    ),
]
