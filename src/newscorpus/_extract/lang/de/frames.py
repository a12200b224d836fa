"""German attribution phrases, one of the cue-rule steps (above words.py, phrases.py, contents.py
and subjects.py): "laut Polizei", "der Polizei zufolge", "nach Angaben der Polizei", "…, so Putin",
the noun cues ("Die Forderung des Ministers: …") and headlines ("Putin: …")."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

import attrs

from newscorpus._extract.engine import (
    CONTINUATION_SENTENCES,
    Phrase,
    RuleTable,
    announced_phrase,
    headline_colon,
    unquoted_pieces,
)
from newscorpus._extract.lang.de.bundle import _VOWELS, FramePosition
from newscorpus._extract.lang.de.contents import (
    _content_after,
    _content_before,
    _framed_clause,
    _framed_main_clause,
    _has_konjunktiv,
    _lower_case_words_said,
    _main_clause_verb,
    _outside_clause,
    _prepositional_relative,
    _quotes_after,
    _quotes_within,
    _relative_clause,
    _results,
)
from newscorpus._extract.lang.de.phrases import (
    _OBLIQUE_ADJECTIVE_ENDINGS,
    _bare_name,
    _before_time,
    _loose_apposition,
    _named_in_full,
    _participial_attribute,
    _phrase_after,
    _phrase_before,
    _postverbal_subject,
    _short_unknown,
    _source_words,
    _speaking_name,
    _with_phrases,
)
from newscorpus._extract.lang.de.sentence import (
    _DASHES,
    _MAX_HEADLINE_SOURCE,
    _MAX_PHRASE,
    _MIN_CONTENT_WORDS,
    _Sentence,
    _State,
)
from newscorpus._extract.lang.de.subjects import (
    _main_clause_subject,
    _preverbal_subject,
    _sentence_before,
    _sentence_subject,
    _statement_start,
    _subject_before_comma,
)
from newscorpus._extract.lang.de.words import (
    _ADJECTIVE_ENDINGS,
    _FINITE_ENDINGS,
    _adverb_word,
    _is_es,
    _skip_adverbs,
    _verb_like,
    _verb_second,
)
from newscorpus._extract.quotemarks import QuoteContext, title_like
from newscorpus._extract.speakers import Attribution, analyse_mention, role_or_organisation
from newscorpus._model import QuoteKind, Span, SpeakerKind

if TYPE_CHECKING:
    from collections.abc import Sequence

    from newscorpus._extract.quotemarks import QuotePair


# Enum members read in the rules, bound to names once: on Python 3.11 a member read through
# its class goes through EnumType.__getattr__, a slow path.
_KIND_DIRECT = QuoteKind.DIRECT
_KIND_INDIRECT = QuoteKind.INDIRECT
_SPEAKER_ORGANISATION = SpeakerKind.ORGANISATION
_SPEAKER_PERSON = SpeakerKind.PERSON
_SPEAKER_UNKNOWN = SpeakerKind.UNKNOWN
_CONTEXT_ATTRIBUTED = QuoteContext.ATTRIBUTED


#: The word classes of a word after "von" that dates a source rather than names it
#: ("Polizeiangaben von Sonntag", "von gestern").
_DATING_CLASSES = frozenset({"time", "adv"})
_SO_OPENERS = frozenset({",", ";", "–", "—", "-"})
#: The marks that close a clause right after a verb ("… von Wassermangel bedroht.").
_CLAUSE_MARKS = frozenset({".", ",", ";", "!", "?", ":"})
#: How a participle closing a clause ends ("bedroht", "betroffen").
_PARTICIPLE_ENDINGS = ("t", "en")
_MIN_PRONOMINAL = 4  # "damit", "darauf": "da" and a preposition of two letters or more


# Enum members read for every cue or attribution, bound to names once: on Python 3.11 a
# member read through its class goes through EnumType.__getattr__, a slow path.
_AT_AFTER = FramePosition.AFTER
_AT_ANAPHOR = FramePosition.ANAPHOR
_AT_BEFORE = FramePosition.BEFORE
_AT_NOUN = FramePosition.NOUN
_AT_OPENING = FramePosition.OPENING
_AT_TRAILING = FramePosition.TRAILING


def _frame_cue(
    sentence: _Sentence,
    index: int,
    pairs: Sequence[QuotePair],
    used: set[int],
    state: _State,
) -> list[Attribution]:
    position = sentence.lexicon.frames[sentence.lows[index]]
    if position in {_AT_BEFORE, _AT_NOUN} and _relative_frame(
        sentence, index, noun_needed=position is _AT_NOUN
    ):
        return _frame_relative(sentence, index, pronoun=True)
    if position is _AT_NOUN and _postposed(sentence, index):
        if sentence.within_content(sentence.tokens[index].start):
            return []  # "sagte, die Lage sei seiner Ansicht nach ernst": the speaker's own view
        return _frame_after(sentence, index)  # "Seiner Meinung nach", "Dem Vernehmen nach"
    if position in {_AT_BEFORE, _AT_NOUN}:
        return _frame_before(sentence, index, noun_needed=position is _AT_NOUN)
    if position is _AT_AFTER:
        return _frame_after(sentence, index)
    if position is _AT_TRAILING:
        return _frame_trailing(sentence, index, pairs, used)
    if position in {_AT_ANAPHOR, _AT_OPENING}:
        return _frame_anaphor(sentence, index, state, pairs, opening=position is _AT_OPENING)
    return _frame_relative(sentence, index)


def _postposed(sentence: _Sentence, index: int) -> bool:
    """Whether "nach" follows its noun of saying: "Seiner Meinung nach hätte …", "die ihrer
    Ansicht nach verbreiteten Illusionen" (not "gab die Informationen nach Berlin weiter")."""
    following = index + 1
    if index == 0 or following >= sentence.last or not sentence.is_lower(following):
        return False
    if (
        sentence.word_class(following) == "det"
        or not sentence.is_capitalised(index - 1)
        or sentence.lows[following] in sentence.roles.directions
        # "reagiert mit dem Urteil nach eigenen Worten": "nach" opens a frame of its own
        or sentence.lows[following] in sentence.roles.own_source
    ):
        return False  # ("die Sicht nach oben": "nach" with its adverb of direction)
    return sentence.lows[index - 1] in sentence.lexicon.speech_nouns


def _relative_frame(sentence: _Sentence, index: int, *, noun_needed: bool) -> bool:
    """Whether a framing preposition opens a relative clause after a comma: "Pläne, laut denen
    …", "Gerüchte, nach denen …", "ein Antrag, nach welchem …". Only the unambiguous relative
    pronouns count ("denen", "welch-"; "dem"/"der" may be articles: ", laut der Polizei"); a
    "nach" needs a noun of saying in the phrase before the comma (not "die Stadt, nach welcher
    er …")."""
    following = index + 1
    if index < 2 or following >= sentence.last or sentence.tokens[index - 1].text != ",":
        return False
    low = sentence.lows[following]
    if (
        low not in sentence.roles.relative_after_preposition
        and not low.startswith("welch")
        and not _verb_final_relative(sentence, following)
    ):
        return False
    if not noun_needed:
        return True
    phrase = _phrase_before(sentence, index - 1)
    if phrase is None:
        return False
    endings = sentence.lexicon.speech_noun_endings
    # "Meinungsumfragen im Land"; "Gerüchte": the list holds the dative "Gerüchten"
    return any(
        sentence.is_capitalised(position)
        and (
            sentence.lows[position].endswith(endings)
            or (sentence.lows[position] + "n").endswith(endings)
        )
        for position in range(*phrase)
    )


def _verb_final_relative(sentence: _Sentence, following: int) -> bool:
    """Whether "dem" or "der" after a framing preposition and its comma is a relative pronoun,
    not an article: the clause it opens ends in its finite verb ("ein Gutachten, laut dem Kevin
    misshandelt worden war", "eine Theorie, laut der das Militär die Bevölkerung
    manipuliert"), or an article follows it at once. As an article it opens the source, and
    the clause goes on with its verb right after the source (", laut der Polizei sei …") or
    closes without one (", laut der Polizei, …")."""
    if sentence.lows[following] not in sentence.roles.relative:
        return False
    last = min(sentence.clause_end[following], sentence.last) - 1
    if following + 1 > last or not (
        sentence.lows[last] in sentence.lexicon.auxiliaries
        or (sentence.is_lower(last) and _verb_like(sentence, last))
    ):
        return False
    if sentence.word_class(following + 1) == "det":
        return True  # "laut der das Militär …": no article stands before another
    source = _phrase_after(sentence, following, last)
    return (
        source is not None
        and source.stop < last
        and not (sentence.is_lower(source.stop) and _verb_like(sentence, source.stop))
    )


def _frame_relative(sentence: _Sentence, index: int, *, pronoun: bool = False) -> list[Attribution]:
    """ "Berichte, wonach …": the content follows, the source is the noun before the comma.
    With ``pronoun`` the phrase and a relative pronoun open the relative clause ("Umfragen,
    nach denen …"), the content follows the pronoun."""
    if index < 2 or sentence.tokens[index - 1].text != "," or index + 1 >= sentence.last:
        return []
    phrase = _phrase_before(sentence, index - 1)
    if phrase is None and pronoun and index > 2 and sentence.is_lower(index - 2):
        # "Dem Gericht liegt ein Gutachten vor, laut dem …": the antecedent before the
        # particle or adverb that closes the clause
        phrase = _phrase_before(sentence, index - 2)
    if phrase is None:
        if (
            pronoun
            or index + 1 >= sentence.last
            or sentence.within_content(sentence.tokens[index].start)
        ):
            return []
        # "kehrten zur ursprünglichen Version zurück, wonach …", "konnte Berichte nicht
        # bestätigen, wonach …": the clause before names no source right before the comma,
        # yet "wonach" still opens a reported content (unless a speaker's content holds it)
        attribution = Attribution(
            kind=_KIND_INDIRECT,
            content=sentence.span(index + 1, sentence.last),
            cue=(sentence.span(index, index + 1),),
            frame=sentence.span(index, index + 1),
        )
        return [attribution]
    if pronoun:
        start = index + 2
        if start >= sentence.last:
            return []
        span = sentence.span(start, sentence.last)
        attribution = _framed(sentence, phrase, span, index, sentence.span(index, start))
        # The relative pronoun is the mention, named by its antecedent (as ", der sagte" is):
        # "Umfragen, nach denen …" has the mention "denen" and the speaker "Umfragen".
        return [attrs.evolve(attribution, mention=sentence.span(index + 1, start))]
    span = sentence.span(index + 1, sentence.last)
    attribution = _framed(sentence, phrase, span, index, sentence.span(index, index + 1))
    return [attribution]


def _frame_trailing(
    sentence: _Sentence, index: int, pairs: Sequence[QuotePair], used: set[int]
) -> list[Attribution]:
    """ "…, so Lukaschenko.", "Zwar sei es ein Schritt – so Canny –, trotzdem sei …".

    Between commas or dashes inside a sentence, the source (with what follows it in its
    clause: "so X in einem Blogeintrag") frames the whole sentence.
    """
    tokens = sentence.tokens
    if index == 0 or index + 1 >= len(tokens):
        return []
    if not (tokens[index - 1].text in _SO_OPENERS or tokens[index - 1].quote >= 0):
        return []
    phrase = _phrase_after(sentence, index + 1, sentence.last)
    if phrase is None:
        return []
    rest: int | None = _skip_adverbs(sentence, phrase.stop)
    if (
        rest is not None
        and rest < sentence.last
        and tokens[rest].quote >= 0
        and tokens[rest - 1].text in _SO_OPENERS
    ):
        # "„…“, so die Sprecherin, Jana Lux, „…“": the apposition's closing comma ends the
        # phrase, and the quotation after it goes on
        rest -= 1
    if rest is not None and rest < sentence.last and tokens[rest].text not in _SO_OPENERS:
        rest = _aside_end(sentence, rest)
    if rest is None:
        return []
    if _source_relative_to_end(sentence, rest):
        rest = sentence.last  # "…, so eine Studie der Stiftung, in der 50 Methoden geprüft wurden."
    content = _content_before(sentence, index - 1)
    if content is None:
        content = _aside_in_prefield(sentence, index, rest)
    if content is None:
        return []
    kind, span, quotes = content
    frame = None
    if kind is not _KIND_DIRECT and rest + 1 < sentence.last and tokens[rest].text != ":":
        span = sentence.span(sentence.region_start, sentence.last)
        frame = sentence.span(index, rest)
    attribution = Attribution(
        kind=kind,
        content=span,
        mention=sentence.span(*phrase),
        mention_words=sentence.words(*phrase),
        cue=(sentence.span(index, index + 1),),
        frame=frame,
        addressee=_told_after(sentence, phrase, span),
    )
    quotes = quotes + _quotes_after(sentence, rest)
    return _results(sentence, attribution, quotes, pairs, used)


def _aside_in_prefield(
    sentence: _Sentence, index: int, rest: int
) -> tuple[QuoteKind, Span, list[int]] | None:
    """ "Die Kosten, so der Minister, seien gestiegen.", "Dennoch, so Nacke, habe er …", "Man
    werde, so die Ministerin, die Frist verlängern": the aside stands inside a main clause after
    its first phrase (no clause of its own before it), right before or after its finite verb in
    the Konjunktiv or an auxiliary. The whole sentence is the content."""
    start = sentence.region_start
    if (
        index - 1 <= start
        or rest + 1 >= sentence.last
        or sentence.tokens[rest].text not in _SO_OPENERS
        or not (_verb_second(sentence, rest) or _verb_second(sentence, index - 3))
    ):
        return None
    return _KIND_INDIRECT, sentence.span(start, sentence.last), []


def _source_relative_to_end(sentence: _Sentence, comma: int) -> bool:
    """Whether a relative clause about the source of ", so X" runs from the comma ``comma`` to
    the end of the sentence: "…, so das Ergebnis einer Studie, in der die Autorin 50 Methoden
    untersucht hat." The source's clause is then the sentence's last; nothing after it is
    content."""
    start = comma + 1
    if start >= sentence.last or sentence.tokens[comma].text != ",":
        return False
    if sentence.clause_end[start] < sentence.last:
        return False
    return _relative_clause(sentence, start) or _prepositional_relative(sentence, start)


def _aside_end(sentence: _Sentence, index: int) -> int | None:
    """The comma or dash that closes "so X in einem Interview" inside a sentence, or the end of
    the sentence, if no verb stands before it."""
    stop = min(sentence.clause_end[index], index + _MAX_PHRASE)
    if stop >= sentence.last and sentence.clause_end[index] >= sentence.last:
        stop = sentence.last  # "…, so Müller gegenüber der Zeitung.": the aside ends the sentence
    elif stop >= sentence.last or sentence.tokens[stop].text not in {*_SO_OPENERS, ":"}:
        return None  # (a colon ends it before a quotation: "…, so X weiter: „…“")
    lexicon = sentence.lexicon
    for position in range(index, stop):
        low = sentence.lows[position]
        if low in lexicon.auxiliaries or low in lexicon.verbs or low in lexicon.konjunktiv:
            return None
    return stop


def _frame_anaphor(
    sentence: _Sentence,
    index: int,
    state: _State,
    pairs: Sequence[QuotePair],
    *,
    opening: bool,
) -> list[Attribution]:
    """ "Demnach …", "Danach sei …": the sentence reports a source named before.

    "Demnach" points back to a source whether or not a quotation was found before ("Die Polizei
    legte einen Bericht vor. Demnach war der Fahrer zu schnell."). An *opening* phrase
    ("danach", also a word of time) counts only opening its sentence: right after a sentence
    that names a report with a noun of saying ("Das Institut legte eine Studie vor. Danach
    leben zwei Millionen Kinder in Armut."), or followed by a Konjunktiv within two sentences
    after a quotation. The word itself is the mention, named by the source the sentence before
    names (the ``German antecedent`` rules: "Demnach" after "Die Polizei legte einen Bericht
    vor." is the Polizei's), or else resolved like a pronoun to the last source.
    """
    initial = sentence.opening == index
    if index + 1 >= sentence.last or (opening and not initial):
        return []
    if (
        opening
        and not _after_report(sentence, state, pairs)
        and not (
            state.found_within(CONTINUATION_SENTENCES)
            and _has_konjunktiv(sentence, index + 1, min(sentence.last, index + 4))
        )
    ):
        return []
    span = sentence.span(index + 1 if initial else 0, sentence.last)
    antecedent = _antecedent(sentence, state, pairs)
    attribution = Attribution(
        kind=_KIND_INDIRECT,
        content=span,
        mention=sentence.span(index, index + 1),
        mention_words=sentence.words(index, index + 1)
        if antecedent is None
        else antecedent.mention_words,
        genitive=antecedent is not None and antecedent.genitive,
        cue=(sentence.span(index, index + 1),),
        # the word frames its clause like "laut" (GNQA marks it as the frame too), and what it
        # reports may relay another source ("Nach Zahlen des Verbands liefen demnach …", see
        # relays)
        frame=sentence.span(index, index + 1),
    )
    return [attribution]


class _Before(NamedTuple):
    """What the antecedent rules look at: the sentence before an anaphoric frame and the
    attributions found in it."""

    sentence: _Sentence
    # A builtin type: the compiled build evaluates a named tuple's field types at import, when
    # names imported only for type checking do not exist.
    found: tuple[Attribution, ...]


def _antecedent(
    sentence: _Sentence, state: _State, pairs: Sequence[QuotePair]
) -> Attribution | None:
    """The source the sentence right before this one (in this paragraph or the one before)
    names, which an anaphoric frame points to (``ANTECEDENT_RULES``), as an attribution whose
    mention words name it; None when it names none, or words that name no speaker."""
    before = _sentence_before(sentence, state, pairs, same_paragraph=False)
    if before is None:
        return None
    found = ANTECEDENT_RULES.first(_Before(before, tuple(state.previous_found)))
    if found is None or not found.mention_words:
        return None
    # ("Das sind die Daten, und wir wissen, dass …": a mention that names no speaker)
    info = analyse_mention(found.mention_words, language="de", genitive=found.genitive)
    return None if info is None else found


def _antecedent_attribution(case: _Before) -> Attribution | None:
    """ "…, ist es laut dem Magazin Focus zu Zwischenfällen gekommen. Demnach …", "Wie die
    NATO mitteilte, sind … getötet worden. Demnach …": the speaker of the last attribution found
    in the sentence before that names one."""
    for attribution in reversed(case.found):
        if attribution.mention is not None and attribution.mention_words:
            return attribution
    return None


def _antecedent_issuer(case: _Before) -> Attribution | None:
    """ "Das Ministerium gab einen Kommentar zu dem Vorfall ab. Demnach …", "Die Bank
    veröffentlichte am Montag neue Zahlen. Danach …": the subject of the sentence before
    (:func:`_main_clause_subject`) when a verb of issuing a statement, report or result (the
    ``issuing_verbs`` role) stands in it, its finite verb or the participle after an auxiliary
    ("Das Kartellamt hat den Bericht vorgelegt")."""
    before = case.sentence
    issuing = before.roles.issuing_verbs
    lows = before.lows
    if issuing.isdisjoint(lows[: before.last]):
        return None
    auxiliaries = before.lexicon.auxiliaries
    phrase = _main_clause_subject(
        before, lambda position: lows[position] in issuing or lows[position] in auxiliaries
    )
    return None if phrase is None else announced_phrase(before, *phrase)


def _antecedent_author(case: _Before) -> Attribution | None:
    """ "Der Naturschutzbund hat in einer Stellungnahme die Entscheidung kritisiert. Demnach
    …": the subject of the sentence before (:func:`_main_clause_subject`), a person, an organisation
    or a name, when it names a document in a phrase after a preposition of the
    ``source_prepositions`` role ("in einer Stellungnahme", "im Jahresbericht"): the subject
    wrote what the phrase names."""
    before = case.sentence
    document = _document_phrase(case)
    if (
        document is None
        or document.start == 0
        or before.lows[document.start - 1] not in before.roles.source_prepositions
    ):
        return None
    phrase = _main_clause_subject(before, lambda position: _verb_like(before, position))
    if phrase is None:
        return None
    info = analyse_mention(before.words(*phrase), language="de")
    if info is None or not (info.named or info.kind is not _SPEAKER_UNKNOWN):
        return None
    return announced_phrase(before, *phrase)


def _antecedent_document(case: _Before) -> Attribution | None:
    """ "Das Parlament hat dem Entwurf zugestimmt. Demnach …", "Das geht aus dem Urteil
    hervor. Demnach …": the noun phrase of a document in the sentence before
    (:func:`_document_phrase`)."""
    phrase = _document_phrase(case)
    return None if phrase is None else announced_phrase(case.sentence, *phrase)


def _document_phrase(case: _Before) -> Phrase | None:
    """The noun phrase of the first noun of saying in the sentence before an anaphoric frame
    (``speech_nouns.txt``, or a compound ending in one: "Jahresbericht"), with its article,
    adjectives and attributes ("den Abschlussbericht der Kommission"), when the speaker analysis
    can name it and it names no person ("neun Soldaten" is no compound of "Daten"). Not a
    phrase with a demonstrative article (the ``demonstrative_determiners`` role), which names
    an account named further back ("Dieser Darstellung widersprach ein Sprecher. Danach …")."""
    before = case.sentence
    endings = before.lexicon.speech_noun_endings
    for noun in range(before.last):
        if not before.is_capitalised(noun) or not before.lows[noun].endswith(endings):
            continue
        phrase = _phrase_before(before, noun + 1)
        if phrase is None:
            continue
        if before.lows[phrase.start] in before.roles.demonstrative_determiners:
            return None
        whole = _phrase_after(before, phrase.start, before.clause_end[noun])
        if whole is not None and whole.stop > phrase.stop:
            phrase = whole
        info = analyse_mention(before.words(*phrase), language="de")
        if info is None or info.pronoun:
            return None
        if info.kind is not _SPEAKER_PERSON:
            return phrase
    return None


#: The source an anaphoric frame ("Demnach", "Danach") points to in the sentence before, tried
#: in this order (the first that finds one wins).
ANTECEDENT_RULES: RuleTable[_Before, Attribution] = RuleTable(
    "German antecedent",
    (_antecedent_attribution, _antecedent_issuer, _antecedent_author, _antecedent_document),
)


def _after_report(sentence: _Sentence, state: _State, pairs: Sequence[QuotePair]) -> bool:
    """Whether the sentence right before this one (in this paragraph or the one before) names
    a report, study or statement: a capitalised noun of saying from ``speech_nouns.txt``, or a
    compound ending in one ("Jahresbericht"), outside its quotations: a speaker's words name
    no report of the text ("„Wir ändern das Gesetz“, sagte er. Danach ging er." is a time)."""
    previous = state.previous_span
    if previous is None or not state.previous_is_just_before(same_paragraph=False):
        return False
    endings = sentence.lexicon.speech_noun_endings
    pieces = unquoted_pieces(sentence.text, pairs, *previous)
    return any(
        word[:1].isupper() and word.lower().endswith(endings)
        for piece in pieces
        for word in piece.split()
    )


def _frame_before(
    sentence: _Sentence,
    index: int,
    *,
    noun_needed: bool,
) -> list[Attribution]:
    """ "laut Polizei", "gemäß dem Bericht", "nach Angaben der Polizei", "nach Polizeiangaben".

    A phrase that opens a content clause after a comma frames the rest of it like one opening
    its sentence: "Der Sprecher sagte, nach ersten Erkenntnissen habe ein Unbekannter …" gives
    "habe ein Unbekannter …" to the Erkenntnisse."""
    tokens = sentence.tokens
    phrase = _phrase_after(sentence, index + 1, sentence.last)
    if phrase is None and not noun_needed:
        phrase = _bare_name(sentence, index + 1, index + 2)
    field_end = 0  # where the prefield ends, when an addressee in it stays out of the source
    if sentence.opening == index and not _stops_at_verb(sentence, phrase):
        prefield = _prefield(sentence, index + 1)
        if prefield is not None and (phrase is None or phrase.stop < prefield.stop):
            phrase = _before_addressee(sentence, phrase, prefield)
            field_end = prefield.stop
    if phrase is None:
        return []
    phrase = _before_verb_attachment(sentence, _before_nominative(sentence, phrase))
    if sentence.opening != index:
        phrase = _coordinated_source(sentence, phrase)
    _, _, frame_end = _source_of(sentence, phrase)
    if noun_needed and (frame_end == phrase.start or _event_after(sentence, index, frame_end)):
        return []
    first = sentence.opening
    if first == index or (
        index > 0 and tokens[index - 1].text == "," and sentence.within_content(tokens[index].start)
    ):
        phrase = _with_apposition(sentence, phrase)
        start = max(phrase.stop, field_end)
        if start < len(tokens) and tokens[start].text == ",":
            start = _past_relative(sentence, start + 1)
        if start >= sentence.last:
            return []
        span: Span | None = sentence.span(start, sentence.last)
    else:
        span = (
            _framed_clause(sentence, index)
            or _framed_main_clause(sentence, index, phrase.stop)
            or _outside_clause(sentence, index, phrase.stop)
        )
    if span is None:
        return []
    frame = sentence.span(index, max(frame_end, index + 1))
    attribution = _framed(sentence, phrase, span, index, frame)
    if _own_source(sentence, phrase):
        subject = _own_subject(sentence, index, start if first == index else None)
        if subject is not None:
            attribution = attrs.evolve(attribution, mention_words=_source_words(sentence, subject))
    return [attribution]


def _past_relative(sentence: _Sentence, start: int) -> int:
    """Where the content of an opening frame starts when a relative clause about its source
    follows the source's comma: after the relative clause's closing comma, at the finite verb
    ("Nach Aussage von Surapong Suebwonglee, einem früheren Regierungssprecher, der der Gruppe
    angehört, wurde die Partei ausgewählt": "wurde die Partei ausgewählt"). Otherwise
    ``start``."""
    if (
        start + 1 >= sentence.last
        or sentence.lows[start] not in sentence.roles.relative
        or sentence.is_head(start + 1)  # "die Beamten seien …": an article
    ):
        return start
    comma = sentence.clause_end[start]
    verb = comma + 1
    if (
        comma >= sentence.last
        or sentence.tokens[comma].text != ","
        or verb >= sentence.last
        or not sentence.is_lower(verb)
        or not _verb_like(sentence, verb)
    ):
        return start
    return verb


def _own_source(sentence: _Sentence, phrase: Phrase) -> bool:
    """Whether a framing phrase names no source but the clause's own subject: an adjective of
    the ``own_source`` role before a noun of saying ("nach eigenen Angaben", "nach eigenem
    Bekunden", "nach eigener Darstellung")."""
    start, stop = phrase
    return (
        stop == start + 2
        and sentence.lows[start] in sentence.roles.own_source
        and sentence.lows[start + 1] in sentence.lexicon.speech_nouns
    )


def _own_subject(sentence: _Sentence, index: int, finite: int | None) -> Phrase | None:
    """The speaker of "nach eigenen Angaben" at ``index``: the subject of its clause, who speaks
    of itself. The mention stays the frame's words, as a reader marks them; the speaker is the
    subject's. ``finite`` is the verb right after a frame that opens its clause, with the
    subject after it ("Nach eigenen Angaben hat der Verein 4000 Mitglieder"). In a subordinate
    clause the subject follows its conjunction (", weil die Firma nach eigenen Angaben …"), in
    a relative clause the pronoun right before the frame stands for its antecedent (", die nach
    eigenen Angaben …"), another pronoun is an object with the subject after it (", dem sie laut
    eigenem Bekunden …"); in a main clause see :func:`_field_subject`. A clause cut by a
    bracket ("Bryan Cranston (59, Breaking Bad) kann sich nach eigenen Angaben …") names none."""
    if finite is not None:
        return _postverbal_subject(sentence, finite + 1, sentence.last)
    first = sentence.clause_start[index]
    if first >= index or any(
        sentence.tokens[position].text == ")" for position in range(first, index)
    ):
        return None
    relative = (
        first > 1
        and sentence.tokens[first - 1].text == ","
        and sentence.lows[first] in sentence.roles.relative
    )
    if relative and first + 1 == index:
        return _phrase_before(sentence, first - 1)
    if relative or sentence.word_class(first) == "sub":
        subject = _phrase_after(sentence, first + 1, index)
        return subject if subject is not None and subject.stop == index else None
    return _field_subject(sentence, first, index)


def _field_subject(sentence: _Sentence, first: int, index: int) -> Phrase | None:
    """The subject of the main clause from ``first`` that holds "nach eigenen Angaben" at
    ``index``: the phrase before the verb ("Die Feuerwehr hat nach eigenen Angaben …"), with an
    apposition set off by commas ("Der Bruder der Ministerin, Paul Roth, war nach eigenem
    Bekunden eingeweiht"), or the phrase after the verb when something else opens the clause
    ("Im Juni hat die Firma nach eigenen Angaben …") or a measure does, the verb's object
    ("Zwei Millionen Euro hat die Partei nach eigenen Angaben investiert")."""
    if (
        first > 1
        and sentence.tokens[first - 1].text == ","
        and sentence.is_lower(first)
        and _verb_like(sentence, first)
    ):
        return _subject_before_comma(sentence, first)  # the verb after the apposition
    field = _prefield(sentence, first)
    if field is None or field.stop >= index:
        return None
    subject = _preverbal_subject(sentence, first, field.stop)
    if subject is not None and not (
        sentence.tokens[first].text[:1].isdigit()
        or sentence.lows[first] in sentence.roles.quantities
    ):
        return subject
    return _postverbal_subject(sentence, field.stop + 1, index) or subject


def _before_nominative(sentence: _Sentence, phrase: Phrase) -> Phrase:
    """The source of a framing preposition up to a genitive article that opens a nominative:
    after "der", "des", "einer", "eines" of a genitive an adjective ends in "-en", so one in
    a bare "-e" makes the article a nominative's, the subject after the frame ("Verhaftet wurde
    laut Anwalt Jan Weber der zweite Sprecher der Partei", "würde nach Auskunft der Behörde der
    überwiegende Teil verglühen")."""
    lows = sentence.lows
    for index in range(phrase.start + 1, phrase.stop - 1):
        if (
            lows[index] in sentence.roles.genitive
            and lows[index + 1].endswith("e")
            and sentence.is_adjective(index + 1)
        ):
            return Phrase(phrase.start, index)
    return phrase


def _before_verb_attachment(sentence: _Sentence, phrase: Phrase) -> Phrase:
    """The source of a framing preposition without a "von" phrase that belongs to the verb
    closing the clause right after it: "sind laut einer Studie von Wassermangel bedroht" is the
    Studie's ("bedroht von Wassermangel"), "hängt laut Hoekstra von den Lebensumständen ab"
    Hoekstra's; "Laut einer Studie von Greenpeace ist der Wald bedroht" keeps Greenpeace, and "nach
    Angaben von Vattenfall Europe möglich" Vattenfall (no verb closes the clause)."""
    after = phrase.stop
    closes = after + 1 >= sentence.last or sentence.tokens[after + 1].text in _CLAUSE_MARKS
    if after >= sentence.last or not closes or not sentence.is_lower(after):
        return phrase
    last = sentence.lows[after]
    if not (last.endswith(_PARTICIPLE_ENDINGS) or last in sentence.roles.verb_particles):
        return phrase
    for index in range(phrase.start + 1, after):
        if sentence.lows[index] in sentence.roles.von:
            # unless the "von" phrase names someone, the study's author: "Der Wald ist laut
            # einer Studie von Greenpeace bedroht"
            words = sentence.words(index + 1, after)
            info = analyse_mention(words, language="de")
            if (info is not None and info.kind is not SpeakerKind.UNKNOWN) or any(
                role_or_organisation(word, "de") for word in words
            ):
                return phrase  # "nach Angaben von ÖVP-Politikern": people, a source
            return Phrase(phrase.start, index)
    return phrase


def _coordinated_source(sentence: _Sentence, phrase: Phrase) -> Phrase:
    """The source of a framing preposition inside a clause with a second source joined by
    "und", "oder" or "sowie": "Der Pegel steigt laut Stadt und Landkreis weiter", "Die Firma
    hat nach Angaben der Gewerkschaft und des Betriebsrats 300 Stellen gestrichen". The second
    phrase is a noun phrase in the same case (no "die", "das", "ein", "eine") and no finite
    verb follows it, which would make it the subject of a clause of its own ("laut Polizei und
    Anwohner berichten …")."""
    link = phrase.stop
    lows = sentence.lows
    if link + 1 >= sentence.last or lows[link] not in sentence.roles.coordinators:
        return phrase
    if lows[link + 1] in sentence.roles.non_dative or not (
        sentence.is_capitalised(link + 1) or sentence.word_class(link + 1) == "det"
    ):
        return phrase
    other = _phrase_after(sentence, link + 1, sentence.last)
    if other is None or not sentence.is_capitalised(other.stop - 1):
        return phrase
    after = other.stop
    if (
        after < sentence.last
        and sentence.is_lower(after)
        and _verb_like(sentence, after)
        and lows[after].endswith(_FINITE_ENDINGS)
    ):
        return phrase
    return Phrase(phrase.start, other.stop)


def _stops_at_verb(sentence: _Sentence, phrase: Phrase | None) -> bool:
    """Whether the noun phrase rules ended the source of an opening frame right before its
    finite verb, a lower-case word that can be no part of a noun phrase after its noun and has
    a verb's ending or an article, preposition, adverb or pronoun after it, unlike a lower-case
    name ("der Presseagenturen dpa und AFP"): "Nach
    Angaben des Stromnetzbetreibers sank allein …", "Laut Robert Koch-Institut gehören
    Infektionen …"): the prefield then ends there too."""
    if phrase is None:
        return False
    stop = phrase.stop
    return (
        stop < sentence.last
        and sentence.is_lower(stop)
        and sentence.tokens[stop].quote < 0
        and sentence.is_capitalised(stop - 1)
        and _verb_like(sentence, stop)
        and (
            sentence.lows[stop].endswith(_FINITE_ENDINGS)
            or (
                stop + 1 < len(sentence.tokens)
                and sentence.word_class(stop + 1) in {"det", "prep", "adv", "time", "pron"}
            )
        )
    )


def _with_apposition(sentence: _Sentence, phrase: Phrase) -> Phrase:
    """A framing phrase that opens its sentence with the apposition set off after it: "Nach
    Meinung von Mike Brown, Professor am California Institute of Technology, könnte …", "Nach
    Angaben des Hauptsponsors, dem Getränkehersteller Pepsi, sahen …". The apposition holds no
    verb and a verb follows its closing comma, or a relative clause that a verb follows (see
    :func:`_past_relative`); it is the source's, not the content."""
    comma = phrase.stop
    if comma + 2 >= sentence.last or sentence.tokens[comma].text != ",":
        return phrase
    end = _loose_apposition(sentence, comma + 1, sentence.last)
    if (
        end <= comma + 1
        or end + 1 >= sentence.last
        or sentence.tokens[end].text != ","
        or not sentence.is_lower(end + 1)
        or (
            sentence.word_class(end + 1) not in {"", "verb"}
            and _past_relative(sentence, end + 1) == end + 1
        )
    ):
        return phrase
    return Phrase(phrase.start, end)


def _event_after(sentence: _Sentence, index: int, frame_end: int) -> bool:
    """Whether "nach" at ``index`` with a definite article tells the time of an event, not a
    source: "Zwei Monate nach dem Urteil des Gerichts liegt …", "Nach der Veröffentlichung kam
    es zu Demonstrationen". Without an article or with an indefinite one ("nach einer
    Veröffentlichung in „Nature“"), and with other nouns ("nach dem Willen der Regierung"),
    "nach" names a source. The nouns are the event nouns of ``word_roles.txt``; the frame may
    go on after the noun ("Nach der Nachricht vom Rücktritt des Präsidenten stiegen …"). After
    a word of time or a time focus ("Wochen nach", "erst nach", "kurz nach") "nach" tells the
    time whatever its noun: "Erst nach umfangreichen Ermittlungen war genug Material da"."""
    if index > 0 and (
        sentence.lows[index - 1] in sentence.roles.time_focus
        or sentence.word_class(index - 1) == "time"
    ):
        return True
    following = index + 1
    return (
        sentence.word_class(following) == "det"
        and sentence.lows[following] not in sentence.roles.indefinite
        and any(low in sentence.roles.event_nouns for low in sentence.lows[following:frame_end])
    )


# Endings of a name in the genitive before its noun: "Putins Angaben", "Klaus' Meinung".
_GENITIVE_ENDINGS = ("s", "'", "’")


def _before_addressee(sentence: _Sentence, phrase: Phrase | None, prefield: Phrase) -> Phrase:
    """The prefield up to a phrase naming whom the source told (the ``addressee_prepositions``
    role): "Nach Angaben der Sprecherin gegenüber dem Weser-Kurier ist …" names the Sprecherin."""
    start = prefield.start if phrase is None else phrase.stop
    addressees = sentence.roles.addressee_prepositions
    for position in range(start, prefield.stop):
        if sentence.lows[position] in addressees:
            return Phrase(prefield.start, position) if position > prefield.start else prefield
    return prefield


def _prefield(sentence: _Sentence, start: int) -> Phrase | None:
    """The words from ``start`` up to the finite verb of a main clause that a framing phrase
    opens, when they hold no comma: "Laut einer am Dienstag veröffentlichten Pressemitteilung
    des WFP wurden …", "Laut bildblog.de veröffentlichte das Ministerium …". German puts one
    constituent before the finite verb, so all of them are the frame's source.

    The finite verb is an auxiliary or a Konjunktiv, or a lower-case word with a verb's ending
    that an article, a pronoun, a preposition, an adverb or an adjective follows
    ("veröffentlichte das", "nahmen an", "umstellten französische Sicherheitskräfte"); such a
    word right before a noun ("veröffentlichten Pressemitteilung") is an attribute.
    """
    if start >= sentence.last:
        return None
    lexicon = sentence.lexicon
    stop = min(sentence.clause_end[start], sentence.last, start + _MAX_PHRASE)
    tokens = sentence.tokens
    for position in range(start + 1, stop - 1):
        if not sentence.is_lower(position) or tokens[position].quote >= 0:
            continue
        if tokens[position - 1].text == "." and tokens[position - 1].end == tokens[position].start:
            continue  # "ndr.de": a web address split at its dot
        low = sentence.lows[position]
        if low in lexicon.auxiliaries or low in lexicon.konjunktiv:
            return Phrase(start, position)
        if (low in lexicon.word_class and low not in lexicon.verbs) or not low.endswith(
            _FINITE_ENDINGS
        ):
            continue
        if sentence.word_class(position - 1) in {"det", "prep"}:
            continue  # "vom gestrigen Dienstagabend": an attribute; no prefield ends that way
        following = position + 1
        if sentence.word_class(following) in {"det", "prep", "adv", "time"} or (
            sentence.is_lower(following)
            and (
                sentence.lows[following] in sentence.roles.pronouns
                or sentence.is_adjective(following)
            )
        ):
            return Phrase(start, position)
    return None


def _source_of(sentence: _Sentence, phrase: Phrase) -> tuple[tuple[str, ...], bool, int]:
    """The words naming the source in a framing phrase, and where the frame words end.

    "Angaben der Polizei" -> ("der", "Polizei"), frame "nach Angaben"; "Polizeiangaben" ->
    ("Polizei",); "Putins Angaben" -> ("Putins",) in the genitive; "eigenen Angaben" -> no
    source; "Polizei" -> ("Polizei",). Returns the words, whether they are a bare genitive, and
    the token after the frame words.
    """
    start, stop = phrase
    nouns = sentence.lexicon.speech_nouns
    for index in range(start, stop):
        if not sentence.is_capitalised(index) or sentence.word_class(index) == "det":
            continue
        if (
            index + 1 < stop
            and sentence.lows[index].endswith(_GENITIVE_ENDINGS)
            and sentence.is_head(index)
            and sentence.lows[index + 1] in nouns
        ):
            continue  # "Nach Grupps Meinung", "Putins Angaben zufolge": the genitive source
        low = sentence.lows[index]
        if low in nouns:
            after = index + 1
            if after < stop and sentence.lows[after] in sentence.roles.von:
                after += 1
            elif (
                after < stop
                and sentence.lows[after] in sentence.roles.response_sources
                and not any(sentence.word_class(word) == "time" for word in range(after, stop))
            ):
                # "nach Angaben aus Sicherheitskreisen": whom the words came from (not
                # "Planungen aus dem Jahr 2005": when they were made)
                after += 1
            if after < stop and (
                sentence.word_class(after) == "det"
                or sentence.is_head(after)
                # "Ansicht von ai": a short name in lower case after "von"
                or (after > index + 1 and _short_unknown(sentence, after))
            ):
                # A name right after the noun, without an article, is its owner in the
                # genitive: "nach Auffassung Österreichs", "nach Ansicht Rabmer-Kollers".
                bare = (
                    after == index + 1
                    and sentence.lows[stop - 1].endswith(_GENITIVE_ENDINGS)
                    and all(sentence.is_head(word) for word in range(after, stop))
                )
                # "Informationen der Stadtverwaltung vom Montag": the date names no source
                end = _before_time(sentence, after, stop)
                return _attached_source(sentence, after, end), bare, after
            if index > start and sentence.is_head(index - 1):
                return sentence.words(index - 1, index), True, index + 1
            if (
                index > start
                and sentence.lows[index - 1] in sentence.roles.possessives
                # capitalised inside a sentence it is the polite "Ihrer" (yours): "Wer hat
                # Ihrer Meinung nach recht?"
                and (sentence.is_lower(index - 1) or index - 1 == sentence.opening)
            ):
                # "Seiner Meinung nach", "Ihrer Ansicht nach": the possessive names the owner
                # as its pronoun does (pronouns.txt), someone named before
                return sentence.words(index - 1, index), False, index + 1
            if low in sentence.roles.document_nouns and not (
                start > 0 and sentence.lows[start - 1] in sentence.roles.temporal_frames
            ):
                # "Laut einer Studie", "Dem Bericht zufolge": with no owner the document itself
                # (not after "nach", which may tell a time: "nach dem schlechten Ergebnis")
                return sentence.words(start, index + 1), False, index + 1
            return (), False, index + 1
        endings = sentence.lexicon.speech_noun_endings
        if low.endswith(endings):
            noun = max(
                (noun for noun in endings if low.endswith(noun) and len(low) > len(noun) + 2),
                key=len,
                default="",
            )
            if noun:
                after = index + 1
                if after < stop and sentence.word_class(after) == "det":
                    # "Pressemitteilung des Hilfswerks": the genitive names the source
                    return _attached_source(sentence, after, stop), False, after
                if low in sentence.roles.press_statements:
                    # "laut Pressemitteilung": told to the press, not the press's own words;
                    # "von" names who gave it ("Presseaussendung von WWF und Landesjagdverband";
                    # after others it may open the clause's object: "Medienberichten zufolge
                    # fordert sie von ihren Partnern …")
                    if (
                        after + 1 < stop
                        and sentence.lows[after] in sentence.roles.von
                        and sentence.word_class(after + 1) not in _DATING_CLASSES
                        and not sentence.lows[after + 1].isdigit()
                    ):
                        return _attached_source(sentence, after + 1, stop), False, after
                    return (), False, index + 1
                prefix = sentence.tokens[index].text[: len(low) - len(noun)]
                if noun in sentence.roles.statute_nouns and not prefix.endswith("-"):
                    # "nach dem Fremdenpolizeigesetz": the prefix says what the law rules
                    return (), False, index + 1
                if noun in sentence.roles.qualified_nouns and not prefix.endswith("-"):
                    # "nach dem vorläufigen Endergebnis": the prefix says which result, unless
                    # it names someone ("laut Polizeistatistik", "nach Expertenprognosen")
                    return _speaking_prefix(prefix), False, index + 1
                return (_without_linking_s(prefix.rstrip("-")),), False, index + 1
        break
    return sentence.words(start, stop), False, start


def _without_linking_s(prefix: str) -> str:
    """The first part of a compound without the linking "s" that joins it to a noun of saying
    ("Regierungs|angaben" -> "Regierung", "Gewerkschafts|angaben" -> "Gewerkschaft"), when the
    part is a role or organisation only without it; else the part as written ("Polizei")."""
    if (
        len(prefix) > 1
        and prefix.endswith("s")
        and not role_or_organisation(prefix, "de")
        and role_or_organisation(prefix[:-1], "de")
    ):
        return prefix[:-1]
    return prefix


def _speaking_prefix(prefix: str) -> tuple[str, ...]:
    """The first part of a compound of the ``qualified_nouns`` role when it names a person or
    organisation ("Polizei|statistik", "Experten|prognose", "Bundesbank|prognose"), else
    nothing ("End|ergebnis", "Wachstums|prognose"; a part before a linking "s" is not tried:
    "Versammlungs|gesetz" is no assembly's, "Regierungs|entwurf" needs more than its shape)."""
    info = analyse_mention((prefix,), language="de")
    if (
        info is not None
        and not info.pronoun
        and info.kind in {_SPEAKER_PERSON, _SPEAKER_ORGANISATION}
    ):
        return (prefix,)
    return ()


def _attached_source(sentence: _Sentence, start: int, stop: int) -> tuple[str, ...]:
    """The words naming the source in the genitive or "von" phrase ``start:stop`` after a noun
    of saying, without the words of an extended attribute: "Angaben der in Köln ansässigen
    Firma" names "der ansässigen Firma"."""
    if sentence.word_class(start) == "det" and start + 1 < stop:
        attribute = _participial_attribute(sentence, start + 1, stop, _OBLIQUE_ADJECTIVE_ENDINGS)
        if attribute > start + 1:
            return (sentence.tokens[start].text, *sentence.words(attribute, stop))
    return sentence.words(start, stop)


def _framed(
    sentence: _Sentence,
    phrase: Phrase,
    content: Span,
    cue: int,
    frame: Span,
) -> Attribution:
    """The attribution of a framing phrase: the whole phrase is the mention, its source the
    speaker ("nach Angaben der Polizei": mention "Angaben der Polizei", speaker "Polizei")."""
    words, genitive, _ = _source_of(sentence, phrase)
    return Attribution(
        kind=_KIND_INDIRECT,
        content=content,
        mention=sentence.span(*phrase),
        mention_words=words,
        cue=(sentence.span(cue, cue + 1),),
        frame=frame,
        genitive=genitive,
        addressee=_told_after(sentence, phrase, content),
    )


def _told_after(sentence: _Sentence, phrase: Phrase, content: Span) -> Span | None:
    """Whom the source of a framing phrase told, in a phrase of the ``addressee_prepositions``
    role right after it and outside the content: "Nach Angaben der Sprecherin gegenüber dem
    Weser-Kurier ist …", "…, so der Sprecher gegenüber dem Sender." (the noun phrase, without
    its preposition)."""
    position = phrase.stop
    if (
        position + 1 >= len(sentence.tokens)
        or sentence.lows[position] not in sentence.roles.addressee_prepositions
    ):
        return None
    told = _phrase_after(sentence, position + 1, sentence.clause_end[position])
    if told is None:
        return None
    span = sentence.span(*told)
    return None if span.start < content.end and content.start < span.end else span


def _frame_after(sentence: _Sentence, index: int) -> list[Attribution]:
    """ "der Polizei zufolge", "Medienberichten zufolge", "dem „Figaro“ zufolge"."""
    tokens = sentence.tokens
    relative = _relative_zufolge(sentence, index)
    if relative is not None:
        return [relative]
    phrase = _phrase_before(sentence, index)
    if phrase is None and index > 0:
        phrase = _bare_name(sentence, index - 1, index)
        if phrase is not None and index > 1 and sentence.word_class(index - 2) == "det":
            phrase = Phrase(index - 2, index)
    if phrase is None or phrase.start > sentence.opening:
        phrase = _opening_source(sentence, index) or phrase
    if phrase is None:
        return []
    phrase = _object_before_source(sentence, _dative_source(sentence, phrase, index), index)
    phrase = _with_attribute_adverb(sentence, phrase)

    finite: int | None = None  # the verb after a frame opening the sentence
    if sentence.opening == phrase.start:
        content_start = index + 1
        if content_start < len(tokens) and tokens[content_start].text == ",":
            content_start += 1
        if content_start >= sentence.last:
            return []
        finite = content_start
        span: Span | None = sentence.span(content_start, sentence.last)
    else:
        span = _framed_clause(sentence, phrase.start) or _outside_clause(
            sentence, phrase.start, index + 1
        )
    if span is None:
        return []
    attribution = _framed(sentence, phrase, span, index, sentence.span(phrase.start, index + 1))
    if _own_source(sentence, phrase):
        # "Der Verein hat eigenen Angaben zufolge …", "Eigenen Angaben zufolge hat der Verein
        # …": the clause's subject speaks of itself, as after "nach eigenen Angaben".
        subject = _own_subject(sentence, phrase.start, finite)
        if subject is not None:
            attribution = attrs.evolve(attribution, mention_words=_source_words(sentence, subject))
    return [attribution]


def _with_attribute_adverb(sentence: _Sentence, phrase: Phrase) -> Phrase:
    """The source of "zufolge" with an adverb and the adjective it modifies before it ("Gut
    informierten Kreisen zufolge", "bestens unterrichteten Quellen zufolge": an adverb of the
    ``attribute_adverbs`` role and an inflected lower-case adjective)."""
    start = phrase.start
    adverbs = sentence.roles.attribute_adverbs
    adjective = start - 1
    if (
        adjective >= 1
        and sentence.is_lower(adjective)
        and sentence.lows[adjective].endswith(_ADJECTIVE_ENDINGS)
        and not sentence.word_class(adjective)
        and sentence.lows[adjective - 1] in adverbs
    ):
        start = adjective  # the adjective read as the clause's verb ("Gut informierten …")
    while start > 0 and sentence.lows[start - 1] in adverbs:
        start -= 1  # "gewöhnlich gut unterrichteten Kreisen"
    return phrase if start == phrase.start else Phrase(start, phrase.stop)


def _dative_source(sentence: _Sentence, phrase: Phrase, stop: int) -> Phrase:
    """The source of "zufolge" within the words before it: "zufolge" takes the dative, so an
    article that has no dative form ("die", "das", "ein", "eine") opens no source; it belongs
    to the clause, with its noun when another phrase follows ("Mit Drogen nimmt die
    Organisation Schätzungen zufolge Milliarden ein" -> "Schätzungen"), or it is a relative
    pronoun before the source (", die Experten zufolge …" -> "Experten")."""
    start = phrase.start
    if sentence.lows[start] not in sentence.roles.non_dative or start + 1 >= stop:
        return phrase
    head = start + 1
    while head < stop and not sentence.is_capitalised(head):
        head += 1  # the adjectives before the first noun
    after = head + 1
    if after < stop:
        rest = _phrase_after(sentence, after, stop)
        if rest is not None and rest.stop == stop:
            return Phrase(after, stop)
    return Phrase(start + 1, stop)


def _object_before_source(sentence: _Sentence, phrase: Phrase, stop: int) -> Phrase:
    """The source of "zufolge" after a noun of the clause: "Verbraucher stehen selbstfahrenden
    Pkw einer Umfrage zufolge positiv gegenüber" -> "einer Umfrage". An adjective and a noun
    without an article before an article and its noun are the clause's object, not the head of
    a genitive, unless the noun is a noun of saying, a role or an organisation ("Angaben der
    Polizei zufolge", "Experten der Universität zufolge"); a name stays, the speaker of the
    clause's verb ("sagte Lukasz Kaminski der Agentur PAP zufolge"). The phrase after the
    article must itself be a noun of saying ("einer Umfrage", "einem Bericht"): one without
    ("aktuellen Messungen des Wetterdienstes zufolge") is a genitive of the noun before it."""
    start = phrase.start
    if sentence.word_class(start) == "det":
        return phrase
    article = next(
        (index for index in range(start + 1, stop) if sentence.word_class(index) == "det"), None
    )
    if article is None or article + 1 >= stop or not sentence.is_capitalised(article - 1):
        return phrase
    head = sentence.tokens[article - 1].text
    endings = sentence.lexicon.speech_noun_endings
    if head.lower().endswith(endings) or role_or_organisation(head, "de"):
        return phrase
    source = next(
        (index for index in range(article + 1, stop) if sentence.is_capitalised(index)), stop
    )
    if source == stop or not sentence.lows[source].endswith(endings):
        # "war aktuellen Messungen des Wetterdienstes zufolge zu warm": a genitive that names
        # no statement of its own ("des Wetterdienstes") belongs to the noun before it
        return phrase
    info = analyse_mention(sentence.words(start, article), language="de")
    if info is not None and (info.named or info.role or info.kind is not _SPEAKER_UNKNOWN):
        return phrase
    return Phrase(article, stop)


def _relative_zufolge(sentence: _Sentence, index: int) -> Attribution | None:
    """ "Studien, denen zufolge die Mieten steigen": a relative pronoun after a comma before
    the postposition opens a relative clause, the content; the pronoun is the mention, named by
    the phrase before the comma (as "Gerüchte, nach denen …" is)."""
    pronoun, comma = index - 1, index - 2
    if (
        comma < 1
        or index + 1 >= sentence.last
        or sentence.tokens[comma].text != ","
        or sentence.lows[pronoun] not in sentence.roles.relative_after_preposition
    ):
        return None
    antecedent = _phrase_before(sentence, comma)
    stop = min(sentence.clause_end[index + 1], sentence.last)
    if antecedent is None or stop <= index + 1:
        return None
    span = sentence.span(index + 1, stop)
    attribution = _framed(sentence, antecedent, span, index, sentence.span(pronoun, index + 1))
    return attrs.evolve(attribution, mention=sentence.span(pronoun, index))


def _opening_source(sentence: _Sentence, index: int) -> Phrase | None:
    """The source of "zufolge" (token ``index``) that opens its sentence, when the noun phrase
    rules cannot read it: all words from the sentence's opening, if no comma and no verb stand
    among them ("Ersten Angaben vom gestrigen Mittwoch zufolge gehörte …", "Auch dem
    Korrespondenten al-Jazeeras zufolge wurde …"). The frame is the sentence's first
    constituent, and the finite verb follows it."""
    first = sentence.opening
    if not first < index <= first + _MAX_PHRASE:
        return None
    stop: int | None = index
    if sentence.clause_start[index] > first:
        stop = _before_name_apposition(sentence, first, index)
    if stop is None:
        return None
    for position in range(first, stop):
        if sentence.is_lower(position) and _verb_like(sentence, position):
            return None
    return Phrase(first, stop)


#: The most words of a name set off by commas before "zufolge" (see
#: :func:`_before_name_apposition`).
_MAX_APPOSITION_NAME = 4


def _before_name_apposition(sentence: _Sentence, first: int, index: int) -> int | None:
    """Where a source opening the sentence ends when a name set off by commas closes it right
    before "zufolge" (token ``index``): "Dem Betriebsratschef in Görlitz, Ronald Roth, zufolge
    haben …" ends before the second comma. None unless the two commas are the only ones after
    ``first`` and only capitalised words stand between them."""
    closing = index - 1
    if closing <= first or sentence.tokens[closing].text != ",":
        return None
    opening = next(
        (
            position
            for position in range(closing - 1, max(first, closing - _MAX_APPOSITION_NAME - 1), -1)
            if sentence.tokens[position].text == ","
        ),
        None,
    )
    if (
        opening is None
        or opening == closing - 1
        or sentence.clause_start[opening - 1] > first
        or not all(sentence.is_capitalised(position) for position in range(opening + 1, closing))
    ):
        return None
    return closing


def _noun_cue(sentence: _Sentence, pairs: Sequence[QuotePair], used: set[int]) -> list[Attribution]:
    """ "Die Grünen vertreten die Meinung, dass …", "Er schloss mit der Forderung, die Steuern
    zu senken.": a noun of saying (``noun_cues.txt``) right before a comma, followed by a
    dass-clause, a clause in the Konjunktiv or a zu-infinitive (never a plain main clause). The
    subject of the sentence is the mention, else the noun phrase; a phrase that opens the
    sentence ("Der Vorschlag, die Steuern zu senken, fand …") takes only the clause after its
    comma as content."""
    lexicon = sentence.lexicon
    tokens = sentence.tokens
    if lexicon.noun_cues.isdisjoint(sentence.lows):
        return []
    for index, low in enumerate(sentence.lows):
        if low not in lexicon.noun_cues or index + 1 >= sentence.last:
            continue
        if not sentence.is_capitalised(index):
            continue
        if (
            index > 0
            and sentence.lows[index - 1] in sentence.roles.negating_determiners
            and low not in sentence.roles.negated_noun_cues
        ):
            continue  # "Gebe es keine Einigung, drohe …": no words of an agreement
        # "stellten die Theorie auf, dass …", "legten Wert darauf, dass …": a separable
        # particle or a pronominal adverb may close the clause between the noun and its comma
        closer = (
            index + 2 < sentence.last
            and tokens[index + 2].text == ","
            and _clause_closer(sentence, index + 1)
        )
        holder = (
            None if closer or tokens[index + 1].text == "," else _noun_cue_genitive(sentence, index)
        )
        comma = (
            index + 2
            if closer
            else index + 1
            if holder is None
            else sentence.clause_end[holder.start]  # past a complement after the genitive
        )
        if tokens[comma].text != ",":
            continue
        content = _content_after(sentence, comma, opinion=True)
        if content is None:
            continue
        kind, span, quotes = content
        phrase = _phrase_before(sentence, index + 1) or Phrase(index, index + 1)
        subject = None
        if holder is not None:
            # "die Forderung des CSU-Vorsitzenden Edmund Stoiber, …": the genitive names who
            # demands; the content ends with its clause ("…, das Gericht sei nicht legitim, mit
            # den Worten entgegen").
            phrase = holder
            end = sentence.clause_end[comma + 1]
            if kind is not _KIND_DIRECT and end < sentence.last:
                span = sentence.span(comma + 1, end)
        elif phrase.start <= sentence.opening:
            span = _prefield_content(sentence, comma + 1, kind, span)
        else:
            if _prepositional_prefield(sentence, phrase, comma + 1):
                span = _prefield_content(sentence, comma + 1, kind, span)
            # "Die Grünen vertreten die Meinung, …": the person or organisation opening the
            # sentence holds the opinion the noun names.
            subject = (
                None
                if _received(sentence, phrase.start)
                else _noun_cue_clause_subject(sentence, phrase.start)
                or _noun_cue_subject(sentence, phrase.start)
                or _sentence_subject(sentence)
                or _noun_cue_prefield(sentence, phrase.start)
                or _noun_cue_field_subject(sentence, phrase.start)
            )
        if subject is None and holder is None:
            subject = _possessive_owner(sentence, phrase)
        mention = sentence.span(*phrase) if subject is None else subject.mention
        attribution = Attribution(
            kind=kind,
            content=span,
            mention=mention,
            mention_words=sentence.words(*phrase) if subject is None else subject.mention_words,
            cue=(sentence.span(index, index + 1),),
            cue_words=_noun_cue_words(sentence, index, mention, with_verb=holder is None),
        )
        return _results(sentence, attribution, quotes, pairs, used)
    return []


def _speech_act_object(
    sentence: _Sentence, pairs: Sequence[QuotePair], used: set[int]
) -> list[Attribution]:
    """ "Die Kritik der Opposition an der „Selbstherrlichkeit“ des Ministers", "Die Forderung
    der Gewerkschaft nach „fairen Löhnen“", "Die Grünen erneuerten ihren Vorwurf der
    „Vetternwirtschaft“": a quotation in the object of a noun for an act of speech (the
    ``speech_act_nouns`` role) gives the words of that act. It follows a preposition of the
    ``speech_act_prepositions`` role right after the noun or after the noun's genitive, with
    articles and adjectives between, or it is the genitive of a noun of the ``charge_nouns``
    role ("der Vorwurf der „…“"), and it must read as words, not a name
    (:func:`_speech_act_words`). Who speaks: :func:`_speech_act_speaker`. The quotation is
    judged as in a sentence with an attribution, so a name after the article stays a name.
    Used, as noun cues are, only when nothing else in the sentence found a quotation."""
    if not sentence.quote_tokens or sentence.roles.speech_act_nouns.isdisjoint(sentence.lows):
        return []
    found: list[Attribution] = []
    for quote in sentence.quote_tokens:
        pair = sentence.tokens[quote].quote
        if pair in used:
            continue
        act = _speech_act_before(sentence, quote)
        if act is None:
            continue
        noun, holder = act
        if not _speech_act_words(sentence, quote, pairs[pair]):
            continue
        speaker = _speech_act_speaker(sentence, noun, holder)
        attribution = Attribution(
            kind=_KIND_DIRECT,
            content=pairs[pair].content,
            mention=None if speaker is None else speaker.mention,
            mention_words=() if speaker is None else speaker.mention_words,
            cue=(sentence.span(noun, noun + 1),),
        )
        found.extend(
            _results(sentence, attribution, [pair], pairs, used, context=_CONTEXT_ATTRIBUTED)
        )
    return found


def _announced_intention(
    sentence: _Sentence, pairs: Sequence[QuotePair], used: set[int]
) -> list[Attribution]:
    """ "Die Polizei will „rigoros“ vorgehen", "Der Autobauer will die Kosten „massiv“ senken",
    "Die Stadtverwaltung plant einen „behutsamen“ Umbau": a sentence opening with a person, an
    organisation or a pronoun and, right after it, a verb of the ``intention_verbs`` role
    announces the subject's plan in the subject's words: the quotations in that clause which
    are words said in lower case (:func:`_lower_case_words_said`) are the subject's. A
    capitalised one names the plan or a thing as often ("Die Regierung plant eine
    „Sicherheitsoffensive“", "Der Sender will die „Tagesschau“ verlängern"), and so does a
    lower-case name ("will die „e-Card“ einführen", "will die „taz“ bestreiken"). Used only
    when nothing else in the sentence found a quotation."""
    if not sentence.quote_tokens or sentence.roles.intention_verbs.isdisjoint(sentence.lows):
        return []
    phrase = _phrase_after(sentence, sentence.opening, sentence.last)
    if phrase is None or phrase.stop >= sentence.last:
        return []
    verb = phrase.stop
    if sentence.lows[verb] not in sentence.roles.intention_verbs or not sentence.is_lower(verb):
        return []
    info = analyse_mention(sentence.words(*phrase), language="de")
    if info is None or not (info.pronoun or info.kind in {_SPEAKER_PERSON, _SPEAKER_ORGANISATION}):
        return []
    tokens = sentence.tokens
    quotes = [
        tokens[index].quote
        for index in range(verb + 1, min(sentence.clause_end[verb], sentence.last))
        if tokens[index].quote >= 0
        and _lower_case_words_said(
            sentence, index, pairs[tokens[index].quote].content.slice(sentence.text)
        )
    ]
    if not quotes:
        return []
    speaker = announced_phrase(sentence, *phrase, kind=_KIND_DIRECT)
    attribution = Attribution(
        kind=_KIND_DIRECT,
        content=pairs[quotes[0]].content,
        mention=speaker.mention,
        mention_words=speaker.mention_words,
        cue=(sentence.span(verb, verb + 1),),
    )
    return _results(sentence, attribution, quotes, pairs, used, context=_CONTEXT_ATTRIBUTED)


def _speech_act_before(sentence: _Sentence, quote: int) -> tuple[int, Phrase | None] | None:
    """The noun of an act of speech whose object holds the quotation token ``quote``, and its
    genitive phrase naming the speaker, for :func:`_speech_act_object`::

        object  = noun [genitive] preposition [article | adjective]{0,3} quotation
                | charge-noun genitive-article [adjective]{0,3} quotation
        genitive = genitive-article words{1,4}   (no comma, quotation or verb)
    """
    roles = sentence.roles
    lows = sentence.lows
    first = sentence.opening
    index = quote - 1
    floor = max(first, quote - 1 - _SPEECH_ACT_MODIFIERS)
    while (
        index > floor
        and sentence.is_lower(index)
        and lows[index] not in roles.speech_act_prepositions
    ):
        index -= 1
    if index <= first:
        return None
    if lows[index] not in roles.speech_act_prepositions:
        if lows[index + 1] in roles.genitive and _speech_act_noun(
            sentence, index, roles.charge_nouns
        ):
            return index, None  # "ihren Vorwurf der „Vetternwirtschaft“"
        return None
    if _speech_act_noun(sentence, index - 1, roles.speech_act_nouns):
        return index - 1, None  # "Warnung vor „Denkverboten“"
    for noun in range(index - 2, max(first - 1, index - 2 - _SPEECH_ACT_HOLDER), -1):
        if sentence.separator[noun] or sentence.tokens[noun].quote >= 0:
            return None
        if _speech_act_noun(sentence, noun, roles.speech_act_nouns):
            if lows[noun + 1] not in roles.genitive or any(
                sentence.is_lower(position) and sentence.word_class(position) in {"", "verb"}
                for position in range(noun + 2, index)
            ):
                return None
            return noun, Phrase(noun + 1, index)  # "Appell des Papstes an die „Vernunft“"
    return None


def _speech_act_words(sentence: _Sentence, quote: int, pair: QuotePair) -> bool:
    """Whether the quotation at token ``quote`` may be someone's words rather than a name after
    a noun of speech: words said in lower case (:func:`_lower_case_words_said`: "nach „fairen
    Löhnen“"; not "an der „taz“"), or one capitalised word after an indefinite article ("nach
    einem „Neuanfang“") or ending as an abstract noun does (the ``abstract_noun_endings`` role:
    "an der „Selbstherrlichkeit“", "Vorwurf der „Vetternwirtschaft“"), which names no medium,
    firm or title. Other capitalised words are names as often ("Kritik an der „Bild“", "an
    „Facebook“", "vor „Kyrill“", "an „Hart aber fair“", "der Vorwurf der „Welt am Sonntag“")."""
    content = pair.content.slice(sentence.text)
    if content[:1].islower():
        return _lower_case_words_said(sentence, quote, content)
    words = content.split()
    if len(words) != 1:
        return False
    roles = sentence.roles
    return sentence.lows[quote - 1] in roles.indefinite or words[0].lower().endswith(
        tuple(roles.abstract_noun_endings)
    )


def _speech_act_noun(sentence: _Sentence, index: int, nouns: frozenset[str]) -> bool:
    return (
        index >= sentence.opening
        and sentence.lows[index] in nouns
        and sentence.is_capitalised(index)
    )


def _speech_act_speaker(
    sentence: _Sentence, noun: int, holder: Phrase | None
) -> Attribution | None:
    """Who performed the act of speech at ``noun`` for :func:`_speech_act_object`: its genitive
    ``holder``, else, for a possessive before the noun, the person or organisation opening the
    sentence, whom the possessive means ("Die Grünen erneuerten ihren Vorwurf der „…“"), or the
    possessive itself ("Mit seiner Warnung vor „…“ stieß er …"). Without a possessive not the
    sentence's subject, who is as often the one the act is aimed at ("Der Minister reagierte
    auf die Kritik an seiner „Selbstherrlichkeit“", "Der Kanzler ignorierte den Vorwurf der
    „Untätigkeit“"); nobody after a verb of receiving or rejecting."""
    if holder is not None:
        return announced_phrase(sentence, *holder, kind=_KIND_DIRECT)
    if _received(sentence, noun):
        return None
    phrase = _phrase_before(sentence, noun + 1) or Phrase(noun, noun + 1)
    owner = _possessive_owner(sentence, phrase)
    if owner is None or phrase.start <= sentence.opening:
        return owner
    subject = _sentence_subject(sentence)
    if subject is not None and (
        subject.mention is None or subject.mention.end <= sentence.tokens[phrase.start].start
    ):
        return subject
    return owner


#: The articles and adjectives that may stand between a preposition and the quotation it
#: governs ("an die „Vernunft“", "vor einer neuen „Eskalation“").
_SPEECH_ACT_MODIFIERS = 3
#: The words a genitive holder may have between a noun of speech and its preposition ("des
#: Papstes", "der Gewerkschaft Verdi").
_SPEECH_ACT_HOLDER = 5


def _attitude_cue(
    sentence: _Sentence, pairs: Sequence[QuotePair], used: set[int]
) -> list[Attribution]:
    """ "Der Minister ist zuversichtlich, dass …", "Die Forscher sind sich sicher, dass …", "Die
    Gewerkschaft ist davon überzeugt, die Reform werde scheitern": a form of "sein" (the
    ``sein`` role) and, right before a comma, an adjective of the ``attitude_adjectives`` role
    in its clause, followed by a dass/ob-clause, a clause in the Konjunktiv or a zu-infinitive
    (never a plain main clause): the clause's subject holds the view. Used, as noun cues are,
    only when nothing else in the sentence found a quotation."""
    roles = sentence.roles
    lows = sentence.lows
    if roles.attitude_adjectives.isdisjoint(lows):
        return []
    for index, low in enumerate(lows):
        comma = index + 1
        if (
            low not in roles.attitude_adjectives
            or comma >= sentence.last
            or sentence.tokens[comma].text != ","
            or not sentence.is_lower(index)
        ):
            continue
        verb = next(
            (
                position
                for position in range(sentence.clause_start[index], index)
                if lows[position] in roles.sein and sentence.is_lower(position)
            ),
            None,
        )
        if verb is None:
            continue
        content = _content_after(sentence, comma, opinion=True)
        if content is None:
            continue
        kind, span, quotes = content
        # A subject after the verb comes first: what stands before the verb is then an adverb
        # ("Ansonsten ist sie skeptisch, dass …", "Nach dem Fund war sich die
        # Staatsanwaltschaft sicher, dass …").
        subject = _attitude_holder_after(sentence, verb, index)
        if subject is None and not _adverb_word(sentence, sentence.opening):
            subject = _noun_cue_subject(sentence, verb + 1) or _sentence_subject(sentence)
        if subject is None:
            continue
        attribution = Attribution(
            kind=kind,
            content=span,
            mention=subject.mention,
            mention_words=subject.mention_words,
            cue=(sentence.span(verb, verb + 1), sentence.span(index, comma)),
        )
        return _results(sentence, attribution, quotes, pairs, used)
    return []


def _attitude_holder_after(sentence: _Sentence, verb: int, adjective: int) -> Attribution | None:
    """The subject after the form of "sein" at ``verb`` and before the adjective of
    :func:`_attitude_cue`, past "sich" and adverbs: "Nach dem Fund war sich die
    Staatsanwaltschaft sicher, dass …"; a person, an organisation or a pronoun."""
    phrase = _postverbal_subject(sentence, _skip_adverbs(sentence, verb + 1), adjective)
    if phrase is None:
        return None
    info = analyse_mention(sentence.words(*phrase), language="de")
    if info is None or not (info.pronoun or info.kind is not _SPEAKER_UNKNOWN):
        return None
    return announced_phrase(sentence, *phrase, kind=_KIND_INDIRECT)


def _possessive_owner(sentence: _Sentence, phrase: Phrase) -> Attribution | None:
    """ "Er blieb bei seiner Aussage, dass …", "sein umstrittener Vorschlag, …": a possessive of
    the ``possessives`` role before the noun of saying (and its adjectives) names whose words
    they are, as its pronoun would (someone named before, as in "Seiner Meinung nach"); the
    possessive is the mention. None for any other phrase."""
    start = phrase.start
    if (
        phrase.stop - start < _POSSESSIVE_PHRASE
        or sentence.lows[start] not in sentence.roles.possessives
        or not (sentence.is_lower(start) or start == sentence.opening)
        # adjectives only between them: "sein umstrittener Vorschlag"
        or not all(sentence.is_lower(position) for position in range(start + 1, phrase.stop - 1))
    ):
        return None
    return Attribution(
        kind=_KIND_INDIRECT,
        content=sentence.span(phrase.stop - 1, phrase.stop),
        mention=sentence.span(start, start + 1),
        mention_words=sentence.words(start, start + 1),
    )


#: The fewest words of a possessive and its noun of saying ("seiner Aussage").
_POSSESSIVE_PHRASE = 2


def _noun_cue_words(
    sentence: _Sentence, noun: int, mention: Span | None, *, with_verb: bool
) -> tuple[Span, ...]:
    """The words of a noun cue's construction besides the noun: its article, and (``with_verb``:
    the noun's holder is the clause's subject, not a genitive after it) the verb right before the
    article that takes the noun as its object ("vertritt die Ansicht, …", "ist der Meinung, …";
    not "wies den Vorwurf der Opposition, …, zurück"); nothing when the noun phrase is the
    speaker's mention itself ("Die Forderung, …", "stand die Losung, …" name no one else)."""
    article = noun - 1
    if (
        article < 0
        or sentence.word_class(article) != "det"
        or (mention is not None and mention.start <= sentence.tokens[article].start < mention.end)
    ):
        return ()
    verb = article - 1
    if with_verb and verb >= 0 and sentence.is_lower(verb) and _verb_like(sentence, verb):
        return (sentence.span(verb, verb + 1), sentence.span(article, noun))
    return (sentence.span(article, noun),)


def _prefield_content(sentence: _Sentence, start: int, kind: QuoteKind, span: Span) -> Span:
    """The content of a noun of saying in the field before the finite verb, up to the comma
    before that verb: "Der Vorschlag, die Steuern zu senken, fand keine Mehrheit" is "die
    Steuern zu senken" (its clause from ``start`` on). A dass/ob/w-clause finds its own end,
    and a quotation is its own."""
    end = sentence.clause_end[start]
    if (
        kind is not _KIND_DIRECT
        and end < sentence.last
        and sentence.lows[start] not in sentence.roles.complementizers
    ):
        return sentence.span(start, end)
    return span


def _prepositional_prefield(sentence: _Sentence, phrase: Phrase, start: int) -> bool:
    """Whether the noun phrase of a noun of saying is the object of a preposition that opens
    the sentence, in the field before the finite verb, which follows the comma that closes the
    content from ``start`` on: "Mit der Ankündigung, ein Museum einrichten zu wollen, hat der
    Minister alle überrascht" (not the verbless "Mit der Begründung, es gebe keine Pflicht,
    jemanden einzuladen.", whose zu-infinitive is the content's)."""
    opening = sentence.opening
    if phrase.start != opening + 1 or sentence.word_class(opening) != "prep":
        return False
    end = sentence.clause_end[start]
    return (
        end < sentence.last
        and sentence.tokens[end].text == ","
        and _main_clause_verb(sentence, end + 1)
    )


def _clause_closer(sentence: _Sentence, index: int) -> bool:
    """Whether a lower-case word before a comma closes its clause as a separable particle
    (a preposition without its noun: "stellten die Theorie auf, …"; a particle of the
    ``verb_particles`` role: "trat mit der Begründung zurück, …") or a pronominal adverb
    ("darauf", "dafür", "daran": "da" and a preposition, with "r" before a vowel)."""
    low = sentence.lows[index]
    if not sentence.is_lower(index):
        return False
    if sentence.word_class(index) == "prep" or low in sentence.roles.verb_particles:
        return True
    if not low.startswith("da") or len(low) < _MIN_PRONOMINAL:
        return False
    rest = low[3:] if low[2] == "r" and low[3:4] in _VOWELS else low[2:]
    return sentence.lexicon.word_class.get(rest) == "prep"


def _noun_cue_genitive(sentence: _Sentence, noun: int) -> Phrase | None:
    """The genitive attribute between a noun cue and its comma, naming whose words the noun
    means: "die Forderung des CSU-Vorsitzenden Edmund Stoiber, …", "dem Vorwurf der
    Verteidigung Saddam Husseins, das Gericht sei …", "einer Warnung der Wärter, …". A verb
    among its words ends it: the comma then closes a clause, not the attribute. A preposition
    after the genitive's phrase opens the noun's own complement, whom the words are addressed
    to ("der Vorwurf der Regierung an Wikipedia, …", "die Forderung des Verbands an die
    Regierung, …"): the holder ends before it."""
    start = noun + 1
    if sentence.lows[start] not in sentence.roles.genitive:
        return None
    comma = sentence.clause_end[start]
    if comma >= sentence.last or comma - start > _MAX_PHRASE or comma <= start + 1:
        return None
    lexicon = sentence.lexicon
    for position in range(start + 1, comma):
        low = sentence.lows[position]
        if sentence.tokens[position].quote >= 0 or (
            sentence.is_lower(position)
            and (low in lexicon.auxiliaries or low in lexicon.verbs or low in lexicon.konjunktiv)
        ):
            return None
    genitive = _phrase_after(sentence, start, comma)
    if (
        genitive is not None
        and start + 1 < genitive.stop < comma
        and sentence.is_lower(genitive.stop)
        and _verb_like(sentence, genitive.stop)
    ):
        # "Der Vorschlag der Kommission sieht vor, dass …": the noun phrase is the subject of
        # the clause's verb, whose comma opens the content; the genitive ends before the verb
        return Phrase(start, genitive.stop)
    if (
        genitive is not None
        and genitive.stop < comma
        and sentence.word_class(genitive.stop) == "prep"
    ):
        return Phrase(start, genitive.stop)
    return Phrase(start, comma)


def _noun_cue_subject(sentence: _Sentence, noun_phrase: int) -> Attribution | None:
    """ "Die Schutzvereinigung für Wertpapierbesitz (DSW) ist der Ansicht, dass …": the subject
    before the verb right in front of a noun cue's phrase, with its prepositional phrases and
    brackets."""
    verb = noun_phrase - 1
    first = sentence.opening
    if (
        verb <= first
        or not sentence.is_lower(verb)
        or sentence.word_class(verb) not in {"", "verb"}
    ):
        return None
    if sentence.lows[first] in sentence.roles.response_sources:
        return _response_source(sentence, first, verb)
    subject = _preverbal_subject(sentence, first, verb)
    if subject is None or _is_es(sentence, subject):
        return None
    return announced_phrase(sentence, *subject, kind=_KIND_INDIRECT)


def _response_source(sentence: _Sentence, preposition: int, verb: int) -> Attribution | None:
    """ "Von der Polizei kam die Information, …", "Aus dem Ministerium kam die Forderung, …":
    a person or organisation after a preposition of the ``response_sources`` role that fills
    the field before the verb is where the noun's words come from (the noun is the verb's
    subject and says nothing itself)."""
    source = _phrase_after(sentence, preposition + 1, verb)
    if source is None or source.stop != verb:
        return None
    info = analyse_mention(sentence.words(*source), language="de")
    if info is None or info.kind not in {_SPEAKER_PERSON, _SPEAKER_ORGANISATION}:
        return None
    return announced_phrase(sentence, *source, kind=_KIND_INDIRECT)


def _received(sentence: _Sentence, noun_phrase: int) -> bool:
    """Whether a verb of receiving or fending off (the ``receiving_verbs`` and
    ``rejecting_verbs`` roles) stands before the noun of saying at ``noun_phrase`` in its
    clause: its subject got the words or rejects them, it did not say them ("Am Montag erhielt
    er die Nachricht, dass …", "Die Ministerin bekam die Zusage, …", "Der Bürgermeister wehrte
    sich gegen den Vorwurf, er habe …")."""
    receiving, rejecting = sentence.roles.receiving_verbs, sentence.roles.rejecting_verbs
    return any(
        sentence.lows[index] in receiving or sentence.lows[index] in rejecting
        for index in range(sentence.clause_start[noun_phrase], noun_phrase)
    )


def _noun_cue_clause_subject(sentence: _Sentence, noun_phrase: int) -> Attribution | None:
    """The subject of a noun cue's own main clause when it follows a comma: "Viele Bürger sind
    zufrieden, 30 Prozent sind jedoch der gegenteiligen Auffassung, dass …" is the 30 Prozent's
    view, not the Bürger's (read as for a sentence opening, :func:`_noun_cue_prefield`); not in
    a clause a subordinator, a relative pronoun or a preposition opens."""
    start = sentence.clause_start[noun_phrase]
    if (
        start <= sentence.opening
        or sentence.tokens[start - 1].text != ","
        or sentence.word_class(start) in {"sub", "prep", "conj"}
        or sentence.lows[start] in sentence.roles.relative
    ):
        return None
    return _noun_cue_prefield(sentence, noun_phrase, start)


def _noun_cue_prefield(
    sentence: _Sentence, noun_phrase: int, first: int | None = None
) -> Attribution | None:
    """The subject of a noun cue that is the object of its verb, when the noun phrase rules
    cannot read it: all words before the finite verb ("Einige vertreten die Auffassung, …",
    "22 Prozent teilen die Meinung, …", "Die Herausgeber der Studie sehen als eine zentrale
    Aussage, dass …", "Er vertritt die Ansicht, …"). The noun of saying after the verb never
    speaks itself; the verb is the first lower-case word after a noun, a name, a number or an
    opening pronoun ("Einige", "Viele"), and no comma, quotation or object ("Den Vorwurf …")
    stands before it. ``first`` is where the clause opens, the sentence's opening unless
    given."""
    if first is None:
        first = sentence.opening
    if (
        sentence.word_class(first) not in {"", "det", "pron"}
        or sentence.lows[first] in sentence.roles.object_determiners
        or sentence.lows[first] == "es"
    ):
        return None
    for verb in range(first + 1, min(noun_phrase, first + _MAX_PHRASE)):
        if sentence.separator[verb] or sentence.tokens[verb].quote >= 0:
            return None
        if not sentence.is_lower(verb):
            continue
        if not (
            sentence.is_head(verb - 1)
            or sentence.lows[verb - 1].isdigit()
            # "Einige", "Viele", "Er": a pronoun alone, not an article ("Die erste Reaktion")
            or (verb - 1 == first and not sentence.is_head(verb + 1))
        ):
            continue
        if sentence.word_class(verb) in {"", "verb"}:
            return announced_phrase(sentence, first, verb, kind=_KIND_INDIRECT)
    return None


def _noun_cue_field_subject(sentence: _Sentence, noun_phrase: int) -> Attribution | None:
    """The subject after the finite verb when something else fills the field before it: "Am
    Montag legte der Innenminister den Schwerpunkt seiner Darstellung auf die Aussage, …"
    (see :func:`_field_subject`), with a name in apposition; a person, an organisation, a name
    ("So fassten die Hamburger Grünen … den Beschluss, …") or a pronoun ("Seit Jahren vertritt
    sie die Meinung, …") only, so that a thing after the verb ("Dabei vertritt die Studie die
    These, …") is not taken for the holder."""
    first = sentence.opening
    if (
        sentence.lows[first] == "es"
        and first + 2 < noun_phrase
        and sentence.is_lower(first + 1)
        and sentence.lows[first + 1] not in sentence.roles.existential_verbs
        and sentence.lows[first + 1] not in sentence.roles.sein
        # "Es warf der Regierung … vor, …": "es" the subject, a pronoun, of a verb of saying
        and sentence.lows[first + 1] not in sentence.lexicon.verbs
    ):
        # "Es ziehen 40 Prozent der Befragten die Schlussfolgerung, …": "es" holds the place of
        # the subject after the verb
        subject = _postverbal_subject(sentence, first + 2, noun_phrase) or _share_of_people(
            sentence, first + 2, noun_phrase
        )
    else:
        subject = _field_subject(sentence, first, noun_phrase)
    if subject is None or _is_es(sentence, subject):
        return None  # "So gibt es einen Konsens darüber, dass …": no one holds it
    comma = subject.stop
    if comma + 1 < noun_phrase and sentence.tokens[comma].text == ",":
        # "legte der Innenminister, Wolfgang Schäuble (CDU), den Schwerpunkt …": the name in
        # apposition is part of the mention
        end = _loose_apposition(sentence, comma + 1, noun_phrase)
        if end > comma + 1 and sentence.tokens[end].text == ",":
            subject = Phrase(subject.start, end)
    info = analyse_mention(sentence.words(*subject), language="de")
    if (
        info is None
        or not (
            info.pronoun
            or info.named
            or info.kind in {_SPEAKER_PERSON, _SPEAKER_ORGANISATION}
            # a share of people: "40 Prozent der Befragten", "ein Drittel der Deutschen"
            or sentence.tokens[subject.start].text[:1].isdigit()
            or sentence.lows[subject.start] in sentence.roles.quantities
        )
    ):
        return None
    return announced_phrase(sentence, *subject, kind=_KIND_INDIRECT)


def _share_of_people(sentence: _Sentence, start: int, stop: int) -> Phrase | None:
    """A number or quantity and what it counts, filling ``start`` to ``stop``: "40 Prozent der
    Befragten", "drei Viertel der Deutschen" (no verb, comma or quotation among the words)."""
    if not (
        sentence.tokens[start].text[:1].isdigit()
        or sentence.lows[start] in sentence.roles.quantities
    ):
        return None
    for position in range(start + 1, stop):
        if sentence.separator[position] or sentence.tokens[position].quote >= 0:
            return None
        if sentence.is_lower(position) and sentence.word_class(position) != "det":
            return None
    return Phrase(start, stop)


def _headline(sentence: _Sentence, pairs: Sequence[QuotePair], used: set[int]) -> list[Attribution]:
    """ "Putin: Russland wird helfen" — a name or role before a colon opens a statement."""
    if ":" not in sentence.lows:
        return []  # (most sentences: asked in C before the tokens are walked)
    tokens = sentence.tokens
    colon = headline_colon(sentence, sentence.last, max_source=_MAX_HEADLINE_SOURCE)
    if colon is None:
        return []
    start = _statement_start(sentence)
    if tokens[start].quote >= 0:
        return []  # "„Wir schaffen das“: Merkel verteidigt …": see _headline_dash
    phrase = _phrase_after(sentence, start, colon)
    if phrase is None:
        return []
    owner = _statement_owner(sentence, phrase)
    end = _with_phrases(sentence, phrase.stop, colon)
    if end != colon and not (
        # "Sein Kommentar dazu: „Lächerlich.“": an adverb links the owned statement to the topic
        owner is not None
        and end + 1 == colon
        and sentence.lows[end] in sentence.roles.statement_adverbs
    ):
        return []
    if owner is not None:
        phrase = owner  # "Sein Fazit: „…“": the possessive names the speaker
    words = sentence.words(*phrase)
    info = analyse_mention(words, language="de")
    if owner is None and (
        info is None
        or info.pronoun
        or not (
            info.role
            or (info.named and " " in info.name and not _adjective_and_noun(sentence, words))
            or _named_in_full(sentence, words)
        )
    ):
        return []
    span = sentence.span(colon + 1, sentence.last)
    attribution = Attribution(
        kind=_KIND_DIRECT if tokens[colon + 1].quote >= 0 else _KIND_INDIRECT,
        content=span,
        mention=sentence.span(*phrase),
        mention_words=sentence.words(*phrase),
    )
    return _results(sentence, attribution, _quotes_within(sentence, span), pairs, used)


def _statement_owner(sentence: _Sentence, phrase: Phrase) -> Phrase | None:
    """The possessive of a noun of saying or of a response before a statement's colon: "Sein
    Fazit: „…“", "Ihre Antwort: …", "Seine Meinung zu Kirchhof: „…“". It names the speaker as
    its pronoun does (``pronouns.txt``: "sein" is his), so the statement is theirs. A name in
    the genitive before the noun owns it too ("Mayers Fazit im STANDARD-Gespräch: …"): the
    mention is the name and the noun, which the speaker analysis reads as the name's; so does
    a person or organisation after the noun in the genitive or after "von" ("Die Kritik des
    Umweltdachverbands: …", "Das Fazit von Sandra Boser: …")."""
    start = phrase.start
    if start + 1 >= phrase.stop:
        return None
    noun = sentence.lows[start + 1]
    possessive = sentence.lows[start] in sentence.roles.possessives
    if not sentence.is_capitalised(start + 1) or not (
        noun in sentence.roles.statement_nouns
        or noun in sentence.lexicon.noun_cues
        or noun in sentence.lexicon.speech_nouns
        or (possessive and noun in sentence.roles.owned_statements)
    ):
        return None
    if possessive:
        return Phrase(start, start + 1)
    if (
        sentence.word_class(start) == "det"
        and start + 2 < phrase.stop
        and (
            sentence.lows[start + 2] in sentence.roles.genitive
            or sentence.lows[start + 2] in sentence.roles.von
        )
    ):
        # "Die Kritik des Umweltdachverbands: …": the holder after the noun, in the genitive
        # or after "von", whom the speaker analysis reads the phrase as
        info = analyse_mention(sentence.words(*phrase), language="de")
        if info is not None and info.kind in {_SPEAKER_PERSON, _SPEAKER_ORGANISATION}:
            return phrase
        return None
    if (
        sentence.word_class(start) == "det"
        and phrase.stop == start + 3
        and _genitive_name(sentence, start + 2)
    ):
        return phrase  # "Der Vorwurf Müllers: …": a name in the genitive after the noun
    if _genitive_name(sentence, start):
        return Phrase(start, start + 2)
    return None


def _genitive_name(sentence: _Sentence, index: int) -> bool:
    """Whether the word at ``index`` may be a name in the genitive ("Mayers", "Müllers"): a
    capitalised word in -s that is no first name and no function word."""
    word = sentence.tokens[index].text
    return (
        sentence.is_capitalised(index)
        and word.endswith("s")
        and word not in sentence.lexicon.first_names
        and not sentence.word_class(index)
    )


#: the words of a headline source that may be an adjective and its noun ("Neue Verhandlungen")
_ADJECTIVE_AND_NOUN = 2


def _adjective_and_noun(sentence: _Sentence, words: Sequence[str]) -> bool:
    """Whether two capitalised words are an adjective and its noun, not a first name and a
    surname: the first has an adjective's ending and is no known first name ("Neue
    Verhandlungen: …", "Weitere Details: …"; not "Werner Faymann: …")."""
    first = words[0]
    return (
        len(words) == _ADJECTIVE_AND_NOUN
        and first not in sentence.lexicon.first_names
        and first.lower().endswith(_ADJECTIVE_ENDINGS)
    )


def _headline_dash(
    sentence: _Sentence, pairs: Sequence[QuotePair], used: set[int]
) -> list[Attribution]:
    """ "„Wir schaffen das“ – Angela Merkel über die Flüchtlingspolitik": a quotation opening
    the sentence, a dash or a colon and a person, role or organisation (alone, before "über" or
    "zu" and the topic, or as the subject of the headline's verb: "„Ich bleibe“: Anna Berg
    verlängert Vertrag") name the quotation's speaker, as a headline does."""
    tokens = sentence.tokens
    first = sentence.opening
    dash = first + 1
    if (
        dash + 1 >= len(tokens)
        or tokens[first].quote < 0
        or (tokens[dash].text not in _DASHES and tokens[dash].text != ":")
    ):
        return []
    pair = pairs[tokens[first].quote]
    if len(sentence.text[pair.content.start : pair.content.end].split()) < _MIN_CONTENT_WORDS:
        return []  # "„Tatort“ – …": a title, not a statement
    phrase = _phrase_after(sentence, dash + 1, len(tokens))
    if phrase is None:
        return []
    subject = phrase.stop < sentence.last and _headline_verb(sentence, phrase.stop)
    if not (subject or phrase.stop >= sentence.last or sentence.word_class(phrase.stop) == "prep"):
        return []
    words = sentence.words(*phrase)
    info = analyse_mention(words, language="de")
    if (
        info is None
        or info.pronoun
        # a name alone is a speaker as the headline verb's subject ("Merkel verteidigt …"
        # above "Angela Merkel"; not "„Fluch der Karibik“: Berlin feiert Premiere")
        or (
            info.kind is _SPEAKER_UNKNOWN
            and not (subject and _speaking_name(sentence, info, words))
        )
        # "– Film von Wolfgang Petersen": a work and its maker, not a speaker
        or (info.role is None and not sentence.roles.von.isdisjoint(sentence.lows[slice(*phrase)]))
        # "„Fluch der Karibik“: Berlin feiert Premiere": a title before a place or organisation
        or (
            info.kind is _SPEAKER_ORGANISATION
            and title_like(pair.content.slice(sentence.text).split())
        )
    ):
        return []
    attribution = Attribution(
        kind=_KIND_DIRECT,
        content=pair.content,
        mention=sentence.span(*phrase),
        mention_words=sentence.words(*phrase),
    )
    return _results(sentence, attribution, [tokens[first].quote], pairs, used)


def _headline_verb(sentence: _Sentence, index: int) -> bool:
    """Whether the token at ``index`` is a headline's verb after its subject: a lower-case word
    that is no function word ("Merkel verteidigt", "Opposition kritisiert"; not "Merkel und")."""
    text = sentence.tokens[index].text
    return text[:1].islower() and text.isalpha() and not sentence.word_class(index)
