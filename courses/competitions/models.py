"""Competitions: a call, its application form and rubric, applications, the jury, decisions.

An applicant is a municipality or a cluster of municipalities; a staff member applies for it.
Jurors score independently: nobody sees another juror's scores until scoring closes.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable

from lms.private_storage import private_storage


class ApplicantKind(models.TextChoices):
    MUNICIPALITY = "municipality", _("Municipalities")
    CLUSTER = "cluster", _("Clusters of municipalities")


class CallStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    OPEN = "open", _("Open for applications")
    SCORING = "scoring", _("Jury scoring")
    SCORING_CLOSED = "scoring_closed", _("Scoring closed")
    RESULTS = "results", _("Results published")


class Call(ClusterableModel):
    """A call for applications with its rules, form, rubric, jury and prizes."""

    title = models.CharField(_("title"), max_length=200)
    title_ru = models.CharField(_("title (Russian)"), max_length=200, blank=True)
    title_en = models.CharField(_("title (English)"), max_length=200, blank=True)
    slug = models.SlugField(_("address"), max_length=100, unique=True)
    description = models.TextField(_("description"), blank=True)
    description_ru = models.TextField(_("description (Russian)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    rules = models.TextField(_("rules"), blank=True)
    rules_ru = models.TextField(_("rules (Russian)"), blank=True)
    rules_en = models.TextField(_("rules (English)"), blank=True)
    applicant_kind = models.CharField(
        _("who may apply"),
        max_length=16,
        choices=ApplicantKind.choices,
        default=ApplicantKind.MUNICIPALITY,
    )
    eligible_oblasts = models.ManyToManyField(
        "places.Oblast", verbose_name=_("oblasts"), related_name="+", blank=True
    )
    eligible_districts = models.ManyToManyField(
        "places.District", verbose_name=_("districts"), related_name="+", blank=True
    )
    opens_at = models.DateTimeField(_("opens"))
    deadline_at = models.DateTimeField(_("deadline"))
    results_at = models.DateTimeField(_("results announced"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=16, choices=CallStatus.choices, default=CallStatus.DRAFT
    )
    jurors = models.ManyToManyField(
        settings.AUTH_USER_MODEL, verbose_name=_("jury"), related_name="juries", blank=True
    )
    disagreement_margin = models.DecimalField(
        _("flag when jurors differ by more than (points of 100)"),
        max_digits=5,
        decimal_places=2,
        default=20,
    )
    scoring_closed_at = models.DateTimeField(_("scoring closed"), null=True, blank=True)
    results_published_at = models.DateTimeField(_("results published"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("competition")
        verbose_name_plural = _("competitions")
        ordering = ["-opens_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(deadline_at__gt=models.F("opens_at")),
                name="competitions_call_deadline_after_opening",
            )
        ]

    def __str__(self):
        return self.title


class FieldKind(models.TextChoices):
    TEXT = "text", _("Short text")
    LONG_TEXT = "long_text", _("Long text")
    NUMBER = "number", _("Number")
    FILE = "file", _("Document")


class CallField(Orderable):
    """One field or required document of the call's application form."""

    call = ParentalKey(Call, on_delete=models.CASCADE, related_name="fields")
    kind = models.CharField(_("kind"), max_length=16, choices=FieldKind.choices)
    label = models.CharField(_("label"), max_length=200)
    label_ru = models.CharField(_("label (Russian)"), max_length=200, blank=True)
    label_en = models.CharField(_("label (English)"), max_length=200, blank=True)
    help_text = models.CharField(_("help"), max_length=500, blank=True)
    help_text_ru = models.CharField(_("help (Russian)"), max_length=500, blank=True)
    help_text_en = models.CharField(_("help (English)"), max_length=500, blank=True)
    required = models.BooleanField(_("required"), default=True)
    # The action plan's text or file seeds the winner's draft case study.
    is_plan = models.BooleanField(_("this is the action plan"), default=False)

    class Meta(Orderable.Meta):
        verbose_name = _("form field")
        verbose_name_plural = _("form fields")


class Criterion(ClusterableModel, Orderable):
    """A rubric criterion with its weight; its levels give the points a juror may award."""

    call = ParentalKey(Call, on_delete=models.CASCADE, related_name="criteria")
    name = models.CharField(_("criterion"), max_length=200)
    name_ru = models.CharField(_("criterion (Russian)"), max_length=200, blank=True)
    name_en = models.CharField(_("criterion (English)"), max_length=200, blank=True)
    description = models.TextField(_("description"), blank=True)
    description_ru = models.TextField(_("description (Russian)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    weight = models.DecimalField(_("weight"), max_digits=5, decimal_places=2, default=1)

    class Meta(Orderable.Meta):
        verbose_name = _("criterion")
        verbose_name_plural = _("criteria")


class CriterionLevel(Orderable):
    criterion = ParentalKey(Criterion, on_delete=models.CASCADE, related_name="levels")
    label = models.CharField(_("level"), max_length=200)
    label_ru = models.CharField(_("level (Russian)"), max_length=200, blank=True)
    label_en = models.CharField(_("level (English)"), max_length=200, blank=True)
    points = models.DecimalField(_("points"), max_digits=6, decimal_places=2)

    class Meta(Orderable.Meta):
        verbose_name = _("level")
        verbose_name_plural = _("levels")


class Prize(Orderable):
    call = ParentalKey(Call, on_delete=models.CASCADE, related_name="prizes")
    name = models.CharField(_("prize"), max_length=200)
    name_ru = models.CharField(_("prize (Russian)"), max_length=200, blank=True)
    name_en = models.CharField(_("prize (English)"), max_length=200, blank=True)
    count = models.PositiveSmallIntegerField(_("how many"), default=1)
    amount = models.DecimalField(_("amount (som)"), max_digits=14, decimal_places=2, default=0)

    class Meta(Orderable.Meta):
        verbose_name = _("prize")
        verbose_name_plural = _("prizes")


class ApplicationStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class Outcome(models.TextChoices):
    PENDING = "pending", _("Not decided")
    WINNER = "winner", _("Winner")
    CONDITIONAL = "conditional", _("Conditional winner")
    NOT_SELECTED = "not_selected", _("Not selected")


class Application(models.Model):
    """One applicant's application to one call (a municipality or a cluster, never both)."""

    call = models.ForeignKey(Call, on_delete=models.CASCADE, related_name="applications")
    municipality = models.ForeignKey(
        "places.Municipality",
        verbose_name=_("municipality"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="competition_applications",
    )
    cluster = models.ForeignKey(
        "places.Cluster",
        verbose_name=_("cluster"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="competition_applications",
    )
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("applied by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="competition_applications",
    )
    status = models.CharField(
        _("status"),
        max_length=16,
        choices=ApplicationStatus.choices,
        default=ApplicationStatus.DRAFT,
    )
    created_at = models.DateTimeField(_("started"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    outcome = models.CharField(
        _("outcome"), max_length=16, choices=Outcome.choices, default=Outcome.PENDING
    )
    grant_amount = models.DecimalField(
        _("grant (som)"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    reasons = models.TextField(_("reasons"), blank=True)
    conditions = models.TextField(_("tasks to complete"), blank=True)
    conditions_due = models.DateField(_("tasks due"), null=True, blank=True)
    conditions_report = models.TextField(_("what was done"), blank=True)
    conditions_submitted_at = models.DateTimeField(_("tasks reported"), null=True, blank=True)
    conditions_confirmed_at = models.DateTimeField(_("tasks confirmed"), null=True, blank=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    notified_at = models.DateTimeField(_("applicant notified"), null=True, blank=True)
    grant_certificate = models.FileField(
        _("grant certificate"),
        upload_to="competitions/certificates/",
        storage=private_storage,
        blank=True,
    )
    case_page_id = models.PositiveIntegerField(_("case study draft"), null=True, blank=True)

    class Meta:
        verbose_name = _("application")
        verbose_name_plural = _("applications")
        ordering = ["pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(municipality__isnull=False, cluster__isnull=True)
                | Q(municipality__isnull=True, cluster__isnull=False),
                name="competitions_application_one_applicant",
            ),
            models.UniqueConstraint(
                fields=["call", "municipality"],
                condition=Q(municipality__isnull=False),
                name="competitions_application_unique_call_municipality",
            ),
            models.UniqueConstraint(
                fields=["call", "cluster"],
                condition=Q(cluster__isnull=False),
                name="competitions_application_unique_call_cluster",
            ),
        ]

    def __str__(self):
        return str(self.municipality or self.cluster)


class Answer(models.Model):
    """The applicant's answer to one form field: text, a number or a privately stored file."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="answers")
    field = models.ForeignKey(CallField, on_delete=models.CASCADE, related_name="+")
    text = models.TextField(_("answer"), blank=True)
    file = models.FileField(
        _("document"), upload_to="competitions/applications/", storage=private_storage, blank=True
    )
    file_name = models.CharField(_("file name"), max_length=255, blank=True)

    class Meta:
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        constraints = [
            models.UniqueConstraint(
                fields=["application", "field"],
                name="competitions_answer_unique_application_field",
            )
        ]

    def __str__(self):
        return f"{self.application} · {self.field_id}"


class JuryQuestion(models.Model):
    """A juror's question to the applicant and the applicant's answer."""

    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="jury_questions"
    )
    asked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    question = models.TextField(_("question"))
    asked_at = models.DateTimeField(_("asked"), auto_now_add=True)
    answer = models.TextField(_("answer"), blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)

    class Meta:
        verbose_name = _("jury question")
        verbose_name_plural = _("jury questions")
        ordering = ["asked_at", "pk"]

    def __str__(self):
        return self.question[:60]


class Conflict(models.Model):
    """A juror's declared conflict of interest with a municipality or a cluster.

    A juror's own municipality (and its clusters) is a conflict without a declaration.
    """

    call = models.ForeignKey(Call, on_delete=models.CASCADE, related_name="conflicts")
    juror = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="jury_conflicts"
    )
    municipality = models.ForeignKey(
        "places.Municipality", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    cluster = models.ForeignKey(
        "places.Cluster", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    note = models.CharField(_("note"), max_length=300, blank=True)
    declared_at = models.DateTimeField(_("declared"), auto_now_add=True)

    class Meta:
        verbose_name = _("conflict of interest")
        verbose_name_plural = _("conflicts of interest")
        constraints = [
            models.CheckConstraint(
                condition=Q(municipality__isnull=False) | Q(cluster__isnull=False),
                name="competitions_conflict_names_an_applicant",
            )
        ]

    def __str__(self):
        return str(self.municipality or self.cluster)


class Scoresheet(models.Model):
    """One juror's scoring of one application; submitted once complete."""

    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="scoresheets"
    )
    juror = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="scoresheets"
    )
    comment = models.TextField(_("comment"), blank=True)
    # Weighted score on a 0–100 scale, kept when the sheet is submitted.
    total = models.DecimalField(_("score"), max_digits=6, decimal_places=2, null=True, blank=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("scoresheet")
        verbose_name_plural = _("scoresheets")
        constraints = [
            models.UniqueConstraint(
                fields=["application", "juror"],
                name="competitions_scoresheet_unique_application_juror",
            )
        ]

    def __str__(self):
        return f"{self.application} · {self.juror_id}"


class Score(models.Model):
    sheet = models.ForeignKey(Scoresheet, on_delete=models.CASCADE, related_name="scores")
    criterion = models.ForeignKey(Criterion, on_delete=models.CASCADE, related_name="+")
    level = models.ForeignKey(CriterionLevel, on_delete=models.PROTECT, related_name="+")
    comment = models.TextField(_("comment"), blank=True)

    class Meta:
        verbose_name = _("score")
        verbose_name_plural = _("scores")
        constraints = [
            models.UniqueConstraint(
                fields=["sheet", "criterion"], name="competitions_score_unique_sheet_criterion"
            )
        ]

    def __str__(self):
        return f"{self.sheet} · {self.criterion_id}"
