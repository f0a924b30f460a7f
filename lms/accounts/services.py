"""Actions that change accounts: registration, e-mail confirmation, profile edits."""

from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lms.accounts.models import User
from lms.accounts.roles import LEARNER
from lms.accounts.tasks import user_confirmation_email_send
from lms.accounts.user_cache import user_cache_forget
from lms.outbox.services import outbox_send
from lms.policies.services import policy_versions_accept

EMAIL_TAKEN = _("An account with this e-mail address already exists.")
PROFILE_FIELDS = ("full_name", "municipality", "position", "gender", "preferred_language")
# Edited on the profile page, not asked at registration.
NOTIFICATION_FIELDS = ("notify_optional",)


@transaction.atomic
def user_register(
    *,
    email: str,
    password: str,
    full_name: str,
    policy_versions=(),
    policy_language: str | None = None,
    **profile,
) -> User:
    """Create a Learner whose address is not yet confirmed, with their acceptance of the site
    policies shown (read in `policy_language`), and send the confirmation e-mail."""
    user = User(email=email, full_name=full_name, **profile)
    user.set_password(password)
    user.full_clean(exclude=["password"])
    try:
        with transaction.atomic():
            user.save()
    except IntegrityError as error:
        raise ValidationError({"email": EMAIL_TAKEN}) from error
    user.groups.add(Group.objects.get(name=LEARNER))
    policy_versions_accept(
        user=user, versions=policy_versions, language=policy_language or user.preferred_language
    )
    outbox_send(user_confirmation_email_send, user.pk)
    return user


def user_confirmation_resend(*, email: str) -> None:
    """Queue a new link for an unconfirmed account; silent otherwise, so addresses stay private."""
    user = User.objects.filter(email=User.objects.normalize_email(email)).first()
    if user is not None and not user.email_confirmed and user.is_active:
        outbox_send(user_confirmation_email_send, user.pk)


def user_email_confirm(*, user: User) -> bool:
    """Mark the address as confirmed; True the first time, False when it already was."""
    updated = User.objects.filter(pk=user.pk, email_confirmed_at__isnull=True).update(
        email_confirmed_at=timezone.now()
    )
    user_cache_forget([user.pk])
    user.refresh_from_db(fields=["email_confirmed_at"])
    return bool(updated)


@transaction.atomic
def user_profile_update(*, user: User, **fields) -> User:
    """Save the editable profile fields after validating them."""
    unknown = set(fields) - set(PROFILE_FIELDS) - set(NOTIFICATION_FIELDS)
    if unknown:
        raise ValueError(f"Not profile fields: {sorted(unknown)}")
    for name, value in fields.items():
        setattr(user, name, value)
    user.full_clean(exclude=["password"])
    user.save(update_fields=list(fields))
    return user
