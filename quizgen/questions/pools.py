"""Wrong names for people, places, organisations, names and terms: the article's own first, then bundled pools."""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from functools import cache, lru_cache
from importlib import resources

from quizgen.analyse.gazetteer import PLACE_HEADS, place_type, places_of_type
from quizgen.analyse.names import BUILT_HEADS, ORGANISATION_HEADS
from quizgen.model import Analysis, Sentence, Span
from quizgen.questions.article_index import (
    ROLE_SORTS,
    TITLES,
    ArticleIndex,
    context_before,
    index_of,
    role_before,
    title_before,
)
from quizgen.questions.numbers import normalise
from quizgen.questions.places import (
    MODERN_STATES,
    PEOPLES,
    REGIONS,
    SAME_PLACE,
    WORLD_FEATURES,
    is_city,
    located_in,
    near,
    nearby,
    stated_within,
)
from quizgen.questions.text import contains_phrase

_ORG_HEADS = frozenset(
    "Ministry University Agency Council Bank Party Committee Commission Department Institute Institution "
    "Association Organisation Organization Union Society Foundation Court Parliament Congress Senate Army "
    "Navy Fund Office Bureau Service Corporation Company Group".split()
)
_HEADS_LOWER = frozenset(h.lower() for h in _ORG_HEADS | PLACE_HEADS)
SMALL_WORDS = frozenset("the of and for on in at a an de da van von la le".split())
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
def organisations() -> tuple[tuple[str, str], ...]:
    """(field, name) from quizgen/data/organisations.txt."""
    rows = resources.files("quizgen.data").joinpath("organisations.txt").read_text(encoding="utf-8").splitlines()
    return tuple(
        tuple(part.strip() for part in row.split("|", 1)) for row in rows if "|" in row and not row.startswith("#")
    )  # type: ignore[misc]


# Head words that alone say what field a body is in: any ministry may stand for another, any university.
# ("Society", "Institute", "Bank": the Geological Society is no rival of the American Physical Society.)
_SELF_DESCRIBING_HEADS = frozenset("Ministry Department University Party Court".split())


def bare(name: str) -> str:
    return name[4:] if name[:4].lower() == "the " else name


# States whose names are as often their great cities: "trading in New York" means the city.
_CITIES_TOO = frozenset(("New York", "Washington"))
# Rivers, seas and peninsulas the whole world knows: only one of them has the others for wrong options.
_FAMOUS_FEATURES = frozenset(bare(r) for r in WORLD_FEATURES)


# Head words that open a place's name: "Lake Võrtsjärv", "Mount Kenya", "Cape Horn".
_LEADING_HEADS = frozenset("Lake Mount Mt. Cape Isle River".split())
_COMPASS = frozenset(
    "North South East West Central Northern Southern Eastern Western Northeast Northwest Southeast Southwest "
    "Upper Lower".split()
)
# Bodies of water a student places by the map: only the article's own may stand beside one (no Arctic Ocean for
# a Red Sea port, no East China Sea for the Danube's).
_WATERS = frozenset("Sea Ocean Gulf Bay Strait Channel".split())


def place_class(name: str) -> str | None:
    """'country', 'city' (capitals too), 'us_state', 'continent', 'region', a head word ('Peninsula'), or None."""
    known = place_type(bare(name))
    if known:
        return "city" if known == "capital" else known
    if is_city(bare(name)):
        return "city"
    if bare(name) in REGIONS or f"the {bare(name)}" in REGIONS:
        words = bare(name).split()
        head = words[0] if len(words) > 2 and words[1] == "of" else words[-1]  # "Bay of Bengal" is a bay
        return head if head in PLACE_HEADS or head != words[-1] else "region"
    words = bare(name).split()
    if len(words) > 1 and words[0] in _LEADING_HEADS:
        return words[0]  # "Lake Peipus" is a lake, "Mount Kenya" a mountain
    rest = place_type(" ".join(words[1:])) if len(words) > 1 and words[0] in _COMPASS else None
    if rest == "continent" or (rest == "country" and words[0].endswith(("ern", "al"))):
        return "region"  # "West Africa", "Northern Italy": a land's part, no town ("East Germany" was a state)
    last = words[-1] if words else ""
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


@lru_cache(maxsize=1 << 14)  # pure; a book compares each candidate with the answer and the sentence's names
def _distinctive(name: str) -> frozenset[str]:
    words = {w.lower().strip(".,") for w in re.split(r"[\s-]+", bare(name))}
    return frozenset(words - SMALL_WORDS - _HEADS_LOWER)


# Each other name of a place -> the number of its group in SAME_PLACE, looked up rather than searched.
_PLACE_GROUP = {name: number for number, group in enumerate(SAME_PLACE) for name in group}


def same_entity(a: str, b: str, kind: str = "person") -> bool:
    """'Trump' and 'Donald Trump', 'the US' and 'United States', 'Foreign Ministry' and 'Ministry of Foreign
    Affairs': one entity under two names, never a wrong option for the other."""
    if normalise(a) == normalise(b):
        return True
    place_a = _PLACE_GROUP.get(bare(a))
    if place_a is not None and place_a == _PLACE_GROUP.get(bare(b)):
        return True
    # Two places may share a word ("North Korea", "South Korea"); two people or bodies that do are one.
    if kind == "person" and len(a.split()) > 1 and len(b.split()) > 1:
        # two full names are one person only by the surname: John Stuart Mill is not John Maynard Keynes
        return _distinctive(a.split()[-1]) == _distinctive(b.split()[-1])
    return kind != "place" and bool(_distinctive(a) & _distinctive(b))


# The tier of invented ordinary names ("Karen Hollis"): never the bulk of a question's options.
INVENTED = 99
# A famous answer's role narrows its group: "the Scottish economist Adam Smith" is no Kant or Nietzsche.
ROLE_NAMES = {
    "economist": frozenset(
        "Adam Smith|Karl Marx|John Stuart Mill|John Maynard Keynes|David Ricardo|Thomas Malthus".split("|")
    ),
}


# The bundled groups whose members all hold one title: the pool for an answer written after it.
TITLE_GROUPS = {"president": ("us_president",), "premier": ("uk_prime_minister",)}


@lru_cache(maxsize=1 << 10)  # pure: bundled lists only; a book asks for the same sort of name again and again
def _pool(kind: str, answer: str, modern: bool, role: str | None, old: bool) -> tuple[tuple[str, bool, int], ...]:
    return tuple(_pool_rows(kind, answer, modern, role, old))


def _pool_rows(kind: str, answer: str, modern: bool, role: str | None, old: bool) -> list[tuple[str, bool, int]]:
    """Bundled names of the same kind and, where we can tell, the same sort (country, ministry, scientist).

    A famous person gets the famous people nearest in the list (presidents near in time); an unknown one
    gets invented ordinary names only in a modern text, in an official's or executive's role, and only when
    the first name tells a man from a woman: "Susan Whitfield" is no wrong answer for an emperor or a striker.
    Places come from the answer's own country, then its continent, never from across the world; in an `old`
    text (no year from 1900 on) no 20th-century state.
    """
    if kind == "person":
        rows = [(g, name) for g, name in people() if not g.startswith("given_")]
        found = next(((i, g) for i, (g, name) in enumerate(rows) if name == answer or name.split()[-1] == answer), None)
        if found is not None:
            at, group = found
            if (role in TITLES or role == "premier") and group not in TITLE_GROUPS.get(role, ()):
                return []  # "Prime Minister ___": world leaders mix presidents and kings with premiers
            near = sorted(
                (abs(i - at), name) for i, (g, name) in enumerate(rows) if g == group and i != at
            )  # nearest first: Obama and Biden for Trump, not George Washington
            names = [(d, name) for d, name in near if role not in ROLE_NAMES or name in ROLE_NAMES[role]]
            return [(name, False, rank // 6) for rank, (_, name) in enumerate(names)]
        gender = _gender(answer)
        if not modern or (role is not None and ROLE_SORTS[role] not in ("official", "business")):
            return []
        group = "korean_official" if re.search(r"-[a-z]", answer) else f"official_{gender}" if gender else None
        return [(name, False, INVENTED) for g, name in rows if g == group]
    if kind == "organisation":
        form = _org_form(answer)
        if old:
            return []  # the University of Melbourne (1853) is no wrong answer for a student of 1630
        if form[0] == "plain":
            return []  # "Interpol" or "Airbus": no head word says what sort, so Apple would be as good as Boeing
        # the field: the answer's own row, else its head word if that says it; else no pool (EU: no CIA nor BBC)
        field = next((f for f, o in organisations() if bare(o) == answer), None)
        if field is None and form[1] not in _SELF_DESCRIBING_HEADS:
            return []
        return [
            (bare(o), o.startswith("the "), 0)
            for f, o in organisations() if _org_form(o) == form and (field is None or f == field)
        ]
    if kind == "place":
        wanted = place_class(answer)
        if wanted in ("country", "city"):
            old = old and answer not in MODERN_STATES  # an article that names South Korea is no old one
            # neighbours first, then the nearest; a city gets its own country's largest (London: Manchester)
            found = nearby(answer, wanted, old and wanted == "country")
            return [(n, _THE_PLACES.search(n) is not None, tier) for n, tier in found]
        if wanted in _WATERS:
            return []
        if wanted == "continent" or answer in _CITIES_TOO:
            # Asia or Oceania for "divided Europe" is a give-away; West Virginia for "trading in New York" is
            # no rival of a city: only the article's own places, or fewer options.
            return []
        if wanted == "us_state":
            return [(n, False, 0) for n in places_of_type(wanted)]
        if wanted == "region" and f"the {bare(answer)}" not in REGIONS and bare(answer) not in REGIONS:
            return []  # "the Balkans", "Atlantic", "Siberia": no list says which regions a student would weigh
        if wanted is not None and (place_type(answer) or answer in _FAMOUS_FEATURES):
            # the Nile gets the Amazon; the Massa River, a Swiss stream, gets no world river: only the article's own
            found = [(bare(r), r.startswith("the "), 0) for r in REGIONS if place_class(r) == wanted]
            if wanted == "region":  # Central Asia gets South Asia, never Eastern Europe across the map
                found = [row for row in found if row[0].split()[-1] == answer.split()[-1]]
            return found
    return []


_FIRM_HEADS = ORGANISATION_HEADS | frozenset(
    "Securities Capital Partners Research Analytics Consulting Advisors Associates Markets Media Energy".split()
)
# Head words of things that are never a person, though a name tagger may take "Prize" or "Milky Way" for one.
# Some are surnames too (Jude Law, Sue Park): those mark a thing only when they stand alone ("Law").
_SURNAME_HEADS = frozenset("Law Street Park Hall Church Court Lake Bay Day Temple Bridge Tower Castle Square".split())
_THING_HEADS = (
    frozenset(
        "Prize Prizes Award Awards Medal Medals Cup Trophy Act Treaty War Wars Laws Museum Cloud Clouds Way Cathedral "
        "Mosque College School Station Stadium Cemetery Hospital Library Theatre Theater Palace Battle Revolution "
        "Agreement Accord Declaration Convention Constitution Games Olympics Championship Championships League "
        "Nebula Galaxy Comet Effect Theory Principle Syndrome Disease Lecture Lectures Festival".split()
    )
    | _ORG_HEADS
    | PLACE_HEADS
) - _SURNAME_HEADS


@cache
def _given_names() -> frozenset[str]:
    return frozenset(name for group, name in people() if group.startswith("given_"))


@lru_cache(maxsize=1 << 12)  # pure; a book asks about the same few hundred names
def names_a_thing(name: str) -> bool:
    """'Prize', 'Nobel Prize', 'Prize in Physics', 'Magellanic Clouds': a thing, never a wrong option for a person.
    A known first name keeps a person a person: 'Denis Law', 'Picabo Street'."""
    words = bare(name).split()
    if not words:
        return False
    if len(words) == 1:
        return words[0] in _THING_HEADS or words[0] in _SURNAME_HEADS
    head = words[-1] in _THING_HEADS or (words[0] in _THING_HEADS and words[1] in SMALL_WORDS)
    return head and words[0] not in _given_names()


# A word just before a person's name that says whether a man or a woman is meant.
_SEX_BEFORE = {
    **dict.fromkeys("wife mother daughter sister widow queen empress princess mrs ms miss lady dame".split(), "female"),
    **dict.fromkeys("husband father son brother widower king emperor prince mr sir lord".split(), "male"),
}


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
        # a laboratory for a laboratory: "Manhattan Project" or "Mingde School" is no rival of "Radiation Laboratory"
        heads = {name.split()[-1] for name in (answer, candidate) if name.split()[-1] in ORGANISATION_HEADS}
        return _org_form(candidate) == _org_form(answer) and len(heads) < 2 and (
            not heads or answer.split()[-1] == candidate.split()[-1]
        )
    if kind == "term":
        return _is_plural(candidate) == _is_plural(answer)
    return True


def _land_like(name: str) -> bool:
    """ "Rhodesia", "Derbyshire", "Finland": a land or county, never a wrong answer for a town (Masvingo)."""
    return place_class(name) in ("country", "continent", "region", "us_state") or name.endswith(
        ("ia", "land", "shire", "stan")
    )


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


MAX_CANDIDATES = 60


def name_distractors(
    span: Span, sentence: Sentence, analysis: Analysis, count: int, rng: random.Random, ok: Callable[[str], bool]
) -> list[str]:
    """Up to `count` other names of the answer's kind and form: from the article, then from a pool.

    Candidates are cut to the answer's sort before any shuffle (a book has ~900 names), so a fact costs
    the few names that could fit, not the whole article.
    """
    answer, kind = span.text, span.kind
    before = sentence.text[max(0, span.start - 60) : span.start]
    needs_the = answer[:4].lower() == "the " or re.search(r"\bthe\s+$", before, re.IGNORECASE) is not None
    if kind == "place" and place_type(bare(answer)) in ("country", "capital", "city"):
        needs_the = _THE_PLACES.search(bare(answer)) is not None  # "the England captain": "the" is the captain's
    index = index_of(analysis)
    role = role_before(before) if kind == "person" else None
    title = title_before(before) if kind == "person" else None
    candidates = index.by_context.get(context_before(before), ()) if kind == "name" else index.names.get(kind, ())
    if title is not None:
        candidates = [e for e in index.by_title.get(title, ()) if _distinct_holder(answer, e[0], index)]
    if len(candidates) > MAX_CANDIDATES:
        # A long text names thousands of people: a random handful of them is as good a start as all,
        # and shuffling all of them for every fact made a long text quadratic.
        candidates = rng.sample(list(candidates), MAX_CANDIDATES)
    names = [entry for entry in candidates if entry[0] != answer]
    if kind == "person" and (sex := _SEX_BEFORE.get(before.rstrip(" ,").rsplit(" ", 1)[-1].lower())):
        names = [entry for entry in names if _gender(entry[0]) in (None, sex)]  # "his wife, ___": no Robert
    if kind == "person" and names_a_thing(answer):
        return []  # "the 1990 World Cup" taken for a person: no one is a wrong answer for it
    if kind == "person" and role is not None:
        # "the then US President ___": a commissioner or a general is no wrong answer, however real; "studied
        # under the physicist ___": those the article calls a scholar first, never her son or her father
        sort = ROLE_SORTS[role]
        names = [entry for entry in names if sort in index.roles.get(entry[0], (sort,))]
    if kind == "person":
        # Prime Minister Modi is no wrong answer for a chess finalist; "known as Meiji" is Mutsuhito himself
        held = index.titles.get(answer, frozenset())
        names = [entry for entry in names if index.titles.get(entry[0], frozenset()) <= held | {title}]
    from_article = [name for name, takes_the, _ in names if kind in ("person", "term") or takes_the == needs_the]
    rng.shuffle(from_article)
    if kind == "person" and role is not None:  # those the article gives the same role first, then the rest
        from_article.sort(key=lambda name: ROLE_SORTS[role] not in index.roles.get(name, ()))
    if kind == "place" and place_class(bare(answer)) in ("city", None):
        # a town the article names but the gazetteer does not know ("plundered ___": Visby, Malmö)
        towns = [
            n for n, takes_the, _ in index.names.get("name", ())
            if n in index.placey and takes_the == needs_the
            and n.split()[-1] not in _FIRM_HEADS and not names_a_thing(n)
        ]  # ("an analyst at Halvorsen Securities" is "at" a firm, "at St Patrick's Cathedral" a building: no town)
        from_article += rng.sample(towns, len(towns))
    old = index.latest_year is not None and index.latest_year < 1900
    pool = _pool(kind, bare(answer), index.modern, role, old) if kind in ("person", "place", "organisation") else ()
    where = _org_location(sentence.text, span.end) if kind == "organisation" else None
    if where is not None:
        # "entered _____ in Nanjing": only a body the article itself places there, never Princeton from a list
        pool = ()
        from_article = [name for name in from_article if where in _org_locations(name, analysis)]
    from_pool = [name for name, takes_the, _ in _tiered(pool, rng) if kind == "person" or takes_the == needs_the]
    in_sentence = [s.text for s in sentence.spans if s.kind in ("person", "place", "organisation", "name")]
    located = kind == "place" and bool(stated_within(sentence.text, span.end))  # "Rome, New York" is no Italian town
    invented = {name for name, _, tier in pool if tier == INVENTED}
    chosen: list[str] = []
    for source, widest in ((from_article, 2.5), (from_pool, 2.0)):
        for name in source:
            if len(chosen) == count:
                return chosen
            if name in invented and len(chosen) < 2:
                break  # an invented name only rounds off two real ones of the answer's sort: fewer beats silly
            shaped = _shaped(kind, answer, name)
            if kind == "person" and (names_a_thing(name) or _is_title_subject(name, analysis.document.title)):
                continue
            if kind == "person" and (not _same_suffix(answer, name) or _named_as_thing(name, index)):
                continue  # "Helix Pay", a firm the tagger once took for a person; "Andrew Cole SC" among plain names
            if name not in index.placey and not _fits(kind, bare(answer), bare(shaped)):
                continue
            if kind == "place" and _land_like(bare(shaped)) != _land_like(bare(answer)):
                continue  # a town the article names may stand for any town, not for a land or county
            if kind == "place" and (not place_rival(bare(answer), bare(shaped), located) or name in index.surnames):
                continue  # (a place the article also gives as a surname, "Montenegro said", may be its person)
            ratio = len(bare(shaped)) / max(1, len(bare(answer)))
            if not 1 / widest <= ratio <= widest or not ok(shaped):
                continue
            if kind != "term" and any(same_entity(shaped, other, kind) for other in [answer, *chosen, *in_sentence]):
                continue
            if any(_overlaps(shaped, other) for other in chosen):
                continue
            if any(other in index.aliases.get(name, ()) for other in (answer, *chosen)):
                continue  # "Edo (modern Tokyo)": one place twice, or the answer itself under another name
            chosen.append(shaped)
    return chosen


# A people's adjective the tagger took for a place ("towards Russian territory"): "Estonian", "Chinese", "Polish".
_DEMONYM_ENDINGS = ("ian", "ese", "ish", "ean")


def place_rival(answer: str, option: str, located: bool = False) -> bool:
    """Could the option stand where the answer does, by its kind and by the map?

    Never an adjective ("Russian" for Lake Peipus), a building ("Wartburg Castle" for Zurich), a city for a
    lake or a region, or a place far from the answer: Lisbon for Athens, China for Egypt (a neighbour, or a
    place at most NEAR_KM off, may be; so may any place we cannot locate).
    """
    adjective = option.endswith(_DEMONYM_ENDINGS) and " " not in option and not (place_type(option) or is_city(option))
    if option in PEOPLES or adjective:
        return False
    if option.split()[-1] in BUILT_HEADS and answer.split()[-1] not in BUILT_HEADS:
        return False
    wanted = place_class(answer)
    if (wanted in _LEADING_HEADS or wanted in _WATERS or wanted == "region") and place_class(option) != wanted:
        return False
    return located or near(answer, option) is not False  # (`located`: the sentence says where; that test rules)


# "Columbia University in New York", "the University of California, Berkeley": where a body is.
_LOCATED_AFTER = re.compile(r"(?:,| in| at) ((?:[A-Z][\w'’.-]*)(?: [A-Z][\w'’.-]*)*)")


def _org_location(text: str, end: int) -> str | None:
    """The place a sentence puts a body in right after naming it: 'Nanjing' in '… University in Nanjing, where'."""
    found = _LOCATED_AFTER.match(text, end)
    if found is None:
        return None
    place = found.group(1).rstrip(".")
    return place if place_type(place) or is_city(place) or located_in(place) else None


def _org_locations(name: str, analysis: Analysis) -> frozenset[str]:
    """Every place the article puts a body in, wherever it names it."""
    return frozenset(
        where
        for sentence in analysis.sentences
        for span in sentence.spans
        if span.text == name and (where := _org_location(sentence.text, span.end))
    )


# Letters after a name that only some people in an article carry: a lawyer's SC, a Jr., an MP.
_POST_NOMINALS = frozenset("SC QC KC Jr Jr. Sr Sr. MP PhD MD OBE CBE MBE KBE".split())


def _same_suffix(answer: str, other: str) -> bool:
    """ "Andrew Cole SC" gets no "Ray Warnes", nor "Ray Warnes" an "Andrew Cole SC": the suffix tells."""
    def suffix(name: str) -> str:
        last = name.split()[-1].rstrip(",")
        return last if last in _POST_NOMINALS and len(name.split()) > 1 else ""

    return suffix(answer) == suffix(other)


def _named_as_thing(name: str, index: ArticleIndex) -> bool:
    """A 'person' the article also names as a body or a place, or as an undecided name with no role and no known
    first name: 'Helix Pay said', 'Montenegro said' — a firm or a country, whatever the tagger once thought."""
    other = index.kinds.get(normalise(name), frozenset()) - {"person"}
    if other & {"organisation", "place"}:
        return True
    return "name" in other and name not in index.roles and name.split()[0] not in _given_names()


def _is_title_subject(name: str, title: str) -> bool:
    """ "Clara Wieck" in an entry titled "Clara Schumann": the subject herself under her maiden name."""
    words = title.split()
    return 2 <= len(words) <= 4 and words[0][:1].isupper() and words[0] not in ("The", "A", "An") and (
        name.split()[0] == words[0]
    )


def _distinct_holder(answer: str, other: str, index: ArticleIndex) -> bool:
    """Another holder of the answer's title, not the answer under another name: 'Emperor Meiji' may well be
    'Emperor Mutsuhito', unless both are full names or surnames ('President Obama', 'President Trump')."""
    if other == answer or other in index.aliases.get(answer, ()):
        return False
    return all(len(name.split()) > 1 or name in index.surnames for name in (answer, other))


def _tiered(pool: tuple[tuple[str, bool, int], ...], rng: random.Random) -> list[tuple[str, bool, int]]:
    """Shuffled within each tier, nearer tiers first: cities of the answer's country before its continent's."""
    tiers = sorted({tier for _, _, tier in pool})
    ordered: list[tuple[str, bool, int]] = []
    for tier in tiers:
        members = [entry for entry in pool if entry[2] == tier]
        ordered += rng.sample(members, len(members))
    return ordered


def _overlaps(a: str, b: str) -> bool:
    a, b = normalise(a), normalise(b)
    return a == b or contains_phrase(a, b) or contains_phrase(b, a)
