"""Every public scenario's result page and PDF in Spanish: none of the English sentences of the
same result (rendered in English) is left, and the Spanish texts are there."""

from __future__ import annotations

import re

import pytest
from django.conf import settings
from django.utils import translation
from django.utils.html import escape

from screening.result.citations import cite
from screening.result.model import describe_answers, result_context
from tests.result.conftest import VALID_SCENARIOS, assessment_for, pdf_text, put_result

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
    folded = re.findall(r'<details class="source-details">(.*?)</details>', html, flags=re.S)
    assert folded, "the result page folds its sources"
    # every citation in them is marked English; what is said about it is not
    for entry in result_context(s["answers"], assessment_for(s))["sources"]:
        for pieces in cite(entry["source"]):
            for piece in pieces:
                marked = f'<span lang="en" dir="ltr">{escape(piece.text)}</span>'
                assert (marked in html) == piece.cited, piece
    # the item to tick is said in Spanish, its label as printed on the English form kept
    assert '<dd>Parte 1, casilla 7 (<span lang="en" dir="ltr">Part 1 item 7</span>)</dd>' in html
    # the official form titles stay English too
    assert ': <span lang="en" dir="ltr">Application for Travel Documents, Parole Documents' in html


# Words of a remark about a source ("reported by one source", "as recorded ... by three
# independent sources", "(FRP closed)"): said in Spanish, so never inside what stays English.
REMARKS = (
    "reported",
    "recorded",
    "independent sources",
    "FRP closed",
    "not confirmed",
    "not seen",
    "no source found",
    "person's answer",
    "secondary source",
)
SNAKE_CASE = re.compile(r"\b[a-z]+(?:_[a-z0-9]+)+\b")  # an answer key or an id


@pytest.mark.parametrize("s", VALID_SCENARIOS, ids=lambda s: s["file"][:2])
def test_spanish_sources_and_answers_appendix_are_spanish(client, s):
    spanish_is_complete()
    put_result(client, s["answers"], s["as_of"])
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "es"
    html = client.get("/result/").content.decode()
    text, kept_english = page_text(html)
    pdf = pdf_text(client.get("/result/pdf/").content)
    with translation.override("es"):
        where = translation.gettext("Where this comes from")
        heading = translation.gettext("Your answers")
        spanish_rows = describe_answers(s["answers"])
    with translation.override("en"):
        english_rows = describe_answers(s["answers"])
    # one "De dónde viene esto" per section that rests on sources, never one per line
    assert where != "Where this comes from"
    assert text.count(where) == html.count('<details class="source-details">')
    assert text.count(where) <= html.count('<details class="fold"')
    # what is said about a source is Spanish; only the names stay English
    for name in kept_english:
        assert not [w for w in REMARKS if w in name], name
    # never a raw answer key, on the page or in the PDF
    assert SNAKE_CASE.findall(text + " " + " ".join(kept_english)) == []
    assert SNAKE_CASE.findall(pdf) == []
    # the answers appendix asks every question in Spanish
    appendix = "".join(pdf.split(heading)[-1].split())
    for spanish, english in zip(spanish_rows, english_rows, strict=True):
        assert "".join(spanish["question"].split()) in appendix, spanish["question"]
        if spanish["question"] != english["question"]:
            assert "".join(english["question"].split()) not in appendix, english["question"]
