"""Spanish offered whatever the state of the real catalogue (the switcher's own behaviour)."""

import pytest

from tests.staff.conftest import (  # noqa: F401 (fixtures)
    medical_case,
    paralegal,
    paralegal_client,
    persona_client,
)

from . import pseudo

OFFERED = [("en", "English"), ("es", "Español")]


@pytest.fixture
def spanish_offered(settings):
    settings.LANGUAGES = OFFERED
    return settings


def offer_pseudo(settings, tmp_path, language):
    """A pseudo language offered and complete, from a catalogue generated into tmp_path (the
    real Spanish catalogue stays offered beside it)."""
    from parole_screen import catalogues

    pseudo.write_catalogue(tmp_path, language)
    assert catalogues.complete_languages(tmp_path) == [language.code]
    settings.LOCALE_PATHS = [tmp_path, *settings.LOCALE_PATHS]
    settings.LANGUAGES = language.languages
    return settings


@pytest.fixture
def rtl(settings, tmp_path):
    """Pseudo-Dari (right to left) offered and complete."""
    return offer_pseudo(settings, tmp_path, pseudo.RTL)


@pytest.fixture
def ltr(settings, tmp_path):
    """Pseudo-Haitian Creole (left to right, accented) offered and complete."""
    return offer_pseudo(settings, tmp_path, pseudo.LTR)
