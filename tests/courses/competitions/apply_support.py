"""Calls, places and people for the tests of calls and applying (plain functions, no fixtures,
so the jury's tests keep their own conftest)."""

import io
import zipfile
from datetime import timedelta
from decimal import Decimal

from django.utils import timezone

from courses.competitions.models import (
    ApplicantKind,
    Call,
    CallField,
    CallStatus,
    Criterion,
    CriterionLevel,
    FieldKind,
    Prize,
)
from lms.places.models import Cluster
from tests.factories.accounts import UserFactory
from tests.factories.places import MunicipalityFactory

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def docx_bytes() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return out.getvalue()


def make_call(
    *,
    slug="water-2026",
    kind=ApplicantKind.MUNICIPALITY,
    status=CallStatus.OPEN,
    opens_in=timedelta(days=-5),
    closes_in=timedelta(days=10),
    oblasts=(),
    districts=(),
    fields=True,
    **extra,
) -> Call:
    now = timezone.now()
    extra.setdefault("title", "Суу конкурсу")
    extra.setdefault("title_en", "Water competition")
    call = Call.objects.create(
        slug=slug,
        applicant_kind=kind,
        status=status,
        opens_at=now + opens_in,
        deadline_at=now + closes_in,
        **extra,
    )
    call.eligible_oblasts.set(oblasts)
    call.eligible_districts.set(districts)
    if fields:
        CallField.objects.create(
            call=call,
            kind=FieldKind.LONG_TEXT,
            label="План",
            label_en="Action plan",
            is_plan=True,
            sort_order=0,
        )
        CallField.objects.create(
            call=call, kind=FieldKind.NUMBER, label="Бюджет", label_en="Budget", sort_order=1
        )
        CallField.objects.create(
            call=call,
            kind=FieldKind.FILE,
            label="Документ",
            label_en="Support letter",
            sort_order=2,
        )
        CallField.objects.create(
            call=call,
            kind=FieldKind.TEXT,
            label="Эскертүү",
            label_en="Note",
            required=False,
            sort_order=3,
        )
        criterion = Criterion.objects.create(
            call=call, name="Сапат", name_en="Quality", sort_order=0
        )
        CriterionLevel.objects.create(criterion=criterion, label="Жакшы", points=Decimal(10))
        Prize.objects.create(
            call=call, name="Грант", name_en="Grant", count=5, amount=Decimal(5_000_000)
        )
    return call


def field(call, kind) -> CallField:
    return call.fields.get(kind=kind)


def staff(municipality, **kwargs):
    return UserFactory(role="Learner", municipality=municipality, **kwargs)


def cluster_of(*municipalities, code="cluster-1") -> Cluster:
    cluster = Cluster.objects.create(
        code=code, name_ky=f"Кластер {code}", name_ru=f"Кластер {code}", name_en=f"Cluster {code}"
    )
    cluster.municipalities.set(municipalities)
    return cluster


def municipality(**kwargs):
    return MunicipalityFactory(**kwargs)
