"""Spanish offered whatever the state of the real catalogue (the switcher's own behaviour)."""

import pytest

from tests.staff.conftest import (  # noqa: F401 (fixtures)
    medical_case,
    paralegal,
    paralegal_client,
    persona_client,
)

OFFERED = [("en", "English"), ("es", "Español")]


@pytest.fixture
def spanish_offered(settings):
    settings.LANGUAGES = OFFERED
    return settings
