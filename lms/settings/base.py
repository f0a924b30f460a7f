"""Settings shared by every environment; what differs per machine comes from the environment."""

from datetime import timedelta
from email.utils import parseaddr
from pathlib import Path

from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _

import environ
from celery.schedules import crontab

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PROJECT_DIR = BASE_DIR / "lms"

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env.bool("DEBUG", default=False)
SECRET_KEY = env.str("SECRET_KEY", default="")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=[])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
# Absolute address of the site, used in e-mails and anywhere a link leaves the request.
SITE_URL = env.str("SITE_URL", default="http://127.0.0.1:8000").rstrip("/")
# The platform's name in each language: the header, e-mails and their sender, certificates,
# the Open Badges issuer, the admin (lms.i18n.platform_name). PLATFORM_NAME_KY/_RU/_EN name it
# per language; PLATFORM_NAME alone names it the same in all three.
_PLATFORM_NAME_ALL = env.str("PLATFORM_NAME", default="")
PLATFORM_NAME = {
    "ky": env.str("PLATFORM_NAME_KY", default=_PLATFORM_NAME_ALL or "Муниципалдык академия"),
    "ru": env.str("PLATFORM_NAME_RU", default=_PLATFORM_NAME_ALL or "Муниципальная академия"),
    "en": env.str("PLATFORM_NAME_EN", default=_PLATFORM_NAME_ALL or "Municipal Academy"),
}

INSTALLED_APPS = [
    "lms",
    "lms.accounts",
    "lms.places",
    "lms.outbox",
    "lms.policies",
    "lms.privacy",
    "lms.access_log",
    "lms.retention",
    "lms.notifications",
    "lms.api",
    "cms",
    "cms.portal",
    "cms.news",
    # Learning, one app per domain, lower layers first (docs/architecture.md).
    "courses.catalogue",
    "courses.activity",
    "courses.enrolment",
    "courses.progress",
    "courses.quizzes",
    "courses.assignments",
    "courses.calendar",
    "courses.discussions",
    "courses.certificates",
    "courses.reminders",
    "courses.reports",
    "courses.xapi",
    "courses.api",
    "courses.lti",
    "courses.seminars",
    "courses.competitions",
    "courses.moodle",
    "courses",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "lms.accounts.apps.AccountsUsersAppConfig",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "axes",
    "csp",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # Only for its translations: Wagtail's admin shows relative times with humanize's words.
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before sessions: a stored anonymous page is served without touching the database.
    "lms.page_cache.PageCacheMiddleware",
    # GET and HEAD of the reports and the API read from the replica, when there is one.
    "lms.db_routing.ReplicaReadsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Once the session says who is signed in: the cache reads below, fetched at once.
    "lms.cache_ahead.ReadAheadMiddleware",
    "lms.routing.SiteRememberedMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # What requests of this address read from lms.process_memo before: fetched in one read.
    "lms.process_memo.AddressTrailMiddleware",
    "django.middleware.common.CommonMiddleware",
    "lms.query_strings.QueryStringCleanMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    # Django's, with the signed-in user's row read from the cache (lms/accounts/user_cache.py).
    "lms.accounts.user_cache.CachedUserAuthenticationMiddleware",
    # The admin in the signed-in user's preferred language (Wagtail's profile choice wins).
    "lms.admin_language.AdminLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Signed-in people accept the site policies in force before anything else (lms/policies).
    "lms.policies.middleware.PolicyAcceptanceMiddleware",
    # A reviewer's "Approve" on the dashboard, refused with the reason when a quiz is empty.
    "courses.quizzes.admin_guard.EmptyQuizApprovalMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    # After both: lets an LTI-launched session's pages be framed by its platform only.
    "courses.lti.frames.LtiFrameMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a lockout into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "lms.urls"
WSGI_APPLICATION = "lms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "lms.context_processors.platform",
                "lms.accounts.access_cache.header_access",
            ],
        },
    },
]

# Database: a SQLite file in the project unless DATABASE_URL names another.
DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=0)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Django's backend, its per-request health check without a round trip (lms/postgres).
    DATABASES["default"]["ENGINE"] = "lms.postgres"
    # The short queries of the pages never gain from PostgreSQL's JIT, whose compilation alone
    # took 120 of 190 ms on the grading table's counts (docs/benchmarks.md).
    DATABASES["default"].setdefault("OPTIONS", {})
    DATABASES["default"]["OPTIONS"].setdefault("options", "-c jit=off")
    # Parameters bound by the server, so psycopg prepares a statement it has sent five times on
    # a connection and PostgreSQL stops planning it again: the pages' few short queries spent as
    # long being planned as being run (docs/benchmarks.md, issue 24). Off behind PgBouncer in
    # transaction mode, where a prepared statement may not be on the next server connection.
    DATABASES["default"]["OPTIONS"].setdefault(
        "server_side_binding",
        env.bool("DATABASE_SERVER_SIDE_BINDING", default=True)
        and not env.bool("PGBOUNCER", default=False),
    )
# Behind PgBouncer in transaction mode, iterator() must not use server-side cursors.
if env.bool("PGBOUNCER", default=False):
    DATABASES["default"]["DISABLE_SERVER_SIDE_CURSORS"] = True
# A PostgreSQL read replica for the reports and the API's reads (lms/db_routing.py).
DATABASE_REPLICA_URL = env.str("DATABASE_REPLICA_URL", default="")
if DATABASE_REPLICA_URL:
    DATABASES["replica"] = {**DATABASES["default"], **env.db_url_config(DATABASE_REPLICA_URL)}
    DATABASES["replica"]["ENGINE"] = DATABASES["default"]["ENGINE"]
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}
DATABASE_REPLICA_READS = bool(DATABASE_REPLICA_URL)
DATABASE_ROUTERS = ["lms.db_routing.ReplicaRouter"]
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis when REDIS_URL is set, local memory otherwise.
REDIS_URL = env.str("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "lms.cache.PooledClientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "lms",
        }
    }
    # Sessions read from Redis, written through to the database: no query per signed-in request,
    # and nobody is signed out when Redis restarts.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# The cache keys a request is known to read, fetched in one round trip once the session says who
# is signed in (lms/cache_ahead.py): each function takes (request, user_id) and names its keys.
# CACHE_READ_AHEAD=false (environment) turns it off, to compare.
CACHE_READ_AHEAD = [
    "lms.page_cache.read_ahead_keys",
    "lms.accounts.user_cache.read_ahead_keys",
    "lms.accounts.access_cache.read_ahead_keys",
    "lms.policies.selectors.read_ahead_keys",
    "lms.notifications.counts.read_ahead_keys",
    "courses.lti.selectors.read_ahead_keys",
]
if not env.bool("CACHE_READ_AHEAD", default=True):
    CACHE_READ_AHEAD = []

# Whole anonymous pages in that cache (lms/page_cache.py): kept PAGE_CACHE_SECONDS at most (what
# changes without a publish, such as learner counts, is that old at worst; a publish shows at
# once); shared caches such as nginx may keep them PAGE_CACHE_PROXY_SECONDS. 0 turns it off.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=120)
PAGE_CACHE_PROXY_SECONDS = env.int("PAGE_CACHE_PROXY_SECONDS", default=60)
# Rendered pieces that are the same for every reader (menus, lesson bodies, course outlines),
# kept per content version: a publish renders them afresh.
FRAGMENT_CACHE_SECONDS = env.int("FRAGMENT_CACHE_SECONDS", default=3600)
# What requests of an address recalled from lms.process_memo, fetched in one read by a process
# new to it (lms/process_memo.py); false turns it off, to compare.
ADDRESS_TRAILS = env.bool("ADDRESS_TRAILS", default=True)
# Each worker process also keeps the fragments it read (lms/local_fragments.py): a Redis round
# trip fewer per fragment. A copy lives FRAGMENT_LOCAL_SECONDS at most; 0 turns it off.
FRAGMENT_LOCAL_SECONDS = env.int("FRAGMENT_LOCAL_SECONDS", default=60)
FRAGMENT_LOCAL_BYTES = env.int("FRAGMENT_LOCAL_BYTES", default=16 * 1024 * 1024)
# The per-learner reads of every signed-in page (enrolment, completions, a lesson's questions)
# are compiled to SQL once per process and run with each request's values
# (lms/compiled_queries.py). False: Django builds their SQL on every call, as for other queries.
COMPILED_QUERIES = env.bool("COMPILED_QUERIES", default=True)
# A learner's lesson page kept for the same visit under a digest of everything it shows, each
# read afresh (courses/catalogue/lesson_keep.py). The visit window of progress is five minutes;
# 0 turns keeping off.
LESSON_PAGE_KEEP_SECONDS = env.int("LESSON_PAGE_KEEP_SECONDS", default=300)
# Besides pages: models whose changes show on public pages start a new cached-page version.
PAGE_CACHE_INVALIDATED_BY = [
    "catalogue.Topic",
    # A lesson page links to its quiz: adding, renaming or removing one shows at once.
    "quizzes.Quiz",
    # ... and shows its assignment (remembered per content version, like the quiz).
    "assignments.Assignment",
    "places.Oblast",
    "places.District",
    "places.Municipality",
    "places.Cluster",
    "wagtailcore.Site",
    "wagtailcore.PageViewRestriction",
    "wagtailcore.Locale",
    "wagtailimages.Image",
    "wagtailredirects.Redirect",
]
# nginx's proxy_cache purge address (docs/nginx/lms.conf), e.g. http://127.0.0.1:8081. Set, a
# publish purges the page and the pages listing it in every language; unset, nothing is sent.
FRONTEND_CACHE_PURGE_URL = env.str("FRONTEND_CACHE_PURGE_URL", default="")
WAGTAILFRONTENDCACHE = (
    {
        "nginx": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": FRONTEND_CACHE_PURGE_URL,
        }
    }
    if FRONTEND_CACHE_PURGE_URL
    else {}
)

# Accounts
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    # django-axes first, so a locked-out login never reaches the password check.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2SHA1PasswordHasher",
    "django.contrib.auth.hashers.ScryptPasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "accounts:login"
# A learner's landing; the sign-in view sends each role to its own (lms.accounts.selectors).
LOGIN_REDIRECT_URL = "progress:my"
LOGOUT_REDIRECT_URL = "/"
# Confirmation and reset links stay valid for three days: village mail can be slow.
PASSWORD_RESET_TIMEOUT = 3 * 24 * 3600

# Failed-login throttling (django-axes): five failures per address and account lock that pair
# out for fifteen minutes; a successful login clears the count.
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("AXES_COOLOFF_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_USERNAME_FORM_FIELD = "username"
AXES_USERNAME_CALLABLE = "lms.accounts.throttling.axes_username"
AXES_LOCKOUT_TEMPLATE = "accounts/lockout.html"
# Reverse proxies in front of the app (1 behind nginx): who may say the client's address.
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
AXES_CLIENT_IP_CALLABLE = "lms.accounts.throttling.axes_client_ip"
AXES_VERBOSE = False

# Rate limits on public forms, per client address: (POSTs, seconds).
RATE_LIMITS = {
    "register": (env.int("RATE_LIMIT_REGISTER", default=10), 3600),
    "account_mail": (env.int("RATE_LIMIT_ACCOUNT_MAIL", default=5), 3600),
    "case_submit": (env.int("RATE_LIMIT_CASE_SUBMIT", default=5), 3600),
    # Case receipts to one address a day, whatever the sender's IP (cms/portal/tasks.py).
    "case_receipt_recipient": (env.int("RATE_LIMIT_CASE_RECEIPTS", default=3), 86400),
}

# The REST API (docs/api.md): requests per minute per token (or signed-in person), and per
# client address without one; how long an Idempotency-Key's first answer is kept.
API_RATE_LIMIT = env.int("API_RATE_LIMIT", default=600)
API_RATE_LIMIT_ANONYMOUS = env.int("API_RATE_LIMIT_ANONYMOUS", default=120)
API_IDEMPOTENCY_HOURS = env.int("API_IDEMPOTENCY_HOURS", default=24)

# The most questions one GIFT or Moodle XML file may bring (courses/quizzes/formats).
QUIZ_IMPORT_MAX_QUESTIONS = env.int("QUIZ_IMPORT_MAX_QUESTIONS", default=1000)

# Languages: Kyrgyz first (the default), then Russian and English; every URL carries one.
LANGUAGE_CODE = "ky"
LANGUAGES = [
    ("ky", "Кыргызча"),
    ("ru", "Русский"),
    ("en", "English"),
]
# Ours first (the first catalogue holding a msgid wins), then the Kyrgyz catalogues of the
# Wagtail admin, one folder per app, since Wagtail ships none (lms/admin_catalogues.py).
LOCALE_PATHS = [
    PROJECT_DIR / "locale",
    *sorted(path for path in (PROJECT_DIR / "locale_admin").glob("*") if path.is_dir()),
]
# Where Django's formats for a language are not how it writes dates (Kyrgyz: 25-ноябрь 2026-ж.).
FORMAT_MODULE_PATH = ["lms.formats"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = env.str("TIME_ZONE", default="Asia/Bishkek")
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# The admin in all three: its Kyrgyz comes from lms/locale_admin. A user's admin language is
# their Wagtail profile's choice, else their preferred language (lms/admin_language.py).
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
LANGUAGE_NAMES = {"ky": _("Kyrgyz"), "ru": _("Russian"), "en": _("English")}

# Static files through WhiteNoise; uploads in MEDIA_ROOT or S3-compatible storage.
STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "staticfiles")
STATICFILES_DIRS = [PROJECT_DIR / "static"]
MEDIA_URL = env.str("MEDIA_URL", default="/media/")
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
AWS_STORAGE_BUCKET_NAME = env.str("AWS_STORAGE_BUCKET_NAME", default="")
if AWS_STORAGE_BUCKET_NAME:
    DEFAULT_FILE_STORAGE_BACKEND = "lms.public_storage.AsciiS3Storage"
    AWS_S3_ENDPOINT_URL = env.str("AWS_S3_ENDPOINT_URL", default=None)
    AWS_S3_REGION_NAME = env.str("AWS_S3_REGION_NAME", default=None)
    AWS_S3_CUSTOM_DOMAIN = env.str("AWS_S3_CUSTOM_DOMAIN", default=None)
    AWS_ACCESS_KEY_ID = env.str("AWS_ACCESS_KEY_ID", default=None)
    AWS_SECRET_ACCESS_KEY = env.str("AWS_SECRET_ACCESS_KEY", default=None)
    AWS_DEFAULT_ACL = None
    AWS_QUERYSTRING_AUTH = env.bool("AWS_QUERYSTRING_AUTH", default=False)
    # Private files in the bucket's private/ folder (or a bucket of their own), never public:
    # downloads are redirected to an address signed for a minute, with no CDN host.
    PRIVATE_STORAGE = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": env.str(
                "AWS_PRIVATE_STORAGE_BUCKET_NAME", default=AWS_STORAGE_BUCKET_NAME
            ),
            "location": "private",
            "querystring_auth": True,
            "querystring_expire": env.int("AWS_PRIVATE_QUERYSTRING_EXPIRE", default=60),
            "custom_domain": None,
            "file_overwrite": False,
        },
    }
else:
    DEFAULT_FILE_STORAGE_BACKEND = "lms.public_storage.AsciiFileSystemStorage"
    PRIVATE_STORAGE = {"BACKEND": "lms.private_storage.PrivateFileSystemStorage"}
# Files only their owner or staff may read (bulk lists, certificates, proposals' attachments,
# report exports; lms/private_storage.py): outside MEDIA_ROOT, so never under MEDIA_URL, and
# served by lms.private_files once a view has checked who asks.
PRIVATE_MEDIA_ROOT = env.path("PRIVATE_MEDIA_ROOT", default=BASE_DIR / "private")
# Behind nginx, the `internal` location that sends them (docs/nginx/lms.conf); empty: the
# application sends the bytes itself.
PRIVATE_MEDIA_X_ACCEL = env.str("PRIVATE_MEDIA_X_ACCEL", default="")
STORAGES = {
    "default": {"BACKEND": DEFAULT_FILE_STORAGE_BACKEND},
    "private": PRIVATE_STORAGE,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
FILE_UPLOAD_PERMISSIONS = 0o644
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# E-mail through SMTP from EMAIL_URL (smtp+tls://user:password@host:587); dev.py prints it instead.
EMAIL_CONFIG = env.email_url("EMAIL_URL", default="smtp://localhost:25")
EMAIL_BACKEND = EMAIL_CONFIG["EMAIL_BACKEND"]
EMAIL_HOST = EMAIL_CONFIG.get("EMAIL_HOST", "localhost")
EMAIL_PORT = EMAIL_CONFIG.get("EMAIL_PORT", 25)
EMAIL_HOST_USER = EMAIL_CONFIG.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = EMAIL_CONFIG.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = EMAIL_CONFIG.get("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = EMAIL_CONFIG.get("EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = 30
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="Municipal Academy <noreply@localhost>")
SERVER_EMAIL = env.str("SERVER_EMAIL", default=DEFAULT_FROM_EMAIL)
# Wagtail's review notices go to several people at once, each in their own language: the bare
# address, so the sender's name is in nobody's wrong language (ours name it per recipient).
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = parseaddr(DEFAULT_FROM_EMAIL)[1] or DEFAULT_FROM_EMAIL

# Celery: with no broker configured, tasks run eagerly in the process that enqueues them.
CELERY_BROKER_URL = env.str("CELERY_BROKER_URL", default="")
CELERY_RESULT_BACKEND = env.str("CELERY_RESULT_BACKEND", default="") or None
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_TIME_LIMIT = 300
CELERY_TASK_SOFT_TIME_LIMIT = 240
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TIMEZONE = TIME_ZONE
# Periodic jobs, run by one `celery beat`; later features add their sweeps here.
# Workers split by queue (mail, files, the rest) in larger deployments (lms/celery_routes.py).
if env.bool("CELERY_QUEUES_SPLIT", default=False):
    from lms.celery_routes import TASK_ROUTES as CELERY_TASK_ROUTES  # noqa: F401
CELERY_BEAT_SCHEDULE = {
    # Tasks stored in the outbox that could not reach the broker when their change committed.
    "outbox-sweep": {
        "task": "lms.outbox.tasks.outbox_sweep",
        "schedule": timedelta(minutes=1),
    },
    "accounts-login-records-trim": {
        "task": "lms.accounts.tasks.login_records_trim",
        "schedule": timedelta(hours=6),
    },
    # Pages (courses, lessons) scheduled in the admin go live within a minute of their time.
    "courses-pages-publish-scheduled": {
        "task": "courses.catalogue.tasks.pages_publish_scheduled",
        "schedule": timedelta(minutes=1),
    },
    # Certificates for completions whose task never ran (broker down), and undelivered ones.
    "courses-certificates-sweep": {
        "task": "courses.certificates.tasks.certificates_sweep",
        "schedule": timedelta(minutes=15),
    },
    # Report exports whose task never ran (broker down) are sent again; files go after a week.
    "courses-report-exports-sweep": {
        "task": "courses.reports.tasks.report_exports_sweep",
        "schedule": timedelta(minutes=10),
    },
    # One mail per trainer listing the work handed in since the last digest (8:00, Bishkek).
    "courses-assignments-trainers-digest": {
        "task": "courses.assignments.tasks.trainers_digest_send",
        "schedule": crontab(minute=0, hour=8),
    },
    # ZIPs of submissions and uploaded grading worksheets: dead jobs failed, files gone in a week.
    "courses-assignments-bulk-sweep": {
        "task": "courses.assignments.tasks.assignments_bulk_sweep",
        "schedule": timedelta(hours=1),
    },
    # Reminders (docs/reminders.md), Bishkek mornings: learners away from a course for its
    # number of days, then lessons and assignments due in 3 days and tomorrow.
    "courses-reminders-inactivity": {
        "task": "courses.reminders.tasks.inactivity_reminders_send",
        "schedule": crontab(minute=0, hour=10),
    },
    "courses-reminders-due": {
        "task": "courses.reminders.tasks.due_reminders_send",
        "schedule": crontab(minute=30, hour=8),
    },
    # Seminar sessions meeting tomorrow: one reminder per person and session (docs/seminars.md).
    "courses-seminars-session-reminders": {
        "task": "courses.seminars.tasks.session_reminders_send",
        "schedule": crontab(minute=0, hour=9),
    },
    # xAPI statements to the learning record stores (XAPI_LRS), and their retries (docs/xapi.md).
    "courses-xapi-statements-forward": {
        "task": "courses.xapi.tasks.xapi_statements_forward",
        "schedule": timedelta(minutes=1),
    },
    # Each person's daily digest of notifications (docs/notifications.md), 8:00 Bishkek.
    "notifications-digests-send": {
        "task": "lms.notifications.tasks.notification_digests_send",
        "schedule": crontab(minute=0, hour=8),
    },
    # Retention periods (RETENTION_* below; docs/privacy-retention.md), at night in Bishkek.
    "retention-apply": {
        "task": "lms.retention.tasks.retention_apply",
        "schedule": crontab(minute=30, hour=3),
    },
}
# Retention: how long personal data is kept (docs/privacy-retention.md). Each period in days.
# An account nobody signed in to for this long is warned by e-mail, then anonymised
# RETENTION_INACTIVE_WARNING_DAYS after the mail unless its owner signs in; staff never are.
RETENTION_INACTIVE_ACCOUNT_DAYS = env.int("RETENTION_INACTIVE_ACCOUNT_DAYS", default=3 * 365)
RETENTION_INACTIVE_WARNING_DAYS = env.int("RETENTION_INACTIVE_WARNING_DAYS", default=30)
# Learning events older than this are folded into monthly rows (the reports read both).
RETENTION_LEARNING_EVENT_DAYS = env.int("RETENTION_LEARNING_EVENT_DAYS", default=2 * 365)
# Report export files (REPORT_EXPORT_KEEP_DAYS, its older name, is read when this is not set).
RETENTION_EXPORT_FILE_DAYS = env.int(
    "RETENTION_EXPORT_FILE_DAYS", default=env.int("REPORT_EXPORT_KEEP_DAYS", default=7)
)
# Uploaded enrolment lists (confirmed or not), submission ZIPs and grading worksheets.
RETENTION_BULK_UPLOAD_DAYS = env.int("RETENTION_BULK_UPLOAD_DAYS", default=30)
# "Download my data" ZIPs: the download link's life, then the file is deleted.
RETENTION_DATA_EXPORT_DAYS = env.int("RETENTION_DATA_EXPORT_DAYS", default=7)
PRIVACY_EXPORT_KEEP_DAYS = RETENTION_DATA_EXPORT_DAYS
# Notifications read this long ago are deleted; digest records (one per person and day) too.
RETENTION_NOTIFICATION_DAYS = env.int("RETENTION_NOTIFICATION_DAYS", default=180)
RETENTION_NOTIFICATION_DIGEST_DAYS = env.int("RETENTION_NOTIFICATION_DIGEST_DAYS", default=400)
# Report exports with more rows than this are built in the background and offered when ready.
REPORT_EXPORT_BACKGROUND_ROWS = env.int("REPORT_EXPORT_BACKGROUND_ROWS", default=2000)
REPORT_EXPORT_KEEP_DAYS = RETENTION_EXPORT_FILE_DAYS

# xAPI (docs/xapi.md): the learning record stores statements go to, as JSON, e.g.
# XAPI_LRS='[{"name": "main", "endpoint": "https://lrs.example.org/xAPI/", "username": "u",
# "password": "p"}]'. Empty: xAPI is off (no statement is built, nothing sent).
XAPI_LRS = env.json("XAPI_LRS") if env.str("XAPI_LRS", default="").strip() else []
# The learner in statements: "account" (their id on this site) or "mbox_sha1sum".
XAPI_ACTOR = env.str("XAPI_ACTOR", default="account")
XAPI_BATCH_SIZE = env.int("XAPI_BATCH_SIZE", default=100)
XAPI_TIMEOUT = env.float("XAPI_TIMEOUT", default=10.0)
# Statements every LRS took more than this many days ago are deleted here.
RETENTION_XAPI_DAYS = env.int("RETENTION_XAPI_DAYS", default=90)

# Wagtail


def _platform_name_now() -> str:
    from lms.i18n import platform_name

    return platform_name()


# Read when shown (admin, Wagtail's e-mails): the platform's name in the language active then.
WAGTAIL_SITE_NAME = lazy(_platform_name_now, str)()
WAGTAILADMIN_BASE_URL = SITE_URL
# Addresses in ASCII: titles in Kyrgyz or Russian are transliterated (lms/slugs.py).
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# Word forms are stemmed in Python (lms.search_text, docs/search.md): PostgreSQL only splits and
# lower-cases, as SQLite does, so both databases find the same pages.
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "simple"}
}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "ods", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 64_000_000
# Competitions: the largest document an applicant may attach (docs/competitions.md).
COMPETITION_FILE_MAX_BYTES = env.int("COMPETITION_FILE_MAX_BYTES", default=20 * 1024 * 1024)
WAGTAIL_PASSWORD_RESET_ENABLED = True
# The admin's reset mail in the account holder's language, through the outbox.
WAGTAILADMIN_USER_PASSWORD_RESET_FORM = "lms.accounts.admin_forms.AdminPasswordResetForm"  # noqa: S105

# Security headers that hold everywhere; production.py adds the HTTPS-only ones.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# DENY everywhere; Wagtail lifts it for its own preview views.
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
CONTENT_SECURITY_POLICY = {
    # The Wagtail admin relies on inline scripts and styles; the public site does not.
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "img-src": ["'self'", "data:"] + env.list("CSP_MEDIA_ORIGINS", default=[]),
        "media-src": ["'self'"] + env.list("CSP_MEDIA_ORIGINS", default=[]),
        "frame-src": ["https://www.youtube-nocookie.com", "https://player.vimeo.com"],
        "style-src": ["'self'"],
        "script-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    # Wagtail's page events are in its audit log already; background-task chatter is noise.
    "loggers": {
        "axes": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
    },
}
