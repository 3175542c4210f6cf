"""Every public scenario's result page and PDF in Spanish: none of the English sentences of the
same result (rendered in English) is left, and the Spanish texts are there."""

from __future__ import annotations

import re

import pytest
from django.conf import settings
from django.utils import translation

from tests.result.conftest import VALID_SCENARIOS, pdf_text, put_result

from .english import english_left, page_text, sentences

pytestmark = pytest.mark.django_db


def spanish_is_complete() -> None:
    assert "es" in dict(settings.LANGUAGES), "the Spanish catalogue is not complete"


def result_in(client, language: str) -> tuple[str, list[str], str]:
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    response = client.get("/result/")
    assert f'<html lang="{language}"' in response.content.decode()
    text, citations = page_text(response.content.decode())
    return text, citations, pdf_text(client.get("/result/pdf/").content)


@pytest.mark.parametrize("s", VALID_SCENARIOS, ids=lambda s: s["file"][:2])
def test_spanish_result_and_pdf_hold_no_english_sentence(client, s):
    spanish_is_complete()
    put_result(client, s["answers"], s["as_of"])
    english, citations, english_pdf = result_in(client, "en")
    spanish, _citations, spanish_pdf = result_in(client, "es")
    assert len(sentences(english)) > 10  # the reference is a real page
    assert english_left(english, spanish, citations) == []
    assert english_left(english_pdf, spanish_pdf, citations) == []
    with translation.override("es"):
        heading = translation.gettext("Your answers")
    assert heading != "Your answers"
    assert heading in spanish and heading in spanish_pdf


def test_the_check_finds_an_english_sentence():
    english = "You may qualify for humanitarian parole.\nForm I-131"
    assert english_left(
        english, "Puede calificar. You may qualify for humanitarian parole.", []
    ) == ["You may qualify for humanitarian parole"]
    assert english_left(english, "Puede calificar para el permiso humanitario.", []) == []


def test_citations_on_a_spanish_page_are_marked_english(client):
    """A screen reader reads an English citation with English sounds, not Spanish ones."""
    spanish_is_complete()
    s = VALID_SCENARIOS[0]
    put_result(client, s["answers"], s["as_of"])
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "es"
    html = client.get("/result/").content.decode()
    folded = re.findall(
        r'<details class="source-details">\s*<summary>[^<]*</summary>\s*<p[^>]*>', html
    )
    assert folded, "the result page folds its sources"
    assert all(p.endswith('<p lang="en" dir="ltr">') for p in folded)
    # the official form titles stay English too
    assert ': <span lang="en" dir="ltr">Application for Travel Documents, Parole Documents' in html
