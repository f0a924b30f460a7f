"""Data-request URLs, under /<lang>/my/data/."""

from django.urls import path

from lms.privacy import views

app_name = "privacy"

urlpatterns = [
    path("export/", views.export_request, name="export_request"),
    path("exports/<int:export_id>/download/", views.export_download, name="export_download"),
    path("delete/", views.deletion_request, name="deletion_request"),
    path("requests/", views.deletion_requests, name="requests"),
    path("requests/<int:request_id>/", views.deletion_request_decide, name="request_decide"),
]
