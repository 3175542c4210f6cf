"""Latin-script pieces inside right-to-left text (Dari): form names, citations, amounts, dates,
codes. Each is wrapped in Unicode isolates (FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE),
so "Form I-131", "8 CFR 212.5" or "$1,050" keep their order inside a Dari sentence, in the page,
the PDF and the calendar file alike (templates may use `dir="ltr"` on an element instead).
Left-to-right languages get the text unchanged.
"""

from __future__ import annotations

from django.utils.translation import get_language_bidi

FSI, PDI = "\u2068", "\u2069"


def isolate(text):
    """The text isolated when the active language is right to left, else unchanged."""
    if not text or not get_language_bidi():
        return text
    return f"{FSI}{text}{PDI}"
