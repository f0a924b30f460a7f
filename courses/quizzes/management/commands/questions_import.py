"""`manage.py questions_import FILE --course <course> [--category NAME] [--quiz ID] [--dry-run]
[--json]`: import a GIFT or Moodle XML file into a course's question bank, printing the report
(one line per item of the file, as the admin preview shows it)."""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from courses.quizzes import bank
from courses.quizzes.authoring import questions_import_to_bank
from courses.quizzes.formats.gift import gift_parse
from courses.quizzes.formats.moodle_xml import moodle_xml_parse
from courses.quizzes.formats.report import report_counts, report_from_result
from courses.quizzes.management.commands._course import (
    category_from_argument,
    course_from_argument,
)
from courses.quizzes.models import Quiz


class DryRun(Exception):
    pass


def parse_file(path: Path):
    data = path.read_bytes()
    if path.suffix.lower() == ".xml" or data.lstrip()[:5] in (b"<?xml", b"<quiz"):
        return moodle_xml_parse(data)
    try:
        return gift_parse(data.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        raise CommandError("The file must be saved as UTF-8 text.") from error


class Command(BaseCommand):
    help = "Import GIFT or Moodle XML questions into a course's question bank."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--course", required=True, help="Page id, slug or translation key.")
        parser.add_argument("--category", help="Put every question here (Top/Sub for a path).")
        parser.add_argument("--quiz", type=int, help="Also add the questions to this quiz.")
        parser.add_argument("--dry-run", action="store_true", help="Report only; change nothing.")
        parser.add_argument("--json", action="store_true", help="Print the report as JSON.")

    def handle(self, *args, **options):
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(f"No such file: {path}")
        course = course_from_argument(options["course"])
        course_key = course.translation_key
        quiz = None
        if options["quiz"]:
            quiz = Quiz.objects.filter(pk=options["quiz"]).first()
            if quiz is None:
                raise CommandError(f"No quiz {options['quiz']}.")
            if bank.quiz_course_key(quiz) != course_key:
                raise CommandError(f"Quiz {quiz.pk} is not in this course.")
        result = parse_file(path)
        if options["dry_run"]:
            report = report_from_result(result)
        else:
            try:
                with transaction.atomic():
                    category = category_from_argument(course_key, options["category"])
                    outcome = questions_import_to_bank(
                        course_key=course_key, result=result, category=category, quiz=quiz
                    )
            except ValueError as error:
                raise CommandError(str(error)) from error
            report = outcome.report
        counts = report_counts(report)
        if options["json"]:
            payload = {
                "file": str(path),
                "course": course.pk,
                "dry_run": options["dry_run"],
                "counts": counts,
                "report": [item.as_dict() for item in report],
            }
            self.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2, default=str))
            return
        for item in report:
            self.stdout.write(item.as_text())
        verb = "would be" if options["dry_run"] else "were"
        self.stdout.write(
            f"{counts['items']} items: {counts['imported']} imported, {counts['changed']} "
            f"with changes, {counts['refused']} refused ({verb} written to the bank)."
        )
