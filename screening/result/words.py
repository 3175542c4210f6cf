"""`Words`: what a person reads for one id the rules return, written once in both voices.

The result page and the applicant's PDF speak to the person ("Your parole has ended"); the staff
pages and the attorney's memo speak about the client ("The client's parole has ended"). Both are
written side by side, so no heading can exist in one voice only:

    "parole_expired": Words(
        you=_("Your parole has ended"), client=_("The client's parole has ended")
    ),
    "criminal_history": Words.same(_("Criminal history")),  # no "you": one text for both

`tests/result/test_words.py` fails when an id the rules can return has no words, or when a
client voice says "you" or "your".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Words:
    you: Any  # to the applicant (the result page, their PDF); a lazy translation
    client: Any  # about the client (staff pages, the attorney's memo); never "you" or "your"

    @classmethod
    def same(cls, text: Any) -> Words:
        """Words that speak to no one ("Criminal history"): the one text reads right to both."""
        return cls(you=text, client=text)

    def voice(self, about_client: bool = False) -> Any:
        return self.client if about_client else self.you
