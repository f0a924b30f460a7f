"""/api/v1/: django-ninja's operations (each through `api_view`), the schema, the docs page, and
a problem document for any other address under it. Not language-prefixed: the API takes the
language as `?lang=`."""

from django.urls import path, re_path

from lms.api import views
from lms.api.api import api
from lms.api.idempotency import api_view

app_name = "api_v1"

_patterns, _app, _namespace = api.urls
for _pattern in _patterns:
    _pattern.callback = api_view(_pattern.callback)

urlpatterns = [
    path("docs", views.api_docs, name="docs"),
    *_patterns,
    re_path(r"^.*$", views.api_not_found),
]
