"""The years an article's story allows a wrong option: its own time, where its subject begins, a forecast's
horizon, and the cycle of events held every four years."""

from __future__ import annotations

import re

from quizgen.model import Analysis, Fact
from quizgen.questions.article_index import FUTURE_WORDING, ArticleIndex
from quizgen.questions.dates import future_step, is_year
from quizgen.questions.numbers import figures_in

# "the 2022 World Cup", "the 1990 Olympics", "the Tokyo Olympics in 2021": events held every four years get
# years of their cycle.
CYCLE_YEARS = 4
_CYCLIC_EVENT = (
    r"(?:(?:FIFA|Rugby|Cricket|Women's|Women’s|Winter|Summer|Youth|Football|Men's|Men’s) )*(?:World Cup|Olympics|"
    r"Olympic Games|Paralympics|Paralympic Games|Commonwealth Games|Asian Games|Pan American Games|"
    r"European Championships?|Euros?)\b"
)
_CYCLE_AFTER = re.compile(" " + _CYCLIC_EVENT)
_CYCLE_BEFORE = re.compile(_CYCLIC_EVENT + r"(?: (?:held|hosted|staged))? in $")
# Years the Summer Games fall in (and the Winter Games since 1994): "the Tokyo Olympics in 2021", held a year late
# as "Tokyo 2020", has two years a student may rightly give, so it is asked without options.
_SUMMER_GAMES = re.compile(r"^(?!.*\b(?:Winter|Youth)\b).*\b(?:Olympic|Paralympic)")
_WINTER_GAMES = re.compile(r"\bWinter (?:Olympic|Paralympic)")

# From this year on, an article's latest year is taken for the time it was written.
RECENT_YEARS_FROM = 1990
HISTORY_MARGIN = 30


def stated_years(fact: Fact, analysis: Analysis) -> frozenset[int]:
    """Years the prompt may show besides the answer: its sentence's other spans and the sentence before."""
    at = fact.sentence.index
    before = analysis.sentences[at - 1] if 0 < at <= len(analysis.sentences) else None
    previous = before.spans if before is not None and before.index == at - 1 else ()
    spans = [s for s in fact.sentence.spans if s != fact.span and s.kind in ("year", "date")]
    spans += [s for s in previous if s.kind in ("year", "date")]
    return frozenset(int(f.value) for s in spans for f in figures_in(s.text) if is_year(f) and f.digits == 4)


def ahead_of(index: ArticleIndex, fact: Fact) -> int | None:
    """The article's own time when the answer is a year after it, told as a forecast ("may remain by 2100")."""
    years = [int(f.value) for f in figures_in(fact.span.text) if is_year(f) and f.digits == 4]
    if len(years) != 1 or not FUTURE_WORDING.search(fact.sentence.text):
        return None
    if index.present is None:  # no past year to go by: stay near the answer, on its grid
        return years[0] - 3 * future_step(years[0])
    if years[0] <= index.present:
        return None
    # "due to launch in 2024, is expected to arrive in _____": the latest year before it that the sentence gives
    told = [int(f.value) for s in fact.sentence.spans if s != fact.span and s.kind in ("year", "date")
            for f in figures_in(s.text) if is_year(f) and f.digits == 4 and index.present < f.value < years[0]]
    return max([index.present, *told])


def off_cycle(event: str, year_text: str) -> bool:
    """Is a year of the Games off the Games' own cycle ('the Tokyo Olympics in 2021')?"""
    if not year_text.isdigit():
        return False
    year = int(year_text)
    if _WINTER_GAMES.search(event):
        return year >= 1994 and year % 4 != 2
    return _SUMMER_GAMES.search(event) is not None and year % 4 != 0


def earliest_year(index: ArticleIndex, fact: Fact) -> int | None:
    """The first year a wrong option may name: the year the article's first sentence opens its subject with
    ("Vasa is a warship built between 1626 and 1628", "Noether (23 March 1882 – …)"), for an answer after it.
    Before it the story had not begun: guns raised from a ship built in 1626–28 were not raised in the 1610s.
    (A news story's first sentence rarely names a year; its background reaches back as far as it likes.)"""
    own = [int(f.value) for f in figures_in(fact.span.text) if is_year(f) and f.digits == 4]
    if index.opening is None or not own or min(own) <= index.opening:
        return None
    return index.opening


def latest_year(index: ArticleIndex, fact: Fact) -> int | None:
    """The last year a wrong option may name. Capped at the article's latest year, its last events were the
    latest option every time, which a student learns to pick: a report of our own times may go one year past
    its latest (no reader knows its date to the year), a history a generation past (never into the future)."""
    own = [int(f.value) for f in figures_in(fact.span.text) if is_year(f) and f.digits == 4]
    # a sentence that looks back is capped at the article's own time, not at a year it forecasts ("by 2040")
    looking_back = index.present is not None and not FUTURE_WORDING.search(fact.sentence.text)
    years = [index.present, *own] if looking_back else [*index.years, *own]
    if not years:
        return None
    latest = max(years)
    return latest + 1 if latest >= RECENT_YEARS_FROM else min(latest + HISTORY_MARGIN, RECENT_YEARS_FROM)


def cyclic_event(fact: Fact) -> re.Match[str] | None:
    """The event held every four years the answer is the year of: "the [2022] World Cup", "the Tokyo Olympics
    in [2021]"."""
    text, span = fact.sentence.text, fact.span
    return _CYCLE_AFTER.match(text, span.end) or _CYCLE_BEFORE.search(text[: span.start])
