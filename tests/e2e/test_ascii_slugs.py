"""A trainer titles a new lesson in Kyrgyz in the admin: the address is short and ASCII.

The slug field fills itself in the browser as the title is typed (Wagtail's slug widget with
our letters, lms/slugs.py); what is saved is the slug the server's rule makes of that title.
"""

from courses.catalogue.models import LessonPage
from lms.slugs import ascii_slug
from tests.e2e.content import course_create

TITLE = (
    "Бүргөндү менен Достуктун таштанды чыгаруу боюнча кызматташтыгы: келишим, тарифтер, "
    "жоопкерчилик жана көзөмөл"
)


def test_a_lesson_titled_in_kyrgyz_gets_a_short_ascii_slug(page, login_as, make_user, screenshot):
    trainer = make_user(role="Trainer", full_name="Нургүл Осмонова")
    course = course_create(trainer=trainer)
    login_as(trainer)
    page.goto(f"/admin/pages/add/catalogue/lessonpage/{course.course.pk}/")
    page.wait_for_load_state("networkidle")  # the admin's widgets are wired up by then
    page.locator("#id_title").click()
    page.keyboard.type(TITLE)
    page.keyboard.press("Tab")
    slug = ascii_slug(TITLE)
    # The widget fills the hidden slug field from the title when the title loses focus.
    page.wait_for_function(
        "slug => document.querySelector('#id_slug').value === slug", arg=slug, timeout=15_000
    )
    assert slug.startswith("burgondu-menen-dostuktun-tashtandy-chygaruu-boyuncha")
    assert slug.isascii() and len(slug) <= 80
    with page.expect_navigation():
        page.locator("footer button[type=submit]").first.click()  # Save draft
    lesson = LessonPage.objects.get(title=TITLE)
    assert lesson.slug == slug
    page.goto(f"/admin/pages/{lesson.pk}/edit/")
    page.get_by_role("tab").nth(1).click()  # the second tab (promote), where the slug is
    assert page.locator("#id_slug").input_value() == slug
    assert screenshot("lesson_titled_in_kyrgyz_ascii_slug").stat().st_size > 0
