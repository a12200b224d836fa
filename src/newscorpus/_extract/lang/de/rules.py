"""German quotation rules: direct, indirect, free indirect and reported speech.

The rules run sentence by sentence over word tokens (a quotation between marks is one token) and
look for cues: verbs of saying ("sagte", "fügte … hinzu", "hatte erklärt", "wie … mitteilte") and
attribution phrases ("laut", "nach Angaben", "zufolge", ", so …"). Around a cue they find the
speaker (the noun phrase before the verb, or after it when something else opens the clause) and
the content (a dass-clause, a clause in the Konjunktiv after a comma or colon, the clause before
a trailing attribution, a quotation). Sentences in the Konjunktiv without a cue continue the last
speaker. The order of the rules is documented in docs/extraction.md.

Every scan is bounded (a noun phrase is at most 14 tokens, a separable particle is looked for at
most 25 tokens on), so the work per sentence is linear in its length.

This module is the entry point: the sentence loop and the order in which a sentence is analysed.
The parts it calls sit beside it, one module per step, each importing only the steps below it:
``bundle`` (the lexicons), ``sentence`` (the sentence view), ``words`` (word tests), ``phrases``
(noun phrases), ``contents`` (content and clause boundaries, the Konjunktiv), ``subjects``
(subjects and addressees), the cue rules ``verbs`` (verbs of saying), ``frames`` (attribution
phrases) and ``direct`` (quotations without a cue, continuations), and ``people``.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from typing import TYPE_CHECKING

import attrs

from newscorpus._extract.engine import (
    BARE_NAMER_TOKENS,
    FINAL_MARKS,
    Place,
    SentenceLoop,
    announce_colon_speaker,
    announced_phrase,
    name_bare_quotations,
    relays,
    said_by_nobody,
    trim_overlaps,
)
from newscorpus._extract.lang.de.bundle import VerbForm, _German, _german, verb_forms_de
from newscorpus._extract.lang.de.contents import (
    _across_inserted_frame,
    _before_comment,
    _hypothetical,
    _konjunktiv,
    _konjunktiv_alone,
    _konjunktiv_alone_piece,
    _nested,
    _plan_in_main_clause,
    _quotes_within,
    _reported_hearsay,
    _reported_plan,
    _reportive_piece,
    _reportive_sentence,
    _without_quoted_reports,
    _words_outside_formulas,
)
from newscorpus._extract.lang.de.direct import (
    _aside_quotes,
    _bracket_namer,
    _continuation,
    _direct_quotes,
    _reportive_clause,
    _reportive_clause_piece,
    _so_namer,
    _states_plan,
    _verb_namer,
    _with_own_subject,
    _words_from_namer,
    _words_namer,
)
from newscorpus._extract.lang.de.frames import (
    _announced_intention,
    _attitude_cue,
    _frame_cue,
    _headline,
    _headline_dash,
    _noun_cue,
    _speech_act_object,
)
from newscorpus._extract.lang.de.people import KnownPeople
from newscorpus._extract.lang.de.phrases import _phrase_after
from newscorpus._extract.lang.de.sentence import (
    _WORD,
    _derive,
    _Sentence,
    _State,
    _WordsUsed,
)
from newscorpus._extract.lang.de.subjects import _statement_start
from newscorpus._extract.lang.de.verbs import _participles_with_agent, _verb_cue
from newscorpus._extract.languages import on_registry_change
from newscorpus._extract.quotemarks import QuotePair, SingleMarks, opening_marks, with_single_pairs
from newscorpus._extract.sentences import tokenize_words
from newscorpus._extract.speakers import Attribution, role_or_organisation
from newscorpus._model import QuoteKind, Span

if TYPE_CHECKING:
    from collections.abc import Sequence

    from newscorpus._extract.languages import Language
    from newscorpus._extract.sentences import Words


# Enum members read in the rules, bound to names once: on Python 3.11 a member read through
# its class goes through EnumType.__getattr__, a slow path.
_KIND_DIRECT = QuoteKind.DIRECT


__all__ = ["VerbForm", "find_attributions_de", "verb_forms_de"]


# Single quotation marks a headline may quote with, and the marks that close each.
_SINGLE_CLOSERS = {"‚": "‘’", "'": "'", "‹": "›", "›": "‹"}
_SINGLE_MARK = re.compile("[‚'‹›‘’\n]")
# In the body only typographic single marks pair: the typewriter apostrophe marks terms and
# categories there ("die Gruppe der 'Langzeitarbeitslosen'"), not speech.
_BODY_SINGLE_MARK = re.compile("[‚‹›‘’\n]")
_BEFORE_SINGLE_OPENER = frozenset("([{:–—-/")
_AFTER_SINGLE_CLOSER = frozenset(".,;:!?)]}–—-…")
_MIN_UNCLOSED_WORDS = 2  # "sagte: „Nein danke." (an unclosed quotation after a colon)
# A capitalised word alone before a colon opening a sentence ("Kreissl: …"), and a capitalised
# word after another, a first name and a surname when the first is one ("Reinhard Kreissl").
_LONE_NAME_COLON = re.compile(r"([A-ZÄÖÜ][\w-]*):[ \t]")
# (The surname is looked ahead for, so that it may start the next match: "Soziologe Reinhard
# Kreissl".)
_FIRST_AND_SURNAME = re.compile(r"([A-ZÄÖÜ][a-zäöüß]+) +(?=([A-ZÄÖÜ][\w-]*))")
# A colon after at most six words: where a headline names its speaker ("Putin: …").
_HEADLINE_COLON = re.compile(r"(?:[^\s:]+\s+){0,5}[^\s:]*:(?:\s|\Z)")
# The most tokens of a sentence whose framing phrase may relay its verb's report: the relayed
# content is not cut, so a longer run-on "sentence" (no sentence end for pages) would give
# every frame in it a content over all of it.
_MAX_RELAYING_SENTENCE = 80


def find_attributions_de(
    text: str,
    pairs: Sequence[QuotePair],
    language: Language | None = None,  # noqa: ARG001 - the rules signature every bundle shares
) -> tuple[list[Attribution], KnownPeople]:
    """The quotations of a German text, in text order, and the people named anywhere in it.

    A sentence without a quotation mark, a cue word, a Konjunktiv form or a closing colon, and
    not close after a quotation, cannot hold anything the rules look for: it is only screened
    (a set lookup of its words), not tokenized.
    """
    pairs = with_single_pairs(
        text,
        _unclosed_after_colon(text, pairs),
        headline=_HEADLINE_SINGLE_MARKS,
        body=_BODY_SINGLE_MARKS,
    )
    loop = _GermanLoop(text, pairs)
    attributions = _join_free_indirect(text, loop.run())
    return attributions, KnownPeople(text, pairs, loop.sentences)


def _closes_single(text: str, index: int) -> bool:
    """Whether the single mark at ``index`` can close a quotation: after a non-space, before a
    space, punctuation or the line's end."""
    after = text[index + 1] if index + 1 < len(text) else "\n"
    return not text[index - 1].isspace() and (after.isspace() or after in _AFTER_SINGLE_CLOSER)


# German headlines save space with single marks ("Merkel: ‚Wir schaffen das‘", "Seehofer: 'Wir
# bleiben bei der Obergrenze'", "Gewerkschaft sieht ‹Angriff auf die Tarifautonomie›"); in the
# body they are nested quotations, apostrophes ("geht's", "Ku'damm") and titles, unless a text
# quotes with them throughout ("‚Wir werden das nicht hinnehmen‘, sagte der Minister."; see
# :func:`with_single_pairs`). A quotation holds two characters at least ("Rock 'n' Roll" is
# none).
_HEADLINE_SINGLE_MARKS = SingleMarks(
    closers=_SINGLE_CLOSERS,
    marks=_SINGLE_MARK,
    before_opener=_BEFORE_SINGLE_OPENER,
    closes=_closes_single,
    shortest=2,
)
# In the body the typewriter apostrophe does not pair: it marks terms and categories there
# ("die Gruppe der 'Langzeitarbeitslosen'"), not speech.
_BODY_SINGLE_MARKS = attrs.evolve(
    _HEADLINE_SINGLE_MARKS,
    closers={mark: closing for mark, closing in _SINGLE_CLOSERS.items() if mark != "'"},
    marks=_BODY_SINGLE_MARK,
)


def _pair_open(pair: QuotePair) -> int:
    return pair.open


@functools.cache
def _unclosed_mark_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """An opening mark before a word after a colon (on its line or opening the next
    paragraph, group 1) or after a sentence end on its line (group 2), and any mark or a line
    break."""
    marks = re.escape("".join(sorted(opening_marks())))
    closing = re.escape("".join(sorted(opening_marks() | frozenset('“”"«»'))))
    return (
        re.compile(rf":\s*([{marks}])(?=\w)|[.!?…][{closing}]?[ \t]+([{marks}])(?=\w)"),
        re.compile(rf"[{closing}\n]"),
    )


on_registry_change(_unclosed_mark_patterns.cache_clear)


def _unclosed_after_colon(text: str, pairs: Sequence[QuotePair]) -> Sequence[QuotePair]:
    """Add the quotation whose closing mark is missing at the end of its paragraph, where a
    colon opens it: "Der Minister sagte: „Wir werden das nicht hinnehmen." (the writer or the
    copy dropped the mark), or where it opens a sentence after a quotation of the same
    paragraph: "„Wir werden das prüfen“, sagte der Minister. „Und zwar sofort." (the next
    words of the same speaker). Pairing drops an opening mark left open at the paragraph's
    end (see :mod:`newscorpus._extract.quotemarks`), so the marked words would be read as
    indirect speech holding the mark; after a colon or after a quotation they are quoted
    words up to the paragraph's end.

    Only an opening mark that no pair uses or encloses counts, before a word: right after the
    colon (spaces or line breaks between: "sagte dazu:⏎„Wir …"), or after a sentence end with
    a pair closed before it in its paragraph. No other mark may follow it in the paragraph,
    and the words must be at least ``_MIN_UNCLOSED_WORDS``; after a colon with or without a
    sentence-final mark ("sagte: „Wir arbeiten am Limit⏎"), after a sentence end only with
    one (a sentence, not a title opening the next one). Whether they are a quotation or a
    title is judged as for any pair ("Motto: „Gemeinsam in die Zukunft⏎" is a title). The
    pair closes at the paragraph's end, where no mark stands. Each search stops at the next
    mark or line break, so the pass is linear in the text."""
    opening, any_mark = _unclosed_mark_patterns()
    added: list[QuotePair] = []
    pair_index = 0
    count = len(pairs)
    for match in opening.finditer(text):
        after_colon = match.start(1) >= 0
        index = match.start(1) if after_colon else match.start(2)
        while pair_index < count and pairs[pair_index].close < index:
            pair_index += 1
        if pair_index < count and pairs[pair_index].open <= index:
            continue  # a mark of a pair, or inside one
        if not after_colon and not _after_framed_quotation(text, pairs, pair_index, index):
            continue
        following = any_mark.search(text, index + 1)
        if following is not None and following.group() != "\n":
            continue
        stop = len(text) if following is None else following.start()
        while stop > index + 1 and text[stop - 1].isspace():
            stop -= 1
        if pair_index < count and pairs[pair_index].open < stop:
            continue  # it would hold a pair of single marks already found
        if not after_colon and (
            text[stop - 1] not in FINAL_MARKS or _embedded_frame(text, index, stop)
        ):
            continue  # "„Das reicht nicht, entgegnete Meier.": the mark was lost before a frame
        if len(text[index + 1 : stop].split()) >= _MIN_UNCLOSED_WORDS:
            added.append(QuotePair(open=index, close=stop))
    if not added:
        return pairs
    return tuple(sorted([*pairs, *added], key=_pair_open))


# A comma and the lower-case word after it: where a frame may stand inside the words after an
# unclosed mark ("„Das reicht nicht, entgegnete Meier.").
_COMMA_WORD = re.compile(r",\s+([a-zäöüß]\w*)")


def _frame_word(word: str) -> bool:
    """Whether a word is a form of a verb of saying of the lexicon or the "so" of a frame."""
    low = word.lower()
    return low == "so" or low in _german().verbs


def _after_framed_quotation(
    text: str, pairs: Sequence[QuotePair], pair_index: int, index: int
) -> bool:
    """Whether the opening mark at ``index`` follows, in its paragraph, a quotation and its
    frame ("„Wir werden alles tun“, sagte Müller. „Und zwar sofort."): a pair before it and a
    verb of saying between them, not a title in a narrated sentence ("Der „Tatort“ lief. „Ein
    Meisterwerk")."""
    if pair_index == 0:
        return False
    between = text[pairs[pair_index - 1].close : index]
    return "\n" not in between and any(_frame_word(word) for word in _WORD.findall(between))


def _embedded_frame(text: str, start: int, stop: int) -> bool:
    """Whether a frame follows a comma in ``text[start:stop]`` ("„Das reicht nicht, entgegnete
    Meier."): the closing mark was lost before it, so the words are no quotation up to the
    paragraph's end."""
    return any(_frame_word(match.group(1)) for match in _COMMA_WORD.finditer(text, start, stop))


# Enum members read for every cue or attribution, bound to names once: on Python 3.11 a
# member read through its class goes through EnumType.__getattr__, a slow path.
_KIND_FREE_INDIRECT = QuoteKind.FREE_INDIRECT


def _join_free_indirect(text: str, attributions: list[Attribution]) -> list[Attribution]:
    """One quotation for a run of free indirect sentences: "Die Lage sei ernst. Man prüfe alle
    Wege." continues one speaker over both sentences, so it is one content, as a reader (and
    GNQA) counts it. A sentence joins the free indirect one before it when it inherits that
    speaker and only white space (also a paragraph break) stands between them; the quotations
    inside them stay their own."""
    joined: list[Attribution] = []
    run = -1  # the index in ``joined`` of the free indirect quote that may go on
    for attribution in attributions:
        if attribution.kind is _KIND_FREE_INDIRECT:
            if (
                run >= 0
                and attribution.inherit
                and attribution.mention is None
                and not text[joined[run].content.end : attribution.content.start].strip()
            ):
                span = Span(start=joined[run].content.start, end=attribution.content.end)
                joined[run] = _derive(joined[run], content=span)
                continue
            run = len(joined)
        elif run >= 0 and not joined[run].content.start <= attribution.content.start < (
            joined[run].content.end
        ):
            run = -1  # something else stands between: the run ends
        joined.append(attribution)
    return joined


#: The words that may open a sentence of words said and "von": an adjective, the noun, "von".
_WORDS_FROM_REACH = 3


class _GermanLoop(SentenceLoop):
    """The German steps of the sentence loop: screening by lexicon words, free indirect speech
    in screened-out sentences, and "Das sagte Putin." naming the previous quotation's speaker."""

    def __init__(self, text: str, pairs: Sequence[QuotePair]) -> None:
        self.lexicon = lexicon = _german()
        self.german_state = _State()
        super().__init__(
            text,
            pairs,
            self.german_state,
            abbreviations=lexicon.abbreviations,
            months=lexicon.months,
            ordinals=lexicon.ordinals,
            openers=lexicon.sentence_openers,
            cue_words=lexicon.cue_words,
            initial_enders=lexicon.initial_enders,
        )
        self.words_used = _WordsUsed(text, pairs, lexicon.noun_markers)
        self.words: set[str] = set()  # the screened sentence's words
        #: the surnames the text gives after a first name, found when first asked for
        self.full_surnames: frozenset[str] | None = None

    def screen(self, start: int, end: int, *, quoted: bool) -> bool:
        if quoted:
            return True  # analysed whatever its words: they are needed only when passed over
        text = self.text
        piece = text[start:end]
        state = self.german_state
        if state.bare_sentence == state.sentence - 1 and (
            _opens_with_words_said(piece, self.lexicon)
            or _opens_with_words_from(piece, self.lexicon)
            or _opens_with_trailing_word(piece, self.lexicon)
            or piece.startswith("(")
        ):
            # „…“ Mit diesen Worten reagierte der Minister (see _words_namer); „…“ So der
            # Minister am Montag (see _so_namer); „….“ (Bodo Ramelow, Linke) (_bracket_namer)
            return True
        screen_words = self.lexicon.screen_words
        # The white-space chunks are split once, for the screen (has_word_among) and for the
        # words (word_set): the plain words among them, and the words of the others in one
        # scan of them joined by spaces (no word runs over a space).
        chunks = piece.split()
        if not self.lexicon.triggers.isdisjoint(chunks):
            # A cue word between spaces ("sagte" in a third of the sentences analysed): a
            # trigger, so the sentence is analysed and its word set is not needed.
            return True
        rest = list(itertools.filterfalse(str.isalnum, chunks))
        others = _WORD.findall(" ".join(rest))
        # The first word: the first chunk when it is a plain word (most sentences), else found
        # by the expression.
        if chunks and chunks[0].isalnum():
            first: str | None = chunks[0].lower()
        else:
            found = _WORD.search(text, start, end)
            first = None if found is None else found.group().lower()
        if (
            ":" not in piece
            and (first is None or first not in screen_words)
            and screen_words.isdisjoint(chunks)
            and screen_words.isdisjoint(others)
        ):
            # No word the tests ask about (most sentences, found in C): to the tests, whose
            # every lookup is an intersection with these, the sentence's words are none.
            self.words = set()
            return False
        self.words = words = set(chunks)
        words.difference_update(rest)
        words.update(others)
        if first is not None:
            words.add(first)
        return (
            piece.endswith(":")
            or _triggered(piece, words, self.lexicon)
            or (":" in piece and self.interview_turn(piece))
        )

    def interview_turn(self, piece: str) -> bool:
        """Whether a sentence opens with a lone surname and a colon that the text gives after a
        first name: an interview's answer ("Kreissl: Im Prinzip …" in an interview with
        Reinhard Kreissl), whose speaker the headline colon names (see :func:`_headline`). The
        surnames are collected in one pass over the text, only for a text with such a
        sentence."""
        match = _LONE_NAME_COLON.match(piece)
        if match is None:
            return False
        if self.full_surnames is None:
            first_names = self.lexicon.first_names
            self.full_surnames = frozenset(
                found.group(2)
                for found in _FIRST_AND_SURNAME.finditer(self.text)
                if found.group(1) in first_names
            )
        return match.group(1) in self.full_surnames

    def pass_over(self, start: int, end: int) -> None:
        lexicon, state, words = self.lexicon, self.german_state, self.words
        piece = self.text[start:end]
        # "Er gratuliere den Deutschen.": a Konjunktiv I of a verb no lexicon lists, right after
        # a pronoun that opens the sentence, read only close after a quotation it may continue
        inflected = state.continues() and _konjunktiv_after_pronoun(piece, lexicon)
        if not words and not inflected:
            # No screen word (most sentences passed over): no Konjunktiv and no reportive
            # "soll", so nothing below can continue a speaker; only remember the sentence.
            _pass_over(piece, start, end, state)
            return
        first = not lexicon.konjunktiv.isdisjoint(words)
        second = not lexicon.konjunktiv_two.isdisjoint(words)
        if first or second:
            # "…, es sei denn, …", "koste es, was es wolle": a set phrase reports nothing
            outside = _words_outside_formulas(piece, lexicon)
            if outside is not None:
                first = not lexicon.konjunktiv.isdisjoint(outside)
                second = not lexicon.konjunktiv_two.isdisjoint(outside)
        first = first or inflected
        if second and not first and _hypothetical(lexicon, words):
            second = False
        plan = not second and _plan_in_main_clause(piece, words, lexicon)
        konjunktiv = (first, second or plan)
        continuation = _continuation(
            self.text,
            (start, end),
            self.pairs,
            state,
            konjunktiv,
            alone=konjunktiv[0] and (inflected or _konjunktiv_alone_piece(piece, words, lexicon)),
            plan=plan and _states_plan(piece),
        )
        if continuation is not None and (
            "," in piece
            or ":" in piece
            or (piece.split(None, 1) or [""])[0].lower() in lexicon.roles.holder_prepositions
        ):
            # (a sentence naming its own speaker has a comma or colon after that speaker's
            # clause, or opens with "Für" and the holder of its view)
            tokenized = tokenize_words(self.text, start, end, self.pairs)
            if tokenized.tokens:
                sentence = _Sentence(
                    self.text, tokenized.tokens, lexicon, self.words_used, words=tokenized
                )
                continuation = _with_own_subject(sentence, continuation)
        if continuation is None and (
            _reportive_piece(piece, words, lexicon)
            or _reportive_clause_piece(self.text, (start, end), self.pairs, words, state)
        ):
            continuation = _reported_hearsay(start, end, state)
        if continuation is not None:
            self.attributions.append(continuation)
            state.mark_found()
        _pass_over(piece, start, end, state)
        if continuation is not None:
            state.previous_range = None
            state.previous_attributed = True

    def analyse(self, words: Words, place: Place) -> None:
        state, attributions = self.german_state, self.attributions
        tokens = words.tokens
        sentence = _Sentence(self.text, tokens, self.lexicon, self.words_used, words=words)
        found = _analyse(sentence, self.pairs, state, words.marked)
        if found:
            found = [one for one in found if not said_by_nobody(one, self.lexicon.roles.nobody)]
        if found and attributions:
            _drop_superseded(attributions, found)
        namer = (
            _words_namer(sentence)
            or _so_namer(sentence)
            or _verb_namer(sentence)
            or _words_from_namer(sentence)
            or _bracket_namer(sentence)
            if state.bare_sentence == state.sentence - 1
            else None
        )
        name_bare_quotations(
            sentence,
            found,
            state,
            attributions,
            demonstratives=self.lexicon.bare_namers,
            namer=namer,
            # "„…“ Das sagte Finanzministerin Karin Wolf am Montag in Wien.": a demonstrative
            # right before a verb of saying stands for the quotation however long the sentence
            max_tokens=len(tokens)
            if len(tokens) > 1 and sentence.lows[1] in self.lexicon.verbs
            else BARE_NAMER_TOKENS,
        )
        extent = (place.start, place.end)
        _remember(sentence, found, state, extent)
        state.analysed = (extent, tokens)
        attributions.extend(found)


def _opens_with_words_from(piece: str, lexicon: _German) -> bool:
    """Whether the untokenized sentence ``piece`` opens with a noun for words said, or an
    adjective and one, and "von" ("Harte Worte von …", the ``words_nouns`` and ``von`` roles):
    it may name the speaker of the bare quotation before it (see :func:`_words_from_namer`)."""
    chunks = [chunk.lower() for chunk in piece.split(maxsplit=_WORDS_FROM_REACH)]
    nouns, von = lexicon.roles.words_nouns, lexicon.roles.von
    return any(
        chunks[noun] in nouns and noun + 1 < len(chunks) and chunks[noun + 1] in von
        for noun in range(min(len(chunks), _WORDS_FROM_REACH - 1))
    )


def _opens_with_trailing_word(piece: str, lexicon: _German) -> bool:
    """Whether a sentence opens with a trailing frame's word ("So der Minister am Montag."),
    which after a bare quotation may name its speaker (see :func:`_so_namer`)."""
    first = piece.split(maxsplit=1)
    return bool(first) and first[0].lower() in lexicon.trailing_words


def _opens_with_words_said(piece: str, lexicon: _German) -> bool:
    """Whether the untokenized sentence ``piece`` opens with "mit" and has a noun for words
    said among its next words ("Mit diesen Worten …", the ``mit`` and ``words_nouns`` roles):
    it may name the speaker of the bare quotation before it."""
    chunks = piece.split(maxsplit=_WORDS_NOUN_REACH + 1)
    return (
        bool(chunks)
        and chunks[0].lower() in lexicon.roles.mit
        and any(
            chunk.strip(",:").lower() in lexicon.roles.words_nouns
            for chunk in chunks[1 : _WORDS_NOUN_REACH + 1]
        )
    )


#: The most words from "mit" to the noun for words said ("Mit diesen deutlichen Worten").
_WORDS_NOUN_REACH = 3


def _drop_superseded(attributions: list[Attribution], found: list[Attribution]) -> None:
    """Drop the last free indirect quotation when the sentence after it names its speaker and
    takes the same words as content: "Die Lage sei ernst. Das sagte Merkel." is one indirect
    quotation of Merkel's, not also a free indirect one of nobody's."""
    last = attributions[-1]
    if last.kind is _KIND_FREE_INDIRECT and any(
        attribution.content.start == last.content.start for attribution in found
    ):
        attributions.pop()


def _triggered(piece: str, words: set[str], lexicon: _German) -> bool:
    """Whether a sentence has a cue word ("sagte", "laut") where it can be one.

    ``words`` are the sentence's words as written, with its first word also in lower case: a
    capitalised noun is never a verb form ("die Frage", "Angaben"). A verb flagged *sich*, *es*
    or *opinion* needs "sich", "es" or a comma in the sentence. The attribution phrases come
    from ``frames.txt``: an *opening* phrase counts capitalised ("Danach"), a *noun* phrase with
    a noun of saying ("nach Angaben"), a *trailing* one after a comma or mark (", so Putin").
    """
    if not lexicon.triggers.isdisjoint(words):
        return True
    for word in words & lexicon.conditional_words:
        for needs in lexicon.conditional_triggers[word]:
            if all(_need_met(need, piece, words, lexicon) for need in needs):
                return True
    for word in words & lexicon.particle_words:
        if not lexicon.particle_triggers[word].isdisjoint(words):
            return True
    if not lexicon.opening_frames.isdisjoint(words) or _headline_colon(piece, lexicon):
        return True
    if not lexicon.noun_cue_words.isdisjoint(words) and "," in piece:
        return True
    if any(word + "," in piece for word in words & lexicon.roles.attitude_adjectives):
        return True  # "ist zuversichtlich, dass …": an adjective of conviction before a comma
    if not lexicon.noun_frames.isdisjoint(words) and any(
        word.lower().endswith(lexicon.speech_noun_endings) for word in words
    ):
        return True
    trailing = lexicon.trailing_frame
    return (
        trailing is not None
        and not lexicon.trailing_words.isdisjoint(words)
        and trailing.search(piece) is not None
    )


def _need_met(need: str, piece: str, words: set[str], lexicon: _German) -> bool:
    if need == ",":
        return "," in piece or ":" in piece
    if need == "aux":
        return not lexicon.auxiliary_words.isdisjoint(words)
    if need == "konj":
        return not lexicon.konjunktiv.isdisjoint(words)
    return need in words


def _konjunktiv_after_pronoun(piece: str, lexicon: _German) -> bool:
    """Whether a sentence opens with a pronoun of the ``personal_subjects`` role and a
    lower-case word in -e (not a past tense in -te, no Konjunktiv II such as "würde", no word of
    the lexicons' word classes): a Konjunktiv I of a verb no lexicon lists ("Er gratuliere den
    Deutschen.", "Sie verdiene mehr."), as :func:`_konjunktiv` reads one in an analysed
    sentence."""
    opening = piece.split(None, 2)
    if len(opening) < _PRONOUN_AND_VERB:
        return False
    pronoun, verb = opening[0].lower(), opening[1]
    return (
        pronoun in lexicon.roles.personal_subjects
        and verb.isalpha()
        and verb.islower()
        and verb.endswith("e")
        and not verb.endswith("te")
        and len(verb) > _SHORTEST_KONJUNKTIV
        and verb not in lexicon.word_class
        and verb not in lexicon.konjunktiv_two
    )


#: The words of "Er gratuliere": a pronoun and a verb.
_PRONOUN_AND_VERB = 2
#: The length a Konjunktiv in -e of a verb no lexicon lists must exceed ("sehe", not "je").
_SHORTEST_KONJUNKTIV = 3


def _headline_colon(piece: str, lexicon: _German) -> bool:
    """Whether a colon after at most six words could close a headline's speaker: "Wladimir
    Putin: …", "Bundesinnenminister Schäuble: „…“" (not "Wien: …", "das 1:0", "Zum Vergleich:
    …")."""
    if ":" not in piece:
        return False  # the expression would try every split of the first words to find none
    match = _HEADLINE_COLON.match(piece)
    if match is None:
        return False
    before = match.group().rstrip()[:-1]
    first, _, rest = before.partition(" ")
    if rest and first.lower() in lexicon.roles.statement_adverbs:
        before = rest  # "Dazu der Minister: …"
    if " " not in before:
        return role_or_organisation(before, "de")
    first = before.split(" ", 1)[0].lower()
    return lexicon.word_class.get(first, "det") == "det"


def _pass_over(piece: str, start: int, end: int, state: _State) -> None:
    """Remember a sentence that holds nothing, as the rules do after analysing one."""
    stop = end - (len(piece) - len(piece.rstrip(".!?…")))
    state.earlier = (state.previous_range, state.previous_sentence, state.previous_paragraph)
    state.previous_span = (start, max(start, stop))
    state.previous_range = (start, end)
    state.previous_attributed = False
    state.previous_sentence = state.sentence
    state.previous_paragraph = state.paragraph
    state.previous_found = ()


def _analyse(
    sentence: _Sentence, pairs: Sequence[QuotePair], state: _State, cues: list[int]
) -> list[Attribution]:
    """The sentence's attributions; ``cues`` are the indices of its cue words (``cue_words``
    of the lexicon), in order."""
    found: list[Attribution] = []
    used: set[int] = set()
    # quotations set off right after their speakers, which no cue's content takes
    asides = _aside_quotes(sentence, pairs, used) if sentence.quote_tokens else []
    if sentence.quote_tokens:
        # "der von der Regierung als „historisch“ bezeichnete Kompromiss": the agent's words
        asides.extend(_participles_with_agent(sentence, pairs, used))
    lexicon = sentence.lexicon
    lows = sentence.lows
    for index in cues:
        if lows[index] in lexicon.verbs:
            new = _verb_cue(sentence, index, pairs, used, state)
        else:
            new = _frame_cue(sentence, index, pairs, used, state)
        if new and sentence.quote_tokens:
            new = _without_self_named(sentence, new, used)
        sentence.record(new)
        found.extend(new)
    if len(found) > 1:
        found = _without_cue_contents(found)
    if not found:
        found.extend(_headline(sentence, pairs, used))
    if not found:
        found.extend(_headline_dash(sentence, pairs, used))
    if not found:
        found.extend(_noun_cue(sentence, pairs, used))
    if not found:
        found.extend(_attitude_cue(sentence, pairs, used))
    if not found:
        found.extend(_speech_act_object(sentence, pairs, used))
    if not found:
        found.extend(_announced_intention(sentence, pairs, used))
    relaying = (
        [one for one in found if _relays_report(sentence, one, found)]
        if len(found) > 1 and sentence.last <= _MAX_RELAYING_SENTENCE
        else []
    )
    if found:  # (most analysed sentences find nothing)
        found = [
            _before_comment(sentence, attribution)
            for attribution in _trim_overlaps(sentence, found)
        ]
        if len(found) == 1:
            found = [_across_inserted_frame(sentence, found[0])]
    if relaying:  # their contents stay whole
        frames = {one.frame for one in relaying}
        found = [*(one for one in found if one.frame not in frames), *relaying]
    nested = _nested(sentence, found, pairs, used)
    if nested:
        found = [*_without_quoted_reports(sentence, found, nested), *nested]
    # Free indirect speech before the quotations no cue claimed: a sentence in the Konjunktiv
    # continues its speaker also when it holds a quotation ("Hier seien die Mittel „völlig
    # unrealistisch“."), which then is nested in it.
    if not found and (state.continues() or state.previous_range is not None):
        konjunktiv = _konjunktiv(sentence, 0, sentence.last)
        if konjunktiv == (False, True) and _hypothetical(
            sentence.lexicon, sentence.lows[: sentence.last]
        ):
            konjunktiv = (False, False)
        planned = _reported_plan(sentence, konjunktiv)
        extent = (sentence.tokens[0].start, sentence.tokens[-1].end)
        continuation = _continuation(
            sentence.text,
            extent,
            pairs,
            state,
            planned,
            alone=planned[0] and _konjunktiv_alone(sentence),
            plan=planned[1]
            and not konjunktiv[1]
            and _states_plan(sentence.text[extent[0] : extent[1]]),
        )
        if continuation is not None:
            continuation = _with_own_subject(sentence, continuation)
        if continuation is not None:
            found = [continuation, *_nested(sentence, [continuation], pairs, used)]
    found.extend(_direct_quotes(sentence, pairs, used, found, state))
    found.extend(asides)
    if not found and (_reportive_sentence(sentence) or _reportive_clause(sentence, state)):
        hearsay = _reported_hearsay(sentence.tokens[0].start, sentence.tokens[-1].end, state)
        found = [hearsay, *_nested(sentence, [hearsay], pairs, used)]
    if sentence.quote_tokens:
        found = _without_named_quotes(found)
    found.sort(key=lambda attribution: attribution.content.start)
    return found


def _without_self_named(
    sentence: _Sentence, found: list[Attribution], used: set[int]
) -> list[Attribution]:
    """``found`` without an attribution whose content lies inside its own speaker mention: a
    quotation after a verb read as its subject ("Das widerspreche der „reinen Lehre“, sagte
    der Ökonom": "der „reinen Lehre“" is the verb's dative object, no speaker). Its quotations
    go back to ``used``'s pool, for the sentence's true cue to attribute."""
    kept: list[Attribution] = []
    for attribution in found:
        mention = attribution.mention
        content = attribution.content
        if mention is not None and mention.start <= content.start and content.end <= mention.end:
            used.difference_update(_quotes_within(sentence, mention))
        else:
            kept.append(attribution)
    return kept


def _without_cue_contents(found: list[Attribution]) -> list[Attribution]:
    """``found`` without an attribution whose content opens with the cue of another: in "Die
    Vereinten Nationen bestätigten den Zwischenfall, teilten jedoch mit, es sei unklar, …" the
    words after "bestätigten den Zwischenfall," are the second verb's clause, whose content is
    its own, not what the first verb reports. Framing phrases are not meant: a clause after
    one may open with a verb of saying whose report it relays ("Demnach erwartet Russland, …")."""
    verb_cues = {
        attribution.cue[0].start
        for attribution in found
        if attribution.cue and attribution.frame is None
    }
    return [
        attribution
        for attribution in found
        if attribution.content.start not in verb_cues
        or attribution.frame is not None
        or (attribution.cue and attribution.cue[0].start == attribution.content.start)
    ]


def _relays_report(sentence: _Sentence, attribution: Attribution, found: list[Attribution]) -> bool:
    """Whether a framing phrase inside its main clause relays the report of a verb of saying
    that stands before it in that clause: "Zudem hob der Minister dem „Figaro“ zufolge … hervor",
    "In der Fraktion sagte die Kanzlerin einigen Teilnehmern zufolge: „…“", "„…“, sagte der
    Sprecher laut ndr.de". The source reports the whole clause, the verb's report with it, so
    the overlap trimming does not cut its content where the verb's attribution begins."""
    frame = attribution.frame
    if (
        frame is None
        or not attribution.cue
        or sentence.text[attribution.cue[0].start : attribution.cue[0].end].lower()
        not in sentence.lexicon.frames
    ):
        return False
    content = attribution.content
    return content.start < frame.start and any(
        other is not attribution
        and other.cue
        # not a report that relays this one ("Wie die Zeitung berichtete, soll laut der
        # Studie …": the Zeitung relays the Studie, see relays)
        and not relays(other, attribution)
        and content.start <= other.cue[0].start < frame.start
        and other.cue[0].end <= content.end
        for other in found
    )


def _trim_overlaps(sentence: _Sentence, found: list[Attribution]) -> list[Attribution]:
    """The engine's overlap trimming (:func:`trim_overlaps`) with the German loose ends ("Europa
    brauche die Engländer und | fügte hinzu"), in content order."""
    if len(found) < 2:
        return found  # nothing to run into (what trim_overlaps says), nothing to sort
    return trim_overlaps(
        sentence,
        sorted(found, key=_content_start),
        ends_at=sentence.lexicon.content_ends,
        loose_ends=sentence.roles.loose_ends,
    )


def _content_start(attribution: Attribution) -> int:
    return attribution.content.start


def _without_named_quotes(found: list[Attribution]) -> list[Attribution]:
    """Drop the direct quotations that lie inside a speaker mention: there they are names ("Wie
    die „Computerwoche“ berichtet", "laut „Welt“"), not quotations."""
    mentions = sorted(
        (attribution.mention.start, attribution.mention.end)
        for attribution in found
        if attribution.mention is not None
    )
    if not mentions:
        return found
    starts: list[int] = []
    reach: list[int] = []  # reach[i]: the furthest end among the first i + 1 mentions
    for start, end in mentions:
        starts.append(start)
        reach.append(max(end, reach[-1]) if reach else end)
    kept: list[Attribution] = []
    for attribution in found:
        if attribution.kind is _KIND_DIRECT:
            position = bisect.bisect_right(starts, attribution.content.start) - 1
            if position >= 0 and reach[position] >= attribution.content.end:
                continue
        kept.append(attribution)
    return kept


def _remember(
    sentence: _Sentence,
    found: list[Attribution],
    state: _State,
    extent: tuple[int, int],
) -> None:
    """Update what later sentences need: the last speaker, a closing colon."""
    if found:
        state.mark_found()
        state.spoken = None  # the sentence's own attributions speak
    tokens = sentence.tokens
    last = sentence.last
    state.earlier = (state.previous_range, state.previous_sentence, state.previous_paragraph)
    state.previous_span = (tokens[0].start, tokens[last - 1].end) if last else None
    state.previous_range = None if found else extent
    state.previous_attributed = bool(found)
    state.previous_sentence = state.sentence
    state.previous_paragraph = state.paragraph
    state.previous_found = found
    # A German quotation over paragraphs takes the speaker a colon announced only where a verb
    # of saying ends at the colon (the verb rules note it): after "bemängelte das Gericht § 5,
    # in dem es heißt:" the law's text is not the court's.
    announce_colon_speaker(sentence, found, state, _colon_subject, runs_on=False)


def _colon_subject(sentence: _Sentence) -> Attribution | None:
    """ "Der Minister sagte dazu:": the name or role phrase that opens a sentence ending in a
    colon, as the speaker it announces."""
    phrase = _phrase_after(sentence, _statement_start(sentence), len(sentence.tokens) - 1)
    if phrase is None or sentence.lows[phrase.stop - 1] in sentence.roles.headline_labels:
        # "Die Stimmen zum Spiel:", "Reaktionen:": a heading of what follows, no speaker
        return None
    return announced_phrase(sentence, *phrase)
