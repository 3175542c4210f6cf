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
    """The text of <main>, with what is marked lang="en" (citations, official titles) kept apart."""

    VOID = {"br", "img", "input", "meta", "link", "hr", "wbr", "source"}

    def __init__(self):
        super().__init__()
        self.parts: list[str] = []
        self.citations: list[str] = []
        self.depth = 0  # inside <main>
        self.stack: list[str] = []  # open tags inside <main>
        self.english_at: int | None = None  # the stack depth of the open lang="en" element
        self.citation: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "main":
            self.depth += 1
        if tag in ("p", "li", "h1", "h2", "h3", "h4", "dt", "dd", "td", "th", "summary", "br"):
            self.parts.append("\n")
        if not self.depth or tag in self.VOID:
            return
        self.stack.append(tag)
        if attrs.get("lang") == "en" and self.english_at is None:
            self.english_at, self.citation = len(self.stack), []
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag == "main":
            self.depth -= 1
        if self.depth and tag in self.stack:
            while self.stack:
                if self.english_at is not None and len(self.stack) == self.english_at:
                    self.citations.append(squash("".join(self.citation)))
                    self.english_at = None
                    self.parts.append(" ")
                if self.stack.pop() == tag:
                    break
        if tag in ("p", "li", "h1", "h2", "h3", "h4", "dt", "dd", "td", "th", "summary"):
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.depth:
            return
        if self.english_at is not None:
            self.citation.append(data)
        else:
            self.parts.append(data)


def page_text(html: str) -> tuple[str, list[str]]:
    """(the text of <main> without what is marked English, the texts marked English)."""
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
    # a line of a citation that a right-to-left PDF breaks elsewhere is still the citation
    cited = [squash(c) for c in citations]
    return sorted(
        {
            s
            for s in sentences(without_proper_names(english, citations))
            if s in target and not any(s in c for c in cited)
        }
    )
