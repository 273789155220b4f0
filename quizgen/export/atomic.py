"""Write a file so that it is either wholly new or untouched: temporary file, fsync, rename."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from quizgen.errors import QuizgenError


def write_atomically(path: str | Path, write: Callable[[Path], None]) -> None:
    """Call `write(tmp_path)` to fill a temporary file beside `path`, then move it into place.

    If `write` fails, or the run is interrupted, the temporary file is removed and whatever was at
    `path` before is left exactly as it was.
    """
    path = Path(path)
    if path.is_symlink():
        path = path.resolve()  # replace the file the link points to, and keep the user's link
    if path.exists() and not path.is_file() and not path.is_dir():
        _write_through(path, write)  # /dev/null, /dev/stdout, a named pipe: nothing to replace
        return
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise QuizgenError(f"{folder}: output folder does not exist")
    if path.is_dir():
        raise QuizgenError(f"{path}: is a directory; give a file name to write")
    try:
        handle, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise QuizgenError(f"{folder}: cannot write here ({error.strerror})") from None
    os.close(handle)
    tmp_path = Path(tmp_name)
    try:
        write(tmp_path)
        with open(tmp_path, "rb+") as written:
            os.fsync(written.fileno())
        os.chmod(tmp_path, 0o644)
        os.replace(tmp_path, path)
    except OSError as error:
        raise QuizgenError(f"{path}: cannot be written ({error.strerror})") from None
    finally:
        tmp_path.unlink(missing_ok=True)


def _write_through(path: Path, write: Callable[[Path], None]) -> None:
    """Fill a private temporary file, then stream it into a device or pipe (renaming over one would
    replace the device itself)."""
    with tempfile.TemporaryDirectory(prefix="quizgen-") as folder:
        tmp_path = Path(folder) / path.name
        write(tmp_path)
        try:
            with open(tmp_path, "rb") as source, open(path, "wb") as target:
                while chunk := source.read(1 << 20):
                    target.write(chunk)
        except OSError as error:
            raise QuizgenError(f"{path}: cannot be written ({error.strerror})") from None


def write_text_atomically(path: str | Path, text: str) -> None:
    write_atomically(path, lambda tmp: tmp.write_text(text, encoding="utf-8", newline=""))
