"""Pages stay light on a slow mobile connection: bytes over the wire, measured in the browser.

Responses are gzipped as docs/deploy.md's nginx sends them (tests/e2e/wire.py), images are left
out (they are renditions sized for the viewport, measured apart), and the browser cache is off,
so this is a first visit.
"""

from tests.e2e.wire import page_load_transfers

LIMIT_BYTES = 100_000  # 100 KB


def weight_report(transfers) -> str:
    lines = [
        f"{t.bytes:>8} B  {t.resource_type:<10} {t.encoding or '-':<5} {t.url}" for t in transfers
    ]
    return "\n".join([*lines, f"{sum(t.bytes for t in transfers):>8} B  in all"])


def test_home_page_weighs_under_100_kb_without_images(page, subtests, record_property):
    for language in ["ky", "ru", "en"]:
        with subtests.test(language=language):
            transfers = page_load_transfers(page, f"/{language}/")

            total = sum(t.bytes for t in transfers)
            record_property(f"home_page_bytes_{language}", total)
            assert total < LIMIT_BYTES, weight_report(transfers)
            # Measured as production sends it: the HTML and the stylesheet compressed.
            by_type = {t.resource_type: t for t in transfers}
            assert by_type["Document"].encoding == "gzip", weight_report(transfers)
            assert by_type["Stylesheet"].encoding == "gzip", weight_report(transfers)
