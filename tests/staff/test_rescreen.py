"""Re-screen under today's rules: a case stored before CHNV ended shows the change."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils.formats import date_format

from screening.models import AuditEvent, CaseSnapshot
from screening.staff.diff import compare
from tests.conftest import load_scenarios

from .conftest import MEDICAL, make_case, opened_now

pytestmark = pytest.mark.django_db


def rows_by_id(rows):
    return {row.id: row for row in rows}


def test_diff_shows_chnv_terminated_since_the_stored_snapshot(chnv_case):
    from screening.rules import Answers, assess

    today = assess(Answers.from_dict(chnv_case.answers), dt.date.today()).to_dict()
    diff = compare(chnv_case.assessment, today)
    assert diff.has_changes
    chnv = rows_by_id(diff.pathways)["chnv_parole"]
    assert (chnv.old, chnv.new, chnv.change) == ("possible", "unavailable", "changed")
    assert rows_by_id(diff.flags)["program_closed"].change == "added"
    assert rows_by_id(diff.forms)["I-134A"].change == "removed"
    assert rows_by_id(diff.fees)["parole_fee"].change == "added"


def test_rescreen_page_shows_the_changes_side_by_side(paralegal_client, chnv_case):
    response = paralegal_client.get(reverse("staff:rescreen", args=[chnv_case.reference]))
    html = response.content.decode()
    assert response.status_code == 200
    assert "The result has changed." in html
    assert f"Stored (as of {date_format(dt.date(2025, 1, 27))})" in html
    assert f"Today (as of {date_format(dt.date.today())})" in html
    assert "Parole for Cubans, Haitians, Nicaraguans and Venezuelans (CHNV)" in html
    assert "Closed or paused" in html  # today's verdict for CHNV
    assert "Program closed or paused" in html  # the flag that was added
    assert "Parole fee (due if parole is granted)" in html
    assert "<td>Standard</td><td>Standard</td>" in html  # urgency in words, unchanged
    assert "Accept today&#x27;s result" not in html and "Accept today's result" not in html


def test_unchanged_case_says_nothing_changed_and_offers_no_accept(attorney_client, db):
    case = make_case(MEDICAL)
    html = attorney_client.get(reverse("staff:rescreen", args=[case.reference])).content.decode()
    assert "Nothing has changed: the rules are the same" in html
    assert "There is nothing to accept." in html
    assert "Accept today" not in html


def test_accepting_an_unchanged_result_changes_nothing(attorney_client, db):
    case = make_case(MEDICAL)
    response = attorney_client.post(reverse("staff:rescreen", args=[case.reference]))
    assert response.status_code == 302
    assert not CaseSnapshot.objects.filter(case=case).exists()
    assert not AuditEvent.objects.filter(action="rescreen_accepted").exists()


def test_newer_rules_with_the_same_result_say_so_and_offer_no_accept(attorney_client, db):
    case = make_case(MEDICAL)
    case.assessment = case.assessment | {"rules_version": "2026-01-01+older"}
    case.rules_version = "2026-01-01+older"
    case.save()
    html = attorney_client.get(reverse("staff:rescreen", args=[case.reference])).content.decode()
    assert "The rules have changed since then" in html
    assert "Nothing has changed: today's rules give the same result." in html
    assert "Accept today" not in html


def test_the_comparison_names_fee_exemptions_in_words(attorney_client, db):
    military_spouse = next(s for s in load_scenarios() if s["file"].startswith("04-"))
    case = make_case(military_spouse["answers"])
    assert any(f["exception"] == "military_parole_in_place" for f in case.assessment["fees"])
    stored = case.assessment
    stored["fees"] = [f for f in stored["fees"] if f["id"] != "i131_filing_fee"]
    case.save()
    html = attorney_client.get(reverse("staff:rescreen", args=[case.reference])).content.decode()
    assert "military_parole_in_place" not in html
    assert "not charged: No filing fee for military parole in place" in html


def test_paralegal_cannot_accept_a_rescreen(paralegal_client, chnv_case):
    response = paralegal_client.post(reverse("staff:rescreen", args=[chnv_case.reference]))
    assert response.status_code == 403
    chnv_case.refresh_from_db()
    assert chnv_case.as_of == dt.date(2025, 1, 27)


def test_attorney_accepts_and_the_old_result_goes_to_history(attorney_client, chnv_case, attorney):
    old = chnv_case.assessment
    page = attorney_client.get(reverse("staff:rescreen", args=[chnv_case.reference]))
    assert "Accept today's result" in page.content.decode()
    response = attorney_client.post(
        reverse("staff:rescreen", args=[chnv_case.reference]), opened_now(chnv_case)
    )
    assert response.status_code == 302
    chnv_case.refresh_from_db()
    assert chnv_case.as_of == dt.date.today()
    assert chnv_case.verdict_summary["chnv_parole"] == "unavailable"
    assert chnv_case.verdicts.get(pathway="chnv_parole").verdict == "unavailable"
    snapshot = CaseSnapshot.objects.get(case=chnv_case)
    assert snapshot.assessment == old
    assert snapshot.as_of == dt.date(2025, 1, 27)
    assert snapshot.replaced_by == attorney
    assert snapshot.reason == "rescreen_accepted"
    html = attorney_client.get(reverse("staff:case_detail", args=[chnv_case.reference]))
    text = html.content.decode()
    assert "A re-screen under today&#x27;s rules was accepted" in text
    # The history says what changed, in words.
    assert (
        "Parole for Cubans, Haitians, Nicaraguans and Venezuelans (CHNV): "
        "Could fit — something is missing or weighs against, then Closed or paused"
    ) in text
    assert "Program closed or paused: added (Good to know)" in text
    assert "(the same rules)" in text
    event = AuditEvent.objects.get(action="rescreen_accepted")
    assert "chnv_parole" in event.detail["changed"]["pathways"]
    assert "program_closed" in event.detail["changed"]["flags"]


def test_rescreen_of_a_draft_goes_back_to_the_case(attorney_client, db):
    case = make_case(None, status="draft")
    response = attorney_client.get(reverse("staff:rescreen", args=[case.reference]))
    assert response.status_code == 302


def test_stored_result_from_older_rules_is_shown_as_stored(paralegal_client, chnv_case):
    """A snapshot made by an older rules version is rendered from its JSON, not re-decided."""
    chnv_case.assessment = chnv_case.assessment | {"rules_version": "2025-03-01+old"}
    stored_reason = chnv_case.assessment["pathways"][0]["reasons"][0]
    stored_reason["text"] = "Stored reason text from 2025."
    del stored_reason["client_text"]  # stored before the rules wrote a form about the client
    chnv_case.rules_version = "2025-03-01+old"
    chnv_case.save()
    html = paralegal_client.get(reverse("staff:case_detail", args=[chnv_case.reference]))
    text = html.content.decode()
    assert "Stored reason text from 2025." in text
    assert "2025-03-01+old" in text
