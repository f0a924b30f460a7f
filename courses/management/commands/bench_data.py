"""manage.py bench_data: the national-scale data set the load benchmark and reports run on."""

import time

from django.core.management.base import BaseCommand

from bench.data import (
    BenchSize,
    bench_data_create,
    bench_data_present,
    bench_data_remove,
    renditions_warm,
)


class Command(BaseCommand):
    help = (
        "Generate scale data (learners, courses in ky and ru, enrolments, completions, quiz "
        "attempts, cases). Bench rows are marked and removed with --reset."
    )

    def add_arguments(self, parser):
        defaults = BenchSize()
        for name in (
            "learners",
            "courses",
            "lessons",
            "enrolments",
            "completions",
            "attempts",
            "cases",
            "big_course_lessons",
            "seed",
        ):
            parser.add_argument(
                f"--{name.replace('_', '-')}", type=int, default=getattr(defaults, name)
            )
        parser.add_argument(
            "--assignment-learners",
            type=int,
            default=2000,
            help="Learners' submissions (graded and not) of the bench assignment; 0 for none.",
        )
        parser.add_argument("--reset", action="store_true", help="Remove earlier bench data first.")
        parser.add_argument(
            "--remove", action="store_true", help="Only remove the bench data, generate nothing."
        )

    def handle(self, *args, reset=False, remove=False, **options):
        started = time.monotonic()
        present = bench_data_present()
        if reset or remove:
            if any(present.values()):
                removed = bench_data_remove()
                self.stdout.write(f"Removed: {removed} in {time.monotonic() - started:.1f} s")
            if remove:
                return
        elif present["learners"] or present["courses"]:
            self.stdout.write(f"Bench data is already there ({present}); --reset replaces it.")
            self.renditions_warm()
            self.assignment_create(options["assignment_learners"], options["seed"])
            return
        size = BenchSize(**{name: options[name] for name in BenchSize.__dataclass_fields__})
        report = bench_data_create(size=size, log=self.stdout.write)
        self.renditions_warm()
        self.assignment_create(options["assignment_learners"], options["seed"])
        total = time.monotonic() - started
        counts = ", ".join(f"{name} {count:,}" for name, count in report.counts.items())
        self.stdout.write(self.style.SUCCESS(f"Bench data: {counts}; {total:.1f} s in all."))

    def renditions_warm(self):
        """Timed like bench_data_create's steps; also run on data an earlier run made."""
        started = time.monotonic()
        made = renditions_warm()
        self.stdout.write(f"renditions: {made} in {time.monotonic() - started:.1f} s")

    def assignment_create(self, learners: int, seed: int):
        """The grading table's data (bench/assignments.py); added to existing data too."""
        if learners <= 0:
            return
        from bench.assignments import assignment_bench_create

        started = time.monotonic()
        made = assignment_bench_create(learners=learners, seed=seed)
        took = time.monotonic() - started
        self.stdout.write(f"assignment: {made or 'already there'} in {took:.1f} s")
