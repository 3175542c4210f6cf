"""What staff see of life after a grant: the memo's "Once the client is paroled" checklist (third
person), the Deadlines page and the case list with the new dates, the re-screen comparison of
the items, and the export."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from screening.staff.diff import compare
from screening.staff.diff_text import changed_rows
from tests.rules.test_after_grant import DONOR, PAROLED

from .conftest import make_case
from .test_memo import body_text, memo

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()


def later(days: int) -> str:
    return (TODAY + dt.timedelta(days=days)).isoformat()


def paroled_case(**extra):
    answers = PAROLED | {"parole_expires_on": later(400)} | extra
    return make_case(answers, TODAY, client_name="Amal Hassan")


def test_the_memo_has_the_after_grant_checklist_about_the_client(attorney_client):
    case = paroled_case(moved_on=later(-2))
    text = body_text(memo(attorney_client, case))
    start = text.index("Once the client is paroled")
    section = text[start : text.index("Notes", start)]
    assert "While the client is on parole" in section
    assert "Parole alone does not let the client work" in section
    assert "The client reports each new address within 10 days" in section
    assert "Based on:" in section  # each point shows its source
    assert not re.search(r"\b(you|your)\b", section, re.IGNORECASE), section
    assert "If you are paroled" not in text


def test_the_deadlines_page_lists_the_new_dates(paralegal_client):
    donor = make_case(DONOR | {"donation_date": later(12)}, TODAY, client_name="Rosa Donante")
    worker = paroled_case(ead_expires_on=later(5))
    mover = paroled_case(moved_on=later(-1), risk_factors=["removal_proceedings"])
    html = paralegal_client.get(reverse("staff:deadline_list")).content.decode()
    for case in (donor, worker, mover):
        assert case.reference in html
    assert "Transplant (donation) day" in html
    assert "The client&#x27;s work permit ends" in html or "The client's work permit ends" in html
    assert "Last day to report the new address to the court" in html
    donor.refresh_from_db()
    assert donor.next_deadline_id == "donation_date"
    assert donor.next_deadline_on.isoformat() == later(12)


def test_the_case_list_shows_the_transplant_day_as_the_next_deadline(paralegal_client):
    make_case(DONOR | {"donation_date": later(12)}, TODAY, client_name="Rosa Donante")
    html = paralegal_client.get(reverse("staff:case_list")).content.decode()
    assert "Transplant (donation) day" in html


def test_the_re_screen_shows_an_item_added_removed_or_with_a_new_amount():
    old = make_case(PAROLED, dt.date(2025, 12, 31)).assessment
    new = make_case(PAROLED, dt.date(2026, 1, 1)).assessment
    rows = {r["id"]: r for r in changed_rows(compare(old, new)) if r["id"] == "work_permit"}
    assert rows["work_permit"]["change"] == "changed"
    assert "$550" in rows["work_permit"]["old"] and "$560" in rows["work_permit"]["new"]
    stripped = dict(old, after_grant=[])
    added = {r["id"]: r["change"] for r in changed_rows(compare(stripped, new))}
    assert added["work_permit"] == "added" and added["address_change"] == "added"
    removed = {r["id"]: r["change"] for r in changed_rows(compare(new, stripped))}
    assert removed["travel_on_parole"] == "removed"


def test_the_export_carries_the_after_grant_items(paralegal_client):
    case = paroled_case()
    response = paralegal_client.get(reverse("staff:export_json", args=[case.reference]))
    payload = json.loads(response.content)
    ids = [i["id"] for i in payload["assessment"]["after_grant"]]
    assert "work_permit" in ids and "arrival_i94" not in ids


def test_the_case_page_shows_the_section_about_the_client(paralegal_client):
    case = paroled_case()
    url = reverse("staff:case_detail", args=[case.reference])
    html = paralegal_client.get(url).content.decode()
    assert "Once the client is paroled" in html
    assert "Parole alone does not let the client work" in html
    assert "If you are paroled" not in html
