"""Certificates in the Wagtail admin: Managers list, revoke (with a reason) and reissue them;
each course's background and signature images are a snippet (CertificateDesign)."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.admin.viewsets.base import ViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

from courses.catalogue.models import CoursePage
from courses.certificates.models import (
    Certificate,
    CertificateDesign,
    CertificateStatus,
    certificate_code_normalise,
)
from courses.certificates.services import CertificateError, certificate_reissue, certificate_revoke

PER_PAGE = 50
VIEW_PERMISSION = "certificates.view_certificate"
CHANGE_PERMISSION = "certificates.change_certificate"


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reason"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy("Shown in the badge assertion; not on the public check page."),
    )


class ReissueForm(forms.Form):
    holder_name = forms.CharField(label=gettext_lazy("Holder's name"), max_length=200)


def _require(request, permission):
    if not request.user.has_perm(permission):
        raise PermissionDenied


def certificate_index(request):
    """All certificates, newest first; search by name, e-mail, code or course; filter by status."""
    _require(request, VIEW_PERMISSION)
    certificates = Certificate.objects.select_related("user").order_by("-issued_at", "-pk")
    query = request.GET.get("q", "").strip()
    if query:
        code = certificate_code_normalise(query)
        certificates = certificates.filter(
            Q(holder_name__icontains=query)
            | Q(user__email__icontains=query)
            | Q(course_title__icontains=query)
            | Q(code=code)
        )
    status = request.GET.get("status", "")
    if status in CertificateStatus.values:
        certificates = certificates.filter(status=status)
    page = Paginator(certificates, PER_PAGE).get_page(request.GET.get("p"))
    return TemplateResponse(
        request,
        "certificates/admin/index.html",
        {
            "page_title": _("Certificates"),
            "header_icon": "doc-full",
            "page_obj": page,
            "query": query,
            "status": status,
            "statuses": CertificateStatus.choices,
            "can_change": request.user.has_perm(CHANGE_PERMISSION),
        },
    )


def certificate_revoke_view(request, pk):
    _require(request, CHANGE_PERMISSION)
    certificate = get_object_or_404(Certificate, pk=pk)
    form = RevokeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            certificate_revoke(
                certificate=certificate, reason=form.cleaned_data["reason"], actor=request.user
            )
        except CertificateError as error:
            form.add_error(None, str(error))
        else:
            messages.success(
                request, _("Certificate %(code)s revoked.") % {"code": certificate.code_display}
            )
            return redirect("certificates_admin:index")
    return TemplateResponse(
        request,
        "certificates/admin/action.html",
        {
            "page_title": _("Revoke certificate"),
            "header_icon": "doc-full",
            "certificate": certificate,
            "form": form,
            "submit_label": _("Revoke"),
        },
    )


def certificate_reissue_view(request, pk):
    from courses.certificates.tasks import certificate_deliver
    from lms.outbox.services import outbox_send

    _require(request, CHANGE_PERMISSION)
    certificate = get_object_or_404(Certificate, pk=pk)
    form = ReissueForm(request.POST or None, initial={"holder_name": certificate.holder_name})
    if request.method == "POST" and form.is_valid():
        try:
            new = certificate_reissue(
                certificate=certificate,
                holder_name=form.cleaned_data["holder_name"],
                actor=request.user,
            )
        except CertificateError as error:
            form.add_error(None, str(error))
        else:
            outbox_send(certificate_deliver, new.pk)
            messages.success(
                request,
                _("Certificate reissued as %(code)s; the old code now shows it was replaced.")
                % {"code": new.code_display},
            )
            return redirect("certificates_admin:index")
    return TemplateResponse(
        request,
        "certificates/admin/action.html",
        {
            "page_title": _("Reissue certificate"),
            "header_icon": "doc-full",
            "certificate": certificate,
            "form": form,
            "submit_label": _("Reissue"),
        },
    )


class CertificateMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(VIEW_PERMISSION)


class CertificateAdminViewSet(ViewSet):
    name = "certificates_admin"
    url_prefix = "certificates"
    icon = "doc-full"
    menu_label = gettext_lazy("Certificates")
    add_to_admin_menu = True
    menu_order = 250
    menu_item_class = CertificateMenuItem

    def get_urlpatterns(self):
        return [
            path("", certificate_index, name="index"),
            path("<int:pk>/revoke/", certificate_revoke_view, name="revoke"),
            path("<int:pk>/reissue/", certificate_reissue_view, name="reissue"),
        ]

    @property
    def menu_url(self):
        return reverse("certificates_admin:index")


def course_choices():
    """Courses by their default-language title; the design applies in every language."""
    pages = (
        CoursePage.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
        .order_by("title")
        .values_list("translation_key", "title")
    )
    return [("", "---------"), *((str(key), title) for key, title in pages)]


class CertificateDesignViewSet(SnippetViewSet):
    model = CertificateDesign
    icon = "image"
    menu_label = gettext_lazy("Certificate designs")
    list_display = ["__str__", "signatory_1", "signatory_2"]
    panels = [
        FieldPanel("course_key", widget=forms.Select(choices=course_choices)),
        FieldPanel("background"),
        MultiFieldPanel(
            [FieldPanel("signature_1"), FieldPanel("signatory_1")],
            heading=gettext_lazy("First signature"),
        ),
        MultiFieldPanel(
            [FieldPanel("signature_2"), FieldPanel("signatory_2")],
            heading=gettext_lazy("Second signature"),
        ),
    ]
