"""Capitalised words that label something rather than name it, and the words around a name that are no
part of it: a span of them would ask a reader for a label, or for a name with a piece missing or too much.

Each rule is a small predicate over the sentence and the candidate's offsets, with its examples beside it.
"""

from __future__ import annotations

import re

from quizgen.analyse.gazetteer import nationality_words
from quizgen.analyse.name_words import UPPER
from quizgen.analyse.numeric import TIME_ZONES

# "Stage II", "Article I", "Part 3", "Type A": a numbered part of something, not a name.
_LABEL_NOUNS = (
    "Stage|Phase|Article|Section|Chapter|Part|Book|Volume|Vol|Type|Class|Level|Grade|Round|Step|Act|Scene|"
    "Title|Appendix|Annex|Schedule|Clause|Paragraph|Figure|Table|Plate|Division|Tier|Category|Group|Unit"
)
_NUMBERED_LABEL = re.compile(rf"(?:{_LABEL_NOUNS}) (?:[IVXLC]+|[A-Z]|\d+[A-Za-z]?)")
# "12:14 GMT", "1100 GMT", "6 p.m. ET": a time zone after a clock time.
_CLOCK_BEFORE = re.compile(r"(?:\d|[ap]\.m\.) ?$")
# "(Na+)", "(Cl-)", "Ca2+", "SO4 2−": a chemical formula with its charge.
_CHARGE_AFTER = re.compile(r"\d*[+−]|[-–](?=[)\s,.;]|$)")
# "Example: Suppose that …", "Note: Prices …": a label at the start, then a first word capitalised for it.
OPENING_LABEL = re.compile(r"^\W*[A-Z][\w-]*(?: [\w-]+){0,2}: $")
# A news dateline: "MAKASSAR, Indonesia — ", "LONDON (Reuters) - ", "ROME, 14 March - ": where and when the story
# was filed; the word after it opens the sentence ("BALTIMORE, Maryland (AP) — Astronomers using …" names no
# "Astronomers").
# (Capitals of any Latin alphabet: "ASUNCIÓN, Feb. 6 (Reuters) —", whose date blind review 80 was asked; an agency
# with an apostrophe, "SANTIAGO, March 14 (Reporters' Wire) -", review 83.)
DATELINE = re.compile(
    # ("KAILUA-KONA, Hawaii, Oct. 11 (Reuters) -": a state and a date after the town, blind review 92)
    rf"^(?:[{UPPER}][{UPPER}.'’ -]{{2,}}(?:, [A-Z0-9][\w.'’ -]*?){{0,2}}(?: \([A-Za-z .'’]+\))?"
    r"|\((?:AP|Reuters|AFP|UPI|PA)\)) ?[—–-]{1,2} "
)
# "Works (", "Authority (": a name just before the bracket that the candidate fills.
_ANOTHER_NAME_BEFORE = re.compile(r"[A-Z][\w’'-]* \($")
# "a UNESCO World Heritage Site", "the List of World Heritage in Danger": what a place is declared, not a name.
_WORLD_HERITAGE = re.compile(r"\bWorld Heritage\b")
# "listed as Critically Endangered", "Vulnerable": the IUCN Red List's categories, a status and not a name.
CONSERVATION_STATUSES = frozenset(
    ("Critically Endangered", "Endangered", "Vulnerable", "Near Threatened", "Least Concern", "Data Deficient")
)
# Party words: "Conservative group leader", "Opposition Conservative and Liberal Democrat councillors".
PARTY_WORDS = frozenset(
    """Opposition Conservative Conservatives Labour Liberal Liberals Democrat Democrats Democratic Republican
    Republicans Socialist Socialists Tory Tories Green Greens Unionist Unionists Nationalist Nationalists
    Communist Communists Reform Centrist Centre Independent Independents""".split()
)
# Honours and degrees after a name: "Andrew Cole SC", "Jane Hill KC", "Tom Reed MP", "Ann Lee PhD".
POST_NOMINALS = frozenset("SC KC QC MP MEP MSP MLA OBE MBE CBE KBE DBE GBE FRS FRSE PhD DPhil MD Esq".split())


def is_a_label(sentence: str, start: int, end: int) -> bool:
    """Is the capitalised text at start:end a label, not a name worth asking?"""
    text = sentence[start:end]
    words = text.split()
    before = sentence[:start]
    after = sentence[end:]
    if _NUMBERED_LABEL.fullmatch(text):
        return True  # "Stage II, the roof shells", "as Article I, Section 7 of the Constitution requires"
    if text in TIME_ZONES and _CLOCK_BEFORE.search(before[-8:].rstrip("( ")):
        return True  # "at 14:14 CEST (12:14 GMT)", "by 1100 GMT"
    if _CHARGE_AFTER.match(after) and len(text) <= 3 and (" " not in text):
        return True  # "a positive ion (Na+)", "a chloride ion (Cl-)"
    if len(text) <= 3 and ("=" in before[-3:] or after.lstrip().startswith("=")):
        return True  # "Ohm's law, V = IR": a formula's letters
    if _ANOTHER_NAME_BEFORE.search(before[-40:]) and after.startswith(")") and not text.isupper():
        return True  # "the Finnish Rubber Works (Suomen Gummitehdas)": the same body's name in another language
    if _WORLD_HERITAGE.search(text) or before.endswith("World Heritage in "):
        return True  # "declared a UNESCO World Heritage Site in 2014": a status any reader guesses, not a name
    if text in nationality_words():
        return True  # "Tartu (German: Dorpat; … in Russian, Yuryev)", "between Russian, Polish and Swedish rule"
    if all(word in PARTY_WORDS for word in words) and _MODIFIES_WHAT_FOLLOWS.match(after):
        return True  # "Conservative group leader", "Opposition Conservative and Liberal Democrat councillors"
    return "–" in words[-1] and not after.startswith(("'s", "’s"))  # "the London–Paris route": two names as one


# A lower-case word, or "and" and another party's name, follows a party word used as an adjective.
_MODIFIES_WHAT_FOLLOWS = re.compile(r" (?:[a-z]|and (?:[A-Z]\w+ )+[a-z])")


def without_nationality(sentence: str, start: int, end: int) -> int:
    """Where a person's name starts once a word of nationality before it is left out: "the Frenchman
    Jean-François Gerbillon", "the Portuguese Tomás Pereira". The name after it must be two or three
    capitalised words (the caller checks it ends in no head of a thing, as "the Japanese Red Cross" does).
    A nationality's adjective is left out only where the name stands as a noun of its own, "the" before it
    and a comma, "and" or a verb of saying after it: "The Finnish Rubber Works (Suomen Gummitehdas)" keeps it.
    """
    first, _, rest = sentence[start:end].partition(" ")
    if first not in nationality_words() or not 2 <= len(rest.split()) <= 3:
        return start
    if not all(word[:1].isupper() for word in rest.split()):
        return start
    # ("American Yared Nuguse, who had the fastest time, …": the sentence's first words are a noun phrase too)
    opening = not sentence[:start].strip(" \"“‘(")
    if not is_a_nationality_noun(first) and not (
        (opening or _THE_BEFORE.search(sentence, max(0, start - 4), start)
         or _PREPOSITION_BEFORE.search(sentence, max(0, start - 12), start)) and _NOUN_ENDS.match(sentence, end)
    ):
        return start
    return start + len(first) + 1


_THE_BEFORE = re.compile(r"\bthe $")
# "since American Katie Ledecky, who", "won by Kenyan Faith Kipyegon, who", "lost to Norwegian Jakob Ingebrigtsen in":
# a sports report's nationality before a name after a preposition is no part of the name (review 61: the answer
# "American Katie Ledecky" was judged cut wrong). The name must still be two or three capitalised words with a
# noun's end after it, so "by American Airlines" (a firm's head) and "to French Polynesia" (one word) stay whole.
_PREPOSITION_BEFORE = re.compile(r"\b(?:since|by|to|from|with|against|behind|than|like|over|beat|beating) $")
_NOUN_ENDS = re.compile(
    r"(?:[,;.]|$| and | who | said\b| told\b| (?:was|is|has|had|won|finished|became)\b| (?:in|at|on) (?:the|a)\b)"
)


def is_a_nationality_noun(word: str) -> bool:
    """"Frenchman", "Scotswoman", "Spaniard": a noun for a person of a nation, so what follows is a person."""
    return word in nationality_words() and word.endswith(("man", "woman", "ard"))


def without_post_nominals(sentence: str, start: int, end: int) -> int:
    """Where a person's name ends once honours and degrees after it are left out: "Andrew Cole SC"."""
    words = sentence[start:end].split()
    kept = len(words)
    while kept > 2 and words[kept - 1].rstrip(".,") in POST_NOMINALS:
        kept -= 1
    return start + len(" ".join(words[:kept])) if kept < len(words) else end
