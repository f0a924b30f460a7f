"""LTI 1.3 launches from a simulated platform: launch → deep link → score back, and refusals."""

import jwt
import pytest
from jwcrypto.jwk import JWK

from courses.enrolment.models import Enrollment
from courses.lti import claims as c
from courses.lti.models import LtiLaunchContext
from courses.lti.services import NO_EMAIL
from courses.lti.views import INACTIVE, REPLAYED
from courses.progress.services import lesson_complete
from lms.accounts.models import User
from tests.courses.lti import platform as sim

pytestmark = pytest.mark.django_db


def directives(response) -> dict[str, str]:
    """The response's CSP as {directive: sources}: the header's order is not fixed."""
    parts = (part.strip() for part in response["Content-Security-Policy"].split(";"))
    return dict((part.split(" ", 1) + [""])[:2] for part in parts if part)


def _launch(client, platform_sim, **overrides):
    state, nonce = sim.login(client)
    token = platform_sim.id_token(nonce=nonce, **overrides)
    return client.post("/lti/launch/", {"id_token": token, "state": state})


def test_launch_deep_link_and_score_back(
    client, registration, platform_sim, make_course, lessons_of, django_capture_on_commit_callbacks
):
    """The done-when test: a teacher picks a lesson, a learner launches it and completes the
    course, and the platform's line item receives the scores."""
    course = make_course(lessons=2, modules=0)
    first, second = lessons_of(course)

    # 1. Deep linking: the teacher's picker lists the course and its lessons; the choice comes
    #    back as a signed LtiDeepLinkingResponse auto-posted to the platform.
    picker = _launch(client, platform_sim, **platform_sim.deep_linking_claims())
    assert picker.status_code == 200
    text = picker.content.decode()
    assert course.title in text and first.title in text
    # Platforms open the picker in a frame: theirs may, no one else.
    assert "X-Frame-Options" not in picker
    assert directives(picker)["frame-ancestors"] == sim.ISSUER
    assert 'class="site-header"' not in text
    key = picker.context["key"]
    chosen = client.post("/lti/deep-link/", {"key": key, "item": f"lesson:{first.translation_key}"})
    assert chosen.status_code == 200
    assert chosen.context["action"] == sim.DL_RETURN
    policy = directives(chosen)
    assert policy["form-action"] == f"'self' {sim.ISSUER}"  # to the platform only
    assert policy["frame-ancestors"] == sim.ISSUER
    answer = chosen.context["fields"]["JWT"]
    jwks = client.get("/lti/jwks/").json()
    header = jwt.get_unverified_header(answer)
    (ours,) = [key for key in jwks["keys"] if key["kid"] == header["kid"]]
    public = JWK(**ours).export_to_pem()
    body = jwt.decode(answer, public, algorithms=["RS256"], audience=sim.ISSUER)
    assert body["iss"] == sim.CLIENT_ID
    assert body[c.MESSAGE_TYPE] == "LtiDeepLinkingResponse"
    assert body["https://purl.imsglobal.org/spec/lti-dl/claim/data"] == "opaque-platform-data"
    (item,) = body["https://purl.imsglobal.org/spec/lti-dl/claim/content_items"]
    assert item["type"] == "ltiResourceLink"
    assert item["custom"] == {"lesson": str(first.translation_key)}
    assert item["url"].startswith("http://testserver/lti/launch/")
    # The picker's key is spent.
    again = client.post("/lti/deep-link/", {"key": key, "item": f"lesson:{first.translation_key}"})
    assert again.status_code == 400

    # 2. The learner opens the link: matched by e-mail (created here), enrolled, signed in, sent
    #    to the lesson in the launch's language.
    client.logout()
    with django_capture_on_commit_callbacks(execute=True):
        response = _launch(client, platform_sim, **{c.CUSTOM: item["custom"]})
    assert response.status_code == 302
    assert response["Location"] == first.url  # no Russian translation: the Kyrgyz lesson
    user = User.objects.get(email="aigul@example.kg")
    assert user.full_name == "Aigul Toktosunova"
    assert user.groups.filter(name="Learner").exists()
    assert Enrollment.objects.filter(user=user, course_key=course.translation_key).exists()
    context = LtiLaunchContext.objects.get(user=user)
    assert (context.sub, context.lineitem_url) == ("moodle-user-42", sim.LINEITEM)
    assert context.lesson_key == first.translation_key
    # The launch itself reports "started".
    assert platform_sim.scores[-1]["body"]["activityProgress"] == "Started"

    # 3. Progress goes back: a lesson, then the course.
    with django_capture_on_commit_callbacks(execute=True):
        lesson_complete(user=user, lesson=first)
    with django_capture_on_commit_callbacks(execute=True):
        lesson_complete(user=user, lesson=second)
    sent = [score["body"] for score in platform_sim.scores]
    assert [s["activityProgress"] for s in sent] == ["Started", "InProgress", "Completed"]
    last = sent[-1]
    assert last["scoreGiven"] == last["scoreMaximum"] == 2
    assert last["gradingProgress"] == "FullyGraded"
    assert last["userId"] == "moodle-user-42"
    assert "timestamp" in last
    assert platform_sim.scores[-1]["url"] == sim.SCORES
    assert platform_sim.scores[-1]["auth"] == "Bearer platform-token"
    assert platform_sim.scores[-1]["content_type"] == "application/vnd.ims.lis.v1.score+json"
    # The token came by client credentials with a JWT assertion signed with our key.
    grant = platform_sim.token_requests[-1]
    assert grant["grant_type"] == ["client_credentials"]
    assertion = jwt.decode(
        grant["client_assertion"][0], public, algorithms=["RS256"], audience=sim.TOKEN_URL
    )
    assert assertion["iss"] == assertion["sub"] == sim.CLIENT_ID
    assert "https://purl.imsglobal.org/spec/lti-ags/scope/score" in grant["scope"][0]


def test_a_rerun_with_nothing_new_posts_nothing(
    client, registration, platform_sim, make_course, django_capture_on_commit_callbacks
):
    from courses.lti.tasks import lti_score_send

    course = make_course(lessons=1, modules=0)
    with django_capture_on_commit_callbacks(execute=True):
        _launch(client, platform_sim, **{c.CUSTOM: {"course": str(course.translation_key)}})
    assert len(platform_sim.scores) == 1
    context = LtiLaunchContext.objects.get()
    assert lti_score_send(context.pk) is False
    assert len(platform_sim.scores) == 1


def test_a_framed_launch_drops_the_header_and_lets_only_the_platform_frame_it(
    client, registration, platform_sim, make_course
):
    course = make_course(lessons=1, modules=0)
    presentation = {"document_target": "iframe", "return_url": "https://school.example.kg/c/1"}
    response = _launch(
        client,
        platform_sim,
        **{c.CUSTOM: {"course": str(course.translation_key)}, c.LAUNCH_PRESENTATION: presentation},
    )
    page = client.get(response["Location"])
    assert page.status_code == 200
    assert 'class="site-header"' not in page.content.decode()
    assert "X-Frame-Options" not in page
    assert directives(page)["frame-ancestors"] == f"{sim.ISSUER} https://school.example.kg"
    # The same person opening the site in a tab of its own gets the header back.
    tab = client.get(response["Location"], headers={"Sec-Fetch-Dest": "document"})
    assert 'class="site-header"' in tab.content.decode()
    # Anyone else: never framed.
    client.logout()
    other = client.get(response["Location"])
    assert other["X-Frame-Options"] == "DENY"
    assert directives(other)["frame-ancestors"] == "'none'"


def test_a_window_launch_keeps_the_header(client, registration, platform_sim, make_course):
    course = make_course(lessons=1, modules=0)
    response = _launch(
        client,
        platform_sim,
        **{
            c.CUSTOM: {"course": str(course.translation_key)},
            c.LAUNCH_PRESENTATION: {"document_target": "window", "locale": "en-US"},
        },
    )
    assert response.status_code == 302
    page = client.get(response["Location"])
    assert 'class="site-header"' in page.content.decode()
    assert page["X-Frame-Options"] == "DENY"


def test_a_launch_opens_the_course_in_the_launch_language(
    client, registration, platform_sim, make_course, translate_course
):
    course = make_course(lessons=1, modules=0)
    russian = translate_course(course, "ru")
    response = _launch(client, platform_sim, **{c.CUSTOM: {"course": str(course.translation_key)}})
    assert response["Location"] == russian.url
    assert response["Location"].startswith("/ru/")


def test_an_instructor_is_a_trainer_only_when_on_the_course_trainer_list(
    client, registration, platform_sim, make_course, make_user
):
    trainer = make_user(role="Trainer", email="teacher@example.kg")
    course = make_course(lessons=1, modules=0, trainers=[trainer])
    custom = {"course": str(course.translation_key)}
    as_teacher = {"email": "teacher@example.kg", c.ROLES: [sim.INSTRUCTOR], c.CUSTOM: custom}
    assert _launch(client, platform_sim, **as_teacher).status_code == 302
    assert not Enrollment.objects.filter(user=trainer).exists()
    # An instructor on the platform who is not a trainer here is a learner here.
    client.logout()
    other = {"email": "other@example.kg", "sub": "u-2", c.ROLES: [sim.INSTRUCTOR], c.CUSTOM: custom}
    assert _launch(client, platform_sim, **other).status_code == 302
    assert Enrollment.objects.filter(user__email="other@example.kg").exists()


def test_an_existing_account_is_matched_by_email(
    client, registration, platform_sim, make_course, learner
):
    course = make_course(lessons=1, modules=0)
    launch = {"email": learner.email.upper(), c.CUSTOM: {"course": str(course.translation_key)}}
    assert _launch(client, platform_sim, **launch).status_code == 302
    assert User.objects.filter(email__iexact=learner.email).count() == 1
    assert Enrollment.objects.filter(user=learner).exists()


@pytest.mark.parametrize("role", ["Manager"])
def test_managers_are_never_signed_in_by_a_platform(
    client, registration, platform_sim, make_course, make_user, role
):
    manager = make_user(role=role, email="boss@example.kg")
    course = make_course(lessons=1, modules=0)
    response = _launch(
        client,
        platform_sim,
        **{"email": manager.email, c.CUSTOM: {"course": str(course.translation_key)}},
    )
    assert response.status_code == 403
    assert "_auth_user_id" not in client.session


# ---- refusals ------------------------------------------------------------------------------


@pytest.fixture
def course_custom(make_course):
    return {c.CUSTOM: {"course": str(make_course(lessons=1, modules=0).translation_key)}}


def _refused(response, status=400):
    assert response.status_code == status
    assert "_auth_user_id" not in response.wsgi_request.session
    assert not LtiLaunchContext.objects.exists()
    return response.content.decode()


def test_a_bad_signature_is_refused(client, registration, platform_sim, course_custom):
    forged = sim.Platform().private_key  # another key under the platform's kid
    response = _launch(client, platform_sim, key=forged, **course_custom)
    _refused(response)
    assert "Signature verification failed" in str(response.context["message"])


def test_a_wrong_audience_is_refused(client, registration, platform_sim, course_custom):
    response = _launch(client, platform_sim, aud="someone-else", **course_custom)
    _refused(response)
    assert "Registration not found" in str(response.context["message"])


def test_an_expired_token_is_refused(client, registration, platform_sim, course_custom):
    response = _launch(client, platform_sim, exp=1_000_000, iat=999_000, **course_custom)
    _refused(response)
    assert "expired" in str(response.context["message"])


def test_an_unknown_deployment_is_refused(client, registration, platform_sim, course_custom):
    response = _launch(client, platform_sim, **{c.DEPLOYMENT_ID: "99", **course_custom})
    _refused(response)
    assert "Unable to find deployment" in str(response.context["message"])


def test_a_replayed_launch_is_refused(client, registration, platform_sim, course_custom):
    state, nonce = sim.login(client)
    token = platform_sim.id_token(nonce=nonce, **course_custom)
    first = client.post("/lti/launch/", {"id_token": token, "state": state})
    assert first.status_code == 302
    replay = client.post("/lti/launch/", {"id_token": token, "state": state})
    assert replay.status_code == 400
    assert replay.context["message"] == REPLAYED
    assert LtiLaunchContext.objects.count() == 1


def test_a_nonce_the_tool_never_issued_is_refused(
    client, registration, platform_sim, course_custom
):
    state, _nonce = sim.login(client)
    token = platform_sim.id_token(nonce=sim.new_nonce(), **course_custom)
    _refused(client.post("/lti/launch/", {"id_token": token, "state": state}))


def test_an_unknown_state_is_refused(client, registration, platform_sim, course_custom):
    _state, nonce = sim.login(client)
    token = platform_sim.id_token(nonce=nonce, **course_custom)
    _refused(client.post("/lti/launch/", {"id_token": token, "state": "state-forged"}))


def test_an_inactive_registration_is_refused(client, registration, platform_sim, course_custom):
    state, nonce = sim.login(client)
    registration.active = False
    registration.save()
    token = platform_sim.id_token(nonce=nonce, **course_custom)
    response = client.post("/lti/launch/", {"id_token": token, "state": state})
    _refused(response, 403)
    assert response.context["message"] == INACTIVE
    # And the login itself is refused while it is off.
    login = {"iss": sim.ISSUER, "client_id": sim.CLIENT_ID, "login_hint": "1"}
    assert client.get("/lti/login/", login).status_code == 403


def test_a_launch_without_an_email_is_refused_with_the_reason(
    client, registration, platform_sim, course_custom
):
    from django.utils import translation

    with translation.override("en"):
        response = _launch(client, platform_sim, email=None, **course_custom)
    assert response.status_code == 403
    assert response.context["message"] == NO_EMAIL
    assert not User.objects.filter(full_name="Aigul Toktosunova").exists()


def test_a_link_to_nothing_of_ours_is_refused(client, registration, platform_sim, db, home_page):
    response = _launch(client, platform_sim, **{c.CUSTOM: {"course": "not-a-key"}})
    assert response.status_code == 403
    assert not User.objects.filter(email="aigul@example.kg").exists()


def test_a_learner_cannot_open_the_picker(client, registration, platform_sim, home_page):
    claims = {**platform_sim.deep_linking_claims(), c.ROLES: [sim.LEARNER]}
    assert _launch(client, platform_sim, **claims).status_code == 403


def test_login_and_launch_refuse_garbage(client, registration, db):
    assert client.get("/lti/login/").status_code == 400
    unknown = {"iss": "https://nobody.example", "login_hint": "1"}
    assert client.get("/lti/login/", unknown).status_code == 400
    assert client.post("/lti/launch/", {"id_token": "a.b", "state": "x"}).status_code == 400
    assert client.post("/lti/launch/").status_code == 400
    assert client.get("/lti/launch/").status_code == 405
    assert client.post("/lti/deep-link/", {"key": "nope"}).status_code == 400


@pytest.mark.parametrize(
    "value", ["", "%00", "' OR 1=1 --", "x" * 5000, "https://moodle.example.kg/\u0000", "[]"]
)
def test_hostile_login_parameters_get_a_page_not_an_error(client, registration, value):
    for name in ("iss", "client_id", "login_hint", "target_link_uri", "lti_message_hint"):
        query = {"iss": sim.ISSUER, "client_id": sim.CLIENT_ID, "login_hint": "1", name: value}
        assert client.get("/lti/login/", query).status_code in (302, 400), (name, value)


def test_jwks_lists_active_registrations_only(client, registration, db):
    from courses.lti.models import LtiPlatform

    off = LtiPlatform.objects.create(
        name="Old",
        issuer="https://old.example",
        client_id="x",
        auth_login_url="https://old.example/auth",
        auth_token_url="https://old.example/token",
        keyset_url="https://old.example/jwks",
        active=False,
    )
    kids = {key["kid"] for key in client.get("/lti/jwks/").json()["keys"]}
    assert kids == {registration.key_id}
    assert off.key_id not in kids
    assert "d" not in client.get("/lti/jwks/").json()["keys"][0]  # public half only
