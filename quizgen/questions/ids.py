"""Stable question ids: what identifies the fact, not how the question is worded."""

from __future__ import annotations

import hashlib
import re

from quizgen.model import Sentence, Span

_WORD = re.compile(r"\w+")
NEIGHBOUR_WORDS = 3


def question_id(slug: str, kind: str, sentence: Sentence, spans: tuple[Span, ...]) -> str:
    """Hash of the source's slug, the question kind, each answer and the few words beside it.

    A changed template, or an edit elsewhere in the sentence, keeps the id, so Anki updates the
    same note and quiz progress survives re-generation.
    """
    parts = [slug, kind]
    for span in spans:
        before = _WORD.findall(sentence.text[: span.start])[-NEIGHBOUR_WORDS:]
        after = _WORD.findall(sentence.text[span.end :])[:NEIGHBOUR_WORDS]
        parts += [span.text.lower(), " ".join(before).lower(), " ".join(after).lower()]
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]
