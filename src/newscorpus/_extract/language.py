"""Telling German from English by their most frequent words.

The share of a text's words that are German or English function words ("der", "und", "nicht";
"the", "and", "of") decides; a text with too few of either is of unknown language.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from newscorpus._extract.lexicon import LANGUAGES, read_lexicon

__all__ = ["base_language", "detect_language"]

_WORD = re.compile(r"[^\W\d_]+")
_SAMPLE = 5_000
_MIN_HITS = 3


@functools.cache
def _language_of_word() -> dict[str, str]:
    """Each function word of one language only, mapped to that language."""
    words: dict[str, set[str]] = {}
    for language in LANGUAGES:
        words[language] = {
            word for word, _ in read_lexicon(language, "function_words", fields=(2, 2))
        }
    shared = set.intersection(*words.values())
    return {word: language for language, found in words.items() for word in found - shared}


def detect_language(text: str) -> str | None:
    """``"de"`` or ``"en"`` for a German or English text, None when neither is clear.

    Only the first 5,000 characters are looked at.
    """
    counts = Counter(map(_language_of_word().get, _WORD.findall(text[:_SAMPLE].lower())))
    hits = {language: counts[language] for language in LANGUAGES}
    ranked = sorted(hits.items(), key=lambda item: (-item[1], LANGUAGES.index(item[0])))
    best, count = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if count < _MIN_HITS or count <= runner_up:
        return None
    return best


def base_language(tag: str | None) -> str | None:
    """The primary subtag of a BCP 47 tag, lower-cased: ``"de-AT"`` -> ``"de"``."""
    if tag is None:
        return None
    primary = tag.split("-", 1)[0].strip().lower()
    return primary or None
