"""The programme summary, a printable one-pager beside the reports."""

from django.urls import path

from courses.views import report_summary

app_name = "report_summary"

urlpatterns = [
    path("teach/reports/summary/", report_summary.report_summary, name="summary"),
]
