"""Reads about accounts: where a person's work is, for the page after signing in."""

from urllib.parse import urlsplit

from django.conf import settings
from django.urls import Resolver404, resolve, reverse
from django.utils import translation

from lms.accounts.access_cache import user_group_names
from lms.accounts.roles import MANAGER, REVIEWER, TRAINER

# The per-course trainer groups (`courses.catalogue.selectors.COURSE_GROUP_PREFIX`; the
# foundation names no course app, and a test keeps the two equal).
COURSE_TRAINERS_PREFIX = "Course trainers: "

# Each role's landing page, by URL name, strongest role first: a manager who also teaches
# lands on the reports. The names are strings, as `lms` names the course apps.
LANDING_BY_ROLE = (
    (MANAGER, "reports:dashboard"),
    (TRAINER, "progress:teach"),
    # Reviewers work in the admin: its dashboard lists the pages awaiting their review.
    (REVIEWER, "wagtailadmin_home"),
)
LEARNER_LANDING = "progress:my"
ADMIN_LANDING = "wagtailadmin_home"

# Account pages for people who are signed out: a `next` pointing at one is no destination.
SIGNED_OUT_PAGES = frozenset(
    {
        "login",
        "logout",
        "register",
        "register_done",
        "confirm_email",
        "confirmation_resend",
        "password_reset",
        "password_reset_done",
        "password_reset_confirm",
        "password_reset_complete",
    }
)


def user_landing_view_name(*, user) -> str:
    """The URL name of the page where `user`'s work is, by their strongest role."""
    names = user_group_names(user)
    if any(name.startswith(COURSE_TRAINERS_PREFIX) for name in names):
        names = names | {TRAINER}  # on a course's trainer list without the role
    for role, view_name in LANDING_BY_ROLE:
        if role in names:
            return view_name
    # An administrator in no role administers: the admin's dashboard.
    return ADMIN_LANDING if user.is_superuser else LEARNER_LANDING


def user_landing_url(*, user, language: str) -> str:
    """The address of `user`'s landing page in `language` (the admin has no language prefix)."""
    with translation.override(language):
        return reverse(user_landing_view_name(user=user))


def next_url_is_destination(url: str) -> bool:
    """Whether a (safe) `next` names a page the person wanted, rather than the front door.

    The header's "Sign in" link carries the page it was on: from a home page or from another
    account page for signed-out people that is no destination, so the person lands on their work.
    """
    if not url:
        return False
    path = urlsplit(url).path
    home_pages = {"/", *(f"/{code}/" for code, _name in settings.LANGUAGES)}
    if path in home_pages:
        return False
    try:
        # i18n_patterns resolve only the active language's prefix: take the address's own.
        with translation.override(translation.get_language_from_path(path)):
            match = resolve(path)
    except Resolver404:
        return True  # a Wagtail page or an address we cannot name: honour it
    return not (match.namespace == "accounts" and match.url_name in SIGNED_OUT_PAGES)


def sign_in_destination(*, user, language: str, next_url: str = "") -> str:
    """Where a person goes after signing in: the page they asked for, else their work in the
    language they signed in with. `next_url` must already be checked as safe (same host)."""
    if next_url_is_destination(next_url):
        return next_url
    return user_landing_url(user=user, language=language)
