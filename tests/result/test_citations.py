"""Sources as a person reads them: the authority named (marked English), what is said about it in
the reader's language, and the outlets that reported an unconfirmed fact never named outside the
facts register."""

from __future__ import annotations

import re

import pytest
from django.utils import translation

from screening.facts.register import all_facts
from screening.result.citations import OUTLETS, cite, cited_html, cited_text
from screening.rules.answer_dates import ANSWER_SOURCE
from screening.rules.restrictions import PAROLE_FEE_WITHHELD

REGISTER_SOURCES = sorted({e.dated.source for f in all_facts() for e in f.entries})
# a web address in a source that is not the government's names who reported it
_SITE = re.compile(r"\b[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|law|news|info|io)\b")


def test_an_outlet_becomes_reported_not_confirmed_and_the_authority_stays():
    source = (
        "USCIS statements on the parole fee, 2025-10-16 (reported by cubaheadlines, Constangy "
        "and particle.news); 8 U.S.C. 1804 (Pub. L. 119-21, 2025-07-04)"
    )
    assert cited_text(source) == (
        "USCIS statements on the parole fee, 2025-10-16 (reported, not confirmed by the agency); "
        "8 U.S.C. 1804 (Pub. L. 119-21, 2025-07-04)"
    )
    assert cited_text("ICE jurisdiction list (seguritan.com); INA 212(a)(9)") == (
        "ICE jurisdiction list (reported, not confirmed by the agency); INA 212(a)(9)"
    )
    assert cited_text("90 FR 58032 (2025-12-15); litigation tracker (2026-07-27)") == (
        "90 FR 58032 (2025-12-15); reported, not confirmed by the agency"
    )


def test_what_a_source_says_is_in_the_readers_language_and_the_names_are_marked_english():
    source = (
        "uscis.gov/i-131 as recorded 2026-10-02, 2026-10-08 and 2026-05-11 by three "
        "independent sources"
    )
    with translation.override("es"):
        html = str(cited_html(source))
        assert html == (
            '<span lang="en" dir="ltr">uscis.gov/i-131</span> (según lo registrado el 2026-10-02, '
            "2026-10-08, 2026-05-11 por tres fuentes independientes)"
        )
        closed = str(cited_html("INA 201, 203; 90 FR 58032 (FRP closed)"))
        assert "(FRP closed)" not in closed and "programas de parole" in closed
        reported = str(cited_html("8 U.S.C. 1804; FY2027 adjustment, reported by one source"))
        assert "reported" not in reported and "no confirmado por la agencia" in reported


def test_a_date_the_person_gave_names_the_question_never_the_answer_key():
    source = ANSWER_SOURCE.format(key="needed_by")
    assert "needed_by" not in cited_text(source)
    assert cited_text(source).startswith("your answer to “")
    assert cited_text(source, about_client=True).startswith("the client's answer to “")
    with translation.override("es"):
        assert cited_text(source).startswith("su respuesta a “")


def test_a_source_repeated_in_one_line_reads_once():
    assert cited_text("8 CFR 212.5(e)(1); 8 CFR 212.5(e)(1)") == "8 CFR 212.5(e)(1)"


@pytest.mark.parametrize("source", [*REGISTER_SOURCES, PAROLE_FEE_WITHHELD])
def test_no_source_of_the_register_names_an_outlet_once_cited(source):
    shown = cited_text(source) + " " + cited_text(source, about_client=True)
    assert "reported by" not in shown.lower()
    for outlet in OUTLETS:
        assert outlet not in shown, outlet
    # every site named in the register that is not a government one is a listed outlet
    for site in _SITE.findall(source):
        assert site in shown or any(site in o or o in site for o in OUTLETS), site
    assert not _SITE.findall(shown), shown
    assert cite(source), "every source keeps something to say"
