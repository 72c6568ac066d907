"""Tests of the helplines added for Australia, New Zealand, Canada, India, South Africa, Brazil,
Mexico, Argentina and Belgium, then Switzerland, Colombia, Chile and Austria
(data/safety/helplines.yml, selfcare/safety/helplines.py): a person naming where they are, in any
of the eight languages, gets that country's crisis and emergency numbers; a country named about
someone else does not count; every new entry is sourced.
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest
import yaml

from selfcare import safety
from selfcare.safety.replies import render
from tests.support.review import review_date_problem

# selfcare.safety.helplines is the function: the module, for its tables.
helplines_module = importlib.import_module("selfcare.safety.helplines")

ROOT = Path(__file__).resolve().parents[3]
NEW_REGIONS = ("AU", "NZ", "CA", "IN", "ZA", "BR", "MX", "AR", "BE", "CH", "CO", "CL", "AT")
EU_COUNTRIES = ("BE", "AT")  # read like the other EU countries: their lines and the local number

# region -> (a crisis number, the emergency number, what a person might write: the country in
# two languages and a city in two languages)
COUNTRIES = {
    "AU": ("13 11 14", "000", ["I'm in Australia", "vivo en Australia", "I'm in Melbourne", "ich wohne in Sydney"]),
    "NZ": (
        "1737",
        "111",
        ["we live in New Zealand", "je vis en Nouvelle-Zélande", "Auckland here", "ik woon in Wellington"],
    ),
    "CA": ("988", "911", ["I live in Canada", "mieszkam w Kanadzie", "je vis à Montréal", "I'm in Toronto"]),
    "IN": ("14416", "112", ["I'm in India", "ich lebe in Indien", "in Mumbai", "vivo a Bangalore"]),
    "ZA": (
        "0800 567 567",
        "112",
        ["I live in South Africa", "ik woon in Zuid-Afrika", "Cape Town here", "estoy en Johannesburgo"],
    ),
    "BR": ("188", "192", ["moro no Brasil", "je suis au Brésil", "moro em São Paulo", "I'm in Rio de Janeiro"]),
    "MX": (
        "800 911 2000",
        "911",
        ["soy de México", "we're in Mexico", "estoy en la Ciudad de México", "abito a Guadalajara"],
    ),
    "AR": (
        "0800 999 0091",
        "911",
        ["vivo en Argentina", "jestem w Argentynie", "estoy en Buenos Aires", "I live in Rosario"],
    ),
    "BE": ("1813", "112", ["I live in Belgium", "j'habite en Belgique", "ik woon in Antwerpen", "je suis à Liège"]),
    # the eighteenth red team: Zürich got Germany's lines, Geneva France's, Lugano Italy's
    "CH": ("143", "144", ["I live in Switzerland", "ich wohne in Zürich", "j'habite à Genève", "abito a Lugano"]),
    # ... and Bogotá and Chile got Spain's 024 and 112, Vienna only 112
    "CO": ("106", "123", ["Estoy en Colombia", "vivo en Bogotá", "I live in Colombia", "je vis en Colombie"]),
    "CL": ("*4141", "131", ["Soy de Chile", "vivo en Santiago de Chile", "I'm in Chile", "estoy en Valparaíso"]),
    "AT": ("142", "144", ["Ich lebe in Österreich", "Ich wohne in Wien", "I live in Austria", "vivo en Viena"]),
}
CASES = [(region, text) for region, (_, _, texts) in COUNTRIES.items() for text in texts]


def _raw_entries() -> list[dict]:
    return yaml.safe_load((ROOT / "data" / "safety" / "helplines.yml").read_text(encoding="utf-8"))


def test_every_new_country_is_a_region_with_crisis_and_emergency_lines():
    for region in NEW_REGIONS:
        assert region in safety.REGIONS
        kinds = {e["kind"] for e in safety.HELPLINES if e["region"] == region}
        assert {"crisis", "emergency"} <= kinds, region
    # Belgium keeps 112 on a line of its own
    assert any(e["region"] == "BE" and e["kind"] == "emergency" and e["number"] == "112" for e in safety.HELPLINES)


@pytest.mark.parametrize("region, text", CASES)
def test_naming_the_country_or_a_city_gives_its_numbers(region, text):
    crisis, emergency, _ = COUNTRIES[region]
    locale = safety.locale_from_text(text)
    assert locale is not None, text
    assert safety.region_of(locale) == region
    numbers = {e["number"] for e in safety.helplines(locale)}
    assert {crisis, emergency} <= numbers, (text, numbers)
    reply = safety.crisis_reply(locale)
    assert crisis in reply and emergency in reply
    assert emergency in safety.emergency_reply(locale)
    assert not safety.contains_dose(reply)


@pytest.mark.parametrize("region", [r for r in NEW_REGIONS if r not in EU_COUNTRIES])
def test_a_country_outside_the_eu_gets_only_its_own_lines(region):
    locale = safety.locale_from_text(COUNTRIES[region][2][0])
    assert locale == region
    assert {e["region"] for e in safety.helplines(locale)} == {region}
    text = safety.crisis_reply(locale)
    assert "(US)" not in text and "(UK" not in text and "(EU)" not in text and "local emergency number" not in text


def test_belgium_is_read_like_the_other_eu_countries():
    # "be" like "de": the country's lines, and the local number in case the person is elsewhere
    assert safety.locale_from_text("ik woon in Gent") == "be"
    assert {e["region"] for e in safety.helplines("be")} == {"BE", "default"}
    assert {e["region"] for e in safety.helplines("nl-BE")} == {"BE"}
    assert "070 245 245" in render("harm_done", "fr-BE")
    # Austria, which had only the EU's 112: its own lines, its poison centre, 112 once
    assert safety.locale_from_text("Ich wohne in Wien") == "at"
    assert {e["region"] for e in safety.helplines("at")} == {"AT", "default"}
    assert {e["region"] for e in safety.helplines("de-AT")} == {"AT"}
    harm = render("harm_done", "de-AT")
    assert "01 406 43 43" in harm
    assert [line for line in harm.splitlines() if "112" in line and line.startswith("- ")] == [
        next(line for line in harm.splitlines() if "(Austria)" in line)
    ]


@pytest.mark.parametrize("text", ["Vivo en Texas y ya no quiero seguir", "estoy en California", "soy de Puerto Rico"])
def test_a_spanish_speaker_in_the_us_gets_the_us_lines_and_the_spanish_988(text):
    locale = safety.locale_from_text(text)
    assert safety.region_of(locale) == "US"
    reply = safety.crisis_reply(locale)
    assert "988" in reply and "press 2" in reply and "AYUDA" in reply and "911" in reply
    assert "024" not in reply and "(Spain)" not in reply


@pytest.mark.parametrize(
    "text",
    [
        "my sister lives in Australia",
        "my sister lives in Spain",
        "mi hermana vive en México",
        "ma sœur vit au Canada",
        "meine Schwester wohnt in Brasilien",
        "mój brat mieszka w Kanadzie",
        "mijn zus woont in België",
        "a minha irmã mora no Brasil",
        "i miei amici sono di Buenos Aires",
        "my brother is living in New Zealand",
        "I'm not in Australia any more",
        "no estoy en México",
        "nie mieszkam w Indiach",
        "we went to Cape Town last year",
        "vivo en América Latina",
        "estoy colorado de la vergüenza",
        "mi hija vive en Zúrich",
        "vivo en Cali",  # also what people call California: left out
        "estoy en el río",
        "i'm in pain",
        "is walking good for fibro",
    ],
)
def test_a_country_named_about_someone_else_does_not_count(text):
    assert safety.locale_from_text(text) is None


@pytest.mark.parametrize(
    "text, code",
    [
        ("soy de México pero vivo en España", "es"),  # where they are now wins
        ("jestem z Polski, ale mieszkam w Kanadzie", "CA"),
        ("I'm from Brazil", "BR"),
        ("I live in New Mexico", "us"),
        ("I'm in Perth, Scotland", "gb"),
        ("I'm in Perth", "AU"),
        ("I'm in London, Ontario", "CA"),
        ("moro em Porto Alegre", "BR"),
        ("moro no Porto", "pt"),
        ("i live in new south wales", "AU"),
        ("Je viens d'Australie", "AU"),
        ("wir leben in Neuseeland", "NZ"),
        ("w RPA", "ZA"),
        ("hola desde México", "MX"),
        ("estou na Índia", "IN"),
        ("hi, Toronto here", "CA"),
        ("ich wohne in München", "de"),
        ("estoy en España", "es"),
        ("I\u2019m in Łódź", "pl"),
    ],
)
def test_names_and_cities_in_every_language(text, code):
    assert safety.locale_from_text(text) == code


def test_a_channel_locale_still_gets_the_default_list():
    # "en-AU" names a language variety; "ar" and "ca" are also Arabic and Catalan
    default = safety.helplines(None)
    for locale in ("en-AU", "fr-CA", "pt-BR", "ar", "ca", "in", "au"):
        assert safety.region_of(locale) == "default"
        assert safety.helplines(locale) == default


def test_locale_from_text_never_raises_and_reads_a_long_message():
    assert safety.locale_from_text(None) is None  # type: ignore[arg-type]
    assert safety.locale_from_text(42) is None  # type: ignore[arg-type]
    long_text = "the pain in my back is bad today, and i am tired. " * 100
    assert safety.locale_from_text(long_text) is None
    assert safety.locale_from_text(long_text + " I'm in Sydney") == "AU"


def test_every_place_name_has_one_country():
    seen: dict[str, str] = {}
    for code, names in helplines_module._COUNTRY_NAMES.items():
        for name in names.split("|"):
            key = helplines_module._place_key(name)
            assert seen.setdefault(key, code) == code, name


def test_every_new_entry_is_sourced_and_gives_its_number():
    entries = [e for e in _raw_entries() if e["region"] in NEW_REGIONS]
    assert len(entries) >= 2 * len(NEW_REGIONS)
    for entry in entries:
        assert entry["source"]["name"] and entry["source"]["url"].startswith("https://"), entry["label"]
        assert entry["number"] and entry["number"] in entry["text"], entry["label"]
        assert entry["last_reviewed"] == "2026-11-30" and review_date_problem(entry["last_reviewed"]) is None
        assert entry["default"] is False and entry["where"].startswith("in ")
        assert not safety.contains_dose(entry["text"]), entry["label"]


@pytest.mark.parametrize("region", NEW_REGIONS)
def test_every_reply_for_a_new_country_is_complete_without_a_repeated_line(region):
    locale = safety.locale_from_text(COUNTRIES[region][2][0])
    for template in ("crisis", "crisis_followup", "emergency", "harm_done", "crisis_other", "crisis_imminent"):
        text = render(template, locale)
        assert text.strip() and "{" not in text and "}" not in text, (template, text)
        assert not safety.contains_dose(text), text
        lines = [line for line in text.splitlines() if line.startswith("- ")]
        assert len(lines) == len(set(lines)), (template, lines)


@pytest.mark.parametrize(
    "locale, number", [("es-ES", "91 562 04 20"), ("pt-PT", "800 250 250"), ("it-IT", "02 661 010 29")]
)
def test_harm_done_in_spain_portugal_and_italy_gives_the_poison_line(locale, number):
    # red team 18: harm done there got only 112
    for template in ("harm_done", "emergency_other"):
        text = render(template, locale)
        assert number in text and "112" in text and not safety.contains_dose(text), template
    entry = next(e for e in _raw_entries() if e["kind"] == "poison" and e["number"] == number)
    assert entry["source"]["url"].startswith("https://") and entry["last_reviewed"] == "2026-11-30"


@pytest.mark.parametrize(
    "text, only",
    [
        ("I'm in the UK", True),
        ("hi, Toronto here", True),
        ("we live in New Zealand now.", True),
        ("I'm in London on the bridge", False),
        ("ich wohne in Wien und habe alle Tabletten genommen", False),
        ("im in the car", False),
        ("I'm in pain", False),
    ],
)
def test_says_only_where_needs_a_known_place_and_nothing_else(text, only):
    assert helplines_module.says_only_where(text) is only


# The nineteenth red team: Peru, Uruguay, Ecuador and Venezuela got Spain's lines (chosen by the
# language), Angola Portugal's, Suriname the Netherlands', Japan and Kenya 988 and 911.
@pytest.mark.parametrize(
    "text",
    [
        "Vivo en Lima, Perú. Pienso en quitarme la vida",
        "Soy de Montevideo y ya no quiero vivir",
        "Vivo en Quito y quiero suicidarme",
        "Vivo em Luanda, Angola, e quero morrer",
        "Ik woon in Paramaribo en ik wil dood",
        "I'm in Japan",
        "we live in Nairobi",
        # the twentieth red team: the place first, then the message
        "in the Philippines, i feel like ending it",
        "Kenya. I have a plan to end things tomorrow",
    ],
)
def test_a_country_with_no_lines_on_file_is_told_so_and_given_the_local_number(text):
    locale = safety.locale_from_text(text)
    assert safety.region_of(locale) == "elsewhere"
    for template in ("crisis", "crisis_followup", "emergency", "harm_done", "crisis_other", "crisis_imminent"):
        reply = render(template, locale)
        assert "local emergency number" in reply, template
        for foreign in ("988", "911", "999", "112", "024", "113", "1411", "Samaritans"):
            assert foreign not in reply, (template, foreign)
        lines = [line for line in reply.splitlines() if line.startswith("- ")]
        assert len(lines) == len(set(lines)), (template, lines)
    assert "don't have checked numbers for your country" in render("crisis", locale)


@pytest.mark.parametrize(
    "text, region",
    [
        ("Je vis au Luxembourg et j'ai envie de mourir", "EU"),
        ("I live in Malta", "EU"),
        ("Woon in Brussel, ik wil er een einde aan maken", "BE"),
        ("bin in Graz", "AT"),
    ],
)
def test_eu_countries_without_their_own_lines_and_places_said_without_a_pronoun(text, region):
    locale = safety.locale_from_text(text)
    assert safety.region_of(locale) == region
    assert "112" in render("crisis", locale)


def test_the_elsewhere_entries_are_sourced():
    entries = [e for e in _raw_entries() if e["region"] == "elsewhere"]
    assert {e["kind"] for e in entries} == {"crisis", "emergency", "poison"}
    for entry in entries:
        assert entry["source"]["url"].startswith("https://") and entry["last_reviewed"] == "2026-11-30"
        assert entry["default"] is False and not safety.contains_dose(entry["text"])


@pytest.mark.parametrize("lang", sorted(safety.replies.OPENINGS))
def test_each_language_opens_the_danger_replies_before_the_english_text(lang):
    # red teams 26 and 27: a person in crisis writing Polish or Spanish read only English
    english = render("crisis", lang)
    for template in ("crisis", "crisis_imminent", "crisis_check", "harm_done", "emergency", "crisis_other"):
        text = render(template, lang, lang)
        opening, _, rest = text.partition("\n\n")
        assert rest == render(template, lang), (lang, template)  # the reviewed English text stays whole
        assert opening != rest.partition("\n\n")[0] and "{" not in opening, (lang, template, opening)
        assert "local emergency" not in opening and ("112" in opening) == (template != "crisis_check"), opening
        assert not safety.contains_dose(text), text
    assert render("crisis", lang, None) == english and render("stopping", lang, lang) == render("stopping", lang)


def test_an_opening_gives_the_country_number_where_the_channel_says_where():
    assert "192" in render("emergency", "BR", "pt").partition("\n\n")[0]
    assert "144" in render("emergency", "at", "de").partition("\n\n")[0]


def test_no_reply_leaves_a_lead_in_to_an_empty_list():
    # the twenty-eighth red team's Dutch collapse reply: "keep the packet ... to show the ambulance crew:"
    # and nothing after it (no poison line on file for the Netherlands)
    for locale in (None, "nl", "de", "fr", "pl", "AU", "BR", "en-US", "en-GB"):
        for name in safety.replies.RISK_TEMPLATES:
            text = render(name, locale)
            assert not re.search(r":[ \t]*(?:\n[ \t]*\n|\n?[ \t]*$)", text), (locale, name, text)


def test_two_lines_on_one_number_are_said_once_in_the_inline_form():
    # the web page's "I'm glad you're safe" read "988 (call or text) or 911 or 988 (press 2 for Spanish ...)"
    from selfcare.safety import replies

    said = replies.render("crisis_safe_followup", "en-US")
    assert "988 (call or text; press 2 for Spanish, or text AYUDA to 988) or 911" in said
    assert said.count("988 (") == 1


@pytest.mark.parametrize("language, home, also", [("pt", "PT", "BR"), ("es", "ES", "MX")])
def test_a_bare_portuguese_or_spanish_gets_the_biggest_country_that_speaks_it_too(language, home, also):
    # red team 32: Brazilian Portuguese got Portugal's numbers only
    assert {e["region"] for e in safety.helplines(language)} == {home, also, "default"}
    crisis = [e["region"] for e in safety.helplines(language) if e["kind"] == "crisis"]
    assert home in crisis and also in crisis
    # a full locale of the home country says which country: its lines only
    assert {e["region"] for e in safety.helplines(f"{language}-{home}")} == {home}
    reply = safety.crisis_reply(language)
    assert "local emergency number" in reply and not safety.contains_dose(reply)


def test_brazil_and_portugal_numbers_both_reach_a_portuguese_crisis_reply():
    reply = safety.crisis_reply("pt")
    assert "188" in reply and "1411" in reply and "192" in reply and "112" in reply
    # and a poison line of each where harm is done
    from selfcare.safety.helplines import helplines_of_kind

    assert {e["region"] for e in helplines_of_kind("pt", "poison")} == {"PT", "BR"}


def test_an_eating_reply_says_when_no_eating_disorder_line_is_on_file():
    # red team 32: a Spanish purging question got the suicide line as the place to talk about food
    spain = render("dangerous_eating", "es")
    assert "don't have an eating-disorder helpline on file" in spain and "024" in spain
    uk = render("dangerous_eating", "en-GB")
    assert "0808 801 0677" in uk and "on file" not in uk
    germany = render("dangerous_eating", "de")
    assert "0221 892031" in germany and "on file" not in germany


@pytest.mark.parametrize(
    "text, locale",
    [
        # red team 35: "crisis line number for Germany?" got the US numbers first
        ("can you give me a crisis line number for Germany?", "de"),
        ("helplines in ireland please", "ie"),
        ("my sister lives in spain", None),
        ("the phone in my kitchen is broken", None),
    ],
)
def test_the_numbers_asked_for_a_place_are_that_places(text, locale):
    assert safety.locale_from_text(text) == locale
