"""PDF: the text layer (via pypdf), without running headers and page numbers; the outline gives sections."""

from __future__ import annotations

import io
import logging
import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

from quizgen.errors import QuizgenError
from quizgen.read.sections import Part, Sectioned, by_chapter_lines, by_starts
from quizgen.read.text import join_lines, looks_like_heading

_PAGE_NUMBER = re.compile(
    r"^[\W_]*(?:page\s+)?(?:\d{1,4}|[ivxlcdm]{1,6})(?:\s*(?:of|/)\s*\d{1,4})?[\W_]*$", re.IGNORECASE
)
_SENTENCE_END = re.compile(r"[.!?…:\"'”’)]$")
_EDGE_LINES = 2  # how many lines at the top and at the bottom of a page may be a running header or footer


def read_pdf(data: bytes, where: str) -> tuple[str, Sectioned]:
    """The title and sectioned blocks of a PDF's text layer; a PDF without one is a QuizgenError."""
    # Imported here: pypdf takes a noticeable time to import and only PDF sources need it.
    from pypdf import PdfReader

    pypdf_log = logging.getLogger("pypdf")
    level = pypdf_log.level
    # pypdf logs its repairs of damaged files ("EOF marker not found") to stderr; our one-line error says it.
    pypdf_log.setLevel(logging.CRITICAL)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise QuizgenError(f"{where}: the PDF is encrypted with a password; save an unprotected copy")
        pages = [_page_lines(page) for page in reader.pages]
        outline = _outline(reader)
        meta_title = str((reader.metadata or {}).get("/Title") or "").strip()
    except QuizgenError:
        raise
    except Exception as error:  # pypdf raises many kinds of error on a damaged file; all mean "unreadable"
        raise QuizgenError(f"{where}: is not a readable PDF ({type(error).__name__}: {error})") from None
    finally:
        pypdf_log.setLevel(level)
    if not any(line.strip() for lines in pages for line in lines):
        raise QuizgenError(
            f"{where}: the PDF has no text layer (it is probably scanned images); run OCR on it first, e.g. ocrmypdf"
        )
    keep = {_key(title) for title, _ in outline}
    parts, first_part_of_page = _parts(_without_running_lines(pages, keep))
    if not parts:
        raise QuizgenError(f"{where}: the PDF's text layer holds no paragraphs to make questions from")
    starts = _outline_starts(parts, first_part_of_page, outline)
    sectioned = by_starts(parts, starts) if len(starts) >= 2 else by_chapter_lines(parts)
    title = meta_title or next((p.text for p in parts if p.is_heading), "")
    return title, sectioned


def _page_lines(page: Any) -> list[str]:
    # Layout mode keeps vertical gaps as blank lines, which is where paragraphs break.
    try:
        text = page.extract_text(extraction_mode="layout")
    except Exception:  # layout mode fails on some odd fonts where plain extraction still works
        text = page.extract_text()
    return (text or "").split("\n")


def _outline(reader: Any) -> list[tuple[str, int]]:
    """Top-level outline entries as (title, page number); a single top entry means its children are the chapters."""
    items = [item for item in reader.outline if not isinstance(item, list)]
    if len(items) == 1 and len(reader.outline) == 2 and isinstance(reader.outline[1], list):
        items = [item for item in reader.outline[1] if not isinstance(item, list)]
    found = []
    for item in items:
        page = reader.get_destination_page_number(item)
        title = " ".join(str(item.title or "").split())
        if page is not None and page >= 0 and title:
            found.append((title, page))
    return found


def _key(line: str) -> str:
    """A line as compared across pages: a page number at either end does not make it differ."""
    return re.sub(r"^\d+\s+|\s+\d+$", "#", " ".join(line.lower().split()))


def _without_running_lines(pages: list[list[str]], keep: set[str]) -> list[list[str]]:
    """Drop page numbers, and lines at a page's top or bottom that recur on many pages (running heads).

    Lines in `keep` (the outline's titles) stay: a chapter title opens its page but is not a running head.
    """
    edges: Counter[str] = Counter()
    for lines in pages:
        edges.update({_key(line) for line in _edge_lines(lines)})
    threshold = max(2, int(len(pages) * 0.3))
    cleaned = []
    for lines in pages:
        edge = set(_edge_lines(lines))
        cleaned.append(
            [
                ""
                if line in edge
                and _key(line) not in keep
                and (edges[_key(line)] >= threshold or _PAGE_NUMBER.match(line.strip()))
                else line
                for line in lines
            ]
        )
    return cleaned


def _edge_lines(lines: list[str]) -> list[str]:
    filled = [line for line in lines if line.strip()]
    return filled[:_EDGE_LINES] + filled[-_EDGE_LINES:]


def _parts(pages: Sequence[list[str]]) -> tuple[list[Part], list[int]]:
    """Paragraphs across pages: a blank line, an indented line or a short line that ends a sentence breaks one."""
    widths = sorted(len(line.strip()) for lines in pages for line in lines if line.strip())
    full = widths[int(len(widths) * 0.9)] if widths else 0
    parts: list[Part] = []
    first_part_of_page: list[int] = []
    current: list[str] = []

    def flush() -> None:
        if current:
            paragraph = "\n".join(current)
            parts.append(Part(join_lines(paragraph, mend_hyphens=True), looks_like_heading(paragraph)))
            current.clear()

    for lines in pages:
        margin = min((len(line) - len(line.lstrip()) for line in lines if line.strip()), default=0)
        if current and _ends_short(current[-1], full):
            flush()  # a short last line that ends a sentence ends its paragraph at the foot of the page too
        first_part_of_page.append(len(parts) + (1 if current else 0))
        for line in lines:
            text = line.strip()
            if not text:
                flush()
                continue
            indented = len(line) - len(line.lstrip()) - margin >= 2
            if current and (
                indented
                or _ends_short(current[-1], full)
                or _is_heading_line(current[-1], full)
                # a heading after a finished sentence, e.g. at the top of a page: never glued to it
                or (_SENTENCE_END.search(current[-1]) and _is_heading_line(text, full))
            ):
                flush()
            current.append(" ".join(text.split()))
    flush()
    return parts, first_part_of_page


def _is_heading_line(line: str, full: int) -> bool:
    return len(line) < full * 0.7 and looks_like_heading(line)


def _ends_short(line: str, full: int) -> bool:
    return bool(_SENTENCE_END.search(line)) and len(line) < full * 0.8


def _outline_starts(
    parts: list[Part], first_part_of_page: list[int], outline: list[tuple[str, int]]
) -> list[tuple[int, str]]:
    """Each outline entry starts at the block on its page that carries its title, else at the page's first block."""
    starts: dict[int, str] = {}
    for title, page in outline:
        if page >= len(first_part_of_page):
            continue
        first = first_part_of_page[page]
        last = first_part_of_page[page + 1] if page + 1 < len(first_part_of_page) else len(parts)
        wanted = _key(title)
        index = next((i for i in range(first, last) if _key(parts[i].text).startswith(wanted)), first)
        if index < len(parts) and index not in starts:
            starts[index] = title
    return sorted(starts.items())
