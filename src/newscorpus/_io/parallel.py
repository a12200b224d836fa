"""Read and extract articles in a pool of worker processes, in order and in bounded memory.

What runs where (``iter_articles(..., jobs=N)`` with N > 1):

* Seed files of a folder, glob or single path: the parent only lists them; each worker reads
  (within the size limit), decodes, splits and extracts its own files and sends back the
  article in the compact form of :mod:`newscorpus._io.compact` (offsets instead of copied
  text, ~0.4x the size of a pickled Article), which the parent turns back into an Article
  without re-running the checks.
* Archive members: a ``.zip`` or ``.tar`` is one stream that only the parent can read, so the
  parent reads each member's bytes and the workers do the rest (decoding, splitting,
  extraction). Reading is a small part of the work, so this scales about as well.
* JSON Lines exports are not handled here: their records already hold the quotes, and decoding
  them costs about as much as sending the result back, so they are read in one process.

:func:`map_in_order` is the same pool for any picklable items (``evaluate(..., jobs=N)`` sends
gold documents and gets their quotes back): a bounded window of chunks, results in input order.

Work goes out in chunks of :data:`CHUNK_SIZE` files, and at most :data:`CHUNKS_PER_WORKER`
chunks per worker are in flight; the parent hands the results on strictly in input order, so a
slow file holds the others back but memory stays bounded for any corpus size. Failures travel
as values and are raised, warned about or skipped in the parent at the failing file's place in
the order, exactly as ``jobs=1`` does; the metadata rows that workers looked up are recorded in
the parent's sidecar in the same order, so its end-of-read warnings about rows that matched no
article are the same too. Workers ignore SIGINT: on Ctrl-C the parent's
KeyboardInterrupt cancels the pending work and shuts the pool down, and so does any error or a
consumer that stops iterating early.
"""

from __future__ import annotations

import collections
import itertools
import os
import signal
import sys
import warnings
from typing import TYPE_CHECKING, Any, Final, Literal, NamedTuple, Protocol, TypeAlias, TypeVar

from newscorpus._exceptions import NewsCorpusError
from newscorpus._io import compact as _compact

if TYPE_CHECKING:
    import multiprocessing.context
    from collections.abc import Callable, Iterable, Iterator, Mapping
    from concurrent.futures import Future

    from newscorpus._io.metadata import ArticleMetadata
    from newscorpus._model import Article

__all__ = [
    "CHUNKS_PER_WORKER",
    "CHUNK_SIZE",
    "MAX_JOBS",
    "FileReading",
    "available_cores",
    "check_jobs",
    "map_in_order",
    "read_parallel",
]

_Item = TypeVar("_Item")
_Value = TypeVar("_Value")

#: Files per task sent to a worker: large enough that the per-task cost of the pool (pickling,
#: queues, a wake-up) is under 1 % of the work, small enough to keep the workers evenly busy.
CHUNK_SIZE: Final = 16
#: Chunks in flight per worker: one being worked on, the rest queued so no worker waits for the
#: parent. This bounds memory: at most ``jobs * CHUNKS_PER_WORKER * CHUNK_SIZE`` articles.
CHUNKS_PER_WORKER: Final = 3
#: The most worker processes ``jobs`` may ask for: more than the cores of any machine this runs
#: on, so a larger count is a mistake (``-j 1000000``). Forked pools start every worker at once,
#: and that many would take all memory. ``jobs=0`` gives the cores, even beyond this.
MAX_JOBS: Final = 256

#: Where workers are forked (see _pool_context); macOS has fork, but forking there is unsafe.
_FORK_PLATFORMS: Final = frozenset({"linux"})

#: What the parent sends for one file: the function that reads it (the worker calls it: a file
#: of a folder or glob), or the bytes the parent has read (an archive member).
_Task: TypeAlias = tuple[str, str, "bytes | Callable[[], bytes]"]
#: What comes back for one file: the ids looked up in the metadata, and an article or the error
#: the file raised (``failed``: a NewsCorpusError or OSError, which ``errors=`` decides about;
#: ``crashed``: anything else, which is raised whatever ``errors`` says, as with ``jobs=1``).
_Outcome: TypeAlias = (
    "tuple[Literal['ok'], _compact.CompactArticle]"
    " | tuple[Literal['failed'], NewsCorpusError | OSError]"
    " | tuple[Literal['crashed'], Exception]"
)
_Result: TypeAlias = "tuple[tuple[str, ...], _Outcome]"


class ParseFile(Protocol):
    """How a worker turns one file's bytes into an article (the reader's seed grammar).

    Returns the ids it looked up in the metadata ``table`` and the article; raises a
    NewsCorpusError or OSError for a bad file.
    """

    def __call__(
        self,
        data: bytes,
        *,
        name: str,
        location: str,
        table: Mapping[str, ArticleMetadata] | None,
        language: str | None,
        extract: bool,
    ) -> tuple[tuple[str, ...], Article]: ...


class Metadata(Protocol):
    """The parent's metadata sidecar: the table the workers get, and a record of the rows used."""

    @property
    def table(self) -> Mapping[str, ArticleMetadata] | None: ...
    @property
    def language(self) -> str | None: ...
    def lookup(self, article_id: str) -> ArticleMetadata | None: ...


class FileReading(NamedTuple):
    """What the reader lends this pool, so that the pool never imports the reader.

    ``parse`` runs in the workers (a module-level function: it pickles by reference);
    ``reads_in_worker`` tells whether a file's loader may run in a worker (a plain file) or
    must run here (an archive member, read from a stream only this process holds);
    ``as_warning`` words a skipped file's error for ``errors="warn"``.
    """

    parse: ParseFile
    reads_in_worker: Callable[[Callable[[], bytes]], bool]
    as_warning: Callable[[NewsCorpusError | OSError, str], Warning]


def available_cores() -> int:
    """The CPU cores this process may run on (what ``jobs=0`` uses)."""
    affinity = getattr(os, "sched_getaffinity", None)  # Linux: honours taskset and cgroups
    if affinity is not None:
        return len(affinity(0))
    return os.cpu_count() or 1


def check_jobs(jobs: int) -> int:
    """The number of processes ``jobs`` asks for: itself, or all cores for 0."""
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 0:
        raise ValueError(f"jobs must be an integer >= 0 (0 means all cores), got {jobs!r}")
    if jobs > MAX_JOBS:
        raise ValueError(f"jobs must be at most {MAX_JOBS} (0 means all cores), got {jobs!r}")
    return available_cores() if jobs == 0 else jobs


# --- worker side -------------------------------------------------------------------------------


_worker_table: Mapping[str, ArticleMetadata] | None = None
_worker_language: str | None = None
_worker_extract = True
_worker_parse: ParseFile | None = None


def _start_worker(
    parse: ParseFile,
    table: Mapping[str, ArticleMetadata] | None,
    language: str | None,
    extract: bool,
) -> None:
    global _worker_parse, _worker_table, _worker_language, _worker_extract  # noqa: PLW0603 - a worker's state
    _worker_parse = parse
    _worker_table = table
    _worker_language = language
    _worker_extract = extract
    # Ctrl-C reaches the whole process group; the parent alone decides how to stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _run_chunk(tasks: list[_Task]) -> list[_Result]:
    parse = _worker_parse
    assert parse is not None  # set by _start_worker in every worker
    results: list[_Result] = []
    for location, name, payload in tasks:
        looked_up: tuple[str, ...] = ()
        outcome: _Outcome
        try:
            data = payload if isinstance(payload, bytes) else payload()
            looked_up, article = parse(
                data,
                name=name,
                location=location,
                table=_worker_table,
                language=_worker_language,
                extract=_worker_extract,
            )
        except (NewsCorpusError, OSError) as error:
            outcome = ("failed", error)
        except Exception as error:  # noqa: BLE001 - sent to the parent, which raises it there
            outcome = ("crashed", error)
        else:
            outcome = ("ok", _compact.encode(article))
        results.append((looked_up, outcome))
    return results


_worker_function: Callable[[Any], Any] | None = None


def _start_mapper(function: Callable[[Any], Any]) -> None:
    global _worker_function  # noqa: PLW0603 - per-process state of a worker
    _worker_function = function
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _map_chunk(items: list[Any]) -> list[Any]:
    function = _worker_function
    assert function is not None  # set by _start_mapper in every worker
    return [function(item) for item in items]


# --- parent side -------------------------------------------------------------------------------


def _pool_context() -> multiprocessing.context.BaseContext:
    import multiprocessing  # noqa: PLC0415 - only a parallel read pays for the import

    # fork (Linux) starts workers in milliseconds, shares the parent's loaded lexicons and does
    # not re-run the caller's script, so `load(..., jobs=2)` works at the top level of a script.
    # Elsewhere the platform's default applies, with its usual `if __name__ == "__main__":` rule.
    if sys.platform in _FORK_PLATFORMS:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context()


class _Chunk:
    """One task in flight: the locations of its files and their results, once known."""

    __slots__ = ("future", "locations", "results")

    def __init__(
        self,
        locations: list[str],
        results: list[_Result | None],
        future: Future[list[_Result]] | None,
    ) -> None:
        self.locations = locations
        self.results = results
        self.future = future

    def collect(self) -> list[_Result]:
        """Every file's result, the worker's filled into the slots the parent left open."""
        if self.future is None:
            return [result for result in self.results if result is not None]
        from concurrent.futures.process import BrokenProcessPool  # noqa: PLC0415 - see above

        try:
            computed = iter(self.future.result())
        except BrokenProcessPool:
            raise NewsCorpusError(
                "a worker process ended abruptly (killed, or out of memory?); "
                "run again with jobs=1 to see the file that causes it"
            ) from None
        return [next(computed) if result is None else result for result in self.results]


def _as_task(location: str, name: str, load: Callable[[], bytes], reading: FileReading) -> _Task:
    """Let the worker read a file itself; read anything else (an archive member) here."""
    if reading.reads_in_worker(load):
        return location, name, load
    return location, name, load()


def read_parallel(
    entries: Iterator[tuple[str, str, Callable[[], bytes]]],
    *,
    jobs: int,
    errors: Literal["raise", "warn", "skip"],
    sidecar: Metadata,
    extract: bool,
    advance: Callable[[], None] | None,
    reading: FileReading,
) -> Iterator[tuple[str, Article]]:
    """``(location, article)`` for the files of ``entries``, read by ``jobs`` processes, in order.

    Same results, errors and warnings as reading them one by one in this process; ``advance``
    is called once per file (read or not), before its article is yielded.
    """
    from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415 - only paid when used

    executor = ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=_pool_context(),
        initializer=_start_worker,
        initargs=(reading.parse, sidecar.table, sidecar.language, extract),
    )
    in_flight: collections.deque[_Chunk] = collections.deque()
    # An error raised by the listing itself (a damaged archive) waits for its turn, like the
    # files before it.
    listing_error: Exception | None = None
    finished = False
    try:
        while True:
            while not finished and len(in_flight) < jobs * CHUNKS_PER_WORKER:
                locations: list[str] = []
                slots: list[_Result | None] = []
                tasks: list[_Task] = []
                try:
                    for location, name, load in entries:
                        locations.append(location)
                        try:
                            tasks.append(_as_task(location, name, load, reading))
                            slots.append(None)
                        except (NewsCorpusError, OSError) as error:
                            slots.append(((), ("failed", error)))
                        if len(locations) == CHUNK_SIZE:
                            break
                    else:
                        finished = True
                except Exception as error:  # noqa: BLE001 - raised in its turn, below
                    listing_error = error
                    finished = True
                future = executor.submit(_run_chunk, tasks) if tasks else None
                if locations:
                    in_flight.append(_Chunk(locations, slots, future))
            if not in_flight:
                break
            chunk = in_flight.popleft()
            for location, (looked_up, outcome) in zip(
                chunk.locations, chunk.collect(), strict=True
            ):
                for article_id in looked_up:
                    sidecar.lookup(article_id)
                if outcome[0] == "ok":
                    if advance is not None:
                        advance()
                    yield location, _compact.decode(outcome[1])
                    continue
                if outcome[0] == "crashed":
                    raise outcome[1]
                if errors == "raise":
                    raise outcome[1]
                if errors == "warn":
                    warnings.warn(reading.as_warning(outcome[1], location), stacklevel=4)
                if advance is not None:
                    advance()
        if listing_error is not None:
            raise listing_error
    finally:
        # Runs on exhaustion, on any error, on KeyboardInterrupt and when the consumer stops
        # early: nothing queued is started, and the workers are waited for, so none is left.
        executor.shutdown(wait=True, cancel_futures=True)


def _broken_pool() -> NewsCorpusError:
    return NewsCorpusError(
        "a worker process ended abruptly (killed, or out of memory?); "
        "run again with jobs=1 to see the input that causes it"
    )


def map_in_order(
    function: Callable[[_Item], _Value],
    items: Iterable[_Item],
    *,
    jobs: int,
    chunk_size: int = CHUNK_SIZE,
) -> Iterator[_Value]:
    """``function(item)`` for every item, computed by ``jobs`` worker processes, in input order.

    Items go out in chunks of ``chunk_size``, at most :data:`CHUNKS_PER_WORKER` chunks per
    worker in flight, so memory stays bounded however many items there are. ``function`` is
    given to each worker once (inherited where workers are forked, else pickled); items and
    results are pickled. An exception that ``function`` raises is raised here, in its turn.
    """
    from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415 - only paid when used
    from concurrent.futures.process import BrokenProcessPool  # noqa: PLC0415

    executor = ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=_pool_context(),
        initializer=_start_mapper,
        initargs=(function,),
    )
    pending = iter(items)
    in_flight: collections.deque[Future[list[Any]]] = collections.deque()
    try:
        while True:
            while len(in_flight) < jobs * CHUNKS_PER_WORKER:
                chunk = list(itertools.islice(pending, chunk_size))
                if not chunk:
                    break
                in_flight.append(executor.submit(_map_chunk, chunk))
            if not in_flight:
                break
            try:
                values: list[_Value] = in_flight.popleft().result()
            except BrokenProcessPool:
                raise _broken_pool() from None
            yield from values
    finally:
        # As in read_parallel: nothing queued is started, and no worker is left behind.
        executor.shutdown(wait=True, cancel_futures=True)
