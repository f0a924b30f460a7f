"""The seminars' demo: the five seminars of the first phase held in 2020 in Jalal-Abad, Ala-Buka,
Toktogul, Balykchy and Karakol, with registrations and attendance such that exactly 108 heads and
staff of rural municipalities attended, 13 of them women (the programme's own figures), and one
upcoming seminar open for registration, so `make run` shows the Register button.

Participants are demo accounts without a usable password, made with one bulk insert. A rerun
changes nothing (each seminar is looked up by its Kyrgyz title; the accounts by e-mail).
"""

import datetime as dt
from dataclasses import dataclass

from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.utils import timezone

from courses.seminars.models import (
    Attendance,
    AttendanceMark,
    Registration,
    RegistrationSource,
    RegistrationStatus,
    Seminar,
    SeminarSession,
    SeminarStatus,
)
from lms.accounts.models import Gender, Position, User
from lms.places.models import Municipality

TRAINER_EMAIL = "trainer@example.org"
PARTICIPANT_EMAIL = "seminar-participant-{:03d}@example.org"

DESCRIPTION = (
    "Айыл аймактары таштанды чыгаруу, көчө жарыгы, маданият жана эс алуу кызматтарын жеке "
    "операторлорго кантип тапшыра аларын практикалык мисалдар менен талкуулашат.",
    "Сельские муниципалитеты на практических примерах разбирают, как передать частным "
    "операторам вывоз отходов, уличное освещение, услуги культуры и досуга.",
    "Rural municipalities work through practical examples of handing waste collection, street "
    "lighting, and culture and leisure services to private operators.",
)


@dataclass(frozen=True)
class DemoSeminar:
    key: str  # the venue municipality's code
    oblast: str
    titles: tuple[str, str, str]
    days: tuple[dt.date, ...]
    venue: str
    participants: int
    women: int


SEMINARS = (
    DemoSeminar(
        "jalal-abad",
        "jalal-abad",
        (
            "Кызмат көрсөтүүгө жеке секторду тартуу: Жалал-Абад",
            "Привлечение частного сектора к услугам: Джалал-Абад",
            "Private sector involvement in services: Jalal-Abad",
        ),
        (dt.date(2020, 9, 15),),
        "Облустук администрациянын чоң залы",
        24,
        3,
    ),
    DemoSeminar(
        "ala-buka",
        "jalal-abad",
        (
            "Кызмат көрсөтүүгө жеке секторду тартуу: Ала-Бука",
            "Привлечение частного сектора к услугам: Ала-Бука",
            "Private sector involvement in services: Ala-Buka",
        ),
        (dt.date(2020, 9, 17),),
        "Райондук администрациянын залы",
        20,
        2,
    ),
    DemoSeminar(
        "toktogul",
        "jalal-abad",
        (
            "Кызмат көрсөтүүгө жеке секторду тартуу: Токтогул",
            "Привлечение частного сектора к услугам: Токтогул",
            "Private sector involvement in services: Toktogul",
        ),
        (dt.date(2020, 9, 22), dt.date(2020, 9, 23)),
        "Токтогул шаарынын маданият үйү",
        22,
        3,
    ),
    DemoSeminar(
        "balykchy",
        "issyk-kul",
        (
            "Кызмат көрсөтүүгө жеке секторду тартуу: Балыкчы",
            "Привлечение частного сектора к услугам: Балыкчы",
            "Private sector involvement in services: Balykchy",
        ),
        (dt.date(2020, 10, 6),),
        "Шаардык мэриянын жыйындар залы",
        20,
        2,
    ),
    DemoSeminar(
        "karakol",
        "issyk-kul",
        (
            "Кызмат көрсөтүүгө жеке секторду тартуу: Каракол",
            "Привлечение частного сектора к услугам: Каракол",
            "Private sector involvement in services: Karakol",
        ),
        (dt.date(2020, 10, 8), dt.date(2020, 10, 9)),
        "Облустук администрациянын жыйындар залы",
        22,
        3,
    ),
)

UPCOMING_TITLES = (
    "Экинчи фазанын кириш семинары: кызматтарды жакшыртуу",
    "Вводный семинар второй фазы: улучшение услуг",
    "Phase two kickoff seminar: improving local services",
)
UPCOMING_DESCRIPTION = (
    "Айыл өкмөтү башчылары жана орун басарлары үчүн: долбоордун экинчи фазасынын максаттары, "
    "кластерлер жана кызматтарды жакшыртуу пландары.",
    "Для глав айыл окмоту и их заместителей: цели второй фазы проекта, кластеры и планы "
    "улучшения услуг.",
    "For heads of ayil okmotu and their deputies: the aims of the project's second phase, "
    "clusters and service improvement action plans.",
)

MEN = ("Бакыт", "Азамат", "Нурлан", "Эрлан", "Талант", "Улан", "Замир", "Канат", "Мирлан", "Айбек")
WOMEN = ("Айгүл", "Гүлнара", "Жылдыз", "Назира", "Чолпон")
SURNAMES = ("Асанов", "Токтогулов", "Жумабаев", "Осмонов", "Садыков", "Мамытов", "Алиев")
POSITIONS = (
    Position.AO_HEAD,
    Position.AO_DEPUTY,
    Position.SPECIALIST_ECONOMIC,
    Position.SPECIALIST_FINANCE,
    Position.KENESH_CHAIR,
)


def _aware(day: dt.date, hour: int) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time(hour, 0)))


def _participants(start: int, spec: DemoSeminar, places: list, password: str) -> list[User]:
    """The seminar's participants, created once (by e-mail) in one insert."""
    rows, confirmed = [], timezone.now()
    for n in range(spec.participants):
        number = start + n
        woman = n < spec.women
        first = WOMEN[n % len(WOMEN)] if woman else MEN[n % len(MEN)]
        surname = SURNAMES[(number // 3) % len(SURNAMES)] + ("а" if woman else "")
        rows.append(
            User(
                email=PARTICIPANT_EMAIL.format(number),
                full_name=f"{surname} {first}",
                municipality=places[n % len(places)],
                position=POSITIONS[n % len(POSITIONS)],
                gender=Gender.FEMALE if woman else Gender.MALE,
                preferred_language="ky",
                password=password,
                # Demo accounts are all confirmed, so any of them can be tried after a reset.
                email_confirmed_at=confirmed,
            )
        )
    existing = set(
        User.objects.filter(email__in=[u.email for u in rows]).values_list("email", flat=True)
    )
    User.objects.bulk_create([u for u in rows if u.email not in existing])
    return list(User.objects.filter(email__in=[u.email for u in rows]).order_by("email"))


def _mark(n: int, day: int) -> str:
    """Mostly present, some late; on a second day a few are absent or excused (they attended
    the first, so every participant attended at least once)."""
    if day == 0:
        return AttendanceMark.LATE if n % 7 == 3 else AttendanceMark.PRESENT
    if n % 9 == 4:
        return AttendanceMark.ABSENT
    if n % 11 == 5:
        return AttendanceMark.EXCUSED
    return AttendanceMark.PRESENT


def _seminar_held(spec: DemoSeminar, *, start: int, trainer, password: str) -> Seminar:
    seminar = Seminar.objects.filter(title=spec.titles[0]).first()
    if seminar is not None:
        return seminar
    venue = Municipality.objects.select_related("district").get(code=spec.key)
    places = list(
        Municipality.objects.filter(district__oblast__code=spec.oblast).order_by("code")[:12]
    )
    seminar = Seminar.objects.create(
        title=spec.titles[0],
        title_ru=spec.titles[1],
        title_en=spec.titles[2],
        description=DESCRIPTION[0],
        description_ru=DESCRIPTION[1],
        description_en=DESCRIPTION[2],
        status=SeminarStatus.PUBLISHED,
        self_registration=False,
    )
    if trainer:
        seminar.trainers.add(trainer)
    sessions = [
        SeminarSession.objects.create(
            seminar=seminar,
            starts_at=_aware(day, 10),
            ends_at=_aware(day, 17),
            venue=spec.venue,
            municipality=venue,
            district=venue.district,
            capacity=30,
            sort_order=index,
        )
        for index, day in enumerate(spec.days)
    ]
    people = _participants(start, spec, places, password)
    confirmed_at = _aware(spec.days[0], 9) - dt.timedelta(days=7)
    registrations = Registration.objects.bulk_create(
        [
            Registration(
                seminar=seminar,
                user=person,
                status=RegistrationStatus.CONFIRMED,
                source=RegistrationSource.TRAINER,
                registered_by=trainer,
                municipality=person.municipality,
                position=person.position,
                gender=person.gender,
                confirmed_at=confirmed_at,
            )
            for person in people
        ]
    )
    Attendance.objects.bulk_create(
        [
            Attendance(
                session=session,
                registration=registration,
                mark=_mark(n, day),
                marked_by=trainer,
            )
            for day, session in enumerate(sessions)
            for n, registration in enumerate(registrations)
        ]
    )
    return seminar


def _seminar_upcoming(*, trainer, now=None) -> Seminar:
    seminar = Seminar.objects.filter(title=UPCOMING_TITLES[0]).first()
    if seminar is not None:
        return seminar
    seminar = Seminar.objects.create(
        title=UPCOMING_TITLES[0],
        title_ru=UPCOMING_TITLES[1],
        title_en=UPCOMING_TITLES[2],
        description=UPCOMING_DESCRIPTION[0],
        description_ru=UPCOMING_DESCRIPTION[1],
        description_en=UPCOMING_DESCRIPTION[2],
        status=SeminarStatus.PUBLISHED,
        self_registration=True,
        cancel_cutoff_hours=24,
    )
    if trainer:
        seminar.trainers.add(trainer)
    venue = Municipality.objects.select_related("district").filter(code="jalal-abad").first()
    today = timezone.localdate(now or timezone.now())
    SeminarSession.objects.create(
        seminar=seminar,
        starts_at=_aware(today + dt.timedelta(days=21), 10),
        ends_at=_aware(today + dt.timedelta(days=21), 16),
        venue="Облустук администрациянын чоң залы",
        address="Ленин көчөсү",
        municipality=venue,
        district=venue.district if venue else None,
        capacity=90,
    )
    return seminar


@transaction.atomic
def demo_seminars_create(*, now=None) -> tuple[list[Seminar], Seminar]:
    """The five seminars held (108 participants, 13 women) and one open for registration."""
    trainer = User.objects.filter(email=TRAINER_EMAIL).first()
    password = make_password(None)  # unusable: these accounts only carry the figures
    held, start = [], 1
    for spec in SEMINARS:
        held.append(_seminar_held(spec, start=start, trainer=trainer, password=password))
        start += spec.participants
    return held, _seminar_upcoming(trainer=trainer, now=now)
