"""More than one machine: two app servers on different loopback ports share one database and
one cache, and nothing a visitor needs stays with the server that served them.

The screening test needs PostgreSQL (DATABASE_URL; CI's second pass): it is skipped with the
reason printed on SQLite. The lockout test runs on both (the counts are database rows).
"""

from __future__ import annotations

import os
import re
import uuid

import pytest
from django.db import connection

from screening.rules.schema import FIELDS
from tests.walker import post_data, step_answers
from tests.wizard.conftest import MEDICAL_ANSWERS as MEDICAL

from .servers import AppServer, Visitor, csrf_token


def skip(reason: str, *, required_in_ci: bool = False):
    if required_in_ci and os.environ.get("CI") == "true":
        pytest.fail(reason)
    print(f"SKIPPED two-server test: {reason}")
    pytest.skip(reason)


def database_url() -> str:
    """The test database that pytest-django created, as a URL for the app servers."""
    if connection.vendor != "postgresql":
        skip("DATABASE_URL is not PostgreSQL; two app servers need a database server to share")
    s = connection.settings_dict
    return f"postgres://{s['USER']}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"


def questions_on(page_html: str, step: str) -> list[str]:
    """The answer keys a step page asks about, from its inputs' names."""
    keys: list[str] = []
    for name in re.findall(rf'name="{step}-(\w+)"', page_html):
        key = name if name in FIELDS else re.sub(r"_[012]$", "", name)
        if key in FIELDS and key not in keys:
            keys.append(key)
    return keys


def answer_step(visitor: Visitor, server: AppServer, path: str) -> str:
    """Answer the step at `path` on `server`; returns where the wizard goes next."""
    page = visitor.get(server, path)
    assert page.status == 200, (path, page.status)
    step = path.rstrip("/").split("/")[-1]
    asked = questions_on(page.text, step)
    values = step_answers(step, {key: MEDICAL[key] for key in asked if key in MEDICAL}, MEDICAL)
    values = {key: value for key, value in values.items() if key in asked}
    data = post_data(step, values) | {"csrfmiddlewaretoken": csrf_token(page)}
    sent = visitor.post(server, path, data)
    assert sent.status == 302, (path, sent.status, sent.text[:2000])
    return sent.location


@pytest.mark.django_db(transaction=True)
def test_a_screening_started_on_one_server_finishes_on_the_other(serving_env, tmp_path):
    env = serving_env(DATABASE_URL=database_url(), TRUST_PROXY_HEADERS="true")
    with (
        AppServer(env, log=tmp_path / "a.log") as first,
        AppServer(env, log=tmp_path / "b.log") as second,
    ):
        visitor = Visitor()
        start = visitor.get(first, "/screen/")
        assert start.status == 302
        path, servers, steps = start.location, [first, second], 0
        while not path.startswith("/screen/check/"):
            # Every step goes to the other server than the one before it.
            path = answer_step(visitor, servers[steps % 2], path)
            steps += 1
            assert steps < 30, "the wizard did not reach check your answers"
        assert steps >= 4
        check = visitor.get(second, path)
        assert check.status == 200
        assert "Nigeria" in check.text  # answered on the other server
        confirm = {
            "screening_wizard-current_step": "check",
            "confirm": "1",
            "csrfmiddlewaretoken": csrf_token(check),
        }
        finished = visitor.post(first, "/screen/check/", confirm)
        assert finished.status == 302 and finished.location == "/result/"
        result = visitor.get(second, "/result/")
        assert result.status == 200
        assert "Your screening result" in result.text
        assert "Humanitarian parole" in result.text
        pdf = visitor.get(first, "/result/pdf/")
        assert pdf.status == 200 and pdf.body.startswith(b"%PDF")


def test_a_lockout_on_one_server_holds_on_the_other(serving_env, tmp_path):
    """The counts are database rows, so both servers see them (here on the shared SQLite file,
    or on PostgreSQL), with or without Redis."""
    username = f"nobody-{uuid.uuid4().hex[:12]}"  # a name of this run's own
    env = serving_env(TRUST_PROXY_HEADERS="true")
    with (
        AppServer(env, log=tmp_path / "a.log") as first,
        AppServer(env, log=tmp_path / "b.log") as second,
    ):
        for attempt in range(5):
            visitor = Visitor()
            page = visitor.get(first, "/accounts/login/")
            login = {
                "username": username,
                "password": f"guess {attempt}",
                "csrfmiddlewaretoken": csrf_token(page),
            }
            visitor.post(first, "/accounts/login/", login)
        visitor = Visitor()
        page = visitor.get(second, "/accounts/login/")
        login = {"username": username, "password": "x", "csrfmiddlewaretoken": csrf_token(page)}
        locked = visitor.post(second, "/accounts/login/", login)
        assert locked.status == 429
        assert "Sign-in is locked for now" in locked.text
