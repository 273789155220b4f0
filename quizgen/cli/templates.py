"""`templates init` and `templates check`: a commented copy of the defaults, and validation."""

from __future__ import annotations

import typer

app = typer.Typer(help="Write and check YAML template sets (wording, layout, question patterns).", no_args_is_help=True)
