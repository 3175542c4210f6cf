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


@pytest.fixture
def rtl(settings, tmp_path):
    """Pseudo-Arabic offered and complete, from a catalogue generated into tmp_path."""
    from parole_screen import catalogues

    from . import pseudo

    pseudo.write_catalogue(tmp_path)
    assert catalogues.complete_languages(tmp_path) == [pseudo.CODE]
    settings.LOCALE_PATHS = [tmp_path]
    settings.LANGUAGES = pseudo.LANGUAGES
    return settings
