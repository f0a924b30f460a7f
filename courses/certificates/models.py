"""Certificates of completion and the per-course look of them.

A certificate freezes what it says (name, course, hours, date) when it is issued, so later edits
of the profile or the course never change a document someone already holds; a reissue makes a new
certificate (new code) and marks the old one superseded.
"""

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from lms.private_storage import private_storage, private_upload_name

# 20 characters of a 32-letter alphabet without look-alikes: 100 bits, unguessable and typeable.
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 20


def certificate_code_new() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def certificate_code_display(code: str) -> str:
    """ABCD-EFGH-... for people; the stored code has no dashes."""
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))


def certificate_code_normalise(text: str) -> str:
    """What a person typed, as stored: upper case, no spaces or dashes."""
    return "".join(ch for ch in (text or "").upper() if ch.isalnum())


def certificate_file_path(instance, filename: str) -> str:
    """A random private name: the code in a file's address would open it to anyone who has it."""
    return private_upload_name("certificates", filename)


class CertificateStatus(models.TextChoices):
    VALID = "valid", _("Valid")
    REVOKED = "revoked", _("Revoked")
    SUPERSEDED = "superseded", _("Replaced by a reissued certificate")


class CertificateKind(models.TextChoices):
    COURSE = "course", _("Course completion")
    SEMINAR = "seminar", _("Seminar attendance")


class Certificate(models.Model):
    """One per completed enrolment, or per person and seminar attended (database constraints);
    its files are rendered by a task.

    A seminar's certificate (`kind` "seminar") has no enrolment: `subject_key` names the seminar
    ("seminar:<id>"), `course_title` holds the seminar's title, `held_from`/`held_to`/`venue`
    what it prints instead of hours, and `course_key` a key derived from `subject_key` (never a
    course's), so every screen keyed by course keeps working.
    """

    enrollment = models.ForeignKey(
        "enrolment.Enrollment",
        verbose_name=_("enrolment"),
        on_delete=models.PROTECT,
        related_name="certificates",
        null=True,
        blank=True,
    )
    kind = models.CharField(
        _("kind"), max_length=16, choices=CertificateKind.choices, default=CertificateKind.COURSE
    )
    subject_key = models.CharField(_("subject"), max_length=64, blank=True, db_index=True)
    held_from = models.DateField(_("held from"), null=True, blank=True)
    held_to = models.DateField(_("held to"), null=True, blank=True)
    venue = models.CharField(_("venue"), max_length=300, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.CASCADE,
        related_name="certificates",
    )
    course_key = models.UUIDField(_("course"), db_index=True)
    code = models.CharField(_("verification code"), max_length=32, unique=True)
    status = models.CharField(
        _("status"),
        max_length=16,
        choices=CertificateStatus.choices,
        default=CertificateStatus.VALID,
    )
    holder_name = models.CharField(_("holder's name"), max_length=200)
    course_title = models.CharField(_("course title"), max_length=255)
    course_hours = models.PositiveSmallIntegerField(_("hours"))
    language = models.CharField(_("language"), max_length=8)
    completed_on = models.DateField(_("completed on"))
    issuer_name = models.CharField(_("issuer"), max_length=200)
    trainer_names = models.CharField(_("trainers"), max_length=500, blank=True)
    issued_at = models.DateTimeField(_("issued"), auto_now_add=True)
    png = models.FileField(
        _("image"), upload_to=certificate_file_path, storage=private_storage, blank=True
    )
    pdf = models.FileField(
        _("PDF"), upload_to=certificate_file_path, storage=private_storage, blank=True
    )
    rendered_at = models.DateTimeField(_("rendered"), null=True, blank=True)
    emailed_at = models.DateTimeField(_("e-mailed"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    revocation_reason = models.CharField(_("reason for revoking"), max_length=500, blank=True)
    # Set when the holder's account was deleted: the name is removed from the certificate and
    # its files, and the verification page says it is withheld at their request.
    holder_withheld_at = models.DateTimeField(_("holder's name withheld"), null=True, blank=True)
    replaced_by = models.OneToOneField(
        "self",
        verbose_name=_("replaced by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="replaces",
    )

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at", "-pk"]
        constraints = [
            # One valid certificate per completion; revoked and superseded ones stay as history.
            models.UniqueConstraint(
                fields=["enrollment"],
                condition=Q(status="valid"),
                name="certificates_certificate_unique_valid_enrollment",
            ),
            # One valid attendance certificate per person and seminar.
            models.UniqueConstraint(
                fields=["subject_key", "user"],
                condition=Q(status="valid", kind="seminar"),
                name="certificates_certificate_unique_valid_subject_user",
            ),
        ]

    def __str__(self):
        return f"{self.holder_name} · {self.course_title} · {self.code_display}"

    @property
    def code_display(self) -> str:
        return certificate_code_display(self.code)

    @property
    def is_seminar(self) -> bool:
        return self.kind == CertificateKind.SEMINAR

    @property
    def is_valid(self) -> bool:
        return self.status == CertificateStatus.VALID

    @property
    def holder_withheld(self) -> bool:
        return self.holder_withheld_at is not None


class CertificateDesign(models.Model):
    """Optional background and signatures of one course's certificates (all its languages)."""

    course_key = models.UUIDField(_("course"), unique=True)
    background = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("background image"),
        help_text=_("Drawn under the text, stretched to A4 landscape (297 × 210 mm)."),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    signature_1 = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("first signature"),
        help_text=_("A scanned signature, ideally on a transparent background."),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    signatory_1 = models.CharField(_("first signatory"), max_length=200, blank=True)
    signature_2 = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("second signature"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    signatory_2 = models.CharField(_("second signatory"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("certificate design")
        verbose_name_plural = _("certificate designs")

    def __str__(self):
        from courses.catalogue.models import CoursePage

        course = (
            CoursePage.objects.filter(
                translation_key=self.course_key, locale__language_code=settings.LANGUAGE_CODE
            )
            .only("title")
            .first()
        )
        return course.title if course else str(self.course_key)
