"""Two people on one case, on two app servers sharing PostgreSQL: saves opened at the same version
sent at the same moment, one to each server, end with exactly one saved and the other refused
with its words kept (the database's conditional UPDATE decides, not the servers)."""

from __future__ import annotations

import threading

import pytest

from screening.models import Case, EvidenceItem, Status
from screening.staff.permissions import ATTORNEY, PARALEGAL, ensure_groups
from tests.staff.conftest import MEDICAL, make_case
from tests.staff.page_forms import form_data

from .servers import AppServer, Visitor, csrf_token
from .test_two_servers import database_url

PASSWORD = "two servers pass phrase 7"
pytestmark = pytest.mark.django_db(transaction=True)


def staff(django_user_model, username: str, role: str):
    user = django_user_model.objects.create_user(username=username, password=PASSWORD)
    user.groups.add(ensure_groups()[role])
    return user


def signed_in(server: AppServer, username: str) -> Visitor:
    visitor = Visitor()
    page = visitor.get(server, "/accounts/login/")
    login = {"username": username, "password": PASSWORD, "csrfmiddlewaretoken": csrf_token(page)}
    assert visitor.post(server, "/accounts/login/", login).location == "/staff/"
    return visitor


def at_once(*calls):
    """Run the calls in threads released together; their results in order."""
    barrier, results = threading.Barrier(len(calls)), [None] * len(calls)

    def run(index, call):
        barrier.wait()
        results[index] = call()

    threads = [threading.Thread(target=run, args=(i, c)) for i, c in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results


@pytest.fixture
def two_servers(serving_env, server_keys, tmp_path, django_user_model):
    env = serving_env(DATABASE_URL=database_url(), GUNICORN_THREADS="4", TRUST_PROXY_HEADERS="true")
    staff(django_user_model, "paula", PARALEGAL)
    staff(django_user_model, "ana", ATTORNEY)
    with (
        AppServer(env, log=tmp_path / "a.log") as first,
        AppServer(env, log=tmp_path / "b.log") as second,
    ):
        yield (first, signed_in(first, "paula")), (second, signed_in(second, "ana"))


def test_simultaneous_saves_of_one_case_on_two_servers_keep_one_and_refuse_one(two_servers):
    (first, paula), (second, ana) = two_servers
    for attempt in range(4):
        case = make_case(MEDICAL, client_name=f"Client {attempt}")
        edit = f"/staff/cases/{case.reference}/edit/"
        paula_form = form_data(paula.get(first, edit).text, "")
        ana_form = form_data(ana.get(second, edit).text, "")
        replies = at_once(
            lambda f=paula_form, e=edit: paula.post(first, e, f | {"client_contact": "paula"}),
            lambda f=ana_form, e=edit: ana.post(second, e, f | {"a_number": "A123456789"}),
        )
        assert sorted(r.status for r in replies) == [302, 409], [r.status for r in replies]
        case.refresh_from_db()
        assert case.version == 2
        won, lost = (0, 1) if replies[0].status == 302 else (1, 0)
        if won == 0:
            assert (case.client_contact, case.a_number) == ("paula", "")
            assert 'value="A123456789"' in replies[lost].text  # kept, ready to save again
        else:
            assert (case.client_contact, case.a_number) == ("", "A123456789")
            assert 'value="paula"' in replies[lost].text


def test_simultaneous_evidence_saves_then_the_refused_one_goes_on_top(two_servers):
    (first, paula), (second, ana) = two_servers
    case = make_case(MEDICAL)
    detail, action = f"/staff/cases/{case.reference}/", f"/staff/cases/{case.reference}/evidence/"
    paula_form = form_data(paula.get(first, detail).text, action)
    ana_form = form_data(ana.get(second, detail).text, action)
    mine = {"state__physician_statement": "received", "note__physician_statement": "in hand"}
    theirs = {"state__financial_support": "requested"}
    replies = at_once(
        lambda: paula.post(first, action, paula_form | mine),
        lambda: ana.post(second, action, ana_form | theirs),
    )
    assert sorted(r.status for r in replies) == [302, 409]
    refused_visitor, server = (ana, second) if replies[1].status == 409 else (paula, first)
    refused = replies[1] if replies[1].status == 409 else replies[0]
    again = form_data(refused.text, action)
    assert refused_visitor.post(server, action, again).status == 302
    items = {i.evidence_id: i for i in EvidenceItem.objects.filter(case=case)}
    assert items["physician_statement"].state == "received"
    assert items["physician_statement"].note == "in hand"
    assert items["financial_support"].state == "requested"


def test_a_draft_from_an_intake_opened_earlier_on_the_other_server_is_refused(two_servers):
    (first, paula), (second, ana) = two_servers
    case = make_case(None, status=Status.DRAFT, client_name="Ngozi Okafor")
    intake = f"/staff/cases/{case.reference}/intake/"
    step = f"{intake}situation/"
    assert ana.get(second, intake).status == 302  # the attorney opens the intake first
    page = paula.get(first, step)
    prefix = f"staff_intake_{case.reference}"
    paula_draft = {
        f"{prefix}-current_step": "situation",
        "situation-location": "outside_us",
        "situation-goal": "come_to_us",
        "save_draft": "1",
        "csrfmiddlewaretoken": csrf_token(page),
    }
    assert paula.post(first, step, paula_draft).status == 302
    page = ana.get(second, step)
    ana_draft = paula_draft | {
        "situation-location": "inside_us",
        "situation-goal": "stay_in_us",
        "csrfmiddlewaretoken": csrf_token(page),
    }
    refused = ana.post(second, step, ana_draft)
    assert refused.status == 409
    assert "Your answers were not saved" in refused.text.replace("&#x27;", "'")
    assert Case.objects.get(pk=case.pk).answers == {"location": "outside_us", "goal": "come_to_us"}


def test_thirty_wrong_passwords_at_once_on_two_servers_check_at_most_five(two_servers):
    """Lockout counting is atomic across servers: of 30 simultaneous tries at most the limit's
    five have their password checked (the audit log says which); the rest are refused unread,
    and the account is locked on both servers."""
    from screening.models import AuditAction, AuditEvent

    (first, _paula), (second, _ana) = two_servers
    tries = []
    for number in range(30):
        server, visitor = (first, second)[number % 2], Visitor()
        page = visitor.get(server, "/accounts/login/")
        login = {"username": "ana", "password": f"guess {number}"}
        tries.append((server, visitor, login | {"csrfmiddlewaretoken": csrf_token(page)}))
    replies = at_once(*[lambda t=t: t[1].post(t[0], "/accounts/login/", t[2]) for t in tries])
    statuses = [r.status for r in replies]
    assert set(statuses) <= {200, 429} and statuses.count(200) <= 4, statuses
    checked = AuditEvent.objects.filter(
        action=AuditAction.SIGN_IN_FAILED, username="ana", detail__locked=False
    )
    assert checked.count() <= 5
    for server in (first, second):
        visitor = Visitor()
        page = visitor.get(server, "/accounts/login/")
        right = {"username": "ana", "password": PASSWORD, "csrfmiddlewaretoken": csrf_token(page)}
        assert visitor.post(server, "/accounts/login/", right).status == 429
