"""Applying, in services and selectors: who may apply, one application per applicant, drafts,
submit before the deadline, withdraw, files, the jury's questions and the notifications."""

from datetime import timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

import pytest
import time_machine

from courses.competitions import notifications_apply, selectors, services_apply
from courses.competitions.models import (
    ApplicantKind,
    Application,
    ApplicationStatus,
    CallStatus,
    FieldKind,
    JuryQuestion,
)
from lms.notifications.models import Notification
from lms.private_storage import PrivateFileSystemStorage
from lms.uploads import CheckedFile
from tests.courses.competitions.apply_support import (
    PDF,
    cluster_of,
    field,
    make_call,
    municipality,
    staff,
)
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db


def _complete(application, user, call):
    services_apply.application_save(
        application=application,
        user=user,
        values={
            field(call, FieldKind.LONG_TEXT).pk: "Plan text",
            field(call, FieldKind.NUMBER).pk: "1500.50",
        },
        files={field(call, FieldKind.FILE).pk: CheckedFile("letter.pdf", PDF, "application/pdf")},
    )


def test_eligible_municipality_filtered_by_place():
    home = municipality()
    other = municipality()
    call = make_call(oblasts=[home.district.oblast])
    assert selectors.eligible_applicants(staff(home), call) == [home]
    assert selectors.eligible_applicants(staff(other), call) == []
    call.eligible_oblasts.clear()
    call.eligible_districts.set([other.district])
    assert selectors.eligible_applicants(staff(home), call) == []
    assert selectors.eligible_applicants(staff(other), call) == [other]


def test_eligible_clusters_and_people_without_a_place():
    home, neighbour, far = municipality(), municipality(), municipality()
    first = cluster_of(home, neighbour, code="a")
    second = cluster_of(home, code="b")
    cluster_of(far, code="c")
    call = make_call(kind=ApplicantKind.CLUSTER)
    assert set(selectors.eligible_applicants(staff(home), call)) == {first, second}
    call.eligible_districts.set([neighbour.district])
    assert selectors.eligible_applicants(staff(home), call) == [first]
    assert selectors.eligible_applicants(UserFactory(role="Learner"), call) == []


def test_one_application_per_applicant_colleagues_continue_it():
    home = municipality()
    call = make_call()
    first, colleague = staff(home), staff(home)
    application = services_apply.application_start(user=first, call=call, applicant=home)
    again = services_apply.application_start(user=colleague, call=call, applicant=home)
    assert again.pk == application.pk
    assert Application.objects.filter(call=call).count() == 1
    assert application.status == ApplicationStatus.DRAFT


def test_start_refused_when_not_eligible_or_not_open():
    home, other = municipality(), municipality()
    call = make_call()
    with pytest.raises(ValidationError):
        services_apply.application_start(user=staff(home), call=call, applicant=other)
    upcoming = make_call(slug="later", opens_in=timedelta(days=2), closes_in=timedelta(days=9))
    with pytest.raises(ValidationError):
        services_apply.application_start(user=staff(home), call=upcoming, applicant=home)
    draft = make_call(slug="draft", status=CallStatus.DRAFT)
    with pytest.raises(ValidationError):
        services_apply.application_start(user=staff(home), call=draft, applicant=home)


def test_draft_saves_without_required_and_checks_numbers():
    home = municipality()
    call = make_call()
    user = staff(home)
    application = services_apply.application_start(user=user, call=call, applicant=home)
    services_apply.application_save(
        application=application,
        user=user,
        values={field(call, FieldKind.LONG_TEXT).pk: "Half a plan"},
        files={},
    )
    assert application.answers.get().text == "Half a plan"
    assert len(services_apply.missing_required(application)) == 2  # budget, document
    with pytest.raises(ValidationError):
        services_apply.application_save(
            application=application,
            user=user,
            values={field(call, FieldKind.NUMBER).pk: "a lot"},
            files={},
        )


def test_files_are_private_and_replaced(django_capture_on_commit_callbacks):
    home = municipality()
    call = make_call()
    user = staff(home)
    application = services_apply.application_start(user=user, call=call, applicant=home)
    file_field = field(call, FieldKind.FILE)
    services_apply.application_save(
        application=application,
        user=user,
        values={},
        files={file_field.pk: CheckedFile("one.pdf", PDF, "application/pdf")},
    )
    answer = application.answers.get(field=file_field)
    first_name = answer.file.name
    storage = answer.file.storage
    assert isinstance(storage, PrivateFileSystemStorage)
    assert "one" not in first_name
    assert storage.exists(first_name)
    with django_capture_on_commit_callbacks(execute=True):
        services_apply.application_save(
            application=application,
            user=user,
            values={},
            files={file_field.pk: CheckedFile("two.pdf", PDF, "application/pdf")},
        )
    answer.refresh_from_db()
    assert answer.file_name == "two.pdf"
    assert application.answers.filter(field=file_field).count() == 1
    assert not storage.exists(first_name)
    assert storage.exists(answer.file.name)


def test_submit_checks_required_then_submits_once_and_notifies(django_capture_on_commit_callbacks):
    home = municipality()
    call = make_call()
    user, manager = staff(home), UserFactory(role="Manager")
    application = services_apply.application_start(user=user, call=call, applicant=home)
    with pytest.raises(ValidationError) as refused:
        services_apply.application_submit(application=application, user=user)
    assert len(refused.value.messages) == 3
    _complete(application, user, call)
    assert services_apply.application_submit(application=application, user=user) is True
    application.refresh_from_db()
    assert application.status == ApplicationStatus.SUBMITTED
    assert application.submitted_by == user
    assert Notification.objects.filter(recipient=user, kind="competition").count() == 1
    assert Notification.objects.filter(recipient=manager, kind="competition").count() == 1
    # A double submit changes nothing and tells nobody again.
    assert services_apply.application_submit(application=application, user=user) is False
    assert Notification.objects.filter(kind="competition").count() == 2
    with pytest.raises(ValidationError):
        _complete(application, user, call)  # read-only once submitted


def test_staff_of_another_municipality_cannot_touch_it():
    home, other = municipality(), municipality()
    call = make_call()
    application = services_apply.application_start(user=staff(home), call=call, applicant=home)
    stranger = staff(other)
    with pytest.raises(PermissionDenied):
        services_apply.application_save(application=application, user=stranger, values={}, files={})
    with pytest.raises(PermissionDenied):
        services_apply.application_submit(application=application, user=stranger)


@pytest.mark.parametrize("before", [True, False], ids=["a second before", "at the deadline"])
def test_deadline_edge(before):
    home = municipality()
    call = make_call()
    user = staff(home)
    application = services_apply.application_start(user=user, call=call, applicant=home)
    _complete(application, user, call)
    instant = call.deadline_at - timedelta(seconds=1) if before else call.deadline_at
    with time_machine.travel(instant, tick=False):
        if before:
            assert services_apply.application_submit(application=application, user=user)
        else:
            with pytest.raises(ValidationError) as refused:
                services_apply.application_submit(application=application, user=user)
            assert refused.value.code == "closed" or "closed" in str(refused.value)


def test_deadline_in_bishkek_at_awkward_hours(awkward_hour):
    home = municipality()
    call = make_call(closes_in=timedelta(minutes=1))
    user = staff(home)
    application = services_apply.application_start(user=user, call=call, applicant=home)
    _complete(application, user, call)
    awkward_hour.shift(timedelta(minutes=2))
    with pytest.raises(ValidationError):
        services_apply.application_submit(application=application, user=user)
    assert not selectors.call_is_accepting(call)


def test_withdraw_until_the_deadline_and_reopen():
    home = municipality()
    call = make_call()
    user = staff(home)
    application = services_apply.application_start(user=user, call=call, applicant=home)
    with pytest.raises(ValidationError):
        services_apply.application_withdraw(application=application, user=user)
    _complete(application, user, call)
    services_apply.application_submit(application=application, user=user)
    assert services_apply.application_withdraw(application=application, user=user) is True
    assert services_apply.application_withdraw(application=application, user=user) is False
    reopened = services_apply.application_start(user=user, call=call, applicant=home)
    assert reopened.pk == application.pk
    assert reopened.status == ApplicationStatus.DRAFT
    services_apply.application_submit(application=reopened, user=user)
    with (
        time_machine.travel(call.deadline_at + timedelta(seconds=1), tick=False),
        pytest.raises(ValidationError),
    ):
        services_apply.application_withdraw(application=reopened, user=user)


def test_jury_question_notifies_cluster_staff_and_answer_notifies_juror():
    home, neighbour, far = municipality(), municipality(), municipality()
    cluster = cluster_of(home, neighbour)
    call = make_call(kind=ApplicantKind.CLUSTER)
    user, colleague, outsider = staff(home), staff(neighbour), staff(far)
    juror = UserFactory(role="Learner")
    application = services_apply.application_start(user=user, call=call, applicant=cluster)
    question = JuryQuestion.objects.create(
        application=application, asked_by=juror, question="How much?"
    )
    notifications_apply.jury_question_notify(question)
    assert set(
        Notification.objects.filter(kind="competition").values_list("recipient_id", flat=True)
    ) == {user.pk, colleague.pk}
    with pytest.raises(PermissionDenied):
        services_apply.jury_question_answer(question=question, user=outsider, text="No")
    with pytest.raises(ValidationError):
        services_apply.jury_question_answer(question=question, user=colleague, text="  ")
    services_apply.jury_question_answer(question=question, user=colleague, text="5 million")
    question.refresh_from_db()
    assert question.answered_by == colleague
    assert question.answered_at is not None
    assert Notification.objects.filter(recipient=juror, kind="competition").count() == 1
    with pytest.raises(ValidationError):
        services_apply.jury_question_answer(question=question, user=user, text="again")


def test_my_applications_lists_municipality_and_clusters():
    home, neighbour = municipality(), municipality()
    cluster = cluster_of(home, neighbour)
    own = make_call()
    clustered = make_call(slug="clusters", kind=ApplicantKind.CLUSTER)
    user = staff(home)
    mine = services_apply.application_start(user=user, call=own, applicant=home)
    ours = services_apply.application_start(
        user=staff(neighbour), call=clustered, applicant=cluster
    )
    services_apply.application_start(user=staff(neighbour), call=own, applicant=neighbour)
    assert {a.pk for a in selectors.my_applications(user)} == {mine.pk, ours.pk}
    assert timezone.now() < own.deadline_at
