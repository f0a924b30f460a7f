"""axe-core and keyboard helpers for the browser tests."""

import json
from functools import cache
from pathlib import Path

import pytest

from tests.services import require

E2E_DIR = Path(__file__).parent
AXE_PIN = json.loads((E2E_DIR / "package.json").read_text())["devDependencies"]["axe-core"]
AXE_DIR = E2E_DIR / "node_modules" / "axe-core"
# Serious and critical violations fail a test; minor and moderate ones are advice.
FAILING_IMPACTS = ("serious", "critical")


@cache
def axe_source() -> str | None:
    """axe.min.js at the pinned version, or None when `make e2e-tools` has not fetched it."""
    try:
        installed = json.loads((AXE_DIR / "package.json").read_text())["version"]
        source = (AXE_DIR / "axe.min.js").read_text()
    except (OSError, ValueError, KeyError):
        return None
    return source if installed == AXE_PIN else None


def axe_check(page) -> list[dict]:
    """Run axe on the page as it stands; fail on any serious or critical violation.

    Returns the milder violations, so a test may look at them too.
    """
    source = axe_source()
    require(f"axe-core {AXE_PIN}", source is not None, "run `make e2e-tools` (needs npm)")
    # Evaluated through the DevTools protocol, which the page's Content-Security-Policy allows.
    page.evaluate(source)
    results = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    failing = [v for v in results["violations"] if v["impact"] in FAILING_IMPACTS]
    if failing:
        pytest.fail(axe_report(page.url, failing), pytrace=False)
    return [v for v in results["violations"] if v["impact"] not in FAILING_IMPACTS]


def axe_report(url: str, violations: list[dict]) -> str:
    """One paragraph per rule: what is wrong, where (CSS selectors) and how to fix it."""
    lines = [f"axe-core found {len(violations)} serious or critical violation(s) on {url}:"]
    for violation in violations:
        lines.append(
            f"- {violation['id']} ({violation['impact']}): {violation['help']} "
            f"<{violation['helpUrl']}>"
        )
        for node in violation["nodes"][:10]:
            target = " ".join(str(part) for part in node["target"])
            # "Fix any/all of the following:" then one reason a line; the first says enough.
            reasons = [line.strip() for line in node.get("failureSummary", "").splitlines()[1:]]
            more = f" (+{len(reasons) - 1} more)" if len(reasons) > 1 else ""
            lines.append(f"    at {target}: {reasons[0] if reasons else ''}{more}")
        if len(violation["nodes"]) > 10:
            lines.append(f"    ... and {len(violation['nodes']) - 10} more")
    return "\n".join(lines)


FOCUSED = """() => {
    const el = document.activeElement;
    if (!el) return null;
    const style = getComputedStyle(el);
    const outlined = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
    return {tag: el.tagName.toLowerCase(), id: el.id, name: el.getAttribute("name"),
            classes: [...el.classList], text: el.innerText?.trim() ?? "",
            indicated: outlined || style.boxShadow !== "none"};
}"""


def focused(page) -> dict:
    """The element that has the keyboard focus: tag, id, name, classes, visible text, and
    whether it shows a focus indicator (an outline or a shadow)."""
    return page.evaluate(FOCUSED)


def tab_to(page, selector: str, *, limit: int = 60) -> list[dict]:
    """Press Tab until the element matching `selector` has focus; return the stops on the way.

    Fails if it is not reached within `limit` presses, as a keyboard user would be stuck.
    """
    stops = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        stops.append(focused(page))
        if page.evaluate("(s) => document.activeElement.matches(s)", selector):
            return stops
    pytest.fail(f"{selector} not reached with {limit} Tab presses on {page.url}", pytrace=False)


def follow(page, selector: str, *, key: str = "Enter", limit: int = 60) -> None:
    """Tab to the link or button matching `selector` and press Enter: the page it opens loads."""
    tab_to(page, selector, limit=limit)
    with page.expect_navigation():
        page.keyboard.press(key)


def choose_with_arrows(page, name: str, value: str) -> None:
    """Check the radio button `value` of the group `name` as a keyboard user does.

    Tab enters a radio group once; the arrow keys then move through it, checking as they go.
    """
    tab_to(page, f"input[type=radio][name='{name}']")
    target = f"input[type=radio][name='{name}'][value='{value}']"
    for _ in range(page.locator(f"input[type=radio][name='{name}']").count()):
        if page.evaluate("(s) => document.activeElement.matches(s)", target):
            page.keyboard.press("Space")
            assert page.locator(target).is_checked()
            return
        page.keyboard.press("ArrowDown")
    pytest.fail(f"{target} not reached with the arrow keys on {page.url}", pytrace=False)
