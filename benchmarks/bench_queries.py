"""Time Corpus queries on a large corpus built by repeating the shared corpora.

Usage: ``python benchmarks/bench_queries.py [--articles 100000] [--shared ../shared]``.

The articles of ``corpora/{dewikinews_quotes,10kgnad_test,bbc}`` are read once without
extraction and repeated with fresh ids until there are ``--articles`` of them. Each article gets
one hand-made quote (its first paragraph) by a speaker from a pool of made-up people, named in
full in half of the articles and by surname only in the others, so the speaker index has
cross-article merging to do. Reported: the time to build each lazy index (wall clock and CPU
time: the CPU time is steadier on a shared machine), the median and 95th percentile time per
query over many different queries, and the process's memory (now and at its peak).
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

import attrs

from newscorpus import Corpus, load
from newscorpus._folding import words_of
from newscorpus._model import Article, Quote, QuoteKind, Span, Speaker, SpeakerKind

if TYPE_CHECKING:
    from collections.abc import Callable

CORPORA = ("dewikinews_quotes", "10kgnad_test", "bbc")
PEOPLE = 2000


def peak_memory_mb() -> float:
    """Peak resident set size of this process so far, in MB (Linux reports KB)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 if sys.platform != "darwin" else peak / (1024 * 1024)


def memory_mb() -> str:
    """Resident set size of this process now, in MB, where /proc tells it (Linux)."""
    try:
        pages = int(Path("/proc/self/statm").read_text(encoding="ascii").split()[1])
    except (OSError, IndexError, ValueError):
        return "unknown"
    return f"{pages * resource.getpagesize() / (1024 * 1024):,.0f} MB"


def person(number: int, *, full: bool) -> Speaker:
    surname = f"Nachname{number}"
    name = f"Vorname{number} {surname}" if full else surname
    slug = name.lower().replace(" ", "-")
    return Speaker(id=slug, name=name, kind=SpeakerKind.PERSON)


def with_quote(article: Article, number: int) -> Article:
    if not article.paragraphs or not article.paragraphs[0]:
        return article
    start = len(article.title) + 2
    paragraph = article.paragraphs[0]
    speaker = person(number % PEOPLE, full=number % 2 == 0)
    quote = Quote(
        text=paragraph,
        kind=QuoteKind.INDIRECT,
        span=Span(start=start, end=start + len(paragraph)),
        speaker=speaker,
    )
    return attrs.evolve(article, quotes=(quote,), speakers=(speaker,))


def build_articles(shared: Path, count: int) -> list[Article]:
    originals: list[Article] = []
    for name in CORPORA:
        originals.extend(load(shared / "corpora" / name, extract=False))
    articles: list[Article] = []
    copy = 0
    while len(articles) < count:
        for article in originals:
            if len(articles) == count:
                break
            number = len(articles)
            fresh = attrs.evolve(article, id=f"{copy:04d}-{article.id}")
            articles.append(with_quote(fresh, number))
        copy += 1
    return articles


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def timed_build(label: str, action: Callable[[], object]) -> None:
    """Print the wall clock and CPU time of ``action`` (the first use of a lazy index)."""
    wall = time.perf_counter()
    cpu = time.process_time()
    action()
    cpu = time.process_time() - cpu
    wall = time.perf_counter() - wall
    print(f"{label:<34} {wall:6.2f} s   (CPU {cpu:.2f} s)")


def per_query(label: str, queries: list[str], action: Callable[[str], object]) -> None:
    times: list[float] = []
    for query in queries:
        start = time.perf_counter()
        action(query)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    p95 = times[int(len(times) * 0.95) - 1]
    print(
        f"{label:<34} median {statistics.median(times):8.3f} ms   p95 {p95:8.3f} ms   "
        f"max {times[-1]:8.3f} ms   ({len(queries)} queries)"
    )


def make_queries(articles: list[Article], rng: random.Random) -> dict[str, list[str]]:
    sample = rng.sample(articles[:5000], 300)
    words: list[str] = []
    pairs: list[str] = []
    for article in sample:
        text_words = [word for word in words_of(article.text) if len(word) > 3]
        if len(text_words) < 3:
            continue
        at = rng.randrange(len(text_words) - 1)
        words.append(text_words[at])
        pairs.append(f"{text_words[at]} {rng.choice(text_words)}")
    phrases: list[str] = []
    for article in sample:
        paragraph = article.paragraphs[0] if article.paragraphs else ""
        tokens = paragraph.split()
        if len(tokens) >= 3:
            at = rng.randrange(len(tokens) - 1)
            phrases.append('"' + " ".join(tokens[at : at + 2]) + '"')
    return {
        "search: one word": words,
        "search: two words": pairs,
        "search: phrase": phrases,
        "search: German folding": ["weissrussland", "Maerz", "STRASSE", "Bundeskanzlerin"] * 25,
        "search: prefix": [word[:4] + "*" for word in words],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    default_shared = os.environ.get("NEWSCORPUS_SHARED", str(Path(__file__).parents[2] / "shared"))
    parser.add_argument("--shared", type=Path, default=Path(default_shared))
    options = parser.parse_args(argv)
    if not (options.shared / "corpora").is_dir():
        print(f"needs the shared corpora at {options.shared / 'corpora'}", file=sys.stderr)
        return 2
    rng = random.Random(20201014)  # noqa: S311 - reproducible query sample, not security

    start = time.perf_counter()
    articles = build_articles(options.shared, options.articles)
    print(f"built {len(articles):,} articles in {time.perf_counter() - start:.1f} s")
    print(f"peak memory after building the articles: {peak_memory_mb():,.0f} MB")
    corpus = Corpus.from_articles(articles)
    queries = make_queries(articles, rng)

    print(f"memory before the text index:      {memory_mb()}")
    timed_build("text index build (first search):", lambda: corpus.search("putin"))
    print(f"memory with the text index:        {memory_mb()}")
    print(f"peak memory with the text index:   {peak_memory_mb():,.0f} MB")
    for label, texts in queries.items():
        per_query(label, texts, corpus.search)
    words = queries["search: one word"]
    per_query("concordance: one word (limit 1000)", words[:50], corpus.concordance)
    per_query(
        "concordance: one word, every line",
        words[50:70],
        lambda word: corpus.concordance(word, limit=None),
    )
    phrases = queries["search: phrase"]
    per_query(
        "concordance: phrase, every line",
        phrases[:50],
        lambda phrase: corpus.concordance(phrase, limit=None),
    )
    print(f"peak memory after the queries:     {peak_memory_mb():,.0f} MB")

    timed_build("speaker index build (first use):", corpus.speakers)
    print(f"peak memory with the speaker index: {peak_memory_mb():,.0f} MB")
    names = [f"Nachname{rng.randrange(PEOPLE)}" for _ in range(200)]
    per_query("speaker(name)", names, corpus.speaker)
    per_query("quotes(speaker=name)", names, lambda name: corpus.quotes(speaker=name))
    per_query(
        "between(month, month)", ["2005-09", "Oktober 2006"] * 20, lambda m: corpus.between(m, m)
    )
    print(f"count_by('month'):                 {timed(lambda: corpus.count_by('month')):.2f} s")
    speakers = corpus.speakers()
    print(
        f"corpus speakers: {len(speakers):,}; most quoted: {speakers[0][0].name} ({speakers[0][1]})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
