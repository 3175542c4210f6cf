"""docs/answers.md is generated from the schema and must not drift from it."""

from pathlib import Path

from screening.rules import SCHEMA
from screening.rules.assessment import DEADLINE_IDS
from screening.rules.schema_doc import render
from screening.rules.values import EVIDENCE_IDS

ROOT = Path(__file__).resolve().parents[2]
ANSWERS_DOC = ROOT / "docs" / "answers.md"
RULES_DOC = ROOT / "docs" / "rules.md"


def test_answers_doc_matches_the_schema():
    assert ANSWERS_DOC.read_text(encoding="utf-8") == render(), (
        "docs/answers.md is out of date: run `make docs`"
    )


def test_answers_doc_has_a_row_for_every_key_and_every_evidence_id():
    text = render()
    for field in SCHEMA:
        assert f"| `{field.key}` |" in text, field.key
        for choice in field.choices:
            assert f"`{choice}`" in text, (field.key, choice)
    for evidence_id in EVIDENCE_IDS:
        assert f"- `{evidence_id}`" in text


def test_answers_doc_says_when_each_key_is_asked():
    text = render()
    assert "| `military_service` | one value |" in text
    row = next(line for line in text.splitlines() if line.startswith("| `military_service` |"))
    assert "`military_family` in `reasons`" in row


def test_rules_doc_explains_how_to_change_a_dated_value():
    text = RULES_DOC.read_text(encoding="utf-8")
    for words in ("effective_from", "verified_on", "confidence", "rules_version", "rule_text"):
        assert words in text, words


def test_rules_doc_has_a_row_for_every_deadline_id():
    text = RULES_DOC.read_text(encoding="utf-8")
    for deadline_id in DEADLINE_IDS:
        assert f"| `{deadline_id}` |" in text, deadline_id
