"""Accounts, for those who manage them on the admin's user screens (Managers): the same
permissions (`accounts.add_user`, `accounts.change_user`) and the same reach (never an account
with more rights than one's own, lms.accounts.admin_rights)."""

from typing import Literal

from django.core.exceptions import PermissionDenied

from ninja import Field, Query, Router, Schema, Status

from lms.accounts.admin_rights import admin_rights_of
from lms.accounts.models import Gender, Language, Position, User
from lms.api.pagination import MAX_ID, PageQuery, page_schema, paginate
from lms.api.schemas import LANG_QUERY, MunicipalityRef, municipality_ref
from lms.api.services import user_upsert_by_email

router = Router(tags=["users"])
Lang = Literal["ky", "ru", "en"]
NOT_A_MANAGER = "Only those who manage accounts (Managers) may use this."


class UserOut(Schema):
    id: int = Field(..., description="The account's id.")
    email: str = Field(..., description="The e-mail address, which is the login.")
    full_name: str = Field(..., description="The full name.")
    municipality: MunicipalityRef | None = Field(None, description="Where the person works.")
    position: str = Field(..., description="The position (a code).")
    gender: str = Field(..., description="female, male or not_stated (for aggregate reports).")
    preferred_language: str = Field(..., description="The language of their e-mails.")
    is_active: bool = Field(..., description="Whether the account may sign in.")


class UserIn(Schema):
    """An account by e-mail: created when no account has the address, else its profile updated
    (only the fields sent)."""

    model_config = {"extra": "forbid"}

    email: str = Field(..., min_length=3, max_length=254, description="The e-mail address.")
    full_name: str | None = Field(None, min_length=1, max_length=200, description="Full name.")
    municipality: int | None = Field(
        None, ge=1, le=MAX_ID, description="The municipality's id (see /places/municipalities)."
    )
    position: Literal[tuple(Position.values)] | None = Field(  # type: ignore[valid-type]
        None, description="The position (a code)."
    )
    gender: Literal[tuple(Gender.values)] | None = Field(  # type: ignore[valid-type]
        None, description="female, male or not_stated."
    )
    preferred_language: Literal[tuple(Language.values)] | None = Field(  # type: ignore[valid-type]
        None, description="ky, ru or en."
    )


class UserSaved(Schema):
    created: bool = Field(..., description="True when the account was created, false when updated.")
    user: UserOut = Field(..., description="The account as stored.")


UserPage = page_schema(UserOut, "UserPage")


class UserFilters(Schema):
    email: str | None = Field(None, max_length=254, description="Only this e-mail address.")
    municipality: int | None = Field(None, ge=1, le=MAX_ID, description="Only this municipality.")


def user_out(user, lang: str) -> dict:
    return {
        "id": user.pk,
        "email": user.email,
        "full_name": user.full_name,
        "municipality": municipality_ref(user.municipality, lang),
        "position": user.position,
        "gender": user.gender,
        "preferred_language": user.preferred_language,
        "is_active": user.is_active,
    }


@router.get("/", response=UserPage, summary="Accounts")
def users(
    request,
    filters: Query[UserFilters],
    page: Query[PageQuery],
    lang: Lang = LANG_QUERY,
):
    """The accounts the caller may manage, as the admin's user list shows them."""
    if not request.user.has_perm("accounts.change_user"):
        raise PermissionDenied(NOT_A_MANAGER)
    rows = admin_rights_of(request.user).manageable(
        User.objects.select_related("municipality__district__oblast")
    )
    if filters.email:
        rows = rows.filter(email=User.objects.normalize_email(filters.email).lower())
    if filters.municipality:
        rows = rows.filter(municipality_id=filters.municipality)
    found = paginate(request, rows.distinct(), page)
    return {
        "items": [user_out(user, lang) for user in found.items],
        "next": found.next,
        "next_cursor": found.next_cursor,
    }


@router.post("/", response={200: UserSaved, 201: UserSaved}, summary="Create or update an account")
def user_save(request, payload: UserIn, lang: Lang = LANG_QUERY):
    """By e-mail: 201 with a new Learner account, or 200 with the profile updated."""
    actor = request.user
    may_create = actor.has_perm("accounts.add_user")
    may_change = actor.has_perm("accounts.change_user")
    if not (may_create or may_change):
        raise PermissionDenied(NOT_A_MANAGER)
    profile = payload.model_dump(exclude_unset=True, exclude={"email"})
    profile = {name: value for name, value in profile.items() if value is not None}
    rights = admin_rights_of(actor)
    user, created = user_upsert_by_email(
        email=payload.email,
        profile=profile,
        may_create=may_create,
        may_update=lambda target: may_change and rights.may_manage(target),
    )
    user = User.objects.select_related("municipality__district__oblast").get(pk=user.pk)
    return Status(201 if created else 200, {"created": created, "user": user_out(user, lang)})
