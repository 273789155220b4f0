"""Markdown: headings become sections, markup is stripped to the words a reader sees."""

from __future__ import annotations

import re

from quizgen.read.sections import Part, Sectioned, by_heading_level
from quizgen.read.text import table_row_text

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>.*?\n)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FRONT_TITLE = re.compile(r"^title:[ \t]*(?P<title>.+?)[ \t]*$", re.MULTILINE)
_BREAK_TAG = re.compile(r"<br\s*/?>", re.IGNORECASE)
_SKIPPED_INLINE = {"image", "html_inline"}  # an image has no words; inline HTML is markup, not text


def read_markdown(text: str) -> tuple[str, Sectioned]:
    """The title (front matter's, else the first heading's) and the sectioned blocks of a Markdown text."""
    # Imported here: markdown-it (a dependency of rich) is only needed for Markdown sources.
    from markdown_it import MarkdownIt

    title = ""
    front = _FRONT_MATTER.match(text)
    if front:
        found = _FRONT_TITLE.search(front.group("body"))
        title = found.group("title").strip("\"' ") if found else ""
        text = text[front.end() :]
    tokens = MarkdownIt("commonmark").enable(["table", "strikethrough"]).parse(text)
    parts = _parts(tokens)
    if not title:
        title = next((p.text for p in parts if p.is_heading), "")
    return title, by_heading_level(parts)


def _parts(tokens: list) -> list[Part]:
    parts: list[Part] = []
    heading_level = 0
    headers: list[str] = []
    row: list[str] | None = None
    in_head = False
    for token in tokens:
        kind = token.type
        if kind == "heading_open":
            heading_level = int(token.tag[1])
        elif kind == "heading_close":
            heading_level = 0
        elif kind == "thead_open":
            in_head, headers = True, []
        elif kind == "thead_close":
            in_head = False
        elif kind == "tr_open":
            row = []
        elif kind == "tr_close" and row is not None:
            if in_head:
                headers = row
            elif any(row):
                parts.append(Part(table_row_text(headers, row)))
            row = None
        elif kind == "inline":
            words = inline_text(token.children or [])
            if row is not None:
                row.append(words)
            elif words:
                parts.append(Part(words, is_heading=bool(heading_level), level=heading_level))
    return parts


def inline_text(children: list) -> str:
    """The words of an inline run: emphasis and link markup gone, images and inline HTML dropped."""
    pieces = []
    for child in children:
        if child.type in ("text", "code_inline"):
            pieces.append(child.content)
        elif child.type in ("softbreak", "hardbreak") or (
            child.type == "html_inline" and _BREAK_TAG.match(child.content)
        ):
            pieces.append(" ")
        elif child.type not in _SKIPPED_INLINE and child.children:
            pieces.append(inline_text(child.children))
    return " ".join("".join(pieces).split())
