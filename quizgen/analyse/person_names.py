"""Is a name a person's? "Gavrilo Princip" likely is; "Nobel Prize", "São Vicente", "in Lyme Regis" are not."""

from __future__ import annotations

import re

from quizgen.analyse.gazetteer import PLACE_HEADS, nationality_words
from quizgen.analyse.name_words import LOWER, UPPER
from quizgen.analyse.names import THING_NOUNS
from quizgen.model import Span

# Last words of two-word names that are things or events, not people: "Korean War", "Nobel Prize".
_THING_HEADS = frozenset(
    """War Wars Prize Award Awards Cup League Stadium Reserve Hall Bridge Street Road Square Park Centre Center
    Act Treaty Revolution Games Day Economics Exchange Index Times Post Journal Review Station Airport Tower
    Palace Castle Cathedral Church Abbey Museum Gallery Theatre Theater Festival Conference Summit Agreement
    Accord Pact Plan Programme Program Project Mission Fund Trust Finance Group Ocean Sea River Mountains
    Valley Desert Islands Peninsula Empire Dynasty Era Age Period Syndrome Disease Effect Law Theory
    Equation Cycle Reaction Model System Network Line Express Motors Airlines Energy Pharma Bank United City
    Rovers Wanderers Athletic Albion Town County Rangers Canal Cloud Clouds Way Medal Trophy Dam Forum Column
    Monument Memorial Mosque Temple Gate Arch Wall Gorge Canyon Glacier""".split()
)

_PLACE_FIRST_WORDS = frozenset(
    """San Santa Santo São Sao Sankt St St. Saint Fort Port Mount Lake Cape New Old Great Little Upper Lower North
    South East West Northern Southern Eastern Western Central Cidade Ciudad Vila Villa Porto Puerto Ilha Isla Monte
    Sierra Serra""".split()
)
# "Gavrilo Princip", "Cesária Évora": two capitalised words, accents and all.
LOOKS_PERSONAL = re.compile(rf"^[{UPPER}][{LOWER}'’-]+ (?:[{UPPER}]\. )?[{UPPER}][{LOWER}'’-]+$")
# "born in Lyme Regis", "beating Millbrook United": where a name follows these, it is a place or a side.
_NOT_A_PERSON_BEFORE = re.compile(
    r"\b(?:in|on|at|near|from|to|into|of|beating|beat|against|versus|vs\.?)\s+(?:the\s+)?$|"
    rf"\b(?:{THING_NOUNS}|company|firm|club|team|play|show),?\s+$"  # "the band Coastal Echo"
)


def looks_like_a_person(span: Span, text: str) -> bool:
    """"Gavrilo Princip": two capitalised words, likely a person — unless the last is a thing's head
    ("Nobel Prize", "Millbrook United") or a preposition puts it in a place ("in Lyme Regis")."""
    words = span.text.split()
    return (
        LOOKS_PERSONAL.match(span.text) is not None
        and words[-1] not in _THING_HEADS
        and words[-1] not in PLACE_HEADS
        and words[0] not in nationality_words()  # "the British Isles", "the Roman Forum"
        and words[0] not in _PLACE_FIRST_WORDS  # "São Vicente", "Santa Luzia", "Lower Lakes", "Fort Worth"
        and not _NOT_A_PERSON_BEFORE.search(text, 0, span.start)
        and words[0] != "Team"  # "Team Sky", "Team Veloria": a cycling or sailing team
        and not _MEMBER_NOUN_AFTER.match(text, span.end)
    )


# "the 26-year-old Team Veloria rider", "a Red Bull driver": a name before a member's noun is the member's side or
# firm, not a person (blind review 82 hinted the team "[person] set a fierce pace", bad).
_MEMBER_NOUN_AFTER = re.compile(r" (?:rider|riders|driver|drivers|player|players|team-mate|teammate|squad|staff)\b")


# "across the Grand Harbour", "his Difference Engine", "near the Tonlé Sap": nobody is called "the Mary
# Somerville"; a title or role comes between ("the poet George Gordon Byron").
_DETERMINER_BEFORE = re.compile(r"\b(?:[Tt]he|an?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Yy]our|[Tt]his|[Tt]hat)\s+$")


def names_someone(span: Span, text: str) -> bool:
    """A name that shows it is a person's, so that it stays one where the article names it again: it looks
    like a person's and no article or possessive stands right before it."""
    return looks_like_a_person(span, text) and not _DETERMINER_BEFORE.search(text, 0, span.start)
