"""Existing quizzes' questions move into their course's question bank (issue 17).

For each quiz: its course is the course page above the quiz's lesson (its translation key, the
same in every language, as attempts store it); a lesson in no course gives the quiz a bank of
its own keyed by the lesson's identity (`bank.quiz_course_key` does the same for new quizzes).
The course's default category is found or made, named in the site's language as
`bank.category_for_path` names it, and every question of the quiz without a category is put
there. Reversing clears the category of the quizzes' questions (the categories stay: 0006 made
the table, and removing it is 0006's reversal).
"""

from django.conf import settings
from django.db import migrations
from django.utils import translation
from django.utils.translation import gettext_lazy as _

# The same message as bank.DEFAULT_CATEGORY_NAME.
DEFAULT_CATEGORY_NAME = _("Default")
STEP = 4  # treebeard's path step


def _course_key(lesson, course_model):
    ancestors = [lesson.path[:end] for end in range(STEP, len(lesson.path), STEP)]
    course = course_model.objects.filter(path__in=ancestors).order_by("-depth").first()
    return course.translation_key if course is not None else None


def questions_into_banks(apps, schema_editor):
    quiz_model = apps.get_model("quizzes", "Quiz")
    question_model = apps.get_model("quizzes", "Question")
    category_model = apps.get_model("quizzes", "QuestionCategory")
    page_model = apps.get_model("wagtailcore", "Page")
    course_model = apps.get_model("catalogue", "CoursePage")
    with translation.override(settings.LANGUAGE_CODE):
        name = str(DEFAULT_CATEGORY_NAME)
    categories = {}
    for quiz in quiz_model.objects.order_by("pk"):
        if not question_model.objects.filter(quiz=quiz, category__isnull=True).exists():
            continue
        lesson = page_model.objects.filter(pk=quiz.lesson_id).first()
        course_key = (_course_key(lesson, course_model) if lesson else None) or quiz.lesson_key
        category = categories.get(course_key)
        if category is None:
            category = (
                category_model.objects.filter(course_key=course_key, parent=None, name=name)
                .order_by("pk")
                .first()
            ) or category_model.objects.create(course_key=course_key, parent=None, name=name)
            categories[course_key] = category
        question_model.objects.filter(quiz=quiz, category__isnull=True).update(category=category)


def questions_out_of_banks(apps, schema_editor):
    question_model = apps.get_model("quizzes", "Question")
    question_model.objects.filter(quiz__isnull=False).update(category=None)


class Migration(migrations.Migration):
    dependencies = [
        ("quizzes", "0006_question_bank_and_moodle_fields"),
        ("catalogue", "0001_initial"),
    ]

    operations = [migrations.RunPython(questions_into_banks, questions_out_of_banks)]
