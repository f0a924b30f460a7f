"""The WSGI application `bench/ceiling.py` serves for its "chain only" rounds: the project's,
with `bench.ceiling_answer.ConstantAnswer` appended to the middleware."""


def _application():
    import django
    from django.conf import settings

    django.setup(set_prefix=False)
    settings.MIDDLEWARE = [*settings.MIDDLEWARE, "bench.ceiling_answer.ConstantAnswer"]
    from django.core.handlers.wsgi import WSGIHandler

    return WSGIHandler()


application = _application()
