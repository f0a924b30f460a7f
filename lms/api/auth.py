"""Who calls: a personal access token (Authorization: Bearer …) or the site's session.

A token that is unknown, revoked or expired is refused at once (401), never tried as a session;
a read-only token is refused on any method that changes something (403). The session serves
the site's own pages and needs Django's CSRF token on unsafe methods, as a form would.
"""

import time

from django.conf import settings
from django.core.cache import cache

from ninja.errors import AuthenticationError, AuthorizationError
from ninja.security import HttpBearer
from ninja.security import SessionAuth as NinjaSessionAuth
from ninja.throttling import BaseThrottle

from lms.accounts.throttling import axes_client_ip
from lms.api.models import ApiToken
from lms.api.services import api_token_authenticate

SAFE_METHODS = ("GET", "HEAD", "OPTIONS")
TOKEN_REFUSED = "The token is unknown, revoked or expired."  # noqa: S105 (a message, not a secret)
READ_ONLY = "This token may only read: create a token with the write scope to change data."


class TokenAuth(HttpBearer):
    """A personal access token, created and revoked by its owner on their profile."""

    def authenticate(self, request, token):
        found = api_token_authenticate(token.strip())
        if found is None:
            raise AuthenticationError(message=TOKEN_REFUSED)
        if request.method not in SAFE_METHODS and not found.can_write:
            raise AuthorizationError(message=READ_ONLY)
        request.user = found.user
        request.api_token = found
        return found


class SessionAuth(NinjaSessionAuth):
    """The site's session (the person signed in on the site), with CSRF on unsafe methods."""

    def authenticate(self, request, key):
        user = request.user
        if user.is_authenticated and user.is_active:
            return user
        return None


def api_user(request):
    """The person behind an authenticated request, whichever way they came."""
    return request.user


class ApiRateThrottle(BaseThrottle):
    """Requests per minute per token (or signed-in person, or client address without either),
    counted in the shared cache (Redis in production) so every app server counts together."""

    WINDOW = 60

    def allow_request(self, request) -> bool:
        auth = getattr(request, "auth", None)
        if isinstance(auth, ApiToken):
            ident, limit = f"t{auth.pk}", settings.API_RATE_LIMIT
        elif auth is not None:
            ident, limit = f"u{auth.pk}", settings.API_RATE_LIMIT
        else:
            ident, limit = f"a{axes_client_ip(request)}", settings.API_RATE_LIMIT_ANONYMOUS
        window = int(time.time() // self.WINDOW)
        key = f"api:rate:{ident}:{window}"
        cache.add(key, 0, self.WINDOW + 1)
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, self.WINDOW + 1)
            count = 1
        return count <= limit

    def wait(self) -> float:
        return self.WINDOW - time.time() % self.WINDOW
