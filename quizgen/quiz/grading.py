"""Grade a typed answer: forgiving about form (case, spaces, punctuation, a typo), strict about facts.

The rules, in order:
- Form never matters: case, spaces, punctuation, curly or straight quotes, `8.2 %` or `8.2 per cent`
  for `8.2%`, `1000` for `1,000`, `1950-53` for `1950-1953`, `5-fold` for `five-fold`, `Jan` for
  `January`, a leading "the"/"a"/"an".
- Figures always matter: every number in the answer must be typed, and no other (1950 is not 1951,
  8.2% is not 8.3%); number and scale words (five, million, billion) must match exactly too.
- A small typo is forgiven only in a long word (one slip from 7 letters, two from 12), never in a
  short one, so "Donald Duck" is not "Donald Trump" and "June" is not "July".
- A date may be typed in another order ("January 26, 1950" for "26 January 1950").
- A multiple-choice answer may be the option's letter or number, in any case, or its text.
- A cloze that hides several answers takes them in order, separated by ";" (or by "," when that
  gives exactly the right number of parts); the item is right only when every part is.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from quizgen.model import Question

LETTERS = "ABCDEFGH"

# Quotes, dashes and odd spaces a keyboard or a word processor may produce, mapped to plain ones.
_PLAIN = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "–": "-", "—": "-"})
_PERCENT_WORDS = re.compile(r"\s*\b(?:per\s*cent|percent|pct)\b", re.IGNORECASE)
# A figure with optional thousands separators and decimals: 1,000 | 8.2 | 1.04 | 26
_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_WORD = re.compile(r"[^\W_]+")
_LEADING_ARTICLES = ("the", "a", "an")
_CURRENCY = frozenset("$£€¥₩₹₽")
_MONTHS = "january february march april may june july august september october november december".split()
# "26 Jan 1950" names the same day as "26 January 1950".
_MONTH_SHORT = {**{m[:3]: m for m in _MONTHS}, "sept": "september"}
# "1950-53" is the range 1950-1953; "five-fold", "fivefold" and "5-fold" are one multiple.
_SHORT_RANGE = re.compile(r"(?<!\d)(\d\d)(\d\d)\s?-\s?(\d\d)(?!\d)")
_SMALL_NUMBERS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty"
).split()
_SMALL_NUMBER = re.compile(rf"\b(?:{'|'.join(_SMALL_NUMBERS)})(?=\b|-?fold\b)", re.IGNORECASE)

# Words that carry a quantity: a typo-distance of one between them is a different fact.
NUMBER_WORDS = frozenset(
    """zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred
    thousand million billion trillion bn mn first second third fourth fifth sixth seventh eighth ninth
    tenth half quarter twice once dozen""".split()
)


@dataclass(frozen=True)
class Grade:
    """The verdict on one typed answer; `exact` is False when a typo or a different form was forgiven."""

    correct: bool
    exact: bool = False
    reason: str = ""

    @property
    def verdict(self) -> str:
        return "right" if self.correct else "wrong"


def _plain(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_PLAIN)
    text = _SHORT_RANGE.sub(r"\1\2-\1\3", text)
    text = _SMALL_NUMBER.sub(lambda m: str(_SMALL_NUMBERS.index(m.group().lower())), text)
    return _PERCENT_WORDS.sub("%", text)


def _numbers(text: str) -> list[Decimal]:
    values = []
    for match in _NUMBER.finditer(text):
        try:
            values.append(Decimal(match.group().replace(",", "")))
        except InvalidOperation:  # pragma: no cover - the pattern only matches digits
            continue
    return values


def _words(text: str) -> list[str]:
    """The words of the text without its figures, lower-case, without a leading article."""
    words = [_MONTH_SHORT.get(w, w) for w in _WORD.findall(_NUMBER.sub(" ", text).casefold())]
    while words and words[0] in _LEADING_ARTICLES and len(words) > 1:
        words = words[1:]
    return words


def _typo_allowance(word: str) -> int:
    if word in NUMBER_WORDS or len(word) < 7:
        return 0
    return 1 if len(word) < 12 else 2


def _words_match(expected: list[str], typed: list[str]) -> tuple[bool, bool]:
    """(matches, exactly): word by word, each long word allowed a small typo."""
    if expected == typed:
        return True, True
    if "".join(expected) == "".join(typed):  # "Jong-eun-bo" typed as "Jongeunbo"
        return True, True
    if len(expected) != len(typed):
        return False, False
    # Imported here, not at the top: most answers match exactly, and the first question shows sooner.
    from rapidfuzz.distance import OSA

    for want, got in zip(expected, typed, strict=True):
        if want != got and OSA.distance(want, got) > _typo_allowance(want):
            return False, False
    return True, False


def grade_text(expected: str, typed: str, answer_kind: str = "") -> Grade:
    """Grade free text against one expected answer, by the rules in this module's docstring."""
    want, got = _plain(expected), _plain(typed)
    if not got.strip():
        return Grade(False, reason="no answer")
    typed_currency = {c for c in got if c in _CURRENCY}
    if typed_currency and not typed_currency <= {c for c in want if c in _CURRENCY}:
        return Grade(False, reason="another currency")
    want_numbers, got_numbers = _numbers(want), _numbers(got)
    want_words, got_words = _words(want), _words(got)
    if answer_kind == "date":  # "26 January 1950" == "January 26, 1950"
        want_numbers, got_numbers = sorted(want_numbers), sorted(got_numbers)
        want_words, got_words = sorted(want_words), sorted(got_words)
    if want_numbers != got_numbers:
        return Grade(False, reason="another figure")
    matches, exactly = _words_match(want_words, got_words)
    if not matches:
        return Grade(False, reason="another answer")
    return Grade(True, exact=exactly and want.strip().casefold() == got.strip().casefold())


def option_chosen(question: Question, typed: str) -> int | None:
    """The index of the option a multiple-choice answer names by letter or number, else None."""
    token = typed.strip().rstrip(".)").strip()
    count = len(question.options)
    if len(token) == 1 and token.upper() in LETTERS[:count]:
        return LETTERS.index(token.upper())
    if token.isdigit() and 1 <= int(token) <= count:
        return int(token) - 1
    return None


def is_out_of_range_choice(question: Question, typed: str) -> bool:
    """True for a letter or number that names no option (E of four): ask again rather than grade it."""
    token = typed.strip().rstrip(".)").strip()
    if option_chosen(question, token) is not None:
        return False
    looks_like_choice = (len(token) == 1 and token.isalpha()) or (token.isdigit() and len(token) == 1)
    return looks_like_choice and not any(grade_text(option, token).correct for option in question.options)


def grade_mcq(question: Question, typed: str) -> Grade:
    chosen = option_chosen(question, typed)
    if chosen is not None:
        right = question.options[chosen] == question.answer
        return Grade(right, exact=True, reason="" if right else "another option")
    # Text typed: it must name the answer, and not be closer to another option.
    for option in question.options:
        if option != question.answer and grade_text(option, typed, question.answer_kind).exact:
            return Grade(False, reason="another option")
    return grade_text(question.answer, typed, question.answer_kind)


def split_answers(typed: str, count: int, expected: tuple[str, ...]) -> list[str]:
    """The parts of an answer to a cloze with `count` blanks: split on ';', else on ',' if that fits."""
    if count <= 1:
        return [typed]
    for separator in (";", "·", "|"):
        parts = [part.strip() for part in typed.split(separator)]
        if len(parts) == count:
            return parts
    if not any("," in answer for answer in expected):
        parts = [part.strip() for part in typed.split(",")]
        if len(parts) == count:
            return parts
    return [typed]


def grade_cloze(question: Question, typed: str) -> Grade:
    expected = question.answers or (question.answer,)
    if len(expected) == 1:
        return grade_text(expected[0], typed, question.answer_kind)
    parts = split_answers(typed, len(expected), expected)
    if len(parts) != len(expected):
        return Grade(False, reason=f"{len(expected)} answers expected, separated by ';'")
    grades = [grade_text(want, got, question.answer_kind) for want, got in zip(expected, parts, strict=True)]
    return Grade(all(g.correct for g in grades), exact=all(g.exact for g in grades))


def grade(question: Question, typed: str) -> Grade:
    """Grade a typed answer to any question."""
    return grade_mcq(question, typed) if question.kind == "mcq" else grade_cloze(question, typed)
