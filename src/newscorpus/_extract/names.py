"""Speaker names as compared and as ids: one key for the extractor and the corpus alike.

:func:`name_key` is how two spellings of a name are compared (folded words after any leading
titles); :func:`given_names_agree` whether two names with one surname may be one person ("John
Howard" and "Michael Howard" are not); :func:`slug_of` is the id a name gets, in an article's
speakers and in the corpus's alike ("Søren Kierkegaard" -> ``soeren-kierkegaard``; "习近平" ->
``speaker-`` and a short hash).
"""

from __future__ import annotations

import functools
import hashlib
import re
from typing import Final

import attrs

from newscorpus._folding import WORD, fold, fold_with_offsets

__all__ = [
    "NameKey",
    "given_names_agree",
    "is_clean_name",
    "is_first_name",
    "is_name_particle",
    "is_name_title",
    "name_key",
    "name_proper",
    "slug_of",
]

_SLUG_JUNK: Final = re.compile(r"[^a-z0-9]+")
#: Every ASCII character ``_SLUG_JUNK`` matches, as a space: an ASCII name's slug is its words
#: split at them, without a regex pass.
_ASCII_SLUG_JUNK_TO_SPACE: Final = str.maketrans(
    {chr(code): " " for code in range(128) if _SLUG_JUNK.fullmatch(chr(code))}
)
#: An article and a name written with it ("Der Spiegel"): two words.
_ARTICLE_AND_NAME: Final = 2
#: ASCII spellings of folded Latin letters that have no decomposition.
_SLUG_LETTERS: Final = str.maketrans(
    {"ø": "oe", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i", "ħ": "h"}
)

#: Folded title words: a name loses everything up to the last of them ("Präsident Putin").
_TITLES: Final = frozenset(
    {
        "dr",
        "frau",
        "herr",
        "lady",
        "lord",
        "miss",
        "mr",
        "mrs",
        "ms",
        "papst",
        "pope",
        "prof",
        "professor",
        "professorin",
        "sir",
        "president",
        "chancellor",
        "governor",
        "senator",
        "senatorin",
        "general",
        "koenig",
        "koenigin",
        "king",
        "queen",
        "prinz",
        "prinzessin",
        "prince",
        "princess",
    }
)
#: Folded endings of title words ("Bundeskanzlerin", "Außenminister", "Kremlchef").
_TITLE_ENDINGS: Final = (
    "praesident",
    "praesidentin",
    "kanzler",
    "kanzlerin",
    "minister",
    "ministerin",
    "buergermeister",
    "buergermeisterin",
    "chef",
    "chefin",
    "sprecher",
    "sprecherin",
    "vorsitzende",
    "vorsitzender",
)


@attrs.frozen(kw_only=True)
class NameKey:
    """A speaker name as compared: its folded words after any leading titles.

    ``core`` is the part of the original name that the words come from ("Putin" for
    "Präsident Putin").
    """

    words: tuple[str, ...]
    core: str

    @property
    def key(self) -> str:
        return " ".join(self.words)


def _is_title(word: str) -> bool:
    return word in _TITLES or word.endswith(_TITLE_ENDINGS)


@functools.lru_cache(maxsize=16384)
def _given_names(name: str) -> tuple[str, ...]:
    """The folded given names of ``name``: its words before the last, hyphenated ones split.

    Cached: the speaker merges compare the same names again and again.
    """
    bracket = name.find("(")
    # Like name_key's words, without the offsets it does not need: after any leading titles.
    words = WORD.findall(fold(name[:bracket] if bracket > 0 else name))
    first = 0
    for number, word in enumerate(words[:-1]):
        if _is_title(word):
            first = number + 1
    return tuple(words[first:-1])


def _same_given_name(first: str, second: str) -> bool:
    """Whether two folded given names agree: equal, or one is the other's initial ("J", "john")."""
    if len(first) == 1 or len(second) == 1:
        return first[0] == second[0]
    return first == second


def given_names_agree(first: str, second: str) -> bool:
    """Whether two names may denote one person by their given names.

    Every given name of the name with fewer of them must agree with one of the other's (equal,
    or an initial of it), so "George Bush" agrees with "George W. Bush", "Peter Doskozil" with
    "Hans Peter Doskozil" and "Blair" with anyone, but "John Howard" not with "Michael Howard".
    The surnames are not compared.
    """
    if first == second:  # the speaker merges compare a name with itself most often
        return True
    few, many = _given_names(first), _given_names(second)
    # Most comparisons: a name without given names ("Blair", "Mr Blair"), or the same ones.
    if not few or not many or few == many:
        return True
    if len(many) < len(few):
        few, many = many, few
    return all(any(_same_given_name(word, other) for other in many) for word in few)


def name_key(name: str) -> NameKey:
    """The key of a speaker name: see the module docstring.

    A parenthesised addition after the name is not part of it: "Angela Merkel (CDU)".
    """
    bracket = name.find("(")
    if bracket > 0 and name[:bracket].strip():
        name = name[:bracket].rstrip()
    folded = fold_with_offsets(name)
    matches = list(WORD.finditer(folded.text))
    if not matches:
        stripped = name.strip()
        return NameKey(words=(folded.text.strip(),) if stripped else (), core=stripped)
    first = 0
    _, articles, prepositions = _name_openers()
    stops = articles | prepositions
    for number, match in enumerate(matches[:-1]):
        # A title before a name ("Präsident Putin"), not the head of a role phrase ("Sprecher
        # des ORF", "Sprecher von Präsident Putin" are a spokesperson, not the ORF or Putin):
        # the next word is written with a capital, and no article or preposition came before.
        following, _ = folded.original_span(*matches[number + 1].span())
        word = match.group()
        if number and word in stops:
            start, _ = folded.original_span(*match.span())
            if name[start : start + 1].islower():
                break
        if _is_title(word) and name[following : following + 1].isupper():
            first = number + 1
    if (
        len(matches) == _ARTICLE_AND_NAME
        and matches[0].group() in articles
        and matches[1].group() in _article_names()
    ):
        first = 1  # "Der Spiegel" is "Spiegel", "Die Grünen" "Grünen": the article is no part
    kept = matches[first:]
    start, _ = folded.original_span(kept[0].start(), kept[0].end())
    _, end = folded.original_span(kept[-1].start(), kept[-1].end())
    return NameKey(words=tuple(match.group() for match in kept), core=name[start:end])


@functools.cache
def _name_openers() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The name particles ("von", "van"), articles ("der", "the") and prepositions ("in") of
    every registered language that has those lexicons, lower case."""
    from newscorpus._extract.languages import supported_languages  # noqa: PLC0415 - no cycle
    from newscorpus._extract.lexicon import has_lexicon, read_pairs, read_word_set  # noqa: PLC0415

    particles: set[str] = set()
    articles: set[str] = set()
    prepositions: set[str] = set()
    for language in supported_languages():
        if has_lexicon(language, "name_particles"):
            particles.update(read_word_set(language, "name_particles"))
        if has_lexicon(language, "function_words"):
            classes = read_pairs(language, "function_words")
            articles.update(word for word, kind in classes.items() if kind == "det")
            prepositions.update(word for word, kind in classes.items() if kind == "prep")
    return frozenset(particles), frozenset(articles), frozenset(prepositions)


@functools.cache
def _article_names() -> frozenset[str]:
    """The folded names that the registered languages write with an article (the
    ``article_names`` word role: "der Spiegel", "die Grünen")."""
    from newscorpus._extract.languages import supported_languages  # noqa: PLC0415 - no cycle
    from newscorpus._extract.lexicon import read_speaker_word_roles  # noqa: PLC0415

    return frozenset(
        fold(word)
        for language in supported_languages()
        for word in read_speaker_word_roles(language)["article_names"]
    )


@functools.cache
def _first_names() -> frozenset[str]:
    """The first names of every registered language that has that lexicon."""
    from newscorpus._extract.languages import supported_languages  # noqa: PLC0415 - no cycle
    from newscorpus._extract.lexicon import has_lexicon, read_word_set  # noqa: PLC0415

    names: set[str] = set()
    for language in supported_languages():
        if has_lexicon(language, "first_names"):
            names.update(read_word_set(language, "first_names"))
    return frozenset(names)


@functools.cache
def _name_titles() -> frozenset[str]:
    """The titles that stay in a name before a lone word ("Lord Falconer"): the ``name_titles``
    word role of every registered language, lower case."""
    from newscorpus._extract.languages import supported_languages  # noqa: PLC0415 - no cycle
    from newscorpus._extract.lexicon import read_speaker_word_roles  # noqa: PLC0415

    titles: set[str] = set()
    for language in supported_languages():
        titles.update(read_speaker_word_roles(language)["name_titles"])
    return frozenset(titles)


def is_name_title(word: str) -> bool:
    """Whether ``word`` is a title that stays in the name before a lone word: "Lord" of "Lord
    Falconer", "Sir" of "Sir Digby" (any case)."""
    return word.lower() in _name_titles()


def is_first_name(word: str) -> bool:
    """Whether ``word`` is a first name of a registered language's lexicon ("Angela")."""
    return word in _first_names()


def is_name_particle(word: str) -> bool:
    """Whether ``word`` is a name particle of a registered language ("von", "der", "bin")."""
    return word in _name_openers()[0]


def is_clean_name(name: str) -> bool:
    """Whether ``name`` opens as a name does.

    Not with a lower-case word ("memory Gordon Brown", "des ORF"), an article ("Der SZ") or a
    preposition ("In Tony Blair"), except a name particle that is no article before the rest of
    the name ("von der Leyen", "Von der Leyen", "de Gaulle").
    """
    words = name.split()
    if not words:
        return False
    particles, articles, prepositions = _name_openers()
    first = words[0].lower()
    if first in particles and first not in articles and len(words) > 1:
        return True
    opening = words[0][:1]
    return (opening.isupper() or opening.isdigit()) and first not in (articles | prepositions)


def name_proper(name: str) -> str:
    """``name`` without the leading words that cannot open a name: lower-case words and
    prepositions that are no name particles ("In Tony Blair" -> "Tony Blair", "memory Gordon
    Brown" -> "Gordon Brown"; "von der Leyen" stays). A capitalised article stays ("Der
    Spiegel", and "Des Browne" is a name). ``name`` itself if nothing would be left."""
    words = name.split()
    particles, _, prepositions = _name_openers()
    start = 0
    while start < len(words) - 1:
        word = words[start]
        low = word.lower()
        if low in particles or not (word[:1].islower() or low in prepositions):
            break
        start += 1
    return " ".join(words[start:]) if start else name


def slug_of(name: str) -> str:
    """A slug for ``name``: its folded ASCII letters and digits joined by ``-``.

    Latin letters without a decomposition are spelled in ASCII first (``ø`` -> ``oe``); a name
    without any ASCII letter or digit gets ``speaker-`` and a short hash of the name.
    """
    folded = fold(name)
    if folded.isascii():
        # Most names: _SLUG_LETTERS spells no ASCII letter, and the runs of junk between the
        # words become single hyphens, none at the ends, as the regex below makes them.
        slug = "-".join(folded.translate(_ASCII_SLUG_JUNK_TO_SPACE).split())
    else:
        slug = _SLUG_JUNK.sub("-", folded.translate(_SLUG_LETTERS)).strip("-")
    if slug:
        return slug
    digest = hashlib.blake2b(name.encode("utf-8", "surrogatepass"), digest_size=4).hexdigest()
    return f"speaker-{digest}"
