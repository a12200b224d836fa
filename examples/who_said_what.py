"""Who said what: every quotation in the articles, with its speaker, kind and cue.

Run from the repository root:  python examples/who_said_what.py [SOURCE]
SOURCE defaults to the repository's seeds/ folder.
"""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import newscorpus

HERE = Path(__file__).resolve().parent


def main(source: Path) -> None:
    for article in newscorpus.iter_articles(source):
        print(f"# {article.title}  ({article.id})\n")
        for quote in article.quotes:
            name = quote.speaker.name if quote.speaker else "unknown speaker"
            roles = (
                f", {', '.join(quote.speaker.roles)}"
                if quote.speaker and quote.speaker.roles
                else ""
            )
            mention = f' as "{quote.speaker_mention.text}"' if quote.speaker_mention else ""
            cue = f' cue "{quote.cue.text}"' if quote.cue else ""
            line = article.line_of(quote.span.start)
            print(f"- {name}{roles}{mention} [{quote.kind.value}{cue}, line {line}]")
            print(textwrap.indent(textwrap.fill(quote.text, 88), "    "))
        print()
        print("Speakers:")
        for speaker in article.speakers:
            said = sum(1 for quote in article.quotes if quote.speaker == speaker)
            roles = ", ".join(speaker.roles) or "none"
            print(f"  {speaker.name} ({speaker.kind.value}): {said} quotes, roles: {roles}")
        print()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parent / "seeds")
