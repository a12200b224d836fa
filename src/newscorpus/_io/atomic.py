"""Atomic file writes: write to a temporary file beside the target, then rename over it.

A reader never sees a half-written file, and a failed write leaves the old file in place. The
rules for output targets (described in ``docs/format.md``, "Output files") all live here:

* missing parent folders are created;
* a symbolic link is followed, and the file it points to is replaced (the link stays a link);
* a character device, FIFO or other non-regular file (``/dev/null``, a named pipe) is written
  in place, since renaming over it would replace the device with a file; so is a path that names
  an open file descriptor (``/dev/stdout``, ``/dev/fd/N``, ``/proc/self/fd/N``), whatever it
  points to, since the process holding it expects its output there;
* a directory is refused with an :class:`IsADirectoryError` naming the target;
* any other failure of the operating system (a full disk, a quota, an I/O error, no permission),
  whether in creating, writing, syncing or renaming the file, is a :class:`WriteError` naming
  the target (never the temporary file); a broken pipe stays a :class:`BrokenPipeError`, and an
  error of the caller's own block passes unchanged;
* a new file gets the permissions the umask allows (``0o666 & ~umask``), a replaced file keeps
  its mode;
* the temporary file is called ``.<name>.newscorpus-<pid>-<random>.tmp`` (a name too long to
  leave room for the rest is cut). It is removed when the write fails or is interrupted by an
  exception (the command line turns SIGTERM into one); one left behind by a killed process is
  removed by the next write to the same target.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import re
import secrets
import stat
from pathlib import Path
from typing import IO, TYPE_CHECKING, Final

from newscorpus._exceptions import WriteError, shown_path

if TYPE_CHECKING:
    from collections.abc import Iterator

    from _typeshed import ReadableBuffer

__all__ = [
    "TEMPORARY_MARK",
    "check_target",
    "clear_stale_temporaries",
    "open_atomic",
    "open_atomic_bytes",
    "open_for_writing",
    "write_text_atomic",
]

#: Part of every temporary file name, so that stale ones can be told from other files.
TEMPORARY_MARK: Final = ".newscorpus-"
_TEMPORARY_SUFFIX: Final = ".tmp"
#: Permissions asked for a new file; the kernel takes the umask away, as for any new file.
_NEW_FILE_MODE: Final = 0o666
_RANDOM_BYTES: Final = 6
#: The longest name of a folder entry, in bytes, on the common file systems (NAME_MAX).
_NAME_MAX: Final = 255
#: Digits of the largest process id (Linux hands out at most 2**22 = 4194304).
_PID_DIGITS: Final = 7
#: Bytes of the target's name kept in its temporary name, so that the temporary name fits in a
#: folder entry whenever the target's does: a longer name is cut (the mark still tells it).
_NAME_BYTES_KEPT: Final = (
    _NAME_MAX
    - len(".")
    - len(TEMPORARY_MARK)
    - _PID_DIGITS
    - len("-")
    - 2 * _RANDOM_BYTES
    - len(_TEMPORARY_SUFFIX)
)
#: Paths that name an open file descriptor: written in place, never resolved and replaced.
_DESCRIPTOR_PATH: Final = re.compile(
    r"/dev/(?:std(?:in|out|err)|fd/\d+)|/proc/(?:self|thread-self|\d+)/fd/\d+"
)
_CREATE_FLAGS: Final = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
#: How many random temporary names are tried before giving up (a clash is astronomically rare).
_ATTEMPTS: Final = 100


def _write_error(error: OSError, target: Path) -> WriteError:
    """``error`` as a WriteError naming the file the caller asked for, not a temporary one."""
    if isinstance(error, WriteError):
        return error
    reason = error.strerror or str(error) or type(error).__name__
    return WriteError(
        f"cannot write: {reason}",
        path=shown_path(target),
        errno=error.errno,
        strerror=error.strerror,
    )


@contextlib.contextmanager
def _naming(target: Path) -> Iterator[None]:
    """Turn an OSError of the statements inside into a WriteError naming ``target``.

    A broken pipe stays a BrokenPipeError: the reader of a pipe written in place went away
    (``-o /dev/stdout | head``), which the command line ends quietly, as for its stdout.
    """
    try:
        yield
    except BrokenPipeError:
        raise
    except OSError as error:
        raise _write_error(error, target) from error


class _TargetFile(io.FileIO):
    """A file written for ``target``: a failed write (a full disk) is a WriteError naming the
    target. Only the file's own writes are, not other errors of the block writing it (an
    input file that cannot be read while an export streams)."""

    def __init__(self, file: int | str, target: Path) -> None:
        super().__init__(file, "wb")
        self.target = target

    def write(self, data: ReadableBuffer, /) -> int:
        with _naming(self.target):
            # What FileIO.write does (one write(2), retried when a signal interrupts it).
            return os.write(self.fileno(), data)

    def close(self) -> None:
        # A network file system may report a full disk only when the file is closed.
        with _naming(self.target):
            super().close()


def _stream_for(file: int | str, target: Path) -> IO[bytes]:
    with _naming(target):
        return io.BufferedWriter(_TargetFile(file, target))


def open_for_writing(path: str | os.PathLike[str]) -> IO[bytes]:
    """``path`` opened for writing in place (created or emptied), not atomically, for writers
    of many files (a Parquet folder, a review site): a failure to open, write or close it is a
    :class:`WriteError` naming it, as for :func:`open_atomic_bytes`."""
    return _stream_for(os.fspath(path), Path(path))


def _temporary_prefix(target: Path) -> str:
    name = target.name
    encoded = os.fsencode(name)
    if len(encoded) > _NAME_BYTES_KEPT:  # cut on a character boundary
        name = encoded[:_NAME_BYTES_KEPT].decode("utf-8", "ignore")
    return f".{name}{TEMPORARY_MARK}"


def _create_temporary(target: Path) -> tuple[int, Path]:
    prefix = _temporary_prefix(target)
    for _ in range(_ATTEMPTS):
        name = f"{prefix}{os.getpid()}-{secrets.token_hex(_RANDOM_BYTES)}{_TEMPORARY_SUFFIX}"
        temporary = target.parent / name
        try:
            return os.open(temporary, _CREATE_FLAGS, _NEW_FILE_MODE), temporary
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary file name")


def _is_running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists but belongs to someone else
    return True


def clear_stale_temporaries(target: str | os.PathLike[str]) -> list[Path]:
    """Remove temporary files of earlier writes to ``target`` whose process has died.

    Only names this module makes (``.<name>.newscorpus-<pid>-<hex>.tmp``) are touched, and only
    when no process with that id runs any more. Returns the files removed.
    """
    path = Path(target)
    if os.name != "posix":  # pragma: no cover - signal 0 to test a pid is POSIX
        return []
    prefix = _temporary_prefix(path)
    removed: list[Path] = []
    try:
        candidates = [
            entry
            for entry in os.scandir(path.parent)
            if entry.name.startswith(prefix) and entry.name.endswith(_TEMPORARY_SUFFIX)
        ]
    except OSError:
        return removed
    for entry in candidates:
        pid_text = entry.name[len(prefix) :].split("-", 1)[0]
        if not pid_text.isdigit():
            continue
        pid = int(pid_text)
        if pid == os.getpid() or _is_running(pid):
            continue
        with contextlib.suppress(OSError):
            Path(entry.path).unlink()
            removed.append(Path(entry.path))
    return removed


def _existing_mode(target: Path) -> int | None:
    """The mode of what ``target`` names now, or None if nothing is there."""
    try:
        return target.stat().st_mode
    except FileNotFoundError:
        return None


@contextlib.contextmanager
def _written(file: int | str, target: Path) -> Iterator[IO[bytes]]:
    """A buffered stream writing ``file`` (a descriptor it closes, or a path) for ``target``.

    Its close, after the block, is part of the write (a network file system may report a full
    disk only then); after a failed block, a failure to close must not hide the block's error.
    """
    stream = _stream_for(file, target)
    try:
        yield stream
    except BaseException:
        with contextlib.suppress(OSError):
            stream.close()
        raise
    with _naming(target):
        stream.close()


@contextlib.contextmanager
def _open_in_place(target: Path) -> Iterator[IO[bytes]]:
    with _written(os.fspath(target), target) as stream:
        yield stream
        with _naming(target):
            stream.flush()


def _target_mode(asked: Path) -> int | None:
    """The mode of what ``asked`` names (None: nothing yet); an error if it is a directory."""
    with _naming(asked):
        mode = _existing_mode(asked)
    if mode is not None and stat.S_ISDIR(mode):
        raise IsADirectoryError(errno.EISDIR, "is a directory, not a file", str(asked))
    return mode


def check_target(path: str | os.PathLike[str]) -> None:
    """Raise now the error :func:`open_atomic` would raise for a target that is a directory,
    without writing anything: for callers with much work to do before they write."""
    _target_mode(Path(path))


@contextlib.contextmanager
def open_atomic_bytes(path: str | os.PathLike[str]) -> Iterator[IO[bytes]]:
    """Open a binary file for writing that appears at ``path`` only if the block succeeds.

    See the module docstring for devices, FIFOs, links, directories and permissions.
    """
    asked = Path(path)
    mode = _target_mode(asked)
    in_place = _DESCRIPTOR_PATH.fullmatch(os.path.abspath(asked)) is not None  # noqa: PTH100
    if in_place or (mode is not None and not stat.S_ISREG(mode)):
        with _open_in_place(asked) as stream:
            yield stream
        return
    # Follow links (chains too) so that the file behind them is replaced, not the link.
    target = Path(os.path.realpath(asked))
    with _naming(asked):
        target.parent.mkdir(parents=True, exist_ok=True)
        clear_stale_temporaries(target)
        handle, temporary = _create_temporary(target)
    try:
        with _written(handle, asked) as stream:
            if mode is not None and hasattr(os, "fchmod"):
                with _naming(asked):
                    os.fchmod(handle, stat.S_IMODE(mode))
            yield stream
            with _naming(asked):
                stream.flush()
                os.fsync(stream.fileno())
        with _naming(asked):
            temporary.replace(target)
    except BaseException:
        temporary.unlink(missing_ok=True)
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
