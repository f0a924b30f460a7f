"""Trainers author in the Wagtail admin, reviewers approve, and rights stop at other courses.

Everything here goes through the admin's own views, as a person clicking would.
"""

from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.models import Page, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

import pytest

from courses.catalogue.models import CoursePage, LessonPage, ModulePage, Topic
from courses.catalogue.selectors import course_group_name

pytestmark = pytest.mark.django_db


def add_url(model, parent):
    return reverse(
        "wagtailadmin_pages:add", args=[model._meta.app_label, model._meta.model_name, parent.pk]
    )


def course_form(trainers=(), **overrides):
    data = {
        "title": "Street lighting by contract",
        "slug": "street-lighting",
        "summary": "How an ayil okmotu hands street lighting to a private operator.",
        "description": rich_text("<p>Why, how and what to watch.</p>"),
        "cover_alt": "",
        "topic": Topic.objects.get(slug="private-sector-involvement").pk,
        "level": "beginner",
        "estimated_hours": 3,
        "outcomes": streamfield([("outcome", "Write a lighting contract")]),
        "completion_requirements": "Finish every lesson.",
        "enrolment_method": "open",
        "enrolment_key": "",
        "capacity": "",
        "enrolment_opens_at": "",
        "enrolment_closes_at": "",
        "certificate_enabled": "on",
        "ends_at": "",
        "inactivity_reminder_days": 14,
        "comments": inline_formset([]),
    }
    data.update(overrides)
    # A multiple select posts the field once per value, which nested_form_data cannot express.
    return {**nested_form_data(data), "trainers": [t.pk for t in trainers]}


def module_form(**overrides):
    data = {"title": "Getting started", "slug": "getting-started", "intro": ""}
    data.update(overrides)
    return nested_form_data({**data, "comments": inline_formset([])})


def lesson_form(**overrides):
    data = {
        "title": "What a contract covers",
        "slug": "what-a-contract-covers",
        "summary": "",
        "body": streamfield([("paragraph", rich_text("<p>The contract names the service.</p>"))]),
        "estimated_minutes": 12,
        "required_for_completion": "on",
        "comments": inline_formset([]),
    }
    data.update(overrides)
    return nested_form_data(data)


def approve(client, page):
    state = WorkflowState.objects.get(object_id=str(page.pk), status="in_progress")
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[page.pk, "approve", state.current_task_state.pk],
    )
    return client.post(url, {"comment": ""})


def test_trainer_creates_course_module_lesson_submits_and_reviewer_publishes(
    client, catalogue, make_user
):
    trainer = make_user(role="Trainer")
    reviewer = make_user(role="Reviewer")
    client.force_login(trainer)

    # The trainer who starts a course finds themselves already named as its trainer.
    form = client.get(add_url(CoursePage, catalogue)).context["form"]
    assert form.initial["trainers"] == [trainer.pk]
    response = client.post(add_url(CoursePage, catalogue), course_form(trainers=[trainer]))
    assert response.status_code == 302, response.context["form"].errors
    course = CoursePage.objects.get(slug="street-lighting")
    assert not course.live
    assert list(course.trainers.all()) == [trainer]
    assert trainer.groups.filter(name=course_group_name(course.translation_key)).exists()

    response = client.post(add_url(ModulePage, course), module_form(**{"action-submit": "1"}))
    assert response.status_code == 302
    module = ModulePage.objects.get(slug="getting-started")
    response = client.post(add_url(LessonPage, module), lesson_form(**{"action-publish": "1"}))
    assert response.status_code == 302
    lesson = LessonPage.objects.get(slug="what-a-contract-covers")
    assert not lesson.live  # a trainer's "publish" only saves a draft
    client.post(
        reverse("wagtailadmin_pages:edit", args=[lesson.pk]),
        lesson_form(**{"action-submit": "1"}),
    )
    # Submitting the course from its edit view starts the review workflow: no publishing.
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[course.pk]),
        course_form(trainers=[trainer], **{"action-submit": "1"}),
    )
    assert response.status_code == 302
    for page in (course, module, lesson):
        page.refresh_from_db()
        assert page.workflow_in_progress and not page.live
    assert client.get("/ky/courses/").context["cards"] == []
    approve(client, course)  # a trainer cannot approve their own submission
    course.refresh_from_db()
    assert not course.live

    client.force_login(reviewer)
    for page in (course, module, lesson):
        assert approve(client, page).status_code == 302
        page.refresh_from_db()
        assert page.live
    client.logout()
    response = client.get("/ky/courses/")
    assert [card["course"].title for card in response.context["cards"]] == [
        "Street lighting by contract"
    ]
    assert response.context["cards"][0]["course"].lesson_count == 1
    assert client.get(course.url).status_code == 200
    assert client.get(lesson.url).status_code == 403  # lessons are for enrolled learners


def test_reviewer_cannot_approve_without_a_submission_and_learner_cannot_enter_admin(
    client, make_course, make_user
):
    course = make_course()
    client.force_login(make_user(role="Learner"))
    assert client.get(reverse("wagtailadmin_pages:edit", args=[course.pk])).status_code == 302


def test_trainer_cannot_edit_add_to_delete_or_move_another_trainers_course(
    client, make_course, make_user
):
    owner, other = make_user(role="Trainer"), make_user(role="Trainer")
    course = make_course(trainers=[owner])
    lesson = LessonPage.objects.descendant_of(course).first()
    client.force_login(other)
    assert client.get(reverse("wagtailadmin_pages:edit", args=[course.pk])).status_code == 302
    assert client.get(reverse("wagtailadmin_pages:edit", args=[lesson.pk])).status_code == 302
    response = client.post(add_url(LessonPage, course), lesson_form())
    assert response.status_code == 302
    assert not LessonPage.objects.filter(slug="what-a-contract-covers").exists()
    assert client.get(reverse("wagtailadmin_pages:delete", args=[course.pk])).status_code == 302
    assert client.get(reverse("wagtailadmin_pages:move", args=[course.pk])).status_code == 302


def test_trainer_edits_own_course_but_cannot_publish_delete_or_move_it(
    client, make_course, make_user
):
    trainer = make_user(role="Trainer")
    course = make_course(trainers=[trainer])
    client.force_login(trainer)
    assert client.get(reverse("wagtailadmin_pages:edit", args=[course.pk])).status_code == 200
    response = client.post(add_url(LessonPage, course), lesson_form())
    assert response.status_code == 302
    assert LessonPage.objects.filter(slug="what-a-contract-covers", live=False).exists()

    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[course.pk]),
        course_form(trainers=[trainer], title="Renamed", **{"action-publish": "1"}),
    )
    course.refresh_from_db()
    assert course.title != "Renamed"  # saved as a draft at most, never published
    assert client.get(reverse("wagtailadmin_pages:delete", args=[course.pk])).status_code == 302
    assert client.post(reverse("wagtailadmin_pages:delete", args=[course.pk])).status_code == 302
    assert Page.objects.filter(pk=course.pk).exists()
    assert client.get(reverse("wagtailadmin_pages:move", args=[course.pk])).status_code == 302


def test_unassigning_a_trainer_removes_their_rights(client, make_course, make_user):
    first, second = make_user(role="Trainer"), make_user(role="Trainer")
    course = make_course(trainers=[first, second])
    client.force_login(second)
    assert client.get(reverse("wagtailadmin_pages:edit", args=[course.pk])).status_code == 200
    client.force_login(first)
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[course.pk]), course_form(trainers=[first])
    )
    assert response.status_code == 302
    group = Group.objects.get(name=course_group_name(course.translation_key))
    assert list(group.user_set.all()) == [first]
    client.force_login(second)
    assert client.get(reverse("wagtailadmin_pages:edit", args=[course.pk])).status_code == 302


def test_trainer_can_start_a_course_only_in_the_catalogue(client, catalogue, home_page, make_user):
    client.force_login(make_user(role="Trainer"))
    assert client.get(add_url(CoursePage, catalogue)).status_code == 200
    response = client.get(
        reverse("wagtailadmin_pages:add", args=["catalogue", "courseindexpage", home_page.pk])
    )
    assert response.status_code == 302


def test_course_form_rejects_key_method_without_key_and_keeps_input(client, catalogue, make_user):
    client.force_login(make_user(role="Manager"))
    response = client.post(add_url(CoursePage, catalogue), course_form(enrolment_method="key"))
    assert response.status_code == 200
    assert "enrolment_key" in response.context["form"].errors
    assert "Street lighting by contract" in response.content.decode()
    assert not CoursePage.objects.filter(slug="street-lighting").exists()


def test_trainer_copies_own_course_into_a_draft_they_can_edit(client, make_course, make_user):
    trainer, other = make_user(role="Trainer"), make_user(role="Trainer")
    course = make_course(trainers=[trainer, other], lessons=2, modules=1)
    client.force_login(trainer)
    response = client.post(
        reverse("wagtailadmin_pages:copy", args=[course.pk]),
        {
            "new_title": "Second run",
            "new_slug": "second-run",
            "new_parent_page": course.get_parent().pk,
            "copy_subpages": "on",
        },
    )
    assert response.status_code == 302
    copy = CoursePage.objects.get(slug="second-run")
    assert not copy.live and copy.translation_key != course.translation_key
    group = Group.objects.get(name=course_group_name(copy.translation_key))
    assert set(group.user_set.all()) == {trainer, other}
    client.force_login(other)
    assert client.get(reverse("wagtailadmin_pages:edit", args=[copy.pk])).status_code == 200


def test_course_form_rejects_enrolment_closing_before_it_opens(client, catalogue, make_user):
    client.force_login(make_user(role="Manager"))
    response = client.post(
        add_url(CoursePage, catalogue),
        course_form(enrolment_opens_at="2026-12-10 09:00", enrolment_closes_at="2026-12-01 09:00"),
    )
    assert response.status_code == 200
    assert "enrolment_closes_at" in response.context["form"].errors


@pytest.mark.parametrize(("role", "allowed"), [("Trainer", False), ("Manager", True)])
def test_only_managers_edit_the_topic_list(client, home_page, make_user, role, allowed):
    client.force_login(make_user(role=role))
    response = client.get(reverse("wagtailsnippets_catalogue_topic:add"))
    assert (response.status_code == 200) is allowed


def test_manager_deletes_a_course_and_its_trainer_group_goes(client, make_course, make_user):
    course = make_course(trainers=[make_user(role="Trainer")], lessons=1, modules=0)
    name = course_group_name(course.translation_key)
    client.force_login(make_user(role="Manager"))
    response = client.post(reverse("wagtailadmin_pages:delete", args=[course.pk]))
    assert response.status_code == 302
    assert not CoursePage.objects.filter(pk=course.pk).exists()
    assert not Group.objects.filter(name=name).exists()
