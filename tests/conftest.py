"""Fixtures shared by the whole suite."""

from django.conf import settings
from django.core.cache import cache
from django.utils import translation

import pytest

from cms.demo import home_pages_create
from tests.factories.accounts import PASSWORD, UserFactory


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    """Every test writes uploads to its own folder."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _clear_cache():
    """Throttling and other cached state never leaks from one test into the next (nor what
    this process remembers for a content version, lms.process_memo)."""
    from lms.process_memo import forget_all

    cache.clear()
    forget_all()
    yield
    cache.clear()
    forget_all()


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
