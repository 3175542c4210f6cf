"""The evidence list comes in the catalogue's order, whatever PYTHONHASHSEED is: pathways in the
order the result shows them, each pathway's own documents first (and its supporter's), then each
reason's in the order of REASON_EVIDENCE (a set of reasons used to decide it, so two runs could
list them differently)."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

from screening.rules import assess

AS_OF = dt.date(2026, 11, 28)
MANY_REASONS = {
    "location": "outside_us",
    "goal": "come_to_us",
    "citizenship": "NG",
    # given in the reverse of the catalogue's order on purpose
    "reasons": ["disaster_or_conflict", "protection", "family_reunification", "medical_treatment"],
    "medical_available_at_home": False,
    "medical_life_threatening": True,
    "medical_provider_arranged": True,
    "visa_option": "too_slow",
    "financial_supporter": "relative_or_friend",
}
EXPECTED = [
    "identity_document",
    "financial_support",
    "return_plan",
    "petitioner_identity",
    "physician_statement",
    "treatment_unavailable_statement",
    "us_provider_acceptance",
    "treatment_cost_plan",
    "medical_records",
    "relationship_proof",
    "harm_evidence",
    "country_conditions",
    "refugee_unavailable_explanation",
]
SCRIPT = (
    "import datetime as dt, json, sys\n"
    "from screening.rules import assess\n"
    "answers = json.loads(sys.argv[1])\n"
    "print(json.dumps([e.id for e in assess(answers, dt.date(2026, 11, 28)).evidence]))\n"
)


def evidence_ids(result) -> list[str]:
    return [e.id for e in result.evidence]


def test_evidence_follows_the_catalogue_order():
    result = assess(MANY_REASONS, AS_OF)
    assert [p.id for p in result.pathways][0] == "humanitarian_parole"
    assert evidence_ids(result)[: len(EXPECTED)] == EXPECTED


def test_evidence_order_is_the_same_under_other_hash_seeds():
    root = Path(__file__).resolve().parents[2]
    orders = set()
    for seed in ("0", "1", "2", "3", "4", "5"):
        env = os.environ | {"PYTHONHASHSEED": seed}
        out = subprocess.run(
            [sys.executable, "-c", SCRIPT, json.dumps(MANY_REASONS)],
            cwd=root,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        orders.add(tuple(json.loads(out.stdout)))
    assert orders == {tuple(evidence_ids(assess(MANY_REASONS, AS_OF)))}
