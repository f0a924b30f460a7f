"""The quiz's import screen with files above 1 MB (Moodle XML with embedded images): the upload
waits in private storage between preview and confirm, for the person who previewed it only."""

import base64
import functools
from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

import pytest

from courses.quizzes.models import Question

pytestmark = pytest.mark.django_db
FILES = Path(__file__).parent / "files"


@pytest.fixture
def make_user(make_user):
    return functools.partial(make_user, preferred_language="en")


@pytest.fixture
def trainer(make_user, course):
    from courses.catalogue.services import course_trainers_sync

    user = make_user(role="Trainer")
    course.trainers = [user]
    course.save()
    course_trainers_sync(course=course)
    return user


def _big_xml() -> bytes:
    source = (FILES / "issue17.xml").read_bytes()
    padding = b"<!-- " + b"x" * (1024 * 1024 + 10) + b" -->"
    return source.replace(b"<quiz>", b"<quiz>" + padding, 1)


def test_a_large_file_waits_in_private_storage_and_imports_on_confirm(
    client, trainer, quiz, settings, tmp_path
):
    settings.PRIVATE_MEDIA_ROOT = str(tmp_path)
    client.force_login(trainer)
    url = reverse("quiz_admin:import", args=[quiz.pk])
    preview = client.post(url, {"file": SimpleUploadedFile("bank.xml", _big_xml())})
    html = preview.content.decode()
    assert preview.status_code == 200
    assert 'name="stash"' in html and 'name="payload"' not in html
    stash = preview.context["preview"]["stash"]
    assert (tmp_path / stash).is_file()
    done = client.post(url, {"confirm": "1", "format": "xml", "stash": stash})
    assert done.status_code == 302
    assert quiz.slots.count() == 6
    assert Question.objects.filter(idnumber="pump-1", quiz=None).exists()
    assert not (tmp_path / stash).exists()


def test_someone_elses_or_a_made_up_stash_is_refused(
    client, trainer, make_user, quiz, settings, tmp_path
):
    settings.PRIVATE_MEDIA_ROOT = str(tmp_path)
    client.force_login(trainer)
    url = reverse("quiz_admin:import", args=[quiz.pk])
    preview = client.post(url, {"file": SimpleUploadedFile("bank.xml", _big_xml())})
    stash = preview.context["preview"]["stash"]
    client.logout()
    client.force_login(trainer)  # a new session: the stash is not this session's
    for name in (stash, "quiz-imports/2026/../../etc.xml", "../x.xml"):
        response = client.post(url, {"confirm": "1", "format": "xml", "stash": name}, follow=True)
        assert "choose the file again" in response.content.decode()
    assert quiz.slots.count() == 0
    small = base64.b64encode((FILES / "issue17.gift").read_bytes()).decode()
    assert client.post(url, {"confirm": "1", "format": "gift", "payload": small}).status_code == 302
