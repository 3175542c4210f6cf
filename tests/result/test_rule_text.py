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
