"""The corpus-level speakers: :class:`SpeakerIndex` merges the per-article speakers of a corpus
into corpus-level speakers and maps every name, alias and surname to them; :class:`SpeakerTally`
is what that merge reads of a corpus, each distinct speaker once. Both are built from a sequence
of articles and never change; a Corpus builds its index on first use, a writer from its tally.

Speaker identity (documented in ``docs/queries.md``):

1. A name is compared by its *key*: its folded words, after dropping everything up to the last
   title word before a capitalised word, and any parenthesised addition ("Präsident Putin",
   "US-Präsident Obama", "Der russische Präsident Wladimir Putin", "Angela Merkel (CDU)" have
   the keys ``putin``, ``obama``, ``wladimir putin``, ``angela merkel``; "Sprecher des ORF"
   keeps its key ``sprecher des orf``: a spokesperson of the ORF is not the ORF).
2. A user alias table wins: an article speaker whose name (or else one of whose aliases) has the
   key of a table entry's name or variant belongs to that entry.
3. Other article speakers with the same key are one speaker.
4. A key that is the end of longer keys ("Putin" of "Wladimir Putin", "von der Leyen" of
   "Ursula von der Leyen") merges into the speaker of those longer keys when they all belong to
   one speaker; when they belong to several ("Bush": "George W. Bush", "Jeb Bush"), it does not
   merge and stays a speaker of its own. Only a person's name of capitalised words (of a
   person, or of unknown kind with a first name from the lexicons) takes others: not an
   organisation's ("Labour" stays apart from "New Labour", "Times" from "Financial Times"), a
   phrase ("Leading economists"), a role ("Spokesman for Michael Howard") or a name that does
   not open as a name ("memory Gordon Brown").
5. The speaker's name is its most frequent clean spelling
   (:func:`newscorpus._extract.names.is_clean_name`) among its fullest names (not the end of
   another of its names: "Tony Blair", not "Blair"); its aliases are its other names, except
   those with other given names ("John Howard" is never an alias of "Michael Howard").
"""

from __future__ import annotations

import bisect
import collections
import functools
import itertools
from array import array
from typing import TYPE_CHECKING, Final, Protocol

import attrs

from newscorpus._extract.names import (
    NameKey,
    given_names_agree,
    is_clean_name,
    is_first_name,
    is_name_particle,
    name_key,
    name_proper,
    slug_of,
)
from newscorpus._folding import fold
from newscorpus._model import Speaker, SpeakerKind

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Mapping, Sequence

    from newscorpus._identity.aliases import AliasTable

__all__ = [
    "SpeakerIndex",
    "SpeakerSource",
    "SpeakerTally",
]

#: Array type codes of a speaker number (a signed 32-bit integer: -1 is "none") and of a count
#: or position in the corpus (64 bits).
_NUMBER_TYPE: Final = "i" if array("i").itemsize == 4 else "l"
_COUNT_TYPE: Final = "q"

# --------------------------------------------------------------------------------------------
# Speaker names


def _genitive_keys(key: NameKey) -> list[str]:
    """Keys of a name read as a genitive: "Putins" -> "putin", "Putin's" -> "putin"."""
    words = key.words
    if len(words) > 1 and words[-1] == "s":
        return [" ".join(words[:-1])]
    if words and len(words[-1]) > 1 and words[-1][-1] == "s":
        return [" ".join((*words[:-1], words[-1][:-1]))]
    return []


# --------------------------------------------------------------------------------------------
# Speaker index


#: The speaker merge meets the same names again in every article that quotes the person; a
#: NameKey is immutable, so one per distinct name is kept (bounded).
_name_key_cached: Final = functools.lru_cache(maxsize=1 << 16)(name_key)


class _QuoteOfSource(Protocol):
    @property
    def speaker(self) -> Speaker | None: ...

    @property
    def co_speakers(self) -> tuple[Speaker, ...]: ...


class SpeakerSource(Protocol):
    """What the speaker merge reads of an article: its speakers and its quotes' speakers.

    An :class:`Article` is one; so is the small stand-in that a corpus kept in Arrow tables
    or written in a stream keeps per article.
    """

    @property
    def speakers(self) -> tuple[Speaker, ...]: ...

    @property
    def quotes(self) -> Sequence[_QuoteOfSource]: ...


@attrs.define
class _Group:
    """Speakers of the corpus that are one person, while merging."""

    keys: list[str]
    table_entry: int | None = None
    parent: int | None = None
    # Whether another key may merge into this group (rule 4): not when every speaker in it is
    # named by a role or by a name that does not open as a name.
    target: bool = False
    names: collections.Counter[str] = attrs.Factory(collections.Counter)
    first_seen: dict[str, int] = attrs.Factory(dict)
    aliases: dict[str, None] = attrs.Factory(dict)
    roles: dict[str, None] = attrs.Factory(dict)
    kinds: collections.Counter[SpeakerKind] = attrs.Factory(collections.Counter)
    # How many article speakers in it are named only by common nouns ("Polizei") and how many
    # are not: generic when the first are more ("Analysts said" opening a sentence is no name).
    common: int = 0
    proper: int = 0


_KIND_ORDER: Final = {kind: number for number, kind in enumerate(SpeakerKind)}


class SpeakerTally:
    """What the speaker merge reads of a corpus, kept small: each distinct speaker once.

    An article's *members* are its speakers and its quotes' speakers, the first of each id in
    that order (a quote's speaker stands for the article's speaker with its id). The tally keeps
    every distinct member Speaker once, numbered in the order of first appearance, with the
    number of articles it is a member of; each article's members and each quote's member are
    kept as those numbers (4 bytes each, 8 more per article). So what grows with the corpus is
    a few bytes per quote and article; objects grow only with the number of distinct speakers.

    Build it with :meth:`add` (one call per article, in corpus order), :meth:`of` (from
    articles), :meth:`joined` (parts one after the other) or :meth:`picked` (some articles).
    """

    __slots__ = (
        "_numbers",
        "co_quoted",
        "member_counts",
        "member_ends",
        "members",
        "quote_ends",
        "quoted",
        "speakers",
    )

    def __init__(self) -> None:
        #: The distinct member Speakers, in the order of first appearance.
        self.speakers: list[Speaker] = []
        self._numbers: dict[Speaker, int] = {}
        #: For each distinct speaker, the number of articles it is a member of.
        self.member_counts = array(_COUNT_TYPE)
        #: Every article's members, in order, and where each article's end.
        self.members = array(_NUMBER_TYPE)
        self.member_ends = array(_COUNT_TYPE, [0])
        #: Every quote's member (-1: no speaker), in corpus order, and where each article's end.
        self.quoted = array(_NUMBER_TYPE)
        self.quote_ends = array(_COUNT_TYPE, [0])
        #: The few quotes said together: article -> quote number -> the members of its other
        #: speakers (its first speaker is in :attr:`quoted`).
        self.co_quoted: dict[int, dict[int, tuple[int, ...]]] = {}

    @classmethod
    def of(cls, articles: Iterable[SpeakerSource]) -> SpeakerTally:
        """The tally of ``articles`` (Articles, or anything with their speakers and quotes)."""
        tally = cls()
        for article in articles:
            quotes = article.quotes
            tally.add(
                article.speakers,
                [quote.speaker for quote in quotes],
                {
                    number: quote.co_speakers
                    for number, quote in enumerate(quotes)
                    if quote.co_speakers
                },
            )
        return tally

    @classmethod
    def joined(cls, parts: Iterable[SpeakerTally]) -> SpeakerTally:
        """The tally of the parts' articles one after the other (a corpus written in parts)."""
        tally = cls()
        for part in parts:
            renumber = array(_NUMBER_TYPE, map(tally._number, part.speakers))
            for number, count in zip(renumber, part.member_counts, strict=True):
                tally.member_counts[number] += count
            base = tally.member_ends[-1]
            tally.members.extend(map(renumber.__getitem__, part.members))
            tally.member_ends.extend(end + base for end in part.member_ends[1:])
            base = tally.quote_ends[-1]
            renumber.append(-1)  # a quote without a speaker stays without one
            tally.quoted.extend(map(renumber.__getitem__, part.quoted))
            tally.quote_ends.extend(end + base for end in part.quote_ends[1:])
            for position, quotes in part.co_quoted.items():
                tally.co_quoted[len(tally) - len(part) + position] = {
                    number: tuple(map(renumber.__getitem__, others))
                    for number, others in quotes.items()
                }
        return tally

    def picked(self, positions: Iterable[int]) -> SpeakerTally:
        """The tally of the articles at ``positions``, in that order (a part of a corpus)."""
        tally = SpeakerTally()
        renumber: dict[int, int] = {-1: -1}
        members, member_ends = self.members, self.member_ends
        quoted, quote_ends = self.quoted, self.quote_ends
        for position in positions:
            mine = members[member_ends[position] : member_ends[position + 1]]
            for member in mine:
                number = renumber.get(member)
                if number is None:
                    number = renumber[member] = tally._number(self.speakers[member])
                tally.member_counts[number] += 1
            tally.members.extend(map(renumber.__getitem__, mine))
            tally.member_ends.append(len(tally.members))
            said = quoted[quote_ends[position] : quote_ends[position + 1]]
            tally.quoted.extend(map(renumber.__getitem__, said))
            tally.quote_ends.append(len(tally.quoted))
            together = self.co_quoted.get(position)
            if together is not None:
                tally.co_quoted[len(tally) - 1] = {
                    number: tuple(map(renumber.__getitem__, others))
                    for number, others in together.items()
                }
        return tally

    def _number(self, speaker: Speaker) -> int:
        found = self._numbers.get(speaker)
        if found is None:
            found = self._numbers[speaker] = len(self.speakers)
            self.speakers.append(speaker)
            self.member_counts.append(0)
        return found

    def add(
        self,
        speakers: Iterable[Speaker],
        quoted: Iterable[Speaker | None],
        co_said: Mapping[int, Sequence[Speaker]] | None = None,
    ) -> None:
        """Add an article: its own speakers, the speaker of each of its quotes, and the other
        speakers of its quotes said together (by quote number; members after the first)."""
        by_id: dict[str, int] = {}
        for speaker in speakers:
            self._member(speaker, by_id)
        if co_said:
            # Members in the order of a walk over the quotes: each speaker, then its others.
            together: dict[int, tuple[int, ...]] = {}
            numbers = []
            for number, said in enumerate(quoted):
                if said is None:
                    numbers.append(-1)
                    continue
                numbers.append(self._member(said, by_id))
                others = co_said.get(number)
                if others:
                    together[number] = tuple(self._member(other, by_id) for other in others)
            self.quoted.extend(numbers)
            if together:
                self.co_quoted[len(self)] = together
        else:
            self.quoted.extend(
                [-1 if said is None else self._member(said, by_id) for said in quoted]
            )
        self.quote_ends.append(len(self.quoted))
        self.members.extend(by_id.values())
        self.member_ends.append(len(self.members))

    def _member(self, speaker: Speaker, by_id: dict[str, int]) -> int:
        found = by_id.get(speaker.id)
        if found is None:
            found = by_id[speaker.id] = self._number(speaker)
            self.member_counts[found] += 1
        return found

    def __len__(self) -> int:
        """The number of articles."""
        return len(self.quote_ends) - 1


class SpeakerIndex:
    """Corpus-level speakers, their quotes, and a map from every name to them.

    Speakers are numbered in the order of :attr:`speakers`: most quoted first, ties by name.
    The merge works on the distinct article speakers of a :class:`SpeakerTally` with their
    counts, so its objects grow with the number of distinct speakers; per quote and article it
    keeps a few bytes (the tally's numbers and every quote's corpus speaker).
    """

    __slots__ = (
        "_article_counts",
        "_co_of",
        "_exact",
        "_final",
        "_first_counts",
        "_numbers",
        "_ref_order",
        "_ref_starts",
        "_speaker_bytes",
        "_surname",
        "_tally",
        "co_refs",
        "external_ids",
        "quote_counts",
        "quote_speakers",
        "speakers",
    )

    def __init__(
        self, articles: Sequence[SpeakerSource] | SpeakerTally, aliases: AliasTable | None = None
    ) -> None:
        tally = articles if isinstance(articles, SpeakerTally) else SpeakerTally.of(articles)
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
        # Pass 1: every distinct article speaker to a group, weighed by the articles it is a
        # member of. The tally numbers speakers in the order of first appearance, so that
        # number orders first sightings and names, aliases and roles come in the order in
        # which a walk over every article would meet them.
        group_of = array(_NUMBER_TYPE)
        for number, (speaker, members) in enumerate(
            zip(tally.speakers, tally.member_counts, strict=True)
        ):
            # A name opening with the sentence's words ("In Tony Blair", in an export of an
            # older version) is compared as the name it holds.
            key = _name_key_cached(speaker.name)
            proper = name_proper(key.core)
            if proper != key.core:
                key = NameKey(words=_name_key_cached(proper).words, core=key.core)
            found = _table_group(speaker, key, table_keys)
            if found is None:
                found = by_key.get(key.key)
            if found is None:
                found = len(groups)
                by_key[key.key] = found
                groups.append(_Group(keys=[key.key]))
            group = groups[found]
            group.target = group.target or _may_take_others(speaker)
            group.names[key.core] += members
            group.first_seen.setdefault(key.core, number)
            group.aliases.update(dict.fromkeys((speaker.name, *speaker.aliases)))
            group.roles.update(dict.fromkeys(speaker.roles))
            group.kinds[speaker.kind] += members
            if speaker.generic:
                group.common += members
            else:
                group.proper += members
            group_of.append(found)
        _merge_by_surname(groups)
        roots = array(_NUMBER_TYPE, (_root(groups, group_of[at]) for at in range(len(group_of))))
        # Pass 2: count quotes per root group (per distinct speaker first, in C).
        said = collections.Counter(tally.quoted)
        said.pop(-1, None)
        counts: collections.Counter[int] = collections.Counter()
        for number, count in said.items():
            counts[roots[number]] += count
        first_counts = counts.copy()
        # A quote said together ("Anna und Ben sagten") is each speaker's quote: the few such
        # quotes keep their other speakers' root groups, each once and not the first's.
        co_roots: dict[tuple[int, int], list[int]] = {}
        quoted, quote_ends = tally.quoted, tally.quote_ends
        for position, together in tally.co_quoted.items():
            for number, others in together.items():
                root = roots[quoted[quote_ends[position] + number]]
                also = [
                    other
                    for other in dict.fromkeys(roots[member] for member in others)
                    if other != root
                ]
                if also:
                    co_roots[position, number] = also
                    counts.update(also)
        drafts: list[tuple[int, Speaker]] = []
        for root, group in enumerate(groups):
            draft = _draft_speaker(group, aliases) if group.parent is None else None
            # Table entries that no article speaker belongs to are not speakers of this corpus.
            if draft is not None:
                drafts.append((root, draft))
        drafts.sort(key=lambda item: _order_key(item[1], counts[item[0]]))
        renumber = {root: number for number, (root, _) in enumerate(drafts)}
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
        self.quote_counts: tuple[int, ...] = tuple(counts[root] for root, _ in drafts)
        # Of those, the quotes each speaker said first (their number in quote_speakers).
        self._first_counts = tuple(first_counts[root] for root, _ in drafts)
        #: (article position, quote number) -> the numbers of the corpus speakers a quote said
        #: together has besides its first speaker's (in :meth:`refs_of` each of them too).
        self.co_refs: dict[tuple[int, int], tuple[int, ...]] = {
            ref: tuple(renumber[root] for root in roots if root in renumber)
            for ref, roots in co_roots.items()
        }
        self._co_of: dict[int, list[int]] | None = None
        self.external_ids: dict[str, str] = external_ids
        self._tally = tally
        # The corpus speaker of each distinct article speaker (-1: none), then of no speaker.
        final = array(_NUMBER_TYPE, (renumber.get(root, -1) for root in roots))
        final.append(-1)
        self._final = final
        #: Every quote's corpus speaker (-1: none), in corpus order; the quotes of article
        #: ``position`` are those from :attr:`quote_starts` ``[position]`` on.
        self.quote_speakers = array(_NUMBER_TYPE, map(final.__getitem__, tally.quoted))
        self._exact, self._surname = _name_maps(groups, renumber, speakers)
        self._numbers: dict[str, int] | None = None
        self._ref_order: array[int] | None = None
        self._ref_starts: list[int] = []
        self._speaker_bytes: bytes | None = None
        self._article_counts: tuple[int, ...] | None = None

    @property
    def quote_starts(self) -> Sequence[int]:
        """Where each article's quotes start in :attr:`quote_speakers` (then the total)."""
        return self._tally.quote_ends

    def resolve(self, position: int, speaker_id: str) -> int | None:
        """The number of the corpus speaker of article ``position``'s speaker ``speaker_id``."""
        tally = self._tally
        speakers = tally.speakers
        for at in range(tally.member_ends[position], tally.member_ends[position + 1]):
            member = tally.members[at]
            if speakers[member].id == speaker_id:
                found = self._final[member]
                return None if found < 0 else found
        return None

    def quote_speaker(self, position: int, number: int) -> int | None:
        """The number of the corpus speaker of quote ``number`` of article ``position``."""
        found = self.quote_speakers[self._tally.quote_ends[position] + number]
        return None if found < 0 else found

    def refs_of(self, number: int) -> list[tuple[int, int]]:
        """(article position, quote number) of every quote of speaker ``number``, in order.

        One speaker's quotes are found by a search of every quote's speaker number in C (a few
        milliseconds for a million quotes); after :meth:`iter_refs` from the grouped order.
        """
        order = self._ref_order
        quotes: Iterable[int]
        if order is not None:
            quotes = order[self._ref_starts[number] : self._ref_starts[number + 1]]
        else:
            quotes = self._find_quotes(number)
        also = self._co_quotes().get(number)
        if also:
            quotes = sorted([*quotes, *also])
        starts = self._tally.quote_ends
        refs = []
        position = 0
        for quote in quotes:
            # The quotes come in corpus order: the article is this one or a later one.
            if starts[position + 1] <= quote:
                position = bisect.bisect_right(starts, quote, lo=position) - 1
            refs.append((position, quote - starts[position]))
        return refs

    def _co_quotes(self) -> dict[int, list[int]]:
        """For each speaker, the quotes said together in which it is not the first speaker."""
        found = self._co_of
        if found is None:
            found = self._co_of = collections.defaultdict(list)
            starts = self._tally.quote_ends
            for (position, quote), numbers in sorted(self.co_refs.items()):
                for number in numbers:
                    found[number].append(starts[position] + quote)
        return found

    def _find_quotes(self, number: int) -> list[int]:
        """The quotes of speaker ``number``: its 4-byte number searched for in their bytes."""
        data = self._speaker_bytes
        if data is None:
            data = self._speaker_bytes = self.quote_speakers.tobytes()
        needle = array(_NUMBER_TYPE, [number]).tobytes()
        size = len(needle)
        found = []
        at = data.find(needle)
        while at >= 0:
            if at % size:  # across two numbers: look on from the next byte
                at = data.find(needle, at + 1)
                continue
            found.append(at // size)
            at = data.find(needle, at + size)
        return found

    def iter_refs(self) -> Iterator[list[tuple[int, int]]]:
        """:meth:`refs_of` every speaker in turn (the quotes grouped by speaker once)."""
        if self._ref_order is None:
            self._sort_refs()
        return map(self.refs_of, range(len(self.speakers)))

    def _sort_refs(self) -> None:
        """Every quote with a speaker, grouped by speaker, in corpus order (a stable sort)."""
        said = self.quote_speakers
        order = sorted(range(len(said)), key=said.__getitem__)
        # Quotes without a speaker (-1) sort first.
        self._ref_order = array(_COUNT_TYPE, order[said.count(-1) :])
        self._ref_starts = list(itertools.accumulate(self._first_counts, initial=0))

    @property
    def quote_refs(self) -> tuple[tuple[tuple[int, int], ...], ...]:
        """For each speaker, :meth:`refs_of` (all built at once: prefer that for one speaker)."""
        return tuple(map(tuple, self.iter_refs()))

    @property
    def article_counts(self) -> tuple[int, ...]:
        """For each speaker, the number of articles with a quote of theirs."""
        if self._article_counts is None:
            counts = [0] * len(self.speakers)
            last = [-1] * len(self.speakers)
            said = self.quote_speakers
            together: dict[int, list[int]] = collections.defaultdict(list)
            for (position, _), others in self.co_refs.items():
                together[position].extend(others)
            for position, (start, end) in enumerate(itertools.pairwise(self._tally.quote_ends)):
                numbers: Iterable[int] = said[start:end]
                if position in together:
                    numbers = itertools.chain(numbers, together[position])
                for number in numbers:
                    if number >= 0 and last[number] != position:
                        last[number] = position
                        counts[number] += 1
            self._article_counts = tuple(counts)
        return self._article_counts

    def number_of(self, speaker: Speaker) -> int | None:
        """The number of ``speaker`` if it is one of :attr:`speakers` (equal, same id)."""
        numbers = self._numbers
        if numbers is None:
            numbers = self._numbers = {
                found.id: number for number, found in enumerate(self.speakers)
            }
        number = numbers.get(speaker.id)
        return number if number is not None and self.speakers[number] == speaker else None

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


def _may_take_others(speaker: Speaker) -> bool:
    """Whether a shorter name may merge into this speaker's (rule 4): a name of capitalised
    words ("Putin" into "Wladimir Putin"), not an organisation's ("Labour" is not "New
    Labour"), a phrase ("Leading economists"), a role ("Sprecher des ORF", "Spokesman for
    Michael Howard") or a name that does not open as one ("memory Gordon Brown")."""
    words = speaker.name.split()
    if speaker.kind is SpeakerKind.ORGANISATION or not is_clean_name(speaker.name):
        return False
    if speaker.kind is not SpeakerKind.PERSON and not is_first_name(words[0]):
        # Of unknown kind: a person's name only with a first name ("Angela Merkel", not
        # "Financial Times" or "BBC's World Business Report").
        return False
    if not all(map(_name_word, words)):
        return False
    folded = fold(speaker.name)
    return not any(fold(role) == folded for role in speaker.roles)


def _name_word(word: str) -> bool:
    """Whether ``word`` may stand in a person's name: capitalised ("Putin", "al-Assad" after its
    hyphen), a name particle ("von", "der") or an initial."""
    return any(part[:1].isupper() for part in word.split("-")) or is_name_particle(word)


def _table_group(speaker: Speaker, key: NameKey, table_keys: dict[str, int]) -> int | None:
    if not table_keys:
        return None
    for candidate in (key, *(_name_key_cached(alias) for alias in speaker.aliases)):
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
        targets = {
            _root(groups, other)
            for other in endings.get(words, ())
            if groups[other].target or groups[other].table_entry is not None
        }
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
            target.common += group.common
            target.proper += group.proper
            target.keys.extend(key for key in group.keys if key not in target.keys)


def _draft_speaker(group: _Group, aliases: AliasTable | None) -> Speaker | None:
    """The corpus speaker of a root group, with a provisional id; None for an unused entry."""
    if not group.names:
        return None
    from_table = aliases is not None and group.table_entry is not None
    if aliases is not None and group.table_entry is not None:
        name = aliases.entries[group.table_entry].name
    else:
        name = _canonical_name(group)
    kinds = [kind for kind in group.kinds if kind is not SpeakerKind.UNKNOWN]
    kind = (
        min(kinds, key=lambda kind: (-group.kinds[kind], _KIND_ORDER[kind]))
        if kinds
        else SpeakerKind.UNKNOWN
    )
    return Speaker(
        id=slug_of(name),
        name=name,
        # A user's table says who is one person; the automatic merge keeps apart other given
        # names that article speakers brought along.
        aliases=tuple(
            alias
            for alias in group.aliases
            if alias != name and (from_table or given_names_agree(alias, name))
        ),
        roles=tuple(group.roles),
        kind=kind,
        generic=group.common > group.proper and not from_table,
    )


def _canonical_name(group: _Group) -> str:
    """Rule 5 of the module docstring: the most frequent clean spelling of the group's fullest
    names, then the earliest seen."""
    keys = {spelling: _name_key_cached(name_proper(spelling)).words for spelling in group.names}
    endings = {words[-size:] for words in keys.values() for size in range(1, len(words))}
    fullest = [spelling for spelling, words in keys.items() if words not in endings]
    clean = [spelling for spelling in fullest if is_clean_name(spelling)]
    return min(
        clean or fullest or list(group.names),
        key=lambda spelling: (-group.names[spelling], group.first_seen[spelling]),
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
            key = _name_key_cached(name)
            exact[key.key].add(number)
            if len(key.words) > 1:
                surname[key.words[-1]].add(number)
    return (
        {key: tuple(sorted(found)) for key, found in exact.items()},
        {key: tuple(sorted(found)) for key, found in surname.items()},
    )
