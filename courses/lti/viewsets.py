"""LTI registrations in the Wagtail admin (Managers: `lti.*_ltiplatform`): the list, the form,
and a page with the values a platform's administrator copies into their tool settings."""

from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton

from courses.lti.keys import public_jwk
from courses.lti.models import LtiPlatform
from courses.lti.registration import TOKEN_MAX_AGE, registration_token_make

# (field name on the inspect page, label, URL name)
TOOL_URLS = (
    ("tool_login_url", _("Initiate login URL"), "lti:login"),
    ("tool_launch_url", _("Tool URL and redirection URI"), "lti:launch"),
    ("tool_deep_link_url", _("Deep linking content selection URL"), "lti:launch"),
    ("tool_jwks_url", _("Public keyset URL"), "lti:jwks"),
)
TOOL_FIELDS = [name for name, _label, _url in TOOL_URLS]


class PlatformInspectView(InspectView):
    """The registration's fields followed by our URLs and public key for the platform."""

    def get_fields(self):
        return [*super().get_fields(), *TOOL_FIELDS, "tool_public_jwk"]

    def get_field_label(self, field_name, field):
        labels = {name: label for name, label, _url in TOOL_URLS}
        labels["tool_public_jwk"] = _("Tool public key (JWK)")
        if field_name in labels:
            return labels[field_name]
        return super().get_field_label(field_name, field)

    def get_field_display_value(self, field_name, field):
        urls = {name: url for name, _label, url in TOOL_URLS}
        if field_name in urls:
            return self.request.build_absolute_uri(reverse(urls[field_name]))
        if field_name == "tool_public_jwk":
            return str(public_jwk(self.object.public_key))
        return super().get_field_display_value(field_name, field)


class PlatformIndexView(IndexView):
    """The list with a button to the dynamic registration link."""

    @cached_property
    def header_buttons(self):
        buttons = super().header_buttons
        if self.request.user.has_perm("lti.add_ltiplatform"):
            buttons.append(
                HeaderButton(
                    _("Dynamic registration link"),
                    url=reverse("lti_platforms:dynamic"),
                    icon_name="link-external",
                )
            )
        return buttons


class LtiPlatformViewSet(ModelViewSet):
    model = LtiPlatform
    icon = "link-external"
    menu_label = _("LTI platforms")
    add_to_settings_menu = True
    url_prefix = "lti/platforms"
    url_namespace = "lti_platforms"
    list_display = ["name", "issuer", "client_id", "active", "created_at"]
    list_filter = ["active"]
    search_fields = ["name", "issuer", "client_id"]
    form_fields = [
        "name",
        "issuer",
        "client_id",
        "deployment_ids",
        "auth_login_url",
        "auth_token_url",
        "auth_audience",
        "keyset_url",
        "active",
    ]
    index_view_class = PlatformIndexView
    inspect_view_enabled = True
    inspect_view_class = PlatformInspectView
    inspect_view_fields = [
        "name",
        "issuer",
        "client_id",
        "deployment_ids",
        "auth_login_url",
        "auth_token_url",
        "keyset_url",
        "key_id",
        "active",
    ]

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("dynamic/", dynamic_registration_link, name="dynamic"),
        ]


def dynamic_registration_link(request):
    """The registration URL to paste into a platform (signed, a week): Managers only."""
    if not request.user.has_perm("lti.add_ltiplatform"):
        raise PermissionDenied
    token = registration_token_make(user=request.user)
    url = request.build_absolute_uri(reverse("lti:register", args=[token]))
    return TemplateResponse(
        request,
        "lti/admin_dynamic_registration.html",
        {"url": url, "days": TOKEN_MAX_AGE // 86400, "header_icon": "link-external"},
    )
