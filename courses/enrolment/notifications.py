"""Enrolment events as notifications (kind "enrolment"), written in the change's transaction.

They replace the direct enrolment e-mails: the notification's own e-mail follows each person's
preference for the kind (at once, daily digest or never), so nobody gets two mails for one event.
"""

from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from wagtail.models import Locale

from courses.catalogue.models import CoursePage
from lms.notifications.services import notify

KIND = "enrolment"

# Subject and text of each learner message, as the e-mails had them (English msgids).
LEARNER_TEXTS = {
    "enrolled": (
        gettext_noop("You are enrolled in “%(title)s”"),
        gettext_noop(
            "You are now enrolled in the course “%(title)s”. You can start its lessons now."
        ),
    ),
    "requested": (
        gettext_noop("Your request to join “%(title)s” was received"),
        gettext_noop(
            "A trainer will look at your request to join “%(title)s” and you will hear back."
        ),
    ),
    "approved": (
        gettext_noop("Your request to join “%(title)s” was approved"),
        gettext_noop(
            "Welcome: your request to join “%(title)s” was approved. Its lessons are open."
        ),
    ),
    "rejected": (
        gettext_noop("Your request to join “%(title)s” was declined"),
        gettext_noop(
            "Your request to join “%(title)s” was declined this time. "
            "Ask the course trainer if you have questions."
        ),
    ),
}


class CourseInLanguages:
    """The live course in each language (fallback: the default language), read once per event
    so that a batch of recipients costs one query."""

    def __init__(self, course: CoursePage):
        self.by_language = {
            page.locale.language_code: page
            for page in CoursePage.objects.filter(translation_key=course.translation_key)
            .live()
            .select_related("locale")
        }
        self.fallback = course

    def page(self, language: str) -> CoursePage:
        return (
            self.by_language.get(language)
            or self.by_language.get(Locale.get_default().language_code)
            or self.fallback
        )

    def title(self) -> str:
        return self.page(translation.get_language()).title

    def url(self, language: str) -> str:
        return self.page(language).get_url() or ""


def _texts(event: str, title: str) -> tuple[str, str]:
    subject, body = LEARNER_TEXTS[event]
    return _(subject) % {"title": title}, _(body) % {"title": title}


def learners_notify(*, users, course: CoursePage, event: str) -> list:
    """Tell learners about their enrolment (`event`: enrolled, requested, approved, rejected)
    with a link to the course in their language; one call for any number of learners."""
    pages = CourseInLanguages(course)
    return notify(users, KIND, render=lambda: _texts(event, pages.title()), url=pages.url)


def trainers_notify_request(*, enrollment, course: CoursePage) -> list:
    """Tell the course's trainers someone asks to join, with the participants list to decide."""
    pages = CourseInLanguages(course)
    learner = enrollment.user
    name = learner.full_name or learner.email

    def render():
        title = pages.title()
        return (
            _("%(name)s asks to join “%(title)s”") % {"name": name, "title": title},
            _("Approve or decline the request on the course's participants list.")
            + "\n"
            + _("Request from: %(name)s (%(email)s)") % {"name": name, "email": learner.email},
        )

    def url(language: str) -> str:
        with translation.override(language):
            return reverse("progress:participants", args=[course.translation_key])

    trainers = [trainer for trainer in course.trainers.all() if trainer.pk != learner.pk]
    return notify(trainers, KIND, render=render, url=url)
