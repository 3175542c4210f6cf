"""Parole to attend an immigration hearing, for people returned to Mexico or Canada to wait for it
(8 U.S.C. 1804(b)(8)). DHS paroles them at the port:
they file nothing with USCIS, so the tool points to the hearing notice and a lawyer."""

from __future__ import annotations

from ..assessment import Pathway
from ..context import Context, reason
from ..text import Text, _

HEARING_PAROLE_SOURCE = (
    "INA 235(b)(2)(C) (return to a contiguous territory); 8 U.S.C. 1804(b)(8); MPP practice "
    "2018-2020 (myattorneyusa; Matter of M-D-C-V-, 28 I&N Dec. 18 (BIA 2020)); 2025-26 practice "
    "not confirmed"
)


def hearing_parole(ctx: Context) -> Pathway | None:
    if ctx.get("returned_to_await_hearing") is not True:
        return None
    first = reason(
        "paroled_for_the_hearing",
        Text(
            _(
                "People returned to Mexico or Canada to wait for an "
                "immigration hearing are paroled into the U.S. by border "
                "officers so they can attend it. You do not file Form I-131 "
                "or Form I-134 and pay no filing fee: follow the instructions "
                "on your hearing notice and talk to an immigration lawyer or "
                "accredited representative."
            ),
            client=_(
                "People returned to Mexico or Canada to wait for an "
                "immigration hearing are paroled into the U.S. by border "
                "officers so they can attend it. The client does not file "
                "Form I-131 or Form I-134 and pays no filing fee: the client "
                "should follow the instructions on their hearing notice and "
                "talk to an immigration lawyer or accredited representative."
            ),
        ),
        ["returned_to_await_hearing"],
        HEARING_PAROLE_SOURCE,
        None,
    )
    return Pathway("hearing_parole", "out_of_scope", (first,), "agency")
