"""The lazy indexes behind :class:`newscorpus.Corpus` queries.

* :class:`TextIndex` maps every folded word (see :mod:`newscorpus._folding`) to the sorted
  positions of the articles that contain it, so a search looks up its words instead of reading
  every text; phrases are then checked in the candidate articles only.
* :class:`SpeakerIndex` merges the per-article speakers of a corpus into corpus-level speakers
  and maps every name, alias and surname to them.

Both are built from a sequence of articles and never change; a Corpus builds them on first use.

Speaker identity (documented in ``docs/queries.md``):

1. A name is compared by its *key*: its folded words, after dropping everything up to the last
   title word that is not the name's last word and any parenthesised addition ("Präsident
   Putin", "US-Präsident Obama", "Der russische Präsident Wladimir Putin", "Angela Merkel (CDU)"
   have the keys ``putin``, ``obama``, ``wladimir putin``, ``angela merkel``).
2. A user alias table wins: an article speaker whose name (or else one of whose aliases) has the
   key of a table entry's name or variant belongs to that entry.
3. Other article speakers with the same key are one speaker.
4. A key that is the end of longer keys ("Putin" of "Wladimir Putin", "von der Leyen" of
   "Ursula von der Leyen") merges into the speaker of those longer keys when they all belong to
   one speaker; when they belong to several ("Bush": "George W. Bush", "Jeb Bush"), it does not
   merge and stays a speaker of its own.
"""

from __future__ import annotations

import bisect
import collections
import hashlib
import re
import zlib
from array import array
from typing import TYPE_CHECKING, Final

import attrs

from newscorpus._folding import WORD, fold, fold_with_offsets, folded_words
from newscorpus._model import Speaker, SpeakerKind

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

    from newscorpus._aliases import AliasTable
    from newscorpus._model import Article

__all__ = [
    "NameKey",
    "SpeakerIndex",
    "Term",
    "TextIndex",
    "name_key",
    "parse_query",
    "slug_of",
]

#: Array type code of posting lists: an unsigned integer of at least 32 bits.
_POSTING_TYPE: Final = "I" if array("I").itemsize >= 4 else "L"

_QUOTE_CHARS: Final = '"„“”«»'
#: A quoted phrase (the closing mark may be missing at the end) or a bare run of non-space.
_QUERY_PART: Final = re.compile(
    rf"[{_QUOTE_CHARS}]([^{_QUOTE_CHARS}]*)[{_QUOTE_CHARS}]?|[^\s{_QUOTE_CHARS}]+"
)
_SLUG_JUNK: Final = re.compile(r"[^a-z0-9]+")
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


# --------------------------------------------------------------------------------------------
# Queries


@attrs.frozen(kw_only=True)
class Term:
    """One search term: a word, or a phrase of words that must stand next to each other.

    ``words`` are folded; with ``prefix`` the last word matches any word it begins
    (``weiss*`` finds "Weißrussland").
    """

    words: tuple[str, ...]
    prefix: bool = False

    @property
    def is_phrase(self) -> bool:
        return len(self.words) > 1

    def pattern(self) -> re.Pattern[str]:
        """A regex finding the term in folded text; a phrase does not run across lines."""
        body = r"[^\w\n]+".join(re.escape(word) for word in self.words)
        tail = r"\w*" if self.prefix else r"(?!\w)"
        return re.compile(rf"(?<!\w){body}{tail}")


def _term_of(text: str) -> Term | None:
    words = tuple(WORD.findall(fold(text)))
    if not words:
        return None
    return Term(words=words, prefix=text.rstrip().endswith("*"))


def parse_query(query: str) -> tuple[Term, ...]:
    """Split a query into terms.

    Words are separated by white space; text between quotation marks (``"..."``, ``„...“``,
    ``«...»``) is a phrase; a bare word that folds into several words ("COVID-19") is a phrase
    too; a trailing ``*`` makes the last word a prefix. Text without any word gives no terms.
    """
    terms: list[Term] = []
    for match in _QUERY_PART.finditer(query):
        quoted = match.group(1)
        term = _term_of(match.group() if quoted is None else quoted)
        if term is not None:
            terms.append(term)
    return tuple(terms)


def phrase_of(query: str) -> Term | None:
    """All the words of ``query`` as one phrase (for a concordance), or None without words."""
    terms = parse_query(query)
    if not terms:
        return None
    words = tuple(word for term in terms for word in term.words)
    return Term(words=words, prefix=terms[-1].prefix)


def matches_all(terms: Sequence[Term], folded_text: str) -> bool:
    """Whether every term occurs in ``folded_text`` (already folded)."""
    return all(term.pattern().search(folded_text) is not None for term in terms)


# --------------------------------------------------------------------------------------------
# Text index


def _intersect(first: Sequence[int], second: Sequence[int]) -> list[int]:
    """Sorted positions in both sorted sequences."""
    small, large = (first, second) if len(first) <= len(second) else (second, first)
    if len(small) * 16 < len(large):
        found: list[int] = []
        for position in small:
            at = bisect.bisect_left(large, position)
            if at < len(large) and large[at] == position:
                found.append(position)
        return found
    return sorted(set(small).intersection(large))


class TextIndex:
    """Inverted index: folded word -> sorted positions of the texts that contain it."""

    __slots__ = ("_folded", "_postings", "_size", "_vocabulary")

    def __init__(self, texts: Iterable[str]) -> None:
        postings: dict[str, array[int]] = {}
        get = postings.get
        size = 0
        for position, text in enumerate(texts):
            for word in set(folded_words(fold(text))):
                found = get(word)
                if found is None:
                    postings[word] = array(_POSTING_TYPE, (position,))
                else:
                    found.append(position)
            size = position + 1
        self._postings = postings
        self._size = size
        self._vocabulary: list[str] | None = None
        self._folded: dict[int, bytes] = {}

    def __len__(self) -> int:
        """The number of texts indexed."""
        return self._size

    @property
    def word_count(self) -> int:
        """The number of distinct folded words."""
        return len(self._postings)

    def positions(self, word: str, *, prefix: bool = False) -> Sequence[int]:
        """Sorted positions of the texts containing the folded ``word`` (or a word it begins)."""
        if not prefix:
            return self._postings.get(word, ())
        if self._vocabulary is None:
            self._vocabulary = sorted(self._postings)
        vocabulary = self._vocabulary
        start = bisect.bisect_left(vocabulary, word)
        lists: list[array[int]] = []
        for candidate in vocabulary[start:]:
            if not candidate.startswith(word):
                break
            lists.append(self._postings[candidate])
        if len(lists) == 1:
            return lists[0]
        merged: set[int] = set()
        for postings in lists:
            merged.update(postings)
        return sorted(merged)

    def candidates(self, terms: Sequence[Term]) -> Sequence[int]:
        """Sorted positions of the texts that contain every word of every term.

        Phrases are not checked: a text may have the words apart.
        """
        lists = [
            self.positions(word, prefix=term.prefix and number == len(term.words) - 1)
            for term in terms
            for number, word in enumerate(term.words)
        ]
        if not lists:
            return range(self._size)
        lists.sort(key=len)
        found: Sequence[int] = lists[0]
        for postings in lists[1:]:
            if not found:
                break
            found = _intersect(found, postings)
        return found

    def search(self, terms: Sequence[Term], text_of: Callable[[int], str]) -> list[int]:
        """Sorted positions of the texts that contain every term, phrases checked in text."""
        phrases = [term for term in terms if term.is_phrase]
        found = self.candidates(terms)
        if not phrases:
            return list(found)
        patterns = [term.pattern() for term in phrases]
        return [
            position
            for position in found
            if all(pattern.search(self.folded_text(position, text_of)) for pattern in patterns)
        ]

    def folded_text(self, position: int, text_of: Callable[[int], str]) -> str:
        """:func:`fold` of text ``position``, kept compressed once computed.

        Phrase checks fold the same candidate texts again and again; decompressing is several
        times faster than folding, and the compressed text takes about a third of the memory.
        """
        stored = self._folded.get(position)
        if stored is not None:
            return zlib.decompress(stored).decode("utf-8", "surrogatepass")
        folded = fold(text_of(position))
        self._folded[position] = zlib.compress(folded.encode("utf-8", "surrogatepass"), 1)
        return folded


# --------------------------------------------------------------------------------------------
# Speaker names


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
    for number, match in enumerate(matches[:-1]):
        if _is_title(match.group()):
            first = number + 1
    kept = matches[first:]
    start, _ = folded.original_span(kept[0].start(), kept[0].end())
    _, end = folded.original_span(kept[-1].start(), kept[-1].end())
    return NameKey(words=tuple(match.group() for match in kept), core=name[start:end])


def _genitive_keys(key: NameKey) -> list[str]:
    """Keys of a name read as a genitive: "Putins" -> "putin", "Putin's" -> "putin"."""
    words = key.words
    if len(words) > 1 and words[-1] == "s":
        return [" ".join(words[:-1])]
    if words and len(words[-1]) > 1 and words[-1][-1] == "s":
        return [" ".join((*words[:-1], words[-1][:-1]))]
    return []


def slug_of(name: str) -> str:
    """A slug for ``name``: its folded ASCII letters and digits joined by ``-``.

    Latin letters without a decomposition are spelled in ASCII first (``ø`` -> ``oe``); a name
    without any ASCII letter or digit gets ``speaker-`` and a short hash of the name.
    """
    slug = _SLUG_JUNK.sub("-", fold(name).translate(_SLUG_LETTERS)).strip("-")
    if slug:
        return slug
    digest = hashlib.blake2b(name.encode("utf-8", "surrogatepass"), digest_size=4).hexdigest()
    return f"speaker-{digest}"


# --------------------------------------------------------------------------------------------
# Speaker index


@attrs.define
class _Group:
    """Speakers of the corpus that are one person, while merging."""

    keys: list[str]
    table_entry: int | None = None
    parent: int | None = None
    names: collections.Counter[str] = attrs.Factory(collections.Counter)
    first_seen: dict[str, int] = attrs.Factory(dict)
    aliases: dict[str, None] = attrs.Factory(dict)
    roles: dict[str, None] = attrs.Factory(dict)
    kinds: collections.Counter[SpeakerKind] = attrs.Factory(collections.Counter)


_KIND_ORDER: Final = {kind: number for number, kind in enumerate(SpeakerKind)}


class SpeakerIndex:
    """Corpus-level speakers, their quotes, and a map from every name to them.

    Speakers are numbered in the order of :attr:`speakers`: most quoted first, ties by name.
    """

    __slots__ = (
        "_exact",
        "_resolved",
        "_surname",
        "external_ids",
        "quote_counts",
        "quote_refs",
        "speakers",
    )

    def __init__(self, articles: Sequence[Article], aliases: AliasTable | None = None) -> None:
        groups: list[_Group] = []
        by_key: dict[str, int] = {}
        table_keys: dict[str, int] = {}
        if aliases is not None:
            for number, entry in enumerate(aliases.entries):
                keys = [name_key(name).key for name in (entry.name, *entry.variants)]
                group = _Group(keys=list(dict.fromkeys(keys)), table_entry=number)
                group.aliases.update(dict.fromkeys(entry.variants))
                groups.append(group)
                for table_key in group.keys:
                    table_keys[table_key] = number
        # Pass 1: every article speaker (from article.speakers and from the quotes) to a group.
        member_of: dict[tuple[int, str], int] = {}
        seen = 0
        for position, article in enumerate(articles):
            for speaker in _speakers_of(article):
                if (position, speaker.id) in member_of:
                    continue
                key = name_key(speaker.name)
                found = _table_group(speaker, key, table_keys)
                if found is None:
                    found = by_key.get(key.key)
                if found is None:
                    found = len(groups)
                    by_key[key.key] = found
                    groups.append(_Group(keys=[key.key]))
                group = groups[found]
                group.names[key.core] += 1
                group.first_seen.setdefault(key.core, seen)
                seen += 1
                group.aliases.update(dict.fromkeys((speaker.name, *speaker.aliases)))
                group.roles.update(dict.fromkeys(speaker.roles))
                group.kinds[speaker.kind] += 1
                member_of[position, speaker.id] = found
        _merge_by_surname(groups)
        # Pass 2: count quotes per root group.
        refs: dict[int, list[tuple[int, int]]] = collections.defaultdict(list)
        for position, article in enumerate(articles):
            for number, quote in enumerate(article.quotes):
                if quote.speaker is not None:
                    root = _root(groups, member_of[position, quote.speaker.id])
                    refs[root].append((position, number))
        drafts: list[tuple[int, Speaker]] = []
        for root, group in enumerate(groups):
            draft = _draft_speaker(group, aliases) if group.parent is None else None
            # Table entries that no article speaker belongs to are not speakers of this corpus.
            if draft is not None:
                drafts.append((root, draft))
        drafts.sort(key=lambda item: _order_key(item[1], len(refs.get(item[0], ()))))
        roots = [root for root, _ in drafts]
        renumber = {root: number for number, root in enumerate(roots)}
        taken: set[str] = set()
        speakers: list[Speaker] = []
        external_ids: dict[str, str] = {}
        for root, draft in drafts:
            speaker = attrs.evolve(draft, id=_unique_slug(draft.id, taken))
            speakers.append(speaker)
            table_entry = groups[root].table_entry
            if aliases is not None and table_entry is not None:
                external_id = aliases.entries[table_entry].external_id
                if external_id is not None:
                    external_ids[speaker.id] = external_id
        self.speakers: tuple[Speaker, ...] = tuple(speakers)
        self.quote_refs: tuple[tuple[tuple[int, int], ...], ...] = tuple(
            tuple(refs.get(root, ())) for root in roots
        )
        self.quote_counts: tuple[int, ...] = tuple(len(found) for found in self.quote_refs)
        self.external_ids: dict[str, str] = external_ids
        self._resolved: dict[tuple[int, str], int] = {
            member: renumber[_root(groups, number)]
            for member, number in member_of.items()
            if _root(groups, number) in renumber
        }
        self._exact, self._surname = _name_maps(groups, renumber, speakers)

    def resolve(self, position: int, speaker_id: str) -> int | None:
        """The number of the corpus speaker of article ``position``'s speaker ``speaker_id``."""
        return self._resolved.get((position, speaker_id))

    def match(self, name: str) -> tuple[int, ...]:
        """Numbers of every speaker ``name`` may denote: by name, alias or surname.

        A name that denotes nobody is tried again as a genitive ("Putins").
        """
        key = name_key(name)
        for candidate in (key.key, *_genitive_keys(key)):
            found = set(self._exact.get(candidate, ())) | set(self._surname.get(candidate, ()))
            if found:
                return tuple(sorted(found))
        return ()

    def lookup(self, name: str) -> tuple[int, ...]:
        """Numbers of the speakers ``name`` denotes most directly.

        Names and aliases first, then surnames, then the same as a genitive; more than one
        number means the name is ambiguous, none that it is unknown.
        """
        key = name_key(name)
        for candidate in (key.key, *_genitive_keys(key)):
            for table in (self._exact, self._surname):
                found = table.get(candidate)
                if found:
                    return found
        return ()


def _speakers_of(article: Article) -> Iterable[Speaker]:
    yield from article.speakers
    for quote in article.quotes:
        if quote.speaker is not None:
            yield quote.speaker


def _table_group(speaker: Speaker, key: NameKey, table_keys: dict[str, int]) -> int | None:
    if not table_keys:
        return None
    for candidate in (key, *(name_key(alias) for alias in speaker.aliases)):
        number = table_keys.get(candidate.key)
        if number is not None:
            return number
    return None


def _root(groups: list[_Group], number: int) -> int:
    parent = groups[number].parent
    while parent is not None:
        number = parent
        parent = groups[number].parent
    return number


def _merge_by_surname(groups: list[_Group]) -> None:
    """Rule 4 of the module docstring: merge a key into the one speaker of the longer keys."""
    endings: dict[tuple[str, ...], set[int]] = collections.defaultdict(set)
    for number, group in enumerate(groups):
        for key in group.keys:
            words = tuple(key.split(" "))
            for size in range(1, len(words)):
                endings[words[-size:]].add(number)
    automatic = [number for number, group in enumerate(groups) if group.table_entry is None]
    automatic.sort(key=lambda number: -len(groups[number].keys[0].split(" ")))
    for number in automatic:
        words = tuple(groups[number].keys[0].split(" "))
        targets = {_root(groups, other) for other in endings.get(words, ())}
        targets.discard(_root(groups, number))
        if len(targets) == 1:
            groups[number].parent = targets.pop()
    # Roots inherit what their members saw.
    for number, group in enumerate(groups):
        root = _root(groups, number)
        if root != number:
            target = groups[root]
            target.names.update(group.names)
            for name, first in group.first_seen.items():
                target.first_seen.setdefault(name, first)
            target.aliases.update(dict.fromkeys(group.names))
            target.aliases.update(group.aliases)
            target.roles.update(group.roles)
            target.kinds.update(group.kinds)
            target.keys.extend(key for key in group.keys if key not in target.keys)


def _draft_speaker(group: _Group, aliases: AliasTable | None) -> Speaker | None:
    """The corpus speaker of a root group, with a provisional id; None for an unused entry."""
    if not group.names:
        return None
    if aliases is not None and group.table_entry is not None:
        name = aliases.entries[group.table_entry].name
    else:
        # The most frequent spelling of the root's own key, then the earliest seen.
        own_key = group.keys[0]
        spellings = [spelling for spelling in group.names if name_key(spelling).key == own_key]
        name = min(
            spellings or list(group.names),
            key=lambda spelling: (-group.names[spelling], group.first_seen[spelling]),
        )
    kinds = [kind for kind in group.kinds if kind is not SpeakerKind.UNKNOWN]
    kind = (
        min(kinds, key=lambda kind: (-group.kinds[kind], _KIND_ORDER[kind]))
        if kinds
        else SpeakerKind.UNKNOWN
    )
    return Speaker(
        id=slug_of(name),
        name=name,
        aliases=tuple(alias for alias in group.aliases if alias != name),
        roles=tuple(group.roles),
        kind=kind,
    )


def _order_key(speaker: Speaker, count: int) -> tuple[int, str, str]:
    return (-count, fold(speaker.name), speaker.name)


def _unique_slug(slug: str, taken: set[str]) -> str:
    candidate = slug
    number = 1
    while candidate in taken:
        number += 1
        candidate = f"{slug}-{number}"
    taken.add(candidate)
    return candidate


def _name_maps(
    groups: list[_Group], renumber: dict[int, int], speakers: list[Speaker]
) -> tuple[dict[str, tuple[int, ...]], dict[str, tuple[int, ...]]]:
    exact: dict[str, set[int]] = collections.defaultdict(set)
    surname: dict[str, set[int]] = collections.defaultdict(set)
    for number, group in enumerate(groups):
        target = renumber.get(_root(groups, number))
        if target is None:
            continue
        for group_key in group.keys:
            exact[group_key].add(target)
    for number, speaker in enumerate(speakers):
        for name in (speaker.name, *speaker.aliases):
            key = name_key(name)
            exact[key.key].add(number)
            if len(key.words) > 1:
                surname[key.words[-1]].add(number)
    return (
        {key: tuple(sorted(found)) for key, found in exact.items()},
        {key: tuple(sorted(found)) for key, found in surname.items()},
    )
