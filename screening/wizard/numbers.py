"""Numbers as people type them: '$350,000', '350.000 $', '12,5 %', '3.5', '۱۲'.

The page's language says which mark is the decimal one (Django's DECIMAL_SEPARATOR: '.' in
English, ',' in Spanish and Ukrainian), so '3,5' is three and a half on a Spanish page, not 35.
A mark followed by groups of exactly three digits is a thousands mark whatever the language
('350,000' and '350.000' are both 350000), and a whole-number field never has decimals. Digits
typed on an Arabic-script keyboard (Dari: ۰-۹, and ٠-٩) and its marks (٫ decimal, ٬ thousands)
are read as the same numbers.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from django.utils.formats import get_format

_NOISE = re.compile(r"[\s$%\u00a0\u202f]")  # spaces (no-break ones too), dollar and percent signs


_ARABIC_MARKS = str.maketrans({"\u066b": ".", "\u066c": ","})  # ٫ decimal, ٬ thousands


def ascii_digits(text: str) -> str:
    """`text` with every decimal digit of any script as 0-9 ('۱۲' -> '12')."""
    return "".join(
        str(unicodedata.decimal(char)) if char.isdecimal() and not char.isascii() else char
        for char in text
    )


def _groups(text: str, mark: str) -> bool:
    return re.fullmatch(r"\d{1,3}(?:" + re.escape(mark) + r"\d{3})+", text) is not None


def plain_number(value: Any, whole: bool = False) -> Any:
    """`value` with its marks read the page language's way, as Python reads a number."""
    if not isinstance(value, str):
        return value
    text = _NOISE.sub("", ascii_digits(value).translate(_ARABIC_MARKS))
    if "," in text and "." in text:  # both: the last one is the decimal mark
        decimal = "," if text.rfind(",") > text.rfind(".") else "."
        thousands = "." if decimal == "," else ","
        return text.replace(thousands, "").replace(decimal, ".")
    for mark in (",", "."):
        if mark in text:
            language_decimal = get_format("DECIMAL_SEPARATOR")
            if _groups(text, mark) and (whole or mark != language_decimal):
                return text.replace(mark, "")
            return text.replace(",", ".")
    return text
