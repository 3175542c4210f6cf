"""Keys from the environment: Fernet encryption for stored text, HMAC for lookups.

`FIELD_ENCRYPTION_KEYS` (settings) is a list of Fernet keys, newest first: the newest encrypts,
every key still decrypts, so a new key can be put in front and the old ones retired after
`manage.py reencrypt`. `BLIND_INDEX_KEY` keys the HMACs of the name index and of resume codes; it
is separate so that rotating the encryption keys leaves every lookup valid.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import unicodedata
from functools import lru_cache

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings


class DecryptionError(Exception):
    """Stored ciphertext that none of the configured keys opens (a wrong or missing key)."""


@lru_cache(maxsize=4)
def _multifernet(keys: tuple[str, ...]) -> MultiFernet:
    return MultiFernet([Fernet(key) for key in keys])


def fernet() -> MultiFernet:
    return _multifernet(tuple(settings.FIELD_ENCRYPTION_KEYS))


def encrypt(text: str) -> str:
    return fernet().encrypt(text.encode()).decode("ascii")


def decrypt(token: str) -> str:
    try:
        return fernet().decrypt(token.encode("ascii")).decode()
    except (InvalidToken, UnicodeEncodeError):
        raise DecryptionError(
            "stored data cannot be decrypted with FIELD_ENCRYPTION_KEYS (wrong or missing key)"
        ) from None


def is_ciphertext(value: str) -> bool:
    try:
        decrypt(value)
    except DecryptionError:
        return False
    return True


def rotate(token: str) -> str:
    """The same plaintext encrypted under the newest key."""
    try:
        return fernet().rotate(token.encode("ascii")).decode("ascii")
    except InvalidToken:
        raise DecryptionError(
            "stored data cannot be decrypted with FIELD_ENCRYPTION_KEYS (wrong or missing key)"
        ) from None


def keyed_hash(purpose: str, value: str) -> str:
    """HMAC-SHA256 of `value` under BLIND_INDEX_KEY, separated by purpose (hex, 64 chars)."""
    key = settings.BLIND_INDEX_KEY.encode()
    return hmac.new(key, f"{purpose}\x00{value}".encode(), hashlib.sha256).hexdigest()


_NON_WORD = re.compile(r"[^\w]+")
# Letters that Unicode does not decompose into a base letter and an accent.
_UNDECOMPOSED = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "æ": "ae", "œ": "oe", "þ": "th", "ð": "d"}
)


def name_tokens(text: str) -> list[str]:
    """Words of a name, case- and accent-insensitive: 'Núñez-García' -> ['nunez', 'garcia']."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_UNDECOMPOSED))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return [word for word in _NON_WORD.split(plain.replace("_", " ")) if word]


def token_hash(token: str) -> str:
    # 20 hex characters (80 bits) per word keep the index short and collisions negligible.
    return keyed_hash("name", token)[:20]


MIN_PREFIX = 3


def name_index(text: str) -> str:
    """The blind index of a name: HMACs of its words and of their beginnings (3 letters or
    more, so "okaf" finds "Okafor"), space-separated and space-framed."""
    hashes = sorted(
        {
            token_hash(token[:length])
            for token in name_tokens(text)
            for length in range(min(MIN_PREFIX, len(token)), len(token) + 1)
        }
    )
    return f" {' '.join(hashes)} " if hashes else ""
