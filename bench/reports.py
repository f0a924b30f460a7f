"""Time the reports pages on the scale data: `python bench/reports.py [--runs N]`.

Run it against a database filled by `manage.py bench_data` (DATABASE_URL). For a manager (every
course) and the bench trainer (the courses they train), it requests the dashboard and each
breakdown page through Django's test client (whole request: filters, queries, template, SVG),
with a few filter combinations, and prints the median and worst time of N runs with the number of
SQL queries. The first request of each case warms the database cache and is not counted.
"""

import argparse
import os
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

from django.contrib.auth.models import Group  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import reverse  # noqa: E402
from django.utils import translation  # noqa: E402

from bench.data import BENCH_EMAIL_DOMAIN, BENCH_TRAINER_EMAIL  # noqa: E402
from courses.enrolment.models import Enrollment  # noqa: E402
from lms.accounts.models import User  # noqa: E402
from lms.accounts.roles import MANAGER  # noqa: E402
from lms.places.models import Oblast  # noqa: E402

MANAGER_EMAIL = f"reports-manager@{BENCH_EMAIL_DOMAIN}"  # removed with the bench data


def _manager() -> User:
    user = User.objects.filter(email=MANAGER_EMAIL).first()
    if user is None:
        user = User.objects.create_user(email=MANAGER_EMAIL, password=None, full_name="Manager")
        user.groups.add(Group.objects.get(name=MANAGER))
    return user


def _cases() -> list:
    """(label, path, GET parameters): the pages and filters a manager or trainer would use."""
    with translation.override("ky"):
        dashboard = reverse("reports:dashboard")

        def breakdown(name):
            return reverse("reports:breakdown", args=[name])

    oblast = Oblast.objects.order_by("pk").first()
    course = Enrollment.objects.values_list("course_key", flat=True).order_by("course_key").first()
    return [
        ("dashboard, last 12 months", dashboard, {}),
        ("dashboard, by week", dashboard, {"interval": "week"}),
        ("dashboard, one oblast, women", dashboard, {"oblast": oblast.pk, "gender": "female"}),
        ("dashboard, one course", dashboard, {"course": str(course)}),
        ("places (oblasts)", breakdown("places"), {}),
        ("places (districts of one oblast)", breakdown("places"), {"oblast": oblast.pk}),
        ("positions", breakdown("positions"), {}),
        ("genders", breakdown("genders"), {}),
        ("courses", breakdown("courses"), {}),
    ]


def run(runs: int) -> list:
    users = [("manager", _manager()), ("trainer", User.objects.get(email=BENCH_TRAINER_EMAIL))]
    results = []
    for role, user in users:
        client = Client(SERVER_NAME="localhost")
        client.force_login(user)
        for label, path, params in _cases():
            response = client.get(path, params)  # warm-up
            if response.status_code != 200:
                raise SystemExit(f"{role}, {label}: HTTP {response.status_code}")
            times = []
            for _ in range(runs):
                with CaptureQueriesContext(connection) as queries:
                    started = time.perf_counter()
                    client.get(path, params)
                    times.append(time.perf_counter() - started)
            results.append((role, label, statistics.median(times), max(times), len(queries)))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    counts = {
        "learners": User.objects.filter(email__endswith=f"@{BENCH_EMAIL_DOMAIN}").count(),
        "enrolments": Enrollment.objects.count(),
    }
    out = sys.stdout
    out.write(f"Data: {counts}; {args.runs} runs per case, {connection.vendor}\n")
    out.write(f"{'user':8} {'page and filters':36} {'median s':>9} {'max s':>7} {'queries':>8}\n")
    for role, label, median, worst, queries in run(args.runs):
        out.write(f"{role:8} {label:36} {median:9.3f} {worst:7.3f} {queries:8d}\n")
        out.flush()


if __name__ == "__main__":
    main()
