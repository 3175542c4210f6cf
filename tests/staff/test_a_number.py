"""A-numbers: accepted as people write them, stored one way, shown formatted."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from screening.models import AuditEvent, Case
from screening.staff import a_number

from .conftest import MEDICAL, make_case, opened_now
from .test_memo_export import pdf_text


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("A-219 456 781", "A219456781"),
        ("A219456781", "A219456781"),
        ("a219-456-781", "A219456781"),
        ("219 456 781", "A219456781"),
        ("A 219.456.781", "A219456781"),
        ("A–219–456–781", "A219456781"),  # en dashes, as a word processor writes them
        ("A12345678", "A012345678"),
        ("1234-5678", "A012345678"),
        ("  ", ""),
        ("", ""),
    ],
)
def test_the_ways_people_write_an_a_number(typed, stored):
    assert a_number.normalize(typed) == stored


@pytest.mark.parametrize(
    "typed",
    ["B12345678", "A1234567", "A1234567890", "A-219-456-78x", "A２１９４５６７８１", "AA219456781"],
)
def test_anything_else_is_refused(typed):
    with pytest.raises(ValidationError):
        a_number.normalize(typed)


def test_shown_grouped():
    assert a_number.display("A219456781") == "A-219-456-781"
    assert a_number.display("A12345678") == "A-012-345-678"  # stored before padding
    assert a_number.display("") == ""


def start_case(client, typed: str):
    data = {"client_name": "Ngozi Okafor", "a_number": typed}
    return client.post(reverse("staff:case_new"), data)


@pytest.mark.django_db
def test_a_number_with_spaces_is_stored_and_shown_formatted(paralegal_client):
    response = start_case(paralegal_client, "A-219 456 781")
    assert response.status_code == 302
    case = Case.objects.get()
    assert case.a_number == "A219456781"
    page = paralegal_client.get(reverse("staff:case_detail", args=[case.reference]))
    assert "<dd>A-219-456-781</dd>" in page.content.decode()


@pytest.mark.django_db
def test_a_wrong_a_number_says_how_to_write_it(paralegal_client):
    response = start_case(paralegal_client, "A-219 456")
    assert response.status_code == 200
    page = response.content.decode()
    assert "Enter the A-number as 8 or 9 digits, with or without the letter A" in page
    assert 'value="A-219 456"' in page
    assert "maxlength" not in page


@pytest.mark.django_db
def test_the_memo_shows_the_a_number_formatted(attorney_client):
    case = make_case(MEDICAL, client_name="Ngozi Okafor", a_number="A219456781")
    response = attorney_client.get(reverse("staff:memo_pdf", args=[case.reference]))
    assert "A-219-456-781" in pdf_text(response.content)


@pytest.mark.django_db
def test_saving_the_details_unchanged_changes_no_a_number(paralegal_client):
    case = make_case(MEDICAL, client_name="Ngozi Okafor", a_number="A219456781")
    url = reverse("staff:case_edit", args=[case.reference])
    form = paralegal_client.get(url).content.decode()
    assert 'value="A-219-456-781"' in form
    paralegal_client.post(
        url, opened_now(case, {"client_name": "Ngozi Okafor", "a_number": "A-219-456-781"})
    )
    event = AuditEvent.objects.get(case_reference=case.reference, action="case_edited")
    assert event.detail["fields"] == []
