"""The access log under /<lang>/teach/access-log/: the managers' list and each person's own."""

from django.urls import path

from lms.access_log import views

app_name = "access_log"

urlpatterns = [
    path("", views.access_log_list, name="list"),
    path("mine/", views.access_log_mine, name="mine"),
]
