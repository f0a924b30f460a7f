"""The token page on the profile (language-prefixed, like every page of the site)."""

from django.urls import path

from lms.api import views

app_name = "api"

urlpatterns = [
    path("", views.tokens, name="tokens"),
    path("<int:token_id>/revoke/", views.token_revoke, name="token_revoke"),
]
