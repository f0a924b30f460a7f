"""Quizzes for tests, built through the same service the importers and the demo use."""

from decimal import Decimal

from courses.quizzes.authoring import questions_import, quiz_get_or_create, true_false_options
from courses.quizzes.formats import ParsedOption, ParsedQuestion
from courses.quizzes.models import QuestionType


def sample_questions() -> list[ParsedQuestion]:
    """One question of every type, in a fixed order."""
    return [
        ParsedQuestion(
            qtype=QuestionType.SINGLE,
            text="Who signs the service contract?",
            general_feedback="The head of the ayil okmotu signs it.",
            options=[
                ParsedOption(
                    text="The head of the ayil okmotu", fraction=Decimal(1), feedback="Yes."
                ),
                ParsedOption(text="The operator alone", fraction=Decimal(0), feedback="No."),
                ParsedOption(text="Nobody", fraction=Decimal(0)),
            ],
        ),
        ParsedQuestion(
            qtype=QuestionType.MULTIPLE,
            text="Which services may a private operator deliver?",
            points=Decimal(2),
            options=[
                ParsedOption(text="Waste collection", fraction=Decimal("0.5")),
                ParsedOption(text="Street lighting", fraction=Decimal("0.5")),
                ParsedOption(text="Issuing passports", fraction=Decimal("-0.5")),
                ParsedOption(text="Setting taxes", fraction=Decimal("-0.5")),
            ],
        ),
        ParsedQuestion(
            qtype=QuestionType.TRUE_FALSE,
            text="A cluster groups neighbouring municipalities.",
            options=true_false_options(correct=True),
        ),
        ParsedQuestion(
            qtype=QuestionType.SHORT,
            text="Name the town in the Jalal-Abad oblast that contracted lighting.",
            options=[
                ParsedOption(text="Toktogul", fraction=Decimal(1)),
                ParsedOption(text="Tokto*", fraction=Decimal("0.5")),
            ],
        ),
        ParsedQuestion(
            qtype=QuestionType.NUMERICAL,
            text="How many clusters won a grant (of 9)?",
            options=[
                ParsedOption(number=Decimal(5), tolerance=Decimal(0), fraction=Decimal(1)),
                ParsedOption(number=Decimal(5), tolerance=Decimal(1), fraction=Decimal("0.5")),
            ],
        ),
        ParsedQuestion(
            qtype=QuestionType.MATCHING,
            text="Match the term to its meaning.",
            options=[
                ParsedOption(text="AO", match_text="ayil okmotu"),
                ParsedOption(text="IMC", match_text="intermunicipal cooperation"),
                ParsedOption(text="PSI", match_text="private sector involvement"),
                ParsedOption(text="", match_text="public hearing"),
            ],
        ),
    ]


def quiz_with_questions(*, lesson, questions=None, **settings):
    quiz, _ = quiz_get_or_create(lesson=lesson, title="Check yourself", **settings)
    questions_import(
        quiz=quiz, questions=questions if questions is not None else sample_questions()
    )
    return quiz
