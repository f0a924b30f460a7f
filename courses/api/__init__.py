"""The course domains and the portal in the REST API (docs/api.md): routers mounted on lms.api's
NinjaAPI through the API_ROUTERS hook."""
