"""Article text as Anki field HTML: escaped so that nothing in the article can act as markup or break a cloze."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass

from quizgen.errors import QuizgenError
from quizgen.model import Question

# What Anki would read as markup inside a field's text: braces and colons make cloze syntax
# ({{c1::x}}, the "::" before a hint) and colons also sound tags ([sound:x]). As numeric entities
# they show literally and can never close, open or split a cloze.
_LITERAL = str.maketrans({"{": "&#123;", "}": "&#125;", ":": "&#58;"})
_CLOZE = re.compile(r"\{\{c\d+::(.*?)(?:::(.*?))?\}\}", re.DOTALL)
_CLOZE_HEAD = re.compile(r"\{\{c\d+::")


def field_text(text: str) -> str:
    """Plain article text as an Anki field: HTML-escaped, with nothing Anki could read as markup."""
    return html.escape(text, quote=False).translate(_LITERAL)


@dataclass(frozen=True)
class Blank:
    """One cloze deletion: the hidden text and its hint ("" for none)."""

    answer: str
    hint: str = ""


def cloze_parts(question: Question) -> tuple[str | Blank, ...]:
    """The cloze text as plain pieces and blanks, telling the article's own "{{c1::x}}" from real markup.

    The markup was laid over the unescaped text, so a literal "{{c1::x}}" in the article looks just
    like a blank. A blank is markup whose hidden text is the next expected answer; where the markup
    covers exactly the sentence, it must also stand at that place in the sentence, which settles
    every case. Cloze text with added context is walked by the answers alone, and markup that does
    not fit its answers at all is parsed as it stands.
    """
    for sentence in (question.sentence, None):
        aligned = _align(question.cloze, sentence, question.answers)
        if aligned is not None:
            return aligned
    return _parse(question.cloze)


def _align(cloze: str, sentence: str | None, answers: Sequence[str]) -> tuple[str | Blank, ...] | None:
    """Walk the markup (and the plain sentence, if given) side by side; None where they disagree."""
    parts: list[str | Blank] = []
    plain: list[str] = []
    i = j = k = 0
    while i < len(cloze):
        head = _CLOZE_HEAD.match(cloze, i)
        if head and k < len(answers) and (sentence is None or sentence.startswith(answers[k], j)):
            after = head.end() + len(answers[k])
            if cloze.startswith(answers[k], head.end()) and (hint_end := _blank_end(cloze, after)) is not None:
                hint = cloze[after + 2 : hint_end - 2] if cloze.startswith("::", after) else ""
                parts.extend(["".join(plain), Blank(answers[k], hint)])
                plain = []
                i, j, k = hint_end, j + len(answers[k]), k + 1
                continue
        if sentence is not None and (j >= len(sentence) or cloze[i] != sentence[j]):
            return None
        plain.append(cloze[i])
        i, j = i + 1, j + 1
    if (sentence is not None and j != len(sentence)) or k != len(answers) or not answers:
        return None
    parts.append("".join(plain))
    return tuple(part for part in parts if part != "")


def _blank_end(cloze: str, at: int) -> int | None:
    """Where a blank whose hidden text ends at `at` closes: right after "}}" or after "::hint}}"."""
    if cloze.startswith("}}", at):
        return at + 2
    if cloze.startswith("::", at):
        close = cloze.find("}}", at + 2)
        return close + 2 if close >= 0 else None
    return None


def _parse(cloze: str) -> tuple[str | Blank, ...]:
    parts: list[str | Blank] = []
    last = 0
    for match in _CLOZE.finditer(cloze):
        parts.extend([cloze[last : match.start()], Blank(match.group(1), match.group(2) or "")])
        last = match.end()
    parts.append(cloze[last:])
    return tuple(part for part in parts if part != "")


def cloze_field(question: Question) -> str:
    """The Text field: escaped article text with every blank as c1, so one question is exactly one card."""
    parts = cloze_parts(question)
    if not any(isinstance(part, Blank) for part in parts):
        # genanki would make a note with no card, which Anki imports silently and never shows.
        raise QuizgenError(f"question {question.id}: its cloze text {question.cloze!r} hides nothing")
    out = []
    for part in parts:
        if isinstance(part, Blank):
            hint = f"::{field_text(part.hint)}" if part.hint else ""
            out.append(f"{{{{c1::{field_text(part.answer)}{hint}}}}}")
        else:
            out.append(field_text(part))
    return "".join(out)


def tag_text(text: str) -> str:
    """Anki tags are split on spaces, so a tag keeps its words joined with underscores."""
    return "_".join(text.split())
