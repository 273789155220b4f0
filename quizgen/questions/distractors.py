"""Wrong options of the same kind and form as the answer: plausible, distinct, and never true by the article."""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from quizgen.analyse.gazetteer import place_type
from quizgen.model import NUMERIC_KINDS, Analysis, Fact, Sentence
from quizgen.questions.article_index import FUTURE_WORDING, AnalysisKey, ArticleIndex, index_of
from quizgen.questions.context import context_for
from quizgen.questions.dates import date_distractors, is_year, year_distractors
from quizgen.questions.numbers import (
    MULTIPLIER_WORDS,
    SCALE_VALUES,
    Figure,
    figures_in,
    int_to_words,
    month_matches,
    month_number,
    normalise,
    pick_balanced,
    replace_figure,
    same_format,
    value_of,
)
from quizgen.questions.places import HISTORIC_STATES, PEOPLES, country_of, located_in, stated_within
from quizgen.questions.pools import name_distractors
from quizgen.questions.scales import (
    CYCLES,
    allowed_by,
    asked_without_options,
    bit_size_candidates,
    cycle_candidates,
    scale_of,
)
from quizgen.questions.sides import (
    backwards,
    bounded_toward,
    computable,
    holds_a_figure,
    nested,
    rates_in,
    record_bound,
    side_rules,
)
from quizgen.questions.text import contains_phrase, needs_an
from quizgen.questions.timeline import (
    CYCLE_YEARS,
    RECENT_YEARS_FROM,
    ahead_of,
    cyclic_event,
    earliest_year,
    latest_year,
    off_cycle,
    stated_years,
)

# Factors for a wrong amount, nearest first: 8.2% -> 7.4%, 6.6%, 10.3%… never ten times off (82%).
LOWER_FACTORS = ("0.9", "0.8", "0.75", "0.7", "0.6", "0.5", "0.4")
UPPER_FACTORS = ("1.15", "1.25", "1.3", "1.4", "1.5", "1.75", "2", "2.5", "3")
NEAR_UPPER = ("1.1",)  # the mirror of 0.9, for an answer the stem bounds from above
# A measurement written to the hundredth ("22.10 seconds", "1.24 kg per litre") was measured closely, and its rivals
# lie as close: "Only three British women have ever broken _____" (22.10 seconds) offered 17.68 and 28.73 seconds,
# "The Dead Sea's density, about _____" (1.24 kg per litre) 0.87 and 0.99, less than water's (blind reviews 86, 91:
# ±20-30% is absurd for a thing measured that finely)
PRECISE_LOWER = ("0.94", "0.9", "0.87")
PRECISE_UPPER = ("1.06", "1.1", "1.13")
PRECISE_FIGURES = 3  # significant figures that make a measurement to the hundredth precise ('0.04' is not)
FINEST_GRID = Decimal("0.1")  # quarters and halves are a grid a figure is set on (a policy rate's 0.25%), not measured
# Steps finer than a tenth that a written amount keeps: eighths, quarters and halves (of a unit or a tenth).
GRAINS = tuple(Decimal(g) for g in ("0.5", "0.25", "0.125", "0.05", "0.025"))
RANGE_SHIFTS = (1, -1, 2, -2, 3, -3, 4, -4, 5, -5, 6, -6)
# Units that roll over into the next: "10 months" never has "14 months" beside it, nor "50 minutes" "70 minutes".
ROLL_OVER = {
    **dict.fromkeys(("month", "months", "inch", "inches"), 12),
    **dict.fromkeys(("hour", "hours"), 24),
    **dict.fromkeys(("minute", "minutes", "second", "seconds"), 60),
}


WIDEST_FACTOR = Decimal(3)  # no wrong amount more than three times the answer, nor less than a third of it
BIT_SIZE_SPREAD = Decimal(4)  # a size of 128 bits gets 32, 64, 256 and 512: the powers of two two steps either side
# A wrong amount at least this far from the answer, as a share of it: 56.55% never gets 56.35%, nor "about 10%"
# 9%: a near miss of a rounded figure is no wrong answer, and of a precise one it is hair-splitting.
MIN_GAP = Decimal("0.05")
ROUGH_GAP = Decimal("0.15")
_ROUGHLY_BEFORE = re.compile(
    r"\b(?:about|around|roughly|approximately|approx\.|some|nearly|almost|an estimated|estimated|close to|"
    r"circa|c\.|perhaps|maybe|upwards of) $",
    re.IGNORECASE,
)

def distractors_for(fact: Fact, analysis: Analysis, count: int, rng: random.Random) -> tuple[str, ...]:
    """Up to `count` wrong options for the fact's answer, of its kind and written in its form."""
    if count <= 0:
        return ()
    span, sentence = fact.span, fact.sentence
    index = index_of(analysis)
    ok = _acceptable(fact, index)
    if span.kind == "term":
        heading = _heading_over(fact, analysis)
        return tuple(term_distractors(span.text, index, count, rng, lambda o: ok(o) and normalise(o) != heading))
    if span.kind not in NUMERIC_KINDS:
        return tuple(name_distractors(span, sentence, analysis, count, rng, ok))
    # the context shown before the sentence, read once for the years and the months it gives
    # (a period too: "In 1551 … Soon afterwards, between about _____" (1552 and 1554) offered 1549 and 1551, blind
    # review 81)
    timely = span.kind in ("year", "date") or year_like(fact) or span.kind == "range" and _a_period(span.text)
    before = (context_for(sentence, analysis, (span,)) or "") if timely else ""
    shown = _years_shown_before(before, analysis) if timely else ()
    if shown:
        sentence_ok = ok
        ok = lambda option: sentence_ok(option) and _on_the_answers_side(option, span.text, shown)  # noqa: E731
    months_shown = _months_shown_before(before) if span.kind == "date" else ()
    if months_shown:
        year_ok = ok
        ok = lambda option: year_ok(option) and _on_the_answers_side_of_months(  # noqa: E731
            option, span.text, months_shown
        )
    war = _war_told(sentence.text, span.text) if timely else None
    if war is not None:
        # "During the Second World War, British forces occupied the islands from April _____" (1940 to 1945) offered
        # 1938 to 1943 and 1942 to 1947 (blind review 89): a time the sentence sets in a war stays in that war
        war_ok = ok
        ok = lambda option: war_ok(option) and all(war[0] <= y <= war[1] for y in _years_told(option))  # noqa: E731
    if asked_without_options(fact) or computable(fact, _stem_rates(fact, analysis)):
        return ()
    pregnancy = _WEEKS_OF_PREGNANCY.match(sentence.text, span.end)
    if pregnancy and "week" in span.text + pregnancy.group() and span.kind in ("range", "quantity", "number"):
        # "offered between _____ of pregnancy" (16 and 32 weeks) offered 20 and 40, 20 and 42 weeks (blind review
        # 75): a pregnancy lasts some forty weeks, and what is done in it is done before
        carried_ok = ok
        ok = lambda option: carried_ok(option) and all(f.value < TERM_WEEKS for f in figures_in(option))  # noqa: E731
    cap = latest_year(index, fact)
    own_time = _own_time(index, analysis)
    # (only where leaving out the years the article looks ahead to moves its own time back: elsewhere latest_year
    # has capped the answer at that time already, and a history keeps the generation past it that it gives)
    told_past = own_time if own_time is not None and own_time != index.present else None
    if timely and told_past is not None and cap is not None and _told_as_past(fact, told_past):
        # "Manufacturers sold about 210,000 heat pumps for homes in _____" (2024) offered 2029 in a report of January
        # 2025 whose "deadlines in 2026 and 2028" read as its own time (blind review 98): a past fact's rivals go at
        # most one year past the latest year the article tells as past
        cap = min(cap, told_past + 1)
    part_of_decade = _PART_OF_A_DECADE.search(sentence.text[: span.start]) if span.kind == "year" else None
    decade = _DECADE.match(span.text)
    if part_of_decade and decade and own_time is not None and own_time >= RECENT_YEARS_FROM and cap is not None:
        # "up from roughly 20,000 hectares in the mid-_____" (2000s) offered the 2020s in a report of 2024 (blind
        # review 86): the middle (or end) of a decade told as past is behind the article's own time
        into = PART_OF_A_DECADE[part_of_decade.group(1).lower()]
        if int(decade.group(1)) + into <= own_time and not FUTURE_WORDING.search(sentence.text):
            cap = min(cap, own_time - into + 1)  # (year_distractors keeps decades that open no later than cap - 1)
    if span.kind == "year" or year_like(fact):
        event = cyclic_event(fact)
        if event and off_cycle(event.group().strip(), span.text):
            return ()
        cycle = CYCLE_YEARS if event else CENSUS_YEARS if _a_census_year(fact, cap) else 1
        if cycle > 1 and not FUTURE_WORDING.search(sentence.text) and index.latest_year is not None:
            cap = index.latest_year  # a past World Cup gets none after the article's own latest year
        if _SINCE_BEFORE.search(sentence.text[: span.start]) and own_time is not None:
            # "its largest recall since _____" looks back from the article's own time, whatever the sentence
            # forecasts besides ("said it would recall …"): no year after that time (review 41 offered 2027)
            cap = min(cap, own_time) if cap is not None else own_time
        floor = earliest_year(index, fact)
        within = index.title_span
        if within and span.text.isdigit() and within[0] <= int(span.text) <= within[1]:
            # "The American Civil War, 1861–1865": a year of the war gets years of the war (review 38)
            floor, cap = max(floor or within[0], within[0]), min(cap or within[1], within[1])
        life = _lives_in(sentence) or _life_span(analysis)
        if life and _year_of_life(span.text, life):
            # "Carson (1907 – 1964) … diagnosed with breast cancer in _____" (1960) got 1966 and 1968 (review 62): a
            # year she lived gets none after her death
            cap = min(cap or life[1], life[1])
        if life and _within_life(span.text, life):
            # "Rosalía de Castro (24 February 1837 – 15 July 1885) …: From the late _____" (1870s) got the 1890s
            # and 1900s, "During the _____ she set records" (1930s, died 1941) the 1950s (reviews 41, 52, 53): a
            # time of the subject's life gets times of that life
            # (a decade ends when the subject is ten or more: the 1810s are no time of a life begun in 1815)
            floor, cap = max(floor or life[0], life[0] + 10), min(cap or life[1], life[1])
        found = year_distractors(
            span.text, count, rng, cap, ok, ahead_of(index, fact), cycle, floor, bounded_toward(fact)
        )
    elif span.kind == "date":
        if _SINCE_BEFORE.search(sentence.text[: span.start]) and own_time is not None:
            # "The increase, the company's third since _____" (the autumn of 2023) offered the autumn of 2025 in a
            # report of early 2025 (review 65): a date looked back to is no later than the article's own time
            # ("Much of the hesitation dates back to _____", the summer of 2023, offered the summers of 2025 and 2026:
            # blind review 98)
            cap = min(cap, own_time) if cap is not None else own_time
        life, own, death = _life_span(analysis), _month_of_year(span.text), _death_month(analysis)
        if life and death and own and life[0] < own[0] and _months_between(own, death) >= MONTHS_BEFORE_DEATH:
            # "(c. 1532 – 16 November 1625) … In _____ the Flemish painter Anthony van Dyck visited her" (July 1624)
            # offered May 1626 and February 1627, after her death (blind review 82): a date of a life is no later
            # than the month of the death (a year or more before it, so rivals fit between and the answer is not
            # always the latest option: the death date itself keeps its rivals, as years do, YEARS_BEFORE_DEATH)
            cap = min(cap or life[1], life[1])
            lived_ok = ok
            ok = lambda option: lived_ok(option) and (_month_of_year(option) or death) <= death  # noqa: E731
        after = _after_the_past(fact, analysis)
        if after is not None:
            dated_ok = ok
            ok = lambda option: dated_ok(option) and all(year >= after for year in _years_told(option))  # noqa: E731
            cap = max(cap or 0, max(_years_told(span.text)) + YEAR_SHIFTS_AHEAD)
        around = f"{before} {sentence.text[: span.start]} {sentence.text[span.end :]}"
        keep_month = _month_named_elsewhere(span.text, around)
        days = _days_named_in_its_month(span.text, around) if keep_month else ()
        keep_month = keep_month or _the_story_within_its_month(fact, analysis)
        weekly = _WEEKDAY_BEFORE.search(sentence.text[: span.start]) is not None
        seasonal = _SEASONAL_EVENT.search(sentence.text) is not None
        found = date_distractors(
            span.text, count, rng, cap, ok, bounded_toward(fact), keep_month, days, weekly, seasonal
        )
    elif span.kind == "range":
        # a range the stem puts a figure in ("within the target range of _____") may hold the answer's ends
        apart = not holds_a_figure(fact)
        # (a share past all of it is of a measure, not a whole: "between 96% and 104% of the average", review 90)
        past_all = any(f.value > 100 for f in figures_in(span.text))
        if _A_SHARE.search(span.text) and _OF_A_WHOLE_AFTER.match(sentence.text, span.end) and not past_all:
            # "lost between _____ of their crop" (50 and 90 percent) offered 70 and 120 percent (blind review 71,
            # bad): a share of a whole is at most all of it
            range_ok = ok
            ok = lambda option: range_ok(option) and all(f.value <= 100 for f in figures_in(option))  # noqa: E731
        found = range_distractors(span.text, count, rng, cap, ok, stated_years(fact, analysis), apart)
    elif span.kind == "multiplier":
        found = multiplier_distractors(span.text, count, rng, ok)
    elif _BINARY.fullmatch(span.text):
        found = binary_distractors(span.text, count, rng, ok)
    else:
        found = _amounts(fact, analysis, count, rng, ok)
    return tuple(found[:count])


# "Putting a 1 in the 32, 8, 4 and 1 columns gives _____" (101101) offered 75826 and 126376, "from 00000000 to _____"
# (11111111) 13888889 (blind review 71, bad): a figure of ones and zeros that long, or with a leading zero, is
# written in binary, and only binary options of its length are a choice ("1100" stays a number: too short to tell)
_BINARY = re.compile(r"[01]{5,}|0[01]{3,}")


def binary_distractors(text: str, count: int, rng: random.Random, ok: Callable[[str], bool]) -> list[str]:
    """Binary figures of the answer's length one or two digits away from it, in random order."""
    flips = [(i,) for i in range(len(text))] + [(i, j) for i in range(len(text)) for j in range(i + 1, len(text))]
    rng.shuffle(flips)
    found: list[str] = []
    for flip in sorted(flips, key=len):  # one digit off first: the likeliest slips
        option = "".join(("1" if digit == "0" else "0") if i in flip else digit for i, digit in enumerate(text))
        if option not in found and ok(option):
            found.append(option)
        if len(found) == count:
            break
    return found


def _years_shown_before(before: str, analysis: Analysis) -> tuple[int, ...]:
    """The years a year's or date's prompt shows before its sentence: in the title and `before`, the context set
    before it. "Nordenskiöld first travelled to Spitsbergen in 1858 … He returned in _____" (1861) rules out 1856
    (review 49), "The Black Death, 1347–1351: In _____ it reached Kaffa" (1346) rules out 1352 (review 48)."""
    text = f"{analysis.document.title} {before}"
    shown = {int(f.value) for f in figures_in(text) if is_year(f) and f.digits == 4}
    # "In 376 a large group of Goths asked to cross the Danube … in _____ they destroyed a Roman army" (378) ruled
    # out 340 (review 62): a year of three digits, told as a year by the word before it or its era
    shown |= {int(m.group(1) or m.group(2)) for m in _YEAR_OF_THREE_DIGITS.finditer(text)}
    return tuple(sorted(shown))


def _months_shown_before(before: str) -> tuple[tuple[int, int], ...]:
    """The months of a year a date's prompt shows in `before`, the context set before its sentence. "… in July 1728
    they sailed north along the coast. On _____ the ship reached about 67° north" (16 August 1728) ruled out 3 May
    and 5 June 1728 (blind review 73, bad: giveaway), which the years alone could not."""
    return tuple(sorted(filter(None, (_month_of_year(m.group()) for m in _MONTH_YEAR.finditer(before)))))


def _month_named_elsewhere(answer: str, shown: str) -> bool:
    """Does the card name the answer's month outside the blank ("In September 1066 … on _____", 20 September)?"""
    months = {month_number(m.group()) for m in month_matches(answer)}
    return len(months) == 1 and bool(months & {month_number(m.group()) for m in month_matches(shown)})


# "The Tour ends in Paris on Sunday, _____": the weekday told beside the date
_WEEKDAY_BEFORE = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? (?:the )?$")


def _the_story_within_its_month(fact: Fact, analysis: Analysis) -> bool:
    """Do the article's other dates (its dateline's among them) all name the answer's month? "MONT VENTOUX, France,
    July 16 — … The Tour ends in Paris on Sunday, _____" (July 20) offered April 11, May 21 and June 14 for a race
    held in July (blind review 82): a story told within one month gets days of that month."""
    months = {month_number(m.group()) for m in month_matches(fact.span.text)}
    if len(months) != 1 or not figures_in(fact.span.text):
        return False
    others = {
        month_number(m.group())
        for sentence in analysis.sentences
        for span in sentence.spans
        if span.kind == "date" and span != fact.span
        for m in month_matches(span.text)
    }
    return others == months


_DAY_BEFORE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)? $")
_DAY_AFTER = re.compile(r" (\d{1,2})(?!\d|,\d)")


def _days_named_in_its_month(answer: str, shown: str) -> tuple[int, ...]:
    """The days of the answer's month that `shown` names: '23' of "On 23 July 1914" for 28 July."""
    months = {month_number(m.group()) for m in month_matches(answer)}
    days = []
    for match in month_matches(shown):
        if month_number(match.group()) in months:
            before = _DAY_BEFORE.search(shown, max(0, match.start() - 6), match.start())
            after = _DAY_AFTER.match(shown, match.end())
            days += [int(found.group(1)) for found in (before, after) if found]
    return tuple(sorted(set(days)))


_MONTH_YEAR = re.compile(r"\b[A-Z][a-z]+\.? \d{4}\b")
_MONTH_NAME_YEAR = re.compile(r"\b([A-Z][a-z]+\.?),? (\d{4})\b")


def _month_of_year(text: str) -> tuple[int, int] | None:
    """(year, month) of a date that names one month of one year ('16 August 1728', 'July 1728'), else None."""
    found = [(int(m.group(2)), month_number(m.group(1))) for m in _MONTH_NAME_YEAR.finditer(text)]
    found = [(year, month) for year, month in found if month is not None]
    return found[0] if len(found) == 1 else None


def _on_the_answers_side_of_months(option: str, answer: str, months: tuple[tuple[int, int], ...]) -> bool:
    mine, theirs = _month_of_year(answer), _month_of_year(option)
    if mine is None or theirs is None:
        return True
    return all(theirs != month and (theirs > month) == (mine > month) for month in months if month != mine)


_YEAR_OF_THREE_DIGITS = re.compile(
    r"(?<![\d,.])\b(\d{3}) ?(?:BC|BCE|AD|CE)\b|\b(?:[Ii]n|[Bb]y|[Ss]ince|[Uu]ntil|AD) (\d{3})\b(?![,.]?\d)"
)


def _on_the_answers_side(option: str, answer: str, years: tuple[int, ...]) -> bool:
    """Do the option's years lie on the answer's side of every year shown (a year equal to one of the answer's, a
    year the answer's period spans, or an answer or option without years, '1870s', sets no side)?"""
    mine, theirs = _years_told(answer), _years_told(option)
    if not mine or not theirs:
        return True
    for year in years:
        sides = {own > year for own in mine}
        if year in mine or len(sides) > 1:
            continue
        if any(other == year or (other > year) not in sides for other in theirs):
            return False
    return True


def _a_period(text: str) -> bool:
    """Are the ends of a range two years of four digits ('1552 and 1554', '1914–1918')?"""
    figures = figures_in(text)
    return len(figures) == 2 and all(is_year(f) and f.digits == 4 for f in figures)


# The world wars, by the names a sentence gives them, and their years
WARS = (
    (re.compile(r"\b(?:First World War|World War I|WWI|Great War)\b"), (1914, 1918)),
    (re.compile(r"\b(?:Second World War|World War II|WWII)\b"), (1939, 1945)),
)


def _war_told(sentence: str, answer: str) -> tuple[int, int] | None:
    """The years of the world war the sentence names, when the answer's years all lie in them."""
    years = _years_told(answer)
    for name, (start, end) in WARS:
        if name.search(sentence) and years and all(start <= y <= end for y in years):
            return start, end
    return None


# "16 and 32 weeks of pregnancy", "at 20 weeks' gestation", "20 weeks pregnant"
_WEEKS_OF_PREGNANCY = re.compile(
    r"(?: weeks?)?(?:'|’)?(?: (?:of|into) (?:(?:her|the|a) )?(?:pregnancy|gestation)| pregnant)\b"
)
TERM_WEEKS = 40

# "Hollerith used punched cards to tabulate the _____ U.S. census" (1890) offered 1886, 1887 and 1889 (blind review 90):
# a census is taken every ten years (or five, whose every other one is ten apart too), so its rivals are too
CENSUS_YEARS = 10
_CENSUS_AFTER = re.compile(r"(?: [A-Z][\w.]*?)* (?:[Nn]ational |[Pp]opulation |[Ff]ederal |decennial )?[Cc]ensus\b")
_CENSUS_BEFORE = re.compile(r"\b[Cc]ensus (?:of|in) $")


def _a_census_year(fact: Fact, cap: int | None) -> bool:
    """Is the answer the year of a census ('the 1890 U.S. census', 'the census of 1901') with a census after it
    before the `cap`? The latest census of a report ("the results of the _____ national census released on Monday")
    would stand above every other option."""
    text, span = fact.sentence.text, fact.span
    told = _CENSUS_AFTER.match(text, span.end) or _CENSUS_BEFORE.search(text[: span.start])
    room = cap is None or span.text.isdigit() and int(span.text) + CENSUS_YEARS <= cap
    return span.text.isdigit() and told is not None and room


# Events that keep to a season of the year, whose date's month a student can tell from the event alone (review 87)
_SEASONAL_EVENT = re.compile(
    r"\b(?:heat ?waves?|monsoons?|blizzards?|snow ?storms?|snowfalls?|hurricanes?|typhoons?|cyclones?|"
    r"(?:wild|bush|forest) ?fires?|harvests?|frosts?)\b",
    re.IGNORECASE,
)
# "Construction is due to start in _____", "is set to open in", "will close in": a date the story looks ahead to
_LOOKS_AHEAD = re.compile(r"\b(?:(?:is|are) due|(?:is|are) (?:set|scheduled|expected) to|will)\b")
YEAR_SHIFTS_AHEAD = 2  # a date looked ahead to has room for rivals up to this many years after it, at least


def _after_the_past(fact: Fact, analysis: Analysis) -> int | None:
    """The first year a rival of a date the story looks ahead to may name: the year after the latest year the
    article's other sentences tell as past. "Construction of clean rooms is due to start in _____" (Jan. 2025) offered
    Nov. 2022 and Aug. 2023 in a story whose past reaches 2023 (blind review 91): a start already past is no start
    due. None when the sentence does not look ahead, or the answer is no later than that past."""
    if not (_LOOKS_AHEAD.search(fact.sentence.text) or FUTURE_WORDING.search(fact.sentence.text)):
        return None
    own = _years_told(fact.span.text)
    past = [year for index, year in _latest_past_years(AnalysisKey(analysis)) if index != fact.sentence.index]
    if not own or not past or min(own) <= max(past):
        return None
    return max(past) + 1


@lru_cache(maxsize=4)  # holds the analysis itself, so an id is never reused while cached
def _latest_past_years(key: AnalysisKey) -> tuple[tuple[int, int], ...]:
    """(index, latest four-digit year) of each sentence that tells of the past, not ahead: read once an article, not
    once for each date the story looks ahead to."""
    found = []
    for sentence in key.analysis.sentences:
        if sentence.is_heading or _LOOKS_AHEAD.search(sentence.text) or FUTURE_WORDING.search(sentence.text):
            continue
        years = [int(f.value) for f in figures_in(sentence.text) if is_year(f) and f.digits == 4]
        if years:
            found.append((sentence.index, max(years)))
    return tuple(found)


def _years_told(text: str) -> tuple[int, ...]:
    """The year of a year or a date, the ends of a period ('1552 and 1554'); none for a decade or a period written
    short ('1552–54'), whose ends are not all years."""
    if re.search(r"\d0s\b", text):
        return ()  # a decade spans the years around it
    figures = figures_in(text)
    years = tuple(int(f.value) for f in figures if is_year(f))  # "378" too, a year of the first millennium
    return years if len(years) == len(figures) or len(years) == 1 else ()


# "Augusta Ada King (née Byron; 10 December 1815 – 27 November 1852) was …": the years its subject lived or lasted,
# in brackets in the article's opening sentence.
_LIFE_SPAN = re.compile(r"\([^()]*?\b(\d{3,4})\s?[–—-]\s?[^()]*?\b(\d{3,4})\)")
# "Zhang Heng (78–139 CE), …" (blind review 79 offered 150, 250 and 300 CE for a man who died in 139)
_LIFE_SPAN_OF_AN_ERA = re.compile(r"\((\d{1,4})\s?[–—-]\s?(\d{1,4}) (?:CE|AD)\)")
_DECADE = re.compile(r"^(?:the )?(?:early |mid-|mid |late )?(\d{3}0)s$")


def _life_span(analysis: Analysis) -> tuple[int, int] | None:
    """The years in brackets that open the article's first sentence: '(24 February 1837 – 15 July 1885)'."""
    opening = next((s for s in analysis.sentences if not s.is_heading), None)
    match = None
    if opening is not None:
        match = _LIFE_SPAN.search(opening.text[:200]) or _LIFE_SPAN_OF_AN_ERA.search(opening.text[:200])
    if match is None:
        return None
    first, last = int(match.group(1)), int(match.group(2))
    return (first, last) if first < last <= first + 120 else None


def _lives_in(sentence: Sentence) -> tuple[int, int] | None:
    """The years the lives of the people the sentence names in brackets share: "From the _____, the guitarist Paco de
    Lucía (1947–2014) and the singer Camarón de la Isla (1950–1992) transformed the genre" (1970s) was offered the
    1940s and 2000s, which their dates rule out (blind review 95, bad)."""
    lives = []
    for person in sentence.spans:
        if person.kind not in ("person", "name") or sentence.text[person.end : person.end + 2] != " (":
            continue
        match = _LIFE_SPAN.match(sentence.text, person.end + 1)
        if match and int(match.group(1)) < int(match.group(2)) <= int(match.group(1)) + 120:
            lives.append((int(match.group(1)), int(match.group(2))))
    if not lives:
        return None
    first, last = max(life[0] for life in lives), min(life[1] for life in lives)
    return (first, last) if first < last else None


MONTHS_BEFORE_DEATH = 12


def _months_between(first: tuple[int, int], last: tuple[int, int]) -> int:
    """Months from one (year, month) to a later one: (1624, 7) to (1625, 11) is 16."""
    return (last[0] - first[0]) * 12 + last[1] - first[1]


def _death_month(analysis: Analysis) -> tuple[int, int] | None:
    """(year, month) of the end of the life the opening brackets give, when they name its month: '– 16 November
    1625)' -> (1625, 11)."""
    opening = next((s for s in analysis.sentences if not s.is_heading), None)
    match = _LIFE_SPAN.search(opening.text[:200]) if opening is not None else None
    if match is None or _life_span(analysis) is None:
        return None
    return _month_of_year(match.group()[match.end(1) - match.start() :])


def _within_life(answer: str, life: tuple[int, int]) -> bool:
    """Does a decade ('1870s') open within the years of a life? The decade of the death counts too: "(1098 – 1179)
    … completed in the _____" (1170s) got the 1190s (review 64). (A year is only held to the death year: kept
    some years before the death, YEARS_BEFORE_DEATH.)"""
    decade = _DECADE.match(answer)
    return decade is not None and life[0] < int(decade.group(1)) <= life[1]


# Years a year of a life must lie before the death to be held to it: 'published in 1884', a year before the death,
# would else be the latest option every time, while 1960 for a death in 1964 keeps 1961-1964 above it. Two, not
# four: "(1644 – 1710) … visited him in _____" (1708) offered 1711 and 1712, past a death the article states
# (blind review 87), and two years left above the answer still keep it from being the latest.
YEARS_BEFORE_DEATH = 2


def _year_of_life(answer: str, life: tuple[int, int]) -> bool:
    """Is the answer one year inside a life, far enough before the death that years between them are left?"""
    return answer.isdigit() and life[0] < int(answer) <= life[1] - YEARS_BEFORE_DEATH


_SINCE_BEFORE = re.compile(
    r"\b(?:since|dat(?:es|ed|ing) back to) (?:the (?:start|end|beginning) of )?$", re.IGNORECASE
)


# "the early 2000s", "the mid-2000s", "the late 2000s": the years into its decade each part has come to
PART_OF_A_DECADE = {"early": 3, "mid": 6, "late": 9}
_PART_OF_A_DECADE = re.compile(r"\b(early|mid|late)(?:-| )$", re.IGNORECASE)


def _own_time(index: ArticleIndex, analysis: Analysis) -> int | None:
    """The article's own time: the latest year of its sentences that do not look ahead, leaving out, in a report of
    our times, a year its own clause looks ahead to. "… linking it to local heat-planning deadlines in 2026 and
    2028", "a recovery is unlikely before 2026", "the commission's next decision is due in June 2027" look ahead
    without a word of the future (blind reviews 93, 98: reports of early 2025 read as of 2026 and 2028)."""
    present = index.present
    if present is None or present < RECENT_YEARS_FROM:
        return present
    told = _latest_year_not_looked_ahead_to(AnalysisKey(analysis))
    # (a report that names no year of our times but those it looks ahead to gives no own time to go by)
    return present if told is None or told < RECENT_YEARS_FROM else min(present, told)


def _told_as_past(fact: Fact, own_time: int) -> bool:
    """Is the answer a time of the past: told in a sentence that does not look ahead, and no later than the
    article's own time?"""
    years = _years_told(fact.span.text)
    text = fact.sentence.text
    looks_ahead = FUTURE_WORDING.search(text) or _LOOKS_AHEAD.search(text)
    return bool(years) and not looks_ahead and max(years) <= own_time


# Words in a year's own clause that look ahead to it: "deadlines in 2026", "unlikely before 2026", "the next
# decision is due in June 2027", "his contract now runs until the end of 2028"
_AHEAD_IN_ITS_CLAUSE = re.compile(
    r"\b(?:deadlines?|due|unlikely|next|upcoming|(?:runs?|lasts?|continues?|remains?|valid) (?:\w+ )?until)\b",
    re.IGNORECASE,
)
_CLAUSE_MARK = re.compile(r"(?<!\d),|[;:()—–]")  # (never the comma of "210,000")


@lru_cache(maxsize=4)  # holds the analysis itself, so an id is never reused while cached
def _latest_year_not_looked_ahead_to(key: AnalysisKey) -> int | None:
    """The latest four-digit year of the article's years, dates and periods in sentences that do not look ahead,
    but for one whose own clause looks ahead to it."""
    found = []
    for sentence in key.analysis.sentences:
        text = sentence.text
        if _LOOKS_AHEAD.search(text) or FUTURE_WORDING.search(text):
            continue
        for span in sentence.spans:
            if span.kind not in ("year", "date", "range"):
                continue
            marks = list(_CLAUSE_MARK.finditer(text, 0, span.start))
            if _AHEAD_IN_ITS_CLAUSE.search(text[marks[-1].end() if marks else 0 : span.start]):
                continue
            found += [int(f.value) for f in figures_in(span.text) if f.digits == 4 and not f.grouped and not f.decimals]
    return max(found, default=None)


# "753 BC", "AD 105": a year of an era, written as years are: "1050 BC", never "1,050 BC".
_ERA_AFTER = re.compile(r"\s?(?:BC|BCE|AD|CE|B\.C\.|A\.D\.)(?!\w)")
_COMMON_ERA_AFTER = re.compile(r"\s?(?:AD|CE|A\.D\.)(?!\w)")  # (BC years of three digits keep wider options)
_ERA_BEFORE = re.compile(r"\b(?:AD|A\.D\.)\s$")
_A_SHARE = re.compile(r"(?:%|\bper ?cent)$", re.IGNORECASE)
_OF_A_WHOLE_AFTER = re.compile(r" of\b")


def year_like(fact: Fact) -> bool:
    """Is a bare number of three digits a year of the first millennium: before 'CE' or 'AD' ("Around 100 CE"), or
    after 'in', 'by', 'since', 'around' or 'dates from' and before a stop or what opens a clause ("reunified most
    of China by 979,", "After Trajan's death in 117,", "reappointed in 126 under Emperor Shun")? It then gets years
    near it, as a year does, never "1,220" and "1,270" (review 51) nor 164 for 117 (review 47)."""
    span, text = fact.span, fact.sentence.text
    if not (span.kind == "number" and span.text.isdigit() and len(span.text) == 3):
        return False
    if _COMMON_ERA_AFTER.match(text, span.end):
        return True  # "Around 100 CE he returned to Nanyang" (blind review 79 offered 150, 250 and 300)
    return (
        _TIME_BEFORE.search(text[: span.start]) is not None and _STOP_AFTER.match(text, span.end) is not None
        # ("limited by permit to around 160 a day": after "around", a stop or a pronoun tells a year from a count,
        # "Around 117 he built a bronze armillary sphere")
        and (_CLAUSE_AFTER.match(text, span.end) is not None or not _ROUGHLY_BEFORE_IT.search(text[: span.start]))
    )


# (or a pronoun or article that opens the clause after it: "and in 378 they destroyed a Roman army", review 62 —
# never "in 500 villages")
_CLAUSE_AFTER = re.compile(r"\s*(?:[,.;:)]|$|(?:they|he|she|it|we|his|her|its|their)\b)")
_ROUGHLY_BEFORE_IT = re.compile(r"\b(?:around|circa|c\.)\s$", re.IGNORECASE)
# ("was reappointed in 126 under Emperor Shun", blind review 79: a word that opens a phrase of time ends it too)
_STOP_AFTER = re.compile(
    r"\s*(?:[,.;:)]|$|(?:they|he|she|it|we|the|a|an|his|her|its|their|under|during|when|while|until)\b)"
)
# (never a ratio: "often about 1 in _____", "one in 200")
# review 57: "The earliest written record of the town dates from _____," (965) offered 1,110 and 724; review 72:
# "born in Basra around 965, when …" offered 1,110 as well
# ("was founded in about 905.", blind review 84 offered 634 and 1,130: a rough year after "in" too)
_TIME_BEFORE = re.compile(
    r"(?<!\d )(?<!one )\b(?:(?:in|by|since|until|till|after|before)(?: about| around| c\.)?|around|circa|c\.|"
    r"dat(?:es|ed|ing)(?: back)? (?:from|to))\s$",
    re.IGNORECASE,
)


def _amounts(fact: Fact, analysis: Analysis, count: int, rng: random.Random, ok: Callable[[str], bool]) -> list[str]:
    """An amount's wrong options, kept to what its measure (a quake's magnitude, an age), its unit and the whole
    the prompt gives it allow."""
    span, text = fact.span, fact.sentence.text
    rough = _ROUGHLY_BEFORE.search(text[max(0, span.start - 20) : span.start]) is not None
    value = value_of(span.text)
    if value is None:
        return []
    if "," not in span.text and (_ERA_AFTER.match(text, span.end) or _ERA_BEFORE.search(text[: span.start])):
        era_ok = ok
        ok = lambda option: "," not in option and era_ok(option)  # noqa: E731
    scale = scale_of(fact)
    steps = cycle_candidates(fact, value)
    bits = bit_size_candidates(fact, value)
    steps = steps or bits
    if scale is not None and scale.grid is not None:
        grid = scale.grid if figures_in(span.text)[0].decimals or scale.grid >= 1 else Decimal(1)
        steps = ([value - k * grid for k in range(1, 7)], [value + k * grid for k in range(1, 7)])
    whole = _whole_before(fact, analysis, value)
    figure = figures_in(span.text)[0]
    if steps is None and _in_half_points(figure, span.text[figure.end :] + text[span.end :]):
        # "With the match level at _____ points each" (6.5) offered 8.1 and 5.2 (review 45, bad): a score kept in
        # half points (chess, draws) takes no tenths; whole points off keep its half: 5.5, 7.5, 8.5
        steps = ([value - k for k in range(1, 7) if value > k], [value + k for k in range(1, 7)])
    unit = value / figure.value if figure.value else Decimal(1)
    # "within _____ of an active volcano" (100 kilometres) among 70, 80 and 90, "about _____" (10%) among 6%, 7%
    # and 8% (reviews 30, 45, 50): a power of ten has no round neighbour below it on its own grid, so the
    # factors fill that side with a run that leaves it the one round option
    round_answer = figure.value >= 10 and not figure.decimals and str(int(figure.value)).rstrip("0") == "1"
    round_answer = round_answer and span.text[figure.end :].strip().lower().split(" ")[0] not in ROLL_OVER
    grain = _round_grain(figure) if round_answer or _EVERY_BEFORE.search(text[: span.start]) else None
    if round_answer and grain is not None and steps is None:
        # on its half-step, nearest first: 100 -> 50, 150, 200; 10% -> 5%, 15%, 20%
        at_value = figure.value
        steps = ([at_value - k * grain for k in range(1, 10) if at_value > k * grain],
                 [at_value + k * grain for k in range(1, 7)])
    at = fact.sentence.index
    record = record_bound(fact, analysis.sentences[at - 1] if 0 < at <= len(analysis.sentences) else None)
    need = bounded_toward(fact) | ({record[1]} if record else set())
    part = _part_told_after(fact)
    bounds = _range_holding(fact, value) if unit == 1 else None
    came_to = _where_the_change_came_to(fact)
    if came_to is not None:
        need = need | {1 if came_to > value else -1}

    def allowed(option: Decimal) -> bool:
        if bounds is not None and not bounds[0] < option < bounds[1]:
            return False  # "between 150 and 300 individual falls, most often given as about _____" (275)
        if whole is not None and option * unit >= whole:
            return False  # "About _____ of the affected customers" under "hackers stole data of 2.3 million"
        if came_to is not None and (option * unit - came_to) * (value - came_to) <= 0:
            return False  # "426 human rabies deaths in 2023, up from _____" (359) offered 467 (blind review 97)
        if part is not None and option * unit <= part:
            return False  # "_____ have died, nine of them children" (eleven) offered eight (review 64)
        if record is not None and (option * unit - record[0]) * record[1] >= 0:
            return False  # "The list peaked at _____" never below the 7.64 million the prompt gives
        if grain is not None and option % grain:
            return False
        return scale is None or allowed_by(scale, value, option)

    spread = BIT_SIZE_SPREAD if bits is not None and steps is bits else WIDEST_FACTOR
    return amount_distractors(
        span.text, span.kind, count, rng, ok, rough, allowed=allowed, steps=steps, need=need, spread=spread
    )


# "Eleven people have died, nine of them children", "4,318 cases …, including 612 in the past two weeks": a part of
# the answer told after it, in its clause
_PART_AFTER = re.compile(r"[^.;:]{0,40}?,\s+(?:(?:including|among them)\s+([\w,]+)\b|([\w-]+) of (?:them|whom)\b)")


# A range of plain figures: "150 and 300", "150 to 300", "150–300"
_PLAIN_RANGE = re.compile(r"\d[\d,]*(?:\.\d+)?(?: and | to |\s?[–-]\s?)\d[\d,]*(?:\.\d+)?")


def _range_holding(fact: Fact, value: Decimal) -> tuple[Decimal, Decimal] | None:
    """The ends of a range of plain figures its sentence gives that the answer lies in: "between 150 and 300
    individual falls, most often given as about _____" (275) offered 385 and 344, which the stem rules out (blind
    review 81)."""
    for span in fact.sentence.spans:
        if span.kind != "range" or span == fact.span or not _PLAIN_RANGE.fullmatch(span.text):
            continue
        low, high = (figure.value for figure in figures_in(span.text))
        if low < value < high:
            return low, high
    return None


# "recorded 426 human rabies deaths in 2023, up from _____ the year before": where a change started, after the figure
# it came to, with only a year or a date between them (a change told without one is held by side_rules already)
# ("rose from _____ to 5" tells its end after it: only "up from" and "down from" follow the figure a change came to)
# (a hedge may stand before it: "1.6 million tick bites in 2024, up from roughly _____" offered 1.7 and 1.8 million,
# blind review 99)
_STARTED_FROM = re.compile(
    r"\b(?:up|down) from(?: about| around| roughly| some| nearly| almost| just| approximately| an estimated)? $"
)
# a year between them, or a date: "in 2023", "in March 2024", "on 4 March 2024", "on March 4, 2024"
_TIME_BETWEEN = re.compile(r"(?:(?:[A-Z][a-z]+\.? )?\d{1,2},? )?(?:[A-Z][a-z]+\.? )?\d{4}\b")
_ASIDE_IN_BRACKETS = re.compile(r"\([^()]*\)")


def _where_the_change_came_to(fact: Fact) -> Decimal | None:
    """The figure a change came to, for an answer that is where it started ("up from _____")."""
    span, text = fact.span, fact.sentence.text
    if not _STARTED_FROM.search(text[: span.start]):
        return None
    kinds = ("number", "quantity") if span.kind in ("number", "quantity") else (span.kind,)
    before = [s for s in fact.sentence.spans if s.end <= span.start and s.kind in kinds]
    if not before:
        return None
    between = _TIME_BETWEEN.sub("", _ASIDE_IN_BRACKETS.sub("", text[before[-1].end : span.start]))
    return None if re.search(r"\d", between) else value_of(before[-1].text)


def _part_told_after(fact: Fact) -> Decimal | None:
    """The part of a count the sentence tells right after it: no wrong option may be that part or less."""
    match = _PART_AFTER.match(fact.sentence.text, fact.span.end)
    return value_of(match.group(1) or match.group(2)) if match else None


_POINTS_AFTER = re.compile(r"\s?(?:points?|pts)\b")


def _in_half_points(figure: Figure, after: str) -> bool:
    """Is the answer a score of whole and half points ('6.5 points'), written to the half?"""
    return figure.decimals == 1 and figure.value % 1 == Decimal("0.5") and _POINTS_AFTER.match(after) is not None


# "a census every _____" (10 years), "6.5 °C for every _____ of height" (1,000 metres): a period or a rate's base set
# by convention, whose wrong options are as round as it is: 5, 20, 30 years — never 6, 7 or 9 (review 41).
_EVERY_BEFORE = re.compile(r"\bevery $", re.IGNORECASE)


def _round_grain(figure: Figure) -> Decimal | None:
    """Half the step a round whole figure is written on: 10 -> 5, 1,000 -> 500, 40 -> 5; None for 7 or 2.5."""
    if figure.decimals or figure.in_words or figure.value % 10:
        return None
    written = str(int(figure.value))
    return Decimal(10) ** (len(written) - len(written.rstrip("0"))) / 2


# "About _____ of the affected customers": a part of a group the prompt has counted already.
_PART_OF_AFTER = re.compile(r" of (?:the|its|their|all|these|those) ")
_SCALE_AFTER = re.compile(r"\s?(?:million|billion|thousand|trillion|bn|m)\b")


def _whole_before(fact: Fact, analysis: Analysis, value: Decimal) -> Decimal | None:
    """The least figure above the answer in the title or the sentence before, when the answer is a part of a
    group ('_____ of the affected customers'): the whole it is a part of, which no wrong option may pass."""
    if fact.span.kind == "percent" or not _PART_OF_AFTER.match(fact.sentence.text, fact.span.end):
        return None
    at = fact.sentence.index
    before = analysis.sentences[at - 1].text if 0 < at <= len(analysis.sentences) else ""
    context = f"{analysis.document.title} {before}"
    larger = []
    for figure in figures_in(context):
        scale = _SCALE_AFTER.match(context, figure.end)
        whole = value_of(context[figure.start : scale.end() if scale else figure.end])
        if whole is not None and whole > value:
            larger.append(whole)
    return min(larger, default=None)


def term_distractors(
    answer: str, index: ArticleIndex, count: int, rng: random.Random, ok: Callable[[str], bool]
) -> list[str]:
    """Other key terms of the article of the same sort: "ionic bond" gets "covalent bond" (same head word),
    "evaporation" gets "condensation" (same ending); a layer is never offered among processes."""
    last = answer.split()[-1].lower()

    def same_sort(other: str) -> bool:
        other_last = other.split()[-1].lower()
        if " " in answer or " " in other:
            return other_last == last and " " in answer and " " in other
        return len(last) > 6 and len(other_last) > 6 and other_last[-4:] == last[-4:]

    found, seen = [], {answer.lower()}
    for other, _, _ in index.names.get("term", ()):
        lowered = other.lower()
        if lowered in seen or not same_sort(other) or answer.lower() in lowered or lowered in answer.lower():
            continue  # "hyperinflation" for "inflation" holds the answer inside it
        seen.add(other.lower())
        shaped = other[0].upper() + other[1:] if answer[0].isupper() else other[0].lower() + other[1:]
        if ok(shaped):
            found.append(shaped)
    rng.shuffle(found)
    return found[:count]


# "the Chinese port of ___", "the French city of ___": every option a town of that country.
_PEOPLES_TOWN = re.compile(r"\b([A-Z][a-z]+) (?:port|city|town|capital|village|harbour|harbor) of $")


def _acceptable(fact: Fact, index: ArticleIndex) -> Callable[[str], bool]:
    """The test every distractor passes: unlike the answer, not in its sentence, not true by the article."""
    answer, kind, sentence = fact.span.text, fact.span.kind, fact.sentence.text
    key, sentence_key = normalise(answer), normalise(sentence)
    taken_texts = index.texts.get(kind, frozenset())
    taken_values = index.values.get(kind, frozenset()) if kind not in ("date", "range") else frozenset()
    if kind == "year":  # a year the article names anywhere is true of something: "2020" in "March 2020"
        taken_values = taken_values | {Decimal(y) for y in index.years}
    article_an = re.search(r"\b(an?)\s+$", sentence[: fact.span.start], re.IGNORECASE)
    numeric = kind in NUMERIC_KINDS
    sides = side_rules(fact) if numeric else []
    within = stated_within(sentence, fact.span.end) if kind == "place" else ()
    # "_____, Turkey": the sentence says which country, so every option must be a city of it (not Kabul).
    country = next((c for c in map(country_of, within) if c), None)
    demonym = _PEOPLES_TOWN.search(sentence[: fact.span.start]) if kind == "place" else None
    country = country or (PEOPLES.get(demonym.group(1), (None,))[0] if demonym else None)
    # "Work began at _____, New York": an American town, so no Milan for Rome; a town the article names may do.
    in_a_state = any(place_type(part) == "us_state" for part in within)
    # "in _____, Jiangsu province, China": a province no list here can check, so no option can be vouched for
    unchecked_part = any(country_of(part) is None and place_type(part) != "us_state" for part in within)
    before = sentence[: fact.span.start]
    present_day = kind == "place" and _PRESENT_DAY.search(before) is not None
    # "the Qing dynasty of _____" is China by definition: no rival is worth asking about
    by_definition = kind == "place" and _BY_DEFINITION.search(before) is not None
    # "… enters Serbia, where … at _____": the answer's own country is named, so every option must lie in it
    home = located_in(fact.span.text) if kind == "place" else None
    named_home = home is not None and any(
        s.kind == "place" and s != fact.span and country_of(s.text) == home != country_of(fact.span.text)
        for s in fact.sentence.spans
    )

    def ok(option: str) -> bool:
        other = normalise(option)
        if not other or other == key or contains_phrase(other, key) or contains_phrase(key, other):
            return False
        if contains_phrase(sentence_key, other):
            return False
        if numeric and (other in taken_texts or value_of(option) in taken_values or not same_format(answer, option)):
            return False
        if kind == "range" and backwards(option):
            return False
        if country is not None and located_in(option) != country:
            return False
        if in_a_state and located_in(option) not in (None, "United States"):
            return False
        if unchecked_part and not in_a_state or by_definition:
            return False
        if present_day and (option in HISTORIC_STATES or (country_of(answer) and not country_of(option))):
            return False
        if named_home and located_in(option) != home:
            return False
        if kind == "place" and (option.startswith(answer) or answer.startswith(option)):
            return False  # "Budapest" for "Buda": the answer, grown
        if not all(on_answers_side(option) for on_answers_side in sides):
            return False
        return not (article_an and needs_an(option) != needs_an(answer))

    return ok


# "in present-day _____", "modern-day", "today's": a country of today, never Persia.
_PRESENT_DAY = re.compile(r"\b(?:present[- ]day|modern[- ]day|today's|today’s)\s+$", re.IGNORECASE)
_BY_DEFINITION = re.compile(r"\bdynast(?:y|ies) of\s+$", re.IGNORECASE)


def _heading_over(fact: Fact, analysis: Analysis) -> str:
    """The heading of the part the fact's sentence stands in, normalised: under "Erosion", abrasion is one of its
    kinds and "Erosion" is no wrong answer beside it (review 30)."""
    at = fact.sentence.index
    for sentence in reversed(analysis.sentences[: at if 0 <= at <= len(analysis.sentences) else 0]):
        if sentence.is_heading:
            return normalise(sentence.text)
    return ""


def _stem_rates(fact: Fact, analysis: Analysis) -> frozenset[Decimal]:
    """Shares the prompt may state besides the answer: in the title, the sentence before, the sentence itself."""
    if fact.span.kind not in ("number", "money", "quantity"):
        return frozenset()
    at = fact.sentence.index
    before = analysis.sentences[at - 1].text if 0 < at <= len(analysis.sentences) else ""
    return rates_in(" ".join((analysis.document.title, before, fact.sentence.text)))


def _rounder(figure: Figure, fives: bool = True) -> Callable[[Decimal], Decimal]:
    """Round a new amount as precisely as the answer is written: 8.2 -> one decimal, 28,500 -> hundreds."""
    if figure.decimals:
        quantum = Decimal(1).scaleb(-figure.decimals)
        return lambda value: value.quantize(quantum, rounding=ROUND_HALF_UP)
    written = str(int(figure.value))
    significant = max(1, len(written.rstrip("0")))
    # "around 75%", "a 25% credit", "350 staff": a figure of two digits whose last is a five is written on fives, and
    # so are its rivals ("56%" or "29%" beside them stands apart: blind reviews 92 and 93)
    # (two figures only: "945" or "4,095 metres" are counted or measured, not written on fives)
    five = Decimal(5).scaleb(len(written) - significant) if fives and _on_fives(figure) else 0

    def to_significant(value: Decimal) -> Decimal:
        if value < 1:
            return Decimal(0)
        if five:
            return ((value / five).quantize(Decimal(1), rounding=ROUND_HALF_UP) * five).quantize(Decimal(1))
        places = len(str(int(value))) - significant
        return (value.scaleb(-places).quantize(Decimal(1), rounding=ROUND_HALF_UP)).scaleb(places).quantize(Decimal(1))

    return to_significant


def _on_fives(figure: Figure) -> bool:
    """Is a whole amount written in two figures, the last a five: 75, 350, 25,000?"""
    written = str(int(figure.value)).rstrip("0")
    return not figure.decimals and len(written) == 2 and written[-1] == "5"


def _grain(figure: Figure) -> Decimal | None:
    """The coarser step an amount is written on: $1.375 million in eighths, 4.25% in quarters; 8.2% has none."""
    quantum = Decimal(1).scaleb(-figure.decimals)
    if figure.decimals < 2:
        return None
    return next((g for g in GRAINS if g > quantum and g % quantum == 0 and figure.value % g == 0), None)


def _trailing_zero(value: Decimal, figure: Figure, zero_ok: bool = True) -> bool:
    """'$1.100 million' beside '$1.375 million': a nought the answer's form does not have (`zero_ok`: it has).
    One decimal may end in nought: '4.0%' beside '3.2%' is how rates are written."""
    if figure.decimals < 2:
        return False
    quantum = Decimal(1).scaleb(-figure.decimals)
    ends_in_zero = str(value.quantize(quantum))[-1] == "0"
    return ends_in_zero and not (zero_ok and str(figure.value.quantize(quantum))[-1] == "0")


def amount_distractors(
    text: str,
    kind: str,
    count: int,
    rng: random.Random,
    ok: Callable[[str], bool],
    rough: bool = False,
    allowed: Callable[[Decimal], bool] | None = None,
    steps: tuple[list[Decimal], list[Decimal]] | None = None,
    need: frozenset[int] = frozenset(),
    fives: bool = True,
    spread: Decimal = WIDEST_FACTOR,
) -> list[str]:
    """'8.2%' -> '6.6%', '10.3%', '12.3%'; '$4.7 billion' -> '$3.5 billion'…; '5,000 tonnes' -> '4,000 tonnes'.

    Every option is at least MIN_GAP off the answer, ROUGH_GAP for a `rough` one ("about 10%"), and a value
    the measure `allowed`; `steps` (below, above; nearest first) replace the usual factors where the measure
    has its own grid ("a 52-week trial": 26, 104, 156 weeks).
    """
    figures = figures_in(text)
    if len(figures) != 1:
        return []
    figure = figures[0]
    if figure.value >= 10**15:
        return []  # no article states such a figure as a fact; decimal rounding would also overflow
    value, round_like = figure.value, _rounder(figure, fives)
    suffix = text[figure.end :].strip().lower()
    scaled = suffix.split(" ")[0] in SCALE_VALUES or re.match(r"(bn|m|mn|tn|k)\b", suffix) is not None
    has_unit = bool(re.search(r"[a-z]", suffix))
    roll_over = ROLL_OVER.get(suffix.split(" ")[0], 0)
    bound = roll_over if value < roll_over else None
    if has_unit and value == 1 and not scaled:  # "1 metre": any other figure needs "metres", a changed form
        return []

    grain = _grain(figure)
    # (a hundredth that ends in nought or five sits on twentieths by chance, "22.10": no grid it was written on)
    precise = _precise(figure) and (grain is None or grain < FINEST_GRID) and not scaled
    precise = precise and kind not in ("money", "percent")
    # a measure's own grid is never a near miss; nor is a close rival of a precise figure ("about 1.24 kg per litre")
    gap = (ROUGH_GAP if rough and steps is None and not precise else MIN_GAP) * value
    if rough and not figure.decimals and len(str(int(value)).rstrip("0")) == 1:
        # "about 90,000" is written to the nearest 10,000: 80,000 and 100,000 are its neighbours, not near misses
        gap = min(gap, Decimal(10) ** (len(str(int(value))) - 1))
    # "4.0%" and "magnitude 7.0" are how rates and scales are written; "3.0 million" and "106.0 hectares" are not
    bare_rate = kind == "percent" or not has_unit and not scaled

    def fits(candidate: Decimal) -> bool:
        if candidate <= 0 or candidate == value or abs(candidate - value) < gap:
            return False
        if not value / spread <= candidate <= value * spread:  # rounding can push 2,700% to 3,000%: past three times
            return False
        if kind == "percent" and value <= 100 and candidate >= 100:
            return False
        if scaled and value >= 1 and not 1 <= candidate < 1000:  # "$915 million", not "$1,144 million"
            return False
        if has_unit and candidate == 1 and value != 1:  # "1 tonnes"
            return False
        if bound is not None and candidate >= bound:
            return False
        if _trailing_zero(candidate, figure) or allowed is not None and not allowed(candidate):
            return False
        if figure.decimals == 1 and candidate == int(candidate) and value != int(value) and not bare_rate:
            return False  # "2,023.0 metres" beside "2,528.7 metres": a nought only a generator writes
        written = replace_figure(text, figure, candidate)
        return written is not None and ok(written)

    lower = _distinct(round_like(value * Decimal(f)) for f in LOWER_FACTORS)
    # bounded above ("£_____ of the £14 million grant"), the answer needs a wrong value between it and the bound
    upper = _distinct(round_like(value * Decimal(f)) for f in (NEAR_UPPER if 1 in need else ()) + UPPER_FACTORS)
    if precise:  # (where too few close rivals fit, the usual ones)
        close = [_distinct(round_like(value * Decimal(f)) for f in side) for side in (PRECISE_LOWER, PRECISE_UPPER)]
        if sum(fits(v) for side in close for v in side) >= count:
            lower, upper = close
    if grain is not None:  # quarters: 4.25% -> 3.75%, 4.75%; never the 4.00% a rounding would give
        # an odd number of steps off would end in the nought the answer lacks: 1.375 -> 1.500
        step = grain if _trailing_zero(value, figure, zero_ok=False) else 2 * grain
        on_grain = ([value - k * step for k in range(1, 9)], [value + k * step for k in range(1, 9)])
        if sum(fits(v) for v in on_grain[0]) + sum(fits(v) for v in on_grain[1]) >= count:
            lower, upper = on_grain  # (a grain too fine for the gap, 56.55% in twentieths, falls back to factors)
    if steps is not None:
        lower, upper = steps
    elif bound is not None and value == int(value):  # "10 months": rounding leaves nothing above but 11
        step = next(s for s in (10, 5, 1) if value % s == 0 and value + s < bound or s == 1)
        upper = sorted(_distinct([*upper, *(value + k * step for k in range(1, 4))]))
    lower, upper = [v for v in lower if fits(v)], [v for v in upper if fits(v)]
    if steps is None:  # a measure's own grid is spaced as it must be ("a 52-week trial": 26, 104, 156 weeks)
        twins = min(_written_step(figure), MIN_GAP * value)  # 14 and 15 of 13 churches are no twins
        lower, upper = (_apart(side, twins) for side in (lower, upper))
    chosen = pick_balanced(lower, upper, count, rng, value, need)
    if fives and _on_fives(figure) and len(chosen) < count:
        # ("15 hours": too few fives lie near it, 10 and 20; its rivals are then written as the answer's two figures)
        return amount_distractors(text, kind, count, rng, ok, rough, allowed, steps, need, fives=False, spread=spread)
    return [t for t in (replace_figure(text, figure, v) for v in chosen) if t]


def _precise(figure: Figure) -> bool:
    """Is the amount written as a close measurement: to the hundredth, in PRECISE_FIGURES figures or more? '22.10',
    '1.24', '−273.15'; not '0.04', '8.2', '171.5' nor '28,500', whose rivals may lie farther off (a share, '56.55%',
    or a sum of money, '$2.07 billion', is a count of its whole rather than a measurement, and keeps its own)."""
    if figure.in_words or figure.decimals < 2:
        return False
    return len(str(figure.value).replace(".", "").lstrip("-0")) >= PRECISE_FIGURES


def _apart(values: list[Decimal], twins: Decimal) -> list[Decimal]:
    """Values (nearest the answer first) farther than `twins` from each other: more than one step of the
    answer's last digit, where that step is under MIN_GAP of it.

    "roughly _____ in the previous election" (35 percent) offered 25 and 26 percent, "2.4 per cent" 1.8 and 1.9
    per cent, "13,000 students" 9,800 and 10,000 (review 49 and later): two factors that round to neighbours
    on the answer's own grid give twins, one of them plainly filler, and the answer is left one of three.
    """
    kept: list[Decimal] = []
    for value in values:
        if all(abs(value - other) > twins for other in kept):
            kept.append(value)
    return kept


def _written_step(figure: Figure) -> Decimal:
    """The step of the answer's last written digit: 2.4 -> 0.1, 35 -> 1, 13,000 -> 1,000."""
    if figure.decimals or not figure.value:
        return Decimal(1).scaleb(-figure.decimals)
    whole = str(int(figure.value))
    return Decimal(10) ** (len(whole) - len(whole.rstrip("0")))


def multiplier_distractors(text: str, count: int, rng: random.Random, ok: Callable[[str], bool]) -> list[str]:
    """'five-fold' -> 'three-fold', 'seven-fold'; '3-fold' -> '2-fold', '4-fold'; 'twice' -> 'three times'."""
    if text.lower() in MULTIPLIER_WORDS:
        value = MULTIPLIER_WORDS[text.lower()]
        written = {n: f"{int_to_words(n)} times" for n in range(2, 11)}
        written = {n: (w.capitalize() if text[0].isupper() else w) for n, w in written.items()}
        lower = [n for n in range(value - 1, 1, -1)]
        upper = [n for n in range(value + 1, 11)]
        chosen = pick_balanced(
            [Decimal(n) for n in lower if ok(written[n])], [Decimal(n) for n in upper if ok(written[n])], count, rng
        )
        return [written[int(n)] for n in chosen]
    figures = figures_in(text)
    if len(figures) != 1:
        return []
    figure = figures[0]
    if figure.decimals:
        return amount_distractors(text, "multiplier", count, rng, ok)
    value = int(figure.value)
    steps = (1, 2, 3, 4, 5) if value < 20 else (value // 10, value // 5, value // 4, value // 2)

    def fits(candidate: int) -> bool:
        written = replace_figure(text, figure, Decimal(candidate))
        return candidate >= 2 and written is not None and ok(written)

    lower = [Decimal(value - s) for s in steps if fits(value - s)]
    upper = [Decimal(value + s) for s in steps if fits(value + s)]
    if value in (10, 100):
        # "a tenfold change" among ninefold, twelvefold and thirteenfold (review 43): a power of ten is the one
        # round factor unless the others are round too: 10 -> fivefold, twofold, twentyfold, fiftyfold
        lower = [Decimal(n) for n in (value // 2, value // 5) if fits(n)]
        upper = [Decimal(n) for n in (value * 2, value * 5) if fits(n)]
    chosen = pick_balanced(lower, upper, count, rng)
    return [t for t in (replace_figure(text, figure, v) for v in chosen) if t]


def range_distractors(
    text: str,
    count: int,
    rng: random.Random,
    cap: int | None,
    ok: Callable[[str], bool],
    fixed: frozenset[int] = frozenset(),
    apart: bool = True,
) -> list[str]:
    """'1950-1953' -> '1948-1951'; '1950–53' -> '1947–50'; '10–20' -> '5–10', '15–30' (the shape kept).

    A year range keeps an end the prompt states elsewhere (`fixed`): "signed in 1370 … ended the war of
    1367–1370" gets 1365–1370, never 1364–1367, which the prompt itself rules out. A range of amounts is kept
    `apart` from the answer: none holds it or lies inside it ("1 to 3 µm" is half right for "1 to 2 µm").
    """
    figures = figures_in(text)
    if len(figures) != 2:
        return []
    first, last = figures
    if is_year(first) and first.digits == 4 and (is_year(last) and last.digits == 4 or last.digits == 2):
        abbreviated = last.digits == 2
        end = int(first.value) // 100 * 100 + int(last.value) if abbreviated else int(last.value)
        end += 100 if end < first.value else 0  # "1998–03" ends in 2003
        if end - int(first.value) == 1 and (end in fixed or int(first.value) in fixed):
            # "the deadliest season was _____, when an avalanche on 23 February 1999 …" (1998-99, review 51): a
            # season's end kept gives '1997-99', no season; moved, the stated date rules it out: no options
            return []
        options = []
        for shift in RANGE_SHIFTS:
            new_start, new_end = int(first.value) + shift, end + shift
            if end in fixed:
                new_end = end
            elif int(first.value) in fixed:
                new_start = int(first.value)
            if new_start >= new_end or (cap is not None and new_end > cap):
                continue
            ending = f"{new_end % 100:02d}" if abbreviated else str(new_end)
            written = text[: first.start] + str(new_start) + text[first.end : last.start] + ending + text[last.end :]
            if ok(written):
                options.append((shift, written))
        lower = [Decimal(s) for s, _ in options if s < 0]
        upper = [Decimal(s) for s, _ in options if s > 0]
        by_shift = dict(options)
        return [by_shift[int(s)] for s in pick_balanced(lower, upper, count, rng)]
    if first.decimals != last.decimals:
        return []  # "1.5 to 3 teslas": a wrong end rounds to "1.2 to 2" or "2.0 to 4", arbitrary or off its form
    step = _range_step(first, last, text)
    if _a_band_around(first, last):
        return _band_distractors(text, first, last, count, rng, ok)
    candidates: list[tuple[Decimal, str]] = []
    for factor in LOWER_FACTORS + UPPER_FACTORS:
        low, high = (
            (end.value * Decimal(factor) / step).quantize(Decimal(1), rounding=ROUND_HALF_UP) * step
            for end in (first, last)
        )
        written = _both(text, first, last, low, high) if 0 < low < high else None
        if not written or apart and nested(written, text):
            continue
        if ok(written) and written not in (t for _, t in candidates):
            candidates.append((Decimal(factor), written))
    lower = [f for f, _ in candidates if f < 1]
    upper = [f for f, _ in candidates if f > 1]
    by_factor = dict(candidates)
    chosen = [by_factor[f] for f in pick_balanced(lower, upper, count, rng)]
    own_ends = {first.value, last.value}
    if len(chosen) > 1 and _an_end_all_share(chosen, text):
        lower = _ends_unshared([(f, t) for f, t in candidates if f < 1], own_ends)
        upper = _ends_unshared([(f, t) for f, t in candidates if f > 1], own_ends)
        chosen = [by_factor[f] for f in pick_balanced(lower, upper, count, rng)]
    return chosen


def _a_band_around(first: Figure, last: Figure) -> bool:
    """Is the range a band around a round whole: '96% and 104%' of an average, '990 to 1,010'? Its centre is a
    power of ten from 100 up, and it spans at most half of that centre."""
    centre, half = (first.value + last.value) / 2, (last.value - first.value) / 2
    whole = Decimal(10) ** max(2, len(str(int(centre))) - 1) if centre >= 1 else Decimal(0)
    return centre == whole and 0 < half <= centre / 4


BAND_WIDTHS = ("0.5", "1.5", "2", "2.5", "3")  # a band's rivals, as a share of its width: narrower and wider


def _band_distractors(
    text: str, first: Figure, last: Figure, count: int, rng: random.Random, ok: Callable[[str], bool]
) -> list[str]:
    """'96% and 104%' -> '98% and 102%', '94% and 106%', '90% and 110%': a band around its centre keeps the centre.

    "Rainfall between _____ of the LPA is classed as normal" (96% and 104%) offered 72% and 78%, 76% and 84%, 86% and
    94% (blind review 90, bad): normal is about all of the average, so only the band around 100% could be right;
    bands of another width around it are the real choice (one inside another is no half-right answer here: a band
    that defines a class is that band).
    """
    centre, half = (first.value + last.value) / 2, (last.value - first.value) / 2
    # widths on the roundest grid that halves the answer's: 96-104 moves by twos, 90-110 by fives
    finest = Decimal(1).scaleb(-max(first.decimals, last.decimals))
    grids = [finest * g * Decimal(10) ** k for k in range(7) for g in ROUND_GRIDS]
    step = max((g for g in grids if g <= half / 2 and half % g == 0), default=finest)
    by_share: dict[Decimal, str] = {}
    for share in map(Decimal, BAND_WIDTHS):
        width = (half * share / step).quantize(Decimal(1), rounding=ROUND_HALF_UP) * step
        if not 0 < width < centre or width == half:
            continue
        written = _both(text, first, last, centre - width, centre + width)
        if written and ok(written) and written not in by_share.values():
            by_share[share] = written
    lower = [s for s in by_share if s < 1]
    upper = [s for s in by_share if s > 1]
    return [by_share[s] for s in pick_balanced(lower, upper, count, rng)]


def _an_end_all_share(options: list[str], answer: str) -> bool:
    """Do all the wrong ranges share an end the answer lacks there ('2 to 8', '2 to 9', '2 to 10' for '1 to 5')?
    (An end shared across places, '8 to 10', '10 to 12', '10 to 14' for '6 to 8', makes no odd one out.)"""
    ends = [tuple(f.value for f in figures_in(text)) for text in (answer, *options)]
    return any(len({end[place] for end in ends[1:]}) == 1 and ends[1][place] != ends[0][place] for place in (0, 1))


def _ends_unshared(candidates: list[tuple[Decimal, str]], own_ends: set[Decimal]) -> list[Decimal]:
    """The factors of wrong ranges (nearest first) whose ends no nearer one has, unless the answer has it too.

    "takes between _____" (four and nine months) offered five and ten, five and eleven, five and twelve months;
    "roughly _____ of every 10,000 courses" (1 to 5) offered 2 to 8, 2 to 9, 2 to 10 (blind reviews 80, 90): an end
    every wrong option shares and the answer lacks leaves the answer the odd one out.
    """
    kept: list[Decimal] = []
    taken: set[Decimal] = set()
    for factor, written in candidates:
        ends = {f.value for f in figures_in(written)} - own_ends
        if ends & taken:
            continue
        kept.append(factor)
        taken |= ends
    return kept


ROUND_GRIDS = (Decimal(1), Decimal(2), Decimal(5))
ROUND_SPAN = 2  # the lower end holds at least two steps of the grid: 10–20 moves by fives, not tens


def _range_step(first: Figure, last: Figure, text: str = "") -> Decimal:
    """Both ends of a wrong range move on one grid, as round as the answer's own ends.

    "25 to 30 million years" offered 29 to 35, "between 24 and 72 hours" 31 and 94, "10 and 30 micrometres" 12
    and 35 (reviews 41, 55): the answer's ends were round and the wrong ones were not, so the answer stood out.
    The grid is the coarsest round step (1, 2 or 5 times a power of ten, or the day a span of hours fills)
    that both ends sit on, fine enough that the lower end spans ROUND_SPAN steps: 25–30 moves by fives, 10–20
    by fives, 30–50 by tens, 24–72 hours by half-days, 18–29 by ones.
    """
    finest = Decimal(1).scaleb(-max(first.decimals, last.decimals))
    low = min(first.value, last.value)
    unit = _UNIT_AFTER_RANGE.match(text[last.end :]) if text else None
    cycle = CYCLES.get(unit.group(1).lower()) if unit else None
    grids = [finest * g * Decimal(10) ** k for k in range(7) for g in ROUND_GRIDS]
    if cycle:
        grids += [Decimal(cycle[0]), Decimal(cycle[0]) / 2]
    fitting = [
        g for g in grids if g >= finest and low / g >= ROUND_SPAN and all(f.value % g == 0 for f in (first, last))
    ]
    return max(fitting, default=finest)


_UNIT_AFTER_RANGE = re.compile(r"[- ]?([A-Za-z]+)")


def _both(text: str, first: Figure, last: Figure, low: Decimal, high: Decimal) -> str | None:
    """Rewrite both ends of a range, the later one first so the earlier offsets still hold."""
    with_last = replace_figure(text, last, high)
    return replace_figure(with_last, first, low) if with_last else None


def _distinct(values: object) -> list[Decimal]:
    seen: list[Decimal] = []
    for value in values:  # type: ignore[attr-defined]
        if value not in seen:
            seen.append(value)
    return seen
