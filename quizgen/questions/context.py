"""Make a prompt stand alone: tidy its opening, and supply the sentence its pronouns lean on."""

from __future__ import annotations

import re

from quizgen.analyse.facts import DATELINE
from quizgen.model import NAME_KINDS, Analysis, Sentence, Span

# Openers that tie a sentence to the one before without adding meaning of their own.
_CONNECTIVE = re.compile(
    r"^(?:Thus|Hence|However|Therefore|Moreover|Furthermore|Also|In addition|Meanwhile|Nevertheless|"
    r"Nonetheless|Still|Besides|Consequently|As a result|Indeed|Instead|Then|And|But|So),\s+"
)
# Words whose referent lies outside the sentence when nothing named comes before them.
_REFERRING = re.compile(
    r"\b(?:it|its|they|their|them|he|his|him|she|her|this|these|those|such an?|"
    r"the two sides|both sides|the parties|the former|the latter|the two countries|the two nations|the above)\b",
    re.IGNORECASE,
)
_PERSONAL = frozenset("he his him she her".split())
_PERSONAL_WORD = re.compile(r"\b(?:he|his|him|she|her)\b", re.IGNORECASE)
# A title that is a name ("Hoover Dam", "Clara Schumann", "Bank of England"), not a headline.
NAME_TITLE = re.compile(r"^[A-Z][\w’'.-]*(?: (?:(?:of|the|and|de|la|von|van) )*[A-Z][\w’'.-]*){0,4}$")
SUBJECT_NAMED_WITHIN = 12
# "it" or "them" as an object mid-sentence points back within the sentence; as a subject, to the one before.
_OBJECT_PRONOUNS = frozenset("it them him".split())
_FRONTED_THEN_PRONOUN = re.compile(
    r"^(?:In|At|On|After|Before|During|Since|By|Over|Under|Within|Following|Despite|Across|For)\b"
    r"(?:[^,]|,(?=\d)){0,80}, "
    r"(?:it|they|he|she)\b",
)
_VERB_AFTER = re.compile(r" (?:\w+ed|is|was|has|had|will|would|can|could|may|might|did|does|remains|became)\b")
_CLAUSE_START = re.compile(
    r"(?:^|[,;:]\s|\b(?:and|but|so|because|when|while|although|that|after|before|until|as)\s)$", re.IGNORECASE
)
# "The Amsterdam-based company …", "The river is formed by …": a description standing for a name the
# article gave earlier, as the subject of the sentence.
_DESCRIBED_NOUNS = (
    r"company|firm|group|club|team|country|city|town|river|lake|region|party|alliance|agreement|deal|treaty|"
    r"plan|move|decision|report|study|government|ministry|agency|bank|council|court|organisation|"
    r"organization|university|school|museum|park|island|mountain|war|battle|ship|vessel|ferry|wreck|disease|"
    r"virus|drug|species|process|system|device|product|seats|recall|project|programme|program|law|bill|"
    r"campaign|election|vote|event|festival|competition|tournament|race|side|candidate|player|scientist|"
    r"author|artist|leader|president|minister|official|couple|pair|men|women|people|victims|passengers|"
    r"researchers|scientists|officials|scale|step|stage|cycle|reaction|airline|carrier|order|outage|dam|"
    r"bridge|tower|building|church|cathedral|lighthouse|press|machine|bacterium|strain|crew|fire|blaze|storm|"
    r"flood|earthquake|hurricane|family|utility|union|strike|firm's|company's|trial|vaccine|test|experiment|"
    r"canal|railway|castle|match|final|game|season|treatment|patients|children|book|novel|film|painting|poem"
)
# A subject that is a description, not a name: "The tower was …", "The process releases …", "Its
# walls …", "Under the deal, …". It stands for something the article named before.
_DESCRIBED_SUBJECT = re.compile(
    r"^(?:The|This|That|These|Those|Its|Their|His|Her) (?:[a-z][\w-]* ){0,2}?[a-z][\w-]*\b(?! of [A-Z])|"
    rf"^(?:[A-Z][a-z]+ )(?:[a-z]+ )?(?:the|this|that) (?:[\w-]+ ){{0,1}}?(?:{_DESCRIBED_NOUNS}),"
)
# "According to the CPSC, the company has received …": a described thing later in the sentence is
# explained by the article's title, even when the sentence names something else.
_DESCRIBED_ANYWHERE = re.compile(rf"\b(?:the|this|that) (?:[\w-]+ ){{0,1}}?(?:{_DESCRIBED_NOUNS})\b")
# "It was reported that …", "it is said that …": an empty "it" that refers to nothing.
_EXPLETIVE_IT = re.compile(
    r"\bit (?:was|is|has been|had been|will be) (?:\w+ ){0,2}?"
    r"(?:\w+ed|said|known|thought|clear|likely|possible|true) (?:that|to)\b",
    re.IGNORECASE,
)


def strip_connective(text: str) -> tuple[str, int]:
    """The sentence without a leading "Thus, " or dateline (capitalised again) and how many characters went."""
    match = DATELINE.match(text) or _CONNECTIVE.match(text)
    if not match or len(text) <= match.end():
        return text, 0
    rest = text[match.end() :]
    return rest[0].upper() + rest[1:], match.end()


def leans_on_previous(sentence: Sentence) -> bool:
    """True when a pronoun or vague reference comes before anything named in the sentence that it could
    stand for (a person for "he"/"her", any name for "it"/"they")."""
    text = strip_connective(sentence.text)[0]
    shift = len(sentence.text) - len(text)
    if _DESCRIBED_SUBJECT.match(text):
        return True
    text = _EXPLETIVE_IT.sub(lambda m: "_" * len(m.group()), text)
    match = _REFERRING.search(text)
    if not match:
        return False
    word = match.group().lower()
    if word.startswith(("the ", "both")):
        return True
    subject = _VERB_AFTER.match(text, match.end()) is not None  # "In tests it removed …": "it" does something
    if word in _OBJECT_PRONOUNS and not subject and not _CLAUSE_START.search(text[: match.start()]):
        return False  # "… lowers the melting point of the rock above it": "it" is the rock, in the sentence
    if _FRONTED_THEN_PRONOUN.match(text):
        return True  # "In a trial of 11,400 children in Ghana, it cut …": names in the opening phrase are not "it"
    kinds = ("person", "name") if word in _PERSONAL else NAME_KINDS
    first_name = min((s.start - shift for s in sentence.spans if s.kind in kinds), default=len(text))
    return match.start() < first_name


def _pronoun_leaned_on(sentence: Sentence) -> str:
    """The pronoun ("she", "it") the sentence leans on, or "" when it leans on a description instead."""
    text = _EXPLETIVE_IT.sub(lambda m: "_" * len(m.group()), strip_connective(sentence.text)[0])
    match = _REFERRING.search(text)
    if match is None or match.group().lower().startswith(("the ", "both")) or _DESCRIBED_SUBJECT.match(text):
        return ""
    return match.group().lower()


def _names_something(sentence: Sentence, hidden: tuple[Span, ...] = ()) -> bool:
    return any(span.kind in NAME_KINDS + ("term",) and span not in hidden for span in sentence.spans)


def title_context(title: str) -> str:
    return f"From “{title}”:" if title else ""


def context_for(sentence: Sentence, analysis: Analysis, hidden: tuple[Span, ...] = ()) -> str | None:
    """What must stand before the sentence for a student to understand it without the article.

    "" when it stands alone; the previous sentence when a pronoun leans on it and that sentence names
    someone or something; the article's title when the sentence names nothing of its own; None when
    nothing makes it clear, and the sentence is better not asked.
    """
    title = title_context(analysis.document.title)
    if not leans_on_previous(sentence):
        described = _DESCRIBED_ANYWHERE.search(strip_connective(sentence.text)[0]) is not None
        # In a biography, "wrote to her" means its subject even when someone else is named first.
        about_subject = title and _PERSONAL_WORD.search(sentence.text) and _title_resolves("she", analysis) and (
            analysis.document.title.split()[-1] not in sentence.text
        )
        return "" if _names_something(sentence, hidden) and not described and not about_subject else title
    # Walk back by index: slicing the sentences for every fact would copy a book's worth each time.
    earlier = (analysis.sentences[i] for i in range(sentence.index - 1, -1, -1))
    previous = next((s for s in earlier if not s.is_heading and s.section == sentence.section), None)
    if previous is not None and not leans_on_previous(previous) and _names_something(previous):
        return strip_connective(previous.text)[0]
    # A headline rarely says who "he" or "it" is, but it does say who "the parties" or "the river" are,
    # and a biography's title says who "she" is.
    if title and _title_resolves(_pronoun_leaned_on(sentence), analysis):
        return title
    return None


def _title_resolves(pronoun: str, analysis: Analysis) -> bool:
    """Does the title say who or what the pronoun is? "Hoover Dam" says what "it" is; "Clara Schumann"
    who "she" is, when the article names her as a person. A headline ("Seoul and Washington agree …")
    says neither, but it does say who "the parties" are (pronoun "")."""
    title = analysis.document.title.strip()
    if not pronoun:
        return True
    if not NAME_TITLE.match(title):
        return False
    if pronoun not in _PERSONAL:
        return True
    surname = title.split()[-1]
    opening = analysis.sentences[:SUBJECT_NAMED_WITHIN]  # a biography names its subject early
    return any(span.kind in ("person", "name") and span.text in (title, surname) for s in opening for span in s.spans)
