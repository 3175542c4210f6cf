"""The attorney memo, read back from the PDF: page 1 says whose case it is and where it stands,
every page's footer carries the reference and page number, the memo speaks about the client, it
has one evidence list and separate note sections, and no page is left half empty by a forced
break."""

from __future__ import annotations

import io
import re

import pytest
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.timezone import localdate
from pypdf import PdfReader

from screening.models import EvidenceItem, Note
from tests.conftest import load_scenarios

from .conftest import MEDICAL, make_case, opened_now

pytestmark = pytest.mark.django_db


def memo(client, case) -> PdfReader:
    response = client.get(reverse("staff:memo_pdf", args=[case.reference]))
    assert response.status_code == 200
    return PdfReader(io.BytesIO(response.content))


def words(text: str) -> str:
    return " ".join(text.split())


def page_texts(reader: PdfReader) -> list[str]:
    return [words(page.extract_text()) for page in reader.pages]


def body_text(reader: PdfReader) -> str:
    return " ".join(page_texts(reader))


@pytest.fixture
def reviewed_case(attorney_client, medical_case, attorney, paralegal):
    attorney.first_name, attorney.last_name = "Ana", "Alvarez"
    attorney.save()
    EvidenceItem.objects.create(
        case=medical_case, evidence_id="physician_statement", state="received", note="In file"
    )
    EvidenceItem.objects.create(
        case=medical_case, evidence_id="medical_records", state="requested", note="Asked 11/30"
    )
    Note.objects.create(
        case=medical_case, author=attorney, kind="attorney", body="File with an expedite request."
    )
    Note.objects.create(
        case=medical_case, author=paralegal, kind="internal", body="Called the hospital."
    )
    attorney_client.post(
        reverse("staff:mark_reviewed", args=[medical_case.reference]), opened_now(medical_case)
    )
    medical_case.refresh_from_db()
    return medical_case


def test_page_one_says_whose_case_it_is_where_it_stands_and_what_is_urgent(
    attorney_client, reviewed_case
):
    first = page_texts(memo(attorney_client, reviewed_case))[0]
    case = reviewed_case
    assert "Attorney memo: Ngozi Okafor" in first
    assert "Client: Ngozi Okafor" in first
    assert f"Case reference: {case.reference}" in first
    assert "Status: Reviewed" in first
    assert f"Reviewed: by Ana Alvarez on {date_format(localdate(case.reviewed_at))}" in first
    assert f"Screened as of: {date_format(case.as_of)}" in first
    assert f"Rules version: {case.rules_version} (the rules in use today)" in first
    # Then the verdicts and the urgent actions, in that order.
    verdicts = first.index("Verdicts")
    assert first.index("Humanitarian parole", verdicts) < first.index("Likely to fit", verdicts)
    urgent = first.index("Urgent actions")
    assert verdicts < urgent
    assert "Urgency: Emergency. The medical condition is life-threatening." in first[urgent:]
    assert "expedite" in first[urgent:]


def test_page_one_of_an_unreviewed_case_under_older_rules_says_so(paralegal_client, db):
    case = make_case(MEDICAL, client_name="Ngozi Okafor")
    case.assessment = case.assessment | {"rules_version": "2026-01-05+0123456789ab"}
    case.rules_version = "2026-01-05+0123456789ab"
    case.save()
    first = page_texts(memo(paralegal_client, case))[0]
    assert "Reviewed: Not reviewed yet" in first
    assert "Rules version: 2026-01-05+0123456789ab (older than today's rules" in first
    assert "before relying on this memo" in first


def test_every_page_footer_has_the_reference_and_the_page_number(attorney_client, reviewed_case):
    pages = page_texts(memo(attorney_client, reviewed_case))
    assert len(pages) > 1
    for number, text in enumerate(pages, start=1):
        assert f"Case {reviewed_case.reference}" in text, number
        assert f"Page {number} of {len(pages)}" in text, number


def test_one_evidence_list_with_the_trackers_state_and_notes(attorney_client, db):
    case = make_case(MEDICAL | {"evidence_on_hand": ["identity_document"]})
    EvidenceItem.objects.create(
        case=case, evidence_id="physician_statement", state="received", note="In file"
    )
    EvidenceItem.objects.create(
        case=case, evidence_id="medical_records", state="requested", note="Asked 11/30"
    )
    text = body_text(memo(attorney_client, case))
    assert text.count("Evidence Document Where it stands Tracker note") == 1
    assert "Doctor's statement Have In file" in text
    assert "Medical records Requested Asked 11/30" in text
    assert "The client's identity document Have" in text  # said on intake, not yet tracked
    assert "Proof of financial support Needed" in text
    # Not also the applicant's two lists, which could disagree with the tracker.
    assert "Still needed" not in text and "You said you have" not in text


def test_attorney_notes_and_staff_notes_have_their_own_sections(attorney_client, reviewed_case):
    text = body_text(memo(attorney_client, reviewed_case))
    attorney_notes, staff_notes = text.index("Attorney notes"), text.index("Staff notes")
    assert attorney_notes < text.index("File with an expedite request.") < staff_notes
    assert staff_notes < text.index("Called the hospital.")
    assert "paula_paralegal" in text[staff_notes:]


def test_the_memo_speaks_to_the_attorney_not_to_the_applicant(attorney_client, reviewed_case):
    text = body_text(memo(attorney_client, reviewed_case))
    for applicant_wording in (
        "Take this summary with you",
        "Parole pathways for your situation",
        "Your answers behind this",
        "Where to find legal help",
        "You (or the person filing for you)",
        "Paid when you file",
    ):
        assert applicant_wording not in text
    flowing = " ".join(text.split())  # the PDF wraps lines anywhere
    assert "A petitioner (any person or organization, in the U.S. or abroad)" in flowing
    assert "can file it for the client" in flowing
    assert "Asked: “Can the patient get this treatment" in text  # the question, quoted


def lowest_text_per_page(reader: PdfReader) -> list[float]:
    """For each page, how far down its lowest line of body text sits (0 top, 1 the footer)."""
    out = []
    for page in reader.pages:
        ys: list[float] = []

        def collect(text, _cm, tm, _font, _size, ys=ys):
            if text.strip():
                ys.append(tm[5])

        page.extract_text(visitor_text=collect)
        footer = max(ys)  # WeasyPrint's text space runs down the page; the footer is lowest
        body = [y for y in ys if y < footer - 5]
        out.append(max(body) / footer)
    return out


def test_no_page_is_left_half_empty_by_a_forced_break(attorney_client, reviewed_case):
    fill = lowest_text_per_page(memo(attorney_client, reviewed_case))
    assert len(fill) > 1
    assert all(share > 0.8 for share in fill[:-1]), fill


SECOND_PERSON = re.compile(r"\b(you|your|yours|yourself)\b", re.IGNORECASE)


@pytest.mark.parametrize(
    "scenario",
    [pytest.param(s, id=s["file"][:2]) for s in load_scenarios() if s["expect"].get("pathways")],
)
def test_the_rules_messages_in_the_memo_are_about_the_client(attorney_client, db, scenario):
    case = make_case(scenario["answers"], client_name="Ngozi Okafor")
    text = body_text(memo(attorney_client, case))
    # Questions are quoted as they were asked (“...”, and the appendix); the rest is the memo's.
    memo_part = re.sub(r"“[^”]*”", "", text[: text.index("Appendix: the client's answers")])
    assert not SECOND_PERSON.search(memo_part), SECOND_PERSON.findall(memo_part)


def test_the_case_page_also_reads_about_the_client(paralegal_client, db):
    scenario = next(s for s in load_scenarios() if s["file"].startswith("04-"))
    case = make_case(scenario["answers"])
    html = paralegal_client.get(reverse("staff:case_detail", args=[case.reference])).content
    html = html.decode()
    assert "The client entered without inspection" in html
    assert "You entered without inspection" not in html
