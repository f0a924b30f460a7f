"""Fragments kept in the process as well as the shared cache (lms.local_fragments) and the
`{% fragment %}` block that uses them: fewer cache reads per page, nothing shown stale after a
change (the pages: tests/courses/catalogue/test_fragments_pages.py)."""

import time

from django.core.cache import cache
from django.template import Context, Template
from django.test import RequestFactory

import pytest

from lms import local_fragments
from lms.page_cache import content_version_bump, fragment_cached

pytestmark = pytest.mark.django_db


class CacheReads:
    """Keys the shared cache was asked for (get and get_many)."""

    def __init__(self, monkeypatch):
        self.keys = []
        get, get_many = cache.get, cache.get_many

        def counted_get(key, *args, **kwargs):
            self.keys.append(key)
            return get(key, *args, **kwargs)

        def counted_get_many(keys, *args, **kwargs):
            self.keys.extend(keys)
            return get_many(keys, *args, **kwargs)

        monkeypatch.setattr(cache, "get", counted_get)
        monkeypatch.setattr(cache, "get_many", counted_get_many)

    def matching(self, word: str) -> list[str]:
        return [key for key in self.keys if word in str(key)]


def _renders():
    calls = []

    def render():
        calls.append(1)
        return f"<p>render {len(calls)}</p>"

    return calls, render


def test_a_fragment_is_read_from_the_shared_cache_once_per_process(rf, monkeypatch):
    request = rf.get("/ky/")
    calls, render = _renders()
    assert fragment_cached(request, "test", ("a",), render) == "<p>render 1</p>"
    local_fragments.local_clear()  # another process: only the shared copy
    reads = CacheReads(monkeypatch)
    assert fragment_cached(request, "test", ("a",), render) == "<p>render 1</p>"
    assert fragment_cached(request, "test", ("a",), render) == "<p>render 1</p>"
    assert len(reads.matching("fragment:test")) == 1  # the second came from the process
    assert calls == [1]


def test_a_new_content_version_renders_afresh_despite_the_process_copy(rf):
    calls, render = _renders()
    fragment_cached(rf.get("/ky/"), "test", ("a",), render)
    content_version_bump()  # a publish
    assert fragment_cached(rf.get("/ky/"), "test", ("a",), render) == "<p>render 2</p>"


def test_a_process_copy_lives_fragment_local_seconds_at_most(rf, settings, monkeypatch):
    settings.FRAGMENT_LOCAL_SECONDS = 60
    calls, render = _renders()
    fragment_cached(rf.get("/ky/"), "test", ("a",), render)
    cache.clear()  # the shared copy (and the version) gone: only the process copy is left
    now = time.monotonic()
    monkeypatch.setattr(local_fragments.time, "monotonic", lambda: now + 30)
    key = next(iter(local_fragments._entries))
    assert local_fragments.local_get(key) == "<p>render 1</p>"
    monkeypatch.setattr(local_fragments.time, "monotonic", lambda: now + 61)
    assert local_fragments.local_get(key) is None
    assert local_fragments.local_size() == 0


def test_the_process_keeps_within_its_budget_dropping_the_longest_unused(settings):
    settings.FRAGMENT_LOCAL_BYTES = 25
    local_fragments.local_set("a", "x" * 10)
    local_fragments.local_set("b", "y" * 10)
    assert local_fragments.local_get("a") == "x" * 10  # "b" is now the longest unused
    local_fragments.local_set("c", "z" * 10)
    assert local_fragments.local_get("b") is None
    assert local_fragments.local_get("a") == "x" * 10
    assert local_fragments.local_size() == 20
    local_fragments.local_set("big", "w" * 26)  # larger than the whole budget: not kept
    assert local_fragments.local_get("big") is None


def test_nothing_is_kept_in_the_process_when_turned_off(rf, settings):
    settings.FRAGMENT_LOCAL_SECONDS = 0
    fragment_cached(rf.get("/ky/"), "test", ("a",), lambda: "<p>x</p>")
    assert local_fragments.local_size() == 0


def _block(request, value):
    template = Template(
        '{% load fragment_tags %}{% fragment "test" key %}{{ value }}{% endfragment %}'
    )
    return template.render(Context({"request": request, "key": 1, "value": value}))


def test_a_fragment_block_is_kept_per_host_and_never_in_previews(rf):
    assert _block(rf.get("/ky/"), "first") == "first"
    assert _block(rf.get("/ky/"), "second") == "first"  # kept
    other_host = RequestFactory(HTTP_HOST="testserver:8080").get("/ky/")
    assert _block(other_host, "third") == "third"  # links may differ on another host
    preview = rf.get("/ky/")
    preview.is_preview = True
    assert _block(preview, "draft") == "draft"
    assert _block(rf.get("/ky/"), "fourth") == "first"  # the preview stored nothing
