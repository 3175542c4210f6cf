"""Stale answers: after a reason is unticked nothing that came from it stays on check your
answers; ticking it again offers the earlier answers back."""

import datetime as dt

import pytest

from tests.walker import APPLICANT, walk

from .conftest import answer

pytestmark = pytest.mark.django_db

LATER = (dt.date.today() + dt.timedelta(days=50)).isoformat()


def _check_rows(client):
    page = client.get("/screen/check/")
    assert page.status_code == 200
    return {row["key"]: row["answer"] for g in page.context["groups"] for row in g["rows"]}


@pytest.fixture
def donor(medical_answers):
    return medical_answers | {
        "citizenship": "HN",
        "reasons": ["organ_donor", "medical_treatment"],
        "donation_patient_relationship": "grandchild",
        "donation_center_confirmed": True,
        "donation_date": LATER,
        "evidence_on_hand": ["identity_document", "transplant_center_letter"],
    }


def test_unticking_a_reason_leaves_nothing_of_it_on_check_your_answers(client, donor):
    walk(client, APPLICANT, donor)
    before = _check_rows(client)
    assert "transplant center" in before["evidence_on_hand"]
    assert "donation_date" in before
    answer(client, "reasons", query="?return=check", reasons=["medical_treatment"])
    after = _check_rows(client)
    assert not {
        "donation_patient_relationship",
        "donation_center_confirmed",
        "donation_date",
    } & set(after)
    assert "transplant" not in after["evidence_on_hand"]
    assert "passport" in after["evidence_on_hand"].lower()
    # and the documents question no longer offers the donor's papers
    page = client.get("/screen/documents/").content.decode()
    assert 'value="transplant_center_letter"' not in page


def test_ticking_it_again_offers_the_earlier_answers_back(client, donor):
    walk(client, APPLICANT, donor)
    answer(client, "reasons", query="?return=check", reasons=["medical_treatment"])
    response = answer(client, "reasons", query="?return=check", reasons=donor["reasons"])
    assert response["Location"].startswith("/screen/donation/")
    page = client.get("/screen/donation/")
    html = page.content.decode()
    assert 'value="grandchild" checked' in html
    assert f'value="{dt.date.fromisoformat(LATER).day}"' in html
    answer(
        client,
        "donation",
        query="?return=check",
        donation_patient_relationship="grandchild",
        donation_center_confirmed=True,
        donation_date=LATER,
    )
    assert "transplant" in _check_rows(client)["evidence_on_hand"].lower()


def test_when_none_of_her_documents_still_counts_the_question_is_asked_again(client, donor):
    walk(client, APPLICANT, donor | {"evidence_on_hand": ["transplant_center_letter"]})
    response = answer(client, "reasons", query="?return=check", reasons=["medical_treatment"])
    assert response["Location"].startswith("/screen/documents/")
