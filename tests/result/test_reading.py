"""Words for the person, citations for the lawyer; the PDF reads like a document; and a result
with nothing to file never points at empty lists."""

import io
import re

from django.template.loader import render_to_string
from pypdf import PdfReader

from screening.result.model import result_context
from tests.result.conftest import assessment_for, put_result, scenario, squash

CITATIONS = ("OMB ICR 202408-1615-011", "three independent sources")
NOTHING_FITS = {
    "location": "outside_us",
    "goal": "come_to_us",
    "reasons": ["family_reunification"],
    "relative_relationship": "parent",
    "visa_option": "available_in_time",
    "financial_supporter": "self",
}


def _reading_line(html: str) -> str:
    """The page without its folded "Where this comes from" details."""
    return re.sub(r'<details class="source-details">.*?</details>', "", html, flags=re.S)


def test_citations_are_folded_under_where_this_comes_from(client, screened):
    screened(scenario("01"))
    html = client.get("/result/").content.decode()
    folded = re.findall(r'<details class="source-details">(.*?)</details>', html, flags=re.S)
    assert folded and all("<summary>Where this comes from</summary>" in d for d in folded)
    for citation in CITATIONS:
        assert citation in " ".join(folded), citation
        assert citation not in _reading_line(html), citation
    reading = _reading_line(html)
    assert "How sure" not in reading and "Based on" not in reading
    assert "(how sure: reported, last verified on" in " ".join(folded)
    # one "Where this comes from" per section, never one per line
    sections = re.findall(r'<details class="fold"', html)
    assert len(folded) <= len(sections), (len(folded), len(sections))


def test_counts_for_only_on_reasons_that_count_and_caveats_read_as_caveats(client, screened):
    screened(scenario("01"))
    html = client.get("/result/").content.decode()
    discretion = re.search(
        r'<li class="reason reason--caveat">\s*<span class="reason-mark">(.*?)</span>\s*'
        r"Even when every condition is met",
        html,
    )
    assert discretion and discretion.group(1) == "Keep in mind:"
    assert not re.search(r"Counts for:</span>\s*Even when every condition", html)


def test_staff_and_the_memo_keep_the_citations_inline():
    s = scenario("01")
    context = result_context(s["answers"], assessment_for(s), show_sources_inline=True)
    html = render_to_string("partials/result_sections.html", context)
    assert "source-details" not in html
    assert (
        'Based on: <span lang="en" dir="ltr">'
        "Form I-134 instructions (OMB ICR 202408-1615-011)</span>" in html
    )
    assert "How sure" in html


def test_the_pdf_lists_the_sources_in_a_section_of_their_own(client, screened):
    screened(scenario("01"))
    pages = PdfReader(io.BytesIO(client.get("/result/pdf/").content)).pages
    texts = [squash(page.extract_text()) for page in pages]
    sources_page = next(i for i, t in enumerate(texts) if squash("Where this comes from") in t)
    before = "".join(texts[:sources_page])
    for citation in CITATIONS:
        assert squash(citation) not in before, citation
        assert squash(citation) in "".join(texts[sources_page:]), citation


def test_the_pdf_first_page_holds_the_summary_verdicts_urgent_actions_and_both_prices(
    client, screened
):
    assessment = screened(scenario("01"))
    pages = PdfReader(io.BytesIO(client.get("/result/pdf/").content)).pages
    first = squash(pages[0].extract_text())
    assert squash("At a glance") in first
    assert squash("Humanitarian parole") in first and squash("Likely to fit") in first
    assert squash("This looks like an emergency") in first
    assert squash("You can ask USCIS to expedite") in first
    assert squash("$630 on paper, $580 if filed online") in first
    # no forced break after the summary: the pathways begin on page one
    assert squash("Parole pathways for your situation") in first
    # the whole result with its after-parole routes and the "If you are paroled" steps
    assert len(pages) <= 8, len(pages)
    assert assessment.urgency == "emergency"


def test_urgent_actions_on_page_one_name_what_stops_the_request(client, db):
    answers = scenario("01")["answers"] | {"risk_factors": ["prior_removal"]}
    put_result(client, answers, "2026-11-28")
    first = squash(
        PdfReader(io.BytesIO(client.get("/result/pdf/").content)).pages[0].extract_text()
    )
    assert squash("Things to watch") in first
    assert squash("The request may go to ICE") in first


def test_the_pdf_first_page_leads_with_a_step_before_filing_and_expedites_after(client, db):
    """The first thing to do is never asking USCIS to expedite "once filed"."""
    put_result(client, scenario("01")["answers"], scenario("01")["as_of"])
    first = PdfReader(io.BytesIO(client.get("/result/pdf/").content)).pages[0].extract_text()
    steps = squash(first).split(squash("In this order"), 1)[1]
    assert steps.startswith(squash("Gather the 9 documents still needed.")), steps[:80]
    assert steps.index(squash("Fill in Forms I-131, I-134 and send them")) < steps.index(
        squash("After filing: Once it is filed, ask USCIS to speed it up")
    )


def test_a_short_result_is_not_spread_over_pages_by_forced_breaks(client, db):
    put_result(client, NOTHING_FITS, "2026-11-28")
    pages = PdfReader(io.BytesIO(client.get("/result/pdf/").content)).pages
    texts = [squash(p.extract_text()) for p in pages]

    heading = squash("Your answers Where are you now?")
    page = next(t for t in texts if heading in t)
    assert page.index(heading) > 200, "the answers start a page of their own"


def test_nothing_to_file_never_points_at_empty_lists(client, db):
    put_result(client, NOTHING_FITS, "2026-11-28")
    html = client.get("/result/").content.decode()
    assert "forms above" not in html
    assert "documents below" not in html
    assert "No form fits your answers as they are." in html


def test_an_emergency_with_nothing_to_file_says_to_get_legal_help(client, db):
    put_result(client, NOTHING_FITS | {"needed_by": "2026-12-01"}, "2026-11-28")
    html = client.get("/result/").content.decode()
    assert "This looks like an emergency" in html
    assert "gather the documents below" not in html
    assert "talk to an immigration lawyer or accredited representative as soon as you can" in html
