"""The whole demo, built once for the guards, inside a transaction rolled back at the end.

The guards walk every route as anonymous, a learner, another learner, the trainer, the
manager and the administrator; the demo gives each route real objects to point at. Built in
one outer transaction (the way Django's setUpTestData works), each guard test runs in a
savepoint inside it and nothing outlives the package.
"""

from django.db import transaction
from django.test import override_settings

import pytest

from tests.guards.demo import demo_build


@pytest.fixture(scope="package")
def guard_files(tmp_path_factory):
    """One folder for the package's uploads: the demo's images outlive a single test here."""
    root = tmp_path_factory.mktemp("guards")
    return {"MEDIA_ROOT": root / "media", "PRIVATE_MEDIA_ROOT": root / "private"}


@pytest.fixture(autouse=True)
def _media_root(settings, guard_files):
    for name, value in guard_files.items():
        setattr(settings, name, value)


@pytest.fixture(scope="package")
def demo(django_db_setup, django_db_blocker, guard_files):
    with django_db_blocker.unblock(), override_settings(**guard_files):
        outer = transaction.atomic()
        outer.__enter__()
        try:
            yield demo_build()
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
