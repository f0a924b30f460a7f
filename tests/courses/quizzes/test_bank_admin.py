"""The question bank in the admin: categories and questions per course, trainers their own
courses' only (Wagtail's list, edit, delete and bulk-action URLs included), managers all; the
quiz editor's bank slots (issue 17)."""

import functools
from urllib.parse import urlencode

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

import pytest

from courses.catalogue.services import course_trainers_sync
from courses.quizzes.bank import category_for_path, default_category
from courses.quizzes.models import Option, Question, QuestionCategory, Quiz, QuizSlot
from courses.quizzes.services import quiz_attempt_start
from tests.factories.courses import CoursePageFactory, LessonPageFactory
from tests.factories.quizzes import quiz_with_questions

pytestmark = pytest.mark.django_db


@pytest.fixture
def make_user(make_user):
    return functools.partial(make_user, preferred_language="en")


@pytest.fixture
def trainer(make_user, course):
    user = make_user(role="Trainer")
    course.trainers = [user]
    course.save()
    course_trainers_sync(course=course)
    return user


@pytest.fixture
def other_course(course):
    other = CoursePageFactory(parent=course.get_parent())
    LessonPageFactory(parent=other)
    return other


@pytest.fixture
def theirs(other_course):
    """A category and a question of another course's bank."""
    category = category_for_path(other_course.translation_key, ["Theirs"])
    question = Question.objects.create(category=category, qtype="short", text="Their secret")
    Option.objects.create(question=question, text="x", fraction=1)
    return category, question


@pytest.fixture
def mine(course):
    category = category_for_path(course.translation_key, ["Mine"])
    question = Question.objects.create(
        category=category, qtype="short", text="Name the oblast", idnumber="OBL-1", tags=["geo"]
    )
    Option.objects.create(question=question, text="Chui", fraction=1)
    return category, question


def url(model: str, view: str, *args) -> str:
    return reverse(f"wagtailsnippets_quizzes_{model}:{view}", args=args)


def bulk_url(model: str, action: str, *pks) -> str:
    base = reverse("wagtail_bulk_action", args=("quizzes", model, action))
    return f"{base}?{urlencode([('next', '/admin/'), *(('id', pk) for pk in pks)])}"


def test_trainers_list_only_their_courses_banks(client, trainer, mine, theirs):
    client.force_login(trainer)
    page = client.get(url("question", "list"))
    assert page.status_code == 200
    assert "Name the oblast" in page.text and "Their secret" not in page.text
    page = client.get(url("questioncategory", "list"))
    assert page.status_code == 200
    assert "Mine" in page.text and "Theirs" not in page.text


def test_managers_see_every_bank(client, make_user, mine, theirs):
    client.force_login(make_user(role="Manager"))
    page = client.get(url("question", "list"))
    assert "Name the oblast" in page.text and "Their secret" in page.text


def test_the_bank_searches_idnumber_and_filters_by_type_and_tag(client, trainer, mine, quiz):
    client.force_login(trainer)
    page = client.get(url("question", "list"), {"q": "OBL-1"})
    assert "Name the oblast" in page.text and "Who signs the service contract?" not in page.text
    page = client.get(url("question", "list"), {"qtype": "single"})
    assert "Who signs the service contract?" in page.text and "Name the oblast" not in page.text
    page = client.get(url("question", "list"), {"tag": "geo"})
    assert "Name the oblast" in page.text and "Who signs" not in page.text


def test_another_courses_trainer_is_refused_every_object_view(client, trainer, theirs, course):
    category, question = theirs
    client.force_login(trainer)
    for address in (
        url("question", "edit", question.pk),
        url("question", "delete", question.pk),
        url("questioncategory", "edit", category.pk),
        url("questioncategory", "delete", category.pk),
    ):
        assert client.get(address).status_code in (302, 403, 404), address
    client.post(url("question", "delete", question.pk))
    client.post(url("questioncategory", "delete", category.pk))
    client.post(bulk_url("question", "delete", question.pk))
    client.post(bulk_url("questioncategory", "delete", category.pk))
    assert Question.objects.filter(pk=question.pk).exists()
    assert QuestionCategory.objects.filter(pk=category.pk).exists()
    # Nor can they move it into their own bank, or edit it.
    own = default_category(course.translation_key)
    client.post(bulk_url("question", "move_to_category", question.pk), {"category": own.pk})
    question.refresh_from_db()
    assert question.category_id == category.pk


def test_a_trainer_edits_a_bank_question(client, trainer, mine):
    category, question = mine
    client.force_login(trainer)
    assert client.get(url("question", "edit", question.pk)).status_code == 200


def test_a_trainer_creates_a_category_in_their_course_only(client, trainer, course, other_course):
    client.force_login(trainer)
    base = {"name": "Laws", "info": "", "idnumber": "", "parent": ""}
    response = client.post(url("questioncategory", "add"), {**base, "course": other_course.pk})
    assert response.status_code == 200
    assert not QuestionCategory.objects.filter(name="Laws").exists()
    response = client.post(url("questioncategory", "add"), {**base, "course": course.pk})
    assert response.status_code == 302
    assert QuestionCategory.objects.get(name="Laws").course_key == course.translation_key


def test_a_category_cannot_move_into_another_course_or_itself(client, trainer, mine, theirs):
    category, _question = mine
    sub = category_for_path(category.course_key, ["Mine", "Sub"])
    client.force_login(trainer)
    data = {"name": "Mine", "info": "", "idnumber": ""}
    response = client.post(
        url("questioncategory", "edit", category.pk), {**data, "parent": theirs[0].pk}
    )
    assert response.status_code == 200
    response = client.post(url("questioncategory", "edit", category.pk), {**data, "parent": sub.pk})
    assert response.status_code == 200
    category.refresh_from_db()
    assert category.parent_id is None


def test_a_category_with_questions_stays_an_empty_one_goes(client, trainer, mine, course):
    category, _question = mine
    empty = category_for_path(course.translation_key, ["Empty"])
    client.force_login(trainer)
    response = client.post(url("questioncategory", "delete", category.pk))
    assert response.status_code == 302
    assert QuestionCategory.objects.filter(pk=category.pk).exists()
    client.post(bulk_url("questioncategory", "delete", category.pk))
    assert QuestionCategory.objects.filter(pk=category.pk).exists()
    response = client.post(url("questioncategory", "delete", empty.pk))
    assert not QuestionCategory.objects.filter(pk=empty.pk).exists()


def test_a_question_an_attempt_uses_is_not_deleted(client, trainer, quiz, enrolled, course):
    attempt = quiz_attempt_start(user=enrolled, quiz=quiz, course_key=course.translation_key)
    question = Question.objects.get(key=attempt.layout[0]["q"])
    client.force_login(trainer)
    response = client.post(url("question", "delete", question.pk), follow=True)
    assert Question.objects.filter(pk=question.pk).exists()
    assert "attempts use it" in response.text
    client.post(bulk_url("question", "delete", question.pk))
    assert Question.objects.filter(pk=question.pk).exists()


def test_a_free_bank_question_is_deleted(client, trainer, mine):
    _category, question = mine
    client.force_login(trainer)
    client.post(url("question", "delete", question.pk))
    assert not Question.objects.filter(pk=question.pk).exists()


def test_questions_move_to_a_category_of_the_same_course(client, trainer, mine, quiz, theirs):
    category, question = mine
    target = category_for_path(category.course_key, ["Target"])
    client.force_login(trainer)
    page = client.get(bulk_url("question", "move_to_category", question.pk))
    assert page.status_code == 200
    assert "Theirs" not in page.text
    response = client.post(
        bulk_url("question", "move_to_category", question.pk), {"category": target.pk}
    )
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.category_id == target.pk
    # Another course's category is not a choice.
    client.post(bulk_url("question", "move_to_category", question.pk), {"category": theirs[0].pk})
    question.refresh_from_db()
    assert question.category_id == target.pk


def test_the_bank_list_runs_a_fixed_number_of_queries(client, trainer, mine, quiz):
    """The same number of queries for 7 questions as for 27 (no query per row)."""
    client.force_login(trainer)
    client.get(url("question", "list"))  # warm: policies, notifications

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url("question", "list")).status_code == 200
        return len(queries)

    before = count()
    other = category_for_path(mine[0].course_key, ["Mine", "Deeper"])
    for n in range(20):
        Question.objects.create(category=other if n % 2 else mine[0], qtype="essay", text=f"E{n}")
    assert count() == before


# ---- the quiz editor's slots -----------------------------------------------------------------


def slot_form(lesson, slots: list[dict]) -> dict:
    data = {
        "lesson": lesson.pk,
        "title": "Bank quiz",
        "pass_mark": "60",
        "attempts_allowed": "0",
        "grading_method": "highest",
        "review": "after_attempt",
        "questions-TOTAL_FORMS": "0",
        "questions-INITIAL_FORMS": "0",
        "questions-MIN_NUM_FORMS": "0",
        "questions-MAX_NUM_FORMS": "1000",
        "slots-TOTAL_FORMS": str(len(slots)),
        "slots-INITIAL_FORMS": "0",
        "slots-MIN_NUM_FORMS": "0",
        "slots-MAX_NUM_FORMS": "1000",
    }
    for n, slot in enumerate(slots):
        data[f"slots-{n}-ORDER"] = str(n + 1)
        data.update({f"slots-{n}-{k}": v for k, v in {"count": "1", **slot}.items()})
    return data


@pytest.fixture
def new_lesson(course):
    return LessonPageFactory(parent=course)


def test_the_quiz_editor_saves_fixed_and_random_slots(client, trainer, mine, new_lesson):
    category, question = mine
    for n in range(3):
        Question.objects.create(category=category, qtype="essay", text=f"Essay {n}")
    client.force_login(trainer)
    page = client.get(reverse("wagtailsnippets_quizzes_quiz:add"))
    assert page.status_code == 200 and "Questions from the bank" in page.text
    data = slot_form(
        new_lesson, [{"question": question.pk}, {"category": category.pk, "count": "3"}]
    )
    response = client.post(reverse("wagtailsnippets_quizzes_quiz:add"), data)
    assert response.status_code == 302, response.text[:2000]
    quiz = Quiz.objects.get(title="Bank quiz")
    assert list(quiz.slots.values_list("question_id", "category_id", "count")) == [
        (question.pk, None, 1),
        (None, category.pk, 3),
    ]


@pytest.mark.parametrize("problem", ["too_many", "twice", "other_course", "both", "none"])
def test_the_quiz_editor_refuses_a_bad_slot(client, trainer, mine, theirs, new_lesson, problem):
    category, question = mine
    slots = {
        "too_many": [{"category": category.pk, "count": "5"}],
        "twice": [{"question": question.pk}, {"question": question.pk}],
        "other_course": [{"question": theirs[1].pk}],
        "both": [{"question": question.pk, "category": category.pk}],
        "none": [{"include_subcategories": "on"}],
    }[problem]
    client.force_login(trainer)
    response = client.post(
        reverse("wagtailsnippets_quizzes_quiz:add"), slot_form(new_lesson, slots)
    )
    assert response.status_code == 200
    assert not Quiz.objects.filter(title="Bank quiz").exists()
    if problem == "too_many":
        assert "has only 0 questions this quiz can draw (5 asked)" in response.text or (
            "has only 1 question this quiz can draw (5 asked)" in response.text
        )


def test_a_new_quizs_own_questions_land_in_the_bank(client, trainer, course, new_lesson):
    client.force_login(trainer)
    data = slot_form(new_lesson, [])
    data.update(
        {
            "questions-TOTAL_FORMS": "1",
            "questions-0-ORDER": "1",
            "questions-0-qtype": "short",
            "questions-0-text": "Capital?",
            "questions-0-points": "1",
            "questions-0-options-TOTAL_FORMS": "1",
            "questions-0-options-INITIAL_FORMS": "0",
            "questions-0-options-MIN_NUM_FORMS": "0",
            "questions-0-options-MAX_NUM_FORMS": "1000",
            "questions-0-options-0-ORDER": "1",
            "questions-0-options-0-text": "Bishkek",
            "questions-0-options-0-fraction": "1",
            "questions-0-options-0-tolerance": "0",
        }
    )
    response = client.post(reverse("wagtailsnippets_quizzes_quiz:add"), data)
    assert response.status_code == 302, response.text[:2000]
    question = Question.objects.get(text="Capital?")
    assert question.category == default_category(course.translation_key)


def test_the_same_question_in_two_quizzes_of_the_course(client, trainer, mine, course):
    _category, question = mine
    first = quiz_with_questions(lesson=LessonPageFactory(parent=course), questions=[])
    QuizSlot.objects.create(quiz=first, question=question, sort_order=0)
    client.force_login(trainer)
    response = client.post(
        reverse("wagtailsnippets_quizzes_quiz:add"),
        slot_form(LessonPageFactory(parent=course), [{"question": question.pk}]),
    )
    assert response.status_code == 302, response.text[:2000]
    assert QuizSlot.objects.filter(question=question).count() == 2
