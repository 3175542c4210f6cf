"""rules_version, how unconfirmed facts are stated, the answers and the JSON shape, and the
translation convention of the messages."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest

from screening.rules import RULES_VERSION, SCHEMA, Answers, AnswersError
from screening.rules import version as version_module
from screening.rules.knowledge import VERIFIED
from tests.helpers import marked_messages
from tests.rules.cases import (
    ABROAD,
    EXCEPTIONS,
    FOUNDER,
    MILITARY_PIP,
    PAROLEE,
    URGENT_MEDICAL,
    fee,
    forms,
    reason_codes,
    run,
    verdict,
)

# ---------------------------------------------------------------------------------------------
# rules_version


def test_rules_version_is_the_verification_date_plus_a_digest():
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}\+[0-9a-f]{12}", RULES_VERSION)
    assert RULES_VERSION.startswith(VERIFIED.isoformat() + "+")
    assert run(URGENT_MEDICAL).rules_version == RULES_VERSION
    assert run(URGENT_MEDICAL).to_dict()["rules_version"] == RULES_VERSION


def test_rules_version_changes_when_the_knowledge_changes(tmp_path, monkeypatch):
    here = Path(version_module.__file__).resolve().parent
    for name in version_module._SOURCES:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(here / name, tmp_path / name)
    monkeypatch.setattr(version_module, "_HERE", tmp_path)
    assert version_module._digest() == RULES_VERSION.split("+")[1]
    knowledge = tmp_path / "knowledge" / "fees.py"
    knowledge.write_text(knowledge.read_text().replace("FeeAmount(630,", "FeeAmount(640,"))
    changed = version_module._digest()
    assert changed != RULES_VERSION.split("+")[1]
    engine = tmp_path / "engine.py"
    engine.write_text(engine.read_text() + "\n# a rule changed\n")
    assert version_module._digest() not in (changed, RULES_VERSION.split("+")[1])
    again = version_module._digest()
    pathway = tmp_path / "pathways" / "military.py"
    pathway.write_text(pathway.read_text() + "\n# a pathway rule changed\n")
    assert version_module._digest() not in (again, changed, RULES_VERSION.split("+")[1])


def test_rules_version_covers_every_module_of_the_rules():
    here = Path(version_module.__file__).resolve().parent
    modules = {p.relative_to(here).as_posix() for p in here.rglob("*.py")}
    assert set(version_module._SOURCES) == modules - {"version.py", "schema_doc.py"}
    assert {"engine.py", "knowledge/fees.py", "context.py", "pathways/__init__.py"} <= modules
    assert "pathways/military.py" in version_module._SOURCES


# ---------------------------------------------------------------------------------------------
# Unconfirmed [U] and secondary [S] facts are said plainly


def test_the_i941_fee_is_stated_as_not_confirmed_without_an_amount():
    i941 = fee(run(FOUNDER), "i941_filing_fee")
    assert i941.amount_usd is None
    assert i941.confidence == "U"
    assert "not confirmed" in i941.text
    assert "$" not in i941.text.split("(")[0]  # no invented current figure
    assert i941.to_dict()["amount_usd"] is None


def test_a_secondary_parole_fee_figure_is_reported_with_a_pointer_to_g1055():
    parole_fee = fee(run(PAROLEE), "parole_fee")
    assert parole_fee.confidence == "S"
    assert parole_fee.text.startswith("Reported as $1,050")
    assert "uscis.gov/g-1055" in parole_fee.text
    assert parole_fee.to_dict()["verified_on"] == VERIFIED.isoformat()


def test_entrepreneur_parole_says_its_status_and_parole_fee_are_not_confirmed():
    result = run(FOUNDER)
    status = result.pathway("international_entrepreneur_parole").reasons[-1]
    assert "not confirmed" in status.text
    assert "no source confirms" in fee(result, "parole_fee").text


def test_forms_say_what_is_not_confirmed_about_their_edition():
    i941 = forms(run(FOUNDER))["I-941"][0]
    assert i941.edition is None
    assert "not confirmed" in i941.edition_note
    i131 = forms(run(URGENT_MEDICAL))["I-131"][0]
    assert i131.edition == "01/20/25"
    assert "not confirmed" in i131.edition_note


# ---------------------------------------------------------------------------------------------
# Answers and the JSON shape


def test_every_schema_key_has_a_meaning_and_an_asked_when_text():
    for field in SCHEMA:
        assert field.meaning.strip(), field.key
        assert field.asked_when_text.strip(), field.key


def test_huge_whole_numbers_are_accepted_without_crashing():
    result = run(FOUNDER | {"startup_investment_usd": 10**30})
    assert verdict(result, "international_entrepreneur_parole") == "likely"


def test_a_country_code_with_a_trailing_newline_is_refused():
    with pytest.raises(AnswersError) as error:
        Answers.from_dict({"citizenship": "UA\n"})
    assert set(error.value.problems) == {"citizenship"}


def test_assess_works_on_any_day_of_the_supported_range():
    for day in (dt.date(2023, 1, 1), dt.date(2024, 2, 26), dt.date(2027, 12, 31)):
        assert run({}, day).as_of == day


def test_to_dict_has_the_catalogue_shape():
    data = run(URGENT_MEDICAL).to_dict()
    assert {
        "rules_version",
        "as_of",
        "urgency",
        "pathways",
        "forms",
        "fees",
        "evidence",
        "flags",
        "alternatives",
        "ignored_answers",
    } <= data.keys()
    assert set(data["pathways"][0]) >= {"id", "verdict", "reasons", "files"}
    assert set(data["pathways"][0]["reasons"][0]) >= {"code", "text", "answers", "source"}
    assert set(data["forms"][0]) >= {"id", "why", "part", "edition", "source"}
    assert set(data["fees"][0]) >= {
        "id",
        "amount_usd",
        "due",
        "waivable",
        "exempt",
        "exception",
        "verified_on",
        "source",
    }
    assert set(data["evidence"][0]) == {"id", "have", "for"}
    assert set(data["flags"][0]) >= {"id", "severity", "text", "source"}


def test_evidence_on_hand_is_marked_as_had():
    result = run(URGENT_MEDICAL | {"evidence_on_hand": ["physician_statement"]})
    have = {e.id: e.have for e in result.evidence}
    assert have["physician_statement"] is True
    assert have["treatment_unavailable_statement"] is False


# ---------------------------------------------------------------------------------------------
# Translation convention: every message is one whole sentence marked with _() in the engine


@pytest.mark.parametrize(
    "answers",
    [
        URGENT_MEDICAL,
        MILITARY_PIP,
        PAROLEE | {"parole_program": "u4u", "can_pay_fees": False},
        FOUNDER,
        ABROAD | {"citizenship": "AF", "worked_for_us_government": True, "reasons": ["protection"]},
        ABROAD | {"citizenship": "VE", "reasons": ["funeral"], "visa_option": "none"},
        *EXCEPTIONS.values(),
    ],
)
def test_every_message_is_a_whole_marked_sentence(answers):
    marked = marked_messages()
    result = run(answers)
    items = [r for p in result.pathways for r in p.reasons]
    items += [*result.forms, *result.fees, *result.flags, *result.alternatives]
    for item in items:
        if item.message:  # forms without a note of their own
            assert item.message in marked, item.message


def test_ukrainians_are_told_not_to_file_re_parole_more_than_180_days_early():
    answers = PAROLEE | {"parole_program": "u4u", "parole_expires_on": "2027-08-01"}
    early = next(f for f in run(answers).flags if f.id == "file_before_expiry")
    assert "no earlier than 180 days" in early.text
    assert "2027-02-02" in early.text  # 180 days before 2027-08-01
    soon = next(
        f
        for f in run(answers | {"parole_expires_on": "2027-03-01"}).flags
        if f.id == "file_before_expiry"
    )
    assert "180 days" not in soon.text
    other = next(f for f in run(PAROLEE).flags if f.id == "file_before_expiry")
    assert "180 days" not in other.text


def test_military_parole_in_place_re_parole_fee_is_stated_as_not_confirmed():
    i131 = fee(run(PAROLEE | {"parole_program": "military_pip"}), "i131_filing_fee")
    assert i131.amount_usd == 630
    assert "not confirmed" in i131.text
    assert "not confirmed" not in fee(run(PAROLEE), "i131_filing_fee").text


def test_a_relative_who_has_died_is_not_described_as_ill():
    answers = ABROAD | {
        "reasons": ["visit_ill_relative"],
        "relative_condition": "deceased",
        "visa_option": "none",
        "financial_supporter": "self",
    }
    result = run(answers)
    assert verdict(result, "humanitarian_parole") == "likely"
    assert "relative_deceased" in reason_codes(result, "humanitarian_parole")
    assert "funeral" in result.pathway("humanitarian_parole").reasons[0].text
