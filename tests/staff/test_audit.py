"""The audit log: every staff action on a case is recorded, and nobody can change an entry."""

import pytest
from django.contrib.admin.sites import site
from django.test import RequestFactory
from django.urls import reverse

from screening.models import AuditEvent, AuditEventImmutable

from .conftest import opened_now

pytestmark = pytest.mark.django_db


def actions(case):
    return list(
        AuditEvent.objects.filter(case_reference=case.reference)
        .order_by("at", "pk")
        .values_list("action", flat=True)
    )


def test_view_edit_pdf_export_are_recorded(paralegal_client, medical_case, paralegal):
    ref = medical_case.reference
    paralegal_client.get(reverse("staff:case_detail", args=[ref]), REMOTE_ADDR="203.0.113.7")
    paralegal_client.post(
        reverse("staff:case_edit", args=[ref]),
        opened_now(medical_case, {"client_name": "Ngozi A. Okafor"}),
    )
    paralegal_client.post(
        reverse("staff:status_change", args=[ref]),
        opened_now(medical_case, {"status": "in_review"}),
    )
    paralegal_client.get(reverse("staff:memo_pdf", args=[ref]))
    paralegal_client.get(reverse("staff:export_json", args=[ref]))
    assert actions(medical_case) == [
        "case_viewed",
        "case_edited",
        "status_changed",
        "memo_downloaded",
        "exported",
    ]
    viewed = AuditEvent.objects.filter(case_reference=ref, action="case_viewed").get()
    assert viewed.user == paralegal and viewed.username == "paula_paralegal"
    assert viewed.ip_address == "203.0.113.7"
    status = AuditEvent.objects.get(case_reference=ref, action="status_changed")
    assert status.detail == {"old": "screened", "new": "in_review", "version": 3}


def test_opening_the_edit_form_or_the_intake_is_recorded_as_a_view(paralegal_client, medical_case):
    paralegal_client.get(reverse("staff:case_edit", args=[medical_case.reference]))
    start = paralegal_client.get(reverse("staff:intake_start", args=[medical_case.reference]))
    paralegal_client.get(start["Location"])  # the page that shows the answers
    pages = [
        e.detail.get("page")
        for e in AuditEvent.objects.filter(case_reference=medical_case.reference).order_by("pk")
    ]
    assert pages == ["edit"]  # the intake a moment later is the same view of the case


def test_audit_detail_never_holds_answers_or_note_text(paralegal_client, medical_case):
    ref = medical_case.reference
    paralegal_client.post(
        reverse("staff:note_add", args=[ref]), {"body": "Secret medical detail", "kind": "internal"}
    )
    paralegal_client.post(
        reverse("staff:case_edit", args=[ref]),
        opened_now(medical_case, {"client_name": "Other Name"}),
    )
    for event in AuditEvent.objects.filter(case_reference=ref):
        blob = str(event.detail)
        assert "Secret medical detail" not in blob
        assert "Other Name" not in blob
        assert "medical_treatment" not in blob


def test_case_page_shows_the_audit_entries(paralegal_client, medical_case):
    ref = medical_case.reference
    paralegal_client.get(reverse("staff:export_json", args=[ref]))
    html = paralegal_client.get(reverse("staff:case_detail", args=[ref])).content.decode()
    assert "Exported as JSON" in html
    assert "Case viewed" in html


def test_an_audit_event_cannot_be_changed_or_deleted(medical_case):
    event = AuditEvent.objects.create(action="case_viewed", case_reference=medical_case.reference)
    event.action = "exported"
    with pytest.raises(AuditEventImmutable):
        event.save()
    with pytest.raises(AuditEventImmutable):
        event.delete()
    with pytest.raises(AuditEventImmutable):
        AuditEvent.objects.filter(pk=event.pk).update(action="exported")
    with pytest.raises(AuditEventImmutable):
        AuditEvent.objects.all().delete()
    assert AuditEvent.objects.get(pk=event.pk).action == "case_viewed"


def test_admin_audit_log_is_read_only_even_for_superusers(administrator, medical_case):
    event = AuditEvent.objects.create(action="case_viewed", case_reference=medical_case.reference)
    request = RequestFactory().get("/admin/")
    request.user = administrator
    model_admin = site._registry[AuditEvent]
    assert model_admin.has_view_permission(request, event)
    assert not model_admin.has_add_permission(request)
    assert not model_admin.has_change_permission(request, event)
    assert not model_admin.has_delete_permission(request, event)
    assert {"action", "user"} <= {
        f if isinstance(f, str) else f[0] for f in model_admin.list_filter
    }


def test_admin_pages_refuse_changes(client, administrator, medical_case):
    event = AuditEvent.objects.create(action="case_viewed", case_reference=medical_case.reference)
    client.force_login(administrator)
    listing = client.get("/admin/screening/auditevent/?action__exact=case_viewed")
    assert listing.status_code == 200
    assert medical_case.reference in listing.content.decode()
    assert client.get(f"/admin/screening/auditevent/{event.pk}/delete/").status_code == 403
    assert client.get("/admin/screening/auditevent/add/").status_code == 403
    response = client.post(
        f"/admin/screening/auditevent/{event.pk}/change/", {"action": "exported"}
    )
    assert response.status_code == 403
    assert AuditEvent.objects.get(pk=event.pk).action == "case_viewed"


def test_a_change_in_the_admin_is_recorded_too(client, administrator, medical_case):
    client.force_login(administrator)
    url = f"/admin/screening/case/{medical_case.pk}/change/"
    page = client.get(url)
    assert page.status_code == 200
    data = {
        "client_name": "Ngozi Okafor-Admin",
        "client_contact": "",
        "a_number": "",
        "status": "screened",
        "assigned_to": "",
        "case_version": str(medical_case.version),
    }
    for prefix in ("notes", "evidence_items", "snapshots"):
        data |= {
            f"{prefix}-TOTAL_FORMS": "0",
            f"{prefix}-INITIAL_FORMS": "0",
            f"{prefix}-MIN_NUM_FORMS": "0",
            f"{prefix}-MAX_NUM_FORMS": "1000",
        }
    response = client.post(url, data)
    assert response.status_code == 302, response.context["errors"] if response.context else ""
    event = AuditEvent.objects.get(case_reference=medical_case.reference, action="case_edited")
    assert event.detail == {"via": "admin", "fields": ["client_name"], "version": 2}
    assert event.username == "adam_admin"
