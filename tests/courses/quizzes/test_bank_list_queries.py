"""The question bank's list in the Wagtail admin for a manager, as `make bench` loads it
(admin_question_bank): a fixed number of queries for a page of 5 questions and a full page."""

from django.urls import reverse

import pytest

from courses.quizzes.bank import category_for_path
from courses.quizzes.models import Question

pytestmark = pytest.mark.django_db

# The session (1), the user's permissions (2) and Wagtail profile (1), their group names (3:
# asked again by three checks), "is a manager" (2), the sidebar's page and collection
# permissions, locales and root page (4), the Gradebook item's "any course?" (1); then the
# list: the count (1), the categories (1) and the page of questions (1). None per row.
MANAGER_BANK_LIST_QUERIES = 17


def _questions(course, count: int, start: int = 0) -> None:
    category = category_for_path(course.translation_key, ["Bench", "Sub"])
    for n in range(start, start + count):
        Question.objects.create(category=category, qtype="essay", text=f"Essay {n}")


def test_the_managers_bank_list_does_not_grow_per_row(
    client, course, make_user, django_assert_num_queries
):
    client.force_login(make_user(role="Manager", preferred_language="en"))
    url = reverse("wagtailsnippets_quizzes_question:list")
    _questions(course, 5)
    client.get(url)  # warm: policies, notifications, the menu's kept values
    with django_assert_num_queries(MANAGER_BANK_LIST_QUERIES):
        assert client.get(url).status_code == 200
    _questions(course, 40, start=5)
    with django_assert_num_queries(MANAGER_BANK_LIST_QUERIES):
        response = client.get(url)
    assert response.status_code == 200
    assert response.content.decode().count("Essay ") >= 20
