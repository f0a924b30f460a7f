"""A URL configuration holding only the API, named on API requests (`request.urlconf`) once
they are answered: Django's LocaleMiddleware then sees no language-prefixed patterns and
leaves a 404 problem document alone, instead of redirecting it to /ky/api/v1/…."""

from django.urls import include, path

urlpatterns = [path("api/v1/", include("lms.api.urls_v1"))]
