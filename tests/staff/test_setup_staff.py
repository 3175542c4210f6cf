"""`manage.py setup_staff`: groups (idempotent) and a first user, password never from argv."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command

pytestmark = pytest.mark.django_db


def perms(group_name):
    return set(Group.objects.get(name=group_name).permissions.values_list("codename", flat=True))


def test_creates_the_groups_and_running_twice_changes_nothing():
    call_command("setup_staff")
    first = {name: perms(name) for name in ("paralegal", "attorney")}
    call_command("setup_staff")
    assert Group.objects.filter(name__in=["paralegal", "attorney"]).count() == 2
    assert {name: perms(name) for name in ("paralegal", "attorney")} == first
    assert {"view_case", "add_case", "change_case", "add_note", "change_evidenceitem"} <= first[
        "paralegal"
    ]
    assert not {"review_case", "add_attorney_note"} & first["paralegal"]
    assert first["attorney"] == first["paralegal"] | {"review_case", "add_attorney_note"}


@pytest.mark.parametrize("role", ["paralegal", "attorney"])
def test_creates_a_user_with_a_role_from_the_environment_password(
    role, monkeypatch, django_user_model, client
):
    monkeypatch.setenv("STAFF_PASSWORD", "a long staff pass 42")
    call_command("setup_staff", "--username", "maria", "--role", role)
    user = django_user_model.objects.get(username="maria")
    assert list(user.groups.values_list("name", flat=True)) == [role]
    assert not user.is_superuser
    # through the sign-in page, as the user would (django-axes needs the request)
    signed_in = client.post(
        "/accounts/login/", {"username": "maria", "password": "a long staff pass 42"}
    )
    assert signed_in.status_code == 302
    assert client.get("/staff/").status_code == 200
    can_review = user.has_perm("screening.review_case")
    assert can_review is (role == "attorney")


def test_admin_role_is_a_superuser(monkeypatch, django_user_model):
    monkeypatch.setenv("STAFF_PASSWORD", "a long admin pass 42")
    call_command("setup_staff", "--username", "root2", "--role", "admin")
    user = django_user_model.objects.get(username="root2")
    assert user.is_superuser and user.is_staff


def test_changing_role_replaces_the_old_one(monkeypatch, django_user_model):
    monkeypatch.setenv("STAFF_PASSWORD", "a long staff pass 42")
    call_command("setup_staff", "--username", "maria", "--role", "paralegal")
    call_command("setup_staff", "--username", "maria", "--role", "attorney")
    user = django_user_model.objects.get(username="maria")
    assert list(user.groups.values_list("name", flat=True)) == ["attorney"]


def test_a_weak_password_is_refused(monkeypatch, django_user_model):
    monkeypatch.setenv("STAFF_PASSWORD", "123")
    with pytest.raises(CommandError):
        call_command("setup_staff", "--username", "weak", "--role", "paralegal")
    assert not django_user_model.objects.filter(username="weak").exists()


def test_there_is_no_password_option():
    with pytest.raises(CommandError):
        call_command("setup_staff", "--username", "x", "--role", "paralegal", "--password", "p")


def test_prompt_is_used_without_the_environment_variable(monkeypatch, django_user_model):
    monkeypatch.delenv("STAFF_PASSWORD", raising=False)
    answers = iter(["typed pass phrase 77", "typed pass phrase 77"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    call_command("setup_staff", "--username", "typed", "--role", "attorney")
    assert django_user_model.objects.get(username="typed").check_password("typed pass phrase 77")
