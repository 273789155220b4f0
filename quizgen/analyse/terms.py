"""Find key terms: what a sentence defines ("Photosynthesis is the process by which …") or names
("a process known as natural selection")."""

from __future__ import annotations

import os
import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from quizgen.analyse.acronyms import words_spelled_by_initials
from quizgen.analyse.definitions import (
    GENERIC_HEADS,
    SUPERLATIVES,
    defined_terms,
    gives_itself_away,
    is_a_glossary_entry,
)
from quizgen.analyse.gazetteer import nationality_words, place_type
from quizgen.analyse.verbs import PRESENT_FORMS, VERB_FORMS
from quizgen.model import Span

_PRONOUNS = frozenset(
    "it this that these those they he she we you i there here which what who one such today now then "
    "deal move plan decision result answer reason problem question point idea goal aim".split()
)
# "Photosynthesis is the process …", "A virus is a small …", "Igneous rocks are those …", "Money is anything that …"
# A real definition goes on to say what kind of thing it is: "the process by which", "a cell that".
_DEFINITION = re.compile(
    r"^(?:(?:The|A|An) )?(?P<term>[A-Za-z][\w-]*(?: [a-z][\w-]*){0,2})(?: of (?:a|an) [a-z][\w-]*)? "
    r"(?:\([A-Za-zΑ-Ωα-ω]{1,3}\) )?"  # a symbol in brackets: "Current (I) is the rate at which …", "Wavelength (λ)"
    r"(?:is (?:a|an|the|any|one of the) "
    r"(?:[\w-]+ ){1,5}|is (?:anything|anyone) |"
    r"are (?:(?:the|any|some of the) )?(?:[\w-]+ ){0,3}[\w-]+s )"  # "Neurons are … cells that"
    r"(?:that|which|who|whose|where|whereby|by which|in which|through which|used|made|formed|consisting|"
    r"composed|produced|caused|found|responsible)\b"
)
# "… a process known as natural selection.", "… what is called the struggle for existence,", "… gaps in the
# sheath called nodes of Ranvier": a name after "of" is part of the term it names.
_NAMED = re.compile(
    # (not "defined as": "Opportunity cost is defined as the [value] of …" defines its subject, see definitions.py)
    r"\b(?:known as|called|termed|described as|referred to as) "
    # (a term may open on an adjective made from a name: "is called a Pythagorean triple", "a Newtonian fluid")
    r"(?:the )?(?P<term>[“\"]?(?:(?:a|an) )?(?:[A-Z][a-z]+(?:ian|ean) )?[a-z][\w-]*(?: [a-z][\w-]*){0,4}"
    r"(?: of [A-Z][a-z][\w’'-]*)?[”\"]?)"
    # (or an aside in brackets: "tiny pores called stomata (singular: stoma)", "reforms called glasnost (openness)")
    r"(?=[,.;:)]| \(| (?:that|which|and|or|to|in|on|of|for|is|are|was|were|by|with|from)\b)"
)
# "The key property is viscosity, a liquid's resistance to flow.": a term with its definition beside it.
# A definition is lower case ("If no agreement is reached, the RCN …" defines nothing) and the term no
# past participle ("is reached", "was founded"): "-ed" after a consonant, so "seed" and "speed" stay.
_APPOSITIVE = re.compile(
    r"\b(?:is|are|was|were) (?P<term>[a-z][\w-]{3,}(?: [a-z][\w-]{3,})?)(?<![^e]ed), (?:a|an|the) [a-z][\w'’-]* "
)
# Where "… called the octet rule that …" stops: a function word, not a common noun like "rule".
_ENDS_A_NAMED_TERM = frozenset(
    "that which who whose where when and or but is are was were in on of for to by with from as because while "
    "it its they their them he his she her this these those a an the "
    # "called the glomerulus at high pressure": a phrase of place, time or manner is the sentence's, not the term's
    "at into through during after before under over within without between across near via since until".split()
)
# Someone who calls a thing: a name or a pronoun just before "called a/the …" ("a gap called a synapse" has a
# noun there; "which he called coprolites" names, for no article follows).
# An auxiliary or a relative before it makes "called" a verb too: "the union, which has called a one-day strike".
_CALLER = re.compile(
    r"(?:\b[A-Z][\w'’-]*|\b(?:he|she|they|we|who|which|that|I|you|has|have|had|having|will|would|to))\s$"
)
_CALLED_AN_OBJECT = ("called a ", "called an ", "called the ")
# (a capital letter alone is a symbol, no name: "is called the complement of A", blind review 90)
_NAME_GOES_ON = re.compile(r" of (?:the )?[A-Z](?=\w)")
# "a period he later described as the prime of his age", "what she called the height of her fame": a noun that
# goes on with "of" and someone's possessive describes that one person's life, no term of a subject (review 70).
_SOMEONES_AFTER = re.compile(r" of (?:his|her|its|their|our|my|your|one's) ")
_OBJECT_PRONOUNS = frozenset("it them him her this these that those".split())
_COUNT_WORDS = frozenset("one two three four five six seven eight nine ten part half".split())
_PHRASAL_PARTICLES = frozenset("for on off up out upon in to at by with from into back".split())
_FILLER = frozenset("the a an of and or in on at to for by with from".split())
# Words that make "Still more striking is the evidence …" look like a definition when it is not one.
_NOT_IN_TERMS = frozenset(
    "still more most less least also even just only very so too much many such other another same first "
    "last next following above below main key one all each every some any no this that these those its "
    "their his her our your what which who how why where when there here "
    # participles that work as prepositions: "[Including debt], the deal values …" opens a clause, names nothing
    "including excluding using according regarding concerning considering barring counting assuming".split()
)


def find_term_spans(sentence: str) -> list[Span]:
    """The key terms the sentence defines or names, each whole ("separation of powers", not "separation"), and
    none that a word of its own, elsewhere in the sentence, would give away."""
    if sentence.endswith("?"):
        return []  # "What is a chemical reaction?": a question asks about the term, it defines nothing
    label = _KEY_TERMS_LABEL.match(sentence)
    if label:
        # "Key terms: Firn: granular snow that …", "Key term: The Meiji Restoration refers to …": the entry after
        # the label (a list of words alone, "Key terms: gene, allele, …", defines nothing)
        return [replace(span, start=span.start + label.end(), end=span.end + label.end())
                for span in find_term_spans(sentence[label.end() :])]
    spans = {}  # one span for each place in the sentence, though several shapes find it
    named_terms = _named_terms(sentence)
    setting_end = _end_of_a_setting(sentence) if named_terms else 0
    setting_end = setting_end if all(span.start > setting_end for span in named_terms) else 0
    opening = _opening_term(sentence)
    for found in opening + _terms_beside(sentence) + named_terms:
        if found.end <= setting_end:
            # "In a crystal lattice, the smallest repeating group of ions is called a [unit cell]": the sentence names
            # its term, and the kind of thing it opens on is where that is (blind review 80, bad: the setting asked)
            continue
        span = found if not gives_itself_away(found.text, found.start, sentence) else _modifier_alone(found, sentence)
        if span is not found and found in opening and span is not None and not _ADJECTIVE_ENDING.search(span.text):
            # "[Mass] movement is the downhill movement of …": a noun before the head of the subject the sentence
            # defines is half a compound term, left half in the stem (blind review 88, bad); a classing adjective
            # ("[Sedimentary] rocks are made from …") still says which kind
            span = None
        if span is None and found in named_terms:
            span = _head_alone(found, sentence)
        if span is None:
            span = _what_a_law_is_of(found, sentence)
        if span is not None and (span.start, span.end) not in spans:
            spans[span.start, span.end] = span
    # "Solution, also called corrosion, happens when …": two names of one thing are one fact, asked once (by the
    # other name, which the sentence gives as the name to learn).
    named = [
        span for span in sorted(spans.values(), key=lambda span: span.start)
        if not any(_ALSO_CALLED.fullmatch(sentence, span.end, other.start) for other in spans.values())
    ]
    # Two terms that share a root: each card would show the other, which tells it. "… is homozygous …, while one
    # with two different alleles is heterozygous": the first is asked, and not the second, which its card shows.
    # "… is called the agonist, and … is called the antagonist": the first stands whole inside the second, so its
    # card shows the answer, and the second's card shows all but "ant-": neither is asked (a card hiding both at
    # once would be the one to ask).
    return [
        span for i, span in enumerate(named)
        if not any(_one_tells_the_other(span, other, sentence) for other in named[:i])
        and not any(_one_tells_the_other(span, other, sentence) == _INSIDE for other in named[i + 1 :])
    ]


# "In the middle and lower course,"; more words hold a clause ("In most axons the impulse jumps … called …,")
MAX_SETTING_WORDS = 6


def _end_of_a_setting(sentence: str) -> int:
    """Where a phrase of place that opens the sentence ends ("On a piano keyboard," -> 19), or 0."""
    comma = sentence.find(",")
    if comma <= 0 or sentence.count(" ", 0, comma) >= MAX_SETTING_WORDS:
        return 0
    return comma if _OPENING_PHRASE.match(sentence, 0, comma) else 0


_WORD_OF_TERM = re.compile(r"[a-z]+")
# The endings that make words of a kind, not of one root: "reflection" and "refraction" share only "-ction".
_DERIVING_ENDINGS = re.compile(
    r"(?:ation|ition|tion|sion|ion|isms?|ists?|ity|ment|ness|ous|ical|ic|al|ive|ants?|ents?|ance|ence|ers?|ors?|"
    r"ing|ed|es|s|ly|ology|ogy|osis|ysis|sis|y)$"
)
MIN_SHARED_ENDING, MIN_SHARED_ROOT = 5, 3


_INSIDE, _SHARED_ROOT = "inside", "shared root"


def _one_tells_the_other(first: Span, second: Span, sentence: str) -> str:
    """How one of two terms tells the other on its card: "agonist" stands whole inside "antagonist" (`_INSIDE`), or
    both share a root ("-zygous" of "homozygous" and "heterozygous", "-thermic" of "exothermic" and "endothermic":
    `_SHARED_ROOT`); "" when neither does. A word both have ("nominal GDP", "real GDP") tells nothing of the other's
    first word, nor does a root the sentence shows anyway ("Sound above 20,000 Hz is called ultrasound, and sound
    below 20 Hz is called infrasound")."""
    earlier, later = sorted((first, second), key=lambda span: span.start)
    rest = sentence[: earlier.start] + " " + sentence[earlier.end : later.start] + " " + sentence[later.end :]
    shown = {word for word in _WORD_OF_TERM.findall(rest.lower()) if len(word) >= 4}
    if any(word in first.text.lower() and word in second.text.lower() for word in shown):
        return ""
    for word in first.text.lower().split():
        for other in second.text.lower().split():
            if word == other:
                continue
            if len(min(word, other, key=len)) >= 4 and (word in other or other in word):
                return _INSIDE
            shared = len(os.path.commonprefix([word[::-1], other[::-1]]))
            root = _DERIVING_ENDINGS.sub("", word[len(word) - shared :])
            if shared >= MIN_SHARED_ENDING and len(root) >= MIN_SHARED_ROOT:
                return _SHARED_ROOT
    return ""


# Words that tell a side, a rank or an amount, which a student guesses between two or reads as no term: "the [north]
# pole and the south pole", "The [total] resistance", "[Multiple] parts are variable".
_SIDES = frozenset(
    "upper lower higher inner outer middle top bottom front back left right north south east west northern southern "
    "eastern western larger smaller bigger longer shorter greater wider narrower thicker thinner hot cold warm cool "
    "wet dry total overall average multiple double triple numerous".split()
)


# Endings of an adjective that classes its noun: "sedimentary", "critical", "potential", "kinetic", "igneous".
_ADJECTIVE_ENDING = re.compile(r"(?:ary|ory|al|ic|ive|ous|ent|ant|ar|ed|ing|ful|less|able|ible)$", re.IGNORECASE)


def _modifier_alone(term: Span, sentence: str) -> Span | None:
    """The words before the head of a compound whose head the sentence shows again: "This angle is called the
    [critical] angle", "In a [synthesis] reaction, … hydrogen and oxygen react". The head tells the kind of thing,
    and the student still recalls which one; a modifier the sentence shows too ("charged ions" for "ionic bond"),
    or a compound with "of" ("the conservation of energy" after "Energy"), is no card at all."""
    words = term.text.split()
    if len(words) < 2 or "of" in words:
        return None
    modifier = " ".join(words[:-1])
    if words[0].lower() in _SIDES or not _may_be_a_term(modifier) or len(modifier) < 4:
        return None  # "The [higher] number is …, the lower number …": one of two sides is a coin toss
    if gives_itself_away(modifier, term.start, sentence):
        return None
    return _as_span(modifier, term.start)


MIN_HEAD_LETTERS = 5


def _head_alone(term: Span, sentence: str) -> Span | None:
    """The head of a compound the sentence names ("called the concentration gradient") whose modifier the sentence
    shows elsewhere ("The difference in concentration between two regions …"): the modifier is given, and the head is
    what the student recalls, as "The energy an object has … is called [kinetic] energy" asks its modifier (blind
    review 77 found the chapter's "concentration gradient" unasked). A common head ("the exchange [rate]", "the
    unitary [method]") is guessed from the kind of thing described, and is not asked."""
    words = term.text.split()
    if len(words) != 2 or not all(word.isalpha() and word.islower() for word in words):
        return None
    modifier, head = words
    if len(head) < MIN_HEAD_LETTERS or _COMMON_HEADS.fullmatch(head) or _NOT_A_NOUN.search(head):
        return None
    if modifier in _SIDES:
        return None  # "The upper layer, called the upper [mantle], …": the upper part of what, the sentence never says
    head_start = term.start + len(modifier) + 1
    if not gives_itself_away(modifier, term.start, sentence) or gives_itself_away(head, head_start, sentence):
        return None  # (the modifier alone tells the term, the head does not)
    rest = f"{sentence[:term.start]} {sentence[term.end:]}".lower()
    if re.search(rf"\b{re.escape(head[:MIN_HEAD_LETTERS])}", rest):
        return None  # "seawater more acidic; this is known as ocean [acidification]": a word of its root tells it
    return _as_span(head, head_start)


# "the principle of conservation of energy", "the law of conservation of mass": a statement of science, what it is of,
# and the quantity that is.
_LAW_OF = re.compile(r"(?:law|principle) of (?P<core>[a-z]{5,}) of [a-z]+")


def _what_a_law_is_of(term: Span, sentence: str) -> Span | None:
    """What a law the sentence states is of, where its quantity, said again, gives the whole name away: "The
    law of [conservation] of mass states that mass is neither created nor destroyed" (blind review 87 found "the
    principle of conservation of energy" unasked, a card its "it can only be transferred" still keeps back). The word
    for the law and its quantity are shown; the student recalls what the law says of it."""
    named = _LAW_OF.fullmatch(term.text.lower())
    if named is None or named.group("core") in STOPWORDS:
        return None
    start = term.start + named.start("core")
    core = sentence[start : start + len(named.group("core"))]
    return None if gives_itself_away(core, start, sentence) else _as_span(core, start)


# The label a textbook puts before its glossary or the term of a section: "Key terms:", "Key term:".
KEY_TERMS_HEADING = re.compile(r"(?:Key (?:terms?|words?|vocabulary)|Glossary|Vocabulary)", re.IGNORECASE)
_KEY_TERMS_LABEL = re.compile(r"(?:Key (?:terms?|words?|vocabulary)|Glossary|Vocabulary)\s*:\s*", re.IGNORECASE)


# Between a term and another name of it: "Solution, also called corrosion", "producers, or autotrophs".
_ALSO_CALLED = re.compile(r",? \(?(?:(?:also|sometimes|often) )?(?:called|known as|termed|or) (?:the |a |an )?")


def _as_span(term: str, start: int) -> Span:
    return Span(text=term, start=start, end=start + len(term), kind="term")


def _opening_definition(sentence: str) -> re.Match[str] | None:
    return (
        _DEFINITION.match(sentence)
        or _DEFINITION_BY_HEAD.match(sentence)
        or _DEFINITION_BY_WHEN.match(sentence)
        or _DEFINED_IN_APPOSITION_FIRST.match(sentence)
        or _DEFINED_BY_ITS_OWN_HEAD.match(sentence)
    )


_SYMBOL_IN_BRACKETS = re.compile(r" \([A-Za-zΑ-Ωα-ω]{1,3}\)")


def _end_of_subject(sentence: str, match: re.Match[str]) -> int:
    """Where the verb's clause begins after the term: past its symbol in brackets ("Current (I) is …")."""
    symbol = _SYMBOL_IN_BRACKETS.match(sentence, match.end("term"))
    return symbol.end() if symbol else match.end("term")


def _opening_term(sentence: str) -> list[Span]:
    """The subject of a definition that opens the sentence: "Photosynthesis is the process by which …"."""
    match = _opening_definition(sentence)
    if not match or _NAMED_AFTER.match(sentence, _end_of_subject(sentence, match)):
        return []  # "The vertical columns are called groups": the subject describes, "groups" is the term
    if match.re is not _DEFINITION_BY_WHEN and _PASSIVE_PREDICATE.match(sentence, _end_of_subject(sentence, match)):
        return []  # "The airways are lined with cells that …": what is done to the subject, not what it is
    if match.re is _DEFINITION_BY_WHEN and _RESULTS_OF_A_TIME.match(sentence):
        return []  # "Early results from camera surveys, published in January, recorded no strikes": a noun
        # "results" after a word of when, not a term that "results from" (blind review 88, bad: "[Early]" asked)
    term = match.group("term")
    if sentence.startswith("The ") and term.lower() in _THE_SUBJECT_AGAIN:
        return []  # "The [mountain] is a large stratovolcano …": the article's subject named again, no term
    return [_as_span(term, match.start("term"))] if _may_be_a_term(term) else []


_RESULTS_OF_A_TIME = re.compile(
    r"(?i:early|earlier|first|initial|preliminary|interim|final|recent|latest|new|further|provisional) results\b"
)


# Common nouns an encyclopedia or a story uses, after "The", for the thing it is about: "The mountain is …", "The
# city is …", "The company is …" (review 65: "The [term] is a large stratovolcano" hid "mountain").
_THE_SUBJECT_AGAIN = frozenset(
    "mountain volcano river lake island city town village country region building bridge castle church cathedral "
    "temple palace tower park museum company firm group team club ship railway road canal dam species animal bird "
    "plant tree painting book novel film song album poem site monument".split()
)


# A passive after the verb: "The airways are lined with cells that produce mucus", "Bones are made of cells that …"
# say what is done to the subject or what it holds, and the trachea or the bronchi fit the blank as well (reviews 43,
# 60). ("Cyclical unemployment is caused by …" is a shape of its own, `_DEFINITION_BY_WHEN`.)
# What a thing is made of or from says what it is ("Sedimentary rocks are made from pieces of older rock …").
_PASSIVE_PREDICATE = re.compile(
    r" (?:is|are) (?!(?:formed|composed|produced|caused|used|defined)\b)(?:[a-z]{3,}ed|found|known|seen|held|kept) "
    r"(?:with|in|on|by|into|at|to|across|throughout)\b"
)
# What the definition says, after "is" or "are": "Dry air is [a mixture of gases]." Under five words it cannot tell its
# term from others of the kind ("the lowest layer" of what? "the head of state" is the king too): reviews 47, 52, 56
# found all four such cards not ok, and every card of five words or more ("the sites of protein synthesis") fine.
_PREDICATE = re.compile(r" (?:is|are|was|were) ")
_WORD_OF_A_PREDICATE = re.compile(r"[\w'’-]+")
MIN_DEFINITION_WORDS = 5


def defined_too_thinly(sentence: str, span: Span) -> bool:
    """Is the term the subject of a definition too short to pin it down ("The troposphere is the lowest layer.")?
    Such a term is still what the sentence is about, and what an "it" in the sentence after points to ("It extends to
    about 16 km …"): it is found, and not asked."""
    match = _opening_definition(sentence) if span.kind == "term" and span.start <= 4 else None
    if not match or match.start("term") != span.start:
        return False
    predicate = _PREDICATE.match(sentence, _end_of_subject(sentence, match))
    if not predicate:
        return False
    said = sentence[predicate.end() :]
    # "Mumps is a viral infection spread through coughs, sneezes and close contact", "Yellow fever is an acute viral
    # disease spread by the bite of infected mosquitoes": a kind of infection and how it spreads fit many diseases
    # (blind reviews 85 and 92, bad: "fits measles or flu as well"); a named cause ("caused by Plasmodium
    # parasites", "a lack of vitamin C") or a figure pins one down.
    if _AN_INFECTION.match(said) and not _SOMETHING_NAMED.search(said):
        return True
    return len(_WORD_OF_A_PREDICATE.findall(said)) < MIN_DEFINITION_WORDS


_AN_INFECTION = re.compile(
    r"(?:an? |the )?(?:[a-z-]+,? ){0,2}?(?:viral|bacterial|infectious|contagious|fungal|parasitic) "
    r"(?:[a-z-]+ )?(?:infection|disease|illness)s?\b"
)
_SOMETHING_NAMED = re.compile(r"(?<!^)\b[A-Z][\w-]*|\d")


def defines_its_term(sentence: str, span: Span) -> bool:
    """Does the sentence define the term it opens with ("Opportunity cost is defined as the value of …")? Such a
    sentence is where the term is learnt, however often the article uses it elsewhere."""
    if span.kind != "term" or span.start > 4:
        return False
    match = _opening_definition(sentence)
    if match and match.start("term") == span.start and match.group("term") == span.text:
        return True
    return (span.text, span.start) in defined_terms(sentence)


# What follows a description whose name comes after it: "The vertical columns are called groups".
_NAMED_AFTER = re.compile(
    r" (?:is|are|was|were) (?:\w+ )?(?:called|known as|termed|named|referred to as|described as)\b"
)


_PERSONAL = frozenset("it they he she we you i".split())
# Adjectives that judge or rate rather than name a kind: "a big supplier", "a serious problem", "a good plan".
_JUDGING = frozenset(
    "big bad good major huge serious nice poor famous popular useful perfect typical possible likely clear easy hard "
    "difficult dangerous safe wonderful terrible excellent obvious interesting usual special particular similar "
    "significant minor massive tiny vast enormous strange odd rare frequent second third fourth fifth final further "
    "later earlier previous following recent separate joint surprise landmark".split()
)
# How early or late a thing came, which a writer judges it by rather than names it: "an early work of …".
_AGE_WORDS = frozenset("early late earlier later".split())
# Common words that still begin many terms: "small intestine", "high tide", "long-day plant".
_SIZES = frozenset("small large high low long".split())


# Groups any kind of being has, which a sentence opens on to say something of them: "Adults are carnivores
# that …", "Males are larger than females". ("Producers are organisms that …" names a group to learn.)
_GROUPS_OF_ANYTHING = frozenset(
    "adults adult juveniles males females hatchlings young youngsters children people individuals members "
    "scientists researchers historians experts visitors residents critics supporters".split()
)


_LABELS_OF_A_PASSAGE = frozenset("example examples exercise activity question questions note tip summary task".split())


def _may_be_a_term(term: str) -> bool:
    """Not a pronoun or a common word ("The deal is …", "Today it is …", "the oldest part"), nor a phrase
    that ends on a small word; a common head after a first word of its own is fine ("boiling point")."""
    words = term.lower().split()
    if words[0] in _PRONOUNS | SUPERLATIVES | _JUDGING | (STOPWORDS - _SIZES) or words[-1] in _FILLER:
        return False
    if len(words) == 1 and words[0] in _GROUPS_OF_ANYTHING:
        return False  # "Adults are carnivores that eat …": who is meant, not a term to learn
    if words[-1] in _LABELS_OF_A_PASSAGE:
        return False  # "Worked example: a car of mass 1,200 kg …": a label of what follows
    return not set(words) & (_NOT_IN_TERMS | _PERSONAL | SUPERLATIVES)


# What a predicate is when it is no noun: "the list was [shrinking], the number …", "four people were [still
# missing], the coast guard said".
_NOT_A_PREDICATE_NOUN = re.compile(r"(?:ing|ly)$|^(?:still|also|already|now|never|often|always|even|again|soon)$")


def _terms_beside(sentence: str) -> list[Span]:
    """Terms with their definition beside them: in apposition ("amylase, an enzyme that …") or in one of
    the shapes of `definitions.SHAPES` ("The boundary between two basins is the watershed")."""
    found = [
        (match.group("term"), match.start("term"))
        for match in _APPOSITIVE.finditer(sentence)
        if not any(_NOT_A_PREDICATE_NOUN.search(word) for word in match.group("term").split())
    ] + _appositions(sentence)
    spans = [_as_span(term, start) for term, start in found if not set(term.split()) & STOPWORDS]
    spans += [
        _as_span(term, start) for term, start in defined_terms(sentence)
        if (_may_be_a_term(term) or _heads_a_glossary_entry(term, start, sentence))
        and not _a_part_stands_elsewhere(term, start, sentence)
    ]
    # "Direct proportion: a relationship in which …": the entry's whole head is its term, and a word of it alone
    # ("Direct [proportion]") is half of it (blind review 79, bad).
    heads = [span for span in spans if _heads_a_glossary_entry(span.text, span.start, sentence)]
    return [span for span in spans if not any(head.start < span.start < head.end for head in heads)]


def _a_part_stands_elsewhere(term: str, start: int, sentence: str) -> bool:
    """Does a part of a hyphened word of the term stand as a word elsewhere in the sentence? "A [condition-controlled]
    loop … keeps repeating for as long as a condition stays true" tells its answer."""
    rest = f"{sentence[:start]} {sentence[start + len(term):]}".lower()
    parts = {part for word in term.lower().split() if "-" in word for part in word.split("-") if len(part) >= 4}
    return any(re.search(rf"(?<![\w-]){re.escape(part)}(?![\w-])", rest) for part in parts)


_GLOSSARY_SEPARATOR = re.compile(r"(?:: | [–—-] )")


def _heads_a_glossary_entry(term: str, start: int, sentence: str) -> bool:
    """Is the term the head of a glossary entry, a compound a common first word may open ("Direct proportion: a
    relationship …", "Simple interest – interest paid only on …")? The entry names it the term to learn."""
    words = term.lower().split()
    return (
        start == 0 and len(words) >= 2 and words[0] not in _PRONOUNS | _NOT_IN_TERMS | {"the", "a", "an"}
        and _may_be_a_term(" ".join(words[1:]))  # ("Worked example: a car of mass …" labels what follows)
        and _GLOSSARY_SEPARATOR.match(sentence, len(term)) is not None and is_a_glossary_entry(sentence)
    )


# "… a certain temperature, called the Curie temperature", "known as the Doppler effect": a term named after someone,
# a capitalised word and a common head, after "the" (without it, "called Smith yesterday" is a call).
_NAMED_AFTER_SOMEONE = re.compile(
    r"\b(?:known as|called|termed|referred to as) the (?P<term>[A-Z][a-z]+ [a-z][\w-]{3,})"
    r"(?=[,.;:)]| (?:that|which|and|or|is|are|was|were|in|of|for|at)\b)"
)


# "economists call these free goods", "Geographers call them ox-bow lakes": what scholars call a kind of thing, the
# name ending the clause ("Critics call it a tax grab" judges; "call these organisms producers" goes on). In "call
# these birds migrants" the plural after "these" says what is named, not the name ("gas giants" keeps its "gas").
_SCHOLARS_CALL = re.compile(
    r"\b(?:[Ww]e|[A-Za-z][a-z]{2,}(?:ists|ians)|[Gg]eographers|[Aa]stronomers|[Ee]ngineers|[Tt]extbooks) call "
    r"(?:(?:these|such) (?:[a-z]+[b-df-hj-np-rtv-z]s )?(?=[a-z][\w-]*s?(?=[.;:,]|$))|these |them |such [a-z]+ |"
    # "when that pattern is regular and repeated, we call it metre", "when water passes …, we call this osmosis"
    r"(?P<pointer>this (?!(?:is|was|a|an|the)\b)[a-z]+ |this |it ))"
    r"(?P<term>[a-z][\w-]*(?: [a-z][\w-]*)?)(?=[.;:,]|$)"
)


_A_CONDITION = re.compile(r"\b(?:[Ww]hen|[Ii]f|[Ww]henever)\b")


def _named_terms(sentence: str) -> list[Span]:
    """Terms after "called", "known as", "termed": "a gap called a synapse", "the separation of powers"."""
    spans = [
        _as_span(match.group("term"), match.start("term"))
        for match in (_SCHOLARS_CALL.finditer(sentence) if " call " in sentence else ())
        if _may_be_a_term(match.group("term"))
        # ("when that pattern is regular and repeated, we call it metre": "it" is what the condition before it
        # describes; "we call it home" says where someone lives, and "Historians call this situation dual power" what
        # the sentences before it told)
        and not (match.group("pointer") and not _A_CONDITION.search(sentence, 0, match.start()))
    ]
    spans += [
        _as_span(match.group("term"), match.start("term"))
        for match in (_NAMED_AFTER_SOMEONE.finditer(sentence) if "ed the " in sentence or "as the " in sentence else ())
        if not _CALLER.search(sentence, max(0, match.start() - 24), match.start())
        and not place_type(match.group("term").split()[0])
    ]
    for match in _NAMED.finditer(sentence):
        quoted = match.group("term")
        if quoted[0] in "“\"" and quoted[-1] not in "”\"":
            continue  # 'what she called "an unusual and probably temporary" market': a quotation, not a term
        if _spelled_by_initials(quoted, sentence[match.end("term") :]):
            # "a concept called price elasticity of demand (PED)": the letters in brackets say where the term ends,
            # past the "of" that would end it after two words (a card leaves the bracket out, see `term_aside_end`)
            spans.append(_as_span(quoted, match.start("term")))
            continue
        caller = _CALLER.search(sentence, max(0, match.start() - 24), match.start())
        if caller and match.group().startswith(_CALLED_AN_OBJECT):
            continue  # "Louis called a meeting", "she called an election": a verb with its object, no naming
        term = quoted.strip("“”\"")
        start = match.start("term") + (1 if quoted[0] in "“\"" else 0)
        words = term.split()
        if any(word[:1].isupper() and word in nationality_words() for word in words[:2]):
            continue  # "was called a Brazilian firm": a nationality describes, where "a Pythagorean triple" names
        if words[0] in _PHRASAL_PARTICLES or words[0] in _NOT_IN_TERMS or words[0] in _COUNT_WORDS:
            continue  # "called for power", "described as one of the Seven Wonders": no name follows
        if words[0] in _OBJECT_PRONOUNS:
            # "They called it the res publica": the pronoun is what is named, a name of two words or more comes
            # after it. "called it a disgrace", "called them reckless", "called it the end of an era" judge.
            skipped = 2 if words[1:2] == ["the"] else 1
            start += sum(len(word) + 1 for word in words[:skipped])
            words = words[skipped:]
            if _named_term_length(words) < 2 or words[0] in STOPWORDS | _NOT_IN_TERMS | SUPERLATIVES | {"a", "an"}:
                continue
        singular = words[0] in ("a", "an") and len(words) > 1
        if singular:
            start += len(words[0]) + 1  # "a gap called a synapse": the term is "synapse"
            words = words[1:]
        if words[0] in _PERSONAL | _OBJECT_PRONOUNS:
            continue  # "what they called it": a pronoun is never the term
        if words[0] in SUPERLATIVES | _JUDGING | _AGE_WORDS:
            continue  # "described as the [largest] waterfall", "called an [early] work of science fiction": a judgement
        term = " ".join(words[: _named_term_length(words, singular)])  # "phagocytosis that destroys them"
        if _COMPARISON.match(sentence, start):
            # "It is often described as [darker] or sadder": a comparison says how it seems beside another, no term
            # (blind review 80, bad); "described as [effusive] or explosive" names kinds, and stays
            continue
        described = match.group().startswith("described as")
        if described and " " not in term and _OF_SOMETHING.match(sentence, start + len(term)):
            # "often described as the [cradle] of the art", "the heart of", "the gateway to": a figure of speech,
            # no term (blind review 95, bad)
            continue
        if singular and " " not in term and described:
            # "what she later described as a [call] from God": how someone saw it, a common noun; a name of its own
            # stays ("often described as a [global conveyor belt]")
            continue
        name = term.split()[-1] if term else ""
        if name[:1].isupper() and place_type(name):
            continue  # "known as the capital of France": a place, not the man a part is named after
        if _NAME_GOES_ON.match(sentence, start + len(term)):
            continue  # "the [reign] of Terror", "the [capital] of France": half of a name
        if _SOMEONES_AFTER.match(sentence, start + len(term)):
            continue  # "described as the [prime] of his age": a description of someone, no term
        if term and term.split()[-1] not in _FILLER:
            spans.append(_as_span(term, start))
    return spans


def _spelled_by_initials(term: str, after: str) -> bool:
    """Is the term followed by its own initials in brackets ("mutually assured destruction (MAD)", "price elasticity
    of demand (PED)")?"""
    return words_spelled_by_initials(term.split(), after.lstrip()) == len(term.split())


# Verbs that end a term after "called": "runners called chasquis [carried] messages", "a solid called a precipitate
# [forms]", "cells called neurons [carry] signals".
_VERBS = frozenset(
    "has have had does did do can could will would may might must should became becomes took takes gave gives went "
    "goes came comes made makes led ran runs grew grows began begins".split()
)
_PAST_FORM = re.compile(r"[a-z]{2}[^e]ed$")  # "carried", "formed"; not "seed", "speed" or "freed"
_SINGULAR_IN_S = re.compile(r"(?:ss|us|is|as|ics|ies|ous|ws)$")  # "a gas", "a nucleus", "a species": not plurals


_DETERMINERS = frozenset("the a an its their his her".split())
# A comparative, with "than" or another comparative after it: "darker or sadder", "warmer than".
_COMPARISON = re.compile(
    r"[a-z]{2,}er (?:than\b|(?:or|and) (?:more |less )?[a-z]{2,}er\b)|(?:more|less) [a-z]+ (?:than|or|and)\b"
)
# What a statement of a science is called ("theorem", "law"), which "of" and its field complete.
_STATEMENTS = frozenset("law laws principle rule theorem theory hypothesis".split())


def _named_term_length(words: list[str], singular: bool = False) -> int:
    """How many of the words after "called" are the term: up to a function word, but "of" and a noun go on after
    one word ("separation of powers"), and so does "and" between two nouns after it ("law of supply and demand").
    A noun phrase ends before a verb: a past form, a common verb, a plural after "a" ("called a precipitate forms"),
    and any word but "of" after a plural ("called neurons carry")."""
    for i, word in enumerate(words):
        if i and (word in _VERBS or _PAST_FORM.search(word) or _is_plural(words[i - 1]) and word != "of"):
            return i
        if i and singular and _is_plural(word):
            return i
        if i >= 2 and word in _DETERMINERS:
            return i - 1  # "tiny hairs called cilia [sweep] the mucus": a noun phrase takes no "the" after its noun
        if not i or word not in _ENDS_A_NAMED_TERM:
            continue
        following = words[i + 1] if i + 1 < len(words) else ""
        noun_follows = bool(following) and following not in _ENDS_A_NAMED_TERM | _FILLER | _NOT_IN_TERMS | STOPWORDS
        if word == "of" and noun_follows and i == 1:
            continue  # "crystal lattice of ions": a compound is whole before "of"
        if word == "of" and noun_follows and words[i - 1] in _STATEMENTS and i + 2 == len(words):
            continue  # "the fundamental theorem of arithmetic": a law or a theorem is named whole, with its field
        if word == "and" and noun_follows and i >= 2 and words[i - 2] == "of" and i + 2 == len(words):
            continue
        return i
    return len(words)


def _is_plural(word: str) -> bool:
    return len(word) > 3 and word.endswith("s") and not _SINGULAR_IN_S.search(word)


# Common English words that never make a key term on their own account.
STOPWORDS = frozenset(
    """a about above after again against all almost also although always am among an and another any are
    as at be because been before being below between both but by can cannot could did do does doing done
    down during each either else enough even ever every few for from further had has have having he her
    here hers him his how however i if in into is it its itself just least less like made make many may
    me might more most much must my near neither never no nor not now of off often on once one only or
    other others our out over own per perhaps quite rather same several shall she should since so some
    such than that the their them then there these they this those though through thus to too under
    until up upon us very was we were what when where whether which while who whom whose why will with
    within without would yet you your new old first last next great good little long large small high
    low way case cases time times part parts kind kinds number numbers place places year years thing
    things man men become became say said says see seen seem seems shown show given give take taken
    two three four five six seven eight nine ten hundred thousand million billion trillion best better worse worst
    certain different distinct general whole well highest lowest slight lesser greater present remarkable
    ordinary occasional single throughout recent direct various own true real chief important extent
    degree fact facts view rule chance""".split()
)
# Adverbs, participles and gerunds make phrases like "admirably adapted" that are not terms.
_NOT_A_NOUN = re.compile(r"(?:ly|ed|ing)$")
MIN_TERM_REPEATS = 3
# "Condensation is the change of water from a gas …", "Inflation is a general rise in prices": a
# definition by a head noun that names a kind of process, amount or state ("the capital of" is no such noun).
_DEFINING_HEADS = (
    "change|rise|fall|increase|decrease|decline|loss|gain|growth|movement|process|study|science|amount|measure|"
    "ability|capacity|transfer|conversion|release|spread|flow|force|rate|ratio|value|method|way|use|theory|belief|"
    "practice|"
    "exchange|pattern|feeling|pump|displacement|height|length|width|depth|size|duration|strength|intensity|"
    "cycle|condition|disease|substance|mixture|difference|relationship|quantity|breakdown|breaking|combination|"
    "mixing|production|path|pathway|protein|enzyme|chemical|compound|device|component|material|property|"
    "tendency|policy|bond|attraction|instrument|tool|machine|gas|liquid|solid|site|energy|pressure|temperature|"
    "density|mass|speed|velocity|distance|frequency|tax|limit|payment|surplus|deficit|shortage|opposition|"
    "expulsion|removal|pardon|assembly|vessel|tube|channel|duct|fluid|pigment|hormone|reaction|response|principle|"
    "sum|total"  # "The labour force is the sum of the employed and the unemployed" (round C)
)
# Heads that name a part, a member or a place of something: "Alsace is a region of France", "Kent is part of
# the …" say where a name belongs, not what a term means, so "of the" may not follow them.
_PART_HEADS = (
    "branch|form|type|kind|state|period|series|set|group|part|layer|region|zone|unit|system|collection|number|"
    "organ|tissue|cell|molecule|pair|piece|particle|atom|line|curve|point|area|surface|structure|"
    "shape|body|object|animal|plant|organism|element|metal|mineral|rock|hill|ridge|hollow|mound|landform|deposit"
)
# Heads too common to be the word a student learns: "the exchange [rate]", "the unitary [method]", "word [classes]"
# are guessed from the kind of thing the sentence describes (a price, a way, a group).
_COMMON_HEADS = re.compile(rf"(?:{GENERIC_HEADS}|{_DEFINING_HEADS}|{_PART_HEADS}|class|classes|term|terms|word|words|"
                           r"effect|effects|idea|ideas|thing|things|system|systems)")
_DEFINITION_BY_HEAD = re.compile(
    r"^(?:(?:The|A|An) )?(?P<term>[A-Za-z][\w-]*(?: [a-z][\w-]*){0,2})(?: of (?:a|an) [a-z][\w-]*)? "
    r"(?:\([A-Za-zΑ-Ωα-ω]{1,3}\) )?"  # "Current (I) is the rate …"
    # (adjectives may be parted by a comma: "Drumlins are smooth, oval hills of till")
    rf"(?:is (?:a|an|the)|are(?: the)?) (?:(?!(?:a|an|the)\b)[\w-]+,? ){{0,2}}"
    rf"(?:(?:{_DEFINING_HEADS})s?\b|(?:{_PART_HEADS})s?\b(?! of (?:the|its|their|this)\b))"
)
# "Electronegativity, a measure of how strongly …": the term first, its definition in apposition.
_DEFINED_IN_APPOSITION_FIRST = re.compile(
    rf"^(?P<term>[A-Z][a-z]{{3,}}(?: [a-z][\w-]+)?), (?:a|an|the) (?:[a-z][\w-]+ ){{0,2}}"
    rf"(?:{_DEFINING_HEADS}|{_PART_HEADS})s?\b"
)
# "Potential energy is stored energy that an object has because of …", "Kinetic energy is energy that …": a kind
# defined as its own head narrowed by a clause, with no article (blind review 87 found the chapter's potential energy
# unasked, and its "its" still keeps that card back); the head shown again, the modifier is asked, as "[Sedimentary]
# rocks are made from …" is.
_DEFINED_BY_ITS_OWN_HEAD = re.compile(
    r"^(?P<term>[A-Z][a-z]+(?:-[a-z]+)? (?P<head>[a-z]{3,})) (?:is|are) "
    r"(?:(?!(?:a|an|the|not|also)\b)[a-z][\w-]* ){0,2}(?P=head) "
    r"(?:that|which|whose|in which|stored|held|carried|calculated|produced|released|caused)\b"
)
# "Demand-pull inflation happens when …", "Cost-push inflation, by contrast, occurs when …", "Frictional
# unemployment arises because it takes time …" (round C)
_DEFINITION_BY_WHEN = re.compile(
    r"^(?P<term>[A-Z][a-z][\w-]*(?: [a-z][\w-]*){0,2})(?:, [^,]{1,25},)? "
    r"(?:(?:happens|occurs|arises|takes place) (?:when|because)|arises from|results from|is caused by)\b"
)
# "… to a central bank, the institution that manages …": a term with its definition in apposition.
# "… contains amylase, an enzyme that …", "… a fuse, a thin wire that melts …"
# Found from each ", a …" / ", the …" outward, not by one pattern tried at every character: a book has
# thousands of sentences, and the single pattern cost a fifth of a second on one.
_APPOSITION_COMMA = re.compile(r", (?=an? |the |[a-z]+s of )")
_APPOSITION_AFTER = re.compile(
    r"(?:(?:a|an|the) (?:[a-z][\w-]+ ){0,11}?[a-z][\w-]+ (?:that|which|who|whose)\b|"
    r"[a-z]+s of [a-z][\w-]+ (?:that|which|who)\b|"
    r"(?:a|an|the) (?:[A-Za-z][\w-]+ )?(?:word|term|name) (?:meaning|for)\b|"  # "a veto, a Latin word meaning …"
    # "the Nile, the longest river in Africa"; not "the three biggest producers, the longest in the country's
    # history", where the ranking is of the whole clause before it, nor "flow into the lake, the largest being …"
    r"the (?:largest|smallest|longest|main|biggest|oldest|only|first) "
    r"(?!(?:in|of|on|at|to|for|ever|since|yet|so|being|is|was|are|were|one|two|three)\b))"
)
# "from the anther, the male part of a flower": a part of a kind of thing, "a flower" (blind review 72 found the
# flower's parts unasked); "the region, the southern part of the country" is a place of the news.
_PART_OF_A_KIND = re.compile(
    r"the (?!(?:[a-z]+est|main|only|first|last|other)\b)(?:[a-z][\w-]+ ){0,2}part of (?:a|an) [a-z]"
)
# The parts a textbook names, which news hardly speaks of: "the mantle, the layer of hot rock beneath the crust" is an
# apposition even after "the".
_ANATOMY = "layer|membrane|organ|tissue|gland|vessel|duct|chamber|molecule|particle|pigment|hormone|enzyme|protein"
_KIND_HEADS = f"{_DEFINING_HEADS}|{_ANATOMY}"
# "…, a sign that", "…, a feature that", "…, a move that": a noun that sums up the clause before the comma, so the
# word before the comma is no term it describes ("faces west rather than east, a feature that …").
_SUMS_UP_THE_CLAUSE = re.compile(
    r"(?:a|an|the) (?:[a-z]+ )?(?:sign|feature|move|step|decision|trend|pattern|practice|change|development|"
    r"record|rise|fall|increase|decrease|drop|jump|result|consequence|measure|fact|situation|outcome|figure|"
    r"level|sum|total|reflection|indication|reminder|testament|symbol|mark|blow|boost|setback) (?:that|which)\b"
    r"|the (?:first|last|only)\b"  # "Jović was killed, the first Croatian policeman to die in the war"
)
# "barter, the direct exchange of one good for another", "inflation, a general rise in prices": a head that says
# what kind of process, amount or part the term is, and no relative clause. Not a list ("blamed bad weather, a rise
# in costs and a fall in demand"), and no figure ("the announcement, a loss of 5%" is an event); after "a" the head
# is one thing, so in "a river flows in" "flows" is a verb.
_APPOSITION_OF_KIND = re.compile(
    rf"(?:(?:a|an) (?:[a-z][\w-]+ )?(?:{_KIND_HEADS})|the (?:[a-z][\w-]+ )?(?:{_KIND_HEADS})s?) "
    r"(?:of|in|between|by|from)\b(?![^,;]* and (?:a|an|the)\b|[^,;]*\d)"
)
# "sprayed with polyethylene glycol, a waxy chemical": after a preposition the term may be a compound of two
# words; after any other word ("contains amylase, an enzyme") it is the last word alone.
_APPOSITION_BEFORE = re.compile(
    r"(?:\b(?:[Aa]|[Aa]n|[Tt]he) (?P<term>[a-z][\w-]{3,}(?: [a-z][\w-]{3,})?)|"
    r"\b(?:with|of|from|into|in|on|by|and|or) (?P<pair>[a-z][\w-]{3,} [a-z][\w-]{3,})|"
    r"(?<=[a-z] )(?P<word>[a-z][\w-]{3,}))$"
)


# "In the middle and lower course, a river …": a phrase of place or time that opens the sentence.
_OPENING_PHRASE = re.compile(
    r"(?:In|On|At|From|During|After|Before|Over|Under|By|With|For|Along|Across|Through|Near|Within|Beyond) [^,]*$"
)
_RANKED_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(SUPERLATIVES))}|most|least|best|worst|top|leading|other|several|many|two|three|four|five|"
    r"six|seven|eight|nine|ten|\d+) (?:[a-z][\w-]* )?$"
)
# A superlative apposition after a bare word ranks the whole clause before it; after an article it may describe the
# word ("the aorta, the largest artery in the body").
_RANKS_THE_CLAUSE = re.compile(r"the (?:largest|smallest|longest|biggest|oldest|first|only|main)\b")
_PRONOUN_THEN_VERB = re.compile(r"\b(?:that|this|it|which|what|he|she|they|there) [a-z]+$", re.IGNORECASE)


def _appositions(sentence: str) -> list[tuple[str, int]]:
    """'… contains amylase, an enzyme that …' -> [("amylase", start)]."""
    found = []
    for comma in _APPOSITION_COMMA.finditer(sentence):
        if _SUMS_UP_THE_CLAUSE.match(sentence, comma.end()):
            continue  # "pyramids became more cheaply built, a sign that …": the whole clause is the sign
        described = _APPOSITION_AFTER.match(sentence, comma.end()) is not None
        part_of_a_kind = not described and _PART_OF_A_KIND.match(sentence, comma.end()) is not None
        if not described and not part_of_a_kind and not _APPOSITION_OF_KIND.match(sentence, comma.end()):
            continue
        if _PRONOUN_THEN_VERB.search(sentence[: comma.start()]):
            continue  # "When that happens, the sensor …": a pronoun's verb closes an opening clause, no apposition
        window = max(0, comma.start() - 48)
        before = _APPOSITION_BEFORE.search(sentence[window : comma.start()])
        if not before:
            continue
        group = next(name for name in ("term", "pair", "word") if before.group(name))
        term, start = before.group(group), window + before.start(group)
        if part_of_a_kind and group != "term":
            continue  # "visit the old [town], the historic part of a city": a word of a place's name
        if group == "word" and _AFTER_A_LINKING_VERB.search(sentence, max(0, start - 16), start):
            continue  # "fails to find enough steam to be [useful], a risk that …": a predicate (blind review 95)
        if group == "word" and _SUMS_UP_AN_ACTION.match(sentence, comma.end()) and not _PREPOSITION_BEFORE.search(
            sentence, max(0, start - 16), start
        ):
            # "adapted punched cards to record census [data], a technique that led to …": the technique is the
            # recording, the verb's whole phrase; "relied on bloodletting, a technique that …" names the technique
            continue
        if group != "term" and _RANKS_THE_CLAUSE.match(sentence, comma.end()):
            continue  # "refunds on cancelled [flights], the largest penalty of its kind": the fine is ranked
        if _RANKED_BEFORE.search(sentence, max(0, start - 24), start):
            continue  # "the three biggest producers, …": a common noun ranked or counted, no term
        modifier = term.split()[0]
        if group == "pair" and (modifier in STOPWORDS or _NOT_A_NOUN.search(modifier)):
            term, start = term[len(modifier) + 1 :], start + len(modifier) + 1  # "with great speed": no compound
        if " " not in term and (_PAST_FORM.search(term) or term in VERB_FORMS):
            continue  # "debated, but never [passed], a law that …": a verb, whose object the apposition is
        if group == "word":
            word_before = _WORD_BEFORE.search(sentence, max(0, start - 24), start)
            if word_before and word_before.group(1)[0].isupper() and word_before.start(1) > 0:
                continue  # "among them Nepenthes [rajah], the largest …": a word of a name, which names.py finds
            if word_before and _modifies_the_term(word_before.group(1), sentence[: word_before.start(1)]):
                term, start = f"{word_before.group(1)} {term}", word_before.start(1)  # "carbon dioxide", "dew point"
        if comma.start() == _end_of_a_setting(sentence) and start < comma.start():
            # "On a [piano keyboard], the smallest step between two keys … is called a semitone": the comma closes a
            # phrase of setting, and what follows is the subject of the sentence, no description of the setting
            # (blind review 80, bad: the term defined was "semitone", and "keys" gave the setting away)
            continue
        if not described and not part_of_a_kind and not _apposition_of_kind(sentence, comma, group, start):
            continue
        found.append((term, start))
    return found


_OF_SOMETHING = re.compile(r" (?:of|to|for) ")
# A verb that links its subject to a word that describes it: "to be useful", "remains popular".
_AFTER_A_LINKING_VERB = re.compile(r"\b(?:be|is|are|was|were|been|being|become|becomes|remain|remains|seem|seems) $")
# Nouns of a way of doing, which sum up a verb and its object as often as they describe a thing.
_SUMS_UP_AN_ACTION = re.compile(
    r"(?:a|an|the) (?:[a-z]+ )?(?:technique|method|approach|process|procedure|risk|danger|threat|problem|task|"
    r"job|feat|achievement|innovation|breakthrough|milestone) (?:that|which)\b"
)
# The word right before a one-word term in apposition: "remove carbon dioxide, the waste gas …".
_WORD_BEFORE = re.compile(r"(?<![\w'’-])([A-Za-z][a-z-]{2,}) $")


def _modifies_the_term(word: str, before: str = "") -> bool:
    """Is the lower-case word before a term the first word of it ("carbon" of "carbon dioxide", "metachromatic"
    of "metachromatic leukodystrophy", "dew" of "dew point"), not the verb whose object the term is ("contain
    haemoglobin", "taught predestination") nor a word of the clause ("is latitude", "called cloture")?
    Reviewers found the last word alone half a term (reviews 43-52). Right after a verb, a word that may be a verb
    ("equal", "light") or a form in -ing is no verb: "use [equal] temperament" (blind review 80 got "equal
    [temperament]", half hidden), "reduces [purchasing] power"."""
    preceding = _WORD_BEFORE.search(before) if before else None
    if preceding and preceding.group(1) in PRESENT_FORMS:
        return word.islower() and word not in STOPWORDS and word not in VERB_FORMS and not word.endswith(("ly", "ed"))
    return (
        word.islower()
        and word not in STOPWORDS
        and word not in VERB_FORMS
        and word not in PRESENT_FORMS
        and not _NOT_A_NOUN.search(word)
        and not word.endswith("s")  # "contains amylase", "makes insulin"
    )


def _apposition_of_kind(sentence: str, comma: re.Match[str], group: str, start: int) -> bool:
    """Is "…, a general rise in prices" in apposition to a bare term after a preposition ("relied on barter, the
    direct exchange of …") and is it a phrase of its own, not the subject of the clause that follows ("among new
    competitors, the conditions of its life will be changed")?"""
    if _OPENING_PHRASE.match(sentence, 0, comma.start()):
        return False  # "In the lower course, …": a setting
    if group == "term" and not _ANATOMY_AFTER.match(sentence, comma.end()):
        return False  # "the announcement, a loss of 5%": a thing of the story
    if not _PREPOSITION_BEFORE.search(sentence, max(0, start - 16), start):
        return False  # "could just be distinguished, the proportional differences in …": no noun before it
    phrase_end = _PHRASE_END.search(sentence, comma.end())
    if phrase_end and sentence.startswith((" and ", " or "), phrase_end.end()):
        return False  # "as a fly-flapper, an organ of prehension, or as an aid in turning": a list
    return not _AUXILIARY.search(sentence, comma.end(), phrase_end.start() if phrase_end else len(sentence))


_ANATOMY_AFTER = re.compile(rf"(?:a|an|the) (?:[a-z][\w-]+ )?(?:{_ANATOMY})s? ")
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:on|in|of|through|by|with|from|into|to|for|as|via|against|without) (?:the |a |an )?$"
)
_PHRASE_END = re.compile(r"[,;:()—–]")
_AUXILIARY = re.compile(
    r"\b(?:is|are|was|were|be|been|will|would|can|could|may|might|must|shall|should|has|have|had|do|does|did)\b"
)


WORDS_PER_EXTRA_REPEAT = 15_000  # a book must repeat a phrase more often for it to count as a term


def _subject_and_verb(phrase: str) -> bool:
    """"light travels", "rocks form": a subject and its verb, however often said, is no term."""
    words = phrase.split()
    return len(words) == 2 and (
        words[1] in _SUBJECT_VERBS or _is_plural(words[0]) and words[0] not in _PLURAL_MODIFIERS
    )


# Verbs that follow the subject a textbook keeps coming back to ("light travels", "the income approach adds up"):
# the commonest of them, in the forms a present tense gives them.
# ("A linear search checks each item …", "A bubble sort goes through a list …": blind review 76)
_SUBJECT_VERBS = frozenset(
    """form forms travel travels move moves add adds carry carries cause causes occur occurs produce produces
    contain contains reach reaches grow grows tend tends depend depends allow allows help helps remain remains
    becomes bend bends pass passes enter enters absorb absorbs combine combines react reacts melt melts
    freeze freezes expand expands vibrate vibrates collide collides attract attracts repel repels divide divides
    consist consists lie lies live lives feed feeds eat eats breathe breathes rotate rotates orbit orbits
    checks goes compares finds stores swaps repeats splits looks takes makes gives""".split()
)
# Words that end in "s" and still modify a noun: "sales tax", "customs union", "goods market".
_PLURAL_MODIFIERS = frozenset("sales goods arms customs savings earnings sports means news".split())
# Two lower-case words in a row, or "X of/for Y", read with overlaps (a lookahead) in one pass of C.
_PAIR = re.compile(r"(?=\b([a-z][a-z-]{2,}) (?:(of|for) )?([a-z][a-z-]{2,})\b)")


# A first word that ranks or points ("main line", "other side", "key role") and a second word that is an office ("prime
# minister", "general secretary", "vice president"): review 63-64 found such blanks guessed from the story.
_NOT_A_TERMS_FIRST_WORD = _NOT_IN_TERMS | frozenset("principal major minor".split())
_OFFICES = frozenset(
    "minister ministers president presidents secretary chancellor governor mayor director chairman chairwoman chair "
    "officer executive spokesman spokeswoman spokesperson commissioner ambassador leader leaders".split()
)


def repeated_terms(texts: list[str] | tuple[str, ...]) -> frozenset[str]:
    """Two-word phrases ("natural selection") and "X of/for Y" phrases ("struggle for existence") that
    the text repeats: the key terms of a textbook passage, found without a dictionary."""
    counts: Counter[str] = Counter()
    total_words = 0
    for text in texts:
        total_words += text.count(" ") + 1
        for first, joint, second in _PAIR.findall(text):
            if first in STOPWORDS or second in STOPWORDS or _NOT_A_NOUN.search(first) or _NOT_A_NOUN.search(second):
                continue
            if first in _NOT_A_TERMS_FIRST_WORD or second in _OFFICES:
                continue  # "its main line", "the prime minister": a rank or an office, which any story repeats
            counts[f"{first} {joint} {second}" if joint else f"{first} {second}"] += 1
    needed = max(MIN_TERM_REPEATS, total_words // WORDS_PER_EXTRA_REPEAT)
    repeated = [phrase for phrase, count in counts.items() if count >= needed and not _subject_and_verb(phrase)]
    kinds = {
        kind
        for i, text in enumerate(texts) if _may_announce_kinds(text) and _KINDS_ANNOUNCED.search(text)
        for kind in _kinds_listed(" ".join(texts[i : i + BLOCKS_PER_KINDS]))
    }
    return frozenset(repeated) | kinds | _listed_key_terms(texts)


# "Key terms: scarcity, economic good, free good, factors of production, opportunity cost.": a list of words alone
_KEY_TERM_LIST = re.compile(r"[a-z][\w-]*(?: [a-z][\w-]*){0,3}(?:, [a-z][\w-]*(?: [a-z][\w-]*){0,3})+\.?")


def _listed_key_terms(texts: list[str] | tuple[str, ...]) -> frozenset[str]:
    """The terms of two words or more that a textbook lists under "Key terms:", in the singular and the plural
    ("economic good" is said "economic goods"): the passage names them its key terms, though it may use one only
    once ("illustrate scarcity with a production possibility frontier"). A word alone is too common to look for."""
    listed = set()
    for text in texts:
        label = _KEY_TERMS_LABEL.match(text) if text[:1] in "KkGgVv" else None
        if not label or not _KEY_TERM_LIST.fullmatch(text, label.end()):
            continue
        for term in text[label.end() :].rstrip(".").split(", "):
            if " " in term and _may_be_a_term(term):
                words = term.split()
                head = words.index("of") - 1 if "of" in words else len(words) - 1  # "factors of production"
                words[head] = words[head][:-1] if _is_plural(words[head]) else f"{words[head]}s"
                listed.update((term, " ".join(words)))
    return frozenset(listed)


# A textbook's ways to announce the kinds it then describes one by one: "There are three types of neuron.",
# "Economists distinguish three types of unemployment.", "Geologists divide rocks into three groups …", "The skeleton
# is divided into two parts." (round C).
_COUNT = r"(?:two|three|four|five|six|seven|eight|2|3|4|5|6|7|8) (?:main |basic |broad |different |major )?"
_KINDS_ANNOUNCED = re.compile(
    rf"\b(?:There are|[Dd]istinguish(?:es)?|[Rr]ecogni[sz]es?|[Ii]dentify|[Ii]dentifies) {_COUNT}"
    r"(?:types|kinds|classes|sorts|forms) of (?P<head>[a-z]{3,}?(?: [a-z]{3,}?)?)(?:e?s)?[.:]|"
    r"\b(?:[Dd]ivides?|[Cc]lassif(?:y|ies)|[Ss]orts?|[Gg]roups?) (?P<object>[a-z]{3,}?)(?:e?s)? into "
    rf"{_COUNT}(?:types|kinds|classes|groups|categories|parts)\b|"
    r"\b(?P<subject>[a-z]{3,}?)(?:e?s)? (?:is|are|can be) (?:divided|split|classified|grouped|sorted) into "
    rf"{_COUNT}(?:types|kinds|classes|groups|categories|parts)\b"
)
# What an announcement holds, found by plain tests of a string before the pattern that reads it: a book has
# thousands of blocks, and a pattern tried on each costs more than all the rest of the search for kinds.
_KINDS_GATES = ("There are ", "istinguish", "ecognis", "ecogniz", "dentif", " into two ", " into three ", " into four ",
                " into five ", " into six ", " into 2 ", " into 3 ", " into 4 ")


def _may_announce_kinds(text: str) -> bool:
    for gate in _KINDS_GATES:  # a plain loop: any() over a generator costs more
        if gate in text:
            return True
    return False
SENTENCES_PER_KIND = 2  # the kinds end at the second sentence in a row that opens with none of them
BLOCKS_PER_KINDS = 4  # the kinds may follow in the paragraphs after the one that announces them


def _kinds_listed(text: str) -> list[str]:
    """The kinds a paragraph announces and then opens its sentences with: "There are three types of neuron.
    Sensory neurons carry … Relay neurons … Motor neurons carry …" -> ["Sensory neurons", "Motor neurons", …];
    "The skeleton is divided into two parts. The axial skeleton, which …" -> ["axial skeleton", …]; "There are three
    types of muscle tissue. Skeletal muscle is …" -> ["Skeletal muscle", …]."""
    kinds = []
    for announced in _KINDS_ANNOUNCED.finditer(text):
        head = announced.group("head") or announced.group("object") or announced.group("subject")
        heads = "|".join(re.escape(words) for words in dict.fromkeys((head, head.split()[0])))
        opener = re.compile(rf"(?:The ([a-z]{{3,}} (?:{heads})(?:e?s)?)|([A-Z][a-z]{{2,}} (?:{heads})(?:e?s)?))[ ,]")
        since_last, described = 0, 0
        for sentence in _SENTENCE_BREAK.split(text[announced.end() :].lstrip()):
            found = opener.match(sentence)
            since_last = 0 if found else since_last + 1
            if since_last >= SENTENCES_PER_KIND + min(described, 1):
                break  # a kind described takes a sentence or two more ("Sandstone and shale are examples. …")
            kind = found.group(1) or found.group(2) if found else ""
            if kind and _may_be_a_term(kind.lower()):
                kinds.append(kind)
                described += 1
    return kinds


_SENTENCE_BREAK = re.compile(r"(?<=[.!?]) +")


_NEXT_WORD = re.compile(r" ([a-z][a-z-]+)")
_WORD_BEFORE = re.compile(r"(?<![\w-])([A-Za-z][a-z-]+) $")
_VERB_FORM = re.compile(r"[a-z]{2}(?:s|ed|ing)$")  # "explains natural selection": a verb before the term, no modifier


@lru_cache(maxsize=8)
def _terms_pattern(terms: frozenset[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(term) for term in sorted(terms, key=lambda term: (-len(term), term)))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")


def find_repeated_term_spans(sentence: str, terms: frozenset[str]) -> list[Span]:
    """Where the article's repeated terms stand in this sentence, the longest first, once each, unless a word of
    the term stands elsewhere in it too."""
    if not terms or sentence.endswith("?") or _KEY_TERMS_LABEL.match(sentence):
        return []  # a question, or the glossary's list of the terms: neither says what a term is
    spans, seen = [], set()
    for match in _terms_pattern(terms).finditer(sentence):
        # (or stands as what the subject is: "3/4, 6/8 and 75/100 are [equivalent] fractions, because …", blind
        # review 74; the sentence says which things the term names)
        opens = opens_on(sentence, match.start()) or (
            _PREDICATE_BEFORE.search(sentence, max(0, match.start() - 12), match.start()) is not None
        )
        following = _NEXT_WORD.match(sentence, match.end())
        if following and following.group(1) not in _ENDS_A_PHRASE and not match.group()[:1].isupper():
            continue  # "white blood" inside "white blood cells": the phrase goes on ("Motor neurons carry" is a kind)
        preceding = _WORD_BEFORE.search(sentence, max(0, match.start() - 32), match.start())
        word_before = preceding.group(1).lower() if preceding else ""
        if word_before and word_before not in STOPWORDS and not _VERB_FORM.search(word_before):
            continue  # "nervous system" inside "central nervous system" (or "Central …"): the phrase began earlier
        if _beside_a_figure(sentence, match.start(), match.end()) or _ONE_EXAMPLE.search(
            sentence, max(0, match.start() - 24), match.start()
        ):
            continue
        if _EXAMPLES_OR_ITSELF_AFTER.match(sentence, match.end()):
            continue  # "migrating [wild birds] such as geese and swans", "the [salt flat] itself is almost lifeless":
            # its examples tell the kind, "itself" points back to the thing named before (blind review 88, bad)
        if _SHARED_HEAD_BEFORE.search(sentence, max(0, match.start() - 24), match.start()):
            continue  # "flat sections at the melting and [boiling points]": half of two terms that share a head
        if _GENUS_BEFORE.search(sentence, max(0, match.start() - 8), match.start()) and any(
            span.end <= match.start() for span in find_term_spans(sentence)
        ):
            continue  # "The first is rural-urban migration, the [movement of people] from …": what the term is
        if _spelled_by_initials(match.group(), sentence[match.end() :]):
            continue  # "a production possibility frontier (PPF)": the letters in brackets spell it out
        if match.group() not in seen:
            seen.add(match.group())
            span = _as_span(match.group(), match.start())
            if not gives_itself_away(span.text, span.start, sentence):  # "a [series circuit] … the circuit"
                spans.append(span)
            elif opens and (modifier := _modifier_alone(span, sentence)):
                spans.append(modifier)  # "[Igneous] rocks form when molten rock cools": the sentence is about it
    return spans


# A figure just before the term, or after it with a preposition: "22 [cubic metres] of water", "less than 1% of all
# [fresh water]", "raise the [retirement age] to 68". The term is the unit or the measure of the figure, which is the
# fact; hidden instead, it is guessed from the figure beside it (reviews 46, 54, 56).
# "Suburbanisation is the movement of people …", "rural-urban migration, the movement of people …": a phrase an
# article repeats as what several of its terms are (review 70) is the kind a definition names, not a term of its own:
# after "is the" or ", the" behind a term the sentence defines, it is the definition's first words.
_GENUS_BEFORE = re.compile(r"(?:\b(?:is|are) |, )the $")
_FIGURE_BEFORE = re.compile(
    r"(?:(?:\d|%|\bper ?cent|\bpercent)(?: of(?: all| the)?)?|"
    # a share in words: "make up about a quarter of the [equity portfolio]" (blind review 81, a news story's measure)
    r"\b(?:half|(?:a|one|two|three) (?:quarter|third|fifth|tenth)s?) of(?: all| the)?) $"
)
_FIGURE_AFTER = re.compile(r" (?:to|from|by|of|at) (?:about |around |over |under |nearly |almost |some )?[$£€]?\d")


def _beside_a_figure(sentence: str, start: int, end: int) -> bool:
    return bool(_FIGURE_BEFORE.search(sentence, max(0, start - 24), start) or _FIGURE_AFTER.match(sentence, end))


# "removes waste products such as [carbon dioxide]": one example of a kind the sentence names, and any other of the
# kind fills the blank as well (review 32). A definition says which one; a repeated term is only mentioned.
_ONE_EXAMPLE = re.compile(r"\b(?:such as|including|e\.g\.,?|for example,?|for instance,?) (?:the |a |an )?$")


# Examples after a term, or "itself": " such as geese and swans", " itself".
_EXAMPLES_OR_ITSELF_AFTER = re.compile(r",? (?:such as|including|e\.g\.,?|like) [^,.;]*\w| itself\b")


# A modifier and "and" or "or" before a term: "the melting and [boiling points]", "primary or [secondary consumers]".
_SHARED_HEAD_BEFORE = re.compile(r"\b(?:[a-z]+(?:ing|ed|al|ic|ous|ar|ive|ent|ant|ary)|primary|secondary) (?:and|or) $")
_OPENING_ARTICLE = re.compile(r"(?:(?:The|A|An) )?")


def opens_on(sentence: str, start: int) -> bool:
    """Does the sentence open on what starts at `start`, with at most an article before it ("The [endocrine
    system] is …", "A [balanced diet] contains …")?"""
    return _OPENING_ARTICLE.fullmatch(sentence, 0, start) is not None


_PREDICATE_BEFORE = re.compile(r"\b(?:is|are) (?:(?:a|an|the|called|called the|called a|called an) )?$")
_ENDS_A_PHRASE = STOPWORDS | _SUBJECT_VERBS  # "The appendicular skeleton consists of …": a verb follows the term
