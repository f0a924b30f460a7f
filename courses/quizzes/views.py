"""Taking a quiz: overview, attempt form, results, and a staff preview that records nothing."""

import random

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from courses.catalogue.models import LessonPage
from courses.catalogue.selectors import course_for_page
from courses.enrolment.selectors import lesson_access
from courses.quizzes.bank import quiz_question_count
from courses.quizzes.formats.text import HTML_TAG, sanitise_html
from courses.quizzes.grading import (
    CLOZE_PLACEHOLDER,
    QuizInputError,
    gap_is_choice,
    gap_is_multi,
    gap_text,
    question_grade,
    response_clean,
)
from courses.quizzes.models import Attempt, QuestionType
from courses.quizzes.selectors import (
    PREVIEW_STATES,
    TAKE_STATES,
    attempt_answers,
    attempt_review_allowed,
    quiz_for_lesson,
    quiz_standing,
)
from courses.quizzes.services import (
    QuizRefused,
    attempt_layout_build,
    attempt_overdue,
    attempt_questions,
    quiz_answers_save,
    quiz_attempt_questions,
    quiz_attempt_start,
    quiz_attempt_submit,
)

UUID_LENGTH = 36


def _lesson_quiz(request, lesson_id: int):
    """The lesson (this language), its course, the learner's access and the quiz, or 404."""
    lesson = get_object_or_404(LessonPage.objects.live(), pk=lesson_id)
    quiz = quiz_for_lesson(lesson=lesson)
    course = course_for_page(lesson, request=request)
    if quiz is None or course is None:
        raise Http404
    access = lesson_access(user=request.user, lesson=lesson, course=course)
    return lesson, course, quiz, access


def _refused(request, *, lesson, course, quiz, access):
    return TemplateResponse(
        request,
        "quizzes/quiz_locked.html",
        {"lesson": lesson, "course": course, "quiz": quiz, "access": access},
        status=403,
    )


def responses_from_post(post, layout: list, questions: dict) -> dict:
    """{question key: raw} for every question in the attempt; unanswered ones are empty.

    Keys in the form that name no question of the attempt are kept, so the service refuses them.
    """
    responses: dict = {item["q"]: "" for item in layout}
    for name in post:
        if name.startswith("q-"):
            key = name[2:]
            question = questions.get(key)
            multiple = question is not None and question.qtype == "multiple"
            responses[key] = post.getlist(name) if multiple else post.get(name, "")
        elif name.startswith("g-") and len(name) > 3 + UUID_LENGTH:
            key, gap = name[2 : 2 + UUID_LENGTH], name[3 + UUID_LENGTH :]
            gaps = responses.get(key)
            if not isinstance(gaps, dict):
                gaps = responses[key] = {}
            gaps[gap] = post.getlist(name) if _gap_multi(questions.get(key), gap) else post[name]
        elif name.startswith("m-") and len(name) > 2 + UUID_LENGTH:
            key, left = name[2 : 2 + UUID_LENGTH], name[3 + UUID_LENGTH :]
            pairs = responses.get(key)
            if not isinstance(pairs, dict):
                pairs = responses[key] = {}
            pairs[left] = post.get(name, "")
    return responses


def _gap_multi(question, gap: str) -> bool:
    """Whether a cloze gap of the question takes several choices (checkboxes)."""
    gaps = (question.gaps or []) if question is not None else []
    return gap.isdigit() and 1 <= int(gap) <= len(gaps) and gap_is_multi(gaps[int(gap) - 1])


GAP_KINDS = {"shortanswer": "text", "numerical": "number"}
CHOICE_KINDS = {"vertical": "radio", "horizontal": "radio", "multiresponse": "check"}


def cloze_parts(question, response: dict, *, seed: str = "") -> list[dict]:
    """The question's text in the active language cut at its `{#n}` placeholders: text parts
    and gaps to render inline ("kind": text, number, select, radio or check), each gap with
    its field name, its answers (in a stable shuffled order when the gap shuffles) and what
    was answered. A placeholder naming no gap stays as it is."""
    gaps = question.gaps or []
    values = (response or {}).get("gaps", {})
    parts, position = [], 0
    text = question.display_text
    # Imported cloze texts are HTML: sanitised whole first, so the pieces between the gaps are
    # printed as they are; a text typed in the admin is plain and its pieces escaped.
    html = bool(HTML_TAG.search(text))
    if html:
        text = sanitise_html(text)
    for match in CLOZE_PLACEHOLDER.finditer(text):
        number = int(match.group(1))
        if not 1 <= number <= len(gaps):
            continue
        parts.append({"kind": "", "text": text[position : match.start()], "html": html})
        position = match.end()
        gap = gaps[number - 1]
        if gap_is_choice(gap):
            kind = CHOICE_KINDS.get(gap.get("display"), "select")
        else:
            kind = GAP_KINDS.get(gap.get("type"), "text")
        answers = [
            {"key": str(a.get("key", "")), "text": gap_text(a, "text")}
            for a in gap.get("answers", [])
        ]
        if gap_is_choice(gap) and gap.get("shuffle"):
            random.Random(f"{seed}-{question.key}-{number}").shuffle(answers)  # noqa: S311
        value = values.get(str(number), [] if kind == "check" else "")
        parts.append(
            {
                "kind": kind,
                "number": number,
                "count": len(gaps),
                "name": f"g-{question.key}-{number}",
                "id": f"gap-{question.key}-{number}",
                "horizontal": gap.get("display") == "horizontal" or bool(gap.get("horizontal")),
                "answers": answers,
                "value": value,
            }
        )
    parts.append({"kind": "", "text": text[position:], "html": html})
    return parts


def _items(*, layout: list, questions: dict, answers: dict | None = None, seed: str = "") -> list:
    """Questions in the attempt's order with options in its order, and what was answered.
    Descriptions keep their place but take no number: questions are numbered without them."""
    items = []
    number = 0
    for entry in layout:
        question = questions.get(entry["q"])
        if question is None:
            continue
        if question.qtype != QuestionType.DESCRIPTION:
            number += 1
        options = {str(o.key): o for o in question.options.all()}
        ordered = [options[key] for key in entry["o"] if key in options]
        answer = (answers or {}).get(entry["q"])
        rights, seen = [], set()
        for option in ordered:
            label = " ".join(option.match_text.split()).casefold()
            if option.match_text and label not in seen:
                seen.add(label)
                rights.append(option)
        response = answer.response if answer is not None else {}
        items.append(
            {
                "number": number if question.qtype != QuestionType.DESCRIPTION else None,
                "seed": seed,
                "question": question,
                "options": ordered,
                "lefts": [o for o in ordered if o.text],
                "rights": rights,
                "response": response,
                "answer": answer,
            }
        )
    return items


def _cloze_fill(items: list) -> None:
    """Cloze items get their text cut into parts and gaps (after any re-filled response)."""
    for item in items:
        if item["question"].qtype == QuestionType.CLOZE:
            item["parts"] = cloze_parts(item["question"], item["response"], seed=item["seed"])


@login_required
def quiz_overview(request, lesson_id: int):
    """The quiz's rules, the learner's attempts and grade, and the button to start."""
    lesson, course, quiz, access = _lesson_quiz(request, lesson_id)
    state = access.course.state
    if not access.allowed or state not in TAKE_STATES + PREVIEW_STATES:
        return _refused(request, lesson=lesson, course=course, quiz=quiz, access=access)
    standing = quiz_standing(user=request.user, quiz=quiz) if state in TAKE_STATES else None
    return TemplateResponse(
        request,
        "quizzes/quiz_overview.html",
        {
            "lesson": lesson,
            "course": course,
            "quiz": quiz,
            "standing": standing,
            "preview_only": state in PREVIEW_STATES,
            "question_count": quiz_question_count(quiz),
        },
    )


@login_required
@require_POST
def quiz_start(request, lesson_id: int):
    lesson, course, quiz, access = _lesson_quiz(request, lesson_id)
    if not access.allowed or access.course.state not in TAKE_STATES:
        return _refused(request, lesson=lesson, course=course, quiz=quiz, access=access)
    try:
        attempt = quiz_attempt_start(
            user=request.user,
            quiz=quiz,
            course_key=course.translation_key,
            language=translation.get_language() or "",
        )
    except QuizRefused as refusal:
        messages.error(request, refusal.message)
        return redirect("quizzes:overview", lesson_id=lesson.pk)
    return redirect("quizzes:attempt", attempt_id=attempt.pk)


def _own_attempt(request, attempt_id: int) -> Attempt:
    return get_object_or_404(
        Attempt.objects.select_related("quiz", "quiz__lesson"), pk=attempt_id, user=request.user
    )


@login_required
@require_http_methods(["GET", "POST"])
def attempt_take(request, attempt_id: int):
    """The attempt form; "save" keeps answers, "submit" grades. Bad input re-renders (400)."""
    attempt = _own_attempt(request, attempt_id)
    if attempt.is_submitted:
        if request.method == "POST":
            messages.info(request, _("This attempt was already submitted; nothing was changed."))
        return redirect("quizzes:result", attempt_id=attempt.pk)
    quiz = attempt.quiz
    questions = attempt_questions(attempt=attempt)
    errors: dict = {}
    general_error = ""
    posted = None
    if request.method == "POST":
        responses = responses_from_post(request.POST, attempt.layout, questions)
        try:
            if request.POST.get("action") == "save" and not attempt_overdue(attempt=attempt):
                quiz_answers_save(attempt=attempt, responses=responses)
                messages.success(request, _("Your answers are saved."))
                return redirect("quizzes:attempt", attempt_id=attempt.pk)
            late = attempt_overdue(attempt=attempt)
            attempt = quiz_attempt_submit(attempt=attempt, responses=responses, questions=questions)
            if late:
                messages.warning(
                    request,
                    _(
                        "The time limit had passed: the attempt was graded with the answers "
                        "saved before the deadline."
                    ),
                )
            return redirect("quizzes:result", attempt_id=attempt.pk)
        except QuizInputError as error:
            errors = getattr(error, "errors", {})
            general_error = "" if errors else error.message
            posted = responses
    elif attempt_overdue(attempt=attempt):
        attempt = quiz_attempt_submit(attempt=attempt, responses=None)
        messages.warning(request, _("The time limit has passed: the attempt was submitted."))
        return redirect("quizzes:result", attempt_id=attempt.pk)
    items = _items(
        layout=attempt.layout,
        questions=questions,
        answers=attempt_answers(attempt=attempt),
        seed=str(attempt.pk),
    )
    for item in items:
        key = str(item["question"].key)
        item["error"] = errors.get(key, "")
        if posted is not None and key in posted:
            item["response"] = _raw_as_response(item["question"].qtype, posted[key])
    _cloze_fill(items)
    remaining = None
    if attempt.deadline:  # seconds, counted down from the page's arrival (phone clocks drift)
        remaining = max(0, int((attempt.deadline - timezone.now()).total_seconds()))
    return TemplateResponse(
        request,
        "quizzes/attempt_take.html",
        {
            "attempt": attempt,
            "quiz": quiz,
            "lesson": quiz.lesson,
            "items": items,
            "general_error": general_error,
            "remaining_seconds": remaining,
            "action": "",
        },
        status=400 if (errors or general_error) else 200,
    )


def _raw_as_response(qtype: str, raw) -> dict:
    """What a learner typed, shaped like a stored response, to re-fill the form after an error."""
    if qtype == "multiple":
        return {"choices": raw if isinstance(raw, list) else [raw]}
    if qtype == "matching":
        return {"pairs": raw if isinstance(raw, dict) else {}}
    if qtype in ("single", "truefalse"):
        return {"choice": raw if isinstance(raw, str) else ""}
    if qtype == "cloze":
        return {"gaps": raw if isinstance(raw, dict) else {}}
    return {"text": raw if isinstance(raw, str) else ""}


@login_required
def attempt_result(request, attempt_id: int):
    """Score and pass state; answers, correct answers and feedback as the quiz's review allows."""
    attempt = _own_attempt(request, attempt_id)
    if not attempt.is_submitted:
        return redirect("quizzes:attempt", attempt_id=attempt.pk)
    quiz = attempt.quiz
    review = attempt_review_allowed(attempt=attempt, quiz=quiz, user=request.user)
    items, essays = [], []
    if review:
        items = _items(
            layout=attempt.layout,
            questions=attempt_questions(attempt=attempt),
            answers=attempt_answers(attempt=attempt),
            seed=str(attempt.pk),
        )
        _cloze_fill(items)
    elif attempt.answers.filter(question__qtype=QuestionType.ESSAY).exists():
        # Without the review, a learner still reads their essays' grades and comments.
        essays = [
            item
            for item in _items(
                layout=attempt.layout,
                questions=attempt_questions(attempt=attempt),
                answers=attempt_answers(attempt=attempt),
            )
            if item["question"].qtype == QuestionType.ESSAY
        ]
    return TemplateResponse(
        request,
        "quizzes/attempt_result.html",
        {
            "attempt": attempt,
            "quiz": quiz,
            "lesson": quiz.lesson,
            "review": review,
            "items": items,
            "essays": essays,
            "standing": quiz_standing(user=request.user, quiz=quiz),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def quiz_preview(request, lesson_id: int):
    """Trainers and managers try the quiz; graded in memory, nothing stored."""
    lesson, course, quiz, access = _lesson_quiz(request, lesson_id)
    if access.course.state not in PREVIEW_STATES:
        return _refused(request, lesson=lesson, course=course, quiz=quiz, access=access)
    rng = random.Random()  # noqa: S311 (order and draws, not secrets)
    questions = quiz_attempt_questions(quiz=quiz, rng=rng)
    layout = attempt_layout_build(quiz=quiz, questions=questions, rng=rng)
    items = _items(layout=layout, questions=questions)
    _cloze_fill(items)
    graded = False
    status = 200
    general_error = ""
    if request.method == "POST":
        responses = responses_from_post(request.POST, layout, questions)
        graded = True
        for item in items:
            question = item["question"]
            key = str(question.key)
            options = list(question.options.all())
            try:
                response = response_clean(question, options, responses.get(key, ""))
                item["response"] = response
                item["fraction"] = question_grade(question, options, response)
            except QuizInputError as error:
                item["error"] = error.message
                item["response"] = _raw_as_response(question.qtype, responses.get(key, ""))
                status = 400
        _cloze_fill(items)
        if set(responses) - set(questions):
            general_error = _(
                "The form contained an answer for a question that is not in this quiz."
            )
            status = 400
    return TemplateResponse(
        request,
        "quizzes/quiz_preview.html",
        {
            "lesson": lesson,
            "course": course,
            "quiz": quiz,
            "items": items,
            "graded": graded,
            "general_error": general_error,
        },
        status=status,
    )
