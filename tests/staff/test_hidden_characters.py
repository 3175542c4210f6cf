"""NUL bytes and other control characters in any free text staff type are refused with a message
naming the field, and nothing else on the page is lost (a NUL gave PostgreSQL a 500); names also
refuse bidirectional overrides. Run on PostgreSQL as well as SQLite (CI runs both)."""

import html

import pytest
from django.urls import reverse

from screening.models import Case, EvidenceItem, Note

from .conftest import MEDICAL, make_case, situation_with_note, tracker_post

pytestmark = pytest.mark.django_db

HIDDEN = "hidden control character"


def text(response) -> str:
    return html.unescape(response.content.decode())


@pytest.fixture
def case(paralegal):
    return make_case(MEDICAL, client_name="Ngozi Okafor", created_by=paralegal)


@pytest.mark.parametrize("character", ["\x00", "\x07", "\x1b", "\x85"])
@pytest.mark.parametrize(
    ("field", "label"),
    [("client_name", "Client's name"), ("client_contact", "Client's contact details")],
)
def test_new_case_refuses_control_characters_and_keeps_the_rest(
    paralegal_client, field, label, character
):
    data = {"client_name": "Ngozi Okafor", "client_contact": "+1 555 0100"}
    data |= {"a_number": "A-219 456 781", field: f"Ngozi{character}Okafor"}
    response = paralegal_client.post(reverse("staff:case_new"), data)
    assert response.status_code == 200
    page = text(response)
    assert f"{label} contains a {HIDDEN}. Remove it and try again." in page
    assert 'value="A-219 456 781"' in page
    other = "client_contact" if field == "client_name" else "client_name"
    assert f'value="{data[other]}"' in page
    assert not Case.objects.exists()


@pytest.mark.parametrize("override", ["\u202e", "\u2066", "\u202a"])
def test_names_refuse_bidirectional_overrides(paralegal_client, case, override):
    url = reverse("staff:case_edit", args=[case.reference])
    response = paralegal_client.post(url, {"client_name": f"Ngozi{override}rofakO"})
    assert response.status_code == 200
    assert "Client's name contains a hidden character that changes the direction" in text(response)
    case.refresh_from_db()
    assert case.client_name == "Ngozi Okafor"


def test_a_note_with_a_nul_is_refused_and_shown_again(paralegal_client, case):
    url = reverse("staff:note_add", args=[case.reference])
    response = paralegal_client.post(url, {"body": "Called\x00 twice", "kind": "internal"})
    assert response.status_code == 200
    assert f"Note contains a {HIDDEN}." in text(response)
    assert "Called" in text(response) and "twice" in text(response)
    assert not Note.objects.exists()


def test_an_evidence_note_with_a_nul_names_the_document(paralegal_client, case):
    response = tracker_post(paralegal_client, case, "a\x00b")
    assert response.status_code == 200
    assert f"The note on “Doctor's statement” contains a {HIDDEN}." in text(response)
    assert '<option value="requested" selected>' in text(response)
    assert not EvidenceItem.objects.exists()


def test_the_intake_note_box_with_a_nul_keeps_the_page_answers(paralegal_client, case):
    response = situation_with_note(paralegal_client, case, "Sister\x00 came too")
    assert response.status_code == 200
    page = text(response)
    assert f"Internal note contains a {HIDDEN}." in page
    assert 'value="inside_us" checked' in page and 'value="stay_in_us" checked' in page
    assert "Sister" in page and "came too" in page
    assert not Note.objects.exists()
    # Without the character, the same page goes through, note and answers together.
    response = situation_with_note(paralegal_client, case, "Sister came too")
    assert response.status_code == 302
    assert Note.objects.get().body == "Sister came too"


def test_a_search_with_a_nul_says_so_and_keeps_the_other_filters(paralegal_client, case):
    response = paralegal_client.get(
        reverse("staff:case_list"), {"q": "Oka\x00for", "status": "screened"}
    )
    assert response.status_code == 200
    page = text(response)
    assert f"Client's name or reference contains a {HIDDEN}." in page
    assert '<option value="screened" selected>' in page
