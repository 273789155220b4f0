"""Build analyses by hand for distractor and flaw tests: '[8.2%](percent)' marks a span and its kind."""

from __future__ import annotations

import re

from quizgen.model import Analysis, Block, Document, Fact, Sentence, Span

MARK = re.compile(r"\[([^\]]+)\]\((\w+)\)")


def sentence_of(marked: str, index: int = 0) -> Sentence:
    """'Spending rose by [8.2%](percent).' -> a Sentence whose span 8.2% sits at its exact offsets."""
    text, spans, last = "", [], 0
    for match in MARK.finditer(marked):
        text += marked[last : match.start()]
        answer, kind = match.group(1), match.group(2)
        spans.append(Span(text=answer, start=len(text), end=len(text) + len(answer), kind=kind))
        text += answer
        last = match.end()
    text += marked[last:]
    return Sentence(text=text, index=index, block=index, spans=tuple(spans))


def analysis_of(*marked: str) -> Analysis:
    """An article of marked sentences; every span is a fact."""
    sentences = tuple(sentence_of(m, i) for i, m in enumerate(marked))
    blocks = tuple(Block(text=s.text) for s in sentences)
    document = Document(title="Test", slug="test", sha256="0" * 64, blocks=blocks)
    facts = tuple(Fact(sentence=s, span=span, score=1.0) for s in sentences for span in s.spans)
    return Analysis(document=document, sentences=sentences, facts=facts)


def fact_of(analysis: Analysis, answer: str) -> Fact:
    return next(f for f in analysis.facts if f.span.text == answer)
