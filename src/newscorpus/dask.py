"""Extract articles on a Dask cluster, from any fsspec URL, into a Parquet folder.

Needs the ``dask`` extra (``pip install 'newscorpus[dask]'``: dask, distributed, fsspec, pyarrow)::

    from newscorpus.dask import read_articles, write_parquet

    articles = read_articles("s3://bucket/news/", files_per_partition=64)  # a dask.bag.Bag
    write_parquet(articles, "s3://bucket/news-tables/")

:func:`read_articles` lists the files on the client and builds one partition per group of
files; each worker reads its own files through fsspec and parses and extracts them with the
reader's own functions, so the articles are the ones :func:`newscorpus.iter_articles` gives.
:func:`write_parquet` writes one part per partition of the articles and quotes tables on the
workers, brings back only each article's speakers, merges them into corpus-level speakers on the
client (as :class:`newscorpus.Corpus` does), and lets the workers fill in the quotes' corpus
speaker columns. The folder is the one :func:`newscorpus.write_parquet` writes, in parts:
``load()`` reads it into the same Corpus, and ``dask.dataframe.read_parquet(url + "/quotes")``
reads a table as a Dask dataframe.

The same calls run on the local machine (``scheduler="threads"``, ``"processes"`` or
``"sync"``) and on a ``distributed`` cluster (an active ``distributed.Client`` is used when no
``scheduler`` is given). URLs are local paths, ``file://``, ``memory://`` (one process only: an
in-memory file system is not shared with worker processes), and ``s3://``, ``gs://`` and the
other fsspec protocols whose packages (s3fs, gcsfs, ...) are installed.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Literal, cast

import attrs

from newscorpus._exceptions import MetadataError, QueryError
from newscorpus._identity.aliases import to_alias_table
from newscorpus._io.metadata import article_id_from_file_name, read_metadata
from newscorpus._io.parquet import (
    DEFAULT_ROWS_PER_GROUP,
    PART_GLOB,
    PartSummary,
    corpus_speakers_of_part,
    finish_quotes_part,
    merge_speakers,
    write_part,
    write_speakers,
)
from newscorpus._io.reader import is_archive_name, iter_articles_in_bytes
from newscorpus._io.serialize import iter_jsonl_bytes
from newscorpus._io.tables import TABLE_NAMES

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    import dask.bag

    from newscorpus._identity.aliases import AliasSource
    from newscorpus._io.metadata import ArticleMetadata
    from newscorpus._model import Article

__all__ = [
    "DEFAULT_FILES_PER_PARTITION",
    "SourceFile",
    "list_files",
    "read_articles",
    "write_parquet",
]

#: Seed files per partition: enough work per task to hide the scheduling cost (a few ms).
DEFAULT_FILES_PER_PARTITION: Final = 64

_SIDECAR_NAMES: Final = ("metadata.jsonl", "metadata.csv")
_JSONL_SUFFIXES: Final = (".jsonl", ".jsonl.gz")
_GLOB_MAGIC: Final = frozenset("*?[")

ErrorMode = Literal["raise", "warn", "skip"]


def _import_dask(what: str) -> tuple[Any, Any]:
    """Import dask (with its bag) and fsspec, or explain which extra to install."""
    try:
        import dask  # noqa: PLC0415 - optional
        import dask.bag  # noqa: PLC0415 - optional
        import fsspec  # type: ignore[import-untyped,import-not-found,unused-ignore]  # noqa: PLC0415 - optional
    except ImportError as error:
        raise ImportError(
            f"{what} needs dask and fsspec, which are not installed; "
            "install them with: pip install 'newscorpus[dask]'"
        ) from error
    return dask, fsspec


@attrs.frozen(kw_only=True)
class SourceFile:
    """One file to read: ``location`` as articles and errors name it, ``path`` in its file system.

    ``kind`` is ``"seed"``, ``"archive"`` (zip or tar of seed files) or ``"jsonl"``.
    """

    location: str
    path: str
    kind: Literal["seed", "archive", "jsonl"]


def _kind_of(name: str) -> Literal["seed", "archive", "jsonl"]:
    lowered = name.lower()
    if lowered.endswith(_JSONL_SUFFIXES):
        return "jsonl"
    if is_archive_name(lowered):
        return "archive"
    return "seed"


def _base_name(path: str) -> str:
    return path.rstrip("/").rsplit("/", 1)[-1]


def _walk(fs: Any, path: str, location: str, *, recursive: bool) -> list[SourceFile]:  # noqa: ANN401
    """The seed files of a folder in :func:`newscorpus.iter_articles`'s order: by name."""
    found: list[SourceFile] = []
    children = sorted(fs.ls(path, detail=True), key=lambda child: _base_name(child["name"]))
    for child in children:
        name = _base_name(child["name"])
        if name.startswith("."):
            continue
        where = f"{location.rstrip('/')}/{name}"
        if child["type"] == "directory":
            if recursive:
                found.extend(_walk(fs, child["name"], where, recursive=recursive))
        elif name.endswith(".txt"):
            found.append(SourceFile(location=where, path=child["name"], kind="seed"))
    return found


def _has_protocol(url: str) -> bool:
    return "://" in url


def _listing(
    urls: list[str], *, recursive: bool, storage_options: Mapping[str, Any]
) -> list[tuple[Any, list[SourceFile]]]:
    """Each URL's file system and files."""
    _, fsspec = _import_dask("list_files()")
    listing: list[tuple[Any, list[SourceFile]]] = []
    for url in urls:
        fs, path = fsspec.core.url_to_fs(url, **storage_options)
        if fs.isdir(path):
            _refuse_parquet_folder(fs, path, url)
            listing.append((fs, _walk(fs, path, url, recursive=recursive)))
        elif fs.isfile(path):
            listing.append((fs, [SourceFile(location=url, path=path, kind=_kind_of(path))]))
        elif _GLOB_MAGIC.intersection(url):
            matches = sorted(match for match in fs.glob(path) if fs.isfile(match))
            if not matches:
                raise FileNotFoundError(2, "no file matches the pattern", url)
            files = [
                SourceFile(
                    location=fs.unstrip_protocol(match) if _has_protocol(url) else match,
                    path=match,
                    kind=_kind_of(match),
                )
                for match in matches
            ]
            listing.append((fs, files))
        else:
            raise FileNotFoundError(2, "no such file, directory or archive", url)
    return listing


def _refuse_parquet_folder(fs: Any, path: str, url: str) -> None:  # noqa: ANN401
    """A folder written by ``write_parquet`` holds no seed files: say so instead of reading 0."""
    if fs.glob(f"{path.rstrip('/')}/articles/{PART_GLOB}"):
        raise QueryError(
            "a Parquet export folder, not seed files: newscorpus.load() reads it, and "
            "dask.dataframe.read_parquet() its articles/ and quotes/ tables",
            path=url,
        )


def _url_list(urls: str | os.PathLike[str] | Sequence[str | os.PathLike[str]]) -> list[str]:
    given = [urls] if isinstance(urls, (str, os.PathLike)) else list(urls)
    return [os.fspath(url) for url in given]


def list_files(
    urls: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    *,
    recursive: bool = False,
    storage_options: Mapping[str, Any] | None = None,
) -> list[SourceFile]:
    """The files that ``urls`` name, in the order they are read.

    Each URL is a seed file, an archive or a JSON Lines file; a folder (its ``*.txt`` files by
    name, subfolders too with ``recursive``); or a glob pattern (its matches by name).
    """
    listing = _listing(
        _url_list(urls), recursive=recursive, storage_options=dict(storage_options or {})
    )
    return [file for _, files in listing for file in files]


def _find_sidecar(fs: Any, path: str, url: str) -> tuple[str, str] | None:  # noqa: ANN401
    """A folder's sidecar, found as ``find_sidecar`` finds it: its (path, url)."""
    folder = path.rstrip("/")
    parent, _, name = folder.rpartition("/")
    candidates = [
        (f"{folder}/{sidecar}", f"{url.rstrip('/')}/{sidecar}") for sidecar in _SIDECAR_NAMES
    ]
    beside_url = url.rstrip("/").rpartition("/")[0]
    beside = f"{name}.manifest.jsonl"
    candidates.append((f"{parent}/{beside}", f"{beside_url}/{beside}" if beside_url else beside))
    found = [candidate for candidate in candidates if fs.isfile(candidate[0])]
    if len(found) > 1:
        names = ", ".join(location for _, location in found)
        raise MetadataError(
            f"several metadata sidecars found ({names}): pass metadata= to choose one", path=url
        )
    return found[0] if found else None


def _read_remote_metadata(fs: Any, path: str, url: str) -> dict[str, ArticleMetadata]:  # noqa: ANN401
    """Read a sidecar through fsspec (the metadata reader reads local files)."""
    suffix = ".csv" if path.lower().endswith(".csv") else ".jsonl"
    with tempfile.TemporaryDirectory() as folder:
        local = Path(folder) / f"sidecar{suffix}"
        local.write_bytes(fs.cat_file(path))
        try:
            return read_metadata(local)
        except MetadataError as error:
            raise MetadataError(error.reason, path=url, line=error.line) from None


def _metadata_table(
    urls: list[str],
    metadata: Mapping[str, ArticleMetadata] | str | os.PathLike[str] | None,
    storage_options: Mapping[str, Any],
) -> Mapping[str, ArticleMetadata] | None:
    _, fsspec = _import_dask("read_articles()")
    if isinstance(metadata, (str, os.PathLike)):
        url = os.fspath(metadata)
        fs, path = fsspec.core.url_to_fs(url, **storage_options)
        return _read_remote_metadata(fs, path, url)
    if metadata is not None:
        return metadata
    # As iter_articles does for a folder: its sidecar, if it has one (one folder given).
    if len(urls) != 1:
        return None
    fs, path = fsspec.core.url_to_fs(urls[0], **storage_options)
    if not fs.isdir(path):
        return None
    sidecar = _find_sidecar(fs, path, urls[0])
    return None if sidecar is None else _read_remote_metadata(fs, *sidecar)


def _read_partition(
    files: Sequence[SourceFile],
    fs: Any,  # noqa: ANN401 - an fsspec file system
    metadata: Mapping[str, ArticleMetadata] | None,
    errors: ErrorMode,
    extract: bool,
) -> list[Article]:
    """Read, parse and extract one partition's files (runs on a worker)."""
    articles: list[Article] = []
    for file in files:
        try:
            data = fs.cat_file(file.path)
        except OSError as error:
            if errors == "raise":
                raise
            if errors == "warn":
                import warnings  # noqa: PLC0415 - only for this rare case

                from newscorpus._exceptions import NewsCorpusWarning  # noqa: PLC0415

                warnings.warn(
                    NewsCorpusWarning(
                        f"cannot read the file: {error} (skipped)", path=file.location
                    ),
                    stacklevel=2,
                )
            continue
        if file.kind == "jsonl":
            articles.extend(iter_jsonl_bytes(data, location=file.location, errors=errors))
        else:
            articles.extend(
                iter_articles_in_bytes(
                    data, location=file.location, errors=errors, metadata=metadata, extract=extract
                )
            )
    return articles


def _groups(files: list[SourceFile], size: int) -> list[list[SourceFile]]:
    """Consecutive groups of at most ``size`` seed files; an archive or JSONL file alone."""
    groups: list[list[SourceFile]] = []
    current: list[SourceFile] = []
    for file in files:
        if file.kind != "seed":
            if current:
                groups.append(current)
                current = []
            groups.append([file])
            continue
        current.append(file)
        if len(current) >= size:
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    return groups


def _metadata_of_group(
    group: list[SourceFile], table: Mapping[str, ArticleMetadata] | None
) -> Mapping[str, ArticleMetadata] | None:
    """Only the entries a partition needs: seed files name their ids, archives do not."""
    if table is None or any(file.kind != "seed" for file in group):
        return table
    ids = (article_id_from_file_name(_base_name(file.path)) for file in group)
    return {article_id: table[article_id] for article_id in ids if article_id in table}


def read_articles(
    urls: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    *,
    files_per_partition: int = DEFAULT_FILES_PER_PARTITION,
    errors: ErrorMode = "raise",
    metadata: Mapping[str, ArticleMetadata] | str | os.PathLike[str] | None = None,
    recursive: bool = False,
    extract: bool = True,
    storage_options: Mapping[str, Any] | None = None,
) -> dask.bag.Bag:
    """A Dask bag of the articles of seed files, archives and JSON Lines files at ``urls``.

    The files are listed now (:func:`list_files`); each partition holds up to
    ``files_per_partition`` seed files, or one archive or JSON Lines file, and is read, parsed
    and extracted on a worker when the bag is computed. In partition order the articles are the
    ones :func:`newscorpus.iter_articles` (or ``read_jsonl``) gives for the same files.

    ``metadata`` is a mapping from id to :class:`ArticleMetadata` or the URL of a sidecar; for
    one folder without it the folder's sidecar is found as :func:`iter_articles` finds it (pass
    ``{}`` to ignore it). ``errors`` is applied on the workers; warnings there go to the
    workers' logs, so ``"raise"`` or ``"skip"`` suit a cluster best.
    """
    dask_api, _ = _import_dask("read_articles()")
    if (
        isinstance(files_per_partition, bool)
        or not isinstance(files_per_partition, int)
        or files_per_partition < 1
    ):
        raise QueryError(
            f"files_per_partition must be an integer >= 1, got {files_per_partition!r}"
        )
    if errors not in ("raise", "warn", "skip"):
        raise QueryError(f"errors must be 'raise', 'warn' or 'skip', got {errors!r}")
    options = dict(storage_options or {})
    names = _url_list(urls)
    listing = _listing(names, recursive=recursive, storage_options=options)
    table = _metadata_table(names, metadata, options)
    parts = [
        dask_api.delayed(_read_partition, pure=True)(
            group, fs, _metadata_of_group(group, table), errors, extract
        )
        for fs, files in listing
        for group in _groups(files, files_per_partition)
    ]
    if not parts:
        return cast("dask.bag.Bag", dask_api.bag.from_sequence([], npartitions=1))
    return cast("dask.bag.Bag", dask_api.bag.from_delayed(parts))


def _write_partition(
    articles: list[Article],
    folder: str,
    number: int,
    fs: Any,  # noqa: ANN401 - an fsspec file system
    rows_per_group: int,
) -> PartSummary:
    """Write one partition's articles and quotes (runs on a worker)."""
    return write_part(articles, folder, number, files=fs, rows_per_group=rows_per_group)


def write_parquet(
    articles: dask.bag.Bag | str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    url: str | os.PathLike[str],
    *,
    aliases: AliasSource | None = None,
    rows_per_group: int = DEFAULT_ROWS_PER_GROUP,
    scheduler: str | None = None,
    storage_options: Mapping[str, Any] | None = None,
) -> int:
    """Write a bag of articles (or the articles at URLs) as a Parquet folder at ``url``.

    One part per partition: ``articles/part-NNNNN.parquet`` and ``quotes/part-NNNNN.parquet``,
    written by the workers, and ``speakers/part-00000.parquet`` from the corpus-level speaker
    merge on the client (with ``aliases``, a user alias table, winning as in a Corpus). Parts of
    an earlier export at ``url`` are replaced. ``scheduler`` goes to ``dask.compute`` (None: an
    active ``distributed.Client``, else dask's default). Returns the number of articles.
    """
    dask_api, fsspec = _import_dask("newscorpus.dask.write_parquet()")
    bag: dask.bag.Bag
    if isinstance(articles, (str, os.PathLike)) or not hasattr(articles, "to_delayed"):
        bag = read_articles(articles, storage_options=storage_options)
    else:
        bag = cast("dask.bag.Bag", articles)
    table = None if aliases is None else to_alias_table(aliases)
    fs, root = fsspec.core.url_to_fs(os.fspath(url), **dict(storage_options or {}))
    root = root.rstrip("/")
    fs.makedirs(root, exist_ok=True)
    for name in TABLE_NAMES:
        for old in fs.glob(f"{root}/{name}/part-*"):
            fs.rm(old)
    writes = [
        dask_api.delayed(_write_partition, pure=False)(part, root, number, fs, rows_per_group)
        for number, part in enumerate(bag.to_delayed())  # type: ignore[no-untyped-call]
    ]
    summaries: tuple[PartSummary, ...] = dask_api.compute(*writes, scheduler=scheduler)
    index, offsets = merge_speakers(summaries, table)
    finishes = []
    for summary, offset in zip(
        sorted(summaries, key=lambda part: part.number), offsets, strict=True
    ):
        speakers = corpus_speakers_of_part(index, summary, offset)
        finishes.append(
            dask_api.delayed(finish_quotes_part, pure=False)(
                root, summary.number, speakers, files=fs
            )
        )
    counts = dask_api.compute(*finishes, scheduler=scheduler)
    write_speakers(root, index, table, article_counts=counts, files=fs)
    return sum(len(summary.articles) for summary in summaries)
