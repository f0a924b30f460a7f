"""The API's personal data (tokens, remembered answers) and its retention sweep."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail import hooks

from lms.api.idempotency import idempotency_records_expire
from lms.api.models import ApiToken, IdempotencyRecord
from lms.privacy.providers import PERSONAL_DATA_PROVIDERS, PersonalDataProvider
from lms.retention.hooks import RETENTION_SWEEPS


def _iso(value):
    return value.isoformat() if value else None


def api_token_records(user):
    """The person's tokens, without their hashes (which would prove nothing to them)."""
    rows = ApiToken.objects.filter(user=user).order_by("created_at", "pk")
    for token in rows.iterator(chunk_size=500):
        yield {
            "name": token.name,
            "prefix": token.prefix,
            "scope": token.scope,
            "created_at": _iso(token.created_at),
            "expires_at": _iso(token.expires_at),
            "last_used_at": _iso(token.last_used_at),
            "revoked_at": _iso(token.revoked_at),
        }
    records = IdempotencyRecord.objects.filter(user=user).order_by("created_at", "pk")
    for record in records.iterator(chunk_size=500):
        yield {
            "idempotency_key": record.key,
            "request": f"{record.method} {record.path}",
            "status": record.status_code,
            "created_at": _iso(record.created_at),
        }


def api_data_erase(user) -> int:
    """Tokens stop and go with the account's data, and so do the remembered answers."""
    tokens, _ = ApiToken.objects.filter(user=user).delete()
    records, _ = IdempotencyRecord.objects.filter(user=user).delete()
    return tokens + records


@hooks.register(PERSONAL_DATA_PROVIDERS)
def api_personal_data():
    return PersonalDataProvider(
        key="api",
        title=_("API tokens"),
        models=("api.ApiToken", "api.IdempotencyRecord"),
        records=api_token_records,
        erase=api_data_erase,
        order=90,
    )


@hooks.register(RETENTION_SWEEPS, order=90)
def api_idempotency_expire(now=None):
    return "api.idempotency_records", idempotency_records_expire(now=now or timezone.now())
