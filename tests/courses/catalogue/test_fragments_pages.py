"""The lesson and course pages with their fragments kept in the process (lms.local_fragments,
`{% fragment %}`) and Wagtail's site root paths remembered per content version (lms.routing):
previews show drafts, links and full URLs follow a changed site at once."""

from django.core.cache import cache
from django.urls import reverse

import pytest

from courses.catalogue.models import CoursePage, LessonPage

pytestmark = pytest.mark.django_db


def test_a_course_preview_shows_the_draft_after_the_live_page_was_kept(
    client, make_user, make_course
):
    manager = make_user(role="Manager")
    client.force_login(manager)
    course = make_course(lessons=1, modules=0, title="Жашыл шаар")
    assert "Жашыл шаар" in client.get(course.url).content.decode()  # kept for the version
    draft = CoursePage.objects.get(pk=course.pk)
    draft.title = "Таза суу"
    draft.save_revision(user=manager)
    preview = client.get(reverse("wagtailadmin_pages:view_draft", args=[course.pk]))
    assert preview.status_code == 200
    html = preview.content.decode()
    assert "Таза суу" in html and "Жашыл шаар" not in html


def test_a_completion_redirect_needs_no_cache_read_for_the_site_root_paths(
    client, learner, make_course
):
    from courses.enrolment.services import enrollment_create

    course = make_course(lessons=3, modules=0)  # the course stays open after two
    first, second = LessonPage.objects.descendant_of(course).live().order_by("path")[:2]
    enrollment_create(user=learner, course=course)
    client.force_login(learner)
    client.post(reverse("progress:lesson_complete", args=[first.pk]))  # root paths remembered
    reads = []
    original = cache.get

    def counted(key, *args, **kwargs):
        reads.append(key)
        return original(key, *args, **kwargs)

    cache.get = counted
    try:
        response = client.post(reverse("progress:lesson_complete", args=[second.pk]))
    finally:
        del cache.get
    assert response.status_code == 302
    assert response["Location"] == f"{second.url}#lesson-completion"
    assert "wagtail_site_root_paths" not in reads


def test_a_changed_site_address_shows_in_full_page_urls_at_once(client, make_course):
    from wagtail.models import Site

    course = make_course(lessons=1, modules=0)
    site = Site.objects.get(is_default_site=True)
    before = client.get(course.url).content.decode()
    assert f'<link rel="canonical" href="{site.root_url}{course.url}">' in before
    site.hostname, site.port = "elsewhere.example", 8443
    site.save()  # a new content version: the remembered root paths are not used again
    after = client.get(course.url).content.decode()
    assert '<link rel="canonical" href="https://elsewhere.example:8443' in after or (
        '<link rel="canonical" href="http://elsewhere.example:8443' in after
    )
