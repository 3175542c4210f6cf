"""The case list at /staff/: search, filters, sorting, pagination and a constant query count."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from screening.models import Case, new_reference
from screening.staff import search
from screening.staff.search import _could_be_in_a_reference

from .conftest import CUBAN_FAMILY, MEDICAL, make_case

pytestmark = pytest.mark.django_db

LIST = reverse("staff:case_list")


def references(response) -> list[str]:
    return [row["case"].reference for row in response.context["rows"]]


@pytest.fixture
def office(paralegal, attorney):
    """Three cases: a medical emergency, a Cuban family (stored 2025-03-01) and a draft."""
    medical = make_case(MEDICAL, client_name="Ngozi Okafor", assigned_to=attorney)
    cuban = make_case(
        CUBAN_FAMILY, dt.date(2025, 1, 27), client_name="Yanet Perez", assigned_to=paralegal
    )
    draft = make_case(None, status="draft", client_name="Ahmad Karimi")
    return {"medical": medical, "cuban": cuban, "draft": draft}


def test_lists_every_case_with_its_verdicts(attorney_client, office):
    response = attorney_client.get(LIST)
    html = response.content.decode()
    assert response.status_code == 200
    for case in office.values():
        assert case.reference in html and case.client_name in html
    assert "Humanitarian parole: <span" in html
    assert "3 cases found." in html


def test_search_by_name_part_or_reference(attorney_client, office):
    assert references(attorney_client.get(LIST, {"q": "okaf"})) == [office["medical"].reference]
    ref = office["cuban"].reference
    assert references(attorney_client.get(LIST, {"q": ref.lower()})) == [ref]
    assert references(attorney_client.get(LIST, {"q": "nobody like this"})) == []


def test_a_reference_search_matching_many_cases_finds_the_same(
    attorney_client, office, monkeypatch
):
    ref = office["cuban"].reference
    monkeypatch.setattr(search, "REFERENCE_IDS", 0)  # "many": the ids stay a subquery
    assert references(attorney_client.get(LIST, {"q": ref[3:9]})) == [ref]


def test_every_part_of_a_reference_is_searched_in_the_references():
    # a query no reference could contain skips the reference scan: never a real part of one
    for _ in range(50):
        compact = new_reference().replace("-", "")
        for start in range(len(compact)):
            for end in range(start + 1, len(compact) + 1):
                assert _could_be_in_a_reference(compact[start:end])
    assert not _could_be_in_a_reference("OKAFOR")  # O is in no reference
    assert not _could_be_in_a_reference("PS7K3M9Q2X2")  # longer than any


def test_filter_by_status_and_urgency(attorney_client, office):
    assert references(attorney_client.get(LIST, {"status": "draft"})) == [office["draft"].reference]
    assert references(attorney_client.get(LIST, {"urgency": "emergency"})) == [
        office["medical"].reference
    ]


def test_filter_by_a_pathways_verdict(attorney_client, office):
    chnv_possible = {"pathway": "chnv_parole", "verdict": "possible"}
    assert references(attorney_client.get(LIST, chnv_possible)) == [office["cuban"].reference]
    likely = {"pathway": "humanitarian_parole", "verdict": "likely"}
    assert references(attorney_client.get(LIST, likely)) == [office["medical"].reference]
    assert references(attorney_client.get(LIST, {"pathway": "chnv_parole"})) == [
        office["cuban"].reference
    ]


def test_assigned_to_me(paralegal_client, attorney_client, office):
    assert references(paralegal_client.get(LIST, {"mine": "on"})) == [office["cuban"].reference]
    assert references(attorney_client.get(LIST, {"mine": "on"})) == [office["medical"].reference]


def test_sorting(attorney_client, office):
    by_name = references(attorney_client.get(LIST, {"sort": "name"}))
    assert by_name == [office[k].reference for k in ("draft", "medical", "cuban")]
    by_urgency = references(attorney_client.get(LIST, {"sort": "urgency"}))
    assert by_urgency[0] == office["medical"].reference  # the emergency first
    assert by_urgency[-1] == office["draft"].reference  # not screened yet: last
    newest = references(attorney_client.get(LIST, {"sort": "created"}))
    assert newest == [office[k].reference for k in ("draft", "cuban", "medical")]


def test_a_bad_filter_value_is_shown_and_ignored(attorney_client, office):
    response = attorney_client.get(LIST, {"status": "lost", "q": "Perez"})
    assert response.status_code == 200
    assert "There is a problem" in response.content.decode()
    assert references(response) == [office["cuban"].reference]


def test_pagination_25_per_page_keeps_the_filters(paralegal_client, db):
    Case.objects.bulk_create(Case(client_name=f"Client {i:02}", status="draft") for i in range(30))
    first = paralegal_client.get(LIST, {"sort": "name"})
    assert len(references(first)) == 25
    assert "Page 1 of 2" in first.content.decode()
    assert "sort=name&amp;page=2" in first.content.decode()
    second = paralegal_client.get(LIST, {"sort": "name", "page": 2})
    assert [c.client_name for c in (r["case"] for r in second.context["rows"])] == [
        f"Client {i:02}" for i in range(25, 30)
    ]


def count_queries(client, params) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(LIST, params)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"q": "client"},
        {"pathway": "humanitarian_parole", "verdict": "likely", "sort": "urgency"},
    ],
)
def test_query_count_does_not_grow_with_the_number_of_cases(
    paralegal_client, paralegal, attorney, params
):
    def add(n):
        for i in range(n):
            make_case(
                MEDICAL, client_name=f"Client {i}", assigned_to=attorney if i % 2 else paralegal
            )

    add(5)
    paralegal_client.get(LIST)  # warm the session and permission caches alike for both counts
    with_5 = count_queries(paralegal_client, params)
    add(45)
    with_50 = count_queries(paralegal_client, params)
    assert with_5 == with_50
    assert with_50 <= 8


def test_the_clients_name_links_to_the_case_as_the_reference_does(attorney_client, office):
    html = attorney_client.get(LIST).content.decode()
    for case in office.values():
        url = reverse("staff:case_detail", args=[case.reference])
        assert f'<a href="{url}">{case.client_name}</a>' in html
        assert f'<a href="{url}" class="case-ref">{case.reference}</a>' in html


def test_a_paralegal_lists_their_cases_and_the_unassigned_ones_newest_first(
    paralegal_client, office
):
    # the Cuban family (theirs) and the draft (nobody's), not the attorney's medical case
    shown = references(paralegal_client.get(LIST))
    assert shown == [office["draft"].reference, office["cuban"].reference]
    office["cuban"].save()  # a change moves it to the top
    shown = references(paralegal_client.get(LIST))
    assert shown == [office["cuban"].reference, office["draft"].reference]
    assert references(paralegal_client.get(LIST, {"q": "okafor"})) == []
    assert references(paralegal_client.get(LIST, {"q": "karimi"})) == [office["draft"].reference]
    assert references(paralegal_client.get(LIST, {"status": "draft"})) == [
        office["draft"].reference
    ]
    response = paralegal_client.get(LIST, {"status": "screened"})
    assert references(response) == [office["cuban"].reference]
    assert b"1 case found" in response.content
