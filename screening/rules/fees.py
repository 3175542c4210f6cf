"""Filing fees: Form I-131 (with its exemptions and waivers), Form I-131F and Form I-941. The
parole fee, due on grant, is `parole_fee.py`."""

from __future__ import annotations

from . import knowledge as K
from .assessment import Fee, Form, Pathway
from .context import Context
from .forms import CATEGORY_WORDS, RE_PAROLE_ITEMS, _i131_exemption, _i131_waivable
from .knowledge import calibration as KC
from .text import Text, _


def _i131_fee(ctx: Context, forms: list[Form]) -> Fee | None:
    i131 = [f for f in forms if f.id == "I-131"]
    if not i131:
        return None
    entry = K.I131_FILING_FEE.on(ctx.as_of)
    assert entry is not None
    amount = entry.value
    base = {
        "id": "i131_filing_fee",
        "amount_usd": amount.paper_usd,
        "online_amount_usd": amount.online_usd,
        "due": "with_filing",
        "effective_from": entry.effective_from,
        "verified_on": entry.verified_on,
        "source": entry.source,
        "confidence": entry.confidence,
    }
    exemption = _i131_exemption(ctx, forms)
    if exemption:
        exception, message, source, confidence = exemption
        return Fee(
            message,
            {"category": CATEGORY_WORDS.get(exception, "")} if exception in CATEGORY_WORDS else {},
            **base
            | {"exempt": True, "exception": exception, "source": source, "confidence": confidence},
        )
    waivable = any(_i131_waivable(ctx, f.part) for f in i131)
    afghan = any("afghan_re_parole" in f.for_pathways for f in i131)
    if afghan:
        note = Text(
            _(
                "{paper} per person on paper ({online} online), paid "
                "when you file. USCIS did not charge this fee for "
                "Afghan re-parole through 2025-01-31; whether it still "
                "does not is not confirmed: check uscis.gov/g-1055."
            ),
            client=_(
                "{paper} per person on paper ({online} online), paid "
                "with the filing. USCIS did not charge this fee for "
                "Afghan re-parole through 2025-01-31; whether it still "
                "does not is not confirmed: check uscis.gov/g-1055."
            ),
        )
    elif any(f.part == RE_PAROLE_ITEMS["military_pip"] for f in i131):
        note = Text(
            _(
                "{paper} per person on paper ({online} online), paid "
                "when you file. A first request for military parole "
                "in place has no I-131 fee; whether re-parole under "
                "it is also free is not confirmed: check "
                "uscis.gov/g-1055."
            ),
            client=_(
                "{paper} per person on paper ({online} online), paid "
                "with the filing. A first request for military parole "
                "in place has no I-131 fee; whether re-parole under "
                "it is also free is not confirmed: check "
                "uscis.gov/g-1055."
            ),
        )
    elif waivable and ctx.get("can_pay_fees") is False:
        note = Text(
            _(
                "{paper} per person on paper ({online} online). You "
                "can ask for a fee waiver on Form I-912; then you "
                "must file on paper."
            ),
            client=_(
                "{paper} per person on paper ({online} online). The "
                "client can ask for a fee waiver on Form I-912; then "
                "the request must be filed on paper."
            ),
        )
    elif waivable:
        note = Text(
            _(
                "{paper} per person on paper ({online} online), paid "
                "when you file. A fee waiver (Form I-912) is reported "
                "to be available."
            ),
            client=_(
                "{paper} per person on paper ({online} online), paid "
                "with the filing. A fee waiver (Form I-912) is "
                "reported to be available."
            ),
        )
    else:
        note = Text(
            _("{paper} per person on paper ({online} online), paid when you file."),
            client=_("{paper} per person on paper ({online} online), paid with the filing."),
        )
    online = f"${amount.online_usd:,}" if amount.online_usd else _("no online figure recorded")
    return Fee(
        note, {"paper": f"${amount.paper_usd:,}", "online": online}, **base | {"waivable": waivable}
    )


def _i131f_fee(ctx: Context, forms: list[Form]) -> Fee | None:
    """Keeping Families Together: Form I-131F, $580, online only, no fee waiver."""
    if not any(f.id == "I-131F" for f in forms):
        return None
    entry = KC.I131F_FILING_FEE.on(ctx.as_of)
    assert entry is not None
    return Fee(
        Text(
            _("{amount}, paid online when you file. No fee waiver can be asked for."),
            client=_("{amount}, paid online with the filing. No fee waiver can be asked for."),
        ),
        {"amount": f"${entry.value.paper_usd:,}"},
        id="i131f_filing_fee",
        amount_usd=entry.value.paper_usd,
        online_amount_usd=entry.value.online_usd,
        due="with_filing",
        waivable=False,
        effective_from=entry.effective_from,
        verified_on=entry.verified_on,
        source=entry.source,
        confidence=entry.confidence,
    )


def _i941_fee(ctx: Context, live: dict[str, Pathway]) -> Fee | None:
    if "international_entrepreneur_parole" not in live:
        return None
    entry = K.I941_FILING_FEE.on(ctx.as_of)
    assert entry is not None
    if entry.value.paper_usd is None:
        note = _(
            "The I-941 fee after the 2024 fee rule is not confirmed (it was $1,200 plus "
            "$85 biometrics in 2017). Check uscis.gov/g-1055 before filing."
        )
    else:
        note = Text(
            _("{amount} when you file (reported)."),
            client=_("{amount} with the filing (reported)."),
        )
    return Fee(
        note,
        {"amount": f"${entry.value.paper_usd or 0:,}"},
        id="i941_filing_fee",
        amount_usd=entry.value.paper_usd,
        due="with_filing",
        waivable=False,
        effective_from=entry.effective_from,
        verified_on=entry.verified_on,
        source=entry.source,
        confidence=entry.confidence,
    )
