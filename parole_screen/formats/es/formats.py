"""Spanish date and number formats: dates in words, one way everywhere ("15 de noviembre de 2026").

Numbers follow Spanish as written in the United States (es-US, as USCIS writes its Spanish
pages): a period before decimals and a comma between thousands, the same as the rules' dollar
amounts ("$1,050"), which are written once for every language.
"""

DATE_FORMAT = r"j \d\e F \d\e Y"
DATETIME_FORMAT = r"j \d\e F \d\e Y, H:i"
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
YEAR_MONTH_FORMAT = r"F \d\e Y"
MONTH_DAY_FORMAT = r"j \d\e F"
FIRST_DAY_OF_WEEK = 0  # Sunday, as calendars in the United States show it
DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
# The order of the three date boxes of a question (screening/wizard/date_input.py).
DATE_INPUT_ORDER = ("day", "month", "year")
