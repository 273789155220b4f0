"""Wrong dates and years near the true one, written exactly as the answer writes its date."""

from __future__ import annotations

import calendar
import random
import re
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal

from quizgen.questions.numbers import (
    MONTH_NAMES,
    WEEKDAYS,
    Figure,
    figures_in,
    month_matches,
    month_number,
    normalise,
    pick_balanced,
    replace_figure,
    weekday_matches,
)

# Associated Press abbreviations, the usual style of "Aug. 20": five months are never shortened.
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
YEAR_STEPS = (1, 2, 3, 4, 5, 6, 7, 8)
DECADES_OFF = 3
# A forecast year at most this far past the article's own time gets years near it, not round ones far off.
NEAR_FUTURE = 10
# The months of a date are changed together with its day, so no part is shared by most options and
# gives the answer away by majority ("26 Jan", "12 Jan", "26 Mar": 26 and Jan win).
DAY_TRIES = 8
# The months a date's rivals come from: those around its own, nearest first.
NEAR_MONTHS = (-1, 1, -2, 2, -3, 3)
# The years a month of a year's rivals come from, nearest first.
YEAR_SHIFTS = (-1, 1, -2, 2, -3, 3)


def year_candidates(year: int, cap: int | None, step: int = 1) -> tuple[list[Decimal], list[Decimal]]:
    """Years below and above `year`, nearest first, none after `cap` (the article's latest year)."""
    lower = [Decimal(year - k * step) for k in YEAR_STEPS if year - k * step > 0]
    upper = [Decimal(year + k * step) for k in YEAR_STEPS if cap is None or year + k * step <= cap]
    return lower, upper


def year_distractors(
    text: str,
    count: int,
    rng: random.Random,
    cap: int | None,
    ok: Callable[[str], bool],
    after: int | None = None,
    cycle: int = 1,
    floor: int | None = None,
    need: frozenset[int] = frozenset(),
) -> list[str]:
    """'2018' -> '2016', '2017', '2015'; '1990s' -> '1970s', '1980s', '2000s'; keeps every other word.

    No option falls before `floor` (the article's earliest year) nor, a decade, ends before it.
    A year ahead of the article's own time (`after`: "may remain by 2100" in a text of 2022) gets only
    years after that time, as round as the answer: 2050, 2075, 2150 — never 1700, nor a year gone by; a near
    one ("arrive in 2030", launched in 2024) years near it: 2028, 2031. A year of an event held every `cycle`
    years (the 2022 World Cup) gets other years of the cycle: 2014, 2018.
    """
    years = [f for f in figures_in(text) if is_year(f)]
    if len(years) != 1:
        return []
    figure = years[0]
    year = int(figure.value)
    decade = text[figure.end : figure.end + 1] == "s" and year % 10 == 0
    step = cycle  # "2018"; "1990s" moves by decades, "1800s" by centuries, "2000s" by decades (a century unended)
    if decade:
        step = 100 if year % 100 == 0 and year < 2000 else 10
    elif after is not None:
        step = future_step(year) if year - after > NEAR_FUTURE else 1
        cap = None
    if cap is not None:
        cap -= 1 if step == 10 else 0  # a year past the article's own is allowed, never the decade it would open
        cap = cap - cap % step
    lower, upper = year_candidates(year, cap, step)
    if decade:
        # "commissioned in the late _____" (1920s) got the 1880s, "the 1930s" the 1900s (reviews 44, 45, 52): a
        # decade four off is another era, which a student rules out at a glance
        lower, upper = lower[:DECADES_OFF], upper[:DECADES_OFF]
    if after is not None:
        lower = [y for y in lower if y > after]
    if floor is not None:  # a decade may open before the floor if it ends after it: the 1620s for 1625
        lower = [y for y in lower if y + (step - 1 if decade else 0) >= floor]

    def fits(value: Decimal) -> bool:
        candidate = replace_figure(text, figure, value)
        return candidate is not None and ok(candidate)

    lower, upper = [y for y in lower if fits(y)], [y for y in upper if fits(y)]
    chosen = pick_balanced(lower, upper, count, rng, Decimal(year), need)
    return [t for t in (replace_figure(text, figure, value) for value in chosen) if t]


def future_step(year: int) -> int:
    """How far apart a forecast's wrong years sit: 2100 by 25s, 2050 by tens, 2030 and 2035 by fives, 2027 by ones."""
    if year % 100 == 0:
        return 25
    if year % 50 == 0:
        return 10
    return 5 if year % 5 == 0 else 1


def is_year(figure: Figure) -> bool:
    return not figure.in_words and not figure.grouped and figure.decimals == 0 and 3 <= figure.digits <= 4


def date_distractors(
    text: str,
    count: int,
    rng: random.Random,
    cap: int | None,
    ok: Callable[[str], bool],
    need: frozenset[int] = frozenset(),
    keep_month: bool = False,
    days_shown: tuple[int, ...] = (),
    weekly: bool = False,
    seasonal: bool = False,
) -> list[str]:
    """Other dates in the answer's own format: '26 January 1950' -> '12 March 1950', 'Friday' -> 'Tuesday'; with
    `keep_month` (the card names the answer's month elsewhere) other days of its month, each on the answer's side
    of the days of that month the card shows (`days_shown`), and whole weeks away where the card names its weekday
    (`weekly`: "on Sunday, July 20" gets other Sundays, July 13 and July 27), and a month of another year near the
    answer's own where the event keeps to a season (`seasonal`: a heatwave in June 2015 gets May 2013, July 2016)."""
    months = month_matches(text)
    weekdays = weekday_matches(text)
    figures = figures_in(text)
    if not months and not figures and len(weekdays) == 1:
        match = weekdays[0]
        others = [text[: match.start()] + day + text[match.end() :] for day in WEEKDAYS if day != match.group()]
        others = [o for o in others if ok(o)]
        return rng.sample(others, min(count, len(others)))
    if not months:  # "early 2021", "the end of 2019": a year with words around it
        return year_distractors(text, count, rng, cap, ok, need=need)
    if len(months) != 1:
        return []
    month = months[0]
    answer_month = month_number(month.group())
    days = [f for f in figures if not is_year(f) and 1 <= f.value <= 31 and f.decimals == 0]
    day = days[0] if len(days) == 1 else None
    if answer_month is None or len(days) > 1:
        return []
    if keep_month and day is not None:
        mine = int(day.value)
        ok_day = lambda option: ok(option) and all(  # noqa: E731
            (figures_in(option)[0].value > shown) == (mine > shown) for shown in days_shown if shown != mine
        )
        shifts = WEEK_SHIFTS if weekly else DAY_SHIFTS
        return _days_of_its_month(text, day, answer_month, count, rng, ok_day, need, shifts)
    months_allowed = list(range(1, 13))
    if month.group().endswith("."):  # "Nov. 21" gets "Aug. 9", never "March 16": the answer's own form
        months_allowed = [m for m in months_allowed if AP_MONTHS[m - 1].endswith(".")]
    has_year = any(is_year(f) for f in figures)
    if day is None and not has_year:  # "in March": any other month
        others = [m for m in months_allowed if m != answer_month]
        found = [_with_month(text, month.start(), month.end(), month.group(), m) for m in others]
        found = [o for o in found if ok(o)]
        return rng.sample(found, min(count, len(found)))
    if day is None and has_year:
        if seasonal:
            months_allowed = [m for m in months_allowed if _months_apart(m, answer_month) <= SEASON_MONTHS]
        return _month_and_year_distractors(text, month, count, rng, cap, ok, months_allowed, need)
    # "Britain declared war on 4 August 1914": its rivals lie in the months around it, within its year, each in
    # another month (no month is shared by most options and gives the answer away by majority), and like every
    # figure some below and some above it — "1 June 1914" or "6 January 1914" read as random filler. A date
    # without a year lies near the story's other dates the same way ("informed the authority on March 4").
    by_offset: dict[int, str] = {}
    used_days = {int(day.value)} if day else set()
    for offset in NEAR_MONTHS:
        new_month = answer_month + offset
        if not has_year:
            new_month = (new_month - 1) % 12 + 1
        if not 1 <= new_month <= 12 or new_month not in months_allowed:
            continue
        candidate = _dated(text, month, day, new_month, rng, used_days, ok)
        if candidate is not None:
            by_offset[offset] = candidate
    lower = [Decimal(o) for o in NEAR_MONTHS if o < 0 and o in by_offset]
    upper = [Decimal(o) for o in NEAR_MONTHS if o > 0 and o in by_offset]
    return [by_offset[int(o)] for o in pick_balanced(lower, upper, count, rng, Decimal(0), need)]


# "Karachi's deadliest heatwave on record, in _____" (June 2015) offered March 2012 and January 2016 (blind review 87):
# an event of a season gets months at most this far from the answer's, in other years
SEASON_MONTHS = 2


def _months_apart(one: int, other: int) -> int:
    """Months between two months of the year, around the new year: December and January are one apart."""
    return min((one - other) % 12, (other - one) % 12)


DAY_SHIFTS = (-2, 2, -3, 3, -5, 5, -7, 7, -9, 9, -12, 12)
WEEK_SHIFTS = (-7, 7, -14, 14, -21, 21)
A_COMMON_YEAR = 2001  # a date without its year gets no 29 February


def _days_of_its_month(
    text: str, day: Figure, month: int, count: int, rng: random.Random, ok: Callable[[str], bool],
    need: frozenset[int],
    shifts: tuple[int, ...] = DAY_SHIFTS,
) -> list[str]:
    """'20 September' -> '15 September', '23 September': where the card shows the month ("In September 1066
    Hardrada landed … They defeated the northern earls at the Battle of Fulford on _____"), a date of another month
    is ruled out by it and the answer is the one option left in September (blind review 79, bad). ("On 23 July 1914
    Austria-Hungary sent Serbia an ultimatum … declared war on _____", 28 July, gets no day before the 23rd.)"""
    years = [int(f.value) for f in figures_in(text) if is_year(f)]
    days_in_month = calendar.monthrange(years[0] if years else A_COMMON_YEAR, month)[1]
    by_shift: dict[int, str] = {}
    for shift in shifts:
        new_day = int(day.value) + shift
        if 1 <= new_day <= days_in_month:
            candidate = replace_figure(text, day, Decimal(new_day))
            if candidate is not None and ok(candidate):
                by_shift[shift] = candidate
    lower = [Decimal(s) for s in shifts if s < 0 and s in by_shift]
    upper = [Decimal(s) for s in shifts if s > 0 and s in by_shift]
    return [by_shift[int(s)] for s in pick_balanced(lower, upper, count, rng, Decimal(0), need)]


def _month_and_year_distractors(
    text: str,
    month: re.Match[str],
    count: int,
    rng: random.Random,
    cap: int | None,
    ok: Callable[[str], bool],
    months_allowed: list[int],
    need: frozenset[int],
) -> list[str]:
    """'January 2013' -> 'May 2012', 'October 2014', 'March 2011': a month of a year is asked for its year too.

    Rivals within its year ('February 2013', 'March 2013', 'April 2013') test only the month, and the year — the
    fact worth learning — is shared by every option (reviews 44, 49: 3 items). Each rival lies in a year near the
    answer's, on both sides, and in a month of its own, so neither part is shared by most options."""
    years = [f for f in figures_in(text) if is_year(f)]
    if len(years) != 1:
        return []
    year = years[0]
    answer_month = month_number(month.group())
    free_months = [m for m in months_allowed if m != answer_month]
    rng.shuffle(free_months)
    by_offset: dict[int | Decimal, str] = {}
    for offset in YEAR_SHIFTS:
        new_year = int(year.value) + offset
        if new_year <= 0 or cap is not None and new_year > cap:
            continue
        for new_month in free_months:
            moved_month = _with_month(text, month.start(), month.end(), month.group(), new_month)
            shift = len(moved_month) - len(text) if year.start > month.start() else 0
            candidate = _with_year(moved_month, year, shift, new_year)
            if candidate is not None and ok(candidate):
                by_offset[offset] = candidate
                free_months.remove(new_month)
                break
    lower = [Decimal(o) for o in YEAR_SHIFTS if o < 0 and o in by_offset]
    upper = [Decimal(o) for o in YEAR_SHIFTS if o > 0 and o in by_offset]
    # "Germany reunified in 1990, and in _____" (December 1991): where the stem leaves no year on a side, a month
    # of the answer's own year stands there, or the answer would be the one option on its side of 1990
    for side, months in ((lower, range(1, answer_month or 1)), (upper, range((answer_month or 12) + 1, 13))):
        free = [m for m in free_months if m in months]
        if side or not free:
            continue
        moved_month = _with_month(text, month.start(), month.end(), month.group(), rng.choice(free))
        if ok(moved_month):
            side.append(Decimal("-0.5") if side is lower else Decimal("0.5"))
            by_offset[side[-1]] = moved_month  # type: ignore[index]
    chosen = pick_balanced(lower, upper, count, rng, Decimal(0), need)
    return [by_offset[o if o % 1 else int(o)] for o in chosen]  # type: ignore[index]


def _with_year(text: str, year: Figure, shift: int, new_year: int) -> str | None:
    """Put `new_year` where the year figure was, `shift` characters on (a month before it changed length)."""
    moved = replace(year, start=year.start + shift, end=year.end + shift)
    return replace_figure(text, moved, Decimal(new_year))


def _dated(
    text: str, month: re.Match[str], day: Figure | None, new_month: int, rng: random.Random, used_days: set[int],
    ok: Callable[[str], bool],
) -> str | None:
    """The answer's date moved to another month (and day, one not used yet), if some such date passes `ok`."""
    for _ in range(DAY_TRIES if day else 1):
        new_day = rng.choice([d for d in range(1, 29) if d not in used_days] or [0]) if day else 0
        candidate = _with_month(text, month.start(), month.end(), month.group(), new_month)
        if day is not None and new_day:
            shift = len(candidate) - len(text) if day.start > month.start() else 0
            moved = Figure(**{**day.__dict__, "start": day.start + shift, "end": day.end + shift})
            candidate = replace_figure(candidate, moved, Decimal(new_day)) or candidate
        if ok(candidate) and normalise(candidate) != normalise(text):
            used_days.add(new_day)
            return candidate
    return None


def _with_month(text: str, start: int, end: int, written: str, month: int) -> str:
    """Put another month where `written` was, in its style: 'September', 'Sept.' (AP) or 'Sep'."""
    if written in MONTH_NAMES:
        new = MONTH_NAMES[month - 1]
    elif written.endswith("."):
        new = AP_MONTHS[month - 1]
    else:
        new = MONTH_NAMES[month - 1][:3]
    return text[:start] + new + text[end:]
