"""The signed-in user's row kept in the cache between requests.

Django's AuthenticationMiddleware reads the user with one query on every signed-in request;
here the row comes from the cache and is checked exactly as Django checks it (the session's
backend is still configured, the account may still sign in, and the session's hash matches the
password's). Anything else (no copy, a hash that differs, the cache away) goes to Django's own
`get_user`, which reads the database and signs the session out when it must.

A copy is dropped whenever the row changes: on every save or delete of a user (now and after
commit, so no request in between keeps the old row), and by `user_cache_forget` where a
queryset `update()` changes users without a save. It also expires after KEEP_SECONDS.
"""

import logging
from functools import partial

from django.conf import settings
from django.contrib import auth
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.auth.middleware import AuthenticationMiddleware
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils.crypto import constant_time_compare
from django.utils.functional import SimpleLazyObject

from lms.versions import cache_drop_now_and_after_commit

logger = logging.getLogger(__name__)

KEEP_SECONDS = 600


def _key(user_pk) -> str:
    return f"auth-user:{user_pk}"


def user_cache_forget(user_pks) -> None:
    """Drop the kept rows of these users now and after commit (a queryset update changed them)."""
    cache_drop_now_and_after_commit([_key(pk) for pk in user_pks], "kept users")


def read_ahead_keys(request, user_id) -> list[str]:
    """`lms.cache_ahead`: a signed-in request reads the user's kept row."""
    return [_key(user_id)] if user_id is not None else []


def _user_kept(request):
    """The session's user from the cache when it passes Django's checks, else None."""
    session = request.session
    try:
        user_pk = session[SESSION_KEY]
        backend_path = session[BACKEND_SESSION_KEY]
    except KeyError:
        return None
    session_hash = session.get(HASH_SESSION_KEY)
    if backend_path not in settings.AUTHENTICATION_BACKENDS or not session_hash:
        return None
    try:
        user = cache.get(_key(user_pk))
    except Exception:
        return None
    if user is None or str(user.pk) != str(user_pk) or not user.is_active:
        return None
    if not constant_time_compare(session_hash, user.get_session_auth_hash()):
        return None  # Django decides: a fallback key may still verify it, or it signs out
    user.backend = backend_path
    return user


def user_get(request):
    """request.user: the kept row when it checks out, else Django's get_user (then kept)."""
    if not hasattr(request, "_cached_user"):
        user = _user_kept(request)
        if user is None:
            user = auth.get_user(request)
            if user.is_authenticated:
                try:
                    cache.set(_key(user.pk), user, KEEP_SECONDS)
                except Exception:
                    logger.warning("Cache unavailable: the user is read from the database.")
        request._cached_user = user
    return request._cached_user


async def _auser(request):
    if not hasattr(request, "_acached_user"):
        request._acached_user = await auth.aget_user(request)
    return request._acached_user


class CachedUserAuthenticationMiddleware(AuthenticationMiddleware):
    """Django's AuthenticationMiddleware with the user read through `user_get`."""

    def process_request(self, request):
        super().process_request(request)  # its checks, and request.auser
        request.user = SimpleLazyObject(partial(user_get, request))
        request.auser = partial(_auser, request)


@receiver(post_save, sender=settings.AUTH_USER_MODEL)
@receiver(post_delete, sender=settings.AUTH_USER_MODEL)
def user_cache_on_change(sender, instance, raw=False, **kwargs):
    if not raw:
        user_cache_forget([instance.pk])
