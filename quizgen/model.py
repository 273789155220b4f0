"""The nouns every stage shares: plain frozen dataclasses, validated on construction."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from quizgen.errors import QuizgenError

# Kinds of answer span. "name" is a proper name whose kind no cue decides: we never guess.
NUMERIC_KINDS = ("year", "date", "number", "percent", "money", "quantity", "multiplier", "range")
NAME_KINDS = ("person", "place", "organisation", "name")
SPAN_KINDS = NUMERIC_KINDS + NAME_KINDS + ("term",)

QUESTION_KINDS = ("mcq", "cloze")

BANK_FORMAT = "quizgen-bank"
BANK_VERSION = 1


@dataclass(frozen=True)
class Block:
    """A unit of the source as read: a heading, a standfirst or a paragraph, never split further."""

    text: str
    section: int = 0  # index into Document.sections
    is_heading: bool = False

    def __post_init__(self) -> None:
        if not self.text.strip():
            raise ValueError("a block needs text")


@dataclass(frozen=True)
class Document:
    """A source after reading: its identity, its sections and its blocks of text in order."""

    title: str
    slug: str
    sha256: str
    blocks: tuple[Block, ...]
    path: str = ""
    sections: tuple[str, ...] = ("",)  # section titles; "" for a source without sections

    def __post_init__(self) -> None:
        if not self.slug:
            raise ValueError("a document needs a slug")
        if not self.sections:
            raise ValueError("a document needs at least one section")
        for block in self.blocks:
            if not 0 <= block.section < len(self.sections):
                raise ValueError(f"block points at section {block.section}, which does not exist")


@dataclass(frozen=True)
class Span:
    """A typed piece of a sentence; start and end are character offsets into the sentence text."""

    text: str
    start: int
    end: int
    kind: str

    def __post_init__(self) -> None:
        if self.kind not in SPAN_KINDS:
            raise ValueError(f"unknown span kind {self.kind!r}")
        if not 0 <= self.start < self.end or self.end - self.start != len(self.text):
            raise ValueError(f"span offsets {self.start}:{self.end} do not fit {self.text!r}")


@dataclass(frozen=True)
class Sentence:
    """One sentence of the document with the typed spans found in it."""

    text: str
    index: int  # position among all sentences of the document
    block: int  # index into Document.blocks
    section: int = 0
    is_heading: bool = False
    spans: tuple[Span, ...] = ()

    def __post_init__(self) -> None:
        for span in self.spans:
            if self.text[span.start : span.end] != span.text:
                raise ValueError(f"span {span.text!r} is not at {span.start}:{span.end} of its sentence")


@dataclass(frozen=True)
class Fact:
    """A sentence plus the one span worth asking about, with how worth learning it is."""

    sentence: Sentence
    span: Span
    score: float

    def __post_init__(self) -> None:
        if self.span not in self.sentence.spans:
            raise ValueError("a fact's span must be one of its sentence's spans")


@dataclass(frozen=True)
class Analysis:
    """What the analyser found in a document: every sentence, and the facts ranked best first."""

    document: Document
    sentences: tuple[Sentence, ...]
    facts: tuple[Fact, ...]


@dataclass(frozen=True)
class Question:
    """One study item: exactly one Anki card and one quiz item."""

    id: str
    kind: str  # "mcq" or "cloze"
    prompt: str  # as shown to the student; for cloze the sentence with blanks
    answer: str  # for a cloze that hides several facts, they are joined with " · "
    answer_kind: str
    sentence: str
    sentence_index: int
    options: tuple[str, ...] = ()  # mcq only, the answer among them
    cloze: str = ""  # cloze only: Anki markup over the *unescaped* sentence
    answers: tuple[str, ...] = ()  # cloze only: every hidden text, in order
    tags: tuple[str, ...] = ()
    section: str = ""

    def __post_init__(self) -> None:
        if self.kind not in QUESTION_KINDS:
            raise ValueError(f"unknown question kind {self.kind!r}")
        if self.kind == "mcq" and self.answer not in self.options:
            raise ValueError("a multiple-choice answer must be one of its options")
        if self.kind == "cloze" and ("{{c" not in self.cloze or not self.answers):
            raise ValueError("a cloze question needs cloze markup and its answers")

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "kind": self.kind, "prompt": self.prompt, "answer": self.answer}
        if self.kind == "mcq":
            data["options"] = list(self.options)
        else:
            data["cloze"] = self.cloze
            data["answers"] = list(self.answers)
        data.update(
            answer_kind=self.answer_kind,
            sentence=self.sentence,
            sentence_index=self.sentence_index,
            section=self.section,
            tags=list(self.tags),
        )
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Question:
        return cls(
            id=str(data["id"]),
            kind=str(data["kind"]),
            prompt=str(data["prompt"]),
            answer=str(data["answer"]),
            answer_kind=str(data["answer_kind"]),
            sentence=str(data["sentence"]),
            sentence_index=int(data["sentence_index"]),
            options=tuple(str(o) for o in data.get("options", ())),
            cloze=str(data.get("cloze", "")),
            answers=tuple(str(a) for a in data.get("answers", ())),
            tags=tuple(str(t) for t in data.get("tags", ())),
            section=str(data.get("section", "")),
        )


@dataclass(frozen=True)
class QuestionBank:
    """The questions made from one source, with the source's identity. The JSON bank is this."""

    title: str
    slug: str
    sha256: str
    questions: tuple[Question, ...]
    path: str = ""
    sections: tuple[str, ...] = field(default=("",))

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": BANK_FORMAT,
            "version": BANK_VERSION,
            "source": {
                "title": self.title,
                "path": self.path,
                "slug": self.slug,
                "sha256": self.sha256,
                "sections": list(self.sections),
            },
            "questions": [q.to_dict() for q in self.questions],
        }

    @classmethod
    def from_dict(cls, data: Any, where: str = "bank") -> QuestionBank:
        """Build a bank from parsed JSON; any wrong shape is a QuizgenError naming `where`."""
        if not isinstance(data, dict) or data.get("format") != BANK_FORMAT:
            raise QuizgenError(f"{where}: not a quizgen question bank (no \"format\": \"{BANK_FORMAT}\")")
        version = data.get("version")
        if not isinstance(version, int) or version < 1:
            raise QuizgenError(f"{where}: the bank has no valid version number")
        if version > BANK_VERSION:
            raise QuizgenError(
                f"{where}: bank version {version} is newer than this quizgen reads ({BANK_VERSION}); upgrade quizgen"
            )
        source, items = data.get("source"), data.get("questions")
        if not isinstance(source, dict):
            raise QuizgenError(f'{where}: the bank has no "source" object')
        if not isinstance(items, list):
            raise QuizgenError(f'{where}: the bank has no "questions" list')
        missing = [key for key in ("title", "slug", "sha256") if key not in source]
        if missing:
            raise QuizgenError(f'{where}: the bank\'s "source" has no "{missing[0]}"')
        questions = tuple(_question_from(item, f"{where}: question {number}") for number, item in enumerate(items, 1))
        sections = source.get("sections", [""])
        return cls(
            title=str(source["title"]),
            slug=str(source["slug"]),
            sha256=str(source["sha256"]),
            questions=questions,
            path=str(source.get("path", "")),
            sections=tuple(str(s) for s in sections) if isinstance(sections, list) and sections else ("",),
        )


_QUESTION_FIELDS = ("id", "kind", "prompt", "answer", "answer_kind", "sentence", "sentence_index")


def _question_from(item: Any, where: str) -> Question:
    """One question of a bank read from JSON; a wrong shape is a QuizgenError naming the question and field."""
    if not isinstance(item, dict):
        raise QuizgenError(f"{where} is not an object")
    missing = [key for key in _QUESTION_FIELDS if key not in item]
    if missing:
        raise QuizgenError(f'{where} has no "{missing[0]}"')
    for key in ("options", "answers", "tags"):
        if not isinstance(item.get(key, []), list):
            raise QuizgenError(f'{where}: "{key}" should be a list')
    if isinstance(item["sentence_index"], bool) or not isinstance(item["sentence_index"], int):
        raise QuizgenError(f'{where}: "sentence_index" should be a whole number')
    try:
        return Question.from_dict(item)
    except ValueError as error:
        raise QuizgenError(f"{where}: {error}") from None
