"""Time the review report against extraction on the shared corpora.

Usage: ``python benchmarks/bench_review.py [--shared ../shared] [--repeat 3] [--out DIR]``.

For every corpus in ``corpora/{dewikinews_quotes,10kgnad_test,bbc}`` and for all of them
together (about 4,000 articles), in the same run:

- extraction: :func:`newscorpus.annotate_article` over the articles read without extraction
  (what ``newscorpus review`` does before rendering);
- render: every page as a string (article pages, speaker pages, index), no file written;
- write: :func:`newscorpus.write_review`, files included, into ``--out`` (a temporary folder by
  default).

Times are CPU seconds of this process (``time.process_time``), median of ``--repeat`` runs; the
ratio render / extraction is the number to watch (target: well under 1). The size of the
largest and the median article page is printed too, to show that pages stay small.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import newscorpus
from newscorpus._review.pages import (
    Links,
    render_article_page,
    render_index_page,
    render_speaker_page,
)
from newscorpus._review.site import write_review

CORPORA = ("dewikinews_quotes", "10kgnad_test", "bbc")
REPO = Path(__file__).resolve().parents[1]


def default_shared() -> Path:
    configured = os.environ.get("NEWSCORPUS_SHARED")
    return Path(configured) if configured else REPO.parent / "shared"


def median_time(repeat: int, work: object) -> float:
    assert callable(work)
    times = []
    for _ in range(repeat):
        started = time.process_time()
        work()
        times.append(time.process_time() - started)
    return statistics.median(times)


def render_all(corpus: newscorpus.Corpus) -> int:
    """Render every page of the site as strings; return the number of characters."""
    from newscorpus._review.pages import ArticleEntry  # noqa: PLC0415 - bench only

    ranked = corpus.speakers()
    hits = iter(corpus.quotes())
    links = Links()
    total = 0
    entries = []
    by_speaker: dict[str, list[tuple[newscorpus.Article, int, str]]] = {
        speaker.id: [] for speaker, _ in ranked
    }
    for article in corpus:
        speakers = tuple(next(hits).speaker for _ in article.quotes)
        for number, speaker in enumerate(speakers, start=1):
            if speaker is not None:
                by_speaker[speaker.id].append((article, number, "a.html"))
        total += len(render_article_page(article, speakers, links))
        entries.append(ArticleEntry(article=article, href="a.html", speakers=speakers))
    for speaker, _ in ranked:
        total += len(render_speaker_page(speaker, by_speaker[speaker.id]))
    total += len(render_index_page(entries, ranked, links))
    return total


def measure(name: str, articles: list[newscorpus.Article], repeat: int, out: Path) -> None:
    annotated: list[newscorpus.Article] = []

    def extract() -> None:
        annotated[:] = [newscorpus.annotate_article(article) for article in articles]

    extraction = median_time(repeat, extract)
    corpus = newscorpus.Corpus.from_articles(annotated)
    corpus.speakers()  # the speaker index is built once, as the site writer's caller would

    def render() -> None:
        render_all(corpus)

    def write() -> None:
        write_review(corpus, out / name)

    rendering = median_time(repeat, render)
    writing = median_time(repeat, write)
    sizes = sorted(path.stat().st_size for path in (out / name / "articles").iterdir())
    quotes = sum(len(article.quotes) for article in corpus)
    print(
        f"{name:18s} {len(corpus):6d} {quotes:7d} {extraction:9.2f} {rendering:8.2f} "
        f"{writing:8.2f} {rendering / extraction:8.3f} {writing / extraction:8.3f} "
        f"{statistics.median(sizes) / 1024:7.1f} {sizes[-1] / 1024:7.1f}"
    )


def main(arguments: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=default_shared())
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--out", type=Path, default=None)
    options = parser.parse_args(arguments)
    corpora = options.shared / "corpora"
    if not corpora.is_dir():
        print(f"(no corpora at {corpora}: pass --shared)")
        return
    print(
        "corpus             articles  quotes  extract s render s  write s  "
        "render/x  write/x  page KiB  max KiB"
    )
    with tempfile.TemporaryDirectory(prefix="bench-review-") as temporary:
        out = options.out or Path(temporary)
        everything: list[newscorpus.Article] = []
        for name in CORPORA:
            articles = list(newscorpus.iter_articles(corpora / name, extract=False))
            everything.extend(articles)
            measure(name, articles, options.repeat, out)
        measure("all", everything, options.repeat, out)


if __name__ == "__main__":
    main(sys.argv[1:])
