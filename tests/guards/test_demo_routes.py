"""The guards' route list: complete, and filled with real objects."""

import pytest

from tests.guards.routes import our_route_names, page_routes, routes


@pytest.mark.django_db
def test_every_route_of_ours_is_walked(demo):
    walked = routes(demo.values)
    assert {route.name for route in walked} == set(our_route_names())
    assert len(walked) >= 60
    kinds = {route.name for route in page_routes(demo.pages)}
    assert {"page:HomePage", "page:CoursePage", "page:LessonPage", "page:CaseStudyPage"} <= kinds
