"""Terms of art keep one meaning each, in English and in Spanish (docs/translations/es-glossary.md,
"Three fee words" and "False friends").

The fee box holds three different ideas, and no two share a word's root:
- a fee waiver asked of USCIS on Form I-912 ("waive"; Spanish "exención", "eximir");
- the statutory exception to the parole fee ("the law excepts", "exception in the law"; Spanish
  "excepción", "exceptúa"): DHS decides case by case;
- the $0 category of the fee schedule ("USCIS does not charge"; Spanish "no cobra").
And a Spanish name must not be the name of a different relief: withholding of removal is never
"suspensión de deportación" (the pre-1997 relief) nor a term used for cancellation of removal.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from parole_screen import po

ROOT = Path(__file__).resolve().parents[2]
SPANISH_PO = ROOT / "locale" / "es" / "LC_MESSAGES" / "django.po"

WAIVER_ES = re.compile(r"\bexen|\bexim|\bexent", re.IGNORECASE)  # exención, eximir, exento
EXCEPTION_ES = re.compile(r"\bexcep", re.IGNORECASE)  # excepción, exceptúa
NOT_CHARGED_ES = re.compile(r"\bno (se )?cobr", re.IGNORECASE)
EXCEPTION_EN = ("law excepts", "exception in the law", "Exception in the law")
PLACEHOLDER = re.compile(r"%\([a-z_]+\)[sd]|\{[a-z_]+\}|\{\{ ?[a-z_.]+ ?\}\}")


def entries() -> list[tuple[str, str]]:
    _header, found = po.parse(SPANISH_PO.read_text(encoding="utf-8"))
    pairs = []
    for entry in found:
        strings = [entry.msgstr, *entry.msgstr_plural.values()]
        ids = f"{entry.msgid} {entry.msgid_plural}".strip()
        pairs += [(PLACEHOLDER.sub("", ids), PLACEHOLDER.sub("", s)) for s in strings if s]
    return pairs


ENTRIES = entries()


def sentences(text: str) -> list[str]:
    return [part for part in re.split(r"(?<=[.:;])\s+", text) if part]


def test_the_catalogue_is_read():
    assert len(ENTRIES) > 500


# ---------------------------------------------------------------------------------------------
# The fee box: waiver, exception, $0 category


def test_no_english_text_says_exempt():
    # "exempt" could mean any of the three ideas: each has its own word instead
    offending = [english for english, _ in ENTRIES if re.search(r"\bexempt", english, re.I)]
    assert offending == []


def test_an_exception_in_the_law_is_never_worded_as_not_charged_or_waived():
    offending = [
        sentence
        for english, _ in ENTRIES
        for sentence in sentences(english)
        if any(word in sentence for word in EXCEPTION_EN)
        and re.search(r"charg|waiv", sentence, re.IGNORECASE)
    ]
    assert offending == []


def test_does_not_charge_is_never_worded_as_an_exception_or_a_waiver():
    offending = [
        english
        for english, _ in ENTRIES
        if "does not charge" in english and re.search(r"excep|waiv", english, re.IGNORECASE)
    ]
    assert offending == []


def test_exencion_and_eximir_carry_only_the_fee_waiver():
    offending = [
        (english, spanish)
        for english, spanish in ENTRIES
        if WAIVER_ES.search(spanish) and "waiv" not in english.lower()
    ]
    assert offending == []


def test_the_statutory_exception_reads_excepcion_in_spanish():
    checked = [
        (english, spanish)
        for english, spanish in ENTRIES
        if any(w in english for w in EXCEPTION_EN)
    ]
    assert len(checked) >= 10  # the ten exceptions of 8 U.S.C. 1804(b) and the fee box
    for english, spanish in checked:
        assert EXCEPTION_ES.search(spanish), english
        for sentence in sentences(spanish):
            if EXCEPTION_ES.search(sentence):
                assert not WAIVER_ES.search(sentence), sentence
                assert not NOT_CHARGED_ES.search(sentence), sentence


def test_the_zero_fee_category_reads_no_cobra_in_spanish():
    checked = [(e, s) for e, s in ENTRIES if "does not charge" in e]
    assert checked
    for english, spanish in checked:
        assert NOT_CHARGED_ES.search(spanish), english
        assert not WAIVER_ES.search(spanish) and not EXCEPTION_ES.search(spanish), english


# ---------------------------------------------------------------------------------------------
# False friends


FALSE_FRIENDS = [
    # (English term, a Spanish phrase that names something else, what it names)
    ("withholding of removal", "suspensión de deportación", "suspension of deportation"),
    ("withholding of removal", "cancelación", "cancellation of removal"),
    ("parole", "libertad condicional", "criminal parole"),
    ("parole", "libertad bajo palabra", "criminal parole"),
]


@pytest.mark.parametrize(("term", "false_friend", "names"), FALSE_FRIENDS)
def test_no_term_of_art_is_translated_by_a_false_friend(term, false_friend, names):
    offending = [
        (english, spanish)
        for english, spanish in ENTRIES
        if term in english.lower()
        and false_friend in spanish.lower()
        and names not in english.lower()
    ]
    assert offending == []


def test_withholding_of_removal_keeps_its_english_name_in_parentheses():
    checked = [(e, s) for e, s in ENTRIES if "withholding of removal" in e.lower()]
    assert checked
    for english, spanish in checked:
        assert "(withholding of removal)" in spanish, english


def test_cancellation_of_removal_keeps_the_glossary_term():
    checked = [(e, s) for e, s in ENTRIES if "cancellation of removal" in e.lower()]
    assert checked
    for english, spanish in checked:
        assert "cancelación de deportación" in spanish.lower(), english


@pytest.mark.parametrize(
    ("spanish", "fails"),
    [
        ("La suspensión de deportación (withholding of removal) no tiene fecha límite.", True),
        ("La cancelación de deportación (withholding of removal) no tiene fecha límite.", True),
        ("La restricción de la deportación (withholding of removal) no tiene fecha límite.", False),
    ],
)
def test_the_false_friend_check_fails_on_each_false_friend(spanish, fails):
    english = "Withholding of removal has no such deadline."
    found = any(
        term in english.lower() and friend in spanish.lower() and names not in english.lower()
        for term, friend, names in FALSE_FRIENDS
    )
    assert found is fails
