"""Quotes per month: how much quoted speech a corpus has over time, as a text bar chart.

Run from the repository root:  python examples/quotes_by_month.py [SOURCE]
SOURCE defaults to the repository's seeds/ folder. Publication dates come from the articles'
metadata (a sidecar such as ``<folder>.manifest.jsonl``, found by the reader); undated articles
are counted separately. Months without any article are not shown.
"""

from __future__ import annotations

import sys
from pathlib import Path

from newscorpus import load

HERE = Path(__file__).resolve().parent
BAR_WIDTH = 50


def main(source: Path) -> None:
    corpus = load(source)
    stats = corpus.stats()
    print(f"{stats.articles} articles, {stats.quotes} quotes ({source})")
    if stats.first_date is not None and stats.last_date is not None:
        print(f"published {stats.first_date.isoformat()} to {stats.last_date.isoformat()}")
    print(f"{stats.undated} articles have no date and are not counted below\n")
    months = corpus.group_by("month")
    quotes = corpus.count_by("month")
    if not months:
        print("No dated articles.")
        return
    most = max(quotes.values()) or 1
    for month, articles in months.items():
        bar = "#" * round(quotes[month] / most * BAR_WIDTH)
        print(f"{month}  {len(articles):>4} articles  {quotes[month]:>5} quotes  {bar}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parent / "seeds")
