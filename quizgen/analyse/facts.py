"""Rank the facts worth asking about: a weight for each span, and one for its sentence."""

from __future__ import annotations

import re
from collections import Counter

from quizgen.analyse.gazetteer import place_type
from quizgen.analyse.labels import DATELINE
from quizgen.analyse.person_names import looks_like_a_person
from quizgen.analyse.sentence_spans import split_sentences
from quizgen.analyse.side_figures import (
    RECKONED_TIME,
    conversion_of,
    figure_factor,
    inside_quotation,
    range_end,
    worked_example_sentences,
)
from quizgen.analyse.side_names import (
    ANOTHER_NAME_BEFORE,
    PEOPLE_PLURAL,
    PEOPLE_PLURAL_NAMED_BY_A_PLACE,
    STREET,
    attribution,
    beyond_recall,
    in_a_formula,
    in_brackets,
    in_passing,
    part_of_a_quoted_title,
    place_factor,
    spelled_beside,
)
from quizgen.analyse.terms import defined_too_thinly, defines_its_term
from quizgen.model import NAME_KINDS, NUMERIC_KINDS, Analysis, Document, Fact, Sentence, Span

# What other modules and scripts import from here, though it now lives in the modules above.
__all__ = [
    "DATELINE",
    "RECKONED_TIME",
    "analyse",
    "conversion_of",
    "looks_like_a_person",
    "range_end",
    "rank_facts",
    "split_sentences",
]

# How worth learning each kind of fact is, before the sentence and the article have their say.
KIND_WEIGHT = {
    "money": 1.0, "percent": 1.0, "date": 0.9, "year": 0.85, "person": 0.9, "range": 0.8,
    "multiplier": 0.8, "quantity": 0.8, "term": 0.8, "number": 0.6, "organisation": 0.7,
    "place": 0.6, "name": 0.45,
}
WEEKDAY = re.compile(r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$")
MIN_WORDS, MAX_WORDS = 6, 60
# Past this a 'sentence' is a run-on without stops (a PDF dump, a list): no item can stand alone, and
# checking each of its figures against the whole of it would cost minutes.
MAX_SENTENCE_WORDS = 150
MIN_SCORE = 0.3
_WORD = re.compile(r"\w+")

# Names every student knows: hiding them tests nothing.
# ("3 percent of [GDP]": an economy's measure, as well known as a name.)
OBVIOUS_NAMES = frozenset("Earth Sun Moon God World Internet GDP GNP".split())
# Queens every student knows: after her title, "opened by Queen [Elizabeth II] in 1973" or "served Queen [Elizabeth I]
# as a diplomat" (1545-1613) is guessed from the date, not learnt (reviews 30-51: 3 of 3 such cards not ok).
_KNOWN_QUEENS = frozenset({"Elizabeth I", "Elizabeth II", "Victoria"})

# Sentences that are bylines, credits, captions or references rather than statements of fact.
_NOT_A_STATEMENT = re.compile(r"^(?:Photo|Image|Source|Credit|Copyright|Reuters|AP|AFP|Fig\.|Figure|Table|See also)\b")


def _sentence_weight(sentence: Sentence, position: float) -> float:
    words = len(_WORD.findall(sentence.text))
    # "This process is called evaporation.": a short sentence that names a key term is still worth asking.
    shortest = 4 if any(span.kind == "term" for span in sentence.spans) else MIN_WORDS
    if sentence.is_heading or not shortest <= words <= MAX_SENTENCE_WORDS or _NOT_A_STATEMENT.match(sentence.text):
        return 0.0
    weight = 1.0 if words <= MAX_WORDS else 0.5
    if sentence.text[:1] in "“\"'‘":
        weight *= 0.7  # a quotation: opinion more often than fact
    if "{{" in sentence.text or "}}" in sentence.text:
        weight = 0.0  # would fight the cloze markup
    if _LEADS_INTO_WHAT_FOLLOWS.search(sentence.text.rstrip()):
        return 0.0  # "Read aloud, a line such as" (a verse quoted on the next line): half a sentence, no statement
    if _INTRODUCES_WHAT_FOLLOWS.search(sentence.text.rstrip()):
        return 0.0  # "In South Asia the process works as follows.": a lead-in to steps, its setting no fact (review 92)
    return weight * (1.0 - 0.2 * position)


# A sentence that only announces what follows: "… works as follows.", "… are listed below:".
_INTRODUCES_WHAT_FOLLOWS = re.compile(r"\b(?:as follows|(?:listed|shown|given|set out|described) below)[.:]$")
# A sentence that ends on no full stop but on a word that leads into more: the rest (a quoted line, a list, a
# formula) stands in the next block, and what is left names nothing (blind review 91: "[term], a line such as").
_LEADS_INTO_WHAT_FOLLOWS = re.compile(
    r"\b(?:such as|like|including|for example|for instance|as in|as|a|an|the|of|and|or|to|with|from|by|is|are)$"
)


def _modifies(word: str) -> bool:
    """Is the lower-case word after a name the noun it describes ("Helper T cells"), not a word of the clause
    ("Malthus applied", "Paris during")?"""
    return word not in _FUNCTION_WORDS and not word.endswith(("ed", "ing"))


_IN_A_LIST_OF_THINGS = re.compile(r"\b[a-z]+(?:,| and| or) $")


def _span_weight(span: Span, sentence: Sentence, mentions: Counter[str], title: str) -> float:
    """How worth learning one span is, before the sentence's own weight."""
    text = sentence.text
    dateline = DATELINE.match(text)
    if dateline and span.start < dateline.end():
        return 0.0  # "MAKASSAR, Indonesia —": where the story was filed
    if span.kind not in NUMERIC_KINDS and (span.text in OBVIOUS_NAMES or (
        span.kind != "term" and _is_the_subject(span.text, title)
    )):
        return 0.0  # the article's own subject, or a name everyone knows
    if _blanks_the_wrong_thing(span, text):
        return 0.0  # "proportional [representation]", "25 primes below [100]", "since the [Middle Ages]"
    if defined_too_thinly(text, span):
        return 0.0  # "The [troposphere] is the lowest layer.": of what? Too short a definition to answer from
    if span.text in _KNOWN_QUEENS and text[max(0, span.start - 6) : span.start] == "Queen ":
        return 0.0  # "Queen [Elizabeth II]": the title and a date tell it
    if span.kind in ("name", "place") and STREET.search(span.text):
        return 0.0  # "Mill Lane", "Water Street": where in town, rarely worth learning
    if span.kind == "name" and re.match(r" \d", text[span.end : span.end + 2]):
        return 0.0  # "Highway" of "Highway 37": the label of a number
    if span.kind == "name" and " " not in span.text and span.text.lower() in title.split():
        return 0.0  # "Carbon" in an article called "The Carbon Cycle": the title gives it away
    if span.text.isupper() and text[span.start - 1 : span.start] == "(" and text[span.end : span.end + 1] == ")":
        return 0.0  # "World Health Organization (WHO)": the abbreviation spells out what stands before it
    if span.kind in NAME_KINDS and ANOTHER_NAME_BEFORE.search(text, max(0, span.start - 40), span.start):
        return 0.0  # "The Kingdom of Aksum, sometimes called the [Aksumite Empire]": the subject's other name
    if span.kind not in NUMERIC_KINDS and in_brackets(text, span):
        return 0.0  # "Tartu (German: Dorpat)", "Aksum (also spelled Axum)": another name, an aside
    if (span.kind == "name" and PEOPLE_PLURAL.match(span.text)) or (
        span.kind == "place" and PEOPLE_PLURAL_NAMED_BY_A_PLACE.match(span.text) and not place_type(span.text)
    ):
        return 0.0  # "one of the first [Europeans]", "many [Christians]": a people is context, not a fact
    if span.kind in NAME_KINDS and attribution(text, span):
        return 0.0  # "…, the European Commission said", "said Kari Nygaard, a shipping analyst": a source
    if span.kind in NAME_KINDS and (in_passing(text, span) or spelled_beside(text, span)):
        return 0.0  # "[Apple]'s iPhone", "told reporters in [Santiago]", "a coup in Bissau … [Guinea-Bissau]"
    if span.kind in NAME_KINDS and in_a_formula(text, span):
        return 0.0  # "R total = R1 + R2 + [R3]": a symbol the formula's pattern fills in
    if span.kind in NAME_KINDS and beyond_recall(text, span):
        return 0.0  # a name of seven words, "After the [Second World War], … in 1947": not recalled, or guessed
    weight = KIND_WEIGHT[span.kind]
    if span.kind == "number" and "," in span.text:
        weight = KIND_WEIGHT["quantity"]  # "187,000": a large count is usually the headline figure
    if span.kind == "date" and WEEKDAY.match(span.text):
        weight = 0.15  # "on Friday": true but not worth learning
    if span.kind == "name" and looks_like_a_person(span, text):
        weight = KIND_WEIGHT["person"] * 0.8  # "Gavrilo Princip": two capitalised words, likely a person
    if span.kind in NUMERIC_KINDS:
        weight *= figure_factor(span, sentence)
    if span.kind == "place":
        weight *= place_factor(span, text)
    if span.kind in ("person", "name") and text[:1] in "“\"" and span.start > text.find("”", 1) > 0:
        weight *= 0.4  # "“…,” said Dr. Julia Coronado": who is quoted is rarely the point
    if span.kind not in NUMERIC_KINDS and part_of_a_quoted_title(text, span):
        return 0.0  # "Wife" of the essay “A Wife's Duty”: a word of a title, not a name
    if inside_quotation(text, span):
        weight *= 0.3  # "“We scored three more times,” he said": a quotation is talk, not the fact
    following = _NEXT_WORD.match(text, span.end)
    if span.text.isupper() and following:
        weight *= 0.5  # an abbreviation used as a modifier: "US troops", "UK economy"
    elif span.kind == "name" and following and _modifies(following.group(1)):
        weight *= 0.5  # "Helper T cells", "Y-shaped proteins": a capitalised modifier, not a name to learn
    elif span.kind == "place" and following and _modifies(following.group(1)) and _IN_A_LIST_OF_THINGS.search(
        text, max(0, span.start - 20), span.start
    ):
        weight *= 0.5  # "beech, silver fir and [Norway] spruce": a place in the name of a kind of thing
    # A name the article repeats everywhere is context, not a fact to learn.
    # (a term the sentence defines is learnt there: its use everywhere else marks it key, not context)
    repeats = 1 if defines_its_term(text, span) else mentions[span.text.lower()]
    return weight / (1.0 + 0.35 * max(0, repeats - 1))


_NEXT_WORD = re.compile(r" ([a-z][a-z-]*)")

# Where a blank would hide the wrong thing, or a thing its hint names wrong (blind reviews 75-91):
# "elected by proportional [representation]", "use equal [temperament]", "brightly coloured [petals]": a term after
# an adjective is half a compound term, or a plain noun a modifier makes filler; "called", "named" leave it whole.
# (A word in "-ed" is an adjective only after an adverb or an article, "brightly coloured", "a fixed": "plants
# produced [glucose]" is a verb and its object.)
_ADJECTIVE_BEFORE = re.compile(
    r"(?<![\w-])(?:(?!several )[a-z][a-z-]*(?:al|ic|ive|ous|ar|ary)"
    r"|(?:[a-z]+ly|a|an|the|its|their) (?!(?:so-)?called |named |termed |dubbed |labell?ed |nicknamed )[a-z-]+ed) $"
)
# "[Feudal] system: a system in which …": a glossary entry's modifier alone, its head left in the stem (review 79).
_HEAD_OF_AN_ENTRY_AFTER = re.compile(r" [a-z]+ ?[:–—]")
# "[octave and sestet]: the eight-line and six-line sections": two terms defined as a pair, one [term] for both (91).
_A_PAIR_DEFINED = re.compile(r" ?[:–—-] (?:the|two) [^,;.:]{0,40}? and ")
# "There are 25 prime numbers below [100]": the bound of a count is the frame, the count the fact (review 81).
_A_COUNT_BEFORE_ITS_BOUND = re.compile(
    r"\d(?:[\d,.]*\d)?(?: million| billion)?(?: (?!(?:and|or|was|is|has|as|its|his|this|thus)\b)[a-z-]+){0,2}"
    r" (?!(?:was|is|has|as|its|his|this|thus)\b)[a-z-]+s "
    r"(?:below|under|less than|smaller than|fewer than|up to|lighter than) $"
)
# "recorded in the final [three months]", "over the past [12 months]": a stretch of time that frames the figure
# the sentence reports (review 75, bad: "a quarter" is as right).
_A_STRETCH_OF_TIME = re.compile(r"(?:\S+ )(?:days?|weeks?|months?|years?|quarters?|decades?)$")
_STRETCH_BEFORE = re.compile(r"\b(?:the|its|their) (?:first|last|final|past|next|previous|coming|opening|closing) $")
# "since the [Middle Ages]", "by the early [Dark Ages]": a period, which the hint [name] misleads (reviews 90-91).
_A_PERIOD = re.compile(r"[A-Z]\w+ Ages")


def _blanks_the_wrong_thing(span: Span, text: str) -> bool:
    """Would a blank on this span hide half a term, a frame, or a period hinted as a name?"""
    before, after = text[max(0, span.start - 40) : span.start], text[span.end : span.end + 60]
    if span.kind == "term":
        return bool(
            _ADJECTIVE_BEFORE.search(before)
            or (not text[: span.start].strip(" \"“‘(") and _HEAD_OF_AN_ENTRY_AFTER.match(after))
            or (" and " in span.text and _A_PAIR_DEFINED.match(after))
        )
    if span.kind in ("number", "quantity", "money") and _A_COUNT_BEFORE_ITS_BOUND.search(
        text, max(0, span.start - 80), span.start
    ):
        return True
    if span.kind == "quantity" and _A_STRETCH_OF_TIME.fullmatch(span.text) and _STRETCH_BEFORE.search(before):
        return True
    return span.kind == "name" and _A_PERIOD.fullmatch(span.text) is not None


_FUNCTION_WORDS = frozenset(
    "in on at of and or to for with by from as into than but nor said says told added was is has had have "
    "were are will would could can may might who which that whose where when while after before since".split()
)


def _is_the_subject(name: str, title: str) -> bool:
    """The article's own subject: the name is (most of) its title ("Marie Curie"), not merely in it."""
    if not title:
        return False
    # "Anning" in "Mary Anning": a biography's subject by surname is given away by the title too.
    surname = len(title.split()) in (2, 3) and name.lower() == title.split()[-1] and name[:1].isupper()
    # "Middlemarch, A Study of Provincial Life" under "Middlemarch": the subject with its subtitle
    subtitled = name.lower().startswith(title) and name[len(title) : len(title) + 1] in (",", ":")
    return surname or subtitled or name.lower() in title and len(name) >= 0.6 * len(title)


def rank_facts(sentences: tuple[Sentence, ...], title: str = "") -> tuple[Fact, ...]:
    mentions = Counter(span.text.lower() for sentence in sentences for span in sentence.spans)
    total = max(1, len(sentences) - 1)
    worked = worked_example_sentences(sentences)
    facts = []
    for sentence in sentences:
        sentence_weight = _sentence_weight(sentence, sentence.index / total)
        if not sentence_weight:
            continue
        for span in sentence.spans:
            if span.kind != "term" and sentence.index in worked:
                # "A jacket costs £60 … What is the new price?": a worked example's figures, and under "Worked example:
                # Harbour Bakes" its made-up firm ("If [person] sells 2,600 loaves", review 103); a term it
                # defines on the way is still taught
                continue
            score = sentence_weight * _span_weight(span, sentence, mentions, title.lower())
            if score >= MIN_SCORE:
                facts.append(Fact(sentence=sentence, span=span, score=round(score, 4)))
    return tuple(sorted(facts, key=lambda fact: (-fact.score, fact.sentence.index, fact.span.start)))


def analyse(document: Document) -> Analysis:
    """Sentences with their typed spans, and the facts worth asking about, best first."""
    sentences = split_sentences(document)
    return Analysis(document=document, sentences=sentences, facts=rank_facts(sentences, document.title))
