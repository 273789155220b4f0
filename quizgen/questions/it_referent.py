"""Is a stray "it" or "its" the entry's subject, or something the sentence before named?"""

from __future__ import annotations

import re

from quizgen.analyse.person_names import looks_like_a_person
from quizgen.model import Analysis, Sentence, Span
from quizgen.questions.descriptions import DESCRIBED_SUBJECT, KIND_NOUNS, PERSON_NOUNS
from quizgen.questions.leaning import EXPLETIVE_IT, PERSONAL_WORD, strip_connective
from quizgen.questions.sentence_before import previous_in_section
from quizgen.questions.titles import names_title
from quizgen.questions.verbs import PRESENT_FORMS, VERB_FORMS, has_verb

# "In 1546 …", "By the 1990s …", "On 4 May 2021, …": a time before the subject.
_FRONTED_TIME = re.compile(
    r"^(?:In|On|By|From|Since|Until|During|After|Before|Around|About|Circa|Between) (?:the )?"
    r"(?:(?:early|late|mid-)\s?)?"
    r"(?:\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+ \d{1,2}, \d{4}|[A-Z][a-z]+ \d{4}|\d[\d,]*s?|[a-z]+ century)\b,? "
)
_OPENING_SENTENCES = 3  # the title, and the sentences where an entry says what its subject is
_IT_DEPTH = 3  # "It …" after "It …" after the sentence that says what "it" is: no further
_SUBJECT_ENDS = frozenset("of in on at by for with from to into as and or that which who whose".split())
# Before these, an "it" may stand for something the sentence itself names: "… a stability test …; it was stopped".
_CLAUSE_BEFORE_IT = re.compile(
    r"[;:(]|, (?:and|but)\b|\b(?:which|that|who|where|when|while|because|after|before|until)\b"
)
# "A carved frieze around its walls …": the walls are not the frieze's, so "its" is something the sentence before
# named.
_OWNED_BY_ANOTHER = re.compile(
    r"^(?:A|An|The) (?:[a-z][\w-]* ){0,2}?[a-z][\w-]* (?:around|along|on|in|inside|near|beside|below|above|at) its\b"
)
# "the water", "a stability test": one thing an "it" after it may be. (A plural is not "it"; "the German
# naturalist" is a person.)
_SINGULAR_THING = re.compile(
    r"\b(?i:the|a|an|this|that|its)\s+(?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*[^s\W])\b(?!\s+[a-z]+s\b)"
)
# "Modelled largely on that of Prussia, it …": an opening participle, whose names are not "it".
_FRONTED_PARTICIPLE = re.compile(
    r"^(?:[A-Z][a-z]+(?:ed|ing|en)|Built|Made|Born|Known|Led|Held|Written|Founded)\b[^,;]*, $"
)
_ATTACHED_TO_IT = re.compile(
    r" (?:about|around|along|on|in|inside|near|beside|below|above|at|of|for|from|to|into|with|under|over|across|"
    r"through) $"
)
def leans_on_it(text: str, sentence: Sentence, analysis: Analysis) -> bool:
    """Is an "it" or "its" (not "It was said that …") what ties the sentence to something outside it? So it is when
    it opens the sentence ("It fell to about 245 in 2008"), follows a description it cannot belong to ("A carved
    frieze around its walls"), or when nothing before it in its clause could be it: only people or many things
    ("Humboldt and Bonpland navigated and mapped it", "Relay runners carried messages along it"). "The group
    raised its forecast", "… filter the water and keep it clear" and a sentence naming the entry's subject ("Under
    Huayna Cápac … the empire reached its greatest size") say what "it" is themselves."""
    if PERSONAL_WORD.search(text):
        return False
    match = re.search(r"\b(?:it|its)\b", EXPLETIVE_IT.sub(lambda m: "_" * len(m.group()), text), re.IGNORECASE)
    if match is None:
        return False
    if _FRONTED_PARTICIPLE.match(text[: match.start()]):
        return True  # "Modelled largely on that of Prussia, it created …": Prussia is not what was modelled
    if _CLAUSE_BEFORE_IT.search(text, 0, match.start()):
        return False
    head = analysis.document.title.strip().partition(" (")[0].split()[-1].lower()
    if re.search(rf"\bthe {re.escape(head)}\b", text, re.IGNORECASE):
        return False
    fronted = _FRONTED_TIME.match(text)
    opening = text[fronted.end() if fronted else 0 : match.start()]
    if not opening.strip() or _OWNED_BY_ANOTHER.match(text[fronted.end() if fronted else 0 :]):
        return True
    shift = len(sentence.text) - len(text)
    things = [
        span for span in sentence.spans
        if span.end - shift <= match.start() and span.kind in ("place", "organisation", "name", "term")
        and not looks_like_a_person(span, sentence.text) and not _described_as_a_person(span, sentence)
        and not re.search(r"[^su]s$", span.text)  # "chasquis"
        and not (span.kind == "term" and has_verb(span.text))  # ("chasquis carried messages along", a bad span)
    ]
    # ("a famous poem about it": the poem is not what it is about)
    attached = _ATTACHED_TO_IT.search(opening)
    described = [
        m for m in _SINGULAR_THING.finditer(opening)
        if not _a_person(opening, m) and not (attached and m.end() == attached.start())
    ]
    return not things and not described


# ", nephew of the original architect", ", a Portuguese explorer": an aside saying the name before it is a person's.
_PERSON_ASIDE = re.compile(r", (?:the |a |an )?(?:[A-Za-z-]+ ){0,2}?([a-z]+)\b")


def _described_as_a_person(span: Span, sentence: Sentence) -> bool:
    """ "Isidore the Younger, nephew of the original architect, rebuilt it": the name is someone, never the "it"."""
    aside = _PERSON_ASIDE.match(sentence.text, span.end)
    return aside is not None and aside.group(1) in PERSON_NOUNS


def _a_person(opening: str, thing: re.Match[str]) -> bool:
    """Is "the German naturalist" or "the original architect" (whose first word the match may stop at) a person?"""
    following = re.match(r" ([a-z]+)\b", opening[thing.end() :])
    return thing.group(1).lower() in PERSON_NOUNS or following is not None and following.group(1) in PERSON_NOUNS


def title_stands_for_it(sentence: Sentence, analysis: Analysis, depth: int = 0) -> bool:
    """Is the "it" or "its" of a sentence the entry's subject? Only when the sentence before is about that subject
    too, or opens on nothing else: after "The population was estimated at 567 animals in 1997." the "It" of "It
    fell to about 245 in 2008" is the population, not the vaquita."""
    previous = previous_in_section(sentence, analysis)
    if previous is None:
        return True
    opens = _opens_on(previous, analysis)
    if opens == "it":
        return depth < _IT_DEPTH and title_stands_for_it(previous, analysis, depth + 1)
    return opens != "other"


def opens_on_the_title(sentence: Sentence, analysis: Analysis) -> bool:
    """Is the sentence's subject the entry's ("The species was first described …" in "Snow leopard")?"""
    return _opens_on(sentence, analysis) == "title"


def _opens_on(sentence: Sentence, analysis: Analysis) -> str:
    """What the sentence's subject is, for the "it" after it: "title" ("The river flows …" in "Orinoco River",
    "Vaquitas …", "The species …"), "it" ("It then turns east …"), "other" ("The population was …", "One of the
    river's features is the Casiquiare canal", "The Inca road system …" in "Inca Empire"), or "" when the
    opening does not say (a person, a fronted phrase)."""
    text = strip_connective(sentence.text)[0]
    fronted = _FRONTED_TIME.match(text) or _FRONTED_PURPOSE.match(text)
    text = text[fronted.end() :] if fronted else text
    text = text[:1].upper() + text[1:]  # "On 11 February 1889 the Meiji Constitution was …"
    title = analysis.document.title.strip().partition(" (")[0]
    if re.match(r"(?:It|Its)\b", text):
        return "" if EXPLETIVE_IT.match(text) else "it"
    # (An entry's opening gives its subject's full name: "Nokia Corporation (Finnish: Nokia Oyj) is …" in "Nokia".)
    opening = sentence.index == next((s.index for s in analysis.sentences if not s.is_heading), -1)
    if _another_name_sharing_a_word(text, title) and not (opening and not text.startswith("The ")):
        return "other"
    if DESCRIBED_SUBJECT.match(text) or re.match(r"The [A-Z]", text):
        head = _subject_head(text)
        return "title" if head in title.lower().split() or head in _kinds_of_the_entry(analysis) else "other"
    words = text.split()
    if not words or names_title(" ".join(words[:4]), title) or words[0].rstrip("'’s") == title.split()[-1]:
        return "title"
    if re.match(r"(?:One|Some|Most|Part|Many|Much|Each|All) of\b|(?:A|An) [a-z]", text):
        return "other"
    offset = len(sentence.text) - len(text)
    thing = [span for span in sentence.spans if span.start == offset and span.kind in ("place", "organisation", "name")]
    if thing and not looks_like_a_person(thing[0], sentence.text):
        return "other"
    # "Blood pressure is the force of blood pushing against the walls of the arteries." in "The Human Circulatory
    # System": a term the sentence defines is its subject, and the "It" of "It is measured in millimetres of mercury"
    # after it is blood pressure, not the system (blind review 32: "'It' (blood pressure) is never named").
    defined = _DEFINED_SUBJECT.match(text)
    if defined and defined.group(1).lower() not in title.lower():
        return "other"
    return ""


# "Blood pressure is the force …", "Osmosis is a special case …": a sentence defining what it opens on.
# ("Chomolungma is the Tibetan name for the mountain" under "Mount Everest" names the subject, and defines nothing)
_DEFINED_SUBJECT = re.compile(
    r"([A-Z][a-z]+(?: [a-z]+){0,2}) (?:is|are) (?:the|a|an) (?!(?:[\w-]+ )?(?:name|spelling) (?:for|of)\b)"
)


# "To cope with the growing collection, …": a purpose before the subject.
_FRONTED_PURPOSE = re.compile(r"^To [a-z]+ [^,;]{1,80}, (?=the |[A-Z])")
# "The New Bodleian was built …": a name after "the".
# ("Vatnajökull National Park was established in 2008 …" in "Vatnajökull" opens on the park with no "The": the
# "it" of "Following later extensions it covers about 14,700 km²" is the park, blind review 85.)
_THE_NAME = re.compile(r"(?:The )?((?:[A-Z][\w'’-]+ )*[A-Z][\w'’-]+)\b")


def _another_name_sharing_a_word(text: str, title: str) -> bool:
    """Does the sentence open on a name that shares a word with the title but is another thing? In "Bodleian
    Library", "… the New Bodleian was built between 1937 and 1940 …" is a second building, and the "It" of "It was
    linked to the Old Bodleian by an underground conveyor belt. After an £80 million renovation, it reopened in
    2015" is that building, not the library (blind review 46: "'it' unresolved; reads as the whole Bodleian")."""
    match = _THE_NAME.match(text)
    if match is None:
        return False
    words = [word.removesuffix("'s").removesuffix("’s") for word in match.group(1).split()]  # ("Cape Verde's")
    title_words = title.split()
    if not text.startswith("The ") and words[0] not in title_words:
        return False  # ("In Iceland, …", "Several Icelandic volcanoes …": a sentence's first word, no name's)
    return len(words) > 1 and any(word in title_words for word in words) and not all(
        word in title_words for word in words
    )


def _kinds_of_the_entry(analysis: Analysis) -> frozenset[str]:
    """What kind of thing the entry's opening says its subject is: "The vaquita (Phocoena sinus) is a species of
    porpoise …" -> species, porpoise; "Sault Ste. Marie is a city on the St. Marys River …" -> city, river. A later
    "The species" is then the vaquita; "the state" in "Sault Ste. Marie" is not the city."""
    opening = " ".join(s.text for s in analysis.sentences[:_OPENING_SENTENCES] if not s.is_heading).lower()
    return KIND_NOUNS.intersection(re.findall(r"[a-z]+", opening))


def _subject_head(text: str) -> str:
    """The last word of an opening description, in lower case: "The Inca road system, known as …" -> system,
    "The octagonal chapter house, finished …" -> house, "The population was …" -> population."""
    head = ""
    for word in re.findall(r"[\w'’-]+|[^\w\s]", text)[1:6]:
        lowered = word.lower()
        if not word[0].isalnum() or lowered in _SUBJECT_ENDS or lowered in VERB_FORMS or (
            head and lowered in PRESENT_FORMS and word.islower()
        ):
            break
        head = lowered
    return head.removesuffix("'s").removesuffix("’s")
