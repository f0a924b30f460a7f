"""The policy versions in the Wagtail admin: Managers and administrators write drafts in
ky/ru/en, publish them, and read (never change) what was published."""

from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.admin import messages
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.admin.widgets import Button
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views.snippets import CreateView as SnippetCreateView
from wagtail.snippets.views.snippets import DeleteView as SnippetDeleteView
from wagtail.snippets.views.snippets import EditView as SnippetEditView
from wagtail.snippets.views.snippets import IndexView as SnippetIndexView
from wagtail.snippets.views.snippets import SnippetViewSet

from lms.policies.forms import PolicyVersionAdminForm
from lms.policies.models import PolicyVersion
from lms.policies.services import PUBLISHED_IMMUTABLE, policy_version_publish

PUBLISH_PERMISSION = "policies.change_policyversion"
PUBLISHED_UNDELETABLE = gettext_lazy(
    "This version is published and cannot be deleted: people have accepted it or may have."
)


class PolicyVersionPermissionPolicy(ModelPermissionPolicy):
    """Model permissions (Managers and administrators), and a published version is neither
    changed nor deleted by anyone: the edit and delete buttons, views and bulk actions obey."""

    def user_has_permission_for_instance(self, user, action, instance):
        if action in ("change", "delete") and instance.is_published:
            return False
        return super().user_has_permission_for_instance(user, action, instance)


def _inspect_url(version) -> str:
    return reverse(PolicyVersion.snippet_viewset.get_url_name("inspect"), args=[quote(version.pk)])


def _publish_url(version) -> str:
    return reverse(PolicyVersion.snippet_viewset.get_url_name("publish"), args=[version.pk])


def publish_button(version, *, priority=10) -> Button | None:
    """The way to publish a draft, in its row and beside its title."""
    if version.is_published:
        return None
    return Button(_("Publish"), _publish_url(version), icon_name="upload", priority=priority)


class PolicyVersionIndexView(SnippetIndexView):
    """A published version's title leads to its read-only view, a draft's to its editor."""

    def get_edit_url(self, instance):
        if instance.is_published:
            return None
        return super().get_edit_url(instance)


class PolicyVersionCreateView(SnippetCreateView):
    def save_instance(self):
        self.form.instance.created_by = self.request.user
        return super().save_instance()


class PolicyVersionEditView(SnippetEditView):
    """A draft is edited as usual; a published version sends the editor to its read-only view."""

    def dispatch(self, request, *args, **kwargs):
        if self.user_has_permission("change"):
            version = get_object_or_404(PolicyVersion, pk=self.object_pk)
            if version.is_published:
                messages.error(request, PUBLISHED_IMMUTABLE)
                return redirect(_inspect_url(version))
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def header_buttons(self):
        button = publish_button(self.object)
        return [button] if button else []


class PolicyVersionDeleteView(SnippetDeleteView):
    def dispatch(self, request, *args, **kwargs):
        if self.user_has_permission("delete") and self.object.is_published:
            messages.error(request, PUBLISHED_UNDELETABLE)
            return redirect(_inspect_url(self.object))
        return super().dispatch(request, *args, **kwargs)


def policy_version_publish_view(request, pk):
    """Say what publishing does, then publish on POST."""
    if not request.user.has_perm(PUBLISH_PERMISSION):
        raise PermissionDenied
    version = get_object_or_404(PolicyVersion.objects.select_related("policy"), pk=pk)
    if version.is_published:
        messages.error(request, _("This version is already published."))
        return redirect(_inspect_url(version))
    error = None
    if request.method == "POST":
        try:
            policy_version_publish(version=version, actor=request.user)
        except ValidationError as exc:
            error = " ".join(exc.messages)
        else:
            messages.success(
                request,
                _("%(version)s published. Everyone signed in will be asked to accept it.")
                % {"version": version},
            )
            return redirect(PolicyVersion.snippet_viewset.get_url_name("list"))
    return TemplateResponse(
        request,
        "policies/admin/publish.html",
        {
            "page_title": _("Publish %(version)s") % {"version": version},
            "header_icon": "doc-full",
            "version": version,
            "error": error,
            "cancel_url": reverse(
                PolicyVersion.snippet_viewset.get_url_name("edit"), args=[quote(version.pk)]
            ),
        },
    )


def _language_panels(suffix: str) -> list:
    return [FieldPanel(f"{name}{suffix}") for name in ("title", "summary", "body", "changes")]


class PolicyVersionViewSet(SnippetViewSet):
    model = PolicyVersion
    icon = "doc-full"
    menu_label = gettext_lazy("Site policies")
    menu_order = 260
    add_to_admin_menu = True
    inspect_view_enabled = True
    list_display = ["__str__", "title", "published_at", "created_by", "created_at"]
    list_filter = ["policy"]
    search_fields = ["title", "title_ru", "title_en"]
    index_view_class = PolicyVersionIndexView
    add_view_class = PolicyVersionCreateView
    edit_view_class = PolicyVersionEditView
    delete_view_class = PolicyVersionDeleteView
    inspect_view_fields = [
        "policy",
        "version",
        "published_at",
        "created_by",
        "created_at",
        "title",
        "summary",
        "body",
        "changes",
        "title_ru",
        "summary_ru",
        "body_ru",
        "changes_ru",
        "title_en",
        "summary_en",
        "body_en",
        "changes_en",
    ]

    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    MultiFieldPanel([FieldPanel("policy")], heading=gettext_lazy("Policy")),
                    *_language_panels(""),
                ],
                heading=gettext_lazy("Kyrgyz"),
            ),
            ObjectList(_language_panels("_ru"), heading=gettext_lazy("Russian")),
            ObjectList(_language_panels("_en"), heading=gettext_lazy("English")),
        ],
        base_form_class=PolicyVersionAdminForm,
    )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("publish/<int:pk>/", policy_version_publish_view, name="publish"),
        ]
