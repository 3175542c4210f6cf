"""Nothing lost: save in one app process, resume by code in a fresh one, same assessment.

On PostgreSQL the processes use the test database (committed rows: `transactional_db`); on
SQLite they share a database file made for the test.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

from django.db import connection

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(__file__).with_name("app_process.py")


def database_url(tmp_path) -> str:
    if connection.vendor == "postgresql":
        s = connection.settings_dict
        return f"postgres://{s['USER']}@{s['HOST']}:{s['PORT']}/{s['NAME']}"
    url = f"sqlite:///{tmp_path / 'app.sqlite3'}"
    migrated = in_a_fresh_process(url, "manage.py", "migrate", "-v0")
    assert migrated.returncode == 0, migrated.stderr
    return url


def in_a_fresh_process(url: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env=os.environ | {"DATABASE_URL": url},
        capture_output=True,
        text=True,
        timeout=300,
    )


def app_process(url: str, *args: str) -> dict:
    done = in_a_fresh_process(url, str(SCRIPT), *args)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_resume_by_code_after_a_restart_gives_the_same_assessment(transactional_db, tmp_path):
    url = database_url(tmp_path)
    saved = app_process(url, "save")
    resumed = app_process(url, "resume", saved["code"])
    assert resumed["answers"] == saved["answers"]
    assert resumed["assessment"] == saved["assessment"]
    assert any(p["verdict"] == "likely" for p in resumed["assessment"]["pathways"])
