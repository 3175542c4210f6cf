"""Alien registration numbers (A-numbers): read as people write them, stored one way, shown
formatted.

People write "A-219 456 781", "a219456781", "219-456-781" or an older 8-digit "A12345678". All
mean the same number: it is stored as the letter A and 9 digits, an 8-digit number padded with
a leading zero (A012345678), and shown grouped, A-012-345-678.
"""

from __future__ import annotations

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# What may stand between the letter and the digits, and between groups of digits.
_SEPARATORS = re.compile(r"[\s\-.\u2010-\u2015]+")
_STORED = re.compile(r"^A(\d{9})$")


def normalize(text: str) -> str:
    """'A-219 456 781' -> 'A219456781'; '' -> ''. Raises ValidationError for anything else."""
    compact = _SEPARATORS.sub("", text or "").upper()
    if not compact:
        return ""
    digits = compact[1:] if compact.startswith("A") else compact
    if not digits.isascii() or not digits.isdigit() or len(digits) not in (8, 9):
        raise ValidationError(
            _(
                "Enter the A-number as 8 or 9 digits, with or without the letter A, "
                "like A-219-456-781."
            ),
            code="a_number",
        )
    return f"A{int(digits):09d}" if len(digits) == 8 else f"A{digits}"


def display(stored: str) -> str:
    """'A219456781' -> 'A-219-456-781' (an older 8-digit value is padded first)."""
    if not stored:
        return ""
    try:
        match = _STORED.match(normalize(stored))
    except ValidationError:
        return stored
    digits = match.group(1)
    return f"A-{digits[:3]}-{digits[3:6]}-{digits[6:]}"
