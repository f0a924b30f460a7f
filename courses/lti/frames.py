"""Pages shown inside a platform's frame after an LTI launch.

The launch leaves the platform's origin in the session; for that session's pages the site
header and footer are left out (`request.lti_framed`, read by base.html), X-Frame-Options is
lifted and CSP frame-ancestors names that origin alone. Every other response keeps DENY and
frame-ancestors 'none'.
"""

from django.conf import settings

FRAME_SESSION_KEY = "lti_frame_origins"
# Never framed: the admin and the LTI endpoints themselves.
NEVER_FRAMED = ("/admin/",)


class LtiFrameMiddleware:
    """Placed after XFrameOptionsMiddleware and CSPMiddleware, so it marks the response first."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        origins = None
        # Only with a session cookie: anonymous pages never touch the session (page cache).
        if settings.SESSION_COOKIE_NAME in request.COOKIES and hasattr(request, "session"):
            origins = request.session.get(FRAME_SESSION_KEY)
        framed = bool(origins) and not request.path.startswith(NEVER_FRAMED)
        # The same person opening the site in its own tab gets the header back.
        request.lti_framed = framed and request.headers.get("Sec-Fetch-Dest") != "document"
        response = self.get_response(request)
        if framed:
            response.xframe_options_exempt = True
            replace = dict(getattr(response, "_csp_replace", None) or {})
            replace["frame-ancestors"] = list(origins)
            response._csp_replace = replace
        return response
