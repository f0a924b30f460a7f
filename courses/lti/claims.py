"""Names of the LTI 1.3 claims we read, and small readers over a validated launch's claims."""

from urllib.parse import parse_qs, urlsplit

LTI = "https://purl.imsglobal.org/spec/lti/claim/"
MESSAGE_TYPE = LTI + "message_type"
DEPLOYMENT_ID = LTI + "deployment_id"
ROLES = LTI + "roles"
CUSTOM = LTI + "custom"
RESOURCE_LINK = LTI + "resource_link"
TARGET_LINK_URI = LTI + "target_link_uri"
LAUNCH_PRESENTATION = LTI + "launch_presentation"
AGS_ENDPOINT = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint"
DEEP_LINKING_SETTINGS = "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings"
SCORE_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/score"
INSTRUCTOR_ROLES = (
    "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor",
    "http://purl.imsglobal.org/vocab/lis/v2/membership#ContentDeveloper",
    "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator",
    "http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator",
)
LANGUAGES = ("ky", "ru", "en")


def is_instructor(claims: dict) -> bool:
    """Instructor, content developer or administrator on the platform (roles claim)."""
    return any(role in INSTRUCTOR_ROLES for role in claims.get(ROLES) or [])


def launch_language(claims: dict, default: str) -> str:
    """ky, ru or en from launch_presentation.locale ("ru-RU", "ky", "en_US"), else `default`."""
    locale = str((claims.get(LAUNCH_PRESENTATION) or {}).get("locale") or "")
    code = locale.replace("_", "-").split("-")[0].lower()
    return code if code in LANGUAGES else default


def is_framed(claims: dict) -> bool:
    """The platform shows us in a frame (document_target iframe or frame)."""
    return (claims.get(LAUNCH_PRESENTATION) or {}).get("document_target") in ("iframe", "frame")


def _origin(url: str) -> str:
    parts = urlsplit(str(url or ""))
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme in ("http", "https") else ""


def frame_origins(claims: dict, *, platform_urls: tuple) -> list[str]:
    """Origins that may frame the launched pages: the registration's (issuer, login URL) and
    the signed launch's return URL (Canvas frames from the school's host, not its issuer's)."""
    urls = (*platform_urls, (claims.get(LAUNCH_PRESENTATION) or {}).get("return_url"))
    return sorted({origin for origin in map(_origin, urls) if origin})


def content_keys(claims: dict) -> tuple[str, str]:
    """(course key, lesson key) named by the custom parameters, else by target_link_uri's
    query (?course=…&lesson=…); empty strings when not named."""
    custom = claims.get(CUSTOM) or {}
    course, lesson = str(custom.get("course", "")), str(custom.get("lesson", ""))
    if not (course or lesson):
        query = parse_qs(urlsplit(str(claims.get(TARGET_LINK_URI) or "")).query)
        course = (query.get("course") or [""])[0]
        lesson = (query.get("lesson") or [""])[0]
    return course, lesson


def full_name(claims: dict) -> str:
    name = str(claims.get("name") or "").strip()
    if not name:
        name = " ".join(str(claims.get(part) or "") for part in ("given_name", "family_name"))
    return name.strip()[:200]
