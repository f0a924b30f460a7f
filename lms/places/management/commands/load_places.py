"""manage.py load_places: load or refresh the oblasts, districts, municipalities and clusters."""

from django.core.management.base import BaseCommand

from lms.places.services import places_load


class Command(BaseCommand):
    help = "Load the reference places (idempotent)."

    def handle(self, *args, **options):
        report = places_load()
        for kind in ("oblasts", "districts", "municipalities", "clusters"):
            self.stdout.write(
                f"{kind}: {report.created.get(kind, 0)} created, "
                f"{report.existing.get(kind, 0)} already present"
            )
