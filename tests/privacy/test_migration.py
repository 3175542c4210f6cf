"""Upgrading encrypts what earlier versions stored in plain text (migration 0004_privacy_*)."""

import json

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from screening.models import Case


def privacy_migration(executor) -> tuple[str, str]:
    """(the privacy migration, the one before it): found by name so a renumbering keeps working."""
    nodes = [key for key in executor.loader.graph.leaf_nodes() if key[0] == "screening"]
    for node in executor.loader.graph.forwards_plan(nodes[0]):
        if node[0] == "screening" and "privacy_encryption" in node[1]:
            parent = executor.loader.graph.node_map[node].parents
            return node, next(p.key for p in parent if p.key[0] == "screening")
    raise AssertionError("no privacy_encryption migration")


@pytest.mark.django_db(transaction=True)
def test_plain_rows_from_before_are_encrypted_and_still_read():
    executor = MigrationExecutor(connection)
    target, before = privacy_migration(executor)
    executor.migrate([before])
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO screening_case (reference, client_name, client_contact, a_number,"
            " answers, assessment, rules_version, status, urgency, verdict_summary,"
            " created_at, updated_at) VALUES ('PS-2222-3333', 'José Núñez', 'j@example.org',"
            " 'A123456789', %s, %s, 'v1', 'screened', '', %s, CURRENT_TIMESTAMP,"
            " CURRENT_TIMESTAMP)",
            [
                json.dumps({"location": "outside_us"}),
                json.dumps({"urgency": "standard"}),
                json.dumps({"humanitarian_parole": "likely"}),
            ],
        )
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())
    with connection.cursor() as cursor:
        cursor.execute("SELECT client_name, answers, a_number FROM screening_case")
        raw = cursor.fetchone()
    assert "Núñez" not in repr(raw) and "outside_us" not in repr(raw)
    case = Case.objects.get()
    assert case.client_name == "José Núñez" and case.answers == {"location": "outside_us"}
    assert case.verdict_summary == {"humanitarian_parole": "likely"}

    from screening.staff.search import search_cases

    assert list(search_cases(Case.objects.all(), "nunez")) == [case]
