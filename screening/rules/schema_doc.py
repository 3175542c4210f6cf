"""Renders docs/answers.md from the answer schema, so the documentation cannot drift from the code.

    python -m screening.rules.schema_doc > docs/answers.md      (or: make docs)

tests/rules/test_docs.py fails when docs/answers.md differs from `render()`.
"""

from __future__ import annotations

from .answers import _GOAL_LOCATION
from .schema import SCHEMA, Field
from .values import EVIDENCE_IDS

KIND_WORDS = {
    "enum": "one value",
    "enum_list": "list of values",
    "bool": "true / false",
    "date": "date `YYYY-MM-DD`",
    "integer": "whole number",
    "number": "number",
    "country": "country code",
}

INTRO = """\
# Answers: the screening's input

<!-- Generated from screening/rules/schema.py by `make docs`
     (python -m screening.rules.schema_doc > docs/answers.md). Do not edit by hand:
     tests/rules/test_docs.py fails when this file and the code differ. -->

A screening is one JSON object of answers. The wizard builds it question by question, the
`screen` command reads it from a file or standard input, and `assess(answers, as_of)` turns it
into the assessment. The keys and values below are stable ids: they are stored, exported and
read back, so they are never translated or renamed.

- **Missing keys are allowed.** A key left out (or `null`) means "not answered"; the rules then
  say what is unknown (verdict `possible`, with a reason naming the key) instead of guessing.
- **Every bad key is named at once.** An unknown key, a wrong type, a value outside its list, an
  impossible date or a number out of range makes `Answers.from_dict` raise one `AnswersError`
  whose `problems` maps each offending key to why; `screen` prints them on standard error and
  exits with status 2.
- **Answers that do not apply are ignored, not refused.** Each key is asked only when its
  condition ("asked when") holds given the other answers. An answer whose condition does not
  hold is left out of the screening and listed under `ignored_answers`.
- **`goal` must fit `location`**: {goal_rule}.
- Lists keep their order and drop repeats. Dates are calendar dates written `YYYY-MM-DD`.
  Country codes are ISO 3166-1 alpha-2 in upper case (`UA`, `AF`, `CU`).
"""


def _values(field: Field) -> str:
    parts = []
    if field.choices:
        parts.append(", ".join(f"`{choice}`" for choice in field.choices))
    if field.kind == "country":
        parts.append("two upper-case letters, e.g. `UA`")
    if field.minimum is not None:
        parts.append(f"at least {field.minimum:g}")
    if field.maximum is not None:
        parts.append(f"at most {field.maximum:g}")
    if field.key == "evidence_on_hand":
        return "evidence ids (listed below)"
    return "; ".join(parts)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render() -> str:
    goal_rule = ", ".join(
        f"`{goal}` needs `{location}`" for goal, location in _GOAL_LOCATION.items()
    )
    lines = [INTRO.format(goal_rule=goal_rule), "## Keys", ""]
    lines.append("| key | type | values | asked when | meaning |")
    lines.append("|---|---|---|---|---|")
    for field in SCHEMA:
        lines.append(
            "| "
            + " | ".join(
                _cell(cell)
                for cell in (
                    f"`{field.key}`",
                    KIND_WORDS[field.kind],
                    _values(field),
                    field.asked_when_text,
                    field.meaning,
                )
            )
            + " |"
        )
    lines += [
        "",
        "## Evidence ids",
        "",
        "`evidence_on_hand` lists the documents the person already has, by these ids; the",
        "assessment's `evidence` list uses the same ids, with `have` true for those on hand.",
        "",
    ]
    lines += [f"- `{evidence_id}`" for evidence_id in EVIDENCE_IDS]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(render(), end="")
