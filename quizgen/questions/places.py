"""Place names for wrong options: other names of one place, regions, and well-known countries and cities by region."""

from __future__ import annotations

import json
import math
import re
from functools import cache, lru_cache
from importlib import resources

from quizgen.analyse.gazetteer import place_type

# Different names of one place: never offer one as a wrong answer for another.
SAME_PLACE = (
    ("United States", "US", "U.S.", "USA", "U.S.A.", "America", "United States of America"),
    ("United Kingdom", "UK", "U.K.", "Britain", "Great Britain"),
    ("South Korea", "Republic of Korea", "Korea", "ROK"),
    ("North Korea", "DPRK", "Democratic People's Republic of Korea"),
    ("Russia", "Russian Federation"),
    ("Soviet Union", "USSR"),
    ("China", "People's Republic of China", "PRC"),
    ("Netherlands", "Holland"),
    ("Czechia", "Czech Republic"),
    ("Myanmar", "Burma"),
    ("Iran", "Persia"),
    ("Eswatini", "Swaziland"),
    ("Cabo Verde", "Cape Verde"),
    ("Ivory Coast", "Côte d'Ivoire"),
    ("Timor-Leste", "East Timor"),
    ("Washington", "Washington, D.C.", "Washington DC"),
    ("North Macedonia", "Macedonia"),
)
# Regions named by a head word, for "the Korean Peninsula" or "Northeast Asia" when the article has no other.
REGIONS = tuple(
    (
        "the Arabian Peninsula|the Iberian Peninsula|the Balkan Peninsula|the Crimean Peninsula|"
        "the Malay Peninsula|the Italian Peninsula|the Scandinavian Peninsula|the Sinai Peninsula|"
        "Northeast Asia|Southeast Asia|East Asia|Central Asia|South Asia|Western Asia|Western Europe|"
        "Eastern Europe|Northern Europe|Southern Europe|Central Europe|the Mediterranean Sea|the Black Sea|"
        "the Caspian Sea|the South China Sea|the Baltic Sea|the North Sea|the Red Sea|the East China Sea|"
        "the Pacific Ocean|the Atlantic Ocean|the Indian Ocean|the Arctic Ocean|the Nile River|"
        "the Amazon River|the Yangtze River|the Mississippi River|the Danube River|the Andes Mountains|"
        "the Rocky Mountains|the Ural Mountains|the Atlas Mountains|the Sahara Desert|the Gobi Desert|"
        "the Kalahari Desert|the Galapagos Islands|the Canary Islands|the Falkland Islands|"
        "the Philippine Islands|the Persian Gulf|the Gulf of Mexico|the Bay of Bengal|"
        "the Strait of Gibraltar"
    ).split("|")
)
# Features as famous as those of REGIONS, though not offered from it: each may have REGIONS' own as wrong options.
WORLD_FEATURES = REGIONS + tuple(
    "the Korean Peninsula|the Rhine River|the Volga River|the Ganges River|the Mekong River|the Congo River|"
    "the Himalaya Mountains|the Appalachian Mountains|the Sierra Nevada Mountains|the Caribbean Sea|"
    "the Arabian Sea|the Southern Ocean|the Arabian Desert|the Great Barrier Reef".split("|")
)
# Country -> continent, for a pool of countries near the answer: "Passy, France" gets Spain, not Taiwan.
_CONTINENTS = {
    "Europe": "Austria|Belgium|Czech Republic|Denmark|Finland|France|Germany|Greece|Hungary|Ireland|Italy|"
    "Netherlands|Norway|Poland|Portugal|Russia|Spain|Sweden|Switzerland|Ukraine|United Kingdom|Soviet Union",
    "Asia": "Afghanistan|Bangladesh|China|India|Indonesia|Iran|Iraq|Israel|Japan|Malaysia|Mongolia|North Korea|"
    "Pakistan|Philippines|Saudi Arabia|Singapore|South Korea|Syria|Taiwan|Thailand|Turkey|United Arab Emirates|Vietnam",
    "Africa": "Egypt|Ethiopia|Kenya|Morocco|Nigeria|South Africa",
    "North America": "Canada|Cuba|Mexico|United States",
    "South America": "Argentina|Brazil|Chile|Colombia|Peru|Venezuela",
    "Oceania": "Australia|New Zealand",
}
CONTINENT_OF = {country: continent for continent, names in _CONTINENTS.items() for country in names.split("|")}
# States founded or named in the 20th century: no wrong answer in a text whose latest year is before 1900.
MODERN_STATES = frozenset(
    "Bangladesh|Czech Republic|Finland|Indonesia|Iraq|Ireland|Israel|Kenya|Malaysia|Nigeria|North Korea|Pakistan|"
    "Philippines|Poland|Saudi Arabia|Singapore|South Korea|Soviet Union|Syria|Taiwan|Ukraine|United Arab Emirates|"
    "Vietnam".split("|")
)
# The pool for a country: well-known ones only, so that no option is an obscure outlier.
COUNTRIES = tuple(CONTINENT_OF)
# City -> its country: well-known cities only, offered for a city of the same country first, then continent.
CITY_COUNTRY = dict(
    row.split(":")
    for row in """Amsterdam:Netherlands|Ankara:Turkey|Athens:Greece|Baghdad:Iraq|Bangkok:Thailand|Beijing:China|
    Berlin:Germany|Brussels:Belgium|Buenos Aires:Argentina|Cairo:Egypt|Canberra:Australia|Dublin:Ireland|
    Hanoi:Vietnam|Jakarta:Indonesia|Kabul:Afghanistan|Lisbon:Portugal|London:United Kingdom|Madrid:Spain|
    Manila:Philippines|Mexico City:Mexico|Moscow:Russia|Nairobi:Kenya|New Delhi:India|Oslo:Norway|Ottawa:Canada|
    Paris:France|Pyongyang:North Korea|Riyadh:Saudi Arabia|Rome:Italy|Seoul:South Korea|Stockholm:Sweden|
    Taipei:Taiwan|Tehran:Iran|Tokyo:Japan|Vienna:Austria|Warsaw:Poland|Washington:United States|Kyiv:Ukraine|
    Islamabad:Pakistan|Busan:South Korea|Chicago:United States|Dubai:United Arab Emirates|Hong Kong:China|
    Istanbul:Turkey|Karachi:Pakistan|Lagos:Nigeria|Los Angeles:United States|Mumbai:India|Osaka:Japan|
    Rio de Janeiro:Brazil|Sao Paulo:Brazil|Shanghai:China|Sydney:Australia|Toronto:Canada|Barcelona:Spain|
    Milan:Italy|Munich:Germany|Melbourne:Australia|Copenhagen:Denmark|Helsinki:Finland|Prague:Czech Republic|
    Budapest:Hungary|Naples:Italy|Hamburg:Germany|Lyon:France|Manchester:United Kingdom|Edinburgh:United Kingdom|
    San Francisco:United States|Boston:United States|Zurich:Switzerland|
    Marseille:France|Kolkata:India|Krakow:Poland|Gothenburg:Sweden|
    Rotterdam:Netherlands|Antwerp:Belgium|Kyoto:Japan|Incheon:South Korea|
    Guangzhou:China|Montreal:Canada|Vancouver:Canada|Alexandria:Egypt|Cape Town:South Africa|
    Johannesburg:South Africa|Perth:Australia|Auckland:New Zealand|Lima:Peru|Santiago:Chile|Bogota:Colombia|
    Caracas:Venezuela|Havana:Cuba""".replace("\n", "")
    .replace("    ", "")
    .split("|")
)
CITIES = tuple(CITY_COUNTRY)


UK_NATIONS = ("England", "Scotland", "Wales", "Northern Ireland")
# A people's name and the places it says: "the Chinese port of ___" is in China, and "the Genoese captain …
# settled in [Genoa]" or "Franco-Prussian" give a place away.
PEOPLES = {
    "Chinese": ("China",), "French": ("France",), "Franco": ("France",), "German": ("Germany",),
    "Italian": ("Italy",), "Spanish": ("Spain",), "Japanese": ("Japan",), "Russian": ("Russia",),
    "Indian": ("India",), "British": ("United Kingdom", "Britain"), "English": ("United Kingdom", "England"),
    "Scottish": ("United Kingdom", "Scotland"), "Scots": ("United Kingdom", "Scotland"),
    "Welsh": ("United Kingdom", "Wales"), "American": ("United States", "America"),
    "Americans": ("United States", "America"), "Dutch": ("Netherlands",), "Turkish": ("Turkey",),
    "Greek": ("Greece",), "Egyptian": ("Egypt",), "Brazilian": ("Brazil",), "Mexican": ("Mexico",),
    "Canadian": ("Canada",), "Australian": ("Australia",), "Polish": ("Poland",), "Swedish": ("Sweden",),
    "Norwegian": ("Norway",), "Danish": ("Denmark",), "Finnish": ("Finland",), "Korean": ("South Korea",),
    "Portuguese": ("Portugal",), "Belgian": ("Belgium",), "Swiss": ("Switzerland",), "Austrian": ("Austria",),
    "Irish": ("Ireland",), "Iranian": ("Iran",), "Peruvian": ("Peru",),
}


# Names of states that no longer exist, or older names of ones that do: never "present-day" anything.
HISTORIC_STATES = frozenset(
    "Persia|Soviet Union|USSR|Prussia|Ottoman Empire|Yugoslavia|Czechoslovakia|Rhodesia|Ceylon|Siam|Abyssinia|"
    "Zaire|East Germany|West Germany|Burma|Bohemia|Austria-Hungary|Byzantium|Mesopotamia|Gaul|Arabia|"
    "Dahomey|Upper Volta|Bengal|Formosa|Kampuchea|Swaziland|Holland".split("|")
)
# A country beside another, or at most this far from it (nearest of their great cities): a neighbour's rival.
NEAR_KM = 1200
TIER_KM = 500
# A country with no neighbour near (Australia, New Zealand) still has its nearest few, this far at most.
LONE_KM = 3000
LONE_COUNTRY_RIVALS = 3
# Fewer people than this: a microstate or territory no reader would weigh (Andorra, Gibraltar, Jersey).
WELL_KNOWN_POPULATION = 1_500_000
# A city's rivals are its own country's largest few: Thessaloniki or Patra for Athens, never Lisbon.
WELL_KNOWN_CITIES = 5
# Points that stand for a country in distances: its capital and its largest cities.
_POINTS = 8
_SKIPPED_TERRITORY = ("Islands", "Island", "Territory", "Territories", "Antarctica")


@cache
def geography() -> dict:
    """quizgen/data/geography.json: countries (continent, capital, neighbours) and cities (country, size, place)."""
    text = resources.files("quizgen.data").joinpath("geography.json").read_text(encoding="utf-8")
    return json.loads(text)


def _canonical(name: str) -> str:
    """The one name a place goes by here: 'USA' -> 'United States', 'Czech Republic' -> 'Czechia'."""
    name = name[4:] if name[:4] in ("the ", "The ") else name
    group = _SAME_GROUP.get(name)
    return group[0] if group else name


_SAME_GROUP = {name: group for group in SAME_PLACE for name in group}


def country_of(name: str) -> str | None:
    """The country a country name stands for ('Wales' -> 'United Kingdom', 'the US' -> 'United States'), else None."""
    name = _canonical(name)
    if name in UK_NATIONS:
        return "United Kingdom"
    return name if name in geography()["countries"] else None


def located_in(name: str) -> str | None:
    """The country a country or a city of 100,000 people or more lies in: 'Sokoto' -> 'Nigeria'; else None."""
    country = country_of(name)
    if country is not None:
        return country
    row = geography()["cities"].get(_canonical(name))
    if row is not None:
        return row[0]
    return CITY_COUNTRY.get(name)


def is_city(name: str) -> bool:
    """A city of 100,000 people or more: 'Linz', 'Odense' (the gazetteer of names knows only the larger)."""
    return _canonical(name) in geography()["cities"]


# ", Jiangsu province, China.": the places a sentence puts right after the answer, each containing the last.
_WITHIN = re.compile(
    r"(?:, [A-Z][\w'’.-]*(?: [\w'’.-]+)*?(?=,|\.(?:\s|$)|;|$| (?:on|in|and|where|which|near|at|was|is)\b))+"
)
_ADMIN_HEAD = re.compile(r"\b(?:[Pp]rovince|[Ss]tate|[Cc]ounty|[Pp]refecture|[Rr]egion|[Dd]istrict|[Oo]blast)$")


def stated_within(sentence: str, end: int) -> tuple[str, ...]:
    """'Wu was born in _____, Jiangsu province, China.' -> ('Jiangsu province', 'China'): the places that contain
    the one ending at `end`. A list ('Paris, Lyon and Marseille') is no address: the last part must be a
    country, a US state or a province."""
    found = _WITHIN.match(sentence, end)
    if not found:
        return ()
    parts = tuple(part.strip().rstrip(".") for part in found.group().split(",") if part.strip())
    last = parts[-1] if parts else ""
    if country_of(last) or place_type(last) == "us_state" or _ADMIN_HEAD.search(last):
        return parts
    return ()


@lru_cache(maxsize=512)
def _points(place: str) -> tuple[tuple[float, float], ...]:
    """Where a place is: a city's own spot; a country's capital and largest cities."""
    world = geography()
    country = country_of(place)
    if country is None:
        row = world["cities"].get(_canonical(place))
        return ((row[2], row[3]),) if row else ()
    at = world["countries"][country]["at"]
    points = [tuple(at)] if at else []
    points += [(row[2], row[3]) for row in _largest_cities(country)[: _POINTS - len(points)]]
    return tuple(points)  # type: ignore[arg-type]


def _largest_cities(country: str) -> tuple[tuple[str, int, float, float], ...]:
    """(name, population, latitude, longitude) of a country's cities, the largest first; no districts."""
    return _cities_by_country().get(country, ())


@cache
def _cities_by_country() -> dict[str, tuple[tuple[str, int, float, float], ...]]:
    grouped: dict[str, list[tuple[str, int, float, float]]] = {}
    for name, row in geography()["cities"].items():
        if not row[4]:
            grouped.setdefault(row[0], []).append((name, row[1], row[2], row[3]))
    return {country: tuple(sorted(rows, key=lambda row: -row[1])) for country, rows in grouped.items()}


def distance_km(a: str, b: str) -> float | None:
    """The least distance between two places' points (a country by its great cities); None if one is unknown."""
    points_a, points_b = _points(a), _points(b)
    if not points_a or not points_b:
        return None
    return min(_haversine(p, q) for p in points_a for q in points_b)


def _haversine(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(min(1.0, h)))


def neighbours(country: str) -> frozenset[str]:
    found = geography()["countries"].get(country)
    return frozenset(found["neighbours"]) if found else frozenset()


def near(answer: str, option: str) -> bool | None:
    """Could a student weigh the option beside the answer on geography alone? A neighbour, a place no more than
    NEAR_KM from it, or for a lone country its nearest few: Libya for Egypt, New Zealand for Australia, never
    China for Egypt. None when either place is unknown."""
    a, b = located_in(answer), located_in(option)
    if a is not None and a == b:
        return True
    if a is not None and b is not None and (b in neighbours(a) or a in neighbours(b)):
        return True
    if a is not None and b is not None and country_of(answer) and country_of(option):
        return b in _near_countries(a) or a in _near_countries(b)
    km = distance_km(answer, option)
    return None if km is None else km <= NEAR_KM


@lru_cache(maxsize=512)
def _near_countries(country: str) -> dict[str, float]:
    """Countries within NEAR_KM of one, or its nearest LONE_COUNTRY_RIVALS within LONE_KM (the data lists every
    country within 3,000 km of each, nearest first, measured between their capitals and largest cities)."""
    countries = geography()["countries"]
    found = {
        name: km
        for name, km in countries[country]["near"].items()
        if km <= LONE_KM and _well_known_country(name, countries[name])
    }
    return {name: km for i, (name, km) in enumerate(found.items()) if km <= NEAR_KM or i < LONE_COUNTRY_RIVALS}


def _well_known_country(name: str, row: dict) -> bool:
    return row["population"] >= WELL_KNOWN_POPULATION and not name.endswith(_SKIPPED_TERRITORY)


@lru_cache(maxsize=256)
def nearby(answer: str, wanted: str, old: bool = False) -> tuple[tuple[str, int], ...]:
    """Neighbouring countries (tier 0), then others near (tier 1); a city's country's largest cities (tier 0).

    In an `old` text (no year from 1900 on) a country gets only the old states of the curated list.
    """
    if wanted == "country" and answer in UK_NATIONS:
        return tuple((nation, 0) for nation in UK_NATIONS if nation != answer)  # Wales gets Scotland, not Denmark
    countries = geography()["countries"]
    if wanted == "country":
        country = country_of(answer)
        if country is None:
            return ()
        found = []
        for name, row in countries.items():
            if name == country or not _well_known_country(name, row):
                continue
            if old and (name not in CONTINENT_OF or name in MODERN_STATES):
                continue
            km = _near_countries(country).get(name)
            if name in neighbours(country) or country in row["neighbours"]:
                found.append((name, 0))
            elif km is not None:
                found.append((name, 1 + int(km // TIER_KM)))  # nearest first: Denmark for Sweden before Italy
        return tuple(found)
    country = located_in(answer)
    if country is None or country not in countries:
        return ()
    capital = countries[country]["capital"]
    largest = [row[0] for row in _largest_cities(country)[:WELL_KNOWN_CITIES]]
    cities = [capital] if capital and capital not in largest else []
    return tuple((city, 0) for city in [*largest, *cities] if city != _canonical(answer))
