"""What an export file says about itself: its name, and the report, period and filters it
covers, so a file found later in a Downloads folder or forwarded by e-mail still explains
itself.

- The name is ASCII (lms/slugs.py's rule): `reports-<table>[-publication]-<from>_<to>` and
  then `-<filter>-<value>` per filter in the form's order, e.g.
  `reports-places-2025-12-01_2026-11-30-oblast-jalal-abad.xlsx`. Places and topics give
  their stable code or slug (the same in every language); a course its title in the reader's
  language, transliterated ("Салык" → "salyk"); several courses "courses-<n>"; position and
  gender their stored value.
- The description is three rows, in the reader's language: "Report:", "Period:", "Filters:".
  XLSX files carry them on a first sheet; CSV files as the first three rows and a blank one,
  so the table's header is always on row 5 (docs/reports.md).
"""

from dataclasses import dataclass

from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from courses.catalogue.models import Topic
from courses.reports.selectors.figures import ReportFilters, report_courses
from lms.accounts.models import Gender, Position
from lms.places.models import Cluster, District, Municipality, Oblast
from lms.slugs import ascii_slug

FILE_NAME_MAX = 150  # before the extension; file systems allow 255, mail programs cut sooner
VALUE_SLUG_MAX = 40
ABOUT_SHEET_TITLE = gettext_lazy("About this file")

# (GET parameter, label, model) of the filters naming a row, in the form's order.
NAMED_FILTERS = (
    ("topic", gettext_lazy("Topic"), Topic),
    ("oblast", gettext_lazy("Oblast"), Oblast),
    ("district", gettext_lazy("District"), District),
    ("municipality", gettext_lazy("Municipality"), Municipality),
    ("cluster", gettext_lazy("Cluster"), Cluster),
)


@dataclass(frozen=True)
class FilterValue:
    """One filter that is set: its parameter, its label and values for people, and the values
    spelled for a file name."""

    param: str
    label: str
    names: tuple
    slugs: tuple


def _slug(*candidates, fallback: str) -> str:
    """The first candidate that spells as an ASCII slug; underscores become hyphens, because
    the file name keeps "_" for the period."""
    for text in candidates:
        slug = ascii_slug(str(text or ""), max_length=VALUE_SLUG_MAX).replace("_", "-")
        slug = slug.strip("-")
        if slug:
            return slug
    return fallback


def export_filter_values(*, user, filters: ReportFilters) -> list[FilterValue]:
    """The filters that are set, named in the active language (a query per filter set)."""
    values = []
    if filters.course_keys:
        titles = dict(report_courses(user=user))
        names = tuple(titles.get(key, str(key)) for key in filters.course_keys)
        slugs = tuple(_slug(titles.get(key), fallback=str(key)[:8]) for key in filters.course_keys)
        values.append(FilterValue("course", str(_("Course")), names, slugs))
    for param, label, model in NAMED_FILTERS:
        pk = getattr(filters, param)
        if not pk:
            continue
        row = model.objects.filter(pk=pk).first()
        if row is None:
            continue
        code = row.slug if isinstance(row, Topic) else row.code
        slug = _slug(code, row.name_en, row.name, fallback=str(pk))
        values.append(FilterValue(param, str(label), (row.name,), (slug,)))
    for param, label, choices in (
        ("position", _("Position"), Position),
        ("gender", _("Gender"), Gender),
    ):
        value = getattr(filters, param)
        if value:
            name = str(dict(choices.choices).get(value, value))
            values.append(FilterValue(param, str(label), (name,), (_slug(value, fallback=param),)))
    return values


def export_file_stem(
    *, table_name: str, filters: ReportFilters, values: list[FilterValue], publication: bool
) -> str:
    """The file's name without the extension: ASCII, at most FILE_NAME_MAX characters."""
    parts = ["reports", table_name.replace("_", "-")]
    if publication:
        parts.append("publication")
    parts.append(f"{filters.date_from.isoformat()}_{filters.date_to.isoformat()}")
    for value in values:
        if len(value.slugs) == 1:
            parts += [value.param, value.slugs[0]]
        else:
            parts += [f"{value.param}s", str(len(value.slugs))]
    stem = "-".join(parts)
    if len(stem) > FILE_NAME_MAX:
        stem = stem[:FILE_NAME_MAX].rsplit("-", 1)[0]
    return stem


def export_period(filters: ReportFilters) -> str:
    return "{} – {}".format(
        date_format(filters.date_from, "DATE_FORMAT"), date_format(filters.date_to, "DATE_FORMAT")
    )


def export_preface(
    *, title: str, filters: ReportFilters, values: list[FilterValue], publication: bool
) -> list:
    """The three rows that say what the file holds, in the active language."""
    if publication:
        title = _("%(title)s, for publication (counts of 1 to 4 people shown as “<5”)") % {
            "title": title
        }
    described = "; ".join(f"{value.label}: {', '.join(value.names)}" for value in values)
    return [
        [_("Report:"), str(title)],
        [_("Period:"), export_period(filters)],
        [_("Filters:"), described or _("none (every course in your reports, every learner)")],
    ]
