"""The learner's screens: enrol forms, mark complete, locks, Continue, My learning."""

from datetime import timedelta

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

import pytest

from courses.activity.models import LearningEvent
from courses.certificates.models import Certificate
from courses.enrolment.models import Enrollment, EnrollmentStatus
from courses.enrolment.services import ENROLMENT_CLOSED, WRONG_KEY, enrollment_create
from courses.progress.models import LessonCompletion
from courses.progress.services import NOT_ENROLLED, lesson_complete
from tests.factories.courses import LessonPageFactory, ModulePageFactory

pytestmark = pytest.mark.django_db


def enrol_url(course):
    return reverse("enrolment:enrol", args=[course.pk])


def complete_url(lesson):
    return reverse("progress:lesson_complete", args=[lesson.pk])


def count_queries(client, url):
    client.get(url)  # warm Wagtail's site, locale and rendition caches, and the route
    client.get(url)  # a page's second visit keeps its copy for the content version (lms.routing)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response


def test_visitors_are_sent_to_sign_in(client, make_course):
    course = make_course()
    response = client.post(enrol_url(course))
    assert response.status_code == 302
    assert "/accounts/login/" in response.url
    assert not Enrollment.objects.exists()


def test_enrol_button_enrols_and_the_page_changes(client, make_course, learner):
    course = make_course()
    client.force_login(learner)
    html = client.get(course.url).content.decode()
    assert f'action="{enrol_url(course)}"' in html
    assert client.get(enrol_url(course)).status_code == 405
    response = client.post(enrol_url(course), follow=True)
    assert Enrollment.objects.get(user=learner).status == EnrollmentStatus.ACTIVE
    html = response.content.decode()
    assert _("You are enrolled. Welcome to the course!") in html
    assert "<progress" in html
    assert reverse("enrolment:withdraw", args=[course.pk]) in html


def test_wrong_key_gives_a_clear_message(client, make_course, learner):
    course = make_course(enrolment_method="key", enrolment_key="kenesh")
    client.force_login(learner)
    assert 'name="key"' in client.get(course.url).content.decode()
    response = client.post(enrol_url(course), {"key": "nope"}, follow=True)
    assert str(WRONG_KEY) in response.content.decode()
    assert not Enrollment.objects.exists()
    client.post(enrol_url(course), {"key": "kenesh"})
    assert Enrollment.objects.get().is_enrolled


def test_request_shows_waiting_and_can_be_cancelled(client, make_course, learner):
    course = make_course(enrolment_method="approval")
    client.force_login(learner)
    assert _("Ask to join") in client.get(course.url).content.decode()
    html = client.post(enrol_url(course), follow=True).content.decode()
    assert _("Cancel my request") in html
    client.post(reverse("enrolment:withdraw", args=[course.pk]))
    assert Enrollment.objects.get().status == EnrollmentStatus.WITHDRAWN


def test_closed_course_offers_no_form_and_refuses_posts(client, make_course, learner):
    course = make_course(enrolment_method="closed")
    client.force_login(learner)
    html = client.get(course.url).content.decode()
    assert f'action="{enrol_url(course)}"' not in html
    assert _("Enrolment in this course is closed. A trainer can enrol you.") in html
    html = client.post(enrol_url(course), follow=True).content.decode()
    assert str(ENROLMENT_CLOSED) in html
    assert not Enrollment.objects.exists()


def test_mark_complete_double_submit_changes_nothing(client, make_course, learner, lessons_of):
    course = make_course(lessons=2)
    enrollment_create(user=learner, course=course)
    lesson = lessons_of(course)[0]
    client.force_login(learner)
    html = client.get(lesson.url).content.decode()
    assert f'action="{complete_url(lesson)}"' in html
    client.post(complete_url(lesson))
    response = client.post(complete_url(lesson), follow=True)
    assert LessonCompletion.objects.filter(user=learner).count() == 1
    html = response.content.decode()
    assert _("You have completed this lesson.") in html
    assert f'action="{complete_url(lesson)}"' not in html
    assert '<progress max="2" value="1"' in html


def test_not_enrolled_cannot_mark_complete(client, make_course, learner, lessons_of):
    lesson = lessons_of(make_course())[0]  # an open preview, readable by all
    client.force_login(learner)
    assert 'action="/ky/learning/lesson/' not in client.get(lesson.url).content.decode()
    response = client.post(complete_url(lesson), follow=True)
    assert str(NOT_ENROLLED) in response.content.decode()
    assert not LessonCompletion.objects.exists()


def test_sequential_lesson_is_locked_with_the_way_forward(client, make_course, learner, lessons_of):
    course = make_course(lessons=2, sequential_lessons=True)
    enrollment_create(user=learner, course=course)
    first, second = lessons_of(course)
    client.force_login(learner)
    response = client.get(second.url)
    assert response.status_code == 403
    html = response.content.decode()
    message = _("Lessons of this course open in order. Complete “%(title)s” first.")
    assert message % {"title": first.title} in html
    assert f'<a class="button" href="{first.url}">' in html
    assert "Secret lesson text." not in html
    lesson_complete(user=learner, lesson=first)
    assert client.get(second.url).status_code == 200


def continue_href(html: str) -> str:
    """Where the page's "Continue"/"Start" button goes."""
    import re

    found = re.search(r'<a class="button" href="([^"]+)">(?:[^<]*):', html)
    return found.group(1) if found else ""


def test_continue_goes_to_the_first_lesson_not_done(client, make_course, learner, lessons_of):
    """Point 4 of issue 19: never back to the lesson just done or last visited."""
    course = make_course(lessons=3)
    enrollment_create(user=learner, course=course)
    client.force_login(learner)
    first, second, third = lessons_of(course)
    my = reverse("progress:my")
    assert continue_href(client.get(course.url).content.decode()) == first.url
    client.post(complete_url(first))
    assert continue_href(client.get(course.url).content.decode()) == second.url
    assert continue_href(client.get(my).content.decode()) == second.url
    # Visiting (even completing) a later lesson does not move Continue past the gap.
    client.get(third.url)
    client.post(complete_url(third))
    assert Enrollment.objects.get().last_lesson_key == third.translation_key
    assert continue_href(client.get(course.url).content.decode()) == second.url
    assert continue_href(client.get(my).content.decode()) == second.url
    # The lesson page offers the same next step once its lesson is done.
    assert f'href="{second.url}">' in client.get(first.url).content.decode()


def test_progress_shows_in_another_language(
    client, make_course, learner, lessons_of, translate_course
):
    course = make_course(lessons=2)
    ru_course = translate_course(course, "ru")
    enrollment_create(user=learner, course=course)
    lesson_complete(user=learner, lesson=lessons_of(course)[0])
    client.force_login(learner)
    html = client.get(ru_course.url).content.decode()
    assert '<progress max="2" value="1"' in html
    assert f'href="{lessons_of(ru_course)[1].url}"' in html


def test_dashboard_lists_each_kind_of_course(client, make_course, learner, make_user, lessons_of):
    current, waiting, done, suggested = (
        make_course(lessons=2),
        make_course(enrolment_method="approval"),
        make_course(lessons=1),
        make_course(),
    )
    enrollment_create(user=learner, course=current)
    enrollment_create(user=learner, course=waiting)
    enrollment_create(user=learner, course=done)
    lesson_complete(user=learner, lesson=lessons_of(done)[0])
    client.force_login(learner)
    response = client.get(reverse("progress:my"))
    dashboard = response.context["dashboard"]
    assert [item.course.pk for item in dashboard.current] == [current.pk]
    assert [item.course.pk for item in dashboard.pending] == [waiting.pk]
    assert [item.course.pk for item in dashboard.completed] == [done.pk]
    assert [course.pk for course in dashboard.suggested] == [suggested.pk]
    html = response.content.decode()
    assert "My certificates" in html or "Менин сертификаттарым" in html
    # Another learner sees none of it.
    client.force_login(make_user(role="Learner"))
    other = client.get(reverse("progress:my")).context["dashboard"]
    assert other.current == other.pending == other.completed == []


def test_dashboard_needs_sign_in(client):
    response = client.get(reverse("progress:my"))
    assert response.status_code == 302


def test_dashboard_query_count_does_not_grow(client, make_course, learner, lessons_of):
    client.force_login(learner)
    course = make_course(lessons=2)
    enrollment_create(user=learner, course=course)
    lesson_complete(user=learner, lesson=lessons_of(course)[0])
    few, _ = count_queries(client, reverse("progress:my"))
    for _ in range(5):
        more = make_course(lessons=6, modules=2)
        enrollment_create(user=learner, course=more)
        lesson_complete(user=learner, lesson=lessons_of(more)[0])
    many, response = count_queries(client, reverse("progress:my"))
    assert len(response.context["dashboard"].current) == 6
    # Same for 1 or 6 courses, 2 or 32 lessons: the session (1; the user is a kept copy),
    # enrolments (1), completions (1), the catalogue link (1), the learner's certificates (1),
    # quiz attempts (1; their quizzes add one more once there are any), the person's seminar
    # places (1, courses.seminars' "My seminars"). 7 in all. The calendar's "Overdue" and
    # "Due soon" (courses.calendar.selectors.deadlines_get) use the enrolments and completions
    # read for the page (courses.progress.selectors.learner_enrollments); assignments due soon
    # or graded add none while no course has one (the courses that have one are remembered;
    # courses.assignments.selectors.learner.my_assignments). Each course (in this language or
    # the default) and its lessons, the suggestions, the locales and the site are remembered
    # for the content version (lms.process_memo; what is missing is read for all courses at
    # once), the admin link's permissions are a kept copy (lms.accounts.access_cache), the
    # menu and language switcher come from the fragment cache (count_queries renders the page
    # once first).
    assert many == few == 7


def test_course_and_lesson_query_counts_for_a_learner_do_not_grow(
    client, make_course, learner, lessons_of
):
    client.force_login(learner)
    course = make_course(lessons=3, modules=1)
    enrollment_create(user=learner, course=course)
    lesson = lessons_of(course)[1]
    lesson_complete(user=learner, lesson=lessons_of(course)[0])
    course_few, _ = count_queries(client, course.url)
    lesson_few, _ = count_queries(client, lesson.url)
    for _ in range(3):
        parent = ModulePageFactory(parent=course)
        for _ in range(19):
            LessonPageFactory(parent=parent)
    for extra in lessons_of(course)[2:12]:
        lesson_complete(user=learner, lesson=extra)
    course_many, _ = count_queries(client, course.url)
    lesson_many, _ = count_queries(client, lesson.url)
    # The course page: the session (1), the enrolment (1), completions (1) = 3. The page with
    # its parent and topic (lms.routing), its trainers (lms.process_memo), the user
    # (lms.accounts.user_cache), groups and the admin link's permissions
    # (lms.accounts.access_cache) are kept copies once count_queries has opened it twice. The
    # lesson page: the session (1), the enrolment (1), completions (1) and the lesson's latest
    # questions (1; courses.discussions) = 4, the page being a kept copy too; the visit writes
    # nothing, because count_queries'
    # first request recorded it a moment ago (see test_reloading_a_lesson_is_one_visit).
    assert course_many == course_few == 3
    assert lesson_many == lesson_few == 4


def test_reloading_a_lesson_is_one_visit(client, make_course, learner, lessons_of):
    client.force_login(learner)
    course = make_course(lessons=2)
    enrollment_create(user=learner, course=course)
    lesson = lessons_of(course)[1]
    for _reload in range(3):
        client.get(lesson.url)
    assert LearningEvent.objects.filter(verb="viewed").count() == 1
    assert Enrollment.objects.get().last_lesson_key == lesson.translation_key
    # Later, or another lesson, is a new visit.
    Enrollment.objects.update(last_activity_at=timezone.now() - timedelta(minutes=6))
    client.get(lesson.url)
    client.get(lessons_of(course)[0].url)
    client.get(lesson.url)
    assert LearningEvent.objects.filter(verb="viewed").count() == 4


def test_dashboard_offers_the_certificate_of_a_completed_course(
    client, make_course, learner, lessons_of, django_capture_on_commit_callbacks
):
    course = make_course(lessons=1, certificate_enabled=True)
    enrollment_create(user=learner, course=course)
    with django_capture_on_commit_callbacks(execute=True):  # the certificate task runs eagerly
        lesson_complete(user=learner, lesson=lessons_of(course)[0])
    certificate = Certificate.objects.get(user=learner)
    client.force_login(learner)
    html = client.get(reverse("progress:my")).content.decode()
    assert reverse("certificates:verify", kwargs={"code": certificate.code}) in html
    download = reverse(
        "certificates:download", kwargs={"code": certificate.code, "file_format": "pdf"}
    )
    assert download in html


def test_mark_complete_costs_the_completion_s_own_statements(
    client, make_course, learner, lessons_of, settings
):
    """Pinned: the session and the user come from the cache, the lesson (the copy its page's
    address keeps) and its course are remembered; what is left is the completion itself, in one
    transaction with no savepoint. On PostgreSQL: one statement locks the enrolment and inserts
    the completion and its event, then the required lessons done are counted (2). Elsewhere: the
    enrolment row locked, the learner's completions read next, the INSERT of the completion and
    of its event (4). The LTI check costs nothing while no launch has a line item."""
    settings.FRAGMENT_CACHE_SECONDS = 3600  # as in production: remembered values kept
    course = make_course(lessons=4)
    enrollment_create(user=learner, course=course)
    first, second, third = lessons_of(course)[:3]
    client.force_login(learner)
    client.get(first.url)
    client.post(complete_url(first))  # warms the remembered lesson, course and outline
    for lesson in (second, third):  # the first view keeps the copy of the page it walked to
        client.get(lesson.url)
    counts = []
    for lesson in (second, third):
        with CaptureQueriesContext(connection) as queries:
            response = client.post(complete_url(lesson))
        assert response.status_code == 302
        counts.append(
            [q["sql"] for q in queries.captured_queries if not q["sql"].startswith("SAVEPOINT")]
        )
    assert LessonCompletion.objects.filter(user=learner).count() == 3
    # The test settings keep sessions in the database (one read of the session): not counted.
    statements = [
        sql
        for sql in counts[1]
        if sql not in ("BEGIN", "COMMIT")
        and not sql.startswith("RELEASE SAVEPOINT")  # the test's own transaction around it
        and '"django_session"' not in sql.split(" WHERE ")[0]
    ]
    if connection.vendor == "postgresql":
        assert len(statements) == 2, "\n".join(sql[:120] for sql in statements)
        written, counted = statements
        assert "FOR UPDATE" in written and written.count("INSERT INTO") == 2
        assert counted.startswith("SELECT count(*)")
    else:
        assert len(statements) == 4, "\n".join(sql[:120] for sql in statements)
    assert len(counts[0]) == len(counts[1])


def test_a_completion_kept_under_another_course_is_found_not_doubled(
    client, make_course, learner, lessons_of
):
    """A lesson moved from one course to another keeps its completion under the first course:
    marking it again changes nothing and answers normally (no error from the unique row)."""
    course = make_course(lessons=2)
    enrollment_create(user=learner, course=course)
    lesson = lessons_of(course)[0]
    other = make_course(lessons=1)
    LessonCompletion.objects.create(
        user=learner,
        lesson_key=lesson.translation_key,
        course_key=other.translation_key,
        source="manual",
    )
    client.force_login(learner)
    response = client.post(complete_url(lesson))
    assert response.status_code == 302
    assert LessonCompletion.objects.filter(user=learner).count() == 1


def test_a_get_reads_the_learners_enrolments_once_and_a_post_every_time(
    rf, make_course, learner, django_assert_num_queries
):
    from courses.progress.selectors import learner_enrollments

    first = make_course(lessons=1)
    enrollment_create(user=learner, course=first)
    page_view = rf.get("/")
    assert len(learner_enrollments(user=learner, request=page_view)) == 1
    with django_assert_num_queries(0):  # My learning's other parts use what was read
        assert len(learner_enrollments(user=learner, request=page_view)) == 1
    form_post = rf.post("/")
    assert len(learner_enrollments(user=learner, request=form_post)) == 1
    enrollment_create(user=learner, course=make_course(lessons=1))  # the post writes
    assert len(learner_enrollments(user=learner, request=form_post)) == 2
