"""Admin wiring: keep trainer rights in step with the course form; the topic list."""

from django.core.exceptions import PermissionDenied
from django.urls import include, path, reverse, reverse_lazy
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import DeleteView as SnippetDeleteView
from wagtail.snippets.views.snippets import EditView as SnippetEditView
from wagtail.snippets.views.snippets import SnippetViewSet

from courses.models import CourseIndexPage, CoursePage, Quiz, Topic
from courses.services.authoring import (
    course_index_setup,
    course_trainers_group_delete,
    course_trainers_sync,
)


def course_rights_apply(page) -> None:
    """Trainer rights and the review workflow follow a course or catalogue that was saved."""
    specific = page.specific  # no query when it already is
    if isinstance(specific, CoursePage):
        course_trainers_sync(course=specific)
    elif isinstance(specific, CourseIndexPage):
        course_index_setup(catalogue=specific)


@hooks.register("after_create_page")
def course_rights_after_create(request, page):
    course_rights_apply(page)


@hooks.register("after_edit_page")
def course_rights_after_edit(request, page):
    course_rights_apply(page)


@hooks.register("after_copy_page")
def course_rights_after_copy(request, page, new_page):
    """A copied course is a new course (new identity): its trainers get rights on it too."""
    course_rights_apply(new_page)


@hooks.register("after_delete_page")
def course_rights_after_delete(request, page):
    """A deleted course leaves no trainer group behind."""
    if page.specific_class is CoursePage:
        course_trainers_group_delete(translation_key=page.translation_key)


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Course topics")
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name_ky", "name_ru", "name_en", "slug"]


register_snippet(TopicViewSet)


# ---- quizzes -----------------------------------------------------------------------------------


class QuizPermissionPolicy(ModelPermissionPolicy):
    """Model permissions, narrowed per quiz: trainers act only on their own courses' quizzes."""

    def user_has_permission_for_instance(self, user, action, instance):
        from courses.selectors.quizzes import quiz_edit_allowed_for_lesson

        return self.user_has_permission(user, action) and quiz_edit_allowed_for_lesson(
            user=user, lesson=instance.lesson
        )

    def instances_user_has_any_permission_for(self, user, actions):
        from courses.selectors.quizzes import quizzes_for_user

        if not self.user_has_any_permission(user, actions):
            return Quiz.objects.none()
        return quizzes_for_user(user=user)


class QuizEditView(SnippetEditView):
    def get_object(self, queryset=None):
        quiz = super().get_object(queryset)
        if not self.permission_policy.user_has_permission_for_instance(
            self.request.user, "change", quiz
        ):
            raise PermissionDenied
        return quiz


class QuizDeleteView(SnippetDeleteView):
    def get_object(self, queryset=None):
        quiz = super().get_object(queryset)
        if not self.permission_policy.user_has_permission_for_instance(
            self.request.user, "delete", quiz
        ):
            raise PermissionDenied
        return quiz


class QuizViewSet(SnippetViewSet):
    model = Quiz
    icon = "tasks"
    menu_label = _("Quizzes")
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["title", "lesson", "pass_mark", "attempts_allowed"]
    search_fields = ["title", "title_ru", "title_en"]
    edit_view_class = QuizEditView
    delete_view_class = QuizDeleteView

    def get_queryset(self, request):
        from courses.selectors.quizzes import quizzes_for_user

        return quizzes_for_user(user=request.user).order_by("title")


register_permission_policy(Quiz, QuizPermissionPolicy(Quiz), exact_class=True)
register_snippet(QuizViewSet)


@hooks.register("register_snippet_listing_buttons")
def quiz_listing_buttons(snippet, user, next_url=None):
    if isinstance(snippet, Quiz):
        yield Button(
            _("Import questions"), reverse("quiz_admin:import", args=[snippet.pk]), priority=30
        )
        yield Button(
            _("Export Moodle XML"), reverse("quiz_admin:export", args=[snippet.pk]), priority=31
        )
        yield Button(
            _("Preview"), reverse("quizzes:preview", args=[snippet.lesson_id]), priority=32
        )


@hooks.register("register_admin_urls")
def quiz_admin_urls():
    from courses.views import quiz_admin

    return [
        path(
            "quizzes-admin/",
            include(
                (
                    [
                        path("<int:quiz_id>/import/", quiz_admin.quiz_import, name="import"),
                        path("<int:quiz_id>/export/", quiz_admin.quiz_export, name="export"),
                        path("gradebook/", quiz_admin.gradebook_index, name="gradebook_index"),
                        path(
                            "gradebook/<int:course_id>/",
                            quiz_admin.gradebook_course,
                            name="gradebook",
                        ),
                        path(
                            "gradebook/<int:course_id>/export.<str:fmt>",
                            quiz_admin.gradebook_export,
                            name="gradebook_export",
                        ),
                        path(
                            "gradebook/<int:course_id>/learner/<int:user_id>/",
                            quiz_admin.gradebook_learner,
                            name="gradebook_learner",
                        ),
                    ],
                    "quiz_admin",
                ),
            ),
        )
    ]


class GradebookMenuItem(MenuItem):
    def is_shown(self, request):
        from courses.selectors.quizzes import courses_for_gradebook

        return courses_for_gradebook(user=request.user).exists()


@hooks.register("register_admin_menu_item")
def gradebook_menu_item():
    return GradebookMenuItem(
        _("Gradebook"), reverse("quiz_admin:gradebook_index"), icon_name="table", order=220
    )


# ---- certificates (list, revoke, reissue; per-course design) ---------------------------------
from courses.certificates.admin import (  # noqa: E402 - appended by the certificates feature
    CertificateAdminViewSet,
    CertificateDesignViewSet,
)


@hooks.register("register_admin_viewset")
def certificates_admin_viewset():
    return CertificateAdminViewSet()


register_snippet(CertificateDesignViewSet)


# ---- reports (the staff reports area outside the admin) --------------------------------------
class ReportsMenuItem(MenuItem):
    def is_shown(self, request):
        from courses.selectors.reports import report_user_allowed

        return report_user_allowed(request.user)


@hooks.register("register_admin_menu_item")
def reports_menu_item():
    """Managers and trainers reach the reports from the admin too."""
    return ReportsMenuItem(
        _("Learning reports"), reverse_lazy("reports:dashboard"), icon_name="doc-full", order=230
    )
