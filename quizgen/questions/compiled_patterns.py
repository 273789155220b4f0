"""Question patterns, compiled: each rule's words as regular expressions, and an index of rules by what they need."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache

from quizgen.errors import QuizgenError
from quizgen.placeholders import Pattern, PatternError, Slot, parse_pattern

__all__ = ["CompiledPattern", "CompiledPatterns", "Literal", "compile_patterns", "sentence_words"]


@dataclass(frozen=True)
class Literal:
    """The rule's own words, matched with any run of spaces where the rule has one, ignoring case."""

    text: str
    body: str  # the regular expression

    @classmethod
    def of(cls, text: str) -> Literal:
        body = "".join(
            r"\s+" if part.isspace() else "['’]" if part == "'" else re.escape(part)
            for part in re.split(r"(\s+|')", text)
            if part
        )
        if text[:1].isalnum():
            body = r"(?<!\w)" + body
        if text[-1:].isalnum():
            body += r"(?!\w)"
        return cls(text, body)

    # Compiled when first used (most rules never get past the prefilter), then kept here: `re`'s own cache
    # holds 512 patterns, which the rest of the pipeline churns through, so each use would recompile.
    @property
    def forward(self) -> re.Pattern[str]:
        return _regex(self.body)

    @property
    def ending(self) -> re.Pattern[str]:
        """The same words, ending exactly where a search stops."""
        return _regex(f"(?:{self.body})\\Z")

    def reach(self) -> int:
        """How far back from its end the words can start: room for their letters and generous spacing."""
        return 4 * len(self.text) + 16


@cache
def _regex(body: str) -> re.Pattern[str]:
    return re.compile(body, re.IGNORECASE)


_TOKEN = re.compile(r"\w+")


@lru_cache(maxsize=256)  # a sentence is asked about once per fact in it: its words are read once
def sentence_words(text: str) -> frozenset[str]:
    return frozenset(_TOKEN.findall(text.lower()))


@cache
def _literal(text: str) -> Literal:
    return Literal.of(text)  # " was ", " in " … recur in many rules


@dataclass(frozen=True)
class CompiledPattern:
    """A checked rule, ready to match: its pieces in order and the index of the slot it asks about."""

    pattern: Pattern
    pieces: tuple[Literal | Slot, ...]
    asked: int
    # The first word after an opening free slot ("began"): if the slot's text has it too, the slot ran too far.
    stop_words: tuple[str, ...]
    # A cheap test before the costly match: the span kinds the asked slot takes, and every word of the rule's
    # own text ("began", "in"), each of which a sentence the rule fits has as a whole word.
    kinds: frozenset[str] = frozenset()
    words: frozenset[str] = frozenset()


class CompiledPatterns(tuple):  # type: ignore[type-arg]
    """Compiled rules in order, looked up by the span kind they ask about and then by one word each needs
    (its longest: "located", "population"), so a sentence is tried only against rules it could fit."""

    by_kind: Mapping[str, Mapping[str, tuple[tuple[int, CompiledPattern], ...]]]

    def __new__(cls, rules: tuple[CompiledPattern, ...]) -> CompiledPatterns:
        made = super().__new__(cls, rules)
        index: dict[str, dict[str, list[tuple[int, CompiledPattern]]]] = {}
        for position, rule in enumerate(rules):
            key = max(sorted(rule.words), key=len)
            for kind in rule.kinds:
                index.setdefault(kind, {}).setdefault(key, []).append((position, rule))
        made.by_kind = {kind: {key: tuple(found) for key, found in keyed.items()} for kind, keyed in index.items()}
        return made

    def candidates(self, kind: str, present: frozenset[str]) -> list[CompiledPattern]:
        keyed = self.by_kind.get(kind)
        if not keyed:
            return []
        found = [entry for key in keyed.keys() & present for entry in keyed[key]]
        return [rule for _, rule in sorted(found, key=lambda entry: entry[0])]


def compile_patterns(patterns: tuple[Pattern, ...]) -> tuple[CompiledPattern, ...]:
    """Check and prepare rules once; a bad rule is a QuizgenError that names it (and where it was written)."""
    return _compiled(tuple(patterns))


@lru_cache(maxsize=8)  # the same template set for every source of a run: its rules are checked once
def _compiled(patterns: tuple[Pattern, ...]) -> CompiledPatterns:
    compiled = []
    for number, pattern in enumerate(patterns, start=1):
        try:
            parsed = parse_pattern(pattern)
        except PatternError as error:
            where = f"{pattern.where}: " if pattern.where else ""
            raise QuizgenError(f"{where}pattern {number} (when: {pattern.when!r}): {error}") from None
        pieces = tuple(_literal(p) if isinstance(p, str) else p for p in parsed.pieces)
        asked = next(i for i, p in enumerate(pieces) if isinstance(p, Slot) and p.name == parsed.asked)
        stops: tuple[str, ...] = ()
        if isinstance(pieces[0], Slot) and pieces[0].kinds is None and len(pieces) > 1:
            stops = tuple(pieces[1].text.split()[:1])  # type: ignore[union-attr]
        slot = pieces[asked]
        kinds = slot.kinds if isinstance(slot, Slot) and slot.kinds else frozenset()
        words = frozenset().union(*(sentence_words(p.text) for p in pieces if isinstance(p, Literal)))
        compiled.append(CompiledPattern(pattern, pieces, asked, stops, kinds, words))
    return CompiledPatterns(tuple(compiled))
