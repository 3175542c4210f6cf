"""Dari date and number formats: Gregorian dates (the dates of U.S. forms), day, month, year,
with the month names Afghans use for the Gregorian calendar from our catalogue ("7 دسمبر 2026",
as the translator writes them). Numbers in Western digits with a comma between thousands, as
U.S. forms print them; dates and amounts are isolated inside the right-to-left text
(parole_screen/bidi.py).
"""

DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y، H:i"
SHORT_DATE_FORMAT = "Y/m/d"
SHORT_DATETIME_FORMAT = "Y/m/d H:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
FIRST_DAY_OF_WEEK = 6
DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
DATE_INPUT_ORDER = ("day", "month", "year")
