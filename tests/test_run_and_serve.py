"""`make run` and the README's "try it on this machine" `make serve` each keep their own SQLite
file, so the second never meets data encrypted under the first one's keys."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

from tests.scenario_check import ROOT

FENCE = re.compile(r"^```sh\n(.*?)^```", re.MULTILINE | re.DOTALL)
# What `make serve` would load (scripts/serve.sh sets these two), printed instead of served.
SHOW = (
    f"env DJANGO_ENV=production DJANGO_SETTINGS_MODULE=parole_screen.settings {sys.executable} -c "
    "'import json, django; django.setup(); from django.conf import settings as s; "
    'print(json.dumps([str(s.DATABASES["default"]["NAME"]), s.FIELD_ENCRYPTION_KEYS]))\''
)
DEV_SHOW = SHOW.replace("DJANGO_ENV=production", "DJANGO_ENV=development")
# the variables a developer's shell might carry that would change what the commands load
CLEAN = {"DJANGO_ENV", "DATABASE_URL", "FIELD_ENCRYPTION_KEYS", "BLIND_INDEX_KEY", "SECRET_KEY"}


def try_it_command() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = [b for b in FENCE.findall(readme) if "SECURE_SSL_REDIRECT=false make serve" in b]
    assert len(blocks) == 1, "the README's try-it command for make serve"
    return blocks[0]


def settings_of(command: str) -> tuple[str, list[str]]:
    env = {k: v for k, v in os.environ.items() if k not in CLEAN}
    run = subprocess.run(
        ["bash", "-c", command], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, run.stderr
    name, keys = json.loads(run.stdout.strip().splitlines()[-1])
    return name, keys


def test_the_readme_try_it_command_and_make_run_use_different_databases():
    serve_db, serve_keys = settings_of(try_it_command().replace("make serve", SHOW))
    run_db, run_keys = settings_of(DEV_SHOW)
    assert serve_keys != run_keys  # the README makes new keys: they cannot read make run's data
    assert serve_db != run_db
    assert serve_db.endswith("db-production.sqlite3") and run_db.endswith("db.sqlite3")
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()
    assert {"db.sqlite3", "db-production.sqlite3"} <= set(ignored)


def test_a_database_url_still_wins_in_production():
    command = try_it_command().replace("make serve", SHOW)
    url = "DATABASE_URL=sqlite:////tmp/chosen.sqlite3 "
    name, _keys = settings_of(url + command)
    assert name == "/tmp/chosen.sqlite3"
