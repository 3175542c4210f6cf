"""Numbers read the page's way: '3,5' is three and a half, never 35."""

import pytest
from django.utils import translation

from screening.wizard.numbers import plain_number
from tests.walker import APPLICANT, post_data, walk


@pytest.mark.parametrize(
    ("language", "typed", "whole", "read"),
    [
        ("en", "$350,000", True, "350000"),
        ("es", "350.000 $", True, "350000"),
        ("es", "350,000", True, "350000"),
        ("en", "12.5 %", False, "12.5"),
        ("es", "12,5 %", False, "12.5"),
        ("es", "3,5", False, "3.5"),
        ("en", "3,5", False, "3.5"),  # not groups of three: a decimal comma
        ("en", "1,250", False, "1250"),  # groups of three on an English page: thousands
        ("es", "1,250", False, "1250"),  # Spanish as written in the U.S.: a thousands comma
        ("es", "1.250,5", False, "1250.5"),
        ("en", "1,250.5", False, "1250.5"),
        ("en", "1\u00a0250", True, "1250"),
    ],
)
def test_marks_are_read_the_page_languages_way(language, typed, whole, read):
    with translation.override(language):
        assert plain_number(typed, whole=whole) == read


def test_a_language_with_a_decimal_comma_reads_groups_of_three_as_decimals(monkeypatch):
    monkeypatch.setattr("screening.wizard.numbers.get_format", lambda name: ",")
    assert plain_number("1,250") == "1.250"
    assert plain_number("1,250", whole=True) == "1250"
    assert plain_number("1.250") == "1250"


@pytest.mark.django_db
def test_a_spanish_startup_age_of_three_and_a_half_is_kept(client):
    client.cookies["django_language"] = "es"
    startup = {"location": "outside_us", "goal": "come_to_us", "reasons": ["entrepreneur"]}
    walk(client, APPLICANT, startup, stop_before="startup")
    typed = {
        "startup-startup_age_years": "3,5",
        "startup-startup_ownership_percent": "12,5",
        "startup-startup_investment_usd": "350.000",
        "startup-startup_grants_usd": "0",
    }
    response = client.post("/screen/startup/", post_data("startup", {}) | typed)
    stored = client.session["wizard_screening_wizard"]["extra_data"]["answers"]["startup"]
    assert response.status_code == 302, response.content.decode()[:2000]
    assert stored["values"]["startup_age_years"] == 3.5
    assert stored["values"]["startup_ownership_percent"] == 12.5
    assert stored["values"]["startup_investment_usd"] == 350000


def test_digits_typed_on_a_dari_keyboard_are_the_same_numbers():
    assert plain_number("۱۲٫۵ %") == "12.5"
    assert plain_number("۳۵۰٬۰۰۰", whole=True) == "350000"
    assert plain_number("٣") == "3"


def test_a_date_typed_with_dari_digits_is_read():
    from screening.wizard.date_input import read_date

    assert str(read_date(["۰۲", "۱۵", "۲۰۲۷"])) == "2027-02-15"  # month, day, year as posted
