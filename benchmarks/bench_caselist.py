"""Staff case list with 10,000 cases: median server time per request (target: at most 50 ms).

Builds a throw-away test database (SQLite in memory by default, or the DATABASE_URL server's
test_ database), fills it with bulk_create, and times the list view through Django's test
client (the whole request: middleware, session, permissions, queries, template).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import re
import statistics
import time
from pathlib import Path

CASES = 10_000
ROUNDS = 7
TARGET_MS = 50
SCENARIOS = Path(__file__).resolve().parent.parent / "tests" / "scenarios"

FIRST = ["Ana", "Ngozi", "Yanet", "Oleksandr", "Ahmad", "Maria", "Jean", "Luis", "Fatima", "Chen"]
LAST = ["Okafor", "Perez", "Shevchenko", "Karimi", "Garcia", "Joseph", "Rahman", "Li", "Diaz"]


def _assessments():
    from screening.rules import Answers, AnswersError, assess

    results = []
    for path in sorted(SCENARIOS.glob("*.json")):
        data = json.loads(path.read_text())
        try:
            answers = Answers.from_dict(data["answers"])
        except AnswersError:
            continue
        results.append((data["answers"], assess(answers, dt.date.fromisoformat(data["as_of"]))))
    return results


def _fill(users) -> None:
    from screening.models import Case, CaseVerdict

    rng = random.Random(4)
    assessments = _assessments()
    statuses = ["draft", "screened", "in_review", "reviewed", "closed"]
    cases = []
    for i in range(CASES):
        case = Case(
            client_name=f"{rng.choice(FIRST)} {rng.choice(LAST)} {i}",
            status=rng.choice(statuses),
            assigned_to=rng.choice([*users, None]),
            created_by=users[0],
        )
        if case.status != "draft":
            answers, assessment = rng.choice(assessments)
            case.set_assessment(answers, assessment)
        cases.append(case)
    Case.objects.bulk_create(cases, batch_size=1000)
    ids = dict(Case.objects.values_list("reference", "pk"))
    CaseVerdict.objects.bulk_create(
        (
            CaseVerdict(case_id=ids[case.reference], pathway=pathway, verdict=verdict)
            for case in cases
            for pathway, verdict in case.verdict_summary.items()
        ),
        batch_size=2000,
    )


def _median_ms(client, url: str, params: dict) -> tuple[float, int]:
    response = client.get(url, params)  # warm up
    assert response.status_code == 200, response.status_code
    timings = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        response = client.get(url, params)
        timings.append(time.perf_counter() - start)
    found = re.search(rb"(\d+) cases? found", response.content)
    return statistics.median(timings) * 1000, int(found.group(1)) if found else -1


def run() -> list[str]:
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.urls import reverse

    from screening.staff.permissions import ensure_groups

    # No setup_test_environment(): its template instrumentation would be timed too.
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    old_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True, keepdb=False)
    try:
        groups = ensure_groups()
        user_model = get_user_model()
        users = []
        for name, role in (("bench_p", "paralegal"), ("bench_a", "attorney"), ("bench_b", None)):
            user = user_model.objects.create_user(username=name)
            if role:
                user.groups.add(groups[role])
            users.append(user)
        start = time.perf_counter()
        _fill(users)
        fill_s = time.perf_counter() - start
        client = Client()
        client.force_login(users[0])
        url = reverse("staff:case_list")
        lines = [
            f"{connection.vendor}: {CASES} cases created with bulk_create in {fill_s:.1f} s",
            f"load average when measured: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores",
        ]
        for label, params in (
            ("first page, newest changes first", {}),
            ("search by name ('okafor')", {"q": "okafor"}),
            ("filter: status in_review", {"status": "in_review"}),
            (
                "filter: humanitarian_parole likely, sorted by urgency",
                {"pathway": "humanitarian_parole", "verdict": "likely", "sort": "urgency"},
            ),
            (
                "search + filter + sort by name, page 2",
                {"q": "an", "status": "screened", "sort": "name", "page": 2},
            ),
        ):
            median, found = _median_ms(client, url, params)
            verdict = "ok" if median <= TARGET_MS else "OVER TARGET"
            lines.append(
                f"case list, {label}: median {median:.1f} ms over {ROUNDS} requests "
                f"({found} matching) target <= {TARGET_MS} ms: {verdict}"
            )
        return lines
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
