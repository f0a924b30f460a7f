"""`manage.py course_import_mbz FILE --parent <page id or slug> --language ky|ru|en [--dry-run]
[--json]`: import a Moodle course backup as a draft course, printing the import report."""

import json
import resource

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from courses.catalogue.models import CourseIndexPage
from courses.moodle import report as report_lines
from courses.moodle.archive import ArchiveRefused
from courses.moodle.services import ImportFailed, mbz_import


class Command(BaseCommand):
    help = "Import a Moodle course backup (.mbz) as a draft course under a catalogue."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--parent", required=True, help="The catalogue page: id or slug.")
        parser.add_argument("--language", required=True, choices=["ky", "ru", "en"])
        parser.add_argument("--dry-run", action="store_true")
        parser.add_argument("--json", action="store_true", help="Print the report as JSON.")

    def handle(self, *args, **options):
        parent_ref = options["parent"]
        catalogues = CourseIndexPage.objects.all()
        if parent_ref.isdigit():
            parent = catalogues.filter(pk=int(parent_ref)).first()
        else:
            parent = (
                catalogues.filter(
                    slug=parent_ref, locale__language_code=options["language"]
                ).first()
                or catalogues.filter(slug=parent_ref).first()
            )
        if parent is None:
            raise CommandError(f"No course catalogue {parent_ref!r}.")
        try:
            result = mbz_import(
                options["file"],
                parent=parent,
                language=options["language"],
                dry_run=options["dry_run"],
            )
        except (ArchiveRefused, ImportFailed) as error:
            raise CommandError(str(error)) from error
        except FileNotFoundError as error:
            raise CommandError(f"No such file: {options['file']}") from error
        peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        if options["json"]:
            payload = {
                "dry_run": options["dry_run"],
                "course": result.course.pk if result.course else None,
                "counts": result.counts,
                "report": result.report,
                "peak_rss_kib": peak_kib,
            }
            self.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2))
            return
        with translation.override("en"):
            for entry in result.report:
                self.stdout.write(report_lines.line_text(entry))
            self.stdout.write("")
            for line in report_lines.counts_text(result.counts):
                self.stdout.write(line)
        if result.course is not None:
            self.stdout.write(f"Draft course: page {result.course.pk} ({result.course.title})")
        elif options["dry_run"]:
            self.stdout.write("Dry run: nothing was kept.")
        self.stderr.write(f"Peak memory (RSS): {peak_kib // 1024} MiB")
