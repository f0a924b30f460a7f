"""Time the assignment grading table on the scale data: `python bench/grading.py [--runs N]`.

Run it against a database filled by `manage.py bench_data` (which adds the bench assignment: one
course's 2,000 learners' submissions, graded and not; DATABASE_URL). As the bench trainer it
requests the grading table through Django's test client (whole request: filters, counts, one
page of rows, template) with each filter, a name search and the last page, plus the course's
assignment index and the offline worksheet, and prints the median and worst time of N runs with
the number of SQL queries. The first request of each case warms the caches and is not counted.
"""

import argparse
import os
import platform
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.dev")
os.environ.setdefault("DEBUG", "false")  # no debug bookkeeping in the timings

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import reverse  # noqa: E402
from django.utils import translation  # noqa: E402

from bench.assignments import bench_assignment  # noqa: E402
from bench.data import BENCH_TRAINER_EMAIL  # noqa: E402
from courses.assignments.models import Grade, Submission  # noqa: E402
from courses.enrolment.models import ENROLLED_STATUSES, Enrollment  # noqa: E402
from lms.accounts.models import User  # noqa: E402

TARGET_SECONDS = 0.3


def _cases(assignment) -> list:
    """(label, path, GET parameters): what a trainer grading this assignment opens."""
    with translation.override("ky"):
        table = reverse("assignments:teach_table", args=[assignment.pk])
        index = reverse("assignments:teach_course", args=[assignment.course_key])
        worksheet = reverse("assignments:worksheet", args=[assignment.pk, "csv"])
    name = (
        User.objects.filter(assignment_submissions__assignment=assignment)
        .order_by("pk")
        .values_list("full_name", flat=True)
        .first()
    )
    return [
        ("grading table, all (page 1)", table, {}),
        ("grading table, needs grading", table, {"show": "needs_grading"}),
        ("grading table, late", table, {"show": "late"}),
        ("grading table, not submitted", table, {"show": "not_submitted"}),
        ("grading table, search by name", table, {"q": name.split()[0]}),
        ("grading table, last page", table, {"page": "last"}),
        ("course's assignments (counts)", index, {}),
        ("worksheet CSV (every learner)", worksheet, {}),
    ]


def run(runs: int) -> list:
    assignment = bench_assignment()
    client = Client(SERVER_NAME="localhost")
    client.force_login(User.objects.get(email=BENCH_TRAINER_EMAIL))
    results = []
    for label, path, params in _cases(assignment):
        response = client.get(path, params)  # warm-up
        if response.status_code != 200:
            raise SystemExit(f"{label}: HTTP {response.status_code}")
        times = []
        for _ in range(runs):
            with CaptureQueriesContext(connection) as queries:
                started = time.perf_counter()
                client.get(path, params)
                times.append(time.perf_counter() - started)
        results.append((label, statistics.median(times), max(times), len(queries)))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    assignment = bench_assignment()
    counts = {
        "enrolled": Enrollment.objects.filter(
            course_key=assignment.course_key, status__in=ENROLLED_STATUSES
        ).count(),
        "submissions": Submission.objects.filter(assignment=assignment).count(),
        "handed in": Submission.objects.filter(assignment=assignment, status="submitted").count(),
        "grades": Grade.objects.filter(submission__assignment=assignment).count(),
        "all enrolments": Enrollment.objects.count(),
    }
    out = sys.stdout
    out.write(
        f"Data: {counts}; {args.runs} runs per case, {connection.vendor}, "
        f"{os.cpu_count()} CPUs, load {os.getloadavg()[0]:.2f}, {platform.python_version()}\n"
    )
    out.write(f"{'page':34} {'median s':>9} {'max s':>7} {'queries':>8}\n")
    for label, median, worst, queries in run(args.runs):
        flag = "" if median < TARGET_SECONDS else "  (over 0.3 s)"
        out.write(f"{label:34} {median:9.3f} {worst:7.3f} {queries:8d}{flag}\n")
        out.flush()


if __name__ == "__main__":
    main()
