"""The rules' messages are translated before their parameters are filled in."""

import datetime as dt

from django.utils import translation

from screening.rules import assess
from screening.rules.text import Message
from screening.templatetags.rules_text import rule_text


def test_parameters_are_filled_in_after_the_message(monkeypatch):
    catalogue = {
        "Not answered yet: {question}.": "Sin respuesta: {question}.",
        "how ill the relative is": "qué tan enfermo está el familiar",
    }
    monkeypatch.setattr(
        "screening.templatetags.rules_text.gettext", lambda text: catalogue.get(text, text)
    )
    item = Message("Not answered yet: {question}.", {"question": "how ill the relative is"})
    assert rule_text(item) == "Sin respuesta: qué tan enfermo está el familiar."


def test_amounts_pass_through_and_dates_read_in_words():
    item = Message("Due {amount} from {since}.", {"amount": "$1,050", "since": "2026-10-16"})
    with translation.override("en"):
        assert rule_text(item) == "Due $1,050 from October 16, 2026."
    day = Message("On {day}.", {"day": dt.date(2027, 1, 15), "bad": "2027-02-30"})
    with translation.override("en"):
        assert rule_text(day) == "On January 15, 2027."


def test_the_urgency_message_shows_its_date_in_words():
    answers = {"location": "outside_us", "goal": "come_to_us", "needed_by": "2027-01-15"}
    assessment = assess(answers, dt.date(2027, 1, 1))
    with translation.override("en"):
        text = rule_text(assessment.urgency_reason)
    assert "January 15, 2027" in text
    assert "2027-01-15" not in text


def test_a_broken_translation_falls_back_to_english(monkeypatch):
    monkeypatch.setattr(
        "screening.templatetags.rules_text.gettext",
        lambda text: "Roto {nope}" if "{" in text else text,
    )
    item = Message("Due {amount}.", {"amount": "$630"})
    assert rule_text(item) == "Due $630."


def _history_reason(risks: list[str], about_client: bool = False):
    answers = {
        "location": "outside_us",
        "goal": "come_to_us",
        "reasons": ["medical_treatment"],
        "risk_factors": risks,
    }
    assessment = assess(answers, dt.date(2026, 11, 28))
    if about_client:
        assessment = assessment.for_client()
    return next(
        r
        for p in assessment.pathways
        if p.id == "humanitarian_parole"
        for r in p.reasons
        if r.code == "risk_factors"
    )


def test_a_count_reads_in_the_singular_or_the_plural_in_each_voice_and_language():
    one, two = (
        _history_reason(["prior_overstay"]),
        _history_reason(["prior_overstay", "prior_removal"]),
    )
    client_one = _history_reason(["prior_overstay"], about_client=True)
    with translation.override("en"):
        assert "(1 item you told us about)" in rule_text(one)
        assert "(2 items you told us about)" in rule_text(two)
        assert "the client's history (1 item they told us about)" in rule_text(client_one)
        assert "item(s)" not in rule_text(two) + rule_text(client_one)
    assert "(1 item you told us about)" in one.text  # the English of the JSON and `screen`
    with translation.override("es"):
        assert "(1 punto que nos contó)" in rule_text(one)
        assert "(2 puntos que nos contó)" in rule_text(two)
        assert "los antecedentes del cliente (1 punto que nos contó)" in rule_text(client_one)
