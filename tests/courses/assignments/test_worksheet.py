"""The offline grading worksheet: download, fill in, upload back with a report by line."""

import csv
import io
from decimal import Decimal
from types import SimpleNamespace

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

import pytest
from openpyxl import Workbook, load_workbook

from courses.assignments.models import Grade, WorksheetUpload, WorksheetUploadState
from courses.assignments.services.worksheets import worksheet_upload_run
from courses.enrolment.models import EnrollmentStatus
from lms.outbox.models import OutboxMessage
from tests.factories.assignments import GradeFactory, SubmissionFactory
from tests.factories.courses import EnrollmentFactory

pytestmark = pytest.mark.django_db


def _learners(make_user, course, assignment, count=3, submitted=True):
    users = []
    for n in range(count):
        user = make_user(role="Learner", full_name=f"Learner {chr(65 + n)}")
        EnrollmentFactory(user=user, course_key=course.translation_key)
        if submitted:
            SubmissionFactory(assignment=assignment, user=user, submitted=True)
        users.append(user)
    return users


def _csv_table(response) -> list[list[str]]:
    text = response.content.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text)))


def _csv_upload(table, *, encoding="utf-8-sig", delimiter=",", name="grading.csv"):
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter).writerows(table)
    return SimpleUploadedFile(name, out.getvalue().encode(encoding), content_type="text/csv")


def _upload(client, assignment, upload, **extra):
    """Post the file; when it is accepted, run the queued job (as the worker would after the
    commit) and open its page: the response carries the job's `report` as attributes."""
    url = reverse("assignments:worksheet_upload", args=[assignment.pk])
    response = client.post(url, {"file": upload, **extra})
    job = WorksheetUpload.objects.order_by("-pk").first()
    if response.status_code != 302 or job is None or job.finished:
        return response
    assert response["Location"] == reverse("assignments:worksheet_job", args=[job.pk])
    worksheet_upload_run(upload_id=job.pk)
    job.refresh_from_db()
    page = client.get(response["Location"])
    report = dict(job.report)
    report["errors"] = [tuple(error) for error in report.get("errors", [])]
    page.report = SimpleNamespace(**report)
    return page


def _download(client, assignment, fmt="csv"):
    return client.get(reverse("assignments:worksheet", args=[assignment.pk, fmt]))


def test_round_trip_grades_three_and_reports_a_bad_row_by_line(
    client, trainer, course, assignment, make_user
):
    learners = _learners(make_user, course, assignment, count=4)
    client.force_login(trainer)
    table = _csv_table(_download(client, assignment))
    header, rows = table[0], table[1:]
    assert header[:4] == ["Learner ID", "Full name", "E-mail address", "Municipality"]
    assert header[7] == "Grade (out of 100)"
    assert [row[1] for row in rows] == ["Learner A", "Learner B", "Learner C", "Learner D"]
    grade, feedback = header.index("Grade (out of 100)"), header.index("Feedback")
    for row, points in zip(rows, ["85", "72,5", "100", "120"], strict=True):
        row[grade] = points
        row[feedback] = f"Feedback for {row[1]}"

    response = _upload(client, assignment, _csv_upload(table))

    assert response.status_code == 200
    page = response.content.decode()
    assert "line 5: grade 120 is above the maximum 100" in page
    grades = {g.submission.user_id: g for g in Grade.objects.select_related("submission")}
    assert sorted(grades) == sorted(u.pk for u in learners[:3])
    assert grades[learners[1].pk].points == Decimal("72.5")
    assert grades[learners[0].pk].feedback == "Feedback for Learner A"
    assert grades[learners[0].pk].grader == trainer
    assert response.report.graded == 3

    # The same file again: nothing is graded twice, the bad row is still reported.
    report = _upload(client, assignment, _csv_upload(table)).report
    assert (report.graded, report.unchanged, len(report.errors)) == (0, 3, 1)
    assert {g.version for g in Grade.objects.all()} == {1}


def test_windows_1251_semicolons_and_xlsx_as_excel_writes_them(
    client, trainer, course, assignment, make_user
):
    learners = _learners(make_user, course, assignment, count=2)
    client.force_login(trainer)
    table = _csv_table(_download(client, assignment))
    table[0][table[0].index("Feedback")] = "Feedback"
    table[1][7], table[1][8] = "61,5", "Хорошо, но добавьте объёмы услуг."
    upload = _csv_upload(table, encoding="cp1251", delimiter=";")
    assert _upload(client, assignment, upload).report.graded == 1
    grade = Grade.objects.get(submission__user=learners[0])
    assert (grade.points, grade.feedback) == (Decimal("61.5"), table[1][8])

    # XLSX: Excel stores numbers as numbers (the ID too) and keeps the heading row.
    book = load_workbook(io.BytesIO(_download(client, assignment, "xlsx").content))
    sheet = book.active
    sheet.cell(row=3, column=8, value=90)
    sheet.cell(row=3, column=9, value="Well done")
    out = io.BytesIO()
    book.save(out)
    upload = SimpleUploadedFile("grading.xlsx", out.getvalue())
    report = _upload(client, assignment, upload).report
    assert (report.graded, report.unchanged, report.errors) == (1, 1, [])
    grade = Grade.objects.get(submission__user=learners[1])
    assert (grade.points, grade.feedback) == (Decimal(90), "Well done")


def test_feedback_starting_like_a_formula_survives_the_round_trip(
    client, trainer, course, assignment, make_user
):
    (learner,) = _learners(make_user, course, assignment, count=1)
    client.force_login(trainer)
    table = _csv_table(_download(client, assignment))
    table[1][7], table[1][8] = "70", "-add the penalty clause"
    _upload(client, assignment, _csv_upload(table))
    table = _csv_table(_download(client, assignment))
    assert table[1][8] == "'-add the penalty clause"  # no formula in Excel
    report = _upload(client, assignment, _csv_upload(table)).report
    assert (report.graded, report.unchanged) == (0, 1)
    assert Grade.objects.get().feedback == "-add the penalty clause"


def test_bad_rows_are_reported_and_good_ones_kept(client, trainer, course, assignment, make_user):
    learners = _learners(make_user, course, assignment, count=3)
    drafter = make_user(role="Learner", full_name="Learner Z")
    EnrollmentFactory(user=drafter, course_key=course.translation_key)
    SubmissionFactory(assignment=assignment, user=drafter)  # a draft, not handed in
    client.force_login(trainer)
    header = _csv_table(_download(client, assignment))[0]
    rows = [
        header,
        [learners[0].pk, "", "", "", "", "", "", "abc", ""],
        [learners[1].pk, "", "", "", "", "", "", "-5", ""],
        [learners[2].pk, "", "", "", "", "", "", "50", "ok"],
        [learners[2].pk, "", "", "", "", "", "", "60", ""],
        [999999, "", "", "", "", "", "", "60", ""],
        [drafter.pk, "", "", "", "", "", "", "60", ""],
        [learners[0].pk + 10_000, "", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", "", ""],
        [learners[1].pk + 20_000, "", "", "", "", "", "", "", "feedback alone"],
    ]
    report = _upload(client, assignment, _csv_upload(rows)).report
    assert report.graded == 1
    errors = dict(report.errors)
    assert errors[2] == "“abc” is not a number."
    assert errors[3] == "grade -5 is below 0"
    assert errors[5] == f"learner {learners[2].pk} is already on line 4"
    assert errors[6] == "learner 999999 is not enrolled in this course"
    assert errors[7] == "Learner Z has not handed in this assignment: there is nothing to grade"
    assert errors[8].startswith("learner ")  # an unknown learner, even with no grade
    assert 9 not in errors  # an empty line is no row
    assert 10 in errors
    assert Grade.objects.get().submission.user == learners[2]


def test_a_grade_changed_on_the_site_is_not_overwritten_unless_asked(
    client, trainer, course, assignment, make_user
):
    (learner,) = _learners(make_user, course, assignment, count=1)
    submission = learner.assignment_submissions.get()
    client.force_login(trainer)
    GradeFactory(submission=submission, points=Decimal(40), feedback="first", version=1)
    table = _csv_table(_download(client, assignment))
    assert table[1][7:10] == ["40", "first", "1"]
    Grade.objects.filter(submission=submission).update(points=55, version=2)  # another tab
    table[1][7] = "65"
    report = _upload(client, assignment, _csv_upload(table)).report
    assert report.errors and "changed on the site" in report.errors[0][1]
    assert Grade.objects.get().points == 55
    report = _upload(client, assignment, _csv_upload(table), overwrite="on").report
    assert report.graded == 1
    assert (Grade.objects.get().points, Grade.objects.get().version) == (65, 3)


def test_rubric_worksheet_has_a_column_per_criterion(
    client, trainer, course, rubric_assignment, rubric, make_user
):
    learners = _learners(make_user, course, rubric_assignment, count=2)
    client.force_login(trainer)
    table = _csv_table(_download(client, rubric_assignment))
    criteria = list(rubric.criteria.order_by("sort_order"))
    assert table[0][7] == (
        f"Criterion 1 [c{criteria[0].pk}] (0 / 5 / 10): "
        "The specification names the service and its volumes"
    )
    assert not any(heading.startswith("Grade") for heading in table[0])
    table[1][7:10] = ["10", "5", "Strong volumes"]
    table[2][7:10] = ["10", "7", ""]
    report = _upload(client, rubric_assignment, _csv_upload(table)).report
    assert report.graded == 1
    assert report.errors == [(3, "criterion 2: 7 is not one of its levels (0, 5, 10)")]
    grade = Grade.objects.get(submission__user=learners[0])
    assert grade.points == 15 and grade.max_points == 20
    levels = {s.criterion_id: s.level.points for s in grade.criterion_scores.all()}
    assert levels == {criteria[0].pk: 10, criteria[1].pk: 5}
    # Downloaded again, the chosen levels' points are filled in; re-uploading changes nothing.
    table = _csv_table(_download(client, rubric_assignment))
    assert table[1][7:9] == ["10", "5"]
    report = _upload(client, rubric_assignment, _csv_upload(table)).report
    assert (report.graded, report.unchanged) == (0, 1)


def test_unreadable_or_foreign_files_are_refused_with_a_reason(
    client, trainer, course, assignment, make_user
):
    _learners(make_user, course, assignment, count=1)
    client.force_login(trainer)
    response = _upload(client, assignment, SimpleUploadedFile("grades.pdf", b"%PDF-1.4"))
    assert response.status_code == 400
    assert "Upload the worksheet as a .csv or .xlsx file." in response.content.decode()
    response = _upload(client, assignment, SimpleUploadedFile("grades.xlsx", b"not a zip"))
    assert "The file could not be read." in response.content.decode()
    response = _upload(client, assignment, _csv_upload([["email", "grade"], ["a@b.kg", "5"]]))
    assert "column headings (with “Learner ID”)" in response.content.decode()
    assert not Grade.objects.exists()


def test_worksheet_lists_enrolled_learners_only_with_their_state(
    client, trainer, course, assignment, make_user, django_assert_num_queries
):
    learners = _learners(make_user, course, assignment, count=2)
    withdrawn = make_user(role="Learner", full_name="Withdrawn")
    EnrollmentFactory(
        user=withdrawn, course_key=course.translation_key, status=EnrollmentStatus.WITHDRAWN
    )
    idle = make_user(role="Learner", full_name="Learner Idle")
    EnrollmentFactory(user=idle, course_key=course.translation_key)
    GradeFactory(submission=learners[0].assignment_submissions.get(), released_at=None)
    client.force_login(trainer)
    rows = _csv_table(_download(client, assignment))[1:]
    by_name = {row[1]: row for row in rows}
    assert sorted(by_name) == ["Learner A", "Learner B", "Learner Idle"]
    assert by_name["Learner A"][4] == "Graded"
    assert by_name["Learner B"][4] == "Submitted"
    assert by_name["Learner Idle"][4:8] == ["Not started", "", "", ""]


def test_worksheet_query_count_does_not_grow_with_learners(
    client, trainer, course, assignment, make_user
):
    learners = _learners(make_user, course, assignment, count=2)
    GradeFactory(submission=learners[0].assignment_submissions.get())
    client.force_login(trainer)

    def measured() -> int:
        _download(client, assignment)  # warm the session and the cached groups
        with CaptureQueriesContext(connection) as queries:
            _download(client, assignment)
        return len(queries)

    few = measured()
    more = _learners(make_user, course, assignment, count=18)
    for learner in more[:9]:
        GradeFactory(submission=learner.assignment_submissions.get())
    # The session and user, the assignment, then the enrolments with their learners and the
    # latest submissions with their grades, as plain values: not one query per learner; and
    # the access log's entry and its learners (one bulk insert).
    assert measured() == few == 6


@pytest.mark.parametrize("role", ["other_trainer", "reviewer", "enrolled", "anonymous"])
def test_only_the_course_graders_may_download_or_upload(
    client, request, role, assignment, course, make_user
):
    _learners(make_user, course, assignment, count=1)
    if role != "anonymous":
        client.force_login(request.getfixturevalue(role))
    got = _download(client, assignment)
    assert got.status_code in (302, 404)
    upload = _csv_upload([["Learner ID", "Grade"], ["1", "50"]])
    assert _upload(client, assignment, upload).status_code in (302, 404)
    assert not Grade.objects.exists()


def test_the_manager_may_download(client, manager, assignment):
    client.force_login(manager)
    assert _download(client, assignment, "xlsx").status_code == 200
    assert _download(client, assignment, "pdf").status_code == 404


def _blank_workbook() -> bytes:
    book = Workbook()
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_an_empty_workbook_says_what_is_missing(client, trainer, assignment):
    client.force_login(trainer)
    upload = SimpleUploadedFile("grading.xlsx", _blank_workbook())
    response = _upload(client, assignment, upload)
    assert response.status_code == 400
    assert "column headings" in response.content.decode()


def test_the_upload_is_graded_by_a_queued_job_with_a_page_that_refreshes(
    client,
    trainer,
    other_trainer,
    course,
    assignment,
    make_user,
    django_capture_on_commit_callbacks,
):
    (learner,) = _learners(make_user, course, assignment, count=1)
    client.force_login(trainer)
    table = _csv_table(_download(client, assignment))
    table[1][7] = "64"
    url = reverse("assignments:worksheet_upload", args=[assignment.pk])
    response = client.post(url, {"file": _csv_upload(table)})
    job = WorksheetUpload.objects.get()
    assert (job.state, job.total_count, job.uploaded_by) == ("pending", 1, trainer)
    assert OutboxMessage.objects.filter(
        task_name="courses.assignments.tasks.worksheet_upload_run", args=[job.pk]
    ).exists()
    assert not job.file.name.endswith("grading.csv")  # stored under a random private name
    waiting = client.get(response["Location"])
    assert '<meta http-equiv="refresh" content="3">' in waiting.content.decode()
    assert not Grade.objects.exists()

    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"file": _csv_upload(table)})  # the same file again, run on commit
    second = WorksheetUpload.objects.order_by("-pk").first()
    assert second.state == WorksheetUploadState.DONE
    assert Grade.objects.get().points == 64
    worksheet_upload_run(upload_id=job.pk)  # the first job, now: the grade is already there
    job.refresh_from_db()
    assert job.report == {"graded": 0, "unchanged": 1, "empty": 0, "errors": []}
    assert worksheet_upload_run(upload_id=job.pk) is None  # a redelivery does nothing
    done = client.get(reverse("assignments:worksheet_job", args=[job.pk])).content.decode()
    assert "http-equiv" not in done and "Unchanged" in done

    client.force_login(other_trainer)
    assert client.get(reverse("assignments:worksheet_job", args=[job.pk])).status_code == 404


def test_old_uploads_are_swept(trainer, assignment):
    from datetime import timedelta

    from django.core.files.base import ContentFile
    from django.utils import timezone

    from courses.assignments.services.worksheets import worksheet_uploads_sweep

    job = WorksheetUpload.objects.create(
        assignment=assignment,
        uploaded_by=trainer,
        file=ContentFile(b"Learner ID,Grade\n", name="w.csv"),
        file_name="w.csv",
        state=WorksheetUploadState.DONE,
    )
    storage, name = job.file.storage, job.file.name
    now = timezone.now()
    assert worksheet_uploads_sweep(now=now) == 0
    assert worksheet_uploads_sweep(now=now + timedelta(days=8)) == 1
    assert not storage.exists(name) and not WorksheetUpload.objects.exists()
