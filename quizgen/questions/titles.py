"""What an article's title can stand for: a biography's subject, one named thing, or a headline's parties."""

from __future__ import annotations

import re

from quizgen.analyse.gazetteer import PLACE_HEADS
from quizgen.analyse.names import BUILT_HEADS, ORGANISATION_HEADS
from quizgen.analyse.person_names import looks_like_a_person
from quizgen.model import Analysis, Sentence
from quizgen.questions.descriptions import (
    DESCRIBED_KIND,
    DESCRIBED_SUBJECT,
    PICKING_WORDS,
    described_anywhere,
    described_nouns,
)
from quizgen.questions.leaning import EXPLETIVE_IT, PERSONAL, PERSONAL_WORD, pronoun_leaned_on, strip_connective
from quizgen.questions.pointers import may_be_a_place
from quizgen.questions.verbs import PRESENT_FORMS, VERB_FORMS

# A title that is a name ("Hoover Dam", "Clara Schumann", "Bank of England"), not a headline.
NAME_TITLE = re.compile(r"^[A-Z][\w’'.-]*(?: (?:(?:of|the|and|de|la|von|van) )*[A-Z][\w’'.-]*){0,4}$")
SUBJECT_NAMED_WITHIN = 12
# Titles that name a topic, not one thing "it" could be: "How the Ground Moves", "Causes of the War".
_TOPIC_OPENERS = frozenset(
    "How Why What When Where Who Understanding Introducing Introduction Causes Effects Origins History Principles "
    "Basics Types Kinds".split()
)


def names_one_subject(title: str) -> bool:
    """Does the title name one thing or person a stray "it" or "she" could be? "Hoover Dam", "The Water Cycle",
    "Lise Meitner" do; "Supply and Demand", "How the Ground Beneath Us Moves" and "The Causes of the First
    World War" name a topic, which no pronoun stands for."""
    title = title.strip().partition(" (")[0]  # "Vasa (ship)" names Vasa
    if not NAME_TITLE.match(title) or " and " in title and not title.startswith("The "):
        return False  # ("The Heart and Circulation" is about the heart first)
    words = title.split()
    head = words[1] if words[0] == "The" and len(words) > 1 else words[0]
    return head not in _TOPIC_OPENERS


# Pronouns a title naming a thing or a person can stand for; "they", "these" or "this" need a sentence.
TITLE_PRONOUNS = frozenset("it its he his him she her".split())


def names_another_thing(previous: Sentence, analysis: Analysis) -> bool:
    """Does the sentence before name a place or thing other than the entry's subject, which a following "it"
    may stand for ("By 264 BC Rome controlled …" in "The Roman Republic")? Not when it is itself about the
    subject ("The treaty allowed Russia …" in "Treaty of Nerchinsk", "… it bought Salora" in "Nokia"), or leans
    on someone no title names ("On 17 June 1397 he was crowned …")."""
    title = analysis.document.title.strip().partition(" (")[0]
    text = strip_connective(previous.text)[0]
    nouns = described_nouns(text) if DESCRIBED_SUBJECT.match(text) else []
    if any(noun in title.lower().split() for noun in nouns) or pronoun_leaned_on(previous):
        return False
    return any(
        may_be_a_place(span, previous) and not looks_like_a_person(span, previous.text)
        and not names_title(span.text, title) and span.text not in title
        for span in previous.spans
    )


def describes_title_subject(text: str, analysis: Analysis) -> bool:
    """ "The original canal was …" in an entry titled "Erie Canal": the description is the title's subject."""
    # "Vasa (ship)": an entry's title may say what kind of thing its name is.
    name, _, kind = analysis.document.title.strip().partition(" (")
    described = DESCRIBED_SUBJECT.match(text)
    if described is None or not NAME_TITLE.match(name):
        return False
    heads = {name.split()[-1].lower(), kind.rstrip(")").split()[-1].lower() if kind.strip(")") else ""}
    return described.group().rstrip(",").split()[-1].lower() in heads


def one_thing_described(text: str) -> bool:
    """"The building …", "The present church …": one thing, which an entry about one thing is about; "The
    largest, …" or "The remaining 10 percent" is one of several things the sentence before named."""
    nouns = described_nouns(text) if text.startswith("The ") else []
    if nouns and (nouns[-1].endswith("est") or nouns[-1] in PICKING_WORDS):
        return False
    counted = any(word in ("two", "three", "four", "both", "other", "first", "second") for word in nouns)
    # "its dome" is the building's; "doubted that it was genuine" is something else again.
    other = re.search(r"\b(?:it|they|them|their|he|him|his|she|her|this|these|those)\b", text, re.IGNORECASE)
    return bool(nouns) and not counted and not other and (not nouns[-1].endswith("s") or nouns[-1].endswith("ss"))


def refers_to_title_subject(text: str, analysis: Analysis) -> bool:
    """In an entry titled with a name ("Aletsch Glacier", "Clara Schumann"): does the sentence speak of
    that subject ("its flank", "wrote to her", "the glacier's edge") without naming it?"""
    title = analysis.document.title.strip()
    if not NAME_TITLE.match(title) or names_title(text, title):
        return False
    if PERSONAL_WORD.search(text):
        return title_resolves("she" if re.search(r"\b(?:she|her)\b", text, re.IGNORECASE) else "he", analysis)
    if re.search(r"\b(?:it|its)\b", EXPLETIVE_IT.sub("", text), re.IGNORECASE):
        return not title_names_person(analysis)
    head = title.split()[-1].lower()
    return len(head) > 3 and re.search(rf"\bthe {re.escape(head)}\b", text, re.IGNORECASE) is not None


def names_title(text: str, title: str) -> bool:
    """ "Aletsch has been shrinking" names "Aletsch Glacier", "Leavitt's law" names "Henrietta Swan Leavitt";
    "The Aletsch Forest" names something else."""
    if title in text:
        return True
    words = title.split()
    first = next((w for w in words if w[:1].isupper() and w not in ("The", "A", "An", "On")), words[0])
    following = words[words.index(first) + 1 : words.index(first) + 2]
    for match in re.finditer(rf"\b{re.escape(first)}\b", text):
        after = re.match(r"(?:[’']s)?\s+([A-Z][\w-]*)", text[match.end() :])
        if after is None or [after.group(1)] == following:
            return True
    surname = words[-1]
    return re.search(rf"\b{re.escape(surname)}\b(?!\s+[A-Z])", text) is not None


def names_one_thing(analysis: Analysis) -> bool:
    """"Falkirk Wheel" names one thing, which the article then writes with capitals; "Supply and Demand"
    or "Plate Tectonics" names a topic, which the article writes in lower case."""
    title = analysis.document.title.strip()
    if not NAME_TITLE.match(title) or " " not in title or title.startswith("The "):
        return False
    lowered = title.lower()
    return not any(lowered in s.text for s in analysis.sentences[1 : SUBJECT_NAMED_WITHIN * 2])


def _headline_names(text: str, title: str, analysis: Analysis) -> bool:
    """Does the headline name what the sentence's description stands for? "The company" or "the parties"
    under a headline that names someone, yes; "The river crested" under "Floods force 600 from homes",
    only if the headline speaks of a river."""
    if DESCRIBED_SUBJECT.match(text):
        nouns = described_nouns(text)
    else:
        described = described_anywhere(text)
        nouns = [described.group().split()[-1].lower()] if described else []
    if not nouns:
        return True
    if _one_of_many_in(title, nouns[-1]) and not _plural_in_a_name(title, nouns[-1], analysis):
        return False  # "The rate has declined …" under "Mortgage rates ease": which rate?
    generic = ("parties", "sides", "countries", "nations", "side", "two")
    return any(noun in DESCRIBED_KIND or noun in generic or noun[:5] in title.lower() for noun in nouns)


# "the firm", "the university": an organisation, which no biography's title (a person's name) says.
_ORGANISATION_DESCRIPTIONS = frozenset(
    [noun for noun, kinds in DESCRIBED_KIND.items() if "organisation" in kinds] + ["university", "college"]
)


def organisation_the_title_leaves_unnamed(text: str, analysis: Analysis) -> bool:
    """Does a sentence of a biography speak of "the firm" or "the university" ("In 1930 the firm merged with …"
    in "Willis Carrier", "… in the university's physics department" in "Chien-Shiung Wu")? Its title says who
    "he" or "she" is, but not which firm (reviewers: "'the firm' is never named; you can only infer it")."""
    feminine, masculine, _, named = _opening_pronouns(analysis)
    title = analysis.document.title.strip()
    # (An engineer's article may say "it", of his machine, more than "he": still a biography. "Nokia", named in its
    # opening and saying "he" of its founder, is no one's name.)
    if not NAME_TITLE.match(title) or " " not in title or not named or feminine + masculine == 0:
        return False
    described = described_anywhere(text)
    noun = described.group().split()[-1].lower().removesuffix("'s") if described else ""
    return noun in _ORGANISATION_DESCRIPTIONS


# "the bureau", "the project", "the unfinished work": what a biography speaks of besides its subject, and the kinds
# of name that say which one. (Reviewers: "'the bureau' is never named", "'He transformed the project' never names the
# Sagrada Família", "'the unfinished work' (Scivias) is never named". "The sultan chose him to lead an embassy …" they
# let pass, and "the expedition" an explorer's entry is about.)
_WORKS = "project church cathedral basilica temple work ship vessel"
_BIOGRAPHY_LEAVES_UNNAMED = {
    **dict.fromkeys(_ORGANISATION_DESCRIPTIONS | {"bureau", "institute", "observatory"}, ("organisation", "name")),
    **dict.fromkeys(_WORKS.split(), ("name",)),
}
# ("the church of Santa Maria", "the ship Vega", "the work that …", "the first church to …" say which.)
_BIOGRAPHY_DESCRIPTION = re.compile(
    r"\b[Tt]he (?!(?:first|last|only|same|next|new|[a-z]+est) )(?:[a-z][\w-]* )??"
    rf"({'|'.join(sorted(_BIOGRAPHY_LEAVES_UNNAMED, key=len, reverse=True))})\b(?![\w-])(?!['’]s? [A-Z])"
    r"(?! (?:of|that|which|who|whose|where|called|known|named|to)\b| [A-Z(])"
)


def thing_the_title_leaves_unnamed(text: str, sentence: Sentence, analysis: Analysis) -> tuple[str, ...]:
    """The kinds of name that would say which "bureau", "firm" or "project" a biography's sentence speaks of, when
    nothing before it in the sentence does; else (). Its title says who "he" or "she" is, but not which firm or
    church (reviewers: "'the firm' is never named; you can only infer it")."""
    feminine, masculine, _, named = _opening_pronouns(analysis)
    title = analysis.document.title.strip()
    # (An engineer's article may say "it", of his machine, more than "he": still a biography. "Nokia", named in its
    # opening and saying "he" of its founder, is no one's name.)
    if not NAME_TITLE.match(title) or " " not in title or not named or feminine + masculine == 0:
        return ()
    match = _BIOGRAPHY_DESCRIPTION.search(text)
    if match is None or match.group(1) in title.lower():
        return ()
    kinds = _BIOGRAPHY_LEAVES_UNNAMED[match.group(1)]
    shift = len(sentence.text) - len(text)
    if any(span.kind in kinds and span.end - shift <= match.start() for span in sentence.spans):
        return ()  # "In 1884 he founded F. H. Royce and Company; the firm …"
    return kinds


def _one_of_many_in(title: str, noun: str) -> bool:
    """Does the title speak of many of what "the front" or "the rate" is one ("Weather Fronts and Depressions",
    "Mortgage rates ease"), so that it does not say which?"""
    words = re.findall(r"[a-z]+", title.lower())
    plurals = {noun + "s", noun + "es", noun[:-1] + "ies" if noun.endswith("y") else noun + "s"}
    return noun not in words and any(word in plurals for word in words)


# "the front is shallow", "The rate has declined": a bare singular description, then a verb or a stop ("the order
# backlog" and "the cold front" say more).
_THE_NOUN = re.compile(r"\b[Tt]he ([a-z]{3,})(?=[,.;:]| ([a-z]+))")


def one_of_the_titles_many(text: str, analysis: Analysis) -> str:
    """ "Because the slope of the front is shallow …" under "Weather Fronts": the noun ("front") the title speaks
    of in the plural, or "". ("The airline" under "Cascadia Airlines Grounds Fleet" is the airline the title names.)"""
    title = analysis.document.title
    for match in _THE_NOUN.finditer(text):
        noun, following = match.group(1), match.group(2)
        verb_after = following is None or following in VERB_FORMS or following in PRESENT_FORMS or following == "of"
        if verb_after and _one_of_many_in(title, noun) and not _plural_in_a_name(title, noun, analysis):
            return noun
    return ""


def _plural_in_a_name(title: str, noun: str, analysis: Analysis) -> bool:
    """Is the title's plural part of a name the article writes with capitals ("Cascadia Airlines")?"""
    named = re.search(rf"\b([A-Z][\w-]* {noun[:1].upper()}{noun[1:-1]}\w*)", title)
    return named is not None and any(
        named.group(1) in s.text for s in analysis.sentences[:SUBJECT_NAMED_WITHIN] if not s.is_heading
    )


def title_names_person(analysis: Analysis) -> bool:
    """Is the title the name of the person the article is about ("Clara Schumann")? Its opening then says
    "she" or "he" more often than "it"."""
    if not NAME_TITLE.match(analysis.document.title.strip()):
        return False  # a headline is nobody's name, however often its story says "she"
    feminine, masculine, neuter, named = _opening_pronouns(analysis)
    personal = feminine + masculine
    return named and personal >= 1 and personal > neuter


def _opening_pronouns(analysis: Analysis) -> tuple[int, int, int, bool]:
    """How often the opening says she/her, he/his/him and it/its, and whether it names the title as a person:
    found once per analysis, since every fact of a book asks."""
    cached = _OPENING_COUNTS.get(id(analysis))
    if cached is not None and cached[0] is analysis.sentences:
        return cached[1]
    opening = " ".join(s.text for s in analysis.sentences[: SUBJECT_NAMED_WITHIN * 2]).lower()
    title = analysis.document.title.strip()
    surname = title.split()[-1] if title else ""
    # "Clara Schumann" names her; "The Protestant Reformation" names no one, though "the Reformation" is a name.
    personal_title = bool(title) and not title.startswith("The ") and len(title.split()) <= 4 and (
        title.split()[-1] not in _THING_TITLE_HEADS  # "Jungfrau Railway" is nobody, however often it says "he"
    )
    first = title.split()[0] if title else ""
    named = personal_title and any(  # "Dorothy Mary Crowfoot Hodgkin" names "Dorothy Hodgkin"
        span.kind in ("person", "name")
        and (span.text in (title, surname) or span.text.startswith(first + " ") and span.text.endswith(" " + surname))
        for s in analysis.sentences[:SUBJECT_NAMED_WITHIN] for span in s.spans
    )
    counts = (
        len(re.findall(r"\b(?:she|her|hers)\b", opening)),
        len(re.findall(r"\b(?:he|his|him)\b", opening)),
        len(re.findall(r"\b(?:it|its)\b", opening)),
        named,
    )
    _OPENING_COUNTS.clear()  # one analysis at a time: the cache never grows
    _OPENING_COUNTS[id(analysis)] = (analysis.sentences, counts)
    return counts


_THING_TITLE_HEADS = ORGANISATION_HEADS | PLACE_HEADS | BUILT_HEADS
_OPENING_COUNTS: dict[int, tuple[tuple[Sentence, ...], tuple[int, int, int, bool]]] = {}


def title_resolves(pronoun: str, analysis: Analysis, text: str = "") -> bool:
    """Does the title say who or what the pronoun is? "Hoover Dam" says what "it" is; "Clara Schumann"
    who "she" is, when the article names her as a person and mostly says "she". A headline ("Seoul and
    Washington agree …") says neither, but it does say who "the parties" are (pronoun ""). No title says
    what "they", "these" or "this" are."""
    title = analysis.document.title.strip()
    if not pronoun:
        # A headline says who "the parties" or "the company" are; "Falkirk Wheel" does not say which "the
        # two canals" or "the locks" are (its own "the wheel" was handled before).
        return (
            not names_one_thing(analysis)
            and not title_names_person(analysis)
            and _headline_names(text, title, analysis)
        )

    if not names_one_subject(title) or pronoun not in TITLE_PRONOUNS:
        return False
    if pronoun not in PERSONAL:
        return not title_names_person(analysis) and not _plural_head(title)
    # "Bell Rock Lighthouse" is named too, but its article says "it": "His plan" there is someone else's.
    return title_names_person(analysis) and _subject_pronoun(analysis) == (
        "she" if pronoun in ("she", "her") else "he"
    )


def _plural_head(title: str) -> bool:
    """ "States of Matter", "Rocky Mountains": many things, which "it" is none of."""
    head = title.split(" of ", 1)[0].split()[-1].lower()
    return head.endswith("s") and not head.endswith(("ss", "us", "is", "ics"))


def _subject_pronoun(analysis: Analysis) -> str:
    """ "she" or "he": the one a biography's opening uses most, which is then its subject's."""
    feminine, masculine, _, _ = _opening_pronouns(analysis)
    return "she" if feminine > masculine else "he"
