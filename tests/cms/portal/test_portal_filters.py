"""The portal index on a phone: the facets behind a "Filter (n)" button, the cases after it."""

import re

import pytest

from tests.factories.cms import case_create

pytestmark = pytest.mark.django_db

SUMMARY = re.compile(r'<details class="filter-box[^"]*">\s*<summary>([^<]*)</summary>')


def test_facets_sit_behind_a_filter_button_that_counts_the_chosen_ones(client, portal):
    case_create(portal, title="Waste", theme="private-sector", year=2020)
    html = client.get("/en/best-practices/").content.decode()
    assert SUMMARY.search(html).group(1) == "Filter"
    assert html.index("<summary>") < html.index('class="facets"') < html.index('class="results"')
    html = client.get("/en/best-practices/?theme=private-sector&year=2020&q=waste")
    html = html.content.decode()
    assert SUMMARY.search(html).group(1) == "Filter (2)"  # words are the search, not a filter
