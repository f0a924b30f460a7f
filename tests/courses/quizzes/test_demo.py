"""Demo quizzes: every demo course gets two quizzes of mixed types in ky and ru, once."""

from decimal import Decimal

from django.utils import translation

from wagtail.models import Locale

import pytest

from courses.catalogue.demo import demo_courses_create
from courses.catalogue.models import CoursePage
from courses.quizzes.demo import demo_quizzes_create
from courses.quizzes.demo_content import QUIZZES
from courses.quizzes.grading import question_grade, response_clean
from courses.quizzes.models import Question, Quiz
from courses.quizzes.selectors import quiz_for_lesson
from lms.accounts.demo import demo_users_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(home_page):
    demo_users_create(password="demo-password-2026")
    demo_courses_create()
    return demo_quizzes_create(quizzes=QUIZZES)


def test_each_demo_course_gets_two_quizzes_of_mixed_types(demo):
    assert len(demo) == len(QUIZZES) == 4
    for course in CoursePage.objects.filter(locale__language_code="ky"):
        quizzes = [q for q in demo if q.lesson.is_descendant_of(course)]
        assert len(quizzes) >= 2, course.slug
    for quiz in demo:
        types = set(quiz.questions.values_list("qtype", flat=True))
        assert len(types) >= 4, quiz.title
        for question in quiz.questions.all():
            assert question.text and question.text_ru, question.pk
            assert all(
                o.text or o.match_text or o.number is not None for o in question.options.all()
            )


def test_the_quiz_is_the_same_in_the_russian_lesson(demo):
    quiz = demo[0]
    russian = quiz.lesson.get_translation(Locale.objects.get(language_code="ru"))
    assert quiz_for_lesson(lesson=russian) == quiz
    with translation.override("ru"):
        assert quiz.display_title == "Проверка: какие услуги можно передать"


def test_every_demo_question_can_be_answered_fully(demo):
    """Each question has a response worth full marks (no mistake in the fractions)."""
    for question in Question.objects.filter(quiz__in=demo).prefetch_related("options"):
        options = list(question.options.all())
        if question.qtype in ("single", "truefalse"):
            raw = str(max(options, key=lambda o: o.fraction).key)
        elif question.qtype == "multiple":
            raw = [str(o.key) for o in options if o.fraction > 0]
        elif question.qtype == "numerical":
            raw = str(options[0].number)
        elif question.qtype == "short":
            raw = options[0].text.replace("*", "x")
        else:
            by_match = {o.match_text: str(o.key) for o in options}
            raw = {str(o.key): by_match[o.match_text] for o in options if o.text}
        assert question_grade(question, options, response_clean(question, options, raw)) >= Decimal(
            "0.9999"
        ), question.text


def test_seeding_twice_changes_nothing(demo):
    questions = Question.objects.count()
    again = demo_quizzes_create(quizzes=QUIZZES)
    assert [q.pk for q in again] == [q.pk for q in demo]
    assert Quiz.objects.count() == 4 and Question.objects.count() == questions
