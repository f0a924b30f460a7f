"""The reports area under /<lang>/teach/reports/."""

from django.urls import path

from courses.views import reports

app_name = "reports"

urlpatterns = [
    path("", reports.reports_dashboard, name="dashboard"),
    path("<slug:name>/", reports.reports_breakdown, name="breakdown"),
]
