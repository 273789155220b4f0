"""`quiz` and `stats`: the interactive terminal quiz and the progress it keeps."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Register the quiz commands (built in issue 4)."""
