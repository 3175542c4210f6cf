"""Forms: which forms (and which I-131 items) the pathways that apply need, and whether the I-131
fee can be waived or is exempt."""

from __future__ import annotations

from typing import Any

from . import knowledge as K
from .assessment import Form, Pathway
from .context import Context
from .evidence import child_beneficiary
from .knowledge import calibration as KC
from .text import Text, _


def _form(
    ctx: Context,
    form_id: str,
    why: str,
    part: str | None,
    for_pathways: tuple[str, ...],
    **params: Any,
) -> Form:
    info = K.FORMS[form_id]
    edition = info.editions.on(ctx.as_of)
    assert edition is not None
    note = edition.note or (
        "" if edition.value else _("Edition not confirmed: use the one on uscis.gov.")
    )
    return Form(
        why,
        params,
        id=form_id,
        title=info.title,
        part=part,
        edition=edition.value,
        edition_note=note,
        source=edition.source,
        verified_on=edition.verified_on,
        url=info.url,
        for_pathways=for_pathways,
    )


# The groups for which USCIS does not charge the I-131 fee, in words (never the id).
CATEGORY_WORDS = {
    "armed_forces_member": _("a current or former member of the U.S. armed forces"),
    "special_immigrant_juvenile": _("a Special Immigrant Juvenile"),
    "t_or_u_nonimmigrant": _("a T or U nonimmigrant (a victim of trafficking or crime)"),
    "vawa_self_petitioner": _("a VAWA self-petitioner"),
    "afghan_or_iraqi_special_immigrant": _("an Afghan or Iraqi special immigrant"),
}

RE_PAROLE_ITEMS = {
    "u4u": "Part 1 item 10.C",
    "military_pip": "Part 1 item 10.H",
    "afghan": "Part 1 item 10.B",
    "none": "Part 1 item 11",
}


# Where the request goes to ICE (a past removal or removal proceedings), nothing sends the person
# to USCIS: these texts name who receives it instead.
ICE_RISKS = frozenset({"prior_removal", "removal_proceedings"})


def _re_parole_why(ctx: Context, ice: bool) -> str:
    if ice:
        return Text(
            _(
                "Re-parole: a new period of parole, asked for from inside the "
                "U.S. Because of a past removal or removal proceedings, one "
                "secondary source reports that ICE decides it, not USCIS: ask a "
                "lawyer where to send it. Give the dates on your I-94."
            ),
            client=_(
                "Re-parole: a new period of parole, asked for from inside the "
                "U.S. Because of a past removal or removal proceedings, one "
                "secondary source reports that ICE decides it, not USCIS: ask a "
                "lawyer where to send it. Give the dates on the client's I-94."
            ),
        )
    if ctx.parole_expired():
        return Text(
            _(
                "Re-parole: a new period of parole, asked for from inside the "
                "U.S. Your parole has already ended, so talk to a lawyer "
                "before you file. Give the dates on your I-94."
            ),
            client=_(
                "Re-parole: a new period of parole, asked for from inside the "
                "U.S. The client's parole has already ended, so the client "
                "needs a lawyer's advice before filing. Give the dates on the "
                "client's I-94."
            ),
        )
    return Text(
        _(
            "Re-parole: a new period of parole, asked for from inside the "
            "U.S. before the current one ends. Give the date on your "
            "I-94."
        ),
        client=_(
            "Re-parole: a new period of parole, asked for from inside the "
            "U.S. before the current one ends. Give the date on the "
            "client's I-94."
        ),
    )


def _forms(ctx: Context, live: dict[str, Pathway]) -> list[Form]:
    forms: list[Form] = []
    ice = bool(ICE_RISKS & set(ctx.a.items("risk_factors")))
    item7 = tuple(
        p for p in ("humanitarian_parole", "significant_public_benefit_parole") if p in live
    )
    if item7:
        child = child_beneficiary(ctx)
        if ice:
            why = _(
                "The request for parole for someone outside the U.S. (one per person). One "
                "secondary source reports that requests from people with a past removal or "
                "removal proceedings are decided by ICE, not USCIS: check "
                "uscis.gov/i-131-addresses and ask a lawyer where to send it."
            )
        elif child:
            why = _(
                "The request for parole for someone outside the U.S.: one for the child and one "
                "for each adult traveling with the child. File on paper or online; a fee "
                "waiver means paper. Find where to send it at uscis.gov/i-131-addresses."
            )
        else:
            why = _(
                "The request for parole for someone outside the "
                "U.S. (one per person). File on paper or online; a fee waiver means "
                "paper. Find where to send it at uscis.gov/i-131-addresses."
            )
        forms.append(_form(ctx, "I-131", why, "Part 1 item 7", item7))
        forms.append(
            _form(
                ctx,
                "I-134",
                _(
                    "Declaration of financial support: one for the child and one for each "
                    "adult traveling with the child, signed by whoever will support them."
                )
                if child
                else _(
                    "Declaration of financial support: one for each "
                    "person, signed by whoever will support them (it can be the person "
                    "themself)."
                ),
                None,
                item7,
            )
        )
    if "immvi_parole" in live:
        forms.append(
            _form(
                ctx,
                "I-131",
                _(
                    "Parole from abroad for current and former U.S. service members and their "
                    'family (IMMVI): write "IMMVI" on the form and include proof of military '
                    "service. No filing fee. Check uscis.gov/i-131-addresses and ask a lawyer "
                    "where to send it."
                ),
                "Part 1 item 6.B",
                ("immvi_parole",),
            )
        )
        if not item7:
            forms.append(
                _form(
                    ctx,
                    "I-134",
                    _(
                        "Declaration of financial support: one for each "
                        "person, signed by whoever will support them (it can be the person "
                        "themself)."
                    ),
                    None,
                    ("immvi_parole",),
                )
            )
    if "military_parole_in_place" in live:
        forms.append(
            _form(
                ctx,
                "I-131",
                Text(
                    _(
                        "Military parole in place, filed for yourself, with no filing "
                        "fee. Because of a past removal or removal proceedings, one secondary "
                        "source reports that ICE decides it, not USCIS: ask a lawyer where to "
                        "send it."
                    ),
                    client=_(
                        "Military parole in place, filed by the client for themselves, "
                        "with no filing fee. Because of a past removal or removal proceedings, "
                        "one secondary source reports that ICE decides it, not USCIS: ask a "
                        "lawyer where to send it."
                    ),
                )
                if ice
                else Text(
                    _(
                        "Military parole in place, filed for yourself, with no filing "
                        "fee. Check uscis.gov/i-131-addresses for where to file."
                    ),
                    client=_(
                        "Military parole in place, filed by the client for themselves, "
                        "with no filing fee. Check uscis.gov/i-131-addresses for where to file."
                    ),
                ),
                "Part 1 item 8.A",
                ("military_parole_in_place",),
            )
        )
    if "parole_in_place" in live:
        forms.append(
            _form(
                ctx,
                "I-131",
                _(
                    "Parole in place not under a program, asked for from inside the U.S. Because "
                    "of a past removal or removal proceedings, one secondary source reports that "
                    "ICE decides it, not USCIS: ask a lawyer where to send it."
                )
                if ice
                else _(
                    "Parole in place not under a program, asked for from inside the U.S. "
                    "Check uscis.gov/i-131-addresses for where to file."
                ),
                "Part 1 item 9",
                ("parole_in_place",),
            )
        )
    for pid in ("re_parole", "afghan_re_parole"):
        if pid in live:
            program = ctx.get("parole_program") or "none"
            part = RE_PAROLE_ITEMS.get(program, "Part 1 item 10")
            forms.append(
                _form(
                    ctx,
                    "I-131",
                    _re_parole_why(ctx, ice),
                    part,
                    (pid,),
                )
            )
    if "keeping_families_together" in live:
        forms.append(
            _form(
                ctx,
                "I-131F",
                _(
                    "The Keeping Families Together request, filed online only at "
                    "my.uscis.gov (not Form I-131)."
                ),
                None,
                ("keeping_families_together",),
            )
        )
    if "international_entrepreneur_parole" in live:
        forms.append(
            _form(
                ctx,
                "I-941",
                _("The application for entrepreneur parole."),
                None,
                ("international_entrepreneur_parole",),
            )
        )
    for pid in ("uniting_for_ukraine", "chnv_parole", "family_reunification_parole"):
        if pid in live and ctx.outside:  # Form I-134A was only for people abroad
            forms.append(
                _form(
                    ctx,
                    "I-134A",
                    _("Filed online by a U.S.-based supporter, one per person."),
                    None,
                    (pid,),
                )
            )
    waivable = tuple(
        pid
        for f in forms
        if f.id == "I-131" and _i131_waivable(ctx, f.part)
        for pid in f.for_pathways
    )
    if ctx.get("can_pay_fees") is False and waivable and not _i131_exemption(ctx, forms):
        forms.append(
            _form(
                ctx,
                "I-912",
                Text(
                    _(
                        "You said you cannot pay the fees: ask USCIS to waive "
                        "the I-131 filing fee. It goes in the same paper "
                        "package as the I-131. The parole fee itself can "
                        "never be waived."
                    ),
                    client=_(
                        "The client said they cannot pay the fees: ask USCIS "
                        "to waive the I-131 filing fee. It goes in the same "
                        "paper package as the I-131. The parole fee itself "
                        "can never be waived."
                    ),
                ),
                None,
                waivable,
            )
        )
    return forms


def _i131_waivable(ctx: Context, part: str | None) -> bool:
    """A fee waiver is reported available for initial humanitarian parole (item 7) and for
    Ukrainian re-parole (item 10.C) [S]."""
    return part == "Part 1 item 7" or (part == "Part 1 item 10.C")


def _i131_exemption(ctx: Context, forms: list[Form]) -> tuple[str, str, str, str] | None:
    """Why the I-131 fee is $0, if it is: (exception id, message, source, confidence)."""
    parts = {f.part for f in forms if f.id == "I-131"}
    if "Part 1 item 6.B" in parts:
        return (
            "immvi",
            _(
                "USCIS does not charge the I-131 fee for a parole request under IMMVI (service "
                "members, veterans and their family)."
            ),
            KC.IMMVI_FEE_SOURCE,
            "U",
        )
    if "Part 1 item 8.A" in parts:
        return (
            "military_parole_in_place",
            _("Military parole in place is filed with no I-131 fee."),
            K.MILITARY_PIP,
            "S",
        )
    special = ctx.a.items("special_categories")
    if special:
        return (
            special[0],
            Text(
                _(
                    "You said you are {category}. USCIS does not charge the I-131 fee for "
                    "this group."
                ),
                client=_(
                    "The client said they are {category}. USCIS does not charge the I-131 "
                    "fee for this group."
                ),
            ),
            K.I131_FEE_EXEMPT_SOURCE,
            "S",
        )
    if any(f.id == "I-131" and "afghan_re_parole" in f.for_pathways for f in forms):
        exempt = K.AFGHAN_RE_PAROLE_FEE_EXEMPT.on(ctx.as_of)
        assert exempt is not None
        if exempt.value:
            return (
                "afghan_re_parole",
                _("Afghans asking for re-parole for themselves file with no I-131 fee."),
                exempt.source,
                exempt.confidence,
            )
    return None
