"""Browser tests: Debian's Chromium driven by Playwright against pytest-django's live server.

One browser serves the whole e2e package; each test gets a fresh context (its own cookies) and
page. Chromium is never downloaded: `.ci/run` installs Debian's package, a laptop does it by
hand (README), and without it these tests skip (fail with CI=true).
"""

import re
from pathlib import Path

import pytest

from tests.e2e.wire import GzipLikeNginx
from tests.services import require

CHROMIUM = "/usr/bin/chromium"
# What a root, headless run on a machine with a closed network needs: no sandbox (root), no
# GPU, and none of Chromium's own calls home, which the network refuses.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
E2E_DIR = Path(__file__).parent
SCREENSHOTS = E2E_DIR / "screenshots"
TIMEOUT_MS = 10_000
OUTCOMES = pytest.StashKey[dict]()  # each test phase's outcome, for the failure screenshot


def pytest_collection_modifyitems(items):
    """Mark every test in this folder `e2e`, so `-m "not e2e"` leaves the browser out."""
    for item in items:
        if E2E_DIR in item.path.parents:
            item.add_marker(pytest.mark.e2e)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """Keep each phase's outcome on the test, so the page fixture knows if the test failed."""
    report = yield
    item.stash.setdefault(OUTCOMES, {})[report.when] = report.outcome
    return report


@pytest.fixture(scope="package", autouse=True)
def _migrated_data_restored(django_db_setup, django_db_blocker):
    """After the last browser test, put back what migrations made.

    Each transactional test empties the database when it ends; other transactional tests that
    pytest-django runs after this package (such as the Celery worker's) expect the migrated
    data (Wagtail's root page, role groups) as a fresh test database has it.
    """
    yield
    from django.core.management import call_command
    from django.db import connections

    with django_db_blocker.unblock():
        for connection in connections.all():
            contents = getattr(connection, "_test_serialized_contents", None)
            if contents:
                call_command(
                    "flush",
                    database=connection.alias,
                    interactive=False,
                    inhibit_post_migrate=True,
                    reset_sequences=False,  # the restored rows keep their ids
                    verbosity=0,
                )
                connection.creation.deserialize_db_from_string(contents)


@pytest.fixture(scope="package")
def browser(django_db_setup):
    """Chromium for the whole package, started after the test database exists (see below)."""
    require("Chromium", Path(CHROMIUM).exists(), f"install Debian's chromium ({CHROMIUM})")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        require("Playwright", False, "pip install -r requirements-dev.txt")
    # Playwright's sync API keeps an asyncio loop running in this thread, which Django takes for
    # an async context and refuses database calls in. The tests are plain sync code, so lift the
    # guard while, and only while, the browser is open.
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        playwright = sync_playwright().start()
        _keep_database_connections()
        try:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            yield browser
            browser.close()
        finally:
            playwright.stop()


def _keep_database_connections() -> None:
    """Keep using this thread's database connections now that a loop runs in it.

    Django keeps connections per thread, but per async context once an event loop is running,
    so Playwright's loop would hide the test database's connections (and the state
    pytest-django keeps on them, such as the serialized contents for rollbacks) behind new
    ones. Handing the thread's own connections to the async storage keeps one set.
    """
    from django.db import connections

    thread_storage = connections._connections._storage  # asgiref Local: a threading.local
    for alias in connections:
        connection = getattr(thread_storage, alias, None)
        if connection is not None:
            connections[alias] = connection


@pytest.fixture(scope="package")
def site_url(live_server):
    """The live server's address, its responses gzipped as production's nginx does."""
    httpd = live_server.thread.httpd
    app = httpd.get_app()
    httpd.set_app(GzipLikeNginx(app))
    yield live_server.url
    httpd.set_app(app)


@pytest.fixture
def page(browser, site_url, django_db_serialized_rollback, home_page, request):
    """A fresh browser context and page on the live server, with the home pages in place.

    The live server sees only committed data, so these tests are transactional; the serialized
    rollback puts back what migrations made (Wagtail's root page, locales, role groups) after
    each test empties the database.
    """
    context = browser.new_context(base_url=site_url, locale="ky-KG")
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    yield page
    if request.node.stash.get(OUTCOMES, {}).get("call") == "failed":
        # What the browser showed when the test failed, to look at after a CI run.
        SCREENSHOTS.mkdir(exist_ok=True)
        name = re.sub(r"[^\w.-]+", "_", request.node.name)
        page.screenshot(path=SCREENSHOTS / f"FAILED-{name}.png", full_page=True)
    context.close()


@pytest.fixture
def screenshot(page):
    """Save the page as it is: screenshot("name") writes tests/e2e/screenshots/name.png.

    Each journey ends with one, so a person can look at the final states after a run.
    """

    def save(name: str) -> Path:
        SCREENSHOTS.mkdir(exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        page.screenshot(path=path, full_page=True)
        return path

    return save


@pytest.fixture
def login_as(page, site_url):
    """Sign the browser in without the form: login_as(user) gives it that user's session.

    For journeys that start signed in; the sign-in form itself has a keyboard test.
    """
    from django.conf import settings
    from django.test import Client

    def sign_in(user) -> None:
        client = Client()
        client.force_login(user)
        session = client.cookies[settings.SESSION_COOKIE_NAME].value
        page.context.add_cookies(
            [{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": site_url}]
        )

    return sign_in
