"""The machinery of the applicant's languages beyond Spanish (Haitian Creole, Ukrainian, Dari),
tested now with pseudo catalogues generated from the real, still incomplete ones: a complete
language is offered and its pages carry the unreviewed-translation notice; an incomplete one is
not offered; switching mid-screening keeps every answer; Dari pages read right to left with the
resume code and the date boxes left to right."""

from __future__ import annotations

import io
import re

import pytest
from django.conf import settings as django_settings
from django.utils import translation
from pypdf import PdfReader

from parole_screen import catalogues, po
from tests.staff.conftest import MEDICAL
from tests.walker import APPLICANT, walk
from tests.wizard.conftest import MANAGEMENT, answer

from . import pseudo
from .test_switcher import html_lang

pytestmark = pytest.mark.django_db

NOTICE = "This translation has not yet been reviewed by a certified translator."


def choose(client, code):
    client.cookies[django_settings.LANGUAGE_COOKIE_NAME] = code
    return client


def flat(response) -> str:
    return re.sub(r"\s+", " ", response.content.decode())


def test_a_complete_language_is_offered_by_its_own_name(client, ltr):
    page = client.get("/").content.decode()
    assert '<button type="submit" name="language" value="ht" lang="ht"' in page
    assert ">Kreyòl ayisyen</button>" in page
    assert html_lang(client.get("/", HTTP_ACCEPT_LANGUAGE="ht,en;q=0.5")) == "ht"


def test_an_incomplete_catalogue_is_not_offered(tmp_path):
    pseudo.write_catalogue(tmp_path, pseudo.LTR, leave_out=1)
    assert catalogues.complete_languages(tmp_path) == []
    assert catalogues.offered_languages(tmp_path) == [("en", "English")]


def test_the_real_catalogues_are_not_offered_until_complete():
    offered = dict(django_settings.LANGUAGES)
    for code in ("ht", "uk", "fa-af"):
        source = pseudo.ROOT / "locale" / code.replace("fa-af", "fa_AF") / "LC_MESSAGES"
        complete = catalogues.is_complete(source.parent)
        assert (code in offered) == complete


def test_browsers_set_to_dari_or_persian_get_dari(client, rtl):
    for header in ("fa-AF,fa;q=0.9", "fa", "prs-AF,fa;q=0.8"):
        assert html_lang(client.get("/", HTTP_ACCEPT_LANGUAGE=header)) == "fa-af", header


def test_a_translated_page_says_it_is_unreviewed_and_links_to_english(client, ltr):
    answer(client, "situation", location="outside_us", goal="come_to_us")
    choose(client, "ht")
    text = flat(client.get("/screen/situation/"))
    assert (
        f"{pseudo.LTR.mark} {NOTICE} The English page is the reference. {pseudo.LTR.mark}" in text
    )
    link = re.search(r'<a href="(/language/english/\?next=[^"]+)" hreflang="en">', text).group(1)
    assert link == "/language/english/?next=/screen/situation/"
    response = client.get(link)
    assert response.status_code == 302 and response["Location"] == "/screen/situation/"
    page = client.get("/screen/situation/")
    assert html_lang(page) == "en" and NOTICE not in flat(page)
    # the answers are the person's, whatever the language
    initial = page.context["form"].initial
    assert initial.items() >= {"location": "outside_us", "goal": "come_to_us"}.items()


def test_the_english_link_stays_on_this_site(client, ltr):
    response = choose(client, "ht").get("/language/english/?next=https://example.com/")
    assert response["Location"] == "/"


def test_english_and_spanish_pages_have_no_notice(client, ltr):
    assert NOTICE not in flat(client.get("/"))
    spanish = flat(choose(client, "es").get("/"))
    assert "traductor certificado" not in spanish and NOTICE not in spanish


def test_switching_mid_screening_keeps_every_answer(client, ltr):
    done = walk(client, APPLICANT, {"location": "inside_us", "goal": "stay_in_us"})
    before = {step: client.get(f"/screen/{step}/").context["form"].initial for step in done.visited}
    # on check your answers, the switcher posts the page's own form
    response = client.post("/screen/check/", {MANAGEMENT: "check", "language": "ht"})
    assert response["Location"] == "/screen/check/"
    check = client.get("/screen/check/")
    assert html_lang(check) == "ht" and pseudo.LTR.mark in flat(check)
    after = {step: client.get(f"/screen/{step}/").context["form"].initial for step in done.visited}
    assert after == before and len(after) >= 4


def test_dari_pages_are_rtl_with_code_and_date_boxes_ltr(client, rtl):
    choose(client, "fa-af")
    resume = flat(client.get("/resume/"))
    assert '<html lang="fa-af" dir="rtl">' in resume
    assert re.search(r'<input[^>]*name="code"[^>]*dir="ltr"', resume) or re.search(
        r'<input[^>]*dir="ltr"[^>]*name="code"', resume
    )
    answer(client, "situation", location="inside_us", goal="stay_in_us")
    entry = flat(client.get("/screen/entry/"))
    assert '<div class="date-input" dir="ltr"' in entry
    assert f"{pseudo.MARK} {NOTICE}" in entry


def pdf_fonts(reader) -> set[str]:
    found = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts") or [font]
            for item in descendants:
                descriptor = item.get_object().get("/FontDescriptor")
                if descriptor and any(k in descriptor for k in ("/FontFile", "/FontFile2")):
                    found.add(str(font["/BaseFont"]).split("+")[-1].replace("-", ""))
    return found


def test_the_dari_pdf_is_rtl_embeds_an_arabic_font_and_reads_in_order(client, rtl):
    walk(choose(client, "fa-af"), APPLICANT, {"location": "outside_us", "goal": "come_to_us"})
    client.post("/screen/check/", {MANAGEMENT: "check", "confirm": "1"})
    response = client.get("/result/pdf/")
    reader = PdfReader(io.BytesIO(response.content))
    assert reader.trailer["/Root"]["/Lang"] == "fa-af"
    assert any(name.startswith("NotoNaskhArabic") for name in pdf_fonts(reader))
    text = reader.pages[0].extract_text()
    # Dari words come out in reading order (logical), not mirrored
    assert pseudo.MARK in text and pseudo.MARK[::-1] not in text
    assert "reviewed by a certified translator" in text  # the notice, in the PDF too


def test_applicant_pages_need_no_string_outside_the_applicant_catalogue(client, ltr, monkeypatch):
    """The three catalogues leave the staff files out: every one of our strings an applicant's
    page, its PDF or its calendar file looks up is in them."""
    ours = {e.msgid for e in po.read(pseudo.ROOT / "locale/es/LC_MESSAGES/django.po")[1]}
    applicant = {e.msgid for e in po.read(pseudo.LTR.source)[1]}
    assert len(applicant) < len(ours)  # the staff-only strings are left out
    seen: set[str] = set()
    trans = translation._trans
    for name, arg in (("gettext", 0), ("pgettext", 1), ("ngettext", 0), ("npgettext", 1)):
        real = getattr(trans, name)

        def wrapper(*args, _real=real, _arg=arg, **kwargs):
            if translation.get_language() == "ht":
                seen.add(str(args[_arg]))
            return _real(*args, **kwargs)

        monkeypatch.setattr(trans, name, wrapper)
    choose(client, "ht")
    for path in ("/", "/resume/", "/screen/start-again/", "/no-such-page/"):
        client.get(path, follow=True)
    client.post("/resume/", {"code": "AAAA-BBBB-CCCC-DDDD"})
    client.post("/screen/situation/", {MANAGEMENT: "situation"})
    walk(client, APPLICANT, MEDICAL)
    client.post("/screen/check/", {MANAGEMENT: "check", "confirm": "1"})
    for path in ("/result/", "/result/pdf/", "/result/dates.ics"):
        assert client.get(path).status_code == 200, path
    assert len(seen & applicant) > 200
    assert (seen & ours) - applicant == set()


def test_countries_sort_by_each_languages_alphabet():
    from screening.questions.collation import sorted_by_language

    # Dari (fa-af) takes the Persian alphabet: پ (Pakistan) before ت (Tajikistan), although
    # its code point comes after; Ukrainian: Є after Е (and before Ж)
    assert sorted_by_language(["تاجیکستان", "پاکستان"], "fa-af") == ["پاکستان", "تاجیکستان"]
    assert sorted_by_language(["Єгипет", "Естонія"], "uk") == ["Естонія", "Єгипет"]
    # Haitian Creole: Latin letters
    assert sorted_by_language(["Kanada", "Etazini", "Ayiti"], "ht") == [
        "Ayiti",
        "Etazini",
        "Kanada",
    ]
