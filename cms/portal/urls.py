"""The portal's own routes under /<lang>/themes/ (its pages are Wagtail's): following themes."""

from django.urls import path

from cms.portal import views

app_name = "portal"

urlpatterns = [
    path("", views.themes_followed_list, name="themes"),
    path("<slug:theme>/follow/", views.theme_follow, name="theme_follow"),
]
