"""Search on encrypted names: the blind index is case- and accent-insensitive, and any part of
the reference finds the case (issue 12 item 8)."""

import pytest

from screening.privacy.crypto import name_index, name_tokens

from .conftest import MEDICAL, make_case

pytestmark = pytest.mark.django_db


@pytest.fixture
def cases(db):
    return {
        "nunez": make_case(MEDICAL, client_name="José Núñez García"),
        "okafor": make_case(MEDICAL, client_name="Ngozi Okafor"),
        "zoe": make_case(None, status="draft", client_name="ZOË O'Brien-Łukasz"),
    }


def found(client, query: str) -> list[str]:
    response = client.get("/staff/", {"q": query})
    assert response.status_code == 200
    return sorted(row["case"].client_name for row in response.context["rows"])


@pytest.mark.parametrize(
    ("query", "names"),
    [
        ("Nunez", ["José Núñez García"]),
        ("nÚñez", ["José Núñez García"]),
        ("jose garcia", ["José Núñez García"]),
        ("garcia nunez", ["José Núñez García"]),
        ("okaf", ["Ngozi Okafor"]),  # the start of a word, 3 letters or more
        ("zoe obrien", []),  # words are split at the apostrophe: "o" and "brien"
        ("zoe brien", ["ZOË O'Brien-Łukasz"]),
        ("lukasz", ["ZOË O'Brien-Łukasz"]),
        ("nunez okafor", []),  # every word must match
        ("afor", []),  # the middle of a word does not
    ],
)
def test_names_are_found_whatever_the_case_and_accents(attorney_client, cases, query, names):
    assert found(attorney_client, query) == names


def test_any_part_of_the_reference_finds_the_case(attorney_client, cases):
    reference = cases["okafor"].reference  # PS-XXXX-XXXX
    for part in (reference, reference.lower(), reference[3:7], reference[5:11], reference[3:]):
        assert "Ngozi Okafor" in found(attorney_client, part), part
    assert "Ngozi Okafor" in found(attorney_client, reference.replace("-", ""))


def test_the_index_holds_no_name():
    index = name_index("José Núñez")
    assert "jose" not in index and "nunez" not in index.lower()
    assert name_tokens("José  NÚÑEZ-garcía") == ["jose", "nunez", "garcia"]


def test_renaming_a_client_moves_the_index(attorney_client, cases):
    case = cases["okafor"]
    case.client_name = "Ngozi Adeyemi"
    case.save(update_fields=["client_name"])
    assert found(attorney_client, "okafor") == []
    assert found(attorney_client, "adeyemi") == ["Ngozi Adeyemi"]


def test_sorting_by_name_follows_the_decrypted_names(attorney_client, cases):
    response = attorney_client.get("/staff/", {"sort": "name"})
    names = [row["case"].client_name for row in response.context["rows"]]
    assert names == ["José Núñez García", "Ngozi Okafor", "ZOË O'Brien-Łukasz"]


def test_a_search_reads_the_indexed_word_rows_not_the_whole_index_column(attorney_client, cases):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        assert found(attorney_client, "okafor") == ["Ngozi Okafor"]
    sql = " ".join(q["sql"] for q in queries.captured_queries)
    assert "screening_casenameword" in sql
    assert "client_name_index" not in sql  # no LIKE over every row's index


def test_the_word_rows_hold_the_index_hmacs_and_follow_a_rename(cases):
    from screening.models import CaseNameWord

    case = cases["okafor"]
    words = set(CaseNameWord.objects.filter(case=case).values_list("word", flat=True))
    assert words == set(case.client_name_index.split())
    assert not {"ngozi", "okafor", "oka"} & words
    case.client_name = "Ngozi Adeyemi"
    case.save()
    words = set(CaseNameWord.objects.filter(case=case).values_list("word", flat=True))
    assert words == set(name_index("Ngozi Adeyemi").split())


def test_rebuilding_the_word_rows_repairs_what_drifted(attorney_client, cases):
    from screening.models import CaseNameWord
    from screening.privacy.name_words import rebuild

    CaseNameWord.objects.filter(case=cases["nunez"]).delete()
    assert found(attorney_client, "nunez") == []
    assert rebuild() == 1
    assert found(attorney_client, "nunez") == ["José Núñez García"]
    assert rebuild() == 0


def test_a_save_that_keeps_the_name_leaves_the_word_rows_alone(cases):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    case = cases["okafor"]
    case.status = "closed"
    with CaptureQueriesContext(connection) as queries:
        case.save()
    assert not any("casenameword" in q["sql"] for q in queries.captured_queries)
