"""A quiz titled in Kyrgyz downloads under a readable ASCII file name."""

from django.urls import reverse

import pytest

from courses.catalogue.services import course_trainers_sync

pytestmark = pytest.mark.django_db


def test_a_kyrgyz_quiz_title_gives_an_ascii_file_name(client, make_user, course, quiz):
    trainer = make_user(role="Trainer")
    course.trainers = [trainer]
    course.save()
    course_trainers_sync(course=course)
    quiz.title = "Бүргөндү: тендер боюнча текшерүү"
    quiz.save()
    client.force_login(trainer)
    response = client.get(reverse("quiz_admin:export", args=[quiz.pk]))
    assert response.status_code == 200
    disposition = response["Content-Disposition"]
    assert disposition == 'attachment; filename="burgondu-tender-boyuncha-teksheruu.xml"'
