"""Dates and numbers are written the way the page's language writes them."""

import datetime as dt

from django.utils import formats, translation

DAY = dt.date(2026, 11, 15)


def test_spanish_dates_in_words():
    with translation.override("es"):
        assert formats.date_format(DAY) == "15 de noviembre de 2026"
        assert formats.date_format(DAY, "YEAR_MONTH_FORMAT") == "noviembre de 2026"
    with translation.override("en"):
        assert formats.date_format(DAY) == "November 15, 2026"


def test_spanish_numbers_as_written_in_the_united_states():
    with translation.override("es"):
        assert formats.number_format(1050.5, use_l10n=True, force_grouping=True) == "1,050.5"


def test_the_new_languages_write_day_month_year():
    # Ukrainian: the month as it follows a day (genitive), from Django's catalogue until ours
    # has it; Haitian Creole and Dari: day, month, year
    with translation.override("uk"):
        assert formats.date_format(DAY) == "15 листопада 2026 р."
    with translation.override("ht"):
        assert (
            formats.date_format(DAY).startswith("15 ") and formats.date_format(DAY)[-4:] == "2026"
        )
    with translation.override("fa-af"):
        assert (
            formats.date_format(DAY).startswith("15 ") and formats.date_format(DAY)[-4:] == "2026"
        )


def test_the_date_boxes_are_day_month_year_in_the_new_languages():
    from screening.wizard.date_input import input_order

    for code in ("ht", "uk", "fa-af"):
        with translation.override(code):
            assert tuple(input_order()) == ("day", "month", "year"), code


def test_amounts_in_dollars_the_readers_way():
    from parole_screen.dollars import dollars, reader_amount

    with translation.override("en"):
        assert dollars(1050) == "$1,050" and reader_amount("$1,050") == "$1,050"
        assert reader_amount("about $1,050") == "about $1,050"  # only a whole amount
    with translation.override("es"):
        assert dollars(1050) == "$1,050"
    with translation.override("uk"):  # grouped with a no-break space, the catalogue's pattern
        assert dollars(1050) == "1\u00a0050 дол. США"
    with translation.override("fa-af"):  # isolated inside right-to-left text
        assert dollars(1050) == "\u20681,050 دالر\u2069"


def test_the_rules_latin_pieces_are_isolated_in_dari_only():
    from screening.rules.text import Message
    from screening.templatetags.rules_text import rule_text

    item = Message(
        "File {form} by {day} and pay {amount}.",
        {"form": "I-131", "day": "2026-11-15", "amount": "$630"},
    )
    with translation.override("en"):
        assert rule_text(item) == "File I-131 by November 15, 2026 and pay $630."
    with translation.override("fa-af"):
        text = rule_text(item)
    assert "\u2068I-131\u2069" in text and "\u2068630 دالر\u2069" in text
    assert text.count("\u2068") == text.count("\u2069") == 3


def test_the_calendar_file_isolates_latin_pieces_in_dari():
    from icalendar import Calendar

    from screening.result.ics import deadlines_ics
    from screening.rules.assessment import Deadline

    deadline = Deadline(
        "Your parole ends on {day}; Form {form} costs {amount}.",
        {"day": "2027-03-27", "form": "I-131", "amount": "$630"},
        id="parole_ends",
        date=dt.date(2027, 3, 27),
    )
    for code, isolated in (("en", False), ("fa-af", True)):
        with translation.override(code):
            calendar = Calendar.from_ical(deadlines_ics([deadline], dt.date(2027, 1, 1)))
        (event,) = calendar.walk("VEVENT")
        text = str(event["description"])
        assert ("\u2068I-131\u2069" in text) is isolated, code
        assert text.count("\u2068") == text.count("\u2069") == (3 if isolated else 0), code
