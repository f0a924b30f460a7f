"""The scale data generator: the numbers asked for, shared translation keys, a clean reset."""

from io import StringIO

from django.core.management import call_command

from wagtail.images import get_image_model

import pytest

from bench.data import (
    BENCH_EMAIL_DOMAIN,
    BENCH_SLUG_PREFIX,
    BIG_COURSE_SLUG,
    BenchSize,
    bench_data_create,
    bench_data_present,
    bench_data_remove,
    renditions_warm,
)
from cms.demo_images import demo_image_get
from cms.portal.models import CaseGalleryImage, CaseStudyPage
from courses.activity.models import LearningEvent
from courses.catalogue.models import CoursePage, LessonPage
from courses.certificates.models import Certificate
from courses.enrolment.models import Enrollment, EnrollmentStatus
from courses.progress.models import LessonCompletion
from courses.quizzes.models import Attempt
from lms.accounts.models import User

pytestmark = pytest.mark.django_db

TINY = BenchSize(
    learners=40,
    courses=3,
    lessons=5,
    enrolments=90,
    completions=150,
    attempts=30,
    cases=4,
    big_course_lessons=8,
)


def _lesson_keys(course: CoursePage) -> list:
    return list(
        LessonPage.objects.descendant_of(course)
        .order_by("path")
        .values_list("translation_key", flat=True)
    )


def test_bench_data_creates_the_numbers_asked_for():
    report = bench_data_create(size=TINY)

    assert (
        User.objects.filter(
            email__endswith=f"@{BENCH_EMAIL_DOMAIN}", groups__name="Learner"
        ).count()
        == 40
    )
    keys = CoursePage.objects.filter(locale__language_code="ky").values("translation_key")
    assert CoursePage.objects.filter(locale__language_code="ky").count() == 3 + 1
    assert Enrollment.objects.filter(course_key__in=keys).count() == 90
    assert LessonCompletion.objects.count() == 150
    assert Attempt.objects.count() == 30
    assert CaseStudyPage.objects.filter(locale__language_code="ky").count() == 4
    assert CaseStudyPage.objects.filter(locale__language_code="ru").count() == 4
    completed = Enrollment.objects.filter(status=EnrollmentStatus.COMPLETED)
    assert completed.exists()
    assert Certificate.objects.count() == completed.count()
    assert report.counts["events"] == LearningEvent.objects.count() > 150
    big = CoursePage.objects.get(slug=BIG_COURSE_SLUG, locale__language_code="ky")
    assert len(_lesson_keys(big)) == 8


def test_bench_data_courses_and_lessons_share_keys_across_languages():
    bench_data_create(size=TINY)

    for course in CoursePage.objects.filter(locale__language_code="ky"):
        russian = CoursePage.objects.get(
            translation_key=course.translation_key, locale__language_code="ru"
        )
        assert _lesson_keys(russian) == _lesson_keys(course)
        assert len(_lesson_keys(course)) in (5, 8)


def test_bench_data_facts_follow_each_other_in_time():
    bench_data_create(size=TINY)

    for completion in LessonCompletion.objects.all():
        enrollment = Enrollment.objects.get(
            user_id=completion.user_id, course_key=completion.course_key
        )
        assert completion.completed_at >= enrollment.created_at
        assert enrollment.status != EnrollmentStatus.PENDING
    for enrollment in Enrollment.objects.filter(status=EnrollmentStatus.COMPLETED):
        course = CoursePage.objects.filter(translation_key=enrollment.course_key).first()
        done = LessonCompletion.objects.filter(
            user_id=enrollment.user_id, course_key=enrollment.course_key
        ).count()
        assert done == len(_lesson_keys(course))


def test_bench_data_reset_removes_only_bench_rows_and_rebuilds_the_same(make_user):
    someone = make_user(role="Learner")
    bench_data_create(size=TINY)
    first = bench_data_present()
    keys = set(CoursePage.objects.values_list("translation_key", flat=True))

    bench_data_remove()

    assert bench_data_present() == dict.fromkeys(first, 0)
    assert not LessonPage.objects.exists()
    assert not LearningEvent.objects.exists()
    assert User.objects.filter(pk=someone.pk).exists()

    bench_data_create(size=TINY)

    assert bench_data_present() == first
    assert set(CoursePage.objects.values_list("translation_key", flat=True)) == keys


def test_bench_data_command_reports_and_does_not_duplicate():
    args = [
        "--learners=20",
        "--courses=2",
        "--lessons=3",
        "--enrolments=30",
        "--completions=40",
        "--attempts=5",
        "--cases=2",
        "--big-course-lessons=4",
    ]
    out = StringIO()
    call_command("bench_data", *args, stdout=out)
    assert "learners 20" in out.getvalue()

    again = StringIO()
    call_command("bench_data", *args, stdout=again)

    assert "already there" in again.getvalue()
    assert User.objects.filter(email__endswith=f"@{BENCH_EMAIL_DOMAIN}").count() == 20 + 1

    call_command("bench_data", *args, "--reset", stdout=StringIO())

    assert bench_data_present()["learners"] == 20 + 1


def test_renditions_warm_makes_every_rendition_a_case_page_asks_for(client):
    bench_data_create(size=TINY)
    # Bench cases have no images; give them one shared cover, an Open Graph image and a gallery.
    cases = CaseStudyPage.objects.filter(slug__startswith=BENCH_SLUG_PREFIX)
    cases.update(cover_image=demo_image_get(motif="waste"))
    case = cases.get(slug=f"{BENCH_SLUG_PREFIX}case-1", locale__language_code="ky")
    case.og_image = demo_image_get(motif="chart")
    case.gallery_images = [CaseGalleryImage(image=demo_image_get(motif="road"), alt="Жол")]
    case.save()
    renditions = get_image_model().get_rendition_model().objects

    out = StringIO()
    call_command("bench_data", stdout=out)  # the data is there: only the renditions step runs

    # The shared cover once: 6 for the picture, the card and the OG image; the OG image 1; the
    # gallery image 4.
    assert "renditions: 13 in " in out.getvalue()
    made = renditions.count()
    for page in (case, case.get_parent(), cases.get(slug=case.slug, locale__language_code="ru")):
        assert client.get(page.url).status_code == 200
    assert renditions.count() == made
    assert renditions_warm() == 0
