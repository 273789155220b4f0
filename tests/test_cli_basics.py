"""The command line as a user meets it: help on every command, one-line errors, exit codes."""

import subprocess
import sys

import pytest
from typer.testing import CliRunner

from quizgen.cli import app

runner = CliRunner()


def run_cli(*args: str, cwd=None) -> subprocess.CompletedProcess:
    """The real `quizgen` command in a child process, as a user runs it."""
    return subprocess.run(
        [sys.executable, "-m", "quizgen", *args], capture_output=True, text=True, cwd=cwd, timeout=120
    )


def command_paths(typer_app) -> list[list[str]]:
    import typer.main

    group = typer.main.get_command(typer_app)
    paths = []

    def walk(command, prefix):
        for name, sub in getattr(command, "commands", {}).items():
            paths.append([*prefix, name])
            walk(sub, [*prefix, name])

    walk(group, [])
    return paths


def test_every_command_has_help_text():
    paths = command_paths(app)
    assert {"generate", "preview", "facts", "quiz", "stats", "templates"} <= {path[0] for path in paths}
    for path in paths:
        result = runner.invoke(app, [*path, "--help"])
        assert result.exit_code == 0, path
        assert "Usage:" in result.output
        summary = result.output.split("Usage:", 1)[1]
        assert len(summary.split()) > 8, f"{path} has almost no help"


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda tmp: tmp / "missing.txt", "missing.txt: no such file"),
        (lambda tmp: tmp, "is a directory, not a file"),
        (lambda tmp: _write(tmp / "empty.txt", b""), "empty.txt: is empty"),
        (lambda tmp: _write(tmp / "blank.txt", b"  \n\t\n  "), "blank.txt: is empty"),
        (lambda tmp: _write(tmp / "photo.txt", bytes(range(256)) * 40), "photo.txt: looks like a binary file"),
    ],
)
def test_bad_sources_give_one_line_and_exit_1(tmp_path, make, expected):
    source = make(tmp_path)
    result = run_cli("generate", str(source), "-f", "json", "-o", "-")
    assert result.returncode == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Error: ")
    assert expected in lines[0]
    assert "Traceback" not in result.stderr


def test_an_unknown_format_is_a_usage_error(sample_path):
    result = run_cli("generate", str(sample_path), "-f", "docx")
    assert result.returncode == 2
    assert "docx" in result.stderr
    assert "Traceback" not in result.stderr


def _write(path, data: bytes):
    path.write_bytes(data)
    return path


def test_writing_to_a_device_streams_into_it_and_never_replaces_it(sample_path, tmp_path):
    import os
    import stat

    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    reader = subprocess.Popen(["cat", str(fifo)], stdout=subprocess.PIPE, text=True)
    result = run_cli("generate", str(sample_path), "-f", "json", "-o", str(fifo))
    received = reader.communicate(timeout=60)[0]
    assert result.returncode == 0, result.stderr
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert received.startswith('{\n  "format": "quizgen-bank"')


def test_writing_through_a_symlink_keeps_the_link(sample_path, tmp_path):
    target = tmp_path / "real.json"
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    result = run_cli("generate", str(sample_path), "-o", str(link))
    assert result.returncode == 0, result.stderr
    assert link.is_symlink()
    assert target.read_text(encoding="utf-8").startswith('{\n  "format": "quizgen-bank"')
