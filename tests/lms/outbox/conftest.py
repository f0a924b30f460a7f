"""Fixtures of the outbox tests: the web side's Celery pointed at a broker that is not there."""

import pytest

from lms.celery import app as celery_app
from tests.lms.test_celery import use_broker
from tests.support.ports import free_port


@pytest.fixture
def celery_conf():
    """Reconfigure the web side's Celery app for one test; the eager settings come back after."""
    saved = {
        "broker_url": celery_app.conf.broker_url,
        "task_always_eager": celery_app.conf.task_always_eager,
        "broker_transport_options": celery_app.conf.broker_transport_options,
    }
    yield use_broker
    use_broker(**saved)


@pytest.fixture
def broker_down(celery_conf):
    """Celery publishes to a Redis address where nothing listens, as in an outage."""
    celery_conf(broker_url=f"redis://127.0.0.1:{free_port()}/0", task_always_eager=False)
