"""Quizzes, questions and attempts.

A quiz belongs to a lesson's identity (`lesson_key`, the lesson pages' shared translation_key), so
one quiz serves every language and attempts count in all of them (DESIGN.md decision 3).
Texts are per-language columns on ONE set of question and option rows: grading keys (the rows'
UUIDs) are therefore identical in every language, a translation can never add, drop or reorder an
option, and a tampered key is checked against a single set.
"""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

from courses.quizzes.bank_forms import QuizSlotsPanel
from lms.i18n import text_in_language  # kept importable from here (quizzes used to own it)

TEXT_LANGUAGES = ("ky", "ru", "en")
# The two options of a true/false question, in every language (content, not interface text).
TRUE_TEXTS = {"text": "Туура", "text_ru": "Верно", "text_en": "True"}
FALSE_TEXTS = {"text": "Туура эмес", "text_ru": "Неверно", "text_en": "False"}


class GradingMethod(models.TextChoices):
    HIGHEST = "highest", _("Highest grade")
    LAST = "last", _("Last attempt")
    AVERAGE = "average", _("Average of attempts")


class ReviewPolicy(models.TextChoices):
    NEVER = "never", _("Never")
    AFTER_ATTEMPT = "after_attempt", _("After each attempt")
    AFTER_PASS = "after_pass", _("After passing")


class QuestionType(models.TextChoices):
    SINGLE = "single", _("Single choice")
    MULTIPLE = "multiple", _("Multiple choice")
    TRUE_FALSE = "truefalse", _("True or false")
    SHORT = "short", _("Short answer")
    NUMERICAL = "numerical", _("Numerical")
    MATCHING = "matching", _("Matching")
    DESCRIPTION = "description", _("Description (no answer)")
    ESSAY = "essay", _("Essay (graded by a trainer)")
    CLOZE = "cloze", _("Embedded answers (cloze)")


class QuestionCategory(models.Model):
    """A category of a course's question bank (Moodle's categories, `$CATEGORY` in GIFT)."""

    course_key = models.UUIDField(_("course"), db_index=True)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent category"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="children",
    )
    name = models.CharField(_("name"), max_length=255)
    info = models.TextField(_("description"), blank=True)
    idnumber = models.CharField(_("ID number"), max_length=100, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["name", "pk"]
        verbose_name = _("question category")
        verbose_name_plural = _("question categories")

    def __str__(self):
        return self.name


UNLIMITED = _("Unlimited")
LESSON_HAS_QUIZ = _("This lesson already has a quiz: edit that one.")
NEEDS_FULL_MARKS = _("Give one answer the grade 1 (fully correct).")
NEEDS_POSITIVE = _("Give at least one answer a positive grade.")
NEEDS_NUMBER = _("Every answer of a numerical question needs a number.")
NEEDS_PAIRS = _("A matching question needs at least two pairs with both sides filled in.")
NEEDS_TWO_OPTIONS = _("Add at least two answers to choose from.")
LESSON_NOT_YOURS = _("Choose a lesson of a course you teach.")


class QuizAdminForm(WagtailAdminModelForm):
    """The lesson decides the quiz's identity; trainers may only pick lessons they teach."""

    def clean_lesson(self):
        lesson = self.cleaned_data.get("lesson")
        if lesson is None:
            return lesson
        from courses.quizzes.selectors import quiz_edit_allowed_for_lesson

        if self.for_user is not None and not quiz_edit_allowed_for_lesson(
            user=self.for_user, lesson=lesson
        ):
            raise ValidationError(LESSON_NOT_YOURS)
        taken = Quiz.objects.filter(lesson_key=lesson.translation_key)
        if self.instance.pk:
            taken = taken.exclude(pk=self.instance.pk)
        if taken.exists():
            raise ValidationError(LESSON_HAS_QUIZ)
        self.instance.lesson_key = lesson.translation_key
        return lesson

    def is_valid(self):
        """Each question must be answerable for full marks, whatever its type (checked once
        the nested question and answer forms are cleaned)."""
        valid = super().is_valid()
        questions = self.formsets.get("questions")
        for form in questions.forms if questions is not None else []:
            if not form.has_changed() and not form.instance.pk:
                continue
            data = getattr(form, "cleaned_data", None) or {}
            if data.get("DELETE") or "options" not in getattr(form, "formsets", {}):
                continue
            options = [
                o.cleaned_data
                for o in form.formsets["options"].forms
                if getattr(o, "cleaned_data", None) and not o.cleaned_data.get("DELETE")
            ]
            if data.get("qtype") in NO_OPTION_TYPES:  # description, essay, cloze (authoring.py)
                from courses.quizzes.authoring import question_type_problems

                for name, problem in question_type_problems(form, data, options):
                    form.add_error(name if name in form.fields else None, problem)
                    valid = False
                continue
            message = question_options_problem(data.get("qtype"), options)
            if message:
                form.add_error("qtype", message)
                valid = False
        return valid


NO_OPTION_TYPES = ("description", "essay", "cloze")


def question_options_problem(qtype, options: list[dict]):
    """Why a question's answers cannot grade it, or None: used by the admin form."""
    fractions = [o.get("fraction") or 0 for o in options]
    if qtype in ("single", "truefalse", "multiple") and len(options) < 2:
        return NEEDS_TWO_OPTIONS
    if qtype in ("single", "truefalse", "short", "numerical") and 1 not in fractions:
        return NEEDS_FULL_MARKS
    if qtype == "multiple" and not any(f > 0 for f in fractions):
        return NEEDS_POSITIVE
    if qtype == "numerical" and any(o.get("number") is None for o in options):
        return NEEDS_NUMBER
    if qtype == "matching" and sum(1 for o in options if o.get("text") and o.get("match_text")) < 2:
        return NEEDS_PAIRS
    return None


class Quiz(ClusterableModel):
    """A lesson's quiz and its settings; one per lesson identity."""

    lesson = models.ForeignKey(
        "catalogue.LessonPage",
        verbose_name=_("lesson"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The quiz is shown in this lesson and its translations."),
    )
    lesson_key = models.UUIDField(_("lesson identity"), editable=False)
    title = models.CharField(_("title"), max_length=200)
    title_ru = models.CharField(_("title (Russian)"), max_length=200, blank=True)
    title_en = models.CharField(_("title (English)"), max_length=200, blank=True)
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"), default=60, validators=[MinValueValidator(0), MaxValueValidator(100)]
    )
    attempts_allowed = models.PositiveSmallIntegerField(
        _("attempts allowed"),
        default=0,
        help_text=_("How many times a learner may take the quiz. 0 (the default): unlimited."),
    )
    grading_method = models.CharField(
        _("grading method"),
        max_length=16,
        choices=GradingMethod.choices,
        default=GradingMethod.HIGHEST,
    )
    time_limit_minutes = models.PositiveSmallIntegerField(
        _("time limit (minutes)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(600)],
        help_text=_("Leave empty for no limit."),
    )
    shuffle_questions = models.BooleanField(_("shuffle questions"), default=False)
    shuffle_options = models.BooleanField(_("shuffle options"), default=False)
    review = models.CharField(
        _("learners see correct answers"),
        max_length=16,
        choices=ReviewPolicy.choices,
        default=ReviewPolicy.AFTER_ATTEMPT,
    )

    panels = [
        FieldPanel("lesson"),
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("title_ru"), FieldPanel("title_en")]),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("pass_mark"),
                        FieldPanel("attempts_allowed"),
                        FieldPanel("time_limit_minutes"),
                    ]
                ),
                FieldRowPanel([FieldPanel("grading_method"), FieldPanel("review")]),
                FieldRowPanel([FieldPanel("shuffle_questions"), FieldPanel("shuffle_options")]),
            ],
            heading=_("Settings"),
        ),
        InlinePanel("questions", heading=_("Questions"), label=_("Question")),
        QuizSlotsPanel(
            "slots",
            heading=_("Questions from the bank"),
            label=_("Question from the bank"),
            help_text=_(
                "After the quiz's own questions: a question of the course's bank, or a number "
                "of questions drawn at random from a category for each attempt."
            ),
            panels=[
                FieldPanel("question"),
                FieldRowPanel(
                    [
                        FieldPanel("category"),
                        FieldPanel("include_subcategories"),
                        FieldPanel("count"),
                    ]
                ),
            ],
        ),
    ]

    base_form_class = QuizAdminForm

    class Meta:
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")
        constraints = [
            models.UniqueConstraint(fields=["lesson_key"], name="quizzes_quiz_unique_lesson_key"),
        ]

    def __str__(self):
        return self.title

    @property
    def display_title(self) -> str:
        return text_in_language(self, "title")

    @property
    def attempts_allowed_label(self) -> str:
        """ "Unlimited" for 0, else the number: for lists and learners' pages."""
        return str(self.attempts_allowed) if self.attempts_allowed else str(UNLIMITED)


class Question(ClusterableModel, Orderable):
    """One question; `key` is the stable identity grading and attempts refer to."""

    # A quiz's own question (edited with the quiz); empty for a question kept only in the bank.
    quiz = ParentalKey(
        Quiz, on_delete=models.CASCADE, related_name="questions", null=True, blank=True
    )
    # Where the question sits in its course's bank; every question has one once migrated.
    category = models.ForeignKey(
        QuestionCategory,
        verbose_name=_("category"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="questions",
    )
    key = models.UUIDField(default=uuid.uuid4, editable=False, unique=True)
    qtype = models.CharField(_("type"), max_length=16, choices=QuestionType.choices)
    idnumber = models.CharField(_("ID number"), max_length=100, blank=True)
    tags = models.JSONField(_("tags"), default=list, blank=True)
    name = models.CharField(_("name"), max_length=200, blank=True)
    text = models.TextField(_("question"))
    text_ru = models.TextField(_("question (Russian)"), blank=True)
    text_en = models.TextField(_("question (English)"), blank=True)
    general_feedback = models.TextField(_("general feedback"), blank=True)
    general_feedback_ru = models.TextField(_("general feedback (Russian)"), blank=True)
    general_feedback_en = models.TextField(_("general feedback (English)"), blank=True)
    points = models.DecimalField(
        _("points"), max_digits=6, decimal_places=2, default=1, validators=[MinValueValidator(0)]
    )
    model_answer = models.TextField(
        _("model answer"),
        blank=True,
        help_text=_(
            "Short answers: the answer learners see on their results, written for people "
            "(the accepted answers may be patterns such as *waste*)."
        ),
    )
    model_answer_ru = models.TextField(_("model answer (Russian)"), blank=True)
    model_answer_en = models.TextField(_("model answer (English)"), blank=True)
    accept_word_forms = models.BooleanField(
        _("accept other forms of the words"),
        default=True,
        help_text=_(
            "Short answers: another form of an accepted answer's words counts too "
            "(мусора for мусор, айылдын for айыл, services for service)."
        ),
    )
    accept_without_kyrgyz_letters = models.BooleanField(
        _("accept answers typed without Kyrgyz letters"),
        default=True,
        help_text=_(
            "Short answers: ү, ө, ң typed as у, о, н (and ё as е) count as the same letters, "
            "as on phones and Russian keyboards."
        ),
    )
    case_sensitive = models.BooleanField(
        _("case matters"), default=False, help_text=_("Short answers: Moodle's usecase.")
    )
    shuffle_options = models.BooleanField(_("shuffle this question's answers"), default=True)
    penalty = models.DecimalField(
        _("penalty for each wrong try"), max_digits=8, decimal_places=7, default=0
    )
    show_number_correct = models.BooleanField(
        _("show the number of correct answers"), default=False
    )
    correct_feedback = models.TextField(_("feedback for a correct answer"), blank=True)
    correct_feedback_ru = models.TextField(_("feedback for a correct answer (Russian)"), blank=True)
    correct_feedback_en = models.TextField(_("feedback for a correct answer (English)"), blank=True)
    partially_correct_feedback = models.TextField(
        _("feedback for a partly correct answer"), blank=True
    )
    partially_correct_feedback_ru = models.TextField(
        _("feedback for a partly correct answer (Russian)"), blank=True
    )
    partially_correct_feedback_en = models.TextField(
        _("feedback for a partly correct answer (English)"), blank=True
    )
    incorrect_feedback = models.TextField(_("feedback for a wrong answer"), blank=True)
    incorrect_feedback_ru = models.TextField(_("feedback for a wrong answer (Russian)"), blank=True)
    incorrect_feedback_en = models.TextField(_("feedback for a wrong answer (English)"), blank=True)
    # [{"text": ..., "text_ru": ..., "text_en": ...}] in order (Moodle's hints).
    hints = models.JSONField(_("hints"), default=list, blank=True)
    # Essays: the box's size, word limits, a template and what graders should look for.
    response_lines = models.PositiveSmallIntegerField(_("answer box lines"), default=10)
    min_words = models.PositiveIntegerField(_("at least this many words"), null=True, blank=True)
    max_words = models.PositiveIntegerField(_("at most this many words"), null=True, blank=True)
    response_template = models.TextField(_("answer template"), blank=True)
    grader_info = models.TextField(_("information for graders"), blank=True)
    # Essays graded with a rubric: [{"name": ..., "levels": [{"label": ..., "points": ...}]}].
    rubric = models.JSONField(_("rubric"), default=list, blank=True)
    # Cloze: the text carries {#1}, {#2}, ... where the gaps go; each gap is described here:
    # [{"type": "shortanswer|numerical|multichoice", "display": "dropdown|vertical|horizontal|
    # multiresponse", "weight": 1, "case_sensitive": false, "shuffle": false, "answers":
    # [{"key": uuid, "text": .., "text_ru": .., "text_en": .., "fraction": "1", "number": ..,
    # "tolerance": .., "feedback": .., "feedback_ru": .., "feedback_en": ..}]}].
    gaps = models.JSONField(_("gaps"), default=list, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("qtype"), FieldPanel("points"), FieldPanel("name")]),
        FieldPanel("text"),
        FieldRowPanel([FieldPanel("text_ru"), FieldPanel("text_en")]),
        FieldPanel("general_feedback"),
        FieldRowPanel([FieldPanel("general_feedback_ru"), FieldPanel("general_feedback_en")]),
        FieldPanel("model_answer"),
        FieldRowPanel([FieldPanel("model_answer_ru"), FieldPanel("model_answer_en")]),
        FieldRowPanel(
            [FieldPanel("accept_word_forms"), FieldPanel("accept_without_kyrgyz_letters")]
        ),
        FieldRowPanel(
            [
                FieldPanel("case_sensitive"),
                FieldPanel("shuffle_options"),
                FieldPanel("show_number_correct"),
            ]
        ),
        MultiFieldPanel(
            [
                FieldPanel("correct_feedback"),
                FieldRowPanel(
                    [FieldPanel("correct_feedback_ru"), FieldPanel("correct_feedback_en")]
                ),
                FieldPanel("partially_correct_feedback"),
                FieldRowPanel(
                    [
                        FieldPanel("partially_correct_feedback_ru"),
                        FieldPanel("partially_correct_feedback_en"),
                    ]
                ),
                FieldPanel("incorrect_feedback"),
                FieldRowPanel(
                    [FieldPanel("incorrect_feedback_ru"), FieldPanel("incorrect_feedback_en")]
                ),
            ],
            heading=_("Feedback by result"),
            classname="collapsed",
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("min_words"), FieldPanel("max_words")]),
                FieldPanel("response_template"),
                FieldPanel("grader_info"),
            ],
            heading=_("Essay"),
            classname="collapsed",
        ),
        InlinePanel("options", heading=_("Answers"), label=_("Answer")),
    ]

    class Meta:
        ordering = ["sort_order", "pk"]
        verbose_name = _("question")
        verbose_name_plural = _("questions")

    def __str__(self):
        return self.name or self.text[:60]

    @property
    def display_text(self) -> str:
        return text_in_language(self, "text")

    @property
    def display_feedback(self) -> str:
        return text_in_language(self, "general_feedback")


class Option(Orderable):
    """An answer of a question: a choice, an accepted short answer, a number or a matching pair.

    `fraction` is the share of the question's points it earns (-1..1; negative subtracts in
    multiple choice). Numerical answers use `number` ± `tolerance`; matching pairs put the
    prompt in `text` and its match in `match_text` (an empty `text` is a distractor).
    """

    question = ParentalKey(Question, on_delete=models.CASCADE, related_name="options")
    key = models.UUIDField(default=uuid.uuid4, editable=False, unique=True)
    text = models.TextField(_("answer"), blank=True)
    text_ru = models.TextField(_("answer (Russian)"), blank=True)
    text_en = models.TextField(_("answer (English)"), blank=True)
    fraction = models.DecimalField(
        _("grade (fraction)"),
        max_digits=8,
        decimal_places=7,
        default=0,
        validators=[MinValueValidator(-1), MaxValueValidator(1)],
        help_text=_("1 for a fully correct answer, 0 for wrong, negative to subtract."),
    )
    number = models.DecimalField(
        _("number"), max_digits=18, decimal_places=6, null=True, blank=True
    )
    tolerance = models.DecimalField(_("tolerance (±)"), max_digits=18, decimal_places=6, default=0)
    match_text = models.TextField(_("matches"), blank=True)
    match_text_ru = models.TextField(_("matches (Russian)"), blank=True)
    match_text_en = models.TextField(_("matches (English)"), blank=True)
    feedback = models.TextField(_("feedback"), blank=True)
    feedback_ru = models.TextField(_("feedback (Russian)"), blank=True)
    feedback_en = models.TextField(_("feedback (English)"), blank=True)

    panels = [
        FieldPanel("text"),
        FieldRowPanel([FieldPanel("text_ru"), FieldPanel("text_en")]),
        FieldRowPanel([FieldPanel("fraction"), FieldPanel("number"), FieldPanel("tolerance")]),
        FieldPanel("match_text"),
        FieldRowPanel([FieldPanel("match_text_ru"), FieldPanel("match_text_en")]),
        FieldPanel("feedback"),
        FieldRowPanel([FieldPanel("feedback_ru"), FieldPanel("feedback_en")]),
    ]

    class Meta:
        ordering = ["sort_order", "pk"]
        verbose_name = _("answer")
        verbose_name_plural = _("answers")

    def __str__(self):
        return self.text[:60] or self.match_text[:60] or str(self.number)

    @property
    def display_text(self) -> str:
        return text_in_language(self, "text")

    @property
    def display_match(self) -> str:
        return text_in_language(self, "match_text")

    @property
    def display_feedback(self) -> str:
        return text_in_language(self, "feedback")


class QuizSlot(Orderable):
    """A bank question the quiz uses after its own: one fixed question, or N drawn at random.

    Random draws come from a category (and its subcategories when asked) and are drawn per
    attempt, then fixed in the attempt's layout.
    """

    quiz = ParentalKey(Quiz, on_delete=models.CASCADE, related_name="slots")
    question = models.ForeignKey(
        Question,
        verbose_name=_("question"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="slots",
    )
    category = models.ForeignKey(
        QuestionCategory,
        verbose_name=_("random from category"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="slots",
    )
    include_subcategories = models.BooleanField(_("include subcategories"), default=False)
    count = models.PositiveSmallIntegerField(_("how many"), default=1)

    class Meta(Orderable.Meta):
        verbose_name = _("question from the bank")
        verbose_name_plural = _("questions from the bank")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(question__isnull=False, category__isnull=True)
                | models.Q(question__isnull=True, category__isnull=False),
                name="quizzes_quizslot_question_or_category",
            )
        ]


class AttemptState(models.TextChoices):
    IN_PROGRESS = "in_progress", _("In progress")
    SUBMITTED = "submitted", _("Submitted")
    NEEDS_GRADING = "needs_grading", _("Waiting for grading")


class Attempt(models.Model):
    """A learner's attempt, keyed to the lesson identity so it counts in every language."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.CASCADE,
        related_name="quiz_attempts",
    )
    quiz = models.ForeignKey(
        Quiz, verbose_name=_("quiz"), on_delete=models.CASCADE, related_name="attempts"
    )
    lesson_key = models.UUIDField(_("lesson identity"), db_index=True)
    course_key = models.UUIDField(_("course"), db_index=True)
    number = models.PositiveSmallIntegerField(_("attempt"))
    state = models.CharField(
        _("state"), max_length=16, choices=AttemptState.choices, default=AttemptState.IN_PROGRESS
    )
    # The questions and option orders this attempt shows: [{"q": key, "o": [keys]}].
    layout = models.JSONField(default=list)
    language = models.CharField(_("language"), max_length=8, blank=True)
    started_at = models.DateTimeField(_("started"))
    deadline = models.DateTimeField(_("deadline"), null=True, blank=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    points = models.DecimalField(_("points"), max_digits=8, decimal_places=2, default=0)
    max_points = models.DecimalField(_("out of"), max_digits=8, decimal_places=2, default=0)
    score = models.DecimalField(_("grade (%)"), max_digits=5, decimal_places=2, default=0)
    passed = models.BooleanField(_("passed"), default=False)

    class Meta:
        ordering = ["number"]
        verbose_name = _("quiz attempt")
        verbose_name_plural = _("quiz attempts")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "lesson_key", "number"],
                name="quizzes_attempt_unique_user_lesson_number",
            ),
            # A double click must not use up an attempt: one open attempt per learner and quiz.
            models.UniqueConstraint(
                fields=["user", "lesson_key"],
                condition=models.Q(state="in_progress"),
                name="quizzes_attempt_one_open_per_learner",
            ),
        ]

    def __str__(self):
        return f"{self.user_id} · {self.lesson_key} · {self.number}"

    @property
    def is_submitted(self) -> bool:
        """Handed in: graded, or waiting for a trainer to grade an essay."""
        return self.state != AttemptState.IN_PROGRESS

    @property
    def is_waiting(self) -> bool:
        """Handed in with an essay a trainer has not graded yet: neither passed nor failed."""
        return self.state == AttemptState.NEEDS_GRADING


class AttemptAnswer(models.Model):
    """What a learner answered to one question of an attempt, and what it earned."""

    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="+")
    response = models.JSONField(default=dict, blank=True)
    fraction = models.DecimalField(max_digits=8, decimal_places=7, default=0)
    points = models.DecimalField(max_digits=8, decimal_places=2, default=0)
    # Essays wait for a trainer: who graded, when, the comment and the rubric levels chosen.
    needs_grading = models.BooleanField(default=False, db_index=True)
    graded_at = models.DateTimeField(null=True, blank=True)
    graded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    grader_comment = models.TextField(blank=True)
    rubric_levels = models.JSONField(default=list, blank=True)

    class Meta:
        verbose_name = _("answer given")
        verbose_name_plural = _("answers given")
        constraints = [
            models.UniqueConstraint(
                fields=["attempt", "question"], name="quizzes_attemptanswer_unique_question"
            ),
        ]

    def __str__(self):
        return f"{self.attempt_id} · {self.question_id}"
