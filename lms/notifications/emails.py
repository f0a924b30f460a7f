"""The notification e-mails, in the recipient's language: one at once, or the day's digest.

Each mail says why it comes and links to the preferences, and carries a one-click unsubscribe
(a `List-Unsubscribe` header with `List-Unsubscribe-Post`, RFC 8058) for its kind; a digest's
stops every kind the person gets by digest.
"""

from collections import defaultdict
from functools import lru_cache

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from lms.accounts.emails import sender
from lms.i18n import platform_name
from lms.notifications.kinds import DIGEST_ALL, GROUPS, KINDS
from lms.notifications.services import unsubscribe_choice
from lms.notifications.tokens import unsubscribe_token


def language_of(user) -> str:
    return user.preferred_language or settings.LANGUAGE_CODE


def full_link(url: str) -> str:
    """The notification's site path as an address to open from a mail; the list without one."""
    return settings.SITE_URL + (url or reverse("notifications:list"))


@lru_cache(maxsize=16)
def _addresses(language: str, site_url: str) -> tuple[str, str]:
    """The preferences address and the unsubscribe address with "{}" for the token, in
    `language`: reversed once per process, not once per mail (20,000 in a digest run)."""
    with translation.override(language):
        marker = "TOKEN-MARK"
        unsubscribe = reverse("notifications:unsubscribe", kwargs={"token": marker})
        return (
            site_url + reverse("notifications:preferences"),
            site_url + unsubscribe.replace(marker, "{}"),
        )


def _links(user, kind_code: str) -> dict:
    preferences, unsubscribe = _addresses(translation.get_language(), settings.SITE_URL)
    token = unsubscribe_token(user_id=user.pk, kind=kind_code)
    return {"preferences": preferences, "unsubscribe": unsubscribe.format(token)}


def _message(*, user, subject: str, body: str, unsubscribe: str, connection=None):
    return EmailMessage(
        subject=" ".join(subject.split()),
        body=body,
        from_email=sender(language_of(user)),
        to=[user.email],
        connection=connection,
        headers={
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Auto-Submitted": "auto-generated",
        },
    )


def notification_message(notification, *, connection=None) -> EmailMessage:
    """The mail of one notification: its title as subject, its text, the link, why it comes."""
    user = notification.recipient
    with translation.override(language_of(user)):
        kind = KINDS.get(notification.kind)
        links = _links(user, notification.kind)
        body = render_to_string(
            "notifications/email/notification_body.txt",
            {
                "notification": notification,
                "link": full_link(notification.url),
                "kind_label": kind.label if kind else notification.kind,
                "offer": unsubscribe_choice(notification.kind) if kind else "never",
                "platform": platform_name(),
                **links,
            },
        )
        return _message(
            user=user,
            subject=notification.title,
            body=body,
            unsubscribe=links["unsubscribe"],
            connection=connection,
        )


def digest_message(*, user, rows: list[dict], connection=None) -> EmailMessage:
    """The day's digest of `rows` (values of Notification), grouped by kind in the order of
    the preferences page (announcements first)."""
    with translation.override(language_of(user)):
        by_kind = defaultdict(list)
        for row in rows:
            by_kind[row["kind"]].append({**row, "link": full_link(row["url"])})
        order = {code: index for index, code in enumerate(c for _t, cs in GROUPS for c in cs)}
        groups = [
            {"label": KINDS[code].label if code in KINDS else code, "items": items}
            for code, items in sorted(by_kind.items(), key=lambda pair: order.get(pair[0], 99))
        ]
        links = _links(user, DIGEST_ALL)
        count = len(rows)
        subject = ngettext(
            "%(platform)s: %(count)s new notification",
            "%(platform)s: %(count)s new notifications",
            count,
        ) % {"platform": platform_name(), "count": count}
        body = render_to_string(
            "notifications/email/digest_body.txt",
            {"groups": groups, "count": count, "platform": platform_name(), **links},
        )
        return _message(
            user=user,
            subject=subject or _("Notifications"),
            body=body,
            unsubscribe=links["unsubscribe"],
            connection=connection,
        )
