"""Progress reports for long reads: a callback, or a tqdm bar.

``iter_articles``, ``iter_source`` and ``load`` accept ``progress=``:

* a callable ``progress(done, total)``: called once with ``done=0`` before the first file is read,
  then once after every file, read or skipped, in input order and in the calling process.
  ``total`` is the number of files, counted before reading, or None when it is not known without
  reading everything (a ``.tar`` stream, a JSON Lines export: there ``done`` counts articles).
* ``"tqdm"``: a tqdm progress bar on stderr (needs the ``progress`` extra, ``tqdm``).
* None (the default): nothing, and no counting.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Literal, TypeAlias

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator

    from newscorpus._model import Article

__all__ = ["Progress", "ProgressCallback", "Tracker", "start_tracker", "track"]

#: ``progress(done, total)``: files done so far, and the number of files if known.
ProgressCallback: TypeAlias = "Callable[[int, int | None], None]"
#: What ``progress=`` accepts.
Progress: TypeAlias = "ProgressCallback | Literal['tqdm'] | None"


class _TqdmBar:
    """Forwards ``(done, total)`` to a tqdm bar made on the first call."""

    def __init__(self) -> None:
        try:
            self._tqdm: Any = importlib.import_module("tqdm").tqdm
        except ImportError as error:
            raise ImportError(
                "progress='tqdm' needs tqdm, which is not installed; "
                "install it with: pip install 'newscorpus[progress]'"
            ) from error
        self._bar: Any = None

    def __call__(self, done: int, total: int | None) -> None:
        if self._bar is None:
            self._bar = self._tqdm(total=total, unit="article", desc="newscorpus")
        self._bar.update(done - self._bar.n)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()


class Tracker:
    """Counts files for one read and reports each step to the callback."""

    def __init__(self, callback: ProgressCallback, total: int | None) -> None:
        self._callback = callback
        self.total = total
        self.done = 0

    def start(self) -> None:
        self._callback(0, self.total)

    def advance(self) -> None:
        self.done += 1
        self._callback(self.done, self.total)

    def close(self) -> None:
        if isinstance(self._callback, _TqdmBar):
            self._callback.close()


def start_tracker(progress: Progress, total: Callable[[], int | None]) -> Tracker | None:
    """A tracker for ``progress=`` (None for None); ``total`` is only called when needed.

    Raises TypeError for a value that is neither None, ``"tqdm"`` nor a callable, and
    ImportError for ``"tqdm"`` when tqdm is not installed, so both show when the read is set up.
    """
    if progress is None:
        return None
    if progress == "tqdm":
        return Tracker(_TqdmBar(), total())
    if not callable(progress):
        raise TypeError(
            f"progress must be None, 'tqdm' or a callable progress(done, total), got {progress!r}"
        )
    return Tracker(progress, total())


def track(articles: Iterable[Article], tracker: Tracker | None) -> Iterator[Article]:
    """Report each article of ``articles`` to ``tracker`` as it passes (one article per step)."""
    if tracker is None:
        yield from articles
        return
    try:
        tracker.start()
        for article in articles:
            tracker.advance()
            yield article
    finally:
        tracker.close()
