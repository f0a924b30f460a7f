"""Certificate pages: public verification, the holder's downloads, and Open Badges documents."""

from django import forms
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET

from courses.certificates import badges
from courses.certificates.models import CODE_LENGTH, CertificateStatus, certificate_code_normalise
from courses.certificates.selectors import badge_course, certificate_by_code, certificate_of_holder
from lms.private_files import private_file_response

DOWNLOAD_FORMATS = ("pdf", "png")
CODE_INVALID = _("A verification code has 20 letters and digits, e.g. ABCD-EFGH-JKLM-NPQR-STUV.")


class VerifyForm(forms.Form):
    code = forms.CharField(
        label=_("Verification code"),
        max_length=64,
        help_text=_("Printed under the QR code on the certificate; dashes and spaces are ignored."),
    )

    def clean_code(self):
        code = certificate_code_normalise(self.cleaned_data["code"])
        if len(code) != CODE_LENGTH:
            raise forms.ValidationError(CODE_INVALID)
        return code


@require_GET
def certificate_verify_form(request):
    """Type a code: a valid-looking one goes to its verification page."""
    form = VerifyForm(request.GET if "code" in request.GET else None)
    if form.is_valid():
        return redirect("certificates:verify", code=form.cleaned_data["code"])
    return render(request, "certificates/verify_form.html", {"form": form})


@require_GET
def certificate_verify(request, code):
    """Valid, revoked, replaced or unknown; the name, course and date only, never more."""
    certificate = certificate_by_code(code)
    context = {"certificate": certificate, "code": code, "form": VerifyForm()}
    if certificate is None:
        return render(request, "certificates/verify.html", context, status=404)
    if certificate.code != code:  # typed in lower case or with dashes: one canonical address
        return redirect("certificates:verify", code=certificate.code)
    context["statuses"] = CertificateStatus
    return render(request, "certificates/verify.html", context)


@login_required
@require_GET
def certificate_download(request, code, file_format):
    """The holder's own PNG or PDF; anyone else (or a revoked code) gets 404."""
    if file_format not in DOWNLOAD_FORMATS:
        raise Http404
    certificate = certificate_of_holder(user=request.user, code=code)
    if certificate is None:
        raise Http404
    return private_file_response(
        getattr(certificate, file_format),
        filename=f"certificate-{certificate.code}.{file_format}",
        content_type="application/pdf" if file_format == "pdf" else "image/png",
    )


def _json(document: dict, status: int = 200) -> JsonResponse:
    response = JsonResponse(
        document, status=status, json_dumps_params={"ensure_ascii": False, "indent": 2}
    )
    response["Content-Type"] = "application/ld+json; charset=utf-8"
    response["Access-Control-Allow-Origin"] = "*"  # backpacks fetch these from other sites
    return response


@require_GET
def badge_assertion(request, code):
    """Hosted Open Badges 2.0 assertion; a revoked one answers 410 Gone with `revoked: true`."""
    certificate = certificate_by_code(code)
    if certificate is None:
        raise Http404
    document = badges.assertion_document(certificate)
    return _json(document, status=200 if certificate.is_valid else 410)


@require_GET
def badge_image(request, code):
    """The badge PNG with the assertion baked in (iTXt chunk `openbadges`)."""
    certificate = certificate_by_code(code)
    if certificate is None:
        raise Http404
    png = badges.badge_png(certificate.course_title, badges.assertion_document(certificate))
    return HttpResponse(png, content_type="image/png")


@require_GET
def badge_class(request, course_key):
    course = badge_course(course_key=course_key, language=get_language())
    if course is None:
        raise Http404
    return _json(
        badges.badge_class_document(
            course_key=course_key,
            language=get_language(),
            title=course.title,
            summary=course.summary,
        )
    )


@require_GET
def badge_class_image(request, course_key):
    course = badge_course(course_key=course_key, language=get_language())
    if course is None:
        raise Http404
    return HttpResponse(badges.badge_png(course.title), content_type="image/png")


@require_GET
def badge_issuer(request):
    return _json(badges.issuer_document(get_language()))
