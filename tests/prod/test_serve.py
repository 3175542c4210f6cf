"""`make serve`: gunicorn with the project's config and DJANGO_ENV=production serves the pages
with their styles (compressed, hashed, cached for a year), the security headers, HTTPS only
through a trusted proxy, and an access log without query strings."""

from __future__ import annotations

import gzip
import re
import subprocess

import pytest

from .servers import HOST_NAME, ROOT, AppServer, Visitor, csrf_token, production_env

STYLESHEET = re.compile(r'href="(/static/css/site\.[0-9a-f]{12}\.css)"')


@pytest.fixture(scope="module")
def access_log(tmp_path_factory):
    return tmp_path_factory.mktemp("gunicorn") / "access.log"


@pytest.fixture(scope="module")
def behind_proxy(serving_env, access_log):
    """The app as deployed behind a TLS-terminating proxy (TRUST_PROXY_HEADERS=true)."""
    env = serving_env(TRUST_PROXY_HEADERS="true", GUNICORN_ACCESS_LOG=str(access_log))
    with AppServer(env) as server:
        yield server


@pytest.fixture(scope="module")
def no_proxy(serving_env):
    """The same app, not told to trust a proxy."""
    with AppServer(serving_env()) as server:
        yield server


def test_pages_link_hashed_stylesheets_that_are_served_compressed_for_a_year(behind_proxy):
    visitor = Visitor()
    page = visitor.get(behind_proxy, "/")
    assert page.status == 200
    assert "ParoleScreen" in page.text
    stylesheet = STYLESHEET.search(page.text)
    assert stylesheet, "the landing page links no hashed site.css"
    css = visitor.get(behind_proxy, stylesheet.group(1), headers={"Accept-Encoding": "gzip"})
    assert css.status == 200
    assert css.headers["Content-Type"].startswith("text/css")
    assert css.headers["Content-Encoding"] == "gzip"
    assert "immutable" in css.headers["Cache-Control"]
    assert "max-age=315360000" in css.headers["Cache-Control"]
    assert b".skip-link" in gzip.decompress(css.body)


def test_security_headers_on_every_page(behind_proxy):
    for path in ("/", "/screen/situation/", "/accounts/login/"):
        reply = Visitor().get(behind_proxy, path)
        assert reply.status == 200, path
        csp = reply.headers["Content-Security-Policy"]
        assert "default-src 'none'" in csp
        assert "script-src 'self'" in csp and "style-src 'self'" in csp
        assert "unsafe-inline" not in csp
        assert "frame-ancestors 'none'" in csp
        assert "camera=()" in reply.headers["Permissions-Policy"]
        hsts = reply.headers["Strict-Transport-Security"]
        assert hsts.startswith("max-age=31536000")
        assert "includeSubDomains" in hsts
        assert reply.headers["X-Content-Type-Options"] == "nosniff"
        assert reply.headers["Referrer-Policy"] == "same-origin"


def test_a_trusted_proxy_forwards_https_and_plain_http_is_redirected(behind_proxy):
    plain = Visitor(headers={"Host": HOST_NAME})
    redirected = plain.get(behind_proxy, "/screen/situation/")
    assert redirected.status == 301
    assert redirected.headers["Location"] == f"https://{HOST_NAME}/screen/situation/"


def test_forwarded_proto_is_ignored_unless_the_proxy_is_trusted(no_proxy):
    # Anyone can send X-Forwarded-Proto: without TRUST_PROXY_HEADERS it proves nothing.
    reply = Visitor().get(no_proxy, "/")
    assert reply.status == 301
    assert reply.headers["Location"] == f"https://{HOST_NAME}/"


def test_the_access_log_has_paths_but_no_query_strings(behind_proxy, access_log):
    visitor = Visitor()
    visitor.get(behind_proxy, "/accounts/login/?next=/staff/%3Fq%3DMaria%2BLopez")
    visitor.get(
        behind_proxy,
        "/screen/situation/?name=Maria+Lopez",
        headers={"Referer": f"https://{HOST_NAME}/staff/?q=Maria+Lopez"},
    )
    log = access_log.read_text()
    assert '"GET /accounts/login/ HTTP/1.1" 200' in log
    assert '"GET /screen/situation/ HTTP/1.1"' in log
    assert "Maria" not in log
    assert "?" not in log


def test_failed_sign_ins_are_counted_in_the_database_cache_that_migrate_made(behind_proxy):
    for attempt in range(6):
        visitor = Visitor()
        page = visitor.get(behind_proxy, "/accounts/login/")
        login = {"username": "nobody", "password": f"guess {attempt}"}
        reply = visitor.post(
            behind_proxy, "/accounts/login/", login | {"csrfmiddlewaretoken": csrf_token(page)}
        )
    assert reply.status == 429
    assert "Sign-in is locked for now" in reply.text


def test_make_serve_names_the_variables_it_needs(tmp_path):
    env = {k: v for k, v in production_env().items() if k not in {"SECRET_KEY", "ALLOWED_HOSTS"}}
    run = subprocess.run(
        ["./scripts/serve.sh"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert run.returncode == 2
    assert "SECRET_KEY must be set when DJANGO_ENV=production" in run.stderr
    assert "Traceback" not in run.stderr
