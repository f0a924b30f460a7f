"""The catalogue's filters: topics with their course counts (none empty), and the "Filter (n)"
button that holds them on a phone."""

import re

import pytest

from courses.catalogue.models import Topic
from courses.catalogue.selectors import CatalogueFilters, catalogue_base, catalogue_topics

pytestmark = pytest.mark.django_db

COOPERATION = "intermunicipal-cooperation"
PRIVATE = "private-sector-involvement"


def topic_links(response) -> dict:
    return {link["label"]: link["count"] for link in response.context["topic_links"]}


def test_topics_show_their_course_counts_and_hide_empty_ones(client, make_course):
    cooperation = Topic.objects.get(slug=COOPERATION)
    make_course(title="Clusters", topic=cooperation, level="advanced")
    make_course(title="Joint services", topic=cooperation)
    make_course(title="Lighting", level="beginner")  # the factory's topic: private sector
    draft = make_course(title="Draft", topic=cooperation)
    draft.unpublish()
    empty = Topic.objects.exclude(slug__in=[COOPERATION, PRIVATE]).first()
    response = client.get("/ky/courses/")
    assert topic_links(response) == {cooperation.name: 2, Topic.objects.get(slug=PRIVATE).name: 1}
    html = response.content.decode()
    # The count is written for the reader, beside the topic's name.
    assert re.search(
        rf'href="\?topic={COOPERATION}">{cooperation.name} <span class="count">\(2\)</span>', html
    )
    assert empty is None or empty.name not in html.split('class="catalogue-filters"', 1)[1]


def test_topic_counts_follow_the_other_filters(client, make_course):
    cooperation = Topic.objects.get(slug=COOPERATION)
    make_course(title="Clusters", topic=cooperation, level="advanced")
    make_course(title="Lighting", level="beginner")
    response = client.get("/ky/courses/?level=advanced")
    assert topic_links(response) == {cooperation.name: 1}
    # The chosen topic stays listed (with 0) even where the other filters leave it no course.
    response = client.get(f"/ky/courses/?level=beginner&topic={COOPERATION}")
    assert topic_links(response) == {
        cooperation.name: 0,
        Topic.objects.get(slug=PRIVATE).name: 1,
    }


def test_topic_counts_take_one_query(catalogue, make_course, django_assert_num_queries):
    for n in range(3):
        make_course(title=f"Course {n}", topic=Topic.objects.get(slug=COOPERATION))
    make_course(title="Lighting")
    base = catalogue_base(locale=catalogue.locale, filters=CatalogueFilters())
    # One query for any number of topics and courses: the counts are a subquery of the topics.
    with django_assert_num_queries(1):
        topics = catalogue_topics(base=base)
    assert {topic.slug: topic.course_count for topic in topics} == {COOPERATION: 3, PRIVATE: 1}


def test_filters_sit_behind_a_filter_button_that_counts_the_chosen_ones(client, make_course):
    make_course(title="Lighting", level="beginner")
    summary = re.compile(r'<details class="filter-box[^"]*">\s*<summary>([^<]*)</summary>')
    html = client.get("/ky/courses/").content.decode()
    label = summary.search(html).group(1)
    assert label.strip() and "(" not in label  # "Filter", in words, nothing chosen
    html = client.get(f"/ky/courses/?level=beginner&topic={PRIVATE}&q=light").content.decode()
    # Two filters chosen: the words are the search, not a filter.
    assert summary.search(html).group(1) == f"{label} (2)"
    # The results follow the closed button; the filter links are inside it.
    assert html.index("<summary>") < html.index('class="catalogue-results"')
    assert html.index('class="catalogue-filters"') > html.index("<details")
