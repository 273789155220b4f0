"""Write a file so that it is either wholly new or untouched: temporary file, fsync, rename."""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

from quizgen.errors import QuizgenError


def check_writable(path: str | Path) -> None:
    """Raise a QuizgenError now if `path` could not be written, before any slow work is done for it."""
    path = _target(Path(path))
    if _is_device(path):
        return
    tmp_path = _temporary_beside(path)
    tmp_path.unlink(missing_ok=True)


def write_atomically(path: str | Path, write: Callable[[Path], None]) -> None:
    """Call `write(tmp_path)` to fill a temporary file beside `path`, then move it into place.

    If `write` fails, or the run is interrupted (Ctrl-C; SIGTERM too, through the CLI), the temporary file
    is removed and whatever was at `path` before is left exactly as it was. A file that is replaced keeps
    its permissions.
    """
    path = _target(Path(path))
    if _is_device(path):
        _write_through(path, write)  # /dev/null, /dev/stdout, a named pipe: nothing to replace
        return
    tmp_path = _temporary_beside(path)
    try:
        write(tmp_path)
        with open(tmp_path, "rb+") as written:
            os.fsync(written.fileno())
        os.chmod(tmp_path, _mode_for(path))
        os.replace(tmp_path, path)
        _sync_folder(tmp_path.parent)
    except OSError as error:
        raise QuizgenError(f"{path}: cannot be written ({error.strerror or error})") from None
    finally:
        tmp_path.unlink(missing_ok=True)


def _target(path: Path) -> Path:
    """The file a symlink points to: it is replaced, and the user's link kept."""
    return path.resolve() if path.is_symlink() else path


def _is_device(path: Path) -> bool:
    return path.exists() and not path.is_file() and not path.is_dir()


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


def _temporary_beside(path: Path) -> Path:
    """An empty temporary file in `path`'s folder (same file system, so the rename is atomic)."""
    folder = path.parent if str(path.parent) else Path(".")
    blocking = next((step for step in (folder, *folder.parents) if step.is_file()), None)
    if blocking is not None:
        raise QuizgenError(f"{blocking}: is a file, not a folder; cannot write {path}")
    if not folder.is_dir():
        raise QuizgenError(f"{folder}: output folder does not exist")
    if path.is_dir():
        raise QuizgenError(f"{path}: is a directory; give a file name to write")
    try:
        handle, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise QuizgenError(f"{folder}: cannot write here ({error.strerror or error})") from None
    os.close(handle)
    return Path(tmp_name)


def _mode_for(path: Path) -> int:
    """The permissions of the file being replaced, else rw-r--r-- (mkstemp's 0600 would hide a new deck)."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return 0o644


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable; some file systems cannot fsync a folder, which is harmless."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def write_text_atomically(path: str | Path, text: str) -> None:
    write_atomically(path, lambda tmp: tmp.write_text(text, encoding="utf-8", newline=""))
