"""The Anki deck: two fixed note types, one note (and one card) per question, updated in place on re-import."""

from __future__ import annotations

import functools
import hashlib
import html
import io
import itertools
import json
import re
import sqlite3
import sys
import time
import zipfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from quizgen.errors import QuizgenError
from quizgen.export.anki_text import cloze_field, field_text, tag_text
from quizgen.export.atomic import write_atomically
from quizgen.model import Question, QuestionBank
from quizgen.templates import TemplateSet, default_templates, load_templates

if TYPE_CHECKING:
    import genanki

# Fixed forever: Anki recognises a note type by its id, so a new id would make a second note type.
CLOZE_MODEL_ID = 1566180731
MCQ_MODEL_ID = 1566180732
CLOZE_MODEL_NAME = "quizgen Cloze"
MCQ_MODEL_NAME = "quizgen Multiple Choice"

# The field lists are the note types' schema: adding, removing or renaming a field later makes every
# re-imported note "conflicting" instead of updated. Every field we may want is here from the start.
CLOZE_FIELDS = ("Text", "Answer", "Source", "Title", "Section", "AnswerKind", "Extra", "QuizgenId")
OPTION_LETTERS = ("A", "B", "C", "D", "E", "F")
MCQ_FIELDS = (
    "Question",
    *OPTION_LETTERS,
    "Answer",
    "Letter",
    "Source",
    "Title",
    "Section",
    "AnswerKind",
    "Extra",
    "QuizgenId",
)

DEFAULT_ROOT_FOR_SEVERAL = "quizgen"
TEMPLATE_KEYS = ("front", "back", "css")


def tags_for(question: Question, bank: QuestionBank) -> list[str]:
    tags = ["quizgen", f"quizgen::source::{tag_text(bank.slug)}", f"quizgen::kind::{tag_text(question.answer_kind)}"]
    tags += [tag_text(tag) for tag in question.tags if tag.strip()]
    return list(dict.fromkeys(tags))


def deck_part(text: str) -> str:
    """A title as one level of a deck name: "::" inside it would make extra levels."""
    return " ".join(re.sub(r":{2,}", ":", text).split())  # ":::" would leave "::" after a plain replace


def deck_id_for(name: str) -> int:
    """A stable id from the deck's full name, in the range Anki and genanki expect."""
    digest = int.from_bytes(hashlib.sha256(name.encode("utf-8")).digest()[:8], "big")
    return (1 << 30) + digest % (1 << 30)


def deck_names(banks: Sequence[QuestionBank], deck_name: str | None) -> tuple[str, list[str]]:
    """The root deck's name and each bank's deck name: the root itself for one source, a subdeck for several."""
    titles = [deck_part(bank.title) or deck_part(bank.slug) for bank in banks]
    root = deck_part(deck_name or "") or (titles[0] if len(banks) == 1 else DEFAULT_ROOT_FOR_SEVERAL)
    if len(banks) == 1:
        return root, [root]
    return root, [f"{root}::{title}" for title in titles]


def _layout(templates: TemplateSet, kind: str) -> dict[str, str]:
    """Front, back and CSS of one note type; keys missing from the user's set come from the defaults."""
    fallback: Mapping[str, Any] = {}
    chosen = templates.anki.get(kind, {})
    layout = {}
    for key in TEMPLATE_KEYS:
        value = chosen.get(key)
        if value is None:
            fallback = fallback or default_templates().anki.get(kind, {})
            value = fallback.get(key)
        if not isinstance(value, str) or (key != "css" and not value.strip()):
            raise QuizgenError(f"templates: anki.{kind}.{key} must be Anki template text")
        layout[key] = value
    return layout


def _genanki() -> ModuleType:
    """genanki, imported only when a deck is written: every other command is spared its start-up cost.

    genanki takes `cached_property` from the package of that name, which imports asyncio for
    coroutine support genanki never uses: 90 of its 105 ms import, half the time a deck may add to
    generation. The standard library's functools.cached_property does the same job for genanki's
    two plain properties, so it stands in, unless the real package is already loaded.
    """
    if "genanki" not in sys.modules and "cached_property" not in sys.modules:
        stand_in = ModuleType("cached_property")
        stand_in.cached_property = functools.cached_property  # type: ignore[attr-defined]
        sys.modules["cached_property"] = stand_in
    import genanki

    return genanki


def note_models(templates: TemplateSet) -> tuple[genanki.Model, genanki.Model]:
    """The two note types, laid out by the template set's `anki` section."""
    genanki = _genanki()

    cloze, mcq = _layout(templates, "cloze"), _layout(templates, "multiple_choice")
    if "{{cloze:Text}}" not in cloze["front"].replace(" ", ""):
        raise QuizgenError("templates: anki.cloze.front must contain {{cloze:Text}}")
    cloze_model = genanki.Model(
        CLOZE_MODEL_ID,
        CLOZE_MODEL_NAME,
        fields=[{"name": name} for name in CLOZE_FIELDS],
        templates=[{"name": "Cloze", "qfmt": cloze["front"], "afmt": cloze["back"]}],
        css=cloze["css"],
        model_type=genanki.Model.CLOZE,
    )
    mcq_model = genanki.Model(
        MCQ_MODEL_ID,
        MCQ_MODEL_NAME,
        fields=[{"name": name} for name in MCQ_FIELDS],
        templates=[{"name": "Multiple choice", "qfmt": mcq["front"], "afmt": mcq["back"]}],
        css=mcq["css"],
    )
    return cloze_model, mcq_model


def note_fields(question: Question, bank: QuestionBank) -> list[str]:
    """The note's fields in model order, every piece of article text escaped."""
    common = [
        field_text(question.sentence),
        field_text(bank.title),
        field_text(question.section),
        field_text(question.answer_kind),
        "",  # Extra: kept empty for now, for explanations later without a schema change
        field_text(question.id),
    ]
    if question.kind == "cloze":
        return [cloze_field(question), field_text(question.answer), *common]
    if len(question.options) > len(OPTION_LETTERS):
        raise QuizgenError(f"question {question.id}: {len(question.options)} options; Anki cards hold at most 6")
    options = [field_text(option) for option in question.options]
    options += [""] * (len(OPTION_LETTERS) - len(options))
    letter = OPTION_LETTERS[question.options.index(question.answer)]
    return [field_text(question.prompt), *options, field_text(question.answer), letter, *common]


def build_decks(banks: Sequence[QuestionBank], deck_name: str | None, templates: TemplateSet) -> list[genanki.Deck]:
    """Every deck of the package, parents first, each question a note in its source's (or section's) deck."""
    genanki = _genanki()

    if not banks:
        raise QuizgenError("no sources to put in the deck")
    cloze_model, mcq_model = note_models(templates)
    root, bank_decks = deck_names(banks, deck_name)
    decks: dict[str, genanki.Deck] = {}

    def deck(name: str, description: str = "") -> genanki.Deck:
        if name not in decks:
            decks[name] = genanki.Deck(deck_id_for(name), name, description)
        return decks[name]

    deck(root)  # so that the parent of several sources has a stable id too
    seen: set[str] = set()
    for bank, bank_deck in zip(banks, bank_decks, strict=True):
        deck(bank_deck, f"Questions made by quizgen from “{html.escape(bank.title)}”.")
        for question in bank.questions:
            if question.id in seen:
                raise QuizgenError(f"question {question.id} of “{bank.title}” is there twice (a source given twice?)")
            seen.add(question.id)
            section = deck_part(question.section)
            target = deck(f"{bank_deck}::{section}" if section else bank_deck)
            target.add_note(
                genanki.Note(
                    model=cloze_model if question.kind == "cloze" else mcq_model,
                    fields=note_fields(question, bank),
                    tags=tags_for(question, bank),
                    guid=genanki.guid_for(question.id),
                )
            )
    if not seen:
        titles = ", ".join(f"“{bank.title}”" for bank in banks)
        raise QuizgenError(f"no questions to put in the deck: quizgen found nothing to ask in {titles}")
    return list(decks.values())


def package_bytes(decks: Sequence[genanki.Deck], now: float) -> bytes:
    """The .apkg file's bytes. genanki's own write_to_file leaves its temporary database behind in
    the system's temp folder on every run, so the collection is built in memory and zipped here."""
    genanki = _genanki()

    connection = sqlite3.connect(":memory:")
    try:
        # Every note's modification time is `now`: Anki updates a note on re-import only when newer.
        genanki.Package(list(decks)).write_to_db(connection.cursor(), now, itertools.count(int(now * 1000)))
        connection.commit()
        collection = connection.serialize()
    finally:
        connection.close()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as package:
        package.writestr("collection.anki2", collection)
        package.writestr("media", json.dumps({}))
    return buffer.getvalue()


def write_deck(
    banks: Sequence[QuestionBank],
    path: str | Path,
    deck_name: str | None = None,
    templates: TemplateSet | str | Path | None = None,
    now: float | None = None,
) -> None:
    """Write the banks as one Anki package at `path`, atomically: the old file stays if anything fails.

    `now` (seconds since the epoch, default the current time) stamps every note; pass it to make a
    build reproducible in tests, but keep it increasing between builds or Anki ignores the changes.
    """
    template_set = templates if isinstance(templates, TemplateSet) else load_templates(templates)
    data = package_bytes(build_decks(banks, deck_name, template_set), time.time() if now is None else now)
    write_atomically(path, lambda tmp: tmp.write_bytes(data))
