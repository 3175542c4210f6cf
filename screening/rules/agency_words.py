"""Where an agency asks for the parole, nothing tells the person to file: the criminal-history
warning says "before anything is filed for you" (the court-date to-do is in deadlines.py)."""

from __future__ import annotations

from . import knowledge as K
from .assessment import Flag, Pathway
from .text import Text, _

CRIMINAL_HISTORY_SOURCE = f"{K.PM_VOL3_PF}; {K.MILITARY_PIP}"


def criminal_history_flag(live: dict[str, Pathway]) -> Flag:
    if any(p.files == "agency" for p in live.values()):
        message = Text(
            _(
                "A criminal conviction or pending charge weighs heavily against parole, and "
                "security checks will find it. Talk to an attorney before anything is filed "
                "for you."
            ),
            client=_(
                "A criminal conviction or pending charge weighs heavily against parole, and "
                "security checks will find it. An attorney should assess it before anything "
                "is filed for the client."
            ),
        )
    else:
        message = Text(
            _(
                "A criminal conviction or pending charge weighs "
                "heavily against parole, and security checks will "
                "find it. Talk to an attorney before you file."
            ),
            client=_(
                "A criminal conviction or pending charge weighs "
                "heavily against parole, and security checks will "
                "find it. An attorney should assess it before anything "
                "is filed."
            ),
        )
    return Flag(message, id="criminal_history", severity="warning", source=CRIMINAL_HISTORY_SOURCE)
