"""Bulk routes of assignments (/<lang>/assignments/teach/…): the submissions ZIP and the offline
grading worksheet."""

from django.urls import path

from courses.assignments.views import bulk

urlpatterns = [
    path("teach/<int:assignment_id>/bulk/", bulk.assignment_bulk, name="bulk"),
    path("teach/<int:assignment_id>/archive/", bulk.archive_create, name="archive_create"),
    path("teach/archives/<int:archive_id>/", bulk.archive_detail, name="archive"),
    path(
        "teach/archives/<int:archive_id>/download/",
        bulk.archive_download,
        name="archive_download",
    ),
    path(
        "teach/<int:assignment_id>/worksheet.<str:file_format>",
        bulk.worksheet_download,
        name="worksheet",
    ),
    path(
        "teach/<int:assignment_id>/worksheet/upload/",
        bulk.worksheet_upload_view,
        name="worksheet_upload",
    ),
    path("teach/worksheets/<int:upload_id>/", bulk.worksheet_job, name="worksheet_job"),
]
