"""The real `quizgen quiz` and `quizgen stats` commands, driven in a pseudo-terminal with pexpect."""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pexpect
import pytest

from quizgen.model import Question, QuestionBank

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
PROMPT = "Your answer"
ENV = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200", "LINES": "50", "PYTHONUNBUFFERED": "1"}

MCQ = Question(
    id="spend",
    kind="mcq",
    prompt="South Korean joint defence spending in 2019 was increased by _____.",
    answer="8.2%",
    answer_kind="percent",
    sentence="Thus, South Korean joint defence spending in 2019 has been increased by 8.2%, to 1.04 trillion won.",
    sentence_index=7,
    options=("5.1%", "8.2%", "13%", "20%"),
)
SIGNED = Question(
    id="signed",
    kind="cloze",
    prompt="The agreement on mutual defence assistance was signed on _____ [date].",
    answer="26 January 1950",
    answer_kind="date",
    sentence="The terms are governed by an agreement on mutual defence assistance signed on 26 January 1950.",
    sentence_index=14,
    cloze="The terms are governed by an agreement signed on {{c1::26 January 1950}}.",
    answers=("26 January 1950",),
)
TRUMP = Question(
    id="trump",
    kind="cloze",
    prompt="The deal failed due to the opposition of [bold]US President[/bold] _____ [person].",
    answer="Donald Trump",
    answer_kind="person",
    sentence="The final agreement was not reached due to the opposition of the then US President Donald Trump.",
    sentence_index=12,
    cloze="… the then US President {{c1::Donald Trump}}.",
    answers=("Donald Trump",),
)
WAR = Question(
    id="war",
    kind="cloze",
    prompt="US troops have been in South Korea since the Korean War (_____).",
    answer="1950-1953",
    answer_kind="range",
    sentence="US troops have been in South Korea since the Korean War (1950-1953).",
    sentence_index=13,
    cloze="US troops have been in South Korea since the Korean War ({{c1::1950-1953}}).",
    answers=("1950-1953",),
)
QUESTIONS = (MCQ, SIGNED, TRUMP, WAR)
RIGHT = {"spend": "b", "signed": "26 January 1950", "trump": "donald trump", "war": "1950–1953"}


@pytest.fixture
def bank(tmp_path: Path) -> Path:
    path = tmp_path / "korea.json"
    bank = QuestionBank(title="US troops [Korea]", slug="us-troops-korea", sha256="0" * 64, questions=QUESTIONS)
    path.write_text(json.dumps(bank.to_dict()), encoding="utf-8")
    return path


def spawn(*args: str | Path) -> pexpect.spawn:
    command = [sys.executable, "-m", "quizgen", *map(str, args)]
    return pexpect.spawn(command[0], command[1:], env=ENV, encoding="utf-8", timeout=20, dimensions=(50, 200))


def seen(child: pexpect.spawn) -> str:
    """Everything the child printed so far, without colour codes."""
    return ANSI.sub("", child.before or "")


def finish(child: pexpect.spawn) -> tuple[str, int]:
    child.expect(pexpect.EOF)
    child.close()
    code = child.exitstatus if child.exitstatus is not None else -child.signalstatus
    return ANSI.sub("", child.before), code


def answer(child: pexpect.spawn, text: str) -> None:
    child.expect(PROMPT)
    child.sendline(text)


def reviews(progress: Path) -> list[tuple[str, int, str]]:
    with sqlite3.connect(progress) as db:
        return db.execute("SELECT question_id, correct, typed FROM reviews ORDER BY id").fetchall()


def test_answering_everything_right_shows_the_full_score(bank, tmp_path):
    child = spawn("quiz", bank, "--progress", tmp_path / "p.sqlite3")
    child.expect("1/4 · 0 correct")
    child.expect("US troops \\[Korea\\]")
    assert ANSI.sub("", child.before) == "  "  # the header: progress, then the title
    for question in QUESTIONS:
        answer(child, RIGHT[question.id])
        child.expect("Correct")
    output, code = finish(child)
    assert "Score: 4/4 (100%)" in output
    assert "Missed" not in output and "Traceback" not in output
    assert code == 0


def test_a_wrong_answer_shows_the_correct_one_and_the_source_sentence(bank, tmp_path):
    child = spawn("quiz", bank, "--progress", tmp_path / "p.sqlite3", "--count", "2")
    answer(child, "c")
    child.expect("The answer is: B. 8.2%")
    child.expect("From the article: Thus, South Korean joint defence spending in 2019")
    answer(child, "26 January 1951")
    child.expect("The answer is: 26 January 1950")
    child.expect("Score: 0/2 \\(0%\\)")
    child.expect("Missed:")
    child.expect("Go over the 2 missed items again now")
    child.sendline("n")
    _, code = finish(child)
    assert code == 0


def test_missed_items_can_be_gone_over_again_at_once(bank, tmp_path):
    progress = tmp_path / "p.sqlite3"
    child = spawn("quiz", bank, "--progress", progress, "--count", "2")
    answer(child, "a")
    answer(child, RIGHT["signed"])
    child.expect("Go over the 1 missed item again now")
    child.sendline("")
    child.expect("again · 1/1 · 0 correct")
    child.expect("South Korean joint defence spending")
    answer(child, "8.2 %")
    child.expect("Correct")
    child.expect("Score: 1/1 \\(100%\\)")
    output, code = finish(child)
    assert code == 0
    assert reviews(progress) == [("spend", 0, "a"), ("signed", 1, "26 January 1950"), ("spend", 1, "8.2 %")]


def test_article_text_with_markup_is_printed_literally(bank, tmp_path):
    child = spawn("quiz", bank, "--progress", tmp_path / "p.sqlite3", "--kinds", "cloze", "--count", "2")
    answer(child, "s")
    child.expect(PROMPT)
    assert "opposition of [bold]US President[/bold] _____ [person]." in seen(child)
    child.sendline("q")
    output, code = finish(child)
    assert "Skipped" in output and code == 0


def test_hints_give_the_kind_then_the_first_letter(bank, tmp_path):
    child = spawn("quiz", bank, "--progress", tmp_path / "p.sqlite3", "--kinds", "cloze", "--count", "1")
    answer(child, "?")
    child.expect("Hint: the answer is a date.")
    answer(child, "?")
    child.expect("Hint: it starts with “2”.")
    answer(child, "q")
    output, code = finish(child)
    assert "Score: 0/0" in output and code == 0


def test_ctrl_c_keeps_the_answers_given_and_prints_the_summary(bank, tmp_path):
    progress = tmp_path / "p.sqlite3"
    child = spawn("quiz", bank, "--progress", progress)
    answer(child, "b")
    answer(child, "26 January 1951")
    child.expect(PROMPT)
    child.sendintr()
    output, code = finish(child)
    assert "Interrupted. Every answer given so far is saved." in output
    assert "Score: 1/2 (50%)" in output
    assert "Traceback" not in output and "KeyboardInterrupt" not in output
    assert code == 130
    assert reviews(progress) == [("spend", 1, "b"), ("signed", 0, "26 January 1951")]


def test_ctrl_c_at_the_go_over_again_prompt_exits_cleanly_without_repeating_the_summary(bank, tmp_path):
    child = spawn("quiz", bank, "--progress", tmp_path / "p.sqlite3", "--count", "1")
    answer(child, "a")
    child.expect("Go over the 1 missed item again now\\? \\[Y/n\\] ")
    child.sendintr()
    output, code = finish(child)
    assert "Interrupted. Every answer given so far is saved." in output
    assert "Score" not in output and "Traceback" not in output and code == 130


def test_end_of_input_at_a_prompt_ends_the_quiz_cleanly(bank, tmp_path):
    progress = tmp_path / "p.sqlite3"
    child = spawn("quiz", bank, "--progress", progress)
    answer(child, "b")
    child.expect(PROMPT)
    child.sendeof()
    output, code = finish(child)
    assert "End of input." in output and "Score: 1/1 (100%)" in output
    assert "Traceback" not in output and code == 0


def test_kill_9_mid_quiz_keeps_every_answered_item(bank, tmp_path):
    progress = tmp_path / "p.sqlite3"
    child = spawn("quiz", bank, "--progress", progress)
    answer(child, "b")
    answer(child, "26 January 1950")
    answer(child, "Donald Duck")
    child.expect(PROMPT)
    child.kill(signal.SIGKILL)
    child.expect(pexpect.EOF)
    child.close()
    assert child.signalstatus == signal.SIGKILL
    assert reviews(progress) == [("spend", 1, "b"), ("signed", 1, "26 January 1950"), ("trump", 0, "Donald Duck")]


def test_after_a_session_with_misses_due_asks_the_missed_items_first(bank, tmp_path):
    progress = tmp_path / "p.sqlite3"
    child = spawn("quiz", bank, "--progress", progress, "--count", "3")
    answer(child, "b")
    answer(child, "1951")
    answer(child, "Donald Duck")
    child.expect("Go over")
    child.sendline("n")
    finish(child)

    child = spawn("quiz", bank, "--progress", progress, "--due")
    child.expect(PROMPT)
    first = seen(child)
    assert "1/3 · 0 correct" in first  # the two missed, then the one never asked; not the known one
    assert "signed on _____ [date]" in first
    answer_text = RIGHT["signed"]
    child.sendline(answer_text)
    child.expect(PROMPT)
    assert "opposition of [bold]US President[/bold]" in seen(child)
    child.sendline(RIGHT["trump"])
    child.expect(PROMPT)
    assert "since the Korean War" in seen(child)
    child.sendline(RIGHT["war"])
    output, code = finish(child)
    assert "Score: 3/3 (100%)" in output and code == 0


def test_a_corrupt_progress_file_gives_one_clear_line_and_is_left_alone(bank, tmp_path):
    progress = tmp_path / "progress.sqlite3"
    progress.write_bytes(b"\x00garbage, not a database" * 50)
    before = progress.read_bytes()
    child = spawn("quiz", bank, "--progress", progress)
    output, code = finish(child)
    assert code == 1
    lines = [line for line in output.splitlines() if line.strip()]
    assert lines == [
        f"Error: {progress}: progress file cannot be used (not an sqlite database); it was left as it is. "
        "Move it away to start afresh, or pass --progress OTHER_FILE"
    ]
    assert progress.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["korea.json", "progress.sqlite3"]


def test_two_quizzes_at_once_on_one_progress_file_keep_every_answer(bank, tmp_path):
    progress = tmp_path / "p.sqlite3"
    first = spawn("quiz", bank, "--progress", progress)
    second = spawn("quiz", bank, "--progress", progress, "--seed", "3")
    for _ in range(4):  # interleaved: one answer each, turn about
        answer(first, "x 1")
        answer(second, "x 2")
    first.expect("Go over")
    second.expect("Go over")
    first.sendline("n")
    second.sendline("n")
    assert finish(first)[1] == 0 and finish(second)[1] == 0
    saved = reviews(progress)
    assert sorted(typed for _, _, typed in saved) == ["x 1"] * 4 + ["x 2"] * 4
    with sqlite3.connect(progress) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("SELECT sum(reviews) FROM cards").fetchone()[0] == 8


def test_answers_piped_on_standard_input_work_without_a_terminal(bank, tmp_path):
    progress = tmp_path / "p.sqlite3"
    result = subprocess.run(
        [sys.executable, "-m", "quizgen", "quiz", str(bank), "--progress", str(progress), "--count", "2"],
        input="B\n26 January 1950\n",
        capture_output=True,
        text=True,
        env=ENV,
        timeout=30,
    )
    assert result.returncode == 0, result.stderr
    assert "Score: 2/2 (100%)" in result.stdout
    assert "Your answer (A–D, ? hint, s skip, q quit): B" in result.stdout  # the transcript shows the answer
    assert result.stderr == ""
    assert len(reviews(progress)) == 2


def test_stats_show_items_seen_due_and_accuracy_per_source(bank, tmp_path):
    progress = tmp_path / "p.sqlite3"
    subprocess.run(
        [sys.executable, "-m", "quizgen", "quiz", str(bank), "--progress", str(progress), "--count", "3"],
        input="b\n1951\ndonald trump\nn\n",
        capture_output=True,
        text=True,
        env=ENV,
        timeout=30,
        check=True,
    )
    result = subprocess.run(
        [sys.executable, "-m", "quizgen", "stats", "--progress", str(progress)],
        capture_output=True,
        text=True,
        env=ENV,
        timeout=30,
    )
    assert result.returncode == 0
    row = next(line for line in result.stdout.splitlines() if "US troops [Korea]" in line)
    assert re.sub(r"[│┃|]", " ", row).split()[-6:] == ["[Korea]", "4", "3", "0", "67%", "(2/3)"]


def test_the_default_progress_file_lives_in_the_user_data_folder(bank, tmp_path):
    env = {**ENV, "XDG_DATA_HOME": str(tmp_path / "data")}
    result = subprocess.run(
        [sys.executable, "-m", "quizgen", "quiz", str(bank), "--count", "1"],
        input="b\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=30,
    )
    assert result.returncode == 0, result.stderr
    assert reviews(tmp_path / "data" / "quizgen" / "progress.sqlite3") == [("spend", 1, "b")]


def test_a_bank_from_a_newer_quizgen_is_refused_with_one_line(tmp_path):
    path = tmp_path / "future.json"
    path.write_text(json.dumps({"format": "quizgen-bank", "version": 2, "source": {}, "questions": []}))
    result = subprocess.run(
        [sys.executable, "-m", "quizgen", "quiz", str(path), "--progress", str(tmp_path / "p.sqlite3")],
        capture_output=True,
        text=True,
        env=ENV,
        timeout=30,
    )
    assert result.returncode == 1
    assert result.stderr.startswith(f"Error: {path}: bank version 2 is newer") and result.stderr.count("\n") == 1


def run_quiz(*args: str | Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "quizgen", *map(str, args)]
    return subprocess.run(command, input=stdin, capture_output=True, text=True, env=ENV, timeout=30)


def test_feedback_lines_come_from_the_template_set(bank, tmp_path):
    templates = tmp_path / "mine.yaml"
    templates.write_text(
        'quiz:\n  correct: "Well done: {answer}!"\n  wrong: "No: you typed {typed}, it is {answer}."\n'
        '  source: "Source: {sentence}"\n',
        encoding="utf-8",
    )
    result = run_quiz(
        "quiz",
        bank,
        "--progress",
        tmp_path / "p.sqlite3",
        "--count",
        "2",
        "--templates",
        templates,
        stdin="b\n1951\nn\n",
    )
    assert result.returncode == 0, result.stderr
    assert "Well done: B. 8.2%!" in result.stdout
    assert "No: you typed 1951, it is 26 January 1950." in result.stdout
    assert "Source: Thus, South Korean joint defence spending" in result.stdout


def test_kinds_limits_the_items_and_a_bad_kind_is_a_usage_error(bank, tmp_path):
    result = run_quiz("quiz", bank, "--progress", tmp_path / "p.sqlite3", "--kinds", "mcq", stdin="b\n")
    assert "Score: 1/1 (100%)" in result.stdout and result.returncode == 0
    result = run_quiz("quiz", bank, "--progress", tmp_path / "p.sqlite3", "--kinds", "essay")
    assert result.returncode == 2 and "unknown kind 'essay'; choose from mcq, cloze" in result.stderr


def test_a_section_with_no_questions_is_a_one_line_error(bank, tmp_path):
    result = run_quiz("quiz", bank, "--progress", tmp_path / "p.sqlite3", "--section", "Chapter 9")
    assert result.returncode == 1
    assert result.stderr == f"Error: {bank}: no questions in section 'Chapter 9' (sections: none)\n"


def test_due_says_so_when_nothing_is_due(bank, tmp_path):
    progress = tmp_path / "p.sqlite3"
    run_quiz("quiz", bank, "--progress", progress, stdin="b\n26 January 1950\nDonald Trump\n1950-1953\n")
    result = run_quiz("quiz", bank, "--progress", progress, "--due")
    assert result.returncode == 0
    assert result.stdout.startswith("Nothing is due now in 'US troops [Korea]'; the next is due ")


def test_stats_without_a_progress_file_says_there_is_none_yet_and_creates_nothing(tmp_path):
    result = run_quiz("stats", "--progress", tmp_path / "none.sqlite3")
    assert result.returncode == 0
    assert "No progress yet" in result.stdout
    assert list(tmp_path.iterdir()) == []


def test_a_quiz_on_the_sample_article_answered_right_scores_full_marks(tmp_path):
    import quizgen
    from quizgen.quiz.session import choose
    from quizgen.quiz.terminal import LETTERS

    article = Path(__file__).resolve().parents[1] / "source" / "us-troops-korea.txt"
    asked = choose(quizgen.generate(article).questions, count=5)
    assert len(asked) == 5
    child = spawn("quiz", article, "--progress", tmp_path / "p.sqlite3", "--count", "5")
    for question in asked:
        child.expect(PROMPT)
        assert " ".join(question.prompt.split()[:4]) in " ".join(seen(child).split())
        if question.kind == "mcq":
            child.sendline(LETTERS[question.options.index(question.answer)].lower())
        else:
            child.sendline("; ".join(question.answers))
        child.expect("Correct")
    output, code = finish(child)
    assert "Score: 5/5 (100%)" in output and code == 0
    with sqlite3.connect(tmp_path / "p.sqlite3") as db:
        assert db.execute("SELECT DISTINCT slug FROM cards").fetchall() == [("us-troops-korea",)]


def test_the_list_of_misses_shows_each_prompt_without_the_title_every_prompt_opens_with(tmp_path):
    sample = Path(__file__).resolve().parents[1] / "source" / "us-troops-korea.txt"
    result = subprocess.run(
        [sys.executable, "-m", "quizgen", "quiz", str(sample), "--count", "2", "--progress", str(tmp_path / "p")],
        input="zzz\nzzz\nn\n", capture_output=True, text=True, env=ENV, timeout=120,
    )
    missed = result.stdout.split("Missed:")[1].splitlines()[1:3]
    assert [line.split("  ")[1].removeprefix("• ") for line in missed] == ["Korean Peninsula", "Donna Welton"]
    assert all("From “" not in line and "The " in line for line in missed), missed
