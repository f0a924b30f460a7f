"""The admin screens: managers and administrators upload and follow imports; nobody else."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

import pytest

from courses.catalogue.models import CoursePage
from courses.moodle.models import ImportStatus, MoodleImport
from courses.moodle.services import PROGRESS_KEY, progress_get
from tests.courses.moodle.mbz import course_backup

pytestmark = pytest.mark.django_db
INDEX = "moodle_admin:index"


@pytest.fixture
def manager(make_user):
    return make_user(role="Manager")


@pytest.fixture
def upload(client, django_capture_on_commit_callbacks):
    """Post the form; the outbox hands the task over on commit (run here: no broker)."""

    def post(catalogue, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return _upload(client, catalogue, **kwargs)

    return post


def _upload(client, catalogue, *, dry_run=False, data=None, language="ky"):
    form = {
        "file": SimpleUploadedFile("course.mbz", data or course_backup()),
        "parent": catalogue.pk,
        "language": language,
    }
    if dry_run:
        form["dry_run"] = "on"
    return client.post(reverse(INDEX), form)


def test_a_manager_imports_a_course_and_reads_the_report(client, manager, catalogue, upload):
    client.force_login(manager)
    assert client.get(reverse(INDEX)).status_code == 200
    response = upload(catalogue)
    job = MoodleImport.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("moodle_admin:job", kwargs={"import_id": job.pk})
    # No broker in tests: the outbox ran the task on commit.
    assert (job.status, job.progress, job.user) == (ImportStatus.DONE, 100, manager)
    assert job.course == CoursePage.objects.get() and not job.course.live
    assert job.counts["lessons"] == 6
    page = client.get(f"/admin/moodle-import/{job.pk}/", HTTP_ACCEPT_LANGUAGE="en")
    assert page.status_code == 200
    content = page.content.decode()
    assert 'data-status="done"' in content and 'http-equiv="refresh"' not in content
    assert 'data-status="not_supported"' in content and "moodle-import-report" in content
    assert job.file.name.startswith("moodle-backups/"), "kept in private storage"


def test_a_dry_run_keeps_no_course(client, manager, catalogue, upload):
    client.force_login(manager)
    upload(catalogue, dry_run=True)
    job = MoodleImport.objects.get()
    assert job.status == ImportStatus.DONE and job.dry_run and job.course is None
    assert job.report and not CoursePage.objects.exists()


def test_a_bad_file_fails_the_job_with_its_reason(client, manager, catalogue, upload):
    import io
    import tarfile

    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        info = tarfile.TarInfo("../evil")
        info.size = 1
        archive.addfile(info, io.BytesIO(b"x"))
    client.force_login(manager)
    upload(catalogue, data=buffer.getvalue())
    job = MoodleImport.objects.get()
    # The reason is in the manager's language; it names the offending entry.
    assert job.status == ImportStatus.FAILED and "../evil" in job.error


def test_the_form_refuses_what_is_no_backup_and_a_catalogue_of_another_language(
    client, manager, catalogue
):
    client.force_login(manager)
    response = _upload(client, catalogue, data=b"plain text, not an archive")
    assert response.status_code == 200 and not MoodleImport.objects.exists()
    response = _upload(client, catalogue, language="ru")
    assert response.status_code == 200 and not MoodleImport.objects.exists()


def test_a_running_job_refreshes_and_shows_its_progress(client, manager, catalogue):
    from django.core.cache import cache

    job = MoodleImport.objects.create(
        user=manager, file_name="x.mbz", parent=catalogue, language="ky",
        status=ImportStatus.RUNNING, progress=1,
    )  # fmt: skip
    cache.set(PROGRESS_KEY.format(job.pk), 42)
    assert progress_get(job) == 42
    client.force_login(manager)
    content = client.get(reverse("moodle_admin:job", kwargs={"import_id": job.pk})).content
    assert b'http-equiv="refresh"' in content and b'value="42"' in content


@pytest.mark.parametrize("role", ["Trainer", "Reviewer", "Learner"])
def test_other_roles_are_refused(client, make_user, manager, catalogue, role):
    job = MoodleImport.objects.create(
        user=manager, file_name="x.mbz", parent=catalogue, language="ky"
    )
    client.force_login(make_user(role=role))
    for url in (reverse(INDEX), reverse("moodle_admin:job", kwargs={"import_id": job.pk})):
        response = client.get(url)
        assert response.status_code in (302, 403)
        if response.status_code == 302:  # Wagtail sends them back to the dashboard or sign-in
            assert response["Location"].rstrip("/").endswith("/admin") or (
                "/admin/login/" in response["Location"]
            )
    response = _upload(client, catalogue)
    assert response.status_code in (302, 403)
    assert MoodleImport.objects.count() == 1


def test_anonymous_visitors_are_sent_to_sign_in(client):
    response = client.get(reverse(INDEX))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_an_administrator_and_another_manager_see_a_managers_import(
    client, make_user, manager, catalogue
):
    job = MoodleImport.objects.create(
        user=manager, file_name="x.mbz", parent=catalogue, language="ky"
    )
    url = reverse("moodle_admin:job", kwargs={"import_id": job.pk})
    for user in (make_user(role="Manager"), make_user(is_superuser=True, is_staff=True)):
        client.force_login(user)
        assert client.get(url).status_code == 200
    missing = client.get(reverse("moodle_admin:job", kwargs={"import_id": job.pk + 99}))
    assert missing.status_code in (302, 404)  # the language redirect of a not-found page


def test_the_index_lists_imports_in_pinned_queries(
    client, manager, catalogue, django_assert_max_num_queries
):
    for n in range(5):
        MoodleImport.objects.create(
            user=manager, file_name=f"{n}.mbz", parent=catalogue, language="ky"
        )
    client.force_login(manager)
    client.get(reverse(INDEX))  # warm the admin's own caches
    with django_assert_max_num_queries(25) as captured:
        response = client.get(reverse(INDEX))
    assert response.status_code == 200
    count = len(captured.captured_queries)
    for n in range(5, 15):
        MoodleImport.objects.create(
            user=manager, file_name=f"{n}.mbz", parent=catalogue, language="ky"
        )
    with django_assert_max_num_queries(count):
        client.get(reverse(INDEX))


def test_personal_data_forgets_who_imported(manager, catalogue):
    from courses.moodle.personal_data import moodle_personal_data

    MoodleImport.objects.create(user=manager, file_name="x.mbz", parent=catalogue, language="ky")
    provider = moodle_personal_data()
    assert list(provider.records(manager))[0]["file_name"] == "x.mbz"
    assert provider.describe(manager)
    assert provider.erase(manager) == 1
    assert MoodleImport.objects.get().user is None
