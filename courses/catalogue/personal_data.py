"""What the catalogue holds about a person: the courses whose trainer list names them.

Deletion takes them off every trainer list (the course page would otherwise list a nameless
trainer), in the live pages and in their saved revisions (a later publish must not put them
back), and out of the courses' trainer groups. The pages they created or edited are Wagtail's
(owner, revisions, log): the privacy app's Wagtail provider keeps those, attributed to the
anonymised account. docs/privacy-providers.md.
"""

from collections.abc import Iterator

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail.models import Page, Revision

from courses.catalogue.models import CoursePage
from courses.catalogue.selectors import COURSE_GROUP_PREFIX
from lms.page_cache import page_cache_invalidate
from lms.privacy.providers import PersonalDataProvider

TRAINERS = CoursePage.trainers.through


def trainer_course_records(user) -> Iterator[dict]:
    """The courses (each language version) on whose trainer list the person is."""
    pages = (
        CoursePage.objects.filter(pk__in=TRAINERS.objects.filter(user=user).values("coursepage"))
        .select_related("locale")
        .order_by("title", "pk")
    )
    for page in pages:
        yield {
            "course": page.title,
            "language": page.locale.language_code,
            "role": str(_("trainer")),
            "live": page.live,
            "first_published_at": (
                timezone.localtime(page.first_published_at).isoformat()
                if page.first_published_at
                else None
            ),
        }


def trainer_courses_describe(user) -> str | None:
    count = TRAINERS.objects.filter(user=user).values("coursepage").distinct().count()
    if not count:
        return None
    return ngettext(
        "On the trainer list of %(count)d course page: taken off it.",
        "On the trainer lists of %(count)d course pages: taken off them.",
        count,
    ) % {"count": count}


def _revisions_scrub(*, page_ids: list, user_pk: int) -> int:
    """Drop the person from `trainers` in the pages' saved revisions (drafts, history)."""
    page_type = ContentType.objects.get_for_model(Page)
    changed = 0
    revisions = Revision.objects.filter(
        base_content_type=page_type, object_id__in=[str(pk) for pk in page_ids]
    ).only("pk", "content")
    for revision in revisions.iterator(chunk_size=500):
        trainers = (revision.content or {}).get("trainers")
        if isinstance(trainers, list) and user_pk in trainers:
            revision.content["trainers"] = [pk for pk in trainers if pk != user_pk]
            revision.save(update_fields=["content"])
            changed += 1
    return changed


def trainer_courses_erase(user) -> int:
    """Takes the person off every course's trainer list and out of the trainer groups."""
    page_ids = list(TRAINERS.objects.filter(user=user).values_list("coursepage_id", flat=True))
    changed, _by_model = TRAINERS.objects.filter(user=user).delete()
    changed += _revisions_scrub(page_ids=page_ids, user_pk=user.pk)
    groups = user.groups.filter(name__startswith=COURSE_GROUP_PREFIX)
    changed += groups.count()
    user.groups.remove(*groups)
    if page_ids:
        page_cache_invalidate()  # the course pages list their trainers
    return changed


def catalogue_personal_data() -> PersonalDataProvider:
    return PersonalDataProvider(
        key="courses_trained",
        title=_("Courses you train"),
        models=("catalogue.CoursePage",),
        records=trainer_course_records,
        describe=trainer_courses_describe,
        erase=trainer_courses_erase,
        order=10,
    )
