"""A WSGI app that answers how many objects its worker's collector leaves out (frozen)."""

import gc


def application(environ, start_response):
    body = str(gc.get_freeze_count()).encode()
    start_response("200 OK", [("Content-Type", "text/plain"), ("Content-Length", str(len(body)))])
    return [body]
