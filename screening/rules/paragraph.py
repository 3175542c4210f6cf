"""A paragraph of whole sentences: each sentence stays a message of its own (translated alone),
and the paragraph is one of a few fixed messages that only place them side by side. Used where a
text's sentences depend on dates and answers (the detention and history flags)."""

from __future__ import annotations

from .text import Message, _

PARAGRAPHS = {
    1: _("{s1}"),
    2: _("{s1} {s2}"),
    3: _("{s1} {s2} {s3}"),
    4: _("{s1} {s2} {s3} {s4}"),
    5: _("{s1} {s2} {s3} {s4} {s5}"),
    6: _("{s1} {s2} {s3} {s4} {s5} {s6}"),
    7: _("{s1} {s2} {s3} {s4} {s5} {s6} {s7}"),
    8: _("{s1} {s2} {s3} {s4} {s5} {s6} {s7} {s8}"),
}


def paragraph(*sentences: str) -> tuple[str, dict[str, str]]:
    """(message, params) for these sentences, each a whole marked sentence (or a `Text`)."""
    return PARAGRAPHS[len(sentences)], {f"s{i}": s for i, s in enumerate(sentences, start=1)}


def paragraph_message(*sentences: str) -> Message:
    message, params = paragraph(*sentences)
    return Message(message, params)
