"""Following portal themes, and telling followers when a case in their theme is first published.

A "theme" is the case's `theme` facet (private sector involvement, intermunicipal cooperation,
other service improvement): the portal's widest grouping, the one its index filters by first.
The notification (kind "case") names the case in the follower's language, with its address in
that language, else the Kyrgyz one; dedupe key "case:<translation_key>", so a republish or a
translation published later tells no one twice.
"""

from django.db import IntegrityError, transaction
from django.utils import translation
from django.utils.translation import gettext as _

from wagtail.models import Locale

from cms.portal.models import CaseStudyPage, ThemeFollow
from cms.portal.models.cases import Theme
from lms.accounts.models import User
from lms.notifications.services import notify

KIND = "case"


def theme_follow_set(*, user, theme: str, follow: bool) -> bool:
    """Follow or unfollow `theme`; whether the person follows it now. Repeats change nothing."""
    if theme not in Theme.values:
        raise ValueError(theme)
    if not follow:
        ThemeFollow.objects.filter(user=user, theme=theme).delete()
        return False
    try:
        with transaction.atomic():
            ThemeFollow.objects.get_or_create(user=user, theme=theme)
    except IntegrityError:
        pass  # a double click raced the first: it is followed either way
    return True


def themes_followed(*, user) -> set[str]:
    """The themes `user` follows (none for an anonymous visitor), in one query."""
    if not user.is_authenticated:
        return set()
    return set(ThemeFollow.objects.filter(user=user).values_list("theme", flat=True))


def theme_choices(*, user, themes=None) -> list[tuple[str, str, bool]]:
    """(value, label, followed) of `themes` (default: every theme), for the follow buttons."""
    followed = themes_followed(user=user)
    wanted = Theme.values if themes is None else [t for t in Theme.values if t in themes]
    labels = dict(Theme.choices)
    return [(value, labels[value], value in followed) for value in wanted]


def case_published_notify(*, page: CaseStudyPage) -> list:
    """Tell the followers of the case's theme about it, once per case (all its languages)."""
    followers = User.objects.filter(theme_follows__theme=page.theme, is_active=True)
    versions = {
        case.locale.language_code: case
        for case in CaseStudyPage.objects.live()
        .filter(translation_key=page.translation_key)
        .select_related("locale")
    }
    versions.setdefault(page.locale.language_code, page)

    def version(language: str) -> CaseStudyPage:
        return versions.get(language) or versions.get(Locale.get_default().language_code) or page

    def render():
        case = version(translation.get_language())
        theme = Theme(page.theme).label
        return (
            _("New case: %(title)s") % {"title": case.title},
            _("A new case was published in the theme “%(theme)s” you follow.") % {"theme": theme},
        )

    def url(language: str) -> str:
        return version(language).get_url() or ""

    return notify(
        followers, KIND, render=render, url=url, dedupe_key=f"case:{page.translation_key}"
    )


def case_published(sender, instance, **kwargs) -> None:
    """Wagtail's `page_published`: only a case's first publication tells its followers."""
    page = instance.specific if not isinstance(instance, CaseStudyPage) else instance
    if page.first_published_at is not None and page.first_published_at != page.last_published_at:
        return  # a republish
    case_published_notify(page=page)
