"""Demo quizzes for the demo courses: built through the quiz services, safe to run again.

A lesson's quiz is created once (by lesson identity) and its questions added only while it has
none, so questions edited or added in the admin survive a rerun. A rerun does bring the demo's
short-answer questions up to date, adding only: accepted answers they lack and an empty model
answer (a database seeded before issue 19 then takes "вывоз мусора").
"""

from decimal import Decimal

from django.db import transaction

from courses.catalogue.models import CoursePage, LessonPage
from courses.quizzes.authoring import options_add, question_add, quiz_get_or_create
from courses.quizzes.models import Question, Quiz


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


def _short_answers_update(*, quiz: Quiz, specs: list[dict]) -> None:
    """The demo's short-answer questions (found by their Kyrgyz text) get the accepted answers
    and the model answer of the demo content that they lack; nothing is changed or removed."""
    by_text = {
        question.text: question
        for question in quiz.questions.filter(qtype="short").prefetch_related("options")
    }
    for spec in specs:
        question = by_text.get(spec["text"]["ky"]) if spec["type"] == "short" else None
        if question is None:
            continue
        have = {(o.text, o.text_ru, o.text_en) for o in question.options.all()}
        missing = [
            option
            for option in _options(spec)
            if (
                option["text"].get("ky", ""),
                option["text"].get("ru", ""),
                option["text"].get("en", ""),
            )
            not in have
        ]
        options_add(question=question, options=missing, start=len(have))
        model = spec.get("model_answer", {})
        if model and not (question.model_answer or question.model_answer_ru):
            Question.objects.filter(pk=question.pk).update(
                model_answer=model.get("ky", ""),
                model_answer_ru=model.get("ru", ""),
                model_answer_en=model.get("en", ""),
            )


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
                    model_answer=question.get("model_answer"),
                    points=question.get("points", 1),
                    options=_options(question),
                )
        else:
            _short_answers_update(quiz=quiz, specs=spec["questions"])
        created.append(quiz)
    return created
