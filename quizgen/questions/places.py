"""Place names for wrong options: other names of one place, regions, and well-known countries and cities by region."""

from __future__ import annotations

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


def country_of(name: str) -> str | None:
    for group in SAME_PLACE:
        if name in group:
            name = group[0]
    if name in UK_NATIONS:
        return "United Kingdom"
    return name if name in CONTINENT_OF else None


def nearby(answer: str, wanted: str) -> list[tuple[str, int]]:
    """Countries on the answer's continent; cities of its country (tier 0), then of its continent (tier 1)."""
    if wanted == "country" and answer in UK_NATIONS:
        return [(nation, 0) for nation in UK_NATIONS if nation != answer]  # Wales gets Scotland, not Denmark
    if wanted == "country":
        country = country_of(answer)
        continent = CONTINENT_OF.get(country or "")
        return [(c, 0) for c in COUNTRIES if continent and CONTINENT_OF[c] == continent and c != country]
    country = CITY_COUNTRY.get(answer)
    if country is None:
        return []
    continent = CONTINENT_OF[country]
    return [(c, int(k != country)) for c, k in CITY_COUNTRY.items() if c != answer and CONTINENT_OF[k] == continent]
