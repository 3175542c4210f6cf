"""Haitian Creole date and number formats: day, month, year ("7 desanm 2026").

Month names come from our catalogue (parole_screen/django_strings.py). Numbers are written as
in the United States ("1,050"), like the dollar amounts of U.S. forms; the translator may
change that with the amount's pattern (msgctxt "amount in U.S. dollars").
"""

DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, H:i"
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
FIRST_DAY_OF_WEEK = 0
DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
DATE_INPUT_ORDER = ("day", "month", "year")
