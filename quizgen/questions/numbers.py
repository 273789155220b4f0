"""Read the figures in an answer span, rewrite them in the same format, and compare texts by value and shape."""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

ONES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen"
).split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
SCALE_VALUES = {
    "thousand": 10**3,
    "k": 10**3,
    "million": 10**6,
    "m": 10**6,
    "mn": 10**6,
    "billion": 10**9,
    "bn": 10**9,
    "trillion": 10**12,
    "tn": 10**12,
}
# "twice" is a multiplier written without a number: it reads as "two times".
MULTIPLIER_WORDS = {"once": 1, "twice": 2, "thrice": 3}
MONTH_NAMES = "January February March April May June July August September October November December".split()
MONTH_ABBREVIATIONS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()

_WORD_NUMBER = "|".join(sorted(ONES[1:] + TENS[2:] + ["hundred"], key=len, reverse=True))
# One figure as written: "1,000", "8.2", "26th", "two", "twenty-five"; never part of a longer word.
NUMBER = re.compile(
    rf"(?<![\w.,])(?P<digits>\d+(?:,\d{{3}})*(?:\.\d+)?)(?P<ordinal>st|nd|rd|th)?(?!\d|[.,]\d)"
    rf"|(?<![\w-])(?P<words>(?:{_WORD_NUMBER})(?:-(?:{_WORD_NUMBER}))?)(?=\b|-|fold)",
    re.IGNORECASE,
)
_MONTH = re.compile(
    r"\b(?:" + "|".join(MONTH_NAMES) + r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\.|\b(?=\s\d)))",
)
_WEEKDAY = re.compile(r"\b(?:" + "|".join(WEEKDAYS) + r")\b")


@dataclass(frozen=True)
class Figure:
    """One figure inside a text: where it is, its value, and how it is written."""

    start: int
    end: int
    value: Decimal
    decimals: int  # digits after the decimal point
    grouped: bool  # written with thousands separators ("28,500")
    digits: int  # digits before the decimal point; 0 for a number in words
    in_words: bool  # "five" rather than "5"
    capitalised: bool  # "Five" rather than "five"
    ordinal: str = ""  # "th" in "26th"


def words_to_int(words: str) -> int | None:
    """'five' -> 5, 'twenty-five' -> 25, 'hundred' -> 100; None for anything else."""
    total = 0
    for part in words.lower().split("-"):
        if part in ONES:
            total += ONES.index(part)
        elif part in TENS:
            total += TENS.index(part) * 10
        elif part == "hundred":
            total = max(total, 1) * 100
        else:
            return None
    return total


def int_to_words(number: int) -> str | None:
    """5 -> 'five', 25 -> 'twenty-five', 100 -> 'hundred' ('a hundred'); None beyond what we spell."""
    if 0 < number < 20:
        return ONES[number]
    if 20 <= number < 100:
        tens, ones = divmod(number, 10)
        return TENS[tens] + (f"-{ONES[ones]}" if ones else "")
    if number == 100:
        return "hundred"
    return None


def figures_in(text: str) -> tuple[Figure, ...]:
    """Every figure in a text, in order, with its value and format."""
    figures = []
    for match in NUMBER.finditer(text):
        if match.group("digits"):
            written = match.group("digits")
            whole, _, fraction = written.partition(".")
            figures.append(
                Figure(
                    start=match.start("digits"),
                    end=match.end(),
                    value=Decimal(written.replace(",", "")),
                    decimals=len(fraction),
                    grouped="," in whole,
                    digits=len(whole.replace(",", "")),
                    in_words=False,
                    capitalised=False,
                    ordinal=match.group("ordinal") or "",
                )
            )
        else:
            written = match.group("words")
            value = words_to_int(written)
            if value is None:
                continue
            figures.append(
                Figure(
                    start=match.start(),
                    end=match.end(),
                    value=Decimal(value),
                    decimals=0,
                    grouped=False,
                    digits=0,
                    in_words=True,
                    capitalised=written[0].isupper(),
                )
            )
    return tuple(figures)


def write_like(value: Decimal, figure: Figure) -> str | None:
    """Write a value in the format of `figure` (decimals, separators, words, ordinal); None if impossible."""
    if figure.in_words:
        if value != value.to_integral_value():
            return None
        words = int_to_words(int(value))
        if words is None:
            return None
        return words.capitalize() if figure.capitalised else words
    quantum = Decimal(1).scaleb(-figure.decimals)
    value = value.quantize(quantum, rounding=ROUND_HALF_UP)
    # A figure under 1,000 says nothing about separators: group the new one as English usually does.
    group = figure.grouped or (figure.digits < 4 and value >= 1000)
    written = f"{value:,.{figure.decimals}f}" if group else f"{value:.{figure.decimals}f}"
    if figure.ordinal:
        written += ordinal_suffix(int(value))
    return written


def ordinal_suffix(number: int) -> str:
    if 10 <= number % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")


def replace_figure(text: str, figure: Figure, value: Decimal) -> str | None:
    """The text with one figure rewritten to a new value in the same format; None if it cannot be."""
    written = write_like(value, figure)
    if written is None:
        return None
    return text[: figure.start] + written + text[figure.end :]


@lru_cache(maxsize=1 << 16)  # pure; every distractor call compares against all of a book's spans
def value_of(text: str) -> Decimal | None:
    """The amount a numeric text stands for: '1.04 trillion won' -> 1.04e12, 'twice' -> 2, '1,000' -> 1000."""
    lowered = text.lower().strip()
    if lowered in MULTIPLIER_WORDS:
        return Decimal(MULTIPLIER_WORDS[lowered])
    figures = figures_in(text)
    if len(figures) != 1:
        return None
    figure = figures[0]
    scale = re.match(r"\s?([a-z]+)\b", text[figure.end :].lower())
    factor = SCALE_VALUES.get(scale.group(1), 1) if scale else 1
    return figure.value * factor


_DASHES = re.compile(r"[–—−]")
_PERCENT_WORDS = re.compile(r"\s*(?:per ?cent\b|percent\b|%)")
_THOUSANDS_COMMA = re.compile(r"(?<=\d),(?=\d{3}\b)")
_TRAILING_ZEROS = re.compile(r"(\d+\.\d*?)0+\b")
_DOT_AFTER_DIGIT = re.compile(r"(?<=\d)\.(?!\d)")
_HYPHEN_IN_WORD = re.compile(r"(?<=[a-z])-(?=[a-z])")
_INITIALS = re.compile(r"(?<![\w.])([a-z])\.(?=[a-z]\.)|(?<=\.[a-z])\.")
_LEADING_THE = re.compile(r"^the\s+")
_PUNCTUATION = re.compile(r"[^\w%$£€¥₩₹.\s-]|(?<!\d)\.|\.(?!\d)")
_HAS_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=1 << 16)  # pure; every distractor call compares against all of a book's spans
def normalise(text: str) -> str:
    """What two options must not share: case, spacing, punctuation, number format, 'per cent' vs '%'."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    text = _DASHES.sub("-", text)
    if "%" in text or "cent" in text:
        text = _PERCENT_WORDS.sub("%", text)
    if _HAS_DIGIT.search(text):  # the number-format rules only matter where there is a figure
        text = _THOUSANDS_COMMA.sub("", text)
        text = _TRAILING_ZEROS.sub(r"\1", text).replace(".%", "%")
        text = _DOT_AFTER_DIGIT.sub("", text)
    text = _HYPHEN_IN_WORD.sub("", text)
    if "." in text:
        text = _INITIALS.sub(r"\1", text)  # "u.s." -> "us"
    text = _LEADING_THE.sub("", text.strip())
    text = _PUNCTUATION.sub(" ", text)
    return " ".join(text.split())


def shape(text: str) -> tuple[object, ...]:
    """How a text is written with its figures, months and weekdays taken out.

    Two options have the same shape when only those values differ: '$4.7 billion' and '$3.9 billion'
    do, '$4.7 billion' and '$4.70 billion' or '4.7 billion dollars' do not.
    """
    text = re.sub(r"\b(?:twice|thrice)\b", "two times", text, flags=re.IGNORECASE)
    text = _WEEKDAY.sub("\x00W", text)
    text = _MONTH.sub("\x00M", text)
    parts: list[object] = []
    last = 0
    for figure in figures_in(text):
        parts.append(text[last : figure.start])
        parts.append(
            ("words", figure.capitalised) if figure.in_words else ("figure", figure.decimals, figure.ordinal != "")
        )
        last = figure.end
    parts.append(text[last:])
    return tuple(parts)


def grouping(text: str) -> tuple[bool | None, ...]:
    """For each figure: True if written with separators, False if a long figure without, None if short."""
    return tuple(None if f.in_words or f.digits < 4 else f.grouped for f in figures_in(text))


def same_format(answer: str, option: str) -> bool:
    """Does the option write its figures exactly as the answer does (decimals, separators, unit, sign…)?"""
    if shape(answer) != shape(option):
        return False
    return all(a is None or b is None or a == b for a, b in zip(grouping(answer), grouping(option), strict=False))


def pick_balanced(
    lower: list[Decimal],
    upper: list[Decimal],
    count: int,
    rng: random.Random,
    answer: Decimal | None = None,
    need: frozenset[int] = frozenset(),
) -> list[Decimal]:
    """Pick `count` values, some below and some above the answer, so it is neither always the least nor
    the greatest; each list is ordered nearest first, and the nearest few are preferred. When all fall on
    one side, the nearest of that side is among them: 104 never stands alone below 130, 135 and 146.

    Given the `answer`, it never stands apart either: 1919 gets no 1923, 1925 and 1926 (nearer to each
    other than to it) while 1917 is free below; one wrong option is then taken from the other side, and
    where the other side has none, no options are given (1947 among 1951, 1952 and 1953 is no question).
    Nor does a wrong option stand apart from the rest: 90,000 students get no 200,000 beside 60,000 and
    70,000, but the nearest spare value that fits, or one option fewer.

    Where the stem bounds the answer on a side (`need`: +1 above, -1 below), some wrong value must fit between
    the bound and the answer, or none is given: "stood at 7.57 million, down from _____" (7.64 million) would
    otherwise always be the option nearest the figure the stem states."""
    if 1 in need and not upper or -1 in need and not lower:
        return []
    low_min, low_max = max(0, count - len(upper)), min(count, len(lower))
    if low_min > low_max:  # fewer than asked for: all of them
        every = lower[:count] + upper[: count - len(lower)]
        if answer is None:
            return every
        every = sorted(_without_outliers(answer, every, []))
        return [] if _one_sided(answer, every) and _stands_apart(answer, every, far=True) else every
    below = rng.randint(low_min, low_max)
    chosen = _pick(lower, upper, below, count, rng)
    if answer is None:
        return sorted(chosen)
    chosen = _without_outliers(answer, chosen, [v for v in lower + upper if v not in chosen])
    chosen = _out_of_a_cluster(answer, chosen, [v for v in lower + upper if v not in chosen])
    if _one_sided(answer, chosen) and _stands_apart(answer, chosen):
        below = 1 if all(v > answer for v in chosen) else count - 1
        if low_min <= below <= low_max:
            chosen = _pick(lower, upper, below, count, rng)
            chosen = _without_outliers(answer, chosen, [v for v in lower + upper if v not in chosen])
        if _one_sided(answer, chosen) and _stands_apart(answer, chosen, far=True):
            return []
    return sorted(chosen)


def _one_sided(answer: Decimal, chosen: list[Decimal]) -> bool:
    return all(v > answer for v in chosen) or all(v < answer for v in chosen)


# A wrong option farther from its neighbour than this many times any other gap of the set stands apart.
OUTLIER = 2


def _outlier(answer: Decimal, chosen: list[Decimal]) -> Decimal | None:
    """The wrong option at either end that stands apart from the rest of the options and the answer."""
    values = sorted([*chosen, answer])
    if len(values) < 3:
        return None
    gaps = [b - a for a, b in zip(values, values[1:], strict=False)]
    for end, gap, rest in ((values[0], gaps[0], gaps[1:]), (values[-1], gaps[-1], gaps[:-1])):
        if end != answer and gap > OUTLIER * max(rest):
            return end
    return None


def _without_outliers(answer: Decimal, chosen: list[Decimal], spare: list[Decimal]) -> list[Decimal]:
    """Drop a wrong option that stands apart ('six decades' beside two and three), putting the nearest spare
    value that does not stand apart in its place."""
    for _ in range(2):
        outlier = _outlier(answer, chosen)
        if outlier is None:
            break
        chosen = [value for value in chosen if value != outlier]
        fits = [v for v in spare if v != outlier and v not in chosen and _outlier(answer, [*chosen, v]) is None]
        if fits:
            chosen.append(min(fits, key=lambda v: abs(v - answer)))
    return chosen


def _head(value: Decimal) -> tuple[int, int | None]:
    """What a reader sees first of a figure: its number of whole digits and, under ten, the whole part itself
    (4.38 -> (1, 4), 3.94 -> (1, 3), 72.1 -> (2, None))."""
    whole = int(value)
    return len(str(whole)), whole if value < 10 else None


def _out_of_a_cluster(answer: Decimal, chosen: list[Decimal], spare: list[Decimal]) -> list[Decimal]:
    """'4.38%' among 3.07%, 3.29% and 3.94% is the only 4: when every wrong option shares a head the answer lacks,
    the farthest gives way to the nearest spare value of another head that stands apart from nothing."""
    heads = {_head(value) for value in chosen}
    if len(chosen) < 2 or len(heads) != 1 or _head(answer) in heads:
        return chosen
    farthest = max(chosen, key=lambda v: abs(v - answer))
    kept = [v for v in chosen if v != farthest]
    fits = [v for v in spare if _head(v) not in heads and _outlier(answer, [*kept, v]) is None]
    return [*kept, min(fits, key=lambda v: abs(v - answer))] if fits else chosen


def _pick(lower: list[Decimal], upper: list[Decimal], below: int, count: int, rng: random.Random) -> list[Decimal]:
    chosen = rng.sample(lower[: below + 1], below) + rng.sample(upper[: count - below + 1], count - below)
    one_side = lower if below == count else upper if below == 0 else []
    if one_side and one_side[0] not in chosen:
        chosen[rng.randrange(len(chosen))] = one_side[0]
    return chosen


# How far the answer may stand from wrong options all on one side of it, in their mean spacing, before it is no
# question: 1947 among 1951, 1952 and 1953 (four spacings) is none; 1.03 billion among 1.18, 1.29 and 1.34 billion
# (under two), or 16 among 12, 13 and 14 (two), still is.
FAR_APART = Decimal("2.5")


def _stands_apart(answer: Decimal, chosen: list[Decimal], far: bool = False) -> bool:
    """Is the answer, beyond every wrong option, farther from the nearest than the widest gap between two of
    them (`far`: than FAR_APART times their mean gap)?"""
    ordered = sorted(chosen)
    if len(ordered) < 2:
        return False
    nearest = min(abs(value - answer) for value in ordered)
    if far:
        return nearest >= FAR_APART * (ordered[-1] - ordered[0]) / (len(ordered) - 1)
    return nearest > max(b - a for a, b in zip(ordered, ordered[1:], strict=False))


def month_number(word: str) -> int | None:
    """'September' -> 9, 'Sept.' -> 9, 'Aug' -> 8; None for anything else."""
    word = word.rstrip(".")
    if word in MONTH_NAMES:
        return MONTH_NAMES.index(word) + 1
    return MONTH_ABBREVIATIONS.get(word.lower()) if word[:1].isupper() else None


def month_matches(text: str) -> list[re.Match[str]]:
    return list(_MONTH.finditer(text))


def weekday_matches(text: str) -> list[re.Match[str]]:
    return list(_WEEKDAY.finditer(text))
