"""What competitions hold about a person (docs/privacy-providers.md, docs/competitions.md):
applications they submitted, the jury's questions they asked or answered, juries they sat on,
conflicts they declared, their scoresheets and the decisions they recorded.

An application is the municipality's (or cluster's) record, not the person's: deletion keeps it
and unlinks the person. A juror's scoresheets are the jury's record of a decision: while a call
they scored is not decided (results not published) the deletion is blocked, with the reason;
afterwards their comments are replaced and the scores stay (the ranking and the decisions rest
on them) with the anonymised account.
"""

import datetime
from collections.abc import Iterator

from django.conf import settings
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from courses.competitions.models import (
    Application,
    Call,
    CallStatus,
    Conflict,
    JuryQuestion,
    Score,
    Scoresheet,
)
from lms.i18n import text_in_language
from lms.privacy.providers import PersonalDataProvider

REMOVED_AT_AUTHORS_REQUEST = _("removed at the author's request")


def _removed_text() -> str:
    with translation.override(settings.LANGUAGE_CODE):
        return str(REMOVED_AT_AUTHORS_REQUEST)


def _iso(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        value = timezone.localtime(value)
    return value.isoformat()


def _undecided_sheets(user):
    return Scoresheet.objects.filter(juror=user).exclude(
        application__call__status=CallStatus.RESULTS
    )


def competitions_records(user) -> Iterator[dict]:
    applications = (
        Application.objects.filter(Q(submitted_by=user) | Q(decided_by=user))
        .select_related("call", "municipality", "cluster")
        .order_by("pk")
    )
    for application in applications:
        yield {
            "type": "application",
            "call": text_in_language(application.call, "title"),
            "applicant": str(application),
            "status": str(application.get_status_display()),
            "submitted_by_you": application.submitted_by_id == user.pk,
            "submitted_at": _iso(application.submitted_at),
            "decided_by_you": application.decided_by_id == user.pk,
            "decided_at": _iso(application.decided_at),
        }
    questions = (
        JuryQuestion.objects.filter(Q(asked_by=user) | Q(answered_by=user))
        .select_related("application__call", "application__municipality")
        .select_related("application__cluster")
        .order_by("pk")
    )
    for question in questions:
        yield {
            "type": "jury_question",
            "call": text_in_language(question.application.call, "title"),
            "applicant": str(question.application),
            "question": question.question,
            "asked_by_you": question.asked_by_id == user.pk,
            "asked_at": _iso(question.asked_at),
            "answer": question.answer,
            "answered_by_you": question.answered_by_id == user.pk,
            "answered_at": _iso(question.answered_at),
        }
    for call in Call.objects.filter(jurors=user).order_by("pk"):
        yield {"type": "jury_member", "call": text_in_language(call, "title")}
    conflicts = (
        Conflict.objects.filter(juror=user)
        .select_related("call", "municipality", "cluster")
        .order_by("pk")
    )
    for conflict in conflicts:
        yield {
            "type": "conflict_of_interest",
            "call": text_in_language(conflict.call, "title"),
            "with": str(conflict.municipality or conflict.cluster),
            "note": conflict.note,
            "declared_at": _iso(conflict.declared_at),
        }
    sheets = (
        Scoresheet.objects.filter(juror=user)
        .select_related("application__call", "application__municipality")
        .select_related("application__cluster")
        .order_by("pk")
    )
    for sheet in sheets:
        yield {
            "type": "scoresheet",
            "call": text_in_language(sheet.application.call, "title"),
            "applicant": str(sheet.application),
            "score": str(sheet.total) if sheet.total is not None else None,
            "comment": sheet.comment,
            "submitted_at": _iso(sheet.submitted_at),
        }


def competitions_blocks(user) -> str | None:
    calls = sorted(
        {
            text_in_language(sheet.application.call, "title")
            for sheet in _undecided_sheets(user).select_related("application__call")
        }
    )
    if not calls:
        return None
    return _(
        "They scored applications in competitions not yet decided (%(calls)s): delete the "
        "account once the results are published."
    ) % {"calls": ", ".join(calls)}


def competitions_describe(user) -> str | None:
    applications = Application.objects.filter(submitted_by=user).count()
    sheets = Scoresheet.objects.filter(juror=user).count()
    juries = Call.objects.filter(jurors=user).count()
    questions = JuryQuestion.objects.filter(Q(asked_by=user) | Q(answered_by=user)).count()
    parts = []
    if applications:
        parts.append(
            ngettext(
                "%(count)d application kept for its municipality, without their name.",
                "%(count)d applications kept for their municipalities, without their name.",
                applications,
            )
            % {"count": applications}
        )
    if questions:
        parts.append(
            ngettext(
                "%(count)d jury question kept without their name.",
                "%(count)d jury questions kept without their name.",
                questions,
            )
            % {"count": questions}
        )
    if sheets:
        parts.append(
            ngettext(
                "%(count)d scoresheet kept (scores), comments removed.",
                "%(count)d scoresheets kept (scores), comments removed.",
                sheets,
            )
            % {"count": sheets}
        )
    if juries:
        parts.append(
            ngettext("Taken off %(count)d jury.", "Taken off %(count)d juries.", juries)
            % {"count": juries}
        )
    return " ".join(parts) or None


def competitions_erase(user) -> int:
    """Unlinks the person from applications (submitted or decided) and jury questions (the
    texts are the application's record and stay); deletes declared conflicts; replaces the
    comments of their scoresheets and scores (scores kept: decided calls only, see blocks);
    takes them off every jury."""
    removed = _removed_text()
    changed = Application.objects.filter(submitted_by=user).update(submitted_by=None)
    changed += Application.objects.filter(decided_by=user).update(decided_by=None)
    changed += JuryQuestion.objects.filter(asked_by=user).update(asked_by=None)
    changed += JuryQuestion.objects.filter(answered_by=user).update(answered_by=None)
    count, _rows = Conflict.objects.filter(juror=user).delete()
    changed += count
    changed += Scoresheet.objects.filter(juror=user).exclude(comment="").update(comment=removed)
    changed += Score.objects.filter(sheet__juror=user).exclude(comment="").update(comment=removed)
    through = Call.jurors.through
    count, _rows = through.objects.filter(user_id=user.pk).delete()
    return changed + count


def competitions_personal_data() -> PersonalDataProvider:
    return PersonalDataProvider(
        key="competitions",
        title=_("Competitions: applications, jury work"),
        models=(
            "competitions.Application",
            "competitions.JuryQuestion",
            "competitions.Conflict",
            "competitions.Scoresheet",
            "competitions.Call",
        ),
        records=competitions_records,
        describe=competitions_describe,
        blocks=competitions_blocks,
        erase=competitions_erase,
        order=95,
    )
