"""Reads of the API's own data: a person's tokens."""

from lms.api.models import ApiToken


def api_tokens_of(*, user):
    """`user`'s tokens, newest first (one query)."""
    return ApiToken.objects.filter(user=user).order_by("-created_at", "-pk")
