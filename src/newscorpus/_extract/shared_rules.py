"""The shared rules: quotation and attribution rules that need nothing but a language's lexicons.

A language registered without rules of its own runs these, so a bundle of a few lexicon files
extracts attributed quotations with no code: the verbs of saying come from
``speech_verb_forms.txt`` (every inflected form listed), the words that open a content clause
from ``function_words.txt`` (class ``sub``), the pronouns from ``pronouns.txt``, and
abbreviations (class ``abbr``) from ``abbreviations.txt``. German and English run rules of their
own (``lang/de``, ``lang/en``), which cover far more constructions.

Sentence by sentence, each cue verb is offered to :data:`CUE_RULES` in order; the first rule
that returns an attribution wins. Contents that run into the next attribution are cut there, and
a run of quotations is the cue's speaker's. Quotations that no cue claimed are then direct
quotations of the sentence's speaker, of the speaker a closing colon announced in the sentence
before ("Ana Bel diris:"), or continue the speaker of a quotation at most two sentences before;
a short sentence opening with a demonstrative names the speaker of the bare quotation before it.
These steps are the engine's (``_extract/engine.py``), shared with German and English. Every scan
is bounded by the sentence, so the work is linear in the text.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence  # noqa: TC003 - a NamedTuple field type: compiled, it is evaluated
from typing import TYPE_CHECKING, NamedTuple

from newscorpus._exceptions import LexiconError
from newscorpus._extract.engine import (
    Phrase,
    Place,
    RuleState,
    RuleTable,
    SentenceLoop,
    Trailing,
    announce_colon_speaker,
    announced_phrase,
    continued_quotation,
    name_bare_quotations,
    quotation_run,
    quotations_after,
    token_start,
    trailing_content,
    trailing_of,
    trim_overlaps,
)
from newscorpus._extract.languages import ContentEnd, get_language, on_registry_change
from newscorpus._extract.lexicon import (
    has_lexicon,
    lexicon_path,
    read_lexicon,
    read_pairs,
    read_word_role,
)
from newscorpus._extract.speakers import Attribution
from newscorpus._model import QuoteKind, Span

if TYPE_CHECKING:
    from newscorpus._extract.languages import Language
    from newscorpus._extract.quotemarks import QuotePair
    from newscorpus._extract.sentences import Token, Words

__all__ = ["CUE_RULES", "SharedLexicon", "find_attributions_shared"]

_CONTENT_SEPARATORS = frozenset({",", ":"})
_WORD = re.compile(r"\w+")
_MAX_SUBJECT = 6  # words of a speaker mention before its verb
#: The marks left loose at the end of a cut content, with the language's conjunctions
#: (``function_words.txt`` class ``conj``), unless ``word_roles.txt`` lists ``loose_ends``.
_LOOSE_MARKS = frozenset({",", ";", "-", "–", "—"})


class SharedLexicon(NamedTuple):
    """What the shared rules read from a language's lexicons."""

    verbs: frozenset[str]
    openers: frozenset[str]
    pronouns: frozenset[str]
    determiners: frozenset[str]
    roles: frozenset[str]
    abbreviations: frozenset[str]
    loose_ends: frozenset[str]
    content_ends: ContentEnd
    demonstratives: frozenset[str]
    trailing: Trailing


@functools.cache
def shared_lexicon(code: str) -> SharedLexicon:
    """The lexicons of language ``code`` as the shared rules use them (cached per language)."""
    verbs = frozenset(
        entry[0].lower() for entry in read_lexicon(code, "speech_verb_forms", fields=(1, 2))
    )
    if not verbs:
        raise LexiconError(
            "no entries: the shared rules need at least one verb form",
            path=lexicon_path(code, "speech_verb_forms"),
        )
    classes: dict[str, str] = {}
    if has_lexicon(code, "function_words"):
        classes = read_pairs(code, "function_words")
    pronouns: frozenset[str] = frozenset()
    if has_lexicon(code, "pronouns"):
        pronouns = frozenset(entry[0] for entry in read_lexicon(code, "pronouns", fields=(3, 3)))
    abbreviations: frozenset[str] = frozenset()
    if has_lexicon(code, "abbreviations"):
        abbreviations = frozenset(
            word
            for word, kind in read_lexicon(code, "abbreviations", fields=(2, 2))
            if kind == "abbr"
        )
    roles: frozenset[str] = frozenset()
    if has_lexicon(code, "roles"):
        roles = frozenset(entry[0].lower() for entry in read_lexicon(code, "roles", fields=(2, 2)))
    loose_ends = read_word_role(code, "loose_ends") or _LOOSE_MARKS | {
        word for word, kind in classes.items() if kind == "conj"
    }
    return SharedLexicon(
        verbs=verbs,
        roles=roles,
        openers=frozenset(word for word, kind in classes.items() if kind == "sub"),
        pronouns=pronouns,
        determiners=frozenset(word for word, kind in classes.items() if kind == "det"),
        abbreviations=abbreviations,
        loose_ends=loose_ends,
        content_ends=get_language(code).content_ends,
        demonstratives=read_word_role(code, "demonstrative"),
        trailing=trailing_of(code),
    )


on_registry_change(shared_lexicon.cache_clear)


class _Cue(NamedTuple):
    """A verb of saying in its sentence: what a cue rule looks at, with where the words of the
    attributions before it in the sentence end (a content before it starts there)."""

    sentence: SharedSentence
    verb: int
    start: int


class SharedSentence(NamedTuple):
    """One sentence: its tokens, their lower-case forms, the text's quotation pairs, and the
    language's lexicon."""

    tokens: list[Token]
    lows: list[str]
    pairs: Sequence[QuotePair]
    lexicon: SharedLexicon

    def quote_content(self, index: int) -> Span:
        """The words between the marks of the quotation token ``index``."""
        return self.pairs[self.tokens[index].quote].content

    def span(self, first: int, stop: int) -> Span:
        return Span(start=self.tokens[first].start, end=self.tokens[stop - 1].end)

    def words(self, first: int, stop: int) -> tuple[str, ...]:
        return tuple(token.text for token in self.tokens[first:stop])

    def is_quote(self, index: int) -> bool:
        return 0 <= index < len(self.tokens) and self.tokens[index].quote >= 0

    def names(self, index: int) -> bool:
        """Whether the token can be part of a speaker mention: a capitalised word or a role."""
        token = self.tokens[index]
        return token.quote < 0 and (
            token.text[:1].isupper() or self.lows[index] in self.lexicon.roles
        )

    def last(self) -> int:
        """The index after the last token that is not final punctuation."""
        stop = len(self.tokens)
        while stop > 0 and self.tokens[stop - 1].text in {".", "!", "?", "…"}:
            stop -= 1
        return stop


def _subject_before(sentence: SharedSentence, verb: int) -> Phrase | None:
    """The speaker right before a verb: a pronoun, or a run of capitalised words and role nouns
    that may open with a determiner ("Ana Bel", "la ministro Ana Bel")."""
    if verb == 0:
        return None
    low = sentence.lows[verb - 1]
    if low in sentence.lexicon.pronouns:
        return Phrase(verb - 1, verb)
    first = verb
    while first > 0 and verb - first < _MAX_SUBJECT and sentence.names(first - 1):
        first -= 1
    if first == verb:
        return None
    if first > 0 and sentence.lows[first - 1] in sentence.lexicon.determiners:
        first -= 1
    return Phrase(first, verb)


def _subject_after(sentence: SharedSentence, verb: int) -> Phrase | None:
    """The speaker right after a verb (inversion: "…", said Ana Bel)."""
    start = verb + 1
    stop = start
    limit = min(sentence.last(), start + _MAX_SUBJECT)
    if start < limit and sentence.lows[start] in sentence.lexicon.pronouns:
        return Phrase(start, start + 1)
    if start < limit and sentence.lows[start] in sentence.lexicon.determiners:
        stop += 1
    head = stop
    while stop < limit and sentence.names(stop):
        stop += 1
    return Phrase(start, stop) if stop > head else None


def _attribution(
    sentence: SharedSentence,
    kind: QuoteKind,
    content: Span,
    verb: int,
    subject: Phrase,
) -> Attribution:
    return Attribution(
        kind=kind,
        content=content,
        mention=sentence.span(*subject),
        mention_words=sentence.words(*subject),
        cue=(sentence.span(verb, verb + 1),),
    )


def verb_then_quotation(cue: _Cue) -> Attribution | None:
    """The speaker, the cue, maybe a colon or comma, then a quotation: Ana Bel sagte: „…“."""
    sentence, verb = cue.sentence, cue.verb
    subject = _subject_before(sentence, verb)
    position = verb + 1
    if position < len(sentence.tokens) and sentence.tokens[position].text in _CONTENT_SEPARATORS:
        position += 1
    if subject is None or not sentence.is_quote(position):
        return None
    stop = quotation_run(sentence, position, sentence.last())
    return _attribution(sentence, QuoteKind.DIRECT, sentence.span(position, stop), verb, subject)


def verb_then_clause(cue: _Cue) -> Attribution | None:
    """The speaker, the cue, then a content clause opened by a comma, a colon or a
    subordinating word (``function_words.txt`` class ``sub``): Ana Bel said that the plan works."""
    sentence, verb = cue.sentence, cue.verb
    subject = _subject_before(sentence, verb)
    start = verb + 1
    last = sentence.last()
    if subject is None or start >= last:
        return None
    if sentence.tokens[start].text in _CONTENT_SEPARATORS:
        start += 1
    elif sentence.lows[start] not in sentence.lexicon.openers:
        return None
    if start >= last:
        return None
    return _attribution(sentence, QuoteKind.INDIRECT, sentence.span(start, last), verb, subject)


def trailing_attribution(cue: _Cue) -> Attribution | None:
    """Trailing attribution: a clause or quotations, a comma (or nothing after a quotation) and
    the cue with its speaker after or before it: La plano funkcias bone, diris Petro Kalo. /
    „Wir bleiben“, sagte Ana Bel. / "We stay," Ana Bel said. / „Ni restos“, „ni venkos“,
    diris Petro Kalo. / „Ni restos“, diris Petro Kalo, „ni venkos.“

    The content is the engine's (:func:`trailing_content`: from where the attributions before
    it in the sentence end, quote-only content direct; :func:`quotations_after`: the quotations
    after the attribution are the speaker's too)."""
    sentence, verb, start = cue
    separator = verb - 1
    if separator < 0:
        return None
    if sentence.tokens[separator].text == "," or sentence.is_quote(separator):
        subject = _subject_after(sentence, verb)
        if subject is None:
            return None
        after = subject.stop
    else:
        subject = _subject_before(sentence, verb)
        if subject is None:
            return None
        separator = subject.start - 1
        if separator < 1 or not (
            sentence.tokens[separator].text == "," or sentence.is_quote(separator)
        ):
            return None
        after = verb + 1
    trailing = sentence.lexicon.trailing
    content = trailing_content(sentence, separator, trailing, start=start)
    if content is None:
        return None
    kind, first, stop = content
    if kind is QuoteKind.DIRECT:
        stop = quotations_after(sentence, after, sentence.last(), trailing) or stop
    return _attribution(sentence, kind, sentence.span(first, stop), verb, subject)


def demonstrative_then_verb(cue: _Cue) -> Attribution | None:
    """A demonstrative (``word_roles.txt`` role ``demonstrative``) opening the sentence right
    before the cue, the speaker after it: „Ni restos.“ Tion diris Petro Kalo. The demonstrative
    stands for the bare quotation before, which takes the speaker (the engine's
    :func:`name_bare_quotations`, which drops this stand-in content)."""
    sentence, verb = cue.sentence, cue.verb
    if verb != 1 or sentence.lows[0] not in sentence.lexicon.demonstratives:
        return None
    subject = _subject_after(sentence, verb)
    if subject is None:
        return None
    return _attribution(sentence, QuoteKind.INDIRECT, sentence.span(0, 1), verb, subject)


#: The cue rules in the order they are tried; the first that returns an attribution wins.
CUE_RULES: RuleTable[_Cue, Attribution] = RuleTable(
    "shared cue",
    (
        verb_then_quotation,
        verb_then_clause,
        trailing_attribution,
        demonstrative_then_verb,
    ),
)


def _words_end(sentence: SharedSentence, attribution: Attribution) -> int:
    """The index of the token after the last of an attribution's own words: its cue and
    speaker, and its quotations when it is direct (an indirect content may run into the next
    attribution until :func:`trim_overlaps` cuts it)."""
    spans = [*attribution.cue, attribution.mention]
    if attribution.kind is QuoteKind.DIRECT:
        spans.append(attribution.content)
    end = max(span.end for span in spans if span is not None)
    return bisect.bisect_left(sentence.tokens, end, key=token_start)


def _quotations_of(sentence: SharedSentence, attribution: Attribution) -> list[Attribution]:
    """A direct attribution's quote-only content as one direct quotation per pair of marks,
    without the marks; any other attribution as it is."""
    if attribution.kind is not QuoteKind.DIRECT:
        return [attribution]
    content = attribution.content
    return [
        attribution.derive(content=sentence.quote_content(index))
        for index, token in enumerate(sentence.tokens)
        if token.quote >= 0 and content.start <= token.start and token.end <= content.end
    ]


def _claimed(sentence: SharedSentence, found: Sequence[Attribution]) -> set[int]:
    """The quotation tokens that an attribution already took as its content."""
    contents = {attribution.content for attribution in found}
    return {
        index
        for index, token in enumerate(sentence.tokens)
        if token.quote >= 0 and sentence.quote_content(index) in contents
    }


def find_attributions_shared(
    text: str, pairs: Sequence[QuotePair], language: Language
) -> tuple[list[Attribution], None]:
    """The quotations of ``text`` by the shared rules, in text order (no known people)."""
    return _SharedLoop(text, pairs, shared_lexicon(language.code)).run(), None


class _SharedLoop(SentenceLoop):
    """The sentence loop with the shared rules: every sentence with a quotation or a verb of
    saying is analysed."""

    def __init__(self, text: str, pairs: Sequence[QuotePair], lexicon: SharedLexicon) -> None:
        super().__init__(
            text, pairs, RuleState(), abbreviations=lexicon.abbreviations, months=frozenset()
        )
        self.lexicon = lexicon

    def screen(self, start: int, end: int, *, quoted: bool) -> bool:
        words = _WORD.findall(self.text, start, end)
        return quoted or not self.lexicon.verbs.isdisjoint(word.lower() for word in words)

    def analyse(self, words: Words, place: Place) -> None:  # noqa: ARG002 - all alike
        lexicon, state = self.lexicon, self.state
        tokens = words.tokens
        # A quotation's words count here too: its lower-case form is its text, not NOT_A_WORD.
        lows = [token.text.lower() for token in tokens]
        sentence = SharedSentence(tokens=tokens, lows=lows, pairs=self.pairs, lexicon=lexicon)
        found: list[Attribution] = []
        start = 0
        for verb, low in enumerate(lows):
            if low not in lexicon.verbs or tokens[verb].quote >= 0:
                continue
            attribution = CUE_RULES.first(_Cue(sentence, verb, start))
            if attribution is not None:
                found.append(attribution)
                start = max(start, _words_end(sentence, attribution))
        found = [
            quotation
            for attribution in trim_overlaps(
                sentence, found, ends_at=lexicon.content_ends, loose_ends=lexicon.loose_ends
            )
            for quotation in _quotations_of(sentence, attribution)
        ]
        claimed = _claimed(sentence, found)
        speaker = found[0] if found else state.announced_speaker()
        for index, token in enumerate(tokens):
            if token.quote < 0 or index in claimed:
                continue
            content = self.pairs[token.quote].content
            if speaker is not None:
                found.append(speaker.derive(kind=QuoteKind.DIRECT, content=content))
            else:
                found.append(continued_quotation(state, content))
        found.sort(key=lambda attribution: attribution.content.start)
        name_bare_quotations(
            sentence, found, state, self.attributions, demonstratives=lexicon.demonstratives
        )
        self.attributions.extend(found)
        if found:
            state.mark_found()
        announce_colon_speaker(sentence, found, state, _colon_subject)


def _colon_subject(sentence: SharedSentence) -> Attribution | None:
    """ "La ministro Ana Bel diris:", "Ana Bel:": the speaker a sentence ending in a colon
    announces, before the verb of saying that precedes the colon or else before the colon."""
    colon = len(sentence.tokens) - 1
    verb = colon - 1 if colon > 0 and sentence.lows[colon - 1] in sentence.lexicon.verbs else colon
    subject = _subject_before(sentence, verb)
    if subject is None:
        return None
    return announced_phrase(
        sentence, *subject, cue=sentence.span(verb, verb + 1) if verb < colon else None
    )
