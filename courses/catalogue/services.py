"""Actions that change who may edit and review courses; each runs in one transaction."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.db.models import Q

from wagtail.models import GroupPagePermission, Page, Workflow, WorkflowPage
from wagtail.search import index

from courses.catalogue.models import CourseIndexPage, CoursePage
from courses.catalogue.selectors import course_group_name
from lms.accounts.roles import REVIEWER, TRAINER

REVIEW_WORKFLOW_NAME = "Course review"
# What a course's trainers may do on it: add modules and lessons, edit; never publish.
COURSE_TRAINER_PERMISSIONS = ("add_page", "change_page")
# On each catalogue page: trainers start courses; reviewers publish what they approve.
CATALOGUE_PERMISSIONS = {TRAINER: ("add_page",), REVIEWER: ("publish_page",)}


def _page_permissions(codenames) -> list[Permission]:
    return list(
        Permission.objects.filter(content_type__app_label="wagtailcore", codename__in=codenames)
    )


@transaction.atomic
def course_trainers_sync(*, course: CoursePage) -> Group:
    """Give the course's trainers edit rights on it in every language; take them from others.

    `course` may be an unsaved-to-database form instance: its `trainers` are read from memory,
    which is what the admin form just submitted.
    """
    group, _ = Group.objects.get_or_create(name=course_group_name(course.translation_key))
    translations = list(Page.objects.filter(translation_key=course.translation_key))
    for perm in _page_permissions(COURSE_TRAINER_PERMISSIONS):
        for page in translations:
            GroupPagePermission.objects.get_or_create(group=group, page=page, permission=perm)
    trainers = [user for user in course.trainers.all() if user.is_active]
    group.user_set.set(trainers)
    return group


@transaction.atomic
def course_trainers_group_delete(*, translation_key) -> bool:
    """Drop a course's trainer group once no page of the course is left in any language."""
    if CoursePage.objects.filter(translation_key=translation_key).exists():
        return False
    deleted, _ = Group.objects.filter(name=course_group_name(translation_key)).delete()
    return bool(deleted)


def review_workflow_get() -> Workflow | None:
    """The workflow made by the data migration: one approval task for the Reviewer group."""
    return Workflow.objects.filter(name=REVIEW_WORKFLOW_NAME).first()


@transaction.atomic
def course_index_setup(*, catalogue: CourseIndexPage) -> None:
    """Let trainers start courses here, and send every course and lesson under it to review.

    Reviewers hold "publish" here because Wagtail publishes an approved page as its approver.
    """
    for role, codenames in CATALOGUE_PERMISSIONS.items():
        group = Group.objects.get(name=role)
        for perm in _page_permissions(codenames):
            GroupPagePermission.objects.get_or_create(group=group, page=catalogue, permission=perm)
    workflow = review_workflow_get()
    if workflow is not None:
        WorkflowPage.objects.update_or_create(page=catalogue, defaults={"workflow": workflow})


def course_rights_apply(page) -> None:
    """Trainer rights and the review workflow follow a course or catalogue that was saved."""
    specific = page.specific  # no query when it already is
    if isinstance(specific, CoursePage):
        course_trainers_sync(course=specific)
    elif isinstance(specific, CourseIndexPage):
        course_index_setup(catalogue=specific)


def course_search_reindex(*, pages: list[Page], inclusive: bool = False) -> None:
    """Index again, once each, the courses `pages` sit in (or are, with `inclusive`): a course's
    search entry holds the text of its live modules and lessons, so their changes are its."""
    where = Q()
    for page in pages:
        where |= CoursePage.objects.ancestor_of_q(page, inclusive=inclusive)
    if not where:
        return
    for course in CoursePage.objects.filter(where):
        index.insert_or_update_object(course)
