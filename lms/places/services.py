"""Loading the reference list of places."""

from dataclasses import dataclass, field

from django.db import transaction

from lms.places import reference
from lms.places.models import Cluster, District, Municipality, Oblast


@dataclass
class PlacesLoadReport:
    """How many rows of each kind the load created, and how many were there already."""

    created: dict[str, int] = field(default_factory=dict)
    existing: dict[str, int] = field(default_factory=dict)

    def count(self, kind: str, created: bool) -> None:
        bucket = self.created if created else self.existing
        bucket[kind] = bucket.get(kind, 0) + 1


@transaction.atomic
def places_load(*, data=reference) -> PlacesLoadReport:
    """Create or update every place in `data` by its code; running it twice changes nothing."""
    report = PlacesLoadReport()
    oblasts = {}
    for code, kind, ky, ru, en in data.OBLASTS:
        names = {"name_ky": ky, "name_ru": ru, "name_en": en}
        oblasts[code], created = _upsert(Oblast, code, kind=kind, **names)
        report.count("oblasts", created)
    districts = {}
    for code, oblast_code, ky, ru, en in data.DISTRICTS:
        names = {"name_ky": ky, "name_ru": ru, "name_en": en}
        districts[code], created = _upsert(District, code, oblast=oblasts[oblast_code], **names)
        report.count("districts", created)
    municipalities = {}
    for code, district_code, kind, ky, ru, en in data.MUNICIPALITIES:
        names = {"name_ky": ky, "name_ru": ru, "name_en": en}
        municipalities[code], created = _upsert(
            Municipality, code, district=districts[district_code], kind=kind, **names
        )
        report.count("municipalities", created)
    for code, ky, ru, en, members in data.CLUSTERS:
        cluster, created = _upsert(Cluster, code, name_ky=ky, name_ru=ru, name_en=en)
        cluster.municipalities.set([municipalities[m] for m in members])
        report.count("clusters", created)
    return report


def _upsert(model, code, **values):
    """update_or_create that only writes when something differs, so reruns touch no rows."""
    obj = model.objects.filter(code=code).first()
    if obj is None:
        return model.objects.create(code=code, **values), True
    changed = [name for name, value in values.items() if getattr(obj, name) != value]
    if changed:
        for name in changed:
            setattr(obj, name, values[name])
        obj.save(update_fields=changed)
    return obj, False
