"""The REST API's foundation (docs/api.md): the NinjaAPI at /api/v1/, personal access tokens,
authentication, problem details, cursor pagination, rate limits and idempotent POSTs."""
