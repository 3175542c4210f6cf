"""A green card the person can file before parole ends is shown before the pathways, on the page,
in the PDF and in words about the client."""

import html
import re

import pytest

from screening.result import labels
from tests.result.conftest import pdf_text, scenario, squash

pytestmark = pytest.mark.django_db


def page_text(client) -> str:
    body = client.get("/result/").content.decode()
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", body)))


def test_the_leading_green_card_comes_before_the_pathways(client, screened):
    assessment = screened(scenario("30"))
    assert next(a for a in assessment.alternatives if a.id == "adjustment_of_status").lead
    text = page_text(client)
    lead = text.index("Look at this route first", text.index("What to do first"))
    green_card = str(labels.name(labels.ALTERNATIVES, "adjustment_of_status"))
    re_parole = str(labels.name(labels.PATHWAYS, "re_parole"))
    # the sections after the first screen's summary: the lead route, then the pathways
    assert lead < text.index(green_card, lead) < text.index(re_parole, lead)
    assert "Re-parole comes second" in text
    assert "Keep your parole current while it is pending" in text
    body = client.get("/result/").content.decode()
    others = re.search(r'<details[^>]*id="fold-alternatives".*?</details>', body, re.DOTALL)
    assert others is None or green_card not in html.unescape(others.group(0))  # not shown twice


def test_the_pdf_shows_the_leading_route_first(client, screened):
    screened(scenario("30"))
    text = squash(pdf_text(client.get("/result/pdf/").content))
    assert text.index(squash("Look at this route first")) < text.index(
        squash(str(labels.name(labels.PATHWAYS, "re_parole")))
    )


def test_nothing_leads_without_re_parole(client, screened):
    screened(scenario("01"))
    assert "Look at this route first" not in page_text(client)
