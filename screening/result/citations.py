"""A source as a person reads it: the authorities it names, in English (they are names), and
what it says about them, in the page's language.

The rules keep each source as one English line ("uscis.gov/i-131 as recorded 2026-10-02 ... by
three independent sources", "8 U.S.C. 1804; FY2027 adjustment ..., reported by one source").
`cite()` cuts it into pieces: a citation (statute, FR notice, case, USCIS page: shown marked
lang="en") or a note in the reader's language. The outlets that reported an unconfirmed fact
(news sites, law firms' blogs) are named only in the facts register (docs/facts.md,
/staff/facts/): here any mention of one becomes "reported, not confirmed by the agency".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from screening.questions import question_text

# Secondary outlets the facts register cites. A name here never reaches a result, a case page
# or a memo; tests/result/test_citations.py fails on an outlet-looking name not listed.
OUTLETS = (
    "OwlBrief",
    "The Hindu",
    "cubaheadlines",
    "Constangy",
    "particle.news",
    "VisaVerge",
    "visahq",
    "cedarnews",
    "dlgvisa",
    "Kyiv Post",
    "Ukraine Immigration Task Force",
    "National Law Review",
    "dworskylaw.com",
    "wasden.law",
    "seguritan.com",
    "myattorneyusa",
    "CLINIC",
    "litigation tracker",
    "T24 dataset",
    "law firms",
    "one test fixture",
    "OMB copydeck",
)
_OUTLET = re.compile("|".join(rf"(?<![\w.]){re.escape(o)}(?![\w])" for o in OUTLETS))
_REPORTED_BY = re.compile(r"[,;]?\s*\breported by\b.*$", re.S)
_SECONDARY = re.compile(r"^(?:reported by )?(?:one|two|three|\d+) (?:weak )?secondary sources?$")
_RECORDED = re.compile(
    r"\s*\bas recorded ((?:\d{4}-\d{2}-\d{2})(?:(?:,| and|,? and) \d{4}-\d{2}-\d{2})*)"
    r"(?: by (\w+) independent sources)?$"
)
_ANSWER = re.compile(r"^The person's answer \((\w+)\)$")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

REPORTED = _("reported, not confirmed by the agency")
COUNTS = {"two": _("two"), "three": _("three"), "four": _("four"), "five": _("five")}
# Whole pieces of a source that are remarks, not names: said in the reader's language.
REMARKS = {
    "FRP closed": _("the family reunification parole programs are closed"),
    "replica": _("a copy of the official form"),
    "Federal Register citation not confirmed": _("the Federal Register citation is not confirmed"),
    "EOIR text not seen": _("the decision's text was not seen"),
    "no source found of grants outside a program": _(
        "no source found of a grant outside a program"
    ),
    "USCIS Parole Operations publishes no standard processing time": _(
        "USCIS publishes no standard processing time for parole"
    ),
    "2025-26 practice not confirmed": _("the practice in 2025 and 2026 is not confirmed"),
    "whether the Afghan halt ended is not confirmed": _(
        "whether the halt of Afghan requests ended is not confirmed"
    ),
    "partial injunction": _("partly blocked by a court"),
    "a new edition was issued in early 2025": _("a new edition was issued in early 2025"),
    "filed by the agency": _("filed by the agency"),
}


@dataclass(frozen=True)
class Piece:
    text: str
    cited: bool  # a name kept in English (lang="en"), else a note in the reader's language


def _split(text: str, separator: str = "; ") -> list[str]:
    """`text` cut at `separator` outside parentheses."""
    parts, depth, start, i = [], 0, 0, 0
    while i < len(text):
        ch = text[i]
        depth += ch == "("
        depth -= ch == ")"
        if depth == 0 and text.startswith(separator, i):
            parts.append(text[start:i])
            i += len(separator)
            start = i
            continue
        i += 1
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]


def _groups(text: str) -> list[tuple[str, bool]]:
    """`text` as (chunk, is a top-level parenthesis' inside) pairs."""
    out, depth, buf = [], 0, ""
    for ch in text:
        if ch == "(" and depth == 0:
            out.append((buf, False))
            buf, depth = "", 1
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                out.append((buf, True))
                buf = ""
                continue
        buf += ch
    out.append((buf, depth > 0))
    return [(c, inside) for c, inside in out if c]


def _is_report(text: str) -> bool:
    text = text.strip(" ,;")
    return bool(text.startswith("reported by") or _SECONDARY.match(text) or _OUTLET.search(text))


def _remark(text: str) -> Piece | None:
    key = text.strip(" ,;")
    if key in REMARKS:
        return Piece(str(REMARKS[key]), False)
    return None


def _part(part: str, about_client: bool) -> list[Piece]:
    """One '; '-separated part of a source as pieces."""
    answer = _ANSWER.match(part)
    if answer:
        question = gettext(question_text(answer.group(1)))
        words = (
            _("the client's answer to “%(question)s”")
            if about_client
            else _("your answer to “%(question)s”")
        )
        return [Piece(str(words) % {"question": question}, False)]
    remark = _remark(part)
    if remark:
        return [remark]
    reported = False
    if part.endswith(", reported"):  # "ICE memo of 2025-06-09 on ..., reported"
        part, reported = part[: -len(", reported")], True
    notes: list[Piece] = []
    recorded = _RECORDED.search(part)
    if recorded:
        dates = ", ".join(_DATE.findall(recorded.group(1)))
        count = COUNTS.get(recorded.group(2) or "")
        if count:
            words = _("as recorded on %(dates)s by %(count)s independent sources") % {
                "dates": dates,
                "count": count,
            }
        else:
            words = _("as recorded on %(dates)s") % {"dates": dates}
        notes.append(Piece(str(words), False))
        part = part[: recorded.start()]
    kept, after_report = "", False
    for chunk, inside in _groups(part):
        if inside and after_report:
            continue  # "litigation tracker (2026-07-27)": the date is the outlet's
        after_report = False
        if not inside:
            if " reported by" in f" {chunk}":
                # what follows "reported by" (outside parentheses) names who reported it
                chunk, reported = _REPORTED_BY.sub("", chunk), True
                kept += chunk
                break
            if _is_report(chunk):
                reported = after_report = True
            else:
                kept += chunk
            continue
        names = []
        for inner in _split(chunk):
            remark = _remark(inner)
            if remark:
                notes.append(remark)
            elif _is_report(inner) or _REPORTED_BY.search(inner):
                reported = True
                rest = _REPORTED_BY.sub("", inner).strip(" ,;")
                if rest and not _is_report(rest):
                    names.append(rest)
            else:
                names.append(inner)
        if names:
            kept += f"({'; '.join(names)})"
    kept = re.sub(r"\s+,", ",", re.sub(r"\s+", " ", kept)).strip(" ,;")
    remark = _remark(kept)
    if remark:
        kept = ""
        notes.insert(0, remark)
    pieces = [Piece(kept, True)] if kept else []
    if reported:
        notes.append(Piece(str(REPORTED), False))
    return pieces + notes


def cite(source: str, about_client: bool = False) -> list[list[Piece]]:
    """The source's parts, each a list of pieces (a citation, then its notes)."""
    parts = [_part(p, about_client) for p in _split(source or "")]
    reported = Piece(str(REPORTED), False)
    seen, out = set(), []
    for pieces in parts:
        key = tuple(pieces)
        if reported in pieces and (reported,) in seen:
            continue
        if pieces and key not in seen:  # "8 CFR 212.5(e)(1); 8 CFR 212.5(e)(1)" reads once
            seen.update({key, (reported,)} if reported in pieces else {key})
            out.append(pieces)
    return out


def cited_text(source: str, about_client: bool = False) -> str:
    """The source as plain text in the reader's language (citations unmarked)."""
    return "; ".join(_join(pieces, lambda p: p.text) for pieces in cite(source, about_client))


def _join(pieces: list[Piece], show) -> str:
    names = [show(p) for p in pieces if p.cited]
    notes = [show(p) for p in pieces if not p.cited]
    if names and notes:
        return f"{' '.join(names)} ({', '.join(notes)})"
    return " ".join(names) or ", ".join(notes)


def cited_html(source: str, about_client: bool = False) -> SafeString:
    """The source as HTML: each citation in `<span lang="en" dir="ltr">`, notes in the reader's."""

    def show(piece: Piece) -> str:
        if piece.cited:
            return format_html('<span lang="en" dir="ltr">{}</span>', piece.text)
        return format_html("{}", piece.text)

    # every piece was escaped by format_html above
    html = "; ".join(_join(pieces, show) for pieces in cite(source, about_client))
    return mark_safe(html)  # noqa: S308
