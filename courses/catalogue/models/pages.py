"""The course tree: catalogue > course > (module >) lesson, one tree per language."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from courses.catalogue.blocks import RICH_TEXT_FEATURES, LessonStreamBlock, OutcomesStreamBlock
from lms.accounts.roles import TRAINER
from lms.search_text import WORD_FORM_SEARCH_FIELDS, WordFormsIndexed
from lms.slugs import AsciiSlugMixin

KEY_REQUIRED = _("Set the enrolment key learners must type, or choose another enrolment method.")
COVER_ALT_REQUIRED = _("Describe the cover image: its alternative text is required.")
CLOSES_BEFORE_OPENS = _("Enrolment must close after it opens.")
ENDS_BEFORE_OPENS = _("The course cannot end before enrolment opens.")


class Level(models.TextChoices):
    BEGINNER = "beginner", _("Beginner")
    INTERMEDIATE = "intermediate", _("Intermediate")
    ADVANCED = "advanced", _("Advanced")


class EnrolmentMethod(models.TextChoices):
    OPEN = "open", _("Open: anyone signed in may enrol")
    KEY = "key", _("With an enrolment key")
    APPROVAL = "approval", _("On request, approved by a trainer")
    CLOSED = "closed", _("Closed")


class CourseIndexPage(AsciiSlugMixin, Page):
    """The course catalogue: filters, search and pages of course cards."""

    intro = models.TextField(_("introduction"), blank=True, max_length=800)

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["cms.HomePage"]
    subpage_types = ["catalogue.CoursePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("course catalogue")

    def permissions_for_user(self, user):
        """Owning the catalogue grants trainers nothing (they hold "add" here to start courses)."""
        from courses.catalogue.permissions import CourseTreePermissionTester

        return CourseTreePermissionTester(user, self)

    def get_context(self, request, *args, **kwargs):
        from courses.catalogue.views import catalogue_context

        context = super().get_context(request, *args, **kwargs)
        context.update(catalogue_context(request=request, catalogue=self))
        return context

    def descendant_at(self, path_components) -> Page | None:
        """The course, module or lesson at this address in two queries, where Wagtail's walk down
        the tree takes two per level; its own checks (live, privacy, serve) still apply."""
        if not path_components:
            return None
        url_path = self.url_path + "/".join(path_components) + "/"
        candidates = Page.objects.filter(
            slug=path_components[-1],
            depth=self.depth + len(path_components),
            path__startswith=self.path,
        ).only("id", "url_path", "content_type_id")
        match = next((page for page in candidates if page.url_path == url_path), None)
        return match.specific if match is not None else None

    def route(self, request, path_components):
        """An untranslated course is served in Kyrgyz at this language's address, with a notice."""
        try:
            page = self.descendant_at(path_components)
            if page is not None:
                return page.route(request, [])
            return super().route(request, path_components)
        except Http404:
            from courses.catalogue.selectors import course_fallback_get, course_original_route

            # A lesson this language lacks in a translated course: the original's, at the
            # address the course's outline gives it (below this language's course).
            original = course_original_route(catalogue=self, path_components=path_components)
            if original is not None:
                return original.route(request, [])
            fallback = path_components and course_fallback_get(
                catalogue=self, slug=path_components[0]
            )
            if not fallback:
                raise
            return fallback.route(request, path_components[1:])


class CoursePageForm(WagtailAdminPageForm):
    """A trainer who starts a course is on its trainer list: the list alone gives them the
    course, so leaving it off would lock them out of what they just created."""

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        self.starting_trainer = (
            for_user
            if (
                not self.instance.pk
                and for_user is not None
                and for_user.groups.filter(name=TRAINER).exists()
            )
            else None
        )
        if self.starting_trainer is not None and not self.initial.get("trainers"):
            self.initial["trainers"] = [for_user.pk]

    def clean(self):
        cleaned_data = super().clean()
        trainers = cleaned_data.get("trainers")
        starting = self.starting_trainer
        if starting is not None and trainers is not None and starting not in trainers:
            cleaned_data["trainers"] = [*trainers, starting]
        return cleaned_data


class CoursePage(AsciiSlugMixin, WordFormsIndexed, Page):
    """A course: what it teaches, who teaches it and how learners join."""

    summary = models.TextField(
        _("short summary"), max_length=250, help_text=_("Shown on the catalogue card.")
    )
    description = RichTextField(_("description"), features=RICH_TEXT_FEATURES)
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    cover_alt = models.CharField(
        _("cover image alternative text"),
        max_length=250,
        blank=True,
        help_text=_("Describe the picture for people who cannot see it, in this page's language."),
    )
    topic = models.ForeignKey(
        "catalogue.Topic", verbose_name=_("topic"), on_delete=models.PROTECT, related_name="+"
    )
    level = models.CharField(_("level"), max_length=16, choices=Level.choices)
    estimated_hours = models.PositiveSmallIntegerField(
        _("estimated hours"), validators=[MinValueValidator(1), MaxValueValidator(500)]
    )
    outcomes = StreamField(
        OutcomesStreamBlock(),
        verbose_name=_("learning outcomes"),
        blank=True,
        help_text=_("What learners can do after the course, one sentence each."),
    )
    completion_requirements = models.TextField(
        _("what it takes to complete"),
        blank=True,
        max_length=600,
        help_text=_("Shown on the course page, e.g. which lessons and quizzes to finish."),
    )
    trainers = ParentalManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("trainers"),
        blank=True,
        related_name="+",
        limit_choices_to={"groups__name": TRAINER},
        help_text=_("Trainers may edit this course and its lessons; a reviewer publishes."),
    )
    enrolment_method = models.CharField(
        _("enrolment method"),
        max_length=16,
        choices=EnrolmentMethod.choices,
        default=EnrolmentMethod.OPEN,
    )
    enrolment_key = models.CharField(_("enrolment key"), max_length=64, blank=True)
    capacity = models.PositiveIntegerField(
        _("capacity"), null=True, blank=True, help_text=_("Leave empty for no limit.")
    )
    enrolment_opens_at = models.DateTimeField(_("enrolment opens"), null=True, blank=True)
    enrolment_closes_at = models.DateTimeField(_("enrolment closes"), null=True, blank=True)
    sequential_lessons = models.BooleanField(
        _("lessons in order"),
        default=False,
        help_text=_("Learners open a lesson only after completing the previous required one."),
    )
    certificate_enabled = models.BooleanField(_("certificate on completion"), default=True)
    # Dates learners plan by (docs/deadlines.md): shown in My learning and the calendar.
    ends_at = models.DateTimeField(
        _("course ends"),
        null=True,
        blank=True,
        help_text=_("Learners should finish by then; shown in their calendar. Empty: no end."),
    )
    inactivity_reminder_days = models.PositiveSmallIntegerField(
        _("remind after days without a visit"),
        default=14,
        validators=[MaxValueValidator(365)],
        help_text=_(
            "An active learner who has not opened the course for this many days gets a "
            "reminder (at most one every 14 days). 0: no reminders."
        ),
    )

    base_form_class = CoursePageForm
    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldPanel("cover_image"),
        FieldPanel("cover_alt"),
        FieldRowPanel(
            [FieldPanel("topic"), FieldPanel("level"), FieldPanel("estimated_hours")],
            heading=_("Catalogue"),
        ),
        FieldPanel("outcomes"),
        FieldPanel("completion_requirements"),
        FieldPanel("trainers", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [
                FieldPanel("enrolment_method"),
                FieldPanel("enrolment_key"),
                FieldPanel("capacity"),
                FieldRowPanel(
                    [FieldPanel("enrolment_opens_at"), FieldPanel("enrolment_closes_at")]
                ),
                FieldPanel("sequential_lessons"),
                FieldPanel("certificate_enabled"),
                FieldRowPanel([FieldPanel("ends_at"), FieldPanel("inactivity_reminder_days")]),
            ],
            heading=_("Enrolment and completion"),
        ),
    ]
    search_text_fields = ("summary", "description")
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("description"),
        *WORD_FORM_SEARCH_FIELDS,
        index.FilterField("level"),
        index.FilterField("topic"),
        index.FilterField("locale"),
    ]

    parent_page_types = ["catalogue.CourseIndexPage"]
    subpage_types = ["catalogue.ModulePage", "catalogue.LessonPage"]

    class Meta:
        verbose_name = _("course")

    def clean(self):
        super().clean()
        errors = {}
        if self.cover_image_id and not self.cover_alt:
            errors["cover_alt"] = COVER_ALT_REQUIRED
        if self.enrolment_method == EnrolmentMethod.KEY and not self.enrolment_key:
            errors["enrolment_key"] = KEY_REQUIRED
        if (
            self.enrolment_opens_at
            and self.enrolment_closes_at
            and self.enrolment_closes_at <= self.enrolment_opens_at
        ):
            errors["enrolment_closes_at"] = CLOSES_BEFORE_OPENS
        if self.ends_at and self.enrolment_opens_at and self.ends_at <= self.enrolment_opens_at:
            errors["ends_at"] = ENDS_BEFORE_OPENS
        if errors:
            raise ValidationError(errors)

    def permissions_for_user(self, user):
        from courses.catalogue.permissions import CoursePagePermissionTester

        return CoursePagePermissionTester(user, self)

    def search_texts(self) -> list[str]:
        """The whole course is searched: its own text, then its live modules and lessons."""
        from courses.catalogue.selectors import course_contents_texts

        return [*super().search_texts(), *course_contents_texts(course=self)]

    def remembered_copy_warm(self) -> None:
        """What the course page shows of other rows, loaded onto the copy of the page that
        serving keeps for the content version (lms.routing): the breadcrumb's parent (treebeard
        keeps it on the instance) and the topic."""
        self.get_parent()
        self.topic  # noqa: B018 - loads the foreign key onto the instance

    def get_context(self, request, *args, **kwargs):
        from courses.catalogue.views import course_context

        context = super().get_context(request, *args, **kwargs)
        context.update(course_context(request=request, course=self))
        return context


class ModulePage(AsciiSlugMixin, WordFormsIndexed, Page):
    """A section of a course grouping lessons; optional, lessons may sit under the course."""

    intro = models.TextField(_("introduction"), blank=True, max_length=800)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_text_fields = ("intro",)
    search_fields = [*Page.search_fields, index.SearchField("intro"), *WORD_FORM_SEARCH_FIELDS]

    parent_page_types = ["catalogue.CoursePage"]
    subpage_types = ["catalogue.LessonPage"]

    class Meta:
        verbose_name = _("module")

    def permissions_for_user(self, user):
        from courses.catalogue.permissions import CoursePagePermissionTester

        return CoursePagePermissionTester(user, self)

    def get_context(self, request, *args, **kwargs):
        from courses.catalogue.views import module_context

        context = super().get_context(request, *args, **kwargs)
        context.update(module_context(request=request, module=self))
        return context


class LessonPage(AsciiSlugMixin, WordFormsIndexed, Page):
    """A lesson: the content learners work through, open to enrolled learners and course staff."""

    summary = models.TextField(_("summary"), blank=True, max_length=300)
    body = StreamField(LessonStreamBlock(), verbose_name=_("content"))
    estimated_minutes = models.PositiveSmallIntegerField(
        _("estimated minutes"),
        default=10,
        validators=[MinValueValidator(1), MaxValueValidator(600)],
    )
    # Off for a new lesson: one added to a course people have finished is offered to them, not
    # demanded (docs/progress.md). A course with no required lesson requires every lesson.
    required_for_completion = models.BooleanField(
        _("required for completion"),
        default=False,
        help_text=_(
            "Learners must complete it to complete the course. When no lesson of a course is "
            "required, every lesson is."
        ),
    )
    open_preview = models.BooleanField(
        _("open preview"),
        default=False,
        help_text=_("Anyone may read this lesson without enrolling."),
    )
    due_at = models.DateTimeField(
        _("due"),
        null=True,
        blank=True,
        help_text=_("Learners should complete the lesson by then (Bishkek time). Empty: no date."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldRowPanel(
            [
                FieldPanel("estimated_minutes"),
                FieldPanel("required_for_completion"),
                FieldPanel("open_preview"),
                FieldPanel("due_at"),
            ],
            heading=_("Lesson settings"),
        ),
    ]
    search_text_fields = ("summary", "body")
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        *WORD_FORM_SEARCH_FIELDS,
    ]

    parent_page_types = ["catalogue.CoursePage", "catalogue.ModulePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("lesson")

    def permissions_for_user(self, user):
        from courses.catalogue.permissions import CoursePagePermissionTester

        return CoursePagePermissionTester(user, self)

    def get_url_parts(self, request=None):
        """A lesson shown in another language's outline (no translation there yet) links below
        that language's course page, where the catalogue serves it with a notice."""
        shown_under = getattr(self, "shown_under", None)
        if shown_under is None:
            return super().get_url_parts(request=request)
        course, relative = shown_under
        parts = course.get_url_parts(request=request)
        if parts is None or parts[2] is None:
            return parts
        site_id, root_url, course_path = parts
        return site_id, root_url, course_path + relative

    def serve(self, request, *args, **kwargs):
        from courses.catalogue.views import lesson_serve

        return lesson_serve(request=request, lesson=self)

    def serve_preview(self, request, mode_name):
        """Editors and reviewers preview the lesson as learners will see it."""
        from courses.catalogue.views import lesson_serve

        return lesson_serve(request=request, lesson=self, preview=True)
