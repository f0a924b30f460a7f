"""A learner's journey reaches a real LRS, Ralph, as valid xAPI statements, each once, even
after a forced retry (issue 23's "done when"; docs/xapi.md)."""

from collections import Counter

import pytest

from courses.certificates.tasks import certificate_issue
from courses.enrolment.services import enrollment_create
from courses.progress.services import lesson_complete, lesson_visit
from courses.quizzes.authoring import true_false_options
from courses.quizzes.formats import ParsedQuestion
from courses.quizzes.models import QuestionType
from courses.quizzes.services import quiz_attempt_start, quiz_attempt_submit
from courses.xapi import services
from courses.xapi.models import XapiDelivery, XapiStatement
from courses.xapi.tasks import xapi_statements_forward
from courses.xapi.validation import statement_errors
from tests.factories.quizzes import quiz_with_questions

pytestmark = [pytest.mark.django_db, pytest.mark.integration]

ADL = "http://adlnet.gov/expapi/verbs/"
JOURNEY = Counter(
    {
        ADL + "registered": 1,  # enrolled
        ADL + "experienced": 2,  # viewed both lessons
        ADL + "completed": 3,  # two lessons and the course
        ADL + "attempted": 1,  # the quiz
        ADL + "passed": 1,
        "http://id.tincanapi.com/verb/earned": 1,  # the certificate
    }
)


@pytest.fixture
def journey(make_course, make_user, lessons_of):
    """Enrol, view and complete a lesson, view the next, pass its quiz (which completes it and
    the course), and get the certificate: every kind of statement a learner's way makes."""
    trainer = make_user(role="Trainer", full_name="Айгүл Осмонова")
    course = make_course(lessons=2, modules=0, trainers=[trainer])
    first, second = lessons_of(course)
    quiz = quiz_with_questions(
        lesson=second,
        questions=[
            ParsedQuestion(
                qtype=QuestionType.TRUE_FALSE,
                text="A cluster groups neighbouring municipalities.",
                options=true_false_options(correct=True),
            )
        ],
    )
    learner = make_user(role="Learner", preferred_language="ky")
    enrollment = enrollment_create(user=learner, course=course)
    lesson_visit(user=learner, enrollment=enrollment, lesson=first)
    lesson_complete(user=learner, lesson=first, course=course)
    enrollment.refresh_from_db()
    lesson_visit(user=learner, enrollment=enrollment, lesson=second)
    attempt = quiz_attempt_start(user=learner, quiz=quiz, course_key=course.translation_key)
    question = quiz.questions.get()
    right = question.options.get(fraction=1)
    attempt = quiz_attempt_submit(attempt=attempt, responses={str(question.key): str(right.key)})
    assert attempt.passed
    enrollment.refresh_from_db()
    assert enrollment.status == "completed"
    certificate_issue.apply(args=[enrollment.pk]).get()
    return learner


def _ours():
    return {str(s.pk): s.payload for s in XapiStatement.objects.all()}


def test_a_learners_journey_arrives_in_ralph_valid_and_once(ralph, journey):
    ours = _ours()
    assert Counter(p["verb"]["id"] for p in ours.values()) == JOURNEY

    result = xapi_statements_forward.apply().get()

    assert result == {"ralph": {"sent": len(ours), "rejected": 0, "failed": 0}}
    stored = ralph.statements()
    assert sorted(s["id"] for s in stored) == sorted(ours)
    assert ralph.invalid(stored) == {}
    for statement in stored:
        assert statement_errors(statement) == [], statement
        mine = ours[statement["id"]]
        # What Ralph holds is what was built (it adds only "stored" and "authority").
        assert {k: v for k, v in statement.items() if k not in ("stored", "authority")} == mine
    passed = next(s for s in stored if s["verb"]["id"] == ADL + "passed")
    assert passed["result"]["success"] is True
    assert passed["result"]["score"]["scaled"] == 1.0
    assert XapiDelivery.objects.filter(lrs="ralph", sent_at__isnull=False).count() == len(ours)


def test_a_forced_retry_leaves_no_statement_twice_in_ralph(ralph, journey, monkeypatch):
    ours = _ours()
    real_mark = services.deliveries_mark

    def crash_after_sending(**kwargs):
        raise RuntimeError("the worker died after Ralph stored the batch")

    # The first run posts the whole batch, then dies before it can record the delivery.
    monkeypatch.setattr(services, "deliveries_mark", crash_after_sending)
    with pytest.raises(RuntimeError):
        xapi_statements_forward.apply().get()
    assert len(ralph.statements()) == len(ours)
    assert not XapiDelivery.objects.exists()

    # The retry sends the same statements again, with the same ids: Ralph keeps one of each.
    monkeypatch.setattr(services, "deliveries_mark", real_mark)
    assert xapi_statements_forward.apply().get()["ralph"]["sent"] == len(ours)
    stored = ralph.statements()
    assert Counter(s["id"] for s in stored) == Counter(list(ours))
    assert XapiDelivery.objects.filter(sent_at__isnull=False).count() == len(ours)

    # And a third run has nothing left to send.
    assert xapi_statements_forward.apply().get()["ralph"]["sent"] == 0


def test_ralph_refuses_a_statement_that_breaks_the_rules_and_it_is_not_retried(ralph, journey):
    broken = XapiStatement.objects.order_by("created_at").first()
    broken.payload = {**broken.payload, "id": "not-a-uuid"}
    broken.save()

    result = xapi_statements_forward.apply().get()

    assert result["ralph"]["rejected"] == 1
    assert result["ralph"]["sent"] == len(_ours()) - 1
    assert str(broken.pk) not in {s["id"] for s in ralph.statements()}
    assert XapiDelivery.objects.get(statement=broken).rejected_at is not None
