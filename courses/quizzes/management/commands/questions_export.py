"""`manage.py questions_export --course <course> [--category NAME] --format gift|xml [-o FILE]`:
a course's question bank (or one category and its subcategories) as GIFT or Moodle XML, every
text in all its languages (multilang spans)."""

from django.core.management.base import BaseCommand, CommandError

from courses.quizzes import bank
from courses.quizzes.formats.gift import gift_export
from courses.quizzes.formats.moodle_xml import moodle_xml_export
from courses.quizzes.management.commands._course import course_from_argument
from courses.quizzes.models import Question, QuestionCategory


def category_names(category: QuestionCategory, cache: dict) -> list[str]:
    if category.pk in cache:
        return cache[category.pk]
    names, node, seen = [], category, set()
    while node is not None and node.pk not in seen:
        seen.add(node.pk)
        names.append(node.name)
        node = node.parent
    cache[category.pk] = list(reversed(names))
    return cache[category.pk]


class Command(BaseCommand):
    help = "Export a course's question bank as GIFT or Moodle XML."

    def add_arguments(self, parser):
        parser.add_argument("--course", required=True, help="Page id, slug or translation key.")
        parser.add_argument("--category", help="Only this category (Top/Sub) and below.")
        parser.add_argument("--format", required=True, choices=["gift", "xml"])
        parser.add_argument("-o", "--output", help="Write here instead of standard output.")

    def handle(self, *args, **options):
        course = course_from_argument(options["course"])
        course_key = course.translation_key
        categories = QuestionCategory.objects.filter(course_key=course_key)
        if options["category"]:
            names = [part.strip() for part in options["category"].split("/") if part.strip()]
            parent = None
            for name in names:
                parent = categories.filter(parent=parent, name=name).first()
                if parent is None:
                    raise CommandError(f"No category {options['category']!r} in this course.")
            ids = bank.category_descendant_ids(parent)
        else:
            ids = list(categories.values_list("pk", flat=True))
        questions = (
            Question.objects.filter(category_id__in=ids)
            .select_related("category", "category__parent")
            .prefetch_related("options")
            .order_by("category_id", "sort_order", "pk")
        )
        cache: dict = {}

        def path(question):
            return category_names(question.category, cache)

        if options["format"] == "xml":
            data = moodle_xml_export(questions=questions, category_path=path)
            skipped = []
        else:
            text, skipped = gift_export(questions, category_path=path)
            data = text.encode()
        if options["output"]:
            with open(options["output"], "wb") as handle:
                handle.write(data)
        else:
            self.stdout.write(data.decode())
        for question in skipped:
            self.stderr.write(
                f"Not written: “{question.name or question.pk}” ({question.qtype}): "
                "GIFT has no cloze questions; export as XML."
            )
