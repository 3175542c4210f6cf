"""Staff Deadlines page with 10,000 cases: median server time per request (target: at most
50 ms) and the number of queries each request makes (the same for any number of cases).

Uses the case list benchmark's throw-away database and cases, then spreads their stored next
deadlines over a year around today (overdue ones included) so that every window filter matches.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import time

from benchmarks.bench_caselist import CASES, ROUNDS, TARGET_MS, _fill, _median_ms, office_database

SPREAD_DAYS = (-60, 300)
# Dates that close something and the waiting periods that open something (the overdue filter
# leaves a passed opening out, so both kinds are in the mix).
DEADLINE_MIX = (
    "parole_ends",
    "court_date",
    "needed_by",
    "cuban_adjustment_one_year",
    "cancellation_ten_years",
)


def _spread_deadlines() -> None:
    from screening.models import Case

    rng = random.Random(13)
    today = dt.date.today()
    cases = list(Case.objects.exclude(status="draft").only("pk"))
    for case in cases:
        case.next_deadline_on = today + dt.timedelta(days=rng.randint(*SPREAD_DAYS))
        case.next_deadline_id = rng.choice(DEADLINE_MIX)
        case.parole_ends_on = (
            case.next_deadline_on if case.next_deadline_id == "parole_ends" else None
        )
    Case.objects.bulk_update(
        cases, ["next_deadline_on", "next_deadline_id", "parole_ends_on"], batch_size=1000
    )
    # What autovacuum does on a live PostgreSQL (statistics, visibility map for index-only scans)
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")


def _queries(client, url: str, params: dict) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        client.get(url, params)
    return len(queries)


def run() -> list[str]:
    from django.db import connection
    from django.test import Client
    from django.urls import reverse

    with office_database() as users:
        start = time.perf_counter()
        _fill(users)
        _spread_deadlines()
        fill_s = time.perf_counter() - start
        paralegal, attorney = Client(), Client()
        paralegal.force_login(users[0])
        attorney.force_login(users[1])
        url = reverse("staff:deadline_list")
        lines = [
            f"{connection.vendor}: {CASES} cases with deadlines created in {fill_s:.1f} s",
            f"load average when measured: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores",
        ]
        for who, client in (("attorney", attorney), ("paralegal", paralegal)):
            for label, params in (
                ("all open cases, soonest first", {}),
                ("window: overdue", {"window": "overdue"}),
                ("window: next 30 days", {"window": "30"}),
                (
                    "assignee + status + next 180 days",
                    {"assignee": users[0].pk, "status": "screened", "window": "180"},
                ),
                ("page 20", {"page": 20}),
            ):
                median, _cpu, _found = _median_ms(client, url, params)
                verdict = "ok" if median <= TARGET_MS else "OVER TARGET"
                lines.append(
                    f"deadlines page as {who}, {label}: median {median:.1f} ms over {ROUNDS} "
                    f"requests, {_queries(client, url, params)} queries, "
                    f"target <= {TARGET_MS} ms: {verdict}"
                )
        return lines
