"""Where a signed-in request's time goes: statements, commits, database time and Python time,
per endpoint, in one process on the bench data (`make bench` must have built it once).

    .venv/bin/python bench/hot_path_profile.py [--requests 300] [--only user_lesson,post_complete]
                                      [--top 12]

Each request goes through Django's WSGI handler (the whole middleware stack, as gunicorn calls
it) with the same cookies and bodies `make bench` sends, after the same warming. The report
gives per request: wall time, SQL statements and commits, time waiting for PostgreSQL and
Redis, the rest (Python), then the functions with the most own time (cProfile adds its own
overhead: compare runs of this script with each other, not with `make bench`).
"""

import argparse
import cProfile
import io
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.run import bench_environment, requests_prepare  # noqa: E402

DEFAULT = "user_lesson,user_course64,post_complete,post_quiz,user_dashboard"


def say(text: str = "") -> None:
    sys.stdout.write(f"{text}\n")


def environ_for(line: str) -> dict:
    method, path, cookie, body = (line.split("\t") + [""])[:4]
    path, _sep, query = path.partition("?")
    data = body.encode()
    return {
        "REQUEST_METHOD": method,
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "SERVER_NAME": "localhost",
        "SERVER_PORT": "80",
        "HTTP_HOST": "localhost",
        "REMOTE_ADDR": "127.0.0.1",
        "HTTP_COOKIE": cookie,
        "CONTENT_TYPE": "application/x-www-form-urlencoded",
        "CONTENT_LENGTH": str(len(data)),
        "wsgi.input": io.BytesIO(data),
        "wsgi.url_scheme": "http",
        "wsgi.errors": sys.stderr,
    }


class Timer:
    """Statements, commits and the time spent in PostgreSQL (through Django's execute wrapper)."""

    def __init__(self):
        self.statements = self.commits = 0
        self.seconds = 0.0

    def __call__(self, execute, sql, params, many, context):
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            self.seconds += time.perf_counter() - started
            self.statements += 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--only", default=DEFAULT)
    parser.add_argument("--top", type=int, default=12)
    parser.add_argument(
        "--cumulative", default="", help="Also list cumulative time of functions matching this."
    )
    parser.add_argument("--callers", default="", help="List callers of functions matching this.")
    parser.add_argument("--sql", action="store_true", help="Print one request's statements.")
    args = parser.parse_args()
    bench_environment()
    import django

    django.setup()
    from django.core.handlers.wsgi import WSGIHandler
    from django.db import connection

    import redis.connection

    handler = WSGIHandler()
    endpoints = requests_prepare()
    redis_seconds = [0.0]
    original = redis.connection.AbstractConnection.read_response

    def read_response(self, *a, **kw):
        started = time.perf_counter()
        try:
            return original(self, *a, **kw)
        finally:
            redis_seconds[0] += time.perf_counter() - started

    redis.connection.AbstractConnection.read_response = read_response

    def call(line):
        statuses = []
        handler(environ_for(line), lambda status, headers, *_: statuses.append(status))
        return statuses[0]

    for name in [n for n in args.only.split(",") if n]:
        endpoint = endpoints[name]
        count = min(args.requests, len(endpoint.lines) // 2)
        measured = endpoint.lines[:count]
        # As `make bench` does: every address once before measuring (GETs), the page a learner
        # opens before sending (POSTs), so caches are as warm as on a site in use.
        for line in endpoint.preludes[:count] if endpoint.preludes else measured:
            call(line)
        if args.sql:
            from django.test.utils import CaptureQueriesContext

            with CaptureQueriesContext(connection) as queries:
                call(measured.pop())
            say(f"\n## {name}: the statements of one request")
            for query in queries.captured_queries:
                sql = query["sql"]
                cut = sql.find(" FROM ")
                say("   " + (sql[:60] + " …" + sql[cut : cut + 240] if cut > 60 else sql[:300]))
            count -= 1
        timer = Timer()
        redis_seconds[0] = 0.0
        profiler = cProfile.Profile()
        statuses: dict = {}
        with connection.execute_wrapper(timer):
            started = time.perf_counter()
            profiler.enable()
            for line in measured:
                status = call(line)
                statuses[status] = statuses.get(status, 0) + 1
            profiler.disable()
            wall = time.perf_counter() - started
        per = 1000 / count
        stats = pstats.Stats(profiler)
        # Explicit commits: the ends of transaction.atomic blocks (psycopg's commit); single
        # statements outside them commit on their own in PostgreSQL's autocommit.
        commit_calls = sum(
            value[1]
            for key, value in stats.stats.items()
            if key[2] in ("commit", "_commit") and "psycopg" in key[0]
        )
        say(f"\n## {endpoint.label} ({name}): {count} requests, statuses {statuses}")
        say(
            f"wall {wall * per:.2f} ms/request; SQL {timer.statements / count:.1f} statements, "
            f"{commit_calls / count:.1f} explicit commits, {timer.seconds * per:.2f} ms in "
            f"PostgreSQL; {redis_seconds[0] * per:.2f} ms waiting for Redis; "
            f"Python and the rest {(wall - timer.seconds - redis_seconds[0]) * per:.2f} ms"
        )
        out = io.StringIO()
        stats.stream = out
        stats.sort_stats("tottime").print_stats(args.top)
        rows = [r for r in out.getvalue().splitlines() if r.strip()]
        start = next(i for i, r in enumerate(rows) if r.strip().startswith("ncalls"))
        say("own time, top functions (ms per request):")
        for row in rows[start + 1 :]:
            parts = row.split(None, 5)
            if len(parts) == 6:
                say(f"  {float(parts[1]) * per:6.3f}  {parts[5][-90:]}")
        if args.cumulative:
            out = io.StringIO()
            stats.stream = out
            stats.sort_stats("cumulative").print_stats(args.cumulative, 40)
            say(f"cumulative, matching {args.cumulative!r} (ms per request):")
            for row in out.getvalue().splitlines():
                parts = row.split(None, 5)
                if len(parts) == 6 and parts[0][0].isdigit() and parts[1][0].isdigit():
                    say(f"  {float(parts[3]) * per:7.2f}  {parts[5][-100:]}")
        if args.callers:
            out = io.StringIO()
            stats.stream = out
            stats.sort_stats("tottime").print_callers(args.callers)
            say(out.getvalue()[-6000:])
        groups: dict = {}
        for key, value in stats.stats.items():
            path = key[0]
            group = next(
                (
                    g
                    for g in (
                        "django/template",
                        "django/db",
                        "django/urls",
                        "django/middleware",
                        "django/contrib",
                        "django",
                        "wagtail",
                        "psycopg",
                        "redis",
                        "courses",
                        "lms",
                        "cms",
                    )
                    if f"/{g}/" in path or (g in ("courses", "lms", "cms") and f"/{g}/" in path)
                ),
                "other",
            )
            groups[group] = groups.get(group, 0) + value[2]
        say("own time by package (ms per request):")
        for group, seconds in sorted(groups.items(), key=lambda kv: -kv[1]):
            say(f"  {seconds * per:6.2f}  {group}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
