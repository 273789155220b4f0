"""The command line: parses arguments, calls the pipeline, turns errors into one-line messages."""

from __future__ import annotations

import typer

from quizgen.cli import generate as _generate
from quizgen.cli import quiz as _quiz
from quizgen.cli import templates as _templates

app = typer.Typer(
    name="quizgen",
    help=(
        "Turn an article into study material: multiple-choice and cloze questions built from the "
        "article's own facts, as an Anki deck, a JSON/CSV question bank, or a quiz in the terminal.\n\n"
        "Start with:  quizgen generate source/us-troops-korea.txt"
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
_generate.register(app)
_quiz.register(app)
app.add_typer(_templates.app, name="templates")


def main() -> None:
    app()
