"""Admin: proposals of cases sent through the public form, for Managers to review."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from cms.portal.models import CaseSubmission
from cms.portal.personal_data import portal_personal_data, theme_follows_personal_data
from lms.privacy.providers import PERSONAL_DATA_PROVIDERS


class CaseSubmissionViewSet(SnippetViewSet):
    """Read what was sent and open its draft case; the draft itself is edited as a page."""

    model = CaseSubmission
    icon = "form"
    menu_label = _("Case proposals")
    add_to_admin_menu = True
    menu_order = 250
    list_display = ["title", "municipality", "contact_name", "email", "created_at", "page"]
    list_filter = ["created_at"]
    search_fields = ["title", "contact_name", "email", "description"]
    inspect_view_enabled = True
    panels = [
        FieldPanel("title", read_only=True),
        FieldPanel("contact_name", read_only=True),
        FieldPanel("email", read_only=True),
        FieldPanel("municipality", read_only=True),
        FieldPanel("description", read_only=True),
        FieldPanel("page"),
    ]
    inspect_view_fields = [
        "title",
        "contact_name",
        "email",
        "municipality",
        "description",
        "language",
        "created_at",
        "receipt_sent_at",
        "page",
        "attachments",
    ]


register_snippet(CaseSubmissionViewSet)


@hooks.register("register_admin_urls")
def case_submission_admin_urls():
    from cms.portal import admin_views

    return [
        path(
            "case-proposals/attachments/<int:attachment_id>/",
            admin_views.case_attachment_download,
            name="portal_case_attachment",
        ),
    ]


# What the portal holds about a person (export, deletion): docs/privacy-providers.md.
hooks.register(PERSONAL_DATA_PROVIDERS, portal_personal_data)
hooks.register(PERSONAL_DATA_PROVIDERS, theme_follows_personal_data)
