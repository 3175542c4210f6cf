"""The rules' messages are translated before their parameters are filled in."""

from django.utils import translation

from screening.rules.assessment import Message
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


def test_dates_and_amounts_pass_through_unchanged():
    item = Message("Due {amount} from {since}.", {"amount": "$1,050", "since": "2026-10-16"})
    with translation.override("en"):
        assert rule_text(item) == "Due $1,050 from 2026-10-16."


def test_a_broken_translation_falls_back_to_english(monkeypatch):
    monkeypatch.setattr(
        "screening.templatetags.rules_text.gettext",
        lambda text: "Roto {nope}" if "{" in text else text,
    )
    item = Message("Due {amount}.", {"amount": "$630"})
    assert rule_text(item) == "Due $630."
