"""What the LTI app holds about a person: their launches from other platforms (which platform,
its user ID, the course, the last score sent). docs/privacy-providers.md."""

from collections.abc import Iterator

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from courses.activity.personal_data import iso, titles_by_key
from courses.lti.models import LtiLaunchContext
from lms.privacy.providers import PersonalDataProvider


def lti_launch_records(user) -> Iterator[dict]:
    launches = list(
        LtiLaunchContext.objects.filter(user=user).select_related("platform").order_by("pk")
    )
    titles = titles_by_key({launch.course_key for launch in launches})
    for launch in launches:
        yield {
            "platform": launch.platform.name,
            "platform_user_id": launch.sub,
            "course": titles.get(launch.course_key, str(launch.course_key)),
            "launched_at": iso(launch.launched_at),
            "score_sent": launch.score_sent,
            "score_sent_at": iso(launch.score_sent_at) if launch.score_sent_at else None,
        }


def lti_launches_describe(user) -> str | None:
    count = LtiLaunchContext.objects.filter(user=user).count()
    if not count:
        return None
    return ngettext(
        "%(count)d launch from another platform removed.",
        "%(count)d launches from other platforms removed.",
        count,
    ) % {"count": count}


def lti_launches_erase(user) -> int:
    """Removes the launches: they link the person to another platform's account."""
    count, _rows = LtiLaunchContext.objects.filter(user=user).delete()
    return count


def lti_personal_data() -> PersonalDataProvider:
    return PersonalDataProvider(
        key="lti_launches",
        title=_("Launches from other platforms (LTI)"),
        models=("lti.LtiLaunchContext",),
        records=lti_launch_records,
        describe=lti_launches_describe,
        erase=lti_launches_erase,
        order=90,
    )
