"""A certificate issued becomes a notification (kind "certificate") for its holder.

Its e-mail is the certificate's own mail, which carries the PDF: the notification is written
with no mail of its own, and the PDF mail follows the holder's preference for the kind ("never":
no mail; "at once" or "daily digest": the document goes at once, as a digest cannot attach it).
"""

from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from lms.notifications.selectors import mail_refused
from lms.notifications.services import notify

KIND = "certificate"


def certificate_notify(*, certificate, verify_url: str) -> list:
    """Tell the holder, once per certificate (dedupe key "certificate:<id>"), with My learning
    (where the PDF and PNG are) in their language; in the issuing transaction."""

    def render():
        title = certificate.course_title
        return (
            _("You earned a certificate for “%(title)s”") % {"title": title},
            _("Your certificate for “%(title)s” is on My learning, ready to download.")
            % {"title": title}
            + "\n"
            + _("Anyone can check it at %(url)s") % {"url": verify_url},
        )

    def url(language: str) -> str:
        with translation.override(language):
            return reverse("progress:my")

    # The PDF mail is this notification's e-mail.
    return notify(
        [certificate.user],
        KIND,
        render=render,
        url=url,
        dedupe_key=f"certificate:{certificate.pk}",
        mail=False,
    )


def certificate_mail_wanted(*, user) -> bool:
    """False when the holder turned certificate mail off on their notification preferences."""
    return not mail_refused(user_ids=[user.pk], kind=KIND)
