"""Sorting words the way a reader of the page's language expects, without ICU.

`collation_key(text, language)` is a small version of the Unicode Collation Algorithm, enough
for names in a list (the countries of the citizenship question):

- Primary: letters in the order of the language's alphabet (`ALPHABETS`: Spanish "ñ" after
  "n"; Ukrainian "ґ" after "г", "є" after "е", "і ї й" after "и"; Persian/Dari "پ چ ژ ک گ"
  in their places). Any other letter counts as its base letter: accents are set aside
  (NFD), so "Islas Åland" sorts with the I's and "Åland Islands" with the A's, and letters
  that do not decompose are folded (`FOLD`: "ø" as "o", "ß" as "ss", Arabic "ي ك" as Persian
  "ی ک"). Letters of another script follow, in code-point order, after the alphabet's own.
  Digits come before letters. Case does not count.
- Words: spaces and punctuation separate words, and a shorter word sorts first ("San Marino"
  before "Santa Lucía", "Congo" before "Congo, República Democrática del"); marks that join
  letters without a sound (zero-width joiners, the Arabic tatweel) are ignored.
- Ties: accents, then case (lower before upper), then the text itself, so the order is total.

Leading words are not moved: a name is sorted as it is written, article included ("El
Salvador" under E, as Spanish lists put it); the catalogue writes each name in the form a
reader looks for ("Islas Caimán" under I).
"""

from __future__ import annotations

import functools
import unicodedata

LATIN = "abcdefghijklmnopqrstuvwxyz"
ALPHABETS = {
    "es": "abcdefghijklmnñopqrstuvwxyz",
    "uk": "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя" + LATIN,
    "fa": "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی" + LATIN,
}
# Letters that do not decompose, read as the letters a reader takes them for.
FOLD = {
    "ø": "o",
    "æ": "ae",
    "œ": "oe",
    "ß": "ss",
    "ł": "l",
    "đ": "d",
    "ð": "d",
    "þ": "th",
    "ı": "i",
    "ي": "ی",  # Arabic yeh, alef maksura, kaf and teh marbuta as Persian writes them
    "ى": "ی",
    "ك": "ک",
    "ة": "ه",
}
IGNORED = {"\u200c", "\u200d", "\u0640", "\u00ad"}  # ZWNJ, ZWJ, tatweel, soft hyphen
_WORD_BREAK = 0
_DIGITS = 10  # digit d weighs 10 + d
_LETTERS = 100  # the alphabet's n-th letter weighs 100 + n
_OTHER = 1_000_000  # any other letter: 1,000,000 + its code point


@functools.lru_cache(maxsize=32)
def _alphabet_order(language: str) -> dict[str, int]:
    return {letter: place for place, letter in enumerate(ALPHABETS.get(language, LATIN))}


def _letters(text: str):
    """(letter, marks, is_upper) for each letter of the text (None for a word break)."""
    decomposed = unicodedata.normalize("NFD", text)
    index = 0
    while index < len(decomposed):
        char = decomposed[index]
        index += 1
        marks = ""
        while index < len(decomposed) and unicodedata.combining(decomposed[index]):
            marks += decomposed[index]
            index += 1
        if char in IGNORED:
            continue
        if not char.isalnum():
            yield None
            continue
        yield char, marks, char != char.lower()


def _weights(letter: str, marks: str, order: dict[str, int]) -> list[int]:
    lower = letter.lower()
    whole = unicodedata.normalize("NFC", lower + marks)
    if whole in order:  # a letter of its own in this language: "ñ" in Spanish, "й" in Ukrainian
        return [_LETTERS + order[whole]]
    weights = []
    for char in FOLD.get(lower, lower):
        if char in order:
            weights.append(_LETTERS + order[char])
        elif char.isdigit():
            weights.append(_DIGITS + unicodedata.digit(char, 0))
        else:
            weights.append(_OTHER + ord(char))
    return weights


def collation_key(text: str, language: str) -> tuple:
    """A sort key for `text` as a reader of `language` ("es", "en-us", ...) orders words."""
    order = _alphabet_order(language.split("-")[0].lower())
    primary: list[int] = []
    accents: list[tuple[int, ...]] = []
    cases: list[int] = []
    for item in _letters(text):
        if item is None:
            if primary and primary[-1] != _WORD_BREAK:
                primary.append(_WORD_BREAK)
            continue
        letter, marks, upper = item
        whole = unicodedata.normalize("NFC", letter.lower() + marks)
        own_letter = whole in order
        for weight in _weights(letter, marks, order):
            primary.append(weight)
            accents.append(() if own_letter else tuple(ord(mark) for mark in marks))
            cases.append(int(upper))
    while primary and primary[-1] == _WORD_BREAK:
        primary.pop()
    return (tuple(primary), tuple(accents), tuple(cases), text)


def sorted_by_language(items, language: str, name=lambda item: item):
    """The items sorted by `name(item)` as a reader of `language` expects."""
    return sorted(items, key=lambda item: collation_key(str(name(item)), language))
