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
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, NamedTuple

import attrs

from newscorpus._extract.engine import (
    Phrase,
    Place,
    RuleTable,
    SentenceLoop,
    announce_colon_speaker,
    continued_quotation,
    has_word_among,
    headline_colon,
    name_bare_quotations,
    quotations_after,
    quotations_only,
    trailing_content,
    trailing_of,
    trim_overlaps,
)
from newscorpus._extract.lang.en.bundle import VerbFormEn, WordRoles, _english, verb_forms_en
from newscorpus._extract.lang.en.people import KnownPeopleEn
from newscorpus._extract.lang.en.phrases import (
    _mention_words,
    _phrase_after,
    _phrase_before,
    _phrase_ends,
    _plural_noun,
    _plural_word,
    _quantifier_subject,
    _skip_leading,
)
from newscorpus._extract.lang.en.sentence import (
    _DASHES,
    _FINAL,
    _FINITE,
    _MAX_CUES,
    _MAX_PHRASE,
    _MIN_CONTENT_WORDS,
    _NEGATED,
    _OPENING_MARKS,
    _POSSESSIVE,
    _QUOTE_CLOSERS,
    _QUOTE_FINAL,
    _SEPARATORS,
    _SINGLE_CLOSERS,
    _Sentence,
    _State,
)
from newscorpus._extract.lexicon import FormKind, LexiconEnum, VerbFlag
from newscorpus._extract.quotemarks import QuoteContext, QuotePair, is_quotation
from newscorpus._extract.speakers import (
    Attribution,
    MentionInfo,
    analyse_mention,
    role_or_organisation,
)
from newscorpus._model import QuoteKind, Span, SpeakerKind

if TYPE_CHECKING:
    from collections.abc import Sequence

    from newscorpus._extract.languages import Language
    from newscorpus._extract.sentences import Token


__all__ = ["KnownPeopleEn", "VerbFormEn", "find_attributions_en", "verb_forms_en"]


_CLOSING_MARKS = frozenset({'"', "”", "’", "'"})
_QUOTE_INTERRUPTED = frozenset(",?!")  # a quotation its attribution follows in the sentence
_FINITE_OR_BASE = frozenset({FormKind.PRESENT, FormKind.PAST, FormKind.BASE})
_GERUND = frozenset({FormKind.GERUND})
_CONTRACTED_AUX = ("’s", "'s", "’re", "'re", "’ve", "'ve", "’ll", "'ll", "’d", "'d")
_MAX_ADDRESSEE = 8
_MAX_SKIP = 6
_MAX_AUX = 4
_MAX_PARTICLE_DISTANCE = 2
_MAX_HEADLINE_SOURCE = 6
_SENTENCE_LIKE_WORDS = 4
_IT_LOOKBACK = 40
_MAX_NOUN_ADJECTIVES = 3  # the owner of a noun of saying stands at most 3 words before it
_MAX_TITLE_WORDS = 5  # a quoted title or name in running text ("Contract with America.")
_MAX_NESTED = 4  # quotations nested in one that ends a sentence, looked past to find it
_MAX_CONJUNCTS = 4  # names in a list before "and" in one coordinated subject
# "PENCE: ", "MR. SMITH: " opening a paragraph of a quoted transcript.
_TRANSCRIPT_LABEL = re.compile(r"([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}):[ \t]+")
_DOUBLE_MARK = re.compile(r'["“]')
_DOUBLE_MARK_OR_LINE = re.compile(r'["“”\n]')
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
        self.title_end = title_end = text.find("\n\n")
        super().__init__(
            text,
            _single_quote_pairs(text, _reopened_pairs(text, pairs), title_end),
            self.english_state,
            abbreviations=lexicon.abbreviations,
            months=lexicon.months,
        )
        lowered = text.lower()
        if len(lowered) != len(text):  # a few characters lengthen in lower case ("İ")
            lowered = "".join(char.lower()[:1] for char in text)
        self.lowered = lowered
        self.transcript: Attribution | None = None

    def claims_paragraph(self, start: int, end: int) -> bool:
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
            # quotation any verb of saying ("“Why?” she laughed."): screened by the lower-case
            # words.
            return has_word_among(self.lowered, start, end, lexicon.screen_words) or (
                self.lowered.find(" that ", start, end) >= 0
                and has_word_among(self.lowered, start, end, lexicon.nouns)
            )
        if has_word_among(text, start, end, lexicon.strict_screen_words):
            return True  # "said", "according"
        # A noun of saying is a cue only before "that": looked for only then.
        return self.lowered.find(" that ", start, end) >= 0 and has_word_among(
            text, start, end, lexicon.lower_nouns
        )

    def analyse(self, tokens: list[Token], place: Place) -> None:
        state = self.english_state
        title = state.paragraph == 0 and place.start < self.title_end
        sentence = _Sentence(self.text, tokens, self.lexicon, title=title, quoted=place.quoted)
        if place.start > place.paragraph_start and self.text[place.start - 2] in _CLOSING_MARKS:
            # "“How many times?” Clinton said.": the quotation ended the sentence before.
            claimed = _attribution_after_quote(sentence, self.pairs, self.attributions)
            if claimed is not None:
                state.mark_found()
                return
        found = _analyse(sentence, self.pairs, state, place.start == place.paragraph_start)
        _remember(sentence, found, state, self.attributions)


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
        kind=QuoteKind.DIRECT,
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
    if info.kind is SpeakerKind.ORGANISATION:
        return True
    if info.kind is SpeakerKind.PERSON:
        return False
    return not info.named or not any(
        person.kind is SpeakerKind.PERSON for person in known(info.key)
    )


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
    if label.end() >= stop:
        return None
    return Attribution(
        kind=QuoteKind.DIRECT,
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
    for match in _DOUBLE_MARK.finditer(text):
        index = match.start()
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


def _single_quote_pairs(
    text: str, pairs: Sequence[QuotePair], title_end: int
) -> Sequence[QuotePair]:
    """Add the quotations between single marks that clearly pair: '…' and ‘…’ as main marks
    ('We will win,' he said.), as headlines (``text[:title_end]``, when ``title_end >= 0``)
    and texts in British style write them. In the body they count only when they outnumber the
    pairs of double marks there; otherwise double marks are the text's main marks and single
    ones stand for titles and scare quotes ("a BBC documentary called 'No More Mr Nasty'").

    A mark between two letters or digits is an apostrophe (don't, Blair's), and so is one
    opening an elision ('em, 'til, the '90s). An opening mark stands after a space, a bracket, a
    dash or a colon and before a letter or digit; a closing mark after a non-space and before a
    space, punctuation or the line end, unless it closes a plural possessive (the families'
    lawyer). Marks inside a pair of double marks are nested quotations and stay inside it; a
    quotation that would hold a double pair, cross a line or never close is not added. One
    left-to-right pass over the marks, so linear in the text.
    """
    added: list[QuotePair] = []
    pair_index = 0
    count = len(pairs)
    length = len(text)
    open_at = -1
    for match in _SINGLE_MARK_OR_LINE.finditer(text):
        index = match.start()
        char = match.group()
        if char == "\n":
            open_at = -1
            continue
        while pair_index < count and pairs[pair_index].close < index:
            pair_index += 1
        inside = pair_index < count and pairs[pair_index].open <= index
        if inside:
            open_at = -1  # a double pair starts inside the open quotation: drop it
            continue
        before = text[index - 1] if index else " "
        after = text[index + 1] if index + 1 < length else " "
        if open_at >= 0 and char == _SINGLE_CLOSERS[text[open_at]] and _closes_single(text, index):
            holds_pair = pair_index > 0 and pairs[pair_index - 1].open > open_at
            if index > open_at + 1 and not holds_pair:
                added.append(QuotePair(open=open_at, close=index))
            open_at = -1
            continue
        if (
            char in _SINGLE_CLOSERS
            and (before.isspace() or before in '([{—–-/:"“')
            and after.isalnum()
            and not _ELISION.match(text, index + 1)
        ):
            open_at = index
    body_singles = sum(1 for pair in added if pair.open > title_end)
    if body_singles and body_singles <= sum(1 for pair in pairs if pair.open > title_end):
        added = [pair for pair in added if pair.open < title_end]
    if not added:
        return pairs
    return tuple(sorted([*pairs, *added], key=lambda pair: pair.open))


def _closes_single(text: str, index: int) -> bool:
    """Whether the single mark at ``index`` can close a quotation (see _single_quote_pairs)."""
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
    if not found and paragraph_start:
        headline = _headline(sentence)
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
    found.extend(_unclaimed_quotes(sentence, pairs, found, state))
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


def _thinking(sentence: _Sentence, index: int) -> bool:
    """Whether the word at ``index`` is only a verb of thinking, wanting or intending (flag
    *opinion*, not *report*): inside a content it is part of what was said."""
    forms = sentence.lexicon.plain_forms.get(sentence.lows[index])
    return forms is not None and VerbFlag.OPINION in forms[1] and VerbFlag.REPORT not in forms[1]


def _direct_if_quoted(sentence: _Sentence, attribution: Attribution) -> Attribution:
    """Make an indirect content that is only quotations (after trimming) a direct one."""
    if attribution.kind is not QuoteKind.INDIRECT:
        return attribution
    content = attribution.content
    tokens = sentence.tokens
    first = sentence.first_at(content.start)
    stop = first
    while stop < len(tokens) and tokens[stop].end <= content.end:
        stop += 1
    if stop == first or quotations_only(sentence, first, stop) != first:
        return attribution
    return attribution.derive(kind=QuoteKind.DIRECT)


def _remember(
    sentence: _Sentence, found: list[Attribution], state: _State, attributions: list[Attribution]
) -> None:
    """Add a sentence's attributions and update what later sentences need."""
    name_bare_quotations(
        sentence, found, state, attributions, demonstratives=sentence.roles.demonstrative
    )
    attributions.extend(found)
    if found:
        state.mark_found()
    announce_colon_speaker(sentence, found, state, _colon_speaker)


def _verb_cue(sentence: _Sentence, index: int, found: list[Attribution]) -> Attribution | None:
    if sentence.lows[index] == "asked" and (
        index == 0 or (index == 1 and sentence.lows[0] in {"when", "if", "after"})
    ):
        return _asked_clause(sentence, index)
    if not sentence.is_lower(index) and not _title_cue(sentence, index):
        return None
    chosen = _choose_forms(sentence, index)
    if chosen is None:
        return None
    kinds, flags, particle = chosen
    head = index
    if index > 1 and sentence.lows[index - 1] == "to" and FormKind.BASE in kinds:
        catenative = _catenative(sentence, index - 2)
        if catenative is not None:
            head, kinds = catenative  # "appeared to suggest": the group of "appeared"
    elif (
        index > 0
        and sentence.word_class(index - 1) == "det"
        and sentence.lows[index - 1] != "that"
        and not (index > 1 and sentence.lows[index - 1] in sentence.roles.floating_quantifiers)
        and not (
            # "Some say …", "Many believe …": a quantifier alone, then a verb that is no noun
            _quantifier_subject(sentence, index - 1)
            and VerbFlag.NOUN not in flags
            and FormKind.PRESENT not in kinds  # not "if some mentions …"
        )
    ):
        return None  # "the plans", "his claim", "a report": a noun after its determiner
    group = _verb_group(sentence, head)
    usage = _usage(kinds, group.auxiliaries, sentence.lexicon.roles)
    if usage is None:
        return None
    subject = None
    if usage is _Usage.FINITE:
        subject = _subject_before(sentence, group.start, contracted=group.contracted)
        if VerbFlag.DOCUMENT in flags and (
            subject is None or sentence.lows[subject.stop - 1] not in sentence.lexicon.documents
        ):
            subject = _modified_document(sentence, group.start) or subject
    # Positional (in the fields' order): keywords make a named tuple slower to build.
    case = _VerbCase(
        sentence,
        index,
        found,
        kinds,
        flags,
        group,
        usage,
        group.cue_start,
        particle + 1 if particle >= 0 else index + 1,
        subject,
    )
    found_here = VERB_RULES.first(case)
    if VerbFlag.QUOTED in flags and not _after_quotation(sentence, found_here):
        return None
    return found_here


def _modified_document(sentence: _Sentence, group: int) -> _Subject | None:
    """The subject of a verb that needs a document ("shows", "finds") when a participle phrase
    stands between them: "A study published last week shows …", "A study being released by the
    university on Monday shows …". The document is at most a phrase's length
    before the verb, with no mark between them, and a participle follows it."""
    lows = sentence.lows
    for position in range(group - 2, max(0, group - _MAX_PHRASE) - 1, -1):
        if sentence.tokens[position].text in _SEPARATORS or sentence.is_quote(position):
            return None
        if lows[position] in sentence.lexicon.documents:
            participle = lows[position + 1]
            if not (
                participle.endswith("ed")
                or participle == "being"
                or participle in sentence.lexicon.past_tenses
            ):
                return None
            phrase = _phrase_before(sentence, position + 1)
            if phrase is None:
                return None
            return _Subject(
                phrase.start, phrase.stop, _mention_words(sentence, phrase.start, phrase.stop)
            )
    return None


def _after_quotation(sentence: _Sentence, attribution: Attribution | None) -> bool:
    """Whether a verb flagged *quoted* ("continued", "laughed") attributes the direct quotation
    right before it and nothing after it: "“We will stay,” she continued." and "“…,” continued
    Ms Berg.", not "The talks continued, officials said"."""
    if attribution is None or attribution.kind is not QuoteKind.DIRECT or not attribution.cue:
        return False
    cue = attribution.cue[0]
    if attribution.content.start > cue.start:
        return False
    if attribution.mention is not None and attribution.mention.start > cue.start:
        return True  # the speaker after the verb, the quotation before it
    rest = _skip_adverbials(sentence, sentence.first_at(cue.end))
    # Only more of the quotation may follow: "“We stay,” she continued, “and we fight.”"
    return all(
        sentence.is_quote(position) or sentence.is_separator(position)
        for position in range(rest, sentence.last)
    )


def _asked_clause(sentence: _Sentence, index: int) -> Attribution | None:
    """ "Asked to describe the device, O'Neill said …", "When asked whether he would run, he
    said …": a passive participle clause opening the sentence reports a question put to the
    speaker of the main clause; its content is the clause up to the comma, and whoever asked
    is not named."""
    comma = next(
        (
            position
            for position in range(index + 1, min(sentence.last, index + 2 * _MAX_PHRASE))
            if sentence.tokens[position].text == ","
        ),
        -1,
    )
    if comma < index + 1 + _MIN_CONTENT_WORDS or comma + 1 >= sentence.last:
        return None
    return Attribution(
        kind=QuoteKind.INDIRECT,
        content=sentence.span(index + 1, comma),
        cue=(sentence.span(index, index + 1),),
    )


def _catenative(sentence: _Sentence, position: int) -> tuple[int, frozenset[FormKind]] | None:
    """ "He appeared to suggest …", "Sanders went on to say …", "she has yet to explain …": a
    catenative verb (``catenative_verbs.txt``) before the "to" of a verb of saying, with its
    particle if it has one; its position and the forms it can be, which decide how the verb
    group is used."""
    catenatives = sentence.lexicon.catenatives
    low = sentence.lows[position]
    if not sentence.is_lower(position):
        return None
    for particle, kinds in catenatives.get(low, ()):
        if not particle:
            return position, kinds
    if position > 0:
        for particle, kinds in catenatives.get(sentence.lows[position - 1], ()):
            if particle == low and sentence.is_lower(position - 1):
                return position - 1, kinds
    return None


class _Usage(LexiconEnum):
    """How a verb of saying is used in its clause.

    Defined before :class:`_VerbCase`, whose field names it: compiled with mypyc, a named
    tuple's field types are looked up when the class is made, and a later class is not there
    yet (the module's import crashed).
    """

    FINITE = "finite"  # "said", "has said", "is saying"
    GERUND = "gerund"  # a participle clause: "…, saying the plan failed"
    PASSIVE = "passive"  # "was told", "is reported"


class _VerbCase(NamedTuple):
    """A verb of saying in its sentence: what the English verb rules look at."""

    sentence: _Sentence
    verb: int  # the verb's token
    found: list[Attribution]  # the sentence's attributions so far
    kinds: frozenset[FormKind]
    flags: frozenset[VerbFlag]
    group: _Group
    usage: _Usage
    cue_start: int
    cue_end: int
    subject: _Subject | None  # the subject right before the verb group, for a finite verb


def _participle_clause_cue(case: _VerbCase) -> Attribution | None:
    """ "The minister resigned, saying the plan had failed": a participle clause whose speaker
    is the subject of the clause before it."""
    if case.usage is not _Usage.GERUND:
        return None
    return _participle_clause(
        case.sentence, case.group.start, case.cue_start, case.cue_end, case.flags, case.found
    )


def _passive_cue(case: _VerbCase) -> Attribution | None:
    """ "It was reported that …", "He was quoted as saying …": a passive verb of saying."""
    if case.usage is not _Usage.PASSIVE:
        return None
    return _passive(case.sentence, case.group.start, case.cue_start, case.cue_end)


def _subject_then_verb(case: _VerbCase) -> Attribution | None:
    """ "Officials said …", "The company has announced …", "“A,” he said": a finite verb with
    its subject right before it, the content after the verb or, trailing, before the subject."""
    if case.usage is not _Usage.FINITE or case.subject is None:
        return None
    sentence, flags, kinds, group = case.sentence, case.flags, case.kinds, case.group
    cue_start, cue_end, subject = case.cue_start, case.cue_end, case.subject
    first, stop, words = subject
    if len(words) == 1 and words[0].lower() in sentence.roles.first_person:
        return None  # "I think …" outside quotation marks: the author, or a broken quotation
    if VerbFlag.DOCUMENT in flags and sentence.lows[stop - 1] not in sentence.lexicon.documents:
        return None  # "figures show …", not "he showed he can win"
    bare = not group.auxiliaries and not kinds & _FINITE
    if bare and not _plural_subject(sentence, first, stop):
        return None  # "a similar question", "the tax claim": a noun, not a verb
    after = _content_start(sentence, cue_end, flags)
    if VerbFlag.NOUN in flags and not group.auxiliaries and FormKind.PAST not in kinds:
        # "the swing states of Ohio", "tax claims and debts", "his early-morning tweets"; a
        # base form after its plural subject and before "that" is a verb: "environmentalists
        # worry that …" (a noun would be singular there).
        if not _names_someone(sentence, first, stop) and not (
            bare and after is not None and sentence.lows[after] == "that"
        ):
            return None
        if (
            after is not None
            and sentence.word_class(after) in {"prep", "conj"}
            and not (VerbFlag.OPINION in flags and _infinitive(sentence, after))
        ):
            return None
    if VerbFlag.NAMING in flags and (after is None or not _names_something(sentence, after)):
        return None
    if (
        VerbFlag.NAMING in flags
        and after == cue_end
        and sentence.is_quote(after)
        and not group.auxiliaries
        and not _names_someone(sentence, first, stop)
    ):
        return None  # "a box labeled “medical problem”": a participle, no one names it
    before = first - 1
    quoted_before = before >= 0 and sentence.is_quote(before)
    addressed = VerbFlag.OBJECT in flags
    addressee = None
    if (
        after is None
        or (quoted_before and sentence.is_quote(after) and sentence.tokens[after - 1].text == ",")
        or (quoted_before and _adverbial_after_quote(sentence, before, after))
    ):
        # A trailing attribution, as in "The talks failed, officials said." and in
        # "“A,” he said, “B.”" (the content before it, and quotations after it).
        if before < 0 or not (sentence.is_separator(before) or quoted_before):
            return None
        if sentence.lows[first] in sentence.roles.relative_pronouns:
            return None  # "David Klein, who often argued with …": the words before name him
        content = _content_before(sentence, before)
        if content is not None and content[0] is QuoteKind.DIRECT:
            content = content[0], _following_quotes(sentence, cue_end, content[1])
        elif content is not None and _continues(sentence, cue_end, addressee=addressed):
            # "The plan, officials said, will fail.": the content goes on after the attribution.
            content = content[0], sentence.span(0, sentence.last)
            if addressed:  # "The problem, she told reporters, is …": the addressee is frame
                addressee_end = _addressee(sentence, cue_end)
                if addressee_end is not None and addressee_end <= sentence.last:
                    addressee = sentence.span(cue_end, addressee_end)
        elif content is None and _continues(sentence, cue_end, addressee=addressed):
            if _skip_leading(sentence, 0) >= before:
                # "Still, she says, the plan will work.": only an adverb before the attribution.
                comma = _skip_adverbials(sentence, cue_end)
                if addressed and sentence.tokens[comma].text != ",":
                    # "Still, he told reporters, …": the addressee before the comma
                    end = _addressee(sentence, comma)
                    comma = comma if end is None else _skip_adverbials(sentence, end)
                content = QuoteKind.INDIRECT, sentence.span(comma + 1, sentence.last)
            else:
                # "Americans, he said, can rock like Jimi.": a subject too short to be a content
                # of its own, and the clause goes on after the attribution.
                content = QuoteKind.INDIRECT, sentence.span(0, sentence.last)
    else:
        if (VerbFlag.OPINION in flags or VerbFlag.CLAUSE in flags) and not _clause_follows(
            sentence, after, infinitive=VerbFlag.OPINION in flags
        ):
            return None
        content = _content_after(sentence, after, flags)
    if content is None:
        return None
    kind, span = content
    mention = sentence.span(first, stop)
    if group.contracted:
        mention = Span(start=mention.start, end=mention.start + len(words[0]))  # "He" of "He’s"
    return Attribution(
        kind=kind,
        content=span,
        mention=mention,
        mention_words=words,
        cue=(sentence.span(cue_start, cue_end),),
        addressee=addressee or _addressee_span(sentence, cue_end, after, flags),
    )


def _adverbial_after_quote(sentence: _Sentence, quote: int, after: int) -> bool:
    """Whether the words after a verb that attributes the direct quotation right before its
    subject are the frame's adverbials, not a content: "“It never crossed my mind,” she said
    two weeks later.", "… she said several months after her release". The quotation closes
    with a comma, question or exclamation mark inside its marks, and the words after the verb
    open no clause (a complementizer, a subject pronoun, a quotation or a colon would); the
    quotation opens the sentence (not "On “Fox News Sunday,” Mike Pence said …", "as Trump went
    on about “our citizens,” Melanie said yes")."""
    if sentence.tokens[quote].text.rstrip(_QUOTE_CLOSERS)[-1:] not in _QUOTE_INTERRUPTED:
        return False
    if quote > _skip_leading(sentence, 0):
        return False
    low = sentence.lows[after]
    return not (
        sentence.is_quote(after)
        or low in sentence.roles.complementizers
        or low in sentence.roles.subject_pronouns
        or sentence.tokens[after - 1].text == ":"
    )


def _inverted_subject(case: _VerbCase) -> Attribution | None:
    """ "“We will win,” said Mr Blair": the subject after the verb, the content before."""
    if case.usage is not _Usage.FINITE or case.subject is not None:
        return None
    return _inversion(
        case.sentence, case.verb, case.group.start, case.cue_start, case.cue_end, case.kinds
    )


def _as_clause(case: _VerbCase) -> Attribution | None:
    """ "As Mr. Bown observed, the tariffs would hurt farmers", "Patriot failed, as analysts
    had predicted": an attribution in an "as" clause frames the clause after it (opening the
    sentence) or before it (after a comma), and a clause it interrupts ("The river, as an
    adviser noted, rarely floods")."""
    if case.usage is not _Usage.FINITE or case.subject is None or case.subject.start == 0:
        return None
    sentence = case.sentence
    opener = case.subject.start - 1
    if sentence.lows[opener] != "as":
        return None
    kind = QuoteKind.INDIRECT
    if opener == _skip_leading(sentence, 0):
        comma = _clause_end(sentence, case.cue_end)
        if comma + 1 >= sentence.last or sentence.tokens[comma].text != ",":
            return None
        start, stop = comma + 1, sentence.last
        if stop - start < _MIN_CONTENT_WORDS:
            return None
    elif opener > 0 and (sentence.tokens[opener - 1].text == "," or sentence.is_quote(opener - 1)):
        # "… “a lawful source,” as X put it": the engine's trailing attribution
        found = trailing_content(
            sentence, opener - 1, trailing_of("en"), start=_skip_leading(sentence, 0)
        )
        if (found is None or found[0] is not QuoteKind.DIRECT) and _continues(
            sentence, case.cue_end
        ):
            # "Lisbon, as one adviser pointed out, rarely gets two storms": the clause before
            # the attribution goes on after it (its subject alone may be a single word).
            kind = QuoteKind.INDIRECT
            start = _skip_leading(sentence, 0) if found is None else found[1]
            stop = sentence.last
        elif found is None:
            return None
        else:
            kind, start, stop = found
    else:
        return None
    first, end, words = case.subject
    return Attribution(
        kind=kind,
        content=sentence.span(start, stop),
        mention=sentence.span(first, end),
        mention_words=words,
        cue=(sentence.span(case.cue_start, case.cue_end),),
        frame=sentence.span(opener, opener + 1),
    )


def _coordinated_verb(case: _VerbCase) -> Attribution | None:
    """ "The nominee outlined his plan and vowed to punish leakers", "Trump is telling veterans
    that … and says he will …": a finite verb right after "and" shares the subject of the clause
    before it, the speaker of the sentence's last attribution or else the noun phrase that opens
    the sentence."""
    if case.usage is not _Usage.FINITE or case.subject is not None:
        return None
    sentence, start = case.sentence, case.group.start
    if start == 0 or sentence.lows[start - 1] != "and":
        return None
    owner = next((item for item in reversed(case.found) if item.mention is not None), None)
    subject: _Subject | None = None
    if owner is not None and owner.mention is not None and not _relative(sentence, owner):
        first = sentence.first_at(owner.mention.start)
        subject = _Subject(first, sentence.first_at(owner.mention.end), owner.mention_words)
    else:
        subject = _sentence_subject(sentence, start - 1)
    if subject is None:
        return None
    return _subject_then_verb(case._replace(subject=subject))


def _coordinated_cue(sentence: _Sentence, position: int) -> bool:
    """Whether a finite verb of saying after "and" opens a second attribution of the same
    subject ("… that the army is depleted and says he will expand it")."""
    verb = _skip_adverbs(sentence, position)
    if verb + 1 >= sentence.last or not sentence.is_cue_form(verb, _FINITE):
        return False
    # Only a verb followed by the start of a content of its own; "said he had watched the
    # museum rise and thought of the days …" goes on with the first content.
    following = verb + 1
    low = sentence.lows[following]
    return (
        low in sentence.roles.complementizers
        or low in sentence.roles.subject_pronouns
        or sentence.is_quote(following)
        or sentence.tokens[following].text == ":"
        or _infinitive(sentence, following)
    )


def _next_attribution(sentence: _Sentence, position: int) -> bool:
    """Whether a clause after a coordinator or a semicolon is an attribution of its own, with its
    own subject: "Anna said the plan had failed and Ben added that it was too costly", "…, but
    the minister said he would …", "…; Ben said …". The content of the first attribution ends
    before the coordinator. A verb of thinking (flag *opinion*) goes on with the content: "she
    hopes to win, but she knows that …" is one thing said."""
    phrase = _phrase_after(sentence, position, sentence.last)
    if phrase is None or not _coordinated_cue(sentence, phrase.stop):
        return False
    return not _thinking(sentence, _skip_adverbs(sentence, phrase.stop))


#: How a verb of saying is read, tried in this order (the first that finds a quotation wins).
VERB_RULES: RuleTable[_VerbCase, Attribution] = RuleTable(
    "English verb",
    (
        _participle_clause_cue,
        _passive_cue,
        _subject_then_verb,
        _as_clause,
        _coordinated_verb,
        _inverted_subject,
    ),
)


def _addressee_span(
    sentence: _Sentence, cue_end: int, content: int | None, flags: frozenset[VerbFlag]
) -> Span | None:
    """Whom a verb with an addressee spoke to, when the content follows it: "told [reporters]
    that …", "told [the BBC] on Friday: …"."""
    if VerbFlag.OBJECT not in flags or content is None:
        return None
    start = _skip_adverbials(sentence, cue_end)
    if start >= content:
        return None
    end = _addressee(sentence, start)
    return None if end is None or end > content else sentence.span(start, end)


def _continues(sentence: _Sentence, position: int, *, addressee: bool = False) -> bool:
    """Whether the sentence goes on after an attribution set off by commas, with no cue of its
    own: "The plan, officials said, will fail". With ``addressee`` the verb's addressee is
    skipped ("The difference, he told me on Friday, is …"). A phrase of time or place after the
    comma is no continuation ("…, said the senators, in a statement."), and a cue word inside a
    relative, "what" or "as" clause or after a preposition is no cue of the sentence ("…, is
    infected with what he called tribalism", "the re-emergence of questions about …",
    "…, as his aide said") or a noun-like form before a preposition ("a sales counter in"),
    and neither is a
    verb of thinking, part of what was said ("The plan, he says, will work because voters want
    it")."""
    position = _skip_adverbials(sentence, position)
    if addressee and position < sentence.last and sentence.tokens[position].text != ",":
        end = _addressee(sentence, position)
        position = position if end is None else _skip_adverbials(sentence, end)
    if position + 1 >= sentence.last or sentence.tokens[position].text != ",":
        return False
    if _skip_adverbials(sentence, position + 1) >= sentence.last:
        return False
    if (
        sentence.word_class(position + 1) == "sub"
        and sentence.lows[position + 1] in sentence.roles.participle_openers
        and sentence.lows[position + 2] in sentence.roles.subject_pronouns
    ):
        return False  # "…, officials said, as they left the room": the frame's adverbial clause
    lexicon = sentence.lexicon
    return not any(
        (
            sentence.lows[later] in lexicon.frames
            or (sentence.lows[later] in lexicon.verbs and _saying(sentence, later))
        )
        and not _embedded_cue(sentence, later)
        and not _as_clause_cue(sentence, position + 1, later)
        and not _noun_before_phrase(sentence, later)
        and sentence.word_class(later - 1) not in {"det", "prep"}  # "the plan": a noun
        and sentence.lows[later - 1] != "to"  # "come to believe": an infinitive
        for later in range(position + 1, sentence.last)
    )


def _saying(sentence: _Sentence, index: int) -> bool:
    """Whether a word of the verb lexicon can be a verb of saying where it stands: not one of
    a particle verb without its particle ("went" without "on"), nor a verb of thinking only."""
    chosen = _choose_forms(sentence, index)
    return chosen is not None and (
        VerbFlag.OPINION not in chosen[1] or VerbFlag.REPORT in chosen[1]
    )


def _embedded_cue(sentence: _Sentence, position: int) -> bool:
    """Whether a cue word stands in a relative or "what" clause ("what he called", "who
    said", "which she described"): one of the two words before it is such a pronoun."""
    lows = sentence.lows
    return any(
        lows[before] == "what" or lows[before] in sentence.roles.relative_pronouns
        for before in range(max(0, position - 2), position)
    )


def _as_clause_cue(sentence: _Sentence, start: int, position: int) -> bool:
    """Whether a cue word after ``start`` ends an "as" clause that follows a comma or a
    quotation ("…, as John Roe, standing on the bridge, said before he was arrested"): it
    frames the words before it, not a new clause of the sentence."""
    for before in range(position - 1, max(start, position - _MAX_PHRASE) - 1, -1):
        if sentence.lows[before] == "as":
            return before > 0 and (
                sentence.tokens[before - 1].text == "," or sentence.is_quote(before - 1)
            )
    return False


def _noun_before_phrase(sentence: _Sentence, position: int) -> bool:
    """Whether a verb form that is often a noun (flag *noun*) is one where it stands: before a
    preposition, a conjunction or a mark ("waiting at a sales counter in the lobby", "his
    tweets, …"), as after a subject it opens no content."""
    forms = sentence.lexicon.noun_forms.get(sentence.lows[position])
    if forms is None or not forms[1]:
        return False
    following = position + 1
    return (
        following >= sentence.last
        or sentence.is_separator(following)
        or sentence.word_class(following) in {"prep", "conj"}
    )


def _title_cue(sentence: _Sentence, index: int) -> bool:
    """A capitalised verb of saying in a headline written in title case: "…, Graham Says"."""
    if not sentence.title:
        return False
    forms = sentence.lexicon.verbs[sentence.lows[index]]
    return all(
        form.kind in {FormKind.PRESENT, FormKind.PAST, FormKind.PARTICIPLE} for form in forms
    )


def _names_someone(sentence: _Sentence, first: int, stop: int) -> bool:
    """Whether a subject ends in a name, a pronoun, a role or an organisation ("Clinton",
    "she", "the spokesman", "the company"), not a modifier ("his early-morning")."""
    head = stop - 1
    low = sentence.lows[head]
    if low in sentence.roles.subject_pronouns or low in sentence.roles.relative_pronouns:
        return True
    if low.endswith(("’s", "'s", "s’", "s'")):
        return False  # "Trump’s comments"
    if sentence.is_capitalised(head):
        return (
            low not in sentence.roles.number_words and not sentence.tokens[head].text[:1].isdigit()
        )
    return head >= first and role_or_organisation(sentence.tokens[head].text, "en")


def _names_something(sentence: _Sentence, position: int) -> bool:
    """ "called [the plan] “a disaster”", "called [climate change] a hoax": an object and then
    a name for it; after a pronoun the name may be a bare noun phrase ("would call [them]
    messianic impulses"), and the object may be two coordinated phrases ("called [the citation
    and the demand] a ploy")."""
    if position >= sentence.last:
        return False
    pronoun = sentence.lows[position] in sentence.roles.object_pronouns
    if pronoun:
        following = position + 1
    else:
        phrase = _phrase_after(sentence, position, sentence.last)
        if phrase is None:
            return sentence.is_quote(position)
        following = phrase.stop
        if following + 1 < sentence.last and sentence.lows[following] == "and":
            second = _phrase_after(sentence, following + 1, sentence.last)
            if second is not None and sentence.word_class(following + 1) == "det":
                following = second.stop
    # "called them in an article last week, “…”", "called his remarks on Saturday “…”"
    following = _skip_adverbials(sentence, following)
    if following + 1 < sentence.last and sentence.tokens[following].text == ",":
        following += 1
    if following >= sentence.last:
        return False
    return (
        sentence.is_quote(following)
        or sentence.lows[following] in sentence.roles.articles
        or (
            # a bare plural or a noun with its modifier: "liars", "messianic impulses"
            pronoun
            and following == position + 1
            and sentence.is_nounish(following, head=False)
            and (
                _plural_word(sentence, following)
                or (following + 1 < sentence.last and sentence.is_nounish(following + 1, head=True))
            )
        )
    )


def _plural_subject(sentence: _Sentence, first: int, stop: int) -> bool:
    """Whether a subject can go with a verb's base form: "they say", "critics say"."""
    low = sentence.lows[stop - 1]
    if stop - first == 1 and low in sentence.roles.subject_pronouns:
        return low not in sentence.roles.singular_pronouns
    if stop - first == 1 and _quantifier_subject(sentence, first):
        return True  # "some say", "many believe"
    if stop - first == 1 and low in sentence.roles.relative_pronouns and first > 0:
        # "lawyers who argue that …", "voters, who say …": the antecedent's number
        end = first - 1 if first > 1 and sentence.tokens[first - 1].text == "," else first
        antecedent = _phrase_before(sentence, end)
        return antecedent is not None and _plural_subject(sentence, *antecedent)
    return (
        (low.endswith("s") and not low.endswith(("ss", "’s", "'s")))
        or any(sentence.lows[position] == "and" for position in range(first, stop))
        # the head before an attachment: "advisers to Mr. Obama", "supporters in Congress"
        or any(
            _plural_noun(sentence, position) and sentence.word_class(position + 1) == "prep"
            for position in range(first, stop - 1)
        )
    )


def _clause_follows(sentence: _Sentence, position: int, *, infinitive: bool = False) -> bool:
    """Whether a clause starts at ``position`` ("that …", "he will …", "the plan was …") rather
    than a plain object ("expects a rise"); with ``infinitive``, a to-infinitive counts too, on
    its own or after its subject ("wants to run", "wants Congress to act", "expects them to
    fall")."""
    low = sentence.lows[position]
    if (
        low in sentence.roles.complementizers
        or low in sentence.roles.subject_pronouns
        or sentence.is_quote(position)
        or (infinitive and _infinitive(sentence, position))
        # "expects them to become …": an object pronoun as the infinitive's subject
        or (
            infinitive
            and low in sentence.roles.object_pronouns
            and position + 1 < sentence.last
            and _infinitive(sentence, position + 1)
        )
    ):
        return True
    phrase = _phrase_after(sentence, position, sentence.last)
    if phrase is None or phrase.stop >= sentence.last:
        return False
    following = sentence.lows[phrase.stop]
    return (
        (infinitive and _infinitive(sentence, phrase.stop))
        or following in sentence.roles.have
        or following in sentence.roles.be
        or following in sentence.roles.modal
        or following.endswith(_NEGATED)
        or sentence.word_class(phrase.stop) == "adv"
    )


def _choose_forms(
    sentence: _Sentence, index: int
) -> tuple[frozenset[FormKind], frozenset[VerbFlag], int] | None:
    """The forms the word can be, its flags, and the index of its particle (or -1).

    A verb with a particle ("point out", "call for") is chosen when the particle follows; the
    plain verb otherwise.
    """
    lexicon = sentence.lexicon
    low = sentence.lows[index]
    particle_forms = lexicon.particle_forms.get(low, ())
    limit = min(len(sentence.tokens), index + 1 + _MAX_PARTICLE_DISTANCE) if particle_forms else 0
    for form in particle_forms:
        for position in range(index + 1, limit):
            if sentence.lows[position] == form.particle:
                same = [item for item in lexicon.verbs[low] if item.lemma == form.lemma]
                return (
                    frozenset(item.kind for item in same),
                    form.flags,
                    position,
                )
            if sentence.word_class(position) != "adv":
                break
    plain = lexicon.plain_forms[low]
    if plain is None:
        return None
    return plain[0], plain[1], -1


class _Subject(NamedTuple):
    """A speaker mention: its tokens ``start:stop`` and the words that name the speaker."""

    start: int
    stop: int
    words: tuple[str, ...]


class _Group(NamedTuple):
    """A verb and what stands before it: ``start`` is the first adverb or auxiliary ("also has
    said"), ``cue_start`` the first auxiliary or the verb, ``auxiliaries`` the auxiliaries nearest
    first, ``contracted`` whether the first is written onto a pronoun ("he’s saying")."""

    start: int
    cue_start: int
    auxiliaries: tuple[str, ...]
    contracted: bool


def _verb_group(sentence: _Sentence, index: int) -> _Group:
    lows = sentence.lows
    all_auxiliaries = sentence.lexicon.auxiliaries
    start = cue_start = index
    auxiliaries: list[str] = []
    position = index - 1
    while position >= 0 and index - position <= _MAX_AUX:
        low = lows[position]
        if low in all_auxiliaries:
            auxiliaries.append(low)
            start = cue_start = position
        elif low.endswith(_NEGATED):
            stem = low[:-3]
            auxiliaries.append(stem if stem in all_auxiliaries else "do")
            start = cue_start = position
        elif low.endswith(_CONTRACTED_AUX) and re.split(r"[’']", low, maxsplit=1)[0] in (
            sentence.roles.subject_pronouns
        ):
            auxiliaries.append("’s" if low.endswith(("’s", "'s")) else "will")
            return _Group(
                start=position, cue_start=index, auxiliaries=tuple(auxiliaries), contracted=True
            )
        elif (
            sentence.word_classes.get(low) in {"adv", "neg"}
            or low.endswith("ly")
            or (low == "once" and lows[position + 1] == "again")
        ) and sentence.is_lower(position):  # the method call last: most words fail before
            start = position
        elif (
            low in sentence.roles.floating_quantifiers
            and position > 0
            and sentence.is_lower(position)
            and (
                sentence.lows[position - 1] in sentence.roles.subject_pronouns
                or _phrase_before(sentence, position) is not None
            )
        ):
            start = position  # "Smith and Jones all suggested", "they both said"
        elif (
            low in sentence.roles.time_nouns
            and position > 0
            and lows[position - 1] in sentence.roles.time_modifiers
        ):
            # "Wells Fargo this month announced", "The ministry on Monday said"
            position -= 1
            start = position
        else:
            break
        position -= 1
    # Positional (in the fields' order): keywords make a named tuple slower to build.
    return _Group(start, cue_start, tuple(auxiliaries), False)


def _usage(
    kinds: frozenset[FormKind], auxiliaries: tuple[str, ...], roles: WordRoles
) -> _Usage | None:
    """How the verb is used, from the forms it can be and the auxiliaries before it."""
    if not auxiliaries:
        if not kinds.isdisjoint(_FINITE_OR_BASE):
            return _Usage.FINITE
        return _Usage.GERUND if FormKind.GERUND in kinds else None
    nearest = auxiliaries[0]
    if nearest == "’s":
        if FormKind.GERUND in kinds:
            return _Usage.FINITE
        return _Usage.FINITE if FormKind.PARTICIPLE in kinds else None
    if nearest in roles.be:
        if FormKind.GERUND in kinds:
            return _Usage.FINITE
        return _Usage.PASSIVE if FormKind.PARTICIPLE in kinds else None
    if nearest in roles.have:
        return _Usage.FINITE if FormKind.PARTICIPLE in kinds else None
    return _Usage.FINITE if FormKind.BASE in kinds else None


def _subject_before(sentence: _Sentence, group: int, *, contracted: bool) -> _Subject | None:
    """The subject right before a verb group: a pronoun, a noun phrase, or a noun phrase with an
    apposition or relative clause set off by commas ("Mr Smith, the firm's chief executive,")."""
    if contracted:
        token = sentence.tokens[group]
        pronoun = re.split(r"[’']", token.text, maxsplit=1)[0]
        return _Subject(group, group + 1, (pronoun,))
    if group == 0:
        return None
    before = group - 1
    if sentence.lows[before] in sentence.roles.subject_pronouns:
        return _Subject(before, group, sentence.words(before, group))
    if sentence.lows[before] in sentence.roles.relative_pronouns:
        # "an architect who said …": the relative pronoun is the mention, its antecedent the
        # speaker.
        stop = before - 1 if before > 0 and sentence.tokens[before - 1].text == "," else before
        antecedent = _phrase_before(sentence, stop) if stop > 0 else None
        words = (
            sentence.words(before, group)
            if antecedent is None
            else _mention_words(sentence, *antecedent)
        )
        return _Subject(before, group, words)
    phrase = _phrase_before(sentence, group)
    if phrase is not None:
        phrase = _coordinated_subject(sentence, phrase)
        return _Subject(
            phrase.start, phrase.stop, _mention_words(sentence, phrase.start, phrase.stop)
        )
    if sentence.tokens[before].text != ",":
        return None
    return _apposition_subject(sentence, before)


def _coordinated_subject(sentence: _Sentence, phrase: Phrase) -> Phrase:
    """A subject of coordinated names, each with its parenthesis: "Jeff Merkley (D-Ore.),
    Sherrod Brown (D-Ohio) and Robert Menendez (D-N.J.) all suggested": the mention spans every
    name ("Anna Berg and Ben Smith" is one phrase already). The names before the "and" are
    taken when each ends in a capitalised word or a parenthesis, and a list with commas only
    when it opens the clause (not "In Ohio, Jane Roe and John Doe said").

    Two noun phrases of roles or organisations ("The police and the army said", "the mayor
    and two council members said") are one subject when the first opens the clause: not "The
    report criticised the police and the army said …", where the first is an object, nor
    "Smith said the plan failed and Jones added …", two clauses; and when the second has a
    determiner or a number of its own: "chairman and chief executive Bill Ford" is one person
    with two roles."""
    before = phrase.start - 1
    if before >= 1 and sentence.lows[before] == "and" and _name_ends(sentence, before):
        previous = _phrase_before(sentence, before)
        if previous is None or not sentence.is_capitalised(previous.start):
            return phrase
        start = previous.start
    elif before >= 1 and sentence.lows[before] == "and":
        previous = _phrase_before(sentence, before)
        if (
            previous is None
            or not _second_conjunct(sentence, phrase.start)
            or not _speaker_noun(sentence, phrase.stop - 1)
            or not _speaker_noun(sentence, previous.stop - 1)
            or not _opens_clause(sentence, previous.start)
        ):
            return phrase
        return Phrase(previous.start, phrase.stop)
    elif "and" in sentence.lows[phrase.start : phrase.stop]:
        start = phrase.start  # "Ben Smith and Carl Jones": the list may go on before it
    else:
        return phrase
    for _ in range(_MAX_CONJUNCTS):
        comma = start - 1
        if comma < 1 or sentence.tokens[comma].text != "," or not _name_ends(sentence, comma):
            break
        earlier = _phrase_before(sentence, comma)
        if earlier is None or not sentence.is_capitalised(earlier.start):
            break
        opener = earlier.start - 1
        if opener >= 0 and not (sentence.is_separator(opener) or sentence.is_quote(opener)):
            break
        start = earlier.start
    return Phrase(start, phrase.stop)


def _speaker_noun(sentence: _Sentence, position: int) -> bool:
    """Whether the last word of a noun phrase names a speaker by itself: a name, a role or an
    organisation ("Smith", "the mayor", "the police", "officials"), not a possessive."""
    low = sentence.lows[position]
    return not low.endswith(_POSSESSIVE) and (
        sentence.is_capitalised(position) or role_or_organisation(low, "en")
    )


def _second_conjunct(sentence: _Sentence, position: int) -> bool:
    """Whether the noun phrase at ``position``, after "and", names a speaker of its own: it
    opens with a determiner or a number ("the army", "his lawyer", "two aides"); without one
    it goes with the noun phrase before ("chairman and chief executive Bill Ford", "chat show
    host and East Midlands MEP Robert Kilroy-Silk": one person with two roles)."""
    return (
        sentence.word_class(position) == "det"
        or sentence.lows[position] in sentence.roles.number_words
    )


def _opens_clause(sentence: _Sentence, position: int) -> bool:
    """Whether a noun phrase at ``position`` opens its clause: the sentence (after "But",
    "However,"), or after a separator, a quotation, "that" or a subordinating conjunction."""
    if position == 0 or position == _skip_leading(sentence, 0):
        return True
    before = position - 1
    return (
        sentence.is_separator(before)
        or sentence.is_quote(before)
        or sentence.lows[before] in sentence.roles.complementizers
        or sentence.word_class(before) == "sub"
    )


def _name_ends(sentence: _Sentence, position: int) -> bool:
    """Whether a name or a parenthesis ends right before ``position``."""
    previous = position - 1
    return sentence.tokens[previous].text == ")" or sentence.is_capitalised(previous)


def _apposition_subject(sentence: _Sentence, comma: int) -> _Subject | None:
    """ "Phil Lovas, the state's campaign chairman, said": the subject before a closing comma."""
    opening = -1
    for position in range(comma - 1, max(-1, comma - 1 - 2 * _MAX_PHRASE), -1):
        if sentence.tokens[position].text == ",":
            opening = position
            break
        if sentence.is_quote(position) and not _short_quote(sentence, position):
            return None
    if opening <= 0:
        return None
    head = _phrase_before(sentence, opening)
    if head is None:
        return None
    start = _skip_leading(sentence, 0)
    opener = head.start - 1
    if (
        head.start != start
        and not (
            sentence.tokens[opener].text in {",", ":"}
            or sentence.tokens[opener].text in _DASHES  # "WASHINGTON -- President Obama, …,"
            or sentence.lows[opener] == "that"
            or sentence.is_quote(opener)  # "“…,” the chief executive, Sarah Lin, said"
        )
        and sentence.word_class(opener) not in {"sub", "prep", "conj"}  # "since Clinton, at …,"
        and sentence.word_class(start) != "prep"  # "After the ruling Carla Ferstman, …, said"
    ):
        return None
    inner = _phrase_after(sentence, opening + 1, comma)
    if (
        inner is None
        or inner[1] != comma
        or sentence.lows[opening + 1] in sentence.roles.clause_openers
    ):
        # "Graham, who was campaigning in Ohio, said", "Trump, speaking in Virginia, said": a
        # relative or participle clause between the subject and its verb.
        return _Subject(head.start, head.stop, _mention_words(sentence, head.start, head.stop))
    words = (
        *_mention_words(sentence, opening + 1, comma),
        ",",
        *_mention_words(sentence, head.start, head.stop),
    )
    if not any(role_or_organisation(word, "en") for word in sentence.words(opening + 1, comma)):
        words = _mention_words(sentence, head.start, head.stop)
        if any(
            role_or_organisation(word, "en") for word in sentence.words(head.start, head.stop)
        ) and sentence.is_capitalised(comma - 1):
            # "the chief executive, Sarah Lin, said": the name in apposition to a role
            words = (*words, ",", *_mention_words(sentence, opening + 1, comma))
    return _Subject(head.start, comma, words)


def _inversion(
    sentence: _Sentence,
    index: int,
    group: int,
    cue_start: int,
    cue_end: int,
    kinds: frozenset[FormKind],
) -> Attribution | None:
    """ "“…,” said Mr Blair." and "…, said the minister, who …": the speaker after the verb."""
    if group == 0 or not kinds & _FINITE or group != index:
        return None
    before = group - 1
    if not (sentence.is_separator(before) or sentence.is_quote(before)):
        return None
    if sentence.tokens[before].text in {"(", ")"}:
        return None
    start = _skip_adverbs(sentence, cue_end)
    limit = _clause_end(sentence, start)
    phrase = _phrase_after(sentence, start, limit, apposition=True)
    if phrase is None:
        return None
    phrase = _coordinated_after(sentence, phrase, limit)
    content = _content_before(sentence, before)
    if content is None:
        return None
    kind, span = content
    if kind is QuoteKind.DIRECT:
        span = _following_quotes(sentence, phrase.stop, span)
    elif _continues(sentence, phrase.stop):
        # "The problem, said Mr Jain, is educating people": the content goes on after it.
        span = sentence.span(0, sentence.last)
    return Attribution(
        kind=kind,
        content=span,
        mention=sentence.span(*phrase),
        mention_words=_mention_words(sentence, *phrase),
        cue=(sentence.span(cue_start, cue_end),),
    )


def _coordinated_after(sentence: _Sentence, phrase: Phrase, limit: int) -> Phrase:
    """ "“…,” said the police and the army.": a second noun phrase of a role, an organisation or
    a name after "and" joins the speaker after the verb when the two close the clause ("…,"
    said Anna Roe and her lawyer), so both are speakers; not "said the police and left"."""
    joiner = phrase.stop
    if (
        joiner + 1 >= limit
        or sentence.lows[joiner] != "and"
        or not _speaker_noun(sentence, _last_word(sentence, phrase))
    ):
        return phrase
    second = _phrase_after(sentence, joiner + 1, limit, apposition=True)
    if (
        second is None
        or not _second_conjunct(sentence, second.start)
        or not _phrase_ends(sentence, second.stop, limit)
        or sentence.word_class(second.stop) in {"prep", "conj", "sub"}
        or not _speaker_noun(sentence, _last_word(sentence, second))
    ):
        return phrase
    return Phrase(phrase.start, second.stop)


def _last_word(sentence: _Sentence, phrase: Phrase) -> int:
    """The last word of a noun phrase, before a parenthesis it ends in ("Sen. Jane Roe
    (D-Ohio)")."""
    position = phrase.stop - 1
    if sentence.tokens[position].text == ")":
        while position > phrase.start and sentence.tokens[position].text != "(":
            position -= 1
        position -= 1
    return max(position, phrase.start)


def _participle_clause(
    sentence: _Sentence,
    group: int,
    cue_start: int,
    cue_end: int,
    flags: frozenset[VerbFlag],
    found: list[Attribution],
) -> Attribution | None:
    """ ", saying …", "by arguing that …", "a tweet attacking …": the speaker is the subject of
    the clause the participle depends on, or the noun phrase right before it."""
    if group == 0:
        return None
    before = group - 1
    low = sentence.lows[before]
    subject: _Subject | None = None
    blamed = _blamed_for(sentence, before) if low == "for" else None
    if blamed is not None:
        # "Critics attacked Oz for saying …": the one blamed for the words said them.
        subject = blamed
    elif (
        sentence.tokens[before].text == ","
        or low in sentence.roles.participle_openers
        or low == "and"
    ):
        owner = next((item for item in reversed(found) if item.mention is not None), None)
        if owner is not None and owner.mention is not None and not _relative(sentence, owner):
            after = _content_start(sentence, cue_end, flags)
            if after is None:
                return None
            content = _content_after(sentence, after, flags)
            if content is None:
                return None
            return attrs.evolve(
                owner,
                kind=content[0],
                content=content[1],
                cue=(sentence.span(cue_start, cue_end),),
                frame=None,
            )
        subject = _sentence_subject(sentence, group)
    elif sentence.is_nounish(before, head=True) or sentence.is_capitalised(before):
        # A reduced relative clause: "a Donald Trump tweet attacking …".
        phrase = _phrase_before(sentence, group)
        if phrase is not None and (
            sentence.is_capitalised(phrase.stop - 1)
            or role_or_organisation(sentence.tokens[phrase.stop - 1].text, "en")
        ):
            subject = _Subject(phrase.start, phrase.stop, _mention_words(sentence, *phrase))
    if subject is None:
        return None
    after = _content_start(sentence, cue_end, flags)
    if after is None:
        return None
    content = _content_after(sentence, after, flags)
    if content is None:
        return None
    return Attribution(
        kind=content[0],
        content=content[1],
        mention=sentence.span(subject.start, subject.stop),
        mention_words=subject.words,
        cue=(sentence.span(cue_start, cue_end),),
    )


def _blamed_for(sentence: _Sentence, position: int) -> _Subject | None:
    """The object of a verb right before the "for" at ``position`` ("attacked [Oz] for
    saying", "praised [the mayor] for announcing"): a name or a role after a verb, not the
    sentence's subject ("Oz was grilled for saying")."""
    phrase = _phrase_before(sentence, position)
    if phrase is None or phrase.start == 0:
        return None
    verb = sentence.lows[phrase.start - 1]
    if not (
        sentence.is_lower(phrase.start - 1)
        and (
            verb.endswith("ed")
            or verb in sentence.lexicon.past_tenses
            or verb in sentence.lexicon.verbs
        )
        and sentence.word_class(phrase.start - 1) == ""
    ):
        return None
    head = sentence.tokens[phrase.stop - 1].text
    if not (sentence.is_capitalised(phrase.stop - 1) or role_or_organisation(head, "en")):
        return None
    return _Subject(phrase.start, phrase.stop, _mention_words(sentence, *phrase))


def _relative(sentence: _Sentence, attribution: Attribution) -> bool:
    """Whether an attribution's speaker is a relative pronoun ("an architect who said …"): its
    clause does not own a participle clause later in the sentence."""
    mention = attribution.mention
    return mention is not None and (
        sentence.text[mention.start : mention.end].lower() in sentence.roles.relative_pronouns
    )


def _passive(sentence: _Sentence, group: int, cue_start: int, cue_end: int) -> Attribution | None:
    """ "It was reported that …", "it is understood that …"; "… was announced by the police"."""
    position = _skip_adverbs(sentence, cue_end)
    agent: Phrase | None = None
    if position < sentence.last and sentence.lows[position] == "by":
        agent = _phrase_after(sentence, position + 1, _clause_end(sentence, position + 1))
        if agent is not None:
            position = agent.stop
    subject_pronoun = group > 0 and sentence.lows[group - 1] in sentence.roles.passive_subjects
    if subject_pronoun and position < sentence.last and sentence.lows[position] == "that":
        span = sentence.span(position, sentence.last)
        return Attribution(
            kind=QuoteKind.INDIRECT,
            content=span,
            mention=None if agent is None else sentence.span(*agent),
            mention_words=() if agent is None else _mention_words(sentence, *agent),
            cue=(sentence.span(cue_start, cue_end),),
        )
    return None


def _sentence_subject(sentence: _Sentence, stop: int) -> _Subject | None:
    """The noun phrase that opens the sentence (before ``stop``) and is followed by a verb,
    after an opening adverbial set off by a comma ("Shortly before the debate, two
    speechwriters implored her …, arguing that …")."""
    start = _skip_leading(sentence, 0)
    if start >= stop:
        return None
    if sentence.word_class(start) in {"prep", "sub"}:
        comma = next(
            (
                position
                for position in range(start + 1, min(stop, start + _MAX_PHRASE))
                if sentence.tokens[position].text == ","
            ),
            -1,
        )
        if comma < 0:
            return None
        start = _skip_leading(sentence, comma + 1)
        if start >= stop:
            return None
    if sentence.lows[start] in sentence.roles.subject_pronouns:
        return _Subject(start, start + 1, sentence.words(start, start + 1))
    phrase = _phrase_after(sentence, start, stop)
    if phrase is None:
        return None
    # "The governor signed the budget": a past tense after a noun is the verb, not a noun.
    past_tenses = sentence.lexicon.past_tenses
    for position in range(phrase.start + 1, phrase.stop):
        low = sentence.lows[position]
        if (
            sentence.is_lower(position)
            and (low.endswith("ed") or low in past_tenses)
            and sentence.word_class(position - 1) != "det"
        ):
            phrase = Phrase(phrase.start, position)
            break
    if phrase.stop >= stop:
        return None
    following = sentence.lows[phrase.stop]
    verbish = (
        following in sentence.roles.have
        or following in sentence.roles.be
        or following in sentence.roles.modal
        # an -ly adverb before the verb: "Mr. Schultz generally supported …"
        or following.endswith(("ed", "s", "ly", *_NEGATED))
        or following in past_tenses  # "the senators left the chamber"
        or following in sentence.lexicon.verbs
        or sentence.word_class(phrase.stop) == "adv"
    )
    if not verbish or sentence.is_capitalised(phrase.stop):
        return None
    return _Subject(phrase.start, phrase.stop, _mention_words(sentence, *phrase))


def _colon_speaker(sentence: _Sentence) -> Attribution | None:
    """ "Caddell continued:": the subject of a sentence that ends in a colon."""
    colon = len(sentence.tokens) - 1
    subject = _sentence_subject(sentence, colon)
    if subject is None:
        return None
    first, stop, words = subject
    cue = (sentence.span(stop, colon),) if stop < colon else ()
    return Attribution(
        kind=QuoteKind.DIRECT,
        content=sentence.span(first, stop),
        mention=sentence.span(first, stop),
        mention_words=words,
        cue=cue,
    )


def _plain_object(sentence: _Sentence, start: int, stop: int) -> bool:
    """Whether the content ``start:stop`` after a verb is a noun phrase rather than a clause:
    "announced [the closure of the plant]"."""
    low = sentence.lows[start]
    if (
        stop - start > _MAX_PHRASE  # longer than any noun phrase
        or low in sentence.roles.complementizers
        or sentence.is_quote(start)
        or low in sentence.roles.subject_pronouns
    ):
        return False
    phrase = _phrase_after(sentence, start, stop)
    if phrase is None or phrase.stop < stop:
        return False
    return not _finite_verb_inside(sentence, phrase.start, phrase.stop)


def _finite_verb_inside(sentence: _Sentence, start: int, stop: int) -> bool:
    """Whether a word that looks like part of a noun phrase is the verb of a clause after its
    subject: "the plan failed", "prices rose" (a past tense right after a noun)."""
    past_tenses = sentence.lexicon.past_tenses
    for position in range(start + 1, stop):
        low = sentence.lows[position]
        if not sentence.is_lower(position) or not (low.endswith("ed") or low in past_tenses):
            continue
        previous = position - 1
        if sentence.word_class(previous) != "det" and (
            sentence.is_nounish(previous, head=True) or sentence.is_capitalised(previous)
        ):
            return True
    return False


def _content_start(sentence: _Sentence, position: int, flags: frozenset[VerbFlag]) -> int | None:
    """Where the content after a verb starts, or None when nothing but adverbials follows.

    Adverbs and time phrases ("on Friday", "in a statement") and, for verbs with an addressee
    ("told reporters"), the addressee are skipped when a content follows them.
    """
    last = sentence.last
    if position >= last:
        return None
    if sentence.lows[position] == "of" and sentence.lows[position - 1] in sentence.roles.said_of:
        # "said of Mrs. Clinton's plan", "…,'' Mr. Burman said of RT.": whom the words were
        # about, not what was said.
        about = _phrase_after(sentence, position + 1, sentence.last)
        if about is not None:
            position = about.stop
            if position >= last:
                return None
    start = position
    position = _skip_adverbials(sentence, position)
    if VerbFlag.OBJECT in flags and position < last:
        addressee = _addressee(sentence, position)
        if addressee is not None:
            following = _skip_adverbials(sentence, addressee)
            if following < last and _infinitive(sentence, following):
                # "urged Republicans to join …": the addressee is the subject of the content.
                return position
            position = following
    if position >= last:
        return None
    token = sentence.tokens[position]
    if token.text in {",", ";", ")"}:
        following = position + 1
        if token.text == "," and following < last and sentence.is_capitalised(following):
            # "says at a campaign stop in Toledo, Ohio, that …"
            place = following
            while place < last and place - following < 3 and sentence.is_capitalised(place):
                place += 1
            if place + 1 < last and sentence.tokens[place].text == ",":
                following = place + 1
        elif token.text == "," and following < last and sentence.lows[following] == "as":
            # "cautioned, as did the campaign itself, that …": an "as" clause set off by
            # commas between the verb and its content
            comma = next(
                (
                    later
                    for later in range(following + 1, min(last, following + _MAX_PHRASE))
                    if sentence.tokens[later].text == ","
                ),
                -1,
            )
            if comma > 0:
                following = comma + 1
        if following < last and (
            sentence.is_quote(following)
            or (
                sentence.lows[following] in sentence.roles.complementizers
                # "said at the dinner, where …": a relative clause of the place
                and sentence.lows[following] not in sentence.roles.relative_adverbs
            )
        ):
            return following
        return None
    if token.text == ":":
        return position + 1 if position + 1 < last else None
    if sentence.is_separator(position):
        return None
    if position != start and not (
        sentence.lows[position] in sentence.roles.complementizers
        or sentence.is_quote(position)
        or VerbFlag.OBJECT in flags
    ):
        position = _skip_adverbs(sentence, start)
    low = sentence.lows[position] if position < last else ""
    if (
        low in sentence.roles.be
        or low in sentence.roles.have
        or low in sentence.roles.modal
        or sentence.is_cue_form(position, _FINITE)
    ):
        return None  # "the people it questioned said …", "what the government says are …"
    if position < last and _time_phrase(sentence, position):
        # "said on Saturday night at the dinner", "said on Monday the bridge would reopen": a
        # phrase of time, not a topic, before whatever follows.
        position = _skip_adverbials(sentence, position)
        if position >= last or sentence.is_separator(position):
            return None
    if (
        position < last
        and sentence.word_class(position) == "prep"
        and sentence.lows[position] not in sentence.roles.topics
        and not _infinitive(sentence, position)
    ):
        # "said at a briefing on Monday that …"; "spoke to a gathering" has no content.
        return _marker_ahead(sentence, position)
    if position != start and sentence.is_quote(position) and _title_in_context(sentence, position):
        # "said Thursday on Fox News’s “Fox and Friends.”", "told “Morning Joe” that …": a
        # show's name, the content (if any) after it
        return _marker_ahead(sentence, position)
    return position


def _time_phrase(sentence: _Sentence, position: int) -> bool:
    """Whether the preposition at ``position`` opens a phrase of time ("on Saturday night",
    "on Sept. 5", "over the weekend"), not a topic ("on the budget")."""
    roles = sentence.roles
    if sentence.lows[position] not in roles.topics:
        return False
    for following in range(position + 1, min(sentence.last, position + 3)):
        low = sentence.lows[following]
        if low in roles.time_nouns or low in sentence.lexicon.months:
            return True
        if sentence.word_class(following) != "det" and low not in roles.time_modifiers:
            return False
    return False


def _infinitive(sentence: _Sentence, position: int) -> bool:
    """ "to join", "to stop": "to" before a verb rather than before a noun phrase ("to
    reporters", "to people's reluctance")."""
    following = position + 1
    if sentence.lows[position] != "to" or following >= sentence.last:
        return False
    low = sentence.lows[following]
    plural = low.endswith("s") and not low.endswith(("ss", "us"))
    return (
        sentence.is_lower(following)
        and sentence.word_class(following) not in {"det", "pron"}
        and low not in sentence.roles.object_pronouns
        and not plural
        and not low.endswith(("’s", "'s"))
    )


def _marker_ahead(sentence: _Sentence, position: int) -> int | None:
    """The "that", colon or quotation that opens the content after some prepositional phrases,
    if one follows within a few words and no verb stands before it. A pronoun right after the
    preposition is the subject of an adverbial clause ("said before he died"), not a content."""
    limit = min(sentence.last, position + 2 * _MAX_SKIP)
    clause = sentence.word_class(position) == "prep"
    for ahead in range(position + 1, limit):
        low = sentence.lows[ahead]
        if (
            low == "that"
            or (sentence.is_quote(ahead) and not _title_in_context(sentence, ahead))
            or (low in sentence.roles.subject_pronouns and not (clause and ahead == position + 1))
        ):
            return ahead
        if sentence.tokens[ahead].text == ":":
            return ahead + 1 if ahead + 1 < sentence.last else None
        if (
            low in sentence.roles.be
            or low in sentence.roles.have
            or low in sentence.roles.modal
            or sentence.is_cue_form(ahead, _FINITE)  # not "under questioning"
            or sentence.tokens[ahead].text in {";", "(", ")"}
        ):
            return None
    return None


def _skip_adverbs(sentence: _Sentence, position: int) -> int:
    steps = 0
    while position < sentence.last and steps < _MAX_SKIP:
        low = sentence.lows[position]
        # The table and the ending first (read in C), the method call last.
        if sentence.word_classes.get(low) in {"adv", "neg"} or (
            low.endswith("ly") and sentence.is_lower(position)
        ):
            position += 1
            steps += 1
            continue
        break
    return position


def _skip_adverbials(sentence: _Sentence, position: int) -> int:
    """Skip adverbs, weekday names and short time or place phrases after a verb."""
    steps = 0
    lows = sentence.lows
    while position < sentence.last and steps < _MAX_SKIP:
        low = lows[position]
        # The table and the ending first (read in C), the method call last.
        if (
            sentence.word_classes.get(low) in {"adv", "neg"}
            or low in sentence.roles.time_words
            or (low.endswith("ly") and sentence.is_lower(position))
        ):
            position += 1
            steps += 1
            continue
        if low in sentence.roles.time_prepositions and position + 1 < sentence.last:
            phrase = _phrase_after(sentence, position + 1, sentence.last, attachments=False)
            if phrase is None:
                break
            steps += phrase.stop - position
            position = phrase.stop
            continue
        break
    return position


def _addressee(sentence: _Sentence, position: int) -> int | None:
    """The end of the addressee after a verb such as "told" ("reporters", "the BBC", "him")."""
    if sentence.lows[position] in sentence.roles.object_pronouns:
        return position + 1
    limit = min(sentence.last, position + _MAX_ADDRESSEE)
    phrase = _phrase_after(sentence, position, limit, attachments=False)
    return None if phrase is None else phrase.stop


def _clause_end(sentence: _Sentence, start: int) -> int:
    for position in range(start, sentence.last):
        if sentence.tokens[position].text in {",", ";", ":"} or sentence.is_quote(position):
            return position
    return sentence.last


def _content_after(
    sentence: _Sentence, start: int, flags: frozenset[VerbFlag] = frozenset()
) -> tuple[QuoteKind, Span] | None:
    """The content from ``start`` to the end of the sentence, or up to a participle clause with
    a cue of its own (", adding that …")."""
    last = sentence.last
    stop = last
    lows = sentence.lows
    # The word classes are read from the table (as ``word_class`` does): this loop runs over
    # every word of every content.
    classes, frames = sentence.word_classes, sentence.lexicon.frames
    for position in range(start + 1, last - 1):
        low = lows[position]
        if (
            low == ","
            and (sentence.is_cue_form(position + 1, _GERUND) or lows[position + 1] in frames)
        ) or (
            (classes.get(low) == "conj" or low == ";")
            and (
                (low == "and" and _coordinated_cue(sentence, position + 1))
                or _next_attribution(sentence, position + 1)
            )
        ):
            stop = position - 1 if sentence.is_separator(position - 1) else position
            break
    if start >= stop:
        return None
    tokens = sentence.tokens
    if quotations_only(sentence, start, stop) == start:
        return QuoteKind.DIRECT, sentence.span(start, stop)
    if tokens[start].text in _OPENING_MARKS and start + 1 < stop:
        # A quotation whose closing mark is missing ("told BBC Sport: "In private, I …").
        return QuoteKind.DIRECT, sentence.span(start + 1, stop)
    words = 0
    for position in range(start, stop):
        if not sentence.is_separator(position):
            words += 1
            if words >= _MIN_CONTENT_WORDS:
                break
    if words < _MIN_CONTENT_WORDS and not sentence.is_quote(start):
        return None
    if _plain_object(sentence, start, stop):
        if VerbFlag.REPORT not in flags:
            return None  # "wrote a book", "answered the phone"
        return QuoteKind.REPORTED, sentence.span(start, stop)
    return QuoteKind.INDIRECT, sentence.span(start, stop)


def _content_before(sentence: _Sentence, separator: int) -> tuple[QuoteKind, Span] | None:
    """The content before a trailing attribution ("…, officials said."), ending at
    ``separator`` (a comma, or the quotation itself): the engine's :func:`trailing_content`
    from the sentence start."""
    found = trailing_content(sentence, separator, trailing_of("en"))
    return None if found is None else (found.kind, sentence.span(found.first, found.stop))


def _following_quotes(sentence: _Sentence, position: int, span: Span) -> Span:
    """Extend a direct quotation over the quotations after its attribution (the engine's
    :func:`quotations_after`): "“A,” he said, “B.”", "“A,” he said, but “B.”"."""
    stop = quotations_after(sentence, position, sentence.last, trailing_of("en"))
    return span if stop is None else Span(start=span.start, end=sentence.tokens[stop - 1].end)


def _as_direct(
    sentence: _Sentence, attribution: Attribution, pairs: Sequence[QuotePair]
) -> list[Attribution]:
    """One direct quotation per pair of marks in a direct content, without the marks: "“A,” he
    said, “B.”" gives "A," and "B.", both with the speaker "he"."""
    if attribution.kind is not QuoteKind.DIRECT or not sentence.quotes:
        return [attribution]
    tokens = sentence.tokens
    start, end = attribution.content.start, attribution.content.end
    inside = [
        pairs[tokens[index].quote].content
        for index in sentence.quotes
        if start <= tokens[index].start and tokens[index].end <= end
    ]
    if not inside:
        return [attribution]
    return [attribution.derive(content=content) for content in inside]


def _frame_cue(sentence: _Sentence, index: int) -> Attribution | None:
    """ "according to the police, …", "…, according to officials."."""
    rest, position = sentence.lexicon.frames[sentence.lows[index]]
    stop = index + 1 + len(rest)
    if stop > len(sentence.tokens) or tuple(sentence.lows[index + 1 : stop]) != rest:
        return None
    if position != "before":
        return None
    phrase = _phrase_after(sentence, stop, _clause_end(sentence, stop))
    if phrase is None:
        return None
    first = _skip_leading(sentence, 0)
    last = sentence.last
    kind = QuoteKind.INDIRECT
    if first == index:
        start = phrase.stop
        if start < last and sentence.tokens[start].text == ",":
            start += 1
            if sentence.lows[start] in sentence.roles.relative_pronouns:
                # "According to the filing, which was made public on Monday, …": the relative
                # clause is part of the source's description, not the content.
                start = _clause_end(sentence, start + 1) + 1
        if start >= last:
            return None
        span = sentence.span(start, last)
    else:
        end = index - 1 if sentence.tokens[index - 1].text in {",", "(", "—", "–"} else index
        if end <= 0:
            return None
        if phrase.stop < last - 1 and sentence.tokens[phrase.stop].text == ",":
            span = sentence.span(0, last)
        elif end < index:
            # "…, according to officials.": the engine's trailing attribution
            found = trailing_content(sentence, end, trailing_of("en"))
            if found is None:
                return None
            kind, span = found.kind, sentence.span(found.first, found.stop)
        else:
            span = sentence.span(0, end)
    cue = sentence.span(index, stop)
    return Attribution(
        kind=kind,
        content=span,
        mention=sentence.span(*phrase),
        mention_words=_mention_words(sentence, *phrase),
        cue=(cue,),
        frame=cue,
    )


def _noun_cue(sentence: _Sentence, index: int) -> Attribution | None:
    """ "Trump’s claim that …", "his warning that …", "the allegation that …": a noun of saying
    right before "that" opens the clause after it as content; the speaker is the owner before the
    noun (a possessive name or phrase, or "his", "her", "their", "its"), past up to two
    adjectives ("Trump’s earlier claim"); without one the content has no speaker."""
    that = index + 1
    if not sentence.is_lower(index) or that >= sentence.last or sentence.lows[that] != "that":
        return None
    content = _content_after(sentence, that)
    if content is None:
        return None
    fronted = _fronted_clause_end(sentence, index, that)
    if fronted is not None:
        content = QuoteKind.INDIRECT, sentence.span(that, fronted)
    position = index - 1
    while (
        position >= 0
        and index - position <= _MAX_NOUN_ADJECTIVES
        and sentence.is_nounish(position, head=False)
        and not sentence.lows[position].endswith(_POSSESSIVE)
        and sentence.tokens[position].text not in {"'", "’"}
    ):
        position -= 1
    mention: Phrase | None = None
    if position >= 0 and sentence.lows[position] in sentence.roles.possessives:
        mention = Phrase(position, position + 1)
    elif position >= 0 and (
        sentence.lows[position].endswith(_POSSESSIVE)
        or (
            sentence.tokens[position].text in {"'", "’"}
            and position > 0
            and sentence.lows[position - 1].endswith("s")
        )
    ):
        mention = _phrase_before(sentence, position + 1)
    words: tuple[str, ...] = ()
    if mention is not None:
        *rest, owner = _mention_words(sentence, *mention)
        # The owner without the possessive ending: "mayor’s" -> "mayor", "protesters'" ->
        # "protesters".
        owner = owner.removesuffix("’s").removesuffix("'s").rstrip("’'")
        words = (*rest, owner)
    return Attribution(
        kind=content[0],
        content=content[1],
        mention=None if mention is None else sentence.span(*mention),
        mention_words=words,
        cue=(sentence.span(index, index + 1),),
    )


def _fronted_clause_end(sentence: _Sentence, noun: int, that: int) -> int | None:
    """Where the clause after a noun of saying ends when the noun stands in a phrase opening the
    sentence ("Contrary to his claim that the files would show nothing, the papers …", "Despite
    her warning that the bridge was unsafe, …"): at the first comma after it, inside a
    quotation's marks or not, before the main clause."""
    opener = _skip_leading(sentence, 0)
    if opener >= noun or not (
        sentence.word_class(opener) in {"prep", "sub"}
        or sentence.word_class(opener + 1) == "prep"  # "Contrary to", "Critics of"
    ):
        return None
    tokens = sentence.tokens
    if any(tokens[position].text == "," for position in range(opener, noun)):
        return None
    for position in range(that + 1, sentence.last - 1):
        if tokens[position].text == ",":
            return position
        if sentence.is_quote(position) and tokens[position].text.rstrip(_QUOTE_CLOSERS).endswith(
            ","
        ):
            return position + 1
    return None


def _headline(sentence: _Sentence) -> Attribution | None:
    """ "Pence: Flowers won't be at debate" — a source before a colon opens a statement."""
    tokens = sentence.tokens
    colon = headline_colon(sentence, sentence.last, max_source=_MAX_HEADLINE_SOURCE)
    if colon is None:
        return None
    # "Obama on Climate Change: The Trends Are 'Terrifying'": in a title, the source may name
    # its topic after a lower-case "on" or "about".
    topic = colon
    if sentence.title:
        topic = next(
            (
                position
                for position in range(1, colon - 1)
                if sentence.lows[position] in sentence.roles.headline_topics
                and sentence.is_lower(position)
            ),
            colon,
        )
    if not all(
        (sentence.is_capitalised(position) and sentence.tokens[position].text[:1].isalpha())
        or sentence.is_abbreviation_stop(position)
        for position in range(colon)
        if position != topic
    ):
        return None  # "6:05 p.m.", "How it works: …"
    source = " ".join(sentence.words(0, topic)).lower()
    if source in sentence.roles.headline_not_sources or any(
        sentence.word_class(position) in {"det", "prep", "conj", "sub", "pron"}
        for position in range(topic)
    ):
        return None  # "Stealth Over Health: …" is a title, not a source
    words = _mention_words(sentence, 0, topic)
    shouted = all(word.isupper() for word in words if word.isalpha())
    if not (sentence.title or shouted):
        info = analyse_mention(words, language="en")
        if info is None or info.pronoun or not (info.role or _full_name(info)):
            return None
    span = sentence.span(colon + 1, sentence.last)
    return Attribution(
        kind=QuoteKind.DIRECT if tokens[colon + 1].quote >= 0 else QuoteKind.INDIRECT,
        content=span,
        mention=sentence.span(0, topic),
        mention_words=words,
        cue=(sentence.span(colon, colon + 1),),
    )


def _full_name(info: MentionInfo) -> bool:
    """A name of two words or more, or an organisation ("Tony Blair", "European Commission"),
    not a description of a group ("Legal experts")."""
    return " " in info.name and (info.named or info.kind is SpeakerKind.ORGANISATION)


def _dash_attributions(
    sentence: _Sentence, pairs: Sequence[QuotePair], found: list[Attribution]
) -> list[Attribution]:
    """ "“…” ― Jane Doe": a name after a dash signs the quotation before it."""
    tokens = sentence.tokens
    results: list[Attribution] = []
    for quote in sentence.quotes:
        position = quote + 1
        if position >= len(tokens) - 1 or tokens[position].text not in _DASHES:
            continue
        if len(results) >= _MAX_CUES:
            break
        phrase = _phrase_after(sentence, position + 1, sentence.last)
        if phrase is None or phrase.stop < sentence.last:
            continue
        pair = pairs[tokens[position - 1].quote]
        if any(item.content.start <= pair.open < item.content.end for item in found):
            continue
        results.append(
            Attribution(
                kind=QuoteKind.DIRECT,
                content=pair.content,
                mention=sentence.span(*phrase),
                mention_words=_mention_words(sentence, *phrase),
                cue=(sentence.span(position, position + 1),),
            )
        )
    return results


def _unclaimed_quotes(
    sentence: _Sentence,
    pairs: Sequence[QuotePair],
    found: list[Attribution],
    state: _State,
) -> list[Attribution]:
    """Quotations no cue claimed: they take the speaker announced by a colon at the end of the
    previous sentence or, close after a quotation, the last speaker; scare quotes ("a “strong
    leader”") and titles are left out."""
    if not sentence.quotes:
        return []
    tokens = sentence.tokens
    colon = state.announced_speaker()
    recent = state.continues()
    bare = all(
        token.quote >= 0 or token.text in _FINAL or token.text in _SEPARATORS for token in tokens
    )
    results: list[Attribution] = []
    claimed = _merged_spans([item.content for item in found])
    claim = 0
    end = tokens[-1].end
    for index in sentence.quotes:
        number = tokens[index].quote
        pair = pairs[number]
        if pair.close >= end:
            continue  # runs on into the next paragraph: decided where it closes
        emitted = number in state.emitted
        state.emitted.add(number)
        if emitted:
            continue
        start = pair.open + 1
        while claim < len(claimed) and claimed[claim].end <= start:
            claim += 1
        if claim < len(claimed) and claimed[claim].start <= start:
            continue
        span = pair.content
        content = span.slice(sentence.text)
        if colon is not None and bare:
            if is_quotation(content, QuoteContext.EXPLICIT):
                results.append(colon.derive(kind=QuoteKind.DIRECT, content=span))
            continue
        if _title_in_context(sentence, index):
            continue  # "his 1994 “Contract with America.”", "a clip of ‘The 411.’"
        resumed = _resumed_by(sentence, index, pair.open, found)
        if resumed is not None:
            results.append(resumed.derive(kind=QuoteKind.DIRECT, content=span))
            continue
        if not _sentence_like(content) or not (bare or content.lstrip()[:1].isupper()):
            continue  # "a “strong leader”", "make sure it’s “on the up and up.”"
        if sentence.title and not bare and sentence.text[pair.open] in _SINGLE_CLOSERS:
            continue  # headline style: "Lawmakers Rip Trump As A ‘Disgusting Fraud.’"
        context = QuoteContext.RECENT if recent else QuoteContext.NONE
        if not is_quotation(content, context):
            continue
        results.append(continued_quotation(state, span, alone=bare))
    return results


def _resumed_by(
    sentence: _Sentence, index: int, opening: int, found: list[Attribution]
) -> Attribution | None:
    """ "“Every time you say that,” the senator said, pointing at the chart, “you hand them an
    argument.”": a quotation that opens in lower case right after a comma resumes the quotation
    its frame interrupted, so it takes the speaker of the sentence's last direct quotation
    before it (whose speaker is named between the two)."""
    if index == 0 or sentence.tokens[index - 1].text != ",":
        return None
    first = sentence.text[opening + 1 : opening + 2]
    if not first.islower():
        return None
    return next(
        (
            attribution
            for attribution in reversed(found)
            if attribution.kind is QuoteKind.DIRECT
            and attribution.mention is not None
            and attribution.content.end <= attribution.mention.start
            and attribution.mention.end <= opening
        ),
        None,
    )


def _title_in_context(sentence: _Sentence, index: int) -> bool:
    """Whether the quotation token at ``index`` is a title or name, not a quotation: at most
    five words, each capitalised, a number or a function word ("Contract with America.", "The
    411."), right after a preposition, a determiner or a possessive ("his 1994 “Contract with
    America.”", "a preview clip of ‘The 411.’")."""
    if index == 0:
        return False
    words = sentence.tokens[index].text.strip("\"“”‘’'").rstrip(".,!?…").split()
    if not words or len(words) > _MAX_TITLE_WORDS:
        return False
    word_class = sentence.lexicon.word_class
    if not all(
        word[:1].isupper() or word[:1].isdigit() or word.lower() in word_class for word in words
    ):
        return False
    before = sentence.lows[index - 1]
    return (
        sentence.word_class(index - 1) in {"prep", "det"}
        or before.endswith(_POSSESSIVE)
        or before[:1].isdigit()
    )


def _merged_spans(spans: list[Span]) -> list[Span]:
    """The union of ``spans`` as sorted, disjoint spans."""
    merged: list[Span] = []
    for span in sorted(spans):
        if merged and span.start <= merged[-1].end:
            if span.end > merged[-1].end:
                merged[-1] = Span(start=merged[-1].start, end=span.end)
            continue
        merged.append(span)
    return merged


def _sentence_like(content: str) -> bool:
    """A quotation of a whole statement, not a scare quote: it ends like a sentence or has four
    words or more."""
    stripped = content.strip()
    words = stripped.split()
    if len(words) >= _SENTENCE_LIKE_WORDS:
        return True
    return len(words) > 1 and stripped[-1:] in _QUOTE_FINAL


def _short_quote(sentence: _Sentence, position: int) -> bool:
    return len(sentence.tokens[position].text.split()) <= _SENTENCE_LIKE_WORDS - 1
