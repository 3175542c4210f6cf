"""Keys: rotation keeps everything readable; a wrong key stops start-up; production needs keys."""

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.sessions.models import Session
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.db import connection
from django.utils import timezone

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
    out = io.StringIO()
    call_command("reencrypt", stdout=out)
    assert "Cases whose name-search rows were rebuilt: 1." in out.getvalue()
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


# ---------------------------------------------------------------------------------------------
# reencrypt refuses a wrong key, deletes nothing, and never writes over a newer row


def session_rows() -> dict[str, str]:
    return dict(Session.objects.values_list("session_key", "session_data"))


def test_a_wrong_key_on_a_database_with_no_cases_yet_changes_nothing(client, settings, new_key):
    """Only sessions stored (applicants screening) and the canary: a wrong key is refused, no
    session is deleted and the canary stays under the key that opens the data."""
    client.post("/screen/situation/", {"screening_wizard-current_step": "situation"})
    verify_keys()
    assert not Case.objects.exists() and Session.objects.exists()
    sessions, canary = session_rows(), KeyCanary.objects.get().token
    right_key = settings.FIELD_ENCRYPTION_KEYS
    settings.FIELD_ENCRYPTION_KEYS = [new_key]
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="cannot decrypt this database's key canary"):
        call_command("reencrypt", stdout=open(os.devnull, "w"))  # noqa: SIM115
    assert session_rows() == sessions and KeyCanary.objects.get().token == canary
    settings.FIELD_ENCRYPTION_KEYS = right_key
    verify_keys()  # the start-up check still trusts the right key


def test_no_canary_and_values_no_key_opens_is_refused(client, settings, new_key):
    client.post("/screen/situation/", {"screening_wizard-current_step": "situation"})
    KeyCanary.objects.all().delete()
    sessions = session_rows()
    settings.FIELD_ENCRYPTION_KEYS = [new_key]
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="open none of the 1 stored values"):
        call_command("reencrypt", stdout=open(os.devnull, "w"))  # noqa: SIM115
    assert session_rows() == sessions and not KeyCanary.objects.exists()


def test_with_nothing_stored_nothing_is_written(db, settings, new_key):
    settings.FIELD_ENCRYPTION_KEYS = [new_key]
    out = io.StringIO()
    call_command("reencrypt", stdout=out)
    assert "Nothing is stored yet" in out.getvalue()
    assert not KeyCanary.objects.exists()  # no canary under a key nothing has proved


def test_a_session_no_key_opens_is_kept_not_deleted(everything, settings, new_key):
    Session.objects.create(
        session_key="legacy" + "0" * 26, session_data="not encrypted", expire_date=timezone.now()
    )
    verify_keys()
    settings.FIELD_ENCRYPTION_KEYS = [new_key, *settings.FIELD_ENCRYPTION_KEYS]
    out = io.StringIO()
    call_command("reencrypt", stdout=out)
    assert Session.objects.filter(session_data="not encrypted").exists()
    assert "1 could not be decrypted with these keys and were left as they are" in out.getvalue()


def test_a_row_saved_while_it_was_read_is_re_read_not_overwritten(
    everything, settings, new_key, monkeypatch
):
    """An applicant saves an answer between reencrypt's read of their session and its write:
    the conditional write fails, the row is read again and what they saved is kept."""
    from screening.privacy import rotation
    from screening.privacy.sessions import SessionStore

    verify_keys()
    old_key = settings.FIELD_ENCRYPTION_KEYS[0]
    settings.FIELD_ENCRYPTION_KEYS = [new_key, old_key]
    key = everything["applicant"].session.session_key
    real = rotation._new_values
    saved_meanwhile = []

    def applicant_saves_meanwhile(table, row):
        if table.label == "sessions" and row["session_key"] == key and not saved_meanwhile:
            store = SessionStore(session_key=key)
            store["answered_meanwhile"] = "yes"
            store.save()  # the app server's write, after reencrypt read the row
            saved_meanwhile.append(True)
        return real(table, row)

    monkeypatch.setattr(rotation, "_new_values", applicant_saves_meanwhile)
    out = io.StringIO()
    call_command("reencrypt", stdout=out)
    assert "read again: they changed while this ran" in out.getvalue()
    settings.FIELD_ENCRYPTION_KEYS = [new_key]  # and every value opens with the new key alone
    session = SessionStore(session_key=key).load()
    assert session["answered_meanwhile"] == "yes"
    assert session["wizard_screening_wizard"]["extra_data"]["answers"]["situation"]


def test_running_it_again_writes_nothing(everything, settings, new_key):
    verify_keys()
    settings.FIELD_ENCRYPTION_KEYS = [new_key, *settings.FIELD_ENCRYPTION_KEYS]
    call_command("reencrypt", stdout=open(os.devnull, "w"))  # noqa: SIM115
    before = raw_tokens()
    out = io.StringIO()
    call_command("reencrypt", stdout=out)
    assert raw_tokens() == before
    assert "screening.Case: 0 re-encrypted" in out.getvalue()
