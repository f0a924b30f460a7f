"""A small, hand-counted world for the reports: every figure the tests expect is worked out in
docs/reports.md's terms from the rows below.

Range under test: 2026-01-01 to 2026-03-31 (Asia/Bishkek). Places: oblast O1 (districts D1 with
M1, M2; D2 with M3) and O2 (D3 with M4); cluster C1 = M1 + M3. Courses A (trainer T1) and B
(trainer T2, another topic), three required lessons each; A also has an optional lesson.

learner  place  gender      position            joined      enrolments (created/completed)
L1       M1     female      ao_head             2026-01-05  A completed 01-06/02-10, B active 01-07
L2       M1     male        ao_head             2026-01-10  A withdrawn 01-11
L3       M2     female      specialist_finance  2026-02-01  A active 02-02, B completed 02-03/03-15
L4       M2     male        specialist_finance  2026-02-15  A pending 02-16
L5       M3     female      kenesh_member       2026-03-01  B active 03-02
L6       M3     female      ao_head             2025-12-01  A completed 2025-12-05/2026-01-15
L7       M4     male        kenesh_member       2026-01-20  A active 01-21, B rejected 01-22
L8       M4     female      specialist_finance  2026-03-20  B completed 03-21/04-02
L9       M4     male        other               2025-06-01  A active 2025-07-01
L10      -      not_stated  other               2026-02-10  A active 02-11
L11      M1     female      specialist_finance  2026-03-30  (none)
L12      M3     male        ao_head             2026-04-05  A active 04-06

Required lessons done: L1 A all three, B one; L2 A one; L3 A two (and the optional one);
L7 A one; nobody else. Certificates: L1 A 02-10 valid, L3 B 03-15 valid, L6 A 01-15 revoked.
Best quiz scores in range: L1 A 80 (of 60, 80), L2 A 40, L3 B 90 (one more in progress),
L7 A 50 (a 70 from 2025 is out of range); L5 B 100 is submitted after the range.
Events: L1 A 02-20, L3 B 03-15 and 03-20, L5 B 03-10, L7 A 03-31 23:00, L8 B 04-02.
"""

import datetime
import uuid
from dataclasses import dataclass
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from courses.activity.models import LearningEvent
from courses.catalogue.models import Topic
from courses.certificates.models import Certificate, CertificateStatus
from courses.enrolment.models import Enrollment, EnrollmentStatus
from courses.progress.models import LessonCompletion
from courses.quizzes.authoring import quiz_get_or_create
from courses.quizzes.models import Attempt, AttemptState
from courses.reports.selectors.figures import ReportFilters
from lms.places.models import Cluster
from tests.factories.courses import LessonPageFactory
from tests.factories.places import DistrictFactory, MunicipalityFactory, OblastFactory

TZ = ZoneInfo("Asia/Bishkek")
START = datetime.date(2026, 1, 1)
END = datetime.date(2026, 3, 31)


def at(day: str, hour: int = 12) -> datetime.datetime:
    """Noon (or `hour`) of an ISO day in Bishkek."""
    return datetime.datetime.combine(
        datetime.date.fromisoformat(day), datetime.time(hour), tzinfo=TZ
    )


@dataclass
class World:
    courses: dict
    lessons: dict
    learners: dict
    places: dict
    manager: object
    trainers: dict
    reviewer: object

    def filters(self, **changes) -> ReportFilters:
        return ReportFilters(date_from=START, date_to=END, **changes)


@pytest.fixture
def world(make_course, make_user, lessons_of):
    o1 = OblastFactory(name_ky="Облус Бир", name_en="Oblast One")
    o2 = OblastFactory(name_ky="Облус Эки", name_en="Oblast Two")
    d1 = DistrictFactory(oblast=o1, name_ky="Район Бир", name_en="District One")
    d2 = DistrictFactory(oblast=o1, name_ky="Район Эки", name_en="District Two")
    d3 = DistrictFactory(oblast=o2, name_ky="Район Үч", name_en="District Three")
    m1 = MunicipalityFactory(district=d1, name_ky="Аймак Бир", name_en="Aimak One")
    m2 = MunicipalityFactory(district=d1, name_ky="Аймак Эки", name_en="Aimak Two")
    m3 = MunicipalityFactory(district=d2, name_ky="Аймак Үч", name_en="Aimak Three")
    m4 = MunicipalityFactory(district=d3, name_ky="Аймак Төрт", name_en="Aimak Four")
    cluster = Cluster.objects.create(code="c1", name_ky="Кластер", name_ru="Кластер", name_en="C1")
    cluster.municipalities.set([m1, m3])

    manager = make_user(role="Manager")
    manager.date_joined = at("2026-01-02")  # staff never count as registered learners
    manager.save()
    t1, t2 = make_user(role="Trainer"), make_user(role="Trainer")
    reviewer = make_user(role="Reviewer")
    course_a = make_course(lessons=3, trainers=[t1], title="Course A")
    course_b = make_course(
        lessons=3,
        trainers=[t2],
        title="Course B",
        topic=Topic.objects.get(slug="intermunicipal-cooperation"),
    )
    lessons_a, lessons_b = lessons_of(course_a), lessons_of(course_b)
    optional = LessonPageFactory(parent=course_a, required_for_completion=False)

    profiles = {
        "L1": (m1, "female", "ao_head", "2026-01-05"),
        "L2": (m1, "male", "ao_head", "2026-01-10"),
        "L3": (m2, "female", "specialist_finance", "2026-02-01"),
        "L4": (m2, "male", "specialist_finance", "2026-02-15"),
        "L5": (m3, "female", "kenesh_member", "2026-03-01"),
        "L6": (m3, "female", "ao_head", "2025-12-01"),
        "L7": (m4, "male", "kenesh_member", "2026-01-20"),
        "L8": (m4, "female", "specialist_finance", "2026-03-20"),
        "L9": (m4, "male", "other", "2025-06-01"),
        "L10": (None, "not_stated", "other", "2026-02-10"),
        "L11": (m1, "female", "specialist_finance", "2026-03-30"),
        "L12": (m3, "male", "ao_head", "2026-04-05"),
    }
    learners = {}
    for name, (place, gender, position, joined) in profiles.items():
        user = make_user(role="Learner", full_name=f"Learner {name}", email=f"{name}@example.org")
        user.municipality, user.gender, user.position = place, gender, position
        user.date_joined = at(joined)
        user.save()
        learners[name] = user

    keys = {"A": course_a.translation_key, "B": course_b.translation_key}
    enrolments = [
        ("L1", "A", EnrollmentStatus.COMPLETED, "2026-01-06", "2026-02-10"),
        ("L1", "B", EnrollmentStatus.ACTIVE, "2026-01-07", None),
        ("L2", "A", EnrollmentStatus.WITHDRAWN, "2026-01-11", None),
        ("L3", "A", EnrollmentStatus.ACTIVE, "2026-02-02", None),
        ("L3", "B", EnrollmentStatus.COMPLETED, "2026-02-03", "2026-03-15"),
        ("L4", "A", EnrollmentStatus.PENDING, "2026-02-16", None),
        ("L5", "B", EnrollmentStatus.ACTIVE, "2026-03-02", None),
        ("L6", "A", EnrollmentStatus.COMPLETED, "2025-12-05", "2026-01-15"),
        ("L7", "A", EnrollmentStatus.ACTIVE, "2026-01-21", None),
        ("L7", "B", EnrollmentStatus.REJECTED, "2026-01-22", None),
        ("L8", "B", EnrollmentStatus.COMPLETED, "2026-03-21", "2026-04-02"),
        ("L9", "A", EnrollmentStatus.ACTIVE, "2025-07-01", None),
        ("L10", "A", EnrollmentStatus.ACTIVE, "2026-02-11", None),
        ("L12", "A", EnrollmentStatus.ACTIVE, "2026-04-06", None),
    ]
    rows = {}
    for learner, course, status, created, completed in enrolments:
        row = Enrollment.objects.create(
            user=learners[learner], course_key=keys[course], status=status
        )
        # created_at is auto_now_add: set the fixture's date afterwards.
        Enrollment.objects.filter(pk=row.pk).update(
            created_at=at(created), completed_at=at(completed) if completed else None
        )
        rows[(learner, course)] = row

    done = [
        ("L1", lessons_a[0]),
        ("L1", lessons_a[1]),
        ("L1", lessons_a[2]),
        ("L1", lessons_b[0]),
        ("L2", lessons_a[0]),
        ("L3", lessons_a[0]),
        ("L3", lessons_a[1]),
        ("L3", optional),
        ("L7", lessons_a[1]),
    ]
    for learner, lesson in done:
        course_key = keys["B"] if lesson in lessons_b else keys["A"]
        LessonCompletion.objects.create(
            user=learners[learner],
            lesson_key=lesson.translation_key,
            course_key=course_key,
            completed_at=at("2026-02-01"),
        )

    for number, (learner, course, day, status) in enumerate(
        [
            ("L1", "A", "2026-02-10", CertificateStatus.VALID),
            ("L3", "B", "2026-03-15", CertificateStatus.VALID),
            ("L6", "A", "2026-01-15", CertificateStatus.REVOKED),
        ]
    ):
        certificate = Certificate.objects.create(
            enrollment=rows[(learner, course)],
            user=learners[learner],
            course_key=keys[course],
            code=f"CODE{number}",
            status=status,
            holder_name=learner,
            course_title=course,
            course_hours=4,
            language="ky",
            completed_on=at(day).date(),
            issuer_name="Issuer",
        )
        Certificate.objects.filter(pk=certificate.pk).update(issued_at=at(day))

    quiz_a, _ = quiz_get_or_create(lesson=lessons_a[2], title="Quiz A")
    quiz_b, _ = quiz_get_or_create(lesson=lessons_b[1], title="Quiz B")
    quizzes = {"A": quiz_a, "B": quiz_b}
    attempts = [
        ("L1", "A", 1, "60", "2026-01-20", AttemptState.SUBMITTED),
        ("L1", "A", 2, "80", "2026-01-25", AttemptState.SUBMITTED),
        ("L2", "A", 1, "40", "2026-01-15", AttemptState.SUBMITTED),
        ("L3", "B", 1, "90", "2026-03-10", AttemptState.SUBMITTED),
        ("L3", "B", 2, "0", "2026-03-11", AttemptState.IN_PROGRESS),
        ("L7", "A", 1, "70", "2025-12-20", AttemptState.SUBMITTED),
        ("L7", "A", 2, "50", "2026-02-01", AttemptState.SUBMITTED),
        ("L5", "B", 1, "100", "2026-04-03", AttemptState.SUBMITTED),
    ]
    for learner, course, number, score, day, state in attempts:
        quiz = quizzes[course]
        Attempt.objects.create(
            user=learners[learner],
            quiz=quiz,
            lesson_key=quiz.lesson_key,
            course_key=keys[course],
            number=number,
            state=state,
            started_at=at(day, 10),
            submitted_at=at(day, 11) if state == AttemptState.SUBMITTED else None,
            score=Decimal(score),
        )

    events = [
        ("L1", "A", at("2026-02-20")),
        ("L3", "B", at("2026-03-15")),
        ("L3", "B", at("2026-03-20")),
        ("L5", "B", at("2026-03-10")),
        ("L7", "A", at("2026-03-31", 23)),
        ("L8", "B", at("2026-04-02")),
    ]
    for learner, course, when in events:
        LearningEvent.objects.create(
            actor=learners[learner],
            verb="viewed",
            object_type="lesson",
            object_key=uuid.uuid4(),
            course_key=keys[course],
            created_at=when,
        )

    return World(
        courses={"A": course_a, "B": course_b},
        lessons={"A": lessons_a, "B": lessons_b},
        learners=learners,
        places={
            "O1": o1,
            "O2": o2,
            "D1": d1,
            "D2": d2,
            "D3": d3,
            "M1": m1,
            "M2": m2,
            "M3": m3,
            "M4": m4,
            "C1": cluster,
        },
        manager=manager,
        trainers={"T1": t1, "T2": t2},
        reviewer=reviewer,
    )
