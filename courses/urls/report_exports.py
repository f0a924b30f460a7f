"""Report exports: immediate downloads, background jobs and their files."""

from django.urls import path

from courses.views import report_exports

app_name = "report_exports"

urlpatterns = [
    path("teach/reports/export/", report_exports.report_export, name="export"),
    path("teach/reports/export/<int:job_id>/", report_exports.report_export_job, name="job"),
    path(
        "teach/reports/export/<int:job_id>/download/",
        report_exports.report_export_download,
        name="download",
    ),
]
