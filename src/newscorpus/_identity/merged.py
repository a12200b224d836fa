"""A corpus as the writers see it, described by shape so that writing needs nothing from the
corpus step (which stands above the writers and reads its files through them).

The writers take a Corpus or any iterable of articles; from a Corpus they write its corpus-level
speakers, merged with its alias table. :class:`MergedArticles` is what they read of one, and
:class:`ReadFromFolder` tells a corpus whose articles stay in a folder (a Parquet export).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator
    from pathlib import Path

    from newscorpus._identity.aliases import AliasSource, AliasTable
    from newscorpus._model import Article, Speaker

__all__ = ["MergedArticles", "MergedQuote", "ReadFromFolder"]


class MergedQuote(Protocol):
    """A quote of a corpus with its corpus-level speakers (``QuoteHit``)."""

    @property
    def speakers(self) -> tuple[Speaker, ...]: ...


@runtime_checkable
class MergedArticles(Protocol):
    """Articles whose speakers are merged across them: :class:`newscorpus.Corpus`."""

    def __iter__(self) -> Iterator[Article]: ...

    @property
    def aliases(self) -> AliasTable | None: ...

    def with_aliases(self, table: AliasSource | None) -> MergedArticles: ...

    def quote_rows(self) -> Iterator[dict[str, str | int | None]]: ...

    def quotes(self) -> Iterable[MergedQuote]: ...

    def speaker(self, name: str) -> Speaker | None: ...


@runtime_checkable
class ReadFromFolder(Protocol):
    """A corpus whose articles stay in the files of a folder (``ArrowCorpus``)."""

    @property
    def folder(self) -> Path: ...
