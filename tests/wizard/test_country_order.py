"""The country list in the order of the page's language: accents, case, words and each
language's own letters as a reader of that language expects."""

import re

import pytest
from django.conf import settings

from screening.questions.collation import collation_key, sorted_by_language
from screening.questions.countries import COUNTRIES, countries_in_order

from .conftest import answer

pytestmark = pytest.mark.django_db


def option_names(client) -> list[str]:
    answer(client, "situation", location="outside_us", goal="come_to_us")
    page = client.get("/screen/about_you/").content.decode()
    select = re.search(r'<select[^>]*name="about_you-citizenship".*?</select>', page, re.S).group(0)
    return [
        name
        for _code, name in re.findall(r'<option value="([A-Z]*)"[^>]*>([^<]*)</option>', select)
    ]


def test_the_spanish_page_lists_countries_in_spanish_order(client):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "es"
    names = [name.replace("&#x27;", "'") for name in option_names(client)]
    assert names[0] == "Prefiero no decirlo" and len(names) == len(COUNTRIES) + 1
    countries = names[1:]
    assert countries == sorted(countries, key=lambda name: collation_key(name, "es"))
    # "Samoa Americana" with the S's, "Islas Åland" with the I's (no longer last)
    assert countries.index("Samoa") + 1 == countries.index("Samoa Americana")
    assert (
        countries.index("Islandia")
        < countries.index("Islas Åland")
        < countries.index("Islas Caimán")
    )
    assert countries[0] == "Afganistán" and countries[-1] == "Zimbabue"
    # the article stays part of the name: El Salvador with the E's
    assert (
        countries.index("Egipto")
        < countries.index("El Salvador")
        < countries.index("Emiratos Árabes Unidos")
    )
    # accents do not move a name: Bélgica between Barbados and Belice
    assert countries.index("Baréin") < countries.index("Bélgica") < countries.index("Belice")


def test_the_english_page_lists_aland_with_the_as(client):
    countries = [name.replace("&#x27;", "'") for name in option_names(client)][1:]
    assert countries.index("Afghanistan") + 1 == countries.index("Åland Islands")
    assert countries.index("Costa Rica") + 1 == countries.index("Côte d'Ivoire")
    assert countries[-1] == "Zimbabwe"


def test_the_list_is_computed_once_per_language():
    first = countries_in_order("es")
    assert countries_in_order("es") is first
    assert {code for code, _name in first} == {code for code, _name in COUNTRIES}
    assert (
        dict(first)["US"] == "Estados Unidos"
        and dict(countries_in_order("en"))["US"] == "United States"
    )


def test_spanish_n_tilde_is_a_letter_after_n_and_an_accent_elsewhere():
    words = ["oso", "ñandú", "nube", "Nuez"]
    assert sorted_by_language(words, "es") == ["nube", "Nuez", "ñandú", "oso"]
    assert sorted_by_language(words, "en") == ["ñandú", "nube", "Nuez", "oso"]


def test_accents_and_case_only_break_ties():
    assert sorted_by_language(["cotf", "Côte", "cote", "Cote"], "en") == [
        "cote",
        "Cote",
        "Côte",
        "cotf",
    ]


def test_words_are_compared_one_by_one():
    names = ["Santa Lucía", "San Marino", "Congo, República Democrática del", "Congo"]
    assert sorted_by_language(names, "es") == [
        "Congo",
        "Congo, República Democrática del",
        "San Marino",
        "Santa Lucía",
    ]


def test_letters_that_do_not_decompose_are_read_as_their_base():
    assert sorted_by_language(["Ostrava", "Øresund", "Oslo"], "en") == [
        "Øresund",
        "Oslo",
        "Ostrava",
    ]
    assert sorted_by_language(["Strasse", "Straße", "Strb"], "en")[-1] == "Strb"


def test_ukrainian_letters_sort_in_the_ukrainian_alphabet():
    # Є, І, Ї and Ґ lie outside the Russian block's order: code points would put them after Я
    assert sorted_by_language(["я", "ї", "и", "і", "й", "ґ", "г", "є", "е"], "uk") == [
        "г", "ґ", "е", "є", "и", "і", "ї", "й", "я",
    ]  # fmt: skip
    names = ["Ємен", "Ефіопія", "Замбія", "Єгипет", "Естонія"]
    assert sorted_by_language(names, "uk") == ["Естонія", "Ефіопія", "Єгипет", "Ємен", "Замбія"]


def test_dari_letters_sort_in_the_persian_alphabet():
    # پ comes after ب, though its code point is after every basic Arabic letter
    names = ["تاجیکستان", "پاکستان", "ایران", "بحرین"]
    assert sorted_by_language(names, "fa") == ["ایران", "بحرین", "پاکستان", "تاجیکستان"]
    # the Arabic forms of yeh and kaf, and the zero-width non-joiner, do not move a name
    assert collation_key("ايران", "fa")[0] == collation_key("ایران", "fa")[0]
    assert collation_key("نیو\u200cزیلند", "fa")[0] == collation_key("نیوزیلند", "fa")[0]


@pytest.mark.parametrize("language", ["en", "es", "uk", "fa", "ht", "es-mx"])
def test_any_text_gets_a_key_in_any_language(language):
    texts = [
        "中国",
        "😀 Smile",
        "1st",
        "",
        "  ",
        "--",
        "Ελλάδα",
        "Côte d'Ivoire",
        "Ємен",
        "پاکستان",
    ]
    ordered = sorted_by_language(texts, language)
    assert sorted(ordered) == sorted(texts)
    assert ordered.index("") == 0
    assert ordered.index("1st") < ordered.index("Côte d'Ivoire")  # digits before letters
