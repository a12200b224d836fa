"""Reading a corpus from any source: seed files, a JSON Lines export or a Parquet export.

:func:`iter_source` streams the articles of a source; :func:`load` makes a :class:`Corpus` of
them, or, for a Parquet folder, an Arrow-backed corpus whose articles stay in the files.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Final

from newscorpus._corpus.corpus import Corpus, ErrorMode, _check_errors
from newscorpus._exceptions import QueryError
from newscorpus._identity.aliases import to_alias_table
from newscorpus._io.parallel import check_jobs
from newscorpus._io.progress import start_tracker, track

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping

    from newscorpus._identity.aliases import AliasSource
    from newscorpus._io.metadata import ArticleMetadata
    from newscorpus._io.progress import Progress
    from newscorpus._model import Article

__all__ = ["iter_source", "load"]

_JSONL_SUFFIXES: Final = (".jsonl", ".jsonl.gz")


def _is_jsonl(source: object) -> bool:
    if not isinstance(source, (str, os.PathLike)):
        return False
    name = os.fspath(source)
    return isinstance(name, str) and name.lower().endswith(_JSONL_SUFFIXES)


def iter_source(
    source: str | os.PathLike[str],
    *,
    errors: ErrorMode = "raise",
    metadata: Mapping[str, ArticleMetadata] | str | os.PathLike[str] | None = None,
    recursive: bool = False,
    extract: bool = True,
    jobs: int = 1,
    progress: Progress = None,
    language: str | None = None,
) -> Iterator[Article]:
    """Stream the articles of seed files (a file, folder, glob or archive) or a JSON Lines export.

    A path ending in ``.jsonl`` or ``.jsonl.gz`` is read with :func:`newscorpus.read_jsonl`,
    a folder written by :func:`newscorpus.write_parquet` with :func:`newscorpus.read_parquet`
    (their records carry their metadata, language and quotes, so only ``errors`` and
    ``progress`` apply, and they are read in one process whatever ``jobs`` says); anything else
    goes to :func:`newscorpus.iter_articles` with all the options.
    """
    _check_errors(errors)
    from newscorpus._io.parquet import is_parquet_folder  # noqa: PLC0415 - keeps imports light

    if _is_jsonl(source) or is_parquet_folder(source):
        kind = "JSON Lines" if _is_jsonl(source) else "Parquet"
        if metadata is not None or recursive or not extract:
            raise QueryError(
                f"metadata, recursive and extract apply to seed files, not to {kind} input",
                path=os.fspath(source),
            )
        if language is not None:
            raise QueryError(
                f"language applies to seed files; {kind} input keeps the language and quotes "
                "it was written with",
                path=os.fspath(source),
            )
        check_jobs(jobs)
        if not _is_jsonl(source):
            from newscorpus._io.parquet import read_parquet  # noqa: PLC0415 - pyarrow is optional

            return track(read_parquet(source), start_tracker(progress, lambda: None))
        from newscorpus._io.serialize import read_jsonl  # noqa: PLC0415 - keeps imports light

        return track(read_jsonl(source, errors=errors), start_tracker(progress, lambda: None))
    from newscorpus._io.reader import iter_articles  # noqa: PLC0415 - keeps imports light

    return iter_articles(
        source,
        errors=errors,
        metadata=metadata,
        recursive=recursive,
        extract=extract,
        jobs=jobs,
        progress=progress,
        language=language,
    )


def load(
    source: str | os.PathLike[str],
    *,
    errors: ErrorMode = "raise",
    metadata: Mapping[str, ArticleMetadata] | str | os.PathLike[str] | None = None,
    recursive: bool = False,
    extract: bool = True,
    aliases: AliasSource | None = None,
    jobs: int = 1,
    progress: Progress = None,
    language: str | None = None,
) -> Corpus:
    """Read a corpus from seed files (file, folder, glob or archive), ``.jsonl``/``.jsonl.gz``
    or a Parquet export folder.

    ``errors``, ``metadata``, ``recursive``, ``extract``, ``jobs``, ``progress`` and
    ``language`` go to the reader (:func:`iter_source`); a JSON Lines file or a Parquet folder
    takes only ``errors`` and ``progress`` (its records carry their metadata, language and
    quotes: any other option raises :class:`QueryError`). ``language`` (a tag of a registered
    language, as for :func:`iter_articles`) is the language of every seed article whose
    metadata gives none, instead of detecting it; an unsupported tag raises
    :class:`UnsupportedLanguageError`. ``errors`` also decides
    about duplicate article ids: ``"raise"`` raises :class:`DuplicateArticleError`, ``"warn"``
    keeps the first with a warning, ``"skip"`` keeps the first silently. ``aliases`` is a user
    alias table; a Parquet folder brings back the alias table it was written with unless
    ``aliases`` is given. ``jobs=2`` reads and extracts in two processes (``0``: one per core)
    with the same result.

    A Parquet folder gives a Corpus backed by its Arrow tables: opening reads little, articles
    are built from the files when they are asked for, and the speaker, date, group and stats
    queries read only the columns they need (same answers as the in-memory Corpus).
    """
    from newscorpus._io.parquet import is_parquet_folder  # noqa: PLC0415 - keeps imports light

    articles = iter_source(
        source,
        errors=errors,
        metadata=metadata,
        recursive=recursive,
        extract=extract,
        jobs=jobs,
        progress=progress,
        language=language,
    )
    if is_parquet_folder(source):
        # Arrow-backed: the articles stay in the files and are built when asked for.
        from newscorpus._corpus.arrow import open_arrow_corpus  # noqa: PLC0415 - needs pyarrow
        from newscorpus._io.parquet import read_parquet_aliases  # noqa: PLC0415

        table = read_parquet_aliases(source) if aliases is None else to_alias_table(aliases)
        return open_arrow_corpus(source, aliases=table, errors=errors)
    return Corpus(articles, aliases=aliases, errors=errors)
