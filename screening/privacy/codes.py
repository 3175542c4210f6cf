"""Resume codes: 16 Crockford base32 characters (80 bits from `secrets`), shown in groups of 4.

Crockford's alphabet leaves out I, L, O and U; when a code is typed, I and L are read as 1 and O
as 0, case does not matter, and spaces and dashes of every kind (the en and em dashes phone
keyboards make of "-", non-breaking spaces, full-width forms) are read as separators. Any other
text, of any length and in any script, is simply not a code. Only the SHA-256 of the normalised
code is stored: with 80 random bits a code cannot be guessed from its hash, so no key is needed
(and rotating keys never invalidates a code).
"""

from __future__ import annotations

import hashlib
import secrets
import unicodedata

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
LENGTH = 16  # 16 x 5 bits = 80 bits
GROUP = 4
LONGEST_TYPED = 100  # far more than a code with any separators; longer text is not read at all
_READ_AS = str.maketrans({"I": "1", "L": "1", "O": "0"})
_MINUS_SIGNS = "\u2212\ufe63\uff0d"  # minus, small and full-width hyphen-minus


def _separator(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch) == "Pd" or ch in _MINUS_SIGNS


def new_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def grouped(code: str) -> str:
    """'7K3M9Q2XABCD1234' -> '7K3M-9Q2X-ABCD-1234'."""
    return "-".join(code[i : i + GROUP] for i in range(0, len(code), GROUP))


def normalise(typed: str) -> str | None:
    """The code as stored, or None when what was typed cannot be a code."""
    if len(typed) > LONGEST_TYPED:
        return None
    text = unicodedata.normalize("NFKC", typed)  # full-width letters and digits as plain ones
    code = "".join(ch for ch in text if not _separator(ch)).upper().translate(_READ_AS)
    if len(code) != LENGTH or any(ch not in ALPHABET for ch in code):
        return None
    return code


def code_hash(text: str) -> str:
    """SHA-256 of a normalised code (or, to count tries, of whatever was typed)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
