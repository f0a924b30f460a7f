"""Migration 0007 puts existing quizzes' questions into their course's bank, and back.

The migration's functions run here with the project's app registry (the current models are
the historical ones plus later fields), on questions made as they were before the bank."""

import importlib

from django.apps import apps
from django.conf import settings
from django.utils import translation

import pytest

from courses.quizzes.bank import DEFAULT_CATEGORY_NAME
from courses.quizzes.models import Question, QuestionCategory
from tests.factories.courses import LessonPageFactory
from tests.factories.quizzes import quiz_with_questions

pytestmark = pytest.mark.django_db

migration = importlib.import_module("courses.quizzes.migrations.0007_questions_into_course_banks")


def test_existing_questions_move_into_their_courses_default_category(quiz, course, home_page):
    stray_lesson = LessonPageFactory(parent=home_page)  # a lesson in no course
    stray = quiz_with_questions(lesson=stray_lesson)
    Question.objects.update(category=None)
    QuestionCategory.objects.all().delete()

    migration.questions_into_banks(apps, None)

    category = QuestionCategory.objects.get(course_key=course.translation_key)
    with translation.override(settings.LANGUAGE_CODE):
        assert category.parent is None and category.name == str(DEFAULT_CATEGORY_NAME)
    assert set(quiz.questions.values_list("category", flat=True)) == {category.pk}
    own_bank = QuestionCategory.objects.get(course_key=stray.lesson_key)
    assert set(stray.questions.values_list("category", flat=True)) == {own_bank.pk}
    # Running it again changes nothing and makes no second category.
    migration.questions_into_banks(apps, None)
    assert QuestionCategory.objects.count() == 2

    migration.questions_out_of_banks(apps, None)
    assert not Question.objects.filter(category__isnull=False).exists()


def test_the_migration_reuses_a_default_category_the_course_has(quiz, course):
    from courses.quizzes.bank import default_category

    existing = default_category(course.translation_key)
    Question.objects.update(category=None)
    migration.questions_into_banks(apps, None)
    assert set(quiz.questions.values_list("category", flat=True)) == {existing.pk}
    assert QuestionCategory.objects.filter(course_key=course.translation_key).count() == 1
