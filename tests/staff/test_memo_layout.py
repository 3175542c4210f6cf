"""The memo of every public scenario: no near-empty last page (such as one line, "Rules last
verified ...", alone on page 5), no "below" that points at something above, and it speaks to the
attorney as the reviewer: it asks them to confirm a route, never tells them a lawyer must."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from django.urls import reverse
from pypdf import PdfReader

from screening.rules import Answers, AnswersError
from tests.scenario_check import SCENARIO_FILES
from tests.staff.conftest import make_case

pytestmark = pytest.mark.django_db

# A last page with less text than this is a few lines: near-empty.
NEAR_EMPTY_CHARS = 400


def screened(path):
    scenario = json.loads(path.read_text(encoding="utf-8"))
    try:
        Answers.from_dict(scenario["answers"])
    except AnswersError:
        return None  # a scenario about refused answers has no memo
    return scenario


SCENARIOS = [p for p in SCENARIO_FILES if screened(p)]


def memo_pages(client, scenario) -> list[str]:
    case = make_case(
        scenario["answers"], dt.date.fromisoformat(scenario["as_of"]), client_name="Ana Example"
    )
    response = client.get(reverse("staff:memo_pdf", args=[case.reference]))
    assert response.status_code == 200
    reader = PdfReader(io.BytesIO(response.content))
    return [" ".join(page.extract_text().split()) for page in reader.pages]


@pytest.mark.parametrize("path", SCENARIOS, ids=[p.stem[:2] for p in SCENARIOS])
def test_the_memo_reads_right_for_the_attorney(paralegal_client, path):
    pages = memo_pages(paralegal_client, screened(path))
    text = " ".join(pages)
    if len(pages) > 1:
        assert len(pages[-1]) >= NEAR_EMPTY_CHARS, f"near-empty last page: {pages[-1]!r}"
    detail = text.index("Why: each pathway in detail")
    for pointer in ("with it below", "with each program below"):
        at = text.find(pointer)
        assert at == -1 or at < detail, f"“{pointer}” is after the detail it points to"
    assert "lawyer must confirm this route" not in text


def test_the_attorney_is_asked_to_confirm_a_route(paralegal_client):
    path = next(p for p in SCENARIOS if p.name.startswith("02-"))
    text = " ".join(memo_pages(paralegal_client, screened(path)))
    assert "A screening, not a decision: confirm this route before the client files" in text


def test_the_rules_line_keeps_company_on_the_last_page(paralegal_client):
    """The scenarios whose last page held only the last answers and the rules line."""
    for name in ("02-", "17-"):
        path = next(p for p in SCENARIOS if p.name.startswith(name))
        last = memo_pages(paralegal_client, screened(path))[-1]
        assert "Rules last verified" in last and len(last) >= NEAR_EMPTY_CHARS
