"""Place names from bundled GeoNames data (quizgen/data/places.json), plus common aliases, and the words of
nationality and language that go with places (quizgen/data/demonyms.txt)."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

# Everyday names and abbreviations that GeoNames files under another name; value: the place type.
ALIASES = {
    "US": "country", "U.S.": "country", "USA": "country", "U.S.A.": "country", "America": "country",
    "UK": "country", "U.K.": "country", "Britain": "country", "Great Britain": "country",
    "England": "country", "Scotland": "country", "Wales": "country", "Northern Ireland": "country",
    "Republic of Korea": "country", "Korea": "country", "Soviet Union": "country", "USSR": "country",
    "Burma": "country",
    "Holland": "country", "Czech Republic": "country", "Macedonia": "country", "Persia": "country",
    "Hong Kong": "city", "Washington, D.C.": "capital", "Washington DC": "capital", "Rome": "capital",
    "Northeast Asia": "region", "Southeast Asia": "region", "East Asia": "region", "Middle East": "region",
    "Central Asia": "region", "South Asia": "region", "Western Europe": "region", "Eastern Europe": "region",
    "Latin America": "region", "Scandinavia": "region", "Siberia": "region", "Balkans": "region",
    "Caribbean": "region", "Pacific": "region", "Atlantic": "region", "Arctic": "region", "Sahara": "region",
}

# Words that end a place name: "the Korean Peninsula", "Yangtze River", "Galapagos Islands".
PLACE_HEADS = frozenset(
    "Peninsula River Rivers Mountains Mountain Hills Heights Falls Lakes Sea Ocean Island Islands Isles "
    "Archipelago Province Region Valley Lake "
    "Strait Gulf Bay Desert Coast Plateau Basin Canal Channel Continent County Prefecture Republic "
    "Kingdom Empire Street Avenue Square Gorge Canyon Glacier Reef Fjord Lagoon Crater Peak Peaks Volcano "
    "Seaway".split()
)


@cache
def _places() -> dict[str, str]:
    """Every known place name -> its type (country, capital, city, continent, us_state, region)."""
    data = json.loads(resources.files("quizgen.data").joinpath("places.json").read_text(encoding="utf-8"))
    places: dict[str, str] = {}
    for place_type in ("city", "us_state", "continent", "capital", "country"):  # later types win
        for name in data[place_type]:
            places[name.strip()] = place_type
    places.update(ALIASES)
    return places


def place_type(name: str) -> str | None:
    """The type of a known place ('country', 'capital', 'city', …), or None if the name is not one."""
    name = name[4:] if name.startswith("the ") else name
    places = _places()
    return places.get(name) or places.get("The " + name)  # "Netherlands" is GeoNames' "The Netherlands"


def places_of_type(place_type_name: str) -> tuple[str, ...]:
    """All known places of one type, sorted: a pool of plausible distractors."""
    return tuple(sorted(name for name, kind in _places().items() if kind == place_type_name))


@cache
def nationality_words() -> frozenset[str]:
    """"Portuguese", "Frenchman", "Hungarian": words of nationality, people or language."""
    text = resources.files("quizgen.data").joinpath("demonyms.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))
