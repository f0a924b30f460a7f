"""The question bank in the admin: each course's categories and questions (Quizzes menu).

Trainers see and edit their own courses' banks only (listings, every view with an object, the
forms' choices, Wagtail's bulk actions), managers every bank. The bank needs no permissions of
its own: whoever may edit quizzes may edit the banks of the courses they teach.
"""

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, OuterRef, Subquery
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail.admin import messages as admin_messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction
from wagtail.snippets.views import snippets as snippet_views
from wagtail.snippets.views.snippets import SnippetViewSet

import django_filters

from courses.catalogue.models import CoursePage
from courses.quizzes.bank import (
    CATEGORY_OTHER_COURSE,
    bank_course_keys,
    bank_edit_allowed,
    bank_questions_for_user,
    categories_for_user,
    category_delete_refusal,
    category_descendant_ids,
    category_parent_problem,
    question_delete_refusal,
    questions_move,
    quiz_course_key,
)
from courses.quizzes.models import (
    Question,
    QuestionCategory,
    QuestionType,
    question_options_problem,
)

COURSE_NOT_YOURS = _("Choose a course you teach.")
CATEGORY_NOT_YOURS = _("Choose a category of a course you teach.")


class BankPermissionPolicy(ModelPermissionPolicy):
    """The quiz permissions (add, change, delete, view a quiz), narrowed per object to the
    courses the user teaches (managers: all)."""

    def _get_permission_name(self, action):
        return f"quizzes.{action}_quiz"

    def _get_permission_codenames(self, actions):
        return {f"{action}_quiz" for action in actions}

    def course_key_of(self, instance):
        return instance.course_key

    def user_has_permission_for_instance(self, user, action, instance):
        if not self.user_has_permission(user, action):
            return False
        course_key = self.course_key_of(instance)
        return course_key is not None and bank_edit_allowed(user=user, course_key=course_key)

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return self.model.objects.none()
        if self.model is Question:
            return bank_questions_for_user(user=user)
        return categories_for_user(user=user)


class QuestionPermissionPolicy(BankPermissionPolicy):
    def course_key_of(self, question):
        if question.category_id is not None:
            return question.category.course_key
        return quiz_course_key(question.quiz) if question.quiz_id else None


def _checked(view_class, action: str):
    """`view_class` whose object is refused to a user without `action` on it."""

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


def _courses_for(user):
    """The default-language course pages whose bank `user` may edit."""
    courses = CoursePage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).order_by(
        "title"
    )
    keys = bank_course_keys(user) if user is not None else set()
    return courses if keys is None else courses.filter(translation_key__in=keys)


class CourseChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.title


# ---- categories ------------------------------------------------------------------------------


class CategoryAdminForm(WagtailAdminModelForm):
    """A category belongs to a course its author teaches; the course is chosen once (its
    questions and the quizzes drawing from it are that course's); the parent is of the same
    course and never the category itself or one below it."""

    course = CourseChoiceField(
        label=_("course"), queryset=CoursePage.objects.none(), required=False
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.for_user
        self.fields["course"].queryset = _courses_for(user)
        parents = categories_for_user(user=user) if user is not None else QuestionCategory.objects
        if self.instance.pk:
            self.fields["course"].disabled = True
            self.fields["course"].help_text = _("A category stays in its course's bank.")
            self.fields["course"].initial = (
                CoursePage.objects.filter(translation_key=self.instance.course_key)
                .order_by("-locale__language_code")
                .first()
            )
            parents = parents.filter(course_key=self.instance.course_key).exclude(
                pk__in=category_descendant_ids(self.instance)
            )
        self.fields["parent"].queryset = parents.order_by("name", "pk")

    def clean(self):
        data = super().clean()
        if not self.instance.pk:
            course = data.get("course")
            if course is None:
                self.add_error("course", _("Choose the course whose bank this category is in."))
                return data
            if self.for_user is not None and not bank_edit_allowed(
                user=self.for_user, course_key=course.translation_key
            ):
                self.add_error("course", COURSE_NOT_YOURS)
                return data
            self.instance.course_key = course.translation_key
        problem = category_parent_problem(category=self.instance, parent=data.get("parent"))
        if problem:
            self.add_error("parent", problem)
        return data


def _course_title():
    return Subquery(
        CoursePage.objects.filter(
            translation_key=OuterRef("course_key"), locale__language_code=settings.LANGUAGE_CODE
        ).values("title")[:1]
    )


class QuestionCategoryViewSet(SnippetViewSet):
    model = QuestionCategory
    icon = "folder-open-inverse"
    menu_label = _("Question categories")
    menu_order = 212
    list_display = [
        "name",
        Column("course_title", label=_("course"), sort_key="course_title"),
        "parent",
        Column("question_count", label=_("questions"), sort_key="question_count"),
    ]
    search_fields = ["name", "idnumber"]
    search_backend_name = None
    edit_handler = ObjectList(
        [
            FieldPanel("course"),
            FieldPanel("parent"),
            FieldPanel("name"),
            FieldPanel("info"),
            FieldPanel("idnumber"),
        ],
        base_form_class=CategoryAdminForm,
    )
    edit_view_class = _checked(snippet_views.EditView, "change")
    delete_view_class = _checked(snippet_views.DeleteView, "delete")
    history_view_class = _checked(snippet_views.HistoryView, "change")
    usage_view_class = _checked(snippet_views.UsageView, "change")

    def get_queryset(self, request):
        return (
            categories_for_user(user=request.user)
            .annotate(course_title=_course_title(), question_count=Count("questions"))
            .order_by("course_title", "name", "pk")
        )


# ---- bank questions --------------------------------------------------------------------------


class CategoryChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        parent = f"{obj.parent.name} / " if obj.parent_id else ""
        return f"{parent}{obj.name}"


class BankQuestionForm(WagtailAdminModelForm):
    """A bank question: its category is one of the user's courses' (and, once saved, of the
    same course: quizzes and attempts of that course use it); its answers must grade it."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        categories = (
            categories_for_user(user=self.for_user)
            if self.for_user is not None
            else QuestionCategory.objects.select_related("parent")
        )
        if self.instance.pk and self.instance.category_id:
            categories = categories.filter(course_key=self.instance.category.course_key)
        field = self.fields["category"]
        self.fields["category"] = CategoryChoiceField(
            queryset=categories.order_by("name", "pk"),
            label=field.label,
            required=True,
            initial=field.initial,
        )

    def is_valid(self):
        valid = super().is_valid()
        options_formset = self.formsets.get("options")
        if options_formset is None or not hasattr(self, "cleaned_data"):
            return valid
        options = [
            o.cleaned_data
            for o in options_formset.forms
            if getattr(o, "cleaned_data", None) and not o.cleaned_data.get("DELETE")
        ]
        message = question_options_problem(self.cleaned_data.get("qtype"), options)
        if message:
            self.add_error("qtype", message)
            valid = False
        return valid


class BankFilterSet(WagtailFilterSet):
    qtype = django_filters.ChoiceFilter(label=_("type"), choices=QuestionType.choices)
    category = django_filters.ModelChoiceFilter(
        label=_("category"),
        queryset=lambda request: (
            categories_for_user(user=request.user)
            if request is not None
            else QuestionCategory.objects.none()
        ),
    )
    tag = django_filters.CharFilter(label=_("tag"), method="tag_filter")

    class Meta:
        model = Question
        fields = []

    def tag_filter(self, queryset, name, value):
        # Tags are a JSON list: match the whole quoted element, whatever the database.
        return queryset.filter(tags__icontains=f'"{value.strip()}"') if value.strip() else queryset


class QuestionBankViewSet(SnippetViewSet):
    model = Question
    icon = "help"
    menu_label = _("Question bank")
    menu_order = 211
    list_display = [
        "__str__",
        Column("get_qtype_display", label=_("type"), sort_key="qtype"),
        Column("category", label=_("category"), sort_key="category__name"),
        "idnumber",
    ]
    search_fields = ["name", "text", "text_ru", "text_en", "idnumber", "tags"]
    search_backend_name = None
    filterset_class = BankFilterSet
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("category"), FieldPanel("idnumber")]),
            FieldPanel("tags"),
            *Question.panels,
        ],
        base_form_class=BankQuestionForm,
    )
    edit_view_class = _checked(snippet_views.EditView, "change")
    delete_view_class = _checked(snippet_views.DeleteView, "delete")
    history_view_class = _checked(snippet_views.HistoryView, "change")
    usage_view_class = _checked(snippet_views.UsageView, "change")

    def get_queryset(self, request):
        return bank_questions_for_user(user=request.user).order_by("category__name", "name", "pk")


# ---- refusals and the "move to category" bulk action ----------------------------------------


def bank_delete_refusal(instances) -> str | None:
    """Why one of these questions or categories may not be deleted, or None."""
    for instance in instances:
        if isinstance(instance, Question):
            reason = question_delete_refusal(instance)
        elif isinstance(instance, QuestionCategory):
            reason = category_delete_refusal(instance)
        else:
            return None
        if reason:
            return reason
    return None


class MoveForm(forms.Form):
    category = CategoryChoiceField(
        label=_("Move to category"), queryset=QuestionCategory.objects.none()
    )


class MoveToCategoryBulkAction(SnippetBulkAction):
    """Bank questions to another category of the same course."""

    display_name = _("Move to category")
    action_type = "move_to_category"
    aria_label = _("Move the selected questions to another category")
    template_name = "quizzes/admin/bank_move.html"
    action_priority = 20
    form_class = MoveForm
    models = [Question]

    def get_all_objects_in_listing_query(self, parent_id):
        return bank_questions_for_user(user=self.request.user).values_list("pk", flat=True)

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        form.fields["category"].queryset = categories_for_user(user=self.request.user).order_by(
            "name", "pk"
        )
        return form

    def check_perm(self, question):
        return self.permission_policy.user_has_permission_for_instance(
            self.request.user, "change", question
        )

    def prepare_action(self, objects, objects_without_access):
        category = self.cleaned_form.cleaned_data["category"]
        if any(
            QuestionPermissionPolicy(Question).course_key_of(q) != category.course_key
            for q in objects
        ):
            admin_messages.error(self.request, CATEGORY_OTHER_COURSE)
            return redirect(self.next_url)
        return None

    def get_execution_context(self):
        return {"category": self.cleaned_form.cleaned_data["category"]}

    @classmethod
    def execute_action(cls, objects, category=None, **kwargs):
        try:
            return questions_move(questions=objects, category=category), 0
        except ValidationError:
            return 0, 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d question moved to “%(category)s”.",
            "%(count)d questions moved to “%(category)s”.",
            num_parent_objects,
        ) % {"count": num_parent_objects, "category": self.cleaned_form.cleaned_data["category"]}
