"""Policy URLs, under /<lang>/policies/."""

from django.urls import path

from lms.policies import views

app_name = "policies"

urlpatterns = [
    path("accept/", views.policy_accept, name="accept"),
    path("<slug:kind>/", views.policy_show, name="policy"),
    path("<slug:kind>/<int:version>/", views.policy_version_show, name="version"),
]
