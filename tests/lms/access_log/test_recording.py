"""Every screen and file that shows named learners' data writes one access log entry: the
right actor and role, action, course, people and count; a person's own data is not logged."""

from django.urls import reverse

import pytest

from courses.assignments.services.archives import archive_build, archive_request
from courses.reports.models import ReportExport
from lms.access_log.models import AccessAction, AccessEntry, ActorRole
from tests.factories.assignments import SubmissionFactory
from tests.factories.courses import EnrollmentFactory

pytestmark = pytest.mark.django_db


def _only_entry() -> AccessEntry:
    (entry,) = AccessEntry.objects.all()
    return entry


def _people(entry) -> set:
    return set(entry.subjects.values_list("pk", flat=True))


def test_opening_a_participants_record_logs_one_person(client, course, trainer, aigul, bolot):
    user, enrollment = aigul
    client.force_login(trainer)
    url = reverse("progress:participant", args=[course.translation_key, enrollment.pk])
    assert client.get(url).status_code == 200
    entry = _only_entry()
    assert (entry.actor, entry.actor_role, entry.action) == (
        trainer,
        ActorRole.TRAINER,
        AccessAction.RECORD_VIEW,
    )
    assert entry.course_key == course.translation_key
    assert _people(entry) == {user.pk} and entry.subject_count == 1


def test_a_refused_record_logs_nothing(client, course, aigul, make_user):
    _, enrollment = aigul
    client.force_login(make_user(role="Trainer"))  # not this course's trainer
    url = reverse("progress:participant", args=[course.translation_key, enrollment.pk])
    assert client.get(url).status_code == 404
    assert not AccessEntry.objects.exists()


def test_a_manager_opening_their_own_record_is_not_logged(client, course, manager):
    enrollment = EnrollmentFactory(user=manager, course_key=course.translation_key)
    client.force_login(manager)
    url = reverse("progress:participant", args=[course.translation_key, enrollment.pk])
    assert client.get(url).status_code == 200
    assert not AccessEntry.objects.exists()


def test_the_participants_export_logs_everyone_in_the_file_but_the_exporter(
    client, course, manager, aigul, bolot
):
    EnrollmentFactory(user=manager, course_key=course.translation_key)
    client.force_login(manager)
    response = client.get(reverse("progress:export", args=[course.translation_key, "xlsx"]))
    assert response.status_code == 200
    entry = _only_entry()
    assert (entry.actor_role, entry.action) == (ActorRole.MANAGER, AccessAction.EXPORT)
    assert _people(entry) == {aigul[0].pk, bolot[0].pk} and entry.subject_count == 2
    assert entry.detail.startswith("participants.xlsx")


def test_a_filtered_export_logs_only_the_people_in_it(client, course, trainer, aigul, bolot):
    client.force_login(trainer)
    url = reverse("progress:export", args=[course.translation_key, "csv"])
    assert client.get(url, {"q": "Bolot"}).status_code == 200
    entry = _only_entry()
    assert _people(entry) == {bolot[0].pk}
    assert "q=Bolot" in entry.detail


def test_an_empty_export_logs_nothing(client, course, trainer):
    client.force_login(trainer)
    assert (
        client.get(reverse("progress:export", args=[course.translation_key, "csv"])).status_code
        == 200
    )
    assert not AccessEntry.objects.exists()


def test_the_quiz_gradebook_view_export_and_learner_are_logged(
    client, course, quiz, trainer, aigul, bolot
):
    client.force_login(trainer)
    assert client.get(reverse("quiz_admin:gradebook", args=[course.pk])).status_code == 200
    assert (
        client.get(reverse("quiz_admin:gradebook_export", args=[course.pk, "csv"])).status_code
        == 200
    )
    learner_url = reverse("quiz_admin:gradebook_learner", args=[course.pk, aigul[0].pk])
    assert client.get(learner_url).status_code == 200
    view, export, record = AccessEntry.objects.order_by("pk")
    both = {aigul[0].pk, bolot[0].pk}
    assert (view.action, _people(view), view.detail) == (AccessAction.GRADEBOOK, both, "gradebook")
    assert (export.action, _people(export), export.detail) == (
        AccessAction.GRADEBOOK,
        both,
        "gradebook.csv",
    )
    assert (record.action, _people(record)) == (AccessAction.RECORD_VIEW, {aigul[0].pk})
    assert {entry.course_key for entry in (view, export, record)} == {course.translation_key}
    assert {entry.actor_id for entry in (view, export, record)} == {trainer.pk}


def test_the_grading_table_logs_the_learners_of_its_page(
    client, course, assignment, trainer, aigul, bolot
):
    client.force_login(trainer)
    url = reverse("assignments:teach_table", args=[assignment.pk])
    assert client.get(url, {"q": "Aigul"}).status_code == 200
    entry = _only_entry()
    assert (entry.action, _people(entry)) == (AccessAction.GRADEBOOK, {aigul[0].pk})


def test_a_learners_work_page_is_a_record_view(client, assignment, trainer, aigul):
    SubmissionFactory(assignment=assignment, user=aigul[0], submitted=True)
    client.force_login(trainer)
    url = reverse("assignments:teach_learner", args=[assignment.pk, aigul[0].pk])
    assert client.get(url).status_code == 200
    entry = _only_entry()
    assert (entry.action, _people(entry), entry.course_key) == (
        AccessAction.RECORD_VIEW,
        {aigul[0].pk},
        assignment.course_key,
    )


def test_the_grading_worksheet_logs_every_learner_in_it(client, assignment, trainer, aigul, bolot):
    client.force_login(trainer)
    url = reverse("assignments:worksheet", args=[assignment.pk, "csv"])
    assert client.get(url).status_code == 200
    entry = _only_entry()
    assert (entry.action, _people(entry)) == (AccessAction.GRADEBOOK, {aigul[0].pk, bolot[0].pk})
    assert entry.detail.endswith("grading worksheet.csv")


def test_each_download_of_the_submissions_zip_logs_those_in_it(
    client, assignment, trainer, manager, aigul, bolot
):
    SubmissionFactory(assignment=assignment, user=aigul[0], submitted=True)
    SubmissionFactory(assignment=assignment, user=bolot[0])  # a draft: not in the ZIP
    archive = archive_build(archive_id=archive_request(assignment=assignment, by=trainer).pk)
    assert not AccessEntry.objects.exists()  # building is not looking
    url = reverse("assignments:archive_download", args=[archive.pk])
    for someone in (trainer, manager):
        client.force_login(someone)
        response = client.get(url)
        assert response.status_code == 200
        b"".join(response.streaming_content) if response.streaming else response.content
    by_trainer, by_manager = AccessEntry.objects.order_by("pk")
    assert (by_trainer.actor, by_manager.actor) == (trainer, manager)
    for entry in (by_trainer, by_manager):
        assert (entry.action, _people(entry)) == (AccessAction.EXPORT, {aigul[0].pk})


def test_the_immediate_learner_records_export_is_logged(client, course, manager, aigul, bolot):
    client.force_login(manager)
    response = client.get(reverse("reports:export"), {"table": "learners", "format": "csv"})
    assert response.status_code == 200
    entry = _only_entry()
    assert (entry.actor, entry.action) == (manager, AccessAction.EXPORT)
    assert _people(entry) == {aigul[0].pk, bolot[0].pk}
    assert entry.detail.startswith("learners.csv")


def test_aggregate_report_tables_are_not_logged(client, course, manager, aigul):
    client.force_login(manager)
    response = client.get(reverse("reports:export"), {"table": "places", "format": "csv"})
    assert response.status_code == 200
    assert not AccessEntry.objects.exists()


def test_the_background_learner_records_export_is_logged_with_its_file(
    client, settings, course, manager, aigul, bolot, django_capture_on_commit_callbacks
):
    settings.REPORT_EXPORT_BACKGROUND_ROWS = 1
    client.force_login(manager)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("reports:export"), {"table": "learners", "format": "xlsx"})
    assert response.status_code == 302
    job = ReportExport.objects.get()
    entry = _only_entry()
    assert (entry.actor, entry.action) == (manager, AccessAction.EXPORT)
    assert _people(entry) == {aigul[0].pk, bolot[0].pk} and entry.subject_count == 2
    assert "(background)" in entry.detail
    download = client.get(reverse("reports:export_download", args=[job.pk]))
    assert download.status_code == 200
    assert AccessEntry.objects.count() == 1  # the requester's own file: logged once, when written
