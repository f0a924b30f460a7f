"""Split workers: mail and file tasks go to their own queues, every other task to the default."""

from celery.app.routes import Router, prepare

from lms.celery import app as celery_app
from lms.celery_routes import DEFAULT, FILES, MAIL, TASK_ROUTES


def queue_of(name: str) -> str:
    router = Router(
        prepare(TASK_ROUTES), celery_app.amqp.queues, create_missing=True, app=celery_app
    )
    return router.route({}, name)["queue"].name


def test_mail_and_file_tasks_have_their_queues():
    assert queue_of("lms.accounts.tasks.email_send") == MAIL
    assert queue_of("lms.notifications.tasks.notification_digests_send") == MAIL
    assert queue_of("courses.reports.tasks.report_export_run") == FILES
    assert queue_of("courses.certificates.tasks.certificate_issue") == FILES
    assert queue_of("courses.certificates.tasks.certificate_deliver") == MAIL
    assert queue_of("lms.outbox.tasks.outbox_sweep") == DEFAULT


def test_every_task_of_ours_lands_on_a_known_queue():
    celery_app.loader.import_default_modules()
    ours = [name for name in celery_app.tasks if name.startswith(("lms.", "courses.", "cms."))]
    assert len(ours) > 20
    assert {queue_of(name) for name in ours} == {DEFAULT, MAIL, FILES}
