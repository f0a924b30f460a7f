"""The best-practice portal: the index of cases and the case study page with its parts."""

from django.apps import apps
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from cms.blocks import BodyBlock
from cms.models import SeoMixin
from lms.i18n import text_in_language
from lms.search_text import WORD_FORM_SEARCH_FIELDS, WordFormsIndexed
from lms.slugs import AsciiSlugMixin

# Courses are named by label: cms never imports courses (see DESIGN.md).
COURSE_PAGE_LABEL = "catalogue.CoursePage"
TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class Theme(models.TextChoices):
    PRIVATE_SECTOR = "private-sector", _("Private sector involvement")
    COOPERATION = "intermunicipal-cooperation", _("Intermunicipal cooperation")
    OTHER = "other", _("Other service improvement")


class ServiceArea(models.TextChoices):
    SOLID_WASTE = "solid-waste", _("Solid waste collection and removal")
    DRINKING_WATER = "drinking-water", _("Drinking water supply")
    STREET_LIGHTING = "street-lighting", _("Street lighting")
    CULTURE_LEISURE = "culture-leisure", _("Culture and leisure")
    LANDSCAPING = "landscaping", _("Landscaping and public spaces")
    VETERINARY = "veterinary", _("Veterinary services")
    YOUTH_SPORTS = "youth-sports", _("Youth and sports")
    PRESCHOOL = "preschool", _("Preschool")
    OTHER = "other", _("Other service")


class Mechanism(models.TextChoices):
    SERVICE_CONTRACT = "service-contract", _("Service contract with a private operator")
    CONCESSION_PPP = "concession-ppp", _("Concession or public-private partnership")
    IMC_AGREEMENT = "imc-agreement", _("Joint service under an intermunicipal agreement")
    MUNICIPAL_ENTERPRISE = "municipal-enterprise", _("Municipal enterprise")
    COMMUNITY_BASED = "community-based", _("Community-based")
    OTHER = "other", _("Other mechanism")


class CaseStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    ONGOING = "ongoing", _("Ongoing")
    COMPLETED = "completed", _("Completed")
    DISCONTINUED = "discontinued", _("Discontinued")


class Currency(models.TextChoices):
    KGS = "KGS", _("som")
    USD = "USD", _("US dollars")


class PartnerKind(models.TextChoices):
    PRIVATE_COMPANY = "private-company", _("Private company")
    NGO = "ngo", _("NGO")
    DONOR_PROJECT = "donor-project", _("Donor project")
    STATE_BODY = "state-body", _("State body")


class DocumentKind(models.TextChoices):
    CONTRACT = "contract", _("Contract")
    ACTION_PLAN = "action-plan", _("Action plan")
    TARIFF = "tariff", _("Tariff calculation")
    REPORT = "report", _("Report")
    OTHER = "other", _("Other document")


class BestPracticeIndexPage(AsciiSlugMixin, RoutablePageMixin, SeoMixin, Page):
    """The portal: cases with facets, search, sorting, a feed and the submission form."""

    intro = models.TextField(_("introduction"), blank=True, max_length=800)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["portal.CaseStudyPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("best-practice portal")

    def get_context(self, request, *args, **kwargs):
        from cms.portal.views import portal_context  # views import models: resolve at call time

        context = super().get_context(request, *args, **kwargs)
        context.update(portal_context(request=request, index=self))
        return context

    @path("submit/", name="submit")
    def submit(self, request):
        from cms.portal.views import case_submit

        return case_submit(request, index=self)

    @path("submit/done/", name="submit_done")
    def submit_done(self, request):
        from cms.portal.views import case_submit_done

        return case_submit_done(request, index=self)

    @path("feed/", name="feed")
    def feed(self, request):
        from cms.portal.feeds import CaseFeed

        return CaseFeed()(request, index=self)


class CaseStudyPage(AsciiSlugMixin, WordFormsIndexed, SeoMixin, Page):
    """One real case: where, who, how, how much, what changed, and how to repeat it."""

    summary = models.TextField(_("summary"), max_length=300)
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    cover_alt = models.CharField(_("cover image description"), max_length=250, blank=True)
    theme = models.CharField(_("theme"), max_length=40, choices=Theme.choices)
    service_area = models.CharField(_("service area"), max_length=40, choices=ServiceArea.choices)
    mechanism = models.CharField(_("mechanism"), max_length=40, choices=Mechanism.choices)
    status = models.CharField(
        _("status"), max_length=20, choices=CaseStatus.choices, default=CaseStatus.ONGOING
    )
    year = models.PositiveSmallIntegerField(
        _("year started"), validators=[MinValueValidator(1991), MaxValueValidator(2100)]
    )
    # Oblast and district come from the municipalities by join (selectors), never stored twice.
    municipalities = ParentalManyToManyField(
        "places.Municipality", verbose_name=_("municipalities"), related_name="cases", blank=True
    )
    cluster = models.ForeignKey(
        "places.Cluster",
        verbose_name=_("cluster"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="cases",
    )
    population_served = models.PositiveIntegerField(_("population served"), null=True, blank=True)
    municipality_population = models.PositiveIntegerField(
        _("municipality population"), null=True, blank=True
    )
    budget_amount = models.DecimalField(
        _("budget"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    budget_currency = models.CharField(
        _("currency"), max_length=3, choices=Currency.choices, default=Currency.KGS
    )
    situation_before = RichTextField(_("situation before"), features=TEXT_FEATURES, blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("story"), blank=True)
    sustainability = RichTextField(_("sustainability"), features=TEXT_FEATURES, blank=True)
    challenges = RichTextField(_("challenges"), features=TEXT_FEATURES, blank=True)
    lessons_learned = RichTextField(_("lessons learned"), features=TEXT_FEATURES, blank=True)
    transferability = RichTextField(
        _("transferability and steps to replicate"), features=TEXT_FEATURES, blank=True
    )
    contact_name = models.CharField(_("contact person"), max_length=150, blank=True)
    contact_role = models.CharField(_("contact's position"), max_length=150, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact telephone"), max_length=40, blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("cover_image"), FieldPanel("cover_alt")], heading=_("Cover image")
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("theme"), FieldPanel("service_area")]),
                FieldRowPanel([FieldPanel("mechanism"), FieldPanel("status")]),
                FieldPanel("year"),
            ],
            heading=_("Classification"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("municipalities"),
                FieldPanel("cluster"),
                FieldRowPanel(
                    [FieldPanel("population_served"), FieldPanel("municipality_population")]
                ),
            ],
            heading=_("Where"),
        ),
        InlinePanel("timeline", heading=_("Key dates"), label=_("date")),
        InlinePanel("partners", heading=_("Partners"), label=_("partner")),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("budget_amount"), FieldPanel("budget_currency")])],
            heading=_("Budget"),
        ),
        InlinePanel("funding_sources", heading=_("Funding sources"), label=_("source")),
        FieldPanel("situation_before"),
        InlinePanel("key_figures", heading=_("Results: key figures"), label=_("figure")),
        FieldPanel("body"),
        FieldPanel("sustainability"),
        FieldPanel("challenges"),
        FieldPanel("lessons_learned"),
        FieldPanel("transferability"),
        InlinePanel("gallery_images", heading=_("Gallery"), label=_("image")),
        InlinePanel("documents", heading=_("Documents"), label=_("document")),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("contact_name"), FieldPanel("contact_role")]),
                FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")]),
            ],
            heading=_("Public contact (optional)"),
        ),
        InlinePanel("related_cases", heading=_("Related cases"), label=_("case")),
        InlinePanel("related_courses", heading=_("Related courses"), label=_("course")),
    ]

    search_text_fields = (
        "summary",
        "situation_before",
        "body",
        "sustainability",
        "challenges",
        "lessons_learned",
        "transferability",
    )
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("situation_before"),
        index.SearchField("body"),
        index.SearchField("sustainability"),
        index.SearchField("challenges"),
        index.SearchField("lessons_learned"),
        index.SearchField("transferability"),
        *WORD_FORM_SEARCH_FIELDS,
        index.FilterField("theme"),
        index.FilterField("service_area"),
        index.FilterField("mechanism"),
        index.FilterField("status"),
        index.FilterField("year"),
    ]

    parent_page_types = ["portal.BestPracticeIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("case study")
        verbose_name_plural = _("case studies")

    def get_context(self, request, *args, **kwargs):
        from cms.portal.follows import theme_choices
        from cms.portal.selectors import case_detail_get

        context = super().get_context(request, *args, **kwargs)
        context["case"] = case_detail_get(page=self)
        if request.user.is_authenticated:  # anonymous pages stay cacheable, with no form
            context["theme_follows"] = theme_choices(user=request.user, themes=[self.theme])
        return context


class CaseKeyFigure(TranslatableMixin, Orderable):
    """A result in numbers, before and after where there is a before."""

    page = ParentalKey(CaseStudyPage, related_name="key_figures", on_delete=models.CASCADE)
    label = models.CharField(_("label"), max_length=150)
    before = models.DecimalField(
        _("before"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    after = models.DecimalField(_("after"), max_digits=14, decimal_places=2, null=True, blank=True)
    unit = models.CharField(_("unit"), max_length=30, blank=True)

    panels = [
        FieldPanel("label"),
        FieldRowPanel([FieldPanel("before"), FieldPanel("after"), FieldPanel("unit")]),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("key figure")


class CaseTimelineEntry(TranslatableMixin, Orderable):
    """A key date: "2019-03" or "2021" and what happened."""

    page = ParentalKey(CaseStudyPage, related_name="timeline", on_delete=models.CASCADE)
    date = models.CharField(_("date"), max_length=10, help_text=_("Year, or year-month: 2021-03"))
    event = models.CharField(_("event"), max_length=250)

    panels = [FieldPanel("date"), FieldPanel("event")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("key date")


class CasePartner(Orderable):
    """Who helped and how; one set serves every translation of the case, so the name is kept in
    each language here ("Местный частный оператор (ОсОО)", "Институт политики развития")."""

    page = ParentalKey(CaseStudyPage, related_name="partners", on_delete=models.CASCADE)
    name = models.CharField(_("name (Kyrgyz)"), max_length=200)
    name_ru = models.CharField(_("name (Russian)"), max_length=200, blank=True)
    name_en = models.CharField(_("name (English)"), max_length=200, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=PartnerKind.choices)
    financial = models.BooleanField(_("financial support"), default=False)
    technical = models.BooleanField(_("technical support"), default=False)
    administrative = models.BooleanField(_("administrative support"), default=False)
    political = models.BooleanField(_("political support"), default=False)

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("kind")]),
        FieldRowPanel([FieldPanel("name_ru"), FieldPanel("name_en")]),
        FieldRowPanel(
            [
                FieldPanel("financial"),
                FieldPanel("technical"),
                FieldPanel("administrative"),
                FieldPanel("political"),
            ]
        ),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("partner")

    @property
    def local_name(self) -> str:
        """The name in the current language, Kyrgyz when that one is empty."""
        return text_in_language(self, "name")

    @property
    def support(self) -> list[str]:
        labels = {
            "financial": _("financial"),
            "technical": _("technical"),
            "administrative": _("administrative"),
            "political": _("political"),
        }
        return [str(label) for field, label in labels.items() if getattr(self, field)]


class CaseFundingSource(TranslatableMixin, Orderable):
    """Where the money came from."""

    page = ParentalKey(CaseStudyPage, related_name="funding_sources", on_delete=models.CASCADE)
    source = models.CharField(_("source"), max_length=200)
    amount = models.DecimalField(
        _("amount"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    currency = models.CharField(
        _("currency"), max_length=3, choices=Currency.choices, default=Currency.KGS
    )

    panels = [FieldPanel("source"), FieldRowPanel([FieldPanel("amount"), FieldPanel("currency")])]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("funding source")


class CaseGalleryImage(TranslatableMixin, Orderable):
    """A photo or illustration of the case, credited."""

    page = ParentalKey(CaseStudyPage, related_name="gallery_images", on_delete=models.CASCADE)
    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("image"), on_delete=models.CASCADE, related_name="+"
    )
    alt = models.CharField(_("alternative text"), max_length=250, blank=True)
    caption = models.CharField(_("caption"), max_length=250, blank=True)
    credit = models.CharField(_("credit"), max_length=150, blank=True)

    panels = [FieldPanel("image"), FieldPanel("alt"), FieldPanel("caption"), FieldPanel("credit")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("gallery image")


class CaseDocument(TranslatableMixin, Orderable):
    """A contract, action plan or tariff calculation others can reuse."""

    page = ParentalKey(CaseStudyPage, related_name="documents", on_delete=models.CASCADE)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    kind = models.CharField(
        _("kind"), max_length=20, choices=DocumentKind.choices, default=DocumentKind.OTHER
    )
    title = models.CharField(_("title"), max_length=200, blank=True)

    panels = [FieldPanel("document"), FieldPanel("kind"), FieldPanel("title")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("document")


class CaseRelatedCase(Orderable):
    """A case chosen by the editor as related; shown in the reader's language."""

    page = ParentalKey(CaseStudyPage, related_name="related_cases", on_delete=models.CASCADE)
    case = models.ForeignKey(
        CaseStudyPage, verbose_name=_("case"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [PageChooserPanel("case", page_type="portal.CaseStudyPage")]

    class Meta(Orderable.Meta):
        verbose_name = _("related case")


class CoursePageChooserPanel(PageChooserPanel):
    """Offers only course pages once the courses app provides them, any page before."""

    def get_form_options(self):
        try:
            apps.get_model(COURSE_PAGE_LABEL)
        except LookupError:
            self.page_type = None
        else:
            self.page_type = COURSE_PAGE_LABEL
        return super().get_form_options()


class CaseRelatedCourse(Orderable):
    """A course that teaches what the case shows; a page FK, so no migration needs courses."""

    page = ParentalKey(CaseStudyPage, related_name="related_courses", on_delete=models.CASCADE)
    course = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("course"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [CoursePageChooserPanel("course")]

    class Meta(Orderable.Meta):
        verbose_name = _("related course")

    def clean(self):
        try:
            model = apps.get_model(COURSE_PAGE_LABEL)
        except LookupError:
            return
        if self.course_id and not model.objects.filter(pk=self.course_id).exists():
            raise ValidationError({"course": _("Choose a course page.")})
