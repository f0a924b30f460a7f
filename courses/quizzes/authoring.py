"""Creating quizzes and questions in code: imports, the demo and tests use the same path."""

from dataclasses import dataclass, field
from uuid import UUID

from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from courses.catalogue.models import LessonPage
from courses.quizzes.formats import ParsedOption, ParsedQuestion, ParseResult
from courses.quizzes.grading import CLOZE_PLACEHOLDER
from courses.quizzes.models import (
    FALSE_TEXTS,
    TRUE_TEXTS,
    AttemptAnswer,
    Option,
    Question,
    QuestionCategory,
    QuestionType,
    Quiz,
    QuizSlot,
)


def quiz_get_or_create(*, lesson: LessonPage, title: str, **settings) -> tuple[Quiz, bool]:
    """The lesson's quiz (by lesson identity, whatever the language), created if missing."""
    quiz = Quiz.objects.filter(lesson_key=lesson.translation_key).first()
    if quiz:
        return quiz, False
    quiz = Quiz(lesson=lesson, lesson_key=lesson.translation_key, title=title, **settings)
    quiz.full_clean()
    quiz.save()
    return quiz, True


QUESTION_TEXT_FIELDS = (
    "text",
    "general_feedback",
    "correct_feedback",
    "partially_correct_feedback",
    "incorrect_feedback",
)
OPTION_TEXT_FIELDS = ("text", "match_text", "feedback")
LANGUAGE_SUFFIXES = ("", "_ru", "_en")


def _option_fields(option: ParsedOption, qtype: str) -> dict:
    fields = {
        "fraction": option.fraction,
        "number": option.number,
        "tolerance": option.tolerance,
    }
    for name in OPTION_TEXT_FIELDS:
        for suffix in LANGUAGE_SUFFIXES:
            fields[name + suffix] = getattr(option, name + suffix, "") or ""
    if qtype == QuestionType.TRUE_FALSE:
        fields.update(TRUE_TEXTS if option.text == "true" else FALSE_TEXTS)
    return fields


def _question_fields(parsed: ParsedQuestion) -> dict:
    fields = {
        "qtype": parsed.qtype,
        "name": parsed.name[:200],
        "points": parsed.points,
        "idnumber": parsed.idnumber[:100],
        "tags": list(parsed.tags),
        "case_sensitive": parsed.case_sensitive,
        "shuffle_options": parsed.shuffle_options,
        "penalty": parsed.penalty,
        "show_number_correct": parsed.show_number_correct,
        "hints": list(parsed.hints),
        "response_lines": parsed.response_lines,
        "min_words": parsed.min_words,
        "max_words": parsed.max_words,
        "response_template": parsed.response_template,
        "grader_info": parsed.grader_info,
        "gaps": list(parsed.gaps),
    }
    for name in QUESTION_TEXT_FIELDS:
        for suffix in LANGUAGE_SUFFIXES:
            fields[name + suffix] = getattr(parsed, name + suffix, "") or ""
    return fields


def _options_create(question: Question, parsed: ParsedQuestion) -> None:
    Option.objects.bulk_create(
        Option(question=question, sort_order=index, **_option_fields(option, parsed.qtype))
        for index, option in enumerate(parsed.options)
    )


@transaction.atomic
def questions_import(*, quiz: Quiz, questions: list[ParsedQuestion]) -> list[Question]:
    """Append parsed questions to the quiz as its own questions, in order (one transaction).

    The quiz's screens import into the bank instead (`questions_import_to_bank`); this path
    serves the demo, tests and code that builds a quiz in one go."""
    start = (
        quiz.questions.order_by("-sort_order").values_list("sort_order", flat=True).first()
    ) or 0
    created = []
    for offset, parsed in enumerate(questions, start=1):
        question = Question(quiz=quiz, sort_order=start + offset, **_question_fields(parsed))
        question.save()
        _options_create(question, parsed)
        created.append(question)
    return created


# ---- import into the bank --------------------------------------------------------------------


@dataclass
class ImportOutcome:
    report: list = field(default_factory=list)
    created: list = field(default_factory=list)
    updated: list = field(default_factory=list)
    slots: int = 0


def _rewrite_files(question: Question, parsed: ParsedQuestion, urls: dict, item) -> None:
    """Links to embedded files replaced by the stored files' URLs; links to files the item
    did not carry are reported."""
    from courses.quizzes.formats.files import pluginfile_names, rewrite_pluginfile_links

    missing = set()
    for name in QUESTION_TEXT_FIELDS:
        for suffix in LANGUAGE_SUFFIXES:
            value = getattr(question, name + suffix)
            missing.update(n for n in pluginfile_names(value) if n not in urls)
            setattr(question, name + suffix, rewrite_pluginfile_links(value, urls))
    for option in parsed.options:
        for name in OPTION_TEXT_FIELDS:
            for suffix in LANGUAGE_SUFFIXES:
                value = getattr(option, name + suffix, "") or ""
                missing.update(n for n in pluginfile_names(value) if n not in urls)
                setattr(option, name + suffix, rewrite_pluginfile_links(value, urls))
    for hint in question.hints or []:
        for key in ("text", "text_ru", "text_en"):
            if hint.get(key):
                missing.update(n for n in pluginfile_names(hint[key]) if n not in urls)
                hint[key] = rewrite_pluginfile_links(hint[key], urls)
    for gap in question.gaps or []:
        for answer in gap.get("answers", []):
            for key in ("feedback", "feedback_ru", "feedback_en"):
                if answer.get(key):
                    answer[key] = rewrite_pluginfile_links(answer[key], urls)
    for name in sorted(missing):
        item.note(
            _("the file “%(name)s” is not in the file; its link was left out") % {"name": name}
        )


def _needs_files(parsed: ParsedQuestion) -> bool:
    if parsed.files:
        return True
    values = [getattr(parsed, f + s, "") for f in QUESTION_TEXT_FIELDS for s in LANGUAGE_SUFFIXES]
    values += [
        getattr(o, f + s, "") or ""
        for o in parsed.options
        for f in OPTION_TEXT_FIELDS
        for s in LANGUAGE_SUFFIXES
    ]
    return any("@@PLUGINFILE@@" in value for value in values)


@transaction.atomic
def questions_import_to_bank(
    *,
    course_key: UUID,
    result: ParseResult,
    category: QuestionCategory | None = None,
    quiz: Quiz | None = None,
) -> ImportOutcome:
    """Put a parsed file's questions in the course's bank (one transaction) and report each item.

    Category: `category` when chosen, else the file's (`$CATEGORY`, XML categories), else the
    course's default. A question whose ID number is already used in its category updates that
    question (texts, settings, answers), unless learners have answered it: then it is imported
    as a new question and the report says so. With `quiz`, each question is added to the quiz
    as a fixed slot after its existing ones.
    """
    from courses.quizzes import bank
    from courses.quizzes.formats.files import course_collection, store_files
    from courses.quizzes.formats.report import error_item, question_item, report_sorted

    question_items = [question_item(parsed) for parsed in result.questions]
    outcome = ImportOutcome(
        report=report_sorted(question_items + [error_item(e) for e in result.errors])
    )
    categories: dict = {}
    collection = None
    slot_order = 0
    if quiz is not None:
        slot_order = (
            quiz.slots.order_by("-sort_order").values_list("sort_order", flat=True).first() or 0
        )
    for parsed, item in zip(result.questions, question_items, strict=True):
        path = tuple(parsed.category_path)
        if category is not None:
            target = category
        elif path not in categories:
            target = categories[path] = bank.category_for_path(course_key, list(path))
            details = result.categories.get(path) or {}
            changed = [
                key for key in ("info", "idnumber") if details.get(key) and not getattr(target, key)
            ]
            for key in changed:
                setattr(target, key, details[key][:100] if key == "idnumber" else details[key])
            if changed:
                target.save(update_fields=changed)
        else:
            target = categories[path]
        urls = {}
        if _needs_files(parsed):
            if collection is None:
                collection = course_collection(course_key)
            urls = store_files(parsed.files, collection=collection)
        fields = _question_fields(parsed)
        question = None
        if parsed.idnumber:
            question = Question.objects.filter(category=target, idnumber=parsed.idnumber).first()
            if question is not None and AttemptAnswer.objects.filter(question=question).exists():
                item.note(
                    _("a question with ID number “%(id)s” has answers; imported as a new one")
                    % {"id": parsed.idnumber}
                )
                question = None
                fields["idnumber"] = ""
        if question is not None:
            for key, value in fields.items():
                setattr(question, key, value)
            _rewrite_files(question, parsed, urls, item)
            question.save()
            question.options.all().delete()
            _options_create(question, parsed)
            item.note(_("updated the question with the same ID number"))
            outcome.updated.append(question)
        else:
            question = Question(quiz=None, category=target, sort_order=0, **fields)
            _rewrite_files(question, parsed, urls, item)
            question.save()
            _options_create(question, parsed)
            outcome.created.append(question)
        if quiz is not None and not quiz.slots.filter(question=question).exists():
            slot_order += 1
            QuizSlot.objects.create(quiz=quiz, sort_order=slot_order, question=question)
            outcome.slots += 1
    return outcome


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


# ---- the quiz admin's checks of the new types (issue 17) -------------------------------------

DESCRIPTION_NO_OPTIONS = gettext_lazy("A description has no answers: remove them.")
DESCRIPTION_NO_POINTS = gettext_lazy("A description is not graded: set its points to 0.")
ESSAY_NO_OPTIONS = gettext_lazy(
    "An essay is graded by a trainer and has no answers to choose from: remove them."
)
ESSAY_WORD_LIMITS = gettext_lazy("The least number of words is larger than the most.")
CLOZE_NEEDS_GAP = gettext_lazy(
    "A cloze question needs at least one gap: write it in the text in Moodle's markup, "
    "for example {1:SHORTANSWER:=Bishkek} or {1:MULTICHOICE:=yes~no}."
)
CLOZE_NO_OPTIONS = gettext_lazy(
    "A cloze question keeps its answers in its gaps: remove the answers."
)
CLOZE_MIXED = gettext_lazy(
    "Write every gap in Moodle's markup, or keep the {#n} places of the gaps already there: "
    "not both."
)
CLOZE_LANGUAGE_MISMATCH = gettext_lazy(
    "The %(language)s text must have the same gaps, with as many answers each, as the Kyrgyz text."
)
TRANSLATED_COLUMNS = (("ru", gettext_lazy("Russian")), ("en", gettext_lazy("English")))


def _cloze_text_parse(text: str):
    """(text, gaps, errors) when `text` has gaps in Moodle's markup, else None."""
    try:
        from courses.quizzes.formats.cloze import START, cloze_parse
    except ImportError:  # the formats' cloze module is not there: gaps come from imports only
        return None
    if not START.search(text or ""):
        return None
    return cloze_parse(text)


def _gaps_keep_keys(new: list, old: list) -> list:
    """Answers keep their keys where a gap's answer at the same place has the same text, so a
    trainer's edit does not orphan the choices attempts already saved."""
    for gap, before in zip(new, old or [], strict=False):
        for answer, previous in zip(
            gap.get("answers", []), before.get("answers", []), strict=False
        ):
            if answer.get("text") == previous.get("text") and previous.get("key"):
                answer["key"] = previous["key"]
    return new


def cloze_form_apply(form, data: dict) -> list:
    """A cloze question form: its text's Moodle markup becomes `{#n}` places and `gaps` on the
    form's instance (each translated text with the same gaps gives its answers' translations).
    Returns [(field, message)] for the form; nothing changes when there is a problem."""
    instance = form.instance
    text = data.get("text") or ""
    parsed = _cloze_text_parse(text)
    problems = []
    if parsed is None:
        if not instance.gaps or not CLOZE_PLACEHOLDER.search(text):
            problems.append(("text", CLOZE_NEEDS_GAP))
        return problems
    new_text, gaps, errors = parsed
    if errors:
        return [("text", error) for error in errors]
    if CLOZE_PLACEHOLDER.search(text):
        return [("text", CLOZE_MIXED)]
    translated = {}
    for code, language in TRANSLATED_COLUMNS:
        other = data.get(f"text_{code}") or ""
        other_parsed = _cloze_text_parse(other)
        if other_parsed is None:
            continue
        other_text, other_gaps, other_errors = other_parsed
        if other_errors:
            problems.extend((f"text_{code}", error) for error in other_errors)
            continue
        same = len(other_gaps) == len(gaps) and all(
            len(a.get("answers", [])) == len(b.get("answers", []))
            for a, b in zip(gaps, other_gaps, strict=True)
        )
        if not same:
            problems.append((f"text_{code}", CLOZE_LANGUAGE_MISMATCH % {"language": language}))
            continue
        translated[code] = (other_text, other_gaps)
    if problems:
        return problems
    for code, (other_text, other_gaps) in translated.items():
        setattr(instance, f"text_{code}", other_text)
        for gap, other in zip(gaps, other_gaps, strict=True):
            for answer, other_answer in zip(gap["answers"], other["answers"], strict=True):
                answer[f"text_{code}"] = other_answer.get("text", "")
                answer[f"feedback_{code}"] = other_answer.get("feedback", "")
    instance.text = new_text
    instance.gaps = _gaps_keep_keys(gaps, instance.gaps)
    return []


def question_type_problems(form, data: dict, options: list[dict]) -> list:
    """[(field, message)] for a question form of a type without answers (description, essay,
    cloze); [] when fine or for the other types (question_options_problem checks those)."""
    qtype = data.get("qtype")
    problems = []
    if qtype == QuestionType.DESCRIPTION:
        if options:
            problems.append(("qtype", DESCRIPTION_NO_OPTIONS))
        if data.get("points"):
            problems.append(("points", DESCRIPTION_NO_POINTS))
    elif qtype == QuestionType.ESSAY:
        if options:
            problems.append(("qtype", ESSAY_NO_OPTIONS))
        low, high = data.get("min_words"), data.get("max_words")
        if low and high and low > high:
            problems.append(
                ("min_words" if "min_words" in form.fields else "qtype", ESSAY_WORD_LIMITS)
            )
    elif qtype == QuestionType.CLOZE:
        if options:
            problems.append(("qtype", CLOZE_NO_OPTIONS))
        problems.extend(cloze_form_apply(form, data))
    return problems
