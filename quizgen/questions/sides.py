"""Keep a wrong figure on the answer's side of another the sentence ties it to, and ranges the right way round."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from itertools import pairwise

from quizgen.model import Fact, Sentence, Span
from quizgen.questions.dates import is_year
from quizgen.questions.numbers import figures_in, month_matches, month_number, value_of


def side_rules(fact: Fact) -> list[Callable[[str], bool]]:
    """Tests that keep a wrong option on the answer's side of another figure its sentence ties it to.

    "raised … to $210 from $185": no $170. "opened in December 2021 and hosted the 2022 championship": no 2017.
    "fought from 16 March to 6 April 1918": no 8 January 1918. A year or date is held on its side of every
    other year or date in the sentence, and before or after a span of years it names; an amount only of one of its
    kind tied to it: by from/to, as a part and its whole, as a figure and the target it is measured against, or as
    neighbours in a ranking. A figure said to lie within a range stays in it, and a year in the century its
    sentence names stays in that century.
    """
    if _EXCEEDED.search(fact.sentence.text[: fact.span.start]):
        return [lambda option: False]
    return _within_rules(fact) + _century_rules(fact) + _anchor_rules(fact) + _share_rules(fact)


# "summer temperatures commonly exceed _____" (40 °C) offered 20 °C and 30 °C, true as well, and 60 °C (blind
# review 86): a figure a verb says is passed is a bound, which every figure on one side of it meets too, and one on
# the other side makes the least (or most) of the options the answer. No wrong figure is fair beside it.
_EXCEEDED = re.compile(r"\b(?:exceed|exceeds|exceeded|surpass|surpasses|surpassed|top|tops|topped) $", re.IGNORECASE)


def _share_rules(fact: Fact) -> list[Callable[[str], bool]]:
    """Shares of one whole stay within it: "Nitrogen makes up about _____ of it by volume and oxygen about 21%"
    (78%) got 90% and 98% (review 52). Where the sentence's percentages with the answer come to no more than 100,
    a wrong one keeps them there."""
    span = fact.span
    if span.kind != "percent":
        return []
    others = [value_of(s.text) for s in fact.sentence.spans if s != span and s.kind == "percent"]
    answer = value_of(span.text)
    if not others or answer is None or any(v is None for v in others):
        return []
    rest = sum(v for v in others if v is not None)
    if answer + rest > 100:
        return []
    return [lambda option: (v := value_of(option)) is not None and v + rest <= 100]


def _anchor_rules(fact: Fact) -> list[Callable[[str], bool]]:
    span, sentence = fact.span, fact.sentence
    if span.kind in ("number", "percent", "money", "quantity") and any(
        s != span and s.kind == span.kind and _BARELY.search(_between(sentence.text, span, s)) for s in sentence.spans
    ):
        return [lambda option: False]
    rules: list[Callable[[str], bool]] = []
    for key, theirs, above in _anchors(fact):

        def same_side(option: str, key=key, theirs=theirs, above=above) -> bool:  # type: ignore[no-untyped-def]
            found = key(option)
            return found is not None and found != theirs and (found > theirs) == above

        rules.append(same_side)
    return rules


def bounded_toward(fact: Fact) -> frozenset[int]:
    """The sides (+1 above, -1 below) on which a figure the sentence ties the answer to bounds it: "stood at 7.57
    million, down from _____" is bounded below, "after his death in _____, he travelled in 1520–1521" above."""
    return frozenset(-1 if above else 1 for _, _, above in _anchors(fact))


_COUNTS = ("number", "quantity")
_Key = Callable[[str], "tuple[Decimal | int, ...] | None"]


def _anchors(fact: Fact) -> list[tuple[_Key, tuple[Decimal | int, ...], bool]]:
    """(how an option is put in order, the anchor's place in that order, whether the answer lies above it) for
    every figure of the sentence the answer is held on one side of."""
    span, sentence = fact.span, fact.sentence
    if span.kind in ("year", "date"):
        anchors = [s for s in sentence.spans if s != span and s.kind in ("year", "date")]
        answer_year = _year_in(span.text)

        def key(
            text: str, fallback: int | None, coarse: bool = False, by_month: bool = False
        ) -> tuple[int, ...] | None:
            found = _time_key(text, fallback, whole=span.kind == "year" or coarse)
            return found[:2] if found is not None and by_month else found

    elif span.kind in ("number", "percent", "money", "quantity"):
        # "stood at 7.57 million cases …, down from _____" (7.64 million): a count with its noun left off
        kinds = _COUNTS if span.kind in _COUNTS else (span.kind,)
        anchors = [s for s in sentence.spans if s != span and s.kind in kinds and _linked(sentence.text, span, s)]
        answer_year = None

        def key(
            text: str, fallback: int | None, coarse: bool = False, by_month: bool = False
        ) -> tuple[int, ...] | None:
            value = value_of(text)
            return None if value is None else (value,)  # type: ignore[return-value]

    elif span.kind == "range":
        return _span_of_years_anchors(fact) + _range_past_a_figure_anchors(fact)
    else:
        return []
    found: list[tuple[_Key, tuple[Decimal | int, ...], bool]] = []
    for anchor in anchors:
        # "declared war on Russia on _____ and on France on 3 August": two dates of one unnamed year
        fallback = answer_year or _year_in(anchor.text) or (0 if span.kind == "date" else None)
        # "Germany reunified in 1990, and in _____ the Soviet Union broke up" (December 1991): a bare year holds
        # every month of it, so a date is put on its side by year alone and 'August 1990' is ruled out with 1990
        coarse = span.kind == "date" and anchor.kind in ("year", "date") and not month_matches(anchor.text)
        # "He left Spain in August 1492 … and on _____ landed" (12 October) offered 1 August (review 57): a month
        # holds every day of it, so a date is put on its side by month alone
        by_month = span.kind == "date" and not coarse and not _day_in(anchor.text)
        mine, theirs = key(span.text, fallback, coarse, by_month), key(anchor.text, fallback, coarse, by_month)
        if mine is None or theirs is None or mine == theirs:
            continue
        ordered = lambda text, fallback=fallback, coarse=coarse, by_month=by_month: key(  # noqa: E731
            text, fallback, coarse, by_month
        )
        found.append((ordered, theirs, mine > theirs))
    if span.kind == "year" and answer_year is not None:
        found += _range_anchors(fact, answer_year)
    part = _PART_BEFORE.search(sentence.text[max(0, span.start - 30) : span.start])
    whole = value_of(span.text) if part and span.kind in _COUNTS and not anchors else None
    if part and whole is not None and (part_value := value_of(part.group(1))) is not None and part_value < whole:
        found.append((lambda text: (v,) if (v := value_of(text)) is not None else None, (part_value,), True))
    return found


# "convicted on five of _____, including three counts of …" (six counts) offered "five counts" (review 31): a whole
# after a part the sentence gives in words or figures that are no span of their own.
_PART_BEFORE = re.compile(r"(?<![\w.,])(\d[\d,]*|[a-z]+(?:-[a-z]+)?) (?:out )?of (?:the |its |their |all )?$")


def _range_anchors(fact: Fact, year: int) -> list[tuple[_Key, tuple[Decimal | int, ...], bool]]:
    """A span of years in the sentence that the answer lies before or after: "After Maximilian's death in _____,
    Dürer travelled to the Low Countries in 1520–1521" (1519) gets no 1522 (review 40)."""
    found: list[tuple[_Key, tuple[Decimal | int, ...], bool]] = []
    for other in fact.sentence.spans:
        ends = _year_ends(other.text) if other.kind == "range" else None
        if ends is None or ends[0] >= ends[1]:
            continue
        if year < ends[0]:
            found.append((lambda text: (y,) if (y := _year_in(text)) else None, (ends[0],), False))
        elif year > ends[1]:
            found.append((lambda text: (y,) if (y := _year_in(text)) else None, (ends[1],), True))
    return found


def _span_of_years_anchors(fact: Fact) -> list[tuple[_Key, tuple[Decimal | int, ...], bool]]:
    """A span of years wholly before or after another year or span of years in its sentence stays there: "in _____
    and 105–106" (101–102) got 116–117 and 131–133 (review 47). A wrong span ends before the later one starts, or
    starts after the earlier one ends."""
    mine = _year_ends(fact.span.text)
    if mine is None:
        return []
    found: list[tuple[_Key, tuple[Decimal | int, ...], bool]] = []
    span = fact.span
    stated: list[tuple[int, int] | None] = []
    for other in fact.sentence.spans:
        theirs = _year_ends(other.text) if other.kind == "range" else None
        if other.kind == "year" and (year := _year_in(other.text)) is not None:
            theirs = (year, year)
        stated.append(theirs if other != span else None)
    # "in 101–102 and 105–106": a span of years the finder took for no fact still shows where the answer lies
    stated += [
        _year_ends(match.group())
        for match in _SPAN_OF_YEARS.finditer(fact.sentence.text)
        if match.end() <= span.start or match.start() >= span.end
    ]
    for theirs in stated:
        if theirs is None:
            continue
        if mine[1] < theirs[0]:
            found.append((lambda text: (e[1],) if (e := _year_ends(text)) else None, (theirs[0],), False))
        elif mine[0] > theirs[1]:
            found.append((lambda text: (e[0],) if (e := _year_ends(text)) else None, (theirs[1],), True))
    return found


# "headline inflation running at 3.8% …, well above the bank's target band of _____" (2 to 3%) offered 3 to 4% and
# 4 to 5% (review 58): a range a figure is said to lie above (or below) lies wholly below (or above) it.
_RANGE_PAST_A_FIGURE = re.compile(
    r"\b(?:(above|over|beyond|exceeding)|(below|under|short of)) (?:the |a |an |its |their )?(?:[\w'’-]+ ){0,2}"
    r"(?:target|range|band|limit|corridor|bracket)s? of $"
)


def _range_past_a_figure_anchors(fact: Fact) -> list[tuple[_Key, tuple[Decimal | int, ...], bool]]:
    """The figure before a range the sentence says it lies above or below: every wrong range stays on the answer's
    side of it, as the answer does ('3.8% … well above the target band of 2 to 3%': no 3 to 4%)."""
    span, text = fact.span, fact.sentence.text
    ends = _ends(span.text)
    told = _RANGE_PAST_A_FIGURE.search(text[: span.start])
    if ends is None or told is None:
        return []
    # the last figure before, in the range's unit ('3.4% three months earlier': not the three months)
    before = [
        s for s in fact.sentence.spans
        if s.end <= told.start() and s.kind in _AMOUNT_KINDS and _unit_of(s) == _unit_of(span)
    ]
    figure = value_of(before[-1].text) if before else None
    if figure is None or re.search(r"\d", _ASIDE.sub("", text[before[-1].end : told.start()])):
        return []
    figure_above = told.group(1) is not None  # "3.8%, well above the band": the band lies below 3.8
    if figure_above and ends[1] < figure:
        return [(lambda text: (e[1],) if (e := _ends(text)) else None, (figure,), False)]
    if not figure_above and ends[0] > figure:
        return [(lambda text: (e[0],) if (e := _ends(text)) else None, (figure,), True)]
    return []


_SPAN_OF_YEARS = re.compile(r"(?<![\d,.])\d{3,4}\s?[–-]\s?\d{2,4}(?!\d|[,.]\d)")


def _year_ends(text: str) -> tuple[int, int] | None:
    """The first and last year of a span of years: '1520–1521' -> (1520, 1521), '1352–53' -> (1352, 1353)."""
    figures = figures_in(text)
    if len(figures) != 2 or not is_year(figures[0]):
        return None
    first, last = figures
    if first.digits == 4 and last.digits == 2 and not last.decimals and not last.in_words:
        end = int(first.value) // 100 * 100 + int(last.value)
        return int(first.value), end + (100 if end < first.value else 0)
    return (int(first.value), int(last.value)) if is_year(last) and last.digits == first.digits else None


# "The list peaked at _____ in September 2023", after "stood at 7.57 million, down from 7.64 million" (review 40): a
# record is above every figure of its measure the prompt shows, a record low below. (Shares are left alone: the
# sentence before may give a share of something else.)
_RECORD_HIGH = re.compile(r"\b(?:peaked at|peaking at|a peak of|a record(?: high of)?|an all-time high of) $")
_RECORD_LOW = re.compile(r"\b(?:bottomed out at|a record low of|an all-time low of) $")
_SCALE_WORD = re.compile(r"\s?(thousand|million|billion|trillion|bn|m)\b")


def record_bound(fact: Fact, before: Sentence | None) -> tuple[Decimal, int] | None:
    """The figure of the answer's measure that a record high (or low) must pass, in its sentence or the one before,
    and the side it bounds the answer on: "peaked at _____" after 7.57 and 7.64 million -> (7.64 million, -1)."""
    span, text = fact.span, fact.sentence.text
    before_answer = text[max(0, span.start - 30) : span.start]
    high = _RECORD_HIGH.search(before_answer) is not None
    if span.kind not in _COUNTS + ("money",) or not high and not _RECORD_LOW.search(before_answer):
        return None
    kinds = _COUNTS if span.kind in _COUNTS else (span.kind,)
    others = [s for s in fact.sentence.spans if s != span] + list(before.spans if before is not None else ())
    values = [value_of(s.text) for s in others if s.kind in kinds and _scale_word(s.text) == _scale_word(span.text)]
    values = [v for v in values if v is not None]
    if not values:
        return None
    return (max(values), -1) if high else (min(values), 1)


def _scale_word(text: str) -> str:
    """What a figure is written with: '7.64 million' and '7.57 million cases' -> '|million', '$4m' -> '$|m'."""
    figures = figures_in(text)
    scale = _SCALE_WORD.match(text, figures[0].end) if len(figures) == 1 else None
    return f"{text[: figures[0].start]}|{scale.group(1) if scale else ''}" if figures else ""


# "stood at 1.55 percent, within the target range of 1.5 to 3.5 percent": a figure said to lie in a range.
# "measure 15 to 30 centimetres in length, with most individuals around 23 centimetres", "grow 2 to 6 metres long,
# averaging 4 metres": a typical figure inside the range (blind review 71 offered 25 to 45 and 30 to 60 cm, which the
# 23 rules out); unlike a target's range, a wrong range beside it still neither holds the answer nor lies inside it
_WITHIN = re.compile(r"\b(?:within|inside|in line with)\b")
_WITHIN_OR_TYPICAL = re.compile(
    r"\b(?:within|inside|in line with|averag(?:e|es|ing)|median|most(?: \w+){0,2} (?:around|about|near|at))\b"
)
_AMOUNT_KINDS = ("number", "percent", "money", "quantity")


def holds_a_figure(fact: Fact) -> bool:
    """Is the answer a range its sentence puts another figure in ("stood at 2.9%, within the range of _____")?"""
    return fact.span.kind == "range" and bool(_within_rules(fact, _WITHIN))


def _within_rules(fact: Fact, words: re.Pattern[str] = _WITHIN_OR_TYPICAL) -> list[Callable[[str], bool]]:
    """A figure and the range the sentence puts it in: a wrong range still holds the figure, a wrong figure
    still lies in the range. ("… within the target range of _____" got 1.7 to 4.0 percent for 1.55 percent;
    "stood at _____, within … 1.5 to 3.5 percent" got only figures below 1.5.)"""
    span, text = fact.span, fact.sentence.text
    rules: list[Callable[[str], bool]] = []
    for other in fact.sentence.spans:
        if other == span or not words.search(_between(text, span, other)):
            continue
        if span.kind == "range" and other.kind in _AMOUNT_KINDS:
            value, ends = value_of(other.text), _ends(span.text)
            if value is not None and ends is not None and ends[0] <= value <= ends[1]:
                rules.append(lambda option, value=value: (e := _ends(option)) is not None and e[0] <= value <= e[1])
        elif span.kind in _AMOUNT_KINDS and other.kind == "range":
            value, ends = value_of(span.text), _ends(other.text)
            if value is not None and ends is not None and ends[0] <= value <= ends[1]:
                rules.append(lambda option, ends=ends: (v := value_of(option)) is not None and ends[0] <= v <= ends[1])
    return rules


# "King Ezana, who ruled in the mid-4th century, converted around _____" (330 to 340) got 430 to 440.
_ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
_CENTURY = re.compile(
    r"\b(?:(\d{1,2})(?:st|nd|rd|th)|(" + "|".join(_ORDINALS) + r"|twenty-first))[- ]century\b(?! BC| BCE)",
    re.IGNORECASE,
)
_YEAR_KINDS = ("year", "range", "number", "date")


def _century_rules(fact: Fact) -> list[Callable[[str], bool]]:
    """A year (or span of years) in a century its sentence names keeps its wrong options in that century."""
    span = fact.span
    match = _CENTURY.search(fact.sentence.text) if span.kind in _YEAR_KINDS else None
    if match is None:
        return []
    ordinal = match.group(2)
    number = int(match.group(1)) if match.group(1) else (
        21 if ordinal.lower() == "twenty-first" else _ORDINALS.index(ordinal.lower()) + 1
    )
    first, last = (number - 1) * 100 + 1, number * 100

    def years_of(text: str) -> list[Decimal]:
        return [f.value for f in figures_in(text) if is_year(f) and not f.ordinal]

    if not years_of(span.text) or not all(first <= y <= last for y in years_of(span.text)):
        return []
    return [lambda option: bool(years_of(option)) and all(first <= y <= last for y in years_of(option))]


def _ends(text: str) -> tuple[Decimal, Decimal] | None:
    figures = figures_in(text)
    return (figures[0].value, figures[1].value) if len(figures) == 2 else None


# (a hedge between the word and the figure leaves it joined: "1.6 million tick bites, up from roughly [1.3 million]"
# offered 1.2 million below the start of a rise, blind review 99)
_HEDGE = r"(?:(?:about|around|roughly|some|nearly|almost|approximately|just|an estimated)\s+)?"
_JOINING_WORDS = tuple(
    (word, re.compile(rf"\b{word}\s+{_HEDGE}$", re.IGNORECASE)) for word in ("from", "to", "between", "and")
)


# "39 of the 46 patients", "3 out of 5", "11 of the borough's 14 libraries": a part, then its whole.
# (a whole given roughly is a whole still: "turned down more than 3,000 of the roughly _____ works submitted" (5,000)
# offered 2,000, blind review 87)
_PART_OF = re.compile(
    r" (?:out )?of (?:the |its |their |his |her |our |all )?(?:roughly |about |around |some |nearly |almost |"
    r"approximately )?(?:[\w-]+['’]s )?"
)
# "Of the 4.99% rise, 2% is ringfenced": the whole first, then its part.
_OF_THE_WHOLE = re.compile(r"\b[Oo]f (?:the |its |their |this |that )?$")
_WHOLE_THEN_PART = re.compile(r" [\w-]+(?: [\w-]+)?, ")
# "reached 1.42 billion crowns ($131 million), up from 1.03 billion": the other end of a change, said after it.
_CHANGED_FROM = re.compile(rf"\b(?:up|down|rising|falling|rose|fell|climbing|dropping) from {_HEDGE}$")
_ASIDE = re.compile(r"\([^()]*\)")
# "a gross tonnage of 79,280, later increased to _____", "consuming around _____ … must bring that figure down to
# 15 cubic metres" (reviews 44, 46): a figure and where it was changed to, said after it.
_CHANGED_TO = re.compile(
    r"\b(?:increased|increasing|raised|raising|rose|rising|grew|growing|climbed|climbing|fell|falling|dropped|"
    r"dropping|decreased|decreasing|declined|declining|reduced|reducing|lowered|lowering|cut|down|up) to"
    # ("later reduced to a "narrow wall" of around _____" (2.4 m, after 3 m) offered 3.1 and 3.6 m, blind review 89:
    # a rough figure, or what the thing was changed into, between)
    r"(?: (?:a|an|the)(?: [\w\"“”'’-]+){1,3} of)?(?: (?:about|around|roughly|approximately|nearly|some|just))? $"
)
# "The bill passed by 118 votes to _____" (109) offered 125, 142 and 153 (review 54): a vote's two counts.
_VOTES_TO = re.compile(r" votes? to ")
# "adult males commonly reach _____ in length and can exceed 3 metres" (2.5 metres) offered 3.1 metres, "designed
# for _____, but will be limited to 250 km/h" 200 km/h (review 54): a usual figure and the most it may come to, or
# a design figure and the limit set below it.
_BOUND_AFTER = re.compile(
    r"\b(?:(?:can|may|could|sometimes|occasionally|rarely|even)(?: even)? (?:exceed|reach|top|surpass)|"
    r"(?:limited|capped|restricted|held) (?:to|at)|(?:and|but) (?:as (?:much|many|high|long|large|far) as|up to))\s$"
)
# "Eggs incubated at about 21 °C produce mostly females, while those at _____ or above produce mostly males" offered
# 15 and 20 °C (blind review 101, bad): a threshold told with "or above" keeps to its side of a figure of its unit
# the sentence gives before it, and that figure to its own.
_OR_BEYOND_AFTER = re.compile(r" or (?:above|more|higher|over|greater|warmer|below|less|lower|fewer|under)\b")
_UNIT_WORD = re.compile(r"\s?([^\s\d.,][^\s.,;)]*)")
# "a tight jobs market could make it harder to bring inflation, currently 4.1 per cent, back to its _____ target"
# (2 per cent) offered 5 and 6 per cent (review 70): a figure and the level it is to return to.
_RETURNED_TO = re.compile(
    r"\b(?:back|return(?:s|ed|ing)?|returned) (?:down |up )?to (?:its |the |their |a |an |his |her )?$"
)
# "The highest point … reaches 3,415 metres; the Ahaggar … rise to almost _____" (3,000 metres) offered 4,000 and
# 8,000 metres, and the highest point's own question 2,732 metres below the Ahaggar's 3,000 (review 68): a figure
# the sentence calls the most (or least) of its measure bounds every other figure of that measure it gives.
_MOST_OF_A_MEASURE = re.compile(
    r"\b(?:highest|tallest|longest|deepest|largest|biggest|greatest|heaviest|fastest|widest|maximum|peak|"
    r"at most|up to|no more than)\b",
    re.IGNORECASE,
)
_LEAST_OF_A_MEASURE = re.compile(
    r"\b(?:lowest|shortest|smallest|shallowest|lightest|slowest|narrowest|minimum|at least|no (?:fewer|less) than)\b",
    re.IGNORECASE,
)
# the clause a figure stands in begins after these: "…reaches 3,415 metres; the Ahaggar … rise to almost 3,000"
_CLAUSE_BREAK = re.compile(r"[;:]|,? (?:while|whereas|but|and|though|although) |\(|\)")


def _clause_before(text: str, span: Span) -> str:
    """The words of a figure's clause before it: from the last clause break (or the start) up to the figure."""
    before = text[: span.start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    return before[breaks[-1].end() :] if breaks else before


def _bound_side(text: str, span: Span) -> int:
    """+1 if the sentence gives the figure as the most of its measure ('The highest point … reaches 3,415 metres',
    'up to 12%'), -1 as the least, 0 if neither (or a figure comes between the word and it)."""
    clause = _clause_before(text, span)
    most, least = list(_MOST_OF_A_MEASURE.finditer(clause)), list(_LEAST_OF_A_MEASURE.finditer(clause))
    last = max(most + least, key=lambda m: m.start(), default=None)
    if last is None or re.search(r"\d", clause[last.end() :]) or _ONE_OF_THE.search(clause[: last.start()]):
        return 0
    return 1 if last in most else -1


# "caesium has one of the lowest values": one of several, no bound.
_ONE_OF_THE = re.compile(r"\bone of (?:the |its |their )?$", re.IGNORECASE)
# "ships up to 366 metres long and _____ wide" (49 metres): a length bounds no width.
_DIMENSION_AFTER = re.compile(r"\s+(long|wide|high|tall|deep|thick|across|in (?:length|width|height|depth|diameter))\b")


def _dimension(text: str, span: Span) -> str:
    """The dimension a figure measures, told after it: '366 metres long' -> 'long'; '' if none is told."""
    told = _DIMENSION_AFTER.match(text, span.end)
    return told.group(1) if told else ""


def _bounds_the_other(text: str, bound: Span, other: Span) -> bool:
    """Is `bound` the most (or least) of a measure that `other`, a figure in the same unit the sentence gives
    as neither, lies below (or above)? The other figure then keeps to its side of it, and the bound to its own."""
    side = _bound_side(text, bound)
    if not side or _bound_side(text, other) or _unit_of(bound) != _unit_of(other):
        return False
    if _dimension(text, bound) and _dimension(text, other) and _dimension(text, bound) != _dimension(text, other):
        return False
    limit, value = value_of(bound.text), value_of(other.text)
    return limit is not None and value is not None and (limit - value) * side > 0


def _unit_of(span: Span) -> str:
    """The unit a figure is written in, singular: '2.5 metres' and '3 metres' -> 'metre', '250 km/h' -> 'km/h'."""
    figures = figures_in(span.text)
    unit = _UNIT_WORD.match(span.text, figures[-1].end) if figures else None
    word = unit.group(1).lower() if unit else ""
    return word.rstrip("s").rstrip("e") if len(word) > 3 else word


# "reached 238 on Sunday, well above the threshold of _____" (review 43): a figure and the mark it passed.
_PAST_A_MARK = re.compile(
    r"\b(?:above|below|over|under|beyond|short of|exceeding|past) (?:the |a |an |its |their )?(?:[\w'’-]+ )?"
    r"(?:target|threshold|limit|level|mark|benchmark|forecast|goal|ceiling|floor)s? of $"
)
# "slightly ahead of the 9.6 billion expected": a figure barely off another the sentence states. A wrong option
# is then either as near (hair-splitting) or far off (a give-away): none is worth asking.
_BARELY = re.compile(
    r"\b(?:slightly|just|marginally|narrowly|fractionally|a little|a touch|barely) "
    r"(?:ahead of|above|below|short of|behind|higher than|lower than|more than|less than|under|over|beat(?:ing)?)\b"
)


# "Only _____ of patients were seen within four hours, against a target of 78%" (review 40): a figure and the mark
# it is measured against, whose side the stem's words ("only", "beat", "missed") tell.
_AGAINST_A_MARK = re.compile(
    r"\b(?:against|versus|vs\.?|compared (?:with|to)) (?:a |an |the |its |their )?(?:[\w'’-]+ )?"
    r"(?:target|goal|forecast|expectations?|estimates?|benchmark|threshold)s? of $"
)
# "the most populous county, with 4.4 million, followed by Kiambu with _____ and Nakuru with 2.2 million"
# (review 41): figures of a ranking, each below the one before.
_RANKING = re.compile(r"\b(?:followed by|trailed by|ahead of|then came)\b")
# (a ranking, not a sequence: "a rise of 7.5% in the first year, followed by rises of 6.5%" says nothing of order)
_TOP_OF_A_RANKING = re.compile(
    r"\b(?:most|largest|biggest|highest|greatest|top|leading|busiest|richest|wealthiest|lowest|smallest|least)\b"
)
# ("followed by the Volkswagen ID.4 on _____ and the Skoda Enyaq on 6,115" offered 5,150, blind review 89: a name
# with its article)
_NEXT_IN_LIST = re.compile(
    r"(?: [a-z]+)?,? (?:and |then )?(?:the )?(?:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*) (?:with|at|on) $"
)


# "Dunn, second in 22.04, with Cole third in _____" (22.11) offered 20.78, faster than second place (blind review 91):
# the figures of two places in one race or contest
_PLACED_IN = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|won|winning|runner-up) in $"
)


def _ranked(text: str, first: Span, second: Span) -> bool:
    """Are two figures neighbours in a ranking the sentence states ("… with 4.4 million, followed by Kiambu with
    _____ and Nakuru with 2.2 million")?"""
    between = text[first.end : second.start]
    if not _TOP_OF_A_RANKING.search(text[: first.start]):
        return False
    if _RANKING.search(between):
        return not re.search(r"\d", between)
    return _NEXT_IN_LIST.fullmatch(between) is not None and _RANKING.search(text[: first.start]) is not None


def _linked(text: str, span: Span, other: Span) -> bool:
    """Are two figures the two ends of one change: 'from X to Y', 'to Y from X', 'from X in May to Y'; a figure
    and the target it is measured against; or neighbours in a ranking?"""
    def word_before(s: Span) -> str:
        before = text[max(0, s.start - 24) : s.start]
        for word, pattern in _JOINING_WORDS:
            if pattern.search(before):
                return word
        return ""

    # "39 of the 46 patients", "3 out of 5": a part stays below its whole.
    first, second = sorted((span, other), key=lambda s: s.start)
    between = text[first.end : second.start]
    if _PART_OF.fullmatch(between):
        return True
    if _AGAINST_A_MARK.search(text[: second.start]) and not re.search(r"\d", between) or _ranked(text, first, second):
        return True
    placed = _PLACED_IN.search(text[: first.start]) and _PLACED_IN.search(text[: second.start])
    if placed and not re.search(r"\d", between):
        return True  # "second in 22.04, with the American Brianna Cole third in 22.11": places keep their order
    if _OF_THE_WHOLE.search(text[: first.start]) and _WHOLE_THEN_PART.fullmatch(between):
        return True
    if first is other and _CHANGED_FROM.search(text[: span.start]) and not re.search(r"\d", _ASIDE.sub("", between)):
        return True  # the nearest figure before "up from": where the change ended
    if not re.search(r"\d", _ASIDE.sub("", between)) and (
        _CHANGED_TO.search(between) or _PAST_A_MARK.search(between)
    ):
        return True  # "a tonnage of 79,280, later increased to 83,423"; "reached 238, well above the threshold of 201"
    first_figures = figures_in(first.text)
    if first_figures and _VOTES_TO.fullmatch(first.text[first_figures[-1].end :] + between):
        return True  # "passed by 118 votes to 109": the loser's count is below the winner's
    if _BOUND_AFTER.search(between) and not re.search(r"\d", between) and _unit_of(first) == _unit_of(second):
        return True  # "commonly reach 2.5 metres and can exceed 3 metres", "designed for 300, but limited to 250 km/h"
    if _OR_BEYOND_AFTER.match(text, second.end) and not re.search(r"\d", _ASIDE.sub("", between)) and _unit_of(
        first
    ) == _unit_of(second):
        return True  # "about 21 °C produce mostly females, while those at 22 °C or above …": a threshold beside it
    if _RETURNED_TO.search(between) and not re.search(r"\d", _ASIDE.sub("", between)):
        return True  # "inflation, currently 4.1 per cent, back to its 2 per cent target"
    if _bounds_the_other(text, span, other) or _bounds_the_other(text, other, span):
        return True  # "The highest point reaches 3,415 metres; the Ahaggar rise to almost 3,000 metres"
    # "58 per cent, up from 49 per cent": the other figure is where the change started.
    ends = {word_before(span), word_before(other)}
    if ends == {"between", "and"}:
        return True  # "between $10 million and $15 million": the two ends of one span
    return ends == {"from", "to"} or (word_before(other) == "from" and word_before(span) != "from")


# "three-fifths of the Senate, or 60 of its 100 members": a share the stem gives in words.
FRACTIONS = {
    "half": Decimal("0.5"), "a third": Decimal(1) / 3, "one-third": Decimal(1) / 3, "two-thirds": Decimal(2) / 3,
    "a quarter": Decimal("0.25"), "one-quarter": Decimal("0.25"), "three-quarters": Decimal("0.75"),
    "a fifth": Decimal("0.2"), "one-fifth": Decimal("0.2"), "two-fifths": Decimal("0.4"),
    "three-fifths": Decimal("0.6"), "four-fifths": Decimal("0.8"), "a tenth": Decimal("0.1"),
}
_FRACTION = re.compile(r"\b(?:" + "|".join(sorted(FRACTIONS, key=len, reverse=True)) + r")\b", re.IGNORECASE)
_RATE = re.compile(r"(\d+(?:\.\d+)?)\s?(?:%|per ?cent\b|percent\b)")
EXACT = Decimal("0.005")


def rates_in(text: str) -> frozenset[Decimal]:
    """The shares a text states: '7.5% pay rise' -> 0.075, 'three-fifths of the Senate' -> 0.6."""
    found = {Decimal(m.group(1)) / 100 for m in _RATE.finditer(text)}
    found |= {FRACTIONS[m.group().lower()] for m in _FRACTION.finditer(text)}
    return frozenset(found)


def computable(fact: Fact, rates: frozenset[Decimal]) -> bool:
    """Does the stem give the answer by arithmetic: the other end of its change and the rate of the change
    ("a 7.5% rise … from 14,200 rand to _____"), or the whole it is a stated share of ("three-fifths of the
    Senate, or _____ of its 100 members")? Every wrong option is then ruled out by a sum."""
    if _one_of_a_comparison_by_a_share(fact):
        return True
    span, text = fact.span, fact.sentence.text
    answer = value_of(span.text)
    if not rates or answer is None or span.kind not in ("number", "money", "quantity") or answer == 0:
        return False
    for other in fact.sentence.spans:
        value = value_of(other.text) if other != span and other.kind in ("number", "money", "quantity") else None
        if not value or not _linked(text, span, other):
            continue
        for rate in rates:
            made = (value * (1 + rate), value * (1 - rate), value * rate, value / rate if rate else value)
            if any(abs(answer - m) <= EXACT * answer for m in made):
                return True
    return False


# "roughly 220,000 kilometres per second, about 27% below the modern value of 299,792 km/s": two figures and the
# share by which one falls short of (or passes) the other. Any of the three follows from the other two, so none of
# them is asked with wrong options (blind review 87: the speed, the share and the modern value in turn).
_SHARE_APART = re.compile(
    r"^[^\d]*?(\d+(?:\.\d+)?)\s?(?:%|per ?cent\b|percent\b)\s+(below|under|lower than|less than|short of|"
    r"above|over|higher than|more than|greater than|ahead of)\b[^\d]*$",
    re.IGNORECASE,
)
_SHARE_SHORT = ("below", "under", "lower than", "less than", "short of")
SHARE_SLACK = Decimal("0.015")  # "about 27%" is a share told to a point: the sum comes out a little off


def _one_of_a_comparison_by_a_share(fact: Fact) -> bool:
    """Is the answer one of 'A, P% below B': the first figure, the share or the second figure, where the three
    agree by arithmetic?"""
    span, text = fact.span, fact.sentence.text
    amounts = [s for s in fact.sentence.spans if s.kind in ("number", "money", "quantity")]
    for first, second in pairwise(amounts):
        apart = _SHARE_APART.match(text[first.end : second.start])
        if apart is None:
            continue
        share_start = first.end + apart.start(1)
        if span not in (first, second) and not (span.kind == "percent" and span.start == share_start):
            continue
        a, b = value_of(first.text), value_of(second.text)
        if not a or not b:
            continue
        rate = Decimal(apart.group(1)) / 100
        made = b * (1 - rate) if apart.group(2).lower() in _SHARE_SHORT else b * (1 + rate)
        if abs(a - made) <= SHARE_SLACK * a:
            return True
    return False


def _between(text: str, a: Span, b: Span) -> str:
    first, second = sorted((a, b), key=lambda s: s.start)
    return text[first.end : second.start]


def _year_in(text: str) -> int | None:
    years = [int(f.value) for f in figures_in(text) if is_year(f) and f.digits == 4]
    return years[0] if len(years) == 1 else None


def _day_in(text: str) -> bool:
    """Does a date name its day ('12 October', 'March 4'), not only its month ('August 1492')?"""
    return any(not is_year(f) and 1 <= f.value <= 31 and not f.decimals for f in figures_in(text))


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


def nested(option: str, answer: str) -> bool:
    """Does one range hold the other: '1 to 3 µm' or '1.4 to 3' beside '1 to 2 µm' or '1.5 to 3' (review 28, 42)?
    Either is half right. (Ranges that merely overlap, '12 to 35' beside '10 to 30', are fair.)"""
    mine, theirs = _ends(option), _ends(answer)
    if mine is None or theirs is None:
        return False
    return mine[0] <= theirs[0] and theirs[1] <= mine[1] or theirs[0] <= mine[0] and mine[1] <= theirs[1]
