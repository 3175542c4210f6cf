"""The admin's case search goes through the blind index too (the name column is ciphertext)."""

import pytest

from .conftest import MEDICAL, make_case

pytestmark = pytest.mark.django_db


def test_admin_finds_a_case_by_name_or_reference(client, administrator):
    case = make_case(MEDICAL, client_name="Joaquín Ñandú")
    make_case(MEDICAL, client_name="Someone Else")
    client.force_login(administrator)
    by_name = client.get("/admin/screening/case/", {"q": "joaquin"})
    assert by_name.status_code == 200
    assert [c.reference for c in by_name.context["cl"].result_list] == [case.reference]
    by_ref = client.get("/admin/screening/case/", {"q": case.reference[3:7]})
    assert case.reference in [c.reference for c in by_ref.context["cl"].result_list]
