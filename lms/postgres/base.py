"""Django's PostgreSQL backend, its connection health check asked of the socket first.

With CONN_HEALTH_CHECKS, Django checks a kept connection before a request's first query by
sending `SELECT 1`: one more round trip to the server on every request that touches the
database, a fifth of a mark-complete POST's time in the view (docs/benchmarks.md, tenth pass).
A server that ends a session (a restart, `pg_terminate_backend`, an idle timeout) sends its
last message and closes the socket, so an idle connection whose socket has nothing to read is
still open: that costs one `select()` with no wait. When the socket has something to read, or
the connection is inside a transaction, Django's own `SELECT 1` decides, as before. A network
path that drops silently is found by neither check before the request's first query fails.
"""

import select

from django.db.backends.postgresql import base

from psycopg import pq


class DatabaseWrapper(base.DatabaseWrapper):
    def is_usable(self):
        connection = self.connection
        if connection is None or connection.closed or connection.broken:
            return False
        if connection.info.transaction_status != pq.TransactionStatus.IDLE:
            return super().is_usable()
        try:
            readable, _writable, _failed = select.select([connection.fileno()], [], [], 0)
        except (OSError, ValueError):
            return False
        return not readable or super().is_usable()
