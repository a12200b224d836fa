"""Lazy, cached loading of the word lists under ``newscorpus/_extract`` (``lang/<code>/``).

A lexicon is a UTF-8 text file, one entry a line; fields within an entry are separated by tabs.
Lines starting with ``#`` are comments (every file opens with a header saying what it holds, its
format and who reviewed it) and blank lines are skipped. Files are read on first use, never at
import time, and kept for the life of the process.
"""

from __future__ import annotations

import functools
from importlib import resources
from typing import TYPE_CHECKING

from newscorpus._exceptions import LexiconError
from newscorpus._extract.languages import bundled_lexicons, get_language, on_registry_change

if TYPE_CHECKING:
    from importlib.abc import Traversable
    from pathlib import Path

__all__ = [
    "has_lexicon",
    "lexicon_path",
    "parse_lexicon",
    "read_lexicon",
    "read_pairs",
    "read_word_set",
]


def _folder(language: str | None) -> Path | Traversable:
    if language is None:
        return resources.files("newscorpus").joinpath("_extract")
    return get_language(language).lexicons


def lexicon_path(language: str | None, name: str) -> str:
    """The path of a lexicon, for messages.

    ``_extract/lang/de/x.txt`` for a bundled language's lexicon, ``_extract/x.txt`` for a
    neutral one, the file's own path for a registered language's folder elsewhere.
    """
    if language is None:
        return f"_extract/{name}.txt"
    folder = _folder(language)
    if folder == bundled_lexicons(language):
        return f"_extract/lang/{language}/{name}.txt"
    return str(folder.joinpath(f"{name}.txt"))


@functools.cache
def read_lexicon(
    language: str | None, name: str, *, fields: tuple[int, int] = (1, 1)
) -> tuple[tuple[str, ...], ...]:
    """The entries of lexicon ``name`` for ``language`` (``None``: the language-neutral folder).

    Each entry is a tuple of its tab-separated fields, stripped. ``fields`` is the smallest and
    largest number of fields an entry may have; an entry outside that range raises
    :class:`LexiconError` naming the file and line, since it means the lexicon is broken.
    """
    path = lexicon_path(language, name)
    resource = _folder(language).joinpath(f"{name}.txt")
    try:
        content = resource.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise LexiconError(f"cannot read lexicon: {error}", path=path) from error
    return parse_lexicon(content, path=path, fields=fields)


def has_lexicon(language: str, name: str) -> bool:
    """Whether a language's folder holds lexicon ``name`` (optional lexicons may be absent)."""
    return _folder(language).joinpath(f"{name}.txt").is_file()


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
            raise LexiconError(
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


for _cache in (read_lexicon, read_word_set, read_pairs):
    on_registry_change(_cache.cache_clear)
