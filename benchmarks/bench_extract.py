"""Time quotation extraction on the shared corpora and on adversarial text.

Usage: ``python benchmarks/bench_extract.py [--shared ../shared] [--repeat 3] [--languages de,en]``.

Times are CPU seconds of this process (``time.process_time``), best of ``--repeat`` runs, so that
other jobs on the machine disturb them less.

1. Corpora: every article of ``corpora/{dewikinews_quotes,10kgnad_test,bbc}`` is read without
   extraction (the floor: reading and splitting the files), then annotated with
   :func:`newscorpus.annotate_article` (language detected, as a user would run it). Reported per
   corpus and in total: MB/s and articles/s of the floor and of extraction, single process, best
   of ``--repeat`` runs.
2. Linear time: one paragraph of adversarial text (thousands of unpaired marks, cue verbs and
   capitalised words, no sentence end) at 100 KB and 1 MB, per language; the ratio of the two
   times should stay near 10.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path

from newscorpus._extract.pipeline import annotate_article, extract_quotes
from newscorpus._io.reader import read_article

CORPORA = ("dewikinews_quotes", "10kgnad_test", "bbc")
REPO = Path(__file__).resolve().parents[1]
ADVERSARIAL_WORDS = (
    "„",
    "“",
    '"',
    "»",
    "«",
    "sagte",
    "Putin",
    "er",
    "sei",
    ",",
    "laut",
    "nach",
    "Angaben",
    "der",
    "Polizei",
    "Präsident",
    "Wladimir",
    "zufolge",
    "so",
    "fügte",
    "hinzu",
    "dass",
    ":",
    "said",
    "according",
    "to",
)


def default_shared() -> Path:
    configured = os.environ.get("NEWSCORPUS_SHARED")
    return Path(configured) if configured else REPO.parent / "shared"


def time_corpus(folder: Path, repeat: int) -> tuple[int, int, float, float]:
    """Bytes, articles, best floor seconds and best extraction seconds for one corpus."""
    files = sorted(folder.glob("*.txt"))
    size = sum(file.stat().st_size for file in files)
    floor = extraction = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        articles = [read_article(file, extract=False) for file in files]
        floor = min(floor, time.process_time() - started)
        started = time.process_time()
        for article in articles:
            annotate_article(article)
        extraction = min(extraction, time.process_time() - started)
    return size, len(files), floor, extraction


def adversarial(size: int, seed: int = 0) -> str:
    generator = random.Random(seed)  # noqa: S311 - test text, not security
    words: list[str] = []
    length = 0
    while length < size:
        word = generator.choice(ADVERSARIAL_WORDS)
        words.append(word)
        length += len(word) + 1
    return " ".join(words)[:size]


def time_text(text: str, language: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        extract_quotes(text, language=language)
        best = min(best, time.process_time() - started)
    return best


def main(arguments: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=default_shared())
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--languages", default="de,en")
    options = parser.parse_args(arguments)
    corpora = options.shared / "corpora"
    print("corpus               MB  articles   floor MB/s  art/s   extract MB/s  art/s")
    totals = [0, 0, 0.0, 0.0]
    if corpora.is_dir():
        for name in CORPORA:
            size, count, floor, extraction = time_corpus(corpora / name, options.repeat)
            totals = [
                totals[0] + size,
                totals[1] + count,
                totals[2] + floor,
                totals[3] + extraction,
            ]
            print(row(name, size, count, floor, extraction))
        print(row("total", int(totals[0]), int(totals[1]), totals[2], totals[3]))
    else:
        print(f"(no corpora at {corpora}: pass --shared)")
    print()
    print("adversarial paragraph   100 KB s   1 MB s   ratio (linear: about 10)")
    small_text, large_text = adversarial(100_000), adversarial(1_000_000)
    for language in options.languages.split(","):
        small = time_text(small_text, language, options.repeat)
        large = time_text(large_text, language, options.repeat)
        print(f"language {language:14s} {small:8.3f} {large:8.3f} {large / small:8.1f}")


def row(name: str, size: int, count: int, floor: float, extraction: float) -> str:
    megabytes = size / 1e6
    return (
        f"{name:18s} {megabytes:5.2f} {count:9d}   {megabytes / floor:10.2f} {count / floor:6.0f}"
        f"   {megabytes / extraction:12.2f} {count / extraction:6.0f}"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
