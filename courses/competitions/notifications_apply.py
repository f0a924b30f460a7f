"""Notifications of applying: a submitted application, a jury question, the applicant's answer.

All go by the kind `competition`, inside the transaction of the change they report (`notify`
writes nothing if it rolls back). Titles are rendered in each recipient's language.
"""

from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from courses.competitions.models import Application, JuryQuestion
from lms.accounts.roles import MANAGER
from lms.i18n import text_in_language
from lms.notifications.services import notify

KIND = "competition"


def _url(name: str, *args):
    def url(language: str) -> str:
        with translation.override(language):
            return reverse(name, args=args)

    return url


def _application_url(application: Application):
    return _url("competitions:application", application.pk)


def _managers():
    users = get_user_model().objects.filter(is_active=True)
    return list(users.filter(groups__name=MANAGER).distinct())


def applicant_staff(application: Application):
    """The active people of the applicant: its municipality's, or the cluster's municipalities'."""
    users = get_user_model().objects.filter(is_active=True)
    if application.municipality_id:
        users = users.filter(municipality_id=application.municipality_id)
    else:
        users = users.filter(municipality__clusters=application.cluster_id).distinct()
    return list(users)


def application_submitted_notify(application: Application) -> None:
    """To the person who submitted, and to the competition managers."""
    call = application.call

    def render():
        return (
            _("Application submitted: %(call)s") % {"call": text_in_language(call, "title")},
            _("The application of %(applicant)s was submitted and will go to the jury.")
            % {"applicant": application},
        )

    notify(
        [application.submitted_by],
        KIND,
        render=render,
        url=_application_url(application),
        dedupe_key=f"competition:submitted:{application.pk}:{int(application.submitted_at.timestamp())}",
    )

    def render_manager():
        return (
            _("New application to %(call)s") % {"call": text_in_language(call, "title")},
            _("%(applicant)s submitted an application.") % {"applicant": application},
        )

    managers = [u for u in _managers() if u.pk != application.submitted_by_id]
    notify(
        managers,
        KIND,
        render=render_manager,
        url=_url("competitions:call", call.slug),
        dedupe_key=f"competition:submitted-manager:{application.pk}:{int(application.submitted_at.timestamp())}",
    )


def jury_question_notify(question: JuryQuestion) -> None:
    """To the applicant's staff: the jury asks something (c2's services call this)."""
    application = question.application

    def render():
        return (
            _("The jury asks about your application to %(call)s")
            % {"call": text_in_language(application.call, "title")},
            question.question[:500],
        )

    notify(
        applicant_staff(application),
        KIND,
        render=render,
        url=_application_url(application),
        dedupe_key=f"competition:question:{question.pk}",
    )


def jury_answer_notify(question: JuryQuestion) -> None:
    """To the juror who asked: the applicant answered."""
    application = question.application

    def render():
        return (
            _("%(applicant)s answered your question") % {"applicant": application},
            question.answer[:500],
        )

    notify(
        [question.asked_by],
        KIND,
        render=render,
        url=_application_url(application),
        dedupe_key=f"competition:answer:{question.pk}",
    )
