"""`templates init` and `templates check`: a commented copy of the defaults, and validation."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from quizgen.cli.common import reports_errors
from quizgen.errors import QuizgenError

DEFAULT_TEMPLATES_PATH = Path("quizgen-templates.yaml")

INIT_PATH = typer.Argument(DEFAULT_TEMPLATES_PATH, help="Where to write the copy.")
FORCE = typer.Option(False, "--force", help="Overwrite the file if it exists.")
CHECK_FILE = typer.Argument(..., help="The template file to check.", show_default=False)

app = typer.Typer(help="Write and check YAML template sets (wording, layout, question patterns).", no_args_is_help=True)


@app.command(name="init")
@reports_errors
def init(
    path: Path = INIT_PATH,
    force: bool = FORCE,
) -> None:
    """Write a commented copy of the default templates to edit.

    Example:  quizgen templates init my-templates.yaml
    """
    from quizgen.export.atomic import write_text_atomically
    from quizgen.templates import default_templates_text

    if path.exists() and not force:
        raise QuizgenError(f"{path} already exists; use --force to overwrite it")
    write_text_atomically(path, default_templates_text())
    print(f"Wrote {path}. Edit it, then: quizgen templates check {path}", file=sys.stderr)


@app.command(name="check")
@reports_errors
def check(file: Path = CHECK_FILE) -> None:
    """Check a template file: print OK and what it sets, or the first problem with its line and column.

    Example:  quizgen templates check my-templates.yaml
    """
    from quizgen.questions.patterns import compile_patterns
    from quizgen.templates import default_templates, load_templates

    templates = load_templates(file)
    compile_patterns(templates.patterns)
    default_rules = set(default_templates().patterns)
    own = sum(1 for rule in templates.patterns if rule not in default_rules)
    kinds = "all kinds" if len(templates.kinds) == len(default_templates().kinds) else ", ".join(templates.kinds)
    items = " and ".join(templates.make)
    limit = f", at most {templates.max_items} items" if templates.max_items else ""
    hints = "with hints" if templates.cloze_hints else "without hints"
    print(f"OK: {file}")
    print(f"  makes {items} about {kinds}{limit}; {templates.options} options per question")
    print(f"  cloze: {templates.cloze_group} cards, {hints}")
    print(f"  question patterns: {len(templates.patterns)} ({own} of yours, {len(templates.patterns) - own} default)")
