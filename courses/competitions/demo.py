"""The competitions of the seeds, built through the services and safe to run again.

The cluster competition of service improvement action plans (КЖАП) is finished: 9 clusters
applied, 5 won a grant certificate of 5,000,000 som each (the clusters the seeds name), the other
four are conditional winners with tasks. The seeds do not name those four, so the demo groups
other reference municipalities into four clusters named after their first member. The
information-campaign competition of municipalities is open for applications.
"""

from datetime import date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from courses.competitions import services_jury as services
from courses.competitions.models import (
    Answer,
    ApplicantKind,
    Application,
    ApplicationStatus,
    Call,
    CallField,
    CallStatus,
    Criterion,
    CriterionLevel,
    FieldKind,
    Outcome,
    Prize,
)
from courses.competitions.results import results_publish
from lms.accounts.roles import MANAGER
from lms.places.models import Cluster, Municipality

BISHKEK = ZoneInfo("Asia/Bishkek")
KZHAP_SLUG = "kzhap-2020"
CAMPAIGN_SLUG = "payment-campaign"
GRANT = Decimal(5_000_000)
WINNERS = (
    "teploklyuchenka-cluster",
    "kyzyl-suu-cluster",
    "oktyabr-cluster",
    "dostuk-cluster",
    "kenesh-cluster",
)
# The four conditional winners: code, names (ky, ru, en), member municipality codes.
OTHER_CLUSTERS = (
    ("ala-buka-cluster", "Ала-Бука кластери", "Ала-Букинский кластер", "Ala-Buka cluster",
     ("ala-buka", "kerben")),
    ("toktogul-cluster", "Токтогул кластери", "Токтогульский кластер", "Toktogul cluster",
     ("toktogul", "kochkor-ata")),
    ("jalal-abad-cluster", "Жалал-Абад кластери", "Джалал-Абадский кластер",
     "Jalal-Abad cluster", ("jalal-abad", "kok-jangak")),
    ("tong-cluster", "Тоң кластери", "Тонский кластер", "Tong cluster",
     ("kok-moynok", "bolot-mambetov")),
)  # fmt: skip
JURORS = (
    # e-mail, full name, municipality code (a conflict with its cluster) or None, language
    ("juror1@example.org", "Азамат Исаков", None, "ky"),
    ("juror2@example.org", "Гүлнара Бекова", "kenesh", "ru"),
)
# A one-page PDF standing in for each cluster's letters of support.
LETTER_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)
ADMIN_EMAIL = "admin@example.org"  # sits on the jury too, so one account shows every side
MANAGER_EMAIL = "manager@example.org"
CRITERIA = (
    # name ky, ru, en, weight
    ("Пландын сапаты", "Качество плана", "Quality of the plan", Decimal(2)),
    ("Аткарылышы жана бюджет", "Выполнимость и бюджет", "Feasibility and budget", Decimal("1.5")),
    ("Муниципалитеттер аралык кызматташтык", "Межмуниципальное сотрудничество",
     "Intermunicipal cooperation", Decimal(1)),
)  # fmt: skip
LEVELS = (
    ("Алсыз", "Слабо", "Weak", 0),
    ("Орточо", "Удовлетворительно", "Fair", 1),
    ("Жакшы", "Хорошо", "Good", 2),
    ("Эң жакшы", "Отлично", "Excellent", 3),
)


def _at(year, month, day, hour=12) -> datetime:
    return datetime(year, month, day, hour, tzinfo=BISHKEK)


@transaction.atomic
def demo_competitions_create(*, password: str | None = None) -> list[Call]:
    """Both calls; the finished one only once (a rerun finds it published and stops)."""
    return [kzhap_demo_create(password=password), campaign_demo_create()]


def _rubric(call: Call) -> None:
    for n, (ky, ru, en, weight) in enumerate(CRITERIA):
        criterion = Criterion.objects.create(
            call=call, name=ky, name_ru=ru, name_en=en, weight=weight, sort_order=n
        )
        for m, (lky, lru, len_, points) in enumerate(LEVELS):
            CriterionLevel.objects.create(
                criterion=criterion,
                label=lky,
                label_ru=lru,
                label_en=len_,
                points=Decimal(points),
                sort_order=m,
            )


def _clusters() -> list[Cluster]:
    """The seeds' five clusters (from the places reference) and the four others."""
    for code, ky, ru, en, members in OTHER_CLUSTERS:
        cluster, _created = Cluster.objects.get_or_create(
            code=code, defaults={"name_ky": ky, "name_ru": ru, "name_en": en}
        )
        found = Municipality.objects.filter(code__in=members)
        if found.exists() and not cluster.municipalities.exists():
            cluster.municipalities.set(found)
    codes = [*WINNERS, *(row[0] for row in OTHER_CLUSTERS)]
    by_code = {cluster.code: cluster for cluster in Cluster.objects.filter(code__in=codes)}
    return [by_code[code] for code in codes if code in by_code]


def _jurors(password: str | None) -> list:
    User = get_user_model()
    people = []
    for email, full_name, municipality_code, language in JURORS:
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User(email=email, full_name=full_name, preferred_language=language)
            user.email_confirmed_at = timezone.now()
            if password:
                user.set_password(password)
            else:
                user.set_unusable_password()
        user.municipality = Municipality.objects.filter(code=municipality_code).first()
        user.save()
        people.append(user)
    admin = User.objects.filter(email=ADMIN_EMAIL).first()
    if admin is not None:
        people.append(admin)
    return people


def _manager():
    User = get_user_model()
    manager = User.objects.filter(email=MANAGER_EMAIL).first()
    if manager is None:
        manager = User.objects.filter(is_superuser=True).order_by("pk").first()
    if manager is None:
        manager = User.objects.filter(groups=Group.objects.filter(name=MANAGER).first()).first()
    return manager


PLAN_TEXT = {
    "ky": (
        "Кызмат жакшыртуу аракеттер планы: {name}.\n"
        "1. Ичүүчү суу түтүгүн оңдоо жана эсептегичтерди орнотуу.\n"
        "2. Таштанды чогултуу графигин бирдиктүү түзүү.\n"
        "3. Тургундар менен жыл сайын ачык угуу өткөрүү."
    ),
}


def kzhap_demo_create(*, password: str | None = None) -> Call:
    """The finished cluster competition with jury, decisions and published results."""
    call = Call.objects.filter(slug=KZHAP_SLUG).first()
    if call is not None and call.status == CallStatus.RESULTS:
        return call
    if call is None:
        call = Call.objects.create(
            slug=KZHAP_SLUG,
            title="Кызмат жакшыртуу аракеттер планы (КЖАП) боюнча кластерлердин конкурсу",
            title_ru="Конкурс кластеров на планы действий по улучшению услуг (ПДУУ)",
            title_en="Cluster competition for service improvement action plans",
            description=(
                "Кластерлерге бириктирилген муниципалитеттер кызмат жакшыртуу аракеттер "
                "планын (КЖАП) иштеп чыгышат. Жеңүүчүлөр планды ишке ашыруу үчүн грант алышат."
            ),
            description_ru=(
                "Муниципалитеты, объединённые в кластеры, разрабатывают планы действий по "
                "улучшению услуг. Победители получают грант на выполнение плана."
            ),
            description_en=(
                "Municipalities grouped in clusters draw up service improvement action plans; "
                "the winners receive a grant to carry out their plan."
            ),
            applicant_kind=ApplicantKind.CLUSTER,
            opens_at=_at(2020, 6, 1),
            deadline_at=_at(2020, 9, 30, 18),
            results_at=_at(2020, 12, 15),
            status=CallStatus.SCORING,
            disagreement_margin=Decimal(20),
        )
        CallField.objects.create(
            call=call,
            kind=FieldKind.LONG_TEXT,
            label="Кызмат жакшыртуу аракеттер планы",
            label_ru="План действий по улучшению услуг",
            label_en="Service improvement action plan",
            is_plan=True,
            sort_order=0,
        )
        CallField.objects.create(
            call=call,
            kind=FieldKind.NUMBER,
            label="Бюджет (сом)",
            label_ru="Бюджет (сом)",
            label_en="Budget (som)",
            sort_order=1,
        )
        CallField.objects.create(
            call=call,
            kind=FieldKind.FILE,
            label="Колдоо каттары",
            label_ru="Письма поддержки",
            label_en="Letters of support",
            required=False,
            sort_order=2,
        )
        _rubric(call)
        Prize.objects.create(
            call=call,
            name="КЖАПты ишке ашыруу үчүн грант",
            name_ru="Грант на выполнение плана",
            name_en="Grant to carry out the plan",
            count=len(WINNERS),
            amount=GRANT,
        )
    clusters = _clusters()
    jurors = _jurors(password)
    call.jurors.add(*jurors)
    manager = _manager()
    plan_field = call.fields.get(is_plan=True)
    budget_field = call.fields.get(kind=FieldKind.NUMBER)
    letters_field = call.fields.get(kind=FieldKind.FILE)
    for n, cluster in enumerate(clusters):
        application, created = Application.objects.get_or_create(
            call=call,
            cluster=cluster,
            defaults={
                "status": ApplicationStatus.SUBMITTED,
                "submitted_at": _at(2020, 9, 20 + n % 9),
            },
        )
        if created:
            Answer.objects.create(
                application=application,
                field=plan_field,
                text=PLAN_TEXT["ky"].format(name=cluster.name_ky),
            )
            Answer.objects.create(
                application=application, field=budget_field, text=str(6_000_000 + n * 250_000)
            )
            letter = Answer(
                application=application, field=letters_field, file_name="koldoo-kattary.pdf"
            )
            letter.file.save(f"letters-{cluster.code}.pdf", ContentFile(LETTER_PDF), save=False)
            letter.save()
    if call.status == CallStatus.SCORING:
        _score(call, jurors)
        call = services.scoring_close(call=call, by=manager)
    _decide(call, manager)
    results_publish(call=call, by=manager)
    call.refresh_from_db()
    return call


def _score(call: Call, jurors: list) -> None:
    """Every juror declares, then scores what they may see: winners high, the others lower."""
    from courses.competitions import selectors_jury as sel

    criteria = sel.rubric(call=call)
    for j, juror in enumerate(jurors):
        if not sel.declaration_made(call=call, juror=juror):
            services.jury_declare(call=call, juror=juror)
        for application in sel.juror_applications(call=call, juror=juror):
            if application.scoresheets.filter(juror=juror, submitted_at__isnull=False).exists():
                continue
            winner = application.cluster.code in WINNERS
            levels = {}
            for c, criterion in enumerate(criteria):
                points = (3 if winner else 1) - ((application.pk + c + j) % 2 if winner else 0)
                if not winner and (application.pk + c + j) % 3 == 0:
                    points = 2
                level = next(lv for lv in criterion.levels.all() if lv.points == points)
                levels[criterion.pk] = level.pk
            services.scoresheet_save(
                application=application,
                juror=juror,
                levels=levels,
                comment=(
                    "План так жана ишке ашырылуучу."
                    if winner
                    else "Бюджеттин негиздемесин толуктоо керек."
                ),
                submit=True,
            )


def _decide(call: Call, manager) -> None:
    due = date(2021, 3, 1)
    for application in Application.objects.filter(
        call=call, status=ApplicationStatus.SUBMITTED, outcome=Outcome.PENDING
    ).select_related("cluster"):
        if application.cluster.code in WINNERS:
            services.application_decide(
                application=application,
                outcome=Outcome.WINNER,
                by=manager,
                grant_amount=GRANT,
                reasons="КЖАП толук жана негиздүү; кластердин бардык мүчөлөрү колдошот.",
            )
        else:
            services.application_decide(
                application=application,
                outcome=Outcome.CONDITIONAL,
                by=manager,
                reasons="План жакшы, бирок толуктоо талап кылынат.",
                conditions=(
                    "1. Бюджеттин негиздемесин толуктоо.\n"
                    "2. Кластердин бардык айыл өкмөтүнүн колдоо каттарын тапшыруу."
                ),
                conditions_due=due,
            )


def campaign_demo_create() -> Call:
    """The information-campaign competition of municipalities, open for applications."""
    call = Call.objects.filter(slug=CAMPAIGN_SLUG).first()
    if call is not None:
        return call
    today = timezone.localdate()
    opens = datetime(today.year, today.month, today.day, 9, tzinfo=BISHKEK) - timedelta(days=10)
    call = Call.objects.create(
        slug=CAMPAIGN_SLUG,
        title="Коммуналдык кызматтарга акы төлөө боюнча маалыматтык кампаниялардын сынагы",
        title_ru="Конкурс информационных кампаний об оплате коммунальных услуг",
        title_en="Competition of information campaigns on paying for communal services",
        description=(
            "Муниципалитеттер тургундарга коммуналдык кызматтар үчүн эмне үчүн акы төлөө "
            "керектигин түшүндүргөн эң мыкты маалыматтык кампания үчүн ат салышат."
        ),
        description_ru=(
            "Муниципалитеты соревнуются за лучшую информационную кампанию о том, почему "
            "жителям нужно платить за коммунальные услуги."
        ),
        description_en=(
            "Municipalities compete for the best information campaign on why residents "
            "should pay for communal services."
        ),
        applicant_kind=ApplicantKind.MUNICIPALITY,
        opens_at=opens,
        deadline_at=opens + timedelta(days=40),
        status=CallStatus.OPEN,
    )
    CallField.objects.create(
        call=call,
        kind=FieldKind.LONG_TEXT,
        label="Кампаниянын планы",
        label_ru="План кампании",
        label_en="Campaign plan",
        is_plan=True,
        sort_order=0,
    )
    CallField.objects.create(
        call=call,
        kind=FieldKind.FILE,
        label="Кампаниянын материалдары",
        label_ru="Материалы кампании",
        label_en="Campaign materials",
        required=False,
        sort_order=1,
    )
    _rubric(call)
    Prize.objects.create(
        call=call,
        name="Биринчи орун",
        name_ru="Первое место",
        name_en="First place",
        count=2,
        amount=Decimal(0),
    )
    return call
