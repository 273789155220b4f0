"""Wrong names for people, places, organisations, names and terms: the article's own first, then bundled pools."""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from functools import cache
from importlib import resources

from quizgen.analyse.gazetteer import PLACE_HEADS, place_type, places_of_type
from quizgen.model import Analysis, Sentence, Span
from quizgen.questions.article_index import context_before, index_of
from quizgen.questions.numbers import normalise
from quizgen.questions.text import contains_phrase

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
# The pool for a country or a city: well-known ones only, so that no option is an obscure outlier.
COUNTRIES = tuple(
    """Afghanistan|Argentina|Australia|Austria|Bangladesh|Belgium|Brazil|Canada|Chile|China|Colombia|Cuba|
    Denmark|Egypt|Ethiopia|Finland|France|Germany|Greece|Hungary|India|Indonesia|Iran|Iraq|Ireland|Israel|
    Italy|Japan|Kenya|Malaysia|Mexico|Mongolia|Morocco|New Zealand|Nigeria|North Korea|Norway|
    Pakistan|Peru|Philippines|Poland|Portugal|Russia|Saudi Arabia|Singapore|South Africa|South Korea|Spain|
    Sweden|Switzerland|Syria|Taiwan|Thailand|Turkey|Ukraine|United Kingdom|United States|Venezuela|Vietnam|
    United Arab Emirates|Czech Republic|Soviet Union""".replace("\n", "")
    .replace("    ", "")
    .split("|")
)
CITIES = tuple(
    """Amsterdam|Ankara|Athens|Baghdad|Bangkok|Beijing|Berlin|Brussels|Buenos Aires|Cairo|Canberra|Dublin|
    Hanoi|Jakarta|Kabul|Lisbon|London|Madrid|Manila|Mexico City|Moscow|Nairobi|New Delhi|Oslo|Ottawa|Paris|
    Pyongyang|Riyadh|Rome|Seoul|Stockholm|Taipei|Tehran|Tokyo|Vienna|Warsaw|Washington|Kyiv|Islamabad|
    Busan|Chicago|Dubai|Hong Kong|Istanbul|Karachi|Lagos|Los Angeles|Mumbai|Osaka|Rio de Janeiro|
    Sao Paulo|Shanghai|Sydney|Toronto|Barcelona|Milan|Munich|Melbourne""".replace("\n", "")
    .replace("    ", "")
    .split("|")
)
_ORG_HEADS = frozenset(
    "Ministry University Agency Council Bank Party Committee Commission Department Institute Institution "
    "Association Organisation Organization Union Society Foundation Court Parliament Congress Senate Army "
    "Navy Fund Office Bureau Service Corporation Company Group".split()
)
_SMALL_WORDS = frozenset("the of and for on in at a an de da van von la le".split())
# A place that takes "the" in running text: "the Netherlands", "the United Arab Emirates".
_THE_PLACES = re.compile(
    r"\b(?:United|Republic|Kingdom|Union|Islands|Emirates|Federation|States)\b|^(?:Netherlands|Philippines|Bahamas|Maldives|Gambia|Comoros|Seychelles|Vatican)$"
)


@cache
def people() -> tuple[tuple[str, str], ...]:
    """(group, full name) from quizgen/data/people.txt."""
    rows = resources.files("quizgen.data").joinpath("people.txt").read_text(encoding="utf-8").splitlines()
    return tuple(
        tuple(part.strip() for part in row.split("|", 1)) for row in rows if "|" in row and not row.startswith("#")
    )  # type: ignore[misc]


@cache
def organisations() -> tuple[str, ...]:
    rows = resources.files("quizgen.data").joinpath("organisations.txt").read_text(encoding="utf-8").splitlines()
    return tuple(row.strip() for row in rows if row.strip() and not row.startswith("#"))


def bare(name: str) -> str:
    return name[4:] if name[:4].lower() == "the " else name


def place_class(name: str) -> str | None:
    """'country', 'city' (capitals too), 'us_state', 'continent', 'region', a head word ('Peninsula'), or None."""
    known = place_type(bare(name))
    if known:
        return "city" if known == "capital" else known
    if bare(name) in REGIONS or f"the {bare(name)}" in REGIONS:
        last = bare(name).split()[-1]
        return last if last in PLACE_HEADS else "region"
    last = name.split()[-1]
    return last if last in PLACE_HEADS else None


def _org_form(name: str) -> tuple[str, str]:
    """('acronym', '') for NATO; ('of', 'University') for University of Cambridge; ('head', 'Ministry')…"""
    words = bare(name).split()
    if len(words) == 1 and words[0].isupper():
        return "acronym", ""
    if len(words) >= 3 and words[1] == "of" and words[0] in _ORG_HEADS:
        return "of", words[0]
    if words[-1] in _ORG_HEADS:
        return "head", words[-1]
    return "plain", str(len(words))


def _distinctive(name: str) -> set[str]:
    words = {w.lower().strip(".,") for w in re.split(r"[\s-]+", bare(name))}
    return words - _SMALL_WORDS - {h.lower() for h in _ORG_HEADS | PLACE_HEADS}


def same_entity(a: str, b: str, kind: str = "person") -> bool:
    """'Trump' and 'Donald Trump', 'the US' and 'United States', 'Foreign Ministry' and 'Ministry of Foreign
    Affairs': one entity under two names, never a wrong option for the other."""
    if normalise(a) == normalise(b):
        return True
    for group in SAME_PLACE:
        if bare(a) in group and bare(b) in group:
            return True
    # Two places may share a word ("North Korea", "South Korea"); two people or bodies that do are one.
    return kind != "place" and bool(_distinctive(a) & _distinctive(b))


def _pool(kind: str, answer: str, modern: bool) -> list[tuple[str, bool, str]]:
    """Bundled names of the same kind and, where we can tell, the same sort (country, ministry, scientist).

    An unknown person gets invented ordinary names only in a modern text and only when the first name
    tells a man from a woman: "Susan Whitfield" is no wrong answer for a Roman emperor or a footballer.
    """
    if kind == "person":
        rows = [(g, name) for g, name in people() if not g.startswith("given_")]
        group = next((g for g, name in rows if name == answer or name.split()[-1] == answer), None)
        if group is None and modern:
            gender = _gender(answer)
            group = "korean_official" if re.search(r"-[a-z]", answer) else f"official_{gender}" if gender else None
        return [(name, False, "") for g, name in rows if g == group]
    if kind == "organisation":
        form = _org_form(answer)
        return [(bare(o), o.startswith("the "), "") for o in organisations() if _org_form(o) == form]
    if kind == "place":
        wanted = place_class(answer)
        if wanted in ("country", "city", "us_state", "continent"):
            names = {"country": COUNTRIES, "city": CITIES}.get(wanted) or places_of_type(wanted)
            return [(n, _THE_PLACES.search(n) is not None, "") for n in names]
        if wanted is not None:
            return [(bare(r), r.startswith("the "), "") for r in REGIONS if place_class(r) == wanted]
    return []


def _gender(name: str) -> str | None:
    """'male' or 'female' from a common first name ('Leroy Sane' -> 'male'); None if it does not tell."""
    words = name.split()
    if len(words) < 2:
        return None
    genders = {g[len("given_") :] for g, given in people() if g.startswith("given_") and given == words[0]}
    return genders.pop() if len(genders) == 1 else None


def _fits(kind: str, answer: str, candidate: str) -> bool:
    """Same sort and form as the answer: a full name for a full name, a country for a country…"""
    if kind == "person":
        return (len(answer.split()) > 1) == (len(candidate.split()) > 1)
    if kind == "place":
        return place_class(candidate) == place_class(answer)
    if kind == "organisation":
        return _org_form(candidate) == _org_form(answer)
    if kind == "term":
        return _is_plural(candidate) == _is_plural(answer)
    return True


def _is_plural(text: str) -> bool:
    last = text.split()[-1].lower()
    return last.endswith("s") and not last.endswith(("ss", "us", "is", "sis"))


def _shaped(kind: str, answer: str, candidate: str) -> str:
    """Write a candidate as the answer is written: surname only, 'the' or not, capitalised or not."""
    if kind == "person" and len(answer.split()) == 1 and len(candidate.split()) > 1:
        candidate = candidate.split()[-1]
    if kind == "term":
        first, rest = candidate[:1], candidate[1:]
        candidate = (first.upper() if answer[:1].isupper() else first.lower()) + rest
    if answer[:4] in ("the ", "The "):
        candidate = answer[:4] + bare(candidate)
    return candidate


def name_distractors(
    span: Span, sentence: Sentence, analysis: Analysis, count: int, rng: random.Random, ok: Callable[[str], bool]
) -> list[str]:
    """Up to `count` other names of the answer's kind and form: from the article, then from a pool."""
    answer, kind, sentence_spans = span.text, span.kind, sentence.spans
    before = sentence.text[: span.start]
    needs_the = answer[:4].lower() == "the " or re.search(r"\bthe\s+$", before, re.IGNORECASE) is not None
    if kind == "place" and place_type(bare(answer)) in ("country", "capital", "city"):
        needs_the = _THE_PLACES.search(bare(answer)) is not None  # "the England captain": "the" is the captain's
    if kind == "person":
        needs_the = False
    in_sentence = [s.text for s in sentence_spans if s.kind in ("person", "place", "organisation", "name")]
    index = index_of(analysis)
    from_article = [name for name in index.names.get(kind, ()) if name[0] != answer]
    from_pool = _pool(kind, bare(answer), index.modern) if kind in ("person", "place", "organisation") else []
    rng.shuffle(from_article)
    from_pool = rng.sample(from_pool, len(from_pool))
    wanted_context = context_before(before) if kind == "name" else ""
    chosen: list[str] = []
    for source, widest in ((from_article, 2.5), (from_pool, 2.0)):
        for name, takes_the, context in source:
            if len(chosen) == count:
                return chosen
            if kind == "name" and context != wanted_context:
                continue
            if kind != "term" and takes_the != needs_the and kind != "person":
                continue
            shaped = _shaped(kind, answer, name)
            if not _fits(kind, bare(answer), bare(shaped)):
                continue
            ratio = len(bare(shaped)) / max(1, len(bare(answer)))
            if not 1 / widest <= ratio <= widest or not ok(shaped):
                continue
            if kind != "term" and any(same_entity(shaped, other, kind) for other in [answer, *chosen, *in_sentence]):
                continue
            if any(_overlaps(shaped, other) for other in chosen):
                continue
            chosen.append(shaped)
    return chosen


def _overlaps(a: str, b: str) -> bool:
    a, b = normalise(a), normalise(b)
    return a == b or contains_phrase(a, b) or contains_phrase(b, a)
