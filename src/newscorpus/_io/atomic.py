"""Atomic file writes: write to a temporary file beside the target, then rename over it.

A reader never sees a half-written file, and a failed write leaves the old file in place.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["open_atomic", "open_atomic_bytes", "write_text_atomic"]


@contextlib.contextmanager
def open_atomic_bytes(path: str | os.PathLike[str]) -> Iterator[IO[bytes]]:
    """Open a binary file for writing that appears at ``path`` only if the block succeeds."""
    target = Path(path)
    try:
        handle, temporary = tempfile.mkstemp(
            dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
        )
    except OSError as error:
        # Name the file the caller asked for, not our temporary name beside it.
        raise type(error)(error.errno, error.strerror, str(target)) from error
    try:
        with os.fdopen(handle, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        Path(temporary).replace(target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


@contextlib.contextmanager
def open_atomic(path: str | os.PathLike[str], *, newline: str | None = None) -> Iterator[IO[str]]:
    """Open a UTF-8 text file for writing that appears at ``path`` only if the block succeeds."""
    with open_atomic_bytes(path) as raw, _text(raw, newline) as stream:
        yield stream


@contextlib.contextmanager
def _text(raw: IO[bytes], newline: str | None) -> Iterator[IO[str]]:
    import io  # noqa: PLC0415 - only this helper wraps streams

    stream = io.TextIOWrapper(raw, encoding="utf-8", newline=newline, write_through=False)
    try:
        yield stream
        stream.flush()
    finally:
        stream.detach()


def write_text_atomic(path: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` to ``path`` as UTF-8 with ``\\n`` line ends, atomically."""
    with open_atomic(path, newline="\n") as stream:
        stream.write(text)
