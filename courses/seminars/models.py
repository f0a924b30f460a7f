"""Seminars held in a room: the seminar, its sessions, who registered and who was there.

A walk-in participant without an account is a `Registration` with no user (name, place,
position and gender typed by the trainer); matching them to an account later sets the user.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable

from lms.accounts.models import Gender, Position


class SeminarStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")
    CANCELLED = "cancelled", _("Cancelled")


class Seminar(ClusterableModel):
    """One seminar (possibly several days), shown publicly once published."""

    title = models.CharField(_("title"), max_length=200)
    title_ru = models.CharField(_("title (Russian)"), max_length=200, blank=True)
    title_en = models.CharField(_("title (English)"), max_length=200, blank=True)
    topic = models.ForeignKey(
        "catalogue.Topic",
        verbose_name=_("topic"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    description = models.TextField(_("description"), blank=True)
    description_ru = models.TextField(_("description (Russian)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    status = models.CharField(
        _("status"), max_length=16, choices=SeminarStatus.choices, default=SeminarStatus.DRAFT
    )
    trainers = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("trainers"),
        related_name="seminars_trained",
        blank=True,
    )
    audience_oblasts = models.ManyToManyField(
        "places.Oblast", verbose_name=_("for oblasts"), related_name="+", blank=True
    )
    audience_districts = models.ManyToManyField(
        "places.District", verbose_name=_("for districts"), related_name="+", blank=True
    )
    # Position values (lms.accounts.models.Position); empty means every position.
    audience_positions = models.JSONField(_("for positions"), default=list, blank=True)
    # Blended learning: the online course (its translation_key) this seminar belongs to.
    course_key = models.UUIDField(_("online course"), null=True, blank=True, db_index=True)
    course_requires_attendance = models.BooleanField(
        _("the course requires attending a seminar"),
        default=False,
        help_text=_("The online course is complete only once the learner attended a seminar."),
    )
    self_registration = models.BooleanField(_("learners may register themselves"), default=True)
    cancel_cutoff_hours = models.PositiveSmallIntegerField(
        _("cancelling closes (hours before the first session)"), default=24
    )
    certificate_share = models.PositiveSmallIntegerField(
        _("attendance needed for a certificate (percent of sessions)"), default=100
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("seminar")
        verbose_name_plural = _("seminars")
        ordering = ["-pk"]

    def __str__(self):
        return self.title


class SeminarSession(Orderable):
    """One sitting: a date and times in Asia/Bishkek, a venue and its capacity."""

    seminar = ParentalKey(Seminar, on_delete=models.CASCADE, related_name="sessions")
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    venue = models.CharField(_("venue"), max_length=200)
    municipality = models.ForeignKey(
        "places.Municipality",
        verbose_name=_("municipality"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    district = models.ForeignKey(
        "places.District",
        verbose_name=_("district"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    address = models.CharField(_("address"), max_length=300, blank=True)
    capacity = models.PositiveIntegerField(_("places"), default=30)

    class Meta(Orderable.Meta):
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=models.F("starts_at")),
                name="seminars_session_ends_after_start",
            )
        ]

    def __str__(self):
        return f"{self.seminar} · {self.starts_at:%Y-%m-%d}"


class SeminarMaterial(Orderable):
    seminar = ParentalKey(Seminar, on_delete=models.CASCADE, related_name="materials")
    title = models.CharField(_("title"), max_length=200, blank=True)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    class Meta(Orderable.Meta):
        verbose_name = _("material")
        verbose_name_plural = _("materials")


class RegistrationStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("Registered")
    WAITING = "waiting", _("On the waiting list")
    CANCELLED = "cancelled", _("Cancelled")


class RegistrationSource(models.TextChoices):
    SELF = "self", _("Registered themselves")
    TRAINER = "trainer", _("Registered by a trainer")
    WALK_IN = "walk_in", _("Walked in")
    SHEET = "sheet", _("From an uploaded sign-in sheet")


class Registration(models.Model):
    """A person's place at a seminar (or on its waiting list), or a walk-in without an account."""

    seminar = models.ForeignKey(Seminar, on_delete=models.CASCADE, related_name="registrations")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("participant"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="seminar_registrations",
    )
    status = models.CharField(
        _("status"),
        max_length=16,
        choices=RegistrationStatus.choices,
        default=RegistrationStatus.CONFIRMED,
    )
    source = models.CharField(
        _("source"),
        max_length=16,
        choices=RegistrationSource.choices,
        default=RegistrationSource.SELF,
    )
    # Walk-ins (user empty) and what a sheet said; for account holders the account is the truth.
    full_name = models.CharField(_("full name"), max_length=200, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    municipality = models.ForeignKey(
        "places.Municipality",
        verbose_name=_("municipality"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    position = models.CharField(_("position"), max_length=32, choices=Position.choices, blank=True)
    gender = models.CharField(_("gender"), max_length=16, choices=Gender.choices, blank=True)
    registered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("registered by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("registered"), auto_now_add=True)
    # The waiting list is served in this order (set again when someone re-joins it).
    waiting_since = models.DateTimeField(_("waiting since"), null=True, blank=True)
    confirmed_at = models.DateTimeField(_("place confirmed"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["seminar", "user"],
                condition=Q(user__isnull=False),
                name="seminars_registration_unique_seminar_user",
            ),
            models.CheckConstraint(
                condition=Q(user__isnull=False) | ~Q(full_name=""),
                name="seminars_registration_user_or_name",
            ),
        ]
        indexes = [
            models.Index(fields=["seminar", "status"], name="seminars_reg_seminar_status"),
        ]

    def __str__(self):
        return self.full_name or str(self.user)


class AttendanceMark(models.TextChoices):
    PRESENT = "present", _("Present")
    LATE = "late", _("Late")
    EXCUSED = "excused", _("Excused")
    ABSENT = "absent", _("Absent")


class Attendance(models.Model):
    """One person's mark at one session; present and late count as attended."""

    session = models.ForeignKey(SeminarSession, on_delete=models.CASCADE, related_name="attendance")
    registration = models.ForeignKey(
        Registration, on_delete=models.CASCADE, related_name="attendance"
    )
    mark = models.CharField(_("attendance"), max_length=16, choices=AttendanceMark.choices)
    marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("marked by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    marked_at = models.DateTimeField(_("marked"), auto_now=True)

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        constraints = [
            models.UniqueConstraint(
                fields=["session", "registration"],
                name="seminars_attendance_unique_session_registration",
            )
        ]

    def __str__(self):
        return f"{self.registration} · {self.session_id} · {self.mark}"


ATTENDED_MARKS = (AttendanceMark.PRESENT, AttendanceMark.LATE)
