"""Plain text: paragraphs are separated by blank lines; short unpunctuated or capitalised lines are headings."""

from __future__ import annotations

import re

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# A closing bracket ends a sentence only after a stop: "Marie Curie (1867–1934)" is a title.
# A closing quotation mark ends a sentence only after a stop: 'blames overloading and "culture of shortcuts"' is a
# headline, 'he said: "We will appeal."' a sentence.
_SENTENCE_END = re.compile(r"(?:[.!?…:;]|[.!?…,][\"'”’]|[.!?…][)\]])\s*$")
_LOWER = re.compile(r"[a-z]")
_QUESTION_HEADING_WORDS = 8
_UPPER = re.compile(r"[A-Z]")
# A line ending in a hyphen after a letter, followed by a lower-case word: a word broken across lines.
_BROKEN_WORD = re.compile(r"(?<=[A-Za-z])-\n(?=[a-z])")
# "- At a divergent boundary, …", "• Magma rises", "2) Prices fall": an item of a list, a unit of its own.
_BULLET = re.compile(r"^[ \t]*(?:[-*•–—]|\d{1,2}[.)])[ \t]+(?=\S)", re.MULTILINE)
# A glossary's line: a term of up to four words, a colon or a spaced dash, and a definition of three words or more
# ("concentration gradient – the difference in concentration between two areas", "baron: a powerful noble who …").
_GLOSSARY_LINE = re.compile(r"[ \t]*[A-Za-z][\w'’-]*(?: [\w'’-]+){0,3}(?:: | [–—-] )\S+(?: \S+){2,}[ \t]*")

# "Density is the mass of a substance per unit volume. It is calculated with the formula" (the formula on the next
# line): a paragraph that opens on a whole sentence of six words or more is prose, though its last words lead into
# what follows without a stop (blind review 102 lost its one definition to it, read as a heading). A headline holds
# no stop before a capital ("Arsenal vs. Spurs", "U.S. stocks fall": too short a "sentence").
_FIRST_SENTENCE = re.compile(r"[A-Z][^.!?]*(?<=[a-z0-9])[.!?](?= [A-Z])")
_SENTENCE_WORDS = 6


def _opens_on_a_sentence(line: str) -> bool:
    first = _FIRST_SENTENCE.match(line)
    return first is not None and len(first.group().split()) >= _SENTENCE_WORDS


def looks_like_heading(paragraph: str) -> bool:
    """A headline, a standfirst or a section title.

    Either a single line that does not end a sentence, or up to three lines in capitals (books set
    their chapter and section titles in capitals, often with a closing full stop).
    """
    stripped = paragraph.strip()
    if len(stripped) >= 300 or _BULLET.match(stripped):
        return False
    if "\n" not in stripped and not _SENTENCE_END.search(stripped) and not _opens_on_a_sentence(stripped):
        return True
    if "\n" not in stripped and stripped.endswith("?") and len(stripped.split()) <= _QUESTION_HEADING_WORDS:
        return True  # "Where is the Earth's water?": a textbook's section title, asking what the section answers
    return stripped.count("\n") < 3 and not _LOWER.search(stripped) and _UPPER.search(stripped) is not None


def join_lines(paragraph: str, mend_hyphens: bool = False) -> str:
    """One paragraph from hard-wrapped lines, joined by a space.

    With `mend_hyphens` (typeset text such as a PDF), a word broken across lines by a hyphen is made
    whole again; plain text keeps its hyphens, since a line there ends in "self-" only when the word
    is "self-fertilisation".
    """
    mended = _BROKEN_WORD.sub("", paragraph.strip()) if mend_hyphens else paragraph.strip()
    mended = mended[_BULLET.match(mended).end() :] if _BULLET.match(mended) else mended
    return " ".join(line.strip() for line in mended.split("\n") if line.strip())


def _glossary_entries(chunk: str) -> list[str] | None:
    """The entries of a glossary set one to a line with no blank line between ("Key terms" over "concentration
    gradient – the difference …" and "turgid – describes a plant cell …"), each marked as an item of a list, which
    it is: joined, the lines read as one run-on sentence and no entry was asked (blind review 77). None for a
    paragraph of any other shape, hard-wrapped prose among them."""
    lines = [line for line in chunk.split("\n") if line.strip()]
    if len(lines) < 2 or not all(_GLOSSARY_LINE.fullmatch(line) for line in lines):
        return None
    return [f"- {line.strip()}" for line in lines]


_TABLE_LINE = re.compile(r"\s*\|.*\|\s*")
_TABLE_RULE = re.compile(r"\s*\|(?:\s*:?-+:?\s*\|)+\s*")


def _table_rows(chunk: str) -> list[str] | None:
    """The rows of a Markdown table set in plain text, each read as a Markdown file's table is ("Feature: Speed;
    Nervous system: very fast; …"): joined as prose, its cells ran into one sentence whose words were asked as
    terms ("[Type] of signal | …", blind review 98). None for a paragraph of any other shape."""
    lines = [line for line in chunk.split("\n") if line.strip()]
    if len(lines) >= 3 and all(_TABLE_LINE.fullmatch(line) for line in lines) and _TABLE_RULE.fullmatch(lines[1]):
        rows = lines[:1] + lines[2:]
    elif len(lines) >= 3 and _bare_table(lines):
        rows = lines  # "Store | Duration | Capacity" over "Sensory register | under 0.5 seconds | …" (review 104)
    else:
        return None
    headers, *body = [[cell.strip() for cell in line.strip().strip("|").split("|")] for line in rows]
    return [f"- {table_row_text(headers, cells)}" for cells in body]  # (an item of a list, as a glossary entry is)


def _bare_table(lines: list[str]) -> bool:
    """Lines cut into the same number (three or more) of cells by spaced bars, no outer bars and no rule: a table
    typed as plain text, its first line the headers."""
    counts = {line.count(" | ") for line in lines}
    return len(counts) == 1 and counts.pop() >= 2 and all(line.count("|") == line.count(" | ") for line in lines)


# "Aeschylus (c. 525–456 BC) ........ the Oresteia trilogy": a row of a table set with dot leaders
_LEADER_LINE = re.compile(r"[ \t]*(\S.*?)[ \t]*\.{4,}[ \t]*(\S.*?)[ \t]*")


def _leader_rows(chunk: str) -> list[str] | None:
    """The rows of a two-column table set with dot leaders, each an item of a list that reads "Aeschylus (c.
    525–456 BC): the Oresteia trilogy (458 BC)": joined as prose, the rows ran into one sentence of dots (review
    103). None for a paragraph of any other shape."""
    lines = [line for line in chunk.split("\n") if line.strip()]
    rows = [_LEADER_LINE.fullmatch(line) for line in lines]
    if len(lines) < 2 or not all(rows):
        return None
    return [f"- {row.group(1)}: {row.group(2)}" for row in rows]


def paragraphs(text: str) -> list[str]:
    """The paragraphs of plain text, each still with its line breaks."""
    found = []
    for chunk in _PARAGRAPH_BREAK.split(text):
        rows = _table_rows(chunk) or _leader_rows(chunk)
        if rows is not None:
            found += rows
            continue
        entries = _glossary_entries(chunk)
        if entries is not None:
            found += entries
            continue
        # Each item of a list stands alone, so that one item is never glued to the next as one sentence.
        starts = [0] + [m.start() for m in _BULLET.finditer(chunk) if m.start() > 0]
        found += [chunk[a:b].strip("\n") for a, b in zip(starts, starts[1:] + [len(chunk)], strict=True)]
    return [chunk for chunk in found if chunk.strip()]


def table_row_text(headers: list[str], cells: list[str]) -> str:
    """A table row as a line a student can read: "Year: 1950; Event: War" (cells alone if no header)."""
    cells = [" ".join(c.split()) for c in cells]
    if headers and len(headers) == len(cells) and any(headers):
        pairs = [f"{h}: {c}" if h else c for h, c in zip(headers, cells, strict=True) if c]
        return "; ".join(pairs)
    return "; ".join(c for c in cells if c)
