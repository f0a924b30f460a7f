"""An assignment on a lesson, its settings, and per-learner extensions.

Like a quiz, an assignment belongs to the lesson's identity (`lesson_key`, shared by the
lesson's translations), so one assignment serves every language and a submission counts in all
of them. `course_key` is copied from the lesson's course when the assignment is saved so that
the grading table and the gradebook filter without walking the page tree.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField

from lms.i18n import text_in_language

INSTRUCTION_FEATURES = ["h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]
DEFAULT_FILE_TYPES = "pdf, docx, xlsx, odt, jpg, png"


class AttemptsReopen(models.TextChoices):
    NEVER = "never", _("One attempt only")
    MANUAL = "manual", _("Reopened by the trainer")
    UNTIL_PASS = "until_pass", _("Reopened automatically until passed")


class GradingType(models.TextChoices):
    POINTS = "points", _("Points")
    RUBRIC = "rubric", _("Rubric")


class CompletionRule(models.TextChoices):
    SUBMIT = "submit", _("When the learner submits")
    PASS = "pass", _("When the learner gets a pass grade")


class Assignment(ClusterableModel):
    """What a lesson asks learners to hand in, when, and how it is graded."""

    lesson = models.ForeignKey(
        "catalogue.LessonPage",
        verbose_name=_("lesson"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The assignment is shown in this lesson and its translations."),
    )
    lesson_key = models.UUIDField(_("lesson identity"), editable=False)
    course_key = models.UUIDField(_("course identity"), editable=False, db_index=True)
    title = models.CharField(_("title"), max_length=200)
    title_ru = models.CharField(_("title (Russian)"), max_length=200, blank=True)
    title_en = models.CharField(_("title (English)"), max_length=200, blank=True)
    instructions = RichTextField(_("instructions"), features=INSTRUCTION_FEATURES)
    instructions_ru = RichTextField(
        _("instructions (Russian)"), features=INSTRUCTION_FEATURES, blank=True
    )
    instructions_en = RichTextField(
        _("instructions (English)"), features=INSTRUCTION_FEATURES, blank=True
    )

    # What may be handed in.
    accepts_text = models.BooleanField(_("online text"), default=True)
    word_limit = models.PositiveIntegerField(
        _("word limit"), null=True, blank=True, help_text=_("Leave empty for no limit.")
    )
    accepts_files = models.BooleanField(_("file uploads"), default=True)
    file_types = models.CharField(
        _("allowed file types"),
        max_length=200,
        default=DEFAULT_FILE_TYPES,
        help_text=_("File extensions separated by commas, e.g. pdf, docx, xlsx, jpg."),
    )
    max_files = models.PositiveSmallIntegerField(
        _("maximum number of files"), default=3, validators=[MinValueValidator(1)]
    )
    max_file_mb = models.PositiveSmallIntegerField(
        _("maximum file size (MB)"),
        default=10,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
    )

    # Dates (stored in UTC, shown in Asia/Bishkek).
    opens_at = models.DateTimeField(_("opens"), null=True, blank=True)
    due_at = models.DateTimeField(
        _("due"), null=True, blank=True, help_text=_("Work handed in later is marked late.")
    )
    cutoff_at = models.DateTimeField(
        _("cut-off"),
        null=True,
        blank=True,
        help_text=_("Nothing is accepted after this moment (unless a learner has an extension)."),
    )
    grading_due_at = models.DateTimeField(_("grading due"), null=True, blank=True)

    # How work is handed in and graded.
    require_submit = models.BooleanField(
        _("require “Submit for grading”"),
        default=True,
        help_text=_(
            "Learners keep a draft until they press “Submit for grading”. Off: every save is "
            "handed in."
        ),
    )
    attempts_reopen = models.CharField(
        _("attempts"), max_length=16, choices=AttemptsReopen.choices, default=AttemptsReopen.MANUAL
    )
    max_attempts = models.PositiveSmallIntegerField(
        _("maximum attempts"), default=0, help_text=_("0 means unlimited.")
    )
    grading_type = models.CharField(
        _("grading"), max_length=16, choices=GradingType.choices, default=GradingType.POINTS
    )
    max_points = models.DecimalField(
        _("maximum points"),
        max_digits=6,
        decimal_places=2,
        default=100,
        validators=[MinValueValidator(1)],
        help_text=_("For grading by points; a rubric's maximum is the sum of its best levels."),
    )
    rubric = models.ForeignKey(
        "assignments.Rubric",
        verbose_name=_("rubric"),
        on_delete=models.PROTECT,
        related_name="assignments",
        null=True,
        blank=True,
    )
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"), default=60, validators=[MinValueValidator(0), MaxValueValidator(100)]
    )
    completion = models.CharField(
        _("the lesson is completed"),
        max_length=16,
        choices=CompletionRule.choices,
        default=CompletionRule.SUBMIT,
    )
    release_at_once = models.BooleanField(
        _("release grades at once"),
        default=True,
        help_text=_("Off: learners see grades only when the trainer releases them together."),
    )
    grades_released_at = models.DateTimeField(_("grades released"), null=True, blank=True)

    panels = [
        FieldPanel("lesson"),
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("title_ru"), FieldPanel("title_en")]),
        FieldPanel("instructions"),
        FieldPanel("instructions_ru"),
        FieldPanel("instructions_en"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("accepts_text"), FieldPanel("word_limit")]),
                FieldRowPanel([FieldPanel("accepts_files"), FieldPanel("file_types")]),
                FieldRowPanel([FieldPanel("max_files"), FieldPanel("max_file_mb")]),
            ],
            heading=_("Submissions"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("opens_at"), FieldPanel("due_at")]),
                FieldRowPanel([FieldPanel("cutoff_at"), FieldPanel("grading_due_at")]),
            ],
            heading=_("Dates"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("require_submit"),
                FieldRowPanel([FieldPanel("attempts_reopen"), FieldPanel("max_attempts")]),
                FieldRowPanel([FieldPanel("grading_type"), FieldPanel("max_points")]),
                FieldPanel("rubric"),
                FieldRowPanel([FieldPanel("pass_mark"), FieldPanel("completion")]),
                FieldPanel("release_at_once"),
            ],
            heading=_("Grading"),
        ),
    ]

    class Meta:
        verbose_name = _("assignment")
        verbose_name_plural = _("assignments")
        constraints = [
            models.UniqueConstraint(
                fields=["lesson_key"], name="assignments_assignment_unique_lesson_key"
            ),
        ]

    def __str__(self):
        return self.title

    @property
    def display_title(self) -> str:
        return text_in_language(self, "title")

    @property
    def display_instructions(self) -> str:
        return text_in_language(self, "instructions")

    @property
    def allowed_extensions(self) -> list[str]:
        """`file_types` as lower-case extensions without dots: "PDF, .docx" → ["pdf", "docx"]."""
        parts = (
            p.strip().lstrip(".").lower() for p in self.file_types.replace(";", ",").split(",")
        )
        return [p for p in parts if p]


class Extension(models.Model):
    """A later due date (and cut-off) for one learner, given by a trainer."""

    assignment = models.ForeignKey(Assignment, on_delete=models.CASCADE, related_name="extensions")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.CASCADE,
        related_name="assignment_extensions",
    )
    due_at = models.DateTimeField(_("extended until"))
    reason = models.CharField(_("reason"), max_length=300, blank=True)
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("granted by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    granted_at = models.DateTimeField(_("granted"), auto_now=True)

    class Meta:
        verbose_name = _("extension")
        verbose_name_plural = _("extensions")
        constraints = [
            models.UniqueConstraint(
                fields=["assignment", "user"], name="assignments_extension_unique_assignment_user"
            ),
        ]

    def __str__(self):
        return f"{self.assignment_id} · {self.user_id} · {self.due_at:%Y-%m-%d %H:%M}"
