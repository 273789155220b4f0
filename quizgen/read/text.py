"""Plain text: paragraphs are separated by blank lines; short unpunctuated lines are headings."""

from __future__ import annotations

import re

from quizgen.model import Block

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_SENTENCE_END = re.compile(r"[.!?…:;\"'”’)\]]\s*$")


def looks_like_heading(paragraph: str) -> bool:
    """A headline, a standfirst or a section title: a single line that does not end a sentence."""
    return "\n" not in paragraph.strip() and not _SENTENCE_END.search(paragraph) and len(paragraph) < 300


def blocks_from_plain_text(text: str) -> tuple[Block, ...]:
    blocks = []
    for paragraph in _PARAGRAPH_BREAK.split(text):
        if not paragraph.strip():
            continue
        # Hard-wrapped lines belong to one paragraph: join them with a space.
        joined = " ".join(line.strip() for line in paragraph.strip().split("\n") if line.strip())
        blocks.append(Block(text=joined, is_heading=looks_like_heading(paragraph)))
    return tuple(blocks)
