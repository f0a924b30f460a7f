"""Who sees what on the jury's screens: the declaration first, conflicts hidden with 404 on
every address (application, its files, its scoresheet, its questions), other roles refused."""

from django.urls import reverse
from django.utils import translation

import pytest

from courses.competitions.models import Answer, CallStatus
from tests.courses.competitions.conftest import declare, levels


def en(name, *args):
    with translation.override("en"):
        return reverse(f"competitions:{name}", args=args)


@pytest.mark.django_db
def test_anonymous_is_sent_to_sign_in(client, call, app_a):
    for url in (en("jury"), en("jury_call", call.slug), en("jury_application", app_a.pk)):
        response = client.get(url)
        assert response.status_code == 302
        assert "login" in response["Location"] or "sign" in response["Location"]


@pytest.mark.django_db
def test_jury_list_shows_only_calls_the_juror_sits_on(client, call, juror, outsider):
    client.force_login(juror)
    assert call.slug.encode() in client.get(en("jury")).content
    client.force_login(outsider)
    response = client.get(en("jury"))
    assert response.status_code == 200
    assert b'data-call="kzhap"' not in response.content
    assert client.get(en("jury_call", call.slug)).status_code == 404


@pytest.mark.django_db
def test_no_applications_before_the_declaration(client, call, juror, app_a, app_b):
    client.force_login(juror)
    page = client.get(en("jury_call", call.slug))
    assert page.context["declared"] is False
    assert b'id="declaration-form"' in page.content
    assert client.get(en("jury_application", app_a.pk)).status_code == 404
    response = client.post(en("jury_declare", call.slug), {"confirm": "on"})
    assert response.status_code == 302
    page = client.get(en("jury_call", call.slug))
    assert {a.pk for a in page.context["applications"]} == {app_a.pk, app_b.pk}
    assert client.get(en("jury_application", app_a.pk)).status_code == 200


@pytest.mark.django_db
def test_declaration_needs_the_confirmation(client, call, juror, app_a):
    client.force_login(juror)
    client.post(en("jury_declare", call.slug), {})
    assert client.get(en("jury_call", call.slug)).context["declared"] is False


@pytest.mark.django_db
def test_own_municipality_cluster_is_404_everywhere(client, call, juror_local, app_a, app_b):
    declare(call, juror_local)
    client.force_login(juror_local)
    listed = {a.pk for a in client.get(en("jury_call", call.slug)).context["applications"]}
    assert listed == {app_b.pk}
    answer = Answer.objects.get(application=app_a, field__kind="file")
    assert client.get(en("jury_application", app_a.pk)).status_code == 404
    assert client.get(en("jury_file", app_a.pk, answer.pk)).status_code == 404
    response = client.post(en("jury_score", app_a.pk), {"action": "save"})
    assert response.status_code == 404
    assert not app_a.scoresheets.exists()
    assert client.post(en("jury_question", app_a.pk), {"question": "Hi?"}).status_code == 404
    # (As staff of a member municipality they still see it on the applicant's own pages.)


@pytest.mark.django_db
def test_declared_cluster_is_hidden(client, call, juror, places, app_a, app_b):
    client.force_login(juror)
    client.post(
        en("jury_declare", call.slug), {"confirm": "on", "clusters": [places["cluster_b"].pk]}
    )
    listed = {a.pk for a in client.get(en("jury_call", call.slug)).context["applications"]}
    assert listed == {app_a.pk}
    assert client.get(en("jury_application", app_b.pk)).status_code == 404
    assert client.post(en("jury_score", app_b.pk), {"action": "save"}).status_code == 404
    assert client.get(en("application", app_b.pk)).status_code in (403, 404)


@pytest.mark.django_db
def test_declared_municipality_hides_its_clusters(client, call, juror, places, app_a, app_b):
    declare(call, juror, municipalities=[places["m"][3]])
    client.force_login(juror)
    assert client.get(en("jury_application", app_b.pk)).status_code == 404
    assert client.get(en("jury_application", app_a.pk)).status_code == 200


@pytest.mark.django_db
def test_drafts_are_never_shown(client, call, juror, app_a, app_draft):
    declare(call, juror)
    client.force_login(juror)
    assert client.get(en("jury_application", app_draft.pk)).status_code == 404


@pytest.mark.django_db
def test_juror_may_download_a_visible_file(client, call, juror, app_a):
    declare(call, juror)
    client.force_login(juror)
    answer = Answer.objects.get(application=app_a, field__kind="file")
    response = client.get(en("jury_file", app_a.pk, answer.pk))
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"


@pytest.mark.django_db
def test_other_people_are_refused(client, call, app_a, applicant_a, applicant_b, manager, outsider):
    for user in (applicant_a, applicant_b, manager, outsider):
        client.force_login(user)
        assert client.get(en("jury_application", app_a.pk)).status_code == 404
        assert client.post(en("jury_score", app_a.pk), {"action": "save"}).status_code == 404


@pytest.mark.django_db
def test_open_calls_are_not_on_the_jury_yet(client, call, juror, app_a):
    call.status = CallStatus.OPEN
    call.save()
    declare(call, juror)
    client.force_login(juror)
    assert client.get(en("jury_call", call.slug)).status_code == 404
    assert client.get(en("jury_application", app_a.pk)).status_code == 404


@pytest.mark.django_db
def test_juror_asks_the_applicant_a_question(client, call, juror, app_a, applicant_a):
    declare(call, juror)
    client.force_login(juror)
    response = client.post(en("jury_question", app_a.pk), {"question": "What is the budget?"})
    assert response.status_code == 302
    question = app_a.jury_questions.get()
    assert question.asked_by == juror
    assert applicant_a.notifications.filter(kind="competition").exists()


@pytest.mark.django_db
def test_hostile_ids_are_404(client, call, juror, app_a):
    declare(call, juror)
    client.force_login(juror)
    assert client.get(en("jury_application", 999999)).status_code == 404
    assert client.get(en("jury_file", app_a.pk, 999999)).status_code == 404
    assert client.get(en("jury_call", "nope")).status_code == 404


@pytest.mark.django_db
def test_scoring_through_the_form(client, call, juror, app_a):
    declare(call, juror)
    client.force_login(juror)
    data = {f"level-{k}": v for k, v in levels(call, 10, 2).items()}
    client.post(en("jury_score", app_a.pk), {**data, "action": "submit", "comment": "Good"})
    sheet = app_a.scoresheets.get(juror=juror)
    assert sheet.submitted_at is not None
    assert str(sheet.total) == "83.33"
    page = client.get(en("jury_application", app_a.pk))
    assert b'data-state="submitted"' in page.content
