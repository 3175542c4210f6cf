"""From an approval abroad to the I-94, in order: `arrival_consular_step`,
`arrival_travel_document`, `arrival_port_decision`, `arrival_i94`, `arrival_parole_fee`."""

from __future__ import annotations

from collections.abc import Iterable

from .. import knowledge as K
from ..assessment import AfterGrantAmount, AfterGrantItem, Fee
from ..knowledge import after_grant as AG
from ..text import Message, Text, _
from .common import item, usd
from .who import HEARING, Audience

_REPORTED = K.Dated(K.EARLIEST, True, "", confidence="S")
_CONFIRMED = K.Dated(K.EARLIEST, True, "", confidence="C")


def _port_for(who: Audience) -> tuple[str, ...]:
    """The pathways after which CBP paroles the person at a port: those abroad, and hearing
    parole (DHS paroles the person in for the hearing)."""
    return (*who.arrival, *((HEARING,) if who.hearing else ()))


def arrival_items(who: Audience, fees: Iterable[Fee]) -> list[AfterGrantItem]:
    found: list[AfterGrantItem] = []
    if who.arrival:
        found.append(
            item(
                "arrival_consular_step",
                [
                    _(
                        "After an approval or conditional approval, USCIS sends the notice to the "
                        "petitioner and the attorney."
                    ),
                    Message(
                        Text(
                            _(
                                "Then you contact the U.S. embassy or consulate it names: identity "
                                "checks and fingerprints, an interview and, in some processes, a "
                                "medical exam and Form DS-160."
                            ),
                            client=_(
                                "Then the client contacts the U.S. embassy or consulate it names: "
                                "identity checks and fingerprints, an interview and, in some "
                                "processes, a medical exam and Form DS-160."
                            ),
                        )
                    ),
                ],
                _REPORTED,
                source=AG.ARRIVAL_CONSULAR,
                for_pathways=who.arrival,
            )
        )
        found.append(
            item(
                "arrival_travel_document",
                [
                    Message(
                        Text(
                            _(
                                "The consulate puts a boarding foil in your passport (or on Form "
                                "DS-232 if you have no passport) so that an airline can board "
                                "you. How long it stays valid for travel is not confirmed: ask "
                                "the consulate."
                            ),
                            client=_(
                                "The consulate puts a boarding foil in the client's passport (or "
                                "on Form DS-232 without a passport) so that an airline can board "
                                "the client. How long it stays valid for travel is not "
                                "confirmed: ask the consulate."
                            ),
                        )
                    )
                ],
                _REPORTED,
                source=AG.BOARDING_FOIL,
                for_pathways=who.arrival,
            )
        )
    port = _port_for(who)
    if not port:
        return found
    found.append(
        item(
            "arrival_port_decision",
            [
                Message(
                    Text(
                        _(
                            "At the port of entry, CBP decides whether to parole you and for how "
                            "long: an approval is not yet entry."
                        ),
                        client=_(
                            "At the port of entry, CBP decides whether to parole the client and "
                            "for how long: an approval is not yet entry."
                        ),
                    )
                )
            ],
            _CONFIRMED,
            source=AG.PORT_DECISION,
            for_pathways=port,
        )
    )
    found.append(
        item(
            "arrival_i94",
            [
                Message(
                    Text(
                        _(
                            "CBP then makes an electronic I-94 showing your parole period: print "
                            "it from CBP's website (i94.cbp.dhs.gov). It also registers you."
                        ),
                        client=_(
                            "CBP then makes an electronic I-94 showing the client's parole "
                            "period, printed from CBP's website (i94.cbp.dhs.gov). It also "
                            "registers the client."
                        ),
                    )
                )
            ],
            _REPORTED,
            source=AG.ARRIVAL_I94,
            for_pathways=port,
        )
    )
    fee = next((f for f in fees if f.id == "parole_fee"), None)
    if fee is not None:
        found.append(_parole_fee_item(fee, port))
    return found


def _parole_fee_item(fee: Fee, port: tuple[str, ...]) -> AfterGrantItem:
    figure = usd(fee.amount_usd) or usd(fee.minimum_usd)
    if fee.exempt:
        text = Text(
            _(
                "An exception to the parole fee likely applies, but CBP decides at the port: if "
                "it finds that none applies, the fee ({amount}) is due before you are paroled."
            ),
            client=_(
                "An exception to the parole fee likely applies, but CBP decides at the port: if "
                "it finds that none applies, the fee ({amount}) is due before the client is "
                "paroled."
            ),
        )
    else:
        text = Text(
            _(
                "The parole fee ({amount}) is due when you are paroled: at a port, CBP collects "
                "it and refuses parole to a person who cannot pay, and a conditional approval "
                "becomes parole only once it is paid."
            ),
            client=_(
                "The parole fee ({amount}) is due when the client is paroled: at a port, CBP "
                "collects it and refuses parole to a person who cannot pay, and a conditional "
                "approval becomes parole only once it is paid."
            ),
        )
    return item(
        "arrival_parole_fee",
        [
            Message(text, {"amount": figure}),
            _("How the fee is paid at a port (card, cash or online) is not confirmed."),
        ],
        K.Dated(K.EARLIEST, True, "", verified_on=fee.verified_on or K.VERIFIED, confidence="S"),
        source=f"{AG.PAROLE_FEE_AT_PORT}; {fee.source}",
        amounts=(
            AfterGrantAmount(
                fee.message,
                fee.params,
                id="parole_fee",
                amount_usd=fee.amount_usd,
                effective_from=fee.effective_from,
                confidence=fee.confidence,
            ),
        ),
        for_pathways=port,
    )
