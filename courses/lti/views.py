"""LTI endpoints: our public keys, OIDC login initiation, the launch, the deep-linking picker.

The platform posts across sites, so login and launch are CSRF-exempt: the id_token's signature,
state and nonce are what proves the request (pylti1p3 checks them). The picker's answer is
bound to its launch by an unguessable one-use key instead of the CSRF cookie, which a browser
may not send inside the platform's frame.
"""

import secrets

from django.conf import settings
from django.contrib.auth import login
from django.core.cache import cache
from django.http import Http404, JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from pylti1p3.contrib.django import DjangoMessageLaunch, DjangoOIDCLogin
from pylti1p3.contrib.django.launch_data_storage.cache import DjangoCacheDataStorage
from pylti1p3.exception import LtiException, OIDCException

from courses.lti import claims as c
from courses.lti.frames import FRAME_SESSION_KEY
from courses.lti.keys import public_jwk
from courses.lti.models import LtiPlatform
from courses.lti.registration import (
    RegistrationFailed,
    platform_register,
    registration_token_check,
)
from courses.lti.selectors import deep_link_choices, launch_target, platforms_active
from courses.lti.services import LaunchRefused, deep_link_jwt, launch_accept
from courses.lti.tool_config import PlatformToolConf
from lms.i18n import platform_name

# A nonce is kept this long after its launch, longer than any id_token may live.
NONCE_SECONDS = 3600
PICKER_SECONDS = 3600
REFUSED = _("The launch was refused")
INACTIVE = _("This platform's registration is switched off on this site. Ask a manager.")
REPLAYED = _("This launch was already used. Open the activity again from your platform.")
NOT_VERIFIED = _(
    "The launch could not be verified (%(reason)s). Open the activity again from your "
    "platform; if it keeps failing, its administrator should check the registration."
)
NOT_INSTRUCTOR = _("Only the platform's teachers may choose content to link.")
PICKER_EXPIRED = _("This choice has expired. Start again from your platform.")


def _frameable(request, response, origins):
    """Let these origins (only) frame this response, shown without the site's header."""
    request.lti_framed = True
    response.xframe_options_exempt = True
    replace = dict(getattr(response, "_csp_replace", None) or {})
    replace["frame-ancestors"] = list(origins)
    response._csp_replace = replace
    return response


def refused(request, message, *, status=400):
    return TemplateResponse(
        request, "lti/refused.html", {"message": message, "heading": REFUSED}, status=status
    )


@require_GET
def jwks(request):
    """The public keys of every active registration (platforms verify what we sign with them)."""
    keys = [public_jwk(platform.public_key) for platform in platforms_active()]
    return JsonResponse({"keys": keys})


@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def login_initiation(request):
    """Third-party initiated login: remember state and nonce, send the browser to the
    platform's authorisation endpoint, which posts the id_token to our launch URL."""
    conf = PlatformToolConf()
    oidc = DjangoOIDCLogin(request, conf, launch_data_storage=DjangoCacheDataStorage())
    try:
        return oidc.disable_check_cookies().redirect(
            request.build_absolute_uri(reverse("lti:launch"))
        )
    except (OIDCException, LtiException) as error:
        if conf.inactive is not None:
            return refused(request, INACTIVE, status=403)
        return refused(request, NOT_VERIFIED % {"reason": error})


def _validated(request):
    """(conf, launch, claims) of a verified id_token; raises LaunchRefused with the page's
    message and status otherwise (signature, iss/aud, exp, nonce, state, deployment)."""
    conf = PlatformToolConf()
    launch = DjangoMessageLaunch(request, conf, launch_data_storage=DjangoCacheDataStorage())
    try:
        claims = launch.get_launch_data()
    except LtiException as error:
        if conf.inactive is not None:
            raise LaunchRefused(INACTIVE, 403) from error
        raise LaunchRefused(NOT_VERIFIED % {"reason": error}, 400) from error
    # pylti1p3 keeps the nonce valid for the session; a nonce is spent once here.
    if not cache.add(f"lti:nonce:{conf.platform.pk}:{claims['nonce']}", 1, NONCE_SECONDS):
        raise LaunchRefused(REPLAYED, 400)
    return conf, launch, claims


@csrf_exempt
@never_cache
@require_POST
def launch(request):
    """The platform posts the id_token: a resource link opens the course or lesson signed in
    and enrolled; a deep-linking request opens the picker."""
    try:
        conf, message, claims = _validated(request)
    except LaunchRefused as error:
        message_text, status = error.args
        return refused(request, message_text, status=status)
    language = c.launch_language(claims, settings.LANGUAGE_CODE)
    platform = conf.platform
    if message.is_deep_link_launch():
        return _picker(request, platform=platform, claims=claims, language=language)
    try:
        result = launch_accept(platform=platform, claims=claims, language=language)
    except LaunchRefused as error:
        return refused(request, error.args[0], status=403)
    login(request, result.user, backend="django.contrib.auth.backends.ModelBackend")
    if c.is_framed(claims):
        request.session[FRAME_SESSION_KEY] = c.frame_origins(
            claims, platform_urls=(platform.issuer, platform.auth_login_url)
        )
    else:
        request.session.pop(FRAME_SESSION_KEY, None)
    with translation.override(language):
        url = result.page.get_url(request=request)
    response = redirect(url)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        samesite="Lax",
        secure=settings.LANGUAGE_COOKIE_SECURE,
    )
    return response


def _picker(request, *, platform: LtiPlatform, claims: dict, language: str):
    """Courses and lessons to link, in the teacher's language; the choice is posted to
    `deep_link` with a one-use key naming this launch."""
    if not c.is_instructor(claims):
        return refused(request, NOT_INSTRUCTOR, status=403)
    key = secrets.token_urlsafe(32)
    origins = c.frame_origins(claims, platform_urls=(platform.issuer, platform.auth_login_url))
    stored = {"platform": platform.pk, "claims": claims, "origins": origins}
    cache.set(f"lti:picker:{key}", stored, PICKER_SECONDS)
    with translation.override(language):
        response = TemplateResponse(
            request,
            "lti/picker.html",
            {"choices": deep_link_choices(language=language), "key": key, "platform": platform},
        )
        # Platforms open content selection in a frame (Moodle: a dialog).
        _frameable(request, response, origins)
        response.render()
    return response


@csrf_exempt
@never_cache
@require_POST
def deep_link(request):
    """The teacher's choice, signed and posted back to the platform (LtiDeepLinkingResponse)."""
    key = request.POST.get("key", "")
    stored = cache.get(f"lti:picker:{key}") if key else None
    if stored is None:
        return refused(request, PICKER_EXPIRED, status=400)
    platform = LtiPlatform.objects.filter(pk=stored["platform"], active=True).first()
    if platform is None:
        return refused(request, INACTIVE, status=403)
    kind, _sep, item_key = request.POST.get("item", "").partition(":")
    choice = _choice(kind, item_key)
    if choice is None:
        raise Http404
    cache.delete(f"lti:picker:{key}")
    claims = stored["claims"]
    settings_claim = claims.get(c.DEEP_LINKING_SETTINGS) or {}
    token = deep_link_jwt(
        platform=platform,
        claims=claims,
        item=choice,
        launch_url=request.build_absolute_uri(reverse("lti:launch")),
    )
    action = str(settings_claim.get("deep_link_return_url", ""))
    response = TemplateResponse(
        request, "lti/autopost.html", {"action": action, "fields": {"JWT": token}}
    )
    # The form goes to the platform: allow that one origin for this response only.
    response._csp_update = {"form-action": c.frame_origins({}, platform_urls=(action,))}
    return _frameable(request, response, stored["origins"])


def _choice(kind: str, key: str) -> dict | None:
    if kind not in ("course", "lesson"):
        return None
    course, page = launch_target(
        course_key=key if kind == "course" else "",
        lesson_key=key if kind == "lesson" else "",
        language=translation.get_language() or settings.LANGUAGE_CODE,
    )
    if page is None:
        return None
    return {"kind": kind, "key": str(page.translation_key), "title": page.title}


REGISTRATION_LINK_INVALID = _(
    "This registration link is not valid or has expired. Ask a manager of this site for a new one."
)


@never_cache
@require_GET
def dynamic_registration(request, token):
    """The platform's administrator pasted our registration URL: register, then tell the
    platform's window we are done (org.imsglobal.lti.close)."""
    if not registration_token_check(token):
        return refused(request, REGISTRATION_LINK_INVALID, status=403)
    openid_configuration = request.GET.get("openid_configuration", "")
    if not openid_configuration:
        # Opened by a person, not a platform: say where the link goes.
        return TemplateResponse(request, "lti/register_help.html", {})
    urls = {
        name: request.build_absolute_uri(reverse(f"lti:{name}"))
        for name in ("login", "launch", "jwks")
    }
    try:
        platform = platform_register(
            openid_configuration=openid_configuration,
            registration_token=request.GET.get("registration_token", ""),
            urls=urls,
            name=str(platform_name()),
        )
    except RegistrationFailed as error:
        return refused(request, error.args[0], status=400)
    response = TemplateResponse(request, "lti/registered.html", {"platform": platform})
    # The registration page is shown in the platform's frame: let that platform frame it.
    origins = c.frame_origins({}, platform_urls=(platform.issuer, openid_configuration))
    return _frameable(request, response, origins)
