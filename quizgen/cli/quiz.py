"""`quiz` and `stats`: the interactive terminal quiz and the progress it keeps."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from quizgen.cli.common import reports_errors
from quizgen.errors import QuizgenError
from quizgen.model import QUESTION_KINDS, Question, QuestionBank

if TYPE_CHECKING:
    from quizgen.templates import TemplateSet


def _kinds(value: str | None) -> tuple[str, ...] | None:
    """`mcq,cloze` -> ("mcq", "cloze"); an unknown kind is a usage error (exit 2)."""
    if not value:
        return None
    kinds = tuple(k.strip() for k in value.split(",") if k.strip())
    unknown = [k for k in kinds if k not in QUESTION_KINDS]
    if unknown or not kinds:
        raise typer.BadParameter(
            f"unknown kind {', '.join(unknown) or value!r}; choose from {', '.join(QUESTION_KINDS)}"
        )
    return kinds


PROGRESS = typer.Option(
    None, "--progress", help="The progress file (sqlite). Default: progress.sqlite3 in your user data folder."
)

SOURCE = typer.Argument(..., help="An article (.txt .md .html .pdf) or a question bank (.json).", show_default=False)
COUNT = typer.Option(10, "--count", "-n", min=1, help="How many items to ask.")
SEED = typer.Option(None, "--seed", help="Shuffle the items with this seed (and make questions with it).")
DUE = typer.Option(False, "--due", help="Ask what is due: missed and old items first, then new ones.")
KINDS = typer.Option(None, "--kinds", help="Only these kinds, comma-separated: mcq,cloze.", callback=_kinds)
TEMPLATES = typer.Option(None, "--templates", "-t", help="A YAML template set (wording of questions and feedback).")
SECTION = typer.Option(None, "--section", help="Only questions from the section whose title contains this.")


def register(app: typer.Typer) -> None:
    app.command(name="quiz")(quiz)
    app.command(name="stats")(stats)


def _is_bank(source: Path) -> bool:
    return source.suffix.lower() == ".json"


def load_bank(source: Path, templates: TemplateSet | None, seed: int) -> QuestionBank:
    """A .json file is read as a question bank; anything else is an article to make questions from."""
    if _is_bank(source):
        try:
            data = json.loads(source.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise QuizgenError(f"{source}: no such file") from None
        except OSError as error:
            raise QuizgenError(f"{source}: cannot be read ({error.strerror})") from None
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            raise QuizgenError(f"{source}: not valid JSON ({error})") from None
        return QuestionBank.from_dict(data, where=str(source))
    from quizgen import generate

    return generate(source, templates=templates, seed=seed)


def _now() -> datetime:
    return datetime.now(UTC)


@reports_errors
def quiz(
    source: Path = SOURCE,
    count: int = COUNT,
    seed: int = SEED,
    due: bool = DUE,
    progress: Path = PROGRESS,
    kinds: str = KINDS,  # a tuple of kinds once parsed
    templates: Path = TEMPLATES,
    section: str = SECTION,
) -> None:
    """Quiz yourself in the terminal; every answer is saved and missed items come back.

    Type the letter (or number, or text) of an option, or the missing words of a cloze; several
    blanks take their answers in order, separated by ';'. Keys: ? hint, s skip, q quit.
    Ctrl-C stops and keeps every answer given.

    Examples:

    \b
      quizgen quiz source/us-troops-korea.txt
      quizgen quiz bank.json --due                    # what is due: missed items first
      printf 'B\\n8.2%%\\n' | quizgen quiz bank.json -n 2   # answers from a script
    """
    from quizgen.quiz.progress import ProgressStore, default_progress_path
    from quizgen.quiz.session import choose, due_order, filtered, next_due
    from quizgen.quiz.terminal import TerminalQuiz, make_console
    from quizgen.templates import load_templates

    wanted_kinds = kinds  # already a tuple: the option's callback parsed it
    # A bank needs templates only for the feedback lines; the defaults of those are built in, and
    # skipping the full template set (a 50 kB YAML file) makes a saved bank start sooner.
    template_set = load_templates(templates) if templates or not _is_bank(source) else None
    bank = load_bank(source, template_set, seed or 0)
    pool = filtered(bank.questions, wanted_kinds, section)
    if not pool:
        raise QuizgenError(_nothing_to_ask(source, bank, wanted_kinds, section))
    console = make_console()
    store = ProgressStore.open(progress or default_progress_path())
    with store:
        now = _now()
        if due:
            states = store.states(bank.slug)
            questions = due_order(pool, states, now, count)
            if not questions:
                when = next_due(states)
                later = f"; the next is due {when:%Y-%m-%d %H:%M} UTC" if when else ""
                console.print(f"Nothing is due now in {bank.title or bank.slug!r}{later}.", markup=False)
                return
        else:
            questions = choose(pool, count, seed)
        store.note_source(bank.slug, bank.title or bank.slug, len(bank.questions), now)

        def record(question: Question, correct: bool, typed: str) -> None:
            store.record(bank.slug, question.id, correct, typed, _now())

        lines = template_set.quiz_lines if template_set else None
        result = TerminalQuiz(console, bank.title or bank.slug, record, lines).run(questions)
    if result.exit_code:
        raise typer.Exit(result.exit_code)


def _nothing_to_ask(source: Path, bank: QuestionBank, kinds: tuple[str, ...] | None, section: str | None) -> str:
    if not bank.questions:
        return f"{source}: no questions to ask (quizgen found no facts to ask about)"
    if section:
        names = ", ".join(repr(s) for s in dict.fromkeys(q.section for q in bank.questions) if s) or "none"
        return f"{source}: no questions in section {section!r} (sections: {names})"
    return f"{source}: no questions of kind {', '.join(kinds or ())}"


@reports_errors
def stats(progress: Path = PROGRESS) -> None:
    """Show your progress per source: items, items seen, items due now, and accuracy.

    Example:  quizgen stats --progress ~/quiz-progress.sqlite3
    """
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    from quizgen.quiz.progress import ProgressStore, default_progress_path

    path = progress or default_progress_path()
    console = Console(emoji=False, highlight=False)
    if not path.exists():
        console.print(f"No progress yet: {path} does not exist. Take a quiz first: quizgen quiz ARTICLE", markup=False)
        return
    with ProgressStore.open(path, create=False) as store:
        rows = store.stats(_now())
    table = Table(title=f"Progress in {escape(str(path))}", title_justify="left")
    for column in ("Source", "Items", "Seen", "Due now", "Accuracy"):
        table.add_column(column, justify="left" if column == "Source" else "right")
    for row in rows:
        accuracy = f"{row.accuracy:.0%} ({row.correct}/{row.reviews})" if row.accuracy is not None else "–"
        table.add_row(escape(row.title), str(row.items), str(row.seen), str(row.due_now), accuracy)
    console.print(table)
