"""Finding English sentences left on a Spanish page or PDF.

The English reference is the same result rendered in English. Its sentences (at least four
words, two of them small English words such as "the" or "you", so that names, ids, form
numbers and citations do not count) must not appear in the Spanish text. Citations of sources
and official form titles are proper names in English in every language: they are taken out of
both texts first.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from screening.rules.knowledge.forms import FORMS

SMALL_WORDS = {
    "the",
    "a",
    "an",
    "you",
    "your",
    "to",
    "of",
    "and",
    "for",
    "is",
    "are",
    "in",
    "or",
    "not",
    "may",
    "can",
    "this",
    "that",
    "with",
    "be",
    "if",
    "it",
    "on",
    "at",
    "by",
    "from",
    "who",
    "what",
    "will",
    "must",
    "has",
    "have",
    "was",
    "were",
    "does",
    "do",
    "there",
    "their",
    "they",
    "which",
    "when",
    "before",
    "after",
}
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")


def squash(text: str) -> str:
    return " ".join(text.split())


class _Text(HTMLParser):
    """The text of <main>, with the citations of `details.source-details` kept apart."""

    def __init__(self):
        super().__init__()
        self.parts: list[str] = []
        self.citations: list[str] = []
        self.depth = 0  # inside <main>
        self.in_details = 0
        self.citation: list[str] | None = None
        self.seen_p = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "main":
            self.depth += 1
        if tag == "details" and "source-details" in (attrs.get("class") or ""):
            self.in_details, self.seen_p = 1, False
        elif tag == "p" and self.in_details and not self.seen_p:
            self.citation, self.seen_p = [], True
        if tag in ("p", "li", "h1", "h2", "h3", "h4", "dt", "dd", "td", "th", "summary", "br"):
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag == "main":
            self.depth -= 1
        if tag == "p" and self.citation is not None:
            self.citations.append(squash("".join(self.citation)))
            self.citation = None
        if tag == "details":
            self.in_details = 0
        if tag in ("p", "li", "h1", "h2", "h3", "h4", "dt", "dd", "td", "th", "summary"):
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.depth:
            return
        if self.citation is not None:
            self.citation.append(data)
        else:
            self.parts.append(data)


def page_text(html: str) -> tuple[str, list[str]]:
    """(the text of <main> without citations, the citations)."""
    parser = _Text()
    parser.feed(html)
    return "".join(parser.parts), parser.citations


def _name_pattern(name: str) -> re.Pattern:
    """A name as it may be broken over lines (a PDF wraps after a space or a slash)."""
    words = [re.escape(word).replace("/", r"/\s*") for word in name.split()]
    return re.compile(r"\s+".join(words))


def without_proper_names(text: str, citations: list[str]) -> str:
    """`text` (lines kept) without the citations and the official form titles."""
    for name in sorted({*citations, *(f.title for f in FORMS.values())}, key=len, reverse=True):
        if name.strip():
            text = _name_pattern(name).sub(" ", text)
    return text


def sentences(text: str) -> list[str]:
    found = []
    for line in text.splitlines():
        for piece in re.split(r"(?<=[.!?:;])\s+|\s+[·–—]\s+", line):
            piece = squash(piece).strip(" .:;,()")
            words = WORD.findall(piece)
            if len(words) >= 4 and len([w for w in words if w.lower() in SMALL_WORDS]) >= 2:
                found.append(piece)
    return found


def english_left(english: str, spanish: str, citations: list[str]) -> list[str]:
    """The English sentences (of `english`, lines kept) that appear in `spanish`."""
    target = squash(without_proper_names(spanish, citations))
    return sorted({s for s in sentences(without_proper_names(english, citations)) if s in target})
