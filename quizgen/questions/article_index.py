"""What the distractor rules ask of a whole article, worked out once per analysis rather than once per fact."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from quizgen.model import Analysis, Span
from quizgen.questions.numbers import figures_in, normalise, value_of

_MODERN = re.compile(r"\b(?:19[5-9]\d|20\d\d)\b")
_WORDS = re.compile(r"[\w’'-]+")
# Words that put a sentence's years ahead of the article's own time: "may remain by 2100", "is projected to…".
# A plan, an aim or a target looks ahead only as a verb ("plans to", "aims at"): "the plan lacked detail on transport,
# where emissions rose by 6% in 2022" looks back (review 39); "intended to", "on course to" look ahead.
FUTURE_WORDING = re.compile(
    # ("a bill that would have required …" looks back: review 47)
    r"\b(?:(?:will|would|may|might|could|shall)(?! have\b)|expect(?:s|ed)?|project(?:s|ed|ions?)?|forecasts?|"
    r"predict(?:s|ed|ions?)?|"
    r"scenarios?|(?:targets?|targeted|targeting|aims?|aimed|aiming|plans?|planned|planning) (?:to|at|for)\b|"
    r"(?:intended|designed|set|on course|on track|poised|scheduled|going) to|by (?:the end of )?\d{4}(?!s))\b"
)
# The words before a name that say it is a place: "met in Cologne", "the town of Visby", "between Zealand".
_LOCATIVE = frozenset("in at near into across around outside inside between via".split())
# "to" and "from" lead to a place only after going somewhere: "moved to Vienna", not "letters to Goethe".
_DIRECTIONAL = frozenset("to towards toward from".split())
# "the Nobel Prize in Chemistry", "a degree in Physics": a subject, not a place.
_FIELD_BEFORE = frozenset("prize prizes award medal degree doctorate phd professor professorship lecturer".split())
_NAME_THEN_LOCATIVE = re.compile(r"\b[A-Z][\w'’-]* (?:in|at|on|into) $")
_MOTION = frozenset(
    "moved move moves moving went go goes going travelled traveled travel returned return returning sailed sail "
    "fled flee flew fly flights flight emigrated migrated journey journeys trip trips voyage road route railway "
    "way came come comes arrived relocated marched headed drove walked retreated exported imported shipped "
    "miles kilometres kilometers km north south east west far away back".split()
)
_PLACE_NOUNS = frozenset("town city port village capital harbour suburb".split())
# Words for what a person is or does, read just before the name ("the Scottish economist Adam Smith"), by sort:
# a wrong option is of the answer's sort, so a general is no wrong answer for a king, nor a striker for a CEO.
ROLE_SORTS = {
    word: sort
    for sort, words in {
        "ruler": "premier president king queen emperor empress tsar czar sultan pope prince princess pharaoh",
        "military": "general admiral colonel commander marshal",
        "official": "commissioner counterpart minister chancellor secretary spokesman spokeswoman spokesperson "
        "ambassador envoy diplomat adviser advisor governor mayor senator officer judge",
        "business": "ceo executive chairman chairwoman director founder analyst",
        "scholar": "economist philosopher thinker scientist physicist chemist biologist mathematician astronomer "
        "naturalist geologist professor",
        "arts": "writer novelist author poet playwright painter artist sculptor composer",
        "explorer": "explorer navigator",
        "bench": "manager coach trainer",
        "player": "striker midfielder defender goalkeeper winger forward captain player",
        # kin: "her son Vincent Yuan" is no wrong answer for "studied under the physicist ___"
        "family": "son daughter father mother husband wife brother sister uncle aunt nephew niece grandson "
        "granddaughter grandfather grandmother widow widower",
    }.items()
    for word in words.split()
}


# Role words that are a title when written right before a name ("Emperor Mutsuhito", "Prime Minister Modi"): a
# wrong option for a titled answer is someone the article gives the same title. The bench is one title.
TITLES = frozenset(
    word
    for word, sort in ROLE_SORTS.items()
    if sort in ("ruler", "military", "bench")
    or word in "chancellor governor senator judge mayor commissioner ambassador minister secretary".split()
)
# Titles one holder may be asked among holders of another: a king among emperors, a coach among managers —
# never a queen among kings, where the title itself tells the answer.
_SAME_TITLE = {
    **dict.fromkeys("king emperor tsar czar sultan pharaoh".split(), "monarch"),
    **dict.fromkeys("queen empress".split(), "queen"),
    **{word: "bench" for word, sort in ROLE_SORTS.items() if sort == "bench"},
}
# "His reign became known as Meiji", "Mutsuhito (later Meiji)", "Edo (modern Tokyo)": another name for one just named.
_ALIAS = re.compile(
    r"(?:\b(?:known|remembered|styled|crowned|titled) as|\brenamed(?: as)?|\b(?:also )?called|"
    r"\((?:later|born|née|formerly|also|or|modern|now|present-day|today)) *(?:the )?"
    r"(?:(?:[A-Z][a-z]+ )?(?:Emperor|Empress|King|Queen|Pope|Tsar|Sultan|Prince|Princess) )?"
    r"([A-Z][\w'’-]+(?: (?:[A-Z][\w'’-]+|I{1,3}|IV|V|VI{1,3}|IX|X))*)"
)
# The cheap test a sentence passes before the one above is tried: most sentences of a book hold no alias.
_ALIAS_HINT = re.compile(
    r" as [A-Z]|called|renamed|\((?:later|born|née|formerly|also|or|modern|now|present-day|today) "
)
_NAME_KINDS = frozenset(("person", "place", "organisation", "name"))
_STARTS_BY_POINTING_BACK = re.compile(r"^(?:His|Her|Their|Its|He|She|They|The)\b")


@dataclass(frozen=True)
class ArticleIndex:
    """Spans of each kind, their normalised texts and values, the article's years, and its names in context."""

    texts: dict[str, frozenset[str]]  # kind -> normalised span texts
    values: dict[str, frozenset[Decimal]]  # kind -> values of its figures
    years: frozenset[int]  # every four-digit year in a year, date or range span
    present: int | None  # the latest year of a sentence that looks back, not ahead: the article's own time
    opening: int | None  # the earliest year of the first sentence: where an encyclopedia's subject begins
    title_span: tuple[int, int] | None  # the years a title spans: "The American Civil War, 1861–1865"
    names: dict[str, tuple[tuple[str, bool, str], ...]]  # kind -> (text, "the" before it, two words before)
    kinds: dict[str, frozenset[str]]  # normalised text -> every kind the article gives it
    roles: dict[str, frozenset[str]]  # person name -> sorts of the roles the article puts before it ("scholar")
    titles: dict[str, frozenset[str]]  # person name -> titles written right before it ("emperor", "premier")
    aliases: dict[str, frozenset[str]]  # name -> names the article gives as another name of the same one
    by_title: dict[str, tuple[tuple[str, bool, str], ...]]  # title -> the people it is written before
    surnames: frozenset[str]  # last words of people's full names: "Obama" is a surname, "Meiji" may be a reign
    placey: frozenset[str]  # names of undecided kind that the article writes as places ("in Visby")
    by_context: dict[str, tuple[tuple[str, bool, str], ...]]  # two words before -> names of undecided kind

    @property
    def latest_year(self) -> int | None:
        return max(self.years) if self.years else None

    @property
    def modern(self) -> bool:
        """Does the article name a year from 1950 on? Only then do invented present-day names fit it."""
        return any(_MODERN.fullmatch(str(year)) for year in self.years)


class AnalysisKey:
    """A cache key that is the analysis itself, compared by identity: hashing a book's analysis is slow."""

    __slots__ = ("analysis",)

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis

    def __hash__(self) -> int:
        return id(self.analysis)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, AnalysisKey) and other.analysis is self.analysis


def index_of(analysis: Analysis) -> ArticleIndex:
    return _index(AnalysisKey(analysis))


@lru_cache(maxsize=4)  # holds the analysis itself, so an id is never reused while cached
def _index(key: AnalysisKey) -> ArticleIndex:
    texts: dict[str, set[str]] = {}
    kinds: dict[str, set[str]] = {}
    values: dict[str, set[Decimal]] = {}
    names: dict[str, dict[str, tuple[bool, str]]] = {}
    roles: dict[str, set[str]] = {}
    titles: dict[str, set[str]] = {}
    aliases: dict[str, set[str]] = {}
    previous_people: list[str] = []
    placey: set[str] = set()
    titled: set[str] = set()  # names that follow a role word somewhere: "King Valdemar" is no town
    years: set[int] = set()
    stated: set[int] = set()  # years of sentences without future wording
    opening: int | None = None
    lead = next((s for s in key.analysis.sentences if not s.is_heading), None)
    for sentence in key.analysis.sentences:
        looks_ahead: bool | None = None
        for span in sentence.spans:
            texts.setdefault(span.kind, set()).add(normalise(span.text))
            kinds.setdefault(normalise(span.text), set()).add(span.kind)
            value = value_of(span.text)
            if value is not None:
                values.setdefault(span.kind, set()).add(value)
            if span.kind in ("year", "date", "range"):
                found = {
                    int(f.value) for f in figures_in(span.text) if f.digits == 4 and not f.grouped and not f.decimals
                }
                years |= found
                if sentence is lead and found:
                    opening = min(found) if opening is None else min(opening, *found)
                if looks_ahead is None:
                    looks_ahead = FUTURE_WORDING.search(sentence.text) is not None
                if not looks_ahead:
                    stated |= found
            before = sentence.text[max(0, span.start - 40) : span.start]
            with_the = re.search(r"\bthe\s+$", before, re.IGNORECASE) is not None or span.text[:4].lower() == "the "
            seen = names.setdefault(span.kind, {})
            old_the, old_context = seen.get(span.text, (False, ""))
            seen[span.text] = (old_the or with_the, old_context or context_before(before))
            if span.kind == "person" and (role := role_before(before)):
                roles.setdefault(span.text, set()).add(ROLE_SORTS[role])
            if span.kind == "person" and (title := title_before(before)):
                titles.setdefault(span.text, set()).add(title)
            if span.kind == "name" and _reads_as_place(before):
                placey.add(span.text)
            if span.kind == "name" and role_before(before):
                titled.add(span.text)
            if span.kind == "person":  # "Valdemar" where the article has "Valdemar IV"
                titled.update(span.text.split()[:1])
        people = [span.text for span in sentence.spans if span.kind == "person"]
        if _ALIAS_HINT.search(sentence.text):
            _link_aliases(sentence.text, sentence.spans, previous_people, aliases)
        previous_people = people
    person_entries = [(t, the, c) for t, (the, c) in names.get("person", {}).items()]
    return ArticleIndex(
        texts={kind: frozenset(found) for kind, found in texts.items()},
        values={kind: frozenset(found) for kind, found in values.items()},
        years=frozenset(years),
        present=max(stated) if stated else None,
        opening=opening,
        title_span=years_spanned(key.analysis.document.title),
        names={kind: tuple((t, the, c) for t, (the, c) in found.items()) for kind, found in names.items()},
        kinds={text: frozenset(found) for text, found in kinds.items()},
        roles={name: frozenset(found) for name, found in roles.items()},
        titles={name: frozenset(found) for name, found in titles.items()},
        aliases={name: frozenset(found) for name, found in aliases.items()},
        by_title={
            title: tuple(entry for entry in person_entries if title in titles.get(entry[0], ()))
            for title in {t for found in titles.values() for t in found}
        },
        surnames=frozenset(name.split()[-1] for name, *_ in person_entries if len(name.split()) > 1),
        placey=frozenset(placey - titled),
        by_context=_grouped(names.get("name", {})),
    )


# "The American Civil War, 1861–1865", "Britain in the Second World War (1939-45)": the span the whole text is about
_SPAN_OF_YEARS = re.compile(r"(?<![\d,.])(\d{4})\s*(?:[–—-]|\bto\b)\s*(\d{4}|\d{2})(?![\d,.])")


def years_spanned(title: str) -> tuple[int, int] | None:
    """The first and last year a title names as its span: "The American Civil War, 1861–1865" -> (1861, 1865)."""
    match = _SPAN_OF_YEARS.search(title)
    if match is None:
        return None
    first, last = int(match.group(1)), int(match.group(2))
    if last < 100:  # "1939-45"
        last += first // 100 * 100 + (100 if last < first % 100 else 0)
    return (first, last) if first < last else None


def _grouped(found: dict[str, tuple[bool, str]]) -> dict[str, tuple[tuple[str, bool, str], ...]]:
    """Names of undecided kind by the two words before them: only 'Prize in ___' is a wrong 'Prize in Physics'."""
    groups: dict[str, list[tuple[str, bool, str]]] = {}
    for text, (the, context) in found.items():
        groups.setdefault(context, []).append((text, the, context))
    return {context: tuple(entries) for context, entries in groups.items()}


def context_before(before: str) -> str:
    """The two words before a span, lower-cased: 'Nobel Prize in Physics' -> 'prize in'."""
    return " ".join(_WORDS.findall(before.lower())[-2:])


def role_before(before: str) -> str | None:
    """The role word just before a person ('economist' in 'the Scottish economist ', 'adviser' in 'adviser, ')."""
    words = _WORDS.findall(before.lower()[-30:])
    if words[-2:] == ["prime", "minister"]:
        return "premier"  # a head of government, not one more minister
    return words[-1] if words and words[-1] in ROLE_SORTS else None


def title_before(before: str) -> str | None:
    """The title written right before a name: 'monarch' for 'the fifteen-year-old Emperor ', 'premier' for
    'Prime Minister ', 'bench' for a coach or a manager. None if a comma or anything else comes between."""
    if not before.endswith(" ") or before.rstrip()[-1:] in ",;:":
        return None
    role = role_before(before)
    if role is None or (role not in TITLES and role != "premier"):
        return None
    return _SAME_TITLE.get(role, role)


def _link_aliases(text: str, spans: tuple[Span, ...], previous: list[str], aliases: dict[str, set[str]]) -> None:
    """'Mutsuhito (later Meiji)', 'Edo (modern Tokyo)', 'His reign became known as Meiji': link the other name
    with the one right before it, else the people named before the phrase, or in the sentence before when this
    one points back ('His reign')."""
    for match in _ALIAS.finditer(text):
        other = match.group(1)
        before = [s for s in spans if s.kind in _NAME_KINDS and s.end <= match.start() and s.text != other]
        if before and match.start() - before[-1].end <= 2:  # "Edo (modern Tokyo)", "Edo, renamed Tokyo"
            named = [before[-1].text]
        else:
            named = [s.text for s in before if s.kind == "person"]
        if not named and _STARTS_BY_POINTING_BACK.match(text):
            named = [name for name in previous if name != other]
        for name in named[-2:]:
            aliases.setdefault(name, set()).add(other)
            aliases.setdefault(other, set()).add(name)


def _reads_as_place(before: str) -> bool:
    words = _WORDS.findall(before.lower()[-30:])
    if not words:
        return False
    if len(words) >= 2 and words[-2] in _FIELD_BEFORE:
        return False
    if _NAME_THEN_LOCATIVE.search(before):
        return False  # "Christ in Majesty", "Alice in Wonderland": a title's own words, no place
    if len(words) >= 2 and words[-1] in _DIRECTIONAL:
        return words[-2] in _MOTION
    return words[-1] in _LOCATIVE or (len(words) >= 2 and words[-1] == "of" and words[-2] in _PLACE_NOUNS)
