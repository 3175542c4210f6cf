"""Sorting the case list by name without weakening the names' encryption: the database keeps no
order-revealing value; each process decrypts a name once per write (and again while a late
commit could still change it) and keeps the sort key in its own memory."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from screening.models import Case
from screening.privacy import fields
from screening.staff import name_order
from tests.staff.conftest import make_case

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_memory():
    name_order.forget()
    yield
    name_order.forget()


@pytest.fixture
def decryptions(monkeypatch):
    count = {"n": 0}
    real = fields.decrypt

    def counting(value):
        count["n"] += 1
        return real(value)

    monkeypatch.setattr(fields, "decrypt", counting)
    return count


def written_yesterday() -> None:
    """Names written long enough ago that no late commit can still change them."""
    Case.objects.update(updated_at=timezone.now() - dt.timedelta(days=1))


def names(ids: list[int]) -> list[str]:
    by_id = dict(Case.objects.values_list("pk", "client_name"))
    return [by_id[pk] for pk in ids]


def test_names_sort_as_a_reader_expects_and_each_is_decrypted_once(decryptions):
    for name in ("Zoila Núñez", "álvaro Pérez", "Bea Okafor", "carlos Díaz"):
        make_case(None, status="draft", client_name=name)
    written_yesterday()
    decryptions["n"] = 0
    first = name_order.ids_in_name_order(Case.objects.all())
    assert names(first) == ["álvaro Pérez", "Bea Okafor", "carlos Díaz", "Zoila Núñez"]
    decryptions["n"] = 0
    assert name_order.ids_in_name_order(Case.objects.all()) == first
    assert decryptions["n"] == 0  # the second request decrypts nothing


def test_a_renamed_case_moves_and_only_it_is_decrypted_again(decryptions):
    cases = [make_case(None, status="draft", client_name=n) for n in ("Ana", "Beto", "Cira")]
    written_yesterday()
    name_order.ids_in_name_order(Case.objects.all())
    cases[0].client_name = "Zulema"
    cases[0].save()
    decryptions["n"] = 0
    ids = name_order.ids_in_name_order(Case.objects.all())
    assert decryptions["n"] == 1
    assert names(ids) == ["Beto", "Cira", "Zulema"]


def test_a_filtered_list_sorts_only_its_cases():
    make_case(None, status="draft", client_name="Ana")
    make_case(None, status="closed", client_name="Beto")
    ids = name_order.ids_in_name_order(Case.objects.filter(status="draft"))
    assert names(ids) == ["Ana"]


def test_the_database_holds_nothing_that_orders_the_names():
    stored = {f.name for f in Case._meta.concrete_fields if "name" in f.name}
    assert stored == {"client_name", "client_name_index"}  # ciphertext and word HMACs only
    make_case(None, status="draft", client_name="Ana Example")
    row = Case.objects.values_list("client_name_index", flat=True).get()
    assert "ana" not in row.lower().split()


def test_a_name_written_by_a_late_commit_is_still_seen(decryptions):
    cases = [make_case(None, status="draft", client_name=n) for n in ("Ana", "Beto", "Cira")]
    written_yesterday()
    name_order.ids_in_name_order(Case.objects.all())
    # stamped five minutes ago, committed only now: older than the last request
    Case.objects.filter(pk=cases[0].pk).update(
        client_name="Zulema", updated_at=timezone.now() - dt.timedelta(minutes=5)
    )
    decryptions["n"] = 0
    ids = name_order.ids_in_name_order(Case.objects.all())
    assert decryptions["n"] == 1
    assert names(ids) == ["Beto", "Cira", "Zulema"]


def test_names_written_minutes_ago_are_checked_without_reading_their_tokens():
    for name in ("Ana", "Beto", "Cira"):
        make_case(None, status="draft", client_name=name)  # within the late-commit margin
    first = name_order.ids_in_name_order(Case.objects.all())
    with CaptureQueriesContext(connection) as queries:
        assert name_order.ids_in_name_order(Case.objects.all()) == first
    assert not [q["sql"] for q in queries if "client_name" in q["sql"]]
