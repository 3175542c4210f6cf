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
