"""What every German rule works on: the view of one sentence (:class:`_Sentence`, its tokens,
clauses and word classes) and what the rules remember between sentences (:class:`_State`),
with the limits and punctuation sets the sections share."""

from __future__ import annotations

import bisect
import heapq
import itertools
import re
from collections import Counter
from typing import TYPE_CHECKING

import attrs

from newscorpus._extract.engine import NOT_A_WORD, RuleState, SentenceView, token_start
from newscorpus._extract.sentences import tokenize
from newscorpus._model import QuoteKind, Span

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from newscorpus._extract.lang.de.bundle import _German
    from newscorpus._extract.quotemarks import QuotePair
    from newscorpus._extract.sentences import Token, Words
    from newscorpus._extract.speakers import Attribution


_SEPARATORS = frozenset({",", ";", ":", "–", "—", "-"})
_FINAL = frozenset({".", "!", "?", "…"})
_DASHES = frozenset({"–", "—", "-"})
# What sets an aside off from the clause around it (", so der Minister,", "– laut Polizei –").
_ASIDE_MARKS = frozenset({",", "–", "—", "-", "("})
_NAME_PARTICLE_PREFIX = re.compile(r"[a-z]{1,3}[-'’][A-ZÄÖÜ]")
_WORD = re.compile(r"\w+")
_NAME_WORD = re.compile(r"\w+(?:[-'’.]\w+)*")
_MAX_PHRASE = 14
_MAX_LEADING = 3
_SHORT_QUOTE_WORDS = 3
_MIN_CONTENT_WORDS = 3
# tokens before a headline's colon ("Bundesinnenminister Schäuble:", "Punklady Nina Hagen zur
# neuen Heimat:")
_MAX_HEADLINE_SOURCE = 7


class _State(RuleState):
    """What the German rules remember besides: the sentence before (for free indirect speech
    and "Das sagte Putin.") and its quotations that stood alone."""

    def __init__(self) -> None:
        super().__init__()
        self.previous_span: tuple[int, int] | None = None  # the last sentence's words
        self.previous_attributed = True
        self.previous_sentence: int | None = None
        self.previous_paragraph: int | None = None
        self.previous_range: tuple[int, int] | None = None
        #: the previous sentence's ``previous_range``, sentence and paragraph numbers, from
        #: before it became the previous one: a quotation after a question of the writer's
        #: looks past that question (see direct._quoteless_sentence_before)
        self.earlier: tuple[tuple[int, int] | None, int | None, int | None] = (None, None, None)
        #: the extent and tokens of the last sentence analysed: a continuation after it reads
        #: its subject without tokenizing it again
        self.analysed: tuple[tuple[int, int], list[Token]] | None = None
        #: the attributions found in the last sentence (none when it was passed over): the
        #: source a "Demnach" after it points to (see :func:`frames._antecedent`)
        self.previous_found: Sequence[Attribution] = ()
        #: the speakers of the verbs of saying that took no words ("Khan verurteilte die
        #: Haltung der Regierung."), with the numbers of their sentence and paragraph and the
        #: test whether each names someone: see :meth:`spoken_speaker`
        self.spoken: tuple[int, int, list[tuple[Attribution, Callable[[], bool]]]] | None = None

    def speak_without_words(self, attribution: Attribution, speaks: Callable[[], bool]) -> None:
        """Note that a verb of saying of the current sentence took no words of
        ``attribution``'s speaker, who can speak if ``speaks()`` says so. The test (an analysis
        of the speaker's words) is asked only when a quotation right after the sentence looks
        for a speaker: after most such verbs none does."""
        spoken = self.spoken
        if spoken is None or spoken[0] != self.sentence:
            spoken = self.spoken = (self.sentence, self.paragraph, [])
        spoken[2].append((attribution, speaks))

    def spoken_speaker(self) -> Attribution | None:
        """The speaker of the sentence right before (in this paragraph or the one before) whose
        verb of saying took no words and which found nothing else: the quotation that
        follows is theirs ("Khan verurteilte die Haltung der Regierung. „Das ist ein
        Fehler.“"). Of several such verbs, the last whose speaker can speak."""
        spoken = self.spoken
        if spoken is None or spoken[0] != self.sentence - 1 or self.paragraph - spoken[1] > 1:
            return None
        return next((attribution for attribution, speaks in reversed(spoken[2]) if speaks()), None)

    def previous_is_just_before(self, *, same_paragraph: bool) -> bool:
        """Whether the sentence remembered as the previous one comes right before this one (in
        this paragraph, or also the one before)."""
        if self.previous_sentence != self.sentence - 1 or self.previous_paragraph is None:
            return False
        gap = self.paragraph - self.previous_paragraph
        return gap == 0 if same_paragraph else gap <= 1

    def tokens_of(
        self, text: str, extent: tuple[int, int], pairs: Sequence[QuotePair]
    ) -> list[Token]:
        """The tokens of the earlier sentence at ``extent``: those of the last analysed sentence
        when it is that one, else tokenized again (a sentence only passed over)."""
        analysed = self.analysed
        if analysed is not None and analysed[0][0] <= extent[0] < analysed[0][1]:
            return analysed[1]
        return tokenize(text, extent[0], extent[1], pairs)


def _join_bracketed(lows: list[str], separator: list[bool]) -> None:
    """Commas and other separators inside brackets separate no clauses: "Auf Seite drei des
    Berichts (ohne Deckblatt, Inhaltsverzeichnis und Anhang) räumt der Autor ein" is one field
    before its verb. Only a bracket closed in the sentence counts."""
    opened = -1
    for number, low in enumerate(lows):
        if low == "(":
            opened = number
        elif low == ")" and opened >= 0:
            for inside in range(opened + 1, number):
                separator[inside] = False
            opened = -1


# Enum members read for every cue or attribution, bound to names once: on Python 3.11 a
# member read through its class goes through EnumType.__getattr__, a slow path.
_KIND_DIRECT = QuoteKind.DIRECT
_KIND_REPORTED = QuoteKind.REPORTED
_KIND_INDIRECT = QuoteKind.INDIRECT
#: The mood of an auxiliary's Konjunktiv forms in ``auxiliaries.txt`` ("habe", "sei"), and
#: what a word that is no auxiliary reads as there.
KONJUNKTIV_MOOD = "konj"
NO_AUXILIARY = ("", "")


def _read_as_names(tokens: list[Token], lows: list[str], lexicon: _German) -> None:
    """Give each function word that is also a surname (the ``surname_function_words`` role)
    its capitalised form as its lower-case one, which no lexicon holds, where it stands
    capitalised after a first name, a role noun or a lower-case word: "Ministerpräsident
    Stephan Weil sagte", "Ministerpräsident Weil sagte", "…, sagte Weil." name Weil. (After
    another capitalised word it may open a sentence run into a heading: "Wahlkampf Weil …".)
    The caller found one of the bundle's ``capitalised_surnames`` in the sentence's text."""
    surnames = lexicon.roles.surname_function_words
    for index in range(1, len(tokens)):
        token = tokens[index]
        if token.quote >= 0 or lows[index] not in surnames or not token.text[:1].isupper():
            continue
        before = tokens[index - 1].text
        if before in lexicon.first_names or (
            before.isalpha() and (before.islower() or before.lower().endswith(lexicon.role_endings))
        ):
            lows[index] = token.text


class _Sentence(SentenceView):
    """The tokens of one sentence and the clause structure over them.

    A quotation of up to three words is a word of its clause ("nannte es „absurd“"); a longer one
    separates clauses like a comma.
    """

    def __init__(
        self,
        text: str,
        tokens: list[Token],
        lexicon: _German,
        words_used: _WordsUsed | None = None,
        *,
        words: Words | None = None,
        clauses: bool = True,
    ) -> None:
        """``words`` are what the tokenizer made with ``tokens`` (their lower-case forms, the
        indices of the quotations), as the sentence loop hands them on; without them they are
        made here."""
        super().__init__(text, tokens, lexicon.word_class, None if words is None else words.lows)
        self.words_used = words_used
        self.lexicon = lexicon
        self.roles = lexicon.roles  # read in every rule: one attribute lookup less
        # Filled while the rules run over the sentence, left to right:
        self.region_start = 0  # where the content of a trailing attribution may begin
        self.reported = False  # whether the sentence already holds reported speech
        self._contents: list[tuple[int, int]] = []  # heap of (start, end) of found contents
        self._reach = -1
        # Computed on first use (see :meth:`colon_quotes`, :meth:`semicolons`): most sentences
        # never ask.
        self._colon_quotes: list[int] | None = None
        self._semicolons: list[int] | None = None
        count = len(tokens)
        if count and any(
            text.find(surname, tokens[0].start, tokens[-1].end) >= 0
            for surname in lexicon.capitalised_surnames
        ):
            _read_as_names(tokens, self.lows, lexicon)
        if not clauses:
            # A view of the words only (the window around a known person's name, see
            # people.py), which asks about no quotation, clause or sentence end: those
            # structures stay empty.
            self.quote_tokens: list[int] = []
            self.separator: list[bool] = []
            self.clause_start: list[int] = []
            self.clause_end: list[int] = []
            self.quote_starts: list[int] = []
            self.opening = 0
            self.last = count
            return
        lows = self.lows
        punctuation: Sequence[int]
        if words is not None:
            quotes, punctuation = words.quotes, words.punctuation
        else:
            # A quotation's lower-case form is NOT_A_WORD: most sentences have none, and the
            # list answers that in C before any token is looked at.
            quotes = (
                [number for number, token in enumerate(tokens) if token.quote >= 0]
                if NOT_A_WORD in lows
                else []
            )
            punctuation = range(count)  # every token is looked at
        self.quote_tokens = quote_tokens = quotes
        separators = _SEPARATORS
        # Only punctuation separates clauses (besides a long quotation): a few tokens of a
        # sentence are looked at, not every word.
        self.separator = separator = [False] * count
        hyphen = bracket = False
        for number in punctuation:
            low = lows[number]
            if low in separators:
                separator[number] = True
                if low == "-":
                    hyphen = True
            elif low == "(":
                bracket = True
        # "Fraktions- und Parteivorsitzende": a hyphen glued to its word ends a truncated
        # compound, it separates no clauses. Most sentences have no hyphen token.
        if hyphen:
            for number in range(1, len(tokens)):
                if lows[number] == "-":
                    separator[number] = tokens[number].start != tokens[number - 1].end
        for number in quote_tokens:
            separator[number] = not (_short_quote(tokens[number]) or self._embedded(number))
        if bracket:
            _join_bracketed(lows, separator)
        # Clause boundaries, one stretch between separators at a time.
        clause_start: list[int] = []
        clause_end: list[int] = []
        previous = 0
        for position in itertools.compress(range(count), separator):
            # The stretch's words, then the separator, a clause of its own.
            clause_start += [previous] * (position - previous)
            clause_start.append(position)
            clause_end += [position] * (position - previous + 1)
            previous = position + 1
        clause_start += [previous] * (count - previous)
        clause_end += [count] * (count - previous)
        self.clause_start = clause_start
        self.clause_end = clause_end
        # (most sentences hold no quotation: no list comprehension is run for them)
        self.quote_starts = (
            [tokens[number].start for number in quote_tokens] if quote_tokens else []
        )
        self.opening = _skip_leading(self, 0)
        last = count
        while last > 0 and lows[last - 1] in _FINAL:  # (a quotation's form is no final mark)
            last -= 1
        self.last = last

    def colon_quotes(self) -> list[int]:
        """The quotation tokens right after a colon, in order ("sagte: „…“")."""
        found = self._colon_quotes
        if found is None:
            tokens = self.tokens
            found = self._colon_quotes = [
                number
                for number in self.quote_tokens
                if number > 0 and tokens[number - 1].text == ":"
            ]
        return found

    def semicolons(self) -> list[int]:
        """The semicolon tokens outside quotations, in order."""
        found = self._semicolons
        if found is None:
            lows = self.lows
            tokens = self.tokens
            found = self._semicolons = (
                [
                    number
                    for number, low in enumerate(lows)
                    if low == ";" and tokens[number].quote < 0
                ]
                if ";" in lows
                else []
            )
        return found

    def _embedded(self, index: int) -> bool:
        """Whether a quotation stands inside its clause, after an article, a preposition, "als"
        or an adjective ("von einer „Gefahr für Leib und Leben“ gesprochen"), or as the title
        after a noun for a named thing ("wird er im Fachblatt „Il Corriere della Sera“
        zitiert", see :func:`_names_a_title`)."""
        if index == 0 or self.tokens[index - 1].quote >= 0:
            return False
        low = self.lows[index - 1]
        return (
            self._closed_by_particle(index)
            or low in self.roles.embedding
            or self.lexicon.word_class.get(low) in {"det", "prep"}
            or self.is_adjective(index - 1)
            or (self.is_capitalised(index - 1) and low.endswith(self.lexicon.title_noun_endings))
        )

    def _closed_by_particle(self, index: int) -> bool:
        """Whether a quotation after a word is followed by one lower-case word that closes the
        clause, a separable particle or a participle: "warf der Regierung „Versagen auf ganzer
        Linie“ vor.", "hat den Plan „einen Irrweg“ genannt," (the quotation is the object)."""
        following = index + 1
        if following + 1 >= len(self.tokens) or not self.tokens[index - 1].text.isalnum():
            return False
        word = self.tokens[following].text
        return (
            word.isalpha()
            and word.islower()
            and self.lexicon.word_class.get(self.lows[following]) not in {"conj", "sub"}
            # "räumte „Fehler in der Kommunikation“ ein.": no article ends a sentence, so
            # "ein" there is a verb's particle
            and (
                self.lexicon.word_class.get(self.lows[following]) != "det"
                or self.lows[following + 1] in _FINAL
            )
            # "zeigte sich „sehr glücklich, wie die WM bisher gelaufen“ sei": the quotation
            # ends inside a clause of its own, whose auxiliary follows it
            and self.lows[following] not in self.lexicon.auxiliaries
            and (self.lows[following + 1] in _FINAL or self.lows[following + 1] == ",")
        )

    def words(self, first: int, stop: int) -> tuple[str, ...]:
        """The words of the tokens ``first:stop``, a lower-case name with full stops inside it
        one word again ("ver.di", "worldreferee.com", which the tokenizer splits; see
        :func:`_lower_case_name_part`)."""
        words = super().words(first, stop)
        if "." not in words:
            return words
        merged: list[str] = []
        for index in range(first, stop):
            if (
                merged
                and index > first
                and index + 1 < stop
                and self.tokens[index].text == "."
                and _lower_case_name_part(self, index)
            ):
                merged[-1] += "." + self.tokens[index + 1].text
            elif not (
                merged
                and self.tokens[index - 1].text == "."
                and _lower_case_name_part(self, index)
                and index - 1 > first
            ):
                merged.append(self.tokens[index].text)
        return tuple(merged)

    def record(self, found: Sequence[Attribution]) -> None:
        """Note attributions just found: their contents, and where the next content may start."""
        if not found:
            return  # most cues find nothing
        reach = 0
        for attribution in found:
            if attribution.kind is _KIND_REPORTED:
                self.reported = True
            if attribution.kind is not _KIND_DIRECT:
                heapq.heappush(self._contents, (attribution.content.start, attribution.content.end))
            frame = attribution.frame
            if (
                frame is not None
                and attribution.content.start < frame.start
                and not self._set_off(frame.start)
                and self.trailing_cue_at(
                    bisect.bisect_left(self.tokens, attribution.content.end, key=token_start)
                )
            ):
                # a framing phrase inside the clause it frames, not set off as an aside, before
                # a trailing verb ("Die Lage sei laut Polizei ernst, sagte der Minister"): the
                # clause is that verb's content too
                continue
            if (
                attribution.kind is _KIND_REPORTED
                or (attribution.kind is _KIND_INDIRECT and self._reported_cue(attribution))
            ) and self.trailing_cue_at(
                bisect.bisect_left(self.tokens, attribution.content.end, key=token_start)
            ):
                # a reported act before a trailing verb ("Die Mitarbeiter fordern mehr Lohn,
                # teilte die Gewerkschaft mit"), or a cue in the Konjunktiv, which reports
                # someone's thought ("Er habe nicht gewusst, dass …, sagte der Angeklagte"):
                # its clause is that verb's content
                continue
            for span in (*attribution.cue, attribution.mention):
                if span is not None:
                    reach = max(reach, span.end)
        if reach:
            position = bisect.bisect_left(self.tokens, reach, key=token_start)
            self.region_start = max(self.region_start, position)

    def _reported_cue(self, attribution: Attribution) -> bool:
        """Whether an attribution's cue opens with a Konjunktiv I form ("habe … gewusst",
        "erwarte", "fordere … auf"): the thought of someone a later verb reports."""
        if not attribution.cue:
            return False
        return self.konjunktiv_at(
            bisect.bisect_left(self.tokens, attribution.cue[0].start, key=token_start)
        )

    def konjunktiv_at(self, index: int) -> bool:
        """Whether the word at ``index`` is a Konjunktiv I form: of a verb ("erwarte", "gebe")
        or of an auxiliary or modal ("sei", "habe", "müsse")."""
        low = self.lows[index]
        lexicon = self.lexicon
        return (
            low in lexicon.konjunktiv
            or lexicon.auxiliaries.get(low, NO_AUXILIARY)[1] == KONJUNKTIV_MOOD
        )

    def trailing_cue_at(self, comma: int) -> bool:
        """Whether a comma at token ``comma`` opens a trailing attribution: a lower-case verb
        the lexicons know, in a clause that runs to the sentence's end (", sagte der
        Minister."; not ", wies das Gericht darauf hin, dass …")."""
        following = comma + 1
        return (
            following < self.last
            and self.tokens[comma].text == ","
            and self.is_lower(following)
            and self.lows[following] in self.lexicon.verbs
            and self.clause_end[following] >= self.last
        )

    def _set_off(self, position: int) -> bool:
        """Whether the token at ``position`` follows a comma, a dash or a bracket: an aside."""
        index = bisect.bisect_left(self.tokens, position, key=token_start)
        return index > 0 and self.tokens[index - 1].text in _ASIDE_MARKS

    def within_content(self, position: int) -> bool:
        """Whether ``position`` lies in a content found so far (positions must not decrease)."""
        while self._contents and self._contents[0][0] <= position:
            self._reach = max(self._reach, heapq.heappop(self._contents)[1])
        return position < self._reach

    def is_adjective(self, index: int) -> bool:
        try:
            low = self.lows[index]
        except IndexError:
            return False  # past the sentence's end (see SentenceView.word_class)
        # The ending first: it is read in C, and a quotation's form (NOT_A_WORD) has none.
        return (
            low.endswith(("e", "en", "er", "es", "em"))
            and self.is_lower(index)
            and low not in self.lexicon.word_class
            and low not in self.lexicon.verbs
            and low not in self.lexicon.konjunktiv
            and low not in self.lexicon.konjunktiv_two
        )

    def is_head(self, index: int) -> bool:
        try:
            token = self.tokens[index]
        except IndexError:
            return False  # past the sentence's end (see SentenceView.word_class)
        if token.quote >= 0:
            return False
        text = token.text
        first = text[:1]
        if first.isupper():  # (asked first: most heads are capitalised)
            # a capitalised word that is no function word
            return first.isalnum() and self.lows[index] not in self.word_classes
        if first.islower():
            if "-" not in text and "'" not in text and "’" not in text:
                return False  # most lower-case words: neither a compound nor a particle below
            if "-" in text[1:] and text.rpartition("-")[2][:1].isupper():
                return True  # a compound noun with a lower-case first part: "verdi-Chef"
            # "al-Omair", "el-Baradei", "d'Italia"
            return (
                "-" in text[1:4] or "'" in text[1:3] or "’" in text[1:3]
            ) and _NAME_PARTICLE_PREFIX.match(text) is not None
        if first.isdigit():
            return "-" in text and text[-1:].isalpha()
        return False

    def quotes(self, first: int, stop: int) -> list[int]:
        if not self.quote_tokens:
            return []  # most sentences hold no quotation: no token is looked at
        return [token.quote for token in self.tokens[first:stop] if token.quote >= 0]


def _derive(
    attribution: Attribution, *, kind: QuoteKind | None = None, content: Span | None = None
) -> Attribution:
    """``attribution`` with another kind or content (a faster :func:`attrs.evolve`), without its
    addressee when the new content holds it: whom a speaker told is never part of what was
    said (a reported content is the whole sentence and keeps it)."""
    derived = attribution.derive(kind=kind, content=content)
    told = derived.addressee
    if (
        told is not None
        and derived.kind is not _KIND_REPORTED
        and told.start < derived.content.end
        and derived.content.start < told.end
    ):
        return attrs.evolve(derived, addressee=None)
    return derived


class _WordsUsed:
    """How often each word of a text stands outside quotation marks; counted on first use."""

    def __init__(
        self, text: str, pairs: Sequence[QuotePair], noun_markers: frozenset[str] = frozenset()
    ) -> None:
        self._text = text
        self._pairs = pairs
        self._noun_markers = noun_markers
        self._outside: Counter[str] | None = None
        self._bare: Counter[str] | None = None
        #: whether the text gives a surname after a first name, by surname, as asked (see
        #: :func:`direct._named_in_full`)
        self.named_in_full: dict[str, bool] = {}

    def unquoted(self, word: str) -> bool:
        """Whether ``word`` occurs in the text outside every quotation."""
        if self._outside is None:
            counts = Counter(_NAME_WORD.findall(self._text))
            for pair in self._pairs:
                counts.subtract(_NAME_WORD.findall(self._text, pair.open, pair.close))
            self._outside = counts
        return self._outside[word] > 0

    def bare(self, word: str) -> bool:
        """Whether ``word`` occurs outside every quotation with no determiner or preposition
        right before it (``noun_markers``), as a name does ("Bello ist drei Jahre alt"; a common
        noun takes one: "Der Pfusch müsse …", "Es handle sich um Staatsversagen")."""
        if self._bare is None:
            counts: Counter[str] = Counter()
            pairs = sorted(self._pairs, key=lambda pair: pair.open)
            index = 0
            previous = ""
            for match in _NAME_WORD.finditer(self._text):
                start = match.start()
                while index < len(pairs) and pairs[index].close < start:
                    index += 1
                inside = index < len(pairs) and pairs[index].open < start
                found = match.group()
                if not inside and previous.lower() not in self._noun_markers:
                    counts[found] += 1
                previous = found
            self._bare = counts
        return self._bare[word] > 0


def _skip_leading(sentence: _Sentence, index: int) -> int:
    """Skip a live ticker's time stamp ("14.45 Uhr: …", see :func:`_after_time_stamp`) and
    the conjunctions and particles that may open a clause ("Und auch …"); at most 3."""
    index = _after_time_stamp(sentence, index)
    stop = min(len(sentence.tokens), index + _MAX_LEADING)
    while index < stop and sentence.lows[index] in sentence.roles.leading:
        index += 1
    return index


#: A time of day as a ticker writes it: "14.45", "9:05".
_TIME_OF_DAY = re.compile(r"\d{1,2}[.:]\d\d")


def _after_time_stamp(sentence: _Sentence, index: int) -> int:
    """Where the sentence goes on after a live ticker's time stamp at ``index``: a time of day,
    a word of the ``clock_words`` role or none, and a colon or dash ("14.45 Uhr: Selenskyj
    bedankt sich: „…“", "9.05 – …"); ``index`` without one."""
    tokens = sentence.tokens
    if index >= len(tokens) or not _TIME_OF_DAY.fullmatch(tokens[index].text):
        return index
    after = index + 1
    if after < len(tokens) and sentence.lows[after] in sentence.roles.clock_words:
        after += 1
    if after + 1 < len(tokens) and (tokens[after].text == ":" or tokens[after].text in _DASHES):
        return after + 1
    return index


def _short_quote(token: Token) -> bool:
    return len(token.text.split()) <= _SHORT_QUOTE_WORDS


def _lower_case_name_part(sentence: _Sentence, index: int) -> bool:
    """Whether the token at ``index``, after a head word of a noun phrase, is (a piece of) a
    name written in lower case that no German word could be: one with a digit
    ("des Flugdatenproviders flightradar24") or with full stops inside it, which the
    tokenizer splits ("die Gewerkschaft ver.di", "der Plattform worldreferee.com")."""
    tokens = sentence.tokens
    token = tokens[index]
    text = token.text
    if text == ".":
        # the inner stop of "ver.di": glued to a word on both sides
        return (
            index + 1 < len(tokens)
            and tokens[index - 1].end == token.start
            and tokens[index + 1].start == token.end
            and tokens[index - 1].text.isalnum()
            and tokens[index + 1].text.isalnum()
            and _lower_case_name_part(sentence, index - 1)
        )
    if not text.isalnum() or token.quote >= 0:
        return False
    if index > 0 and tokens[index - 1].text == "." and tokens[index - 1].end == token.start:
        return _lower_case_name_part(sentence, index - 1)  # "di" after the stop of "ver.di"
    if not text[:1].islower():
        return False
    following = index + 1
    # The word's own shape first (in C), the head before it last: most lower-case words after
    # a noun phrase are neither.
    if not (
        (not text.isalpha() and any(map(str.isdigit, text)))  # no generator frame per character
        or (
            len(text) > 1
            and following + 1 < len(tokens)
            and tokens[following].text == "."
            and tokens[following].start == token.end
            and tokens[following + 1].start == tokens[following].end
            and tokens[following + 1].text.isalnum()
        )
    ):
        return False
    return sentence.is_head(index - 1)
