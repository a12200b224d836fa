"""German direct quotations and continuations, one of the cue-rule steps (above words.py,
phrases.py, contents.py and subjects.py): the speaker of a quotation without a verb of saying next
to it, and the sentences that go on with the last speaker."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

import attrs

from newscorpus._extract.engine import (
    LIST_BULLETS,
    Phrase,
    announced_phrase,
    continued_quotation,
    opens_lower_case,
    token_start,
)
from newscorpus._extract.lang.de.bundle import _german
from newscorpus._extract.lang.de.contents import (
    _HEARSAY_SENTENCES,
    _MAX_TERM_WORDS,
    _WORDS_PHRASE_REACH,
    _first_person,
    _has_konjunktiv,
    _is_quotation,
    _quote_index,
    _relative_clause,
    _reported_hearsay,
    _results,
    _words_phrase_start,
)
from newscorpus._extract.lang.de.phrases import (
    _named_in_full,
    _names_a_source,
    _names_a_thing_only,
    _names_someone,
    _phrase_after,
    _phrase_before,
    _postverbal_subject,
    _source_phrase,
    _speaking_name,
    _with_phrases,
)
from newscorpus._extract.lang.de.sentence import (
    _DASHES,
    _FINAL,
    _MAX_HEADLINE_SOURCE,
    _MAX_PHRASE,
    _SEPARATORS,
    _WORD,
    _derive,
    _Sentence,
    _State,
)
from newscorpus._extract.lang.de.subjects import (
    _aside_bracket,
    _sentence_subject,
    _statement_start,
    _subject_after_adverbial,
)
from newscorpus._extract.lang.de.words import (
    _ADJECTIVE_ENDINGS,
    _adverb_word,
    _indicative_verb,
    _is_es,
    _participle_like,
    _skip_adverbs,
)
from newscorpus._extract.lexicon import FormKind
from newscorpus._extract.quotemarks import QuoteContext, QuotePair
from newscorpus._extract.sentences import tokenize
from newscorpus._extract.speakers import Attribution, analyse_mention, document_word
from newscorpus._model import QuoteKind, Span, SpeakerKind

if TYPE_CHECKING:
    from collections.abc import Sequence


# Enum members read in the rules, bound to names once: on Python 3.11 a member read through
# its class goes through EnumType.__getattr__, a slow path.
#: The most adverbs between a form of "sein" and the quoted predicate after it ("ist sichtlich
#: „…“").
_MAX_STATE_ADVERBS = 2
_CONTEXT_ATTRIBUTED = QuoteContext.ATTRIBUTED
_CONTEXT_EXPLICIT = QuoteContext.EXPLICIT
_CONTEXT_NONE = QuoteContext.NONE
_CONTEXT_RECENT = QuoteContext.RECENT
_KIND_DIRECT = QuoteKind.DIRECT
_KIND_INDIRECT = QuoteKind.INDIRECT
_KIND_FREE_INDIRECT = QuoteKind.FREE_INDIRECT
_SPEAKER_ORGANISATION = SpeakerKind.ORGANISATION
_SPEAKER_PERSON = SpeakerKind.PERSON
_SPEAKER_UNKNOWN = SpeakerKind.UNKNOWN
_FORM_FINITE = FormKind.FINITE


_QUESTION = "?"
#: At most this many tokens in a sentence that names a bare quotation's speaker ("So Kanzler
#: Nehammer am Sonntag in Wien.", "Sagt ausgerechnet Franz Beckenbauer.", "Harte Worte von …").
_SO_NAMER_TOKENS = 14
#: The word classes of the words that may stand between a verb and its subject in a sentence
#: naming a bare quotation's speaker: adverbs, known ("dazu") or not ("ausgerechnet"); not an
#: auxiliary ("Erzählt wird die Geschichte von …") nor an article or pronoun, which opens it.
_ADVERB_CLASSES = frozenset({"adv", ""})


def _direct_quotes(
    sentence: _Sentence,
    pairs: Sequence[QuotePair],
    used: set[int],
    found: list[Attribution],
    state: _State,
) -> list[Attribution]:
    """Quotations no cue claimed: they take the sentence's speaker, the speaker announced by a
    colon at the end of the previous sentence, or (close after a quotation) the last speaker."""
    sentence_end = sentence.tokens[-1].end
    quotes = [
        quote
        for quote in sentence.quotes(0, len(sentence.tokens))
        if quote not in used and pairs[quote].close <= sentence_end
    ]
    if not quotes:
        return []
    if found:
        owner = next((attribution for attribution in found if attribution.mention), found[0])
        return _results(
            sentence,
            _derive(owner, kind=_KIND_DIRECT),
            quotes,
            pairs,
            used,
            context=_CONTEXT_ATTRIBUTED,
        )
    segments = [_segment_speaker(sentence, pairs[quote]) for quote in quotes]
    colon = None
    if segments[0] is None and _after_colon(sentence, quotes[0]):
        # "Die Firma empfindet das als falsch: „…“"; the sentence's own speaker before its
        # colon, not one a heading announced ("Stimmen:⏎Nagelsmann: „…“")
        colon = _opening_subject(sentence)
    if colon is None:
        colon = state.announced_speaker() or _announced_before(sentence, pairs[quotes[0]], state)
    recent = state.continues()
    results: list[Attribution] = []
    context = _CONTEXT_EXPLICIT if colon else _CONTEXT_RECENT if recent else _CONTEXT_NONE
    spoken = (
        state.spoken_speaker()
        if colon is None and _quote_index(sentence, pairs[quotes[0]]) == sentence.opening
        else None
    )
    if spoken is not None:
        # the verb of the sentence before is not this quotation's cue
        spoken = attrs.evolve(spoken, cue=(), addressee=None)
        context = _CONTEXT_RECENT
    elif (
        colon is None
        and _quote_index(sentence, pairs[quotes[0]]) == sentence.opening
        and not state.found_in_previous_sentence()
    ):
        # "Sturm-Coach Christian Ilzer haderte mit dem Schiedsrichter. „…“", "Der Trainer
        # zeigte sich enttäuscht. „…“": the one the sentence before brought in speaks, not
        # the speaker of a quotation before it
        # ("Trainer Thomas Tuchel war enttäuscht.⏎„…“": also the last sentence of the
        # paragraph before)
        before = _quoteless_sentence_before(sentence.text, pairs, state, same_paragraph=False)
        introduced = None if before is None else _addressed_in_question(before)
        if introduced is None and before is not None and not _asks(before):
            introduced = _introduced_subject(before)
            if introduced is not None and (
                # "Der Verein hatte drei Spiele verloren. „…“": only someone taking a stance, or
                # a person the sentence names in full ("Anrainerin Helga Stix weint. „…“")
                not (_speaks(before) or _named_person(sentence, introduced))
                or _passive_subject(before, introduced)
            ):
                introduced = None
        if introduced is not None:
            spoken = attrs.evolve(introduced, cue=(), addressee=None)
            context = _CONTEXT_RECENT
    own: Attribution | None = None
    if context is not _CONTEXT_EXPLICIT:
        # "Für den Minister ist die Lage „alarmierend“": the holder of the view says the words,
        # also right after someone else's quotation (a sentence's own speaker is never inherited)
        own = _opinion_holder(sentence)
        if own is not None:
            context = _CONTEXT_ATTRIBUTED
    for quote, segment in zip(quotes, segments, strict=True):
        pair = pairs[quote]
        if segment is not None:
            used.add(quote)
            results.append(segment)
            continue
        said = (
            _said_with_words(sentence, pair)
            or _attitude_after(sentence, pair)
            or _quoted_state(sentence, pair)
            or _subject_after_quote(sentence, pair)
            or _owner_of_words(sentence, pair)
            or _source_in_brackets_after(sentence, pair)
        )
        if said is not None:
            used.add(quote)
            results.append(said)
            continue
        unclaimed = context in (_CONTEXT_NONE, _CONTEXT_RECENT)
        holder = _holder_before(sentence, pair) if unclaimed else None
        if holder is None and unclaimed:
            holder = _judged_as(sentence, pair)
        if not _is_quotation(sentence, pair, _CONTEXT_ATTRIBUTED if holder else context):
            continue
        used.add(quote)
        if colon is None and recent and own is None:
            own = _quoting_subject(sentence)
        speaker = colon or own or holder or spoken
        if speaker is not None:
            results.append(_derive(speaker, kind=_KIND_DIRECT, content=pair.content))
        else:
            results.append(continued_quotation(state, pair.content))
    return results


#: The fewest tokens before a quotation in brackets after its speaker: a word naming the
#: speaker and the bracket (see :func:`_aside_speaker`).
_BEFORE_ASIDE = 2


def _aside_quotes(
    sentence: _Sentence, pairs: Sequence[QuotePair], used: set[int]
) -> list[Attribution]:
    """The quotations of the sentence in brackets right after their speakers
    (:func:`_aside_speaker`), claimed before any cue reads them as its content."""
    found: list[Attribution] = []
    for quote in sentence.quotes(0, len(sentence.tokens)):
        if quote in used:
            continue
        aside = _aside_speaker(sentence, pairs[quote])
        if aside is not None:
            used.add(quote)
            found.append(aside)
    return found


def _aside_speaker(sentence: _Sentence, pair: QuotePair) -> Attribution | None:
    """A quotation in brackets right after the person who says it: "Markus Söder („Das ist ein
    schwarzer Tag für Bayern“) kündigte Hilfen an", "Michael Kretschmer („Wir brauchen Gespräche
    mit Russland“) steht allein da". The words are the person's, whatever the clause goes on to
    say. Words in brackets are a person's only as a statement (with a final mark, a first or
    second person, or more words than a name has: "Wladimir Putin („Wowa“)" gives a nickname),
    and a thing or a body before them names no speaker ("Die Aktion („Saubere Stadt“)", "die
    Partei Einiges Russland („Jedinaja Rossija“)"). A label for quoted words before a colon
    in the brackets says they are words said, whatever their form ("Der Umweltminister (Zitat:
    „Das ist ein historischer Tag“) unterzeichnete", the ``headline_labels`` role)."""
    index = _quote_index(sentence, pair)
    tokens = sentence.tokens
    if (
        index < _BEFORE_ASIDE
        or index + 1 >= len(tokens)
        or tokens[index].quote < 0
        or tokens[index + 1].text != ")"
    ):
        return None
    inner = _bracketed_speaker(sentence, index, pair)
    if inner is not None:
        return inner
    bracket = _aside_bracket(sentence, index)
    labelled = bracket < index - 1
    if bracket < 1 or tokens[bracket].text != "(":
        return None
    content = pair.content.slice(sentence.text).strip()
    if not content or not (
        labelled
        or content[-1] in _FINAL
        or _first_person(sentence, content)
        or len(content.split()) > _MAX_TERM_WORDS
    ):
        return None
    phrase = _phrase_before(sentence, bracket)
    if phrase is None or phrase.stop != bracket:
        return None
    words = sentence.words(*phrase)
    info = analyse_mention(words, language="de")
    if (
        info is None
        or info.pronoun
        or not (info.kind is _SPEAKER_PERSON or _speaking_name(sentence, info, words))
    ):
        return None
    return _quoted_by(sentence, pair, phrase, words)


def _quoted_by(
    sentence: _Sentence,
    pair: QuotePair,
    phrase: Phrase,
    words: tuple[str, ...],
    cue: tuple[Span, ...] = (),
) -> Attribution:
    """The quotation ``pair`` as the direct quote of the speaker ``phrase`` (its ``words``)."""
    return Attribution(
        kind=_KIND_DIRECT,
        content=pair.content,
        mention=sentence.span(*phrase),
        mention_words=words,
        cue=cue,
    )


def _bracketed_speaker(sentence: _Sentence, quote: int, pair: QuotePair) -> Attribution | None:
    """A person or organisation and a colon that open brackets before the quotation at token
    ``quote``, which closes them: "Der Autobauer warnte vor den Zöllen (Konzernchef Ola
    Källenius: „Das trifft uns hart“)". The words are that speaker's, not the outer clause's
    subject's; a label for quoted words is no speaker ("(Zitat: „…“)", see
    :func:`_aside_bracket`)::

        aside = "(" speaker ":" quotation ")"
    """
    colon = quote - 1
    tokens = sentence.tokens
    if colon < _BEFORE_ASIDE or tokens[colon].text != ":":
        return None
    start = next(
        (
            position + 1
            for position in range(colon - 1, max(-1, colon - _MAX_PHRASE - 1), -1)
            if tokens[position].text == "("
        ),
        None,
    )
    if (
        start is None
        or start >= colon
        or sentence.lows[colon - 1] in sentence.roles.headline_labels
    ):
        return None
    phrase = _phrase_after(sentence, start, colon)
    if phrase is None or phrase.stop != colon or phrase.start != start:
        return None
    words = sentence.words(*phrase)
    info = analyse_mention(words, language="de")
    if info is None or info.pronoun or info.kind not in {_SPEAKER_PERSON, _SPEAKER_ORGANISATION}:
        return None
    return _quoted_by(sentence, pair, phrase, words, (sentence.span(colon, colon + 1),))


def _holder_before(sentence: _Sentence, pair: QuotePair) -> Attribution | None:
    """The holder of a view named by "für" and a person or organisation right before a
    quotation, in a sentence that names no speaker otherwise: "Die Reform war für die
    Lehrerverbände „Wortbruch“" (see :func:`_opinion_holder` for "für" opening the sentence).
    "Die Reform war für die Kinder „gut“" names no one by its words."""
    index = _quote_index(sentence, pair)
    lows = sentence.lows
    for position in range(index - 2, max(-1, index - _MAX_PHRASE), -1):
        if lows[position] in sentence.roles.holder_prepositions:
            break
        if sentence.tokens[position].quote >= 0 or sentence.separator[position]:
            return None
    else:
        return None
    phrase = _phrase_after(sentence, position + 1, index)
    if phrase is None or phrase.stop != index:
        return None
    info = analyse_mention(sentence.words(*phrase), language="de")
    if info is None or info.pronoun or info.kind is _SPEAKER_UNKNOWN:
        return None
    return announced_phrase(sentence, *phrase)


#: What opens an item of a teaser or a list before its speaker's colon: a dash (also a bullet
#: dash opening the paragraph), a bullet ("• Joshua Kimmich: „…“") or the colon of a heading
#: (see :func:`_segment_speaker`).
_SEGMENT_OPENERS = _DASHES | LIST_BULLETS | {":"}


def _segment_speaker(sentence: _Sentence, pair: QuotePair) -> Attribution | None:
    """A headline item after a dash: "Gedenkgottesdienst in Graz – Bürgermeister Siegfried
    Nagl: „Traurigster Tag für Graz“ – Tausende bei Kerzenmeer". Teasers string items
    together with spaced dashes, and an item that is a name or role, a colon and a quotation
    is a headline of its own ("Putin: „…“", see :func:`_headline`): the quotation is that
    speaker's, never the subject of the teaser's first item. So is an item of a list, after a
    bullet dash ("– Landrat Peter Klug: „Wir sind erleichtert.“") or after the colon of a
    heading ("Die Reaktionen: Wirtschaftsminister Robert Habeck: „…“"), never the heading's
    ("Stimmen"). The same speakers as for a headline count (a role, or a name of two words or
    more)."""
    tokens = sentence.tokens
    colon = _quote_index(sentence, pair) - 1
    if colon < 2 or tokens[colon].text != ":":
        return None
    dash = colon - 1
    while dash >= 0 and tokens[dash].text not in _SEGMENT_OPENERS:
        if colon - dash > _MAX_HEADLINE_SOURCE or tokens[dash].quote >= 0:
            return None
        dash -= 1
    if dash < 0:
        return None
    phrase = _phrase_after(sentence, dash + 1, colon)
    if phrase is None or _with_phrases(sentence, phrase.stop, colon) != colon:
        return None
    words = sentence.words(*phrase)
    info = analyse_mention(words, language="de")
    if info is None or info.pronoun:
        return None
    if not (info.role or (info.named and " " in info.name) or _named_in_full(sentence, words)):
        # "– Nagl: „…“" in a text that never names him in full: the words count, unattributed
        return Attribution(kind=_KIND_DIRECT, content=pair.content)
    return Attribution(
        kind=_KIND_DIRECT,
        content=pair.content,
        mention=sentence.span(*phrase),
        mention_words=words,
    )


def _judged_as(sentence: _Sentence, pair: QuotePair) -> Attribution | None:
    """A quotation after "als" in a clause whose verb judges (the ``judging_verbs`` role:
    "sehen", "betrachten", "empfinden", "einstufen"), or after "für" in a clause of "halten"
    (the ``holding_verbs`` role), or right after such a verb ("Zaorálek sieht „gefährlichen
    Zusammenhang“"): the clause's subject calls something by these words, as
    after "bezeichnete … als" ("Der Verband, der die Maßnahme als „Kapitulation“ sieht", "Die
    Gewerkschaft sieht den Plan als „Angriff auf die Tarifautonomie“", "Die Gewerkschaft hält
    die Reform für einen „schweren Fehler“"). Not after "gelten als", which names no one
    ("gilt als „Störfall“"), nor without "als" when a separable particle closes the clause and
    makes another verb (the ``verb_particles`` role: "sieht „harte Strafen“ vor", "sieht „gut
    erholt“ aus").
    The speaker is the antecedent of a relative clause, else the sentence's subject (see
    :func:`_quoting_subject`); without one a quotation after "als" counts but has no speaker,
    and one after "für" is judged like any other ("hielt man für einen „Rätselsaurier“")."""
    index = _quote_index(sentence, pair)
    lows = sentence.lows
    before = index - 1
    if before > 0 and sentence.word_class(before) == "det":
        before -= 1  # "als einen „Angriff …“"
    if before < 0 or sentence.tokens[before].quote >= 0:
        return None
    if lows[before] == "als" or lows[before] in sentence.roles.judging_verbs:
        judging = sentence.roles.judging_verbs
    elif lows[before] == "für":
        judging = sentence.roles.holding_verbs
    else:
        return None
    start, end = sentence.clause_start[index], sentence.clause_end[index]
    if judging.isdisjoint(lows[start : end + 1]):
        return None
    if lows[before] != "als" and lows[min(end, sentence.last) - 1] in sentence.roles.verb_particles:
        return None  # "sieht „harte Strafen“ vor", "sieht „gut erholt“ aus": another verb
    speaker: Attribution | None = None
    if start > 0 and sentence.tokens[start - 1].text == "," and _relative_clause(sentence, start):
        phrase = _phrase_before(sentence, start - 1)
        info = None if phrase is None else analyse_mention(sentence.words(*phrase), language="de")
        if (
            phrase is not None
            and info is not None
            and not info.pronoun
            and info.kind is not _SPEAKER_UNKNOWN
        ):
            speaker = announced_phrase(sentence, *phrase)
    elif start <= sentence.opening:
        speaker = _quoting_subject(sentence)
    if speaker is None and lows[before] == "als":  # (a verb right before names no one alone)
        speaker = Attribution(kind=_KIND_DIRECT, content=pair.content)
    return speaker


def _said_with_words(sentence: _Sentence, pair: QuotePair) -> Attribution | None:
    """The speaker of a quotation that a phrase of "mit", an article or adjectives and a noun
    for words said (the ``words_nouns`` role) points to: the subject of the phrase's clause,
    whatever its verb. The quotation follows the phrase ("Mit den Worten „…“ reagierte der
    Minister auf den Vorschlag", "Der Minister reagierte mit den Worten: „…“") or stands right
    before it, set off by a comma, dash or colon ("„…“ – mit diesen Worten reagierte der
    Minister", "„…“: Mit diesen Worten verließ er den Saal"). The cue is the verb and the
    phrase. A subject that is no one ("Mit diesen Worten endete die Sitzung") names no
    speaker."""
    lows = sentence.lows
    nouns = sentence.roles.words_nouns
    if nouns.isdisjoint(lows):
        return None
    quote = _quote_index(sentence, pair)
    for noun in range(1, sentence.last):
        if lows[noun] not in nouns or not sentence.is_capitalised(noun):
            continue
        start = _words_phrase_start(sentence, noun)
        if start is None:
            continue
        stop = noun + 1
        if stop < sentence.last and sentence.tokens[stop].text == ":":
            stop += 1
        if quote == stop:
            found = _words_subject(sentence, start, quote + 1)
        elif quote < start and all(
            sentence.tokens[between].text in _SEPARATORS for between in range(quote + 1, start)
        ):
            found = _words_subject(sentence, start, noun + 1)
        else:
            continue
        if found is None:
            return None
        subject, verb = found
        cue = _cue_spans(sentence, [(start, noun + 1), (verb, verb + 1)])
        return attrs.evolve(subject, kind=_KIND_DIRECT, content=pair.content, cue=cue)
    return None


def _source_in_brackets_after(sentence: _Sentence, pair: QuotePair) -> Attribution | None:
    """The speaker a bracket right after a quotation names, as lists of reactions and
    captions do: "„Das ist ein bitterer Abend für die Demokratie“ (Bodo Ramelow, Linke)",
    "„Ein schwarzer Tag für Europa“ (CSU)": a person by a name of two words or more, a role or
    an organisation, with a party or role after a comma; the bracket holds nothing else."""
    tokens = sentence.tokens
    opening = _quote_index(sentence, pair) + 1
    if opening < len(tokens) and tokens[opening].text in _FINAL:
        opening += 1
    source = _bracketed_source(sentence, opening)
    if source is None:
        return None
    return attrs.evolve(source, content=pair.content)


def _bracket_namer(sentence: _Sentence) -> Attribution | None:
    """The speaker of the bare quotation before a sentence that is only a bracket naming
    someone (see :func:`_source_in_brackets_after`): "„Das ist ein bitterer Abend.“ (Bodo
    Ramelow, Linke)", where the quotation's full stop ends the sentence before the bracket."""
    source = _bracketed_source(sentence, 0)
    if source is None or sentence.last > _bracket_end(sentence, 0) + 1:
        return None
    return source


def _bracket_end(sentence: _Sentence, opening: int) -> int:
    """The index of the ")" closing the bracket at ``opening`` within a phrase's length, or -1."""
    tokens = sentence.tokens
    return next(
        (
            index
            for index in range(opening + 1, min(len(tokens), opening + _MAX_PHRASE + 1))
            if tokens[index].text == ")"
        ),
        -1,
    )


def _bracketed_source(sentence: _Sentence, opening: int) -> Attribution | None:
    """The person, role or organisation the bracket at ``opening`` names and nothing else
    (a party or role may follow after a comma): "(Bodo Ramelow, Linke)", "(CSU)"."""
    tokens = sentence.tokens
    if opening + 2 >= len(tokens) or tokens[opening].text != "(":
        return None
    closing = _bracket_end(sentence, opening)
    if closing < 0:
        return None
    comma = next(
        (index for index in range(opening + 1, closing) if tokens[index].text == ","), closing
    )
    phrase = _phrase_after(sentence, opening + 1, comma)
    if phrase is None or phrase.start != opening + 1 or phrase.stop != comma:
        return None
    words = sentence.words(*phrase)
    info = analyse_mention(words, language="de")
    if (
        info is None
        or info.pronoun
        or not (
            info.role
            or info.kind is _SPEAKER_ORGANISATION
            or (info.kind is _SPEAKER_PERSON and " " in info.name)
        )
    ):
        return None
    return announced_phrase(sentence, *phrase)


def _owner_of_words(sentence: _Sentence, pair: QuotePair) -> Attribution | None:
    """The speaker of a quotation right after a noun for words said (the ``words_nouns`` role)
    whose owner a name in the genitive names before it, past adjectives: "Blüms berühmter Satz
    „Die Rente ist sicher“", "Norbert Blüms Satz: „…“", "Kennedys Worte „Ich bin ein Berliner“".
    The cue is the noun. A first name or a word that is no name (a capitalised adjective
    opening the sentence) names no owner."""
    noun = _quote_index(sentence, pair) - 1
    lows = sentence.lows
    if noun > 0 and lows[noun] == ":":
        noun -= 1
    if noun < 1 or lows[noun] not in sentence.roles.words_nouns:
        return None
    owner = noun - 1
    while owner >= 0 and sentence.is_lower(owner) and not sentence.word_class(owner):
        owner -= 1  # the adjectives: "berühmter", "letzte"
    if owner < 0:
        return None
    word = sentence.tokens[owner].text
    if (
        len(word) < _SHORTEST_GENITIVE
        or not word.endswith("s")
        or not sentence.is_capitalised(owner)
        or sentence.word_class(owner)
        or word in sentence.lexicon.first_names
    ):
        return None
    start = owner
    if start > 0 and sentence.tokens[start - 1].text in sentence.lexicon.first_names:
        start -= 1  # "Norbert Blüms"
    words = sentence.words(start, owner + 1)
    info = analyse_mention(words, language="de", genitive=True)
    if info is None or info.pronoun or not info.named:
        return None
    if not _is_quotation(sentence, pair, _CONTEXT_ATTRIBUTED):
        return None
    return Attribution(
        kind=_KIND_DIRECT,
        content=pair.content,
        mention=sentence.span(start, owner + 1),
        mention_words=words,
        cue=_cue_spans(sentence, [(noun, noun + 1)]),
        genitive=True,
    )


#: The fewest letters of a name in the genitive: a name of two letters and its "s" ("Xis").
_SHORTEST_GENITIVE = 3


def _words_namer(sentence: _Sentence) -> Attribution | None:
    """The speaker of the bare quotation before a sentence that opens with a phrase for words
    said, and the cue ("„Das ist ein Skandal.“ Mit diesen Worten reagierte der Minister auf den
    Vorschlag.": the Minister, "Mit diesen Worten reagierte"), as :func:`_said_with_words`
    reads it when the quotation stands in the same sentence; None when the sentence does not
    open so."""
    lows, nouns = sentence.lows, sentence.roles.words_nouns
    stop = min(sentence.last, sentence.opening + _WORDS_PHRASE_REACH + 1)
    for noun in range(sentence.opening + 1, stop):
        if lows[noun] not in nouns or not sentence.is_capitalised(noun):
            continue
        start = _words_phrase_start(sentence, noun)
        if start != sentence.opening:
            return None
        found = _words_subject(sentence, start, noun + 1)
        if found is None:
            return None
        subject, verb = found
        cue = _cue_spans(sentence, [(start, noun + 1), (verb, verb + 1)])
        return attrs.evolve(subject, kind=_KIND_DIRECT, cue=cue)
    return None


def _so_namer(sentence: _Sentence) -> Attribution | None:
    """The speaker of the bare quotation before a sentence of "So" and a speaker, with no verb:
    "„Wir schaffen das.“ So Kanzler Nehammer am Sonntag." (what ", so Nehammer" says after a
    comma, written as a sentence of its own); None when the sentence is not of that form ("So
    sieht es aus."). "So" is a trailing frame of ``frames.txt``. The phrase must name someone: a
    person, a role or an organisation."""
    opening = sentence.opening
    trailing = sentence.lexicon.trailing_words  # the frames.txt words of "…, so Putin."
    if sentence.lows[opening] not in trailing or sentence.last - opening > _SO_NAMER_TOKENS:
        return None
    return _namer_subject(sentence, opening + 1, sentence.span(opening, opening + 1))


def _namer_subject(sentence: _Sentence, start: int, cue: Span) -> Attribution | None:
    """The speaker a sentence after a bare quotation names at ``start``, with ``cue``: a phrase
    that opens there and names a person, a role or an organisation (no pronoun), with no verb
    after it ("So der Minister, der sagte, …" has a clause of its own); None otherwise."""
    phrase = _phrase_after(sentence, start, sentence.last)
    if phrase is None or phrase.start != start:
        return None
    verbs = sentence.lexicon.verbs
    if any(sentence.lows[position] in verbs for position in range(phrase.stop, sentence.last)):
        return None
    info = analyse_mention(sentence.words(*phrase), language="de")
    if info is None or info.pronoun or info.kind is _SPEAKER_UNKNOWN:
        return None
    return attrs.evolve(announced_phrase(sentence, *phrase), cue=(cue,))


def _verb_namer(sentence: _Sentence) -> Attribution | None:
    """The speaker of the bare quotation before a sentence that opens with a verb of saying,
    alone or after "So", and then names its subject, with nothing but adverbials after it:
    "„Man muss verlieren können.“ Sagt ausgerechnet Franz Beckenbauer.", "„…“ So äußerte sich
    Verkehrsminister Volker Wissing im Interview." (the verb-first form of "…, sagt X"); None
    when the sentence is not of that form or asks a question ("Meint die Kanzlerin das ernst?").
    Adverbs (words of no class or of the class "adv") and a reflexive pronoun may stand between
    the verb and the subject, which must name a person, a role or an organisation
    (:func:`_namer_subject`)."""
    opening = sentence.opening
    if sentence.last - opening > _SO_NAMER_TOKENS or _QUESTION in sentence.lows[sentence.last :]:
        return None  # "Meint die Kanzlerin das ernst?": a question about the speaker
    verb = opening
    if sentence.lows[verb] in sentence.lexicon.trailing_words:
        verb += 1  # "So äußerte sich …"
    forms = sentence.lexicon.verbs.get(sentence.lows[verb], ())
    if not any(form.kind is _FORM_FINITE and not form.particle for form in forms):
        return None
    start = verb + 1
    while (
        start < sentence.last
        and not sentence.is_capitalised(start)
        and (
            sentence.word_class(start) in _ADVERB_CLASSES
            or sentence.lows[start] in sentence.roles.reflexive
        )
    ):
        start += 1  # "ausgerechnet", "dazu", "sich": adverbs and a reflexive pronoun
    return _namer_subject(sentence, start, sentence.span(verb, verb + 1))


def _words_from_namer(sentence: _Sentence) -> Attribution | None:
    """The speaker of the bare quotation before a verbless sentence of a noun for words said
    and "von" with the speaker: "„Wir stehen vor einem Scherbenhaufen.“ Harte Worte von
    Caritas-Direktor Klaus Schwertner." (the ``words_nouns`` and ``von`` roles; adjectives may
    stand before the noun); None when the sentence is not of that form."""
    opening = sentence.opening
    nouns = sentence.roles.words_nouns
    noun = opening
    if sentence.lows[noun] not in nouns:
        if sentence.word_class(noun):
            return None  # "Keine Worte von der Regierung": no adjective, a determiner
        noun += 1  # "Harte Worte": an adjective, capitalised as the sentence's first word
    if noun >= sentence.last or sentence.lows[noun] not in nouns:
        return None
    von = noun + 1
    if (
        von >= sentence.last
        or sentence.lows[von] not in sentence.roles.von
        or sentence.last - opening > _SO_NAMER_TOKENS
    ):
        return None
    verbs = sentence.lexicon.verbs
    if any(sentence.lows[position] in verbs for position in range(opening, von)):
        return None  # a sentence with a verb says more than who spoke
    return _namer_subject(sentence, von + 1, sentence.span(noun, von + 1))


def _words_subject(sentence: _Sentence, start: int, after: int) -> tuple[Attribution, int] | None:
    """The subject of the clause of a words phrase that opens at ``start`` (with its quotation,
    if any, up to ``after``), and its verb: after the verb that follows a phrase opening its
    clause ("Mit diesen Worten reagierte der Minister", "„…“ – mit diesen Worten verließ er"),
    else the subject of the sentence before the phrase ("Der Minister reagierte mit den Worten
    „…“", "Im Landtag warb der Minister mit den Worten: „…“")."""
    opens = start == sentence.opening or (
        start > 0 and sentence.tokens[start - 1].text in _SEPARATORS
    )
    if opens:
        verb = after
        if verb >= sentence.last or not sentence.is_lower(verb):
            return None
        phrase = _postverbal_subject(sentence, verb + 1, sentence.last)
        if phrase is None or sentence.word_class(phrase.start) == "prep":
            return None
        subject: Attribution | None = announced_phrase(sentence, *phrase)
    elif sentence.lows[sentence.opening] in sentence.roles.pronouns:
        # "Er trat dem Vorwurf mit den Worten „…“ entgegen"
        subject = announced_phrase(sentence, sentence.opening, sentence.opening + 1)
        verb = sentence.opening + 1
        if verb >= start or not sentence.is_lower(verb):
            return None
    else:
        subject, verb = _subject_and_verb(sentence)
        if (
            verb >= start
            or not sentence.is_lower(verb)
            or sentence.word_class(verb) not in {"", "verb"}
        ):
            return None
    if subject is None or subject.mention_words == ():
        return None
    pronoun = len(subject.mention_words) == 1 and subject.mention_words[0].lower() in (
        sentence.roles.pronouns
    )
    if not pronoun and not _known_speaker(sentence, subject):
        return None
    return subject, verb


def _attitude_after(sentence: _Sentence, pair: QuotePair) -> Attribution | None:
    """The speaker of a quotation that a reflexive verb of attitude trails after a comma (the
    ``attitude_verbs`` role, no verb of saying): "„…“, gab sich der Minister entschlossen",
    "„…“, präsentierte sich die Trainerin nach dem Spiel kämpferisch". The subject after
    "sich" speaks; a lower-case word, the predicative adjective, closes the clause after it.
    The cue is the verb with "sich" and the adjective ("gab sich … entschlossen")."""
    verb = _quote_index(sentence, pair) + 1
    lows = sentence.lows
    if verb < sentence.last and lows[verb] == ",":
        verb += 1
    if (
        verb + 3 >= sentence.last
        or lows[verb] not in sentence.roles.attitude_verbs
        or not sentence.is_lower(verb)
    ):
        return None
    reflexive = sentence.roles.reflexive
    pronoun = lows[verb + 1] in sentence.roles.pronouns and lows[verb + 2] in reflexive
    if pronoun:  # "„…“, gab er sich entschlossen"
        phrase: Phrase | None = Phrase(verb + 1, verb + 2)
        after = verb + 3
    elif lows[verb + 1] in reflexive:
        phrase = _postverbal_subject(sentence, verb + 2, sentence.last)
        after = verb + 2
    else:
        return None
    if phrase is None or sentence.word_class(phrase.start) == "prep":
        return None
    adjective = min(sentence.clause_end[phrase.stop - 1], sentence.last) - 1
    if adjective < max(phrase.stop, after) or not sentence.is_lower(adjective):
        return None
    subject = announced_phrase(sentence, *phrase)
    if not pronoun and not _known_speaker(sentence, subject):
        return None
    runs = [(verb, verb + 1), (after - 1, after)] if pronoun else [(verb, after)]
    cue = _cue_spans(sentence, [*runs, (adjective, adjective + 1)])
    return attrs.evolve(subject, kind=_KIND_DIRECT, content=pair.content, cue=cue)


def _subject_after_quote(sentence: _Sentence, pair: QuotePair) -> Attribution | None:
    """The speaker of a quotation opening its sentence that a clause with a verb of no lexicon
    trails after a comma: "„Frieden und Freiheit für alle“, wünschte sich Papst Franziskus",
    "„Das kann nicht sein“, schüttelte der Minister den Kopf". The clause tells what
    its subject did as it spoke: its subject right after the verb (and a "sich") says the words,
    if it names a person or an organisation the way a speaker is named (:func:`_known_speaker`),
    or is a personal pronoun. The cue is the verb. A participle or a noun phrase after the comma
    is no such clause ("„Das Boot“, gedreht 1981, …", "„Tatort“, die Krimiserie, …")."""
    index = _quote_index(sentence, pair)
    verb = index + 2
    lows = sentence.lows
    if (
        index != sentence.opening
        or verb + 1 >= sentence.last
        or sentence.tokens[index].quote < 0
        or lows[index + 1] != ","
        or not sentence.is_lower(verb)
        or sentence.word_class(verb)
    ):
        return None
    start = verb + 2 if lows[verb + 1] in sentence.roles.reflexive else verb + 1
    phrase: Phrase | None = (
        Phrase(start, start + 1)
        if start < sentence.last and lows[start] in sentence.roles.pronouns
        else _postverbal_subject(sentence, start, sentence.last)
    )
    if (
        phrase is None
        or sentence.word_class(phrase.start) == "prep"
        or lows[phrase.start] in sentence.roles.object_determiners
    ):
        return None
    subject = announced_phrase(sentence, *phrase)
    if not (lows[phrase.start] in sentence.roles.pronouns or _known_speaker(sentence, subject)):
        return None
    if not _is_quotation(sentence, pair, _CONTEXT_ATTRIBUTED):
        return None
    cue = _cue_spans(sentence, [(verb, start)])
    return attrs.evolve(subject, kind=_KIND_DIRECT, content=pair.content, cue=cue)


def _quoted_state(sentence: _Sentence, pair: QuotePair) -> Attribution | None:
    """The speaker of a quoted predicate in the indicative: a form of "sein" (the ``sein``
    role) right after the subject opening the sentence, at most a few adverbs, then a
    quotation in lower case that closes the sentence or comes before a prepositional phrase:
    "Der Minister ist sichtlich „erleichtert“.", "Der Verband war „tief enttäuscht“ über das
    Urteil." The subject (someone: :func:`_known_speaker`; not "Die Lage") says how they are;
    no cue names it."""
    index = _quote_index(sentence, pair)
    lows = sentence.lows
    if not opens_lower_case(sentence.tokens[index].text):
        return None
    following = index + 1
    if following < sentence.last and sentence.word_class(following) != "prep":
        return None
    subject, verb = _subject_and_verb(sentence)
    if (
        subject is None
        or subject.mention is None
        or verb >= index
        or lows[verb] not in sentence.roles.sein
        or index - verb > _MAX_STATE_ADVERBS + 1
        or not all(
            sentence.is_lower(between) and sentence.word_class(between) in {"", "adv"}
            for between in range(verb + 1, index)
        )
        or not _known_speaker(sentence, subject)
    ):
        return None
    return attrs.evolve(subject, kind=_KIND_DIRECT, content=pair.content, cue=())


def _cue_spans(sentence: _Sentence, runs: list[tuple[int, int]]) -> tuple[Span, ...]:
    """The spans of a cue's runs of tokens (first, stop), in order, runs that touch joined
    ("Mit diesen Worten" and "reagierte" are one span)."""
    joined: list[list[int]] = []
    for first, stop in sorted(runs):
        if joined and first <= joined[-1][1]:
            joined[-1][1] = max(joined[-1][1], stop)
        else:
            joined.append([first, stop])
    return tuple([sentence.span(first, stop) for first, stop in joined])


def _announced_before(sentence: _Sentence, pair: QuotePair, state: _State) -> Attribution | None:
    """The speaker a closing colon announced when the quotation opens right after that colon
    but ends sentences later: "Die Direktorin sagte:\n„Wir beginnen im Herbst.\n„Die Schüler
    ziehen um.“" runs over two paragraphs and is taken where it ends."""
    return state.announced_before(sentence.text, pair.open)


def _quoting_subject(sentence: _Sentence) -> Attribution | None:
    """The speaker of a quotation that stands inside a sentence without a cue, when the
    sentence names one as its subject: a person or organisation before an indicative verb
    ("Eine nationalistische Organisation feierte die Absage als „großen Erfolg“") or after it,
    behind an adverbial ("In dem Verfahren sieht Osterloh einen „Angriff“"). Such a sentence
    reports its subject's words; only a quotation without one continues the speaker before.
    A person or organisation after "Für" opening the sentence holds the view it reports (see
    :func:`_opinion_holder`)."""
    holder = _opinion_holder(sentence)
    if holder is not None:
        return holder
    subject, verb = _subject_and_verb(sentence)
    if (
        subject is None
        or verb >= sentence.last
        or not _indicative_verb(sentence, verb)
        or not _known_speaker(sentence, subject)
    ):
        return None
    return subject


def _after_colon(sentence: _Sentence, quote: int) -> bool:
    """Whether the quotation ``quote`` follows a colon in the sentence."""
    position = bisect.bisect_left(sentence.quote_starts, sentence.tokens[0].start)
    for number in sentence.quote_tokens[position:]:
        if sentence.tokens[number].quote == quote:
            return number > 0 and sentence.tokens[number - 1].text == ":"
    return False


def _opening_subject(sentence: _Sentence) -> Attribution | None:
    """The noun phrase or pronoun that opens the sentence, when a verb follows it; after an
    opening object or adverbial, the subject after the verb (see :func:`_subject_after_object`
    and :func:`_subject_after_adverbial`)."""
    first = sentence.opening
    if first >= len(sentence.tokens):
        return None
    statement = _statement_start(sentence)
    if statement > first:
        # "Dazu der Sprecher der Gewerkschaft, Jan Olsen: „…“": the adverb linking a verbless
        # statement stands before its speaker (see :func:`_statement_start`)
        phrase = _phrase_after(sentence, statement, sentence.last)
        if (
            phrase is not None
            and phrase.stop < len(sentence.tokens)
            and sentence.tokens[phrase.stop].text == ":"
        ):
            first = statement
    if sentence.word_class(first) == "prep" or _adverb_word(sentence, first):
        # An adverbial opens: the subject after the verb, a pronoun too ("Dabei griff sie an").
        subject, _ = _subject_after_adverbial(sentence)
        if subject is None or (
            sentence.lows[_subject_end(sentence, subject) - 1] not in sentence.roles.pronouns
            and not _known_speaker(sentence, subject)
        ):
            return None
        return _derive(subject, kind=_KIND_DIRECT)
    phrase = _phrase_after(sentence, first, sentence.last)
    if phrase is None or phrase.stop >= sentence.last:
        return None
    verb = phrase.stop
    if sentence.word_class(verb) == "prep":
        # "Jegliche Mitverantwortung für die Affäre weist Hartmann von sich: „…“": the opening
        # phrase goes on with prepositional phrases up to the verb.
        if _colon_after_circumstances(sentence, verb) and _speaks_before_colon(sentence, phrase):
            # "Merkel im ZDF: „…“", "Der Minister am Montag: „…“": where or when the speaker
            # said it stands between the speaker and the colon.
            return _colon_speaker(sentence, phrase)
        verb = _with_phrases(sentence, verb, sentence.last)
        if verb >= sentence.last or not sentence.is_lower(verb):
            return None
        return _statement_holder(sentence, phrase) or _subject_after_object(sentence, phrase, verb)
    if sentence.tokens[phrase.stop].text == ":" and sentence.tokens[phrase.stop - 1].text != ",":
        # "Erkki Tuomioja, Präsident des Rats: „…“": a name or role, with its apposition, is
        # all that stands before the colon; so is an organisation ("Die Polizei: „…“"), not a
        # label of the piece ("Interview: „…“").
        if not _speaks_before_colon(sentence, phrase):
            return None
    elif (
        not sentence.is_lower(phrase.stop)
        or sentence.word_class(phrase.stop) in {"det", "prep", "conj"}
        or _is_es(sentence, phrase)
    ):
        return None
    elif sentence.lows[phrase.stop - 1] in sentence.roles.statement_nouns:
        # "Kritik kam von der Opposition: „…“": whom the response came from, never the noun
        return _statement_source(sentence, verb)
    elif (holder := _statement_holder(sentence, phrase)) is not None:
        return holder
    elif sentence.lows[first] in sentence.roles.object_determiners or _names_a_thing_only(
        sentence, phrase.start, phrase.stop
    ):
        return _subject_after_object(sentence, phrase, verb)
    return _colon_speaker(sentence, phrase)


def _colon_after_circumstances(sentence: _Sentence, start: int) -> bool:
    """Whether prepositional phrases of place or time from ``start`` on lead to a colon with
    no verb among them: "im ZDF:", "am späten Montagabend:", "nach dem 3:1 gegen Bayern:". A
    lower-case word among them is an article, a preposition, a word of time or an adjective
    before its noun; any other may be a verb ("am Montag sagte:")."""
    tokens = sentence.tokens
    for index in range(start, min(sentence.last, start + _MAX_PHRASE)):
        text = tokens[index].text
        if text == ":":
            return index > start
        if tokens[index].quote >= 0 or not (
            sentence.word_class(index) in _CIRCUMSTANCE_CLASSES
            or not sentence.is_lower(index)
            or text.isdigit()
            or (
                text.endswith(_ADJECTIVE_ENDINGS)
                and index + 1 < len(tokens)
                and not sentence.is_lower(index + 1)
            )
        ):
            return False
    return False


#: The word classes of lower-case words in a phrase of place or time.
_CIRCUMSTANCE_CLASSES = frozenset({"prep", "det", "time"})


def _speaks_before_colon(sentence: _Sentence, phrase: Phrase) -> bool:
    """Whether the phrase before a statement's colon names who speaks: a name or role (with its
    apposition) or an organisation ("Die Polizei: „…“"), not a pronoun nor a label of the piece
    ("Interview: „…“")."""
    if (
        phrase.stop - phrase.start == 1
        and sentence.lows[phrase.start] in sentence.roles.headline_labels
    ):
        return False
    info = analyse_mention(sentence.words(*phrase), language="de")
    return (
        info is not None
        and not info.pronoun
        and bool(info.role or info.named or info.kind is _SPEAKER_ORGANISATION)
    )


def _colon_speaker(sentence: _Sentence, phrase: Phrase) -> Attribution:
    """The phrase that opens a statement as its speaker."""
    return Attribution(
        kind=_KIND_DIRECT,
        content=sentence.span(*phrase),
        mention=sentence.span(*phrase),
        mention_words=sentence.words(*phrase),
    )


#: What a response may come from: a person or an organisation, not a place or a thing.
_SPEAKER_KINDS = frozenset({SpeakerKind.PERSON, SpeakerKind.ORGANISATION})


def _statement_holder(sentence: _Sentence, phrase: Phrase) -> Attribution | None:
    """ "Das Fazit von Sandra Boser überrascht nicht: „…“", "Die Antwort des Ministers fiel
    knapp aus: „…“": when the sentence opens with a noun of saying or of a response that a
    person or organisation after "von" or in the genitive holds, the statement after the colon
    is the holder's (a statement noun never speaks itself)."""
    noun = phrase.start + 1 if sentence.word_class(phrase.start) == "det" else phrase.start
    low = sentence.lows[noun]
    if noun + 2 >= phrase.stop or not (
        low in sentence.roles.statement_nouns
        or low in sentence.lexicon.noun_cues
        or low in sentence.lexicon.speech_nouns
    ):
        return None
    attached = sentence.lows[noun + 1]
    if attached in sentence.roles.von:
        start = noun + 2
    elif attached in sentence.roles.genitive:
        start = noun + 1
    else:
        return None
    holder = _phrase_after(sentence, start, phrase.stop)
    if holder is None:
        return None
    info = analyse_mention(sentence.words(*holder), language="de")
    if info is None or info.pronoun or info.kind not in _SPEAKER_KINDS:
        return None
    return _derive(announced_phrase(sentence, *holder), kind=_KIND_DIRECT)


def _statement_source(sentence: _Sentence, verb: int) -> Attribution | None:
    """ "Kritik kam von der Opposition: „…“", "Lob kam auch vom UN-Generalsekretär: …": when a
    noun of a response (the ``statement_nouns`` role) opens the sentence, the speaker is the
    person or organisation after its verb and a preposition of the ``response_sources`` role,
    and without such a preposition the subject after the verb, whose object the noun is
    ("Kritik übte auch der Rechnungshof: „…“"); after a verb of receiving (the
    ``receiving_verbs`` role) whom a "von" later in the clause names ("Rückendeckung erhielt
    der Minister von Kanzler Karl Nehammer: „…“"); None otherwise ("Die Antwort kam aus heiterem
    Himmel: „…“", "Kritik kam beim Parteitag")."""
    position = _skip_adverbs(sentence, verb + 1)
    if position + 1 >= sentence.last:
        return None
    roles = sentence.roles
    if sentence.lows[verb] in roles.receiving_verbs:
        # "Rückendeckung erhielt der Minister von Kanzler Karl Nehammer: „…“": the subject got
        # the response, from whom "von" says
        position = next(
            (
                index
                for index in range(position, sentence.last - 1)
                if sentence.lows[index] in roles.response_sources
            ),
            position,
        )
    if sentence.lows[position] not in roles.response_sources:
        # "Kritik übte auch der Rechnungshof: „…“": the noun is the verb's object, and the
        # person or organisation after the verb, its subject, speaks
        subject = _postverbal_subject(sentence, verb + 1, sentence.last)
        if subject is None or sentence.word_class(subject.start) == "prep":
            return None
        info = analyse_mention(sentence.words(*subject), language="de")
        if info is None or info.kind not in _SPEAKER_KINDS:
            return None
        return announced_phrase(sentence, *subject)
    source = _phrase_after(sentence, position + 1, sentence.last)
    if source is None:
        return None
    info = analyse_mention(sentence.words(*source), language="de")
    if info is None or info.kind not in _SPEAKER_KINDS:
        return None
    return announced_phrase(sentence, *source)


def _subject_after_object(sentence: _Sentence, opening: Phrase, verb: int) -> Attribution | None:
    """The speaker of "…: „…“" when a thing or an object opens the sentence: the subject after
    the verb. A thing does not speak ("Seine Zuversicht gründet sich auf …: „…“" has no
    speaker); a name or a person's role after the verb does ("Die Anwendung stellte der
    SPD-Vorsitzende in Frage: „…“", "Jegliche Mitverantwortung weist Hartmann von sich: „…“"),
    and after an opening dative or accusative ("Den Vorwurf der Opposition wies die
    Landesregierung zurück: „…“") any person or organisation does, as German puts the object
    first and the subject after the verb."""
    named = _postverbal_subject(sentence, verb + 1, sentence.last)
    if named is None:
        return None
    if sentence.lows[opening.start] in sentence.roles.object_determiners:
        subject = announced_phrase(sentence, *named)
        if sentence.word_class(named.start) == "prep" or not _known_speaker(sentence, subject):
            return None
        return subject
    if not _names_someone(sentence, named):
        return None
    return announced_phrase(sentence, *named)


def _continuation(
    text: str,
    extent: tuple[int, int],
    pairs: Sequence[QuotePair],
    state: _State,
    konjunktiv: tuple[bool, bool],
    *,
    alone: bool = False,
    plan: bool = False,
) -> Attribution | None:
    """A sentence in the Konjunktiv right after a quotation continues it: free indirect speech.

    ``extent`` is the sentence, ``konjunktiv`` whether it has a Konjunktiv I and a Konjunktiv II
    form. The Konjunktiv II ("würde", "könnte"), common in plain narration, continues only right
    after a quotation. Right after a sentence without a quotation whose subject is a person or an
    organisation ("Das Institut sieht keine Gefahr. Nur Halter seien zu schützen."), that subject
    speaks.

    Far from any quotation, a sentence with a known Konjunktiv I form and no first person
    (``alone``: "Mehrere weitere Körper seien in den Trümmern geortet worden.") still reports
    someone's account, as :func:`_reported_hearsay` does for "soll … haben".

    ``plan``: the sentence's only such form is "soll"/"sollen" with a plain infinitive in its
    first clause (a plan or claim, counted in ``konjunktiv`` as a Konjunktiv II). Not right after
    a quotation it continues only a sentence without one that tells its subject's plan, aim or
    decision (:func:`_tells_intention`): "Der Verband legte seine Pläne vor. Die Hälfte des
    Geldes soll in neue Schulen fließen." Elsewhere it is narration ("Die Stadt baut eine
    Brücke. Sie soll 2025 fertig sein.").
    """
    first, second = konjunktiv
    right_after = state.found_in_previous_sentence()
    planned = plan and not (first or right_after)
    account = second and not (first or right_after) and _plural_account(text, extent)
    if not (first or (second and right_after) or planned or account):
        return None
    span = Span(start=extent[0], end=extent[1])
    before = None if right_after else _quoteless_sentence_before(text, pairs, state)
    if account and (before is None or not _says_something(before)):
        return None
    if before is not None:
        if planned and not _tells_intention(before):
            return None
        subject = _introduced_subject(before)
        if subject is not None:
            return _derive(subject, kind=_KIND_FREE_INDIRECT, content=span)
        report = _report_named(before)
        if report is not None:
            return _derive(report, content=span)
    if planned:
        return None
    if not state.continues():
        spoken = state.spoken_speaker() if alone else None
        if spoken is not None:
            # "Keineswegs, sagte der Minister. Die Lage sei stabil.": the verb of saying right
            # before took no words of its own, and no quotation is there to continue; the
            # account that follows is its speaker's (not a sentence in the first person, whose
            # "stelle ich" is no Konjunktiv)
            return attrs.evolve(
                spoken, kind=_KIND_FREE_INDIRECT, content=span, cue=(), addressee=None
            )
        return _reported_hearsay(extent[0], extent[1], state) if alone else None
    return continued_quotation(state, span, kind=_KIND_FREE_INDIRECT)


def _plural_account(text: str, extent: tuple[int, int]) -> bool:
    """Whether a sentence may report in a plural Konjunktiv II, which stands in for the plural
    Konjunktiv I that the indicative shares ("Diese würden künftige Generationen belasten"): a
    form of the ``plural_accounts`` role in its first clause, no word of a condition (the
    ``conditions`` role: "wenn", a counterfactual's) and no first person."""
    roles = _german().roles
    piece = text[extent[0] : extent[1]]
    words = set(_WORD.findall(piece))
    lowered = {word.lower() for word in words}
    return (
        not roles.plural_accounts.isdisjoint(_WORD.findall(piece.split(",", 1)[0]))
        and roles.conditions.isdisjoint(lowered)
        and roles.first_person.isdisjoint(lowered)
    )


def _says_something(before: _Sentence) -> bool:
    """Whether the quoteless sentence before a plural account has someone as its subject
    (:func:`_introduced_subject`) and a verb of saying in lower case, whose words the account
    gives ("Die ÖVP kritisierte die hohen Schulden. Diese würden künftige Generationen
    belasten."): not narration ("Der Trainer lobte sein Team" is a verb of saying too, so the
    account must still pass the conditions of :func:`_plural_account`)."""
    verbs = before.lexicon.verbs
    return _introduced_subject(before) is not None and any(
        before.lows[index] in verbs and before.is_lower(index) for index in range(before.last)
    )


def _quoteless_sentence_before(
    text: str, pairs: Sequence[QuotePair], state: _State, *, same_paragraph: bool = True
) -> _Sentence | None:
    """The sentence right before the current one in its paragraph (or, not ``same_paragraph``,
    the last of the paragraph before), when the rules found no quotation in it
    (``state.previous_range``); None otherwise. Unlike the subject rules' ``_sentence_before``
    (``state.previous_span``), a sentence that found one never counts."""
    previous = state.previous_range
    if previous is None or not state.previous_is_just_before(same_paragraph=same_paragraph):
        return None
    tokens = state.tokens_of(text, previous, pairs)
    if not tokens:
        return None
    sentence = _Sentence(text, tokens, _german())
    earlier, number, paragraph = state.earlier
    if (
        earlier is not None
        and number == state.sentence - 2
        and paragraph == state.paragraph
        and _writers_question(sentence)
    ):
        # "Kanzler Scholz reagierte gelassen. Neuwahlen? „Kein Thema.“": the writer's question
        # puts the topic to the one the sentence before brought in, who answers
        tokens = tokenize(text, earlier[0], earlier[1], pairs)
        return _Sentence(text, tokens, _german()) if tokens else None
    return sentence


def _writers_question(sentence: _Sentence) -> bool:
    """Whether a sentence is a short question of nouns without a verb, which a writer puts to
    the one quoted next ("Neuwahlen?", "Eine Lockerung der Schuldenbremse?"): at most
    :data:`_MAX_QUESTION_WORDS` words, every lower-case one an article or a preposition."""
    last = sentence.last
    tokens = sentence.tokens
    return (
        0 < last <= _MAX_QUESTION_WORDS
        and len(tokens) > last
        and tokens[last].text == "?"
        and all(
            sentence.is_capitalised(index) or sentence.word_class(index) in {"det", "prep"}
            for index in range(last)
        )
    )


#: The most words of a writer's question before a quotation (see :func:`_writers_question`).
_MAX_QUESTION_WORDS = 5


def _introduced_subject(before: _Sentence) -> Attribution | None:
    """The subject of ``before`` (:func:`_sentence_subject`, else the one after an opening
    adverbial) when it is someone (:func:`_known_speaker`): whom the text has just brought in,
    the speaker of the free indirect speech or the bare quotation right after ("Das Institut
    sieht keine Gefahr. Nur Halter seien zu schützen.", "Sturm-Coach Christian Ilzer haderte
    mit dem Schiedsrichter. „Der Elfmeter war nie einer.“")."""
    subject = _sentence_subject(before)
    if subject is None:
        subject = _subject_after_opening(before)
    if subject is None:
        subject = _response_source(before)
    if subject is None or not _known_speaker(before, subject):
        return _document_saying(before)
    return subject


def _response_source(sentence: _Sentence) -> Attribution | None:
    """Whom a response came from when a noun of the ``statement_nouns`` role opens the sentence
    (:func:`_statement_source`): "Kritik kam von der Opposition. Die Tragfähigkeit sei nicht
    mehr gegeben." is the Opposition's account."""
    phrase = _phrase_after(sentence, sentence.opening, sentence.last)
    if (
        phrase is None
        or phrase.stop >= sentence.last
        or not sentence.is_lower(phrase.stop)
        or sentence.lows[phrase.stop - 1] not in sentence.roles.statement_nouns
    ):
        return None
    source = _statement_source(sentence, phrase.stop)
    return None if source is None else _derive(source, kind=_KIND_FREE_INDIRECT)


def _document_saying(sentence: _Sentence) -> Attribution | None:
    """A document that opens the sentence as the subject of a verb of saying, which no content
    follows ("Der Bericht kritisiert die Wahlordnung. Außerdem seien Wahlkreise ungleich
    zugeschnitten."): it speaks itself, so the free indirect speech after it is its own; None
    for any other sentence."""
    phrase = _phrase_after(sentence, sentence.opening, sentence.last)
    if (
        phrase is None
        or phrase.stop >= sentence.last
        or not sentence.is_lower(phrase.stop)
        or sentence.lows[phrase.stop] not in sentence.lexicon.verbs
    ):
        return None
    head = max(
        (index for index in range(phrase.start, phrase.stop) if sentence.is_capitalised(index)),
        default=None,
    )
    if head is None or not document_word(sentence.tokens[head].text, "de"):
        return None
    return announced_phrase(sentence, *phrase, kind=_KIND_FREE_INDIRECT)


def _named_person(sentence: _Sentence, subject: Attribution) -> bool:
    """Whether a subject names a person by a name of several words ("Anrainerin Helga Stix",
    "SPÖ-Klubchef Philip Kucher"): someone a report brings in to quote them next, unless the
    quotation's sentence speaks of them by their surname ("„…“ wie Spielberg ausübten")."""
    info = analyse_mention(subject.mention_words, language="de")
    if info is None or info.kind is not _SPEAKER_PERSON or not info.named or " " not in info.name:
        return False
    surname = info.name.rsplit(" ", 1)[1]
    return not any(token.text == surname for token in sentence.tokens)


def _passive_subject(sentence: _Sentence, subject: Attribution) -> bool:
    """Whether a form of "werden" follows a sentence's subject (the ``passive`` role, not a
    form of "sein"): what is done to it ("Der Bürgermeister Jonas Weber wurde verurteilt."),
    not what it says or does; not before an adjective of a stance (the ``stance_adjectives``
    role), which it becomes: "Der Kanzler wurde deutlich.", "Der Trainer wurde wütend."."""
    verb = _subject_end(sentence, subject)
    if verb >= sentence.last:
        return False
    low = sentence.lows[verb]
    return (
        low in sentence.roles.passive
        and low not in sentence.roles.sein
        and sentence.roles.stance_adjectives.isdisjoint(sentence.lows[verb + 1 : sentence.last])
    )


def _speaks(sentence: _Sentence) -> bool:
    """Whether a sentence holds a form of a verb of the lexicon, whatever its flags ("zeigte
    sich enttäuscht", "reagierte gelassen", "haderte mit dem Schiedsrichter"), or an adjective
    of a feeling or stance (the ``stance_adjectives`` and ``attitude_adjectives`` roles: "Der
    Trainer war sichtlich enttäuscht."), or a noun of taking the floor (the ``floor_nouns`` role:
    "Der Angeklagte ergriff das Wort.", "Der Kanzler trat vor die Presse."): its subject takes
    a stance or the floor, which the quotation after it may voice, unlike a subject that only
    acts or is described ("Der Verein hatte drei Spiele verloren.", "Der Angeklagte betrat den
    Saal.")."""
    verbs = sentence.lexicon.verbs
    roles = sentence.roles
    stances, attitudes = roles.stance_adjectives, roles.attitude_adjectives
    floor = roles.floor_nouns
    return any(
        low in verbs or low in stances or low in attitudes or low in floor for low in sentence.lows
    )


def _addressed_in_question(sentence: _Sentence) -> Attribution | None:
    """The person a question addresses by a form of address and name set off by a comma at its
    start ("Herr Kramer, warum fehlen die Ärzte?", "Frau Vogel, was planen Sie?", the
    ``address_words`` role): the one who answers in the quotation after it, as an interview
    prints it. None for any other sentence."""
    tokens = sentence.tokens
    opening = sentence.opening
    if (
        tokens[-1].text != "?"
        or opening + 2 >= len(tokens)
        or sentence.lows[opening] not in sentence.roles.address_words
    ):
        return None
    comma = next(
        (
            index
            for index in range(opening + 1, min(len(tokens), opening + _MAX_ADDRESS_WORDS + 1))
            if tokens[index].text == ","
        ),
        -1,
    )
    if comma < opening + 2 or not all(
        sentence.is_capitalised(index) for index in range(opening + 1, comma)
    ):
        return None
    return announced_phrase(sentence, opening, comma)


#: The most words of a form of address and the name after it ("Frau Dr. Anna Vogel").
_MAX_ADDRESS_WORDS = 5


def _asks(sentence: _Sentence) -> bool:
    """Whether a sentence holds a form of a verb of asking (the ``asking_verbs`` role), whose
    object answers: "Die Journalisten fragten den Minister nach den Kosten. „Die sind noch
    offen.“" is not the Journalisten's."""
    verbs, asking = sentence.lexicon.verbs, sentence.roles.asking_verbs
    # A capitalised word inside the sentence is a noun ("stellte sich den Fragen"), no verb.
    return any(
        form.lemma in asking
        for index, low in enumerate(sentence.lows)
        if low in verbs and (index == sentence.opening or sentence.is_lower(index))
        for form in verbs[low]
    )


def _with_own_subject(sentence: _Sentence, continuation: Attribution) -> Attribution:
    """``continuation`` (free indirect speech) with the sentence's own speaker, if it names one
    (:func:`_own_subject`), instead of the speaker of the sentences before."""
    own = _own_subject(sentence)
    if own is None:
        framed = _colon_framed(sentence, continuation)
        if framed is not None:
            return framed
        return _after_narrated_clause(sentence, continuation)
    # The content is ``own``'s: the clause after the subject's ("Vertreter der Organisationen
    # erwarten keine Entscheidung, | weil … gestellt hätten"), or the whole sentence.
    start = max(own.content.start, continuation.content.start)
    return _derive(own, content=Span(start=start, end=continuation.content.end))


def _colon_framed(sentence: _Sentence, continuation: Attribution) -> Attribution | None:
    """``continuation`` as the speech of the subject of a clause in the indicative that a
    colon closes, when the Konjunktiv follows the colon: "Gerlach sieht das anders: Die
    Gutachten seien lückenhaft." is Gerlach's, not the last speaker's; the clause before the
    colon is the frame. None when the subject names no one (a bare word must be a name the text
    gives in full) or the clause before the colon has a Konjunktiv of its own."""
    colon = next(
        (
            index
            for index in range(sentence.opening + 1, sentence.last)
            if sentence.tokens[index].text == ":"
        ),
        -1,
    )
    if colon < 0 or colon + 1 >= sentence.last:
        return None
    if _has_konjunktiv(sentence, sentence.opening, colon) or not _has_konjunktiv(
        sentence, colon + 1, sentence.last
    ):
        return None
    subject, verb = _subject_and_verb(sentence)
    if (
        subject is None
        or subject.mention is None
        or verb >= colon
        or not sentence.is_lower(verb)
        or not _known_speaker(sentence, subject)
    ):
        return None
    info = analyse_mention(subject.mention_words, language="de")
    if info is None or (
        info.kind is _SPEAKER_UNKNOWN and not _named_in_full(sentence, subject.mention_words)
    ):
        return None  # "Überhaupt scheint die Kommission …:", a capitalised adverb, is no one
    start = sentence.tokens[colon + 1].start
    # as after any colon of a statement, the content leaves the final mark out
    end = min(continuation.content.end, sentence.tokens[sentence.last - 1].end)
    if not continuation.content.start <= start < end:
        return None
    return _derive(subject, kind=_KIND_INDIRECT, content=Span(start=start, end=end))


def _after_narrated_clause(sentence: _Sentence, continuation: Attribution) -> Attribution:
    """``continuation`` without a first clause in the indicative that a comma or semicolon
    closes: "Seine Frau ist mehrfach operiert worden, | und er wolle sie nun begleiten", "Die
    Alliierten hatten Einspruch erhoben, | weil Berlin einen Sonderstatus habe". The narrator
    tells that clause; the Konjunktiv after it is the speaker's. Not after a subordinate clause
    opening the sentence ("Als die Polizei kam, seien die Täter geflohen"), nor when the first
    clause has a Konjunktiv or no finite verb in the indicative."""
    first = sentence.opening
    end = sentence.clause_end[first]
    if (
        end + 1 >= sentence.last
        or sentence.tokens[end].text not in {",", ";"}
        or sentence.word_class(first) == "sub"
        or _has_konjunktiv(sentence, first, end)
        or not sentence.roles.reportive.isdisjoint(sentence.lows[first:end])
        or not any(_narrated_verb(sentence, index) for index in range(first + 1, end))
        or not _has_konjunktiv(sentence, end + 1, sentence.clause_end[end + 1])
    ):
        return continuation
    start = sentence.tokens[end + 1].start
    if not continuation.content.start < start < continuation.content.end:
        return continuation
    return _derive(continuation, content=Span(start=start, end=continuation.content.end))


def _narrated_verb(sentence: _Sentence, index: int) -> bool:
    """Whether the word at ``index`` is a finite verb in the indicative (:func:`_indicative_verb`)
    and no adjective ("die chinesischen Behörden"), unless the lexicons know it as a verb."""
    low = sentence.lows[index]
    lexicon = sentence.lexicon
    known = low in lexicon.auxiliaries or low in lexicon.verbs
    return (known or not sentence.is_adjective(index)) and _indicative_verb(sentence, index)


def _own_subject(sentence: _Sentence) -> Attribution | None:
    """The speaker of a Konjunktiv sentence that names its own: a person or organisation
    opening it as the subject of a verb in the indicative whose clause a comma closes, with
    the Konjunktiv in the clause after it ("Bush befürchtet, sobald er sich anschließe, werde
    …", "Vertreter der Organisationen erwarten keine Entscheidung, weil … gestellt hätten").
    The Konjunktiv then depends on that verb, so the sentence reports its subject, not the
    speaker of the sentences before. Not the subject of a Konjunktiv ("Die Regierung habe …"),
    of a copula or a passive ("Seine Frau ist …, und er wolle …", "Im Jahr 1993 wurde die
    Botschaft hinterlassen, die Fackel werde …") or of a clause that "und" continues
    ("Die Polizei brachte sie in Sicherheit und habe …"): there the Konjunktiv is the earlier
    speaker's. A person or organisation after "Für" opening the sentence is its speaker too
    (:func:`_opinion_holder`)."""
    holder = _opinion_holder(sentence)
    if holder is not None:
        return _derive(holder, content=sentence.span(0, sentence.last))  # the whole sentence
    subject = _sentence_subject(sentence)
    tokens = sentence.tokens
    first = sentence.opening
    if subject is None or subject.mention is None:
        subject, verb = _subject_after_adverbial(sentence)
    elif subject.mention.start == tokens[first].start:
        verb = bisect.bisect_left(tokens, subject.mention.end, key=token_start)
    else:
        verb = first + 1  # "Langfristig strebt das Unternehmen …": the verb after the adverb
    if subject is None or verb >= sentence.last or not _indicative_verb(sentence, verb):
        return None
    subject_end = max(verb, _subject_end(sentence, subject))
    if subject_end >= sentence.last:
        return None  # the subject runs to the sentence's end: no clause after it
    comma = sentence.clause_end[subject_end]
    if (
        comma + 1 >= sentence.last
        or tokens[comma].text != ","
        or sentence.lows[comma + 1] in sentence.roles.coordinators
        or _has_konjunktiv(sentence, 0, comma)
        or not _has_konjunktiv(sentence, comma + 1, sentence.last)
    ):
        return None
    if not _known_speaker(sentence, subject):
        return None
    return _derive(subject, content=sentence.span(comma + 1, sentence.last))


def _opinion_holder(sentence: _Sentence) -> Attribution | None:
    """The holder of the view a sentence reports when a preposition of the
    ``holder_prepositions`` role opens it with a person or organisation before the verb: "Für
    den Theologen Hans Küng sei der Rücktritt „verständlich“", "Für Bildungssenator Willi Lemke
    hält die Beschäftigung … als „gelungenes Beispiel“" (not "Für die Kinder gibt es …", which
    names no one by its words; nor "Für das ZDF spielte sie …", whose verb has a pronoun as its
    subject). The mention leaves the preposition out."""
    first = sentence.opening
    if first + 2 >= sentence.last or sentence.lows[first] not in sentence.roles.holder_prepositions:
        return None
    phrase = _phrase_after(sentence, first + 1, sentence.last)
    if phrase is None or phrase.stop >= sentence.last or not sentence.is_lower(phrase.stop):
        return None
    if sentence.word_class(phrase.stop) not in {"", "verb"}:
        return None
    after = phrase.stop + 1
    if (
        after < sentence.last
        and sentence.lows[after] in sentence.roles.pronouns
        and not (
            sentence.lows[phrase.stop] in sentence.roles.sein
            and any(token.quote >= 0 for token in sentence.tokens)
        )
    ):
        # "Für das ZDF spielte sie in der Krimireihe „…“": the verb has a subject of its own,
        # and the phrase says for whom it acted; "Für Anwälte sei es möglich, …" for whom it
        # is possible (not "Für den Minister ist er „ein Verräter“": the quoted words judge)
        return None
    words = sentence.words(*phrase)
    info = analyse_mention(words, language="de")
    if info is None or info.pronoun:
        return None
    if info.kind is _SPEAKER_UNKNOWN and not (
        # a name before "sein": "Für Müller ist klar: „…“" after "Peter Müller" (not "Für
        # Hoyzer gilt die höchste Sicherheitsstufe", for whom a rule holds)
        sentence.lows[phrase.stop] in sentence.roles.sein and _speaking_name(sentence, info, words)
    ):
        return None
    return announced_phrase(sentence, *phrase, kind=_KIND_FREE_INDIRECT)


def _subject_and_verb(sentence: _Sentence) -> tuple[Attribution | None, int]:
    """The subject a sentence opens with (:func:`_sentence_subject`) and the token of its verb:
    right after the subject, or right after an opening adverb before it ("Langfristig strebt das
    Unternehmen …"); else the subject after an adverbial (:func:`_subject_after_adverbial`)."""
    subject = _sentence_subject(sentence)
    if subject is None or subject.mention is None:
        return _subject_after_adverbial(sentence)
    if subject.mention.start != sentence.tokens[sentence.opening].start:
        return subject, sentence.opening + 1
    return subject, _subject_end(sentence, subject)


def _subject_end(sentence: _Sentence, subject: Attribution) -> int:
    """The token after ``subject``'s mention."""
    end = subject.content.end if subject.mention is None else subject.mention.end
    return bisect.bisect_left(sentence.tokens, end, key=token_start)


def _known_speaker(sentence: _Sentence, subject: Attribution) -> bool:
    """Whether a subject is someone: a person or organisation by its words, a name with a
    first name, a bare name before a verb in the singular or one the text names in full before
    ("George W. Bush" or "Abhisit Vejjajiva" before "Bush", "Abhisit"), not a bare noun
    ("Einigkeit", "Besondere Probleme", "Kommentatoren sehen …")."""
    words = subject.mention_words
    info = analyse_mention(words, language="de")
    if info is None or info.pronoun:
        return False
    if info.kind is not _SPEAKER_UNKNOWN:
        return True
    mention = subject.mention
    if not info.named or mention is None:
        return False
    if len(words) != 1:
        # "Hubert Primus", not an adjective or a number before a noun ("Besondere Probleme")
        first = words[0].lower()
        return words[0] in sentence.lexicon.first_names or not (
            first.endswith(_ADJECTIVE_ENDINGS) or first in sentence.lexicon.word_class
        )
    verb = _subject_end(sentence, subject)
    if (
        verb < sentence.last
        and sentence.is_lower(verb)
        and not sentence.lows[verb].endswith("n")
        and sentence.word_class(verb) in {"", "verb"}
        # an auxiliary in the plural ends otherwise: "Zuchtfasane sind nicht überlebensfähig"
        and sentence.lexicon.auxiliaries.get(sentence.lows[verb], ("sg",))[0] != "pl"
    ):
        return True  # "Lindqvist gab sich …": a singular verb (not "Kommentatoren sehen")
    name = re.escape(words[0])
    full = re.compile(rf"\b[A-ZÄÖÜ][\w.-]* +{name}\b|\b{name} +[A-ZÄÖÜ][\w-]+\b")
    return full.search(sentence.text, 0, mention.start) is not None


def _report_named(sentence: _Sentence) -> Attribution | None:
    """A report, statement or study the sentence names in a prepositional phrase ("Im
    Jahresbericht werden zahlreiche Fälle aufgeführt. In vielen Fällen habe die Polizei …",
    "Die Beamten wurden in einer Anweisung der Botschaft aufgefordert, … Grund sei …"): the
    source of the free indirect speech after it. The noun of saying heads the phrase after a
    preposition of the ``source_prepositions`` role ("in", "im", "auf", "bei"); the mention
    leaves the preposition out."""
    roles = sentence.roles
    for index in range(sentence.last - 1):
        if sentence.lows[index] not in roles.source_prepositions or sentence.lows[index] == "laut":
            continue
        stop = min(sentence.clause_end[index], sentence.last, index + 1 + _MAX_PHRASE)
        phrase = _source_phrase(sentence, index, stop, whole=False)
        if phrase is not None and _names_a_source(sentence, phrase, speech_only=True):
            return announced_phrase(sentence, index + 1, phrase.stop, kind=_KIND_FREE_INDIRECT)
    return None


def _subject_after_opening(sentence: _Sentence) -> Attribution | None:
    """A person or organisation as the subject after the verb of an adverbial opening the
    sentence, a possible speaker of the free indirect speech after it: "Am 15. Mai hat die
    Wahlkommission den Termin festgelegt. Mögliche Termine seien …". The verb is a finite verb
    in the indicative, and the subject is someone by its words (a role, an organisation, a
    first name), not a bare noun ("Beim Treffen wurde die Bombe entdeckt")."""
    subject, verb = _subject_after_adverbial(sentence)
    if (
        subject is None
        or not _indicative_verb(sentence, verb)
        # an adjective before its noun ("Unter den 300 wertvollsten Unternehmen …")
        or (sentence.is_adjective(verb) and sentence.is_capitalised(verb + 1))
    ):
        return None
    info = analyse_mention(subject.mention_words, language="de")
    if info is None or info.pronoun or info.kind is _SPEAKER_UNKNOWN:
        return None
    return subject


def _reportive_clause(sentence: _Sentence, state: _State) -> bool:
    """Whether a clause of the sentence reports hearsay with the reportive modal (the
    ``reportive_perfect`` role) and a perfect infinitive, close after a quotation: the modal
    before a participle and "haben"/"sein" that close its clause ("Er soll sein Opfer verfolgt
    haben, bevor er zuschlug.", "Der General sollte an dem Angriff beteiligt gewesen sein.") or,
    in a verb-final clause, after them ("…, die nach der Tat verschwunden sein sollen").
    Someone claims what the clause tells; it is the speaker of a quotation found up to five
    sentences before (as :func:`verbs._reported_hearsay` inherits it). Farther on, the claim
    inside a sentence is nobody's the text names and the sentence around it mostly narration,
    so it counts only where the whole sentence ends in the perfect infinitive
    (:func:`verbs._reportive_sentence`). Not a modal opening its clause ("Sollte er gelogen
    haben, …" is a condition)."""
    modals = sentence.roles.reportive_perfect
    lows = sentence.lows
    if (
        modals.isdisjoint(lows)
        or not state.found_within(_HEARSAY_SENTENCES)
        or _QUESTION in lows[sentence.last :]
    ):
        return False
    return any(
        lows[index] in modals
        and (_perfect_closes_clause(sentence, index) or _perfect_before_modal(sentence, index))
        for index in range(sentence.last)
    )


def _perfect_closes_clause(sentence: _Sentence, modal: int) -> bool:
    """ "soll … verfolgt haben,": a participle and the auxiliary of a perfect infinitive close
    the clause of the modal at ``modal``, which does not open it."""
    end = min(sentence.clause_end[modal], sentence.last)
    auxiliary = end - 1
    return (
        modal > sentence.clause_start[modal]
        and auxiliary - 1 > modal
        and _perfect_infinitive(sentence, auxiliary)
    )


def _perfect_before_modal(sentence: _Sentence, modal: int) -> bool:
    """ "…, der Kühlflüssigkeit entzündet haben soll": the modal closes a verb-final clause
    right after a participle and the auxiliary of a perfect infinitive. Only "soll"/"sollen"
    (the ``reportive`` role): "sollte" there is a condition ("falls sie beteiligt gewesen sein
    sollten")."""
    auxiliary = modal - 1
    return (
        sentence.lows[modal] in sentence.roles.reportive
        and min(sentence.clause_end[modal], sentence.last) == modal + 1
        and auxiliary - 1 > sentence.clause_start[modal]
        and _perfect_infinitive(sentence, auxiliary)
    )


def _perfect_infinitive(sentence: _Sentence, auxiliary: int) -> bool:
    """Whether the auxiliary at ``auxiliary`` and the word before it are a perfect infinitive: a
    participle and "haben" ("verfolgt haben"), or "sein" after a participle in -en of a verb
    that builds its perfect with "sein" ("verschwunden sein", "ausgelaufen sein") or of the
    passive ("verletzt worden sein"). Not an adjective or a state ("soll resistent sein", "soll
    bis Mai fertiggestellt sein" are a claim of a state and a plan, told alike)."""
    roles = sentence.roles
    low = sentence.lows[auxiliary]
    if low not in roles.perfect_infinitive:
        return False
    participle = sentence.tokens[auxiliary - 1].text
    if not _participle_like(participle, sentence.lexicon):
        return False
    if low not in roles.sein_infinitive:
        return True
    return participle in roles.passive_perfect or (
        participle.endswith("en")
        and not (auxiliary > 1 and sentence.lows[auxiliary - 2] == "zu")
        and participle.startswith(tuple(roles.strong_participle_prefixes))
    )


def _reportive_clause_piece(
    text: str,
    extent: tuple[int, int],
    pairs: Sequence[QuotePair],
    words: set[str],
    state: _State,
) -> bool:
    """:func:`_reportive_clause` for a sentence only screened (``words`` its words), tokenized
    for it only when it holds a form of the reportive modal close after a quotation and, in
    any case, the auxiliary of the perfect infinitive the clause needs ("haben", "sein": most
    sentences with "sollte" have none)."""
    lexicon = _german()
    if lexicon.roles.reportive_perfect.isdisjoint(words) or not state.found_within(
        _HEARSAY_SENTENCES
    ):
        return False
    lowered = text[extent[0] : extent[1]].lower()
    if not any(auxiliary in lowered for auxiliary in lexicon.roles.perfect_infinitive):
        return False
    tokens = tokenize(text, extent[0], extent[1], pairs)
    return bool(tokens) and _reportive_clause(_Sentence(text, tokens, lexicon), state)


def _states_plan(piece: str) -> bool:
    """Whether "soll"/"sollen" in the first clause of a sentence (its words before the first
    comma) is the finite verb of a main clause stating a plan: more words of the clause follow
    it ("Die Hälfte des Geldes soll in neue Schulen fließen."), and the sentence asks nothing.
    Closing the clause it ends a subordinate one ("Was die Karte kosten soll, ist offen.")."""
    if piece.rstrip().endswith(_QUESTION):
        return False
    reportive = _german().roles.reportive
    words = _WORD.findall(piece.split(",", 1)[0])
    return any(word in reportive for word in words[:-1])


def _tells_intention(sentence: _Sentence) -> bool:
    """Whether a sentence tells a plan, aim or decision (a word of the ``intention_words``
    role: "Der Verband legte seine Pläne vor.", "Tesla will die Märkte erobern.")."""
    return not sentence.roles.intention_words.isdisjoint(sentence.lows)
