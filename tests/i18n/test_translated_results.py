"""The Spanish test of every public scenario's result page and PDF (no English sentence left),
for Haitian Creole, Ukrainian and Dari: it runs for each of them as soon as its catalogue is
complete (offered), and until then says how far it is."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.utils import translation

from parole_screen import catalogues
from tests.result.conftest import VALID_SCENARIOS, put_result

from .english import english_left
from .test_spanish_result import result_in

pytestmark = pytest.mark.django_db

LANGUAGES = ("ht", "uk", "fa-af")


def offered_or_skip(code: str) -> None:
    if code not in dict(settings.LANGUAGES):
        folder = settings.LOCALE_PATHS[0] / translation.to_locale(code)
        left = len(catalogues.po.problems(folder / "LC_MESSAGES" / "django.po"))
        pytest.skip(f"{code}: not offered until complete ({left} entries to go)")


@pytest.mark.parametrize("s", VALID_SCENARIOS, ids=lambda s: s["file"][:2])
def test_result_and_pdf_hold_no_english_sentence(client, s):
    # the English result is the reference for all three: rendered once per scenario
    offered = [code for code in LANGUAGES if code in dict(settings.LANGUAGES)]
    if not offered:
        offered_or_skip(LANGUAGES[0])
    put_result(client, s["answers"], s["as_of"])
    english, citations, english_pdf = result_in(client, "en")
    for code in offered:
        translated, _citations, translated_pdf = result_in(client, code)
        assert english_left(english, translated, citations) == [], code
        assert english_left(english_pdf, translated_pdf, citations) == [], code
