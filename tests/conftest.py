"""Fixtures shared by the whole suite."""

import datetime as dt

from django.conf import settings
from django.core.cache import cache
from django.utils import translation

import pytest
import time_machine

from cms.demo import home_pages_create
from tests.factories.accounts import PASSWORD, UserFactory

# The hours when a UTC date and a Bishkek date differ, or are about to: 18:30 UTC is 00:30 the
# next day in Bishkek; 23:59 in Bishkek is 17:59 UTC the same day. Date tests run at both.
AWKWARD_HOURS = {
    "18:30 UTC": dt.datetime(2026, 12, 31, 18, 30, tzinfo=dt.UTC),
    "23:59 Bishkek": dt.datetime(2026, 12, 31, 17, 59, tzinfo=dt.UTC),
}


def pytest_addoption(parser):
    parser.addoption(
        "--clock",
        default="",
        help="Run the whole suite as if it were this UTC instant (ISO 8601, e.g. "
        "2026-12-03T18:30), the clock ticking from there: proves the suite passes at any hour.",
    )


@pytest.fixture(autouse=True, scope="session")
def _suite_clock(request):
    value = request.config.getoption("--clock")
    if not value:
        yield
        return
    instant = dt.datetime.fromisoformat(value)
    if instant.tzinfo is None:
        instant = instant.replace(tzinfo=dt.UTC)
    with time_machine.travel(instant, tick=True):
        yield


@pytest.fixture(params=list(AWKWARD_HOURS), ids=list(AWKWARD_HOURS))
def awkward_hour(request):
    """The clock stopped at each hour a UTC date and a Bishkek date can be confused."""
    with time_machine.travel(AWKWARD_HOURS[request.param], tick=False) as traveller:
        yield traveller


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    """Every test writes uploads (public and private) to its own folders."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"


@pytest.fixture(autouse=True)
def _clear_cache():
    """Throttling and other cached state never leaks from one test into the next (nor what
    this process remembers for a content version, lms.process_memo, or its fragments)."""
    from lms.local_fragments import local_clear
    from lms.process_memo import forget_all

    cache.clear()
    forget_all()
    local_clear()
    yield
    cache.clear()
    forget_all()
    local_clear()


@pytest.fixture(autouse=True)
def _default_language():
    """Requests activate their URL's language in the thread; start every test from Kyrgyz."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture
def home_page(db):
    """The default site points at a fresh Kyrgyz home page with Russian and English translations."""
    return home_pages_create()


@pytest.fixture
def password():
    return PASSWORD


@pytest.fixture
def make_user(db):
    """Build a confirmed user, optionally in a role: make_user(role="Trainer")."""
    return UserFactory


@pytest.fixture
def learner(make_user):
    return make_user(role="Learner")
