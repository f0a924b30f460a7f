"""How fast a signed-in page can be at all here: the middleware chain's ceiling beside the page.

    .venv/bin/python bench/ceiling.py [--only user_lesson,user_course64,post_complete]
                                      [--seconds 10] [--rounds 2]

Needs the bench data (`make bench` once). For each endpoint, alternating rounds of wrk with the
bench's connections, threads, request lists and sessions, against gunicorn with the bench's
workers serving either
- "chain": every middleware (session, user, CSRF, policies and the rest), then a constant answer
  of the real response's status and size (`bench/ceiling_answer.py`): what any Django page costs
  before its view runs; or
- "page": the application as it is.
Each round also reports the CPU each group of processes used per request (gunicorn, postgres,
redis-server, wrk; read from /proc), so a target reads as a budget: at N req/s on C cores a
request may cost C/N seconds of CPU in all. POST lines are drawn afresh for every round (each
names a learner and a lesson not done yet), so every measured POST writes. As in `make bench`,
every GET is sent once before measuring and each POST's lesson page is opened first (repeat
views); `--cold` skips that, and then the figures are those of first views (a lesson's first
view also records the visit: an UPDATE, an INSERT and a commit).
"""

import argparse
import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.run import (  # noqa: E402
    PRELUDES,
    PYTHON,
    Processes,
    bench_environment,
    lines_warm,
    log,
    requests_prepare,
    wait_for_port,
    wrk_run,
)

PORT = 8803
GROUPS = ("gunicorn", "postgres", "redis-server", "wrk")
TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds() -> dict[str, float]:
    """CPU time (user + system) by group: the running servers from /proc; wrk, which has ended
    by the time this is read, from this process's waited-for children."""
    totals = dict.fromkeys(GROUPS, 0.0)
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
            stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        for group in GROUPS[:-1]:
            if group in cmdline:
                totals[group] += (int(stat[11]) + int(stat[12])) / TICKS
                break
    times = os.times()
    totals["wrk"] = times.children_user + times.children_system
    return totals


def answer_of(line: str) -> tuple[int, int]:
    """The real response's status and size, from one request through Django in this process."""
    from django.core.handlers.wsgi import WSGIHandler

    from bench.hot_path_profile import environ_for

    statuses = []
    body = b"".join(
        WSGIHandler()(environ_for(line), lambda status, headers, *_: statuses.append(status))
    )
    return int(statuses[0].split()[0]), len(body)


def serve(processes: Processes, app: str, env: dict):
    gunicorn = str(Path(PYTHON).parent / "gunicorn")
    cores = os.cpu_count() or 2
    process = processes.start(
        [gunicorn, app, "--bind", f"127.0.0.1:{PORT}", "--keep-alive", "5", "--preload"]
        + ["--workers", str(2 * cores + 1), "--worker-class", "sync", "--log-level", "error"],
        ROOT / "bench" / ".run" / "ceiling-gunicorn.log",
        env=env,
    )
    wait_for_port(PORT)
    return process


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="user_lesson,user_course64,post_complete")
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--cold", action="store_true", help="Measure first views: no warming.")
    parser.add_argument("--modes", default="chain,page", help="chain, page or both")
    args = parser.parse_args()
    bench_environment()
    import django

    django.setup()
    (ROOT / "bench" / ".run").mkdir(exist_ok=True)
    processes = Processes()
    rows = []
    try:
        for name in [n for n in args.only.split(",") if n]:
            for round_number in range(1, args.rounds + 1):
                endpoint = requests_prepare()[name]
                status, size = answer_of(endpoint.lines.pop(0))
                for mode in args.modes.split(","):
                    env = {**os.environ}
                    app = "lms.wsgi:application"
                    if mode == "chain":
                        app = "bench.ceiling_app:application"
                        env.update(BENCH_CEILING_STATUS=str(status), BENCH_CEILING_BYTES=str(size))
                    process = serve(processes, app, env)
                    if endpoint.writes:
                        wrk_run(endpoint, PORT, 3)  # every worker warm
                        if mode == "page":  # the warming wrote some: draw the lines again
                            endpoint = requests_prepare()[name]
                        if not args.cold:
                            lines_warm(endpoint.preludes[:PRELUDES], PORT)
                    elif not args.cold:
                        lines_warm(endpoint.lines, PORT)
                        wrk_run(endpoint, PORT, 3)  # and every worker process once more
                    before = cpu_seconds()
                    result = wrk_run(endpoint, PORT, args.seconds)
                    after = cpu_seconds()
                    processes.stop(process)
                    per_request = {
                        group: (after[group] - before[group]) * 1000 / result["requests"]
                        for group in GROUPS
                    }
                    rows.append((name, round_number, mode, status, size, result, per_request))
                    log(
                        f"{name} round {round_number} {mode}: {result['rps']:.0f} req/s, "
                        f"p95 {result['p95']:.1f} ms, {result['errors']} errors, "
                        f"statuses {result['statuses']}; CPU ms per request "
                        + ", ".join(f"{g} {v:.2f}" for g, v in per_request.items())
                    )
    finally:
        processes.stop_all()
    out = io.StringIO()
    out.write(
        "| endpoint | round | served | answer | req/s | p95 ms | errors "
        "| CPU ms/request: gunicorn | postgres | redis | wrk | all |\n"
        "| --- | ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n"
    )
    for name, round_number, mode, status, size, result, cpu in rows:
        out.write(
            f"| {name} | {round_number} | {mode} | {status}, {size:,} bytes "
            f"| {result['rps']:.0f} | {result['p95']:.1f} | {result['errors']} "
            f"| {cpu['gunicorn']:.2f} | {cpu['postgres']:.2f} | {cpu['redis-server']:.2f} "
            f"| {cpu['wrk']:.2f} | {sum(cpu.values()):.2f} |\n"
        )
    sys.stdout.write(out.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main())
