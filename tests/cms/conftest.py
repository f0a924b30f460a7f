"""Fixtures shared by the portal tests."""

import pytest

from tests.factories.cms import portal_index


@pytest.fixture
def portal(home_page):
    """The best-practice portal under the home page, in every language the home page has."""
    return portal_index(home_page)
