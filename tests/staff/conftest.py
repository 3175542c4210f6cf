"""Personas and cases for the staff workspace tests.

Personas: anonymous, outsider (logged in, no role), paralegal, attorney, admin (superuser).
`persona_client(name)` gives a test client logged in as that persona.
"""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client

from screening.models import Case, Status
from screening.rules import Answers, assess
from screening.staff.permissions import ATTORNEY, PARALEGAL, ensure_groups
from tests.walker import intake, post_step

PERSONAS = ("anonymous", "outsider", "paralegal", "attorney", "admin")

MEDICAL = {
    "location": "outside_us",
    "goal": "come_to_us",
    "citizenship": "NG",
    "beneficiary_is_minor": False,
    "reasons": ["medical_treatment"],
    "medical_available_at_home": False,
    "medical_life_threatening": True,
    "medical_provider_arranged": True,
    "medical_costs_arranged": True,
    "visa_option": "too_slow",
    "financial_supporter": "relative_or_friend",
    "can_pay_fees": True,
    "pending_applications": [],
    "victim_of": [],
    "worked_for_us_government": False,
    "risk_factors": [],
    "evidence_on_hand": [],
}

# A Cuban coming to the U.S. to join family: CHNV was open on 2025-03-01, terminated 2025-03-25.
CUBAN_FAMILY = {
    "location": "outside_us",
    "goal": "come_to_us",
    "citizenship": "CU",
    "beneficiary_is_minor": False,
    "reasons": ["family_reunification"],
    "relative_relationship": "parent",
    "relative_status": "us_citizen",
    "financial_supporter": "relative_or_friend",
    "visa_option": "too_slow",
    "can_pay_fees": True,
}


def _user(django_user_model, username: str, role: str | None):
    user = django_user_model.objects.create_user(username=username)  # no password: no hashing
    if role == "admin":
        user.is_staff = user.is_superuser = True
        user.save()
    elif role:
        user.groups.add(ensure_groups()[role])
    return user


@pytest.fixture
def outsider(db, django_user_model):
    return _user(django_user_model, "olga_outsider", None)


@pytest.fixture
def paralegal(db, django_user_model):
    return _user(django_user_model, "paula_paralegal", PARALEGAL)


@pytest.fixture
def attorney(db, django_user_model):
    return _user(django_user_model, "ana_attorney", ATTORNEY)


@pytest.fixture
def administrator(db, django_user_model):
    return _user(django_user_model, "adam_admin", "admin")


@pytest.fixture
def colleague(db, django_user_model):
    """A second paralegal, whose cases the first one does not see."""
    return _user(django_user_model, "pedro_paralegal", PARALEGAL)


@pytest.fixture
def others_case(colleague):
    return make_case(MEDICAL, client_name="Other Client", assigned_to=colleague)


@pytest.fixture
def persona_client(request, db):
    """persona_client("paralegal") -> a Client logged in as that persona (anonymous: no login)."""

    def make(name: str) -> Client:
        client = Client()
        if name != "anonymous":
            fixture = "administrator" if name == "admin" else name
            client.force_login(request.getfixturevalue(fixture))
        return client

    return make


@pytest.fixture
def paralegal_client(persona_client):
    return persona_client("paralegal")


@pytest.fixture
def attorney_client(persona_client):
    return persona_client("attorney")


def make_case(
    answers: dict | None = None,
    as_of: dt.date | None = None,
    *,
    status: str = Status.SCREENED,
    **fields,
) -> Case:
    """A case assessed with today's rules code as of `as_of` (default today)."""
    fields.setdefault("client_name", "Maria Example")
    case = Case(status=status, **fields)
    if answers is not None:
        assessment = assess(Answers.from_dict(answers), as_of or dt.date.today())
        case.set_assessment(answers, assessment)
    case.save()
    case.sync_verdicts()
    return case


@pytest.fixture
def medical_case(db, paralegal):
    return make_case(MEDICAL, client_name="Ngozi Okafor", created_by=paralegal)


@pytest.fixture
def chnv_case(db, paralegal):
    """Stored as of 2025-01-27, before new CHNV requests were paused (and CHNV terminated)."""
    return make_case(
        CUBAN_FAMILY, dt.date(2025, 1, 27), client_name="Yanet Perez", created_by=paralegal
    )


def opened_now(case: Case, data: dict | None = None) -> dict:
    """POST data as a page opened now would send it: with the case's current version."""
    version = Case.objects.values_list("version", flat=True).get(pk=case.pk)
    return {**(data or {}), "case_version": version}


# ---------------------------------------------------------------------------------------------
# The staff intake, driven through the one walker (`tests/walker.py`): `walk(client,
# intake(case), answers)` answers every step; `intake_post` posts one.


def intake_url(case: Case, step: str | None = None) -> str:
    return intake(case).base if step is None else intake(case).url(step)


def intake_post(client, case: Case, step: str, answers: dict, fill: bool = True, **extra):
    """POST one step of a case's staff intake (stored-style values; the walker fills the step's
    other questions unless `fill=False`); `extra`: more POST entries, such as a staff note."""
    return post_step(client, intake(case), step, answers, fill=fill, extra=extra)


# ---------------------------------------------------------------------------------------------
# Posting free text: the intake's note box and an evidence note


def situation_with_note(client, case: Case, note: str):
    """Open the case's intake and post its first page (inside the U.S.) with an internal note."""
    client.get(intake_url(case))
    return intake_post(
        client, case, "situation", {"location": "inside_us", "goal": "stay_in_us"}, staff_note=note
    )


def tracker_post(client, case: Case, note: str):
    """Post the evidence tracker: the doctor's statement requested, with this note."""
    from django.urls import reverse

    data = {f"state__{e}": "needed" for e in ("identity_document", "financial_support")}
    data |= {"state__physician_statement": "requested", "note__physician_statement": note}
    return client.post(
        reverse("staff:evidence_update", args=[case.reference]), opened_now(case, data)
    )


@pytest.fixture(autouse=True)
def _no_name_order_from_other_tests():
    """Each process keeps the names' sort keys it decrypted (screening.staff.name_order); a test
    database rolled back can give a case id to another name, so every test starts empty."""
    from screening.staff import name_order

    name_order.forget()
