"""All submissions as one ZIP: a background job through the outbox, its page and download."""

import io
import zipfile
from datetime import timedelta

from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import timezone

import pytest

from courses.assignments.models import ArchiveState, SubmissionsArchive, SubmissionStatus
from courses.assignments.services.archives import (
    archive_build,
    archive_request,
    archives_sweep,
    learner_folder,
    safe_name,
)
from lms.outbox.models import OutboxMessage
from tests.factories.assignments import PDF_BYTES, SubmissionFactory, SubmissionFileFactory
from tests.factories.courses import EnrollmentFactory

pytestmark = pytest.mark.django_db


def _learner(make_user, course, name):
    user = make_user(role="Learner", full_name=name)
    EnrollmentFactory(user=user, course_key=course.translation_key)
    return user


def _zip_of(archive) -> zipfile.ZipFile:
    archive.refresh_from_db()
    with archive.file.open("rb") as handle:
        return zipfile.ZipFile(io.BytesIO(handle.read()))


@pytest.fixture
def work(make_user, course, assignment):
    """Three learners: one with text and two files of the same name, one with a file only,
    one reopened (the draft of attempt 2 is not handed in: attempt 1 goes in the ZIP), and a
    draft that is not handed in at all."""
    aigul = _learner(make_user, course, "Асанова Айгүл")
    first = SubmissionFactory(assignment=assignment, user=aigul, submitted=True, text="Our plan")
    SubmissionFileFactory(submission=first, original_name="Тапшырма.pdf")
    SubmissionFileFactory(submission=first, original_name="Тапшырма.pdf")
    slash = _learner(make_user, course, 'Bad/Name: "x"')
    second = SubmissionFactory(assignment=assignment, user=slash, submitted=True, text="")
    SubmissionFileFactory(submission=second, original_name="../../etc/passwd.pdf")
    reopened = _learner(make_user, course, "Osmonov Bakyt")
    old = SubmissionFactory(
        assignment=assignment, user=reopened, submitted=True, is_latest=False, text="Attempt 1"
    )
    SubmissionFactory(assignment=assignment, user=reopened, attempt_number=2, text="New draft")
    drafter = _learner(make_user, course, "Draft Only")
    SubmissionFactory(assignment=assignment, user=drafter, status=SubmissionStatus.DRAFT)
    return {"aigul": aigul, "slash": slash, "reopened": reopened, "old": old}


def test_the_zip_has_a_folder_per_learner_with_files_and_text(
    client, trainer, assignment, work, django_capture_on_commit_callbacks
):
    client.force_login(trainer)
    url = reverse("assignments:archive_create", args=[assignment.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url)
    archive = SubmissionsArchive.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("assignments:archive", args=[archive.pk])
    assert OutboxMessage.objects.filter(
        task_name="courses.assignments.tasks.submissions_archive_build"
    ).exists()
    archive.refresh_from_db()
    assert archive.state == ArchiveState.DONE
    # Files and texts: Aigul's text and two files, the other's file, the reopened learner's
    # first attempt's text.
    assert (archive.done_count, archive.total_count) == (5, 5)
    aigul = f"Асанова Айгүл ({work['aigul'].pk})"
    slash = f"Bad_Name_ _x_ ({work['slash'].pk})"
    reopened = f"Osmonov Bakyt ({work['reopened'].pk})"
    zf = _zip_of(archive)
    assert sorted(zf.namelist()) == sorted(
        [
            f"{aigul}/text.txt",
            f"{aigul}/Тапшырма.pdf",
            f"{aigul}/Тапшырма (2).pdf",
            f"{slash}/_.._etc_passwd.pdf",  # no way out of the folder
            f"{reopened}/text.txt",
        ]
    )
    assert zf.read(f"{aigul}/Тапшырма.pdf") == PDF_BYTES
    assert zf.read(f"{reopened}/text.txt").decode("utf-8-sig") == "Attempt 1"
    assert zf.testzip() is None

    page = client.get(response["Location"])
    assert page.status_code == 200
    assert "Download the ZIP file (5 files)" in page.content.decode()
    assert b'http-equiv="refresh"' not in page.content
    download = client.get(reverse("assignments:archive_download", args=[archive.pk]))
    assert download.status_code == 200
    assert download["Content-Type"] == "application/zip"
    assert download["Cache-Control"] == "private, no-store"
    assert b"".join(download.streaming_content)[:2] == b"PK"


def test_a_waiting_archive_shows_progress_and_refreshes(client, trainer, assignment, work):
    client.force_login(trainer)
    archive = archive_request(assignment=assignment, by=trainer)  # task queued, not run
    page = client.get(reverse("assignments:archive", args=[archive.pk]))
    content = page.content.decode()
    assert '<meta http-equiv="refresh" content="3">' in content
    assert "0 of 5 files added" in content
    assert client.get(reverse("assignments:archive_download", args=[archive.pk])).status_code == 404


def test_a_double_click_asks_once(trainer, assignment, work):
    first = archive_request(assignment=assignment, by=trainer)
    second = archive_request(assignment=assignment, by=trainer)
    assert first == second
    assert OutboxMessage.objects.count() == 1


def test_the_build_runs_once_even_if_delivered_twice(trainer, assignment, work):
    archive = archive_request(assignment=assignment, by=trainer)
    assert archive_build(archive_id=archive.pk).state == ArchiveState.DONE
    assert archive_build(archive_id=archive.pk) is None  # a redelivery finds it done
    name = SubmissionsArchive.objects.get().file.name
    assert name.startswith("assignments/archives/") and "Айгүл" not in name


def test_a_missing_file_does_not_cost_the_others(trainer, assignment, work):
    missing = work["aigul"].assignment_submissions.get().files.first()
    missing.file.storage.delete(missing.file.name)
    archive = archive_build(archive_id=archive_request(assignment=assignment, by=trainer).pk)
    assert archive.state == ArchiveState.DONE
    assert len(_zip_of(archive).namelist()) == 4


def test_stale_and_old_archives_are_swept(trainer, assignment):
    now = timezone.now()
    running = SubmissionsArchive.objects.create(
        assignment=assignment, requested_by=trainer, state=ArchiveState.RUNNING
    )
    old = SubmissionsArchive.objects.create(
        assignment=assignment,
        requested_by=trainer,
        state=ArchiveState.DONE,
        file=ContentFile(b"PK", name="old.zip"),
    )
    SubmissionsArchive.objects.filter(pk=running.pk).update(created_at=now - timedelta(hours=2))
    SubmissionsArchive.objects.filter(pk=old.pk).update(created_at=now - timedelta(days=8))
    storage, name = old.file.storage, old.file.name
    assert archives_sweep(now=now) == {"failed": 1, "deleted": 1}
    assert SubmissionsArchive.objects.get().state == ArchiveState.FAILED
    assert not storage.exists(name)


@pytest.mark.parametrize(
    "role", ["other_trainer", "reviewer", "enrolled", "other_learner", "anonymous"]
)
def test_only_graders_of_the_course_reach_the_zip(client, request, role, trainer, assignment, work):
    archive = archive_build(archive_id=archive_request(assignment=assignment, by=trainer).pk)
    if role != "anonymous":
        client.force_login(request.getfixturevalue(role))
    for name, args in (
        ("assignments:bulk", [assignment.pk]),
        ("assignments:archive", [archive.pk]),
        ("assignments:archive_download", [archive.pk]),
    ):
        got = client.get(reverse(name, args=args))
        assert got.status_code in (302, 404), name
        if got.status_code == 302:
            assert "/accounts/login/" in got["Location"]
    assert client.post(reverse("assignments:archive_create", args=[assignment.pk])).status_code in (
        302,
        404,
    )
    assert SubmissionsArchive.objects.count() == 1


def test_a_manager_and_a_co_trainer_may_download_the_trainers_zip(
    client, manager, trainer, make_user, course, assignment, work
):
    from tests.courses.assignments.conftest import trainer_assign

    archive = archive_build(archive_id=archive_request(assignment=assignment, by=trainer).pk)
    colleague = trainer_assign(course, make_user(role="Trainer"))
    for user in (manager, colleague):
        client.force_login(user)
        got = client.get(reverse("assignments:archive_download", args=[archive.pk]))
        assert got.status_code == 200


def test_the_bulk_page_lists_recent_zips(client, trainer, assignment, work):
    archive_request(assignment=assignment, by=trainer)
    client.force_login(trainer)
    page = client.get(reverse("assignments:bulk", args=[assignment.pk]))
    content = page.content.decode()
    assert page.status_code == 200
    assert "Recent ZIP files" in content and "Waiting" in content
    assert reverse("assignments:worksheet", args=[assignment.pk, "xlsx"]) in content


def test_safe_names():
    assert safe_name('a/b\\c:d*e?f"g<h>i|j') == "a_b_c_d_e_f_g_h_i_j"
    assert safe_name("CON.pdf") == "file_CON.pdf"
    assert safe_name("  ..  ") == "file"
    assert safe_name("x" * 300 + ".pdf").endswith("x.pdf")
    assert len(safe_name("x" * 300 + ".pdf")) == 120


def test_learner_folder_falls_back_to_the_address(make_user):
    user = make_user(full_name="", email="aibek@example.org")
    assert learner_folder(user) == f"aibek ({user.pk})"
