"""ParoleScreen settings: one file, read from the environment.

Every variable is listed in the README's configuration table. The typed readers in env.py refuse
a bad value at start-up instead of letting it surface later as odd behaviour.
"""

import secrets
from datetime import timedelta
from pathlib import Path

import dj_database_url
from cryptography.fernet import Fernet
from django.core.exceptions import ImproperlyConfigured

from parole_screen.catalogues import offered_languages
from parole_screen.env import env_bool, env_choice, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent

# development: `make run` on a laptop; production: refuses to start without its secrets.
ENVIRONMENT = env_choice("DJANGO_ENV", "development", ("development", "production"))
PRODUCTION = ENVIRONMENT == "production"

DEBUG = env_bool("DEBUG", default=not PRODUCTION)
if PRODUCTION and DEBUG:
    raise ImproperlyConfigured("DEBUG must be off when DJANGO_ENV=production")


def _development_key(name: str = ".dev-secret-key", make=lambda: secrets.token_urlsafe(50)) -> str:
    """A per-checkout key, generated once and kept out of git (.gitignore)."""
    path = BASE_DIR / name
    if not path.exists():
        path.write_text(make())
        path.chmod(0o600)
    return path.read_text().strip()


SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY:
    if PRODUCTION:
        raise ImproperlyConfigured("SECRET_KEY must be set when DJANGO_ENV=production")
    SECRET_KEY = _development_key()

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", [] if PRODUCTION else ["127.0.0.1", "localhost"])
if PRODUCTION and not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must be set when DJANGO_ENV=production")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "formtools",
    "axes",
    "csp",
    "django_ratelimit",
    "screening",
]

MIDDLEWARE = [
    "parole_screen.proxy.TrustedProxyMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Below whitenoise (static files keep their caching): no-store on every page we make.
    "parole_screen.no_store.NoStoreMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # Staff pages in English or Spanish only, whatever the applicant's language (decision 0021).
    "parole_screen.staff_language.StaffLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # The request, for the audit log's account signals (who changed a role, from where).
    "screening.access_log.RequestMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "parole_screen.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
            ],
        },
    },
]

WSGI_APPLICATION = "parole_screen.wsgi.application"

# SQLite is the embedded default so `make run` needs nothing else; DATABASE_URL selects
# PostgreSQL (postgres://user@host:5432/name) in production and in CI's second pass.
# Production's default file is not development's: `make serve` tried after `make run` (with the
# README's throwaway keys) would otherwise meet data encrypted under the development key.
SQLITE_FILE = "db-production.sqlite3" if PRODUCTION else "db.sqlite3"
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL") or f"sqlite:///{BASE_DIR / SQLITE_FILE}",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # One machine, several workers: write-ahead logging so reading never blocks a write, and
    # transactions that take the write lock when they begin, so two writers queue instead of
    # one failing with "database is locked" when it upgrades (docs/decisions/0012).
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL;",
        "transaction_mode": "IMMEDIATE",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "/staff/"
LOGOUT_REDIRECT_URL = "login"  # the sign-in page, which says "You are signed out."

# Applicants' answers live in the session until they finish; a session ends with the browser
# unless the person chooses otherwise, and never outlives SESSION_MAX_AGE_HOURS.
SESSION_ENGINE = "screening.privacy.sessions"  # database sessions, encrypted (see below)
SESSION_COOKIE_AGE = env_int("SESSION_MAX_AGE_HOURS", 24, minimum=1) * 3600
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_SECURE = PRODUCTION
CSRF_COOKIE_SECURE = PRODUCTION
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if PRODUCTION:
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)

# --- Behind a reverse proxy (prod) -------------------------------------------------------------
# X-Forwarded-Proto and X-Forwarded-For are believed only when TRUST_PROXY_HEADERS=true: anyone
# can send them, so only a proxy that overwrites them may be trusted. PROXY_COUNT is how many
# proxies append to X-Forwarded-For (the client address is read that many entries from the right).
TRUST_PROXY_HEADERS = env_bool("TRUST_PROXY_HEADERS", False)
PROXY_COUNT = env_int("PROXY_COUNT", 1, minimum=1)
if TRUST_PROXY_HEADERS:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# --- Security headers (prod) -------------------------------------------------------------------
# No inline script or style anywhere (tests/security/test_no_inline.py scans the templates), so
# the policy allows only this site's own files. Forms post only here; nothing may frame a page.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'none'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'none'"],
        "object-src": ["'none'"],
    }
}
# Features no page uses are switched off for the pages and anything they might embed.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "camera",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
        "browsing-topics",
    )
}

# --- Shared cache and login limits (prod) ------------------------------------------------------
# What every app server must see alike (the resume-code and password-reset limits) lives in the
# `default` cache: a database table by default, so `make run` needs nothing more. With REDIS_URL,
# Redis first and that table whenever Redis cannot be reached (parole_screen/cache.py): Redis is
# a helper, not a single point of failure. MAX_ENTRIES is high so that a flood of attempts cannot
# cull the counts themselves. Sign-in lockouts are database rows and never use the cache.
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL and not REDIS_URL.startswith(("redis://", "rediss://", "unix://")):
    raise ImproperlyConfigured(
        f"REDIS_URL must start with redis://, rediss:// or unix://, not {REDIS_URL!r}"
    )
DATABASE_CACHE = {
    "BACKEND": "django.core.cache.backends.db.DatabaseCache",
    "LOCATION": "parole_screen_cache",
    "OPTIONS": {"MAX_ENTRIES": 1_000_000},
}
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "parole_screen.cache.FailoverCache",
            "OPTIONS": {"PRIMARY": "redis", "FALLBACK": "database"},
        },
        "redis": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "parole_screen",
            # a Redis that does not answer is given up on in half a second, not in minutes
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        },
        "database": DATABASE_CACHE,
    }
else:
    CACHES = {"default": DATABASE_CACHE}
# django-ratelimit 4.1 predates Django's own Redis backend (W001 "not officially supported"),
# whose increments are atomic. The database cache counts by read-then-write (E003), so two
# requests at the same instant can both take a limit's last slot: accepted for a small office
# (and, with Redis, only while Redis is down).
SILENCED_SYSTEM_CHECKS = ["django_ratelimit.W001"]
if not REDIS_URL:
    SILENCED_SYSTEM_CHECKS.append("django_ratelimit.E003")

# django-axes counts failed staff sign-ins in the database (screening/staff/lockout.py: each try
# counted before its password is checked, so the limit holds across servers) and locks out the
# account and, separately, the address, for LOGIN_LOCKOUT_MINUTES after LOGIN_FAILURE_LIMIT
# failures. The audit log (not axes' access log) records sign-ins: screening/access_log.py.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_HANDLER = "screening.staff.lockout.CountFirstDatabaseHandler"
AXES_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 5, minimum=1)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("LOGIN_LOCKOUT_MINUTES", 15, minimum=1))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "screening.staff.accounts.locked_out"
AXES_DISABLE_ACCESS_LOG = True
AXES_SENSITIVE_PARAMETERS = ["username", "ip_address", "csrfmiddlewaretoken"]
AXES_ENABLE_ADMIN = False  # `manage.py unlock_login` lifts a lock and records who did

# Password reset by email exists only when an SMTP server is configured (EMAIL_HOST), and then
# at most PASSWORD_RESET_RATE requests per address and per email address (django-ratelimit).
EMAIL_HOST = env_str("EMAIL_HOST")
EMAIL_PORT = env_int("EMAIL_PORT", 587, minimum=1)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "webmaster@localhost")
PASSWORD_RESET_ENABLED = bool(EMAIL_HOST)
PASSWORD_RESET_RATE = env_str("PASSWORD_RESET_RATE", "5/h")

# --- PDFs under load (prod) --------------------------------------------------------------------
# How much lower the CPU priority of a worker's PDF-rendering thread is (0-19; 0 = the same as
# the requests'): a PDF then waits for the processor rather than wizard steps
# (screening/result/pdf.py).
PDF_RENDER_NICENESS = env_int("PDF_RENDER_NICENESS", 10)
if PDF_RENDER_NICENESS > 19:
    raise ImproperlyConfigured(f"PDF_RENDER_NICENESS must be at most 19, not {PDF_RENDER_NICENESS}")
# The result page starts writing its summary PDF, so the download finds it ready
# (screening/result/prepared_pdf.py). The tests turn it off, apart from that module's own.
PDF_PREPARE_AHEAD = env_bool("PDF_PREPARE_AHEAD", True)

# --- Requests (prod) ---------------------------------------------------------------------------
# No page takes a file: a POST with any file part is refused (400) before a view sees it.
DATA_UPLOAD_MAX_NUMBER_FILES = 0

# Only languages whose catalogue is complete are offered (parole_screen/catalogues.py): the
# others' visitors get English, never a page mixing two languages.
LANGUAGE_CODE = "en"
LOCALE_PATHS = [BASE_DIR / "locale"]
LANGUAGES = offered_languages(LOCALE_PATHS[0])
# The language chosen with the switcher lasts as long as the browser session.
LANGUAGE_COOKIE_AGE = None
LANGUAGE_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_SECURE = PRODUCTION
LANGUAGE_COOKIE_HTTPONLY = True
TIME_ZONE = env_str("TIME_ZONE", "America/New_York")
USE_I18N = True
USE_TZ = True
# Dates in words, one way everywhere ("January 15, 2027"): parole_screen/formats/en/formats.py
FORMAT_MODULE_PATH = ["parole_screen.formats"]

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(env_str("STATIC_ROOT") or BASE_DIR / "staticfiles")
# Production serves collected files through whitenoise: compressed, with hashed names cached for
# a year. Development and tests serve them straight from static/.
WHITENOISE_USE_FINDERS = WHITENOISE_AUTOREFRESH = not PRODUCTION
if PRODUCTION:
    STORAGES = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }

# Nothing an applicant types is written to the logs: only warnings and errors, never request bodies.
# Request lines (runserver's django.server logger) are logged without their query string.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"drop_query_string": {"()": "parole_screen.logging.DropQueryString"}},
    "formatters": {
        "request": {
            "()": "django.utils.log.ServerFormatter",
            "format": "[{server_time}] {message}",
            "style": "{",
        }
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler"},
        "requests": {
            "class": "logging.StreamHandler",
            "filters": ["drop_query_string"],
            "formatter": "request",
        },
    },
    "loggers": {
        "django.server": {"handlers": ["requests"], "level": "INFO", "propagate": False},
    },
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
}

# -- Privacy: encryption at rest, saved screenings, retention, who sees which case ------------
# FIELD_ENCRYPTION_KEYS: Fernet keys, newest first, comma-separated (the newest encrypts, all
# decrypt). BLIND_INDEX_KEY: the HMAC key of the name search index. Both are generated once into
# git-ignored files in development; production refuses to start without them.
FIELD_ENCRYPTION_KEYS = env_list("FIELD_ENCRYPTION_KEYS", [])
BLIND_INDEX_KEY = env_str("BLIND_INDEX_KEY")
if PRODUCTION and not (FIELD_ENCRYPTION_KEYS and BLIND_INDEX_KEY):
    raise ImproperlyConfigured(
        "FIELD_ENCRYPTION_KEYS and BLIND_INDEX_KEY must be set when DJANGO_ENV=production"
    )
if not FIELD_ENCRYPTION_KEYS:
    FIELD_ENCRYPTION_KEYS = [
        _development_key(".dev-field-key", lambda: Fernet.generate_key().decode("ascii"))
    ]
if not BLIND_INDEX_KEY:
    BLIND_INDEX_KEY = _development_key(".dev-blind-index-key")
for _key in FIELD_ENCRYPTION_KEYS:
    try:
        Fernet(_key)
    except ValueError:
        raise ImproperlyConfigured(
            "FIELD_ENCRYPTION_KEYS must hold Fernet keys (32 url-safe base64-encoded bytes each)"
        ) from None
SAVED_SCREENING_DAYS = env_int("SAVED_SCREENING_DAYS", 30, minimum=1)
CLOSED_CASE_RETENTION_DAYS = env_int("CLOSED_CASE_RETENTION_DAYS", 0) or None
STAFF_SHARED_CASES = env_bool("STAFF_SHARED_CASES", False)
