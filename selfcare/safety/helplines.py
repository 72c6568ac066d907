"""The helplines: loading data/safety/helplines.yml, the regions, and which
numbers a person gets (`locale_from_text`, `region_of`, `helplines`).

The file is read once, at import; a missing or invalid file raises
SafetyDataError and the servers refuse to start.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

import yaml

# The project root is the parent of selfcare/.
PROJECT_DIR = Path(__file__).resolve().parent.parent.parent
SAFETY_DIR = PROJECT_DIR / "data" / "safety"
HELPLINES_FILE = SAFETY_DIR / "helplines.yml"

# EU countries with lines of their own in helplines.yml; the rest of the EU gets the EU entries.
COUNTRY_REGIONS = ("ES", "FR", "DE", "PT", "IT", "PL", "NL", "BE", "AT")
# Countries outside the EU with lines of their own (added 2026-11-30). They are chosen when
# the person names the country or one of its cities: locale_from_text gives the region code
# itself ("AU", "CA", ...), which _parse_locale reads as exact. A channel's locale ("en-AU",
# "fr-CA", or a bare "ar", "ca", which are also the Arabic and Catalan language codes) still
# gets the default list, as before. Switzerland, Colombia and Chile were added later the same day
# (the eighteenth red team found Zürich given Germany's lines, Geneva France's, and Bogotá and
# Santiago Spain's); Austria then became a country of its own among the EU ones.
WORLD_REGIONS = ("AU", "NZ", "CA", "IN", "ZA", "BR", "MX", "AR", "CH", "CO", "CL")
# A country the person named that has no lines on file ("Vivo en Lima, Perú", "I'm in Japan"):
# the reply says so and gives the local emergency number, never another country's lines chosen
# by the language (the nineteenth red team found Peru, Uruguay, Ecuador and Venezuela given
# Spain's numbers, Angola Portugal's, Suriname the Netherlands', Japan and Kenya 988 and 911).
ELSEWHERE = "XX"
REGIONS = ("US", "UK", "IE", "EU", *COUNTRY_REGIONS, *WORLD_REGIONS, "elsewhere", "default")
KINDS = ("crisis", "emergency", "urgent", "poison", "eating_disorder", "supporter", "abuse", "child_protection")

_EU_COUNTRIES = frozenset(
    [
        "at",
        "be",
        "bg",
        "hr",
        "cy",
        "cz",
        "dk",
        "ee",
        "fi",
        "fr",
        "de",
        "gr",
        "el",
        "hu",
        "it",
        "lv",
        "lt",
        "lu",
        "mt",
        "nl",
        "pl",
        "pt",
        "ro",
        "sk",
        "si",
        "es",
        "se",
    ]
)
_COUNTRY_REGION = {
    "us": "US",
    "gb": "UK",
    "uk": "UK",
    "ie": "IE",
    **{c: "EU" for c in _EU_COUNTRIES},
    **{c.lower(): c for c in COUNTRY_REGIONS},  # "be" is Belgium now, no longer the EU entries
}

# One entry of helplines.yml: region, kind, label, number, text, short, default, ...
Helpline = dict[str, Any]

# Last resort when filling a reviewed reply fails at run time (see crisis_reply):
# the person still gets the core numbers. Never used instead of the data files.
_FALLBACK_HELPLINES: list[Helpline] = [
    {
        "region": "US",
        "kind": "crisis",
        "label": "988 Suicide & Crisis Lifeline (US)",
        "number": "988",
        "text": "call or text 988",
        "short": "988 (call or text)",
        "default": True,
    },
    {
        "region": "US",
        "kind": "emergency",
        "label": "Emergency services (US)",
        "number": "911",
        "text": "call 911",
        "short": "911",
        "default": True,
    },
    {
        "region": "UK",
        "kind": "crisis",
        "label": "Samaritans (UK and Ireland)",
        "number": "116 123",
        "text": "call 116 123",
        "short": "Samaritans on 116 123",
        "default": True,
    },
    {
        "region": "UK",
        "kind": "emergency",
        "label": "Emergency services (UK)",
        "number": "999",
        "text": "call 999",
        "short": "999",
        "default": True,
    },
    {
        "region": "IE",
        "kind": "crisis",
        "label": "Samaritans (Ireland)",
        "number": "116 123",
        "text": "call 116 123",
        "short": "Samaritans on 116 123",
        "default": False,
    },
    {
        "region": "IE",
        "kind": "emergency",
        "label": "Emergency services (Ireland)",
        "number": "112",
        "text": "call 112 or 999",
        "short": "112 or 999",
        "default": False,
    },
    {
        "region": "EU",
        "kind": "emergency",
        "label": "European emergency number (EU)",
        "number": "112",
        "text": "call 112",
        "short": "112",
        "default": True,
    },
    {
        "region": "default",
        "kind": "emergency",
        "label": "Anywhere else",
        "number": None,
        "text": "call your local emergency number",
        "short": "your local emergency number",
        "default": True,
    },
]


def _load_yaml(path: Path) -> Any:
    with path.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


class SafetyDataError(ValueError):
    """data/safety/*.yml is missing or invalid: like the knowledge file, the
    servers refuse to start rather than run on texts nobody reviewed."""


def _load_helplines() -> list[Helpline]:
    try:
        raw = _load_yaml(HELPLINES_FILE)
        entries = []
        for index, entry in enumerate(raw):
            if not isinstance(entry, dict) or entry.get("region") not in REGIONS or entry.get("kind") not in KINDS:
                raise ValueError(f"entry {index}: region must be one of {REGIONS}, kind one of {KINDS}")
            if not entry.get("text") or not (entry.get("source") or {}).get("url"):
                raise ValueError(f"entry {index} ({entry.get('label')}): needs a text and a source url")
            entries.append(dict(entry))
        if not entries:
            raise ValueError("no usable entries")
        return entries
    except Exception as error:
        raise SafetyDataError(f"{HELPLINES_FILE}: cannot be used: {error}") from error


HELPLINES: list[Helpline] = _load_helplines()


def _parse_locale(locale: str | None) -> tuple[str, bool]:
    """(region, exact): exact is False when only a bare code was given."""
    if not isinstance(locale, str):
        return "default", False
    if locale.strip() in WORLD_REGIONS:  # "AU": a country the person named (locale_from_text)
        return locale.strip(), True
    if locale.strip() == ELSEWHERE:
        return "elsewhere", True
    parts = [p for p in re.split(r"[-_.@\s]+", locale.strip().casefold()) if p]
    if not parts:
        return "default", False
    # The region subtag: the first two-letter (or UN M.49 "150" = Europe) part after the language.
    for part in parts[1:]:
        if part in _COUNTRY_REGION:
            return _COUNTRY_REGION[part], True
        if part == "150":
            return "EU", True
        if len(part) == 2 and part.isalpha():
            return "default", True
    # A bare code is read as a country first ("ie", "gb", "de", "fr"): a bare
    # language ("en") says nothing about where the person is.
    return _COUNTRY_REGION.get(parts[0], "default"), False


# "i'm in the uk", "vivo en México", "ik woon in Antwerpen", "Cape Town here": where the person
# says they are. The names are folded like the text (lower case, no accents, "ł" -> "l", "ß" ->
# "ss"); a space also matches a hyphen, a dot may be left out. The key is what locale_from_text
# gives: a lower-case code for the US, the UK, Ireland and the EU countries (read like a bare
# locale, so "de" gets the German lines and the local number), the region code for the others.
# Polish names come in the forms after "w" and "z" too ("w Kanadzie", "z Kanady"). Left out as
# ambiguous: Córdoba (Argentina, Spain), Valencia (Spain, Venezuela), Salvador (Brazil, El
# Salvador), Hyderabad (India, Pakistan), Halifax and Newcastle (UK, Canada, Australia),
# Hamilton, Victoria, Mérida, León, Nice.
_COUNTRY_NAMES: dict[str, str] = {
    "us": (
        "the us|the usa|usa|the u.s.|the u.s.a.|the united states|united states|the states|america|"
        "estados unidos|ee.uu.|eua|etats unis|vereinigte staaten|vereinigten staaten|amerika|"
        "stany zjednoczone|stanach zjednoczonych|stanow zjednoczonych|stati uniti|verenigde staten|de vs|"
        "new mexico|nuevo mexico|novo mexico|nouveau mexique|texas|tejas|california|florida|arizona|"
        "nevada|illinois|new jersey|nueva jersey|pennsylvania|pensilvania|north carolina|"
        "carolina del norte|south carolina|carolina del sur|massachusetts|oregon|utah|oklahoma|"
        "tennessee|kentucky|louisiana|luisiana|alabama|wisconsin|minnesota|missouri|connecticut|"
        "maryland|arkansas|mississippi|puerto rico|new york|new york city|nyc|nueva york|"
        "nova york|nova iorque|nowy jork|nowym jorku|los angeles|chicago|houston|philadelphia|"
        "san francisco|seattle|boston|miami|dallas|atlanta|washington|san diego|denver"
    ),
    "gb": (
        "the uk|uk|the u.k.|the united kingdom|united kingdom|england|scotland|wales|northern ireland|"
        "britain|great britain|reino unido|royaume uni|angleterre|ecosse|pays de galles|irlande du nord|"
        "grossbritannien|vereinigtes konigreich|vereinigten konigreich|schottland|nordirland|inglaterra|"
        "escocia|gales|pais de gales|irlanda del norte|irlanda do norte|regno unito|inghilterra|scozia|"
        "galles|irlanda del nord|wielka brytania|wielkiej brytanii|anglia|anglii|szkocja|szkocji|walia|"
        "walii|irlandia polnocna|irlandii polnocnej|verenigd koninkrijk|het vk|engeland|schotland|"
        "noord ierland|london|londres|londra|londyn|londynie|londen|manchester|birmingham|glasgow|"
        "edinburgh|edimburgo|edimbourg|edynburg|edynburgu|cardiff|belfast|liverpool|leeds|bristol|"
        "sheffield|nottingham|leicester|perth scotland"
    ),
    "ie": (
        "ireland|the republic of ireland|republic of ireland|eire|irlanda|irlande|irland|irlandia|irlandii|"
        "ierland|dublin|dublino|dublinie|cork|galway|limerick"
    ),
    "de": (
        "germany|alemania|allemagne|deutschland|alemanha|germania|niemcy|niemczech|niemiec|duitsland|"
        "berlin|berlino|berlinie|hamburg|amburgo|hamburgu|munchen|muenchen|munich|monachium|koln|"
        "koeln|cologne|frankfurt|francoforte|frankfurcie|stuttgart|dusseldorf|duesseldorf|leipzig|dresden|"
        "bremen|hannover|nurnberg|nuremberg"
    ),
    "fr": (
        "france|francia|frankreich|franca|francja|francji|frankrijk|paris|parigi|paryz|paryzu|parijs|lyon|"
        "lione|marseille|marsella|marsiglia|toulouse|lille|bordeaux|burdeos|nantes|strasbourg|estrasburgo|"
        "strasburgo|montpellier|rennes"
    ),
    "es": (
        "spain|espana|espagne|spanien|espanha|spagna|hiszpania|hiszpanii|spanje|madrid|madri|madryt|"
        "madrycie|barcelona|barcelonie|sevilla|seville|sevilha|siviglia|bilbao|malaga|zaragoza|alicante|"
        "mallorca|majorca|tenerife|gran canaria|canarias|islas canarias|ibiza"
    ),
    "it": (
        "italy|italia|italie|italien|wlochy|wloszech|wloch|rome|roma|rzym|rzymie|milan|milano|mediolan|"
        "mediolanie|mailand|naples|napoli|napoles|neapel|turin|torino|turyn|florence|firenze|florencia|"
        "florenz|venice|venezia|venecia|venedig|wenecja|wenecji|bologna|bolonia|genoa|genova|palermo"
    ),
    "nl": (
        "the netherlands|netherlands|holland|paises bajos|holanda|pays bas|hollande|niederlande|"
        "niederlanden|paesi bassi|olanda|holandia|holandii|niderlandy|niderlandach|nederland|paises baixos|"
        "amsterdam|amsterdamie|rotterdam|the hague|den haag|la haya|la haye|utrecht|eindhoven|groningen|"
        "haarlem|leiden"
    ),
    "be": (
        "belgium|belgica|belgique|belgien|belgio|belgia|belgii|belgie|brussels|bruxelles|brussel|bruselas|"
        "bruxelas|bruksela|brukseli|antwerp|antwerpen|anvers|amberes|anversa|antwerpia|antwerpii|liege|"
        "luik|luttich|lieja|gent|ghent|gand|gante|gandawa|gandawie|charleroi|namur|leuven|louvain|brugge|"
        "bruges|brujas|mechelen|malines|hasselt|ostend|oostende"
    ),
    "pt": (
        "portugal|portogallo|portugalia|portugalii|lisbon|lisboa|lisbonne|lissabon|lisbona|lizbona|"
        "lizbonie|porto|oporto|braga|coimbra|funchal|madeira|azores|acores"
    ),
    "pl": (
        "poland|polonia|pologne|polen|polska|polsce|polski|warsaw|warszawa|warszawie|varsovia|varsovie|"
        "warschau|varsavia|krakow|krakowie|cracovia|cracovie|krakau|wroclaw|wroclawiu|gdansk|gdansku|"
        "poznan|poznaniu|lodz|lodzi|katowice|katowicach|lublin|lublinie|szczecin|szczecinie"
    ),
    "at": (
        "austria|autriche|osterreich|oesterreich|oostenrijk|austrii|vienna|wien|viena|wieden|wiedniu|graz|"
        "salzburg|salisburgo|innsbruck|linz|klagenfurt|villach|bregenz|dornbirn|sankt polten|st. polten"
    ),
    "se": "sweden|suecia|suede|schweden|svezia|szwecja|szwecji|zweden",
    "dk": "denmark|dinamarca|danemark|danimarca|dania|danii|denemarken",
    "fi": "finland|finlandia|finlande|finnland|finlandii",
    "gr": "greece|grecia|grece|griechenland|grecja|grecji|griekenland",
    "cz": "czechia|the czech republic|czech republic|chequia|tschechien|czechy|czechach",
    "ro": "romania|rumania|roumanie|rumanien|rumunia|rumunii|roemenie",
    "hu": "hungary|hungria|hongrie|ungarn|ungheria|wegry|wegrzech|hongarije",
    "AU": (
        "australia|australie|australien|australii|new south wales|queensland|tasmania|western australia|"
        "south australia|sydney|sidney|melbourne|brisbane|perth|adelaide|canberra|hobart|darwin|gold coast"
    ),
    "NZ": (
        "new zealand|nz|aotearoa|nueva zelanda|nouvelle zelande|neuseeland|nova zelandia|nuova zelanda|"
        "nowa zelandia|nowej zelandii|nieuw zeeland|auckland|wellington|christchurch|dunedin|tauranga|"
        "queenstown"
    ),
    "CA": (
        "canada|kanada|kanadzie|kanady|quebec|ontario|british columbia|alberta|toronto|montreal|vancouver|"
        "ottawa|calgary|edmonton|winnipeg|mississauga|quebec city|ville de quebec|london ontario"
    ),
    "IN": (
        "india|inde|indien|indie|indiach|indii|mumbai|bombay|bombaju|delhi|new delhi|nueva delhi|bangalore|"
        "bengaluru|chennai|madras|kolkata|calcutta|pune|ahmedabad|jaipur|lucknow|kerala|goa|gurgaon|"
        "gurugram|noida"
    ),
    "ZA": (
        "south africa|sudafrica|afrique du sud|sudafrika|africa do sul|republice poludniowej afryki|"
        "republiki poludniowej afryki|rpa|zuid afrika|cape town|kaapstad|kapstadt|ciudad del cabo|"
        "cidade do cabo|citta del capo|kapsztad|kapsztadzie|johannesburg|johannesburgo|johannesburgu|"
        "joburg|jozi|durban|pretoria|port elizabeth|gqeberha|bloemfontein|soweto|stellenbosch"
    ),
    "BR": (
        "brazil|brasil|bresil|brasilien|brasile|brazylia|brazylii|brazilie|sao paulo|rio de janeiro|rio|"
        "brasilia|belo horizonte|porto alegre|curitiba|recife|fortaleza|manaus|florianopolis|campinas"
    ),
    "MX": (
        "mexico|mejico|mexique|mexiko|messico|meksyk|meksyku|ciudad de mexico|mexico city|cdmx|guadalajara|"
        "monterrey|puebla|tijuana|cancun|queretaro|oaxaca|veracruz|acapulco|toluca|ciudad juarez|"
        "aguascalientes|morelia|hermosillo|mazatlan"
    ),
    "CH": (
        "switzerland|suiza|suisse|la suisse|schweiz|svizzera|suica|szwajcaria|szwajcarii|zwitserland|"
        "zurich|zuerich|zurigo|zurych|zurychu|geneva|geneve|genf|ginebra|ginevra|genebra|genewa|genewie|"
        "basel|bale|basilea|bazylea|bazylei|bern|berne|berna|lausanne|losanna|lugano|luzern|lucerne|"
        "lucerna|winterthur|sankt gallen|st. gallen|neuchatel|fribourg|freiburg im uechtland|"
        "bellinzona|locarno"
    ),
    "CO": (
        "colombia|colombie|kolumbien|kolumbia|kolumbii|bogota|medellin|barranquilla|"
        "bucaramanga|pereira|manizales|santa marta|cucuta|ibague"
    ),
    "CL": (
        "chile|chili|czile|santiago de chile|valparaiso|vina del mar|antofagasta|temuco|puerto montt|"
        "la serena|rancagua|talca|arica|iquique|punta arenas"
    ),
    "AR": (
        "argentina|argentine|argentinien|argentyna|argentynie|argentyny|argentinie|buenos aires|rosario|"
        "mendoza|la plata|mar del plata|tucuman|bariloche|ushuaia"
    ),
    # EU countries with no lines of their own: the EU entries (112) and the local number.
    "lu": "luxembourg|luxemburg|luxemburgo|lussemburgo|luksemburg|luksemburgu",
    "mt": "malta|malte|valletta",
    "hr": "croatia|croacia|croatie|kroatien|croazia|chorwacja|chorwacji|kroatie|zagreb|dubrovnik",
    "si": "slovenia|eslovenia|slovenie|slowenien|slowenia|slowenii|ljubljana",
    "sk": "slovakia|eslovaquia|slovaquie|slowakei|slovacchia|slowacja|slowacji|slowakije|bratislava",
    "bg": "bulgaria|bulgarie|bulgarien|bulgarije|bulgarii",
    "ee": "estonia|estonie|estland|estonii|tallinn",
    "lv": "latvia|letonia|lettonie|lettland|lettonia|lotwa|lotwie|letland|riga",
    "lt": "lithuania|lituania|lituanie|litauen|litwa|litwie|litouwen|vilnius",
    "cy": "cyprus|chipre|chypre|zypern|cipro|cypr|cyprze|nicosia|limassol|larnaca",
    # Countries with no lines on file (ELSEWHERE): named so that the language they write in does
    # not pick another country's lines for them.
    ELSEWHERE: (
        "peru|el peru|lima|arequipa|cusco|cuzco|uruguay|montevideo|ecuador|quito|guayaquil|"
        "venezuela|caracas|maracaibo|barquisimeto|bolivia|santa cruz de la sierra|cochabamba|"
        "paraguay|asuncion|cuba|la habana|havana|republica dominicana|dominican republic|santo domingo|"
        "guatemala|ciudad de guatemala|honduras|tegucigalpa|san pedro sula|el salvador|san salvador|"
        "nicaragua|managua|costa rica|panama|ciudad de panama|panama city|puerto plata|"
        "angola|luanda|mocambique|mozambique|maputo|cabo verde|cape verde|guine bissau|sao tome|timor leste|"
        "macau|macao|suriname|surinam|paramaribo|curacao|aruba|haiti|port au prince|jamaica|kingston jamaica|"
        "trinidad|trinidad and tobago|barbados|bahamas|"
        "philippines|the philippines|filipinas|philippinen|filipiny|manila|cebu|davao|"
        "nigeria|lagos|abuja|ibadan|kenya|kenia|nairobi|mombasa|ghana|accra|kumasi|uganda|kampala|"
        "tanzania|dar es salaam|zambia|lusaka|zimbabwe|harare|botswana|gaborone|namibia|windhoek|"
        "ethiopia|addis ababa|rwanda|kigali|cameroon|cameroun|douala|yaounde|senegal|dakar|cote d'ivoire|"
        "ivory coast|abidjan|morocco|marruecos|maroc|marokko|marocco|maroko|casablanca|rabat|marrakech|"
        "algeria|argelia|algerie|algerien|algeri|alger|tunisia|tunez|tunisie|tunesien|tunis|egypt|egipto|"
        "egypte|agypten|egitto|egipt|cairo|el cairo|le caire|kairo|"
        "japan|japon|japao|giappone|japonia|japonii|tokyo|tokio|osaka|kyoto|yokohama|"
        "china|chine|chiny|chinach|cina|beijing|pekin|peking|shanghai|hong kong|taiwan|taipei|"
        "south korea|korea|corea|coree|korea poludniowa|seoul|seul|busan|singapore|singapur|singapour|"
        "malaysia|malasia|malaisie|kuala lumpur|indonesia|indonesie|indonesien|jakarta|bali|thailand|"
        "tailandia|thailande|tajlandia|bangkok|phuket|chiang mai|vietnam|viet nam|hanoi|ho chi minh city|"
        "saigon|cambodia|phnom penh|pakistan|karachi|lahore|islamabad|bangladesh|dhaka|sri lanka|colombo|"
        "nepal|kathmandu|"
        "the uae|uae|united arab emirates|emiratos arabes unidos|dubai|abu dhabi|saudi arabia|arabia saudita|"
        "riyadh|jeddah|qatar|doha|kuwait|bahrain|oman|muscat|lebanon|libano|liban|beirut|turkey|turkiye|"
        "turquia|turquie|turkei|turchia|turcja|turcji|istanbul|estambul|ankara|izmir|antalya|"
        "israel|tel aviv|jerusalem|haifa|iran|tehran|iraq|baghdad|"
        "iceland|islandia|islande|islanda|ijsland|reykjavik|norway|noruega|norvege|norwegen|"
        "norvegia|norwegia|norwegii|noorwegen|oslo|"
        "serbia|serbie|serbien|belgrade|belgrado|bosnia|sarajevo|albania|albanie|tirana|"
        "north macedonia|skopje|montenegro|podgorica|kosovo|pristina|moldova|chisinau|"
        "ukraine|ucrania|ucraina|ukraina|ukrainie|oekraine|kyiv|kiev|kijow|kijowie|lviv|lwow|lwowie|odesa|"
        "odessa|kharkiv|belarus|bialorus|minsk|russia|rusia|russie|russland|rosja|rosji|rusland|moscow|"
        "moscu|moscou|moskau|mosca|moskwa|moskwie|saint petersburg|st petersburg|tbilisi|"
        "armenia|yerevan|azerbaijan|baku|kazakhstan|almaty|astana"
    ),
}
# Names that need more than their letters: not "américa latina", not Spanish "el río" or the
# Rio Grande, "Perth, Scotland" and "London, Ontario" with or without the comma.
_NAME_PATTERNS = {
    "america": r"america(?![\s-]+(?:latina|latine|del|do|du|central|centrale))",
    "rio": r"(?<!el )rio(?![\s-]+grande)",
    "perth scotland": r"perth,?[\s-]+scotland",
    "london ontario": r"london,?[\s-]+ontario",
}


def _place_key(text: str) -> str:
    return re.sub(r"[\s,-]+", " ", text.replace(".", "")).strip()


def _name_pattern(name: str) -> str:
    if name in _NAME_PATTERNS:
        return _NAME_PATTERNS[name]
    return "".join(r"[\s-]+" if c == " " else r"\.?" if c == "." else re.escape(c) for c in name)


_PLACE_CODE = {_place_key(name): code for code, names in _COUNTRY_NAMES.items() for name in names.split("|")}
# Longest first, so "porto alegre" wins over "porto" and "irlanda del norte" over "irlanda".
_PLACES = "|".join(
    _name_pattern(n)
    for n in sorted({n for ns in _COUNTRY_NAMES.values() for n in ns.split("|")}, key=len, reverse=True)
)
_ARTICLE = r"(?:(?:the|el|la|los|las|le|les|der|den|dem|die|de|het|il|lo|gli)\s+|l')?"
# Up to two words between "i'm" and "in" ("i'm currently based in"), never a negation.
_FILLER = r"(?:(?!(?:not|no|never|nicht|niet|nie|nunca|jamais|pas|non|nao|mai|longer)\b)\w+\s+){0,2}?"
_NOT_BEFORE = r"(?<!\bno )(?<!\bnao )(?<!\bnie )(?<!\bnon )(?<!\bni )"
_SONO = r"(?:^|[.,;:!?]\s*|\b(?:io|ciao|salve|ora|adesso|anche|pure|ma)\s+)"
# Where the person is now ("i'm in", "vivo en", "ich wohne in", "mieszkam w", "ik woon in").
_HERE_TRIGGERS = (
    rf"\b(?:i'?m|i am|we'?re|we are|i live|we live|i stay|we stay)\s+{_FILLER}(?:in|near|outside)\s+",
    r"(?:^|[.,;:!?]\s*)(?:here|based|living|staying|currently)\s+in\s+",
    r"\bhere\s+in\s+",
    r"\b(?:i|we)(?:'ve)?\s+(?:\w+\s+)?(?:moved|relocated|emigrated)\s+(?:back\s+)?to\s+",
    r"\b(?:greetings|hello|hi|hey|writing|texting|hola|saludos|ola|oi|bonjour|salut|hallo|ciao|saluti"
    r"|czesc|hoi|groeten)\s+(?:\w+\s+)?(?:(?:from|desde|aus|uit|da|dal|dalla|z|ze)\s+|d')",
    _NOT_BEFORE + r"\b(?:estoy|estamos|vivo|vivimos|resido|residimos|radico|moro|moramos|estou|vivemos"
    r"|abito|abitiamo|viviamo|siamo|stiamo|sto|habito)\s+(?:\w+\s+)?"
    r"(?:(?:en|em|no|na|nos|nas|a|ad|in|nel|nella|negli|nei|cerca\s+de|perto\s+de)\s+|all')",
    _SONO + r"sono\s+(?:\w+\s+)?(?:a|ad|in|nel|nella|negli|nei)\s+",
    r"\b(?:aqui|aca|ici|qui)\s+(?:en|em|no|na|a|au|aux|in)\s+",
    r"\b(?:je\s+suis|nous\s+sommes|on\s+est|je\s+vis|nous\s+vivons|on\s+vit|je\s+reside|je\s+demeure)"
    r"\s+(?:\w+\s+)?(?:a|au|aux|en|dans|pres\s+de)\s+",
    r"\b(?:j'habite|nous\s+habitons|on\s+habite)\s+(?:(?:a|au|aux|en|dans|pres\s+de)\s+)?",
    rf"\b(?:ich|wir)\s+(?:wohne|wohnen|lebe|leben|bin|sind)\s+{_FILLER}(?:in|im|bei|nahe)\s+",
    r"\bhier\s+in\s+",
    # without the pronoun at the start of a sentence: "Woon in Brussel, ...", "bin in Graz"
    r"(?:^|[.,;:!?]\s*)(?:woon|wonen|wohne|bin|lebe|mieszkam|vivo|moro|abito)\s+(?:nu\s+|jetzt\s+|gerade\s+)?(?:in|im|w|en|em)\s+",
    _NOT_BEFORE + r"\b(?:mieszkam|mieszkamy|jestem|jestesmy|przebywam|zyje|zyjemy)\s+(?:\w+\s+)?(?:w|we|pod)\s+",
    r"\b(?:tu|tutaj)\s+w\s+",
    rf"\b(?:ik|wij|we)\s+(?:woon|wonen|ben|zijn|zit|zitten|verblijf)\s+{_FILLER}(?:in|bij)\s+",
)
# Where the person is from ("soy de", "je viens de", "ich komme aus", "jestem z", "ik kom uit"):
# used only when the message says nothing about where they are now.
_FROM_TRIGGERS = (
    rf"\b(?:i'?m|i am|we'?re|we are|i come|we come)\s+{_FILLER}from\s+",
    _NOT_BEFORE + r"\b(?:soy|somos|vengo|venimos|sou|venho)\s+(?:\w+\s+)?(?:de|del|desde|do|da|dos|das)\s+",
    r"\b(?:je\s+viens|nous\s+venons|je\s+suis|nous\s+sommes)\s+(?:originaires?\s+)?(?:(?:de|du|des)\s+|d')",
    r"\b(?:ich|wir)\s+(?:komme|kommen|bin|sind|stamme|stammen)\s+(?:\w+\s+)?aus\s+",
    _NOT_BEFORE + r"\b(?:vengo|veniamo|siamo)\s+(?:\w+\s+)?(?:(?:da|dal|dalla|dagli|di)\s+|dall')",
    _SONO + r"sono\s+(?:\w+\s+)?(?:(?:da|dal|dalla|dagli|di)\s+|dall')",
    _NOT_BEFORE + r"\b(?:jestem|jestesmy|pochodze|pochodzimy)\s+(?:\w+\s+)?(?:z|ze)\s+",
    r"\b(?:ik|wij|we)\s+(?:kom|komen|ben|zijn)\s+(?:\w+\s+)?uit\s+",
)
_COUNTRY_PATTERN = re.compile(
    # "i live in ...", "vivo en ..."
    rf"(?:{'|'.join(_HERE_TRIGGERS)}){_ARTICLE}(?P<at>{_PLACES})(?!\w)"
    # "crisis line number for Germany?", "helplines in ireland": the numbers asked for a place (red team 35's
    # got the US numbers first)
    r"|\b(?:numbers?|lines?|helplines?|hotlines?|phone|contacts?|numeros?|nummern?|numery?|nummers?|telefonos?)\s+"
    rf"(?:for|in|en|pour|para|fur|per|dla|w|voor|in\s+de)\s+{_ARTICLE}(?P<asked>{_PLACES})(?!\w)"
    # "i'm from ...", "soy de ..."
    rf"|(?:{'|'.join(_FROM_TRIGGERS)}){_ARTICLE}(?P<origin>{_PLACES})(?!\w)"
    # "Cape Town here", "hi, Toronto here"
    r"|(?:^|[.,;:!?]\s*|\b(?:hi|hello|hey|hiya|greetings|hola|ola|oi|bonjour|salut|hallo|ciao|czesc|hoi)\b[\s,]*)"
    rf"{_ARTICLE}(?P<here>{_PLACES})(?!\w)[\s,]+(?:here|aqui|aca|ici|hier|tutaj)\b"
    # the whole message: "in Mumbai", "desde Buenos Aires", "w Krakowie"
    r"|^\s*(?:in|from|en|em|desde|a|au|aux|aus|uit|w|we|z|ze|de|do|da|no|na|nel|nella)\s+"
    rf"{_ARTICLE}(?P<alone>{_PLACES})(?!\w)[\s.!]*$"
    # the place first, then the message: "in the Philippines, i feel like ending it", "Kenya. I
    # have a plan" (the twentieth red team's)
    r"|^\s*(?:(?:in|from|en|em|desde|aus|uit|w|we|z|ze|do|da|no|na|nel|nella)\s+)?"
    rf"{_ARTICLE}(?P<lead>{_PLACES})(?!\w)\s*[.,;:!-]"
)
_FOLD = str.maketrans({"ł": "l", "\u2019": "'", "\u2018": "'", "ø": "o", "đ": "d"})


def _fold(text: str) -> str:
    """Lower case without accents: "Montréal" -> "montreal", "Łódź" -> "lodz", "Köln" -> "koln"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def locale_from_text(text: str) -> str | None:
    """Where the person says they are, else None: a lower-case country code for the US, the
    UK ("gb"), Ireland and the EU countries ("de", "be", ...), read like a bare locale; the
    region code for the countries outside them ("AU", "NZ", "CA", "IN", "ZA", "BR", "MX", "AR").

    Names and main cities in English, Spanish, French, German, Portuguese, Italian, Polish and
    Dutch ("soy de México", "je vis à Montréal", "ik woon in Antwerpen", "Cape Town here"). Only
    a statement about the person counts ("my sister lives in spain" does not); where they are
    now wins over where they are from ("soy de México pero vivo en España": Spain). "Northern
    ireland" is the UK."""
    try:
        origin = None
        for match in _COUNTRY_PATTERN.finditer(_fold(text or "")):
            place = (
                match.group("at")
                or match.group("here")
                or match.group("alone")
                or match.group("lead")
                or match.group("asked")
            )
            if place:
                return _PLACE_CODE.get(_place_key(place))
            origin = origin or match.group("origin")
        return _PLACE_CODE.get(_place_key(origin)) if origin else None
    except Exception:  # pragma: no cover
        return None


# What may stand beside the place in a message that only says where the person is.
_ONLY_A_PLACE_REST = re.compile(
    r"^(?:\W|hi|hello|hey|hiya|hola|ola|oi|bonjour|salut|hallo|ciao|czesc|hoi|ok|okay|btw|by\s+the\s+way|fyi|just"
    r"|so|and|also|now|right\s+now|currently|here|too|as\s+well|por\s+cierto|au\s+fait|ubrigens|uebrigens|a\s+proposito"
    r"|przy\s+okazji|trouwens)*$"
)


def says_only_where(text: str | None) -> bool:
    """Whether a whole message only says where the person is ("I'm in the UK", "Estoy en Perú",
    "hi, Toronto here"): nothing else in it, so nothing for a risk to stand on (the eighteenth
    red team's "I'm in the UK" got the imminent-crisis reply from the model)."""
    try:
        folded = _fold(text or "")
        match = _COUNTRY_PATTERN.search(folded)
        if match is None:
            return False
        return bool(_ONLY_A_PLACE_REST.match(folded[: match.start()] + " " + folded[match.end() :]))
    except Exception:  # pragma: no cover
        return False


def region_of(locale: str | None) -> str:
    """ "en-US" -> "US", "en_GB"/"GB"/"uk" -> "UK", "ie"/"ga-IE" -> "IE", "de-DE"/"fr"/"es_ES"/"nl-BE"
    -> "DE"/"FR"/"ES"/"BE", "se" -> "EU", "at" -> "AT", a region code locale_from_text gives ("AU", "CA", ...) ->
    itself, anything else (or None, or a channel's "en-AU") -> "default"."""
    try:
        return _parse_locale(locale)[0]
    except Exception:  # pragma: no cover
        return "default"


# A bare "pt" or "es" (the language of the message, or a channel's bare code) is more often
# Brazil or Mexico than Portugal or Spain: those lines come too (red team 32 gave Brazilian
# Portuguese Portugal's numbers only). A country the person names, or a full locale, is exact.
_ALSO_SPOKEN_IN = {"PT": "BR", "ES": "MX"}


def _with_also_spoken_in(region: str, exact: bool) -> set[str]:
    """The region, and for a bare "pt" or "es" the other country that speaks it most."""
    return {region} if exact or region not in _ALSO_SPOKEN_IN else {region, _ALSO_SPOKEN_IN[region]}


def helplines(locale: str | None) -> list[Helpline]:
    """The helpline entries for a locale; unknown or None gives the default short
    list (US, UK and Ireland, EU, and "your local emergency number").

    A bare language-like code for an EU country ("fr", "es", "de") may come from
    anywhere that language is spoken, so it also gets "your local emergency number".
    """
    try:
        region, exact = _parse_locale(locale)
    except Exception:  # pragma: no cover
        region, exact = "default", False
    if region == "default":
        chosen = [e for e in HELPLINES if e.get("default")]
    elif region == "elsewhere":
        # No lines on file for the country they named: say so, and the local number.
        chosen = [e for e in HELPLINES if e.get("region") == "elsewhere"]
    else:
        chosen = [e for e in HELPLINES if e.get("region") in _with_also_spoken_in(region, exact)]
        if region in COUNTRY_REGIONS and not exact:
            region = "EU"  # "fr" may be French spoken anywhere: the country's lines and the local number
        if region == "EU" and not exact:
            chosen += [e for e in HELPLINES if e.get("region") == "default"]
    return [dict(e) for e in chosen]


def helplines_of_kind(locale: str | None, kind: str) -> list[Helpline]:
    """The entries of one kind (poison, eating_disorder, supporter, ...) for a locale.

    Unknown locale: the US and UK entries and the "anywhere else" one, to keep the list short.
    """
    region, exact = _parse_locale(locale)
    regions = {"US", "UK", "default"} if region == "default" else _with_also_spoken_in(region, exact)
    return [dict(e) for e in HELPLINES if e.get("kind") == kind and e.get("region") in regions]
