"""Keep a wrong figure on the answer's side of another the sentence ties it to, and ranges the right way round."""

from __future__ import annotations

import re
from collections.abc import Callable

from quizgen.model import Fact, Span
from quizgen.questions.dates import is_year
from quizgen.questions.numbers import figures_in, month_matches, month_number, value_of


def side_rules(fact: Fact) -> list[Callable[[str], bool]]:
    """Tests that keep a wrong option on the answer's side of another figure its sentence ties it to.

    "raised … to $210 from $185": no $170. "opened in December 2021 and hosted the 2022 championship": no 2017.
    "fought from 16 March to 6 April 1918": no 8 January 1918. A year or date is held on its side of every
    other year or date in the sentence; an amount only of one of its kind linked by from/to.
    """
    span, sentence = fact.span, fact.sentence
    if span.kind in ("year", "date"):
        anchors = [s for s in sentence.spans if s != span and s.kind in ("year", "date")]
        answer_year = _year_in(span.text)

        def key(text: str, fallback: int | None) -> tuple[int, ...] | None:
            return _time_key(text, fallback, whole=span.kind == "year")

    elif span.kind in ("number", "percent", "money", "quantity"):
        anchors = [s for s in sentence.spans if s != span and s.kind == span.kind and _linked(sentence.text, span, s)]
        answer_year = None

        def key(text: str, fallback: int | None) -> tuple[int, ...] | None:
            value = value_of(text)
            return None if value is None else (value,)  # type: ignore[return-value]

    else:
        return []
    rules: list[Callable[[str], bool]] = []
    if span.kind in ("number", "percent", "money", "quantity") and any(
        s != span and s.kind == span.kind and _BARELY.search(_between(sentence.text, span, s)) for s in sentence.spans
    ):
        return [lambda option: False]
    for anchor in anchors:
        fallback = answer_year or _year_in(anchor.text)
        mine, theirs = key(span.text, fallback), key(anchor.text, fallback)
        if mine is None or theirs is None or mine == theirs:
            continue
        above = mine > theirs

        def same_side(option: str, theirs=theirs, above=above, fallback=fallback) -> bool:  # type: ignore[no-untyped-def]
            found = key(option, fallback)
            return found is not None and found != theirs and (found > theirs) == above

        rules.append(same_side)
    return rules


_JOINING_WORDS = tuple(
    (word, re.compile(rf"\b{word}\s+$", re.IGNORECASE)) for word in ("from", "to", "between", "and")
)


# "39 of the 46 patients", "3 out of 5", "11 of the borough's 14 libraries": a part, then its whole.
_PART_OF = re.compile(r" (?:out )?of (?:the |its |their |his |her |our |all )?(?:[\w-]+['’]s )?")
# "Of the 4.99% rise, 2% is ringfenced": the whole first, then its part.
_OF_THE_WHOLE = re.compile(r"\b[Oo]f (?:the |its |their |this |that )?$")
_WHOLE_THEN_PART = re.compile(r" [\w-]+(?: [\w-]+)?, ")
# "reached 1.42 billion crowns ($131 million), up from 1.03 billion": the other end of a change, said after it.
_CHANGED_FROM = re.compile(r"\b(?:up|down|rising|falling|rose|fell|climbing|dropping) from $")
_ASIDE = re.compile(r"\([^()]*\)")
# "slightly ahead of the 9.6 billion expected": a figure barely off another the sentence states. A wrong option
# is then either as near (hair-splitting) or far off (a give-away): none is worth asking.
_BARELY = re.compile(
    r"\b(?:slightly|just|marginally|narrowly|fractionally|a little|a touch|barely) "
    r"(?:ahead of|above|below|short of|behind|higher than|lower than|more than|less than|under|over|beat(?:ing)?)\b"
)


def _linked(text: str, span: Span, other: Span) -> bool:
    """Are two figures the two ends of one change: 'from X to Y', 'to Y from X', 'from X in May to Y'?"""
    def word_before(s: Span) -> str:
        before = text[max(0, s.start - 9) : s.start]
        for word, pattern in _JOINING_WORDS:
            if pattern.search(before):
                return word
        return ""

    # "39 of the 46 patients", "3 out of 5": a part stays below its whole.
    first, second = sorted((span, other), key=lambda s: s.start)
    between = text[first.end : second.start]
    if _PART_OF.fullmatch(between):
        return True
    if _OF_THE_WHOLE.search(text[: first.start]) and _WHOLE_THEN_PART.fullmatch(between):
        return True
    if first is other and _CHANGED_FROM.search(text[: span.start]) and not re.search(r"\d", _ASIDE.sub("", between)):
        return True  # the nearest figure before "up from": where the change ended
    # "58 per cent, up from 49 per cent": the other figure is where the change started.
    ends = {word_before(span), word_before(other)}
    if ends == {"between", "and"}:
        return True  # "between $10 million and $15 million": the two ends of one span
    return ends == {"from", "to"} or (word_before(other) == "from" and word_before(span) != "from")


def _between(text: str, a: Span, b: Span) -> str:
    first, second = sorted((a, b), key=lambda s: s.start)
    return text[first.end : second.start]


def _year_in(text: str) -> int | None:
    years = [int(f.value) for f in figures_in(text) if is_year(f) and f.digits == 4]
    return years[0] if len(years) == 1 else None


def _time_key(text: str, fallback: int | None, whole: bool) -> tuple[int, ...] | None:
    """(year, month, day) to put dates in order; a date without a year takes the answer's; only the year if whole."""
    year = _year_in(text)
    if year is None:
        year = fallback
    if year is None:
        return None
    if whole:
        return (year,)
    months = month_matches(text)
    month = month_number(months[0].group()) or 0 if len(months) == 1 else 0
    days = [int(f.value) for f in figures_in(text) if not is_year(f) and 1 <= f.value <= 31 and not f.decimals]
    return (year, month, days[0] if len(days) == 1 else 0)


def backwards(option: str) -> bool:
    """A range whose end comes before its start: '1370–1367', '20–10'. ('1998–03' ends in 2003.)"""
    figures = figures_in(option)
    if len(figures) != 2:
        return False
    first, last = figures
    end = last.value
    if is_year(first) and first.digits == 4 and last.digits == 2 and not last.decimals:
        end = first.value // 100 * 100 + last.value
        end += 100 if end < first.value else 0
    return end < first.value
