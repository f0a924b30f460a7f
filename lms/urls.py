"""URL map: language-free infrastructure first, then every page under /ky/, /ru/ or /en/."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.urls import include, path

from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from cms import views as cms_search
from cms.sitemaps import MultilingualSitemap
from lms import views

urlpatterns = [
    path("healthz/", views.healthz, name="healthz"),
    path("lang/<str:language>/", views.language_switch, name="language_switch"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": MultilingualSitemap}}, name="sitemap"),
]

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("accounts/", include("lms.accounts.urls")),
    path("policies/", include("lms.policies.urls")),
    path("my/data/", include("lms.privacy.urls")),
    path("teach/access-log/", include("lms.access_log.urls")),
    path("search/", cms_search.search, name="search"),
    path("quizzes/", include("courses.quizzes.urls")),
    path("assignments/", include("courses.assignments.urls")),
    path("teach/reports/", include("courses.reports.urls")),
    path("", include("courses.enrolment.urls")),
    path("", include("courses.progress.urls")),
    path("certificates/", include("courses.certificates.urls")),
    path("", include("lms.routing")),
    prefix_default_language=True,
)
