"""The admin's Assignments and Rubrics snippets: trainers see and edit their own courses'
only (listings, every view with an object, the forms' choices), managers all."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import ObjectList
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views import snippets as snippet_views
from wagtail.snippets.views.snippets import SnippetViewSet

from courses.assignments.forms.admin import AssignmentAdminForm, RubricAdminForm
from courses.assignments.models import Assignment, Rubric
from courses.assignments.selectors.authoring import (
    assignment_author_allowed,
    assignments_for_user,
    rubric_in_use,
    rubrics_for_user,
)

RUBRIC_FROZEN_NOTICE = _(
    "This rubric has been used to grade work. You may correct its titles; its criteria, "
    "levels and points can no longer change."
)
RUBRIC_UNDELETABLE = _(
    "This rubric cannot be deleted: %(reason)s Remove it from those assignments first, or keep it."
)
RUBRIC_USED_BY_GRADES = _("grades were given with it.")
RUBRIC_USED_BY_ASSIGNMENTS = _("assignments use it (%(titles)s).")


class CoursePermissionPolicy(ModelPermissionPolicy):
    """Model permissions, narrowed per object to the courses the user teaches (managers: all)."""

    for_user = None  # the queryset of objects a user may act on

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and assignment_author_allowed(
            user=user, course_key=instance.course_key
        )

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return self.model.objects.none()
        return type(self).for_user(user=user)


class AssignmentPermissionPolicy(CoursePermissionPolicy):
    for_user = staticmethod(assignments_for_user)


class RubricPermissionPolicy(CoursePermissionPolicy):
    for_user = staticmethod(rubrics_for_user)


def _checked(view_class, action: str):
    """`view_class` whose object is refused to a user without `action` on it (another
    course's trainer gets the admin's refusal, not the object)."""

    class Checked(view_class):
        def get_object(self, *args, **kwargs):
            obj = super().get_object(*args, **kwargs)
            if not self.permission_policy.user_has_permission_for_instance(
                self.request.user, action, obj
            ):
                raise PermissionDenied
            return obj

    Checked.__name__ = Checked.__qualname__ = f"Checked{view_class.__name__}"
    return Checked


class RubricEditView(_checked(snippet_views.EditView, "change")):
    def get(self, request, *args, **kwargs):
        if rubric_in_use(rubric=self.object):
            messages.warning(request, RUBRIC_FROZEN_NOTICE)
        return super().get(request, *args, **kwargs)


class RubricDeleteView(_checked(snippet_views.DeleteView, "delete")):
    """A rubric used by grades or assignments stays: say why instead of a failed delete."""

    def dispatch(self, request, *args, **kwargs):
        reason = self._blocker()
        if reason:
            messages.error(request, RUBRIC_UNDELETABLE % {"reason": reason})
            return redirect(reverse(self.edit_url_name, args=[self.object.pk]))
        return super().dispatch(request, *args, **kwargs)

    def _blocker(self) -> str:
        if rubric_in_use(rubric=self.object):
            return str(RUBRIC_USED_BY_GRADES)
        titles = [a.display_title for a in self.object.assignments.all()[:5]]
        if titles:
            return RUBRIC_USED_BY_ASSIGNMENTS % {"titles": ", ".join(titles)}
        return ""


class AssignmentViewSet(SnippetViewSet):
    model = Assignment
    icon = "doc-full"
    menu_label = _("Assignments")
    menu_order = 215
    add_to_admin_menu = True
    list_display = ["title", "lesson", "due_at", "grading_type"]
    search_fields = ["title", "title_ru", "title_en"]
    edit_handler = ObjectList(Assignment.panels, base_form_class=AssignmentAdminForm)
    edit_view_class = _checked(snippet_views.EditView, "change")
    delete_view_class = _checked(snippet_views.DeleteView, "delete")
    history_view_class = _checked(snippet_views.HistoryView, "change")
    usage_view_class = _checked(snippet_views.UsageView, "change")

    def get_queryset(self, request):
        return assignments_for_user(user=request.user).order_by("title")


class RubricViewSet(SnippetViewSet):
    model = Rubric
    icon = "list-ul"
    menu_label = _("Rubrics")
    menu_order = 216
    add_to_admin_menu = True
    list_display = ["title", "course"]
    search_fields = ["title", "title_ru", "title_en"]
    edit_handler = ObjectList(Rubric.panels, base_form_class=RubricAdminForm)
    edit_view_class = RubricEditView
    delete_view_class = RubricDeleteView
    history_view_class = _checked(snippet_views.HistoryView, "change")
    usage_view_class = _checked(snippet_views.UsageView, "change")

    def get_queryset(self, request):
        return rubrics_for_user(user=request.user).order_by("title")


register_permission_policy(Assignment, AssignmentPermissionPolicy(Assignment), exact_class=True)
register_permission_policy(Rubric, RubricPermissionPolicy(Rubric), exact_class=True)
register_snippet(AssignmentViewSet)
register_snippet(RubricViewSet)
