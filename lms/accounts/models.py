"""The platform's user: e-mail login and the learner profile in one row."""

from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Position(models.TextChoices):
    """What a learner does in local self-government; reports group by it."""

    AO_HEAD = "ao_head", _("Head of ayil okmotu")
    AO_DEPUTY = "ao_deputy", _("Deputy head of ayil okmotu")
    KENESH_CHAIR = "kenesh_chair", _("Chair of ayil kenesh")
    KENESH_MEMBER = "kenesh_member", _("Member of ayil kenesh")
    SPECIALIST_FINANCE = "specialist_finance", _("Specialist: finance")
    SPECIALIST_LAND = "specialist_land", _("Specialist: land")
    SPECIALIST_SOCIAL = "specialist_social", _("Specialist: social affairs")
    SPECIALIST_ECONOMIC = "specialist_economic", _("Specialist: economic development")
    SPECIALIST_OTHER = "specialist_other", _("Specialist: other")
    MAYOR_OFFICE = "mayor_office", _("Mayor's office staff")
    OTHER = "other", _("Other")


class Gender(models.TextChoices):
    """Used only in aggregate reports."""

    FEMALE = "female", _("Female")
    MALE = "male", _("Male")
    NOT_STATED = "not_stated", _("Prefer not to say")


class Language(models.TextChoices):
    """The interface languages; the order is the site's."""

    KY = "ky", "Кыргызча"
    RU = "ru", "Русский"
    EN = "en", "English"


class UserManager(BaseUserManager):
    """Creates users by e-mail; addresses are stored lower-case so login ignores case."""

    use_in_migrations = True

    @classmethod
    def normalize_email(cls, email):
        return (email or "").strip().lower()

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        extra_fields.setdefault("email_confirmed_at", timezone.now())
        return self._create_user(email, password, **extra_fields)

    def get_by_natural_key(self, username):
        return self.get(email=self.normalize_email(username))


class User(AbstractBaseUser, PermissionsMixin):
    """A person who signs in with an e-mail address; the profile fields describe their post."""

    email = models.EmailField(_("e-mail address"), unique=True)
    full_name = models.CharField(_("full name"), max_length=200)
    municipality = models.ForeignKey(
        "places.Municipality",
        verbose_name=_("municipality"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="users",
    )
    position = models.CharField(
        _("position"), max_length=32, choices=Position.choices, default=Position.OTHER
    )
    gender = models.CharField(
        _("gender"), max_length=16, choices=Gender.choices, default=Gender.NOT_STATED
    )
    preferred_language = models.CharField(
        _("preferred language"), max_length=2, choices=Language.choices, default=Language.KY
    )
    notify_optional = models.BooleanField(
        _("course news by e-mail"),
        default=True,
        help_text=_(
            "Enrolment confirmations and completion notes. Decisions on your requests always come."
        ),
    )
    email_confirmed_at = models.DateTimeField(_("e-mail confirmed at"), null=True, blank=True)
    is_staff = models.BooleanField(
        _("staff status"),
        default=False,
        help_text=_("Whether the user can log into the Django admin site."),
    )
    is_active = models.BooleanField(
        _("active"),
        default=True,
        help_text=_("Unselect this instead of deleting accounts."),
    )
    date_joined = models.DateTimeField(_("date joined"), default=timezone.now)

    objects = UserManager()

    EMAIL_FIELD = "email"
    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = ["full_name"]

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["full_name", "email"]
        constraints = [
            models.UniqueConstraint(Lower("email"), name="accounts_user_unique_email_ci"),
        ]

    def __str__(self):
        return self.full_name or self.email

    def clean(self):
        super().clean()
        self.email = UserManager.normalize_email(self.email)

    def get_full_name(self):
        return self.full_name

    def get_short_name(self):
        return self.full_name.split(" ")[0] if self.full_name else self.email

    @property
    def email_confirmed(self) -> bool:
        return self.email_confirmed_at is not None
