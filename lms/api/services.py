"""Token actions: create (the secret returned once), revoke, and authenticate a request's token."""

import datetime as dt
import hashlib
import secrets

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lms.api.models import ApiToken, TokenScope

# "mla_" tells a leaked secret apart from other strings (secret scanners match on it).
SECRET_PREFIX = "mla_"  # noqa: S105 (a marker, not a secret)
SHOWN_PREFIX_LENGTH = len(SECRET_PREFIX) + 6
# A token's last use is written at most this often: a busy script does not write on each call.
LAST_USED_EVERY = dt.timedelta(minutes=5)
EXPIRY_IN_PAST = _("The expiry date must be in the future.")


def token_hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


@transaction.atomic
def api_token_create(
    *, user, name: str, scope: str = TokenScope.READ, expires_at=None
) -> tuple[ApiToken, str]:
    """A new token and its secret, which is not stored and cannot be shown again."""
    if expires_at is not None and expires_at <= timezone.now():
        raise ValidationError({"expires_at": EXPIRY_IN_PAST})
    secret = SECRET_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken(
        user=user,
        name=name.strip()[:100],
        prefix=secret[:SHOWN_PREFIX_LENGTH],
        hash=token_hash(secret),
        scope=scope,
        expires_at=expires_at,
    )
    token.full_clean()
    token.save()
    return token, secret


@transaction.atomic
def api_token_revoke(*, token: ApiToken) -> ApiToken:
    """Stop a token at once; it stays listed as revoked."""
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
    return token


def api_token_authenticate(secret: str) -> ApiToken | None:
    """The active token whose secret this is (its user joined), or None; notes its use."""
    if not secret.startswith(SECRET_PREFIX) or len(secret) > 200:
        return None
    token = ApiToken.objects.select_related("user").filter(hash=token_hash(secret)).first()
    now = timezone.now()
    if token is None or not token.active_at(now) or not token.user.is_active:
        return None
    if token.last_used_at is None or now - token.last_used_at > LAST_USED_EVERY:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
        token.last_used_at = now
    return token


NO_SUCH_MUNICIPALITY = _("There is no municipality with this id.")


@transaction.atomic
def user_upsert_by_email(*, email: str, profile: dict, may_create: bool, may_update) -> tuple:
    """Create a Learner with this address, or update the profile of the account that has it.

    Returns (user, created). `may_update(user)` is the caller's right over that account (the
    admin's rule: never an account with more rights than their own); a refusal is a
    PermissionDenied. A new account has no password: the person sets one with "Forgot password",
    which also confirms the address.
    """
    from django.contrib.auth.models import Group
    from django.core.exceptions import PermissionDenied

    from lms.accounts.models import User
    from lms.accounts.roles import LEARNER
    from lms.accounts.services import user_profile_update
    from lms.places.models import Municipality

    fields = dict(profile)
    if "municipality" in fields and fields["municipality"] is not None:
        municipality = Municipality.objects.filter(pk=fields["municipality"]).first()
        if municipality is None:
            raise ValidationError({"municipality": NO_SUCH_MUNICIPALITY})
        fields["municipality"] = municipality
    normalized = User.objects.normalize_email(email).lower()
    user = User.objects.filter(email=normalized).first()
    if user is not None:
        if not may_update(user):
            raise PermissionDenied("You may not change this account.")
        return user_profile_update(user=user, **fields), False
    if not may_create:
        raise PermissionDenied("You may not create accounts.")
    user = User(email=normalized, **fields)
    user.set_unusable_password()
    user.full_clean(exclude=["password"])
    user.save()
    user.groups.add(Group.objects.get(name=LEARNER))
    return user, True
