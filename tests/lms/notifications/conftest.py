"""Helpers of the notification tests: send one as an app would."""

from django.test import TestCase
from django.utils.translation import gettext as _

import pytest

from lms.notifications.services import notify


def announce(people, title="Announcement", body="Text", url="/ky/my/", kind="announcement", **kw):
    """notify() as an app calls it, committed (the outbox hands the at-once mail over); the
    title goes through gettext in each person's language."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        return notify(people, kind, render=lambda: (_(title), body), url=url, **kw)


@pytest.fixture
def send():
    return announce
