"""Reads about data requests: what a person sees on their profile, what a manager decides on."""

from dataclasses import dataclass

from django.db.models import Case, IntegerField, QuerySet, Value, When
from django.utils import timezone

from lms.accounts.access_cache import user_group_names
from lms.accounts.roles import MANAGER
from lms.privacy.models import (
    DataExport,
    DataExportStatus,
    DeletionRequest,
    DeletionRequestStatus,
)
from lms.privacy.providers import personal_data_providers


def user_is_privacy_manager(user) -> bool:
    """Managers (and administrators) decide deletion requests."""
    if not user.is_authenticated or not user.is_active:
        return False
    return user.is_superuser or MANAGER in user_group_names(user)


@dataclass(frozen=True)
class PrivacyStatus:
    export: DataExport | None  # the newest export
    export_state: str  # "none", "pending", "ready", "expired", "failed"
    deletion: DeletionRequest | None  # the newest deletion request


def privacy_status(*, user, now=None) -> PrivacyStatus:
    """The profile's "Your data" section: the newest export and deletion request (2 queries)."""
    now = now or timezone.now()
    export = DataExport.objects.filter(user=user).order_by("-created_at", "-pk").first()
    if export is None:
        state = "none"
    elif export.status in (DataExportStatus.QUEUED, DataExportStatus.RUNNING):
        state = "pending"
    elif export.status == DataExportStatus.READY and export.expires_at and export.expires_at > now:
        state = "ready"
    elif export.status == DataExportStatus.FAILED:
        state = "failed"
    else:
        state = "expired"
    deletion = DeletionRequest.objects.filter(user=user).order_by("-created_at", "-pk").first()
    return PrivacyStatus(export=export, export_state=state, deletion=deletion)


def deletion_requests_list() -> QuerySet[DeletionRequest]:
    """Every deletion request for the managers' list: waiting ones first, then newest."""
    return (
        DeletionRequest.objects.select_related("user", "user__municipality", "decided_by")
        .annotate(
            waiting=Case(
                When(status=DeletionRequestStatus.PENDING, then=Value(0)),
                default=Value(1),
                output_field=IntegerField(),
            )
        )
        .order_by("waiting", "-created_at", "-pk")
    )


@dataclass(frozen=True)
class ProviderPreview:
    title: str
    describe: str | None
    blocks: str | None


def deletion_preview(user) -> list[ProviderPreview]:
    """What deletion would do in each app, and what stops it, for the manager."""
    previews = []
    for provider in personal_data_providers():
        describe, blocks = provider.describe(user), provider.blocks(user)
        if describe or blocks:
            previews.append(ProviderPreview(str(provider.title), describe, blocks))
    return previews
