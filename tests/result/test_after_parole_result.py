"""The result page and the PDF show what the after-parole alternatives and the new flags carry:
why, what it needs, what can stop it, the forms and fees, the day a waiting period is met, and
that a lawyer must confirm it; a fee not charged never reads "Paid when you file"."""

import datetime as dt
import html
import re

import pytest
from django.utils import formats

from screening.result import labels
from screening.result.citations import cited_text
from tests.result.conftest import pdf_text, scenario, squash

pytestmark = pytest.mark.django_db


def shown(iso: str) -> tuple[str, ...]:
    """A date as a page shows it: in the date format (|date), or as written in a rule's
    message before the template formats date parameters."""
    return (formats.date_format(dt.date.fromisoformat(iso)), iso)


def has_any(text: str, template: str, iso: str) -> bool:
    return any(template.format(day=day) in text for day in shown(iso))


def page_text(client) -> str:
    body = client.get("/result/").content.decode()
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", body)))


def test_cuban_adjustment_shows_the_day_the_year_was_reached_and_its_fee(client, screened):
    assessment = screened(scenario("14"))
    cuban = next(a for a in assessment.alternatives if a.id == "cuban_adjustment_act")
    text = page_text(client)
    assert str(labels.name(labels.ALTERNATIVES, "cuban_adjustment_act")) in text
    assert has_any(text, "you reached one year on {day}", "2026-10-01")
    assert has_any(text, "Waiting period reached on {day}.", "2026-10-01")
    assert "What it needs" in text and "What can still stop it" in text
    assert "A release from custody on Form I-220A is not parole for this law." in text
    # a Cuban Adjustment Act I-485 is filed on paper: no online price
    assert "Form I-485: $1,440 (reported, last verified on" in text
    assert "$1,390" not in text and "File on paper" in text
    assert "a lawyer must confirm this route before you file anything or travel" in text
    assert squash(cited_text(cuban.source)) in squash(text)  # its outlet: "reported, not confirmed"
    assert str(labels.name(labels.FLAGS, "travel_ban")) in text


def test_cancellation_shows_the_ten_years_counted_to_the_notice(client, screened):
    screened(scenario("17"))
    text = page_text(client)
    assert str(labels.name(labels.ALTERNATIVES, "cancellation_of_removal")) in text
    assert has_any(
        text, "you reached ten years on {day}, before the Notice to Appear", "2023-01-15"
    )
    assert "Form EOIR-42B: $1,690" in text
    assert "You can ask USCIS to expedite" not in text


def test_the_pdf_carries_the_same_alternatives(client, screened):
    screened(scenario("14"))
    text = squash(pdf_text(client.get("/result/pdf/").content))
    assert any(squash(f"Waiting period reached on {d}.") in text for d in shown("2026-10-01"))
    assert squash("A release from custody on Form I-220A is not parole") in text
    assert squash("a lawyer must confirm this route") in text


def test_a_fee_not_charged_never_says_paid_when_you_file(client, screened):
    screened(scenario("13"))  # military parole in place: no I-131 fee
    body = client.get("/result/").content.decode()
    card = body[body.index('id="fee-i131_filing_fee"') :]
    card = card[: card.index("</article>")]
    assert "Paid when you file" not in card
    assert "Not charged" in card


def test_an_excepted_parole_fee_reads_likely_and_dhs_decides(client, screened):
    screened(scenario("15"))  # returned to Canada to await a hearing
    text = page_text(client)
    assert "An exception in the law likely applies: DHS decides" in text
    assert str(labels.name(labels.PATHWAYS, "hearing_parole")) in text
    assert "You do not file Form I-131" in text
