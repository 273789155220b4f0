"""Plain {name} placeholders and question-pattern rules: parsing, checking and filling, no code."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from quizgen.errors import QuizgenError

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")

# What a typed slot of a question pattern accepts. A {date} slot also takes a bare year ("began in
# 2019"), {name} any kind of name, and {amount} any figure; every other slot takes its own kind only.
SLOT_KINDS: Mapping[str, frozenset[str]] = {
    "date": frozenset({"date", "year"}),
    "year": frozenset({"year"}),
    "number": frozenset({"number"}),
    "percent": frozenset({"percent"}),
    "money": frozenset({"money"}),
    "quantity": frozenset({"quantity"}),
    "multiplier": frozenset({"multiplier"}),
    "range": frozenset({"range"}),
    "amount": frozenset({"percent", "money", "number", "quantity"}),
    "person": frozenset({"person"}),
    "place": frozenset({"place"}),
    "organisation": frozenset({"organisation"}),
    "organization": frozenset({"organisation"}),
    "name": frozenset({"name", "person", "place", "organisation"}),
    "term": frozenset({"term"}),
}
# {place2} or {place_2}: a second slot of the same kind.
_TYPED_SLOT = re.compile(r"(?P<base>[a-z]+?)_?\d*\Z")


class PlaceholderError(QuizgenError):
    """A template's placeholder problem; `needle` is the offending text, to point at its column."""

    def __init__(self, message: str, needle: str = "") -> None:
        super().__init__(message)
        self.needle = needle


def placeholders(template: str, allowed: tuple[str, ...] | None = None) -> tuple[str, ...]:
    """The names of a template's {name} placeholders in order; anything else in braces is an error,
    and so is a name outside `allowed` (when given). The first problem from the left is reported."""
    names: list[str] = []
    position = 0
    while True:
        opening, closing = template.find("{", position), template.find("}", position)
        if closing != -1 and (opening == -1 or closing < opening):
            raise PlaceholderError("a '}' without its '{' (placeholders are written {name})", "}")
        if opening == -1:
            return tuple(names)
        end = template.find("}", opening + 1)
        nested = template.find("{", opening + 1)
        if end == -1 or (nested != -1 and nested < end):
            raise PlaceholderError("a '{' that is not closed (placeholders are written {name})", template[opening:])
        inner = template[opening + 1 : end]
        if not _NAME.match(inner):
            raise PlaceholderError(_why_not_plain(inner), "{" + inner + "}")
        if allowed is not None and inner not in allowed:
            listing = " ".join("{" + a + "}" for a in allowed) or "none"
            raise PlaceholderError(f"unknown placeholder {{{inner}}}; allowed here: {listing}", "{" + inner + "}")
        names.append(inner)
        position = end + 1


def _why_not_plain(inner: str) -> str:
    shown = "{" + inner + "}"
    for sign, what in ((".", "attribute access"), ("[", "indexing"), ("!", "a conversion"), (":", "a format spec")):
        if sign in inner:
            return f"placeholder {shown} uses {what}; placeholders are plain names such as {{sentence}}"
    if not inner.strip():
        return "an empty placeholder {}; placeholders are plain names such as {sentence}"
    return f"placeholder {shown} is not a plain name (letters, digits and _); write e.g. {{sentence}}"


def check_placeholders(template: str, allowed: Iterable[str]) -> tuple[str, ...]:
    """The template's placeholders, all of them among `allowed`; else a PlaceholderError naming the stranger."""
    return placeholders(template, tuple(allowed))


def fill(template: str, values: Mapping[str, str]) -> str:
    """Replace {name} placeholders by plain text in one pass; nothing else in the template is interpreted.

    One pass, so text that itself looks like a placeholder (an article quoting "{answer}") stays as it is.
    """
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), template)


def slot_kinds(name: str) -> frozenset[str] | None:
    """The span kinds a pattern slot accepts, or None for a free-text slot such as {subject}."""
    typed = _TYPED_SLOT.match(name)
    return SLOT_KINDS.get(typed.group("base")) if typed else None


@dataclass(frozen=True)
class Pattern:
    """A student-readable rule: a sentence shape with typed slots, and the question it becomes."""

    when: str
    ask: str
    where: str = field(default="", compare=False)  # "file, line N" for error messages; not part of the rule


@dataclass(frozen=True)
class Slot:
    name: str
    kinds: frozenset[str] | None  # None: free text


@dataclass(frozen=True)
class ParsedPattern:
    """A rule split into literal text and slots, with the one typed slot it asks about."""

    pattern: Pattern
    pieces: tuple[str | Slot, ...]
    asked: str


class PatternError(PlaceholderError):
    """A rule that cannot work; `part` says whether `when` or `ask` is at fault."""

    def __init__(self, message: str, part: str, needle: str = "") -> None:
        super().__init__(message, needle)
        self.part = part


def parse_pattern(pattern: Pattern) -> ParsedPattern:
    """Split and check one rule; a PatternError says what is wrong in plain words."""
    try:
        when_names = placeholders(pattern.when)
    except PlaceholderError as error:
        raise PatternError(f"when: {error}", "when", error.needle) from None
    pieces: list[str | Slot] = []
    position = 0
    for match in _PLACEHOLDER.finditer(pattern.when):
        if match.start() > position:
            pieces.append(pattern.when[position : match.start()])
        elif pieces and isinstance(pieces[-1], Slot):
            shown = f"{{{pieces[-1].name}}} and {match.group(0)}"
            raise PatternError(f"when: slots {shown} need words between them", "when", match.group(0))
        pieces.append(Slot(match.group(1), slot_kinds(match.group(1))))
        position = match.end()
    if position < len(pattern.when):
        pieces.append(pattern.when[position:])
    seen: set[str] = set()
    for name in when_names:
        if name in seen:
            raise PatternError(f"when: slot {{{name}}} appears twice; give the second one another name", "when")
        seen.add(name)
    if not any(isinstance(p, str) and any(c.isalpha() for c in p) for p in pieces):
        raise PatternError("when: needs words of its own besides slots, e.g. \"{subject} began in {date}\"", "when")
    typed = [p.name for p in pieces if isinstance(p, Slot) and p.kinds is not None]
    if not typed:
        kinds = " ".join("{" + k + "}" for k in SLOT_KINDS if k != "organization")
        raise PatternError(f"when: needs a typed slot for the answer, one of {kinds}", "when")
    try:
        ask_names = check_placeholders(pattern.ask, when_names)
    except PlaceholderError as error:
        raise PatternError(f"ask: {error}", "ask", error.needle) from None
    left_out = [name for name in typed if name not in ask_names]
    if not left_out:
        raise PatternError("ask: uses every typed slot of `when`; leave out the one the question asks about", "ask")
    if len(left_out) > 1:
        shown = " and ".join("{" + n + "}" for n in left_out)
        raise PatternError(
            f"ask: leaves out {shown}, but must leave out exactly one typed slot (the answer); "
            "to match a figure without asking it, give it a free name such as {change}",
            "ask",
        )
    if not pattern.ask.rstrip().endswith("?") or not any(c.isalpha() for c in _PLACEHOLDER.sub("", pattern.ask)):
        raise PatternError("ask: must be a question in words, ending with '?'", "ask")
    return ParsedPattern(pattern=pattern, pieces=tuple(pieces), asked=left_out[0])
