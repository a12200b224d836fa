"""Every error and warning that newscorpus raises.

All errors derive from :class:`NewsCorpusError`; those caused by bad input also derive from
:class:`ValueError`, and one of writing a file from :class:`OSError`, so ``except ValueError``
and ``except OSError`` keep working for callers who do not know this library. Each error can
carry the file, line and column it is about and shows them in its message, compiler style:
``path:line:column: message``.
"""

from __future__ import annotations

import os
from typing import Any

__all__ = [
    "AliasTableError",
    "ArchiveError",
    "ArchiveMemberError",
    "CorpusLookupError",
    "DateParseError",
    "DecodeError",
    "DuplicateArticleError",
    "GoldFormatError",
    "LexiconError",
    "MetadataError",
    "MetadataWarning",
    "ModelError",
    "NewsCorpusError",
    "NewsCorpusWarning",
    "QueryError",
    "RecordError",
    "SeedFormatError",
    "UnsupportedLanguageError",
    "WriteError",
    "format_location",
    "shown_path",
]


def format_location(path: str | None, line: int | None, column: int | None) -> str:
    """Return ``path:line:column`` with the parts that are known, or ``""``."""
    parts: list[str] = []
    if path is not None:
        parts.append(path)
    if line is not None:
        parts.append(str(line))
        if column is not None:
            parts.append(str(column))
    return ":".join(parts)


def shown_path(location: str | os.PathLike[str]) -> str:
    """``location`` as valid text for a message or report: the bytes of a file name that are not
    UTF-8 (surrogates in Python, as the operating system's names decode) are shown as ``\\xNN``.
    The readers of articles and of gold data name files with it alike."""
    text = os.fspath(location)
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate no file name decodes to: shown as its code
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


class NewsCorpusError(Exception):
    """Base class of every error newscorpus raises.

    ``path``, ``line`` (1-based) and ``column`` (1-based) say where the problem is, when known;
    ``reason`` is the message without the location.
    """

    def __init__(
        self,
        reason: str,
        *,
        path: str | None = None,
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        self.reason = reason
        self.path = path
        self.line = line
        self.column = column
        location = format_location(path, line, column)
        super().__init__(f"{location}: {reason}" if location else reason)

    def __reduce__(self) -> tuple[Any, ...]:
        # Keyword-only arguments are not in self.args: keep errors picklable across processes.
        return (
            _rebuild_error,
            (type(self), self.reason, self.path, self.line, self.column),
        )


def _rebuild_error(
    cls: type[NewsCorpusError],
    reason: str,
    path: str | None,
    line: int | None,
    column: int | None,
) -> NewsCorpusError:
    return cls(reason, path=path, line=line, column=column)


class ModelError(NewsCorpusError, ValueError):
    """A model object would break an invariant (a span outside its text, a slice that differs)."""


class SeedFormatError(NewsCorpusError, ValueError):
    """A file does not follow the seed format (empty, no blank second line, binary, ...)."""


class DecodeError(SeedFormatError):
    """A file's bytes cannot be decoded as text."""


class ArchiveError(NewsCorpusError, ValueError):
    """An archive (zip, tar) cannot be opened or is damaged as a whole."""


class ArchiveMemberError(ArchiveError):
    """One archive member is refused or unreadable.

    Its name is unsafe (absolute, or climbing out with ``..``), it is not a regular file, or it
    fails to decompress.
    """


class MetadataError(NewsCorpusError, ValueError):
    """A metadata sidecar (JSONL or CSV) has a malformed row."""


class DateParseError(NewsCorpusError, ValueError):
    """A date string could not be understood."""


class RecordError(NewsCorpusError, ValueError):
    """A JSON record cannot be loaded into a model object.

    ``field`` is the path of the offending field inside the record (``quotes[2].span.end``), or
    ``None`` when the record as a whole is broken (not JSON, not an object).
    """

    def __init__(
        self,
        reason: str,
        *,
        field: str | None = None,
        path: str | None = None,
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        self.field = field
        super().__init__(
            f"field {field!r}: {reason}" if field else reason,
            path=path,
            line=line,
            column=column,
        )
        self.reason = reason

    def __reduce__(self) -> tuple[Any, ...]:
        return (
            _rebuild_record_error,
            (type(self), self.reason, self.field, self.path, self.line, self.column),
        )


def _rebuild_record_error(
    cls: type[RecordError],
    reason: str,
    field: str | None,
    path: str | None,
    line: int | None,
    column: int | None,
) -> RecordError:
    return cls(reason, field=field, path=path, line=line, column=column)


class QueryError(NewsCorpusError, ValueError):
    """A query was given an argument it does not accept (an unknown kind or group key, ...)."""


class DuplicateArticleError(NewsCorpusError, ValueError):
    """Two articles given to one corpus have the same id."""


class CorpusLookupError(NewsCorpusError, LookupError):
    """A lookup found nothing (an unknown article id) or more than one thing (a speaker)."""


class AliasTableError(NewsCorpusError, ValueError):
    """An alias table is malformed or lists one name under two speakers."""


class GoldFormatError(NewsCorpusError, ValueError):
    """A gold-standard file for ``evaluate`` is not in a format newscorpus reads."""


class UnsupportedLanguageError(NewsCorpusError, ValueError):
    """Extraction was asked for a language that has no registered bundle.

    The message names the supported languages (see ``newscorpus.supported_languages()``).
    """


class LexiconError(NewsCorpusError, ValueError):
    """A lexicon file is broken: a malformed entry, an unknown flag, a missing file."""


class WriteError(NewsCorpusError, OSError):
    """An output file cannot be written: a full disk (``ENOSPC``), a quota, an I/O error, a
    folder without write permission.

    ``path`` is the file the caller asked for, never the temporary file written beside it;
    ``errno`` and ``strerror`` are the operating system's (``errno.ENOSPC``, "No space left on
    device"), and ``filename`` is ``path``, as for any :class:`OSError`.
    """

    def __init__(
        self,
        reason: str,
        *,
        path: str | None = None,
        line: int | None = None,
        column: int | None = None,
        errno: int | None = None,
        strerror: str | None = None,
    ) -> None:
        super().__init__(reason, path=path, line=line, column=column)
        self.errno = errno
        self.strerror = strerror
        self.filename = path

    def __str__(self) -> str:
        # The message as every NewsCorpusError shows it, not OSError's "[Errno 28] ...".
        return str(self.args[0])

    def __reduce__(self) -> tuple[Any, ...]:
        return (
            _rebuild_write_error,
            (type(self), self.reason, self.path, self.line, self.column, self.errno, self.strerror),
        )


def _rebuild_write_error(
    cls: type[WriteError],
    reason: str,
    path: str | None,
    line: int | None,
    column: int | None,
    errno: int | None,
    strerror: str | None,
) -> WriteError:
    return cls(reason, path=path, line=line, column=column, errno=errno, strerror=strerror)


class NewsCorpusWarning(UserWarning):
    """A problem newscorpus worked around because the caller asked it to keep going.

    ``path`` and ``line`` say where, when known.
    """

    def __init__(
        self,
        reason: str,
        *,
        path: str | None = None,
        line: int | None = None,
    ) -> None:
        self.reason = reason
        self.path = path
        self.line = line
        location = format_location(path, line, None)
        super().__init__(f"{location}: {reason}" if location else reason)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild_warning, (type(self), self.reason, self.path, self.line))


def _rebuild_warning(
    cls: type[NewsCorpusWarning],
    reason: str,
    path: str | None,
    line: int | None,
) -> NewsCorpusWarning:
    return cls(reason, path=path, line=line)


class MetadataWarning(NewsCorpusWarning):
    """A metadata sidecar row that matched no article read (a typo in its id, a missing file).

    Issued by :func:`newscorpus.iter_articles` with ``errors="warn"`` once all files are read;
    ``path`` and ``line`` name the row.
    """
