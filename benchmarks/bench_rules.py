"""Median time of `assess` per screening over the public scenarios (target: at most 1 ms)."""

import datetime as dt
import json
import statistics
import time
from pathlib import Path

from screening.rules import Answers, AnswersError, assess

SCENARIOS = Path(__file__).resolve().parent.parent / "tests" / "scenarios"
ROUNDS = 200
# Before the custody, history and after-grant rules (issues 18, 19), over scenarios 01-17.
EARLIER_MEDIAN_MS = "0.135"


def run() -> list[str]:
    cases = []
    for path in sorted(SCENARIOS.glob("*.json")):
        data = json.loads(path.read_text())
        try:
            cases.append((Answers.from_dict(data["answers"]), dt.date.fromisoformat(data["as_of"])))
        except AnswersError:
            continue  # the refused-input scenario has nothing to assess
    for answers, as_of in cases:  # warm up
        assess(answers, as_of)
    timings = []
    for _ in range(ROUNDS):
        for answers, as_of in cases:
            start = time.perf_counter()
            assess(answers, as_of)
            timings.append(time.perf_counter() - start)
    median_ms = statistics.median(timings) * 1000
    p95_ms = statistics.quantiles(timings, n=20)[-1] * 1000
    return [
        f"assess: {len(cases)} scenarios x {ROUNDS} rounds",
        f"assess median {median_ms:.3f} ms per screening, p95 {p95_ms:.3f} ms (target <= 1 ms; "
        f"earlier {EARLIER_MEDIAN_MS} ms)",
    ]
