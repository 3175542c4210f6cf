"""Ukrainian date and number formats: day, month in the genitive, year ("7 грудня 2026 р.").

"E" is the month's name as it follows a day (Django's alternative month names, msgctxt
"alt. month", listed in parole_screen/django_strings.py so our catalogue has them). Numbers
are grouped with a no-break space and take a decimal comma, as Ukrainian writes them.
"""

DATE_FORMAT = "j E Y р."
DATETIME_FORMAT = "j E Y р., H:i"
SHORT_DATE_FORMAT = "d.m.Y"
SHORT_DATETIME_FORMAT = "d.m.Y H:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j E"
FIRST_DAY_OF_WEEK = 1
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "\u00a0"
NUMBER_GROUPING = 3
DATE_INPUT_ORDER = ("day", "month", "year")
