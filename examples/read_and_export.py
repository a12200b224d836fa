"""Read seed-format articles and export them as JSON Lines and as a CSV table of quotes.

Run from the repository root:  python examples/read_and_export.py [SOURCE] [OUTPUT_DIR]
SOURCE defaults to the repository's seeds/ folder; OUTPUT_DIR to a temporary folder.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import newscorpus

HERE = Path(__file__).resolve().parent


def main(source: Path, output: Path) -> None:
    articles = list(newscorpus.iter_articles(source, errors="warn"))
    for article in articles:
        print(f"{article.id}  {article.title}")
        print(f"  {len(article.paragraphs)} paragraphs, {article.word_count} words")
        for warning in article.warnings:
            print(f"  line {warning.line}: [{warning.code}] {warning.message}")

    jsonl = output / "articles.jsonl"
    csv = output / "quotes.csv"
    newscorpus.write_jsonl(articles, jsonl)
    rows = newscorpus.write_csv(articles, csv)
    print(f"wrote {len(articles)} articles to {jsonl.name} and {rows} quotes to {csv.name}")

    # JSON Lines round-trips losslessly: what we read back equals what we wrote.
    assert list(newscorpus.read_jsonl(jsonl)) == articles


if __name__ == "__main__":
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parent / "seeds"
    if len(sys.argv) > 2:
        main(source, Path(sys.argv[2]))
    else:
        with tempfile.TemporaryDirectory() as directory:
            main(source, Path(directory))
