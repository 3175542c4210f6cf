"""The audit log misses nothing staff do: admin views, changes and deletions, and searches."""

import pytest
from django.urls import reverse

from screening.models import AuditEvent, Case, EvidenceItem

from .conftest import MEDICAL, make_case

pytestmark = pytest.mark.django_db


def inline_management(prefix: str, total: int = 0, initial: int = 0) -> dict:
    return {
        f"{prefix}-TOTAL_FORMS": str(total),
        f"{prefix}-INITIAL_FORMS": str(initial),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }


@pytest.fixture
def admin_client(client, administrator):
    client.force_login(administrator)
    return client


@pytest.fixture
def case(db):
    return make_case(MEDICAL, client_name="Ngozi Okafor")


def events(case_reference: str, action: str):
    return list(AuditEvent.objects.filter(case_reference=case_reference, action=action))


def test_opening_a_case_in_the_admin_is_a_view(admin_client, case):
    assert admin_client.get(f"/admin/screening/case/{case.pk}/change/").status_code == 200
    [event] = events(case.reference, "case_viewed")
    assert event.detail == {"page": "admin"}
    assert event.username == "adam_admin"


def test_an_admin_change_to_the_evidence_records_field_names_not_values(admin_client, case):
    item = EvidenceItem.objects.create(case=case, evidence_id="medical_records", note="old")
    data = {
        "client_name": "Ngozi Okafor",
        "client_contact": "",
        "a_number": "",
        "status": "screened",
        "assigned_to": "",
        **inline_management("notes"),
        **inline_management("snapshots"),
        **inline_management("evidence_items", total=1, initial=1),
        "evidence_items-0-id": str(item.pk),
        "evidence_items-0-case": str(case.pk),
        "evidence_items-0-evidence_id": "medical_records",
        "evidence_items-0-state": "received",
        "evidence_items-0-note": "Scans from the clinic in Lagos",
        "case_version": str(case.version),
    }
    response = admin_client.post(f"/admin/screening/case/{case.pk}/change/", data)
    assert response.status_code == 302
    [event] = events(case.reference, "case_edited")
    assert event.detail == {
        "via": "admin",
        "fields": [],
        "evidence_items": {"fields": ["note", "state"], "deleted": 0},
        "version": 2,
    }
    assert "Lagos" not in str(event.detail)


def test_deleting_a_case_in_the_admin_is_recorded(admin_client, case):
    response = admin_client.post(f"/admin/screening/case/{case.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert not Case.objects.exists()
    [event] = events(case.reference, "case_deleted")
    assert event.detail == {"via": "admin"}


def test_deleting_cases_in_bulk_records_each_one(admin_client, case):
    other = make_case(MEDICAL, client_name="Yanet Perez")
    response = admin_client.post(
        "/admin/screening/case/",
        {"action": "delete_selected", "_selected_action": [case.pk, other.pk], "post": "yes"},
    )
    assert response.status_code == 302
    assert not Case.objects.exists()
    deleted = AuditEvent.objects.filter(action="case_deleted")
    assert sorted(deleted.values_list("case_reference", flat=True)) == sorted(
        [case.reference, other.reference]
    )


def test_a_case_list_search_is_recorded_without_its_words(paralegal_client, case):
    paralegal_client.get(reverse("staff:case_list"))
    paralegal_client.get(reverse("staff:case_list"), {"status": "screened"})
    assert not AuditEvent.objects.filter(action="cases_searched").exists()
    paralegal_client.get(reverse("staff:case_list"), {"q": "Okafor"})
    [event] = AuditEvent.objects.filter(action="cases_searched")
    assert event.username == "paula_paralegal"
    assert event.case_reference == ""
    assert "Okafor" not in str(event.detail)
