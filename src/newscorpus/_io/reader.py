"""Read and write articles in the seed format: one UTF-8 text file per article.

A seed file holds the headline on line 1, a blank line 2, then one paragraph per line; blank
lines may follow at the end. Files are named ``NNN_<16 hex id>.txt``. The format, its encoding
rules and every error and warning are described in ``docs/seed-format.md``.
"""

from __future__ import annotations

import datetime as dt
import errno
import functools
import glob
import hashlib
import io
import os
import re
import tarfile
import unicodedata
import warnings
import zipfile
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, BinaryIO, Final, Literal, NamedTuple

import attrs

from newscorpus._exceptions import (
    ArchiveError,
    ArchiveMemberError,
    DecodeError,
    MetadataError,
    MetadataWarning,
    NewsCorpusError,
    NewsCorpusWarning,
    SeedFormatError,
    shown_path,
)
from newscorpus._extract import pipeline as _extract
from newscorpus._io.atomic import write_text_atomic
from newscorpus._io.metadata import (
    ArticleMetadata,
    SidecarRows,
    read_sidecar_rows,
    split_file_name,
)
from newscorpus._io.parallel import FileReading, check_jobs, read_parallel
from newscorpus._io.progress import Progress, Tracker, start_tracker
from newscorpus._model import Article, ArticleWarning, Quote, Speaker, _make_text

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Mapping

__all__ = [
    "MAX_ARTICLE_BYTES",
    "MAX_COMPRESSION_RATIO",
    "find_sidecar",
    "is_archive_name",
    "iter_articles",
    "iter_articles_in_bytes",
    "iter_located_articles",
    "iter_stream_articles",
    "parse_article",
    "read_article",
    "write_article",
]

ErrorPolicy = Literal["raise", "warn", "skip"]
_ERROR_POLICIES: Final = ("raise", "warn", "skip")

#: Characters of a line quoted in a message.
_PREVIEW_LENGTH: Final = 40
#: A paragraph that ends in one of these (before any closing quotation marks) is complete; a
#: closing bracket counts, as in bylines such as "(red, 16.5.2016)".
_TERMINAL_PUNCTUATION: Final = frozenset(".!?:…)]")
#: Closing quotation marks that may follow the terminal punctuation.
_CLOSING_MARKS: Final = frozenset("\"'“”‘’«»‹›")
_UTF16_BOMS: Final = (b"\xff\xfe", b"\xfe\xff")
_ZIP_SUFFIXES: Final = (".zip",)
_TAR_SUFFIXES: Final = (".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz")
_SIDECAR_NAMES: Final = ("metadata.jsonl", "metadata.csv")
_GLOB_MAGIC: Final = frozenset("*?[")
_HEX_ID_LENGTH: Final = 16
_HEX_DIGITS: Final = frozenset("0123456789abcdef")

#: The largest seed file or archive member read, in bytes: no news article comes near it, and
#: it bounds the memory one file can take (``max_article_bytes=`` changes it).
MAX_ARTICLE_BYTES: Final = 64 * 1024 * 1024
#: An archive member may unpack to at most this many times its compressed size: text packs
#: 3 to 10 times, a decompression bomb of zeros 1000 times (``max_compression_ratio=``).
MAX_COMPRESSION_RATIO: Final = 100.0
#: Members smaller than this are never refused for their compression ratio (short repetitive
#: text packs well and is harmless).
_RATIO_FLOOR: Final = 1024 * 1024
#: Bytes read from an archive member at a time.
_CHUNK_BYTES: Final = 256 * 1024
#: How far a decompressor may have read ahead of what it unpacked (tarfile's and gzip's buffers).
_READ_AHEAD_BYTES: Final = 64 * 1024
#: Lone surrogates: not Unicode characters, so text holding one cannot be written as UTF-8.
_SURROGATE: Final = re.compile("[\ud800-\udfff]")
#: Control characters other than tab, which a terminal would obey instead of showing.
_CONTROL: Final = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
#: Published dates outside these bounds are flagged as implausible (placeholders, typos).
_FIRST_PLAUSIBLE_YEAR: Final = 1800
_MAX_DAYS_AHEAD: Final = 366
#: Dates that systems write when they have none: the Unix epoch and the spreadsheet start.
_PLACEHOLDER_DATES: Final = frozenset({dt.date(1970, 1, 1), dt.date(1900, 1, 1)})


class _Limits(NamedTuple):
    max_article_bytes: int
    max_compression_ratio: float


def _checked_limits(max_article_bytes: int, max_compression_ratio: float) -> _Limits:
    """The limits, refused with ValueError unless a byte count >= 0 and a ratio > 0."""
    if (
        isinstance(max_article_bytes, bool)
        or not isinstance(max_article_bytes, int)
        or max_article_bytes < 0
    ):
        raise ValueError(f"max_article_bytes must be an integer >= 0, got {max_article_bytes!r}")
    # Written so that NaN, which compares false with everything, is refused too.
    if isinstance(max_compression_ratio, bool) or not max_compression_ratio > 0:
        raise ValueError(
            f"max_compression_ratio must be a number > 0, got {max_compression_ratio!r}"
        )
    return _Limits(max_article_bytes, max_compression_ratio)


#: ``(location for messages and Article.source, file name, function returning the bytes)``.
_Entry = tuple[str, str, "Callable[[], bytes]"]


# --- text -> Article ---------------------------------------------------------------------------


def _preview(text: str) -> str:
    if len(text) <= _PREVIEW_LENGTH:
        return repr(text)
    return repr(text[:_PREVIEW_LENGTH] + "…")


def _preview_end(text: str) -> str:
    if len(text) <= _PREVIEW_LENGTH:
        return repr(text)
    return repr("…" + text[-_PREVIEW_LENGTH:])


def _is_blank(line: str) -> bool:
    return not line or line.isspace()


def _ends_a_sentence(paragraph: str) -> bool:
    end = len(paragraph)
    while end and paragraph[end - 1].isspace():
        end -= 1
    while end and paragraph[end - 1] in _CLOSING_MARKS:
        end -= 1
    return bool(end) and paragraph[end - 1] in _TERMINAL_PUNCTUATION


def _normalise(text: str) -> str:
    """Drop a byte order mark, turn CRLF and CR into LF, and NFC-normalise."""
    text = text.removeprefix("\ufeff")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text


def _check_not_binary(text: str, *, path: str | None) -> None:
    position = text.find("\x00")
    if position >= 0:
        line = text.count("\n", 0, position) + 1
        raise SeedFormatError(f"binary file (NUL byte at line {line})", path=path, line=line)
    surrogate = _SURROGATE.search(text)
    if surrogate is not None:
        line = text.count("\n", 0, surrogate.start()) + 1
        raise SeedFormatError(
            f"lone surrogate U+{ord(surrogate.group()):04X} in the text: it is not a Unicode "
            "character (text read with errors='surrogateescape'?)",
            path=path,
            line=line,
        )


def _control_warnings(lines: list[str]) -> list[ArticleWarning]:
    """One warning per line that holds a control character a terminal would obey."""
    findings: list[ArticleWarning] = []
    for number, line in enumerate(lines, start=1):
        found = _CONTROL.search(line)
        if found is not None:
            findings.append(
                ArticleWarning(
                    code="control-character",
                    message=(
                        f"control character U+{ord(found.group()):04X} in the text: terminals "
                        "obey such characters, so it is shown escaped"
                    ),
                    line=number,
                )
            )
    return findings


def _date_warnings(published: dt.date | None) -> tuple[ArticleWarning, ...]:
    """An ``implausible-date`` warning for a date that is likely a placeholder or a typo."""
    if published is None:
        return ()
    day = published.date() if isinstance(published, dt.datetime) else published
    latest = dt.datetime.now(tz=dt.timezone.utc).date() + dt.timedelta(days=_MAX_DAYS_AHEAD)
    if day.year < _FIRST_PLAUSIBLE_YEAR:
        why = f"before {_FIRST_PLAUSIBLE_YEAR}"
    elif day > latest:
        why = "more than a year in the future"
    elif day in _PLACEHOLDER_DATES and (
        not isinstance(published, dt.datetime) or published.time() == dt.time()
    ):
        why = "a date systems write when they have none"
    else:
        return ()
    return (
        ArticleWarning(
            code="implausible-date",
            message=f"the published date {published.isoformat()} is {why}: a placeholder?",
        ),
    )


def _split_seed(
    text: str, *, path: str | None
) -> tuple[str, tuple[str, ...], tuple[ArticleWarning, ...]]:
    """Headline, paragraphs and line-based findings of normalised seed-format text."""
    if not text:
        raise SeedFormatError("empty file", path=path, line=1)
    if text.isspace():
        raise SeedFormatError("the file holds only whitespace", path=path, line=1)
    lines = text.split("\n")
    title = lines[0]
    if _is_blank(title):
        raise SeedFormatError("line 1 must be the headline, got a blank line", path=path, line=1)
    if len(lines) > 1 and not _is_blank(lines[1]):
        raise SeedFormatError(f"line 2 must be blank, got {_preview(lines[1])}", path=path, line=2)
    end = len(lines)
    while end > 2 and _is_blank(lines[end - 1]):
        end -= 1
    if end <= 2:
        last_line = text.count("\n") + (0 if text.endswith("\n") else 1)
        raise SeedFormatError(
            "missing body: no paragraph after the headline and the blank line 2",
            path=path,
            line=last_line,
        )
    paragraphs: list[str] = []
    findings: list[ArticleWarning] = _control_warnings(lines[:end])
    first_line_of: dict[str, int] = {}
    skipped = 0
    for number in range(2, end):
        paragraph = lines[number]
        line = number + 1
        if _is_blank(paragraph):
            skipped += 1
            what = "blank line" if not paragraph else "whitespace-only line"
            findings.append(
                ArticleWarning(
                    code="blank-line",
                    message=(
                        f"{what} in the body skipped: from here on a paragraph's file line is "
                        f"{skipped} more than Article.line_of gives"
                    ),
                    line=line,
                )
            )
            continue
        paragraphs.append(paragraph)
        first = first_line_of.setdefault(paragraph, line)
        if first != line:
            findings.append(
                ArticleWarning(
                    code="duplicate-paragraph",
                    message=f"paragraph repeats the one on line {first}",
                    line=line,
                )
            )
        if not _ends_a_sentence(paragraph):
            findings.append(
                ArticleWarning(
                    code="truncated-paragraph",
                    message=(
                        "paragraph ends without terminal punctuation, so it may be cut off: "
                        f"{_preview_end(paragraph)}"
                    ),
                    line=line,
                )
            )
    return title, tuple(paragraphs), tuple(findings)


def _seed_text(title: str, paragraphs: tuple[str, ...]) -> str:
    """The canonical seed-format text: what :func:`write_article` writes."""
    return title + "\n\n" + "\n".join(paragraphs) + "\n"


def _content_id(title: str, paragraphs: tuple[str, ...]) -> str:
    digest = hashlib.sha256(_seed_text(title, paragraphs).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:_HEX_ID_LENGTH]


def _build_article(
    text: str,
    *,
    article_id: str | None,
    index: int | None,
    source: str | None,
    path: str | None,
    warnings_before: tuple[ArticleWarning, ...],
    metadata: ArticleMetadata | None,
    extract: bool,
) -> Article:
    """Build the Article from normalised text, apply metadata, then call the extractor."""
    title, paragraphs, findings = _split_seed(text, path=path)
    if article_id is None:
        article_id = _content_id(title, paragraphs)
    if metadata is None:
        metadata = ArticleMetadata()
    language = metadata.language
    quotes: tuple[Quote, ...] = ()
    speakers: tuple[Speaker, ...] = ()
    if extract:
        # Extract first and build the Article once: building it twice (then with the quotes)
        # cost a few per cent of reading and extracting.
        quotes, speakers, language = _extract.extract_article_parts(
            _make_text(title, paragraphs), language
        )
    return Article(
        id=article_id,
        title=title,
        paragraphs=paragraphs,
        index=index,
        language=language,
        published=metadata.published,
        source=metadata.source if metadata.source is not None else source,
        outlet=metadata.outlet,
        quotes=quotes,
        speakers=speakers,
        warnings=warnings_before + findings + _date_warnings(metadata.published),
    )


def parse_article(
    text: str,
    *,
    id: str | None = None,  # noqa: A002 - the Article field is called id
    index: int | None = None,
    source: str | None = None,
    path: str | None = None,
    extract: bool = True,
) -> Article:
    """Build an :class:`Article` from seed-format text.

    The text is normalised first (byte order mark dropped, CRLF and CR turned into LF, NFC).
    Without ``id`` the article gets the first 16 hex digits of the SHA-256 of its canonical
    seed-format text, the bytes :func:`write_article` writes. ``path`` is used only in error
    messages. With ``extract`` the quotations are extracted.

    Raises :class:`SeedFormatError` for text that is not in the seed format.
    """
    normalised = _normalise(text)
    _check_not_binary(normalised, path=path)
    return _build_article(
        normalised,
        article_id=id,
        index=index,
        source=source,
        path=path,
        warnings_before=(),
        metadata=None,
        extract=extract,
    )


# --- bytes -> text -----------------------------------------------------------------------------


def _line_at(data: bytes, offset: int) -> int:
    """The 1-based line of byte ``offset``, counting LF, CRLF and CR as line ends."""
    before = data[:offset]
    return before.count(b"\n") + before.count(b"\r") - before.count(b"\r\n") + 1


def _decode(data: bytes, *, path: str | None) -> tuple[str, tuple[ArticleWarning, ...]]:
    """Decode a file's bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252/latin-1."""
    if data.startswith(_UTF16_BOMS):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as error:
            before = data[: error.start].decode("utf-16", errors="replace")
            line = before.count("\n") + before.count("\r") - before.count("\r\n") + 1
            raise DecodeError(
                "undecodable bytes: the file starts with a UTF-16 byte order mark but is not "
                f"valid UTF-16 ({error.reason})",
                path=path,
                line=line,
            ) from None
        return text, (
            ArticleWarning(
                code="decoded-with-fallback",
                message="not UTF-8: decoded as UTF-16, as its byte order mark says",
            ),
        )
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError as error:
        line = _line_at(data, error.start)
        bad = data[error.start]
    data = data.removeprefix(b"\xef\xbb\xbf")
    try:
        text, encoding = data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        text, encoding = data.decode("latin-1"), "latin-1"
    return text, (
        ArticleWarning(
            code="decoded-with-fallback",
            message=(
                f"not UTF-8 (the first bad byte, 0x{bad:02x}, is on this line): "
                f"decoded as {encoding}, so some characters may be wrong"
            ),
            line=line,
        ),
    )


def _article_from_bytes(
    data: bytes,
    *,
    name: str,
    location: str,
    metadata: Mapping[str, ArticleMetadata] | _Sidecar | None,
    extract: bool,
) -> Article:
    text, decode_warnings = _decode(data, path=location)
    text = _normalise(text)
    _check_not_binary(text, path=location)
    split = split_file_name(name)
    name_warnings: tuple[ArticleWarning, ...] = ()
    if not name:  # a stream: the id is the content's, as for parse_article
        title, paragraphs, _ = _split_seed(text, path=location)
        index, article_id = None, _content_id(title, paragraphs)
    elif split is None:
        # Bytes of a name that are not UTF-8 are shown as \xNN: an id is text.
        index, article_id = None, _display(PurePath(name).stem)
        if _is_blank(article_id):
            raise SeedFormatError(
                f"file name {_display(name)!r} gives a blank id: name it NNN_<16 hex digits>.txt",
                path=location,
            )
        name_warnings = (
            ArticleWarning(
                code="unusual-file-name",
                message=(
                    f"file name {_display(name)!r} is not of the form NNN_<16 hex digits>.txt: "
                    f"the id is its stem {article_id!r} and it has no index"
                ),
            ),
        )
    else:
        index, article_id = split
    return _build_article(
        text,
        article_id=article_id,
        index=index,
        source=location,
        path=location,
        warnings_before=name_warnings + decode_warnings,
        metadata=_metadata_for(article_id, metadata),
        extract=extract,
    )


def _metadata_for(
    article_id: str, metadata: Mapping[str, ArticleMetadata] | _Sidecar | None
) -> ArticleMetadata | None:
    if metadata is None:
        return None
    if isinstance(metadata, _Sidecar):
        return metadata.lookup(article_id)
    return metadata.get(article_id)


def read_article(
    path: str | os.PathLike[str],
    *,
    extract: bool = True,
    metadata: Mapping[str, ArticleMetadata] | None = None,
) -> Article:
    """Read one seed file.

    ``id`` and ``index`` come from the file name ``NNN_<16 hex>.txt``; another name is read
    with an ``unusual-file-name`` warning, the id taken from its stem and no index. ``source`` is
    the path as given, unless ``metadata`` (keyed by id) gives one.

    A file larger than :data:`MAX_ARTICLE_BYTES` is refused unread, as by :func:`iter_articles`.

    Raises :class:`SeedFormatError` (or its :class:`DecodeError`) naming file and line, and
    :class:`OSError` if the file cannot be read.
    """
    file = Path(path)
    return _article_from_bytes(
        _read_file(os.fspath(path), _Limits(MAX_ARTICLE_BYTES, MAX_COMPRESSION_RATIO)),
        name=file.name,
        location=_display(os.fspath(path)),
        metadata=metadata,
        extract=extract,
    )


# --- sources: files, directories, globs, archives ----------------------------------------------


def _display(location: str) -> str:
    """``location`` as valid text (:func:`shown_path`); most names need no change, which the
    expression tells in C."""
    if not _SURROGATE.search(location):
        return location
    return shown_path(location)


def _is_seed_name(name: str) -> bool:
    return name.endswith(".txt") and not name.startswith(".")


def _fail_with(error: OSError) -> bytes:
    raise error


def _broken(path: str, error: OSError) -> _Entry:
    """An entry that fails when read: a folder or link that cannot be followed, with its path."""
    located = type(error)(error.errno, error.strerror, path)
    return _display(path), Path(path).name, functools.partial(_fail_with, located)


def _read_file(path: str, limits: _Limits) -> bytes:
    with Path(path).open("rb") as stream:
        size = os.fstat(stream.fileno()).st_size
        # Read one byte more than allowed, so that a file growing as it is read is caught too.
        data = (
            stream.read(limits.max_article_bytes + 1) if size <= limits.max_article_bytes else b""
        )
    if size > limits.max_article_bytes or len(data) > limits.max_article_bytes:
        raise SeedFormatError(
            f"the file is larger than max_article_bytes ({limits.max_article_bytes:,} bytes)",
            path=_display(path),
        )
    return data


def _directory_entries(directory: str, *, recursive: bool, limits: _Limits) -> Iterator[_Entry]:
    try:
        with os.scandir(directory) as scan:
            children = sorted(scan, key=lambda child: child.name)
    except OSError as error:
        # An unreadable folder costs its own files only: the rest of the tree is still read.
        yield _broken(directory, error)
        return
    for child in children:
        if child.name.startswith("."):
            continue
        try:
            is_folder = child.is_dir(follow_symlinks=False)
        except OSError as error:
            yield _broken(child.path, error)
            continue
        if is_folder:
            if recursive:
                yield from _directory_entries(child.path, recursive=recursive, limits=limits)
            continue
        if not _is_seed_name(child.name):
            continue
        try:
            is_file = child.is_file()
        except OSError as error:  # a link loop (ELOOP), a permission problem
            yield _broken(child.path, error)
            continue
        if is_file:
            yield (
                _display(child.path),
                child.name,
                functools.partial(_read_file, child.path, limits),
            )
        elif child.is_symlink():
            yield _broken(
                child.path, FileNotFoundError(errno.ENOENT, "broken symbolic link", child.path)
            )


def _glob_entries(matches: list[str], limits: _Limits) -> Iterator[_Entry]:
    """The files a glob pattern matched, in order; a matched link that leads nowhere (broken,
    or a loop) is an entry that fails with its path and reason, as in a folder, never a file
    silently left out. A link to a folder is no file and is passed over, like a folder."""
    for match in matches:
        if Path(match).is_file():
            yield from _file_entries([match], limits)
            continue
        try:
            os.stat(match)  # noqa: PTH116 - the error says why the link leads nowhere
        except OSError as error:
            if error.errno == errno.ENOENT:
                error = FileNotFoundError(errno.ENOENT, "broken symbolic link", match)
            yield _broken(match, error)


def _is_unsafe_member(name: str) -> bool:
    normalised = name.replace("\\", "/")
    return (
        normalised.startswith("/")
        or (len(normalised) > 1 and normalised[1] == ":")
        or ".." in normalised.split("/")
    )


def _refuse_member(archive: str, member: str) -> bytes:
    raise ArchiveMemberError(
        f"refusing archive member {member!r}: its path is absolute or climbs out with '..'",
        path=archive,
    )


def _damaged_archive(archive: str, error: BaseException) -> ArchiveError:
    detail = str(error) or type(error).__name__
    return ArchiveError(f"cannot read the archive: {detail}", path=archive)


def _member_failure(archive: str, member: str, error: BaseException) -> ArchiveMemberError:
    detail = str(error) or type(error).__name__
    return ArchiveMemberError(f"cannot read archive member {member!r}: {detail}", path=archive)


def _check_member_size(archive: str, member: str, size: int, limits: _Limits) -> None:
    if size > limits.max_article_bytes:
        raise ArchiveMemberError(
            f"archive member {member!r} is {size:,} bytes unpacked, more than max_article_bytes "
            f"({limits.max_article_bytes:,})",
            path=archive,
        )


def _check_member_ratio(
    archive: str, member: str, unpacked: int, packed: int, limits: _Limits
) -> None:
    if unpacked > _RATIO_FLOOR and unpacked > limits.max_compression_ratio * max(packed, 1):
        raise ArchiveMemberError(
            f"archive member {member!r} unpacks to more than max_compression_ratio "
            f"({limits.max_compression_ratio:g}) times its compressed size: a decompression bomb?",
            path=archive,
        )


def _read_zip_member(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, location: str, limits: _Limits
) -> bytes:
    name = _display(info.filename)
    _check_member_size(location, name, info.file_size, limits)
    _check_member_ratio(location, name, info.file_size, info.compress_size, limits)
    try:
        with archive.open(info) as stream:
            data = stream.read(limits.max_article_bytes + 1)
    # zipfile raises whatever its parsing hits on damaged input (BadZipFile, zlib.error,
    # EOFError, NotImplementedError, RuntimeError, UnicodeDecodeError, OSError, ...).
    except Exception as error:  # noqa: BLE001 - see above; the member fails, named
        raise _member_failure(location, name, error) from None
    _check_member_size(location, name, len(data), limits)
    return data


def _zip_entries(archive: str, limits: _Limits, data: bytes | None = None) -> Iterator[_Entry]:
    """The members of a zip archive: the file ``archive``, or ``data`` read from it elsewhere."""
    try:
        opened = zipfile.ZipFile(archive if data is None else io.BytesIO(data))
    except OSError as error:
        if isinstance(error, FileNotFoundError | PermissionError | IsADirectoryError):
            raise
        raise _damaged_archive(archive, error) from None
    except Exception as error:  # noqa: BLE001 - a damaged directory raises anything: see above
        raise _damaged_archive(archive, error) from None
    with opened:
        size = Path(archive).stat().st_size if data is None else len(data)
        if any(not 0 <= info.header_offset < size for info in opened.infolist()):
            # A shifted central directory: every member would fail, so the archive is damaged.
            raise ArchiveError(
                "cannot read the archive: its central directory points outside the file",
                path=_display(archive),
            )
        for info in opened.infolist():
            name = info.filename
            location = f"{_display(archive)}/{_display(name)}"
            if _is_unsafe_member(name):
                yield location, name, functools.partial(_refuse_member, archive, _display(name))
                continue
            base = name.rsplit("/", 1)[-1]
            if info.is_dir() or not _is_seed_name(base):
                continue
            yield (
                location,
                base,
                functools.partial(_read_zip_member, opened, info, _display(archive), limits),
            )


class _CountingReader:
    """A binary file that counts the bytes read from it: the compressed size read so far."""

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        self.count = 0

    def read(self, size: int = -1) -> bytes:
        data = self._stream.read(size)
        self.count += len(data)
        return data


def _read_tar_member(
    archive: tarfile.TarFile,
    member: tarfile.TarInfo,
    location: str,
    counter: _CountingReader,
    limits: _Limits,
) -> bytes:
    name = _display(member.name)
    _check_member_size(location, name, member.size, limits)
    packed_before = counter.count
    chunks: list[bytes] = []
    unpacked = 0
    try:
        stream = archive.extractfile(member)
    # tarfile and its decompressors raise whatever damaged input makes them hit.
    except Exception as error:  # noqa: BLE001 - the member fails, named
        raise _member_failure(location, name, error) from None
    if stream is None:  # pragma: no cover - only regular members are read
        raise ArchiveMemberError(f"archive member {name!r} is not a file", path=location)
    try:
        with stream:
            while chunk := stream.read(_CHUNK_BYTES):
                chunks.append(chunk)
                unpacked += len(chunk)
                # Compressed bytes are read ahead in blocks: allow one block of slack.
                packed = counter.count - packed_before + _READ_AHEAD_BYTES
                _check_member_ratio(location, name, unpacked, packed, limits)
    except ArchiveMemberError:
        raise
    except Exception as error:  # noqa: BLE001 - as above
        raise _member_failure(location, name, error) from None
    return b"".join(chunks)


def _refuse_irregular_member(archive: str, member: str, info: tarfile.TarInfo) -> bytes:
    """A tar member named like a seed file that holds no bytes of its own: a link, a device.

    A hard link's bytes are those of an earlier member, which a stream cannot go back to; a
    symbolic link is never followed out of the archive.
    """
    if info.islnk():
        kind = "a hard link"
    elif info.issym():
        kind = "a symbolic link"
    else:
        kind = "a device, FIFO or other special file"
    raise ArchiveMemberError(
        f"archive member {member!r} is {kind}, not a regular file: not read", path=archive
    )


def _tar_entries(archive: str, limits: _Limits, data: bytes | None = None) -> Iterator[_Entry]:
    """The members of a tar archive: the file ``archive``, or ``data`` read from it elsewhere."""
    raw: BinaryIO = (
        Path(archive).open("rb")  # noqa: SIM115 - closed by the with below
        if data is None
        else io.BytesIO(data)
    )
    with raw:
        counter = _CountingReader(raw)
        try:
            opened = tarfile.open(fileobj=counter, mode="r|*")  # type: ignore[call-overload]  # noqa: SIM115
        # A stream cut to a few bytes makes tarfile raise TypeError, EOFError, ... as well.
        except Exception as error:  # noqa: BLE001 - the archive as a whole is unreadable
            raise _damaged_archive(archive, error) from None
        with opened:
            while True:
                # tarfile keeps every header it has read; a stream needs none of the earlier
                # ones, and keeping them grew memory with the number of members (tens of
                # bytes of a .tar.gz per header kept).
                opened.members.clear()
                try:
                    member = opened.next()
                except Exception as error:  # noqa: BLE001 - as above: no later member is reachable
                    raise _damaged_archive(archive, error) from None
                if member is None:
                    return
                name = member.name
                location = f"{_display(archive)}/{_display(name)}"
                if _is_unsafe_member(name):
                    yield location, name, functools.partial(_refuse_member, archive, _display(name))
                    continue
                base = name.rsplit("/", 1)[-1]
                if member.isdir() or not _is_seed_name(base):
                    continue
                if not member.isreg():
                    refusal = functools.partial(
                        _refuse_irregular_member, _display(archive), _display(name), member
                    )
                    yield location, base, refusal
                    continue
                yield (
                    location,
                    base,
                    functools.partial(
                        _read_tar_member, opened, member, _display(archive), counter, limits
                    ),
                )


def _file_entries(files: list[str], limits: _Limits) -> Iterator[_Entry]:
    for file in files:
        yield _display(file), Path(file).name, functools.partial(_read_file, file, limits)


def _glob_recursively(pattern: str) -> set[str]:
    """``glob.glob(pattern, recursive=True)`` without following links to folders at ``**``.

    glob follows them, so a link back to a parent made ``**`` walk the tree again at every
    depth (exponentially often with two). Here the part before the first ``**`` is globbed,
    the folders below each match are walked without following links (and without hidden ones,
    as glob skips them), and the rest of the pattern is matched in each.
    """
    parts = pattern.split("/")
    if "**" not in parts:
        return set(glob.glob(pattern, recursive=True))  # noqa: PTH207 - absolute patterns too
    at = parts.index("**")
    rest = "/".join(parts[at + 1 :]) if at + 1 < len(parts) else "*"
    bases = glob.glob("/".join(parts[:at]) or "/") if at else [""]  # noqa: PTH207 - as above
    found: set[str] = set()
    for base in bases:
        if base and not Path(base).is_dir():
            continue
        for folder, subfolders, _ in os.walk(base or os.curdir):
            subfolders[:] = [name for name in subfolders if not name.startswith(".")]
            inside = folder if base else os.path.relpath(folder)
            prefix = "" if inside == os.curdir else glob.escape(inside) + "/"
            found.update(_glob_recursively(prefix + rest))
    return found


def _sources(
    source: str | os.PathLike[str], *, recursive: bool, limits: _Limits
) -> tuple[Iterator[_Entry], str | None]:
    """The entries to read and, for a directory, the directory (to look for a sidecar)."""
    location = os.fspath(source)
    path = Path(location)
    if path.is_dir():
        return _directory_entries(location, recursive=recursive, limits=limits), location
    if path.is_file():
        lowered = path.name.lower()
        if lowered.endswith(_ZIP_SUFFIXES):
            return _zip_entries(location, limits), None
        if lowered.endswith(_TAR_SUFFIXES):
            return _tar_entries(location, limits), None
        return _file_entries([location], limits), None
    if path.exists():
        raise SeedFormatError(
            "not a regular file, folder or archive (a device, FIFO or socket is not read)",
            path=_display(location),
        )
    if isinstance(source, str) and _GLOB_MAGIC.intersection(source):
        found = _glob_recursively(source) if recursive else glob.glob(source)  # noqa: PTH207 - absolute patterns too
        matches = [
            match for match in sorted(found) if Path(match).is_file() or Path(match).is_symlink()
        ]
        if not matches:
            raise FileNotFoundError(errno.ENOENT, "no file matches the pattern", source)
        return _glob_entries(matches, limits), None
    raise FileNotFoundError(errno.ENOENT, "no such file, directory or archive", location)


def find_sidecar(directory: str | os.PathLike[str]) -> Path | None:
    """The metadata sidecar of a corpus directory, if it has one.

    Looked for: ``metadata.jsonl`` and ``metadata.csv`` inside the directory, and
    ``<directory name>.manifest.jsonl`` beside it. Raises :class:`MetadataError` if more than one
    exists.
    """
    inside = [Path(directory) / name for name in _SIDECAR_NAMES]
    absolute = Path(os.path.abspath(directory))  # noqa: PTH100 - normalises "." and ".." textually
    beside = absolute.parent / f"{absolute.name}.manifest.jsonl"
    found = [candidate for candidate in (*inside, beside) if candidate.is_file()]
    if len(found) > 1:
        names = ", ".join(str(candidate) for candidate in found)
        raise MetadataError(
            f"several metadata sidecars found ({names}): pass metadata= to choose one",
            path=os.fspath(directory),
        )
    return found[0] if found else None


def _as_warning(error: NewsCorpusError | OSError, location: str) -> NewsCorpusWarning:
    if isinstance(error, NewsCorpusError):
        return NewsCorpusWarning(
            f"{error.reason} (skipped)", path=error.path or location, line=error.line
        )
    return NewsCorpusWarning(f"cannot read: {error.strerror or error} (skipped)", path=location)


class _Sidecar:
    """A metadata table, the rows of it that articles used, and where each row is."""

    def __init__(
        self,
        table: Mapping[str, ArticleMetadata] | None,
        rows: SidecarRows | None = None,
        *,
        language: str | None = None,
    ) -> None:
        self.table = table
        self.rows = rows
        #: The language of an article whose metadata gives none (``--language``).
        self.language = language
        self.used: set[str] = set()
        self.without_metadata: dict[str, str] = {}

    def lookup(self, article_id: str) -> ArticleMetadata | None:
        found = None if self.table is None else self.table.get(article_id)
        if self.table is not None:
            if found is None:
                self.without_metadata.setdefault(article_id.casefold(), article_id)
            else:
                self.used.add(article_id)
        if self.language is not None and (found is None or found.language is None):
            found = attrs.evolve(found or ArticleMetadata(), language=self.language)
        return found

    def unmatched(self) -> Iterator[MetadataWarning]:
        """A warning for every row of a sidecar file that no article read."""
        if self.rows is None:
            return
        for article_id, line in self.rows.lines.items():
            if article_id in self.used:
                continue
            near = self.without_metadata.get(article_id.casefold())
            hint = f" (did you mean {near!r}?)" if near is not None else ""
            yield MetadataWarning(
                f"metadata row for id {article_id!r} matches no article{hint}",
                path=self.rows.path,
                line=line,
            )


def _parse_in_worker(
    data: bytes,
    *,
    name: str,
    location: str,
    table: Mapping[str, ArticleMetadata] | None,
    language: str | None,
    extract: bool,
) -> tuple[tuple[str, ...], Article]:
    """One file in a worker process: its article, and the metadata ids it looked up."""
    # A sidecar of its own per file tells which id the file looked up (at most one); the parent
    # records them in its own sidecar, in the order of the files.
    sidecar = _Sidecar(table, language=language)
    article = _article_from_bytes(
        data, name=name, location=location, metadata=sidecar, extract=extract
    )
    return (*sidecar.used, *sidecar.without_metadata.values()), article


def _reads_in_worker(load: Callable[[], bytes]) -> bool:
    """A file of a folder or glob: the worker reads it. An archive member: the parent does."""
    return isinstance(load, functools.partial) and load.func is _read_file


#: The reader's part of a parallel read (:mod:`newscorpus._io.parallel` does not import this
#: module: the reader lends it these functions).
_PARALLEL_READING: Final = FileReading(
    parse=_parse_in_worker, reads_in_worker=_reads_in_worker, as_warning=_as_warning
)


def _make_sidecar(
    metadata: Mapping[str, ArticleMetadata] | str | os.PathLike[str] | None,
    directory: str | None,
    language: str | None = None,
) -> _Sidecar:
    """The metadata given, or for a directory without it, the sidecar found there; ``language``
    for the articles whose metadata gives none."""
    if language is not None:
        _extract.require_language(language)
    if isinstance(metadata, (str, os.PathLike)):
        rows = read_sidecar_rows(metadata)
        return _Sidecar(rows.table, rows, language=language)
    if metadata is None and directory is not None:
        found = find_sidecar(directory)
        if found is not None:
            rows = read_sidecar_rows(found)
            return _Sidecar(rows.table, rows, language=language)
    return _Sidecar(metadata, language=language)


def _read_entries(
    entries: Iterator[_Entry],
    *,
    errors: ErrorPolicy,
    sidecar: _Sidecar,
    extract: bool,
    jobs: int = 1,
    tracker: Tracker | None = None,
) -> Iterator[tuple[str, Article]]:
    advance = None if tracker is None else tracker.advance
    try:
        if tracker is not None:
            tracker.start()
        if jobs > 1:
            yield from read_parallel(
                entries,
                jobs=jobs,
                errors=errors,
                sidecar=sidecar,
                extract=extract,
                advance=advance,
                reading=_PARALLEL_READING,
            )
        else:
            for location, name, load in entries:
                try:
                    article = _article_from_bytes(
                        load(), name=name, location=location, metadata=sidecar, extract=extract
                    )
                except (NewsCorpusError, OSError) as error:
                    if errors == "raise":
                        raise
                    if errors == "warn":
                        warnings.warn(_as_warning(error, location), stacklevel=3)
                    if advance is not None:
                        advance()
                    continue
                if advance is not None:
                    advance()
                yield location, article
        if errors == "warn":
            for warning in sidecar.unmatched():
                warnings.warn(warning, stacklevel=3)
    finally:
        if tracker is not None:
            tracker.close()


def _count_entries(
    source: str | os.PathLike[str], *, recursive: bool, limits: _Limits
) -> int | None:
    """How many files :func:`iter_articles` will read, without reading them (None for a tar).

    A tar archive is one compressed stream: counting its members means reading all of it.
    """
    if Path(source).is_file() and os.fspath(source).lower().endswith(_TAR_SUFFIXES):
        return None
    entries, _ = _sources(source, recursive=recursive, limits=limits)
    return sum(1 for _ in entries)


def iter_located_articles(
    source: str | os.PathLike[str],
    *,
    errors: ErrorPolicy = "raise",
    metadata: Mapping[str, ArticleMetadata] | str | os.PathLike[str] | None = None,
    recursive: bool = False,
    extract: bool = True,
    max_article_bytes: int = MAX_ARTICLE_BYTES,
    max_compression_ratio: float = MAX_COMPRESSION_RATIO,
    jobs: int = 1,
    progress: Progress = None,
    language: str | None = None,
) -> Iterator[tuple[str, Article]]:
    """:func:`iter_articles`, yielding ``(file location, article)``: what ``validate`` shows."""
    if errors not in _ERROR_POLICIES:
        raise ValueError(f"errors must be 'raise', 'warn' or 'skip', got {errors!r}")
    processes = check_jobs(jobs)
    limits = _checked_limits(max_article_bytes, max_compression_ratio)
    entries, directory = _sources(source, recursive=recursive, limits=limits)
    sidecar = _make_sidecar(metadata, directory, language)
    tracker = start_tracker(
        progress, lambda: _count_entries(source, recursive=recursive, limits=limits)
    )
    return _read_entries(
        entries, errors=errors, sidecar=sidecar, extract=extract, jobs=processes, tracker=tracker
    )


def iter_articles(
    source: str | os.PathLike[str],
    *,
    errors: ErrorPolicy = "raise",
    metadata: Mapping[str, ArticleMetadata] | str | os.PathLike[str] | None = None,
    recursive: bool = False,
    extract: bool = True,
    max_article_bytes: int = MAX_ARTICLE_BYTES,
    max_compression_ratio: float = MAX_COMPRESSION_RATIO,
    jobs: int = 1,
    progress: Progress = None,
    language: str | None = None,
) -> Iterator[Article]:
    """Yield the articles of a file, directory, glob pattern or archive, one at a time.

    ``source`` is a seed file; a directory (its ``*.txt`` files sorted by name, subdirectories too
    with ``recursive``); a glob pattern (``**`` needs ``recursive``); or a ``.zip`` or ``.tar``
    archive (also ``.tar.gz``/``.tgz``, ``.tar.bz2``, ``.tar.xz``), whose ``*.txt`` members are read
    in archive order. Archive members with an absolute path or a ``..`` part are refused with
    :class:`ArchiveMemberError`.

    ``metadata`` is a mapping from id to :class:`ArticleMetadata` or the path of a sidecar. For a
    directory without ``metadata`` the sidecar is found by :func:`find_sidecar`; pass ``{}`` to
    ignore it.

    ``errors`` says what happens to a file that cannot be read: ``"raise"`` raises its
    :class:`NewsCorpusError` (or :class:`OSError`), ``"warn"`` emits one
    :class:`NewsCorpusWarning` naming file and line and goes on, ``"skip"`` goes on quietly.
    Unreadable sub-folders, link loops and broken links count as files that cannot be read.
    With ``"warn"``, each row of a sidecar file that no article matched gives a
    :class:`MetadataWarning` once the iterator is exhausted.

    Resource limits: a file or archive member larger than ``max_article_bytes`` (default
    64 MiB) is refused, and so is an archive member that unpacks to more than
    ``max_compression_ratio`` (default 100) times its compressed size; archive members fail
    with :class:`ArchiveMemberError`, files with :class:`SeedFormatError`.

    ``jobs`` is the number of processes that read and extract (0: one per core). With more than
    one, a pool of worker processes reads the files (the parent reads archive members and hands
    out their bytes); the articles, errors and warnings come out exactly as with ``jobs=1``, in
    the same order, with at most a few dozen articles per process in flight. ``jobs=1`` starts
    no process.

    ``progress`` is None, a callable ``progress(done, total)`` (called with ``done=0`` first, then
    after every file, read or skipped; ``total`` is the number of files, or None for a tar
    archive) or ``"tqdm"`` for a progress bar (the ``progress`` extra).

    ``language`` (a BCP 47 tag of a registered language, as for :func:`extract_quotes`) is the
    language of every article whose metadata gives none, instead of detecting it: the way to
    read short texts whose language cannot be detected. An unsupported tag raises
    :class:`UnsupportedLanguageError` when this is called.

    Arguments, the source and the sidecar are checked when this is called; files are read as the
    iterator is consumed.
    """
    located = iter_located_articles(
        source,
        errors=errors,
        metadata=metadata,
        recursive=recursive,
        extract=extract,
        max_article_bytes=max_article_bytes,
        max_compression_ratio=max_compression_ratio,
        jobs=jobs,
        progress=progress,
        language=language,
    )
    return (article for _, article in located)


def iter_stream_articles(
    stream: BinaryIO,
    *,
    location: str = "<stdin>",
    errors: ErrorPolicy = "raise",
    metadata: Mapping[str, ArticleMetadata] | str | os.PathLike[str] | None = None,
    extract: bool = True,
    max_article_bytes: int = MAX_ARTICLE_BYTES,
    language: str | None = None,
) -> Iterator[tuple[str, Article]]:
    """Read one seed article from a binary stream (the command line's ``-``).

    Its id is the content id, as :func:`parse_article` gives (metadata is looked up by it); the
    rest, ``language`` too, is as for a file (:func:`iter_articles`).
    """
    if errors not in _ERROR_POLICIES:
        raise ValueError(f"errors must be 'raise', 'warn' or 'skip', got {errors!r}")
    limits = _checked_limits(max_article_bytes, MAX_COMPRESSION_RATIO)
    sidecar = _make_sidecar(metadata, None, language)

    def load() -> bytes:
        data = stream.read(limits.max_article_bytes + 1)
        if len(data) > limits.max_article_bytes:
            raise SeedFormatError(
                f"the input is larger than max_article_bytes ({limits.max_article_bytes:,} bytes)",
                path=location,
            )
        return data

    return _read_entries(
        iter([(location, "", load)]), errors=errors, sidecar=sidecar, extract=extract
    )


def is_archive_name(name: str) -> bool:
    """Whether ``name`` is read as a zip or tar archive of seed files."""
    return name.lower().endswith(_ZIP_SUFFIXES + _TAR_SUFFIXES)


def iter_articles_in_bytes(
    data: bytes,
    *,
    location: str,
    errors: ErrorPolicy = "raise",
    metadata: Mapping[str, ArticleMetadata] | None = None,
    extract: bool = True,
    max_article_bytes: int = MAX_ARTICLE_BYTES,
    max_compression_ratio: float = MAX_COMPRESSION_RATIO,
) -> Iterator[Article]:
    """Yield the articles of one file's bytes, as :func:`iter_articles` reads that file.

    ``location`` is where the bytes come from (a path or URL): its name says whether they are a
    seed file or a ``.zip``/``.tar`` archive of them, and it is the articles' ``source`` and the
    place named in errors. For readers of other storage (the Dask path reads through fsspec).
    """
    if errors not in _ERROR_POLICIES:
        raise ValueError(f"errors must be 'raise', 'warn' or 'skip', got {errors!r}")
    limits = _checked_limits(max_article_bytes, max_compression_ratio)
    name = location.rstrip("/").rsplit("/", 1)[-1]
    entries: Iterator[_Entry]
    if name.lower().endswith(_ZIP_SUFFIXES):
        entries = _zip_entries(location, limits, data)
    elif name.lower().endswith(_TAR_SUFFIXES):
        entries = _tar_entries(location, limits, data)
    else:

        def load() -> bytes:
            if len(data) > limits.max_article_bytes:
                raise SeedFormatError(
                    "the file is larger than max_article_bytes "
                    f"({limits.max_article_bytes:,} bytes)",
                    path=_display(location),
                )
            return data

        entries = iter([(_display(location), name, load)])
    located = _read_entries(entries, errors=errors, sidecar=_Sidecar(metadata), extract=extract)
    return (article for _, article in located)


# --- Article -> file ---------------------------------------------------------------------------


def _unwritable(article: Article) -> str | None:
    """Why ``article`` would not read back unchanged from a seed file, or None."""
    if not (len(article.id) == _HEX_ID_LENGTH and _HEX_DIGITS.issuperset(article.id)):
        return (
            f"id {article.id!r} is not 16 lowercase hex digits, as seed file names need "
            "(give the article such an id with attrs.evolve)"
        )
    if article.index is not None and article.index < 0:
        return f"index must be >= 0 to name a seed file, got {article.index}"
    if _is_blank(article.title):
        return "the headline is blank"
    if article.title.startswith("\ufeff"):
        return "the headline starts with U+FEFF, which would be read back as a byte order mark"
    if not article.paragraphs:
        return "the article has no paragraphs"
    for number, paragraph in enumerate(article.paragraphs):
        if _is_blank(paragraph):
            return f"paragraphs[{number}] is blank"
    text = article.text
    if "\x00" in text:
        return "the text holds a NUL character"
    if not unicodedata.is_normalized("NFC", text):
        return "the text is not NFC-normalised, and reading normalises it"
    return None


def write_article(article: Article, directory: str | os.PathLike[str]) -> Path:
    """Write ``article`` to ``directory`` as ``<index:03d>_<id>.txt`` (``<id>.txt`` without index).

    The file is written atomically, UTF-8 with LF line ends; the directory is created if needed.
    Reading it back with the same ``extract`` gives an equal Article except for ``source``, which
    becomes the new path; metadata (date, language, outlet) is not part of the seed format.

    Raises :class:`SeedFormatError` for an article that would not read back unchanged.
    """
    name = f"{article.id}.txt" if article.index is None else f"{article.index:03d}_{article.id}.txt"
    target = Path(directory) / name
    problem = _unwritable(article)
    if problem is not None:
        raise SeedFormatError(
            f"cannot write the article in the seed format: {problem}", path=str(target)
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        write_text_atomic(target, _seed_text(article.title, article.paragraphs))
    except UnicodeEncodeError as error:
        raise SeedFormatError(
            f"cannot write the article in the seed format: {error.reason} at character "
            f"{error.start} of the text",
            path=str(target),
        ) from None
    return target
