"""manage.py fillenglish: fill the English catalogue from its msgids, which are English."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

import polib


class Command(BaseCommand):
    help = "Copy each msgid to its empty msgstr in the English .po files (msgids are English)."

    def handle(self, *args, **options):
        for root in map(Path, settings.LOCALE_PATHS):
            for path in root.glob("en/LC_MESSAGES/*.po"):
                catalogue = polib.pofile(str(path))
                filled = 0
                for entry in catalogue:
                    # A fuzzy entry carries the text of a similar older msgid: replace it too.
                    fuzzy = "fuzzy" in entry.flags
                    if entry.msgid_plural and (fuzzy or not any(entry.msgstr_plural.values())):
                        entry.msgstr_plural = {0: entry.msgid, 1: entry.msgid_plural}
                        filled += 1
                    elif not entry.msgid_plural and (fuzzy or not entry.msgstr):
                        entry.msgstr = entry.msgid
                        filled += 1
                    if fuzzy:
                        entry.flags.remove("fuzzy")
                        entry.previous_msgid = None
                catalogue.save()
                self.stdout.write(f"{path}: {filled} filled")
