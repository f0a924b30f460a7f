"""The quiz admin offers the new types with a message per type; cloze markup typed in the text
becomes `{#n}` places and gaps on save (issue 17)."""

import functools

from django.urls import reverse

import pytest

from courses.catalogue.services import course_trainers_sync
from courses.quizzes.models import Question, Quiz

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


def quiz_form(lesson, question: dict, options: list[dict] = ()) -> dict:
    data = {
        "lesson": lesson.pk,
        "title": "New types",
        "pass_mark": "60",
        "attempts_allowed": "0",
        "grading_method": "highest",
        "review": "after_attempt",
        "questions-TOTAL_FORMS": "1",
        "questions-INITIAL_FORMS": "0",
        "questions-MIN_NUM_FORMS": "0",
        "questions-MAX_NUM_FORMS": "1000",
        "questions-0-ORDER": "1",
        "questions-0-points": "1",
        "questions-0-options-TOTAL_FORMS": str(len(options)),
        "questions-0-options-INITIAL_FORMS": "0",
        "questions-0-options-MIN_NUM_FORMS": "0",
        "questions-0-options-MAX_NUM_FORMS": "1000",
    }
    data.update({f"questions-0-{k}": v for k, v in question.items()})
    for n, option in enumerate(options):
        data[f"questions-0-options-{n}-ORDER"] = str(n + 1)
        data[f"questions-0-options-{n}-tolerance"] = "0"
        data.update({f"questions-0-options-{n}-{k}": v for k, v in option.items()})
    return data


def post(client, data):
    return client.post(reverse("wagtailsnippets_quizzes_quiz:add"), data)


def test_cloze_markup_in_the_text_becomes_gaps(client, trainer, lesson):
    client.force_login(trainer)
    data = quiz_form(
        lesson,
        {
            "qtype": "cloze",
            "text": "Борбор: {1:SHORTANSWER:=Бишкек#Туура}, {2:MCV:=Чүй~Ош}.",
            "text_en": "Capital: {1:SHORTANSWER:=Bishkek#Right}, {2:MCV:=Chui~Osh}.",
            "points": "2",
        },
    )
    response = post(client, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    question = Question.objects.get(quiz__title="New types")
    assert question.text == "Борбор: {#1}, {#2}."
    assert question.text_en == "Capital: {#1}, {#2}."
    assert [g["type"] for g in question.gaps] == ["shortanswer", "multichoice"]
    assert question.gaps[0]["answers"][0]["text_en"] == "Bishkek"
    assert question.gaps[1]["display"] == "vertical"


@pytest.mark.parametrize(
    ("question", "options", "message"),
    [
        ({"qtype": "cloze", "text": "No gaps here."}, [], "needs at least one gap"),
        ({"qtype": "cloze", "text": "Bad {1:NUMERICAL:=seven}."}, [], "is not a number"),
        (
            {"qtype": "cloze", "text": "{1:SA:=a}", "text_en": "{1:SA:=a} {2:SA:=b}"},
            [],
            "The English text must have the same gaps",
        ),
        ({"qtype": "essay", "text": "Write."}, [{"text": "x", "fraction": "1"}], "no answers"),
        (
            {"qtype": "essay", "text": "Write.", "min_words": "50", "max_words": "10"},
            [],
            "least number of words is larger",
        ),
        ({"qtype": "description", "text": "Read.", "points": "1"}, [], "set its points to 0"),
        (
            {"qtype": "description", "text": "Read.", "points": "0"},
            [{"text": "x", "fraction": "1"}],
            "A description has no answers",
        ),
    ],
)
def test_each_new_type_is_checked_with_its_own_message(
    client, trainer, lesson, question, options, message
):
    client.force_login(trainer)
    response = post(client, quiz_form(lesson, question, options))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Quiz.objects.filter(title="New types").exists()


def test_an_essay_and_a_description_are_saved_without_answers(client, trainer, lesson):
    client.force_login(trainer)
    data = quiz_form(
        lesson, {"qtype": "essay", "text": "Write.", "min_words": "10", "grader_info": "Tariff"}
    )
    assert post(client, data).status_code == 302
    essay = Question.objects.get(quiz__title="New types")
    assert (essay.qtype, essay.min_words, essay.grader_info) == ("essay", 10, "Tariff")
