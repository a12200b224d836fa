"""Top speakers: who is quoted most in a corpus, with the names they appear under.

Run from the repository root:  python examples/top_speakers.py [SOURCE] [COUNT]
SOURCE (seed files, a folder, an archive or a .jsonl file) defaults to the repository's seeds/
folder; COUNT, the number of speakers listed, to 10. The same person named "Wladimir Putin" in
one article and "Putin" in another is counted once (see docs/queries.md).
"""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

from newscorpus import load

HERE = Path(__file__).resolve().parent


def main(source: Path, count: int) -> None:
    corpus = load(source)
    stats = corpus.stats()
    print(
        f"{stats.articles} articles, {stats.quotes} quotes, {stats.speakers} speakers ({source})\n"
    )
    speakers = corpus.speakers()
    if not speakers:
        print("No quoted speakers found.")
        return
    for rank, (speaker, quotes) in enumerate(speakers[:count], start=1):
        also = f"; also {', '.join(speaker.aliases)}" if speaker.aliases else ""
        roles = f" ({', '.join(speaker.roles)})" if speaker.roles else ""
        print(f"{rank:>3}. {speaker.name}{roles}: {quotes} quotes{also}")
        hits = corpus.quotes(speaker=speaker)
        if hits:
            first = hits[0]
            said = textwrap.shorten(first.quote.text, 100, placeholder=" …")
            print(f"     e.g. [{first.quote.kind.value}, {first.article.id}] {said}")


if __name__ == "__main__":
    main(
        Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parent / "seeds",
        int(sys.argv[2]) if len(sys.argv) > 2 else 10,
    )
