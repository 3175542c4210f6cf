"""Behind a proxy: forwarded headers are believed only when TRUST_PROXY_HEADERS=true, and then
only as far as the trusted proxies wrote them. The shared cache: the database by default, Redis
when REDIS_URL is set; gunicorn's settings come from the environment."""

from __future__ import annotations

import runpy

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import override_settings

from parole_screen.proxy import forwarded_client
from screening.models import AuditEvent
from tests.staff.conftest import MEDICAL, make_case

from .servers import ROOT, show_settings

REDIS_TEST_URL = "redis://127.0.0.1:6379/7"


@pytest.mark.parametrize(
    ("header", "count", "client"),
    [
        ("203.0.113.5", 1, "203.0.113.5"),
        ("10.0.0.1, 203.0.113.5", 1, "203.0.113.5"),  # the client wrote 10.0.0.1 itself
        ("203.0.113.5, 10.0.0.2", 2, "203.0.113.5"),
        ("203.0.113.5", 2, None),  # fewer entries than proxies: nothing to believe
        ("not-an-address", 1, None),
        ("2001:db8::1", 1, "2001:db8::1"),
    ],
)
def test_forwarded_client_reads_from_the_right(header, count, client):
    assert forwarded_client(header, count) == client


@pytest.mark.django_db
@pytest.mark.parametrize(("trusted", "recorded"), [(False, "127.0.0.1"), (True, "203.0.113.8")])
def test_the_audit_log_records_the_client_only_behind_a_trusted_proxy(
    persona_client, trusted, recorded
):
    case = make_case(MEDICAL)
    client = persona_client("paralegal")
    with override_settings(TRUST_PROXY_HEADERS=trusted):
        client.get(
            f"/staff/cases/{case.reference}/",
            REMOTE_ADDR="127.0.0.1",
            HTTP_X_FORWARDED_FOR="198.51.100.1, 203.0.113.8",
        )
    assert AuditEvent.objects.filter(case_reference=case.reference).last().ip_address == recorded


def test_the_default_cache_is_the_database_and_redis_first_when_asked():
    default = show_settings("CACHES['default']['BACKEND']")
    assert default.stdout.strip() == "'django.core.cache.backends.db.DatabaseCache'"
    names = ("CACHES['default']['BACKEND']", "CACHES['redis']['BACKEND']")
    redis = show_settings(*names, "CACHES['database']['BACKEND']", REDIS_URL=REDIS_TEST_URL)
    assert redis.stdout.split() == [
        "'parole_screen.cache.FailoverCache'",  # Redis, and the table when Redis is away
        "'django.core.cache.backends.redis.RedisCache'",
        "'django.core.cache.backends.db.DatabaseCache'",
    ]


def gunicorn_settings(monkeypatch, **env: str) -> dict:
    for name in ("GUNICORN_WORKERS", "GUNICORN_THREADS", "GUNICORN_TIMEOUT", "PORT", "HOST"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(ROOT / "parole_screen" / "gunicorn_conf.py"))


def test_gunicorn_takes_workers_threads_and_timeouts_from_the_environment(monkeypatch):
    conf = gunicorn_settings(
        monkeypatch, GUNICORN_WORKERS="3", GUNICORN_THREADS="8", GUNICORN_TIMEOUT="45", PORT="9"
    )
    assert (conf["workers"], conf["threads"], conf["timeout"]) == (3, 8, 45)
    assert conf["worker_class"] == "gthread"
    assert conf["bind"] == ["127.0.0.1:9"]
    assert conf["forwarded_allow_ips"] == "" and conf["secure_scheme_headers"] == {}
    assert "%(q)s" not in conf["access_log_format"] and "%(r)s" not in conf["access_log_format"]
    assert "%(f)s" not in conf["access_log_format"]  # the Referer can carry a query string
    single = gunicorn_settings(monkeypatch, GUNICORN_THREADS="1")
    assert single["worker_class"] == "sync"


def test_gunicorn_refuses_a_bad_value_by_name(monkeypatch):
    with pytest.raises(ImproperlyConfigured, match="GUNICORN_WORKERS must be a whole number"):
        gunicorn_settings(monkeypatch, GUNICORN_WORKERS="lots")
    with pytest.raises(ImproperlyConfigured, match="GUNICORN_THREADS must be at least 1"):
        gunicorn_settings(monkeypatch, GUNICORN_THREADS="0")
