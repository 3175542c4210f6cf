"""The result page: what a person sees after finishing a screening matches `assess`."""

import datetime as dt
import html
import re
from html.parser import HTMLParser

import pytest
from django.template.loader import render_to_string
from django.utils import formats

from screening.result import labels
from screening.result import model as result_model
from screening.result.citations import cited_text
from screening.result.model import result_context
from tests.result.conftest import VALID_SCENARIOS, assessment_for, scenario

IDS = [s["file"][:2] for s in VALID_SCENARIOS]


class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts = []

    def handle_data(self, data):
        self.parts.append(data)


def page_text(response) -> str:
    """The words a reader sees: tags removed, entities decoded, whitespace collapsed."""
    parser = _Text()
    parser.feed(response.content.decode())
    return " ".join("".join(parser.parts).split())


def test_result_without_a_screening_says_so_and_offers_to_start(client, db):
    response = client.get("/result/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "There is no screening in progress" in html
    assert 'href="/screen/"' in html and "Start a screening" in html


@pytest.mark.parametrize("s", VALID_SCENARIOS, ids=IDS)
def test_result_page_shows_what_assess_says(client, screened, s):
    assessment = screened(s)
    response = client.get("/result/")
    assert response.status_code == 200
    text = page_text(response)
    for p in assessment.pathways:
        assert str(labels.name(labels.PATHWAYS, p.id)) in text
        assert str(labels.name(labels.VERDICTS, p.verdict)) in text
        assert str(labels.name(labels.FILERS, p.files)) in text
    for f in assessment.forms:
        assert f"Form {f.id}: {f.title}" in text
        if f.part:
            assert f.part in text
        if f.edition:
            assert f.edition in text
    for fee in assessment.fees:
        assert str(labels.name(labels.FEES, fee.id)) in text
        if fee.exempt and fee.id == "parole_fee":  # DHS decides each exception
            assert "An exception in the law likely applies: DHS decides" in text
        elif fee.exempt:
            assert "Not charged for this request" in text
        if fee.exempt:
            table = (
                labels.PAROLE_FEE_EXCEPTIONS
                if fee.id == "parole_fee"
                else labels.FILING_FEE_EXEMPTIONS
            )
            assert str(labels.name(table, fee.exception)) in text
        elif fee.amount_usd is not None:
            assert f"${fee.amount_usd:,}" in text
    for e in assessment.evidence:
        name, description = labels.name(labels.EVIDENCE, e.id), labels.description(e.id)
        assert str(name) in text
        assert str(description) in text
    for flag in assessment.flags:
        assert str(labels.name(labels.FLAGS, flag.id)) in text
        assert cited_text(flag.source) in text  # in the section's "Where this comes from"
    for alt in assessment.alternatives:
        assert str(labels.name(labels.ALTERNATIVES, alt.id)) in text


def test_result_page_shows_the_ids_no_scenario_leaves_unnamed():
    named = set(labels.PATHWAYS)
    for s in VALID_SCENARIOS:
        assessment = assessment_for(s)
        assert {p.id for p in assessment.pathways} <= named
        assert {e.id for e in assessment.evidence} <= set(labels.EVIDENCE)
        assert {f.id for f in assessment.flags} <= set(labels.FLAGS)
        assert {a.id for a in assessment.alternatives} <= set(labels.ALTERNATIVES)
        assert {f.id for f in assessment.fees} <= set(labels.FEES)


def test_scenario_01_shows_humanitarian_parole_likely_with_forms_fees_and_evidence(
    client, screened
):
    screened(scenario("01"))
    text = page_text(client.get("/result/"))
    assert "Humanitarian parole" in text
    assert "Likely to fit" in text
    assert "Form I-131" in text and "Form I-134" in text
    assert "Part 1 item 7" in text
    assert "01/20/25" in text
    assert "$630" in text and "$580 if filed online" in text
    assert "Medical emergency" in text  # the parole-fee exception that applies
    assert "reported, last verified on" in text
    assert "uscis.gov/g-1055" in text
    assert "Doctor's statement" in text
    assert "Still needed" in text
    assert "I-131F" not in text and "I-134A" not in text


def test_reasons_show_the_answers_they_rest_on_and_their_citation(client, screened):
    assessment = screened(scenario("01"))
    text = page_text(client.get("/result/"))
    reason = assessment.pathways[0].reasons[0]
    assert reason.text in text
    # once, in the pathways' "Where this comes from"
    assert f"Where this comes from Humanitarian parole: {cited_text(reason.source)}" in text
    # the question as the wizard asks it, and the person's answer in words
    assert "Is the condition life-threatening?: Yes" in text


def test_emergency_shows_a_banner_with_the_reason_and_the_expedite_request(client, screened):
    assessment = screened(scenario("01"))
    assert assessment.urgency == "emergency"
    text = page_text(client.get("/result/"))
    assert "This looks like an emergency" in text
    assert assessment.urgency_reason.text in text
    expedite = next(f for f in assessment.flags if f.id == "expedite_request")
    assert expedite.text in text


@pytest.mark.parametrize("s", VALID_SCENARIOS, ids=IDS)
def test_no_banner_when_urgency_is_standard(client, screened, s):
    assessment = screened(s)
    text = page_text(client.get("/result/"))
    banner = "This looks like an emergency" in text or "This is urgent" in text
    assert banner == (assessment.urgency != "standard")


def test_flags_are_styled_by_severity(client, screened):
    s = next(s for s in VALID_SCENARIOS if {f.severity for f in assessment_for(s).flags} > {"info"})
    assessment = screened(s)
    body = client.get("/result/").content.decode()
    for flag in assessment.flags:
        assert f"flag--{flag.severity}" in body
        assert str(labels.name(labels.SEVERITIES, flag.severity)) in body


def test_result_page_says_when_the_rules_were_verified_and_which_version(client, screened):
    assessment = screened(scenario("02"))
    text = page_text(client.get("/result/"))
    verified = formats.date_format(dt.date.fromisoformat(assessment.rules_version.split("+")[0]))
    assert (
        f"Rules last verified on {verified}, rules version {assessment.rules_version}, "
        f"screened as of {formats.date_format(assessment.as_of)}." in text
    )


def test_result_page_has_next_steps_context_and_legal_help(client, screened):
    screened(scenario("02"))
    text = page_text(client.get("/result/"))
    assert "security and background checks" in text
    assert "a denial cannot be appealed" in text
    assert "usually for up to a year" in text
    assert "ask for re-parole" in text
    assert "Parole does not" in text  # parole is not a visa: no lawful status
    assert "https://www.justice.gov/eoir/list-pro-bono-legal-service-providers" in text
    assert "https://www.immigrationadvocates.org/legaldirectory/" in text
    assert "https://ailalawyer.com/" in text


def test_result_page_links_to_the_pdf_with_a_button(client, screened):
    screened(scenario("01"))
    body = client.get("/result/").content.decode()
    assert 'class="button" href="/result/pdf/"' in body
    assert "Download the summary (PDF)" in body


def test_result_page_has_no_inline_script_or_style(client, screened):
    screened(scenario("01"))
    body = client.get("/result/").content.decode()
    assert not re.search(r"<script(?![^>]*\bsrc=)", body)  # external scripts only
    assert "style=" not in body
    assert " onclick=" not in body


def test_result_page_is_not_cached(client, screened):
    screened(scenario("01"))
    response = client.get("/result/")
    assert "no-store" in response["Cache-Control"]


def test_partials_escape_markup_in_any_value_they_echo():
    s = scenario("01")
    context = result_context(s["answers"], assessment_for(s))
    evil = "<script>alert(1)</script>"
    context["answer_rows"] = [{"key": "x", "question": evil, "answer": evil, "step": ""}]
    context["pathways"][0]["reasons"][0]["answers"] = context["answer_rows"]
    context["pathways"][0]["name"] = evil
    for partial in ("answers_appendix", "pathways"):
        rendered = render_to_string(f"partials/{partial}.html", context)
        assert evil not in rendered
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in rendered


def test_answers_echoed_on_the_result_page_are_escaped(client, screened, monkeypatch):
    """No answer is free text today; if one ever is, what the person typed comes back as text."""
    evil = "<script>alert(1)</script>"

    def rows(answers):
        return [{"key": k, "question": k, "answer": evil, "step": ""} for k in answers]

    monkeypatch.setattr(result_model, "describe_answers", rows)
    screened(scenario("01"))
    response = client.get("/result/")
    body = response.content.decode()
    assert evil not in body
    assert html.escape(evil) in body
    assert f"medical_life_threatening: {evil}" in page_text(response)


def test_result_page_links_back_to_check_your_answers(client, screened):
    screened(scenario("01"))
    body = client.get("/result/").content.decode()
    assert 'href="/screen/check/"' in body
