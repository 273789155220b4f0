"""Show banks and facts in the terminal; article text is always printed literally, never as markup."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from quizgen.model import Analysis, QuestionBank


def print_bank(bank: QuestionBank, console: Console | None = None) -> None:
    console = console or Console()
    console.print(f"[bold]{escape(bank.title or bank.slug)}[/bold] — {len(bank.questions)} questions\n")
    for number, question in enumerate(bank.questions, 1):
        label = "Multiple choice" if question.kind == "mcq" else "Cloze"
        console.print(f"[bold]{number}.[/bold] [dim]{label} · {question.answer_kind}[/dim]")
        console.print(f"   {escape(question.prompt)}")
        for letter, option in zip("ABCDEF", question.options, strict=False):
            marker = "[green]✓[/green]" if option == question.answer else " "
            console.print(f"   {marker} {letter}. {escape(option)}")
        if question.kind == "cloze":
            console.print(f"   [green]Answer:[/green] {escape(question.answer)}")
        console.print()


def print_facts(analysis: Analysis, console: Console | None = None) -> None:
    console = console or Console()
    table = Table(title=escape(analysis.document.title or analysis.document.slug))
    for column in ("#", "kind", "fact", "score", "sentence"):
        table.add_column(column)
    for fact in analysis.facts:
        table.add_row(
            str(fact.sentence.index),
            fact.span.kind,
            escape(fact.span.text),
            f"{fact.score:.2f}",
            escape(fact.sentence.text),
        )
    console.print(table)
