"""The reports area under /<lang>/teach/reports/: dashboard, breakdowns, exports, summary."""

from django.urls import path

from courses.reports.views import competitions, dashboard, exports, seminars, summary

app_name = "reports"

urlpatterns = [
    path("", dashboard.reports_dashboard, name="dashboard"),
    # Before the breakdowns' own route: "export" and "summary" are not report tables.
    path("export/", exports.report_export, name="export"),
    path("export/<int:job_id>/", exports.report_export_job, name="export_job"),
    path("export/<int:job_id>/download/", exports.report_export_download, name="export_download"),
    path("summary/", summary.report_summary, name="summary"),
    path("seminars/", seminars.reports_seminars, name="seminars"),
    path("seminars/export/", seminars.reports_seminars_export, name="seminars_export"),
    path("competitions/", competitions.reports_competitions, name="competitions"),
    path(
        "competitions/export/",
        competitions.reports_competitions_export,
        name="competitions_export",
    ),
    path("<slug:name>/", dashboard.reports_breakdown, name="breakdown"),
]
