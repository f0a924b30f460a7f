"""The course's question bank: categories, where a quiz's questions live, and random draws.

Importers (GIFT `$CATEGORY`, Moodle XML categories, `.mbz` question banks) and the quiz editor
all place questions through these, so a path names one category per course. Every question has
a category of its course's bank: a quiz's own questions go to the course's default category
when saved without one (`question_bank_place`, a pre_save receiver), so the bank shows them and
other quizzes of the course can use them.
"""

import random
from uuid import UUID

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, OuterRef, QuerySet, Subquery, Sum
from django.db.models.functions import Coalesce
from django.db.models.signals import pre_save
from django.dispatch import receiver
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from courses.quizzes.models import (
    Attempt,
    AttemptAnswer,
    Question,
    QuestionCategory,
    Quiz,
    QuizSlot,
)

DEFAULT_CATEGORY_NAME = _("Default")
CATEGORY_NOT_EMPTY = _(
    "The category “%(name)s” cannot be deleted: it still holds %(questions)s question(s) and "
    "%(children)s subcategory(ies). Move them to another category first."
)
CATEGORY_USED_BY_QUIZZES = _(
    "The category “%(name)s” cannot be deleted: quizzes draw random questions from it "
    "(%(quizzes)s). Change those quizzes first."
)
CATEGORY_PARENT_OTHER_COURSE = _("The parent category must belong to the same course.")
CATEGORY_PARENT_LOOP = _("A category cannot be placed inside itself or its subcategories.")
CATEGORY_OTHER_COURSE = _("Choose a category of the same course's bank.")
QUESTION_IN_ATTEMPTS = _(
    "The question “%(name)s” cannot be deleted: learners' attempts use it (their answers and "
    "grades refer to it). Move it to another category instead, or keep it."
)
QUESTION_IN_QUIZZES = _(
    "The question “%(name)s” cannot be deleted: quizzes use it (%(quizzes)s). Remove it from "
    "those quizzes first."
)
SLOT_QUESTION_OR_CATEGORY = _("Choose either a question or a category to draw from, not both.")
SLOT_EMPTY = _("Choose a question, or a category to draw random questions from.")
SLOT_OTHER_COURSE = _("Choose a question or category of this quiz's course.")
SLOT_QUESTION_TWICE = _("This question is already in the quiz.")
SLOT_COUNT_POSITIVE = _("Draw at least one question.")
SLOT_NO_LESSON = _("Choose the quiz's lesson first: the bank is the lesson's course's.")


# ---- categories ------------------------------------------------------------------------------


@transaction.atomic
def category_for_path(course_key: UUID, path: list[str]) -> QuestionCategory:
    """The category at `path` (names from the top) in the course's bank, made if missing.

    An empty path is the course's default category.
    """
    names = [name.strip() for name in path if name and name.strip()]
    if not names:
        # Stored content, so in the site's language whatever language the request speaks.
        with translation.override(settings.LANGUAGE_CODE):
            names = [str(DEFAULT_CATEGORY_NAME)]
    parent = None
    for name in names:
        parent = (
            QuestionCategory.objects.filter(course_key=course_key, parent=parent, name=name[:255])
            .order_by("pk")
            .first()
        ) or QuestionCategory.objects.create(course_key=course_key, parent=parent, name=name[:255])
    return parent


def default_category(course_key: UUID) -> QuestionCategory:
    return category_for_path(course_key, [])


def category_path(category: QuestionCategory) -> str:
    """ "Top / Sub / Leaf": for lists and choices (one query per level not cached)."""
    names = []
    node, seen = category, set()
    while node is not None and node.pk not in seen:
        seen.add(node.pk)
        names.append(node.name)
        node = node.parent
    return " / ".join(reversed(names))


def category_descendant_ids(category: QuestionCategory) -> list[int]:
    """The category's id and those of every category below it (one query for the course)."""
    children = {}
    for pk, parent_id in QuestionCategory.objects.filter(
        course_key=category.course_key
    ).values_list("pk", "parent_id"):
        children.setdefault(parent_id, []).append(pk)
    found, todo = [], [category.pk]
    while todo:
        pk = todo.pop()
        if pk in found:
            continue
        found.append(pk)
        todo.extend(children.get(pk, []))
    return found


def category_parent_problem(*, category: QuestionCategory, parent) -> str | None:
    """Why `parent` cannot hold `category` (another course, or a loop), or None."""
    if parent is None:
        return None
    if parent.course_key != category.course_key:
        return str(CATEGORY_PARENT_OTHER_COURSE)
    if category.pk and parent.pk in category_descendant_ids(category):
        return str(CATEGORY_PARENT_LOOP)
    return None


def category_delete_refusal(category: QuestionCategory) -> str | None:
    """Only an empty category, which no quiz draws from, may be deleted: the reason otherwise.

    Deleting never moves questions silently: the trainer moves them first (bulk "Move to
    category" in the bank), so no question changes category without someone choosing where.
    """
    questions = category.questions.count()
    children = category.children.count()
    if questions or children:
        return str(
            CATEGORY_NOT_EMPTY
            % {"name": category.name, "questions": questions, "children": children}
        )
    titles = list(Quiz.objects.filter(slots__category=category).values_list("title", flat=True)[:5])
    if titles:
        return str(CATEGORY_USED_BY_QUIZZES % {"name": category.name, "quizzes": ", ".join(titles)})
    return None


# ---- who sees which bank ---------------------------------------------------------------------


def bank_course_keys(user) -> set | None:
    """The courses whose bank `user` may see and edit; None means every course (managers)."""
    from courses.catalogue.selectors import course_keys_taught

    if not user.is_authenticated:
        return set()
    return course_keys_taught(user)


def categories_for_user(*, user) -> QuerySet[QuestionCategory]:
    categories = QuestionCategory.objects.select_related("parent")
    keys = bank_course_keys(user)
    return categories if keys is None else categories.filter(course_key__in=keys)


def bank_questions_for_user(*, user) -> QuerySet[Question]:
    """Questions of the banks `user` may edit (every question has a category once migrated)."""
    questions = Question.objects.select_related("category")
    keys = bank_course_keys(user)
    if keys is None:
        return questions
    return questions.filter(category__course_key__in=keys)


def bank_edit_allowed(*, user, course_key) -> bool:
    keys = bank_course_keys(user)
    return keys is None or course_key in keys


# ---- a quiz's course and its own questions in the bank ---------------------------------------


def quiz_course_key(quiz: Quiz) -> UUID:
    """The course of the quiz's lesson (any language: the course's translation key); a quiz
    whose lesson sits in no course keeps its own bank, keyed by the lesson's identity."""
    cached = getattr(quiz, "_bank_course_key", None)
    if cached is not None:
        return cached
    key = lesson_course_key(quiz.lesson) if quiz.lesson_id else quiz.lesson_key
    quiz._bank_course_key = key
    return key


def lesson_course_key(lesson) -> UUID:
    """The bank of a lesson's quiz: its course's translation key, else the lesson's own."""
    from courses.catalogue.selectors import course_for_page

    course = course_for_page(lesson)
    return course.translation_key if course is not None else lesson.translation_key


@receiver(pre_save, sender=Question)
def question_bank_place(sender, instance: Question, raw=False, **kwargs):
    """A quiz's question saved without a category goes to its course's default category."""
    if raw or instance.category_id is not None or instance.quiz_id is None:
        return
    quiz = instance.quiz
    cached = getattr(quiz, "_bank_default_category", None)
    course_key = quiz_course_key(quiz)
    if cached is None or cached.course_key != course_key:
        cached = default_category(course_key)
        quiz._bank_default_category = cached
    instance.category = cached


@transaction.atomic
def questions_move(*, questions, category: QuestionCategory) -> int:
    """Move bank questions to `category` of the same course; refused across courses."""
    questions = list(questions)
    if any(q.category_id and q.category.course_key != category.course_key for q in questions):
        raise ValidationError(CATEGORY_OTHER_COURSE)
    return Question.objects.filter(pk__in=[q.pk for q in questions]).update(category=category)


def question_delete_refusal(question: Question) -> str | None:
    """A question attempts refer to (answers, or a layout still being taken) or that a quiz
    uses as a fixed slot stays: the reason, or None."""
    name = str(question)
    # Answers refer to the row; an attempt still being taken may not have answered it yet, but
    # its layout (JSON) names the question's key.
    if (
        AttemptAnswer.objects.filter(question=question).exists()
        or Attempt.objects.filter(layout__icontains=str(question.key)).exists()
    ):
        return str(QUESTION_IN_ATTEMPTS % {"name": name})
    titles = list(Quiz.objects.filter(slots__question=question).values_list("title", flat=True)[:5])
    if titles:
        return str(QUESTION_IN_QUIZZES % {"name": name, "quizzes": ", ".join(titles)})
    return None


# ---- slots and random draws ------------------------------------------------------------------


def category_question_ids(category: QuestionCategory, *, include_subcategories: bool) -> list:
    """Ids of the questions a random slot may draw from (descriptions are never drawn)."""
    ids = category_descendant_ids(category) if include_subcategories else [category.pk]
    return list(
        Question.objects.filter(category_id__in=ids)
        .exclude(qtype="description")
        .order_by("pk")
        .values_list("pk", flat=True)
    )


def slot_random_problem(*, category, include_subcategories: bool, count: int, taken) -> str:
    """Why the category cannot give `count` questions beside those `taken` (ids), or ""."""
    available = [
        pk
        for pk in category_question_ids(category, include_subcategories=include_subcategories)
        if pk not in taken
    ]
    if len(available) >= count:
        return ""
    return ngettext(
        "The category “%(name)s” has only %(available)d question this quiz can draw "
        "(%(count)d asked). Add questions to it or draw fewer.",
        "The category “%(name)s” has only %(available)d questions this quiz can draw "
        "(%(count)d asked). Add questions to it or draw fewer.",
        len(available),
    ) % {"name": category.name, "available": len(available), "count": count}


def quiz_question_count(quiz: Quiz) -> int:
    """How many questions an attempt shows: its own, fixed bank questions and random draws
    (one query)."""

    def total(queryset, expression):
        return Coalesce(
            Subquery(
                queryset.filter(quiz=OuterRef("pk"))
                .values("quiz")
                .annotate(n=expression)
                .values("n")
            ),
            0,
        )

    counts = (
        Quiz.objects.filter(pk=quiz.pk)
        .annotate(
            own=total(Question.objects.all(), Count("pk")),
            fixed=total(QuizSlot.objects.filter(question__isnull=False), Count("pk")),
            drawn=total(QuizSlot.objects.filter(question__isnull=True), Sum("count")),
        )
        .values_list("own", "fixed", "drawn")
        .first()
    )
    return sum(counts) if counts else 0


def quiz_slot_questions(*, quiz: Quiz, rng: random.Random, exclude: set) -> list[Question]:
    """The bank questions the quiz's slots give an attempt, in slot order: fixed ones as they
    are, random ones drawn now with `rng`. A question already in the quiz (`exclude`, ids, grown
    as questions are taken) is never drawn again; a category that has too few left gives what
    it has (the editor refuses a slot asking for more than the category holds)."""
    slots = list(quiz.slots.select_related("category").order_by("sort_order", "pk"))
    fixed = [slot.question_id for slot in slots if slot.question_id]
    exclude = set(exclude) | set(fixed)
    chosen: list[int] = []
    for slot in slots:
        if slot.question_id:
            if slot.question_id not in chosen:
                chosen.append(slot.question_id)
            continue
        pool = [
            pk
            for pk in category_question_ids(
                slot.category, include_subcategories=slot.include_subcategories
            )
            if pk not in exclude
        ]
        drawn = rng.sample(pool, min(slot.count, len(pool)))
        exclude.update(drawn)
        chosen.extend(drawn)
    if not chosen:
        return []
    found = {q.pk: q for q in Question.objects.filter(pk__in=chosen).prefetch_related("options")}
    return [found[pk] for pk in chosen if pk in found]


def category_question_counts(course_key) -> dict:
    """{category id: number of questions} for a course's bank (one query)."""
    return dict(
        QuestionCategory.objects.filter(course_key=course_key)
        .annotate(n=Count("questions"))
        .values_list("pk", "n")
    )
