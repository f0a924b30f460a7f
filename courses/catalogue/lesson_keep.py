"""A learner's lesson page kept for the same visit, under everything it shows read afresh.

Opening a lesson again within a visit (a reload, back from the questions, "Continue" to the
lesson just read) showed the same page, rendered again: most of a lesson view's CPU. The page a
learner was shown is kept in the shared cache for LESSON_PAGE_KEEP_SECONDS, under a digest of
everything it depends on, each read again on every request:

- the content version (the lesson, course, outline, quiz and assignment, menus: any publish or
  save starts a new one);
- what the header and page frame show the reader (`lms.context_processors.header_state`): the
  host, address, language and time zone, their id, name, admin link and unread notifications;
- what each app adds to the lesson page (`LESSON_PAGE_CONTEXT`), through the `reader_state`
  that app attaches to its context function: the enrolment, the completions, the lesson's
  latest questions... A context function without `reader_state` keeps no page at all, so an
  app that adds something to the lesson page cannot be forgotten here.

A change to any of them is a new digest, so nothing is forgotten by hand and nothing is shown
stale; the cost of a kept page is those reads (three compiled queries and the cache reads the
page makes anyway). A new visit to the lesson is rendered, which records it, and kept for the
views after it (the page does not show the visit). Never served kept: previews, an address with
a query string, a page framed by LTI, a page shown with a message, anything but a 200, and
lessons whose app says no (a quiz, an assignment, a due date, a trainer's or a visitor's view).
The page's CSRF tokens are stored as markers and each response gets fresh ones, as a rendered
page does. A page rendered while its data changed is kept under the digest read before it: it
may show newer data than that digest, never older.
"""

import hashlib
import re
import zlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.csrf import get_token

from wagtail import hooks

from courses.catalogue.extensions import LESSON_PAGE_CONTEXT
from lms.context_processors import header_state
from lms.page_cache import content_version

KEY_PREFIX = "lesson-kept:"
TOKEN = re.compile(rb'(name="csrfmiddlewaretoken" value=")([A-Za-z0-9]{64})(")')
MARKER = b"\x00csrf\x00"


def _keeps(request) -> bool:
    return (
        settings.LESSON_PAGE_KEEP_SECONDS > 0
        and request.method == "GET"
        and not request.META.get("QUERY_STRING")
        and request.user.is_authenticated
        and not getattr(request, "lti_framed", False)
        and not getattr(request, "is_preview", False)
        and not _messages_waiting(request)
    )


def _messages_waiting(request) -> bool:
    storage = getattr(request, "_messages", None)
    return storage is not None and bool(len(storage))


def _reader_state(*, request, lesson, course, outline, state: dict) -> bool:
    """Fill `state` with what each app shows this reader on the lesson page, in hook order;
    False as soon as an app keeps no page for it (or has not said what it shows)."""
    for extend in hooks.get_hooks(LESSON_PAGE_CONTEXT):
        read = getattr(extend, "reader_state", None)
        if read is None:
            return False
        found = read(request=request, lesson=lesson, course=course, outline=outline, state=state)
        if found is None:
            return False
        state.update(found)
    return True


def lesson_kept_key(*, request, lesson, course, outline, state: dict) -> str | None:
    """The digest the reader's page is kept under, or None when it is not kept. `state` gets
    what the apps read for it, which their context functions then use instead of reading it
    again (`reader_state_get`)."""
    if not _keeps(request):
        return None
    if not _reader_state(
        request=request, lesson=lesson, course=course, outline=outline, state=state
    ):
        return None
    # Names starting with "_" are objects passed on to later apps, not part of the digest.
    reader = sorted((name, value) for name, value in state.items() if not name.startswith("_"))
    shown = (content_version(request), header_state(request), lesson.pk, course.pk, reader)
    return KEY_PREFIX + hashlib.sha256(repr(shown).encode()).hexdigest()


def lesson_kept_response(*, request, key: str | None, state: dict) -> HttpResponse | None:
    """The kept page with this response's own CSRF tokens, or None: not kept, or an app needs
    the page rendered this time (`_render`: a new visit to record)."""
    if key is None or state.get("_render"):
        return None
    try:
        stored = cache.get(key)
    except Exception:  # the shared cache is down: render, as if never kept
        return None
    if stored is None:
        return None
    body = zlib.decompress(stored)
    if MARKER in body:
        # One masked token for every form on the page: each get_token() call draws a new mask,
        # one read of the system's randomness per character, and any mask of the secret passes.
        body = body.replace(MARKER, get_token(request).encode())
    response = HttpResponse(body, content_type="text/html; charset=utf-8")
    response["X-Lesson-Kept"] = "hit"
    return response


def lesson_kept_store(*, key: str, response) -> None:
    """Keep a rendered lesson page (a 200), its CSRF tokens replaced by markers."""
    if response.status_code != 200:
        return
    body = TOKEN.sub(rb"\1" + MARKER + rb"\3", response.content)
    try:
        cache.set(key, zlib.compress(body, 1), settings.LESSON_PAGE_KEEP_SECONDS)
    except Exception:  # not kept: the next view renders
        return
