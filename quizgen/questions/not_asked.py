"""Sentences never asked however they are shown: the article's own questions, lines under "See also", and a
handful of words whose subject is the answer."""

from __future__ import annotations

import re

from quizgen.model import Analysis, Sentence, Span
from quizgen.questions.leaning import strip_connective

_FRAGMENT_WORDS = 5  # "marked a turning point", "joined the war later": too few words to say what about


def fragment_about_its_answer(sentence: Sentence, hidden: tuple[Span, ...]) -> bool:
    """Is the sentence, once its opening answer is hidden, a handful of words that name nothing ("July 1863 marked a
    turning point.", "Four more states joined them later.")? Its subject is the blank, and nothing else says what it
    is about. (A term is defined by what follows it: "Photosynthesis needs light" still asks something.)"""
    text, shift = strip_connective(sentence.text)
    opening = [span for span in hidden if span.start - shift <= 0 and span.kind != "term"]
    if not opening or any(span not in hidden for span in sentence.spans):
        return False
    return len(re.findall(r"[\w’'-]+", text[opening[0].end - shift :])) <= _FRAGMENT_WORDS


# Headings of the lists at an entry's end: their lines name other entries, and state nothing of this one.
_LINK_LIST_HEADINGS = frozenset(
    "see also|related|related articles|external links|further reading|references|notes|sources|bibliography".split("|")
)
_LIST_LINES_LOOKED_AT = 40  # such a list is short; a book's long sections are never walked to their start


def asks_or_points_away(sentence: Sentence, analysis: Analysis) -> bool:
    """Is the sentence a question the article asks ("What is a chemical reaction?"), or a line under "See also" or
    "Further reading", which names another entry and states nothing of this one?"""
    if sentence.text.rstrip("”\"’' ").endswith("?"):
        return True
    for index in range(sentence.index - 1, max(-1, sentence.index - _LIST_LINES_LOOKED_AT), -1):
        before = analysis.sentences[index]
        if before.is_heading:
            return before.text.strip(" :.").lower() in _LINK_LIST_HEADINGS
    return False
