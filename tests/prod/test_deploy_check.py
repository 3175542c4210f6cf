"""`manage.py check --deploy` with production settings reports nothing, and the production
settings read from the environment refuse bad values by name."""

from __future__ import annotations

import pytest

from .servers import manage, production_env, show_settings


def test_check_deploy_reports_nothing_in_production():
    run = manage("check", "--deploy", "--fail-level", "DEBUG", env=production_env())
    assert run.returncode == 0, run.stderr
    assert "System check identified no issues" in run.stdout
    assert "WARNING" not in run.stderr + run.stdout


def test_check_deploy_reports_nothing_with_redis_and_a_trusted_proxy():
    env = production_env(REDIS_URL="redis://127.0.0.1:6379/7", TRUST_PROXY_HEADERS="true")
    run = manage("check", "--deploy", "--fail-level", "DEBUG", env=env)
    assert run.returncode == 0, run.stderr
    assert "System check identified no issues" in run.stdout


def test_proxy_https_header_is_trusted_only_when_asked():
    assert show_settings("SECURE_PROXY_SSL_HEADER").stdout.strip() == "None"
    trusted = show_settings("SECURE_PROXY_SSL_HEADER", TRUST_PROXY_HEADERS="true")
    assert trusted.stdout.split("\n")[0] == "('HTTP_X_FORWARDED_PROTO', 'https')"


def test_hsts_max_age_comes_from_the_environment():
    run = show_settings("SECURE_HSTS_SECONDS", SECURE_HSTS_SECONDS="600")
    assert run.stdout.strip() == "600"


def test_password_reset_is_on_only_with_an_email_server():
    assert show_settings("PASSWORD_RESET_ENABLED").stdout.strip() == "False"
    on = show_settings("PASSWORD_RESET_ENABLED", EMAIL_HOST="smtp.example.org")
    assert on.stdout.strip() == "True"


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"REDIS_URL": "localhost:6379"}, "REDIS_URL must start with redis://"),
        ({"TRUST_PROXY_HEADERS": "maybe"}, "TRUST_PROXY_HEADERS must be one of"),
        ({"PROXY_COUNT": "0"}, "PROXY_COUNT must be at least 1"),
        ({"LOGIN_FAILURE_LIMIT": "many"}, "LOGIN_FAILURE_LIMIT must be a whole number"),
        ({"LOGIN_LOCKOUT_MINUTES": "0"}, "LOGIN_LOCKOUT_MINUTES must be at least 1"),
        ({"SECURE_HSTS_SECONDS": "a year"}, "SECURE_HSTS_SECONDS must be a whole number"),
        ({"PDF_RENDER_NICENESS": "20"}, "PDF_RENDER_NICENESS must be at most 19"),
    ],
)
def test_bad_production_values_stop_start_up_with_the_variable_named(env, message):
    run = show_settings("DEBUG", **env)
    assert run.returncode != 0
    assert message in run.stderr
