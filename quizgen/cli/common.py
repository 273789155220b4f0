"""What every command shares: one way to report errors, one console for messages."""

from __future__ import annotations

import contextlib
import functools
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import typer

from quizgen.errors import QuizgenError

F = TypeVar("F", bound=Callable[..., Any])


def fail(message: str) -> typer.Exit:
    """Print `Error: message` on standard error as one line and return the exit to raise."""
    one_line = " ".join(message.split())
    print(f"Error: {one_line}", file=sys.stderr)
    return typer.Exit(1)


def reports_errors(command: F) -> F:
    """Turn the core's QuizgenError (and, as a last resort, any bug) into one line and exit 1."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            with _terminate_as_interrupt():
                return command(*args, **kwargs)
        except QuizgenError as error:
            raise fail(str(error)) from None
        except KeyboardInterrupt:
            print("Interrupted.", file=sys.stderr)
            raise typer.Exit(130) from None
        except BrokenPipeError:
            # The reader of our output went away (`quizgen … -o - | head`): stop quietly, as Unix tools do.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise typer.Exit(141) from None
        except (typer.Exit, typer.Abort, SystemExit):
            raise
        except Exception as error:  # a bug: still one line, with a way to see the traceback
            if os.environ.get("QUIZGEN_DEBUG"):
                raise
            raise fail(
                f"internal error: {type(error).__name__}: {error} "
                "(set QUIZGEN_DEBUG=1 for details and please report it)"
            ) from None

    return wrapper  # type: ignore[return-value]


@contextlib.contextmanager
def _terminate_as_interrupt() -> Iterator[None]:
    """SIGTERM (`kill`, a closing terminal) unwinds like Ctrl-C, so temporary files are removed and answers kept.

    Python's default for SIGTERM ends the process on the spot, skipping every `finally`.
    """
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may set signal handlers (a test runner's worker thread)
        return
    previous = signal.getsignal(signal.SIGTERM)
    signal.signal(signal.SIGTERM, _raise_interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _raise_interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt
