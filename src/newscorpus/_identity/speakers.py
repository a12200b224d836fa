"""The corpus-level speakers: :class:`SpeakerIndex` merges the per-article speakers of a corpus
into corpus-level speakers and maps every name, alias and surname to them; :class:`SpeakerTally`
is what that merge reads of a corpus, each distinct speaker once. Both are built from a sequence
of articles and never change; a Corpus builds its index on first use, a writer from its tally.

Speaker identity (documented in ``docs/queries.md``):

1. A name is compared by its *key*: its folded words, after dropping everything up to the last
   title word before a capitalised word, and any parenthesised addition ("Präsident Putin",
   "US-Präsident Obama", "Der russische Präsident Wladimir Putin", "Angela Merkel (CDU)" have
   the keys ``putin``, ``obama``, ``wladimir putin``, ``angela merkel``; "Sprecher des ORF"
   keeps its key ``sprecher des orf``: a spokesperson of the ORF is not the ORF; an article
   before a name written with one is dropped: "Der Spiegel" has the key ``spiegel``).
2. A user alias table wins: an article speaker whose name (or else one of whose aliases) has the
   key of a table entry's name or variant belongs to that entry.
3. Other article speakers with the same key are one speaker.
4. A key that is the end of longer keys ("Putin" of "Wladimir Putin", "von der Leyen" of
   "Ursula von der Leyen") merges into the speaker of those longer keys when they all belong to
   one speaker; when they belong to several ("Bush": "George W. Bush", "Jeb Bush"), it does not
   merge and stays a speaker of its own; nor does a key that most of its article speakers
   are organisations by ("France" stays the country, not Elizabeth France's). Only a person's
   name of capitalised words (of a person, or of unknown kind with a first name from the
   lexicons) takes others: not an
   organisation's ("Labour" stays apart from "New Labour", "Times" from "Financial Times"), a
   phrase ("Leading economists"), a role ("Spokesman for Michael Howard"), a name opened by an
   abbreviation ("BBC Wales" does not take "Wales") or a name that does not open as a name
   ("memory Gordon Brown"). A bare surname with a role merges only into a speaker with no role
   or a role that shares a word with its ("Judge Cullen" is not Martin Cullen, the minister).
5. The speaker's name is its most frequent clean spelling
   (:func:`newscorpus._extract.names.is_clean_name`) among its fullest names (not the end of
   another of its names: "Tony Blair", not "Blair"; a title of nobility or knighthood before a
   name of one word stays: "Lord Falconer"); its aliases are its other names, except
   those with other given names ("John Howard" is never an alias of "Michael Howard"); its
   roles are the roles of its article speakers, the most quoted first, and spellings that differ
   only in case are one role ("Prime Minister", not also "prime minister"), one that is the last
   words of a role before it is left out ("Spokesman" after "Tory spokesman"); a role that is
   the speaker's own name ("Faymann" read as "Fay" and "Mann") is none.
"""

from __future__ import annotations

import bisect
import collections
import functools
import hashlib
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
    is_name_title,
    name_key,
    name_proper,
    slug_of,
)
from newscorpus._folding import fold
from newscorpus._model import Speaker, SpeakerKind

if TYPE_CHECKING:
    from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence

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


class _Groups:
    """Speakers of the corpus that are one person, while merging: parallel arrays, one entry
    per group, instead of an object with its own containers per group (the merge meets one
    group per distinct article speaker; what each group saw is read from its members when its
    corpus speaker is drafted). Groups ``0 .. tables - 1`` are the alias table's entries."""

    __slots__ = ("first_keys", "more_keys", "parents", "tables", "targets")

    def __init__(self, tables: int) -> None:
        #: The first key of each group; :attr:`more_keys` the others of a table entry.
        self.first_keys: list[str] = []
        self.more_keys: dict[int, list[str]] = {}
        self.tables = tables
        #: The group each group merged into (-1: none, a root).
        self.parents = array(_NUMBER_TYPE)
        #: Whether another key may merge into the group (rule 4): not when every speaker in it
        #: is named by a role or by a name that does not open as a name.
        self.targets = bytearray()

    def add(self, keys: list[str]) -> int:
        number = len(self.first_keys)
        self.first_keys.append(keys[0])
        if len(keys) > 1:
            self.more_keys[number] = keys[1:]
        self.parents.append(-1)
        self.targets.append(0)
        return number

    def keys(self, number: int) -> list[str]:
        return [self.first_keys[number], *self.more_keys.get(number, ())]

    def __len__(self) -> int:
        return len(self.first_keys)

    def root(self, number: int) -> int:
        parents = self.parents
        parent = parents[number]
        while parent >= 0:
            number = parent
            parent = parents[number]
        return number


_KIND_ORDER: Final = {kind: number for number, kind in enumerate(SpeakerKind)}
#: The shortest role word compared when a bare surname with a role may join a full name
#: ("ceo", "mep"; not "of", "uk").
_ROLE_WORD_LENGTH: Final = 3
#: Bytes of the BLAKE2b digest of a name that tell apart speakers whose slugs are the same
#: (shown as twice as many hex digits after the slug).
_ID_DIGEST_BYTES: Final = 4


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

    A streaming writer keeps nothing per quote: ``SpeakerTally(quotes=False)`` counts each
    member's quotes instead of keeping every quote's member (:meth:`add` returns them, and the
    writer stores them with the quote rows), and keeps the first speaker of the few quotes said
    together. Its :class:`SpeakerIndex` has the corpus speakers, their quote counts and
    :attr:`SpeakerIndex.member_speakers`, not the per-quote answers.
    """

    __slots__ = (
        "_numbers",
        "co_firsts",
        "co_quoted",
        "first_counts",
        "keeps_quotes",
        "member_counts",
        "member_ends",
        "members",
        "quote_ends",
        "quoted",
        "speakers",
    )

    def __init__(self, *, quotes: bool = True) -> None:
        #: Whether every quote's member is kept in :attr:`quoted` (else only counted).
        self.keeps_quotes = quotes
        #: The distinct member Speakers, in the order of first appearance.
        self.speakers: list[Speaker] = []
        self._numbers: dict[Speaker, int] = {}
        #: For each distinct speaker, the number of articles it is a member of.
        self.member_counts = array(_COUNT_TYPE)
        #: Every article's members, in order, and where each article's end.
        self.members = array(_NUMBER_TYPE)
        self.member_ends = array(_COUNT_TYPE, [0])
        #: Every quote's member (-1: no speaker), in corpus order (empty unless
        #: :attr:`keeps_quotes`), and where each article's quotes end.
        self.quoted = array(_NUMBER_TYPE)
        self.quote_ends = array(_COUNT_TYPE, [0])
        #: Without :attr:`keeps_quotes`: each distinct speaker's quotes as their first speaker,
        #: and the first speaker of each quote said together (article, quote number) -> member.
        self.first_counts = array(_COUNT_TYPE)
        self.co_firsts: dict[tuple[int, int], int] = {}
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
        """The tally of the parts' articles one after the other (a corpus written in parts).

        Of a single part, that part itself (a tally is not changed once it is merged).
        """
        listed = list(parts)
        if len(listed) == 1:
            # One part is its own corpus: no copy of its numbers (a writer's whole corpus).
            return listed[0]
        tally = cls(quotes=all(part.keeps_quotes for part in listed))
        for part in listed:
            renumber = array(_NUMBER_TYPE, map(tally._number, part.speakers))
            for number, count in zip(renumber, part.member_counts, strict=True):
                tally.member_counts[number] += count
            base = tally.member_ends[-1]
            tally.members.extend(map(renumber.__getitem__, part.members))
            tally.member_ends.extend(end + base for end in part.member_ends[1:])
            start = len(tally)
            base = tally.quote_ends[-1]
            renumber.append(-1)  # a quote without a speaker stays without one
            if tally.keeps_quotes:
                tally.quoted.extend(map(renumber.__getitem__, part.quoted))
            else:
                counts = part.quote_counts()
                for number, count in counts.items():
                    tally.first_counts[renumber[number]] += count
                firsts = part.co_firsts if not part.keeps_quotes else part.co_firsts_of_quoted()
                for (position, number), first in firsts.items():
                    tally.co_firsts[start + position, number] = renumber[first]
            tally.quote_ends.extend(end + base for end in part.quote_ends[1:])
            for position, quotes in part.co_quoted.items():
                tally.co_quoted[start + position] = {
                    number: tuple(map(renumber.__getitem__, others))
                    for number, others in quotes.items()
                }
        return tally

    def quote_counts(self) -> collections.Counter[int]:
        """Each member's quotes as their first speaker (members without quotes left out)."""
        if not self.keeps_quotes:
            return collections.Counter(
                {number: count for number, count in enumerate(self.first_counts) if count}
            )
        said = collections.Counter(self.quoted)
        said.pop(-1, None)
        return said

    def first_member(self, position: int, number: int) -> int:
        """The member (-1: none) of quote ``number`` of article ``position`` that said it
        first; without :attr:`keeps_quotes` only for a quote said together."""
        if self.keeps_quotes:
            return self.quoted[self.quote_ends[position] + number]
        return self.co_firsts[position, number]

    def co_firsts_of_quoted(self) -> dict[tuple[int, int], int]:
        """:attr:`co_firsts` of a tally that keeps every quote's member."""
        return {
            (position, number): self.first_member(position, number)
            for position, quotes in self.co_quoted.items()
            for number in quotes
        }

    def picked(self, positions: Iterable[int]) -> SpeakerTally:
        """The tally of the articles at ``positions``, in that order (a part of a corpus).

        Only of a tally that :attr:`keeps_quotes`.
        """
        if not self.keeps_quotes:
            raise ValueError("picked() needs a tally that keeps every quote's member")
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

    def numbers_of(self, speakers: Iterable[Speaker]) -> list[int]:
        """The numbers of speakers of the tally (of a part joined into it, say)."""
        return list(map(self._numbers.__getitem__, speakers))

    def _number(self, speaker: Speaker) -> int:
        found = self._numbers.get(speaker)
        if found is None:
            found = self._numbers[speaker] = len(self.speakers)
            self.speakers.append(speaker)
            self.member_counts.append(0)
            if not self.keeps_quotes:
                self.first_counts.append(0)
        return found

    def add(
        self,
        speakers: Iterable[Speaker],
        quoted: Iterable[Speaker | None],
        co_said: Mapping[int, Sequence[Speaker]] | None = None,
    ) -> list[int]:
        """Add an article: its own speakers, the speaker of each of its quotes, and the other
        speakers of its quotes said together (by quote number; members after the first).

        Returns each quote's member number (-1: no speaker).
        """
        by_id: dict[str, int] = {}
        for speaker in speakers:
            self._member(speaker, by_id)
        together: dict[int, tuple[int, ...]] = {}
        if co_said:
            # Members in the order of a walk over the quotes: each speaker, then its others.
            numbers = []
            for number, said in enumerate(quoted):
                if said is None:
                    numbers.append(-1)
                    continue
                numbers.append(self._member(said, by_id))
                others = co_said.get(number)
                if others:
                    together[number] = tuple(self._member(other, by_id) for other in others)
        else:
            numbers = [-1 if said is None else self._member(said, by_id) for said in quoted]
        position = len(self)
        if together:
            self.co_quoted[position] = together
        if self.keeps_quotes:
            self.quoted.extend(numbers)
        else:
            counts = self.first_counts
            for number in numbers:
                if number >= 0:
                    counts[number] += 1
            for number in together:
                self.co_firsts[position, number] = numbers[number]
        self.quote_ends.append(self.quote_ends[-1] + len(numbers))
        self.members.extend(by_id.values())
        self.member_ends.append(len(self.members))
        return numbers

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
        "_quote_speakers",
        "_ref_order",
        "_ref_starts",
        "_speaker_bytes",
        "_surname",
        "_tally",
        "co_refs",
        "external_ids",
        "quote_counts",
        "speakers",
    )

    def __init__(
        self, articles: Sequence[SpeakerSource] | SpeakerTally, aliases: AliasTable | None = None
    ) -> None:
        tally = articles if isinstance(articles, SpeakerTally) else SpeakerTally.of(articles)
        groups = _Groups(0 if aliases is None else len(aliases.entries))
        by_key: dict[str, int] = {}
        table_keys: dict[str, int] = {}
        if aliases is not None:
            for entry in aliases.entries:
                keys = [name_key(name).key for name in (entry.name, *entry.variants)]
                number = groups.add(list(dict.fromkeys(keys)))
                for table_key in groups.keys(number):
                    table_keys[table_key] = number
        # Pass 1: every distinct article speaker to a group. The tally numbers speakers in the
        # order of first appearance, so a group's members in that order give first sightings,
        # and names, aliases and roles in the order in which a walk over every article would
        # meet them (read when the group's speaker is drafted).
        group_of = array(_NUMBER_TYPE)
        # The words of the roles each group's speakers have (few have any).
        role_words: dict[int, set[str]] = {}
        # How many of each group's articles name an organisation by it, and how many name it at
        # all (a distinct speaker counts once for each of its articles): a group most articles
        # call an organisation ("France", the country) is no one's surname.
        organisation_counts: collections.Counter[int] = collections.Counter()
        member_counts: collections.Counter[int] = collections.Counter()
        for number, speaker in enumerate(tally.speakers):
            key = _speaker_key(speaker)
            found = _table_group(speaker, key, table_keys)
            if found is None:
                found = by_key.get(key.key)
            if found is None:
                found = by_key[key.key] = groups.add([key.key])
            if not groups.targets[found] and _may_take_others(speaker):
                groups.targets[found] = 1
            if speaker.roles:
                role_words.setdefault(found, set()).update(_role_words(_own_roles(speaker)))
            articles_of = tally.member_counts[number]
            member_counts[found] += articles_of
            if speaker.kind is SpeakerKind.ORGANISATION:
                organisation_counts[found] += articles_of
            group_of.append(found)
        organisations = {
            group
            for group, count in organisation_counts.items()
            if 2 * count > member_counts[group]
        }
        children = _merge_by_surname(groups, by_key, role_words, organisations)
        del by_key, table_keys
        roots = array(_NUMBER_TYPE, (groups.root(group) for group in group_of))
        # Pass 2: count quotes per root group (per distinct speaker first, in C).
        said = tally.quote_counts()
        counts: collections.Counter[int] = collections.Counter()
        for number, count in said.items():
            counts[roots[number]] += count
        first_counts = counts.copy()
        # A quote said together ("Anna und Ben sagten") is each speaker's quote: the few such
        # quotes keep their other speakers' root groups, each once and not the first's.
        co_roots: dict[tuple[int, int], list[int]] = {}
        for position, together in tally.co_quoted.items():
            for number, others in together.items():
                root = roots[tally.first_member(position, number)]
                also = [
                    other
                    for other in dict.fromkeys(roots[member] for member in others)
                    if other != root
                ]
                if also:
                    co_roots[position, number] = also
                    counts.update(also)
        # Each group's members (tally numbers, ascending) from ``member_starts[group]`` on.
        member_order = array(_NUMBER_TYPE, sorted(range(len(group_of)), key=group_of.__getitem__))
        sizes = collections.Counter(group_of)
        member_starts = array(
            _COUNT_TYPE,
            itertools.accumulate((sizes[group] for group in range(len(groups))), initial=0),
        )
        drafts: list[tuple[int, Speaker]] = []
        for root in range(len(groups)):
            if groups.parents[root] >= 0:
                continue
            members = [
                member_order[member_starts[group] : member_starts[group + 1]]
                for group in (root, *children.get(root, ()))
            ]
            draft = _draft_speaker(tally, members, root, aliases)
            # Table entries that no article speaker belongs to are not speakers of this corpus.
            if draft is not None:
                drafts.append((root, draft))
        drafts.sort(key=lambda item: _order_key(item[1], counts[item[0]]))
        renumber = {root: number for number, (root, _) in enumerate(drafts)}
        speakers: list[Speaker] = []
        external_ids: dict[str, str] = {}
        for (root, draft), unique in zip(
            drafts, _unique_ids([draft for _, draft in drafts]), strict=True
        ):
            # The draft itself when its id is free: one Speaker per corpus speaker, not two.
            speaker = draft if unique == draft.id else attrs.evolve(draft, id=unique)
            speakers.append(speaker)
            if aliases is not None and root < groups.tables:
                external_id = aliases.entries[root].external_id
                if external_id is not None:
                    external_ids[speaker.id] = external_id
        self.speakers: tuple[Speaker, ...] = tuple(speakers)
        self.quote_counts: tuple[int, ...] = tuple(counts[root] for root, _ in drafts)
        # Of those, the quotes each speaker said first (their number in quote_speakers).
        self._first_counts = tuple(first_counts[root] for root, _ in drafts)
        del drafts
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
        # Built on first use: a writer maps its quotes row group by row group instead.
        self._quote_speakers: array[int] | None = None
        self._exact, self._surname = _name_maps(groups, renumber, speakers)
        self._numbers: dict[str, int] | None = None
        self._ref_order: array[int] | None = None
        self._ref_starts: list[int] = []
        self._speaker_bytes: bytes | None = None
        self._article_counts: tuple[int, ...] | None = None

    @property
    def quote_speakers(self) -> array[int]:
        """Every quote's corpus speaker (-1: none), in corpus order; the quotes of article
        ``position`` are those from :attr:`quote_starts` ``[position]`` on.

        Built on first use (4 bytes per quote); :attr:`member_speakers` maps a tally's own
        numbers without it. Only of a tally that keeps every quote's member.
        """
        found = self._quote_speakers
        if found is None:
            self._need_quotes("quote_speakers")
            found = self._quote_speakers = array(
                _NUMBER_TYPE, map(self._final.__getitem__, self._tally.quoted)
            )
        return found

    def _need_quotes(self, what: str) -> None:
        if not self._tally.keeps_quotes:
            # A streaming writer's index: the writer maps its stored member numbers itself.
            raise ValueError(f"{what} needs a tally that keeps every quote's member")

    @property
    def member_speakers(self) -> array[int]:
        """The corpus speaker of each member of the merged tally, by its number (-1: none),
        then -1 once more: a quote's member number (-1 for no speaker) maps to its corpus
        speaker by indexing."""
        return self._final

    def member_speakers_of(self, part: SpeakerTally) -> array[int]:
        """:attr:`member_speakers` for the numbers of ``part``, one of the tallies joined into
        the merged one (:meth:`SpeakerTally.joined`)."""
        if part is self._tally:
            return self._final
        final = self._final
        found = array(_NUMBER_TYPE, map(final.__getitem__, self._tally.numbers_of(part.speakers)))
        found.append(-1)
        return found

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
        """For each speaker, the number of articles with a quote of theirs.

        Only of a tally that keeps every quote's member (a streaming writer counts them as it
        writes the quotes).
        """
        if self._article_counts is None:
            self._need_quotes("article_counts")
            counts = [0] * len(self.speakers)
            last = [-1] * len(self.speakers)
            # The quotes' members mapped article by article: no number per quote is kept.
            built, said, final = self._quote_speakers, self._tally.quoted, self._final
            together: dict[int, list[int]] = collections.defaultdict(list)
            for (position, _), others in self.co_refs.items():
                together[position].extend(others)
            for position, (start, end) in enumerate(itertools.pairwise(self._tally.quote_ends)):
                numbers: Iterable[int] = (
                    map(final.__getitem__, said[start:end]) if built is None else built[start:end]
                )
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
    if len(words[0]) > 1 and words[0].isupper() and "." not in words[0]:
        return False  # an acronym opens no person's name: "BBC Wales" (not "Wales")
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


def _speaker_key(speaker: Speaker) -> NameKey:
    """The key of an article speaker's name (rule 1)."""
    # A name opening with the sentence's words ("In Tony Blair", in an export of an older
    # version) is compared as the name it holds.
    key = _name_key_cached(speaker.name)
    proper = name_proper(key.core)
    if proper != key.core:
        key = NameKey(words=_name_key_cached(proper).words, core=key.core)
    return key


def _titled_core(name: str, core: str) -> str:
    """The name a speaker is shown by: the core of its key, with a title of nobility or
    knighthood before a core of one word kept ("Lord Falconer", "Sir Digby"; the key is
    ``falconer`` all the same, so "Lord Falconer" and "Falconer" are one speaker)."""
    if " " in core or not name.endswith(core):
        return core
    before = name[: len(name) - len(core)].rstrip()
    title = before.rsplit(maxsplit=1)[-1] if before else ""
    return f"{title} {core}" if title[:1].isupper() and is_name_title(title) else core


def _merge_by_surname(
    groups: _Groups,
    by_key: Mapping[str, int],
    role_words: Mapping[int, set[str]] | None = None,
    organisations: Collection[int] = (),
) -> dict[int, list[int]]:
    """Rule 4 of the module docstring: merge a key into the one speaker of the longer keys.

    A bare surname with a role merges only when the speaker of the longer keys has no role or
    one that shares a word with its ("Judge Cullen" is not Martin Cullen, the transport minister;
    "Kanzler Faymann" is Bundeskanzler Werner Faymann): ``role_words`` are the words of each
    group's roles. A key most articles name an organisation by (``organisations``: "France",
    the country) is no one's surname ("Elizabeth France" does not take it).

    Returns each root's merged groups in order. ``by_key`` holds the keys of the groups that
    may merge (those of no table entry): only endings of longer keys that are one of them are
    kept (the others are never looked up).
    """
    endings: dict[str, list[int]] = {}
    for number in range(len(groups)):
        for key in groups.keys(number):
            # Each ending of the key's words, shortest last: what follows each of its spaces.
            at = key.find(" ")
            while at >= 0:
                ending = key[at + 1 :]
                if ending in by_key:
                    found = endings.setdefault(ending, [])
                    if not found or found[-1] != number:
                        found.append(number)
                at = key.find(" ", at + 1)
    first_keys, targets, tables = groups.first_keys, groups.targets, groups.tables
    roles: collections.defaultdict[int, set[str]] = collections.defaultdict(set)
    roles.update(role_words or {})
    automatic = sorted(
        range(tables, len(groups)), key=lambda number: -first_keys[number].count(" ")
    )
    for number in automatic:
        if number in organisations:
            continue
        merged = {
            groups.root(other)
            for other in endings.get(first_keys[number], ())
            if targets[other] or other < tables
        }
        merged.discard(groups.root(number))
        if len(merged) == 1:
            target = merged.pop()
            mine = roles.get(number)
            if mine and " " not in first_keys[number] and not _roles_agree(mine, roles[target]):
                continue
            groups.parents[number] = target
            if mine:
                roles[target] = roles[target] | mine
    # Roots inherit what their members saw, in the order of the groups.
    children: dict[int, list[int]] = {}
    for number in range(len(groups)):
        root = groups.root(number)
        if root != number:
            children.setdefault(root, []).append(number)
    return children


def _own_roles(speaker: Speaker) -> list[str]:
    """The speaker's roles that are not its name: "Faymann" read as a role noun ("Fay" and
    "Mann") says nothing about the person."""
    folded = fold(speaker.name)
    return [role for role in speaker.roles if fold(role) != folded]


def _role_words(roles: Iterable[str]) -> set[str]:
    """The folded words of roles, split at spaces and hyphens ("UK Chancellor" -> "uk",
    "chancellor"; "ÖVP-Chef" -> "oevp", "chef")."""
    return {word for role in roles for word in fold(role).replace("-", " ").split()}


def _roles_agree(first: set[str], second: set[str]) -> bool:
    """Whether two speakers' role words may be one person's: one of them has none, or a word of
    one ends in a word of the other ("kanzler", "bundeskanzler"; "microsoft" in both)."""
    if not first or not second:
        return True
    return any(
        one.endswith(other) or other.endswith(one)
        for one in first
        for other in second
        if min(len(one), len(other)) >= _ROLE_WORD_LENGTH
    )


def _draft_speaker(
    tally: SpeakerTally,
    members: Sequence[Sequence[int]],
    root: int,
    aliases: AliasTable | None,
) -> Speaker | None:
    """The corpus speaker of a root group, with a provisional id; None for an unused entry.

    ``members`` are the tally numbers of the root group's article speakers, then of each
    group merged into it; what the root saw comes first, then what each of them saw (their
    names are the root's aliases too).
    """
    names: collections.Counter[str] = collections.Counter()
    first_seen: dict[str, int] = {}
    seen_aliases: dict[str, None] = {}
    roles: collections.Counter[str] = collections.Counter()
    roles_seen: dict[str, int] = {}
    kinds: collections.Counter[SpeakerKind] = collections.Counter()
    # How many article speakers in it are named only by common nouns ("Polizei") and how many
    # are not: generic when the first are more ("Analysts said" opening a sentence is no name).
    common = proper = 0
    entry = aliases.entries[root] if aliases is not None and root < len(aliases.entries) else None
    if entry is not None:
        seen_aliases.update(dict.fromkeys(entry.variants))
    for index, numbers in enumerate(members):
        own_names: dict[str, None] = {}
        own_aliases: dict[str, None] = {}
        for number in numbers:
            speaker = tally.speakers[number]
            count = tally.member_counts[number]
            core = _titled_core(speaker.name, _speaker_key(speaker).core)
            names[core] += count
            first_seen.setdefault(core, number)
            own_names[core] = None
            own_aliases.update(dict.fromkeys((speaker.name, *speaker.aliases)))
            for role in _own_roles(speaker):
                roles[role] += count
                roles_seen.setdefault(role, len(roles_seen))
            kinds[speaker.kind] += count
            if speaker.generic:
                common += count
            else:
                proper += count
        if index:
            seen_aliases.update(own_names)
        seen_aliases.update(own_aliases)
    if not names:
        return None
    from_table = entry is not None
    name = entry.name if entry is not None else _canonical_name(names, first_seen)
    known = [kind for kind in kinds if kind is not SpeakerKind.UNKNOWN]
    kind = (
        min(known, key=lambda kind: (-kinds[kind], _KIND_ORDER[kind]))
        if known
        else SpeakerKind.UNKNOWN
    )
    return Speaker(
        id=slug_of(name),
        name=name,
        # A user's table says who is one person; the automatic merge keeps apart other given
        # names that article speakers brought along.
        aliases=tuple(
            alias
            for alias in seen_aliases
            if alias != name and (from_table or given_names_agree(alias, name))
        ),
        roles=_corpus_roles(roles, roles_seen),
        kind=kind,
        generic=common > proper and not from_table,
    )


def _corpus_roles(
    counts: collections.Counter[str], first_seen: Mapping[str, int]
) -> tuple[str, ...]:
    """A corpus speaker's roles, the most quoted first (then the earliest seen), each written
    once: spellings that differ only in case ("Prime Minister", "prime minister") are one role,
    written as most of its quotes write it; a role that ends one listed before it is left out
    ("Spokesman" after "Tory spokesman", not "chief executive" before "Liverpool chief
    executive")."""
    order = sorted(counts, key=lambda role: (-counts[role], first_seen[role]))
    spellings: dict[str, str] = {}  # in the order of ``order``: the first is the most quoted
    totals: collections.Counter[str] = collections.Counter()
    for role in order:
        folded = role.casefold()
        spellings.setdefault(folded, role)
        totals[folded] += counts[role]
    # sorted() is stable: equal totals keep the order of their most quoted spellings.
    ranked = sorted(spellings, key=lambda folded: -totals[folded])
    kept: list[str] = []
    for folded in ranked:
        if not any(_ends_role(earlier, folded) for earlier in kept):
            kept.append(folded)
    return tuple(spellings[folded] for folded in kept)


def _ends_role(longer: str, shorter: str) -> bool:
    """Whether the folded role ``shorter`` is the last words of ``longer`` ("spokesman" of
    "tory spokesman", "minister" of "first minister"): it says nothing the other does not."""
    return len(longer) > len(shorter) and longer.endswith(" " + shorter)


def _canonical_name(names: collections.Counter[str], first_seen: Mapping[str, int]) -> str:
    """Rule 5 of the module docstring: the most frequent clean spelling of the group's fullest
    names, then the earliest seen."""
    keys = {spelling: _name_key_cached(name_proper(spelling)).words for spelling in names}
    endings = {words[-size:] for words in keys.values() for size in range(1, len(words))}
    fullest = [spelling for spelling, words in keys.items() if words not in endings]
    clean = [spelling for spelling in fullest if is_clean_name(spelling)]
    return min(
        clean or fullest or list(names),
        key=lambda spelling: (-names[spelling], first_seen[spelling]),
    )


def _order_key(speaker: Speaker, count: int) -> tuple[int, str, str]:
    return (-count, fold(speaker.name), speaker.name)


def _unique_ids(drafts: Sequence[Speaker]) -> list[str]:
    """The ids of the corpus speakers ``drafts`` (in order), each the slug of its name, unique.

    Speakers that the merge keeps apart may share a slug: the slug spells "ø" as "oe" while
    names are compared folded, which keeps "ø" ("Søren Kierkegaard", "Soeren Kierkegaard").
    Of such speakers, the one whose name folds to ASCII (whose slug spells it without
    transliteration; of several, the first name in code point order) keeps the slug, and each
    other gets its slug, "-" and a short hash of its name: an id that depends on the name
    alone, not on quote counts or the order of the articles, and that no other name gets. A
    hashed id that is taken after all (two speakers of one name) gets "-2", "-3", ...
    """
    by_slug: dict[str, list[int]] = {}
    for number, draft in enumerate(drafts):
        by_slug.setdefault(draft.id, []).append(number)
    ids = [draft.id for draft in drafts]
    for slug, numbers in by_slug.items():
        if len(numbers) == 1:
            continue
        keeper = min(numbers, key=lambda number: _slug_claim(drafts[number]))
        for number in numbers:
            if number != keeper:
                ids[number] = f"{slug}-{_name_digest(drafts[number].name)}"
    # Slugs first: a hashed id never takes the slug of a speaker that has it.
    taken = {found for found, draft in zip(ids, drafts, strict=True) if found == draft.id}
    return [
        found if found == draft.id else _unique_slug(found, taken)
        for found, draft in zip(ids, drafts, strict=True)
    ]


def _slug_claim(speaker: Speaker) -> tuple[bool, str]:
    """Sorts first the speaker that keeps a slug it shares: a name the slug spells without
    transliteration, then the name first in code point order."""
    return (not fold(speaker.name).isascii(), speaker.name)


def _name_digest(name: str) -> str:
    digest = hashlib.blake2b(name.encode("utf-8", "surrogatepass"), digest_size=_ID_DIGEST_BYTES)
    return digest.hexdigest()


def _unique_slug(slug: str, taken: set[str]) -> str:
    candidate = slug
    number = 1
    while candidate in taken:
        number += 1
        candidate = f"{slug}-{number}"
    taken.add(candidate)
    return candidate


def _name_maps(
    groups: _Groups, renumber: dict[int, int], speakers: list[Speaker]
) -> tuple[dict[str, tuple[int, ...]], dict[str, tuple[int, ...]]]:
    # Tuples from the start (most names denote one speaker), sorted and made unique in place
    # at the end: no set per name and no second map while they are converted.
    exact: dict[str, tuple[int, ...]] = {}
    surname: dict[str, tuple[int, ...]] = {}
    for number in range(len(groups)):
        target = renumber.get(groups.root(number))
        if target is None:
            continue
        for group_key in groups.keys(number):
            exact[group_key] = (*exact.get(group_key, ()), target)
    for number, speaker in enumerate(speakers):
        for name in (speaker.name, *speaker.aliases):
            key = _name_key_cached(name)
            exact[key.key] = (*exact.get(key.key, ()), number)
            if len(key.words) > 1:
                surname[key.words[-1]] = (*surname.get(key.words[-1], ()), number)
    for table in (exact, surname):
        for name, found in table.items():
            if len(found) > 1:
                table[name] = tuple(sorted(set(found)))
    return exact, surname
