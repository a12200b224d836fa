"""What every language's rules share: the sentence they read and the state they carry.

:class:`SentenceView` is one sentence as the rules see it: its tokens (a quotation between marks
is one token) with their lower-case forms computed once, and the questions every rule asks of a
token. :class:`RuleState` is what the rules remember from one sentence to the next: where the
last quotation was found, and the speaker a colon announced. A language's rules subclass both
with what is theirs alone (German clause boundaries, English verb groups).

Both are plain classes, not attrs classes: they are built once per sentence or per text in the
hot path, and plain classes compile with mypyc.
"""

from __future__ import annotations

import collections
import contextlib
import re
from typing import TYPE_CHECKING, Generic, NamedTuple, Protocol, TypeVar

from newscorpus._extract.sentences import iter_paragraphs, split_sentences, tokenize
from newscorpus._model import Span, trusted_span

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Mapping, Sequence

    from newscorpus._extract.quotemarks import QuotePair
    from newscorpus._extract.sentences import Token
    from newscorpus._extract.speakers import Attribution, MentionInfo

__all__ = [
    "HEADLINE_MIN_CONTENT",
    "NOT_A_WORD",
    "KnownPeopleBase",
    "Phrase",
    "Place",
    "RuleState",
    "RuleTable",
    "SentenceLoop",
    "SentenceView",
    "TokenView",
    "announce_colon_speaker",
    "has_word_among",
    "headline_colon",
    "rule_tables",
    "token_start",
    "trace_rules",
    "word_set",
]

#: The lower-case form of a quotation token: it matches no lexicon entry.
NOT_A_WORD = "\x00"


_WORD = re.compile(r"\w+")


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
    findall = _WORD.findall
    return any(not chunk.isalnum() and not among.isdisjoint(findall(chunk)) for chunk in chunks)


def token_start(token: Token) -> int:
    """A token's start offset (the key for bisecting a sentence's tokens by offset)."""
    return token.start


class SentenceView:
    """One sentence's tokens, their lower-case forms and word classes."""

    def __init__(self, text: str, tokens: list[Token], word_classes: Mapping[str, str]) -> None:
        self.text = text
        self.tokens = tokens
        self.word_classes = word_classes
        self.lows = [token.text.lower() if token.quote < 0 else NOT_A_WORD for token in tokens]

    def span(self, first: int, stop: int) -> Span:
        """The offsets of the tokens ``first:stop``."""
        start, end = self.tokens[first].start, self.tokens[stop - 1].end
        # Token offsets are valid: only an empty range (a rule's mistake) is left to the check.
        return trusted_span(start, end) if start <= end else Span(start=start, end=end)

    def words(self, first: int, stop: int) -> tuple[str, ...]:
        return tuple(token.text for token in self.tokens[first:stop])

    def word_class(self, index: int) -> str:
        """The class of a closed-class word ("det", "prep", ...), or "" for any other word."""
        return self.word_classes.get(self.lows[index], "")

    def is_quote(self, index: int) -> bool:
        return self.tokens[index].quote >= 0

    def is_capitalised(self, index: int) -> bool:
        """A word (not a quotation) that starts with a capital letter or a digit."""
        token = self.tokens[index]
        first = token.text[:1]
        return token.quote < 0 and first.isalnum() and (first.isupper() or first.isdigit())

    def is_lower(self, index: int) -> bool:
        token = self.tokens[index]
        return token.quote < 0 and token.text[:1].islower()


class RuleState:
    """What the rules remember from one sentence to the next: the numbers of the current
    sentence and paragraph, where a quotation was last found, and a speaker announced by a
    colon at the end of a sentence ("Putin sagte dazu:", "Caddell continued:")."""

    def __init__(self) -> None:
        self.sentence = 0
        self.paragraph = 0
        self.last_sentence: int | None = None
        self.last_paragraph: int | None = None
        self.colon_attribution: Attribution | None = None
        self.colon_sentence: int | None = None

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

    def announce(self, attribution: Attribution) -> None:
        """A colon ends the current sentence after ``attribution``'s speaker."""
        self.colon_attribution = attribution
        self.colon_sentence = self.sentence

    def announced_here(self) -> bool:
        """Whether the current sentence has announced a speaker already."""
        return self.colon_sentence == self.sentence

    def announced_speaker(self) -> Attribution | None:
        """The speaker the previous sentence announced with a closing colon, if any."""
        if self.colon_sentence is None or self.colon_sentence != self.sentence - 1:
            return None
        return self.colon_attribution


class TokenView(Protocol):
    """What :func:`announce_colon_speaker` reads of a sentence: its tokens."""

    @property
    def tokens(self) -> Sequence[Token]: ...


View = TypeVar("View", bound=TokenView)


def announce_colon_speaker(
    view: View,
    found: Sequence[Attribution],
    state: RuleState,
    subject: Callable[[View], Attribution | None],
) -> None:
    """A sentence that ends in a colon announces the speaker of what follows ("Putin sagte
    dazu:", "Caddell continued:"): the speaker of its own first attribution with a mention, else
    the subject the language's ``subject`` rule finds before the colon. The next sentence's
    unclaimed quotations take it (:meth:`RuleState.announced_speaker`); a sentence announces
    once (a rule may have announced already)."""
    tokens = view.tokens
    if tokens[-1].text != ":" or state.announced_here():
        return
    speaker = next((item for item in found if item.mention is not None), None)
    if speaker is None:
        speaker = subject(view)
    if speaker is not None:
        state.announce(speaker)


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
    ) -> None:
        self.text = text
        self.pairs = pairs
        self.state = state
        self.abbreviations = abbreviations
        self.months = months
        self.attributions: list[Attribution] = []

    def run(self) -> list[Attribution]:
        """Every attribution of the text, in text order."""
        text, pairs, state = self.text, self.pairs, self.state
        pair_index = 0
        for paragraph_number, (start, end) in enumerate(iter_paragraphs(text)):
            state.paragraph = paragraph_number
            if self.claims_paragraph(start, end):
                while pair_index < len(pairs) and pairs[pair_index].open < end:
                    self.skip_pair(pair_index)
                    pair_index += 1
                state.sentence += 1
                continue
            for sentence_start, sentence_end in split_sentences(
                text, start, end, pairs, abbreviations=self.abbreviations, months=self.months
            ):
                while pair_index < len(pairs) and pairs[pair_index].close < sentence_start:
                    pair_index += 1
                quoted = pair_index < len(pairs) and pairs[pair_index].open < sentence_end
                if not self.screen(sentence_start, sentence_end, quoted=quoted):
                    self.pass_over(sentence_start, sentence_end)
                    state.sentence += 1
                    continue
                tokens = tokenize(text, sentence_start, sentence_end, pairs)
                if not tokens:
                    continue
                self.analyse(tokens, Place(sentence_start, sentence_end, start, quoted))
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

    def analyse(self, tokens: list[Token], place: Place) -> None:
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


class KnownPeopleBase:
    """The people an article names in full, looked up by surname (for "Putin" to become
    "Wladimir Putin" and take his role): the cache every language shares. A language's subclass
    says how the people of one surname are found in the text (:meth:`find`)."""

    def __init__(self, text: str, pairs: Sequence[QuotePair]) -> None:
        self.text = text
        self.pairs = pairs
        self._found: dict[str, tuple[MentionInfo, ...]] = {}

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
