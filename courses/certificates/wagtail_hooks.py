"""Admin wiring of certificates: the list with revoke and reissue, and per-course designs."""

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from courses.certificates.personal_data import certificates_personal_data
from courses.certificates.selectors import certificate_of_enrollment, certificates_of_user
from courses.certificates.viewsets import CertificateAdminViewSet, CertificateDesignViewSet
from courses.progress.extensions import COURSE_COMPLETE_SECTIONS, MY_LEARNING_SECTIONS
from courses.progress.selectors import courses_in_language
from lms.locales import locale_active
from lms.privacy.providers import PERSONAL_DATA_PROVIDERS


@hooks.register("register_admin_viewset")
def certificates_admin_viewset():
    return CertificateAdminViewSet()


register_snippet(CertificateDesignViewSet)


@hooks.register(MY_LEARNING_SECTIONS, order=10)
def my_learning_certificates(*, request) -> dict:
    """Always shown: an empty list says where certificates will appear. Each certificate is a
    card titled with its course in the reader's language (remembered: no query when warm)."""
    certificates = list(certificates_of_user(user=request.user))
    keys = {certificate.course_key for certificate in certificates}
    locale = locale_active(request=request)
    courses = courses_in_language(keys=keys, locale=locale, request=request) if keys else {}
    for certificate in certificates:
        certificate.shown_course = courses.get(certificate.course_key)
    return {"template": "certificates/includes/my_certificates.html", "certificates": certificates}


@hooks.register(COURSE_COMPLETE_SECTIONS, order=10)
def course_complete_certificate(*, request, course, enrollment) -> dict | None:
    """The certificate of the completion just reached; "being prepared" until the task has
    issued it (it runs after the completion commits)."""
    if not course.certificate_enabled:
        return None
    certificate = certificate_of_enrollment(enrollment=enrollment)
    if certificate is not None:
        certificate.shown_course = course
    return {
        "template": "certificates/includes/course_complete_certificate.html",
        "certificate": certificate,
    }


# What certificates hold about a person (export, deletion): docs/privacy-providers.md.
hooks.register(PERSONAL_DATA_PROVIDERS, certificates_personal_data)
