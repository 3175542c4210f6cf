"""Case-list search and name order on encrypted names.

The name column holds ciphertext, so the database cannot compare or sort it. Search goes
through the blind index instead (an HMAC per word of the name and per beginning of a word, made
case- and accent-insensitive first, so "nunez" finds "Núñez"), read through its indexed rows
(`CaseNameWord`): every word typed must be one of the name's words. A query also finds a case
by any part of its reference ("7k3m", "PS-7K3M", "7K3M9Q2X"), scanning only the references' own
index (references are not secret). Sorting by name orders the filtered cases' ids by their
names' sort keys (`name_order`: decrypted once per process and name); only the page shown is
then loaded.
"""

from __future__ import annotations

import re

from django.db.models import F, Q, QuerySet, Value
from django.db.models.functions import Replace

from screening.privacy.crypto import name_tokens, token_hash

from .name_order import ids_in_name_order

REFERENCE_IDS = 500  # at most this many ids found by reference are passed as values


def search_cases(cases: QuerySet, query: str) -> QuerySet:
    from screening.models import CaseNameWord

    match = Q(pk__in=[])
    tokens = name_tokens(query)
    if tokens:
        name = Q()
        for token in tokens:
            rows = CaseNameWord.objects.filter(word=token_hash(token)).values("case_id")
            name &= Q(pk__in=rows)
        match |= name
    compact = re.sub(r"[^0-9A-Za-z]", "", query).upper()
    if compact and _could_be_in_a_reference(compact):
        # A subquery that reads only (reference, id): the unique index covers it, so the
        # wide rows (encrypted answers and results) are not read.
        references = (
            cases.model.objects.annotate(
                reference_compact=Replace(F("reference"), Value("-"), Value(""))
            )
            .filter(reference_compact__contains=compact)
            .order_by()
            .values_list("pk", flat=True)
        )
        # Scanned once here, not by each query that uses it (the count and the page; SQLite
        # scans it twice for the page's OR); a query most references match stays a subquery.
        found = list(references[: REFERENCE_IDS + 1])
        match |= Q(pk__in=found if len(found) <= REFERENCE_IDS else references)
    return cases.filter(match)


def _could_be_in_a_reference(compact: str) -> bool:
    """Every reference is PS plus 8 letters of `REFERENCE_ALPHABET` (its URLs accept no other):
    a query with another letter ("okafor": O) or longer cannot be part of one, and skipping the
    reference scan then changes nothing found."""
    from screening.models import REFERENCE_ALPHABET

    return len(compact) <= 10 and set(compact) <= set(REFERENCE_ALPHABET)


class NameOrderedCases:
    """A sliceable, countable list of cases in name order, for the Paginator."""

    def __init__(self, cases: QuerySet):
        self._cases = cases
        self._ids = ids_in_name_order(cases)

    def count(self) -> int:
        return len(self._ids)

    def __len__(self) -> int:
        return len(self._ids)

    def __getitem__(self, index):
        ids = self._ids[index] if isinstance(index, slice) else [self._ids[index]]
        found = {case.pk: case for case in self._cases.filter(pk__in=ids).order_by()}
        page = [found[pk] for pk in ids if pk in found]
        return page if isinstance(index, slice) else page[0]


def sort_by_name(cases: QuerySet) -> NameOrderedCases:
    return NameOrderedCases(cases)
