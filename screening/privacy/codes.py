"""Resume codes: 16 Crockford base32 characters (80 bits from `secrets`), shown in groups of 4.

Crockford's alphabet leaves out I, L, O and U; when a code is typed, I and L are read as 1 and O
as 0, spaces and dashes are ignored and case does not matter. Only the SHA-256 of the normalised
code is stored: with 80 random bits a code cannot be guessed from its hash, so no key is needed
(and rotating keys never invalidates a code).
"""

from __future__ import annotations

import hashlib
import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
LENGTH = 16  # 16 x 5 bits = 80 bits
GROUP = 4
_READ_AS = str.maketrans({"I": "1", "L": "1", "O": "0", " ": None, "-": None})


def new_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def grouped(code: str) -> str:
    """'7K3M9Q2XABCD1234' -> '7K3M-9Q2X-ABCD-1234'."""
    return "-".join(code[i : i + GROUP] for i in range(0, len(code), GROUP))


def normalise(typed: str) -> str | None:
    """The code as stored, or None when what was typed cannot be a code."""
    code = typed.strip().upper().translate(_READ_AS)
    if len(code) != LENGTH or any(ch not in ALPHABET for ch in code):
        return None
    return code


def code_hash(code: str) -> str:
    return hashlib.sha256(code.encode("ascii")).hexdigest()
