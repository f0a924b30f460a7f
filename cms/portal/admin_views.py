"""Admin downloads of what the public sent with a case proposal (private files)."""

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_GET

from cms.portal.models import CaseSubmissionAttachment
from lms.private_files import private_file_response


@require_GET
def case_attachment_download(request, attachment_id: int):
    """For those who may read proposals (Managers); 404 for other admin users."""
    if not request.user.has_perm("portal.view_casesubmission"):
        raise Http404
    attachment = get_object_or_404(CaseSubmissionAttachment, pk=attachment_id)
    return private_file_response(
        attachment.file, filename=attachment.original_name, content_type=attachment.content_type
    )
