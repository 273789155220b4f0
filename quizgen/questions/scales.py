"""What a figure's own measure and its stem allow as wrong options: a quake's magnitude, a person's age, a
duration in whole weeks or days, a rank that every larger one also holds."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from quizgen.model import Fact
from quizgen.questions.numbers import figures_in, month_matches, value_of


@dataclass(frozen=True)
class Scale:
    """A measure whose values a student knows the bounds of: wrong options stay inside them.

    `before` / `after` find the measure next to the answer (the sentence around it, the answer's own unit
    included in `after`); `low`/`high` bound every option; `near` keeps an option within that share of the
    answer (an age gap of 38 years gets no 53); `grid` is the step options move by, nearest first, where the
    usual factors would overshoot a short scale (magnitude 7.6 by 0.5: 7.1, 8.1…)."""

    name: str
    example: str
    before: re.Pattern[str] | None = None
    after: re.Pattern[str] | None = None
    low: Decimal | None = None
    high: Decimal | None = None
    near: tuple[Decimal, Decimal] | None = None
    grid: Decimal | None = None
    adult_from: Decimal | None = None  # an adult's age gets adults' ages, a child's children's
    record_at_top: bool = False  # a value at `high` is the record ("the strongest earthquake ever recorded")

    def found_in(self, before: str, after: str) -> bool:
        return bool(self.before and self.before.search(before)) or bool(self.after and self.after.match(after))


_D = Decimal
# what stands on the Earth's surface and so under Everest: the heights of a mountain, its summit, a volcano (and
# whatever is "metres high" or "tall": no building or tree comes near)
_HEIGHT_WORDS = r"(?:[Mm]ountains?|[Vv]olcano(?:es)?|[Pp]eaks?|[Ss]ummit|Mount [A-Z][a-z]+|above sea level)"
SCALES = (
    # review 34: "magnitude _____" (8.8) offered 11.0; (9.5, the strongest ever recorded) offered 11.9 and 6.7
    Scale(
        "earthquake magnitude",
        "A magnitude 7.6 earthquake struck: 7.1, 8.1, 6.6 — never 9.9, 11.0 or 5.3",
        # (a star's "apparent magnitude of −1.46" is another scale)
        before=re.compile(
            r"(?<!apparent )(?<!absolute )(?<!visual )\bmagnitude(?: of)?(?: about| around| roughly)?[ -]$",
            re.IGNORECASE,
        ),
        after=re.compile(r"[- ]magnitude\b(?! star)", re.IGNORECASE),
        low=_D(3),
        high=_D("9.5"),
        near=(_D("0.8"), _D("1.2")),
        grid=_D("0.5"),
        record_at_top=True,
    ),
    # review 37: "came to Athens at about the age of _____" (30) offered 10 for a merchant
    Scale(
        "a person's age",
        "died at the age of 84: 67, 76, 97 — a merchant of 30 gets no 10",
        before=re.compile(r"\b(?:age of|at age|aged)(?: about| around| nearly| almost| just)? $", re.IGNORECASE),
        after=re.compile(r"-year-old\b| years? old\b"),
        low=_D(1),
        high=_D(105),
        near=(_D("0.6"), _D("1.5")),
        adult_from=_D(18),
    ),
    # review 34: "a married woman _____ his junior" (38 years) offered 48 and 53 years
    Scale(
        "an age gap",
        "a woman 38 years his junior: 30, 34, 44 — never 53",
        after=re.compile(r"(?: years?)? (?:his|her|their) (?:junior|senior)\b|(?: years?)? (?:younger|older) than\b"),
        near=(_D("0.6"), _D("1.2")),
    ),
    Scale(
        "a storm's category",
        "a Category 4 hurricane: 3, 5 — never 6",
        before=re.compile(r"\bCategory $"),
        low=_D(1),
        high=_D(5),
        grid=_D(1),
    ),
    Scale(
        "a latitude",
        "at 78°N: 74°N, 82°N — never 94°N",
        after=re.compile(r" ?° ?[NS]\b|(?: degrees)? (?:north|south)\b(?! of)"),
        low=_D(0),
        high=_D(89),
        near=(_D("0.8"), _D("1.2")),
        grid=_D(4),
    ),
    # review 40: "Water has a refractive index of about _____" (1.33) offered 0.53 and 0.93: n = c/v is never below 1
    Scale(
        "a refractive index",
        "water's refractive index of about 1.33: 1.06, 1.20, 1.66 — never 0.93",
        before=re.compile(
            r"\b(?:refractive index|index of refraction)(?: of)?(?: about| around| roughly| approximately)? $",
            re.IGNORECASE,
        ),
        low=_D(1),
        high=_D(4),
    ),
    Scale(
        "Mohs hardness",
        "quartz has a hardness of 7 on the Mohs scale: 5, 6, 8 — never 11",
        before=re.compile(r"\bMohs hardness(?: of)?(?: about| around)? $", re.IGNORECASE),
        after=re.compile(r" on the Mohs\b"),
        low=_D(1),
        high=_D(10),
        grid=_D(1),
    ),
    # review 58: "Ojos del Salado, which at _____ is the highest active volcano in the world" (6,893 metres) offered
    # 8,961 and 9,650 metres: no mountain on Earth stands above Everest's 8,849 metres (29,032 feet)
    Scale(
        "a mountain's height",
        "Kilimanjaro rises to 5,895 metres: 4,716, 6,779 — never 9,650 metres",
        after=re.compile(rf" ?(?:metres|meters|m)\b(?:(?= (?:high|tall)\b)|(?=[^.;]{{0,40}}\b{_HEIGHT_WORDS}\b))"),
        low=_D(1),
        high=_D(8849),
    ),
    Scale(
        "a mountain's height in feet",
        "Mount Rainier is 14,411 feet high: 12,970, 17,293 — never 31,000 feet",
        after=re.compile(rf" ?(?:feet|ft)\b(?:(?= (?:high|tall)\b)|(?=[^.;]{{0,40}}\b{_HEIGHT_WORDS}\b))"),
        low=_D(1),
        high=_D(29032),
    ),
    Scale(
        "pH",
        "a pH of 5.6: 5.1, 6.6 — never 15.2",
        before=re.compile(r"\bpH(?: value)?(?: of)?(?: about| around)? $"),
        low=_D(0),
        high=_D(14),
        grid=_D("0.5"),
    ),
)


def scale_of(fact: Fact) -> Scale | None:
    """The known measure the answer is a value of, if any."""
    span, text = fact.span, fact.sentence.text
    if span.kind not in ("number", "quantity"):
        return None
    before = text[max(0, span.start - 30) : span.start]
    figures = figures_in(span.text)
    if len(figures) != 1:
        return None
    after = span.text[figures[0].end :] + text[span.end : span.end + 40]
    return next((scale for scale in SCALES if scale.found_in(before, after)), None)


def allowed_by(scale: Scale, answer: Decimal, option: Decimal) -> bool:
    """Is a wrong option a value the measure can take, near enough to the answer to be believed?"""
    low, high = scale.low, scale.high
    if scale.adult_from is not None:  # a merchant of 30 is no child, a girl of 12 no woman
        low, high = (scale.adult_from, high) if answer >= scale.adult_from else (low, scale.adult_from - 1)
    if low is not None and option < low or high is not None and option > high:
        return False
    return scale.near is None or scale.near[0] * answer <= option <= scale.near[1] * answer


def at_top(scale: Scale, answer: Decimal) -> bool:
    """'The strongest earthquake ever recorded, of magnitude 9.5': nothing stronger to offer, and anything
    weaker is ruled out by the stem."""
    return scale.record_at_top and scale.high is not None and answer >= scale.high


# Units of time that fill a larger one: a whole number of years in weeks, of days in hours. A span of whole
# larger units ("a 52-week trial", "within 72 hours") is set in that larger unit, so its wrong options are too:
# 26, 104, 156 weeks; 24, 48, 96 hours — never the 65 weeks or 58 hours that give the answer away.
# (the larger unit, the longest span still set in it: "140 days" is no count of weeks, "21 days" is)
CYCLES = {
    **dict.fromkeys(("week", "weeks"), (52, 520)),
    **dict.fromkeys(("hour", "hours"), (24, 240)),
    **dict.fromkeys(("month", "months"), (12, 120)),
    **dict.fromkeys(("minute", "minutes", "second", "seconds"), (60, 600)),
    **dict.fromkeys(("day", "days"), (7, 28)),
}
_UNIT_AFTER = re.compile(r"[- ]?([a-z]+)")
CYCLE_STEPS = 6


def cycle_candidates(fact: Fact, value: Decimal) -> tuple[list[Decimal], list[Decimal]] | None:
    """Wrong values on the grid of the larger unit: (below, above), nearest first; None off any grid."""
    figures = figures_in(fact.span.text)
    if len(figures) != 1 or figures[0].decimals:
        return None
    after = fact.span.text[figures[0].end :] + fact.sentence.text[fact.span.end : fact.span.end + 20]
    unit = _UNIT_AFTER.match(after)
    cycle, longest = CYCLES.get(unit.group(1), (0, 0)) if unit else (0, 0)
    if not cycle or not cycle <= value <= longest:
        return None
    half = cycle // 2 if cycle % 2 == 0 else cycle
    if value % half:
        return None
    step = cycle if value % cycle == 0 else half
    lower = [value - k * step for k in range(1, CYCLE_STEPS) if value - k * step > 0]
    if step == cycle and half != cycle and value == cycle:
        lower = [Decimal(half)]  # "a 52-week trial": a 26-week one is as natural as a 104-week one
    upper = [value + k * step for k in range(1, CYCLE_STEPS)]
    return lower, upper


# blind review 96: "IPv6 uses _____-bit addresses" (128) offered 102, 147 and 166: a size in bits that is a power of two
# is one of the sizes machines are built in (8, 16, 32, 64, 128, 256 …), and its rivals are the other such sizes
_BITS_AFTER = re.compile(r"[- ]bits?\b", re.IGNORECASE)
SMALLEST_WORD = 4  # "a 4-bit nibble": no size of fewer bits is offered


def bit_size_candidates(fact: Fact, value: Decimal) -> tuple[list[Decimal], list[Decimal]] | None:
    """Other powers of two for a size in bits that is one (below, above; nearest first); None for any other figure
    ("24 bits" of colour, "48-bit" addresses keep the usual factors)."""
    figures = figures_in(fact.span.text)
    if len(figures) != 1 or figures[0].decimals or figures[0].in_words or value < 2 * SMALLEST_WORD:
        return None
    after = fact.span.text[figures[0].end :] + fact.sentence.text[fact.span.end : fact.span.end + 10]
    whole = int(value)
    if not _BITS_AFTER.match(after) or whole & (whole - 1):
        return None
    lower = [Decimal(whole >> k) for k in range(1, 4) if whole >> k >= SMALLEST_WORD]
    upper = [Decimal(whole << k) for k in range(1, 4)]
    return lower, upper


_NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|hundred"


@dataclass(frozen=True)
class NoOptions:
    """Where the answer stands (`before` it, `after` it) when it is one of many that would be true, or the stem
    settles it by itself: no set of wrong options makes a fair question, so the fact is asked as a cloze."""

    name: str
    example: str
    before: re.Pattern[str] | None = None
    after: re.Pattern[str] | None = None

    def found_in(self, before: str, after: str) -> bool:
        return (self.before is None or self.before.search(before) is not None) and (
            self.after is None or self.after.match(after) is not None
        )


NO_OPTIONS = (
    # review 37: "among the top _____ universities" (200): in the top 300, 400 and 500 as well
    NoOptions("a rank every larger one also holds", "placed among the top 200 universities",
              before=re.compile(r"\btop $", re.IGNORECASE)),
    NoOptions("one of the N greatest", "one of the 10 largest banks in Europe",
              before=re.compile(r"\b(?:one|some|among) of the $", re.IGNORECASE),
              after=re.compile(r" (?:largest|biggest|most|best|oldest|busiest|richest|highest|tallest|longest|"
                               r"greatest|leading)\b")),
    # review 37: "c. 334 – c. _____ BC" offered 157 BC: one end of a span whose other end the stem gives
    NoOptions("the end of a dashed span", "Zeno of Citium (c. 334 – c. 262 BC)",
              before=re.compile(r"\d\s*(?:[–—]|\s-\s)\s*(?:c\.\s*|ca\.\s*)?$")),
    NoOptions("the start of a dashed span", "open from 9 – 17 daily",
              after=re.compile(r"\s*(?:[–—]|\s-\s)\s*(?:c\.\s*)?\d")),
    # review 34: "losing eight or _____ a month" (nine days), review 36: "more than four or _____" (five): the
    # next figure after one the stem gives; and "every three to _____ minutes", the top of a range in words
    NoOptions("the figure after 'N or', 'N to'", "losing eight or nine days a month",
              before=re.compile(rf"(?:\d|\b(?:{_NUMBER_WORDS}))(?: or| to) $", re.IGNORECASE)),
    # review 37: "founded in 1088 … celebrated its eighth centenary in _____" (1888): a year reckoned by a sum
    NoOptions("an anniversary's year", "founded in 1088, it marked its eighth centenary in 1888",
              before=re.compile(r"\b(?:centenary|centennial|bicentenary|bicentennial|tercentenary|anniversary|"
                                r"jubilee)(?: of [\w'’ -]{1,40}?)? (?:in|of) $", re.IGNORECASE)),
    # review 35: "the semi-finals of the men's _____" (200 metres) offered 300 and 500 metres
    NoOptions("an event's name", "the final of the women's 400 metres hurdles",
              before=re.compile(r"\b(?:men|women|boys|girls)(?:'s|’s|'|’) $", re.IGNORECASE)),
    # review 41: "divided by the labour force, multiplied by _____" (100) offered 70, 80, 90: a formula's constant
    NoOptions("a constant of a formula", "the rate is the unemployed divided by the labour force, multiplied by 100",
              before=re.compile(r"\b(?:multiplied|divided) by $", re.IGNORECASE)),
    # review 42: "246,380 UK _____-year-olds" (18) offered 13, 14, 16: an age group named by its age
    NoOptions("the age that names a group", "places for 246,380 UK 18-year-olds; a class of 15-year-olds",
              after=re.compile(r"-year-olds\b")),
    # blind review 98: "In type _____ diabetes the body's cells stop responding" (2) offered 3, 5 and 6: a number that
    # names a kind, a stage or a clause is a label, not a quantity, and a made-up label (type 6 diabetes) is absurd
    NoOptions("a number that is a label", "type 2 diabetes, stage 3 cancer, a phase 3 trial, Article 9",
              before=re.compile(
                  r"\b(?:[Tt]ype|[Ss]tage|[Cc]lass|[Gg]rade|[Pp]hase|[Tt]ier|Article|Section|Chapter) $")),
    # review 35: "from 14,200 rand to 15,265 rand (_____)": the same amount in another currency or unit
    NoOptions("a conversion in brackets", "a wage of 15,265 rand ($820)",
              before=re.compile(r"\d[\d,.]*(?:\s?[^\W\d]+){0,2}\s\((?:about |around |approx\. |approximately |some |"
                                r"roughly )?$"),
              after=re.compile(r"\)")),
)
_DECADE = re.compile(r"^(\d{3})0s$")
# review 49: "54 percent of people aged _____ had voted" (18 to 29) offered 23 to 36 and 25 to 41: an age band is
# a survey's convention (18 to 24, 25 to 34), so a made-up one is told apart at sight and a real one is a guess
_AGE_BAND_BEFORE = re.compile(r"\b(?:aged|ages|ages of|age group of|between the ages of)(?: between)? $", re.IGNORECASE)


def asked_without_options(fact: Fact) -> bool:
    """Is the answer a figure no set of wrong options can make a fair question of?

    'the top _____ universities' (every larger rank is right too), the bare 1 of a formula ('equals _____
    divided by the reserve ratio': 2 and 3 are filler), one end of a span whose other end stands next to it,
    a decade whose year the stem names ('in the _____, in 1643 and 1649'), a date whose month the stem names
    outside any date ('on the Ides of March (_____)'), a figure at the top of its scale."""
    span, text = fact.span, fact.sentence.text
    before, after = text[max(0, span.start - 30) : span.start], text[span.end : span.end + 40]
    if any(rule.found_in(before, after) for rule in NO_OPTIONS):
        return True
    if span.kind == "range" and _AGE_BAND_BEFORE.search(before):
        return True
    if span.kind == "number" and span.text.strip().lower() in ("1", "one"):
        return True
    decade = _DECADE.match(span.text)
    if decade:
        first = int(decade.group(1)) * 10
        others = [f for s in fact.sentence.spans if s != span for f in figures_in(s.text) if f.digits == 4]
        if any(first <= f.value < first + 10 for f in others):
            return True
    if span.kind == "date" and _month_told(fact):
        return True
    scale = scale_of(fact)
    value = value_of(span.text)
    return scale is not None and value is not None and at_top(scale, value)


def _month_told(fact: Fact) -> bool:
    """Does the sentence name the answer's month outside its dates ('stabbed on the Ides of March (15 March)')?"""
    months = month_matches(fact.span.text)
    if len(months) != 1:
        return False
    text = fact.sentence.text
    for span in fact.sentence.spans:
        if span.kind in ("date", "year", "range"):
            text = text[: span.start] + " " * (span.end - span.start) + text[span.end :]
    return re.search(rf"\b{re.escape(months[0].group())}(?!\w)", text) is not None
