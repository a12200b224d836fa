"""Telling the registered languages apart by their most frequent words.

The share of a text's words that are function words of one language only ("der", "und",
"nicht"; "the", "and", "of") decides; a text with too few of any is of unknown language. Every
registered language with a ``function_words`` lexicon takes part.
"""

from __future__ import annotations

import functools
import itertools
from collections import Counter

from newscorpus._extract.languages import on_registry_change, supported_languages
from newscorpus._extract.lexicon import has_lexicon, read_lexicon

__all__ = ["base_language", "detect_language"]

# About 300 words: on all 4,003 shared articles the first 1,000 characters already give the
# decision the first 5,000 do; 2,000 leaves a margin and costs 40 % of the larger sample.
_SAMPLE = 2_000
# The first look: about 90 words. A text whose function words there are many and nearly all of
# one language is decided without the rest of the sample (most news texts: 0.6 of the time).
_FIRST_LOOK = 600
_CLEAR_HITS = 12
# The winner's hits are at least this many times the runner-up's: the rest of the sample
# could not turn the decision round (on all 4,003 shared articles it never does).
_CLEAR_LEAD = 4
# What is cut off the ends of a white-space separated word before it is looked up ("und," ->
# "und"): splitting at white space and stripping is about three times faster than a regular
# expression over letters, and function words stand between spaces.
_WORD_EDGES = "\"'„“”»«‚‘’.,;:!?()[]{}–—-…/*+&%$§#<>|=~^`´0123456789_"
_MIN_HITS = 3


@functools.cache
def _language_of_word() -> dict[str, str]:
    """Each function word of one language only, mapped to that language."""
    words: dict[str, set[str]] = {}
    for language in supported_languages():
        if has_lexicon(language, "function_words"):
            words[language] = {
                word for word, _ in read_lexicon(language, "function_words", fields=(2, 2))
            }
    counts = Counter(word for found in words.values() for word in found)
    return {
        word: language for language, found in words.items() for word in found if counts[word] == 1
    }


on_registry_change(_language_of_word.cache_clear)


def detect_language(text: str) -> str | None:
    """The code of the text's language (``"de"``, ``"en"``, ...), None when none is clear.

    Only the first 2,000 characters are looked at; the first 600 decide when they are clear.
    """
    languages = supported_languages()
    if not languages:
        return None
    if len(text) > _FIRST_LOOK:
        ranked = _ranked(text[:_FIRST_LOOK], languages)
        best, count = ranked[0]
        runner_up = ranked[1][1] if len(ranked) > 1 else 0
        if count >= _CLEAR_HITS and count >= _CLEAR_LEAD * runner_up:
            return best
    ranked = _ranked(text[:_SAMPLE], languages)
    best, count = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if count < _MIN_HITS or count <= runner_up:
        return None
    return best


def _ranked(sample: str, languages: tuple[str, ...]) -> list[tuple[str, int]]:
    """The languages with the number of their function words in ``sample``, most first (ties in
    registry order)."""
    # Stripped and looked up by ``map`` in C: no Python-level step per word.
    words = map(str.strip, sample.lower().split(), itertools.repeat(_WORD_EDGES))
    found = list(map(_language_of_word().get, words))
    # list.count per language (a handful) runs in C; a Counter of every word cost more.
    hits = [(language, found.count(language)) for language in languages]
    return sorted(hits, key=lambda item: (-item[1], languages.index(item[0])))


def base_language(tag: str | None) -> str | None:
    """The primary subtag of a BCP 47 tag, lower-cased: ``"de-AT"`` -> ``"de"``."""
    if tag is None:
        return None
    primary = tag.split("-", 1)[0].strip().lower()
    return primary or None
