"""The app map in docs/architecture.md holds in the code: one way, no circles, models before views.

The checks read the source (tests/support/imports.py); the last tests show each check failing on
a small tree that breaks its rule, so a check that silently passes everything would be caught.
"""

from pathlib import Path

import pytest

from tests.support.imports import (
    app_map,
    direction_violations,
    import_circles,
    import_graph,
    models_importing_views,
    unmapped_modules,
)

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("lms", "courses", "cms")
RULES = app_map((ROOT / "docs" / "architecture.md").read_text())


@pytest.fixture(scope="module")
def imports():
    return import_graph(ROOT, PACKAGES)


def test_the_map_names_each_app_once_with_what_it_may_import():
    for app in (
        "lms",
        "lms.urls",
        "cms",
        "cms.portal",
        "cms.news",
        "courses",
        "courses.catalogue",
        "courses.activity",
        "courses.enrolment",
        "courses.progress",
        "courses.quizzes",
        "courses.calendar",
        "courses.discussions",
        "courses.certificates",
        "courses.reminders",
        "courses.reports",
        "courses.xapi",
        "courses.api",
        "courses.lti",
        "courses.seminars",
        "courses.competitions",
        "courses.moodle",
    ):
        assert app in RULES, f"docs/architecture.md has no row for {app}"
    # The fixed directions of DESIGN.md: the foundation imports no domain, cms no course app,
    # progress nothing about quizzes, and nothing imports reports.
    assert RULES["lms"] == set()
    for cms_app in ("cms", "cms.portal", "cms.news"):
        assert not any(app.startswith("courses") for app in RULES[cms_app])
    assert "courses.quizzes" not in RULES["courses.progress"]
    importers_of_reports = {app for app, allowed in RULES.items() if "courses.reports" in allowed}
    assert importers_of_reports <= {"lms.urls", "courses"}


def test_every_module_belongs_to_an_app_of_the_map():
    assert unmapped_modules(ROOT, PACKAGES, RULES) == []


# Apps that hold no data of their own: the API's routers call the other apps' services.
WITHOUT_MODELS = {"api"}


def test_courses_top_level_holds_only_what_spans_every_domain():
    """Each domain is a folder; at the top only the package, its app and the demo command."""
    top = sorted(path.name for path in (ROOT / "courses").iterdir() if path.name != "__pycache__")
    apps = [
        "activity",
        "api",
        "assignments",
        "calendar",
        "catalogue",
        "certificates",
        "discussions",
        "enrolment",
        "lti",
        "progress",
        "moodle",
        "quizzes",
        "reminders",
        "reports",
        "seminars",
        "competitions",
        "xapi",
    ]
    assert top == sorted(["__init__.py", "apps.py", "management", *apps])
    for app in apps:
        assert (ROOT / "courses" / app / "apps.py").exists()
        if app in WITHOUT_MODELS:
            continue
        assert (ROOT / "courses" / app / "migrations" / "0001_initial.py").exists()


def test_no_module_level_import_circles(imports):
    assert import_circles(imports) == []


def test_models_do_not_import_views_or_forms(imports):
    assert models_importing_views(imports) == []


def test_imports_follow_the_app_map(imports):
    assert direction_violations(imports, RULES) == []


# ---- each check fails on a tree that breaks its rule --------------------------------------------

SMALL_MAP = """
| app | holds | may import |
| --- | --- | --- |
| `shop` | the foundation | — |
| `shop.orders` | orders | `shop` |
| `shop.reports` | reports | `shop`, `shop.orders` |
"""


def _tree(tmp_path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    for folder in ("shop", "shop/orders", "shop/reports"):
        (tmp_path / folder).mkdir(parents=True, exist_ok=True)
        (tmp_path / folder / "__init__.py").touch()
    return tmp_path


def test_check_catches_a_model_importing_a_view_at_module_level(tmp_path):
    root = _tree(
        tmp_path,
        {
            "shop/orders/models.py": "from shop.orders.views import order_detail\n",
            "shop/orders/views.py": "def order_detail(request):\n    return None\n",
            "shop/reports/models.py": (
                "def serve(self):\n    from shop.reports.views import show\n    return show\n"
            ),
            "shop/reports/views.py": "def show():\n    return None\n",
        },
    )
    found = models_importing_views(import_graph(root, ("shop",)))
    # The module-level one is caught; a page's serve importing its view inside the method is not.
    assert [(item.source, item.target) for item in found] == [
        ("shop.orders.models", "shop.orders.views")
    ]


def test_check_catches_an_import_circle(tmp_path):
    root = _tree(
        tmp_path,
        {
            "shop/orders/services.py": "from shop.orders import selectors\n",
            "shop/orders/selectors.py": "from shop.orders.services import order_place\n",
            "shop/orders/tasks.py": "def run():\n    from shop.orders import services\n",
        },
    )
    assert import_circles(import_graph(root, ("shop",))) == [
        ["shop.orders.selectors", "shop.orders.services"]
    ]


def test_check_catches_an_import_against_the_map(tmp_path):
    root = _tree(
        tmp_path,
        {
            "shop/orders/services.py": "def go():\n    from shop.reports import figures\n",
            "shop/reports/figures.py": "from shop.orders import services\n",
        },
    )
    found = direction_violations(import_graph(root, ("shop",)), app_map(SMALL_MAP))
    # Even a function-level import counts: it is a dependency all the same.
    assert found == [
        "shop.orders.services:2 imports shop.reports.figures (shop.orders -> shop.reports)"
    ]
