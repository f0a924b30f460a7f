"""A setting on and off, alternating in one process: CPU time per request of the bench's own
requests (`make bench` must have built its data once).

    .venv/bin/python bench/alternate.py --setting COMPILED_QUERIES [--only user_lesson]
                                        [--requests 200] [--rounds 6] [--values True,False]
                                        [--values "['lms.page_cache.read_ahead_keys'],[]"]

Timing in one process varies by ±20 % between runs on a 2-core machine; the same requests served
in alternating rounds, on and off, in one process, compare a change with less noise. Each round
serves the endpoint's first `--requests` lines once (all were served once before measuring, as
`make bench` does); the figure is the process's CPU time per request, the median of the rounds.
"""

import argparse
import ast
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.hot_path_profile import environ_for  # noqa: E402
from bench.run import bench_environment, requests_prepare  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--setting", required=True, help="A setting, e.g. COMPILED_QUERIES")
    parser.add_argument("--only", default="user_lesson,user_course64,post_complete")
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument(
        "--values",
        default="True,False",
        help="The setting's two values as Python literals: 300,0 or \"['x'],[]\"",
    )
    args = parser.parse_args()
    bench_environment()
    import django

    django.setup()
    from django.conf import settings
    from django.core.handlers.wsgi import WSGIHandler

    on_value, off_value = ast.literal_eval(f"({args.values})")  # e.g. "True,False", "['a'],[]"
    handler = WSGIHandler()
    endpoints = requests_prepare()

    def call(line):
        handler(environ_for(line), lambda *_: None)

    for name in [n for n in args.only.split(",") if n]:
        endpoint = endpoints[name]
        lines = endpoint.lines[: args.requests]
        for line in endpoint.preludes[: args.requests] if endpoint.preludes else lines:
            call(line)
        if endpoint.preludes:  # a POST changes what it acts on: each round takes new lines
            rounds = [
                endpoint.lines[i * args.requests : (i + 1) * args.requests]
                for i in range(args.rounds * 2)
            ]
        else:
            rounds = [lines] * (args.rounds * 2)
        spent = {True: [], False: []}
        for index, round_lines in enumerate(rounds):
            if not round_lines:
                break
            value = index % 2 == 0
            setattr(settings, args.setting, on_value if value else off_value)
            started = time.process_time()
            for line in round_lines:
                call(line)
            spent[value].append((time.process_time() - started) * 1000 / len(round_lines))
        on, off = statistics.median(spent[True]), statistics.median(spent[False])
        sys.stdout.write(
            f"{endpoint.label} ({name}), {args.setting}: {on_value!r} {on:.2f} ms, "
            f"{off_value!r} {off:.2f} ms "
            f"of CPU per request (medians of {len(spent[True])} rounds of "
            f"{len(rounds[0])} requests; {[round(v, 2) for v in spent[True]]} against "
            f"{[round(v, 2) for v in spent[False]]})\n"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
