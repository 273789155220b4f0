"""Project Gutenberg e-books: the header and the licence footer are not the book; the header names it."""

from __future__ import annotations

import re
from dataclasses import dataclass

_START = re.compile(r"^\*{3}\s*START OF (?:THE|THIS) PROJECT GUTENBERG E-?BOOK[^\n]*$", re.IGNORECASE | re.MULTILINE)
_END = re.compile(r"^\*{3}\s*END OF (?:THE|THIS) PROJECT GUTENBERG E-?BOOK", re.IGNORECASE | re.MULTILINE)
# Some files say "End of Project Gutenberg's <title>" on a line of its own just before the end mark.
_END_LINE = re.compile(r"^\s*End of (?:the )?Project Gutenberg(?:'s)?\b[^\n]*$", re.IGNORECASE | re.MULTILINE)
_TITLE = re.compile(r"^Title:[ \t]*(.+)$", re.MULTILINE)
_CREDIT = re.compile(r"^\s*(?:Produced by|This e-?book was produced by|Transcribed from|E-?text prepared by)\b")


@dataclass(frozen=True)
class Unwrapped:
    """The book's own text, and its title as the Gutenberg header gives it ("" when none)."""

    text: str
    title: str = ""


def unwrap_gutenberg(text: str) -> Unwrapped:
    """The text between the START and END marks, without the producers' credit; as is if not a Gutenberg file."""
    start = _START.search(text[:20_000])
    if start is None:
        return Unwrapped(text)
    header = text[: start.start()]
    title_match = _TITLE.search(header)
    end = _END.search(text, start.end())
    body = text[start.end() : end.start() if end else len(text)]
    end_line = _END_LINE.search(body, max(0, len(body) - 2_000))
    if end_line is not None:
        body = body[: end_line.start()]
    body = _without_credit(body)
    return Unwrapped(body, title_match.group(1).strip() if title_match else "")


def _without_credit(body: str) -> str:
    """Drop the "Produced by ..." paragraph that opens most Gutenberg texts."""
    stripped = body.lstrip("\n")
    first_break = stripped.find("\n\n")
    first = stripped if first_break < 0 else stripped[:first_break]
    if _CREDIT.match(first):
        return stripped[len(first) :]
    return body
