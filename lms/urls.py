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
    # LTI 1.3 (docs/lti.md): platforms are configured with these fixed, language-free URLs.
    path("lti/", include("courses.lti.urls")),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": MultilingualSitemap}}, name="sitemap"),
    # The REST API (docs/api.md): one address for every language, which it takes as ?lang=.
    path("api/v1/", include("lms.api.urls_v1")),
]

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("accounts/", include("lms.accounts.urls")),
    path("policies/", include("lms.policies.urls")),
    path("accounts/api-tokens/", include("lms.api.urls")),
    path("my/data/", include("lms.privacy.urls")),
    path("notifications/", include("lms.notifications.urls")),
    path("teach/access-log/", include("lms.access_log.urls")),
    path("search/", cms_search.search, name="search"),
    path("quizzes/", include("courses.quizzes.urls")),
    path("assignments/", include("courses.assignments.urls")),
    path("calendar/", include("courses.calendar.urls")),
    path("discussions/", include("courses.discussions.urls")),
    path("seminars/", include("courses.seminars.urls")),
    path("competitions/", include("courses.competitions.urls")),
    path("teach/reports/", include("courses.reports.urls")),
    path("", include("courses.enrolment.urls")),
    path("", include("courses.progress.urls")),
    path("", include("courses.reminders.urls")),
    path("certificates/", include("courses.certificates.urls")),
    path("themes/", include("cms.portal.urls")),
    path("", include("lms.routing")),
    prefix_default_language=True,
)
