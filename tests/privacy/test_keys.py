"""Keys: rotation keeps everything readable; a wrong key stops start-up; production needs keys."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.sessions.models import Session
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.db import connection

from screening.models import AuditAction, AuditEvent, Case, KeyCanary, SavedScreening
from screening.privacy import crypto
from screening.privacy.canary import verify_keys

from .conftest import SECRET_EVIDENCE, SECRET_NAME, SECRET_NOTE

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]


def raw_tokens() -> list[str]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT client_name FROM screening_case")
        names = [row[0] for row in cursor.fetchall()]
        cursor.execute("SELECT session_data FROM django_session")
        return names + [row[0] for row in cursor.fetchall()]


def test_rotation_re_encrypts_everything_and_the_old_key_can_go(everything, settings, new_key):
    old_key = settings.FIELD_ENCRYPTION_KEYS[0]
    verify_keys()
    before = raw_tokens()
    settings.FIELD_ENCRYPTION_KEYS = [new_key, old_key]
    call_command("reencrypt", stdout=open(os.devnull, "w"))  # noqa: SIM115
    assert raw_tokens() != before
    settings.FIELD_ENCRYPTION_KEYS = [new_key]  # the old key retired
    verify_keys()
    case = Case.objects.get()
    assert case.client_name == SECRET_NAME and case.answers["reasons"] == ["medical_treatment"]
    assert case.notes.get().body == SECRET_NOTE
    assert case.evidence_items.get().note == SECRET_EVIDENCE
    assert case.snapshots.get().answers["citizenship"] == "NG"
    assert SavedScreening.objects.get().data["answers"] == {"citizenship": "VE"}
    session = everything["applicant"].session
    assert session["wizard_screening_wizard"]["extra_data"]["answers"]["situation"]
    response = everything["applicant"].get("/screen/situation/")
    assert response.context["view"].partial_answers()["location"] == "inside_us"
    assert AuditEvent.objects.filter(action=AuditAction.KEYS_ROTATED).exists()


def test_old_keys_still_decrypt_before_rotation(everything, settings, new_key):
    settings.FIELD_ENCRYPTION_KEYS = [new_key, *settings.FIELD_ENCRYPTION_KEYS]
    assert Case.objects.get().client_name == SECRET_NAME


def test_a_wrong_key_fails_the_start_up_check(everything, settings, new_key):
    verify_keys()  # the canary is written under the right key
    settings.FIELD_ENCRYPTION_KEYS = [new_key]
    with pytest.raises(SystemCheckError, match="FIELD_ENCRYPTION_KEYS cannot decrypt"):
        call_command("check")


def test_a_different_index_key_fails_the_start_up_check(everything, settings):
    verify_keys()
    settings.BLIND_INDEX_KEY = "another-key"
    with pytest.raises(SystemCheckError, match="BLIND_INDEX_KEY is not the key"):
        call_command("check")


def test_reencrypt_brings_in_a_new_index_key(everything, settings, paralegal_client):
    verify_keys()
    settings.BLIND_INDEX_KEY = "a-brand-new-index-key"
    call_command("reencrypt", stdout=open(os.devnull, "w"))  # noqa: SIM115
    verify_keys()
    rows = paralegal_client.get("/staff/", {"q": "nunez"}).context["rows"]
    assert [row["case"].client_name for row in rows] == [SECRET_NAME]


def test_reencrypt_with_a_wrong_key_changes_nothing(everything, settings, new_key):
    before = raw_tokens()
    settings.FIELD_ENCRYPTION_KEYS = [new_key]
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="nothing was changed"):
        call_command("reencrypt", stdout=open(os.devnull, "w"))  # noqa: SIM115
    assert raw_tokens() == before


def test_the_canary_holds_no_plain_text(db):
    verify_keys()
    canary = KeyCanary.objects.get()
    assert crypto.decrypt(canary.token) == "parolescreen-key-canary"
    assert "parolescreen" not in canary.token


def run(*args: str, **env: str) -> subprocess.CompletedProcess:
    keep = {k: v for k, v in os.environ.items() if k not in {"FIELD_ENCRYPTION_KEYS", "DEBUG"}}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=keep | env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_fresh_process_with_a_wrong_key_refuses_to_start(tmp_path, new_key):
    url = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    assert run("migrate", "-v0", DATABASE_URL=url).returncode == 0
    assert run("check", DATABASE_URL=url).returncode == 0  # writes the canary
    wrong = run("check", DATABASE_URL=url, FIELD_ENCRYPTION_KEYS=new_key)
    assert wrong.returncode != 0
    assert "FIELD_ENCRYPTION_KEYS cannot decrypt" in wrong.stderr
    served = subprocess.run(
        [sys.executable, "-c", "import parole_screen.wsgi"],
        cwd=ROOT,
        env=os.environ | {"DATABASE_URL": url, "FIELD_ENCRYPTION_KEYS": new_key},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert served.returncode != 0 and "FIELD_ENCRYPTION_KEYS cannot decrypt" in served.stderr


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({}, "FIELD_ENCRYPTION_KEYS and BLIND_INDEX_KEY must be set"),
        ({"FIELD_ENCRYPTION_KEYS": "not-a-key", "BLIND_INDEX_KEY": "k"}, "must hold Fernet keys"),
    ],
)
def test_production_refuses_to_start_without_good_keys(env, message):
    base = {"DJANGO_ENV": "production", "SECRET_KEY": "x" * 50, "ALLOWED_HOSTS": "example.org"}
    keep = {
        k: v
        for k, v in os.environ.items()
        if k not in {"FIELD_ENCRYPTION_KEYS", "BLIND_INDEX_KEY", "DEBUG"}
    }
    started = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=ROOT,
        env=keep | {"DJANGO_SETTINGS_MODULE": "parole_screen.settings"} | base | env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert started.returncode != 0 and message in started.stderr


def test_expired_sessions_are_rotated_too(everything, settings, new_key):
    settings.FIELD_ENCRYPTION_KEYS = [new_key, *settings.FIELD_ENCRYPTION_KEYS]
    call_command("reencrypt", stdout=open(os.devnull, "w"))  # noqa: SIM115
    settings.FIELD_ENCRYPTION_KEYS = [new_key]
    assert Session.objects.count() == 1
    assert crypto.is_ciphertext(Session.objects.get().session_data)
