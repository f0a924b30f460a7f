"""Pages stay light on a slow mobile connection: bytes over the wire, measured in the browser.

Responses are gzipped as docs/deploy.md's nginx sends them (tests/e2e/wire.py), images are left
out (they are renditions sized for the viewport, measured apart), and the browser cache is off,
so this is a first visit.
"""

from courses.enrolment.services import enrollment_create
from tests.e2e.content import LANGUAGES, PORTAL_CASES, course_create, portal_create
from tests.e2e.wire import page_load_transfers

LIMIT_BYTES = 100_000  # 100 KB
# A small phone: 360 CSS pixels wide at one device pixel per CSS pixel.
PHONE = {"width": 360, "height": 740}
# A picture may carry up to twice the pixels it is shown at (crisp on 2x screens), no more.
MAX_PIXELS_PER_CSS_PIXEL = 2

IMAGES = """() => [...document.querySelectorAll("main img")].map((img) => ({
    src: img.currentSrc, complete: img.complete, natural: img.naturalWidth,
    shown: img.getBoundingClientRect().width, alt: img.alt}))"""


def weight_report(transfers) -> str:
    lines = [
        f"{t.bytes:>8} B  {t.resource_type:<10} {t.encoding or '-':<5} {t.url}" for t in transfers
    ]
    return "\n".join([*lines, f"{sum(t.bytes for t in transfers):>8} B  in all"])


def assert_light(transfers) -> int:
    total = sum(t.bytes for t in transfers)
    assert total < LIMIT_BYTES, weight_report(transfers)
    # Measured as production sends it: the HTML and the stylesheets compressed.
    for transfer in transfers:
        if transfer.resource_type in ("Document", "Stylesheet"):
            assert transfer.encoding == "gzip", weight_report(transfers)
    return total


def test_home_page_weighs_under_100_kb_without_images(page, subtests, record_property):
    for language in LANGUAGES:
        with subtests.test(language=language):
            transfers = page_load_transfers(page, f"/{language}/")
            record_property(f"home_page_bytes_{language}", assert_light(transfers))


def test_lesson_and_case_pages_weigh_under_100_kb_with_images_sized_for_a_phone(
    page, subtests, record_property, login_as, make_user
):
    portal = portal_create()
    course = course_create(trainer=make_user(role="Trainer"))
    learner = make_user(role="Learner")
    enrollment_create(user=learner, course=course.course)
    login_as(learner)
    pages = {
        "lesson": lambda language: course.lesson_url(0, language),
        "case": lambda language: portal.case_url(PORTAL_CASES[0], language),
    }
    for name, url in pages.items():
        for language in LANGUAGES:
            with subtests.test(page=name, language=language):
                transfers = page_load_transfers(page, url(language))
                record_property(f"{name}_page_bytes_{language}", assert_light(transfers))

    # On a phone each picture is a rendition no wider than needed, never the upload itself.
    page.set_viewport_size(PHONE)
    for name, url in pages.items():
        with subtests.test(page=name, viewport="phone"):
            page.goto(url("ru"))
            images = page.locator("main img")
            assert images.count() >= 1
            for n in range(images.count()):
                images.nth(n).scroll_into_view_if_needed()  # lazy images load when near
            page.wait_for_function(
                "() => [...document.querySelectorAll('main img')].every((i) => i.complete)"
            )
            for image in page.evaluate(IMAGES):
                assert image["natural"] > 0, f"not loaded: {image}"
                assert "/media/original_images/" not in image["src"], image
                assert "/media/images/" in image["src"], image
                assert image["natural"] <= MAX_PIXELS_PER_CSS_PIXEL * image["shown"], (
                    f"{image['src']} is {image['natural']} px wide, shown at "
                    f"{image['shown']:.0f} CSS px on a {PHONE['width']} px phone"
                )
