"""Settings come from the environment and refuse bad values at start-up."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def start_django(**env: str) -> subprocess.CompletedProcess:
    clean = {
        k: v
        for k, v in os.environ.items()
        if k
        not in {
            "DATABASE_URL",
            "DEBUG",
            "SECRET_KEY",
            "ALLOWED_HOSTS",
            "FIELD_ENCRYPTION_KEYS",
            "BLIND_INDEX_KEY",
        }
    }
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.conf import settings;"
            " print(settings.DEBUG, settings.DATABASES['default']['ENGINE'])",
        ],
        cwd=ROOT,
        env=clean | {"DJANGO_SETTINGS_MODULE": "parole_screen.settings"} | env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_development_defaults_to_debug_and_sqlite():
    run = start_django()
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["True", "django.db.backends.sqlite3"]


def test_database_url_selects_postgresql():
    run = start_django(DATABASE_URL="postgres://postgres@127.0.0.1:5432/test")
    assert run.returncode == 0, run.stderr
    assert "django.db.backends.postgresql" in run.stdout


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"DJANGO_ENV": "production", "ALLOWED_HOSTS": "example.org"}, "SECRET_KEY must be set"),
        ({"DJANGO_ENV": "production", "SECRET_KEY": "x" * 50}, "ALLOWED_HOSTS must be set"),
        (
            {
                "DJANGO_ENV": "production",
                "SECRET_KEY": "x" * 50,
                "ALLOWED_HOSTS": "example.org",
                "DEBUG": "true",
            },
            "DEBUG must be off",
        ),
        ({"DEBUG": "maybe"}, "DEBUG must be one of"),
        ({"SESSION_MAX_AGE_HOURS": "soon"}, "SESSION_MAX_AGE_HOURS must be a whole number"),
        ({"SESSION_MAX_AGE_HOURS": "0"}, "SESSION_MAX_AGE_HOURS must be at least 1"),
        ({"DJANGO_ENV": "staging"}, "DJANGO_ENV must be one of"),
    ],
)
def test_bad_configuration_stops_start_up_with_the_variable_named(env, message):
    run = start_django(**env)
    assert run.returncode != 0
    assert message in run.stderr


PRODUCTION_KEYS = {
    "FIELD_ENCRYPTION_KEYS": "0vmd0P9-QkH3a9jiPgWgwcFmGO4-m2z4cXiCzzjE4Ng=",
    "BLIND_INDEX_KEY": "y" * 40,
}


def test_production_starts_with_its_secrets_and_debug_off():
    run = start_django(
        DJANGO_ENV="production", SECRET_KEY="x" * 50, ALLOWED_HOSTS="example.org", **PRODUCTION_KEYS
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.split()[0] == "False"
