"""Background jobs of the catalogue: scheduled publishing."""

from django.core.management import call_command

from celery import shared_task


@shared_task(time_limit=120, soft_time_limit=100)
def pages_publish_scheduled() -> None:
    """Publish pages whose go-live time has come and unpublish expired ones (idempotent).

    Wagtail's own `publish_scheduled` command does the work; beat runs this every minute.
    """
    call_command("publish_scheduled")
