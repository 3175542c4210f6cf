"""The staff personas and cases, shared with tests/staff, plus a fully populated case."""

import pytest
from cryptography.fernet import Fernet
from django.core.cache import cache
from django.test import Client

from screening.models import CaseSnapshot, EvidenceItem, Note, SavedScreening
from screening.privacy import codes
from tests.staff.conftest import (  # noqa: F401  (fixtures)
    MEDICAL,
    administrator,
    attorney,
    attorney_client,
    make_case,
    outsider,
    paralegal,
    paralegal_client,
    persona_client,
)
from tests.walker import APPLICANT, post_step

SECRET_NAME = "Zenaida Quispe-Núñez"
SECRET_NOTE = "Fled after threats from the Valdivia gang"
SECRET_EVIDENCE = "Hospital letter kept by her aunt Rosalba"
SECRET_CONTACT = "zenaida.quispe@example.org"
A_NUMBER = "A219456781"


@pytest.fixture(autouse=True)
def fresh_rate_limits(django_db_setup, django_db_blocker):
    # The default cache may be a table in the test database: clearing it needs that database.
    with django_db_blocker.unblock():
        cache.clear()
    yield
    with django_db_blocker.unblock():
        cache.clear()


@pytest.fixture
def new_key() -> str:
    return Fernet.generate_key().decode()


@pytest.fixture
def everything(db, paralegal):  # noqa: F811
    """A case with every kind of personal data, an applicant session and a saved screening."""
    case = make_case(
        MEDICAL,
        client_name=SECRET_NAME,
        client_contact=SECRET_CONTACT,
        a_number=A_NUMBER,
        assigned_to=paralegal,
    )
    case.draft_answers = MEDICAL | {"citizenship": "PE"}
    case.save()
    CaseSnapshot.objects.create(
        case=case,
        answers=MEDICAL,
        assessment=case.assessment,
        rules_version="old",
        as_of=case.as_of,
        reason="answers_edited",
    )
    Note.objects.create(case=case, author=paralegal, body=SECRET_NOTE)
    EvidenceItem.objects.create(case=case, evidence_id="medical_letter", note=SECRET_EVIDENCE)
    applicant = Client()
    post_step(applicant, APPLICANT, "situation", {"location": "inside_us", "goal": "stay_in_us"})
    code = codes.new_code()
    SavedScreening.objects.create(
        code_hash=codes.code_hash(code),
        data={"steps": {}, "step": "situation", "answers": {"citizenship": "VE"}},
    )
    return {"case": case, "applicant": applicant, "code": code}
