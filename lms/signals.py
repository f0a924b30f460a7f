"""Receivers that keep cached pages honest: a new content version, and purges for nginx."""

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver

from wagtail.contrib.frontend_cache.utils import PurgeBatch, purge_urls_from_cache
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from lms.page_cache import page_cache_invalidate


def _changes_pages(sender) -> bool:
    return issubclass(sender, Page) or sender._meta.label in settings.PAGE_CACHE_INVALIDATED_BY


@receiver(post_save)
@receiver(post_delete)
def page_cache_on_content_change(sender, raw=False, **kwargs):
    """Any saved or deleted page, snippet or place the pages show starts a new content version."""
    if not raw and _changes_pages(sender):
        page_cache_invalidate()


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def page_cache_on_publish(sender, **kwargs):
    page_cache_invalidate()


def frontend_cache_urls(page: Page) -> set[str]:
    """The page and every page above it (course, catalogue, portal, home), in every language."""
    keys = [page.translation_key]
    keys += page.get_ancestors().filter(depth__gt=1).values_list("translation_key", flat=True)
    batch = PurgeBatch()
    batch.add_pages(Page.objects.filter(translation_key__in=keys))
    return batch.urls


def frontend_cache_purge_page(page: Page) -> None:
    """Ask nginx to drop the page and its listings, once the change is committed."""
    if not settings.WAGTAILFRONTENDCACHE:
        return
    urls = sorted(frontend_cache_urls(page))
    transaction.on_commit(lambda: purge_urls_from_cache(urls))


@receiver(page_published)
@receiver(page_unpublished)
def frontend_cache_on_publish(sender, instance, **kwargs):
    frontend_cache_purge_page(instance)


@receiver(pre_delete)
def frontend_cache_on_delete(sender, instance, **kwargs):
    if isinstance(instance, Page) and instance.live and instance.depth > 1:
        frontend_cache_purge_page(instance)
