"""Rubrics: criteria with levels, reusable across one course's assignments.

Texts are per-language columns (ky default, ru, en) as in quizzes, so a grade's chosen levels
mean the same whatever language the learner or trainer reads. A rubric is frozen once a grade
uses it (`courses.assignments.selectors.rubric_in_use`): a level's points must not change under
a grade already given.
"""

from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.models import Orderable

from lms.i18n import text_in_language


class Rubric(ClusterableModel):
    """A grading guide of one course: each criterion scored by picking one of its levels."""

    course = models.ForeignKey(
        "catalogue.CoursePage",
        verbose_name=_("course"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The rubric can be used by this course's assignments."),
    )
    course_key = models.UUIDField(_("course identity"), editable=False, db_index=True)
    title = models.CharField(_("title"), max_length=200)
    title_ru = models.CharField(_("title (Russian)"), max_length=200, blank=True)
    title_en = models.CharField(_("title (English)"), max_length=200, blank=True)

    panels = [
        FieldPanel("course"),
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("title_ru"), FieldPanel("title_en")]),
        InlinePanel("criteria", heading=_("Criteria"), label=_("Criterion"), min_num=1),
    ]

    class Meta:
        verbose_name = _("rubric")
        verbose_name_plural = _("rubrics")

    def __str__(self):
        return self.title

    @property
    def display_title(self) -> str:
        return text_in_language(self, "title")


class RubricCriterion(ClusterableModel, Orderable):
    """One thing the work is judged on, e.g. "The specification names the service volumes"."""

    rubric = ParentalKey(Rubric, on_delete=models.CASCADE, related_name="criteria")
    description = models.TextField(_("criterion"))
    description_ru = models.TextField(_("criterion (Russian)"), blank=True)
    description_en = models.TextField(_("criterion (English)"), blank=True)

    panels = [
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("description_ru"), FieldPanel("description_en")]),
        InlinePanel("levels", heading=_("Levels"), label=_("Level"), min_num=2),
    ]

    class Meta:
        ordering = ["sort_order", "pk"]
        verbose_name = _("criterion")
        verbose_name_plural = _("criteria")

    def __str__(self):
        return self.description[:60]

    @property
    def display_description(self) -> str:
        return text_in_language(self, "description")


class RubricLevel(Orderable):
    """A level of a criterion and the points it gives."""

    criterion = ParentalKey(RubricCriterion, on_delete=models.CASCADE, related_name="levels")
    description = models.TextField(_("level"))
    description_ru = models.TextField(_("level (Russian)"), blank=True)
    description_en = models.TextField(_("level (English)"), blank=True)
    points = models.DecimalField(
        _("points"), max_digits=6, decimal_places=2, validators=[MinValueValidator(0)]
    )

    panels = [
        FieldRowPanel([FieldPanel("points"), FieldPanel("description")]),
        FieldRowPanel([FieldPanel("description_ru"), FieldPanel("description_en")]),
    ]

    class Meta:
        ordering = ["sort_order", "pk"]
        verbose_name = _("level")
        verbose_name_plural = _("levels")

    def __str__(self):
        return f"{self.points} · {self.description[:50]}"

    @property
    def display_description(self) -> str:
        return text_in_language(self, "description")
