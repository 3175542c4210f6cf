"""`answers_to_check` (info): answers that do not fit together, each named by its question in
words (never by its key), so the person can check them. It never says an answer is wrong."""

from __future__ import annotations

from .assessment import Flag
from .context import Context
from .text import Text, _

MINOR_WITH_ADULT_CHILD = Text(
    _(
        "You answered that you are under 18, and also that you have a son or daughter aged 21 "
        "or older who is a U.S. citizen."
    ),
    client=_(
        "The answers say the client is under 18, and also that the client has a son or "
        "daughter aged 21 or older who is a U.S. citizen."
    ),
)
I485_OUTSIDE = Text(
    _(
        "You answered that you are outside the U.S., and also that a green card application "
        "(Form I-485) is pending."
    ),
    client=_(
        "The answers say the client is outside the U.S., and also that a green card "
        "application (Form I-485) is pending."
    ),
)
PASSED_DATES = {
    "needed_by": Text(
        _("The date you gave for when you need to be in the U.S. (or stay until) has passed."),
        client=_(
            "The date given for when the client needs to be in the U.S. (or stay until) has passed."
        ),
    ),
    "court_date": Text(
        _("The date you gave for when you must be in court has passed."),
        client=_("The date given for when the client must be in court has passed."),
    ),
    "treatment_date": Text(
        _("The date you gave for when the treatment is set to begin has passed."),
        client=_("The date given for when the client's treatment is set to begin has passed."),
    ),
    "donation_date": Text(
        _("The date you gave for when the donation is planned has passed."),
        client=_("The date given for when the donation is planned has passed."),
    ),
}
REENTRY = Text(
    _(
        "You said you had a removal order and entered without inspection: did you leave after "
        "the order and come back?"
    ),
    client=_(
        "The answers say the client had a removal order and entered without inspection: did "
        "the client leave after the order and come back?"
    ),
)
# One message per number of items, so each is a whole sentence a translator can place.
MESSAGES = (
    _("Some answers do not fit together; please check: {a}"),
    _("Some answers do not fit together; please check: {a} {b}"),
    _("Some answers do not fit together; please check: {a} {b} {c}"),
    _("Some answers do not fit together; please check: {a} {b} {c} {d}"),
)
SLOTS = ("a", "b", "c", "d")


def _items(ctx: Context) -> list[Text]:
    items = []
    relatives = set(ctx.a.items("us_relatives"))
    if ctx.get("beneficiary_is_minor") is True and "usc_child_21_or_older" in relatives:
        items.append(MINOR_WITH_ADULT_CHILD)
    if ctx.outside and "i485" in ctx.a.items("pending_applications"):
        items.append(I485_OUTSIDE)
    for key, text in PASSED_DATES.items():
        day = ctx.get(key)
        if day is not None and day < ctx.as_of:
            items.append(text)
    risks = set(ctx.a.items("risk_factors"))
    inferred = "prior_removal" in risks and ctx.inside and ctx.get("entry") == "without_inspection"
    if inferred and ctx.has("unlawful_reentry") and not ctx.a.items("unlawful_reentry"):
        items.append(REENTRY)  # an explicit "neither" where the answers suggest a re-entry
    return items


def answers_to_check_flag(ctx: Context) -> Flag | None:
    items = _items(ctx)[: len(SLOTS)]
    if not items:
        return None
    return Flag(
        MESSAGES[len(items) - 1],
        dict(zip(SLOTS, items, strict=False)),
        id="answers_to_check",
        severity="info",
        source="The person's answers",
    )
