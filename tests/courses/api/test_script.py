"""docs/api_enrol.py, the script docs/api.md shows, run against a live server."""

import importlib.util
import io
from pathlib import Path

import pytest

from courses.enrolment.models import Enrollment
from courses.enrolment.services import enrollment_create
from courses.progress.services import lesson_complete

SCRIPT = Path(__file__).resolve().parents[3] / "docs" / "api_enrol.py"


def _script():
    spec = importlib.util.spec_from_file_location("api_enrol", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_script_enrols_a_list_and_reads_progress_back(
    live_server, home_page, make_course, make_user, lessons_of, token_for, tmp_path, monkeypatch
):
    trainer = make_user(role="Trainer")
    course = make_course(lessons=2, trainers=[trainer])
    people = [make_user(role="Learner", email=f"p{n}@example.org") for n in range(3)]
    enrollment_create(user=people[0], course=course)
    lesson_complete(user=people[0], lesson=lessons_of(course)[0])
    emails = tmp_path / "emails.txt"
    emails.write_text("p0@example.org\nP1@example.org\np2@example.org\nnobody@example.org\n")
    monkeypatch.setenv("ACADEMY_TOKEN", token_for(trainer))
    out = io.StringIO()
    module = _script()
    module.enrol_and_report(
        base=live_server.url,
        token=token_for(trainer),
        course=str(course.translation_key),
        emails=emails.read_text().split(),
        out=out,
    )
    lines = out.getvalue().splitlines()
    assert lines[:4] == [
        "p0@example.org: already",
        "P1@example.org: enrolled",
        "p2@example.org: enrolled",
        "nobody@example.org: no_account",
    ]
    assert Enrollment.objects.filter(course_key=course.translation_key).count() == 3
    assert "p0@example.org\tactive\t1/2\t50%" in lines
    assert "p1@example.org\tactive\t0/2\t0%" in lines
    module.main(["--base", live_server.url, "--course", str(course.translation_key), str(emails)])
    assert Enrollment.objects.filter(course_key=course.translation_key).count() == 3
