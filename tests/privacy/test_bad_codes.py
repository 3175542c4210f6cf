"""A resume code is whatever someone types: any text, any length, any character gets "that code
did not work" (never a 500, never a form error about length), and the dashes and spaces phone
keyboards make are read as separators. The same on the staff "Bring in answers" form."""

from __future__ import annotations

import html

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from screening.models import SavedScreening, Status
from screening.privacy import codes, saving
from tests.staff.conftest import opened_now

from .conftest import make_case

pytestmark = pytest.mark.django_db
WRONG = "We could not find saved answers for that code."

NOT_CODES = [
    "é",
    "7K3M–9Q2X–ABCD–123",  # one character short, with en dashes
    "\x00" * 16,
    "7K3M\x009Q2XABCD1234",
    "🙂" * 16,
    "ЖЖЖЖ-ЖЖЖЖ-ЖЖЖЖ-ЖЖЖЖ",
    "x" * 5000,
    "7K3M-9Q2X-ABCD-1234-" + "9" * 3000,
    "'; DROP TABLE screening_case; --",
]


@pytest.fixture
def saved_code() -> str:
    code, _saved = saving.save({}, "situation", {"location": "outside_us"})
    return code


def resume(client, typed: str):
    return client.post(reverse("screen_resume"), {"code": typed})


@pytest.mark.parametrize("typed", NOT_CODES)
def test_any_text_that_is_not_a_code_gets_the_wrong_code_answer(client, typed):
    response = resume(client, typed)
    assert response.status_code == 400
    assert WRONG in html.unescape(response.content.decode())


def test_bytes_that_are_not_utf8_get_the_wrong_code_answer(client):
    response = client.post(
        reverse("screen_resume"),
        b"code=%FF%FE%ED%A0%80abc",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 400
    assert WRONG in html.unescape(response.content.decode())


@pytest.mark.parametrize(
    "separators",
    [
        "–",  # en dash, as phone keyboards make of "--"
        "—",  # em dash
        " ",
        "\u00a0",  # a non-breaking space
        " – ",
        "‐",  # the Unicode hyphen
        "−",  # the minus sign
        "－",  # a full-width hyphen-minus
        "",
    ],
)
def test_dashes_and_spaces_of_every_kind_are_separators(client, saved_code, separators):
    typed = separators.join(codes.grouped(saved_code).split("-"))
    response = resume(client, typed)
    assert response.status_code == 302 and response["Location"] == "/screen/situation/"


def test_full_width_and_lower_case_letters_are_read_as_the_code(client, saved_code):
    full_width = "".join(chr(ord(ch) + 0xFEE0) for ch in saved_code.lower())
    assert resume(client, full_width).status_code == 302


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(typed=st.text(min_size=1, max_size=300))
def test_normalising_any_text_gives_a_code_or_nothing(typed):
    code = codes.normalise(typed)
    assert code is None or (len(code) == codes.LENGTH and set(code) <= set(codes.ALPHABET))
    assert len(codes.code_hash(typed)) == 64


@pytest.mark.parametrize("typed", ["7K3M–9Q2X–ABCD–12345", "é" * 40, "\x00"])
def test_the_staff_form_answers_a_bad_code_the_same_way(paralegal_client, typed):
    case = make_case(None, status=Status.DRAFT, client_name="Walk-in Client")
    url = reverse("staff:import_saved", args=[case.reference])
    response = paralegal_client.post(url, opened_now(case, {"code": typed}), follow=True)
    assert response.status_code == 200
    assert WRONG in html.unescape(response.content.decode())


def test_the_staff_form_reads_en_dashes_as_separators(paralegal_client, saved_code):
    case = make_case(None, status=Status.DRAFT, client_name="Walk-in Client")
    url = reverse("staff:import_saved", args=[case.reference])
    typed = codes.grouped(saved_code).replace("-", "–")
    response = paralegal_client.post(url, opened_now(case, {"code": typed}))
    assert response.status_code == 302
    assert not SavedScreening.objects.exists()
