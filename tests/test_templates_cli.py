"""`quizgen templates init` and `check`: through typer's runner and as the real installed command."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from quizgen.cli import app
from quizgen.templates import default_templates, default_templates_text

runner = CliRunner()
QUIZGEN = [sys.executable, "-m", "quizgen"]
ENV = {**os.environ, "NO_COLOR": "1", "COLUMNS": "120"}


def run(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*QUIZGEN, *map(str, args)], capture_output=True, text=True, cwd=cwd, env=ENV, timeout=60)


def test_init_writes_the_commented_defaults_and_check_accepts_them(tmp_path):
    target = tmp_path / "mine.yaml"
    result = runner.invoke(app, ["templates", "init", str(target)])
    assert result.exit_code == 0, result.output
    assert target.read_text(encoding="utf-8") == default_templates_text()
    assert "# Question patterns turn a sentence shape" in target.read_text(encoding="utf-8")
    checked = runner.invoke(app, ["templates", "check", str(target)])
    assert checked.exit_code == 0, checked.output
    rules = len(default_templates().patterns)
    assert checked.stdout.splitlines()[0] == f"OK: {target}"
    assert f"question patterns: {rules} (0 of yours, {rules} default)" in checked.stdout


def test_init_then_check_as_the_real_command_in_the_current_folder(tmp_path):
    written = run("templates", "init", cwd=tmp_path)
    assert written.returncode == 0, written.stderr
    assert (tmp_path / "quizgen-templates.yaml").is_file()
    checked = run("templates", "check", "quizgen-templates.yaml", cwd=tmp_path)
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.startswith("OK: quizgen-templates.yaml\n")
    assert "makes mcq and cloze about all kinds; 4 options per question" in checked.stdout


def test_init_refuses_to_overwrite_without_force(tmp_path):
    target = tmp_path / "mine.yaml"
    target.write_text("questions:\n  options: 3\n", encoding="utf-8")
    refused = run("templates", "init", target, cwd=tmp_path)
    assert refused.returncode == 1
    assert refused.stderr == f"Error: {target} already exists; use --force to overwrite it\n"
    assert target.read_text(encoding="utf-8") == "questions:\n  options: 3\n"
    forced = runner.invoke(app, ["templates", "init", str(target), "--force"])
    assert forced.exit_code == 0 and target.read_text(encoding="utf-8") == default_templates_text()


def test_init_into_a_missing_folder_is_one_line(tmp_path):
    result = run("templates", "init", tmp_path / "nowhere" / "mine.yaml", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr == f"Error: {tmp_path / 'nowhere'}: output folder does not exist\n"


def test_check_reports_broken_yaml_with_its_line_and_exit_1(tmp_path):
    (tmp_path / "broken.yaml").write_text("questions:\n  options: 4\n  kinds: [year, date\nquiz:\n", encoding="utf-8")
    result = run("templates", "check", "broken.yaml", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.startswith("Error: broken.yaml, line 4, column 5: not valid YAML")
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert result.stdout == ""


def test_check_names_an_unknown_placeholder_and_exits_1(tmp_path):
    (tmp_path / "mine.yaml").write_text(
        "multiple_choice:\n  prompt:\n    percent: 'By how much? {blanked} ({answr})'\n", encoding="utf-8"
    )
    result = run("templates", "check", "mine.yaml", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr == (
        "Error: mine.yaml, line 3, column 39: multiple_choice.prompt.percent: unknown placeholder {answr}; "
        "allowed here: {sentence} {blanked} {title} {answer_kind} {context}\n"
    )


def test_check_counts_the_users_own_rules(tmp_path):
    (tmp_path / "mine.yaml").write_text(
        "questions:\n  options: 3\n  make: [mcq]\n  kinds: [date, year]\n  max_items: 10\n"
        "cloze:\n  hints: false\n  group: together\n"
        "patterns:\n  - {when: '{subject} soared by {percent}', ask: 'By what percentage did {subject} soar?'}\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["templates", "check", str(tmp_path / "mine.yaml")])
    assert result.exit_code == 0, result.output
    rules = len(default_templates().patterns)
    assert result.stdout.splitlines()[1:] == [
        "  makes mcq about date, year, at most 10 items; 3 options per question",
        "  cloze: together cards, without hints",
        f"  question patterns: {rules + 1} (1 of yours, {rules} default)",
    ]


def test_check_of_a_missing_file_is_one_line(tmp_path):
    result = run("templates", "check", "absent.yaml", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.startswith("Error: absent.yaml: cannot read templates") and result.stderr.count("\n") == 1


def test_templates_commands_have_help():
    for command in (["templates"], ["templates", "init"], ["templates", "check"]):
        result = runner.invoke(app, [*command, "--help"])
        assert result.exit_code == 0 and "Usage" in result.output
