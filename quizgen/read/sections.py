"""Split a source into sections: chapters of a book, top headings of a page or notes, a PDF's outline."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from quizgen.model import Block


@dataclass(frozen=True)
class Part:
    """A block as read, before sections are known; `level` is a markup heading's rank (1 = top), else 0."""

    text: str
    is_heading: bool = False
    level: int = 0


@dataclass(frozen=True)
class Sectioned:
    sections: tuple[str, ...]
    blocks: tuple[Block, ...]


_NUMBER_WORDS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty"
).split()
_NUMBER = r"[IVXLCDM]+|\d+|" + "|".join(_NUMBER_WORDS)
_CHAPTER = re.compile(rf"^chapter\s+(?P<num>{_NUMBER})\b\.?(?:\s*[.:—–-]+\s*|\s+|$)(?P<title>.*)$", re.IGNORECASE)
# Front and back matter a book names by a word of its own, e.g. "INTRODUCTION." or "GLOSSARY OF TERMS".
_NAMED = re.compile(
    r"^(?P<key>preface|introduction|foreword|prologue|epilogue|afterword|conclusion|appendix|glossary|index)"
    r"(?P<rest>\s+(?:of|to)\s.*|\s+[A-Z0-9]{1,4})?\.?$",
    re.IGNORECASE,
)
_CONTENTS = re.compile(r"^(?:table of )?contents\.?$", re.IGNORECASE)
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_CONTINUES = re.compile(r"(?:[:;,]|--|[—–-])$")
_SMALL_WORDS = {"a", "an", "the", "and", "or", "nor", "but", "of", "on", "in", "to", "for", "by", "at", "as"}
_WORD = re.compile(r"[A-Za-z][A-Za-z']*")
_SHORT_SECTION_WORDS = 300  # a table-of-contents entry carries at most a synopsis; a chapter has far more


def blocks_without_sections(parts: Sequence[Part]) -> Sectioned:
    return Sectioned(("",), tuple(Block(p.text, 0, p.is_heading) for p in parts))


def by_starts(
    parts: Sequence[Part], starts: Sequence[tuple[int, str]], dropped: frozenset[int] = frozenset()
) -> Sectioned:
    """Sections that begin at the given part indices, in order; parts before the first go to section ""."""
    starts = sorted(starts)
    if not starts:
        return blocks_without_sections([p for i, p in enumerate(parts) if i not in dropped])
    titles = _unique([title for _, title in starts])
    sections: list[str] = [""] if any(i not in dropped for i in range(starts[0][0])) else []
    first = len(sections)
    blocks = []
    current = 0 if first else -1
    boundaries = dict((index, n) for n, (index, _) in enumerate(starts))
    for index, part in enumerate(parts):
        if index in boundaries:
            current = first + boundaries[index]
        if index not in dropped:
            blocks.append(Block(part.text, current, part.is_heading))
    return Sectioned(tuple(sections + titles), tuple(blocks))


def _unique(titles: list[str]) -> list[str]:
    """Section titles must differ (each is an Anki subdeck): a repeated one gets " (2)", " (3)"…"""
    seen: Counter[str] = Counter()
    out = []
    for title in titles:
        seen[title] += 1
        out.append(title if seen[title] == 1 else f"{title} ({seen[title]})")
    return out


def by_heading_level(parts: Sequence[Part]) -> Sectioned:
    """Markdown or HTML: the top heading rank that occurs at least twice starts sections.

    A lone top heading at the very start is the document's title, not a section.
    """
    levels = Counter(p.level for p in parts if p.is_heading and p.level)
    title_index = next((i for i, p in enumerate(parts) if p.is_heading and p.level), None)
    if title_index is not None and levels[parts[title_index].level] == 1:
        del levels[parts[title_index].level]
    repeated = sorted(level for level, count in levels.items() if count >= 2)
    if not repeated:
        return blocks_without_sections(parts)
    level = repeated[0]
    starts = [(i, p.text) for i, p in enumerate(parts) if p.is_heading and p.level and p.level <= level]
    if title_index is not None and starts and starts[0][0] == title_index and parts[title_index].level < level:
        starts = starts[1:]
    return by_starts(parts, starts)


@dataclass(frozen=True)
class _Candidate:
    index: int  # the part that opens it
    key: str  # what a table of contents would repeat: "chapter 3", "introduction"
    title: str
    ends: int  # the part after its last title line


def by_chapter_lines(parts: Sequence[Part]) -> Sectioned:
    """A book in plain text: "CHAPTER I. TITLE", "Chapter 3" (title on the next line), "INTRODUCTION"…

    The table of contents lists the same chapters; its entries are recognised by being short and by
    naming a chapter that comes again later, and are dropped with the "CONTENTS" line before them.
    """
    candidates = [c for c in (_candidate(parts, i) for i, p in enumerate(parts) if len(p.text) <= 160) if c]
    if len(candidates) < 2:
        return blocks_without_sections(parts)
    synopses = {c.ends for c in candidates if c.ends < len(parts) and _is_synopsis(parts[c.ends].text)}
    later_keys: Counter[str] = Counter(c.key for c in candidates)
    dropped: set[int] = set()
    kept: list[_Candidate] = []
    for n, candidate in enumerate(candidates):
        later_keys[candidate.key] -= 1
        end = candidates[n + 1].index if n + 1 < len(candidates) else len(parts)
        if later_keys[candidate.key] > 0 and _is_short(parts, candidate.ends, end, synopses):
            dropped.update(range(candidate.index, end))
            if candidate.index and _CONTENTS.match(parts[candidate.index - 1].text):
                dropped.add(candidate.index - 1)
        else:
            kept.append(candidate)
    if kept and kept[-1].key == "index":  # the back-of-book index lists page numbers, not facts
        dropped.update(range(kept[-1].index, len(parts)))
        kept.pop()
    if len(kept) < 2:
        return blocks_without_sections(parts)
    marked = [Part(p.text, True, p.level) if i in synopses else p for i, p in enumerate(parts)]
    return by_starts(marked, [(c.index, c.title) for c in kept], frozenset(dropped))


def _candidate(parts: Sequence[Part], index: int) -> _Candidate | None:
    text = parts[index].text.strip()
    if len(text) > 160:
        return None
    chapter = _CHAPTER.match(text)
    # A chapter line counts even when it ends in a full stop, as long as its title reads as a title.
    if chapter and (parts[index].is_heading or _is_capitalised(chapter.group("title"))):
        number = chapter.group("num")
        title, ends = chapter.group("title").strip(), index + 1
        if not title:
            title, ends = _title_from_next(parts, index + 1)
        while title and _CONTINUES.search(title) and ends < len(parts) and _is_title_line(parts, ends):
            title, ends = f"{title} {parts[ends].text.strip()}", ends + 1
        label = f"Chapter {number.upper() if _is_roman(number) else number.capitalize()}"
        return _Candidate(
            index, f"chapter {_number_value(number)}", f"{label}. {_tidy(title)}" if title else label, ends
        )
    named = _NAMED.match(text)
    if named and parts[index].is_heading and (text.isupper() or text[:1].isupper() and text[1:2].islower()):
        return _Candidate(index, named.group("key").lower(), _tidy(text), index + 1)
    return None


def _title_from_next(parts: Sequence[Part], index: int) -> tuple[str, int]:
    if index < len(parts) and _is_title_line(parts, index) and len(parts[index].text) < 120:
        return parts[index].text.strip(), index + 1
    return "", index


def _is_title_line(parts: Sequence[Part], index: int) -> bool:
    text = parts[index].text.strip()
    return parts[index].is_heading and not _CHAPTER.match(text) and not _NAMED.match(text)


def _is_capitalised(title: str) -> bool:
    """Mostly capitals, as book titles are set: "GEOGRAPHICAL DISTRIBUTION--continued."."""
    letters = [ch for ch in title if ch.isalpha()]
    return len(letters) >= 3 and sum(ch.isupper() for ch in letters) >= 0.6 * len(letters)


def _is_synopsis(text: str) -> bool:
    """The argument of a chapter set under its title: "Causes of Variability--Effects of Habit--…"."""
    return text.count("--") + text.count(" — ") >= 2 and len(text) < 2_000


def _is_short(parts: Sequence[Part], start: int, end: int, synopses: set[int]) -> bool:
    prose = [p.text for i, p in enumerate(parts[start:end], start) if not p.is_heading and i not in synopses]
    return len(prose) <= 2 and sum(len(t.split()) for t in prose) < _SHORT_SECTION_WORDS


def _is_roman(number: str) -> bool:
    return all(ch in _ROMAN for ch in number.upper()) and not number.isdigit()


def _number_value(number: str) -> int:
    if number.isdigit():
        return int(number)
    if number.lower() in _NUMBER_WORDS:
        return _NUMBER_WORDS.index(number.lower()) + 1
    values = [_ROMAN[ch] for ch in number.upper()]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _tidy(title: str) -> str:
    """A title fit for a deck name: no closing stop, "--" as a dash, capitals made title case."""
    title = re.sub(r"\s*--\s*", "—", " ".join(title.split())).rstrip(" .")
    if not _is_capitalised(title):
        return title
    return _WORD.sub(
        lambda m: _title_word(m.group(0), m.start() == 0 or title[: m.start()].rstrip()[-1:] in ":—"), title
    )


def _title_word(word: str, first: bool) -> str:
    lower = word.lower()
    if lower in _SMALL_WORDS and not first:
        return lower
    return lower[:1].upper() + lower[1:]
