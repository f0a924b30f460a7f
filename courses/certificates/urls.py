"""Certificates under /<lang>/certificates/: verification, downloads and Open Badges."""

from django.urls import path

from courses.certificates import views

app_name = "certificates"

urlpatterns = [
    path("verify/", views.certificate_verify_form, name="verify_form"),
    path("verify/<str:code>/", views.certificate_verify, name="verify"),
    path(
        "<str:code>/download/<str:file_format>/",
        views.certificate_download,
        name="download",
    ),
    path("badges/issuer.json", views.badge_issuer, name="badge_issuer"),
    path("badges/assertions/<str:code>.json", views.badge_assertion, name="badge_assertion"),
    path("badges/assertions/<str:code>.png", views.badge_image, name="badge_image"),
    path("badges/courses/<uuid:course_key>.json", views.badge_class, name="badge_class"),
    path("badges/courses/<uuid:course_key>.png", views.badge_class_image, name="badge_class_image"),
]
