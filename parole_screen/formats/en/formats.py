"""English date formats: dates in words, one way everywhere ("January 15, 2027").

`{{ day|date }}` (no format string) and `formats.date_format(day)` use DATE_FORMAT, so the
pages, the PDF and the rules' own messages all show a date the same way.
"""

DATE_FORMAT = "F j, Y"
DATETIME_FORMAT = "F j, Y, g:i a"
SHORT_DATE_FORMAT = "m/d/Y"
SHORT_DATETIME_FORMAT = "m/d/Y g:i a"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "F j"
# The order of the three date boxes of a question (screening/wizard/date_input.py); a language
# that sets none asks day, month, year.
DATE_INPUT_ORDER = ("month", "day", "year")
