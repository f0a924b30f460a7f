"""The learning record stores statements go to (settings.XAPI_LRS), and one POST to each.

Standard library only (urllib): one JSON POST with basic auth needs no HTTP client dependency.
"""

import base64
import json
import urllib.error
import urllib.request
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

XAPI_VERSION_HEADER = "1.0.3"


@dataclass(frozen=True)
class Lrs:
    name: str
    endpoint: str  # the xAPI base, e.g. https://lrs.example.org/xAPI/
    username: str = ""
    password: str = ""

    @property
    def statements_url(self) -> str:
        return self.endpoint.rstrip("/") + "/statements"


class LrsUnavailable(Exception):
    """No answer (refused, timed out, broken connection): try the whole batch again later."""


def lrs_configured() -> list[Lrs]:
    """XAPI_LRS as Lrs objects; a malformed entry is a configuration error, said at once."""
    stores = []
    for entry in settings.XAPI_LRS or []:
        try:
            lrs = Lrs(
                name=str(entry["name"])[:64],
                endpoint=str(entry["endpoint"]),
                username=str(entry.get("username", "")),
                password=str(entry.get("password", "")),
            )
        except (KeyError, TypeError, AttributeError) as error:
            raise ImproperlyConfigured(
                "XAPI_LRS: each entry needs a name and an endpoint"
            ) from error
        if not lrs.endpoint.startswith(("http://", "https://")):
            raise ImproperlyConfigured(f"XAPI_LRS: {lrs.name}'s endpoint is not an http(s) URL")
        stores.append(lrs)
    if len({lrs.name for lrs in stores}) != len(stores):
        raise ImproperlyConfigured("XAPI_LRS: each LRS needs its own name")
    return stores


def statements_post(lrs: Lrs, statements: list[dict]) -> tuple[int, str]:
    """POST the statements; (HTTP status, the start of the body). Raises LrsUnavailable when
    no HTTP answer came back."""
    body = json.dumps(statements, ensure_ascii=False).encode()
    headers = {
        "Content-Type": "application/json; charset=utf-8",
        "X-Experience-API-Version": XAPI_VERSION_HEADER,
    }
    if lrs.username or lrs.password:
        token = base64.b64encode(f"{lrs.username}:{lrs.password}".encode()).decode()
        headers["Authorization"] = f"Basic {token}"
    request = urllib.request.Request(lrs.statements_url, data=body, headers=headers, method="POST")  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=settings.XAPI_TIMEOUT) as response:  # noqa: S310
            return response.status, response.read(2000).decode(errors="replace")
    except urllib.error.HTTPError as error:
        return error.code, error.read(2000).decode(errors="replace")
    except (urllib.error.URLError, OSError, TimeoutError) as error:
        raise LrsUnavailable(str(getattr(error, "reason", error))) from error
