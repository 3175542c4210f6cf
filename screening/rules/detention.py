"""What changes while the person is held in immigration custody (`detained`): ICE decides
release, so nothing sends them to USCIS; the flags on mandatory detention and bond; and the
emergency banner."""

from __future__ import annotations

from dataclasses import replace

from .assessment import Flag, Pathway
from .context import OPEN_VERDICTS, Context, reason
from .knowledge import detention as D
from .paragraph import paragraph
from .text import Message, Text, _

ARRIVING = frozenset({"paroled", "released_from_custody"})  # Matter of Q. Li; others: Yajure


def detained(ctx: Context) -> bool:
    return ctx.inside and ctx.get("detained") is True


# -- pathways ------------------------------------------------------------------------------------

ICE_DECIDES = Text(
    _(
        "You are held by ICE, so ICE decides whether you are released: a request to USCIS "
        "does not get you out. Ask ICE in writing and talk to a lawyer; this route matters "
        "only once you are released."
    ),
    client=_(
        "The client is held by ICE, so ICE decides whether the client is released: a request "
        "to USCIS does not get the client out. Ask ICE in writing and talk to a lawyer; this "
        "route matters only once the client is released."
    ),
)


def calibrate_for_detention(ctx: Context, shown: dict[str, Pathway]) -> dict[str, Pathway]:
    """While detained: no parole in place, and every other USCIS pathway `possible` at most."""
    if not detained(ctx):
        return shown
    out = {}
    for pid, pathway in shown.items():
        if pid == "parole_in_place":
            continue
        if (
            pid != "custody_parole"
            and pathway.files != "agency"
            and (pathway.verdict in OPEN_VERDICTS)
        ):
            why = reason("detained_ice_decides", ICE_DECIDES, ["detained"], D.CFR_212_5_AB, None)
            pathway = replace(pathway, verdict="possible", reasons=(why, *pathway.reasons))
        out[pid] = pathway
    return out


def filing_pathways(
    ctx: Context, live: dict[str, Pathway], shown: dict[str, Pathway]
) -> dict[str, Pathway]:
    """The pathways whose forms and documents are listed: while detained only custody parole's
    (a letter to ICE; nothing is filed with USCIS)."""
    if not detained(ctx):
        return live
    return {pid: p for pid, p in shown.items() if pid == "custody_parole"}


# -- urgency -------------------------------------------------------------------------------------

BANNER = Text(
    _(
        "You are held in immigration custody. Ask ICE in writing for your release now (your "
        "deportation officer or the ERO field office). See a lawyer now about bond or a habeas "
        "petition. Do not sign any paper agreeing to leave or to a removal order before a lawyer "
        "has read it."
    ),
    client=_(
        "The client is held in immigration custody. Ask ICE in writing for the client's release "
        "now (the deportation officer or the ERO field office). The client needs a lawyer now "
        "about bond or a habeas petition. The client should not sign any paper agreeing to leave "
        "or to a removal order before a lawyer has read it."
    ),
)


def detained_urgency(ctx: Context) -> tuple[str, Message] | None:
    return ("emergency", Message(BANNER)) if detained(ctx) else None


# -- flags ---------------------------------------------------------------------------------------

SENTENCES = {
    "q_li": _(
        "Matter of Q. Li (BIA 2025-05-15): a person arrested without a warrant while arriving, at "
        "a port or not, is held under INA 235(b) with no bond, and a parole given after that "
        "arrest ends and returns the person to that custody (reported)."
    ),
    "ice_guidance": _(
        "ICE guidance of 2025-07-08 holds every person who was never admitted as an applicant "
        "for admission under INA 235, with release only by parole (reported)."
    ),
    "yajure_hurtado": _(
        "Matter of Yajure Hurtado (BIA 2025-09-05): immigration judges cannot hear bond for "
        "anyone present without admission, however long they have lived here (reported)."
    ),
    "bond_class": _(
        "From 2025-11-26 a federal court's nationwide class (Maldonado Bautista v. Santacruz) "
        "gives bond hearings to people who entered without inspection and were not caught on "
        "arrival, not to a person released at the border on Form I-220A (reported)."
    ),
    "eoir_guidance": _(
        "But since 2026-01-13 immigration judges are told to follow Yajure Hurtado, and bond is "
        "widely denied (reported)."
    ),
    "circuit_split": _(
        "Since 2026-02-06 the courts of appeals are split: the 5th and 8th Circuits uphold "
        "detention without bond, the 2d Circuit rejects it, and bond is reported available in "
        "the 2d, 6th, 7th and 11th Circuits."
    ),
    "supreme_court": _(
        "On 2026-06-26 the government asked the Supreme Court to decide; the outcome is not "
        "confirmed."
    ),
}
OPENING = Text(
    _(
        "You are held in immigration custody and you were not admitted, so whether you can get "
        "out on bond depends on how you came in and on court decisions that are still moving."
    ),
    client=_(
        "The client is held in immigration custody and was not admitted, so whether the client "
        "can get out on bond depends on how the client came in and on court decisions that are "
        "still moving."
    ),
)
CLOSING = Text(
    _(
        "The law is unsettled: a habeas petition in federal district court (28 U.S.C. 2241) is "
        "the way around a no-bond rule, and a transfer to another state can change which court's "
        "law applies. Talk to a lawyer now."
    ),
    client=_(
        "The law is unsettled: a habeas petition in federal district court (28 U.S.C. 2241) is "
        "the way around a no-bond rule, and a transfer to another state can change which court's "
        "law applies. The client needs a lawyer now."
    ),
)


def _in_force(ctx: Context, key: str) -> bool:
    entry = D.MANDATORY_DETENTION[key].on(ctx.as_of)
    return entry is not None and entry.value is True


def _keys_in_force(ctx: Context) -> list[str]:
    """The dated sentences that reach how the person came in, each from its date."""
    arriving = ctx.get("entry") in ARRIVING
    keys = ["q_li", "ice_guidance"] if arriving else ["ice_guidance", "yajure_hurtado"]
    if not arriving:
        keys += ["bond_class", "eoir_guidance"]
    keys += ["circuit_split", "supreme_court"]
    return [k for k in keys if _in_force(ctx, k)]


def mandatory_detention_sentences(ctx: Context) -> list[str]:
    return [OPENING, *(SENTENCES[k] for k in _keys_in_force(ctx)), CLOSING]


def detention_flags(ctx: Context) -> list[Flag]:
    if not detained(ctx):
        return []
    if ctx.get("entry") == "admitted":
        return [_bond_hearing(ctx)]
    sources = [D.MANDATORY_DETENTION[k].values[-1].source for k in _keys_in_force(ctx)]
    message, params = paragraph(*mandatory_detention_sentences(ctx))
    return [
        Flag(
            message,
            params,
            id="mandatory_detention",
            severity="stop",
            source="; ".join([*sources, D.HABEAS]),
        )
    ]


def _bond_hearing(ctx: Context) -> Flag:
    decided = _in_force(ctx, "q_li")
    message = (
        Text(
            _(
                "You were admitted (for example with a visa), so the no-bond decisions for "
                "people never admitted (Matter of Q. Li, Matter of Yajure Hurtado) do not reach "
                "you: you are held under INA 236(a), and you can ask an immigration judge to set "
                "bond, unless a criminal conviction makes detention mandatory (INA 236(c)) or a "
                "final removal order already exists (a lawyer checks). Parole is only for people "
                "not admitted. Ask ICE in writing for release and see a lawyer now."
            ),
            client=_(
                "The client was admitted (for example with a visa), so the no-bond decisions for "
                "people never admitted (Matter of Q. Li, Matter of Yajure Hurtado) do not reach "
                "the client: the client is held under INA 236(a) and can ask an immigration "
                "judge to set bond, unless a criminal conviction makes detention mandatory (INA "
                "236(c)) or a final removal order already exists (a lawyer checks). Parole is "
                "only for people not admitted. Ask ICE in writing for release and see a lawyer "
                "now."
            ),
        )
        if decided
        else Text(
            _(
                "You were admitted (for example with a visa), so you are held under INA 236(a) "
                "and you can ask an immigration judge to set bond, unless a criminal conviction "
                "makes detention mandatory (INA 236(c)) or a final removal order already exists "
                "(a lawyer checks). Parole is only for people not admitted. Ask ICE in writing "
                "for release and see a lawyer now."
            ),
            client=_(
                "The client was admitted (for example with a visa), so the client is held under "
                "INA 236(a) and can ask an immigration judge to set bond, unless a criminal "
                "conviction makes detention mandatory (INA 236(c)) or a final removal order "
                "already exists (a lawyer checks). Parole is only for people not admitted. Ask "
                "ICE in writing for release and see a lawyer now."
            ),
        )
    )
    return Flag(message, id="bond_hearing", severity="stop", source=D.INA_236A)
