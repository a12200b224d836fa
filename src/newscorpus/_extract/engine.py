"""What every language's rules share: the sentence they read and the state they carry.

:class:`SentenceView` is one sentence as the rules see it: its tokens (a quotation between marks
is one token) with their lower-case forms computed once, and the questions every rule asks of a
token. :class:`RuleState` is what the rules remember from one sentence to the next: where the
last quotation was found, and the speaker a colon announced. A language's rules subclass both
with what is theirs alone (German clause boundaries, English verb groups).

The constructions no language writes for itself live here once, each a function whose docstring
shows it, with the language supplying only data or a small hook: the colon announcement
(:func:`announce_colon_speaker`), the headline colon (:func:`headline_colon`), overlap trimming
(:func:`trim_overlaps`), trailing attribution (:func:`trailing_content`,
:func:`quotations_after`), quote-only content (:func:`quotations_only`), naming a bare
quotation's speaker afterwards (:func:`name_bare_quotations`) and continuation
(:func:`continued_quotation`).

Both are plain classes, not attrs classes: they are built once per sentence or per text in the
hot path, and plain classes compile with mypyc.
"""

from __future__ import annotations

import bisect
import collections
import contextlib
import functools
import itertools
import operator
import re
import sys
from typing import TYPE_CHECKING, Generic, NamedTuple, Protocol, TypeVar

from newscorpus._extract.languages import ContentEnd, get_language, on_registry_change
from newscorpus._extract.lexicon import has_lexicon, read_pairs, read_word_role
from newscorpus._extract.sentences import (
    NOT_A_WORD,
    dateline_end,
    first_body_paragraph,
    iter_paragraphs,
    split_sentences,
    tokenize,
    tokenize_words,
)
from newscorpus._extract.speakers import (
    Attribution,
    Mentioned,
    analyse_mention,
    list_marks,
    speaker_joiners,
)
from newscorpus._model import QuoteKind, Span, trusted_span

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Mapping, Sequence

    from newscorpus._extract.quotemarks import QuotePair
    from newscorpus._extract.sentences import Token, Words
    from newscorpus._extract.speakers import MentionInfo

__all__ = [
    "BARE_NAMER_TOKENS",
    "CLAUSE_MARKS",
    "CONTINUATION_SENTENCES",
    "FINAL_MARKS",
    "HEADLINE_MIN_CONTENT",
    "LIST_BULLETS",
    "MENTION_SENTENCES",
    "NOT_A_WORD",
    "QUOTE_JOINERS",
    "KnownPeopleBase",
    "Phrase",
    "PhraseView",
    "Place",
    "RuleState",
    "RuleTable",
    "SentenceLoop",
    "SentenceView",
    "TokenView",
    "Trailing",
    "TrailingContent",
    "announce_colon_speaker",
    "announced_phrase",
    "continued_quotation",
    "cut_overlaps",
    "has_word_among",
    "headline_colon",
    "name_bare_quotations",
    "people_in_sentence",
    "quotation_run",
    "quotations_after",
    "quotations_only",
    "relays",
    "rule_tables",
    "token_start",
    "trace_rules",
    "trailing_content",
    "trailing_of",
    "trim_overlaps",
    "word_set",
]


_WORD = re.compile(r"\w+")
_WORD_JOINERS = frozenset("-_")  # inside a name's word besides letters and digits ("Jean-Claude")


def named_after_first_name(text: str, word: str, first_names: frozenset[str]) -> bool:
    """Whether ``text`` gives ``word`` as a whole word right after one of ``first_names`` and
    spaces ("Brian May", "Thomas Thiem"): a surname the text names in full. Found with
    ``str.find`` and a look back over the one word before each occurrence, so the scan is linear
    in the text (a regular expression anchored at word boundaries would rescan a long
    hyphenated run from each of its hyphens)."""
    size = len(word)
    position = text.find(word)
    while position >= 0:
        end = position + size
        if not (_in_word(text, end) or _in_word(text, position - 1)):
            spaces = position
            while spaces > 0 and text[spaces - 1] == " ":
                spaces -= 1
            start = spaces
            while start > 0 and (text[start - 1].isalnum() or text[start - 1] in _WORD_JOINERS):
                start -= 1
            if spaces < position and text[start:spaces] in first_names:
                return True
        position = text.find(word, end)
    return False


def _in_word(text: str, index: int) -> bool:
    """Whether the character at ``index`` (none outside the text) belongs to a word."""
    return 0 <= index < len(text) and (text[index].isalnum() or text[index] in _WORD_JOINERS)


def word_set(text: str, start: int, end: int) -> set[str]:
    """The words (runs of ``\\w``) of ``text[start:end]``, as written.

    The same set as ``set(re.findall(r"\\w+", ...))``, found faster: most white-space separated
    chunks of news text are plain words (``str.isalnum`` answers in C), and only the others
    ("Merkel,", "„Wir") go through the regular expression.
    """
    words: set[str] = set()
    add, update, findall = words.add, words.update, _WORD.findall
    for chunk in text[start:end].split():
        if chunk.isalnum():
            add(chunk)
        else:
            update(findall(chunk))
    return words


def has_word_among(text: str, start: int, end: int, among: frozenset[str]) -> bool:
    """Whether a word (run of ``\\w``) of ``text[start:end]`` is one of ``among``: the cheap
    screen of a sentence for cue words, answered from the white-space chunks first."""
    chunks = text[start:end].split()
    if not among.isdisjoint(chunks):
        return True
    # The other chunks' words in one scan, in C: no word runs over the space that joins them.
    return not among.isdisjoint(_WORD.findall(" ".join(itertools.filterfalse(str.isalnum, chunks))))


#: A token's start offset (the key for bisecting a sentence's tokens by offset): an attrgetter,
#: so that each step of the bisection reads it in C rather than calling a Python function.
token_start: Callable[[Token], int] = operator.attrgetter("start")


class SentenceView:
    """One sentence's tokens, their lower-case forms and word classes."""

    def __init__(
        self,
        text: str,
        tokens: list[Token],
        word_classes: Mapping[str, str],
        lows: list[str] | None = None,
    ) -> None:
        """``lows`` are the tokens' lower-case forms when the tokenizer made them
        (:func:`tokenize_words`), else they are made here."""
        self.text = text
        self.tokens = tokens
        self.word_classes = word_classes
        self.lows = (
            [token.text.lower() if token.quote < 0 else NOT_A_WORD for token in tokens]
            if lows is None
            else lows
        )

    def span(self, first: int, stop: int) -> Span:
        """The offsets of the tokens ``first:stop``."""
        start, end = self.tokens[first].start, self.tokens[stop - 1].end
        # Token offsets are valid: only an empty range (a rule's mistake) is left to the check.
        return trusted_span(start, end) if start <= end else Span(start=start, end=end)

    def words(self, first: int, stop: int) -> tuple[str, ...]:
        # A list comprehension, then the tuple: faster than a generator expression.
        return tuple([token.text for token in self.tokens[first:stop]])

    # The word tests below answer "no" past the sentence's last token, as a rule that looks one
    # or two words ahead of a sentence cut off without its final stop may ask (the try costs
    # nothing when no exception is raised).

    def word_class(self, index: int) -> str:
        """The class of a closed-class word ("det", "prep", ...), or "" for any other word."""
        try:
            return self.word_classes.get(self.lows[index], "")
        except IndexError:
            return ""

    def is_quote(self, index: int) -> bool:
        return self.tokens[index].quote >= 0

    def is_capitalised(self, index: int) -> bool:
        """A word (not a quotation) that starts with a capital letter or a digit."""
        try:
            token = self.tokens[index]
        except IndexError:
            return False
        first = token.text[:1]
        return token.quote < 0 and first.isalnum() and (first.isupper() or first.isdigit())

    def is_lower(self, index: int) -> bool:
        try:
            token = self.tokens[index]
        except IndexError:
            return False
        return token.quote < 0 and token.text[:1].islower()


#: How many sentences after a quotation a sentence may continue its speaker.
CONTINUATION_SENTENCES = 2


class RuleState:
    """What the rules remember from one sentence to the next: the numbers of the current
    sentence and paragraph, where a quotation was last found, a speaker announced by a colon at
    the end of a sentence ("Putin sagte dazu:", "Caddell continued:"), and the quotations of a
    sentence that named no speaker (:func:`name_bare_quotations`)."""

    def __init__(self) -> None:
        self.sentence = 0
        self.paragraph = 0
        self.last_sentence: int | None = None
        self.last_paragraph: int | None = None
        self.colon_attribution: Attribution | None = None
        self.colon_sentence: int | None = None
        #: where the colon that announced the speaker ends (see :meth:`announced_before`)
        self.colon_end: int | None = None
        #: where the last sentence of bare quotations put them in the text's attributions
        self.bare_quotes: list[int] = []
        self.bare_sentence: int | None = None
        #: where each paragraph read so far starts, in order: the paragraph a quotation that
        #: runs over several opens in (:meth:`continues`)
        self.paragraph_starts: list[int] = []

    def mark_found(self) -> None:
        """Note that the current sentence holds a quotation."""
        self.last_sentence = self.sentence
        self.last_paragraph = self.paragraph

    def found_within(self, sentences: int) -> bool:
        """Whether a quotation was found at most ``sentences`` sentences before this one."""
        return self.last_sentence is not None and self.sentence - self.last_sentence <= sentences

    def found_in_previous_sentence(self) -> bool:
        return self.last_sentence is not None and self.last_sentence == self.sentence - 1

    def recent(self, sentences: int) -> bool:
        """Whether a quotation was found close enough before to be continued: at most
        ``sentences`` sentences before, in this paragraph or the one before."""
        return (
            self.found_within(sentences)
            and self.last_paragraph is not None
            and self.paragraph - self.last_paragraph <= 1
        )

    def continues(self, opening: int | None = None) -> bool:
        """Whether this sentence is close enough after a quotation to continue its speaker:
        at most :data:`CONTINUATION_SENTENCES` sentences after it, in its paragraph or the next
        (:func:`continued_quotation`). With ``opening``, the offset where a quotation that
        closes in this sentence opens, the paragraph counted is the one it opens in: a
        quotation over several paragraphs ("“Our thoughts are with …⏎“I would urge …”")
        continues a speaker quoted in the paragraph before its first."""
        if opening is None or not self.paragraph_starts:
            return self.recent(CONTINUATION_SENTENCES)
        paragraph = bisect.bisect_right(self.paragraph_starts, opening) - 1
        return (
            self.found_within(CONTINUATION_SENTENCES)
            and self.last_paragraph is not None
            and paragraph - self.last_paragraph <= 1
        )

    def announce(self, attribution: Attribution, end: int | None = None) -> None:
        """A colon ends the current sentence after ``attribution``'s speaker; ``end`` is where
        the colon ends."""
        self.colon_attribution = attribution
        self.colon_sentence = self.sentence
        self.colon_end = end

    def announced_here(self) -> bool:
        """Whether the current sentence has announced a speaker already."""
        return self.colon_sentence == self.sentence

    def announced_speaker(self) -> Attribution | None:
        """The speaker the previous sentence announced with a closing colon, if any."""
        if self.colon_sentence is None or self.colon_sentence != self.sentence - 1:
            return None
        return self.colon_attribution

    def announced_before(self, text: str, opening: int) -> Attribution | None:
        """The speaker a closing colon announced when the quotation whose mark is at
        ``opening`` opens right after that colon but ends sentences later: "Die Direktorin
        sagte:⏎„Wir beginnen im Herbst.⏎„Die Schüler ziehen um.“", "The chief constable
        said:⏎"This was a cowardly attack.⏎"We will not rest."" run over paragraphs and are
        taken where they end."""
        end = self.colon_end
        if end is None or self.colon_attribution is None or not end <= opening:
            return None
        return self.colon_attribution if not text[end:opening].strip() else None


class TokenView(Protocol):
    """What :func:`announce_colon_speaker` reads of a sentence: its tokens."""

    @property
    def tokens(self) -> Sequence[Token]: ...


View = TypeVar("View", bound=TokenView)


class PhraseView(Protocol):
    """A sentence that gives the offsets and the words of a run of its tokens."""

    def span(self, first: int, stop: int) -> Span: ...

    def words(self, first: int, stop: int) -> tuple[str, ...]: ...


def announced_phrase(
    sentence: PhraseView,
    first: int,
    stop: int,
    *,
    kind: QuoteKind = QuoteKind.DIRECT,
    cue: Span | None = None,
) -> Attribution:
    """The speaker phrase ``first:stop`` as an attribution whose content is the phrase itself,
    for a rule that names a speaker before its content is known: a sentence ending in a colon
    ("Der Minister sagte dazu:", "Ana Bel:"), which :func:`announce_colon_speaker` hands on to
    the quotations of the next sentence, or a speaker the following sentences continue."""
    phrase = sentence.span(first, stop)
    return Attribution(
        kind=kind,
        content=phrase,
        mention=phrase,
        mention_words=sentence.words(first, stop),
        cue=() if cue is None else (cue,),
    )


def announce_colon_speaker(
    view: View,
    found: Sequence[Attribution],
    state: RuleState,
    subject: Callable[[View], Attribution | None],
    *,
    runs_on: bool = True,
) -> None:
    """A sentence that ends in a colon announces the speaker of what follows ("Putin sagte
    dazu:", "Caddell continued:"): the speaker of its own first attribution with a mention, else
    the subject the language's ``subject`` rule finds before the colon. The next sentence's
    unclaimed quotations take it (:meth:`RuleState.announced_speaker`), and with ``runs_on`` so
    does a quotation that opens right after the colon and ends paragraphs later
    (:meth:`RuleState.announced_before`); a sentence announces once (a rule may have announced
    already)."""
    tokens = view.tokens
    if tokens[-1].text != ":" or state.announced_here():
        return
    speaker = next((item for item in found if item.mention is not None), None)
    if speaker is None:
        speaker = subject(view)
    if speaker is not None:
        state.announce(speaker, tokens[-1].end if runs_on else None)


def continued_quotation(
    state: RuleState,
    content: Span,
    *,
    kind: QuoteKind = QuoteKind.DIRECT,
    alone: bool = True,
) -> Attribution:
    """Continuation into following sentences: „Wir bleiben“, sagte Merkel. „Und wir kämpfen.“ /
    "We stay," Merkel said. "And we fight."

    A quotation no cue claimed (or, ``kind`` FREE_INDIRECT, a sentence the language reads as
    reported speech: "Die Lage sei ernst.") continues the last speaker when a quotation was
    found at most :data:`CONTINUATION_SENTENCES` sentences before it, in its paragraph or the
    one before (:meth:`RuleState.continues`): its speaker is inherited. What may continue is
    the language's: ``alone`` False (English: a quotation among other words, "a “strong
    leader”") keeps it without a speaker.
    """
    return Attribution(kind=kind, content=content, inherit=alone and state.continues(content.start))


#: The marks that end a sentence.
FINAL_MARKS = frozenset({".", "!", "?", "…"})
#: The bullets that open an item of a list, in any language ("• Joshua Kimmich: „…“", "* Arsenal
#: manager Arsene Wenger: “…”"); a dash may open one too, which each language's dashes say.
LIST_BULLETS = frozenset({"•", "*", "·", "▪", "►", "‣", "◦"})
#: The most tokens (before its final punctuation) of a sentence that names the speaker of the
#: bare quotations before it ("Das sagte Putin am Montag").
BARE_NAMER_TOKENS = 7


# Enum members read for every cue or attribution, bound to names once: on Python 3.11 a
# member read through its class goes through EnumType.__getattr__, a slow path.
_KIND_DIRECT = QuoteKind.DIRECT
_KIND_INDIRECT = QuoteKind.INDIRECT
_ENDS_AT_ANY_ATTRIBUTION = ContentEnd.ANY_ATTRIBUTION
_ENDS_AT_TRAILING_ATTRIBUTION = ContentEnd.TRAILING_ATTRIBUTION


def said_by_nobody(attribution: Attribution, nobody: frozenset[str]) -> bool:
    """Whether the subject of an attribution names nobody (a language's ``nobody`` word role,
    the mention or its first words: "Niemand weiß, was …", "No one said whether …", "Nobody
    from the council said"): no one's words, no quotation."""
    words = attribution.mention_words
    if not words:
        return False
    low = " ".join(words).lower()
    # The whole mention, or its opening words up to a space ("Nobody from the council", "No
    # one else"): each prefix that ends before a space is looked up, as many as the mention
    # has spaces (a scan of every entry per attribution cost more).
    if low in nobody:
        return True
    space = low.find(" ")
    while space >= 0:
        if low[:space] in nobody:
            return True
        space = low.find(" ", space + 1)
    return False


def name_bare_quotations(
    view: TokenView,
    found: list[Attribution],
    state: RuleState,
    attributions: list[Attribution],
    *,
    demonstratives: frozenset[str],
    namer: Attribution | None = None,
    max_tokens: int = BARE_NAMER_TOKENS,
) -> None:
    """Naming a bare quotation's speaker afterwards: „Wir bleiben hier.“ Dies erklärte der
    Minister. / “We stay.” That, Putin said, is final. / „Ni restos.“ Tion diris Petro Kalo.
    A language may name them by a sentence of its own kind right after them: ``namer``, the
    speaker (and cue) such a sentence gives („Das ist ein Skandal.“ Mit diesen Worten reagierte
    der Minister.).

    A sentence of nothing but quotations (and final punctuation) leaves its direct quotations
    without a speaker; when the sentence right after it opens with one of the language's
    ``demonstratives`` and has at most ``max_tokens`` tokens (a language may allow more where
    it knows the demonstrative stands for the quotation), it names who said them, so they take
    the speaker of its first attribution with a mention. An attribution
    whose content is that demonstrative alone stood for the quotations and is dropped from
    ``found``. Call once per analysed sentence, with its attributions ``found`` before they
    join ``attributions`` (the text's, where the bare quotations are replaced).
    """
    if namer is not None and state.bare_sentence == state.sentence - 1:
        for number in state.bare_quotes:
            attributions[number] = namer.derive(
                kind=_KIND_DIRECT, content=attributions[number].content
            )
        state.bare_quotes = []
    if not found:
        return  # nothing to name a speaker by, and no bare quotation to remember
    tokens = view.tokens
    first = tokens[0]
    if first.quote < 0 and first.text.lower() in demonstratives:
        last = len(tokens)
        while last > 0 and tokens[last - 1].text in FINAL_MARKS:
            last -= 1
        speaker = next((item for item in found if item.mention is not None), None)
        if state.bare_sentence == state.sentence - 1 and last <= max_tokens and speaker:
            for number in state.bare_quotes:
                attributions[number] = speaker.derive(
                    kind=_KIND_DIRECT, content=attributions[number].content
                )
        alone = Span(start=first.start, end=first.end)
        found[:] = [item for item in found if item.content != alone]
    offset = len(attributions)
    bare = [
        offset + number
        for number, attribution in enumerate(found)
        if attribution.kind is _KIND_DIRECT and attribution.mention is None
    ]
    if bare and all(token.quote >= 0 or token.text in FINAL_MARKS for token in tokens):
        state.bare_quotes = bare
        state.bare_sentence = state.sentence


#: Content tokens a headline colon needs after it, unless a quotation follows at once:
#: "Blair: 'We will win'" and "Putin: Russland wird helfen" are statements, "Update: Tuesday"
#: is not.
HEADLINE_MIN_CONTENT = 3


def headline_colon(view: TokenView, last: int, *, max_source: int) -> int | None:
    """The colon that may close a headline's source: "Putin: Russland wird helfen", "Pence:
    Flowers won't be at debate".

    The colon stands after one to ``max_source`` tokens (the language's longest source) and
    opens a statement: a quotation right after it, or at least :data:`HEADLINE_MIN_CONTENT`
    tokens before ``last`` (where the sentence's final punctuation starts). Whether the tokens
    before it name a speaker is the language's question."""
    tokens = view.tokens
    colon = next(
        (index for index, token in enumerate(tokens[: max_source + 1]) if token.text == ":"), -1
    )
    if colon <= 0 or colon + 1 >= last:
        return None
    if tokens[colon + 1].quote < 0 and colon + HEADLINE_MIN_CONTENT > last:
        return None
    return colon


#: The marks that join the quotations of a quote-only content: "„A“, „B“", "“A”: “B”".
QUOTE_JOINERS = frozenset({",", ":"})


def quotations_only(
    view: TokenView, start: int, stop: int, *, joiners: frozenset[str] = QUOTE_JOINERS
) -> int | None:
    """Quote-only content: the tokens ``start:stop`` hold a quotation and nothing else but
    ``joiners`` (commas and colons; a language may add its own, English dashes), so the
    content is direct, its quotations the speaker's words: "sagte: „Wir bleiben“, „wir
    kämpfen“", "“We stay,” “we fight,” he said". The index of the first quotation, or None.
    """
    tokens = view.tokens
    first: int | None = None
    for index in range(start, stop):
        token = tokens[index]
        if token.quote >= 0:
            if first is None:
                first = index
        elif token.text not in joiners:
            return None
    return first


def quotation_run(
    view: TokenView, start: int, stop: int, *, joiners: frozenset[str] = QUOTE_JOINERS
) -> int:
    """The quote-only content that opens at ``start`` ("sagte: „A“, „B“ und ging"): the index
    after its last quotation, the tokens before ``stop`` read while only quotations and
    ``joiners`` stand (``start`` when no quotation opens it)."""
    tokens = view.tokens
    end = start
    for index in range(start, stop):
        token = tokens[index]
        if token.quote >= 0:
            end = index + 1
        elif token.text not in joiners:
            break
    return end


#: The marks that set a clause off: the content before a trailing attribution ends before them
#: and opens after them, and they are no words of it.
CLAUSE_MARKS = frozenset({",", ";", ":", "–", "—", "―", "-", "(", ")"})


class Trailing(NamedTuple):
    """What trailing attribution (:func:`trailing_content`, :func:`quotations_after`) reads of
    a language: data only, from its bundle and its ``word_roles.txt`` (:func:`trailing_of`)."""

    #: The fewest words (tokens neither quotations nor :data:`CLAUSE_MARKS`) of a content
    #: without a quotation: ``Language.trailing_min_words``.
    min_words: int
    #: The marks that join the quotations of a quote-only content: :data:`QUOTE_JOINERS` and,
    #: with ``Language.dash_joins_quotations``, dashes ("“A” – “B,” he said").
    joiners: frozenset[str]
    #: Role ``coordinators`` (else the ``conj`` words of ``function_words.txt``): a word that
    #: opens the content after an earlier attribution and is not part of it ("…, sagte Macron,
    #: und Deutschland müsse …, ergänzte Scholz").
    coordinators: frozenset[str]
    #: Role ``quote_joiners``: a word between the attribution and a quotation after it that
    #: goes on with the speaker's words ("“A,” he said, but “B.”").
    quote_joiners: frozenset[str]


#: The dashes that join quotations where ``Language.dash_joins_quotations`` says so.
_DASHES = frozenset({"–", "—", "―", "-"})


def _conjunctions(code: str) -> frozenset[str]:
    """The words of class ``conj`` in the ``function_words.txt`` of ``code``, if it has one."""
    if not has_lexicon(code, "function_words"):
        return frozenset()
    return frozenset(
        word for word, kind in read_pairs(code, "function_words").items() if kind == "conj"
    )


@functools.cache
def trailing_of(code: str) -> Trailing:
    """The :class:`Trailing` data of the registered language ``code`` (cached per language)."""
    language = get_language(code)
    return Trailing(
        min_words=language.trailing_min_words,
        joiners=QUOTE_JOINERS | _DASHES if language.dash_joins_quotations else QUOTE_JOINERS,
        coordinators=read_word_role(code, "coordinators") or _conjunctions(code),
        quote_joiners=read_word_role(code, "quote_joiners"),
    )


on_registry_change(trailing_of.cache_clear)


class TrailingContent(NamedTuple):
    """The content before a trailing attribution: the tokens ``first:stop`` of its sentence,
    direct (quotations only) or indirect."""

    kind: QuoteKind
    first: int
    stop: int


def trailing_content(
    view: View,
    separator: int,
    trailing: Trailing,
    *,
    start: int = 0,
    not_content: Callable[[View, int, int], bool] | None = None,
) -> TrailingContent | None:
    """Trailing attribution: the content before „Wir bleiben“, sagte Putin. / The talks failed,
    officials said. / La plano funkcias bone, diris Petro Kalo.

    The language's rules find the attribution (its cue and speaker) after the content; this
    reads the content, which ends at ``separator`` (a clause mark is left out, a quotation kept)
    and opens at ``start`` (the sentence start, or after the attribution before it in the
    sentence), after clause marks and, past an earlier attribution, a coordinator ("…, sagte
    Macron, und Deutschland müsse …"). Quotations joined only by ``trailing.joiners`` are a
    direct content (quote-only content, :func:`quotations_only`), and so are the quotations
    right after a colon ("X said: “A,” he said"). Any other content needs a quotation or
    ``trailing.min_words`` words, and the language's ``not_content(view, first, stop)`` hook may
    refuse it (German: an adverbial clause, "Als der Zug hielt, erklärte …").
    """
    tokens = view.tokens
    last = tokens[separator]
    stop = separator + 1 if last.quote >= 0 else separator
    while start < stop and tokens[start].quote < 0 and tokens[start].text in CLAUSE_MARKS:
        start += 1
    if (
        start > 0
        and start + 1 < stop
        and tokens[start].quote < 0
        and tokens[start].text.lower() in trailing.coordinators
    ):
        start += 1
    if stop <= start:
        return None
    first = quotations_only(view, start, stop, joiners=trailing.joiners)
    if first is not None:
        return TrailingContent(_KIND_DIRECT, first, stop)
    if tokens[stop - 1].quote >= 0:
        run = stop - 1
        while run > start and (tokens[run - 1].quote >= 0 or tokens[run - 1].text == ","):
            run -= 1
        while tokens[run].quote < 0:
            run += 1
        if run > start and tokens[run - 1].text == ":":
            return TrailingContent(_KIND_DIRECT, run, stop)
    words = 0
    for index in range(start, stop):
        token = tokens[index]
        if token.quote >= 0:
            words = trailing.min_words
        elif token.text not in CLAUSE_MARKS:
            words += 1
        if words >= trailing.min_words:
            break
    if words < trailing.min_words or (not_content is not None and not_content(view, start, stop)):
        return None
    return TrailingContent(_KIND_INDIRECT, start, stop)


def quotations_after(view: TokenView, position: int, stop: int, trailing: Trailing) -> int | None:
    """The quotations that go on after a trailing attribution: "“A,” he said, “B.”", "„A“,
    sagte sie, „B.“", "“A,” he said, but “B.”" (across commas, colons and
    ``trailing.quote_joiners`` right before a quotation). A quotation that words of its own
    clause follow opens that clause and is not one of them ("…, sagte er, „No-Go-Areas“ dürfe
    es nicht geben"). The index after the last of them, read from ``position`` up to ``stop``
    (where the sentence's final punctuation starts); None when no quotation follows."""
    tokens = view.tokens
    end: int | None = None
    while position < stop:
        token = tokens[position]
        if token.quote >= 0:
            following = position + 1
            if following < stop and tokens[following].quote < 0:
                text = tokens[following].text
                if text not in CLAUSE_MARKS and text.lower() not in trailing.quote_joiners:
                    break
            end = following
        elif token.text not in QUOTE_JOINERS and not (
            token.text.lower() in trailing.quote_joiners
            and position + 1 < stop
            and tokens[position + 1].quote >= 0
        ):
            break
        position += 1
    return end


def _own_spans(attribution: Attribution) -> list[Span]:
    """An attribution's own words: its cue, frame ("wie eine Studie ergab") and speaker
    mention."""
    spans = list(attribution.cue)
    if attribution.mention is not None:
        spans.append(attribution.mention)
    if attribution.frame is not None:
        spans.append(attribution.frame)
    return spans


def _anchor(attribution: Attribution) -> int:
    """Where an attribution's own words (:func:`_own_spans`) start."""
    return min((span.start for span in _own_spans(attribution)), default=attribution.content.start)


def _is_trailing(attribution: Attribution) -> bool:
    """Whether an attribution's speaker follows its content ("…, the source added")."""
    mention = attribution.mention
    return mention is not None and attribution.content.end <= mention.start


def _first_after(
    points: list[tuple[int, int]], start: int, own: int, inside: frozenset[int] = frozenset()
) -> int | None:
    """The first of the sorted ``(offset, number)`` points after ``start`` not numbered ``own``
    nor one of ``inside``."""
    position = bisect.bisect_right(points, (start, sys.maxsize))
    while position < len(points) and (points[position][1] == own or points[position][1] in inside):
        position += 1
    return points[position][0] if position < len(points) else None


#: The most attributions of one sentence that are checked for relaying one another (pairwise:
#: a news sentence has a handful; a run-on text without sentence ends is not checked).
MAX_RELAYING = 12


def _relayed(found: Sequence[Attribution]) -> dict[int, frozenset[int]]:
    """For each attribution that relays others (:func:`relays`), the numbers of those others."""
    relayed: dict[int, frozenset[int]] = {}
    framed = [number for number, attribution in enumerate(found) if attribution.frame is not None]
    if not framed or len(found) > MAX_RELAYING:
        return relayed
    pairs = {
        (number, other)
        for number, outer in enumerate(found)
        for other in framed
        if relays(outer, found[other])
    }
    for number, other in sorted(pairs):
        # Two frames in one clause each stand inside the other's content ("Die Lage ist laut
        # Polizei nach ersten Erkenntnissen ernst"): the first relays the second, not both
        # each other (which would give the two the same content and lose one of them).
        if (other, number) in pairs and _frame_start(found[other]) < _frame_start(found[number]):
            continue
        relayed[number] = relayed.get(number, frozenset()) | {other}
    return relayed


def _frame_start(attribution: Attribution) -> int:
    frame = attribution.frame
    return -1 if frame is None else frame.start


# A direct quotation keeps its marks' extent; a reported speech act's content is its whole
# sentence, which a framing phrase after a semicolon does not belong to ("Die Veranstalter
# schätzten 2.000 Teilnehmer; nach Polizeiangaben waren es 1.000").
_NOT_RELAYING = frozenset({QuoteKind.DIRECT, QuoteKind.REPORTED})


def relays(outer: Attribution, inner: Attribution) -> bool:
    """Whether ``outer``'s speaker relays ``inner``'s source: the framing phrase of ``inner``
    stands inside ``outer``'s content, and so does ``inner``'s content, or that content opens
    with ``outer``'s own frame ("Der Minister sagte, die Lage sei laut Polizei ernst"; "Wie die
    Zeitung berichtete, soll laut der Studie nur jeder Zweite …"). The frame is part of what
    ``outer``'s speaker says and ends nothing; ``inner`` is a quote inside ``outer``'s."""
    frame, content = inner.frame, outer.content
    if (
        frame is None
        or outer is inner
        or outer.kind in _NOT_RELAYING
        or inner.kind is _KIND_DIRECT
        # inside, not opening it: a content that opens with a frame is that frame's clause
        or not content.start < frame.start < frame.end <= content.end
        # the frame stands inside its own content, in the middle of the clause it frames: one
        # that opens its content starts a clause of its own ("…, nach Aussagen eines Anderen
        # aber …"), one after it trails it ("…, as John Roe said")
        or not inner.content.start < frame.start < inner.content.end
        # a frame inside the other's own frame belongs to it ("so die Sprachregelung laut der
        # Agentur"), not to what its speaker says
        or (
            outer.frame is not None
            and outer.frame.start < frame.end
            and frame.start < outer.frame.end
        )
    ):
        return False
    return (content.start <= inner.content.start and inner.content.end <= content.end) or (
        outer.frame is not None
        and inner.content.start == outer.frame.start < content.start <= frame.start
    )


def cut_overlaps(
    found: Sequence[Attribution], *, ends_at: ContentEnd = ContentEnd.ANY_ATTRIBUTION
) -> list[Attribution]:
    """Cut each content that runs into another attribution of the same sentence, at the offset
    where that attribution's own words (cue or speaker mention) begin; :func:`trim_overlaps`
    then drops the words left loose at the cut.

    "Er sagte, dass X, und fügte hinzu, dass Y": the first content ends where the second
    attribution's words begin; when the two share their speaker ("Er sagte, X, und fügte
    hinzu: …"), where the second one's cue begins. Which attributions end another's content is
    the language's ``ends_at`` (:class:`ContentEnd`): any (German), or only one whose speaker
    trails its own content ("Clinton had told police that she didn't want it, the source
    added": English, where a verb of saying inside a content is often part of it: "said the
    senator told him …"). Direct quotations keep their marks' extent. The result is in the
    order of ``found``; ``O(n log n)`` in the number of attributions. A framing phrase inside
    another content ends nothing: its source is relayed (:func:`relays`).
    """
    if len(found) < 2:
        return list(found)
    anchors = sorted(
        (_anchor(attribution), number)
        for number, attribution in enumerate(found)
        if ends_at is _ENDS_AT_ANY_ATTRIBUTION or _is_trailing(attribution)
    )
    # The cue starts of the attributions of each speaker mention.
    cues: dict[Span, list[tuple[int, int]]] = {}
    for number, attribution in enumerate(found):
        if attribution.mention is not None and attribution.cue:
            if ends_at is _ENDS_AT_TRAILING_ATTRIBUTION and not _is_trailing(attribution):
                continue
            cues.setdefault(attribution.mention, []).append((attribution.cue[0].start, number))
    for starts in cues.values():
        starts.sort()
    relayed = _relayed(found)
    relayers = {inner: outer for outer, inners in relayed.items() for inner in inners}
    result: list[Attribution] = []
    for number, attribution in enumerate(found):
        content = attribution.content
        if attribution.kind is not _KIND_DIRECT:
            # Neither a relayed source nor its relayer ends the other's content ("Die Polizei
            # habe demnach nach ersten Erkenntnissen 921 Einsätze gezählt").
            inside = relayed.get(number, frozenset())
            outer = None
            if number in relayers:
                inside |= {relayers[number]}
                outer = found[relayers[number]]
            if (
                outer is not None
                and outer.frame is not None
                and content.start < outer.content.start
            ):
                # the relayed source's content starts where its relayer's does, after the
                # relayer's frame clause ("Wie die Zeitung berichtete, | soll laut …")
                content = Span(start=outer.content.start, end=content.end)
            cut = _first_after(anchors, content.start, number, inside)
            if attribution.mention is not None and attribution.mention in cues:
                shared = _first_after(cues[attribution.mention], content.start, number)
                cut = min(cut, shared) if cut is not None and shared is not None else cut or shared
            if cut is not None and cut < content.end:
                content = Span(start=content.start, end=cut)
            if outer is not None and not attribution.relayed:
                # its words come to us through the relayer's: a quote of its own, also when the
                # two contents are the same words
                result.append(attribution.derive(content=content, relayed=True))
                continue
        result.append(
            attribution if content == attribution.content else attribution.derive(content=content)
        )
    return result


def trim_overlaps(
    view: TokenView,
    found: Sequence[Attribution],
    *,
    ends_at: ContentEnd,
    loose_ends: frozenset[str],
) -> list[Attribution]:
    """Overlap trimming: a content that runs into another attribution of its sentence ends
    where that attribution begins (:func:`cut_overlaps`), without the words left loose at the
    cut, the language's ``loose_ends`` (lower case: commas, dashes, conjunctions).

    "Er sagte, Europa brauche die Engländer, und fügte hinzu, …" gives "Europa brauche die
    Engländer"; "Clinton had told police that she didn't want it, the source added" gives "had
    told" the content "that she didn't want it". A content is never cut to nothing: when only
    loose words would remain ("Nur | die Hälfte der Befragten geht davon aus, dass …, wie eine
    Studie ergab"), it is not cut, and the attribution it ran into stands inside it.
    ``view`` is the sentence whose tokens hold the contents; the result is in the order of
    ``found``.
    """
    if len(found) < 2:
        return list(found)  # no other attribution to run into (what cut_overlaps says)
    tokens = view.tokens
    result: list[Attribution] = []
    for before, cut in zip(found, cut_overlaps(found, ends_at=ends_at), strict=True):
        if cut.content.end < before.content.end:
            stop = bisect.bisect_left(tokens, cut.content.end, key=token_start)
            first = bisect.bisect_left(tokens, cut.content.start, key=token_start)
            while (
                stop > first
                and tokens[stop - 1].quote < 0
                and tokens[stop - 1].text.lower() in loose_ends
            ):
                stop -= 1
            if stop > first:
                span = Span(start=tokens[first].start, end=tokens[stop - 1].end)
                result.append(cut.derive(content=span))
            else:
                result.append(before)
            continue
        result.append(cut)
    return _without_frame_contents(result)


def _without_frame_contents(found: list[Attribution]) -> list[Attribution]:
    """Drop a content that opens with another attribution's frame and ends within that
    attribution's own words: "Die Entscheidung wurde ausgerechnet am Montag getroffen, wie die
    Staatsanwaltschaft mitteilte" may read "wurde ausgerechnet" as a cue whose content is the
    clause after it, which is the frame, speaker and cue of the sentence's attribution.
    Direct quotations keep their marks."""
    frames = [
        (attribution.frame.start, _own_end(attribution))
        for attribution in found
        if attribution.frame is not None
    ]
    if not frames:
        return found
    return [
        attribution
        for attribution in found
        if attribution.kind is _KIND_DIRECT
        or not any(
            start == attribution.content.start
            and attribution.content.end <= end
            and attribution.frame is None
            for start, end in frames
        )
    ]


def _own_end(attribution: Attribution) -> int:
    """Where an attribution's own words (:func:`_own_spans`) end."""
    return max((span.end for span in _own_spans(attribution)), default=attribution.content.end)


class Phrase(NamedTuple):
    """The tokens ``start:stop`` of a sentence that form one phrase (a speaker mention, a
    source, a subject)."""

    start: int
    stop: int


class Place(NamedTuple):
    """Where a sentence stands: its offsets, where its paragraph starts, and whether a
    quotation pair overlaps it."""

    start: int
    end: int
    paragraph_start: int
    quoted: bool


# Building the named tuple from a plain tuple skips its Python-level __new__ (once a sentence).
_new_place = tuple.__new__


class SentenceLoop:
    """The one loop every language's rules run over a text.

    Paragraph by paragraph (a language may claim a whole paragraph first, as a transcript
    turn), sentence by sentence: a cheap :meth:`screen` of the sentence's text decides whether
    it can hold anything the rules look for; only then is it tokenized (a quotation is one
    token) and handed to :meth:`analyse`, which adds its attributions. A language's rules
    subclass this with their own steps; the order of the steps and the bookkeeping of sentence
    numbers and quotation pairs live here once.
    """

    def __init__(
        self,
        text: str,
        pairs: Sequence[QuotePair],
        state: RuleState,
        *,
        abbreviations: frozenset[str],
        months: frozenset[str],
        openers: frozenset[str] = frozenset(),
        ordinals: frozenset[str] = frozenset(),
        cue_words: frozenset[str] = frozenset(),
        initial_enders: frozenset[str] = frozenset(),
    ) -> None:
        self.text = text
        self.pairs = pairs
        self.state = state
        self.abbreviations = abbreviations
        self.months = months
        #: capitalised words that only open a sentence (a heading run into the text ends there)
        self.openers = openers
        #: words before a number that make its full stop an ordinal's ("der 90. Minute")
        self.ordinals = ordinals
        #: capitalised words after which a name's initial ends the sentence ("Peter M. Die …")
        self.initial_enders = initial_enders
        #: the lower-case words whose places the tokenizer notes for :meth:`analyse`
        #: (:attr:`Words.marked`): the language's cue words
        self.cue_words = cue_words
        self.attributions: list[Attribution] = []
        #: The extent of every sentence read, in text order: where the people a pronoun may
        #: point back to are looked for (:meth:`KnownPeopleBase.mentioned`).
        self.sentences: list[tuple[int, int]] = []

    def run(self) -> list[Attribution]:
        """Every attribution of the text, in text order."""
        text, pairs, state = self.text, self.pairs, self.state
        # Bound once: the loop runs for every sentence of the text.
        screen, pass_over, analyse = self.screen, self.pass_over, self.analyse
        read = self.sentences.extend
        abbreviations, months, openers = self.abbreviations, self.months, self.openers
        ordinals, cue_words, initial_enders = self.ordinals, self.cue_words, self.initial_enders
        pair_count = len(pairs)
        pair_index = 0
        body = first_body_paragraph(text)
        for paragraph_number, (paragraph_start, end) in enumerate(iter_paragraphs(text)):
            state.paragraph = paragraph_number
            state.paragraph_starts.append(paragraph_start)
            # The body's first paragraph may open with a dateline ("Wien – "): not a sentence's.
            # A text without a title is all body ("Wien (APA) – Die Inflation sank, teilte …").
            opens_body = paragraph_start == body or (body < 0 and paragraph_number == 0)
            start = dateline_end(text, paragraph_start, end) if opens_body else paragraph_start
            if self.claims_paragraph(start, end):
                while pair_index < pair_count and pairs[pair_index].open < end:
                    self.skip_pair(pair_index)
                    pair_index += 1
                state.sentence += 1
                continue
            sentences = split_sentences(
                text,
                start,
                end,
                pairs,
                abbreviations=abbreviations,
                months=months,
                openers=openers,
                ordinals=ordinals,
                initial_enders=initial_enders,
            )
            # Noted all at once: nothing reads them before the loop ends (the speaker registry).
            read(sentences)
            for sentence_start, sentence_end in sentences:
                while pair_index < pair_count and pairs[pair_index].close < sentence_start:
                    pair_index += 1
                quoted = pair_index < pair_count and pairs[pair_index].open < sentence_end
                if not screen(sentence_start, sentence_end, quoted=quoted):
                    pass_over(sentence_start, sentence_end)
                    state.sentence += 1
                    continue
                # A sentence no pair overlaps is tokenized without looking the pairs up.
                words = tokenize_words(
                    text, sentence_start, sentence_end, pairs if quoted else (), cue_words
                )
                if not words.tokens:
                    continue
                analyse(words, _new_place(Place, (sentence_start, sentence_end, start, quoted)))
                state.sentence += 1
        return self.attributions

    def claims_paragraph(self, start: int, end: int) -> bool:  # noqa: ARG002 - a hook
        """Whether the language takes the whole paragraph ``start:end`` as one attribution."""
        return False

    def skip_pair(self, number: int) -> None:
        """Note a quotation pair inside a claimed paragraph."""

    def screen(self, start: int, end: int, *, quoted: bool) -> bool:
        """Whether the sentence ``start:end`` may hold anything the rules look for."""
        raise NotImplementedError

    def pass_over(self, start: int, end: int) -> None:
        """Handle a sentence the screen let go (it may still continue a quotation)."""

    def analyse(self, words: Words, place: Place) -> None:
        """Add the attributions of the tokenized sentence at ``place``."""
        raise NotImplementedError


Case = TypeVar("Case")
Found = TypeVar("Found")

#: Every rule table, by name: what docs and tests check the documented order against.
_TABLES: dict[str, RuleTable[object, object]] = {}
#: How often each (table, rule) fired, while :func:`trace_rules` is active.
_fired: collections.Counter[tuple[str, str]] | None = None


class RuleTable(Generic[Case, Found]):
    """An ordered table of small named rules: the first that finds something wins.

    Each rule takes one ``Case`` (the facts the rules look at) and returns what it found or
    None; its docstring names the construction it covers. The table's order is the rules'
    precedence, documented in docs/extraction.md and checked against :attr:`names`.
    """

    def __init__(self, name: str, rules: tuple[Callable[[Case], Found | None], ...]) -> None:
        self.name = name
        self.rules = rules
        _TABLES[name] = self  # type: ignore[assignment]

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(rule.__name__.lstrip("_") for rule in self.rules)

    def first(self, case: Case) -> Found | None:
        """What the first rule that matches ``case`` finds, or None."""
        for rule in self.rules:
            found = rule(case)
            if found is not None:
                if _fired is not None:
                    _fired[self.name, rule.__name__.lstrip("_")] += 1
                return found
        return None

    def first_among(
        self, rules: tuple[Callable[[Case], Found | None], ...], case: Case
    ) -> Found | None:
        """What the first of ``rules`` that matches ``case`` finds, or None: for a caller that
        knows the table's other rules cannot match ``case`` (``rules`` are some of the table's,
        in its order). A rule skipped so is a call saved per case. (The loop is :meth:`first`'s,
        written out in both: ``first`` runs for every case of every table, and a call from one
        to the other would cost more than the few lines it saves.)"""
        for rule in rules:
            found = rule(case)
            if found is not None:
                if _fired is not None:
                    _fired[self.name, rule.__name__.lstrip("_")] += 1
                return found
        return None


def rule_tables() -> dict[str, tuple[str, ...]]:
    """The name of every rule table and the names of its rules, in order."""
    return {name: table.names for name, table in _TABLES.items()}


@contextlib.contextmanager
def trace_rules() -> Iterator[collections.Counter[tuple[str, str]]]:
    """Count, while the block runs, how often each rule of each table fired (for tests that
    check every rule is exercised)."""
    global _fired  # noqa: PLW0603 - a test-time switch, off (None) in normal runs
    previous, _fired = _fired, collections.Counter()
    try:
        yield _fired
    finally:
        _fired = previous


#: The endings a name keeps on its token in the possessive ("Blair's feud", "Jones' plan").
POSSESSIVE_ENDINGS = ("'s", "’s", "'", "’")


def opens_lower_case(text: str) -> bool:
    """Whether the first letter of ``text`` (a quotation token, marks and all) is lower case:
    a quoted predicate or fragment, no quoted sentence."""
    return next((character.islower() for character in text if character.isalpha()), False)


def possessive_length(word: str) -> int:
    """How many characters at the end of ``word`` are a possessive ending (0 for none)."""
    for ending in POSSESSIVE_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending):
            return len(ending)
    return 0


def family_name_at(text: str, position: int, length: int) -> bool:
    """Whether the ``length`` characters at ``position`` of ``text`` are a capitalised whole
    word that a capitalised given name follows after one space: a family name written first
    ("Ban Ki-moon", "Xi Jinping"; see the ``family_name_first`` word role)."""
    after = position + length
    return (
        text[position : position + 1].isupper()
        and (position == 0 or not text[position - 1].isalnum())
        and text[after : after + 1] == " "
        and text[after + 1 : after + 2].isupper()
    )


def end_at_surname(lows: Sequence[str], first_name: int, stop: int, surname: str) -> int:
    """Where a full name that starts at token ``first_name`` and may run up to ``stop`` ends:
    right after the surname looked up, also in the possessive ("Tony Blair's feud"; ``lows``
    are the tokens' lower-case forms). Capitalised words after it are no part of it: the object
    after a subject ("Lech Kaczyński Wałęsa"), a title-case headline ("Donald Trump As A
    Candidate"), a day ("Donald Trump Monday")."""
    for last in range(first_name + 1, stop):
        low = lows[last]
        if low == surname or (
            low.startswith(surname) and len(low) - possessive_length(low) == len(surname)
        ):
            return last + 1
    return stop


class KnownPeopleBase:
    """The people an article names in full, looked up by surname (for "Putin" to become
    "Wladimir Putin" and take his role): the cache every language shares. A language's subclass
    says how the people of one surname are found in the text (:meth:`find`)."""

    def __init__(
        self, text: str, pairs: Sequence[QuotePair], sentences: Sequence[tuple[int, int]] = ()
    ) -> None:
        self.text = text
        self.pairs = pairs
        #: the extents of the text's sentences, in text order (:attr:`SentenceLoop.sentences`)
        self.sentences = sentences
        self._found: dict[str, tuple[MentionInfo, ...]] = {}
        self._lowered: str | None = None

    @property
    def lowered(self) -> str:
        """The text in lower case for finding surnames with ``str.find``, or "" when lowering
        changes its length ("İ"), so that offsets into it would not be offsets into the text."""
        lowered = self._lowered
        if lowered is None:
            lowered = self.text.lower()
            if len(lowered) != len(self.text):
                lowered = ""
            self._lowered = lowered
        return lowered

    def __call__(self, surname: str) -> tuple[MentionInfo, ...]:
        """What the article says about the people of ``surname`` (lower case)."""
        if not surname:
            return ()
        found = self._found.get(surname)
        if found is None:
            found = self._found[surname] = self.find(surname, len(self._found))
        return found

    def find(self, surname: str, looked_up: int) -> tuple[MentionInfo, ...]:
        """The people of ``surname``; ``looked_up`` surnames were looked up before."""
        raise NotImplementedError

    def mentioned(
        self, since: int, before: int, written: Sequence[str] = ()
    ) -> Iterator[Iterator[Mentioned]]:
        """The people mentioned between ``since`` and ``before``: of each sentence that ends
        after ``since`` and starts before ``before``, the latest first and at most
        :data:`MENTION_SENTENCES` of them, its mentions in text order (:meth:`people_in`) that
        lie inside ``text[since:before]`` (of the sentence ``since`` falls in, those after the
        quotation that ends there; of the one ``before`` falls in, those before the pronoun:
        "Sarkozy bestritt das, indem er sagte, …").

        Nothing is read until a pronoun asks (the speaker registry calls this with the end of
        the last quotation and the start of the pronoun), and then only as far as it reads:
        most sentences are never tokenized twice, and a text without such pronouns pays nothing.
        A stretch that does not write every word of ``written`` (lower case) is not read either
        and mentions nobody: a caller that wants only people whose words hold them says so.
        """
        sentences = self.sentences
        index = bisect.bisect_left(sentences, before, key=_sentence_end)
        if index >= len(sentences) or sentences[index][0] >= before:
            index -= 1  # ``before`` starts a sentence or lies between two
        read = 0
        while index >= 0 and read < MENTION_SENTENCES:
            start, end = sentences[index]
            if end <= since:
                return
            first, stop = max(start, since), min(end, before)
            # Most stretches between a quotation and a pronoun after it hold no letter or digit
            # ("„…“, sagte er. „…“, fügte er hinzu": ". „"), and a mention needs one: such a
            # stretch mentions nobody and is not tokenized.
            has_word = _LETTER_OR_DIGIT.search(self.text, first, stop) is not None
            if has_word and written:
                stretch = self.text[first:stop].lower()
                has_word = all(word in stretch for word in written)
            yield self.people_in(first, stop) if has_word else iter(())
            if start < since:
                return
            read += 1
            index -= 1

    def people_in(self, start: int, end: int) -> Iterator[Mentioned]:
        """The people and personal pronouns ``text[start:end]`` (a sentence or a part of one)
        mentions, in text order; a language without a reading of them mentions nobody."""
        del start, end  # a hook
        return iter(())

    def tokens_around(self, position: int, start: int, end: int) -> list[Token]:
        """The tokens of the window ``text[start:end]`` that a name at ``position`` is read from:
        ``tokenize(text, start, end, pairs)``, or a run of it that holds at least
        :data:`KNOWN_REACH` tokens before the token at ``position`` and as many after it (every
        token of a side that ends with the window).

        Only a stretch :data:`KNOWN_NARROW` characters either side of ``position`` is tokenized
        when it is enough: it is cut right after a space and right before one, outside every
        quotation, where the window's own tokens end and start too (no token holds a space, and
        a quotation is one token), so its tokens are the window's.
        """
        text, pairs = self.text, self.pairs
        limit = position - KNOWN_NARROW
        first = text.rfind(" ", start, limit) + 1 if limit > start else start
        if first <= start or _inside_pair(pairs, first):
            first = start
        stop = text.find(" ", position + KNOWN_NARROW, end)
        if stop < 0 or _inside_pair(pairs, stop):
            stop = end
        if first == start and stop == end:
            return tokenize(text, start, end, pairs)
        tokens = tokenize(text, first, stop, pairs)
        index = bisect.bisect_left(tokens, position, key=token_start)
        if (first == start or index >= KNOWN_REACH) and (
            stop == end or len(tokens) - index > KNOWN_REACH
        ):
            return tokens
        return tokenize(text, start, end, pairs)


Sentence = TypeVar("Sentence", bound=SentenceView)


def people_in_sentence(
    sentence: Sentence,
    last: int,
    *,
    pronouns: frozenset[str],
    language: str,
    phrase_after: Callable[[Sentence, int, int], Phrase | None],
    person_in: Callable[[Sentence, Phrase], tuple[Phrase, MentionInfo] | None],
) -> Iterator[Mentioned]:
    """The people a sentence without a quotation mentions, and its personal pronouns, in text
    order (what :meth:`KnownPeopleBase.people_in` returns), up to token ``last``.

    A pronoun of ``pronouns`` ("er", "she") is one mention; a noun phrase that opens with a
    determiner or a capitalised word (read by the language's ``phrase_after``) is a person when
    the language's ``person_in`` says which of its words name whom ("Der Bürgermeister Hans
    Kurz", "Governor Jane Roe"), and is passed over whole otherwise. A mention after a
    preposition is oblique ("mit dem Landrat Peter Berg"): not the one a later pronoun means.
    """
    lows = sentence.lows
    # The word classes are read from the table, not through SentenceView.word_class (the index
    # is inside the sentence), and whether a mention is oblique only for a mention found: this
    # loop visits every token of the sentences a pronoun's search reads.
    classes = sentence.word_classes
    index = 0
    # whether a capitalised word of no word class stood before that was read as nobody: a name
    # the reading missed ("Hewitt fought back against Andy Roddick")
    after_name = False
    joiners = speaker_joiners(language)
    marks = list_marks(language)
    # the last phrase read: where it (or the person in it) ended, whether oblique and after
    # which preposition; one right after it and a joiner shares its case ("against West Brom
    # and Aston Villa"), and in a language whose lists part phrases by a mark, one after an
    # oblique phrase and that mark ("vor den Abgeordneten, Regierungsmitgliedern und
    # Bundespräsident Heinz Fischer")
    previous_stop, previous_oblique, previous_preposition = -1, False, ""
    while index < last:
        low = lows[index]
        if low in pronouns:
            info = analyse_mention(sentence.words(index, index + 1), language=language)
            if info is not None:
                oblique = index > 0 and classes.get(lows[index - 1], "") == "prep"
                yield Mentioned(sentence.span(index, index + 1), info, oblique, after_name)
            index += 1
            continue
        word_class = classes.get(low, "")
        if word_class == "det" or (not word_class and sentence.is_capitalised(index)):
            phrase = phrase_after(sentence, index, last)
            if phrase is not None and phrase.stop > index:
                person = person_in(sentence, phrase)
                if index - 1 == previous_stop + 1 and (
                    lows[index - 1] in joiners or (previous_oblique and lows[index - 1] in marks)
                ):
                    oblique, preposition = previous_oblique, previous_preposition
                else:
                    oblique = index > 0 and classes.get(lows[index - 1], "") == "prep"
                    preposition = lows[index - 1] if oblique else ""
                previous_stop = phrase.stop - 1 if person is None else person[0].stop - 1
                previous_oblique, previous_preposition = oblique, preposition
                if person is not None:
                    yield Mentioned(
                        sentence.span(*person[0]), person[1], oblique, after_name, preposition
                    )
                elif not word_class:
                    after_name = True
                # the person's words may run on past the phrase: "Wayne Rooney, the striker,"
                index = phrase.stop if person is None else max(phrase.stop, person[0].stop)
                if (
                    person is not None
                    and person[0].stop + 1 < phrase.stop
                    and lows[person[0].stop] in joiners
                ):
                    # "Mr Blair and Mr Brown met": the phrase ran over the joiner, so the
                    # person after it is read on its own
                    index = person[0].stop + 1
                continue
            if not word_class:
                after_name = True
        index += 1


#: A letter or digit (``\w`` but the underscore): what every word a mention is made of opens
#: with (a pronoun, an article, a capitalised word or number: see :func:`people_in_sentence`).
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")

#: How many sentences before a pronoun's own :meth:`KnownPeopleBase.mentioned` reads at most:
#: a person mentioned further back is rarely the one a pronoun means.
MENTION_SENTENCES = 3

#: The most tokens a language's reading of a name in a window looks at on either side of the
#: name's first token (:meth:`KnownPeopleBase.tokens_around`): up to five words of role and
#: title before it, the name's words after it.
KNOWN_REACH = 5
#: How many characters either side of a name :meth:`KnownPeopleBase.tokens_around` tokenizes
#: first: enough for the five words of a role and title before a name and the four of the name
#: in most texts ("Defense Secretary Ash Carter", "der russische Präsident Wladimir Putin").
KNOWN_NARROW = 48

_pair_close: Callable[[QuotePair], int] = operator.attrgetter("close")
_sentence_end: Callable[[tuple[int, int]], int] = operator.itemgetter(1)


def unquoted_pieces(text: str, pairs: Sequence[QuotePair], start: int, end: int) -> list[str]:
    """The stretches of ``text[start:end]`` outside the quotations of ``pairs`` (marks
    included in the quotations): the narrator's words of a sentence. Linear in the pairs that
    overlap the range (the pairs are sorted and do not overlap)."""
    pieces = []
    index = bisect.bisect_left(pairs, start, key=_pair_close)
    while index < len(pairs) and pairs[index].open < end:
        pair = pairs[index]
        pieces.append(text[start : max(start, pair.open)])
        start = max(start, pair.close + 1)
        index += 1
    pieces.append(text[start:end])
    return pieces


def _inside_pair(pairs: Sequence[QuotePair], offset: int) -> bool:
    """Whether ``offset`` lies inside a quotation of ``pairs`` or on its closing mark: a cut
    there would split the quotation's token. The pairs are sorted and do not overlap."""
    index = bisect.bisect_left(pairs, offset, key=_pair_close)
    return index < len(pairs) and pairs[index].open < offset
