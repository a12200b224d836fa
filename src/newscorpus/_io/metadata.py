"""Metadata sidecars: a JSONL or CSV file that gives each article its date, source and language.

A sidecar has one row per article, keyed by the article's ``id`` or by its seed ``file`` name
(``000_266daebb3b7432db.txt``, from which the id is taken). Recognised fields: ``date`` or
``published`` (parsed by :func:`newscorpus._io.dates.parse_date`), ``source`` or its alias ``url``,
``language`` and ``outlet``. Other fields are ignored; empty values count as absent.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any, Final

import attrs

from newscorpus._exceptions import DateParseError, MetadataError, ModelError
from newscorpus._io.dates import parse_date
from newscorpus._io.jsonkeys import KeyGivenTwice, object_with_unique_keys
from newscorpus._model import check_language

if TYPE_CHECKING:
    import os
    from collections.abc import Callable, Iterator, Mapping

__all__ = [
    "ArticleMetadata",
    "SidecarRows",
    "read_metadata",
    "read_sidecar_rows",
    "split_file_name",
]

_SEED_FILE_NAME: Final = re.compile(r"(?:(\d+)_)?([0-9a-f]{16})\.txt")

#: Each recognised field and its aliases; a row may use only one name per field.
_FIELDS: Final[dict[str, tuple[str, ...]]] = {
    "published": ("published", "date"),
    "source": ("source", "url"),
    "language": ("language",),
    "outlet": ("outlet",),
}


def split_file_name(name: str) -> tuple[int | None, str] | None:
    """``(index, id)`` from a seed file name ``NNN_<16 hex>.txt`` or ``<16 hex>.txt``, else None.

    Only the last component of a path counts: ``"corpus/007_0123456789abcdef.txt"`` gives
    ``(7, "0123456789abcdef")``.
    """
    match = _SEED_FILE_NAME.fullmatch(_base_name(name))
    if match is None:
        return None
    index, article_id = match.groups()
    return (int(index) if index is not None else None), article_id


def article_id_from_file_name(name: str) -> str:
    """The article id a file name stands for: the id in a seed name, otherwise the stem."""
    split = split_file_name(name)
    if split is not None:
        return split[1]
    return PurePath(_base_name(name)).stem


def _base_name(name: str) -> str:
    return name.replace("\\", "/").rsplit("/", 1)[-1]


@attrs.frozen(kw_only=True)
class ArticleMetadata:
    """What a sidecar says about one article; ``None`` means it says nothing about that field."""

    published: dt.date | dt.datetime | None = None
    source: str | None = None
    language: str | None = attrs.field(default=None, validator=check_language)
    outlet: str | None = None


def read_metadata(path: str | os.PathLike[str]) -> dict[str, ArticleMetadata]:
    """Read a ``.jsonl`` or ``.csv`` sidecar into a dict keyed by article id.

    Raises :class:`MetadataError` naming the file and line for a malformed row: broken JSON
    (including integers of more than 4,300 digits, rows nested too deeply to read and a key
    given twice in one object), a row that is not an object, a row without ``id`` or ``file``,
    a CSV header that names a column twice, a CSV row with more fields than its header, a field
    given twice under two names, a value of the wrong type, a bad date or
    language, or an id given twice.
    """
    return read_sidecar_rows(path).table


@attrs.frozen(kw_only=True)
class SidecarRows:
    """A sidecar read: its metadata by id, and the line of each id's row."""

    path: str
    table: dict[str, ArticleMetadata]
    lines: dict[str, int]


def read_sidecar_rows(path: str | os.PathLike[str]) -> SidecarRows:
    """:func:`read_metadata`, keeping the line of each row (to name rows that match no article)."""
    sidecar = Path(path)
    suffix = sidecar.suffix.lower()
    if suffix == ".jsonl":
        rows = _jsonl_rows(sidecar)
    elif suffix == ".csv":
        rows = _csv_rows(sidecar)
    else:
        raise MetadataError(
            f"unsupported metadata file type {sidecar.suffix!r}: use .jsonl or .csv",
            path=str(sidecar),
        )
    result: dict[str, ArticleMetadata] = {}
    first_line: dict[str, int] = {}
    for line, row in rows:
        article_id, metadata = _metadata_of_row(row, path=str(sidecar), line=line)
        if article_id in first_line:
            raise MetadataError(
                f"duplicate id {article_id!r} (first on line {first_line[article_id]})",
                path=str(sidecar),
                line=line,
            )
        first_line[article_id] = line
        result[article_id] = metadata
    return SidecarRows(path=str(sidecar), table=result, lines=first_line)


def _read_text(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise MetadataError(
            f"not UTF-8: byte 0x{data[error.start]:02x} cannot be decoded",
            path=str(path),
            line=line,
        ) from None


def _jsonl_rows(path: Path) -> Iterator[tuple[int, Mapping[str, Any]]]:
    for line, text in enumerate(_read_text(path).split("\n"), start=1):
        if not text.strip():
            continue
        try:
            row = json.loads(text, object_pairs_hook=object_with_unique_keys)
        except KeyGivenTwice as twice:
            raise MetadataError(f"broken JSON: {twice.reason}", path=str(path), line=line) from None
        except json.JSONDecodeError as error:
            raise MetadataError(
                f"broken JSON: {error.msg}", path=str(path), line=line, column=error.colno
            ) from None
        except ValueError:  # an integer beyond Python's digit limit (sys.int_info)
            raise MetadataError(
                "broken JSON: an integer has more digits than can be read (4,300 at most)",
                path=str(path),
                line=line,
            ) from None
        except RecursionError:
            raise MetadataError(
                "broken JSON: nested too deeply to read", path=str(path), line=line
            ) from None
        if not isinstance(row, dict):
            raise MetadataError(
                f"expected a JSON object, got {type(row).__name__}", path=str(path), line=line
            )
        yield line, row


def _csv_rows(path: Path) -> Iterator[tuple[int, Mapping[str, Any]]]:
    # strict: an unclosed quotation mark is an error, not a value that swallows every later row.
    reader = csv.DictReader(io.StringIO(_read_text(path), newline=""), strict=True)
    try:
        header = reader.fieldnames
        if header is None:
            return
        twice = sorted({column for column in header if header.count(column) > 1})
        if twice:
            # DictReader would keep the last cell of a column named twice, without a word.
            raise MetadataError(
                f"the header names a column twice: {', '.join(map(repr, twice))}",
                path=str(path),
                line=1,
            )
        if "id" not in header and "file" not in header:
            raise MetadataError(
                f"the header has no 'id' or 'file' column, got {header!r}", path=str(path), line=1
            )
        for row in reader:
            extra = row.get(None)  # DictReader puts the fields beyond the header there
            if extra:
                raise MetadataError(
                    f"the row has {len(header) + len(extra)} fields, the header {len(header)}: "
                    "a value with a comma needs quotes",
                    path=str(path),
                    line=reader.line_num,
                )
            yield reader.line_num, row
    except csv.Error as error:
        # line_num counts the lines of the rows read whole: the broken row starts after them.
        raise MetadataError(
            f"broken CSV: {error}", path=str(path), line=reader.line_num + 1
        ) from None


def _metadata_of_row(
    row: Mapping[str, Any], *, path: str, line: int
) -> tuple[str, ArticleMetadata]:
    def fail(reason: str) -> MetadataError:
        return MetadataError(reason, path=path, line=line)

    article_id = _string_field(row, "id", fail)
    file_name = _string_field(row, "file", fail)
    if article_id is None:
        if file_name is None:
            raise fail("missing key 'id' or 'file'")
        article_id = article_id_from_file_name(file_name)
    values: dict[str, str | None] = {}
    for field, names in _FIELDS.items():
        given = [name for name in names if _string_field(row, name, fail) is not None]
        if len(given) > 1:
            raise fail(f"give only one of {given[0]!r} and {given[1]!r}")
        values[field] = _string_field(row, given[0], fail) if given else None
    published: dt.date | dt.datetime | None = None
    if values["published"] is not None:
        try:
            published = parse_date(values["published"])
        except DateParseError as error:
            raise fail(f"bad date: {error.reason}") from None
    try:
        metadata = ArticleMetadata(
            published=published,
            source=values["source"],
            language=values["language"],
            outlet=values["outlet"],
        )
    except ModelError as error:
        raise fail(error.reason) from None
    return article_id, metadata


def _string_field(
    row: Mapping[str, Any], name: str, fail: Callable[[str], MetadataError]
) -> str | None:
    value = row.get(name)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise fail(f"{name!r} must be a string, got {value!r}")
    return value
