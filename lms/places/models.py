"""Administrative places of Kyrgyzstan, named in Kyrgyz, Russian and English."""

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

NAME_LANGUAGES = ("ky", "ru", "en")


class NamedPlace(models.Model):
    """A place with a stable code and a name per interface language."""

    code = models.SlugField(_("code"), max_length=64, unique=True)
    name_ky = models.CharField(_("name (Kyrgyz)"), max_length=150)
    name_ru = models.CharField(_("name (Russian)"), max_length=150)
    name_en = models.CharField(_("name (English)"), max_length=150)

    class Meta:
        abstract = True
        ordering = ["name_ky"]

    def __str__(self):
        return self.name

    @property
    def name(self) -> str:
        """The name in the active language, falling back to Kyrgyz."""
        language = (get_language() or "ky")[:2]
        if language not in NAME_LANGUAGES:
            language = "ky"
        return getattr(self, f"name_{language}") or self.name_ky


class Oblast(NamedPlace):
    """A region, or a city of republican significance (Bishkek, Osh)."""

    class Kind(models.TextChoices):
        OBLAST = "oblast", _("Oblast")
        CITY = "city", _("City of republican significance")

    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices, default=Kind.OBLAST)

    class Meta(NamedPlace.Meta):
        verbose_name = _("oblast")
        verbose_name_plural = _("oblasts")


class District(NamedPlace):
    """A rayon; cities of republican significance have one district named for the city."""

    oblast = models.ForeignKey(
        Oblast, verbose_name=_("oblast"), on_delete=models.PROTECT, related_name="districts"
    )

    class Meta(NamedPlace.Meta):
        verbose_name = _("district")
        verbose_name_plural = _("districts")


class Municipality(NamedPlace):
    """A local self-government unit: a rural ayil aimak, a town or a city."""

    class Kind(models.TextChoices):
        AYIL_AIMAK = "ayil_aimak", _("Ayil aimak")
        TOWN = "town", _("Town")
        CITY = "city", _("City")

    district = models.ForeignKey(
        District,
        verbose_name=_("district"),
        on_delete=models.PROTECT,
        related_name="municipalities",
    )
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices, default=Kind.AYIL_AIMAK)
    population = models.PositiveIntegerField(_("population"), null=True, blank=True)

    class Meta(NamedPlace.Meta):
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")
        indexes = [models.Index(fields=["district", "kind"], name="places_muni_district_kind")]

    @property
    def oblast(self) -> Oblast:
        return self.district.oblast


class Cluster(NamedPlace):
    """Municipalities that deliver a service together under an intermunicipal agreement."""

    municipalities = models.ManyToManyField(
        Municipality, verbose_name=_("municipalities"), related_name="clusters", blank=True
    )
    description = models.TextField(_("description"), blank=True)

    class Meta(NamedPlace.Meta):
        verbose_name = _("cluster")
        verbose_name_plural = _("clusters")
