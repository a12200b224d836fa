"""Read the three corpora in ../shared/corpora end to end (skipped when the folder is absent)."""

from __future__ import annotations

import collections
import datetime as dt
from typing import TYPE_CHECKING

import pytest

from newscorpus._io.reader import iter_articles, parse_article

if TYPE_CHECKING:
    from pathlib import Path

pytestmark = pytest.mark.shared

#: Articles per corpus, as listed in ../shared/README.md and corpora/stats.json.
COUNTS = {"dewikinews_quotes": 850, "10kgnad_test": 1026, "bbc": 2127}
#: Findings that only clean, well-named UTF-8 seed files avoid.
FILE_PROBLEMS = {"decoded-with-fallback", "unusual-file-name", "blank-line"}


@pytest.mark.parametrize(("name", "count"), COUNTS.items())
def test_every_corpus_reads_without_error(shared: Path, name: str, count: int) -> None:
    codes: collections.Counter[str] = collections.Counter()
    indexes = []
    for article in iter_articles(shared / "corpora" / name, extract=False):
        indexes.append(article.index)
        codes.update(warning.code for warning in article.warnings)
    assert indexes == list(range(count))
    assert FILE_PROBLEMS.isdisjoint(codes)


def test_the_dewikinews_manifest_is_applied(shared: Path) -> None:
    first = next(iter_articles(shared / "corpora" / "dewikinews_quotes", extract=False))
    assert (first.id, first.index, first.published, first.source) == (
        "5c3c172157db2d53",
        0,
        dt.date(2005, 8, 20),
        (
            "data/dev/11059 - Passagierflugzeug landete in Guam mit defektem Fahrwerk "
            "(2005-08-20).pretty.json"
        ),
    )


def test_every_dewikinews_article_has_its_manifest_date(shared: Path) -> None:
    articles = iter_articles(shared / "corpora" / "dewikinews_quotes", extract=False)
    undated = [article.id for article in articles if article.published is None]
    assert undated == []


def test_the_bbc_manifest_gives_the_source(shared: Path) -> None:
    first = next(iter_articles(shared / "corpora" / "bbc", extract=False))
    assert (first.title, first.source, first.published) == (
        "Ad sales boost Time Warner profit",
        "bbc/business/001.txt",
        None,
    )


def test_content_ids_match_the_corpus_file_names(shared: Path) -> None:
    directory = shared / "corpora" / "dewikinews_quotes"
    for path in sorted(directory.glob("*.txt")):
        article = parse_article(path.read_text(encoding="utf-8"), extract=False)
        assert f"_{article.id}.txt" in path.name
