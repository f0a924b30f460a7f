"""Authoring in the admin: the Assignments and Rubrics snippets. Trainers see and change only
their own courses' (both ways, every view with an object), managers all; the forms keep the
settings consistent; a rubric that grades use is frozen and cannot be deleted."""

import json
from decimal import Decimal
from html import unescape

from django.contrib.auth.models import Group
from django.urls import reverse

import pytest

from courses.assignments.models import Assignment, CriterionScore, Rubric, RubricLevel
from lms.accounts.roles import LEARNER, MANAGER, REVIEWER, TRAINER
from tests.factories.assignments import (
    AssignmentFactory,
    GradeFactory,
    RubricFactory,
    SubmissionFactory,
)
from tests.factories.courses import LessonPageFactory

pytestmark = pytest.mark.django_db


def admin_url(model: str, view: str, *args) -> str:
    return reverse(f"wagtailsnippets_assignments_{model}:{view}", args=args)


def html_of(response) -> str:
    return unescape(response.content.decode())


def draftail(text: str) -> str:
    """What Draftail posts for one paragraph."""
    return json.dumps(
        {
            "blocks": [
                {
                    "key": "a1b2c",
                    "text": text,
                    "type": "unstyled",
                    "depth": 0,
                    "inlineStyleRanges": [],
                    "entityRanges": [],
                }
            ],
            "entityMap": {},
        }
    )


def assignment_form(lesson, **changes) -> dict:
    data = {
        "lesson": lesson.pk,
        "title": "Тендердин техникалык тапшырмасы",
        "title_ru": "",
        "title_en": "Tender specification",
        "instructions": draftail("Write the specification."),
        "accepts_text": "on",
        "word_limit": "500",
        "accepts_files": "on",
        "file_types": "PDF, .docx; JPG",
        "max_files": "3",
        "max_file_mb": "10",
        "opens_at": "2026-12-01 09:00",
        "due_at": "2026-12-10 17:00",
        "cutoff_at": "2026-12-12 17:00",
        "grading_due_at": "",
        "require_submit": "on",
        "attempts_reopen": "manual",
        "max_attempts": "0",
        "grading_type": "points",
        "max_points": "100",
        "rubric": "",
        "pass_mark": "60",
        "completion": "submit",
        "release_at_once": "on",
    }
    data.update(changes)
    return {k: v for k, v in data.items() if v is not None}


def rubric_form(course, criteria, title="Тапшырманын критерийлери", rubric=None) -> dict:
    """The nested form as the admin posts it: criteria, each with its levels. `criteria` is
    [(text, [(points, text), ...]), ...]; with `rubric`, the existing rows' ids are sent."""
    existing = list(rubric.criteria.all()) if rubric else []
    data = {
        "course": course.pk,
        "title": title,
        "title_ru": "",
        "title_en": "",
        "criteria-TOTAL_FORMS": str(len(criteria)),
        "criteria-INITIAL_FORMS": str(len(existing)),
        "criteria-MIN_NUM_FORMS": "1",
        "criteria-MAX_NUM_FORMS": "1000",
    }
    for c, (text, levels) in enumerate(criteria):
        prefix = f"criteria-{c}"
        criterion = existing[c] if c < len(existing) else None
        old_levels = list(criterion.levels.all()) if criterion else []
        data.update(
            {
                f"{prefix}-id": criterion.pk if criterion else "",
                f"{prefix}-ORDER": str(c + 1),
                f"{prefix}-description": text,
                f"{prefix}-description_ru": "",
                f"{prefix}-description_en": text,
                f"{prefix}-levels-TOTAL_FORMS": str(len(levels)),
                f"{prefix}-levels-INITIAL_FORMS": str(len(old_levels)),
                f"{prefix}-levels-MIN_NUM_FORMS": "2",
                f"{prefix}-levels-MAX_NUM_FORMS": "1000",
            }
        )
        for n, (points, level_text) in enumerate(levels):
            level = old_levels[n] if n < len(old_levels) else None
            data.update(
                {
                    f"{prefix}-levels-{n}-id": level.pk if level else "",
                    f"{prefix}-levels-{n}-ORDER": str(n + 1),
                    f"{prefix}-levels-{n}-points": str(points),
                    f"{prefix}-levels-{n}-description": level_text,
                    f"{prefix}-levels-{n}-description_ru": "",
                    f"{prefix}-levels-{n}-description_en": level_text,
                }
            )
    return data


def criteria_of(rubric) -> list:
    return [
        (c.description, [(int(level.points), level.description) for level in c.levels.all()])
        for c in rubric.criteria.all()
    ]


@pytest.fixture
def other_assignment(other_lesson):
    return AssignmentFactory(lesson=other_lesson)


@pytest.fixture
def other_rubric(other_course):
    return RubricFactory(course=other_course)


# ---- roles ----------------------------------------------------------------------------------


def test_roles_hold_the_assignment_permissions():
    wanted = {
        f"{action}_{model}"
        for model in ("assignment", "rubric")
        for action in ("add", "change", "delete", "view")
    }

    def codenames(role):
        return set(
            Group.objects.get(name=role)
            .permissions.filter(content_type__app_label="assignments")
            .values_list("codename", flat=True)
        )

    assert codenames(TRAINER) == codenames(MANAGER) == wanted
    assert codenames(REVIEWER) == codenames(LEARNER) == set()


# ---- who sees and changes what --------------------------------------------------------------


def test_trainer_lists_and_opens_only_their_courses(
    client, trainer, assignment, other_assignment, rubric, other_rubric
):
    client.force_login(trainer)
    for model, mine, theirs in (
        ("assignment", assignment, other_assignment),
        ("rubric", rubric, other_rubric),
    ):
        listing = client.get(admin_url(model, "list"))
        assert listing.status_code == 200
        html = listing.content.decode()
        assert admin_url(model, "edit", mine.pk) in html
        assert admin_url(model, "edit", theirs.pk) not in html
        assert client.get(admin_url(model, "edit", mine.pk)).status_code == 200
        # Wagtail answers a refusal in the admin with a redirect to the dashboard.
        for view in ("edit", "delete", "history", "usage", "copy"):
            response = client.get(admin_url(model, view, theirs.pk))
            assert (response.status_code, response["Location"]) == (302, "/admin/"), (model, view)
        before = Assignment.objects.count(), Rubric.objects.count()
        client.post(admin_url(model, "delete", theirs.pk))
        assert (Assignment.objects.count(), Rubric.objects.count()) == before


def test_manager_opens_every_course(client, manager, other_assignment, other_rubric):
    client.force_login(manager)
    assert client.get(admin_url("assignment", "edit", other_assignment.pk)).status_code == 200
    assert client.get(admin_url("rubric", "edit", other_rubric.pk)).status_code == 200


@pytest.mark.parametrize("who", ["reviewer", "enrolled"])
def test_reviewers_and_learners_have_no_assignment_admin(client, request, assignment, rubric, who):
    client.force_login(request.getfixturevalue(who))
    for url in (
        admin_url("assignment", "list"),
        admin_url("assignment", "edit", assignment.pk),
        admin_url("rubric", "add"),
        admin_url("rubric", "edit", rubric.pk),
    ):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(("/admin/", "/accounts/login/")), url


def test_anonymous_is_sent_to_sign_in(client, assignment):
    response = client.get(admin_url("assignment", "edit", assignment.pk))
    assert response.status_code == 302 and "/login/" in response["Location"]


# ---- the assignment form --------------------------------------------------------------------


def test_trainer_creates_an_assignment_for_their_lesson_only(
    client, trainer, course, lesson, other_lesson
):
    client.force_login(trainer)
    add = admin_url("assignment", "add")
    refused = client.post(add, assignment_form(other_lesson))
    assert refused.status_code == 200
    assert "Choose a lesson of a course you teach." in html_of(refused)
    created = client.post(add, assignment_form(lesson))
    assert created.status_code == 302, html_of(created)[:3000]
    assignment = Assignment.objects.get()
    assert assignment.lesson_key == lesson.translation_key
    assert assignment.course_key == course.translation_key
    assert assignment.file_types == "pdf, docx, jpg"
    assert assignment.allowed_extensions == ["pdf", "docx", "jpg"]
    again = client.post(add, assignment_form(lesson, title="Second"))
    assert "This lesson already has an assignment: edit that one." in html_of(again)
    assert Assignment.objects.count() == 1


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"grading_type": "rubric"}, "Grading by rubric needs a rubric"),
        ({"cutoff_at": "2026-12-09 17:00"}, "The cut-off cannot be before the due date."),
        ({"opens_at": "2026-12-11 09:00"}, "The assignment must open before it is due."),
        ({"grading_due_at": "2026-12-09 09:00"}, "Grading cannot be due before the work is."),
        ({"file_types": "pdf, exe, zip"}, "These file types cannot be checked and are not "),
        ({"file_types": " , "}, "List at least one file type"),
        ({"accepts_text": None, "accepts_files": None}, "Accept online text, file uploads"),
    ],
)
def test_assignment_settings_must_agree(client, trainer, lesson, changes, message):
    client.force_login(trainer)
    response = client.post(admin_url("assignment", "add"), assignment_form(lesson, **changes))
    assert response.status_code == 200
    assert message in html_of(response)
    assert not Assignment.objects.exists()


def test_the_rubric_must_be_of_the_same_course(
    client, trainer, lesson, rubric, other_rubric, manager
):
    client.force_login(manager)  # a manager may see both rubrics: the course still decides
    response = client.post(
        admin_url("assignment", "add"),
        assignment_form(lesson, grading_type="rubric", rubric=other_rubric.pk),
    )
    assert "Choose a rubric of this assignment's course." in html_of(response)
    points_with_rubric = client.post(
        admin_url("assignment", "add"), assignment_form(lesson, rubric=rubric.pk)
    )
    assert "set grading to “Rubric”" in html_of(points_with_rubric)
    client.force_login(trainer)
    created = client.post(
        admin_url("assignment", "add"),
        assignment_form(lesson, grading_type="rubric", rubric=rubric.pk),
    )
    assert created.status_code == 302
    assert Assignment.objects.get().rubric == rubric


def test_graded_assignments_keep_their_grading_and_lesson(
    client, trainer, course, rubric_assignment, enrolled
):
    submission = SubmissionFactory(assignment=rubric_assignment, user=enrolled, submitted=True)
    GradeFactory(submission=submission)
    new_lesson = LessonPageFactory(parent=course, title="Another")
    client.force_login(trainer)
    url = admin_url("assignment", "edit", rubric_assignment.pk)
    response = client.post(url, assignment_form(rubric_assignment.lesson, grading_type="points"))
    assert "Grades have been given: the way of grading" in html_of(response)
    moved = client.post(
        url,
        assignment_form(new_lesson, grading_type="rubric", rubric=rubric_assignment.rubric.pk),
    )
    assert "it stays on its lesson" in html_of(moved)
    kept = client.post(
        url,
        assignment_form(
            rubric_assignment.lesson,
            grading_type="rubric",
            rubric=rubric_assignment.rubric.pk,
            title_en="Renamed",
        ),
    )
    assert kept.status_code == 302
    rubric_assignment.refresh_from_db()
    assert (rubric_assignment.title_en, rubric_assignment.grading_type) == ("Renamed", "rubric")


# ---- rubrics --------------------------------------------------------------------------------

CRITERIA = [
    ("Volumes are named", [(0, "No"), (5, "Some"), (10, "All")]),
    ("Penalties are fair", [(0, "No"), (4, "Yes")]),
]


def test_trainer_writes_a_rubric_with_criteria_and_levels(client, trainer, course, other_course):
    client.force_login(trainer)
    add = admin_url("rubric", "add")
    refused = client.post(add, rubric_form(other_course, CRITERIA))
    assert "Choose a course you teach." in html_of(refused)
    created = client.post(add, rubric_form(course, CRITERIA))
    assert created.status_code == 302, html_of(created)[:3000]
    rubric = Rubric.objects.get()
    assert rubric.course_key == course.translation_key
    assert criteria_of(rubric) == [(t, [(p, d) for p, d in levels]) for t, levels in CRITERIA]


@pytest.fixture
def used_rubric(rubric_assignment, enrolled):
    """A rubric a grade was given with."""
    rubric = rubric_assignment.rubric
    submission = SubmissionFactory(assignment=rubric_assignment, user=enrolled, submitted=True)
    grade = GradeFactory(submission=submission, points=Decimal(10), max_points=Decimal(20))
    for criterion in rubric.criteria.all():
        CriterionScore.objects.create(
            grade=grade, criterion=criterion, level=criterion.levels.all()[1]
        )
    return rubric


def test_a_used_rubric_is_frozen_and_says_so(client, trainer, course, used_rubric):
    client.force_login(trainer)
    url = admin_url("rubric", "edit", used_rubric.pk)
    page = client.get(url, follow=True)
    assert "This rubric has been used to grade work." in html_of(page)
    before = criteria_of(used_rubric)
    changed = [
        (before[0][0], [(0, "Missing"), (7, "Partly"), (10, "Fully, with figures")]),
        before[1],
    ]
    response = client.post(url, rubric_form(course, changed, rubric=used_rubric))
    assert response.status_code == 200
    assert "its criteria, levels and points can no longer change" in html_of(response)
    assert criteria_of(used_rubric) == before
    added = client.post(
        url, rubric_form(course, [*before, ("New", [(0, "a"), (1, "b")])], rubric=used_rubric)
    )
    assert "can no longer change" in html_of(added)
    assert used_rubric.criteria.count() == 2
    # Its title may still be corrected.
    renamed = client.post(url, rubric_form(course, before, title="Fixed typo", rubric=used_rubric))
    assert renamed.status_code == 302, html_of(renamed)[:3000]
    used_rubric.refresh_from_db()
    assert used_rubric.title == "Fixed typo" and criteria_of(used_rubric) == before


def test_an_unused_rubric_may_change(client, trainer, course, rubric):
    client.force_login(trainer)
    before = criteria_of(rubric)
    changed = [(before[0][0], [(0, "Missing"), (7, "Partly"), (10, "Fully")]), before[1]]
    response = client.post(
        admin_url("rubric", "edit", rubric.pk), rubric_form(course, changed, rubric=rubric)
    )
    assert response.status_code == 302, html_of(response)[:3000]
    assert sorted(
        RubricLevel.objects.filter(criterion__rubric=rubric).values_list("points", flat=True)
    )[2] == Decimal(5)  # the second criterion's 5 stays; the first's became 7
    assert Decimal(7) in RubricLevel.objects.values_list("points", flat=True)


def test_a_used_rubric_cannot_be_deleted(client, trainer, used_rubric):
    client.force_login(trainer)
    for method in (client.get, client.post):
        response = method(admin_url("rubric", "delete", used_rubric.pk), follow=True)
        html = html_of(response)
        assert "This rubric cannot be deleted: grades were given with it." in html
    assert Rubric.objects.filter(pk=used_rubric.pk).exists()


def test_a_rubric_chosen_by_an_assignment_cannot_be_deleted(client, trainer, rubric_assignment):
    client.force_login(trainer)
    rubric = rubric_assignment.rubric
    response = client.post(admin_url("rubric", "delete", rubric.pk), follow=True)
    assert "assignments use it" in html_of(response)
    assert rubric_assignment.title_en in html_of(response)
    assert Rubric.objects.filter(pk=rubric.pk).exists()


def test_a_free_rubric_is_deleted(client, trainer, rubric):
    client.force_login(trainer)
    response = client.post(admin_url("rubric", "delete", rubric.pk))
    assert response.status_code == 302
    assert not Rubric.objects.exists()
