"""What every rule reads: the `Context` (answers plus the as-of day), how a `Reason` is built,
how reasons make a verdict, and the pathway id sets the later steps share."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from . import knowledge as K
from .answers import Answers
from .assessment import Reason
from .parole_end import parole_ended
from .text import _

VISA_TOO_LATE = frozenset({"none", "too_slow"})


# Pathways after which a grant of parole (and so the parole fee) can follow.
GRANTING = frozenset(
    {
        "humanitarian_parole",
        "significant_public_benefit_parole",
        "law_enforcement_parole",
        "military_parole_in_place",
        "parole_in_place",
        "re_parole",
        "afghan_re_parole",
        "international_entrepreneur_parole",
        "immvi_parole",
    }
)


OPEN_VERDICTS = frozenset({"likely", "possible"})
I131_ITEM_SOURCE = f"{K.I131_PART1} (replica)"


@dataclass
class Context:
    a: Answers
    as_of: dt.date

    def get(self, key: str) -> Any:
        return self.a.get(key)

    def has(self, key: str) -> bool:
        return self.a.has(key)

    def reasons(self) -> frozenset[str]:
        return frozenset(self.a.items("reasons"))

    @property
    def outside(self) -> bool:
        return self.get("location") == "outside_us"

    @property
    def inside(self) -> bool:
        return self.get("location") == "inside_us"

    @property
    def coming(self) -> bool:
        return self.get("goal") == "come_to_us"

    @property
    def staying(self) -> bool:
        return self.get("goal") == "stay_in_us"

    def program(self, name: str) -> K.Dated[str]:
        status = K.PROGRAMS[name].on(self.as_of)
        assert status is not None  # every program series starts at EARLIEST
        return status

    def policy(self, name: str) -> K.Dated[bool]:
        value = K.POLICIES[name].on(self.as_of)
        assert value is not None
        return value

    def parole_expired(self) -> bool | None:
        """Whether parole has ended on `as_of` (parole_end.py: the one meaning of "ended")."""
        return parole_ended(self)


def reason(
    code: str,
    message: str,
    answers: Iterable[str] = (),
    source: str = "",
    met: bool | None = None,
    **params: Any,
) -> Reason:
    return Reason(message, params, code=code, answers=tuple(answers), source=source, met=met)


def unknown(key: str, question: str, source: str = K.PM_VOL3_PF) -> Reason:
    return reason(
        f"missing_{key}",
        _("Not answered yet: {question}. The result may change once we know."),
        [key],
        source,
        None,
        question=question,
    )


def verdict_from(reasons: Iterable[Reason]) -> str:
    """unlikely if anything fails; likely if everything is met; possible otherwise."""
    marks = [r.met for r in reasons]
    if False in marks:
        return "unlikely"
    if all(mark is True for mark in marks):
        return "likely"
    return "possible"


def program_closed_reason(ctx: Context, program: str, name: str) -> Reason:
    status = ctx.program(program)
    if status.effective_from == dt.date.min:  # the first entry: no start date to show
        return reason(
            f"{program}_{status.value}",
            _("{name}: {note} (last verified {verified}). Check uscis.gov for changes."),
            [],
            status.source,
            False,
            name=name,
            note=status.note or status.value,
            verified=status.verified_on.isoformat(),
        )
    return reason(
        f"{program}_{status.value}",
        _(
            "{name}: {note} (status as of {since}, last "
            "verified {verified}). Check uscis.gov for changes."
        ),
        [],
        status.source,
        False,
        name=name,
        note=status.note or status.value,
        since=status.effective_from.isoformat(),
        verified=status.verified_on.isoformat(),
    )
