"""`python bench/quiz_import_gift.py [--questions 1000] [--runs 5]`: the GIFT import preview.

Generates a GIFT file of N questions shaped like Moodle 4's exports (every type GIFT holds,
`[html]` texts with multilang spans, weights, feedback, `$CATEGORY` lines, `// [id:] [tag:]`
comments) and times what the admin preview does with it: parse, build the report, and render
the report table. No database. The target (issue 17): 1,000 questions under 2 s.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.test")

SHAPES = [
    '::MC {n}::[html]<p><span lang\\="ky" class\\="multilang">Суроо {n}?</span>'
    '<span lang\\="en" class\\="multilang">Question {n}?</span></p>{{\n'
    "\t=Туура / Right#Ооба\n\t~Туура эмес / Wrong#Жок\n\t~Башка / Other\n\t####Түшүндүрмө {n}.\n}}",
    "::Multi {n}::[html]<p>Select all {n}</p>{{\n\t~%50%A\n\t~%50%B\n\t~%-100%C\n}}",
    "::TF {n}::[html]<p>Statement {n}.</p>{{TRUE#No#Yes####True.}}",
    "::SA {n}::[html]<p>Capital {n}?</p>{{\n\t=Бишкек#Туура\n\t=Bishkek\n\t=%0%*#Wrong\n}}",
    "::Num {n}::[html]<p>How many {n}?</p>{{#\n\t=%100%100:0.5#Right\n\t=%50%100:10#Close\n"
    "\t~#Wrong\n}}",
    "::Match {n}::[html]<p>Match {n}</p>{{\n\t=A -> 1\n\t=B -> 2\n\t=C -> 3\n}}",
    "::Thirds {n}::[markdown]Pick **three** {n} {{\n\t~%33.33333%A\n\t~%33.33333%B\n"
    "\t~%33.33333%C\n\t~%-100%D\n}}",
    "::Essay {n}::[html]<p>Write {n}</p>{{####Graded by hand.}}",
    "::Desc {n}::[html]<p>Read this {n}.</p>",
]


def gift_file(count: int) -> str:
    blocks = []
    for n in range(count):
        if n % 50 == 0:
            blocks.append(f"$CATEGORY: $course$/top/Bank // Банк/Part {n // 50 + 1}")
        shape = SHAPES[n % len(SHAPES)]
        blocks.append(f"// question: {n}\n// [id:q-{n}] [tag:bench]\n" + shape.format(n=n))
    return "\n\n".join(blocks) + "\n"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--questions", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    import django

    django.setup()
    from django.conf import settings
    from django.template import Context, Template
    from django.utils import translation

    from courses.quizzes.formats.gift import gift_parse
    from courses.quizzes.formats.report import report_counts, report_from_result

    settings.QUIZ_IMPORT_MAX_QUESTIONS = max(settings.QUIZ_IMPORT_MAX_QUESTIONS, args.questions)
    source = gift_file(args.questions)
    table = Template(
        "{% load quiz_tags %}{% for item in report %}<tr><td>{{ item.where }}</td><td>"
        "{% if item.qtype %}{{ item.qtype|question_type_name }}{% endif %}</td><td>"
        "{{ item.name|truncatechars:120 }}</td><td>{{ item.outcome }}</td></tr>{% endfor %}"
    )
    times, cpu = [], []
    with translation.override("en"):
        for _run in range(args.runs):
            start, start_cpu = time.perf_counter(), time.process_time()
            result = gift_parse(source)
            report = report_from_result(result)
            html = table.render(Context({"report": report}))
            times.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
    counts = report_counts(report)
    out = sys.stdout
    out.write(f"GIFT file: {args.questions} questions, {len(source.encode()) / 1024:.0f} KiB\n")
    out.write(f"report: {counts}; table {len(html) / 1024:.0f} KiB\n")
    out.write(
        f"preview (parse + report + table), {args.runs} runs: median {statistics.median(times):.3f}"
        f" s, max {max(times):.3f} s; CPU time median {statistics.median(cpu):.3f} s\n"
    )


if __name__ == "__main__":
    main()
