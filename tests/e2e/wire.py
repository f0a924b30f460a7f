"""What travels over the wire: gzip as production sends it, and bytes counted in the browser."""

import gzip
from dataclasses import dataclass

# docs/deploy.md's nginx: `gzip on` (text/html always) plus these gzip_types, at nginx's default
# level 1 and minimum length of 20 bytes. WhiteNoise's pre-compressed static files are smaller
# still, so measuring through this wrapper gives an upper bound of what production sends.
COMPRESSIBLE_TYPES = (
    "text/html",
    "text/css",
    "application/javascript",
    "text/javascript",
    "application/json",
    "image/svg+xml",
)
GZIP_LEVEL = 1
GZIP_MIN_LENGTH = 20


class GzipLikeNginx:
    """WSGI wrapper compressing responses as the nginx in front of production does.

    The live server answers pages and static files uncompressed (Django's test server has no
    gzip, and WhiteNoise compresses only collected files), so without it the weight measured in
    the browser would be what no visitor downloads.
    """

    def __init__(self, app):
        self.app = app

    def __call__(self, environ, start_response):
        if "gzip" not in environ.get("HTTP_ACCEPT_ENCODING", ""):
            return self.app(environ, start_response)
        captured = {}
        written = []

        def capture(status, headers, exc_info=None):
            captured["status"], captured["headers"] = status, headers
            return written.append

        result = self.app(environ, capture)
        try:
            body = b"".join([*written, *result])
        finally:
            if hasattr(result, "close"):
                result.close()
        status, headers = captured["status"], captured["headers"]
        names = {name.lower(): value for name, value in headers}
        content_type = names.get("content-type", "").split(";")[0].strip()
        if (
            content_type in COMPRESSIBLE_TYPES
            and "content-encoding" not in names
            and len(body) >= GZIP_MIN_LENGTH
        ):
            body = gzip.compress(body, compresslevel=GZIP_LEVEL)
            headers = [
                (name, value)
                for name, value in headers
                if name.lower() not in ("content-length", "vary")
            ]
            vary = ", ".join(filter(None, [names.get("vary"), "Accept-Encoding"]))
            headers += [
                ("Content-Encoding", "gzip"),
                ("Content-Length", str(len(body))),
                ("Vary", vary),
            ]
        start_response(status, headers)
        return [body]


@dataclass(frozen=True)
class Transfer:
    """One response as the browser received it: bytes on the wire, headers included."""

    url: str
    resource_type: str
    encoding: str
    bytes: int


def page_load_transfers(page, url: str) -> list[Transfer]:
    """Load `url` with the browser cache off and list every response but images.

    Chromium reports `encodedDataLength` when a response finishes: the bytes read from the
    socket for it, compressed body and headers together, which is what a slow connection pays.
    """
    cdp = page.context.new_cdp_session(page)
    responses, finished = {}, {}
    cdp.on("Network.responseReceived", lambda event: responses.update({event["requestId"]: event}))
    cdp.on(
        "Network.loadingFinished",
        lambda event: finished.update({event["requestId"]: event["encodedDataLength"]}),
    )
    cdp.send("Network.enable")
    cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
    try:
        page.goto(url, wait_until="networkidle")
    finally:
        cdp.send("Network.setCacheDisabled", {"cacheDisabled": False})
        cdp.detach()
    transfers = []
    for request_id, length in finished.items():
        event = responses.get(request_id)
        if event is None or event["type"] == "Image":
            continue
        headers = {name.lower(): value for name, value in event["response"]["headers"].items()}
        transfers.append(
            Transfer(
                url=event["response"]["url"],
                resource_type=event["type"],
                encoding=headers.get("content-encoding", ""),
                bytes=int(length),
            )
        )
    return transfers
