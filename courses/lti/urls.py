"""LTI endpoints, without a language prefix: platforms are configured with fixed URLs."""

from django.urls import path

from courses.lti import views

app_name = "lti"

urlpatterns = [
    path("jwks/", views.jwks, name="jwks"),
    path("login/", views.login_initiation, name="login"),
    path("launch/", views.launch, name="launch"),
    path("deep-link/", views.deep_link, name="deep_link"),
    path("register/<str:token>/", views.dynamic_registration, name="register"),
]
