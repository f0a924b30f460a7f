"""Certificate verification (public), as the verification page: name, course, date, issuer."""

from django.http import Http404

from ninja import Path, Router

from courses.api.routers.me import certificate_out
from courses.api.schemas import CertificateOut
from courses.certificates.selectors import certificate_by_code

router = Router(tags=["certificates"])
CERTIFICATE_CODE = Path(..., max_length=64, description="The code printed on the certificate.")


@router.get("/{code}/", response=CertificateOut, auth=None, summary="Verify a certificate")
def certificate_verify(
    request,
    code: str = CERTIFICATE_CODE,
):
    """Valid, revoked or replaced (`superseded`); a 404 for a code never issued."""
    certificate = certificate_by_code(code)
    if certificate is None:
        raise Http404
    return certificate_out(certificate, request)
