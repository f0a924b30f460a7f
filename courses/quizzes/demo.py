"""Demo quizzes for the demo courses: built through the quiz services, safe to run again.

A lesson's quiz is created once (by lesson identity) and its questions added only while it has
none, so questions edited or added in the admin survive a rerun.
"""

from decimal import Decimal

from django.db import transaction

from courses.catalogue.models import CoursePage, LessonPage
from courses.quizzes.authoring import question_add, quiz_get_or_create
from courses.quizzes.models import Quiz


def _options(spec: dict) -> list[dict]:
    if spec["type"] == "truefalse":
        from courses.quizzes.models import FALSE_TEXTS, TRUE_TEXTS

        def texts(columns):
            return {"ky": columns["text"], "ru": columns["text_ru"], "en": columns["text_en"]}

        return [
            {"text": texts(TRUE_TEXTS), "fraction": int(spec["correct"])},
            {"text": texts(FALSE_TEXTS), "fraction": int(not spec["correct"])},
        ]
    return [
        {
            "text": option.get("t", {}),
            "match": option.get("m", {}),
            "feedback": option.get("fb", {}),
            "fraction": Decimal(str(option.get("f", 0))),
            "number": option.get("n"),
            "tolerance": option.get("tol", 0),
        }
        for option in spec.get("options", [])
    ]


@transaction.atomic
def demo_quizzes_create(*, quizzes: list[dict]) -> list[Quiz]:
    """The demo quizzes whose course and lesson exist; missing lessons are skipped."""
    created = []
    for spec in quizzes:
        course = CoursePage.objects.filter(slug=spec["course"], locale__language_code="ky").first()
        lesson = (
            LessonPage.objects.descendant_of(course)
            .filter(slug=spec["lesson"], locale__language_code="ky")
            .first()
            if course
            else None
        )
        if lesson is None:
            continue
        title = spec["title"]
        quiz, _ = quiz_get_or_create(
            lesson=lesson,
            title=title["ky"],
            title_ru=title.get("ru", ""),
            title_en=title.get("en", ""),
            **spec.get("settings", {}),
        )
        if not quiz.questions.exists():
            for question in spec["questions"]:
                question_add(
                    quiz=quiz,
                    qtype=question["type"],
                    text=question["text"],
                    feedback=question.get("feedback"),
                    points=question.get("points", 1),
                    options=_options(question),
                )
        created.append(quiz)
    return created
