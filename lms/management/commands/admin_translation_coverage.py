"""manage.py admin_translation_coverage: how much of the Wagtail admin we ship in Kyrgyz.

Counts, per catalogue of lms/locale_admin and in total, the installed apps' msgids that our
Kyrgyz catalogue translates (not empty, not fuzzy, placeholders and tags intact). After a
Wagtail upgrade, `--update` brings the catalogues' msgids in step with the installed apps
(new ones arrive empty, dropped ones go) before they are translated (docs/admin-glossary.md).
"""

from django.core.management.base import BaseCommand

from lms.admin_catalogues import CATALOGUES, catalogue_update, coverage, russian_gaps


class Command(BaseCommand):
    help = "Print the Kyrgyz coverage of the Wagtail admin catalogues in lms/locale_admin."

    def add_arguments(self, parser):
        parser.add_argument(
            "--update",
            action="store_true",
            help="First add the installed apps' new msgids (empty) and drop the ones they lost.",
        )

    def handle(self, *args, update=False, **options):
        if update:
            for catalogue in CATALOGUES:
                added, removed = catalogue_update(catalogue)
                self.stdout.write(f"{catalogue.name}: {added} msgids added, {removed} removed")
        translated = total = 0
        for catalogue in CATALOGUES:
            result = coverage(catalogue)
            translated += result.translated
            total += result.total
            gaps = len(russian_gaps(catalogue))
            note = f"  ({gaps} without Russian: add them to ru/)" if gaps else ""
            self.stdout.write(
                f"{catalogue.name:28} {result.translated:5} / {result.total:5}"
                f"  {result.percent:6.2f} %{note}"
            )
        percent = 100 * translated / total if total else 100.0
        self.stdout.write(f"{'total':28} {translated:5} / {total:5}  {percent:6.2f} %")
