"""Publishing a call's results in one action: the public page, a draft news item per language,
a draft case study per winner, grant certificates and the applicants' notifications.

Running it again finishes what is missing and changes nothing else (idempotent)."""

from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.models import Locale
from wagtail.rich_text import RichText

from cms.news.models import NewsIndexPage, NewsPage
from cms.portal.models import BestPracticeIndexPage, CaseStudyPage
from cms.portal.models.cases import Mechanism, ServiceArea, Theme
from courses.competitions import selectors_jury as sel
from courses.competitions.grant_certificates import grant_certificate_issue
from courses.competitions.models import (
    Answer,
    Application,
    ApplicationStatus,
    Call,
    CallStatus,
    Outcome,
)
from courses.competitions.services_jury import applicant_staff, application_url, call_title
from lms.places.models import Municipality

UNDECIDED = gettext_lazy("Decide every application before publishing: %(count)s still open.")
NOT_READY = gettext_lazy("Close scoring before publishing the results.")


@dataclass
class PublishReport:
    news_created: int = 0
    cases_created: int = 0
    certificates_created: int = 0
    notified: int = 0
    news_ids: list = field(default_factory=list)


def _languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def _name(place, language: str) -> str:
    return getattr(place, f"name_{language}", "") or place.name_ky


def applicant_name(application: Application, language: str | None = None) -> str:
    language = language or (translation.get_language() or "ky")[:2]
    return _name(application.municipality or application.cluster, language)


@transaction.atomic
def results_publish(*, call: Call, by) -> PublishReport:
    """Publish (or finish publishing) the results of a call whose scoring is closed."""
    call = Call.objects.select_for_update().get(pk=call.pk)
    if call.status not in (CallStatus.SCORING_CLOSED, CallStatus.RESULTS):
        raise ValidationError(NOT_READY)
    applications = list(
        Application.objects.filter(call=call, status=ApplicationStatus.SUBMITTED).select_related(
            "municipality", "cluster", "submitted_by", "call"
        )
    )
    undecided = sum(1 for a in applications if a.outcome == Outcome.PENDING)
    if undecided:
        raise ValidationError(UNDECIDED % {"count": undecided})
    report = PublishReport()
    if call.status != CallStatus.RESULTS:
        call.status = CallStatus.RESULTS
        call.results_published_at = call.results_published_at or timezone.now()
        call.save(update_fields=["status", "results_published_at"])
    results_url = reverse("competitions:results", args=[call.slug])
    for application in applications:
        if sel.counts_as_winner(application) and application.case_page_id is None:
            page = case_draft_create(application)
            if page is not None:
                application.case_page_id = page.pk
                application.save(update_fields=["case_page_id", "updated_at"])
                report.cases_created += 1
        if sel.counts_as_winner(application) and grant_certificate_issue(
            application, verify_url=_absolute(results_url)
        ):
            report.certificates_created += 1
    report.news_created, report.news_ids = news_drafts_create(call)
    report.notified = outcomes_notify(call, applications)
    return report


def _absolute(path: str) -> str:
    base = getattr(settings, "WAGTAILADMIN_BASE_URL", "") or ""
    return f"{base.rstrip('/')}{path}"


def _plan_text(application: Application) -> tuple[str, str]:
    """The action plan's text and, if it is a document, its file name."""
    answer = (
        Answer.objects.filter(application=application, field__is_plan=True)
        .order_by("field__sort_order", "pk")
        .first()
    )
    if answer is None:
        return "", ""
    return answer.text, answer.file_name


def case_draft_create(application: Application) -> CaseStudyPage | None:
    """A draft case under the portal (default language), starting from the applicant's plan."""
    index = BestPracticeIndexPage.objects.filter(locale=Locale.get_default()).first()
    index = index or BestPracticeIndexPage.objects.order_by("pk").first()
    if index is None:
        return None
    language = index.locale.language_code
    plan, plan_file = _plan_text(application)
    with translation.override(language):
        title = _("%(applicant)s: %(call)s") % {
            "applicant": applicant_name(application, language),
            "call": call_title(application.call),
        }
        paragraphs = [escape(line.strip()) for line in plan.splitlines() if line.strip()]
        if plan_file:
            paragraphs.append(escape(_("Action plan document: %(name)s") % {"name": plan_file}))
        summary = (plan.strip() or title)[:300]
    page = CaseStudyPage(
        title=title[:255],
        slug=f"competition-{application.call.slug}-{application.pk}"[:80],
        summary=summary,
        theme=Theme.COOPERATION if application.cluster_id else Theme.OTHER,
        service_area=ServiceArea.OTHER,
        mechanism=Mechanism.IMC_AGREEMENT if application.cluster_id else Mechanism.OTHER,
        year=timezone.localdate().year,
        situation_before="".join(f"<p>{p}</p>" for p in paragraphs),
        budget_amount=application.grant_amount,
        cluster=application.cluster,
        live=False,
    )
    page.municipalities = list(
        Municipality.objects.filter(pk__in=sel.applicant_municipality_ids(application))
    )
    index.add_child(instance=page)
    page.save_revision(log_action=True)
    return page


def news_drafts_create(call: Call) -> tuple[int, list[int]]:
    """One draft news item per language that has a news index, for the editors to review."""
    results = sel.call_results(call=call)
    created = 0
    ids = []
    slug = f"results-{call.slug}"[:80]
    for index in NewsIndexPage.objects.select_related("locale"):
        language = index.locale.language_code
        existing = NewsPage.objects.filter(locale=index.locale, slug=slug).first()
        if existing is not None:
            ids.append(existing.pk)
            continue
        with translation.override(language):
            title = _("Results of the competition “%(call)s”") % {"call": call_title(call)}
            winners = ", ".join(applicant_name(a, language) for a in results.winners)
            summary = _("%(count)s winners: %(names)s.") % {
                "count": len(results.winners),
                "names": winners or "—",
            }
            body = [("paragraph", RichText(f"<p>{escape(summary)}</p>"))]
            if results.conditional:
                names = ", ".join(applicant_name(a, language) for a in results.conditional)
                text = _("Conditional winners: %(names)s.") % {"names": names}
                body.append(("paragraph", RichText(f"<p>{escape(text)}</p>")))
            link = reverse("competitions:results", args=[call.slug])
            more = _("All results")
            body.append(("paragraph", RichText(f'<p><a href="{link}">{escape(more)}</a></p>')))
        page = NewsPage(
            title=title[:255],
            slug=slug,
            summary=summary[:300],
            body=body,
            live=False,
            locale=index.locale,
        )
        index.add_child(instance=page)
        page.save_revision(log_action=True)
        created += 1
        ids.append(page.pk)
    return created, ids


OUTCOME_MESSAGES = {
    Outcome.WINNER: gettext_lazy("Your application to “%(call)s” won a grant of %(amount)s som."),
    Outcome.CONDITIONAL: gettext_lazy(
        "Your application to “%(call)s” is a conditional winner: complete the tasks by %(due)s."
    ),
    Outcome.NOT_SELECTED: gettext_lazy("Your application to “%(call)s” was not selected."),
}


def outcomes_notify(call: Call, applications: list[Application]) -> int:
    """Tell each applicant's staff the outcome in their own language, once per outcome."""
    from django.utils import formats

    from lms.notifications.services import notify

    count = 0
    now = timezone.now()
    for application in applications:
        message = OUTCOME_MESSAGES.get(application.outcome)
        if message is None:
            continue

        def render(application=application, message=message):
            text = message % {
                "call": call_title(call),
                "amount": f"{int(application.grant_amount or 0):,}".replace(",", "\u00a0"),
                "due": formats.date_format(application.conditions_due, "DATE_FORMAT")
                if application.conditions_due
                else "",
            }
            return (
                _("Results of the competition “%(call)s”") % {"call": call_title(call)},
                f"{text}\n{application.reasons}".strip(),
            )

        sent = notify(
            applicant_staff(application),
            "competition",
            render=render,
            url=lambda language, application=application: application_url(application),
            dedupe_key=f"competition-outcome:{application.pk}:{application.outcome}",
        )
        if application.notified_at is None:
            application.notified_at = now
            application.save(update_fields=["notified_at", "updated_at"])
        count += len(sent)
    return count
