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
    r"\b(?:it|its|they|their|them|he|his|him|she|her|this|these|those|"
    r"the two sides|both sides|the parties|the former|the latter|the two countries|the two nations|the above)\b",
    re.IGNORECASE,
)
_PERSONAL = frozenset("he his him she her".split())
# "it" or "them" as an object mid-sentence points back within the sentence; as a subject, to the one before.
_OBJECT_PRONOUNS = frozenset("it them him".split())
_CLAUSE_START = re.compile(
    r"(?:^|[,;:]\s|\b(?:and|but|so|because|when|while|although|that|after|before|until|as)\s)$", re.IGNORECASE
)
# "The Amsterdam-based company …", "The river is formed by …": a description standing for a name the
# article gave earlier, as the subject of the sentence.
_DESCRIBED_SUBJECT = re.compile(
    r"^(?:The|This|That|These|Those) (?:first|second|third|fourth|fifth|latter|former)\b|"
    r"^(?:The|This|That|These|Those) (?:[\w-]+ ){0,2}?(?:company|firm|group|club|team|country|city|town|river|"
    r"lake|region|party|alliance|agreement|deal|treaty|plan|move|decision|report|study|government|ministry|"
    r"agency|bank|council|court|organisation|organization|university|school|museum|park|island|mountain|"
    r"war|battle|ship|vessel|ferry|disease|virus|drug|species|process|system|device|product|project|"
    r"programme|program|law|bill|campaign|election|vote|event|festival|competition|tournament|side|"
    r"candidate|player|scientist|author|artist|leader|president|minister|official|couple|pair|men|women|"
    r"people|victims|passengers|researchers|scientists|officials)\b"
)
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
    if word in _OBJECT_PRONOUNS and not _CLAUSE_START.search(text[: match.start()]):
        return False  # "… lowers the melting point of the rock above it": "it" is the rock, in the sentence
    kinds = ("person", "name") if word in _PERSONAL else NAME_KINDS
    first_name = min((s.start - shift for s in sentence.spans if s.kind in kinds), default=len(text))
    return match.start() < first_name


def _leans_on_a_pronoun(sentence: Sentence) -> bool:
    text = _EXPLETIVE_IT.sub(lambda m: "_" * len(m.group()), strip_connective(sentence.text)[0])
    match = _REFERRING.search(text)
    return (
        match is not None
        and not match.group().lower().startswith(("the ", "both"))
        and not _DESCRIBED_SUBJECT.match(text)
    )


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
        return "" if _names_something(sentence, hidden) else title
    earlier = reversed(analysis.sentences[: sentence.index])
    previous = next((s for s in earlier if not s.is_heading and s.section == sentence.section), None)
    if previous is not None and not leans_on_previous(previous) and _names_something(previous):
        return strip_connective(previous.text)[0]
    # A headline rarely says who "he" or "it" is, but it does say who "the parties" or "the river" are.
    return title if title and not _leans_on_a_pronoun(sentence) else None
