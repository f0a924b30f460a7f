"""The demo's notifications: a few for the learner and trainer, written once."""

import pytest

from lms.accounts.demo import demo_users_create
from lms.notifications.demo import demo_notifications_create
from lms.notifications.models import Notification

pytestmark = pytest.mark.django_db


def test_the_demo_writes_its_notifications_once():
    demo_users_create(password="x-demo-password")
    assert demo_notifications_create() == 5
    assert demo_notifications_create() == 0
    learner = Notification.objects.filter(recipient__email="learner@example.org")
    assert learner.count() == 3 and learner.filter(read_at__isnull=True).count() == 2
    assert Notification.objects.filter(recipient__email="trainer@example.org").count() == 2
