"""Lazy, cached loading of the word lists under ``newscorpus/_extract`` (``lang/<code>/``).

A lexicon is a UTF-8 text file, one entry a line; fields within an entry are separated by tabs.
Lines starting with ``#`` are comments (every file opens with a header saying what it holds, its
format and who reviewed it) and blank lines are skipped. Files are read on first use, never at
import time, and kept for the life of the process.
"""

from __future__ import annotations

import functools
from importlib import resources

from newscorpus._exceptions import NewsCorpusError

__all__ = [
    "LANGUAGES",
    "lexicon_path",
    "parse_lexicon",
    "read_lexicon",
    "read_pairs",
    "read_word_set",
]

#: The languages that have lexicons, in the order language detection prefers them.
LANGUAGES = ("de", "en")


def lexicon_path(language: str | None, name: str) -> str:
    """The resource path of a lexicon inside the package, for messages.

    ``_extract/lang/de/x.txt`` for a language's lexicon, ``_extract/x.txt`` for a neutral one.
    """
    folder = f"_extract/lang/{language}" if language else "_extract"
    return f"{folder}/{name}.txt"


@functools.cache
def read_lexicon(
    language: str | None, name: str, *, fields: tuple[int, int] = (1, 1)
) -> tuple[tuple[str, ...], ...]:
    """The entries of lexicon ``name`` for ``language`` (``None``: the language-neutral folder).

    Each entry is a tuple of its tab-separated fields, stripped. ``fields`` is the smallest and
    largest number of fields an entry may have; an entry outside that range raises
    :class:`NewsCorpusError` naming the file and line, since it means the package data is broken.
    """
    path = lexicon_path(language, name)
    resource = resources.files("newscorpus").joinpath(path)
    try:
        content = resource.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise NewsCorpusError(f"cannot read lexicon: {error}", path=path) from error
    return parse_lexicon(content, path=path, fields=fields)


def parse_lexicon(
    content: str, *, path: str, fields: tuple[int, int] = (1, 1)
) -> tuple[tuple[str, ...], ...]:
    """The entries of a lexicon's text; ``path`` names it in errors (see :func:`read_lexicon`)."""
    low, high = fields
    entries: list[tuple[str, ...]] = []
    for number, raw in enumerate(content.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        entry = tuple(field.strip() for field in line.split("\t"))
        if not low <= len(entry) <= high or not all(entry[:low]):
            expected = str(low) if low == high else f"{low} to {high}"
            raise NewsCorpusError(
                f"expected {expected} tab-separated fields, got {len(entry)}",
                path=path,
                line=number,
            )
        entries.append(entry)
    return tuple(entries)


@functools.cache
def read_word_set(language: str | None, name: str) -> frozenset[str]:
    """The first field of every entry of a lexicon, as a set (case kept as written)."""
    return frozenset(entry[0] for entry in read_lexicon(language, name, fields=(1, 9)))


@functools.cache
def read_pairs(language: str | None, name: str) -> dict[str, str]:
    """A two-field lexicon as a mapping from its first field to its second."""
    return {entry[0]: entry[1] for entry in read_lexicon(language, name, fields=(2, 2))}
