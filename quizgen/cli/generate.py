"""`generate`, `preview` and `facts`: from sources to question banks, decks and listings."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from quizgen.cli.common import reports_errors
from quizgen.errors import QuizgenError

if TYPE_CHECKING:
    from quizgen.model import QuestionBank
    from quizgen.templates import TemplateSet

DEFAULT_OUTPUT_FOLDER = Path("decks")


class OutputFormat(StrEnum):
    apkg = "apkg"
    json = "json"
    csv = "csv"


SOURCES = typer.Argument(..., help="Article files: .txt, .md, .html or .pdf.", show_default=False)
TEMPLATES = typer.Option(None, "--templates", "-t", help="A YAML template set (see `quizgen templates init`).")
SEED = typer.Option(0, "--seed", help="Seed for option order and distractor choice; same seed, same output.")
MAX = typer.Option(None, "--max", min=1, help="At most this many questions per source (best first).")
MAX_PER_SECTION = typer.Option(
    None, "--max-per-section", min=1, help="At most this many questions per section or chapter (best first)."
)


def _size(value: str | None) -> int | None:
    """`--max-size 50MB` in bytes; a malformed size is a usage error (exit 2)."""
    from quizgen.read.limits import parse_size

    try:
        return None if value is None else parse_size(value)
    except QuizgenError as error:
        raise typer.BadParameter(str(error).removeprefix("--max-size: ")) from None


MAX_SIZE = typer.Option(
    None,
    "--max-size",
    callback=_size,
    help="Refuse a source file bigger than this: 50MB, 500KB, 1GB; 0 for no limit. "
    "Default: $QUIZGEN_MAX_SIZE, else 20MB.",
)
FORMAT = typer.Option(
    None, "--format", "-f", help="apkg (Anki deck), json (question bank) or csv. Default: from -o, else apkg."
)
ARTICLE = typer.Argument(..., help="An article file.", show_default=False)
AS_JSON = typer.Option(False, "--json", help="Print the facts as JSON.")
INPUT_FORMAT = typer.Option(
    None, "--input-format", help="Read sources as txt, md, html or pdf, whatever their file ending. Default: from it."
)


def register(app: typer.Typer) -> None:
    app.command(name="generate")(generate)
    app.command(name="preview")(preview)
    app.command(name="facts")(facts)


def _banks(
    sources: list[Path],
    templates: Path | TemplateSet | None,
    seed: int,
    max_items: int | None,
    input_format: str | None = None,
    max_per_section: int | None = None,
    max_bytes: int | None = None,
) -> list[QuestionBank]:
    """One bank per source; a source from which no question could be made is an error, before anything is written."""
    from quizgen.cli.progress import source_progress
    from quizgen.pipeline import generate_bank
    from quizgen.read import read_source

    banks = []
    with source_progress(len(sources)) as progress:
        for source in sources:
            on_stage = progress.stage_callback(Path(source).name)
            on_stage("read")
            document = read_source(source, input_format, max_bytes)  # read here: the size limit is the CLI's
            bank = generate_bank(
                document,
                templates=templates,
                seed=seed,
                max_items=max_items,
                max_per_section=max_per_section,
                on_stage=lambda stage, tell=on_stage: stage == "read" or tell(stage),
            )
            if not bank.questions:
                raise QuizgenError(f"no questions could be made from {source}")
            banks.append(bank)
            progress.source_done()
    return banks


def _format_for(output: str | None, fmt: OutputFormat | None) -> OutputFormat:
    if fmt is not None:
        return fmt
    if output and output != "-":
        suffix = Path(output).suffix.lower().lstrip(".")
        if suffix in OutputFormat.__members__:
            return OutputFormat(suffix)
    return OutputFormat.json if output == "-" else OutputFormat.apkg


def _summary(banks: list[QuestionBank]) -> str:
    questions = [q for bank in banks for q in bank.questions]
    mcq = sum(1 for q in questions if q.kind == "mcq")
    return f"{len(questions)} questions ({mcq} multiple choice, {len(questions) - mcq} cloze)"


@reports_errors
def generate(
    sources: list[Path] = SOURCES,
    output: str = typer.Option(
        None,
        "--output",
        "-o",
        help="Where to write. Default: decks/<source-name>.<format>. '-' writes JSON or CSV to standard output.",
    ),
    fmt: OutputFormat = FORMAT,
    templates: Path = TEMPLATES,
    seed: int = SEED,
    max_items: int = MAX,
    max_per_section: int = MAX_PER_SECTION,
    input_format: str = INPUT_FORMAT,
    deck_name: str = typer.Option(None, "--deck-name", help="Name of the Anki deck. Default: the article's title."),
    max_size: str = MAX_SIZE,  # bytes once parsed
) -> None:
    """Make questions from articles and write them as an Anki deck, a JSON bank or CSV.

    Examples:

    \b
      quizgen generate source/us-troops-korea.txt          # -> decks/us-troops-korea.apkg
      quizgen generate article.md -f json -o bank.json     # the JSON question bank
      quizgen generate article.txt -f csv -o -             # CSV on standard output
      quizgen generate ch1.txt ch2.txt --deck-name Biology # one deck, a subdeck per source
    """
    chosen = _format_for(output, fmt)
    if output == "-" and chosen is OutputFormat.apkg:
        raise QuizgenError("an Anki deck cannot be written to standard output; give -o FILE.apkg")
    from quizgen.export.atomic import check_writable
    from quizgen.templates import load_templates

    template_set = load_templates(templates)  # read once (~0.1 s): every source and the deck's layout share it
    if chosen is OutputFormat.apkg:
        deck_target = Path(output) if output else _default_folder() / f"{Path(sources[0]).stem}.apkg"
        check_writable(deck_target)  # a bad -o is told at once, not after a book's worth of work
    elif output != "-":
        for target in _targets(sources, output, chosen.value):
            check_writable(target)
    banks = _banks(sources, template_set, seed, max_items, input_format, max_per_section, max_size)

    from quizgen.export.bank import bank_to_csv, bank_to_json

    if chosen is OutputFormat.apkg:
        from quizgen.export.anki import write_deck

        write_deck(banks, deck_target, deck_name=deck_name, templates=template_set)
        print(f"Wrote {_summary(banks)} to {deck_target}", file=sys.stderr)
        return

    render = bank_to_json if chosen is OutputFormat.json else bank_to_csv
    if output == "-":
        if len(banks) > 1 and chosen is OutputFormat.json:
            raise QuizgenError("several sources make several banks; write them to a folder with -o FOLDER")
        sys.stdout.write("".join(render(bank) for bank in banks))
        return

    from quizgen.export.atomic import write_text_atomically

    targets = _targets(sources, output, chosen.value)
    for bank, target in zip(banks, targets, strict=True):
        write_text_atomically(target, render(bank))
        print(f"Wrote {_summary([bank])} to {target}", file=sys.stderr)


def _targets(sources: list[Path], output: str | None, suffix: str) -> list[Path]:
    """One file per source: -o FILE for a single source, else files named after each source in a folder."""
    if output and (len(sources) == 1 and not Path(output).is_dir()):
        return [Path(output)]
    folder = Path(output) if output else _default_folder()
    if not folder.is_dir():
        raise QuizgenError(f"{folder}: with several sources, -o must be an existing folder")
    return [folder / f"{Path(source).stem}.{suffix}" for source in sources]


def _default_folder() -> Path:
    """decks/, made if missing; a file of that name in the way is a one-line error."""
    try:
        DEFAULT_OUTPUT_FOLDER.mkdir(exist_ok=True)
    except FileExistsError:
        raise QuizgenError(f"{DEFAULT_OUTPUT_FOLDER}: is a file, not a folder; give -o PATH") from None
    except OSError as error:
        raise QuizgenError(f"{DEFAULT_OUTPUT_FOLDER}: cannot make the output folder ({error.strerror})") from None
    return DEFAULT_OUTPUT_FOLDER


@reports_errors
def preview(
    source: Path = ARTICLE,
    templates: Path = TEMPLATES,
    seed: int = SEED,
    max_items: int = MAX,
    max_size: str = MAX_SIZE,  # bytes once parsed
) -> None:
    """Print the questions quizgen would make from an article; nothing is written.

    Example:  quizgen preview source/us-troops-korea.txt
    """
    from quizgen.cli.render import print_bank

    print_bank(_banks([source], templates, seed, max_items, max_bytes=max_size)[0])


@reports_errors
def facts(
    source: Path = ARTICLE,
    as_json: bool = AS_JSON,
    max_size: str = MAX_SIZE,  # bytes once parsed
) -> None:
    """Show what the analyser found: each fact worth asking about, its kind, score and sentence.

    Example:  quizgen facts source/us-troops-korea.txt --json
    """
    from quizgen.analyse import analyse
    from quizgen.cli.render import print_facts
    from quizgen.read import read_source

    analysis = analyse(read_source(source, max_bytes=max_size))
    if as_json:
        rows = [
            {
                "text": fact.span.text,
                "kind": fact.span.kind,
                "score": round(fact.score, 3),
                "start": fact.span.start,
                "end": fact.span.end,
                "sentence": fact.sentence.text,
                "sentence_index": fact.sentence.index,
            }
            for fact in analysis.facts
        ]
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    else:
        print_facts(analysis)
