"""Read and write articles in the seed format: one UTF-8 text file per article.

A seed file holds the headline on line 1, a blank line 2, then one paragraph per line; blank
lines may follow at the end. Files are named ``NNN_<16 hex id>.txt``. The format, its encoding
rules and every error and warning are described in ``docs/seed-format.md``.
"""

from __future__ import annotations

import errno
import functools
import glob
import hashlib
import io
import os
import tarfile
import unicodedata
import warnings
import zipfile
import zlib
from pathlib import Path, PurePath
from typing import IO, TYPE_CHECKING, Final, Literal

from newscorpus._exceptions import (
    ArchiveError,
    ArchiveMemberError,
    DecodeError,
    MetadataError,
    NewsCorpusError,
    NewsCorpusWarning,
    SeedFormatError,
)
from newscorpus._extract import pipeline as _extract
from newscorpus._io.atomic import write_text_atomic
from newscorpus._io.metadata import ArticleMetadata, read_metadata, split_file_name
from newscorpus._model import Article, ArticleWarning

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Mapping

__all__ = [
    "find_sidecar",
    "is_archive_name",
    "iter_articles",
    "iter_articles_in_bytes",
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
    findings: list[ArticleWarning] = []
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
    article = Article(
        id=article_id,
        title=title,
        paragraphs=paragraphs,
        index=index,
        language=metadata.language,
        published=metadata.published,
        source=metadata.source if metadata.source is not None else source,
        outlet=metadata.outlet,
        warnings=warnings_before + findings,
    )
    if extract:
        article = _extract.annotate_article(article)
    return article


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
    metadata: Mapping[str, ArticleMetadata] | None,
    extract: bool,
) -> Article:
    text, decode_warnings = _decode(data, path=location)
    text = _normalise(text)
    _check_not_binary(text, path=location)
    split = split_file_name(name)
    name_warnings: tuple[ArticleWarning, ...] = ()
    if split is None:
        index, article_id = None, PurePath(name).stem
        name_warnings = (
            ArticleWarning(
                code="unusual-file-name",
                message=(
                    f"file name {name!r} is not of the form NNN_<16 hex digits>.txt: "
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
        metadata=metadata.get(article_id) if metadata is not None else None,
        extract=extract,
    )


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

    Raises :class:`SeedFormatError` (or its :class:`DecodeError`) naming file and line, and
    :class:`OSError` if the file cannot be read.
    """
    file = Path(path)
    return _article_from_bytes(
        file.read_bytes(),
        name=file.name,
        location=os.fspath(path),
        metadata=metadata,
        extract=extract,
    )


# --- sources: files, directories, globs, archives ----------------------------------------------


def _is_seed_name(name: str) -> bool:
    return name.endswith(".txt") and not name.startswith(".")


def _directory_entries(directory: str, *, recursive: bool) -> Iterator[_Entry]:
    with os.scandir(directory) as scan:
        children = sorted(scan, key=lambda child: child.name)
    for child in children:
        if child.name.startswith("."):
            continue
        if child.is_dir(follow_symlinks=False):
            if recursive:
                yield from _directory_entries(child.path, recursive=recursive)
        elif _is_seed_name(child.name) and child.is_file():
            yield child.path, child.name, Path(child.path).read_bytes


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


def _damaged_archive(archive: str, error: Exception) -> ArchiveError:
    return ArchiveError(f"cannot read the archive: {error}", path=archive)


def _read_zip_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, location: str) -> bytes:
    try:
        return archive.read(info)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError) as error:
        raise ArchiveMemberError(
            f"cannot read archive member {info.filename!r}: {error}", path=location
        ) from None


def _zip_entries(archive: str, data: IO[bytes] | None = None) -> Iterator[_Entry]:
    try:
        opened = zipfile.ZipFile(archive if data is None else data)
    except (zipfile.BadZipFile, EOFError) as error:
        raise _damaged_archive(archive, error) from None
    with opened:
        for info in opened.infolist():
            name = info.filename
            location = f"{archive}/{name}"
            if _is_unsafe_member(name):
                yield location, name, functools.partial(_refuse_member, archive, name)
                continue
            base = name.rsplit("/", 1)[-1]
            if info.is_dir() or not _is_seed_name(base):
                continue
            yield location, base, functools.partial(_read_zip_member, opened, info, archive)


def _read_tar_member(archive: tarfile.TarFile, member: tarfile.TarInfo, location: str) -> bytes:
    try:
        stream = archive.extractfile(member)
        if stream is None:  # pragma: no cover - only regular members are read
            raise ArchiveMemberError(f"archive member {member.name!r} is not a file", path=location)
        with stream:
            return stream.read()
    except (tarfile.TarError, zlib.error, EOFError, OSError) as error:
        raise ArchiveMemberError(
            f"cannot read archive member {member.name!r}: {error}", path=location
        ) from None


def _tar_entries(archive: str, data: IO[bytes] | None = None) -> Iterator[_Entry]:
    try:
        # A stream of bytes (from fsspec) is read the same way as a file.
        if data is None:
            opened = tarfile.open(archive, mode="r|*")  # noqa: SIM115 - closed by the with below
        else:
            opened = tarfile.open(fileobj=data, mode="r|*")  # noqa: SIM115 - closed below too
    except (tarfile.TarError, zlib.error, EOFError, OSError) as error:
        raise _damaged_archive(archive, error) from None
    with opened:
        members = iter(opened)
        while True:
            try:
                member = next(members)
            except StopIteration:
                return
            except (tarfile.TarError, zlib.error, EOFError, OSError) as error:
                raise _damaged_archive(archive, error) from None
            name = member.name
            location = f"{archive}/{name}"
            if _is_unsafe_member(name):
                yield location, name, functools.partial(_refuse_member, archive, name)
                continue
            base = name.rsplit("/", 1)[-1]
            if not member.isreg() or not _is_seed_name(base):
                continue
            yield location, base, functools.partial(_read_tar_member, opened, member, archive)


def _file_entries(files: list[str]) -> Iterator[_Entry]:
    for file in files:
        yield file, Path(file).name, Path(file).read_bytes


def _sources(
    source: str | os.PathLike[str], *, recursive: bool
) -> tuple[Iterator[_Entry], str | None]:
    """The entries to read and, for a directory, the directory (to look for a sidecar)."""
    location = os.fspath(source)
    path = Path(location)
    if path.is_dir():
        return _directory_entries(location, recursive=recursive), location
    if path.is_file():
        lowered = path.name.lower()
        if lowered.endswith(_ZIP_SUFFIXES):
            return _zip_entries(location), None
        if lowered.endswith(_TAR_SUFFIXES):
            return _tar_entries(location), None
        return _file_entries([location]), None
    if isinstance(source, str) and _GLOB_MAGIC.intersection(source):
        matches = sorted(
            match
            for match in glob.glob(source, recursive=recursive)  # noqa: PTH207 - absolute patterns too
            if Path(match).is_file()
        )
        if not matches:
            raise FileNotFoundError(errno.ENOENT, "no file matches the pattern", source)
        return _file_entries(matches), None
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
    return NewsCorpusWarning(
        f"cannot read the file: {error.strerror or error} (skipped)", path=location
    )


def _read_entries(
    entries: Iterator[_Entry],
    *,
    errors: ErrorPolicy,
    metadata: Mapping[str, ArticleMetadata] | None,
    extract: bool,
) -> Iterator[Article]:
    for location, name, load in entries:
        try:
            article = _article_from_bytes(
                load(), name=name, location=location, metadata=metadata, extract=False
            )
        except (NewsCorpusError, OSError) as error:
            if errors == "raise":
                raise
            if errors == "warn":
                warnings.warn(_as_warning(error, location), stacklevel=2)
            continue
        yield _extract.annotate_article(article) if extract else article


def iter_articles(
    source: str | os.PathLike[str],
    *,
    errors: ErrorPolicy = "raise",
    metadata: Mapping[str, ArticleMetadata] | str | os.PathLike[str] | None = None,
    recursive: bool = False,
    extract: bool = True,
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

    Arguments, the source and the sidecar are checked when this is called; files are read as the
    iterator is consumed.
    """
    if errors not in _ERROR_POLICIES:
        raise ValueError(f"errors must be 'raise', 'warn' or 'skip', got {errors!r}")
    entries, directory = _sources(source, recursive=recursive)
    table: Mapping[str, ArticleMetadata] | None
    if isinstance(metadata, (str, os.PathLike)):
        table = read_metadata(metadata)
    elif metadata is None and directory is not None:
        sidecar = find_sidecar(directory)
        table = read_metadata(sidecar) if sidecar is not None else None
    else:
        table = metadata
    return _read_entries(entries, errors=errors, metadata=table, extract=extract)


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
) -> Iterator[Article]:
    """Yield the articles of one file's bytes, as :func:`iter_articles` reads that file.

    ``location`` is where the bytes come from (a path or URL): its name says whether they are a
    seed file or a ``.zip``/``.tar`` archive of them, and it is the articles' ``source`` and the
    place named in errors. For readers of other storage (the Dask path reads through fsspec).
    """
    if errors not in _ERROR_POLICIES:
        raise ValueError(f"errors must be 'raise', 'warn' or 'skip', got {errors!r}")
    name = location.rstrip("/").rsplit("/", 1)[-1]
    lowered = name.lower()
    entries: Iterator[_Entry]
    if lowered.endswith(_ZIP_SUFFIXES):
        entries = _zip_entries(location, io.BytesIO(data))
    elif lowered.endswith(_TAR_SUFFIXES):
        entries = _tar_entries(location, io.BytesIO(data))
    else:
        entries = iter([(location, name, lambda: data)])
    return _read_entries(entries, errors=errors, metadata=metadata, extract=extract)


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
