"""The S visa: for witnesses and informants, asked for by the agency (INA 101(a)(15)(S), Form
I-854)."""

from __future__ import annotations

from ..assessment import Alternative
from ..context import Context
from ..knowledge import after_parole as AP
from ..text import Message, Text, _
from .common import CONFIRM


def s_visa(ctx: Context) -> Alternative | None:
    if not ("law_enforcement" in ctx.reasons() or ctx.get("agency_request") is True):
        return None
    return Alternative(
        Text(
            _(
                "An S visa is for witnesses and informants with critical, "
                "reliable information about a criminal organization or "
                "terrorism. Only the U.S. law-enforcement agency can ask for "
                "it (Form I-854); you cannot apply yourself."
            ),
            client=_(
                "An S visa is for witnesses and informants with critical, "
                "reliable information about a criminal organization or "
                "terrorism. Only the U.S. law-enforcement agency can ask for "
                "it (Form I-854); the client cannot apply for it."
            ),
        ),
        id="s_visa",
        source=AP.S_VISA,
        needs=(
            Message(
                Text(
                    _(
                        "An agency that needs your information and takes "
                        "responsibility for you. Your spouse, children and parents "
                        "can be included."
                    ),
                    client=_(
                        "An agency that needs the client's information and takes "
                        "responsibility for the client. The client's spouse, children "
                        "and parents can be included."
                    ),
                )
            ),
        ),
        bars=(
            Message(
                _(
                    "Few are granted: 200 a year for criminal cases and 50 for terrorism cases. "
                    "It lasts up to three years and cannot be extended or changed to another "
                    "status; the same agency can later support a green card."
                )
            ),
        ),
        forms=("I-854",),
        confirm=CONFIRM,
    )
