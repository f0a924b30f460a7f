"""The one NinjaAPI of version 1: its routers, authentication, rate limits and error answers.

Built once when the URLs load. lms's own routers come first; the course apps add theirs
through the API_ROUTERS hook (lms.api.hooks), since lms may not import them.
"""

from wagtail import hooks

from ninja import NinjaAPI

from lms.api import errors
from lms.api.auth import ApiRateThrottle, SessionAuth, TokenAuth
from lms.api.hooks import API_ROUTERS
from lms.api.routers import me, places, users

DESCRIPTION = """The Municipal Academy's REST API, version 1.

Authenticate with a personal access token (`Authorization: Bearer <token>`, created on your
profile) or, from the site's own pages, the session with its CSRF token. Lists are paged with
a cursor (`limit`, `cursor`, `next`); errors are RFC 9457 problem documents; POSTs accept an
`Idempotency-Key`. See docs/api.md.
"""


def api_build() -> NinjaAPI:
    api = NinjaAPI(
        title="Municipal Academy API",
        version="1",
        description=DESCRIPTION,
        urls_namespace="api_v1",
        docs_url=None,  # our own server-rendered page (lms.api.views.api_docs): no CDN, no JS
        openapi_url="/openapi.json",
        auth=[TokenAuth(), SessionAuth()],
        throttle=[ApiRateThrottle()],
    )
    errors.install(api)
    api.add_router("/me", me.router)
    api.add_router("/users", users.router)
    api.add_router("/places", places.router)
    for hook in hooks.get_hooks(API_ROUTERS):
        for prefix, router in hook():
            api.add_router(prefix, router)
    return api


api = api_build()
