"""The quiz in a terminal (rich): asks, grades, gives feedback, and hands each answer to `record` at once.

Article text is always printed literally: it goes into rich as Text or through `escape`, never as markup.
Ctrl-C or end of input at any prompt ends the quiz with the summary so far; nothing is lost, because
every answer was recorded the moment it was given.
"""

from __future__ import annotations

import os
import re
import select
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TextIO

from rich.console import Console
from rich.markup import escape
from rich.text import Text

from quizgen.model import Question
from quizgen.quiz.grading import LETTERS, Grade, grade, is_out_of_range_choice
from quizgen.quiz.session import RIGHT, SKIPPED, WRONG, Session, score_line
from quizgen.templates import fill

DEFAULT_LINES = {
    "correct": "Correct.",
    "wrong": "Not quite. The answer is: {answer}",
    "source": "From the article: {sentence}",
}
KIND_NAMES = {
    "year": "a year",
    "date": "a date",
    "number": "a number",
    "percent": "a percentage",
    "money": "an amount of money",
    "quantity": "a quantity",
    "multiplier": "a multiple (…-fold)",
    "range": "a range of years",
    "person": "a person",
    "place": "a place",
    "organisation": "an organisation",
    "name": "a name",
    "term": "a key term",
}
EXIT_INTERRUPTED = 130

Record = Callable[[Question, bool, str], None]


def _can_poll(stream: TextIO) -> bool:
    return os.name == "posix" and stream.isatty()


def _poll_line(stream: TextIO) -> str:
    """One line typed at the terminal, like input(), but a Ctrl-C is never missed.

    input() has a race: a Ctrl-C that lands after the prompt is printed but before the read starts
    goes unseen until Enter is pressed. Waiting in short select() slices lets Python act on it at once.
    The terminal's own line editing (canonical mode) still applies: a read returns one whole line.
    """
    fd = stream.fileno()
    while not select.select([fd], [], [], 0.1)[0]:
        pass
    data = os.read(fd, 65536)
    if not data:
        raise EOFError
    return data.decode(stream.encoding or "utf-8", errors="replace").rstrip("\r\n")


# 'From “Title”: ': every prompt of an article opens with it; in a list of misses it would hide the rest.
_TITLE_PREFIX = re.compile(r"^From “[^”]*”: ")


class _Quit(Exception):
    """The student typed `q`."""


@dataclass(frozen=True)
class QuizResult:
    rounds: tuple[Session, ...]
    exit_code: int


def make_console() -> Console:
    # No emoji codes (":flag:"), no auto-highlighting of numbers: the article's text is shown as it is.
    return Console(emoji=False, highlight=False)


def _answer_text(question: Question) -> str:
    if question.kind == "mcq":
        return f"{LETTERS[question.options.index(question.answer)]}. {question.answer}"
    return "; ".join(question.answers) if len(question.answers) > 1 else question.answer


def hint(question: Question, level: int) -> str:
    """The first hint names the kind of answer, the second its first letter; then there is no more."""
    if level == 1:
        return f"Hint: the answer is {KIND_NAMES.get(question.answer_kind, question.answer_kind)}."
    if level == 2:
        parts = question.answers if question.kind == "cloze" and len(question.answers) > 1 else (question.answer,)
        starts = ", ".join(f"“{part.strip()[:1]}”" for part in parts)
        return f"Hint: it starts with {starts}."
    return "No more hints: type your best guess, or s to skip."


class TerminalQuiz:
    """Runs rounds of questions on a console, reading each answer with `read` (a line from the terminal)."""

    def __init__(
        self,
        console: Console,
        title: str,
        record: Record,
        lines: Mapping[str, str] | None = None,
        read: Callable[[Text], str] | None = None,
    ) -> None:
        self.console = console
        self.title = title
        self.record = record
        self.lines = {**DEFAULT_LINES, **{k: v for k, v in (lines or {}).items() if isinstance(v, str)}}
        self.read = read or self._read_line

    def _read_line(self, prompt: Text) -> str:
        if _can_poll(sys.stdin):
            self.console.print(prompt, end="")
            return _poll_line(sys.stdin)
        typed = self.console.input(prompt)
        if not sys.stdin.isatty():  # piped answers are not echoed by a terminal: show them in the transcript
            self.console.print(Text(typed))
        return typed

    def run(self, questions: tuple[Question, ...]) -> QuizResult:
        rounds: list[Session] = []
        session = Session(questions)
        try:
            while True:
                while (question := session.current) is not None:
                    # Each answer is recorded before the session moves on: the summary never claims
                    # an answer that is not saved.
                    session = self._ask(session, question)
                rounds.append(session)
                self.summary(session)
                if not session.missed or not self._again(len(session.missed)):
                    return QuizResult(tuple(rounds), 0)
                session = session.retry_missed()
        except (_Quit, EOFError, KeyboardInterrupt) as stop:
            why = {_Quit: "Stopped.", EOFError: "End of input."}.get(type(stop), "Interrupted.")
            self.console.print()
            self.console.print(Text(f"{why} Every answer given so far is saved.", style="yellow"))
            if not rounds or rounds[-1] is not session:  # else its summary was just printed
                self.summary(session)
                rounds.append(session)
            return QuizResult(tuple(rounds), EXIT_INTERRUPTED if isinstance(stop, KeyboardInterrupt) else 0)

    def _ask(self, session: Session, question: Question) -> Session:
        console = self.console
        console.print()
        progress = f"{session.position}/{len(session.questions)} · {session.correct} correct"
        header = Text.assemble(
            (("again · " if session.round > 1 else "") + progress, "cyan"),
            "  ",
            (self.title, "bold"),
        )
        console.rule(style="dim")
        console.print(header, no_wrap=True, overflow="ellipsis")  # one line, however long the title
        console.print(Text(question.prompt))
        if question.kind == "mcq":
            for letter, option in zip(LETTERS, question.options, strict=False):
                console.print(f"  [bold]{letter}.[/bold] {escape(option)}")
            keys = f"{LETTERS[0]}–{LETTERS[len(question.options) - 1]}, ? hint, s skip, q quit"
        else:
            several = len(question.answers) > 1
            keys = ("answers separated by ; · " if several else "") + "? hint, s skip, q quit"
        prompt = Text.assemble(("Your answer", "bold"), (f" ({keys}): ", "dim"))
        hints = 0
        while True:
            typed = self.read(prompt)
            key = typed.strip()
            if key == "?":
                hints += 1
                console.print(Text(hint(question, hints), style="magenta"))
                continue
            if key.lower() == "s":
                self._skipped(question)
                return session.answered(SKIPPED, typed)
            if key.lower() == "q":
                raise _Quit
            if not key or (question.kind == "mcq" and is_out_of_range_choice(question, key)):
                console.print(Text(f"Type an answer ({keys}).", style="dim"))
                continue
            verdict = grade(question, key)
            self.record(question, verdict.correct, key)
            session = session.answered(RIGHT if verdict.correct else WRONG, key)
            self._feedback(question, verdict, key)
            return session

    def _skipped(self, question: Question) -> None:
        self.console.print(Text(f"Skipped. The answer is: {_answer_text(question)}", style="yellow"))

    def _feedback(self, question: Question, verdict: Grade, typed: str) -> None:
        values = {"answer": _answer_text(question), "sentence": question.sentence, "typed": typed}
        if verdict.correct:
            line = fill(self.lines["correct"], values)
            if "{answer}" not in self.lines["correct"]:
                line += f" ({values['answer']})"
            self.console.print(Text(line, style="bold green"))
        else:
            self.console.print(Text(fill(self.lines["wrong"], values), style="bold red"))
        self.console.print(Text(fill(self.lines["source"], values), style="dim"))

    def _again(self, missed: int) -> bool:
        self.console.print()
        items = "item" if missed == 1 else "items"
        answer = self.read(Text(f"Go over the {missed} missed {items} again now? [Y/n] ", style="bold"))
        return answer.strip().lower() in ("", "y", "yes")

    def summary(self, session: Session) -> None:
        console = self.console
        console.print()
        console.rule(style="dim")
        console.print(Text(score_line(session), style="bold"))
        for label, outcomes in (("Missed", session.missed), ("Skipped", session.skipped)):
            if outcomes:
                console.print(Text(f"{label}:", style="bold"))
                for outcome in outcomes:
                    # The answer first, then as much of the prompt as fits on the line: a list to scan.
                    line = Text.assemble(
                        "  • ",
                        (_answer_text(outcome.question), "green"),
                        "  ",
                        (" ".join(_TITLE_PREFIX.sub("", outcome.question.prompt).split()), "dim"),
                    )
                    console.print(line, no_wrap=True, overflow="ellipsis")
        unasked = len(session.questions) - len(session.outcomes)
        if unasked:
            console.print(Text(f"Not asked: {unasked}", style="dim"))
