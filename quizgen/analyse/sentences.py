"""Split a paragraph into sentences by rule: fast enough for a book, careful with abbreviations.

pySBD does this well but takes about 6 s per MB here; a book must take under 3 s end to end,
so the rules below cover what articles and textbooks actually contain.
"""

from __future__ import annotations

import re

# Words that end in a full stop without ending a sentence (compared lower-case, without the dot).
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sr jr st mt ft gen col lt sgt capt cmdr adm gov sen rep rev hon pres supt
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    no nos vol vols p pp fig figs ch chap sec art ed eds est approx dept univ inc ltd co corp bros
    vs v etc e.g i.e cf al ca c u.s u.k u.n u.s.a a.m p.m d.c b.c a.d op cit viz
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla
    ore pa tenn tex va vt wash wis wyo""".split()
)
# After these, a capitalised word still belongs to the same sentence ("Dr. Smith", "Aug. 20").
TITLE_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st mt gen col lt sgt capt cmdr adm gov sen rep rev hon pres supt no vol fig ch "
    "jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n".split()
)

_SENTENCE_OPENERS = frozenset("The This These That It In On At By For However But After Before Since".split())
_CANDIDATE_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+)")
_NEXT_START = re.compile(r"\s+([\"'“‘(\[]*)(\S)")
# Letters of any alphabet: "Padrón." ends a sentence ([A-Za-z] read it as the initial "n.").
_WORD_BEFORE = re.compile(r"(?<![^\W\d_])([^\W\d_][^\W\d_.]*(?:\.[^\W\d_]+)*)\.$")
# What may follow a clock time inside its sentence: "at 9 p.m. Friday", "5:40 a.m. Pacific time", "6 p.m. GMT".
_STILL_THE_TIME = frozenset(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thurs Fri Sat Sun
    January February March April May June July August September October November December
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Today Tomorrow Yesterday Tonight Local Z
    ET EST EDT CT CST CDT MT MST MDT PT PST PDT AKST HST GMT UTC BST CET CEST EET IST JST AEST AEDT NZST""".split()
)
_CLOCK = frozenset(("a.m", "p.m"))
# "30 m.", "5 g.": a figure and a space before a single small letter, which is its unit (an initial is a capital).
_FIGURE_BEFORE = re.compile(r"\d ?$")
# "G–B–D.", "A-C-E.": single letters joined by dashes, the notes of a chord or the points of a route.
_LETTER_SEQUENCE_BEFORE = re.compile(r"(?<![^\W\d_])[A-Z][–-]$")


def _is_boundary(text: str, end: int, match_text: str) -> bool:
    following = _NEXT_START.match(text, end)
    if not following:
        return False
    next_char = following.group(2)
    if not (next_char.isupper() or next_char.isdigit() or following.group(1)):
        return False  # "… e.g. the" or a quotation going on: not a new sentence
    if match_text[0] != "." or len(match_text.rstrip("\"'”’)]")) > 1:
        return True  # "!", "?", "…" or "..." end a sentence when a capital follows
    # Only the last 64 characters: searching from 0 made a paragraph of n sentences cost n² (a 2 MB line: hours).
    before = _WORD_BEFORE.search(text, max(0, end - len(match_text) - 63), end - len(match_text) + 1)
    if not before:
        return True
    word = before.group(1).lower()
    glued_to = text[before.start(1) - 1 : before.start(1)]
    if len(word) == 1 and word.isalpha() and (glued_to in ("/", "'", "’", "°") or glued_to.isdigit()):
        return True  # "km/h.", "0 °C.", "in the 1640s." or "… fits with Northwind's." ends a sentence: no initial
    # (searched in the two characters before the letter: from 0, a long paragraph cost n² again)
    if before.group(1).islower() and len(word) == 1 and _FIGURE_BEFORE.search(
        text, max(0, before.start(1) - 2), before.start(1)
    ):
        return True  # "… may exceed 30 m. Trunk diameters …": a unit after its figure, no initial (blind review 95)
    if len(word) == 1 and word.isalpha() and _LETTER_SEQUENCE_BEFORE.search(text, 0, before.start(1)):
        return True  # "chord V is G–B–D. Capital numerals …": the last of a run of notes or letters, no initial
    if len(word) == 1 and word.isalpha():
        # An initial ("J. Smith", "Harry S. Truman") — unless a sentence plainly starts after it:
        # "… Queen Margaret I. The union lasted …"
        next_word = text[following.start(2) :].split(" ", 1)[0]
        return next_word in _SENTENCE_OPENERS
    if word in TITLE_ABBREVIATIONS:
        return False
    if word in _CLOCK:
        # "… issued at 9 p.m. Deputies went …": a clock time ends a sentence unless the time goes on
        # ("9 p.m. Friday", "5:40 a.m. Pacific time", "6 p.m. GMT").
        next_words = text[following.start(2) : following.start(2) + 40].split()
        next_words = [piece.strip(".,;:!?\"'”’)") for piece in next_words]
        zone_named = next_words[0] in _STILL_THE_TIME or next_words[1:2] == ["time"]
        return next_char.isupper() and not zone_named
    if word in ABBREVIATIONS:
        # "etc." and "Inc." can end a sentence; we split only when a clear sentence start follows.
        return next_char.isupper() and text[following.start(2) : following.start(2) + 4] in {"The ", "This", "It "}
    return True


def sentence_offsets(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in `text`, trimmed of surrounding spaces."""
    offsets = []
    start = 0
    for match in _CANDIDATE_END.finditer(text):
        end = match.end()
        if _is_boundary(text, end, match.group()):
            offsets.append((start, end))
            start = end
    offsets.append((start, len(text)))
    trimmed = []
    for begin, finish in offsets:
        piece = text[begin:finish]
        left = len(piece) - len(piece.lstrip())
        right = len(piece.rstrip())
        if right > left:
            trimmed.append((begin + left, begin + right))
    return trimmed
