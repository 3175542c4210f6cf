"""Fixtures for the production tests: collected static files and a migrated SQLite database for
app servers run in subprocesses with DJANGO_ENV=production."""

from __future__ import annotations

import pytest

# The staff personas, shared with tests/staff.
from tests.staff.conftest import (  # noqa: F401
    administrator,
    attorney,
    attorney_client,
    paralegal,
    persona_client,
)

from .servers import KEYS, manage, production_env


@pytest.fixture(scope="session")
def static_root(tmp_path_factory):
    """`collectstatic` as `make serve` runs it, into a folder of the test session's own."""
    root = tmp_path_factory.mktemp("staticfiles")
    run = manage("collectstatic", "--noinput", env=production_env(STATIC_ROOT=str(root)))
    assert run.returncode == 0, run.stderr
    return root


@pytest.fixture(scope="session")
def sqlite_url(tmp_path_factory):
    """A migrated SQLite file, as `make serve` prepares it."""
    url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'serve.sqlite3'}"
    env = production_env(DATABASE_URL=url)
    run = manage("migrate", "--noinput", env=env)  # it makes the cache table too
    assert run.returncode == 0, run.stderr
    return url


@pytest.fixture(scope="session")
def serving_env(static_root, sqlite_url):
    """The environment of a production app server (on the SQLite file unless told otherwise)."""

    def make(**extra: str) -> dict[str, str]:
        return production_env(
            **({"STATIC_ROOT": str(static_root), "DATABASE_URL": sqlite_url} | extra)
        )

    return make


@pytest.fixture
def server_keys(settings):
    """This test process encrypts with the app servers' keys, so what it stores they can read."""
    settings.FIELD_ENCRYPTION_KEYS = [KEYS["FIELD_ENCRYPTION_KEYS"]]
    settings.BLIND_INDEX_KEY = KEYS["BLIND_INDEX_KEY"]
