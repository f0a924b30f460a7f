"""Site policies (the privacy notice, the terms of use), their versions and who accepted which.

A version is written in the admin as a draft, then published once: publishing gives it the
next number of its policy and freezes it (a change is a new version). Every signed-in person is
asked to accept the newest published version of each policy (lms/policies/middleware.py).
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.fields import RichTextField

# What the policy texts may use: headings, lists, emphasis and links, nothing that needs a page.
BODY_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link"]


class PolicyKind(models.TextChoices):
    PRIVACY = "privacy", _("Privacy notice")
    TERMS = "terms", _("Terms of use")


class SitePolicy(models.Model):
    """One policy of the site (made by a migration, one per kind); its texts are its versions."""

    kind = models.CharField(_("kind"), max_length=20, choices=PolicyKind.choices, unique=True)

    class Meta:
        ordering = ["kind"]
        verbose_name = _("site policy")
        verbose_name_plural = _("site policies")

    def __str__(self):
        return self.get_kind_display()


class PolicyVersion(models.Model):
    """A text of a policy in ky/ru/en; a draft until published, then never changed."""

    policy = models.ForeignKey(
        SitePolicy, verbose_name=_("policy"), on_delete=models.PROTECT, related_name="versions"
    )
    # Given when published: the policy's published versions are numbered 1, 2, 3 ...
    version = models.PositiveIntegerField(_("version"), null=True, blank=True, editable=False)
    title = models.CharField(_("title (Kyrgyz)"), max_length=200)
    title_ru = models.CharField(_("title (Russian)"), max_length=200, blank=True)
    title_en = models.CharField(_("title (English)"), max_length=200, blank=True)
    summary = models.TextField(
        _("short summary (Kyrgyz)"),
        max_length=1000,
        help_text=_("A few plain sentences shown at registration and when people are asked."),
    )
    summary_ru = models.TextField(_("short summary (Russian)"), max_length=1000, blank=True)
    summary_en = models.TextField(_("short summary (English)"), max_length=1000, blank=True)
    body = RichTextField(_("full text (Kyrgyz)"), features=BODY_FEATURES)
    body_ru = RichTextField(_("full text (Russian)"), features=BODY_FEATURES, blank=True)
    body_en = RichTextField(_("full text (English)"), features=BODY_FEATURES, blank=True)
    changes = models.TextField(
        _("what changed (Kyrgyz)"),
        max_length=1000,
        blank=True,
        help_text=_("Since the previous version; shown when people are asked to accept."),
    )
    changes_ru = models.TextField(_("what changed (Russian)"), max_length=1000, blank=True)
    changes_en = models.TextField(_("what changed (English)"), max_length=1000, blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    published_at = models.DateTimeField(_("published"), null=True, blank=True, editable=False)

    class Meta:
        ordering = ["policy__kind", "-version", "-created_at"]
        verbose_name = _("policy version")
        verbose_name_plural = _("policy versions")
        constraints = [
            models.UniqueConstraint(
                fields=["policy", "version"], name="policies_policyversion_unique_policy_version"
            ),
            models.CheckConstraint(
                condition=models.Q(version__isnull=True, published_at__isnull=True)
                | models.Q(version__isnull=False, published_at__isnull=False),
                name="policies_policyversion_numbered_when_published",
            ),
        ]

    def __str__(self):
        if self.version is None:
            return _("%(policy)s: draft") % {"policy": self.policy}
        return _("%(policy)s: version %(version)s") % {
            "policy": self.policy,
            "version": self.version,
        }

    @property
    def is_published(self) -> bool:
        return self.published_at is not None

    def language_shown(self, language: str) -> str:
        """The language a reader of `language` actually reads: Kyrgyz where that one is empty."""
        language = (language or "ky")[:2]
        if language != "ky" and getattr(self, f"body_{language}", ""):
            return language
        return "ky"


class PolicyAcceptance(models.Model):
    """A person accepted a published version, at a time, having read it in a language."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="policy_acceptances",
    )
    version = models.ForeignKey(
        PolicyVersion,
        verbose_name=_("version"),
        on_delete=models.PROTECT,
        related_name="acceptances",
    )
    accepted_at = models.DateTimeField(_("accepted"), default=timezone.now)
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)

    class Meta:
        ordering = ["-accepted_at"]
        verbose_name = _("policy acceptance")
        verbose_name_plural = _("policy acceptances")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "version"], name="policies_policyacceptance_unique_user_version"
            )
        ]

    def __str__(self):
        return f"{self.user_id} — {self.version}"
