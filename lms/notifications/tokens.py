"""The unsubscribe token: a signed (user, kind) pair, so one click from an e-mail works without
signing in and names nothing anyone could guess or change."""

from django.core import signing

SALT = "lms.notifications.unsubscribe"


def unsubscribe_token(*, user_id: int, kind: str) -> str:
    return signing.dumps([user_id, kind], salt=SALT, compress=False)


def unsubscribe_token_read(token: str) -> tuple[int, str] | None:
    """(user id, kind) the token names, or None when it was not made by us. No expiry: a link in
    an old e-mail must still stop the mail (RFC 8058)."""
    try:
        user_id, kind = signing.loads(token, salt=SALT)
    except (signing.BadSignature, ValueError, TypeError):
        return None
    if not isinstance(user_id, int) or not isinstance(kind, str):
        return None
    return user_id, kind
