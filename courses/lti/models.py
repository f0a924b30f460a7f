"""LTI registrations (one per platform and client id) and the launches that send grades back."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class LtiPlatform(models.Model):
    """A platform (Moodle, Canvas...) registered to launch our courses, with our own key pair.

    The private key signs what we send the platform (deep-linking answers, the OAuth2 assertion
    for grades); its public half is served at /lti/jwks/ under `key_id`.
    """

    name = models.CharField(_("name"), max_length=200)
    issuer = models.CharField(_("issuer"), max_length=500)
    client_id = models.CharField(_("client ID"), max_length=500)
    deployment_ids = models.JSONField(
        _("deployment IDs"),
        default=list,
        blank=True,
        help_text=_("The platform's deployment IDs that may launch; a JSON list of strings."),
    )
    auth_login_url = models.URLField(_("authentication request URL"), max_length=500)
    auth_token_url = models.URLField(_("access token URL"), max_length=500)
    auth_audience = models.CharField(
        _("token audience"),
        max_length=500,
        blank=True,
        help_text=_("Only when the platform asks for one; empty uses the access token URL."),
    )
    keyset_url = models.URLField(_("public keyset URL"), max_length=500)
    key_id = models.CharField(_("key ID"), max_length=64, unique=True, editable=False)
    private_key = models.TextField(_("private key"), editable=False)
    public_key = models.TextField(_("public key"), editable=False)
    active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("LTI platform")
        verbose_name_plural = _("LTI platforms")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["issuer", "client_id"], name="lti_ltiplatform_unique_issuer_client"
            )
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.private_key:
            from courses.lti.keys import key_pair_generate, public_jwk

            self.private_key, self.public_key = key_pair_generate()
            self.key_id = public_jwk(self.public_key)["kid"]
        super().save(*args, **kwargs)


class LtiLaunchContext(models.Model):
    """Who was launched into what from which platform, and where their grade goes.

    One row per platform, resource link and platform user (`sub`); a new launch refreshes it.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="lti_launches",
    )
    platform = models.ForeignKey(
        LtiPlatform,
        verbose_name=_("platform"),
        on_delete=models.CASCADE,
        related_name="launches",
    )
    sub = models.CharField(_("platform user ID"), max_length=255)
    resource_link_id = models.CharField(_("resource link ID"), max_length=255)
    deployment_id = models.CharField(_("deployment ID"), max_length=255)
    course_key = models.UUIDField(_("course"), db_index=True)
    lesson_key = models.UUIDField(_("lesson"), null=True, blank=True)
    lineitem_url = models.URLField(_("line item URL"), max_length=1000, blank=True)
    scopes = models.JSONField(_("scopes"), default=list, blank=True)
    # What was last posted (without its timestamp): a rerun with nothing new posts nothing.
    score_sent = models.JSONField(_("score sent"), null=True, blank=True)
    score_sent_at = models.DateTimeField(_("score sent at"), null=True, blank=True)
    launched_at = models.DateTimeField(_("launched"), default=timezone.now)

    class Meta:
        verbose_name = _("LTI launch")
        verbose_name_plural = _("LTI launches")
        constraints = [
            models.UniqueConstraint(
                fields=["platform", "resource_link_id", "sub"],
                name="lti_ltilaunchcontext_unique_platform_link_sub",
            )
        ]
        indexes = [models.Index(fields=["user", "course_key"], name="lti_launch_user_course")]

    def __str__(self):
        return f"{self.platform_id} · {self.sub} · {self.resource_link_id}"
