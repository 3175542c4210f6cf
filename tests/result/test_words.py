"""Every id the rules can return has its words in both voices (`screening/result/labels.py`), and
the words about the client never say "you" or "your": a staff page or the attorney's memo can
never speak to the client about themselves."""

from __future__ import annotations

import re

import pytest
from django.utils import translation

from screening.result import labels
from screening.result.words import Words
from screening.rules import knowledge
from screening.rules.assessment import (
    AFTER_GRANT_AMOUNT_IDS,
    AFTER_GRANT_IDS,
    ALTERNATIVE_IDS,
    DEADLINE_IDS,
    FEE_DUE,
    FEE_IDS,
    FILERS,
    FLAG_IDS,
    PATHWAY_IDS,
    SEVERITIES,
    URGENCIES,
    VERDICTS,
)
from screening.rules.values import EVIDENCE_IDS
from tests.rules.test_properties import I131_EXEMPTIONS

# (what the ids are, the ids the rules can return, the table of their words, the table's name)
KINDS = [
    ("pathway", PATHWAY_IDS, labels.PATHWAYS, "PATHWAYS"),
    ("verdict", VERDICTS, labels.VERDICTS, "VERDICTS"),
    ("filer", FILERS, labels.FILERS, "FILERS"),
    ("urgency", URGENCIES, labels.URGENCIES, "URGENCIES"),
    ("severity", SEVERITIES, labels.SEVERITIES, "SEVERITIES"),
    ("fee", FEE_IDS, labels.FEES, "FEES"),
    ("fee due", FEE_DUE, labels.FEE_DUE, "FEE_DUE"),
    ("fee due, not charged", FEE_DUE, labels.FEE_NOT_CHARGED, "FEE_NOT_CHARGED"),
    ("confidence", ("C", "S", "U"), labels.CONFIDENCE, "CONFIDENCE"),
    (
        "parole-fee exception",
        tuple(knowledge.PAROLE_FEE_EXCEPTIONS),
        labels.PAROLE_FEE_EXCEPTIONS,
        "PAROLE_FEE_EXCEPTIONS",
    ),
    (
        "I-131 fee exemption",
        tuple(sorted(I131_EXEMPTIONS)),
        labels.FILING_FEE_EXEMPTIONS,
        "FILING_FEE_EXEMPTIONS",
    ),
    ("flag", FLAG_IDS, labels.FLAGS, "FLAGS"),
    ("alternative", ALTERNATIVE_IDS, labels.ALTERNATIVES, "ALTERNATIVES"),
    ("deadline", DEADLINE_IDS, labels.DEADLINES, "DEADLINES"),
    ("after-grant item", AFTER_GRANT_IDS, labels.AFTER_GRANT, "AFTER_GRANT"),
    (
        "after-grant amount",
        AFTER_GRANT_AMOUNT_IDS,
        labels.AFTER_GRANT_AMOUNTS,
        "AFTER_GRANT_AMOUNTS",
    ),
    (
        "document",
        EVIDENCE_IDS,
        {key: name for key, (name, _about) in labels.EVIDENCE.items()},
        "EVIDENCE",
    ),
    (
        "document's description",
        EVIDENCE_IDS,
        {key: about for key, (_name, about) in labels.EVIDENCE.items()},
        "EVIDENCE",
    ),
]

SPEAKS_TO_YOU = re.compile(r"\b(you|your|yours|yourself|yourselves)\b", re.IGNORECASE)


def where(table_name: str) -> str:
    module = "evidence_labels.py" if table_name == "EVIDENCE" else "labels.py"
    return f"{table_name} in screening/result/{module}"


def add_hint(table_name: str, missing: list[str]) -> str:
    example = (
        '    "{id}": (Words(you=_("..."), client=_("...")), Words(you=_("..."), client=_("..."))),'
        if table_name == "EVIDENCE"
        else '    "{id}": Words(you=_("... you ..."), client=_("... the client ...")),\n'
        '    or, when the words speak to no one: "{id}": same(_("...")),'
    )
    lines = [example.replace("{id}", key) for key in missing]
    return (
        f"Add to {where(table_name)}:\n"
        + "\n".join(lines)
        + "\nthen `make messages` and translate the new entries (docs/translations/)."
    )


def problems(kind: str, ids, table: dict, table_name: str) -> list[str]:
    """What is wrong with one kind's words, each problem as what to do about it."""
    found = []
    missing = [key for key in ids if key not in table]
    if missing:
        found.append(f"{kind} ids with no words: {missing}. {add_hint(table_name, missing)}")
    not_words = [key for key in ids if key in table and not isinstance(table[key], Words)]
    if not_words:
        found.append(
            f"{kind} words for {not_words} in {where(table_name)} must be "
            "Words(you=_(...), client=_(...))"
        )
    with translation.override("en"):
        voices = {key: w for key, w in table.items() if isinstance(w, Words)}
        empty = [key for key, w in voices.items() if not str(w.you) or not str(w.client)]
        speaking = {
            key: str(w.client) for key, w in voices.items() if SPEAKS_TO_YOU.search(str(w.client))
        }
    if empty:
        found.append(f"{kind} ids with an empty voice in {where(table_name)}: {empty}")
    if speaking:
        found.append(
            f"These {kind} words about the client speak to 'you' ({where(table_name)}): "
            f"{speaking}. Write them about the client: "
            'Words(you=_("... you ..."), client=_("... the client ...")).'
        )
    return found


@pytest.mark.parametrize(("kind", "ids", "table", "table_name"), KINDS, ids=[k[0] for k in KINDS])
def test_every_id_has_its_words_in_both_voices_and_never_you_about_the_client(
    kind, ids, table, table_name
):
    assert not problems(kind, ids, table, table_name), "\n".join(
        problems(kind, ids, table, table_name)
    )


def test_a_flag_added_without_its_words_fails_saying_what_to_add_where():
    ids = (*FLAG_IDS, "new_flag", "one_voice_flag")
    table = labels.FLAGS | {"one_voice_flag": Words.same("Your new warning")}
    found = problems("flag", ids, table, "FLAGS")
    assert len(found) == 2
    assert "flag ids with no words: ['new_flag']" in found[0]
    assert "Add to FLAGS in screening/result/labels.py:" in found[0]
    assert '"new_flag": Words(you=_("... you ..."), client=_("... the client ...")),' in found[0]
    assert '"new_flag": same(_("...")),' in found[0] and "make messages" in found[0]
    assert "speak to 'you'" in found[1] and "'one_voice_flag': 'Your new warning'" in found[1]


def test_every_voice_is_a_marked_string():
    """Both voices are translated: each is a lazy gettext, never a plain string."""
    plain = [
        (table_name, key)
        for _kind, _ids, table, table_name in KINDS
        for key, words in table.items()
        for text in (words.you, words.client)
        if isinstance(text, str)
    ]
    assert not plain, f"words not marked with _(): {plain}"


def test_a_page_about_the_client_reads_the_client_voice():
    with translation.override("en"):
        assert str(labels.name(labels.FLAGS, "travel_ban")) == "A travel ban covers your country"
        assert (
            str(labels.name(labels.FLAGS, "travel_ban", about_client=True))
            == "A travel ban covers the client's country"
        )
        assert str(labels.description("i94_record", about_client=True)).startswith(
            "The arrival record that shows when the client was paroled"
        )
        # an id a newer rule returns before it has words: shown as the id, never a crash
        assert labels.name(labels.FLAGS, "brand_new_flag", about_client=True) == "brand_new_flag"
