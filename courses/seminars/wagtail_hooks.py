"""The seminars' admin and hooks; attendance's own hooks live in attendance_hooks.py.

Managers and administrators create and edit every seminar; trainers edit (never create or
delete) the seminars they train, and see only those; everyone else sees nothing.
"""

from django import forms
from django.core.exceptions import PermissionDenied
from django.db.models import Min
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import DeleteView as SnippetDeleteView
from wagtail.snippets.views.snippets import EditView as SnippetEditView
from wagtail.snippets.views.snippets import SnippetViewSet

from courses.calendar.extensions import CALENDAR_ENTRIES
from courses.catalogue.models import CoursePage
from courses.progress.extensions import COURSE_COMPLETION_CHECKS, MY_LEARNING_SECTIONS
from courses.seminars import attendance_hooks  # noqa: F401  (registers its hooks on import)
from courses.seminars.calendar_entries import seminar_calendar_entries
from courses.seminars.completion import course_attendance_check
from courses.seminars.models import Registration, RegistrationStatus, Seminar
from courses.seminars.personal_data import seminars_personal_data
from courses.seminars.selectors import is_seminar_manager, seminar_text
from lms.accounts.access_cache import user_group_names
from lms.accounts.models import Position, User
from lms.accounts.roles import MANAGER, TRAINER
from lms.privacy.providers import PERSONAL_DATA_PROVIDERS

hooks.register(CALENDAR_ENTRIES, seminar_calendar_entries, order=40)
hooks.register(COURSE_COMPLETION_CHECKS, course_attendance_check)
hooks.register(PERSONAL_DATA_PROVIDERS, seminars_personal_data)

TRAINER_ACTIONS = frozenset({"change", "view"})


@hooks.register(MY_LEARNING_SECTIONS, order=40)
def my_learning_seminars(*, request) -> dict:
    """The person's seminar places with their first day (and the way to the listing): one
    query."""
    registrations = list(
        Registration.objects.filter(user=request.user)
        .exclude(status=RegistrationStatus.CANCELLED)
        .select_related("seminar")
        .annotate(first_start=Min("seminar__sessions__starts_at"))
        .order_by("-created_at")[:10]
    )
    rows = [
        {"registration": r, "title": seminar_text(r.seminar, "title"), "first_start": r.first_start}
        for r in registrations
    ]
    return {"template": "seminars/_my_seminars.html", "rows": rows}


# ---- the seminar admin ------------------------------------------------------------------------


def _is_trainer(user) -> bool:
    return TRAINER in user_group_names(user)


class SeminarPermissionPolicy(ModelPermissionPolicy):
    """Not Django's model permissions: managers everything, trainers change their own."""

    def user_has_permission(self, user, action):
        if is_seminar_manager(user):
            return True
        return action in TRAINER_ACTIONS and user.is_active and _is_trainer(user)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def user_has_permission_for_instance(self, user, action, instance):
        if is_seminar_manager(user):
            return True
        if action not in TRAINER_ACTIONS or not user.is_active or not user.is_authenticated:
            return False
        return instance.trainers.filter(pk=user.pk).exists()

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return any(self.user_has_permission_for_instance(user, a, instance) for a in actions)

    def instances_user_has_any_permission_for(self, user, actions):
        if is_seminar_manager(user):
            return Seminar.objects.all()
        if not user.is_authenticated or not set(actions) & TRAINER_ACTIONS:
            return Seminar.objects.none()
        return Seminar.objects.filter(trainers=user)

    def instances_user_has_permission_for(self, user, action):
        return self.instances_user_has_any_permission_for(user, [action])

    def users_with_any_permission(self, actions):
        return User.objects.filter(is_active=True, groups__name=MANAGER)


class SeminarAdminForm(WagtailAdminModelForm):
    """The online course is chosen as a page and stored by its translation key; positions are
    ticked."""

    course = forms.ModelChoiceField(
        queryset=CoursePage.objects.none(),
        label=_("online course"),
        required=False,
        help_text=_("Blended learning: the online course this seminar belongs to."),
    )
    audience_positions = forms.MultipleChoiceField(
        label=_("for positions"),
        choices=Position.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("None ticked: every position."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        courses = CoursePage.objects.filter(locale__language_code="ky").order_by("title")
        self.fields["course"].queryset = courses
        if self.instance.course_key:
            self.fields["course"].initial = courses.filter(
                translation_key=self.instance.course_key
            ).first()
        if "trainers" in self.fields:
            self.fields["trainers"].queryset = (
                User.objects.filter(is_active=True, groups__name__in=[TRAINER, MANAGER])
                .distinct()
                .order_by("full_name", "email")
            )

    def save(self, commit=True):
        course = self.cleaned_data.get("course")
        self.instance.course_key = course.translation_key if course else None
        return super().save(commit=commit)


def _check(view, action: str, seminar: Seminar) -> Seminar:
    if not view.permission_policy.user_has_permission_for_instance(
        view.request.user, action, seminar
    ):
        raise PermissionDenied
    return seminar


class SeminarEditView(SnippetEditView):
    def get_object(self, queryset=None):
        return _check(self, "change", super().get_object(queryset))


class SeminarDeleteView(SnippetDeleteView):
    def get_object(self, queryset=None):
        return _check(self, "delete", super().get_object(queryset))


SESSION_PANELS = [
    FieldPanel("starts_at", heading=_("Starts (Bishkek time)")),
    FieldPanel("ends_at", heading=_("Ends (Bishkek time)")),
    FieldPanel("venue"),
    FieldPanel("municipality"),
    FieldPanel("district"),
    FieldPanel("address"),
    FieldPanel("capacity"),
]


class SeminarViewSet(SnippetViewSet):
    model = Seminar
    icon = "group"
    menu_label = _("Seminars")
    menu_order = 220
    add_to_admin_menu = True
    list_display = ["title", "status", "updated_at"]
    list_filter = ["status"]
    search_fields = ["title", "title_ru", "title_en"]
    edit_view_class = SeminarEditView
    delete_view_class = SeminarDeleteView
    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    MultiFieldPanel(
                        [FieldPanel("title"), FieldPanel("title_ru"), FieldPanel("title_en")],
                        heading=_("Title"),
                    ),
                    FieldPanel("topic"),
                    MultiFieldPanel(
                        [
                            FieldPanel("description"),
                            FieldPanel("description_ru"),
                            FieldPanel("description_en"),
                        ],
                        heading=_("Description"),
                    ),
                    FieldPanel("status"),
                    FieldPanel("trainers"),
                ],
                heading=_("Seminar"),
            ),
            ObjectList(
                [InlinePanel("sessions", panels=SESSION_PANELS, label=_("Sessions"), min_num=1)],
                heading=_("Sessions"),
            ),
            ObjectList(
                [
                    FieldPanel("audience_oblasts", widget=forms.CheckboxSelectMultiple),
                    FieldPanel("audience_districts"),
                    FieldPanel("audience_positions"),
                    FieldPanel("self_registration"),
                    FieldPanel("cancel_cutoff_hours"),
                ],
                heading=_("Audience and registration"),
            ),
            ObjectList(
                [
                    FieldPanel("course"),
                    FieldPanel("course_requires_attendance"),
                    FieldPanel("certificate_share"),
                    InlinePanel(
                        "materials",
                        panels=[FieldPanel("title"), FieldPanel("document")],
                        label=_("Materials"),
                    ),
                ],
                heading=_("Course, certificate and materials"),
            ),
        ],
        base_form_class=SeminarAdminForm,
    )

    def get_queryset(self, request):
        return SeminarPermissionPolicy(Seminar).instances_user_has_any_permission_for(
            request.user, ["change", "view"]
        )


register_permission_policy(Seminar, SeminarPermissionPolicy(Seminar), exact_class=True)
register_snippet(SeminarViewSet)
