"""English quotation rules: direct, indirect and reported speech.

The rules run sentence by sentence over word tokens (a quotation between marks is one token) and
look for cues: verbs of saying in any form ("said", "says", "has told", "is claiming", ", adding")
and attribution phrases ("according to"). Around a cue they find the speaker (the noun phrase
before the verb, or after it in an inversion: "…," said Mr Blair) and the content (the clause or
quotation after the verb, or the clause before a trailing attribution: "…, officials said").
Quotations that no cue claims take the speaker announced by a colon ("Mr Smith said:"),
continue the last speaker, or stand without one; a dash after a quotation ("“…” ― Jane Doe") and
a name in capitals opening a paragraph of a transcript ("WALLACE: …") name speakers too.
Single quotation marks ('…', ‘…’) are main marks in headlines and in texts written with them
(apostrophes and nested quotations excepted); "it" as a speaker stands for the last speaker that
is not a person. The rules and their order are documented in docs/extraction.md (English).

Every scan is bounded (a noun phrase is at most 14 tokens, an addressee 8, at most 24 cue words
are looked at per sentence, "it" looks 40 attributions back, the role before a full name 60
characters), so the work per sentence is linear in its length and the whole in the text's.

This module is the entry point: the sentence loop, the order in which a sentence is analysed,
single quotation marks, transcripts and "it". The parts it calls sit beside it, one module per
step, each importing only the steps below it: ``bundle`` (the lexicons), ``sentence`` (the
sentence view), ``phrases`` (noun phrases), ``contents`` (where a content starts and ends), the
cue rules ``verbs`` (verbs of saying) and ``frames`` (attribution phrases and other cues), and
``people``.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

import attrs

from newscorpus._extract.engine import (
    Place,
    SentenceLoop,
    announce_colon_speaker,
    has_word_among,
    name_bare_quotations,
    quotations_only,
    said_by_nobody,
    trim_overlaps,
)
from newscorpus._extract.lang.en.bundle import VerbFormEn, _english, verb_forms_en
from newscorpus._extract.lang.en.contents import (
    _as_direct,
    _content_start,
    _partial_quotations,
    _thinking,
)
from newscorpus._extract.lang.en.frames import (
    _dash_attributions,
    _frame_cue,
    _headline,
    _headline_dash,
    _message_namer,
    _noun_cue,
    _unclaimed_quotes,
)
from newscorpus._extract.lang.en.people import KnownPeopleEn
from newscorpus._extract.lang.en.sentence import (
    _DASHES,
    _FINITE,
    _MAX_CUES,
    _OPENING_MARKS,
    _QUOTE_FINAL,
    _SINGLE_CLOSERS,
    _Sentence,
    _State,
)
from newscorpus._extract.lang.en.verbs import (
    _choose_forms,
    _colon_speaker,
    _speaker_before_colon,
    _subject_before,
    _Usage,
    _usage,
    _verb_cue,
    _verb_group,
)
from newscorpus._extract.quotemarks import QuotePair, SingleMarks, with_single_pairs
from newscorpus._extract.speakers import Attribution, analyse_mention
from newscorpus._model import QuoteKind, Span, SpeakerKind

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from newscorpus._extract.languages import Language
    from newscorpus._extract.sentences import Words


# Enum members read in the rules, bound to names once: on Python 3.11 a member read through
# its class goes through EnumType.__getattr__, a slow path.
_KIND_DIRECT = QuoteKind.DIRECT
_KIND_INDIRECT = QuoteKind.INDIRECT
_SPEAKER_ORGANISATION = SpeakerKind.ORGANISATION
_SPEAKER_PERSON = SpeakerKind.PERSON


__all__ = ["KnownPeopleEn", "VerbFormEn", "find_attributions_en", "verb_forms_en"]


_CLOSING_MARKS = frozenset({'"', "”", "’", "'"})
_IT_LOOKBACK = 40
_MAX_NESTED = 4  # quotations nested in one that ends a sentence, looked past to find it
# "PENCE: ", "MR. SMITH: " opening a paragraph of a quoted transcript.
_TRANSCRIPT_LABEL = re.compile(r"([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}):[ \t]+")
_DOUBLE_MARK_OR_LINE = re.compile(r'["“”\n]')
# The marks that open a quotation right after a name and colon (see _transcript_turn).
_QUOTE_OPENERS = frozenset("\"'“‘")
# Single marks not between two word characters (those are apostrophes: don't), and line breaks.
# (Written to start with a character class, which keeps the search fast.)
_SINGLE_MARK_OR_LINE = re.compile(r"[\n'‘’](?:(?<=\n)|(?<!\w.)|(?!\w))")
# Words written with a leading apostrophe, and decades: 'em, 'til, rock 'n' roll, the '90s.
_ELISION = re.compile(r"(?:em|tis|twas|til|n|cause|bout|round|s)\b|\d\d", re.IGNORECASE)
_AFTER_SINGLE_CLOSER = frozenset('.,;:!?)]}—–-"”…')


def find_attributions_en(
    text: str,
    pairs: Sequence[QuotePair],
    language: Language | None = None,  # noqa: ARG001 - the rules signature every bundle shares
) -> tuple[list[Attribution], KnownPeopleEn]:
    """The quotations of an English text, in text order, and the people named anywhere in it.

    A sentence without a quotation mark, a cue word or a colon cannot hold anything the rules
    look for: it is only screened (a set lookup of its words), not tokenized.
    """
    loop = _EnglishLoop(text, pairs)
    attributions = loop.run()
    pairs = loop.pairs
    known = KnownPeopleEn(text, pairs, loop.sentences)
    return _resolve_it(attributions, known), known


class _EnglishLoop(SentenceLoop):
    """The English steps of the sentence loop: single quotation marks as main marks where the
    text uses them, transcript turns claiming whole paragraphs, screening by cue words."""

    def __init__(self, text: str, pairs: Sequence[QuotePair]) -> None:
        self.lexicon = lexicon = _english()
        self.english_state = _State()
        # An article's text opens with its title and a blank line (see Article.text).
        self.title_end = text.find("\n\n")
        super().__init__(
            text,
            with_single_pairs(
                text, _reopened_pairs(text, pairs), headline=_SINGLE_MARKS, body=_SINGLE_MARKS
            ),
            self.english_state,
            abbreviations=lexicon.abbreviations,
            months=lexicon.months,
            cue_words=lexicon.triggers,
            initial_enders=lexicon.initial_enders,
        )
        lowered = text.lower()
        if len(lowered) != len(text):  # a few characters lengthen in lower case ("İ")
            lowered = "".join(char.lower()[:1] for char in text)
        self.lowered = lowered
        self.transcript: Attribution | None = None

    def claims_paragraph(self, start: int, end: int) -> bool:
        if start < self.title_end:
            # "IMF: Growth will slow": a title's name before a colon is the headline rule's
            # source (an organisation, not a speaker "Imf" of a transcript)
            return False
        attributions, transcript = self.attributions, self.transcript
        turn = _transcript_turn(self.text, start, end, transcript)
        if turn is not None and transcript is not None and turn.mention == transcript.mention:
            attributions[-1] = turn
        elif turn is not None:
            attributions.append(turn)
        self.transcript = turn
        return turn is not None

    def skip_pair(self, number: int) -> None:
        self.english_state.emitted.add(number)  # quotations inside a turn are part of it

    def screen(self, start: int, end: int, *, quoted: bool) -> bool:
        # A quotation, a colon or a cue word ("said", "according"): else nothing to find.
        text = self.text
        if quoted or text.find(":", start, end) >= 0:
            return True
        lexicon = self.lexicon
        if (self.state.paragraph == 0 and start < self.title_end) or (
            start > 1 and text[start - 2] in _CLOSING_MARKS
        ):
            # A title takes capitalised cues ("…, Graham Says"), and a sentence after a
            # quotation any verb of saying ("“Why?” she laughed.") or a noun for the words said:
            # screened by the lower-case words.
            return (
                has_word_among(self.lowered, start, end, lexicon.screen_words)
                # "Iraq war was illegal - Annan" (see _headline_dash)
                or (start < self.title_end and _spaced_dash(text, start, end))
                or (
                    self.lowered.find(" that ", start, end) >= 0
                    and has_word_among(self.lowered, start, end, lexicon.nouns)
                )
                # "“…” That was the message from Keir Starmer." (see _message_namer)
                or has_word_among(self.lowered, start, end, lexicon.roles.message_nouns)
            )
        if has_word_among(text, start, end, lexicon.strict_screen_words):
            return True  # "said", "according"
        # A noun of saying is a cue only before "that": looked for only then.
        return self.lowered.find(" that ", start, end) >= 0 and has_word_among(
            text, start, end, lexicon.lower_nouns
        )

    def analyse(self, words: Words, place: Place) -> None:
        state = self.english_state
        title = state.paragraph == 0 and place.start < self.title_end
        sentence = _Sentence(self.text, words, self.lexicon, title=title)
        if place.start > place.paragraph_start and self.text[place.start - 2] in _CLOSING_MARKS:
            # "“How many times?” Clinton said.": the quotation ended the sentence before.
            claimed = _attribution_after_quote(sentence, self.pairs, self.attributions)
            if claimed is not None:
                state.mark_found()
                return
        found = _analyse(sentence, self.pairs, state, place.start == place.paragraph_start)
        _remember(sentence, found, state, self.attributions)


def _spaced_dash(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a dash between spaces."""
    return any(text.find(f" {dash} ", start, end) >= 0 for dash in _DASHES)


def _attribution_after_quote(
    sentence: _Sentence, pairs: Sequence[QuotePair], attributions: list[Attribution]
) -> Attribution | None:
    """ "“How many times do we have to see this?” Clinton said.": a quotation that ends in a
    question mark, exclamation mark or full stop inside its marks ends its sentence, so its
    attribution stands alone after it. A sentence that is only a subject, a finite verb of
    saying and adverbials (an addressee, a time or place: "Clinton told reporters on Monday.")
    takes the quotation right before it, replacing the speakerless quote made of it (or adding
    one when it was too short to stand alone: "“Why?” she asked."). Returns the attribution, or
    None when the sentence is anything else."""
    tokens = sentence.tokens
    close = tokens[0].start - 2
    if close < 1 or sentence.text[close - 1] not in _QUOTE_FINAL:
        return None
    # The pair that closes there: the last opened before it, or one enclosing quotations
    # nested in it (a few steps back).
    number = bisect.bisect_right(pairs, close, key=_pair_open) - 1
    lowest = max(-1, number - _MAX_NESTED)
    while number > lowest and pairs[number].close != close:
        number -= 1
    if number <= lowest:
        return None
    lexicon = sentence.lexicon
    verb = next(
        (index for index in sentence.cues[:_MAX_CUES] if sentence.lows[index] in lexicon.verbs), -1
    )
    if verb <= 0 or not sentence.is_lower(verb):
        return None
    chosen = _choose_forms(sentence, verb)
    if chosen is None:
        return None
    kinds, flags, particle = chosen
    group = _verb_group(sentence, verb)
    if _usage(kinds, group.auxiliaries, lexicon.roles) is not _Usage.FINITE or not (
        kinds & _FINITE or group.auxiliaries
    ):
        return None
    subject = _subject_before(sentence, group.start, contracted=group.contracted)
    if subject is None or subject.start != 0:
        return None
    cue_end = particle + 1 if particle >= 0 else verb + 1
    if _content_start(sentence, cue_end, flags) is not None:
        return None  # "She said the plan failed.": a content of its own
    if len(subject.words) == 1 and subject.words[0].lower() in lexicon.roles.first_person:
        return None
    pair = pairs[number]
    mention = sentence.span(subject.start, subject.stop)
    if group.contracted:
        mention = Span(start=mention.start, end=mention.start + len(subject.words[0]))
    attribution = Attribution(
        kind=_KIND_DIRECT,
        content=pair.content,
        mention=mention,
        mention_words=subject.words,
        cue=(sentence.span(group.cue_start, cue_end),),
    )
    last = attributions[-1] if attributions else None
    if last is not None and last.content == pair.content:
        if last.mention is not None:
            return None  # claimed by a cue of its own sentence
        attributions[-1] = attribution
    elif last is not None and last.content.end > pair.open:
        return None
    else:
        attributions.append(attribution)
    return attribution


def _pair_open(pair: QuotePair) -> int:
    return pair.open


def _resolve_it(attributions: list[Attribution], known: KnownPeopleEn) -> list[Attribution]:
    """ "The Financial Times reported … It said …": "it" as a speaker stands for the most recent
    speaker that is not a person (an organisation, a document, a name no one in the article
    bears as a person), among the last 40 attributions; it takes that speaker's words, and the
    mention stays "It"."""
    pronouns = _english().roles.impersonal_pronouns
    # As written, lower case or capitalised: "IT" is not the pronoun.
    forms = pronouns | {pronoun.capitalize() for pronoun in pronouns}
    result = attributions
    for number, attribution in enumerate(attributions):
        words = attribution.mention_words
        if len(words) != 1 or words[0] not in forms or attribution.mention is None:
            continue
        for earlier in range(number - 1, max(-1, number - 1 - _IT_LOOKBACK), -1):
            candidate = result[earlier]
            if (
                candidate.mention is not None
                and candidate.mention_words
                and candidate.mention_words[0] not in forms
                and _not_a_person(candidate.mention_words, known)
            ):
                if result is attributions:
                    result = list(attributions)
                result[number] = attrs.evolve(attribution, mention_words=candidate.mention_words)
                break
    return result


def _not_a_person(words: tuple[str, ...], known: KnownPeopleEn) -> bool:
    info = analyse_mention(words, language="en")
    if info is None or info.pronoun or info.plural or info.gender in {"m", "f"}:
        return False
    if info.kind is _SPEAKER_ORGANISATION:
        return True
    if info.kind is _SPEAKER_PERSON:
        return False
    return not info.named or not any(person.kind is _SPEAKER_PERSON for person in known(info.key))


def _transcript_turn(
    text: str, start: int, end: int, previous: Attribution | None
) -> Attribution | None:
    """A turn of an interview transcript quoted paragraph by paragraph: ``"WALLACE: Let’s
    start …`` names its speaker in capitals before a colon; a paragraph that opens with a
    quotation mark and no name, right after a turn, continues it. The paragraph after the name
    (and without its quotation marks) is the turn's content.
    """
    body = start + 1 if text[start] in _OPENING_MARKS else start
    stop = end - 1 if end - 1 > body and text[end - 1] in _CLOSING_MARKS else end
    label = _TRANSCRIPT_LABEL.match(text, body, stop)
    if label is None:
        if previous is None or body == start or body >= stop or text[body] == "(":
            return None
        # One quotation over several paragraphs, as _quotemarks pairs a reopened mark.
        return previous.derive(content=Span(start=previous.content.start, end=stop))
    if label.end() >= stop or text[label.end()] in _QUOTE_OPENERS:
        # (a headline's quotation after a name: "PM: 'We will not raise VAT'" is the
        # headline rule's, the quotation without its marks)
        return None
    return Attribution(
        kind=_KIND_DIRECT,
        content=Span(start=label.end(), end=stop),
        mention=Span(start=label.start(1), end=label.end(1)),
        mention_words=(label.group(1).title(),),
        cue=(Span(start=label.end(1), end=label.end(1) + 1),),
    )


def _reopened_pairs(text: str, pairs: Sequence[QuotePair]) -> Sequence[QuotePair]:
    """Add the quotations whose closing mark is missing because the next paragraph of the
    quotation was joined onto the same line: in ``"We won. "It was hard," he said.`` the first
    quotation runs to its last full stop before the next mark.

    Only an opening mark that no pair uses or encloses counts; its quotation must end in a
    sentence-final punctuation mark before the next mark or line end and hold three words or
    more. One pass over the marks, so linear in the text.
    """
    added: list[QuotePair] = []
    pair_index = 0
    count = len(pairs)
    length = len(text)
    for index in _double_marks(text):
        while pair_index < count and pairs[pair_index].close < index:
            pair_index += 1
        if pair_index < count and pairs[pair_index].open <= index:
            continue  # a mark of a pair, or inside one
        before = text[index - 1] if index else " "
        after = text[index + 1] if index + 1 < length else " "
        if not (before.isspace() or before in "([—–-") or not after.isalnum():
            continue
        following = _DOUBLE_MARK_OR_LINE.search(text, index + 1)
        end = length if following is None else following.start()
        stop = end
        while stop > index + 1 and text[stop - 1].isspace():
            stop -= 1
        if text[stop - 1] not in _QUOTE_FINAL or len(text[index + 1 : stop].split()) < 3:
            continue
        if (added and added[-1].close >= index) or (
            pair_index < count and pairs[pair_index].open < stop
        ):
            continue  # it would overlap a quotation already found (»…« inside it)
        added.append(QuotePair(open=index, close=stop))
    if not added:
        return pairs
    return tuple(sorted([*pairs, *added], key=lambda pair: pair.open))


def _double_marks(text: str) -> Iterator[int]:
    """The offsets of the marks that open a quotation in double marks ('"', "“") in ``text``, in
    text order: each mark is looked for with ``str.find`` (in C), much faster than a regular
    expression for either, which steps through the text character by character."""
    straight, curly = text.find('"'), text.find("“")
    while straight >= 0 or curly >= 0:
        if curly < 0 or 0 <= straight < curly:
            yield straight
            straight = text.find('"', straight + 1)
        else:
            yield curly
            curly = text.find("“", curly + 1)


def _closes_single(text: str, index: int) -> bool:
    """Whether the single mark at ``index`` can close a quotation (see ``_SINGLE_MARKS``)."""
    before = text[index - 1]
    after = text[index + 1] if index + 1 < len(text) else "\n"
    if before.isspace():
        return False
    if after in _AFTER_SINGLE_CLOSER or after == "\n":
        return True
    if not after.isspace():
        return False
    following = text[index + 2] if index + 2 < len(text) else "\n"
    # "the families' lawyer": a plural's possessive before a lower-case word.
    return not (before in "sS" and (following.islower() or following.isdigit()))


def _opens_single(text: str, index: int) -> bool:
    """Whether the single mark at ``index`` opens a quotation rather than an elision ('em,
    'til, rock 'n' roll, the '90s)."""
    return not _ELISION.match(text, index + 1)


# '…' and ‘…’ as main marks: headlines and texts in British style quote with them ('We will
# win,' he said.). In the body they count only when they outnumber the pairs of double marks
# there; otherwise double marks are the text's main marks and single ones stand for titles and
# scare quotes ("a BBC documentary called 'No More Mr Nasty'"). A mark between two letters or
# digits is an apostrophe (don't, Blair's) and is never visited; an opening mark may also
# follow a double mark or a slash; a closing mark does not close a plural possessive (the
# families' lawyer; see :func:`_closes_single`).
_SINGLE_MARKS = SingleMarks(
    closers=_SINGLE_CLOSERS,
    marks=_SINGLE_MARK_OR_LINE,
    before_opener=frozenset('([{—–-/:"“'),
    closes=_closes_single,
    opens=_opens_single,
)


def _without_quoting_verbs(sentence: _Sentence, found: list[Attribution]) -> list[Attribution]:
    """``found`` without the attribution of a verb whose object another attribution of the
    sentence quotes "as saying" ("The Sun reported Mr Smith as saying he would quit": the Sun
    reports Mr Smith's words, not "Mr Smith as saying …")."""
    quoting = {
        attribution.cue[0]
        for attribution in found
        if len(attribution.cue) > 1
        and sentence.text[attribution.cue[1].start : attribution.cue[1].end]
        .lower()
        .startswith("as ")
    }
    if not quoting:
        return found
    return [
        attribution
        for attribution in found
        if not (len(attribution.cue) == 1 and attribution.cue[0] in quoting)
    ]


def _analyse(
    sentence: _Sentence, pairs: Sequence[QuotePair], state: _State, paragraph_start: bool
) -> list[Attribution]:
    """The attributions of one sentence, in text order."""
    found: list[Attribution] = []
    lexicon = sentence.lexicon
    contents: set[Span] = set()
    # At most 24 cues: a run-on "sentence" of many cue words stays linear.
    for index in sentence.cues[:_MAX_CUES]:
        low = sentence.lows[index]
        attribution = (
            _verb_cue(sentence, index, found)
            if low in lexicon.verbs
            else _frame_cue(sentence, index)
            if low in lexicon.frames
            else None
        )
        if attribution is None and low in lexicon.nouns:
            attribution = _noun_cue(sentence, index)
        if attribution is not None and attribution.content not in contents:
            if _attitude_inside(sentence, index, attribution, found):
                continue
            contents.add(attribution.content)
            found.append(attribution)
    if len(found) > 1:
        found = _without_quoting_verbs(sentence, found)
    if not found and paragraph_start:
        headline = _headline(sentence)
        if headline is None and sentence.title:
            headline = _headline_dash(sentence)
        if headline is not None:
            found.append(headline)
    if not sentence.quotes:
        # Without quotations only the cues' attributions count: the steps after trimming
        # change only quotations.
        if not found:
            return found
        found = trim_overlaps(
            sentence, found, ends_at=lexicon.content_ends, loose_ends=sentence.roles.loose_ends
        )
        found.sort(key=_content_start_offset)
        return found
    trimmed = trim_overlaps(
        sentence, found, ends_at=lexicon.content_ends, loose_ends=sentence.roles.loose_ends
    )
    found = [_direct_if_quoted(sentence, item) for item in trimmed]
    found.extend(_dash_attributions(sentence, pairs, found))
    found = [item for attribution in found for item in _as_direct(sentence, attribution, pairs)]
    found.extend(_partial_quotations(sentence, found, pairs))
    found.extend(_unclaimed_quotes(sentence, pairs, found, state, _speaker_before_colon))
    found.sort(key=_content_start_offset)
    return found


def _content_start_offset(attribution: Attribution) -> int:
    return attribution.content.start


def _attitude_inside(
    sentence: _Sentence, index: int, attribution: Attribution, found: list[Attribution]
) -> bool:
    """Whether a verb of thinking, wanting or intending (flag *opinion*) stands inside the
    content of a verb of saying before it: in "He said he plans to run" and "Clinton says she
    thinks …" the plan and the thought are what was said, one attribution, not two."""
    if not _thinking(sentence, index):
        return False
    cue = attribution.cue[0] if attribution.cue else None
    return cue is not None and any(
        earlier.content.start <= cue.start and cue.end <= earlier.content.end for earlier in found
    )


def _direct_if_quoted(sentence: _Sentence, attribution: Attribution) -> Attribution:
    """Make an indirect content that is only quotations (after trimming) a direct one, also
    after a colon that opens it, with or without "that" ("According to one witness: “…”", "Mr
    Smith says that: “…”": the quotation alone is the content)."""
    if attribution.kind is not _KIND_INDIRECT:
        return attribution
    content = attribution.content
    tokens = sentence.tokens
    first = sentence.first_at(content.start)
    stop = first
    while stop < len(tokens) and tokens[stop].end <= content.end:
        stop += 1
    opening = first
    if opening + 1 < stop and sentence.lows[opening] in sentence.roles.complementizers:
        opening += 1
    if opening < stop and tokens[opening].text == ":":
        opening += 1
    else:
        opening = first
    if stop == opening or quotations_only(sentence, opening, stop) != opening:
        return attribution
    if opening == first:
        return attribution.derive(kind=_KIND_DIRECT)
    return attribution.derive(
        kind=_KIND_DIRECT, content=Span(start=tokens[opening].start, end=content.end)
    )


def _remember(
    sentence: _Sentence, found: list[Attribution], state: _State, attributions: list[Attribution]
) -> None:
    """Add a sentence's attributions and update what later sentences need."""
    if found:
        nobody = sentence.lexicon.roles.nobody
        found[:] = [one for one in found if not said_by_nobody(one, nobody)]
    namer = _message_namer(sentence) if state.bare_sentence == state.sentence - 1 else None
    name_bare_quotations(
        sentence,
        found,
        state,
        attributions,
        demonstratives=sentence.roles.demonstrative,
        namer=namer,
    )
    attributions.extend(found)
    if found:
        state.mark_found()
    announce_colon_speaker(sentence, found, state, _colon_speaker)
