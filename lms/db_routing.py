"""Reads of reports and the API from a PostgreSQL read replica (docs/deploy.md, "Scaling out").

Only requests that write nothing a later read of theirs depends on are sent to the replica: GET
and HEAD of the programme reports and of the REST API, and the reports' background exports.
Everything else, and every write, stays on the primary, so a person always reads their own writes.
The router does nothing unless `DATABASE_REPLICA_READS` is on and a `replica` alias exists.
"""

import re
from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings

REPLICA = "replica"
_replica_reads: ContextVar[bool] = ContextVar("replica_reads", default=False)
# /api/v1/... and /<lang>/teach/reports/...
REPLICA_PATHS = re.compile(r"^/(?:api/v1/|(?:ky|ru|en)/teach/reports/)")


def replica_enabled() -> bool:
    return bool(getattr(settings, "DATABASE_REPLICA_READS", False)) and (
        REPLICA in settings.DATABASES
    )


@contextmanager
def replica_reads():
    """Send the reads inside the block to the replica (when one is configured)."""
    token = _replica_reads.set(True)
    try:
        yield
    finally:
        _replica_reads.reset(token)


class ReplicaRouter:
    """Reads to the replica inside `replica_reads()`; writes and migrations on the primary."""

    def db_for_read(self, model, **hints):
        if _replica_reads.get() and replica_enabled():
            return REPLICA
        return None

    def db_for_write(self, model, **hints):
        return "default"

    def allow_relation(self, obj1, obj2, **hints):
        # The replica holds the same rows as the primary: objects read from either relate.
        return True

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == "default"


class ReplicaReadsMiddleware:
    """GET and HEAD of the reports and the API read from the replica."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in ("GET", "HEAD") and REPLICA_PATHS.match(request.path_info):
            with replica_reads():
                return self.get_response(request)
        return self.get_response(request)
