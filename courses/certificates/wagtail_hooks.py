"""Admin wiring of certificates: the list with revoke and reissue, and per-course designs."""

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from courses.certificates.selectors import certificates_of_user
from courses.certificates.viewsets import CertificateAdminViewSet, CertificateDesignViewSet
from courses.progress.extensions import MY_LEARNING_SECTIONS


@hooks.register("register_admin_viewset")
def certificates_admin_viewset():
    return CertificateAdminViewSet()


register_snippet(CertificateDesignViewSet)


@hooks.register(MY_LEARNING_SECTIONS, order=10)
def my_learning_certificates(*, request) -> dict:
    """Always shown: an empty list says where certificates will appear."""
    return {
        "template": "certificates/includes/my_certificates.html",
        "certificates": list(certificates_of_user(user=request.user)),
    }
