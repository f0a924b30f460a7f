"""sitemap.xml with every language: each page lists its translations as hreflang alternates."""

from collections import defaultdict

from django.conf import settings

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class MultilingualSitemap(Sitemap):
    """Wagtail's sitemap covers one site root; ours covers the root's translations as well."""

    def items(self):
        site = self.get_wagtail_site()
        pages = Page.objects.none()
        for root in site.root_page.get_translations(inclusive=True):  # ky, ru and en home pages
            pages |= Page.objects.descendant_of(root, inclusive=True)
        pages = list(
            pages.live().public().order_by("path").defer_streamfields().select_related("locale")
        )
        self._translations = defaultdict(list)
        for page in pages:
            self._translations[page.translation_key].append(page)
        return pages

    def _urls(self, page, protocol, domain):
        urls, last_mods = [], set()
        for item in self.paginator.page(page).object_list:
            lastmod = item.last_published_at or item.latest_revision_created_at
            translations = self._translations[item.translation_key]
            alternates = []
            if len(translations) > 1:
                alternates = [
                    {"lang_code": p.locale.language_code, "location": p.get_full_url(self.request)}
                    for p in translations
                ]
                default = next(
                    (p for p in translations if p.locale.language_code == settings.LANGUAGE_CODE),
                    None,
                )
                if default is not None:
                    alternates.append(
                        {"lang_code": "x-default", "location": default.get_full_url(self.request)}
                    )
            urls.append(
                {
                    "item": item,
                    "location": item.get_full_url(self.request),
                    "lastmod": lastmod,
                    "alternates": alternates,
                }
            )
            last_mods.add(lastmod)
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls
