"""A trainer taken off a course's trainer list loses the course everywhere at once, even though
they still own (created) its pages: Wagtail lets an owner with "add" somewhere above edit a page,
and every trainer holds "add" on the catalogue.

Each test checks a screen both ways with the same person: allowed while on the list, refused
after a manager removes them in the admin (with their access already read into the cache), and
nothing changed in the database.
"""

import csv
import io
from dataclasses import dataclass

from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.admin.models import EditingSession
from wagtail.models import Page, PageLogEntry, Revision, WorkflowState
from wagtail.permissions import policy_registry

import pytest

from courses.catalogue.models import CoursePage, LessonPage, ModulePage
from courses.catalogue.selectors import course_group_name
from courses.enrolment.models import Enrollment, EnrollmentStatus
from courses.enrolment.services import enrollment_create
from courses.quizzes.models import Quiz
from tests.courses.catalogue.test_admin_publishing import (
    add_url,
    course_form,
    lesson_form,
    module_form,
)
from tests.factories.courses import LessonPageFactory, ModulePageFactory
from tests.factories.quizzes import quiz_with_questions

pytestmark = pytest.mark.django_db

ADMIN_HOME = "/admin/"


@dataclass
class Taught:
    """A live course with a live module and lesson, and a draft module and a draft lesson: every
    page created (owned) by `trainer`, who is on the trainer list with `colleague`."""

    course: CoursePage
    module: ModulePage  # live
    lesson: LessonPage  # live, not an open preview
    draft_module: ModulePage
    draft_lesson: LessonPage  # in the live module
    trainer: object
    colleague: object
    manager: object

    def page(self, which: str) -> Page:
        return {"course": self.course, "module": self.draft_module, "lesson": self.draft_lesson}[
            which
        ]


@pytest.fixture
def taught(make_course, make_user):
    trainer, colleague = make_user(role="Trainer"), make_user(role="Trainer")
    course = make_course(
        lessons=2, modules=1, trainers=[trainer, colleague], enrolment_method="approval"
    )
    module = ModulePage.objects.child_of(course).get()
    draft_module = ModulePageFactory(parent=course, live=False, title="Draft module")
    draft_lesson = LessonPageFactory(parent=module, live=False, title="Draft lesson")
    Page.objects.filter(path__startswith=course.path).update(owner=trainer)
    pages = [course, module, draft_module, draft_lesson]
    for page in pages:
        page.refresh_from_db()
        page.save_revision(user=trainer)
    return Taught(
        course=course,
        module=module,
        lesson=LessonPage.objects.child_of(module).live().get(open_preview=False),
        draft_module=draft_module,
        draft_lesson=draft_lesson,
        trainer=trainer,
        colleague=colleague,
        manager=make_user(role="Manager"),
    )


def trainer_remove(client, taught) -> None:
    """A manager unticks the trainer in the course form and publishes, as a person would."""
    client.force_login(taught.manager)
    course = taught.course
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[course.pk]),
        course_form(
            trainers=[taught.colleague],
            title=course.title,
            slug=course.slug,
            enrolment_method=course.enrolment_method,
            **{"action-publish": "1"},
        ),
    )
    assert response.status_code == 302
    group = Group.objects.get(name=course_group_name(course.translation_key))
    assert list(group.user_set.all()) == [taught.colleague]
    assert Page.objects.get(pk=course.pk).owner_id == taught.trainer.pk  # still the owner
    client.cookies.pop("messages", None)  # the manager's "published" notice names the course
    client.force_login(taught.trainer)


def refused(response) -> bool:
    """Wagtail's admin answers a refusal with a redirect to its home (or a 403/404)."""
    if response.status_code == 302:
        return response["Location"] == ADMIN_HOME
    return response.status_code in (403, 404)


def snapshot(taught) -> dict:
    """What a refused action must leave as it was."""
    pages = Page.objects.filter(path__startswith=taught.course.path)
    return {
        "pages": sorted(pages.values_list("pk", "path", "title", "live", "latest_revision_id")),
        "revisions": Revision.page_revisions.count(),
        "workflows": WorkflowState.objects.count(),
        "logs": PageLogEntry.objects.count(),
        "group": sorted(
            Group.objects.get(
                name=course_group_name(taught.course.translation_key)
            ).user_set.values_list("pk", flat=True)
        ),
    }


# ---- the teaching screens -------------------------------------------------------------------


def teach_url(name, course, *args):
    return reverse(name, args=[course.translation_key, *args])


def test_teaching_screens_follow_the_trainer_list(client, taught, make_user):
    course = taught.course
    first, second = (
        enrollment_create(user=make_user(role="Learner"), course=course) for _ in range(2)
    )
    newcomer = make_user(role="Learner")
    screens = [
        teach_url("progress:participants", course),
        teach_url("progress:participant", course, first.pk),
        teach_url("progress:export", course, "csv"),
        teach_url("progress:export", course, "xlsx"),
        teach_url("enrolment:bulk", course),
    ]
    client.force_login(taught.trainer)
    assert course.title in client.get(reverse("progress:teach")).content.decode()
    for url in screens:
        assert client.get(url).status_code == 200, url
    assert client.post(teach_url("enrolment:approve", course, first.pk)).status_code == 302
    first.refresh_from_db()
    assert first.status == EnrollmentStatus.ACTIVE

    trainer_remove(client, taught)
    assert course.title not in client.get(reverse("progress:teach")).content.decode()
    for url in screens:
        assert client.get(url).status_code == 404, url
    for url in (
        teach_url("enrolment:approve", course, second.pk),
        teach_url("enrolment:reject", course, second.pk),
        teach_url("enrolment:participant_withdraw", course, first.pk),
    ):
        assert client.post(url).status_code == 404, url
    response = client.post(
        teach_url("enrolment:bulk", course), {"action": "pick", "users": [newcomer.pk]}
    )
    assert response.status_code == 404
    response = client.post(teach_url("enrolment:add", course), {"email": newcomer.email})
    assert response.status_code == 404
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.status, second.status) == (EnrollmentStatus.ACTIVE, EnrollmentStatus.PENDING)
    assert not Enrollment.objects.filter(user=newcomer).exists()
    # The colleague still on the list keeps every screen.
    client.force_login(taught.colleague)
    assert client.get(screens[0]).status_code == 200


def test_reading_lessons_and_the_participants_link_follow_the_trainer_list(client, taught):
    client.force_login(taught.trainer)
    participants = teach_url("progress:participants", taught.course)
    assert client.get(taught.lesson.url).status_code == 200
    assert participants in client.get(taught.course.url).content.decode()

    trainer_remove(client, taught)
    assert client.get(taught.lesson.url).status_code == 403  # locked: not enrolled
    assert participants not in client.get(taught.course.url).content.decode()


def test_reports_and_their_exports_follow_the_trainer_list(client, taught, make_user):
    course = taught.course
    learner = make_user(role="Learner", full_name="Aida Reportable")
    Enrollment.objects.create(
        user=learner, course_key=course.translation_key, status=EnrollmentStatus.ACTIVE
    )
    courses_table = reverse("reports:breakdown", args=["courses"])
    export = reverse("reports:export") + "?table=learners&format=csv"
    filtered = {"course": str(course.translation_key)}
    client.force_login(taught.trainer)
    assert course.title in client.get(courses_table).content.decode()
    rows = list(csv.reader(io.StringIO(client.get(export).content.decode("utf-8-sig"))))
    assert any("Aida Reportable" in row for row in rows)
    dashboard = reverse("reports:dashboard")
    assert not client.get(dashboard, filtered).context["form"].errors

    trainer_remove(client, taught)
    assert course.title not in client.get(courses_table).content.decode()
    rows = list(csv.reader(io.StringIO(client.get(export).content.decode("utf-8-sig"))))
    assert not any("Aida Reportable" in row for row in rows)
    assert "course" in client.get(dashboard, filtered).context["form"].errors


def test_gradebook_quiz_preview_and_quiz_admin_follow_the_trainer_list(client, taught):
    course = taught.course
    quiz = quiz_with_questions(lesson=taught.lesson)
    admin_screens = [
        reverse("quiz_admin:gradebook", args=[course.pk]),
        reverse("quiz_admin:gradebook_export", args=[course.pk, "csv"]),
        reverse("quiz_admin:import", args=[quiz.pk]),
        reverse("quiz_admin:export", args=[quiz.pk]),
        reverse("wagtailsnippets_quizzes_quiz:edit", args=[quiz.pk]),
        reverse("wagtailsnippets_quizzes_quiz:delete", args=[quiz.pk]),
    ]
    preview = reverse("quizzes:preview", kwargs={"lesson_id": taught.lesson.pk})
    listing = reverse("wagtailsnippets_quizzes_quiz:list")
    client.force_login(taught.trainer)
    for url in admin_screens:
        assert client.get(url).status_code == 200, url
    assert client.get(preview).status_code == 200
    assert course.title in client.get(reverse("quiz_admin:gradebook_index")).content.decode()
    assert admin_screens[4] in client.get(listing).content.decode()

    trainer_remove(client, taught)
    for url in admin_screens:
        assert refused(client.get(url)), url
    assert client.get(preview).status_code == 403
    assert course.title not in client.get(reverse("quiz_admin:gradebook_index")).content.decode()
    assert admin_screens[4] not in client.get(listing).content.decode()
    assert refused(client.post(admin_screens[5]))  # delete
    assert refused(client.post(admin_screens[4], {"title": "Taken over"}))
    assert Quiz.objects.get(pk=quiz.pk).title == quiz.title


# ---- the Wagtail admin: page views ----------------------------------------------------------


def page_urls(page) -> dict:
    revision = page.latest_revision
    return {
        "edit": reverse("wagtailadmin_pages:edit", args=[page.pk]),
        "history": reverse("wagtailadmin_pages:history", args=[page.pk]),
        "revision": reverse("wagtailadmin_pages:revisions_view", args=[page.pk, revision.pk]),
        "compare": reverse(
            "wagtailadmin_pages:revisions_compare", args=[page.pk, "earliest", "latest"]
        ),
        "view_draft": reverse("wagtailadmin_pages:view_draft", args=[page.pk]),
        "workflow_history": reverse("wagtailadmin_pages:workflow_history", args=[page.pk]),
        "copy": reverse("wagtailadmin_pages:copy", args=[page.pk]),
        "delete": reverse("wagtailadmin_pages:delete", args=[page.pk]),
        "move": reverse("wagtailadmin_pages:move", args=[page.pk]),
        "unpublish": reverse("wagtailadmin_pages:unpublish", args=[page.pk]),
        "preview": reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk]),
    }


# What a trainer on the list may open for each page: never delete, move or unpublish a course
# (publishers only), never unpublish anything (reviewers publish).
ALLOWED = {
    "course": ("edit", "history", "revision", "compare", "view_draft", "workflow_history", "copy"),
    "module": (
        "edit",
        "history",
        "revision",
        "compare",
        "view_draft",
        "workflow_history",
        "copy",
        "delete",
        "move",
    ),
}
ALLOWED["lesson"] = ALLOWED["module"]


def edit_form(taught, which: str, **overrides) -> dict:
    page = taught.page(which)
    fields = {"title": page.title, "slug": page.slug, **overrides}
    if which == "course":
        return course_form(
            trainers=[taught.trainer, taught.colleague],
            enrolment_method="approval",
            **fields,
        )
    return (module_form if which == "module" else lesson_form)(**fields)


@pytest.mark.parametrize("which", ["course", "module", "lesson"])
def test_admin_page_views_follow_the_trainer_list(client, taught, which):
    page = taught.page(which)
    urls = page_urls(page)
    client.force_login(taught.trainer)
    for name in ALLOWED[which]:
        assert client.get(urls[name]).status_code == 200, name
    preview = client.post(urls["preview"], edit_form(taught, which, title="Previewed"))
    assert preview.json()["is_valid"]

    trainer_remove(client, taught)
    before = snapshot(taught)
    for name, url in urls.items():
        assert refused(client.get(url)), name
    parent = page.get_parent()
    posts = [
        (urls["edit"], edit_form(taught, which, title="Taken over")),
        (urls["edit"], edit_form(taught, which, title="Taken over", **{"action-submit": "1"})),
        (urls["edit"], edit_form(taught, which, title="Taken over", **{"action-publish": "1"})),
        (urls["preview"], edit_form(taught, which, title="Taken over")),
        (urls["delete"], {}),
        (urls["unpublish"], {}),
        (
            urls["copy"],
            {
                "new_title": "Taken over",
                "new_slug": "taken-over",
                "new_parent_page": parent.pk,
                "copy_subpages": "on",
            },
        ),
        (reverse("wagtailadmin_pages:move_confirm", args=[page.pk, taught.module.pk]), {}),
        (reverse("wagtailadmin_pages:move_confirm", args=[page.pk, taught.course.pk]), {}),
    ]
    for url, data in posts:
        assert refused(client.post(url, data)), url
    assert snapshot(taught) == before
    assert not Page.objects.filter(title="Taken over").exists()


def test_a_removed_trainer_cannot_put_themselves_back_on_the_list(client, taught):
    trainer_remove(client, taught)
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[taught.course.pk]),
        edit_form(taught, "course"),  # ticks the trainer again
    )
    assert refused(response)
    group = Group.objects.get(name=course_group_name(taught.course.translation_key))
    assert list(group.user_set.all()) == [taught.colleague]


def test_admin_adding_pages_follows_the_trainer_list(client, taught):
    client.force_login(taught.trainer)
    assert client.get(add_url(LessonPage, taught.module)).status_code == 200
    assert client.get(add_url(ModulePage, taught.course)).status_code == 200

    trainer_remove(client, taught)
    before = snapshot(taught)
    assert refused(client.get(add_url(LessonPage, taught.module)))
    response = client.post(add_url(LessonPage, taught.module), lesson_form(slug="intruder"))
    assert refused(response)
    response = client.post(add_url(ModulePage, taught.course), module_form(slug="intruder"))
    assert refused(response)
    assert snapshot(taught) == before


# ---- the Wagtail admin: bulk actions, explorer, chooser, reports, editing sessions --------------


def bulk_url(action: str, *pages) -> str:
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", action])
    return url + "?" + "&".join(f"id={page.pk}" for page in pages)


def test_bulk_page_actions_follow_the_trainer_list(client, taught):
    drafts = (taught.draft_module, taught.draft_lesson)
    client.force_login(taught.trainer)
    response = client.get(bulk_url("delete", *drafts))
    assert {item["item"].pk for item in response.context["items"]} == {p.pk for p in drafts}
    response = client.get(bulk_url("move", *drafts))
    assert {item["item"].pk for item in response.context["items"]} == {p.pk for p in drafts}

    trainer_remove(client, taught)
    before = snapshot(taught)
    everything = (taught.course, taught.module, taught.lesson, *drafts)
    for action in ("delete", "move", "publish", "unpublish"):
        response = client.get(bulk_url(action, *everything))
        assert response.context["items"] == [], action
        assert len(response.context["items_with_no_access"]) == len(everything), action
    for action, data in (
        ("delete", {}),
        ("move", {"chooser": taught.course.pk}),
        ("publish", {"include_descendants": "on"}),
        ("unpublish", {"include_descendants": "on"}),
    ):
        client.post(bulk_url(action, *everything), data)
    assert snapshot(taught) == before


def test_explorer_listing_offers_no_actions_after_removal(client, taught):
    explore = reverse("wagtailadmin_explore", args=[taught.course.pk])
    edit_module = reverse("wagtailadmin_pages:edit", args=[taught.draft_module.pk])
    add_here = reverse("wagtailadmin_pages:add_subpage", args=[taught.course.pk])
    client.force_login(taught.trainer)
    html = client.get(explore).content.decode()
    assert edit_module in html and add_here in html

    trainer_remove(client, taught)
    response = client.get(explore)
    html = response.content.decode()
    assert edit_module not in html and add_here not in html
    assert reverse("wagtailadmin_pages:delete", args=[taught.draft_module.pk]) not in html


def test_page_chooser_offers_the_course_as_a_destination_only_to_its_trainers(client, taught):
    def choosable(user_perms: str, **extra) -> bool:
        url = reverse("wagtailadmin_choose_page_child", args=[taught.course.pk])
        response = client.get(url, {"user_perms": user_perms, **extra})
        return response.context["parent_page"].can_choose

    move = {"target_pages[]": [taught.draft_lesson.pk]}
    client.force_login(taught.trainer)
    assert choosable("copy_to") and choosable("move_to", **move)

    trainer_remove(client, taught)
    assert not choosable("copy_to")
    assert not choosable("move_to", **move)


def test_workflow_report_and_permission_policy_follow_the_trainer_list(client, taught):
    lesson = taught.draft_lesson
    client.force_login(taught.trainer)
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[lesson.pk]),
        lesson_form(title=lesson.title, slug=lesson.slug, **{"action-submit": "1"}),
    )
    assert response.status_code == 302
    report = reverse("wagtailadmin_reports:workflow")
    assert lesson.title in client.get(report).content.decode()
    policy = policy_registry.get_by_type(Page)
    editable = policy.instances_user_has_permission_for(taught.trainer, "change")
    assert editable.filter(pk=lesson.pk).exists()

    trainer_remove(client, taught)
    assert lesson.title not in client.get(report).content.decode()
    trainer = type(taught.trainer).objects.get(pk=taught.trainer.pk)  # Wagtail keeps per object
    editable = policy.instances_user_has_permission_for(trainer, "change")
    assert not editable.filter(path__startswith=taught.course.path).exists()
    for page in (taught.course, taught.draft_module, lesson):
        assert not policy.user_has_permission_for_instance(trainer, "change", page)
        assert trainer not in policy.users_with_permission_for_instance("change", page)


def test_editing_session_ping_follows_the_trainer_list(client, taught):
    lesson = taught.draft_lesson
    ping = reverse(
        "wagtailadmin_editing_sessions:ping", args=["wagtailcore", "page", str(lesson.pk), 0]
    )
    client.force_login(taught.trainer)
    assert client.post(ping).status_code == 200
    assert EditingSession.objects.filter(user=taught.trainer).count() == 1

    trainer_remove(client, taught)
    # A 404, which the language middleware turns into a redirect to a /ky/ address that does
    # not exist either; no editing session is recorded.
    assert client.post(ping).status_code in (302, 404)
    assert EditingSession.objects.filter(user=taught.trainer).count() == 1


# ---- creating pages: the creator is on the list, not an owner with rights --------------------


def test_a_trainer_who_starts_a_course_is_on_its_list_even_if_unticked(
    client, catalogue, make_user
):
    trainer = make_user(role="Trainer")
    client.force_login(trainer)
    response = client.post(add_url(CoursePage, catalogue), course_form(trainers=[]))
    assert response.status_code == 302
    course = CoursePage.objects.get(slug="street-lighting")
    assert list(course.trainers.all()) == [trainer]
    assert list(course.get_latest_revision_as_object().trainers.all()) == [trainer]
    assert client.get(reverse("wagtailadmin_pages:edit", args=[course.pk])).status_code == 200


def test_a_lesson_a_trainer_adds_is_theirs_through_the_list_only(client, taught):
    client.force_login(taught.trainer)
    response = client.post(add_url(LessonPage, taught.module), lesson_form(slug="new-lesson"))
    assert response.status_code == 302
    lesson = LessonPage.objects.get(slug="new-lesson")
    assert lesson.owner_id == taught.trainer.pk
    edit = reverse("wagtailadmin_pages:edit", args=[lesson.pk])
    assert client.get(edit).status_code == 200
    client.force_login(taught.colleague)  # on the list, not the owner
    assert client.get(edit).status_code == 200

    trainer_remove(client, taught)
    assert refused(client.get(edit))
    assert refused(client.get(reverse("wagtailadmin_pages:delete", args=[lesson.pk])))
    assert LessonPage.objects.filter(pk=lesson.pk).exists()


def test_owning_the_catalogue_gives_a_trainer_no_right_to_edit_it(client, catalogue, make_user):
    trainer = make_user(role="Trainer")
    Page.objects.filter(pk=catalogue.pk).update(owner=trainer)
    client.force_login(trainer)
    assert client.get(add_url(CoursePage, catalogue)).status_code == 200  # still starts courses
    assert refused(client.get(reverse("wagtailadmin_pages:edit", args=[catalogue.pk])))


def test_the_demo_trainer_is_on_every_demo_courses_list_in_every_language(client, home_page):
    from courses.catalogue.demo import demo_courses_create
    from lms.accounts.demo import demo_users_create
    from tests.courses.catalogue.test_demo import COURSE, TOPICS

    demo_users_create(password="demo-password-2026")
    (course,) = demo_courses_create(courses=[COURSE], topics=TOPICS)
    trainer = course.trainers.get()
    translations = CoursePage.objects.filter(translation_key=course.translation_key)
    assert translations.count() == 2
    assert all(list(page.trainers.all()) == [trainer] for page in translations)
    pages = [page for t in translations for page in Page.objects.descendant_of(t, inclusive=True)]
    assert len(pages) == 8  # the course, its module and two lessons, in Kyrgyz and Russian
    client.force_login(trainer)
    for page in pages:
        assert client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).status_code == 200
