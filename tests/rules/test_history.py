"""The immigration-history rules: the inferences, the permanent bar, reinstatement, the I-220A
release, 245(i) and cancellation after a Notice to Appear without a date and time."""

from __future__ import annotations

import datetime as dt

import pytest

from screening.rules.answers import Answers
from screening.rules.context import Context
from screening.rules.inferences import likely_entrant, paroled_at_port, present_on_2000_12_21

from .cases import INSIDE, MILITARY_PIP, alternative_ids, fee, flag_ids, reason_codes, run

REMOVED = MILITARY_PIP | {
    "risk_factors": ["prior_removal"],
    "in_us_since": "2012-03-01",
    "us_relatives": ["usc_spouse"],
}


def flag(result, flag_id):
    return next(f for f in result.flags if f.id == flag_id)


def every_text(result) -> str:
    texts = [r.text for p in result.pathways for r in p.reasons]
    texts += [x.text for x in (*result.flags, *result.fees, *result.forms, *result.deadlines)]
    for alternative in result.alternatives:
        texts += [alternative.text, *(m.text for m in (*alternative.needs, *alternative.bars))]
    texts += [d.todo.text for d in result.deadlines if d.todo]
    if result.urgency_reason:
        texts.append(result.urgency_reason.text)
    return "\n".join(texts)


def ctx(answers, as_of=dt.date(2026, 11, 28)):
    return Context(Answers.from_dict(answers), as_of)


# -- the inferences ----------------------------------------------------------------------------


def test_a_removed_man_back_without_inspection_is_read_as_an_unlawful_reentry():
    result = run(REMOVED)
    assert {"permanent_bar", "reinstatement"} <= flag_ids(result)
    for flag_id in ("permanent_bar", "reinstatement"):
        item = flag(result, flag_id)
        assert item.severity == "stop"
        assert item.text.startswith(
            "Your answers suggest that you came back without being admitted"
        )
        assert "question whether you came back" in item.text
        assert item.client_text.startswith("The client's answers suggest")
    assert "unlawful_reentry" in result.unknowns


def test_a_reentry_before_1997_keeps_reinstatement_but_infers_no_permanent_bar():
    before = run(REMOVED | {"in_us_since": "1997-03-31"})
    assert "reinstatement" in flag_ids(before) and "permanent_bar" not in flag_ids(before)
    assert "unlawful_reentry" in before.unknowns
    on = run(REMOVED | {"in_us_since": "1997-04-01"})
    assert "permanent_bar" in flag_ids(on)


def test_an_explicit_answer_wins_over_the_inference():
    result = run(REMOVED | {"unlawful_reentry": []})
    assert not {"permanent_bar", "reinstatement"} & flag_ids(result)
    assert "never carried out may still be enforced" in flag(result, "ice_jurisdiction").text
    assert "unlawful_reentry" not in result.unknowns


def test_a_given_reentry_after_a_year_bars_without_reinstatement():
    result = run(MILITARY_PIP | {"unlawful_reentry": ["after_year_unlawful"]})
    assert flag(result, "permanent_bar").severity == "stop"
    assert "Your answers suggest" not in flag(result, "permanent_bar").text
    assert "reinstatement" not in flag_ids(result)


def test_the_bar_may_apply_when_the_entry_leaves_it_open():
    result = run(INSIDE | {"entry": "released_from_custody", "risk_factors": ["prior_removal"]})
    assert flag(result, "permanent_bar").severity == "warning"
    assert flag(result, "reinstatement").text.startswith("If you came back without being admitted")
    assert "unlawful_reentry" in result.unknowns


@pytest.mark.parametrize(
    "answers, expected",
    [
        ({"parole_program": "chnv"}, True),
        ({"parole_program": "u4u"}, True),
        ({"parole_program": "frp"}, True),
        ({"parole_program": "military_pip"}, False),
        ({"parole_program": "none", "paroled_at_port": False}, False),
        ({"parole_program": "none", "paroled_at_port": True}, True),
        ({"parole_program": "none"}, None),
    ],
)
def test_where_the_parole_was_given(answers, expected):
    answers = INSIDE | {"entry": "paroled", "citizenship": "CU"} | answers
    assert paroled_at_port(ctx(answers)) is expected
    assert likely_entrant(ctx(answers)) is (expected is True)


def test_present_on_2000_12_21_is_read_from_the_arrival_day():
    def present(since):
        return present_on_2000_12_21(
            ctx(INSIDE | {"entry": "without_inspection", "in_us_since": since})
        )

    assert present("2000-12-20") is True and present("2000-12-21") is True
    assert present("2000-12-22") is None


# -- the routes ---------------------------------------------------------------------------------


def test_a_removed_man_is_not_told_military_parole_in_place_leads_to_a_green_card():
    result = run(REMOVED)
    codes = reason_codes(result, "military_parole_in_place")
    assert "leads_to_adjustment" not in codes and "permanent_bar_blocks_adjustment" in codes
    assert result.pathway("military_parole_in_place").verdict == "possible"
    assert not {"adjustment_of_status", "cuban_adjustment_act", "provisional_waiver"} & (
        alternative_ids(result)
    )
    assert "may apply for a green card from inside" not in every_text(result)
    family = next(a for a in result.alternatives if a.id == "family_immigrant_visa")
    assert any("consent to reapply first" in b.text for b in family.bars)


def test_reinstatement_takes_cancellation_and_leaves_withholding_instead_of_asylum():
    answers = REMOVED | {
        "risk_factors": ["prior_removal", "removal_proceedings"],
        "reasons": ["protection"],
    }
    result = run(answers)
    assert "cancellation_of_removal" not in alternative_ids(result)
    assert "nta_risk_on_denial" not in flag_ids(result)
    asylum = next(a for a in result.alternatives if a.id == "asylum")
    assert "withholding of removal" in asylum.text and "reasonable-fear interview" in asylum.text


def test_a_cuban_released_on_an_i220a_reads_why_the_act_does_not_reach_him():
    answers = INSIDE | {
        "entry": "released_from_custody",
        "citizenship": "CU",
        "in_us_since": "2022-05-10",
        "reasons": ["protection"],
        "financial_supporter": "self",
    }
    result = run(answers)
    assert "Not answered yet: how you entered" not in every_text(result)
    pip = reason_codes(result, "parole_in_place")
    assert "released_without_admission" in pip
    assert not [c for c in pip if c.startswith("missing_") and "refugee" in c]
    assert "entry" not in result.unknowns
    assert "cuban_adjustment_act" not in alternative_ids(result)
    item = flag(result, "i220a_not_parole")
    assert "Cuban Adjustment Act" in item.text and "I-94" in item.text
    assert "does not reach you" in item.text and "you" not in item.client_text.split()


def test_the_i220a_flag_appears_from_the_decision_of_2023_09_11():
    answers = INSIDE | {"entry": "released_from_custody", "citizenship": "CU"}
    assert "i220a_not_parole" not in flag_ids(run(answers, dt.date(2023, 9, 10)))
    assert "i220a_not_parole" in flag_ids(run(answers, dt.date(2023, 9, 11)))
    assert "i220a_not_parole" in flag_ids(run(answers, dt.date(2023, 9, 12)))


# -- 245(i) ---------------------------------------------------------------------------------------

EWI_SPOUSE = INSIDE | {
    "entry": "without_inspection",
    "in_us_since": "2005-01-01",
    "us_relatives": ["usc_spouse"],
    "reasons": ["family_reunification"],
    "unlawful_reentry": [],
}


def adjustment(result):
    return next((a for a in result.alternatives if a.id == "adjustment_of_status"), None)


def test_245i_offers_adjustment_with_supplement_a_and_the_1000_sum():
    item = adjustment(run(EWI_SPOUSE | {"petition_245i": "filed_by_1998_01_14"}))
    assert item is not None and "I-485 Supplement A" in item.forms
    sums = [f for f in item.fees if f.form == "I-485 Supplement A"]
    assert sums and sums[0].amount_usd == 1000
    assert "245(i)" in item.text and "$1,000" in item.text


@pytest.mark.parametrize(
    "since, present, offered",
    [
        ("2000-12-21", None, True),  # inferred: here that day
        ("2000-12-22", True, True),
        ("2000-12-22", False, False),
    ],
)
def test_245i_after_1998_needs_presence_on_2000_12_21(since, present, offered):
    answers = EWI_SPOUSE | {"petition_245i": "filed_1998_01_15_to_2001_04_30", "in_us_since": since}
    if present is not None:
        answers["present_on_2000_12_21"] = present
    assert (adjustment(run(answers)) is not None) is offered


def test_245i_unanswered_is_offered_only_on_the_petition_condition():
    item = adjustment(run(EWI_SPOUSE))
    assert any(n.text.startswith("Only if a petition was filed for you") for n in item.needs)
    assert adjustment(run(EWI_SPOUSE | {"petition_245i": "none"})) is None


def test_245i_for_a_preference_relative_needs_a_visa_number():
    answers = EWI_SPOUSE | {"us_relatives": ["lpr_spouse"], "petition_245i": "filed_by_1998_01_14"}
    item = adjustment(run(answers))
    assert any("Visa Bulletin" in n.text for n in item.needs)


def test_245i_is_never_offered_under_the_permanent_bar_and_the_waiver_notes_it():
    barred = EWI_SPOUSE | {"petition_245i": "filed_by_1998_01_14"}
    barred["unlawful_reentry"] = ["after_year_unlawful"]
    assert adjustment(run(barred)) is None
    free = run(EWI_SPOUSE | {"petition_245i": "filed_by_1998_01_14"})
    waiver = next(a for a in free.alternatives if a.id == "provisional_waiver")
    assert any("needs no trip abroad" in b.text for b in waiver.bars)


# -- cancellation and a Notice to Appear without a date and time ----------------------------------

IN_PROCEEDINGS = INSIDE | {
    "entry": "without_inspection",
    "in_us_since": "2011-03-01",
    "citizenship": "GT",
    "risk_factors": ["removal_proceedings"],
    "nta_served_on": "2019-06-01",
    "us_relatives": ["usc_spouse", "usc_child_under_21"],
    "reasons": ["family_reunification"],
    "unlawful_reentry": [],
}


def cancellation(result):
    return next((a for a in result.alternatives if a.id == "cancellation_of_removal"), None)


def test_a_2019_notice_without_a_date_and_time_leaves_cancellation_open():
    result = run(IN_PROCEEDINGS | {"nta_gave_date_time": False})
    item = cancellation(result)
    assert item is not None and item.met_on == dt.date(2021, 3, 1)
    assert any("did not stop the ten years" in n.text for n in item.needs)
    assert any("Matter of Fernandes" in n.text for n in item.needs)
    assert ("cancellation_ten_years", dt.date(2021, 3, 1)) in {
        (d.id, d.date) for d in result.deadlines
    }


def test_a_complete_notice_stops_the_count_and_an_unanswered_one_is_a_condition():
    assert cancellation(run(IN_PROCEEDINGS | {"nta_gave_date_time": True})) is None
    result = run(IN_PROCEEDINGS)
    item = cancellation(result)
    assert item.needs[0].text.startswith("Only if your Notice to Appear did not give")
    assert "nta_gave_date_time" in result.unknowns


def test_cancellation_is_never_offered_with_reinstatement():
    answers = IN_PROCEEDINGS | {"nta_gave_date_time": False}
    answers["risk_factors"] = ["removal_proceedings", "prior_removal"]
    del answers["unlawful_reentry"]
    assert cancellation(run(answers)) is None


# -- the entrant parole fee ---------------------------------------------------------------------

CUBAN_PAROLEE = INSIDE | {
    "entry": "paroled",
    "citizenship": "CU",
    "parole_program": "none",
    "parole_expires_on": "2027-06-01",
    "reasons": ["medical_treatment"],
    "medical_available_at_home": False,
    "medical_provider_arranged": True,
    "medical_life_threatening": False,
}


def test_a_cuban_paroled_at_a_port_is_likely_not_charged_with_the_entrant_words():
    parole_fee = fee(run(CUBAN_PAROLEE | {"paroled_at_port": True}), "parole_fee")
    assert parole_fee.exempt and parole_fee.exception == "cuban_haitian_entrant"
    assert "Cuban/Haitian entrant" in parole_fee.text and "likely not charged" in parole_fee.text
    assert "not confirmed" in parole_fee.text and parole_fee.confidence == "U"


def test_a_cuban_paroled_elsewhere_or_unanswered_is_charged_with_the_open_question():
    elsewhere = fee(run(CUBAN_PAROLEE | {"paroled_at_port": False}), "parole_fee")
    assert not elsewhere.exempt and "other than at a port of entry" in elsewhere.text
    unanswered = run(CUBAN_PAROLEE)
    assert not fee(unanswered, "parole_fee").exempt
    assert "where the parole was given is not answered yet" in fee(unanswered, "parole_fee").text
    assert "paroled_at_port" in unanswered.unknowns


def test_the_hooks_other_rules_read():
    from screening.rules.inferences import (
        current_tps_holder,
        entrant_for_benefits,
        reentry_contradicts,
    )

    answered = INSIDE | {"entry": "without_inspection", "risk_factors": ["prior_removal"]}
    assert reentry_contradicts(ctx(answered | {"unlawful_reentry": []}))
    assert not reentry_contradicts(ctx(answered))
    cuban_in_court = INSIDE | {"entry": "without_inspection", "citizenship": "CU"}
    cuban_in_court["risk_factors"] = ["removal_proceedings"]
    assert entrant_for_benefits(ctx(cuban_in_court))
    assert not entrant_for_benefits(ctx(cuban_in_court | {"citizenship": "MX"}))
    tps = INSIDE | {"entry": "without_inspection", "pending_applications": ["tps"]}
    tps |= {"tps_granted": True, "tps_ends_on": "2026-11-28"}
    assert current_tps_holder(ctx(tps, dt.date(2026, 11, 28)))
    assert not current_tps_holder(ctx(tps, dt.date(2026, 11, 29)))
