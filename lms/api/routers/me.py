"""The caller's own account and notifications."""

from typing import Literal

from django.http import Http404

from ninja import Field, Path, Query, Router, Schema

from lms.accounts.access_cache import user_group_names
from lms.accounts.roles import ROLES
from lms.api.pagination import MAX_ID, PageQuery, page_schema, paginate
from lms.api.schemas import LANG_QUERY, MunicipalityRef, municipality_ref
from lms.notifications.models import Notification
from lms.notifications.selectors import notifications_of
from lms.notifications.services import notification_open, notifications_read_all
from lms.places.models import Municipality

router = Router(tags=["me"])
NOTIFICATION_ID = Path(..., ge=1, le=MAX_ID, description="The notification's id.")


class MeOut(Schema):
    id: int = Field(..., description="Your account's id.")
    email: str = Field(..., description="Your e-mail address, which is also your login.")
    full_name: str = Field(..., description="Your full name as certificates show it.")
    municipality: MunicipalityRef | None = Field(None, description="Where you work.")
    position: str = Field(..., description="Your position (a code, e.g. `ao_head`).")
    preferred_language: str = Field(..., description="The language of your e-mails: ky, ru or en.")
    roles: list[str] = Field(..., description="Your roles: Learner, Trainer, Reviewer, Manager.")


@router.get("/", response=MeOut, summary="Your account")
def me(request, lang: Literal["ky", "ru", "en"] = LANG_QUERY):
    """The account the token or session belongs to."""
    user = request.user
    municipality = None
    if user.municipality_id:
        municipality = Municipality.objects.select_related("district__oblast").get(
            pk=user.municipality_id
        )
    return {
        "id": user.pk,
        "email": user.email,
        "full_name": user.full_name,
        "municipality": municipality_ref(municipality, lang),
        "position": user.position,
        "preferred_language": user.preferred_language,
        "roles": sorted(set(user_group_names(user)) & set(ROLES)),
    }


class NotificationOut(Schema):
    id: int = Field(..., description="The notification's id.")
    kind: str = Field(..., description="What it is about (a code, e.g. `enrolled`).")
    title: str = Field(..., description="Its title, written in your language when it was sent.")
    body: str = Field(..., description="Its text.")
    url: str = Field(..., description="The site path it opens (empty: nothing to open).")
    created_at: str = Field(..., description="When it was written (ISO 8601).")
    read_at: str | None = Field(None, description="When you read it; null while unread.")


def _notification(row: Notification) -> dict:
    return {
        "id": row.pk,
        "kind": row.kind,
        "title": row.title,
        "body": row.body,
        "url": row.url,
        "created_at": row.created_at.isoformat(),
        "read_at": row.read_at.isoformat() if row.read_at else None,
    }


NotificationPage = page_schema(NotificationOut, "NotificationPage")


class NotificationFilters(Schema):
    unread: bool = Field(False, description="Only the notifications not read yet.")


@router.get("/notifications/", response=NotificationPage, summary="Your notifications")
def notifications(request, filters: Query[NotificationFilters], page: Query[PageQuery]):
    """Newest first, one query a page."""
    rows = notifications_of(user=request.user, unread_only=filters.unread)
    found = paginate(request, rows, page, descending=True)
    return {
        "items": [_notification(row) for row in found.items],
        "next": found.next,
        "next_cursor": found.next_cursor,
    }


class ReadAllOut(Schema):
    marked: int = Field(..., description="How many notifications were unread and are now read.")


@router.post("/notifications/read/", response=ReadAllOut, summary="Mark every notification read")
def notifications_read(request):
    return {"marked": notifications_read_all(user=request.user)}


@router.post(
    "/notifications/{notification_id}/read/",
    response=NotificationOut,
    summary="Mark one notification read",
)
def notification_read(request, notification_id: int = NOTIFICATION_ID):
    """Someone else's notification is a 404, as on the site."""
    found = notification_open(user=request.user, notification_id=notification_id)
    if found is None:
        raise Http404
    return _notification(found)
