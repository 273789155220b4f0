"""Find key terms: what a sentence defines ("Photosynthesis is the process by which …") or names
("a process known as natural selection")."""

from __future__ import annotations

import re

from quizgen.model import Span

_PRONOUNS = frozenset("it this that these those they he she we you i there here which what who one such".split())
# "Photosynthesis is the process …", "A virus is a small …", "Igneous rocks are those …"
_DEFINITION = re.compile(
    r"^(?:(?:The|A|An) )?(?P<term>[A-Za-z][\w-]*(?: [a-z][\w-]*){0,2}) (?:is|are|was|were) "
    r"(?:a|an|the|any|one of the) (?:\w+ ){2,}"
)
# "… a process known as natural selection.", "… what is called the struggle for existence,"
_NAMED = re.compile(
    r"\b(?:known as|called|termed) (?:the )?(?P<term>[“\"]?[a-z][\w-]*(?: [a-z][\w-]*){0,3}[”\"]?)(?=[,.;:)])"
)
_FILLER = frozenset("the a an of and or in on at to for by with from".split())
# Words that make "Still more striking is the evidence …" look like a definition when it is not one.
_NOT_IN_TERMS = frozenset(
    "still more most less least also even just only very so too much many such other another same first "
    "last next following above below main key one all each every some any no this that these those its "
    "their his her our your what which who how why where when there here".split()
)


def find_term_spans(sentence: str) -> list[Span]:
    spans = []
    match = _DEFINITION.match(sentence)
    if match:
        term = match.group("term")
        first_word = term.split()[0].lower()
        words = {word.lower() for word in term.split()}
        if first_word not in _PRONOUNS and term.split()[-1].lower() not in _FILLER and not words & _NOT_IN_TERMS:
            spans.append(Span(text=term, start=match.start("term"), end=match.end("term"), kind="term"))
    for match in _NAMED.finditer(sentence):
        term = match.group("term").strip("“”\"")
        start = match.start("term") + (1 if match.group("term")[0] in "“\"" else 0)
        if term.split()[-1] not in _FILLER:
            spans.append(Span(text=term, start=start, end=start + len(term), kind="term"))
    return spans
