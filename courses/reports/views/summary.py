"""The programme summary: a printable one-pager of the headline figures for a period, written
like the results paragraph of a press release, in the reader's language."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.utils.formats import date_format, number_format
from django.utils.translation import gettext as _
from django.utils.translation import npgettext
from django.views.decorators.http import require_GET

from courses.reports.forms import ReportFilterForm
from courses.reports.selectors import figures as reports
from courses.reports.selectors.summary import ProgrammeSummary, programme_summary


def _n(value) -> str:
    """A whole number as the reader's language writes it (1,126 / 1 126)."""
    return number_format(value, decimal_pos=0, force_grouping=True)


def _pct(value) -> str:
    return number_format(value, decimal_pos=1, force_grouping=True)


def summary_sentences(summary: ProgrammeSummary) -> list[str]:
    """The results paragraph, sentence by sentence; plurals follow each language's rules."""
    filters = summary.filters
    period = {
        "start": date_format(filters.date_from, "DATE_FORMAT"),
        "end": date_format(filters.date_to, "DATE_FORMAT"),
    }
    if not summary.learners and not summary.completers:
        return [_("From %(start)s to %(end)s, nobody enrolled in or completed a course.") % period]
    sentences = []
    if summary.learners:
        municipalities = npgettext(
            "summary: staff of N municipalities",
            "%(count)s municipality",
            "%(count)s municipalities",
            summary.municipalities,
        ) % {"count": _n(summary.municipalities)}
        oblasts = npgettext(
            "summary: municipalities in N oblasts",
            "%(count)s oblast",
            "%(count)s oblasts",
            summary.oblasts,
        ) % {"count": _n(summary.oblasts)}
        courses = npgettext(
            "summary: enrolled in N courses",
            "%(count)s course",
            "%(count)s courses",
            summary.courses,
        ) % {"count": _n(summary.courses)}
        sentences.append(
            npgettext(
                "summary: N staff enrolled",
                "From %(start)s to %(end)s, %(count)s staff member of %(municipalities)s in "
                "%(oblasts)s enrolled in %(courses)s.",
                "From %(start)s to %(end)s, %(count)s staff members of %(municipalities)s in "
                "%(oblasts)s enrolled in %(courses)s.",
                summary.learners,
            )
            % {
                **period,
                "count": _n(summary.learners),
                "municipalities": municipalities,
                "oblasts": oblasts,
                "courses": courses,
            }
        )
    else:
        sentences.append(_("From %(start)s to %(end)s, nobody enrolled in a course.") % period)
    if summary.completers:
        women = npgettext(
            "summary: including N women",
            "%(count)s woman",
            "%(count)s women",
            summary.completers_women,
        ) % {"count": _n(summary.completers_women)}
        sentences.append(
            npgettext(
                "summary: N learners completed",
                "%(count)s learner completed a course in this period, including %(women)s.",
                "%(count)s learners completed a course in this period, including %(women)s.",
                summary.completers,
            )
            % {"count": _n(summary.completers), "women": women}
        )
    certificates = summary.headline.certificates
    if certificates:
        sentences.append(
            npgettext(
                "summary: N certificates issued",
                "%(count)s certificate was issued.",
                "%(count)s certificates were issued.",
                certificates,
            )
            % {"count": _n(certificates)}
        )
    if summary.headline.completion_rate is not None:
        sentences.append(
            _("Of those who enrolled in the period, %(rate)s%% have completed their course.")
            % {"rate": _pct(summary.headline.completion_rate)}
        )
    if summary.headline.average_score is not None:
        sentences.append(
            _("The average best quiz score was %(score)s%%.")
            % {"score": _pct(summary.headline.average_score)}
        )
    return sentences


@login_required
@require_GET
def report_summary(request):
    """/<lang>/teach/reports/summary/?date_from=…&date_to=… (and the reports' other filters)."""
    if not reports.report_user_allowed(request.user):
        raise PermissionDenied
    form = ReportFilterForm(request.GET, user=request.user)
    summary = None
    if form.is_valid():
        summary = programme_summary(user=request.user, filters=form.filters())
    return render(
        request,
        "reports/summary.html",
        {
            "form": form,
            "summary": summary,
            "sentences": summary_sentences(summary) if summary else [],
            # The reports' other filters ride along when the period changes.
            "hidden": [
                (name, value)
                for name, values in request.GET.lists()
                if name not in ("date_from", "date_to")
                for value in values
            ],
        },
    )
