"""Creating quizzes and questions in code: imports, the demo and tests use the same path."""

from django.db import transaction

from courses.catalogue.models import LessonPage
from courses.quizzes.formats import ParsedOption, ParsedQuestion
from courses.quizzes.models import FALSE_TEXTS, TRUE_TEXTS, Option, Question, QuestionType, Quiz


def quiz_get_or_create(*, lesson: LessonPage, title: str, **settings) -> tuple[Quiz, bool]:
    """The lesson's quiz (by lesson identity, whatever the language), created if missing."""
    quiz = Quiz.objects.filter(lesson_key=lesson.translation_key).first()
    if quiz:
        return quiz, False
    quiz = Quiz(lesson=lesson, lesson_key=lesson.translation_key, title=title, **settings)
    quiz.full_clean()
    quiz.save()
    return quiz, True


def _option_fields(option: ParsedOption, qtype: str) -> dict:
    return {
        "text": option.text,
        "fraction": option.fraction,
        "feedback": option.feedback,
        "number": option.number,
        "tolerance": option.tolerance,
        "match_text": option.match_text,
    }


@transaction.atomic
def questions_import(*, quiz: Quiz, questions: list[ParsedQuestion]) -> list[Question]:
    """Append parsed questions to the quiz in order (one transaction)."""
    start = (
        quiz.questions.order_by("-sort_order").values_list("sort_order", flat=True).first()
    ) or 0
    created = []
    for offset, parsed in enumerate(questions, start=1):
        question = Question(
            quiz=quiz,
            sort_order=start + offset,
            qtype=parsed.qtype,
            name=parsed.name[:200],
            text=parsed.text,
            general_feedback=parsed.general_feedback,
            points=parsed.points,
        )
        question.save()
        for index, option in enumerate(parsed.options):
            extra = {}
            if parsed.qtype == QuestionType.TRUE_FALSE:
                extra = dict(TRUE_TEXTS if option.text == "true" else FALSE_TEXTS)
            fields = _option_fields(option, parsed.qtype)
            fields.update(extra)
            Option.objects.create(question=question, sort_order=index, **fields)
        created.append(question)
    return created


def true_false_options(*, correct: bool, feedback_true: str = "", feedback_false: str = "") -> list:
    """The two options of a true/false question in the neutral import shape."""
    return [
        ParsedOption(text="true", fraction=1 if correct else 0, feedback=feedback_true),
        ParsedOption(text="false", fraction=0 if correct else 1, feedback=feedback_false),
    ]


def _columns(field: str, texts: dict) -> dict:
    """{"text": ky, "text_ru": ru, "text_en": en} from {language: text}."""
    columns = {field: texts.get("ky", "")}
    for code in ("ru", "en"):
        if texts.get(code):
            columns[f"{field}_{code}"] = texts[code]
    return columns


@transaction.atomic
def question_add(
    *,
    quiz: Quiz,
    qtype: str,
    text: dict,
    options: list[dict],
    feedback: dict | None = None,
    model_answer: dict | None = None,
    points=1,
) -> Question:
    """A question with its texts in several languages; options as dicts of
    {"text": {...}, "match": {...}, "feedback": {...}, "fraction", "number", "tolerance"}."""
    last = quiz.questions.order_by("-sort_order").values_list("sort_order", flat=True).first()
    question = Question(
        quiz=quiz,
        sort_order=(last or 0) + 1,
        qtype=qtype,
        points=points,
        **_columns("text", text),
        **_columns("general_feedback", feedback or {}),
        **_columns("model_answer", model_answer or {}),
    )
    question.full_clean(exclude=["quiz"])
    question.save()
    options_add(question=question, options=options)
    return question


def options_add(*, question: Question, options: list[dict], start: int = 0) -> None:
    """Options in the shape `question_add` takes, appended from sort order `start`."""
    for index, option in enumerate(options, start=start):
        Option.objects.create(
            question=question,
            sort_order=index,
            fraction=option.get("fraction", 0),
            number=option.get("number"),
            tolerance=option.get("tolerance", 0),
            **_columns("text", option.get("text", {})),
            **_columns("match_text", option.get("match", {})),
            **_columns("feedback", option.get("feedback", {})),
        )
