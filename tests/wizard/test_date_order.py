"""Dates asked in the reader's order (day first in Spanish, month first in English), with an
example that cannot be read two ways, and read back in words."""

import datetime as dt
import re
import types

import pytest
from django.conf import settings
from django.utils import translation

from screening.questions import QUESTIONS
from screening.rules.schema import FIELDS
from screening.wizard import date_input
from screening.wizard.date_input import input_order

from .conftest import MANAGEMENT, answer

pytestmark = pytest.mark.django_db

ARRIVAL = "entry-in_us_since"


@pytest.fixture
def spanish(client):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "es"
    return client


def to_arrival(client):
    """Someone in the U.S.: the entry page asks the day of their last arrival."""
    answer(client, "situation", location="inside_us", goal="stay_in_us")


def boxes(html: str, name: str = ARRIVAL) -> list[tuple[str, str]]:
    """(label, posted name) of a date's three boxes, in the order of the page."""
    found = re.findall(
        rf'<label class="date-input__label" for="[^"]+">([^<]+)</label>\s*'
        rf'<input [^>]*name="({re.escape(name)}_[012])"',
        html,
    )
    assert len(found) == 3, html
    return found


def text_of(response) -> str:
    return re.sub(r"\s+", " ", response.content.decode())


def test_english_asks_month_day_year_and_spanish_day_month_year(client):
    to_arrival(client)
    english = client.get("/screen/entry/").content.decode()
    assert boxes(english) == [
        ("Month", f"{ARRIVAL}_0"),
        ("Day", f"{ARRIVAL}_1"),
        ("Year", f"{ARRIVAL}_2"),
    ]
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "es"
    spanish = client.get("/screen/entry/").content.decode()
    # the names keep their meaning (_1 is the day); only the order on the page changes
    assert boxes(spanish) == [
        ("Día", f"{ARRIVAL}_1"),
        ("Mes", f"{ARRIVAL}_0"),
        ("Año", f"{ARRIVAL}_2"),
    ]


def test_the_example_cannot_be_read_two_ways_and_follows_the_order(client):
    to_arrival(client)
    english = text_of(client.get("/screen/entry/"))
    assert "For example: 1 15 2019 (January 15, 2019)." in english
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "es"
    spanish = text_of(client.get("/screen/entry/"))
    assert "Por ejemplo: 15 1 2019 (15 de enero de 2019)." in spanish
    assert "1 15 2019" not in spanish


def test_every_date_question_has_an_example_whose_day_is_above_12():
    dates = [key for key, field in FIELDS.items() if field.kind == "date"]
    assert dates
    for key in dates:
        example = QUESTIONS[key].example or date_input.EXAMPLE_DAY
        assert example.day > 12, key
        assert not re.search(r"\b\d{1,2} \d{1,2} \d{4}\b", str(QUESTIONS[key].hint)), key


def test_five_two_in_spanish_is_the_fifth_of_february(spanish):
    """She types 5, 2, 2027 into the boxes as the Spanish page shows them: day, month, year."""
    to_arrival(spanish)
    first, second, third = (
        name for _label, name in boxes(spanish.get("/screen/entry/").content.decode())
    )
    data = {
        MANAGEMENT: "entry",
        "entry-detained": "no",
        "entry-entry": "paroled",
        first: "5",
        second: "2",
        third: "2023",
    }
    assert spanish.post("/screen/entry/", data).status_code == 302
    stored = spanish.session["wizard_screening_wizard"]["extra_data"]["answers"]["entry"]
    assert stored["values"]["in_us_since"] == "2023-02-05"
    check = text_of(spanish.get("/screen/entry/"))
    assert "Usted escribió el 5 de febrero de 2023." in check


def test_a_day_above_12_in_the_month_box_is_refused_in_english(client):
    to_arrival(client)
    data = {MANAGEMENT: "entry", "entry-detained": "no", "entry-entry": "paroled"}
    data |= {f"{ARRIVAL}_0": "15", f"{ARRIVAL}_1": "2", f"{ARRIVAL}_2": "2023"}
    page = client.post("/screen/entry/", data)
    assert page.status_code == 200
    assert "The month must be a number from 1 to 12." in text_of(page)
    assert page.context["errors"][0]["anchor"] == f"id_{ARRIVAL}_0"


def test_the_date_is_read_back_in_words_after_a_post(client):
    to_arrival(client)
    # the date is fine; another question on the page is not answered, so the page comes back
    data = {MANAGEMENT: "entry", f"{ARRIVAL}_0": "2", f"{ARRIVAL}_1": "5", f"{ARRIVAL}_2": "2023"}
    page = client.post("/screen/entry/", data)
    assert page.status_code == 200 and page.context["errors"]
    html = text_of(page)
    read_back = (
        '<p id="id_entry-in_us_since-read-back" class="date-input__read-back" aria-live="polite">'
        "You entered February 5, 2023.</p>"
    )
    assert read_back in html
    assert re.search(r'aria-describedby="[^"]*id_entry-in_us_since-read-back"', html)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "es"
    spanish_page = text_of(client.post("/screen/entry/", data))
    assert "Usted escribió el 5 de febrero de 2023." in spanish_page


@pytest.mark.parametrize(
    "month, day, year",
    [("2", "30", "2023"), ("13", "5", "2023"), ("2", "5", "23"), ("2", "", "2023")],
)
def test_no_read_back_when_the_boxes_do_not_make_a_date(client, month, day, year):
    to_arrival(client)
    data = {MANAGEMENT: "entry", f"{ARRIVAL}_0": month, f"{ARRIVAL}_1": day, f"{ARRIVAL}_2": year}
    page = client.post("/screen/entry/", data)
    assert 'class="date-input__read-back" aria-live="polite"></p>' in text_of(page)
    rows = {row["key"]: row for row in page.context["rows"]}
    assert rows["in_us_since"]["read_back"] == ""


def test_missing_parts_are_named_in_the_pages_order(client):
    to_arrival(client)
    data = {
        MANAGEMENT: "entry",
        "entry-detained": "no",
        "entry-entry": "paroled",
        f"{ARRIVAL}_2": "2023",
    }
    english = client.post("/screen/entry/", data)
    assert "Enter the month and the day." in text_of(english)
    assert english.context["errors"][0]["anchor"] == f"id_{ARRIVAL}_0"  # the month, first box
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "es"
    spanish_page = client.post("/screen/entry/", data)
    assert "Escriba el día y el mes." in text_of(spanish_page)
    assert spanish_page.context["errors"][0]["anchor"] == f"id_{ARRIVAL}_1"  # the day, first box


def test_a_language_switch_keeps_a_half_typed_date_in_its_boxes(spanish):
    to_arrival(spanish)
    half = {MANAGEMENT: "entry", f"{ARRIVAL}_1": "15", f"{ARRIVAL}_2": "2023"}  # day and year
    assert (
        spanish.post("/screen/entry/", {**half, "language": "en"})["Location"] == "/screen/entry/"
    )
    page = spanish.get("/screen/entry/")
    assert page.context["errors"] == []
    rows = {row["key"]: row for row in page.context["rows"]}
    parts = [(part["part"], part["value"]) for part in rows["in_us_since"]["parts"]]
    assert parts == [("month", ""), ("day", "15"), ("year", "2023")]


def test_the_stored_value_is_iso_whatever_the_language(spanish):
    to_arrival(spanish)
    data = {MANAGEMENT: "entry", "entry-detained": "no", "entry-entry": "paroled"}
    data |= {f"{ARRIVAL}_0": "12", f"{ARRIVAL}_1": "25", f"{ARRIVAL}_2": "2022"}
    assert spanish.post("/screen/entry/", data).status_code == 302
    view_answers = spanish.session["wizard_screening_wizard"]["extra_data"]["answers"]
    assert view_answers["entry"]["values"]["in_us_since"] == "2022-12-25"


def test_the_order_is_a_per_language_setting_with_day_first_by_default(monkeypatch):
    assert input_order("en") == ("month", "day", "year")
    assert input_order("es") == ("day", "month", "year")
    # Ukrainian, Dari and Haitian Creole write the day first: no setting needed
    for code in ("uk", "fa", "ht"):
        assert input_order(code) == ("day", "month", "year"), code
    with translation.override("es"):
        assert input_order() == ("day", "month", "year")
    # a formats module with an order that is not one of the three is a mistake, said at once
    wrong = types.SimpleNamespace(__name__="formats.xx", DATE_INPUT_ORDER=("day", "day", "year"))
    monkeypatch.setattr(date_input.formats, "get_format_modules", lambda language: [wrong])
    date_input._order_for.cache_clear()
    try:
        with pytest.raises(ValueError, match="DATE_INPUT_ORDER"):
            input_order("xx")
    finally:
        date_input._order_for.cache_clear()


def test_the_script_gets_the_servers_own_sentences():
    with translation.override("es"):
        templates = __import__("json").loads(date_input._read_back_templates("es"))
        assert templates[1] == "Usted escribió el {day} de febrero de {year}."
        assert date_input.read_back(dt.date(2027, 2, 5)) == templates[1].format(day=5, year=2027)
    with translation.override("en"):
        templates = __import__("json").loads(date_input._read_back_templates("en"))
        assert templates[11] == "You entered December {day}, {year}."
