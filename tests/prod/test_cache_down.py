"""Redis is a helper, not a single point of failure: with it unreachable (a closed port, or a
redis-server of this test's own that it stops) sign-in and lockouts work as before (they never
used it), the resume-code limits are counted in the database cache table instead, and if even
that table cannot be used, codes are refused with a clear message (fail closed): never a 500."""

from __future__ import annotations

import html
import shutil
import subprocess
import time

import pytest
from django.test import Client, override_settings

from parole_screen.cache import FailoverCache
from screening.privacy import codes, saving

from .servers import AppServer, Visitor, csrf_token, free_port, manage

WRONG = "We could not find saved answers for that code."
TOO_MANY = "There have been too many tries with this code or from this connection."
CANNOT = "We cannot check codes just now."
PASSWORD = "cache down pass phrase 4"


def caches_with_redis_at(url: str, table: str = "parole_screen_cache") -> dict:
    return {
        "default": {
            "BACKEND": "parole_screen.cache.FailoverCache",
            "OPTIONS": {"PRIMARY": "redis", "FALLBACK": "database"},
        },
        "redis": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": url,
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        },
        "database": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": table},
    }


@pytest.fixture
def redis_unreachable():
    FailoverCache._down_until = 0.0
    with override_settings(CACHES=caches_with_redis_at(f"redis://127.0.0.1:{free_port()}/0")):
        yield
    FailoverCache._down_until = 0.0


def resume(client, typed, address="203.0.113.7"):
    response = client.post("/resume/", {"code": typed}, REMOTE_ADDR=address)
    return response.status_code, html.unescape(response.content.decode())


@pytest.mark.django_db
def test_without_redis_resume_limits_are_counted_in_the_database(redis_unreachable, caplog):
    client = Client()
    for number in range(10):
        status, page = resume(client, f"ZZZZ-ZZZZ-ZZZZ-ZZ{number:02d}")
        assert status == 400 and WRONG in page
    status, page = resume(client, "ZZZZ-ZZZZ-ZZZZ-ZZ99")
    assert TOO_MANY in page  # the 11th from this address: still limited
    code, _saved = saving.save({}, "situation", {"location": "outside_us"})
    assert resume(Client(), codes.grouped(code), address="198.51.100.1")[0] == 302
    warnings = [r for r in caplog.records if "cannot be reached" in r.getMessage()]
    assert len(warnings) == 1  # then left alone for a while, not tried on every call


@pytest.mark.django_db
def test_without_redis_sign_in_lockout_and_password_reset_work(
    redis_unreachable, django_user_model, settings
):
    django_user_model.objects.create_user(
        username="ana", email="ana@example.org", password=PASSWORD
    )
    sign_in = {"username": "ana", "password": PASSWORD}
    assert Client().post("/accounts/login/", sign_in).status_code == 302
    client = Client()
    for _ in range(5):
        client.post("/accounts/login/", sign_in | {"password": "guess"})
    assert client.post("/accounts/login/", sign_in).status_code == 429
    settings.PASSWORD_RESET_ENABLED = True
    sent = Client().post("/accounts/password_reset/", {"email": "ana@example.org"})
    assert sent.status_code == 302


@pytest.mark.django_db(transaction=True)  # a failed query must not poison a test transaction
def test_without_redis_or_the_table_codes_are_refused_with_a_message(settings):
    FailoverCache._down_until = 0.0
    closed = f"redis://127.0.0.1:{free_port()}/0"
    with override_settings(CACHES=caches_with_redis_at(closed, table="no_such_cache_table")):
        code, _saved = saving.save({}, "situation", {"location": "outside_us"})
        status, page = resume(Client(), codes.grouped(code))
        assert status == 503 and CANNOT in page  # not checked without a limit
        settings.PASSWORD_RESET_ENABLED = True
        reset = Client().post("/accounts/password_reset/", {"email": "ana@example.org"})
        assert reset.status_code == 503
        assert "Password reset is not available just now" in reset.content.decode()
    FailoverCache._down_until = 0.0


# ---------------------------------------------------------------------------------------------
# On an app server, with a Redis that stops


@pytest.fixture
def own_redis():
    """A redis-server of this test's own on a free port (never the machine's shared one)."""
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("no redis-server binary to start and stop (the closed-port tests still ran)")
    port = free_port()
    process = subprocess.Popen(  # noqa: S603
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    import redis

    store = redis.Redis(port=port)
    for _ in range(50):
        try:
            store.ping()
            break
        except redis.exceptions.ConnectionError:
            time.sleep(0.1)
    yield port, store, process
    if process.poll() is None:
        process.terminate()
        process.wait(timeout=10)


def test_an_app_server_keeps_serving_when_its_redis_stops(serving_env, tmp_path, own_redis):
    port, store, process = own_redis
    env = serving_env(REDIS_URL=f"redis://127.0.0.1:{port}/0", TRUST_PROXY_HEADERS="true")
    username = f"staff-{port}"
    made = manage(
        "setup_staff",
        "--username",
        username,
        "--role",
        "paralegal",
        env=env | {"STAFF_PASSWORD": PASSWORD},
    )
    assert made.returncode == 0, made.stderr

    tries = iter(range(100))

    def try_code(visitor, server):  # a different wrong code each time: the address is counted
        page = visitor.get(server, "/resume/")
        code = f"ZZZZ-ZZZZ-ZZZZ-ZZ{next(tries):02d}"
        return visitor.post(
            server, "/resume/", {"code": code, "csrfmiddlewaretoken": csrf_token(page)}
        )

    def sign_in(server, password):
        visitor = Visitor()
        page = visitor.get(server, "/accounts/login/")
        data = {"username": username, "password": password, "csrfmiddlewaretoken": csrf_token(page)}
        return visitor.post(server, "/accounts/login/", data)

    with AppServer(env, log=tmp_path / "app.log") as server:
        visitor = Visitor()
        assert try_code(visitor, server).status == 400
        assert store.keys("parole_screen:*")  # counted in Redis while it runs
        process.terminate()
        process.wait(timeout=10)
        replies = [try_code(visitor, server) for _ in range(11)]
        assert [r.status for r in replies] == [400] * 11  # never a 500
        assert all(WRONG in html.unescape(r.text) for r in replies[:10])
        assert TOO_MANY in html.unescape(replies[10].text)  # the 11th: counted in the table
        assert sign_in(server, PASSWORD).status == 302
        for _ in range(5):
            sign_in(server, "guess")
        assert sign_in(server, PASSWORD).status == 429
    assert "Traceback" not in (tmp_path / "app.log").read_text()
