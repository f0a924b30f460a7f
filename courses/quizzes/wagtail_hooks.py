"""Admin wiring of quizzes: the quiz snippet (trainers see their courses' quizzes only), import
and export buttons, the quiz admin URLs and the gradebook menu item."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.urls import include, path, reverse
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin import messages as admin_messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.widgets import Button
from wagtail.models import Page
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import DeleteView as SnippetDeleteView
from wagtail.snippets.views.snippets import EditView as SnippetEditView
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from courses.catalogue.extensions import LESSON_PAGE_CONTEXT, reader_state
from courses.progress.extensions import LESSON_COMPLETION_CHECKS, MY_LEARNING_SECTIONS
from courses.quizzes.bank_admin import (
    BankPermissionPolicy,
    MoveToCategoryBulkAction,
    QuestionBankViewSet,
    QuestionCategoryViewSet,
    QuestionPermissionPolicy,
    bank_delete_refusal,
)
from courses.quizzes.models import Question, QuestionCategory, Quiz
from courses.quizzes.personal_data import quizzes_personal_data
from courses.quizzes.selectors import (
    learner_grades,
    quiz_for_lesson,
    quizzes_without_questions,
)
from courses.quizzes.signals import QUIZ_EMPTY_APPROVE
from lms.privacy.providers import PERSONAL_DATA_PROVIDERS
from lms.process_memo import remembered

QUIZ_REQUIRED = _("Pass this lesson's quiz to complete it.")
QUIZ_EMPTY_PUBLISH = _(
    "The lesson was saved but not published: its quiz “%(quiz)s” has no questions. Add "
    "questions to the quiz (or import them), then publish the lesson."
)


# ---- quizzes in the learner's pages (extension points of the catalogue and progress) ----------


def _lesson_quiz(*, lesson, request=None):
    return remembered(
        "lesson_quiz", lesson.pk, lambda: quiz_for_lesson(lesson=lesson), request=request
    )


def lesson_page_quiz_reader(*, request, lesson, course, outline, state) -> dict | None:
    """A lesson with a quiz shows the learner's attempts: its page is never kept."""
    return None if _lesson_quiz(lesson=lesson, request=request) is not None else {}


@hooks.register(LESSON_PAGE_CONTEXT, order=30)
@reader_state(lesson_page_quiz_reader)
def lesson_page_quiz(*, request, lesson, course, outline, preview, context) -> dict:
    """Looked up once for the page: the quiz link and the completion box both need it."""
    if preview or context["locked"]:
        return {}
    return {"lesson_quiz": _lesson_quiz(lesson=lesson, request=request)}


@hooks.register(LESSON_COMPLETION_CHECKS)
def lesson_completion_quiz_check(*, lesson, source: str) -> None:
    """A lesson with a quiz is completed by passing it, not by a button. The lesson's quiz is
    the one the lesson page remembered for the content version (a quiz's save starts a new
    one): no query."""
    if source != "manual":
        return
    if _lesson_quiz(lesson=lesson) is not None:
        raise ValidationError(QUIZ_REQUIRED, code="quiz_required")


@hooks.register(MY_LEARNING_SECTIONS, order=20)
def my_learning_grades(*, request) -> dict | None:
    grades = learner_grades(user=request.user)
    return {"template": "quizzes/includes/my_grades.html", "grades": grades} if grades else None


# ---- no lesson goes live with an empty quiz -------------------------------------------------


def _empty_quiz_refusal(request, page, message):
    """The error (with a link to the quiz) and the way back to the lesson's editor."""
    quizzes = quizzes_without_questions(pages=[page])
    if not quizzes:
        return None
    quiz = quizzes[0]
    admin_messages.error(
        request,
        message % {"quiz": quiz.title},
        buttons=[
            admin_messages.button(
                reverse("wagtailsnippets_quizzes_quiz:edit", args=[quiz.pk]), _("Edit the quiz")
            )
        ],
    )
    return redirect("wagtailadmin_pages:edit", page.pk)


@hooks.register("before_publish_page")
def lesson_publish_needs_quiz_questions(request, page):
    """Publish in the editor: refused while the lesson's quiz has no questions (the edit view
    has saved the changes as a draft by then)."""
    return _empty_quiz_refusal(request, page, QUIZ_EMPTY_PUBLISH)


@hooks.register("before_edit_page")
def lesson_approval_needs_quiz_questions(request, page):
    """The review workflow's "Approve" in the editor publishes the lesson: refused the same way
    before anything is saved."""
    if (
        request.method == "POST"
        and request.POST.get("action-workflow-action")
        and request.POST.get("workflow-action-name") == "approve"
    ):
        return _empty_quiz_refusal(request, page, QUIZ_EMPTY_APPROVE)
    return None


@hooks.register("before_bulk_action")
def lesson_bulk_publish_needs_quiz_questions(request, action_type, objects, action_class):
    """Bulk publish from the page listing: refused when a chosen lesson's quiz is empty."""
    if action_type != "publish" or not objects or not isinstance(objects[0], Page):
        return None
    quizzes = quizzes_without_questions(pages=objects)
    if not quizzes:
        return None
    admin_messages.error(request, QUIZ_EMPTY_PUBLISH % {"quiz": quizzes[0].title})
    return redirect(action_class.next_url)


# ---- the quiz admin -------------------------------------------------------------------------


class QuizPermissionPolicy(ModelPermissionPolicy):
    """Model permissions, narrowed per quiz: trainers act only on their own courses' quizzes."""

    def user_has_permission_for_instance(self, user, action, instance):
        from courses.quizzes.selectors import quiz_edit_allowed_for_lesson

        return self.user_has_permission(user, action) and quiz_edit_allowed_for_lesson(
            user=user, lesson=instance.lesson
        )

    def instances_user_has_any_permission_for(self, user, actions):
        from courses.quizzes.selectors import quizzes_for_user

        if not self.user_has_any_permission(user, actions):
            return Quiz.objects.none()
        return quizzes_for_user(user=user)


def quiz_buttons(quiz: Quiz) -> list[Button]:
    """Import, export and preview: on the quiz's own page and in the list's row."""
    return [
        Button(
            _("Import questions"),
            reverse("quiz_admin:import", args=[quiz.pk]),
            icon_name="upload",
            priority=30,
        ),
        Button(
            _("Export Moodle XML"),
            reverse("quiz_admin:export", args=[quiz.pk]),
            icon_name="download",
            priority=31,
        ),
        Button(
            _("Preview"),
            reverse("quizzes:preview", args=[quiz.lesson_id]),
            icon_name="view",
            priority=32,
        ),
    ]


class QuizEditView(SnippetEditView):
    def get_object(self, queryset=None):
        quiz = super().get_object(queryset)
        if not self.permission_policy.user_has_permission_for_instance(
            self.request.user, "change", quiz
        ):
            raise PermissionDenied
        return quiz

    @cached_property
    def header_buttons(self):
        """Shown beside the quiz's title, not hidden in a menu (issue 19)."""
        return quiz_buttons(self.object)


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
    add_to_admin_menu = False  # in the Quizzes menu (QuizzesMenu below)
    list_display = [
        "title",
        "lesson",
        "pass_mark",
        Column(
            "attempts_allowed_label",
            label=capfirst(_("attempts allowed")),
            sort_key="attempts_allowed",
        ),
    ]
    search_fields = ["title", "title_ru", "title_en"]
    edit_view_class = QuizEditView
    delete_view_class = QuizDeleteView

    def get_queryset(self, request):
        from courses.quizzes.selectors import quizzes_for_user

        return quizzes_for_user(user=request.user).order_by("title")


register_permission_policy(Quiz, QuizPermissionPolicy(Quiz), exact_class=True)


class QuizzesMenu(SnippetViewSetGroup):
    """Quizzes, and the courses' question banks (bank_admin.py), under one menu item."""

    menu_label = _("Quizzes")
    menu_icon = "tasks"
    menu_order = 210

    items = (QuizViewSet, QuestionBankViewSet, QuestionCategoryViewSet)


register_permission_policy(Question, QuestionPermissionPolicy(Question), exact_class=True)
register_permission_policy(
    QuestionCategory, BankPermissionPolicy(QuestionCategory), exact_class=True
)
register_snippet(QuizzesMenu)


hooks.register("register_bulk_action", MoveToCategoryBulkAction)


@hooks.register("before_delete_snippet")
def bank_delete_guard(request, instances):
    """A bank question attempts use, or a category with questions, stays (single and bulk
    delete): the reason instead of a cascade through learners' answers."""
    reason = bank_delete_refusal(instances)
    if not reason:
        return None
    admin_messages.error(request, reason)
    viewset = type(instances[0]).snippet_viewset
    return redirect(reverse(viewset.get_url_name("list")))


@hooks.register("register_snippet_listing_buttons")
def quiz_listing_buttons(snippet, user, next_url=None):
    if isinstance(snippet, Quiz):
        yield from quiz_buttons(snippet)


@hooks.register("register_admin_urls")
def quiz_admin_urls():
    from courses.quizzes import admin_grading as grading
    from courses.quizzes import admin_views as quiz_admin

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
                        path(
                            "gradebook/<int:course_id>/grading/",
                            grading.grading_index,
                            name="grading",
                        ),
                        path(
                            "gradebook/<int:course_id>/grading/<int:answer_id>/",
                            grading.grading_answer,
                            name="grading_answer",
                        ),
                    ],
                    "quiz_admin",
                ),
            ),
        )
    ]


class GradebookMenuItem(MenuItem):
    def is_shown(self, request):
        from courses.quizzes.selectors import courses_for_gradebook

        return courses_for_gradebook(user=request.user).exists()


@hooks.register("register_admin_menu_item")
def gradebook_menu_item():
    return GradebookMenuItem(
        _("Gradebook"), reverse("quiz_admin:gradebook_index"), icon_name="table", order=220
    )


# What quizzes hold about a person (export, deletion): docs/privacy-providers.md.
hooks.register(PERSONAL_DATA_PROVIDERS, quizzes_personal_data)
