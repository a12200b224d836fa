"""Write the review site: the only part of the review report that touches files.

Layout of the output folder::

    index.html              totals, most quoted speakers, every article (sortable)
    speakers.html           every corpus speaker, most quoted first
    articles/<id>.html      one page per article
    speakers/<id>.html      one page per corpus speaker, linking into the article pages

File names come from the article and speaker ids when those are plain (letters, digits, ``-``,
``_``) and no Windows device name (``con``, ``nul``, ...); any other id gets a slug and a short
hash, so no id can escape the folder, name a device or collide with another on a
case-insensitive file system.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

from newscorpus._corpus.corpus import Corpus
from newscorpus._exceptions import NewsCorpusError
from newscorpus._io.atomic import open_for_writing
from newscorpus._review.pages import (
    ArticleEntry,
    Links,
    render_article_page,
    render_index_page,
    render_speaker_page,
    render_speakers_page,
)

if TYPE_CHECKING:
    from collections.abc import Iterable

    from newscorpus._model import Article, Speaker

__all__ = ["check_review_folder", "write_review"]

_PLAIN_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")
#: Names Windows keeps for devices whatever the extension ("con.html" is the console).
_DEVICE_NAME = re.compile(r"(?:con|prn|aux|nul|com[0-9]|lpt[0-9])", re.IGNORECASE)
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_HASH_LENGTH = 10


class _FileNames:
    """Hands out a distinct, safe ``<name>.html`` for every id."""

    def __init__(self) -> None:
        self._taken: set[str] = set()

    def name_for(self, identifier: str) -> str:
        plain = _PLAIN_ID.fullmatch(identifier) and not _DEVICE_NAME.fullmatch(identifier)
        stem = identifier if plain else self._hashed(identifier)
        if stem.casefold() in self._taken:
            stem = self._hashed(identifier)
        self._taken.add(stem.casefold())
        return f"{stem}.html"

    @staticmethod
    def _hashed(identifier: str) -> str:
        slug = _NOT_SLUG.sub("-", identifier.casefold()).strip("-")[:40] or "id"
        digest = hashlib.sha256(identifier.encode("utf-8", "surrogatepass")).hexdigest()
        return f"{slug}-{digest[:_HASH_LENGTH]}"


def check_review_folder(directory: str | os.PathLike[str]) -> Path:
    """``directory`` as a Path; a :class:`NewsCorpusError` naming it if it is a file."""
    root = Path(directory)
    if root.exists() and not root.is_dir():
        raise NewsCorpusError(
            "the review site is a folder of pages; this is a file, not a folder",
            path=os.fspath(directory),
        )
    return root


def write_review(source: Corpus | Iterable[Article], directory: str | os.PathLike[str]) -> Path:
    """Write the review site for ``source`` into ``directory``; return the index page's path.

    ``source`` is a :class:`Corpus` (its alias table, if any, decides who is who) or any
    articles, which are gathered into one. The folder is created if needed; files of an earlier
    review in it are overwritten, other files are left alone. A ``directory`` that is a file is a
    :class:`NewsCorpusError` naming it.
    """
    root = check_review_folder(directory)
    corpus = source if isinstance(source, Corpus) else Corpus.from_articles(source)
    (root / "articles").mkdir(parents=True, exist_ok=True)
    (root / "speakers").mkdir(exist_ok=True)

    # Every speaker has a page, those named only by a common noun ("Polizei") too.
    ranked = corpus.speakers(generic=True)
    speaker_names = _FileNames()
    speaker_files = {speaker.id: speaker_names.name_for(speaker.id) for speaker, _ in ranked}

    def speaker_href(speaker: Speaker) -> str | None:
        name = speaker_files.get(speaker.id)
        return None if name is None else f"../speakers/{name}"

    article_links = Links(speaker_href=speaker_href)
    article_names = _FileNames()
    entries: list[ArticleEntry] = []
    by_speaker: dict[str, list[tuple[Article, int, str]]] = {
        speaker.id: [] for speaker, _ in ranked
    }
    hits = iter(corpus.quotes())
    for article in corpus:
        # Corpus.quotes() lists every quote in corpus order, then article order.
        article_hits = [next(hits) for _ in article.quotes]
        speakers = tuple(hit.speaker for hit in article_hits)
        name = article_names.name_for(article.id)
        href = f"../articles/{name}"
        for number, hit in enumerate(article_hits, start=1):
            # A quote said together is on the page of each of its speakers.
            for speaker in hit.speakers:
                by_speaker[speaker.id].append((article, number, href))
        _write(root / "articles" / name, render_article_page(article, speakers, article_links))
        entries.append(ArticleEntry(article=article, href=f"articles/{name}", speakers=speakers))

    for speaker, _ in ranked:
        page = render_speaker_page(speaker, by_speaker[speaker.id])
        _write(root / "speakers" / speaker_files[speaker.id], page)

    def top_href(speaker: Speaker) -> str | None:
        name = speaker_files.get(speaker.id)
        return None if name is None else f"speakers/{name}"

    top_links = Links(speaker_href=top_href, speakers_href="speakers.html")
    _write(root / "speakers.html", render_speakers_page(ranked, top_links))
    index = root / "index.html"
    _write(index, render_index_page(entries, ranked, top_links))
    return index


def _write(path: Path, text: str) -> None:
    # The model refuses lone surrogates, so every page encodes as UTF-8. A page that cannot
    # be written (a full disk) is a WriteError naming it.
    with open_for_writing(path) as stream:
        stream.write(text.encode("utf-8"))
