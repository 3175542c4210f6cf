"""People who reach a page they cannot use get a plain page that says what to do next."""

import pytest


@pytest.mark.django_db
def test_a_logged_in_user_without_a_role_is_told_why_access_is_refused(client, outsider):
    client.force_login(outsider)
    response = client.get("/staff/")
    assert response.status_code == 403
    assert "You do not have access to this page" in response.content.decode()
    assert "paralegal or attorney group" in response.content.decode()


@pytest.mark.django_db
def test_an_unknown_address_gets_a_page_not_found_that_keeps_the_way_back(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    page = response.content.decode()
    assert "Page not found" in page
    assert 'href="/"' in page
