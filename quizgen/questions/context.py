"""Make a prompt stand alone: tidy its opening, and supply the sentence its pronouns lean on."""

from __future__ import annotations

import re

from quizgen.model import NAME_KINDS, Analysis, Sentence, Span

# Openers that tie a sentence to the one before without adding meaning of their own.
_CONNECTIVE = re.compile(
    r"^(?:Thus|Hence|However|Therefore|Moreover|Furthermore|Also|In addition|Meanwhile|Nevertheless|"
    r"Nonetheless|Still|Besides|Consequently|As a result|Indeed|Instead|Then|And|But|So),\s+"
)
# Words whose referent lies outside the sentence when nothing named comes before them.
_REFERRING = re.compile(
    r"\b(?:it|its|they|their|them|he|his|him|she|her|this|these|those|"
    r"the two sides|both sides|the parties|the former|the latter|the two countries|the two nations|"
    r"the company|the firm|the group|the club|the team|the country|the city|the above)\b",
    re.IGNORECASE,
)
# "It was reported that …", "it is said that …": an empty "it" that refers to nothing.
_EXPLETIVE_IT = re.compile(
    r"\bit (?:was|is|has been|had been|will be) (?:\w+ ){0,2}?"
    r"(?:\w+ed|said|known|thought|clear|likely|possible|true) (?:that|to)\b",
    re.IGNORECASE,
)


def strip_connective(text: str) -> tuple[str, int]:
    """The sentence without a leading "Thus, " (capitalised again) and how many characters went."""
    match = _CONNECTIVE.match(text)
    if not match or len(text) <= match.end():
        return text, 0
    rest = text[match.end() :]
    return rest[0].upper() + rest[1:], match.end()


def leans_on_previous(sentence: Sentence) -> bool:
    """True when a pronoun or vague reference comes before anything named in the sentence."""
    text = _EXPLETIVE_IT.sub(lambda m: "_" * len(m.group()), sentence.text)
    match = _REFERRING.search(text)
    if not match:
        return False
    first_name = min((s.start for s in sentence.spans if s.kind in NAME_KINDS), default=len(text))
    vague = match.group().lower().startswith(("the ", "both"))
    return vague or match.start() < first_name


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
    return title or None
