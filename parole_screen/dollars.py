"""Amounts in U.S. dollars the way the reader's language writes them.

The rules write an amount once for every language ("$1,050", screening/rules/fees.py); shown to
a reader it becomes the number in the language's grouping (parole_screen/formats/<code>/
formats.py: "1 050" in Ukrainian) placed by the catalogue's pattern for an amount
(msgctxt "amount in U.S. dollars", msgid "${amount}": "{amount} дол. США", as the translator
writes it), isolated inside right-to-left text.
"""

from __future__ import annotations

import re
from decimal import Decimal

from django.utils import formats
from django.utils.translation import pgettext

from parole_screen.bidi import isolate

AMOUNT = re.compile(r"\$([0-9][0-9,]*(?:\.[0-9]+)?)")


def dollars(amount: int | Decimal | None) -> str:
    if amount is None:
        return ""
    number = formats.number_format(amount, use_l10n=True, force_grouping=True)
    # Translators: an amount in U.S. dollars as your language writes it; {amount} is the number,
    # already grouped your language's way (for example "{amount} дол. США" or "{amount} $").
    return isolate(pgettext("amount in U.S. dollars", "${amount}").format(amount=number))


def reader_amount(text: str) -> str:
    """A rules parameter that is exactly one amount ("$1,050") the reader's way; anything else
    unchanged."""
    match = AMOUNT.fullmatch(text)
    if not match:
        return text
    number = Decimal(match.group(1).replace(",", ""))
    return dollars(int(number) if number == number.to_integral_value() else number)
