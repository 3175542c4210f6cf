"""Free text staff type: the limit is stated beside every box, a longer text or a hidden control
character is refused with a message naming the field, and nothing typed is lost."""

import html
import re

import pytest
from django.urls import reverse

from screening.models import Case, EvidenceItem, Note

from .conftest import MEDICAL, intake_url, make_case, situation_with_note, tracker_post

pytestmark = pytest.mark.django_db

LONG_NOTE = ("Called the hospital about the transfer. " * 600)[:22919] + "."


def text(response) -> str:
    return html.unescape(response.content.decode())


def textarea(page: str, name: str) -> str:
    match = re.search(rf'<textarea name="{name}"[^>]*>\n?(.*?)</textarea>', page, re.S)
    assert match, name
    return match.group(1)


@pytest.fixture
def case(paralegal):
    answers = MEDICAL | {"evidence_on_hand": ["identity_document"]}
    return make_case(answers, client_name="Ngozi Okafor", created_by=paralegal)


def test_no_box_cuts_a_pasted_text_and_every_box_states_its_limit(paralegal_client, case):
    pages = {
        "case": paralegal_client.get(reverse("staff:case_detail", args=[case.reference])),
        "new": paralegal_client.get(reverse("staff:case_new")),
        "edit": paralegal_client.get(reverse("staff:case_edit", args=[case.reference])),
        "list": paralegal_client.get(reverse("staff:case_list")),
    }
    start = paralegal_client.get(intake_url(case))
    pages["intake"] = paralegal_client.get(intake_url(case, "situation"))
    assert start.status_code == 302
    for name, response in pages.items():
        assert "maxlength" not in response.content.decode(), name
    assert "Up to 5,000 characters." in text(pages["case"])  # the note box
    assert "Up to 500 characters." in text(pages["case"])  # each evidence note
    assert "Up to 5,000 characters." in text(pages["intake"])  # the intake note box
    for name in ("new", "edit"):
        assert "Up to 200 characters." in text(pages[name])  # the client's name
        assert "Up to 300 characters." in text(pages[name])  # the contact


def test_a_note_over_the_limit_is_refused_and_shown_again_in_full(paralegal_client, case):
    url = reverse("staff:note_add", args=[case.reference])
    response = paralegal_client.post(url, {"body": LONG_NOTE, "kind": "internal"})
    assert response.status_code == 200
    page = text(response)
    assert "There is a problem" in page
    assert "Note is 22,920 characters long. The limit is 5,000 characters" in page
    assert textarea(page, "body") == LONG_NOTE
    assert not Note.objects.exists()
    shortened = LONG_NOTE[:5000]
    response = paralegal_client.post(url, {"body": shortened, "kind": "internal"})
    assert response.status_code == 302
    assert Note.objects.get().body == shortened.strip()


def test_an_evidence_note_over_the_limit_names_the_document_and_keeps_every_choice(
    paralegal_client, case
):
    response = tracker_post(paralegal_client, case, "x" * 600)
    page = text(response)
    assert "The note on “Doctor's statement” is 600 characters long." in page
    assert 'value="' + "x" * 600 + '"' in page
    assert re.search(r'<option value="requested" selected>', page)
    assert not EvidenceItem.objects.exists()


def test_an_intake_note_over_the_limit_keeps_the_note_and_the_answers(paralegal_client, case):
    response = situation_with_note(paralegal_client, case, LONG_NOTE)
    assert response.status_code == 200
    page = text(response)
    assert "Internal note is 22,920 characters long." in page
    assert textarea(page, "staff_note") == LONG_NOTE
    assert 'value="inside_us" checked' in page and 'value="stay_in_us" checked' in page
    assert not Note.objects.exists()
    case.refresh_from_db()
    assert case.answers["location"] == "outside_us"  # nothing half-saved


@pytest.mark.parametrize(
    ("field", "label"),
    [("client_name", "Client's name"), ("client_contact", "Client's contact details")],
)
def test_new_case_details_over_the_limit_are_refused_and_kept(paralegal_client, field, label):
    data = {"client_name": "Ngozi Okafor", "client_contact": "", field: "N" * 350}
    response = paralegal_client.post(reverse("staff:case_new"), data)
    assert response.status_code == 200
    page = text(response)
    assert f"{label} is 350 characters long." in page
    assert 'value="' + "N" * 350 + '"' in page
    assert not Case.objects.exists()
