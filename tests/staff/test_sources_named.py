"""Sources in a client's file name the authority (statute, FR notice, court case, USCIS page) and
otherwise say "reported, not confirmed by the agency": the news sites and blogs that reported an
unconfirmed fact are named only in the facts register (/staff/facts/, docs/facts.md). Checked on
the case page and the attorney memo of a case built from every public scenario."""

from __future__ import annotations

import html
import io
import re
from pathlib import Path

import pytest
from django.urls import reverse
from pypdf import PdfReader

from screening.result.citations import OUTLETS
from tests.conftest import load_scenarios

from .conftest import make_case

pytestmark = pytest.mark.django_db

SCENARIOS = [s for s in load_scenarios() if s["expect"].get("exit", 0) == 0]
REPORTED = "reported, not confirmed by the agency"


def visible(body: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", body)).split())


def memo(client, case) -> str:
    body = client.get(reverse("staff:memo_pdf", args=[case.reference])).content
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(body)).pages)


def outlets_in(text: str) -> list[str]:
    flat = " ".join(text.split())
    found = [o for o in OUTLETS if re.search(rf"(?<![\w.]){re.escape(o)}(?![\w])", flat)]
    # "Reported by secondary sources, last checked on ..." (a date's hint) names no one
    # and "Reported by a single secondary source" neither
    named = re.search(r"reported by (?!(?:a single )?secondary sources?)", flat, re.IGNORECASE)
    return found + (["reported by"] if named else [])


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s["file"][:2] for s in SCENARIOS])
def test_the_case_page_and_the_memo_name_no_outlet(attorney_client, scenario):
    case = make_case(scenario["answers"], None, client_name="Ngozi Okafor")
    page = visible(
        attorney_client.get(reverse("staff:case_detail", args=[case.reference])).content.decode()
    )
    text = memo(attorney_client, case)
    assert "Based on" in page and "Based on" in text
    assert outlets_in(page) == [], "case page"
    assert outlets_in(text) == [], "memo"


def test_a_fact_reported_by_outlets_says_so_on_the_case_page_and_in_the_memo(attorney_client):
    """Scenario 04's parole fee rests on USCIS statements reported by news sites and law firms."""
    scenario = next(s for s in SCENARIOS if s["file"].startswith("04"))
    case = make_case(scenario["answers"], None, client_name="Ngozi Okafor")
    page = visible(
        attorney_client.get(reverse("staff:case_detail", args=[case.reference])).content.decode()
    )
    assert f"USCIS statements on the parole fee, 2025-10-16 ({REPORTED})" in page
    assert "8 U.S.C. 1804" in page
    assert REPORTED in " ".join(memo(attorney_client, case).split())


def test_the_facts_register_still_names_the_outlets(attorney_client):
    page = visible(attorney_client.get(reverse("staff:facts")).content.decode())
    assert outlets_in(page), "the register says who reported what"
    register = (Path(__file__).resolve().parents[2] / "docs" / "facts.md").read_text()
    assert "OwlBrief" in register and "The Hindu" in register


def test_the_check_finds_an_outlet():
    assert outlets_in("USCIS statement (reported by OwlBrief and The Hindu)") == [
        "OwlBrief",
        "The Hindu",
        "reported by",
    ]
