"""Read without the keys, the database holds no name, contact, A-number, note or answer."""

import json

import pytest
from django.contrib.sessions.models import Session
from django.core.exceptions import FieldError
from django.db import connection

from screening.models import Case, Note
from screening.privacy.crypto import DecryptionError

from .conftest import A_NUMBER, SECRET_CONTACT, SECRET_EVIDENCE, SECRET_NAME, SECRET_NOTE

pytestmark = pytest.mark.django_db

TABLES = [
    "screening_case",
    "screening_casesnapshot",
    "screening_note",
    "screening_evidenceitem",
    "screening_savedscreening",
    "django_session",
]


def raw_dump() -> str:
    """Every row of the tables that hold personal data, as the database returns them."""
    quote = connection.ops.quote_name
    parts = []
    with connection.cursor() as cursor:
        for table in TABLES:
            cursor.execute(f"SELECT * FROM {quote(table)}")  # noqa: S608
            parts.extend(repr(row) for row in cursor.fetchall())
    return "\n".join(parts)


def test_the_raw_tables_hold_no_personal_data_in_plain_text(everything):
    dump = raw_dump()
    assert "Zenaida" in Case.objects.get().client_name  # readable through the app
    secrets = [
        SECRET_NAME,
        "Zenaida",
        "Quispe",
        SECRET_CONTACT,
        A_NUMBER,
        SECRET_NOTE,
        "Valdivia",
        SECRET_EVIDENCE,
        "Rosalba",
        # answers (final, draft, snapshot, session, saved screening) and assessments
        "medical_treatment",
        "medical_life_threatening",
        "outside_us",
        "inside_us",
        "stay_in_us",
        '"VE"',
        '"PE"',
        "humanitarian_parole",
    ]
    found = [secret for secret in secrets if secret in dump]
    assert found == []
    assert Session.objects.count() == 1 and len(dump) > 1000


def test_the_session_holds_ciphertext_not_signed_base64(everything):
    session = Session.objects.get()
    assert session.session_data.startswith("gAAAAA")  # a Fernet token
    assert everything["applicant"].session["wizard_screening_wizard"]["extra_data"]


def test_the_app_reads_every_field_back(everything):
    case = Case.objects.get()
    assert (case.client_name, case.client_contact, case.a_number) == (
        SECRET_NAME,
        SECRET_CONTACT,
        A_NUMBER,
    )
    assert case.answers["reasons"] == ["medical_treatment"]
    assert case.draft_answers["citizenship"] == "PE"
    assert case.snapshots.get().answers["citizenship"] == "NG"
    assert Note.objects.get().body == SECRET_NOTE
    assert case.evidence_items.get().note == SECRET_EVIDENCE
    json.dumps(case.assessment)


def test_an_encrypted_field_cannot_be_searched_by_mistake(everything):
    with pytest.raises(FieldError, match="encrypted"):
        Case.objects.filter(client_name=SECRET_NAME).exists()


def test_a_value_no_key_opens_raises_never_garbage(everything, settings, new_key):
    settings.FIELD_ENCRYPTION_KEYS = [new_key]
    with pytest.raises(DecryptionError):
        Case.objects.get()


def test_the_audit_log_holds_nothing_identifying(everything, paralegal_client):
    from screening.models import AuditEvent

    case = everything["case"]
    paralegal_client.get(f"/staff/cases/{case.reference}/")
    paralegal_client.post(
        f"/staff/cases/{case.reference}/notes/", {"body": SECRET_NOTE, "kind": "internal"}
    )
    paralegal_client.get("/staff/", {"q": "Quispe"})
    details = json.dumps([event.detail for event in AuditEvent.objects.all()])
    assert AuditEvent.objects.count() >= 2
    for secret in (SECRET_NAME, "Quispe", SECRET_NOTE, A_NUMBER, "medical_treatment"):
        assert secret not in details


def test_a_session_that_cannot_be_saved_while_the_database_restarts_is_a_server_error(
    db, monkeypatch
):
    """Not Django's 400 "the session was deleted": a server error, tried again, loses nothing."""
    from django.contrib.sessions.models import Session
    from django.db import OperationalError
    from django.test import Client

    client = Client(raise_request_exception=False)
    situation = {"screening_wizard-current_step": "situation", "situation-location": "outside_us"}
    client.post("/screen/situation/", situation | {"situation-goal": "stay_in_us"})
    real_save = Session.save

    def database_restarting(self, *args, **kwargs):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(Session, "save", database_restarting)
    answered = client.post("/screen/situation/", situation | {"situation-goal": "come_to_us"})
    assert answered.status_code == 500
    monkeypatch.setattr(Session, "save", real_save)
    again = client.post("/screen/situation/", situation | {"situation-goal": "come_to_us"})
    assert again.status_code == 302
    page = client.get("/screen/situation/").content.decode()
    assert 'value="come_to_us" checked' in page
