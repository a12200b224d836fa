"""Time quotation extraction on the shared corpora and on adversarial text.

Usage: ``python benchmarks/bench_extract.py [--shared ../shared] [--repeat 3] [--languages de,en]``.

Times are CPU seconds of this process (``time.process_time``), best of ``--repeat`` runs, so that
other jobs on the machine disturb them less.

1. Corpora: every article of ``corpora/{dewikinews_quotes,10kgnad_test,bbc}`` is read without
   extraction (the floor: reading and splitting the files), then annotated with
   :func:`newscorpus.annotate_article` (language detected, as a user would run it). Reported per
   corpus and in total: MB/s and articles/s of the floor and of extraction, single process, best
   of ``--repeat`` runs.
2. Linear time: each shape of adversarial text the tests use (``ADVERSARIAL``: a paragraph of
   unpaired marks, cue verbs and capitalised words with no sentence end; many short quoted
   sentences; one line naming thousands of different speakers) at 100 KB and 1 MB, per
   language. The ratio of the two times should stay near 10 and at most ``MAX_RATIO``. Every
   run gets text of its own seed, so a cache filled by the run before (speaker names, mention
   analyses) cannot make the small text look faster than it is.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from newscorpus._extract.pipeline import annotate_article, extract_quotes
from newscorpus._io.reader import read_article

if TYPE_CHECKING:
    from collections.abc import Callable

CORPORA = ("dewikinews_quotes", "10kgnad_test", "bbc")
REPO = Path(__file__).resolve().parents[1]
SMALL_TEXT = 100_000
LARGE_TEXT = 1_000_000
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


#: every kind of quotation mark and apostrophe, English cues, names and pronouns
MARKS_AND_NAMES_WORDS = (
    *('"', "“", "”", "'", "‘", "’", "—", ",", ":"),
    *("said", "says", "according", "to", "that", "he", "He", "It", "the", "police"),
    *("Mr", "Blair", "Tony", "Prime", "Minister", "don't", "Blair's"),
)
SHORT_SENTENCE_WORDS = ('"We won."', "He", "said", "it.", "Mr", "Blair", "said:", "It")
#: the most the 1 MB time may be of the 100 KB time (linear: about 10)
MAX_RATIO = 12.0
#: name numbers of one run's text start this far apart from the next run's
NAME_NUMBERS_PER_SEED = 10_000_000


def adversarial(size: int, seed: int = 0) -> str:
    """A paragraph of unpaired marks, cue words and capitalised words, with no sentence end."""
    return _random_words(size, ADVERSARIAL_WORDS, seed)


def marks_and_names(size: int, seed: int = 0) -> str:
    """A paragraph of every kind of mark and apostrophe among English cues and names."""
    return _random_words(size, MARKS_AND_NAMES_WORDS, seed)


def short_sentences(size: int, seed: int = 0) -> str:
    """Many short sentences with quotations, cues, pronouns and names."""
    return _random_words(size, SHORT_SENTENCE_WORDS, seed)


def many_names(size: int, seed: int = 0) -> str:
    """One line in which every quotation has a speaker of its own (a new surname each)."""
    first = seed * NAME_NUMBERS_PER_SEED
    parts: list[str] = []
    length = 0
    number = first
    while length < size:
        part = f'Tony Blair{number} said "we will win{number}."'
        parts.append(part)
        length += len(part) + 1
        number += 1
    return " ".join(parts)[:size]


def _random_words(size: int, words: tuple[str, ...], seed: int) -> str:
    generator = random.Random(seed)  # noqa: S311 - test text, not security
    chosen: list[str] = []
    length = 0
    while length < size:
        word = generator.choice(words)
        chosen.append(word)
        length += len(word) + 1
    return " ".join(chosen)[:size]


ADVERSARIAL: dict[str, Callable[[int, int], str]] = {
    "run-on paragraph": adversarial,
    "marks and names": marks_and_names,
    "short sentences": short_sentences,
    "many names": many_names,
}


def time_text(make: Callable[[int, int], str], size: int, language: str, repeat: int) -> float:
    """Best CPU seconds of ``extract_quotes`` over ``repeat`` texts of ``size``, one seed each."""
    best = float("inf")
    for seed in range(repeat):
        text = make(size, seed)
        gc.collect()  # each run starts from the same heap, not the garbage of the one before
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
    print(
        "adversarial text        language  100 KB s   1 MB s   ratio"
        f" (linear: about 10, at most {MAX_RATIO:g})"
    )
    for name, make in ADVERSARIAL.items():
        for language in options.languages.split(","):
            small = time_text(make, SMALL_TEXT, language, options.repeat)
            large = time_text(make, LARGE_TEXT, language, options.repeat)
            ratio = large / small
            verdict = "" if ratio <= MAX_RATIO else "  over"
            print(f"{name:23s} {language:8s} {small:9.3f} {large:8.3f} {ratio:8.1f}{verdict}")


def row(name: str, size: int, count: int, floor: float, extraction: float) -> str:
    megabytes = size / 1e6
    return (
        f"{name:18s} {megabytes:5.2f} {count:9d}   {megabytes / floor:10.2f} {count / floor:6.0f}"
        f"   {megabytes / extraction:12.2f} {count / extraction:6.0f}"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
