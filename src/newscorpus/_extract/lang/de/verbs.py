"""German verbs of saying, one of the cue-rule steps (above words.py, phrases.py, contents.py and
subjects.py): finding a verb cue ("sagte", "fügte … hinzu", "hatte erklärt") and its form, and
building its attributions from the subject, addressee and content the lower steps find."""

from __future__ import annotations

import bisect
import functools
from typing import TYPE_CHECKING

import attrs

from newscorpus._extract.engine import Phrase, announced_phrase, opens_lower_case, token_start
from newscorpus._extract.lang.de.bundle import FramePosition
from newscorpus._extract.lang.de.contents import (
    _COMMENTING_RELATIVE,
    _adverbial_opening,
    _before_main_clause,
    _content_after,
    _content_before,
    _content_word,
    _direct_run,
    _has_konjunktiv,
    _infinitive,
    _lower_case_words_said,
    _medium_noun_after,
    _medium_staff,
    _narrated_time_clause,
    _noun_follows,
    _outside_clause,
    _prepositional_relative,
    _quote_index,
    _quotes_after,
    _relative_clause,
    _relative_content_end,
    _results,
    _runs_on_after_colon,
    _scanned_tokens,
    _speaks_itself,
    _trailed_by_attribution,
)
from newscorpus._extract.lang.de.cue_words import impersonal_after_wie, with_cue_words
from newscorpus._extract.lang.de.frames import _antecedent_issuer, _Before, _noun_cue_genitive
from newscorpus._extract.lang.de.phrases import (
    _attachment,
    _bare_name,
    _named_in_full,
    _names_a_source,
    _occasion,
    _phrase_after,
    _phrase_before,
    _postverbal_subject,
    _source_phrase,
    _source_words,
    _time_after,
    _with_attached_phrases,
    _with_phrases,
)
from newscorpus._extract.lang.de.sentence import (
    _DASHES,
    _FINAL,
    _MAX_PHRASE,
    _SHORT_QUOTE_WORDS,
    KONJUNKTIV_MOOD,
    _derive,
    _Sentence,
    _skip_leading,
    _State,
)
from newscorpus._extract.lang.de.subjects import (
    _MAX_INSERTS,
    ADDRESSEE_RULES,
    SUBJECT_RULES,
    _agent,
    _Clause,
    _past_apposition,
    _reason_giver,
    _relative_reaches,
    _sentence_before,
    _subject_set_off,
    _Told,
    _told_in_field,
    _von_follows,
    fronted_predicate,
)
from newscorpus._extract.lang.de.words import (
    _after_preposition,
    _attributive,
    _inflected_participle,
    _is_es,
    _skip_adverbs,
)
from newscorpus._extract.lexicon import FormKind, VerbFlag
from newscorpus._extract.quotemarks import QuoteContext, QuotePair
from newscorpus._extract.speakers import (
    Attribution,
    analyse_mention,
    organisation_word,
    role_or_organisation,
)
from newscorpus._model import QuoteKind, Span, SpeakerKind

if TYPE_CHECKING:
    from collections.abc import Sequence

    from newscorpus._extract.lang.de.bundle import VerbForm


_QUOTE_AND_COMMA = 2  # "„…“, erinnerte sich": the quotation two tokens before the verb
_TOLL_REACH = 2  # "für die Opfer": a preposition this close before a toll noun
# A noun and the genitive article after it, before a noun in the genitive.
_NOUN_AND_ARTICLE = 2
# The word before an infinitive: a clause with it is no finite main clause.
_INFINITIVE_MARKER = "zu"
_ASIDE_REACH = 5  # "(wie die Zeitung gestern berichtete)": words before the verb in brackets
_MAX_PARTICLE_DISTANCE = 25
_MAX_AUX_DISTANCE = 20

# The enum members that _verb_cue, _choose_form, _flags_allow and _structure read for every
# cue, bound to names once: on Python 3.11 a member read through its class
# (``VerbFlag.OPINION``) goes through EnumType.__getattr__, a slow path that cost more than the
# set lookup it feeds.
_FLAG_ACTIVE = VerbFlag.ACTIVE
_FLAG_ALS = VerbFlag.ALS
_FLAG_ES = VerbFlag.ES
_FLAG_MIT = VerbFlag.MIT
_FLAG_NAMING = VerbFlag.NAMING
_FLAG_NOSICH = VerbFlag.NOSICH
_FLAG_OBJECT = VerbFlag.OBJECT
_FLAG_OPINION = VerbFlag.OPINION
_FLAG_PP = VerbFlag.PP
_FLAG_QUOTED = VerbFlag.QUOTED
_FLAG_RELAY = VerbFlag.RELAY
_FLAG_REJECTS = VerbFlag.REJECTS
_FLAG_REPORT = VerbFlag.REPORT
_FLAG_SEIN = VerbFlag.SEIN
_FLAG_SICH = VerbFlag.SICH
_FLAG_VON = VerbFlag.VON
_FORM_FINITE = FormKind.FINITE
_FORM_PARTICIPLE = FormKind.PARTICIPLE
_KIND_DIRECT = QuoteKind.DIRECT
_KIND_INDIRECT = QuoteKind.INDIRECT
_KIND_REPORTED = QuoteKind.REPORTED
_SPEAKER_UNKNOWN = SpeakerKind.UNKNOWN
_SPEAKER_KINDS = frozenset({SpeakerKind.PERSON, SpeakerKind.ORGANISATION})
_CONTEXT_ATTRIBUTED = QuoteContext.ATTRIBUTED

_QUESTION_MARK = "?"  # ends a question to the reader ("Halten Sie das für zeitgemäß?")
#: Frame phrases that name a source wherever they stand in a clause ("laut", "zufolge").
_SOURCE_FRAMES = frozenset({FramePosition.BEFORE, FramePosition.AFTER})


def _relayed_to(attribution: Attribution, sentence: _Sentence, source: Phrase) -> Attribution:
    """``attribution`` again, said by the ``source`` that relays it ("zitiert", "wird zitiert")."""
    return attrs.evolve(
        attribution,
        mention=sentence.span(*source),
        mention_words=sentence.words(*source),
        plural=None,
        relayed=True,
    )


def _verb_cue(
    sentence: _Sentence,
    index: int,
    pairs: Sequence[QuotePair],
    used: set[int],
    state: _State,
) -> list[Attribution]:
    if (
        not sentence.is_lower(index)
        and index > 0
        # a capitalised form opens a clause after a colon or dash, never after a comma: there
        # it is a noun ("…, Fragen eines Lesers")
        and (not sentence.separator[index - 1] or sentence.tokens[index - 1].text == ",")
    ):
        return []
    if (
        _attributive(sentence, index)
        or _after_preposition(sentence, index)
        or _focus_particle(sentence, index)
        or (sentence.quote_tokens and _agent_participle(sentence, index) is not None)
    ):
        return []
    chosen = _choose_form(sentence, index)
    if chosen is None:
        return []
    form, cue_parts, auxiliary = chosen
    finite = index
    plural = form.plural
    konjunktiv = form.konjunktiv
    if form.kind is not _FORM_FINITE:
        if auxiliary is None:  # (a participle's reading has found it already)
            auxiliary = _participle_auxiliary(sentence, index, form)
        if auxiliary is None:
            return []
        finite = auxiliary
        cue_parts = sorted({auxiliary, *cue_parts})
        number, mood = sentence.lexicon.auxiliaries[sentence.lows[auxiliary]]
        plural = number == "pl"
        konjunktiv = mood == "konj"
    elif (governing := _infinitive_governor(sentence, index, form)) is not None:
        finite = governing
        cue_parts = sorted({governing, *cue_parts})
        number, mood = sentence.lexicon.auxiliaries.get(sentence.lows[governing], ("", ""))
        plural = number == "pl"
        konjunktiv = mood == "konj"
    if konjunktiv and sentence.within_content(sentence.tokens[index].start):
        return []  # "sagte, er hoffe, dass …": the Konjunktiv cue is part of the content
    if form.lemma in sentence.roles.toll_verbs and _counts_the_dead(sentence, finite, cue_parts):
        return []
    if _bracketed_aside(sentence, finite, max(cue_parts)):
        return []
    if _in_conditional_clause(sentence, index):
        return []
    found = _structure(sentence, finite, cue_parts, form, plural, pairs, used, state)
    if konjunktiv and _continued_account(sentence, finite, found, state):
        return []
    found = with_cue_words(sentence, finite, cue_parts, form, found)
    if found:
        found = [gapped for one in found for gapped in _gapped_clause(sentence, one, pairs, used)]
    return found


#: The most tokens of the subject of a clause whose verb is left out ("die FDP").
_MAX_GAPPED_SUBJECT = 8


def _gapped_clause(
    sentence: _Sentence, attribution: Attribution, pairs: Sequence[QuotePair], used: set[int]
) -> list[Attribution]:
    """``attribution``, or, when its content after a comma is a second clause whose verb is left
    out, a subject naming someone and the cue's preposition with quotations after it, those
    quotations as the second subject's words with the same cue, and the quotations before the
    comma as the first's: "Die Grünen sprachen von einem „Desaster“, die FDP von einem „Schritt
    in die richtige Richtung“" gives the FDP the second quotation, not the Grünen a content "die
    FDP von einem …"; more such clauses after "und" or a comma each have their own subject
    ("…, die Union von „Stillstand“ und die Grünen von einem „Desaster“")."""
    if attribution.kind is _KIND_DIRECT or not attribution.cue:
        return [attribution]
    tokens = sentence.tokens
    first = bisect.bisect_left(tokens, attribution.content.start, key=token_start)
    if first == 0 or first >= sentence.last or tokens[first - 1].text != ",":
        return [attribution]
    text = sentence.text
    spans = (*attribution.cue, *attribution.cue_words)
    cue_words = {text[cue.start : cue.end].lower() for cue in spans}
    end = bisect.bisect_left(tokens, attribution.content.end, key=token_start)
    clauses: list[tuple[Phrase, int, int]] = []  # subject, first and last token of the words
    position = first
    while position < end:
        clause = _gapped_subject(sentence, position, end, cue_words)
        if clause is None:
            break
        subject, stop = clause
        clauses.append((subject, subject.stop + 1, stop))
        position = stop + 1
    if not clauses or position < end:
        return [attribution]
    found: list[Attribution] = []
    cue_end = bisect.bisect_left(tokens, max(cue.end for cue in spans), key=token_start)
    for index in range(cue_end, first - 1):
        if tokens[index].quote >= 0 and tokens[index].quote not in used:
            used.add(tokens[index].quote)
            found.append(
                attribution.derive(kind=_KIND_DIRECT, content=pairs[tokens[index].quote].content)
            )
    for subject, words_start, words_stop in clauses:
        speaker = announced_phrase(sentence, *subject)
        for index in range(words_start, words_stop):
            if tokens[index].quote >= 0:
                used.add(tokens[index].quote)
                found.append(
                    attrs.evolve(
                        speaker,
                        content=pairs[tokens[index].quote].content,
                        cue=attribution.cue,
                        cue_words=attribution.cue_words,
                    )
                )
    return found


def _gapped_subject(
    sentence: _Sentence, position: int, end: int, cue_words: set[str]
) -> tuple[Phrase, int] | None:
    """The subject naming someone that opens a clause without its verb at ``position`` (see
    :func:`_gapped_opening`), and where its words end: at the next such clause or at ``end``;
    only quotations and function words in them. None when no such clause opens there."""
    opening = _gapped_opening(sentence, position, end, cue_words)
    if opening is None:
        return None
    phrase, preposition = opening
    stop = preposition + 1
    while stop < end and not (
        _clause_link(sentence, stop) and _gapped_opening(sentence, stop, end, cue_words)
    ):
        stop += 1
    quotes = [index for index in range(preposition + 1, stop) if sentence.tokens[index].quote >= 0]
    if not quotes or _content_word(sentence, preposition + 1, stop, quotations=False):
        return None
    return phrase, stop


def _clause_link(sentence: _Sentence, position: int) -> bool:
    """Whether a coordinator ("und", "sowie") or a comma stands at ``position``."""
    return (
        sentence.lows[position] in sentence.roles.coordinators
        or sentence.tokens[position].text == ","
    )


def _gapped_opening(
    sentence: _Sentence, position: int, end: int, cue_words: set[str]
) -> tuple[Phrase, int] | None:
    """The subject naming someone at ``position`` (or after the coordinator or comma there)
    and the preposition among ``cue_words`` right after it, which open a clause whose verb is
    left out ("die FDP von …"); None otherwise. Reads at most :data:`_MAX_GAPPED_SUBJECT`
    tokens."""
    if _clause_link(sentence, position):
        position += 1
    preposition = next(
        (
            index
            for index in range(position + 1, min(end, position + _MAX_GAPPED_SUBJECT))
            if sentence.lows[index] in cue_words and sentence.word_class(index) == "prep"
        ),
        None,
    )
    if preposition is None:
        return None
    phrase = _phrase_after(sentence, position, preposition)
    if phrase is None or phrase.start != position or phrase.stop != preposition:
        return None
    info = analyse_mention(sentence.words(*phrase), language="de")
    if info is None or info.pronoun or info.kind not in _SPEAKER_KINDS:
        return None
    return phrase, preposition


def _focus_particle(sentence: _Sentence, index: int) -> bool:
    """Whether a verb form that is also a focus particle (the ``leading`` role) stands as one:
    before a word of its clause, where a participle never stands ("wurde ausgerechnet am
    Todestag getroffen"; the participle closes its clause: "hat ausgerechnet, dass …")."""
    following = index + 1
    return (
        sentence.lows[index] in sentence.roles.leading
        and following < sentence.last
        and not sentence.separator[following]
    )


def _clause_stop(sentence: _Sentence, position: int) -> int:
    """The first comma or colon after ``position`` outside quotations, or the sentence's end:
    where the clause of a verb goes on to the next ("Der Begriff bezeichnet eine Haltung,
    erklärte der Forscher: „…“" stops at the comma)."""
    for index in range(position + 1, sentence.last):
        if sentence.tokens[index].text in {",", ":"}:
            return index
    return sentence.last


def _term_subject(sentence: _Sentence, subject: Phrase) -> bool:
    """Whether a subject is a word or name itself (its noun, after an article, is of the
    ``term_nouns`` role: "Der Begriff bezeichnet …", "Das Wort bedeutet …", "Der Name Ubuntu
    bezeichnet eine Philosophie"), which denotes something and says nothing."""
    head = subject.start + 1 if sentence.word_class(subject.start) == "det" else subject.start
    return head < subject.stop and sentence.lows[head] in sentence.roles.term_nouns


def _spoken_without_words(
    sentence: _Sentence,
    first: int,
    mention: Phrase,
    attribution: Attribution,
    state: _State,
    form: VerbForm,
) -> None:
    """A verb of saying whose subject is someone (a pronoun, a person or organisation by its
    words, a name of two words or more) but that took no words ("Khan verurteilte die Haltung
    der Regierung.", "Die Ministerin lobte den Plan."): the quotation right after it is
    theirs (see :meth:`_State.spoken_speaker`, which asks :func:`_names_someone` only then).
    Not a verb in a relative clause, which tells of its antecedent ("Signale von
    Parteimitgliedern, die auf ein Ende drängen"), nor a verb of asking (the ``asking_verbs``
    role), whose object answers: "Die Journalisten fragten den Minister nach den Kosten. „Die
    sind noch offen.“" is not the Journalisten's."""
    if form.lemma in sentence.roles.asking_verbs:
        return
    if (
        first > 0
        and sentence.tokens[first - 1].text == ","
        and (sentence.lows[first] in sentence.roles.relative)
    ):
        return
    state.speak_without_words(attribution, functools.partial(_names_someone, sentence, mention))


def _names_someone(sentence: _Sentence, mention: Phrase) -> bool:
    """Whether a subject names someone who can speak or think: a pronoun, a person or
    organisation by its words ("Die Polizei", "Beobachter"), a name of two words or more, or a
    surname the text gives after a first name ("Merkel bestätigte …" after "Angela Merkel");
    not a thing ("Eine große Gefahr geht von dem Stoff aus")."""
    words = _source_words(sentence, mention)
    info = analyse_mention(words, language="de")
    return info is not None and (
        info.pronoun
        or info.kind is not _SPEAKER_UNKNOWN
        or (info.named and " " in info.name)
        or _named_in_full(sentence, words)
    )


def _predicate_follows(sentence: _Sentence, verb: int, clause_end: int) -> bool:
    """ "kritisierte den Plan als Fehler", "wurde von der Opposition als unangemessen
    kritisiert": a predicate after "als" (the ``predicative`` role) in the verb's clause, which
    states what the speaker claims; without it the object only names the act's target
    ("kritisierte den Vertrag")."""
    stop = min(clause_end, verb + _MAX_PHRASE)
    lows, roles = sentence.lows, sentence.roles
    return any(
        lows[index] in roles.predicative and lows[index - 1] not in roles.comparatives
        for index in range(verb + 1, stop)
    )


def _holds_for(sentence: _Sentence, form: VerbForm, finite: int, last_part: int) -> bool:
    """Whether a verb of the ``holding_verbs`` role without a separable particle calls its
    object something after "für" in its clause, a judgement reported as the subject's:
    "Analysten halten einen Silberpreis von 60 Dollar für wahrscheinlich" (not "hält für Gäste
    Decken bereit", whose particle makes another verb), and not in a question to the reader
    ("Halten Sie den Achtstundentag für zeitgemäß?"). A judgement in quotation marks is a
    quotation of its own ("hält die Reform für einen „schweren Fehler“"), no reported act, and
    a source framing the clause reports the view ("Die SPD hält den Weg laut Peter Lahm für
    begehbar" is Lahm's account)."""
    roles, lows = sentence.roles, sentence.lows
    if (
        sentence.quote_tokens
        or form.particle
        or (lows[finite] not in roles.holding_verbs and lows[last_part] not in roles.holding_verbs)
        or _QUESTION_MARK in lows[sentence.last :]
    ):
        return False
    clause_end = sentence.clause_end[last_part]
    frames = sentence.lexicon.frames
    if any(
        frames.get(low) in _SOURCE_FRAMES
        for low in lows[sentence.clause_start[finite] : clause_end]
    ):
        return False
    # an object stands between the verb and the preposition ("hält auch für schwere Lastwagen"
    # has none: the bridge holds)
    start = _skip_adverbs(sentence, finite + 1) + 1
    return not roles.holding_prepositions.isdisjoint(lows[start:clause_end])


def _coordinated_verb(sentence: _Sentence, start: int, stop: int) -> bool | None:
    """Whether a second verb of saying joined by a coordinator stands between ``start`` (after a
    verb's last part) and the end of its clause at ``stop``, so that the content after the
    clause is that verb's: None if there is none; False if it follows the coordinator right
    away and shares the subject ("Er lobte den Plan und sagte, man werde klagen"; "Er nannte
    den Plan „Unsinn“ und fügte hinzu: …"); True if a subject of its own stands between them
    ("Die Menge skandierte „Thaksin raus!“ und der Unternehmer rief: „…“", "… und er sagte";
    not "werde prüfen und zügig entscheiden, wie …", where no subject follows the
    coordinator)."""
    lows = sentence.lows
    stop = min(stop, sentence.last)
    for index in range(start, stop - 1):
        if lows[index] not in sentence.roles.coordinators or sentence.tokens[index].quote >= 0:
            continue
        following = index + 1
        if sentence.is_lower(following):
            if _finite_verb_of_saying(sentence, following):
                return False
            if (
                lows[following] not in sentence.roles.pronouns
                and sentence.word_class(following) != "det"
            ):
                continue  # not "die Art und Weise"
        subject = _phrase_after(sentence, following, stop)
        if subject is not None:
            verb = _skip_adverbs(sentence, subject.stop)
            if verb < stop and sentence.is_lower(verb) and _finite_verb_of_saying(sentence, verb):
                return True
    return None


def _finite_verb_of_saying(sentence: _Sentence, index: int) -> bool:
    return any(
        form.kind is _FORM_FINITE for form in sentence.lexicon.verbs.get(sentence.lows[index], ())
    )


def _fronted(sentence: _Sentence, clause_start: int, finite: int, words: frozenset[str]) -> bool:
    """Whether a word of ``words`` opens the field before the verb at ``finite`` in second
    place: a phrase the verb's flag asks for after it stands before it ("Als Wortbruch
    kritisierte die Opposition den Plan")."""
    first = _skip_leading(sentence, clause_start)
    return first < finite - 1 and sentence.lows[first] in words


def _mit_in_clause(sentence: _Sentence, clause_start: int, verb: int, clause_end: int) -> bool:
    """ "rechnet für 2009 mit einem Umsatz von …", "Mit einer Beruhigung rechnet der
    Wetterdienst …": "mit" (the ``mit`` role) in the verb's clause, after it or fronted before
    it, naming what the speaker expects; without it the verb tells of sums ("Die Kinder
    rechnen im Unterricht")."""
    stop = min(clause_end, verb + _MAX_PHRASE)
    return not sentence.roles.mit.isdisjoint(sentence.lows[clause_start:stop])


def _fronted_adverbial(sentence: _Sentence, start: int, stop: int) -> bool:
    """Whether the tokens ``start:stop`` before a verb and its comma are an adverbial that puts
    the verb second in its main clause ("In einem Bericht, der am Montag erschien, fordert die
    Kommission …", "Da die Straße gesperrt war, forderte der Bürgermeister …"), not a condition
    (the ``conditions`` role), under which the act has not happened ("Erst wenn alle Stimmen
    ausgezählt sind, gibt die Behörde das Ergebnis bekannt")."""
    return (
        _adverbial_opening(sentence, start, stop)
        and sentence.lows[_skip_leading(sentence, start)] not in sentence.roles.conditions
    )


def _another_verb(sentence: _Sentence, finite: int, form: VerbForm, clause_end: int) -> bool:
    """Whether a separable particle closing the clause of a verb read without one makes another
    verb, which reports no speech (the ``verb_particles`` role: "Der Gouverneur forderte die
    Nationalgarde an", "Die Firma wertet die Daten aus"); not the particle of a verb of saying
    the word also is, too far off for its reading ("sprach sich für …, … aus")."""
    if form.particle or form.kind is not _FORM_FINITE:
        return False
    particle = sentence.lows[min(clause_end, sentence.last) - 1]
    return particle in sentence.roles.verb_particles and all(
        other.particle != particle for other in sentence.lexicon.verbs[sentence.lows[finite]]
    )


def _negated(sentence: _Sentence, finite: int, last_part: int, clause_end: int) -> bool:
    """Whether a negation denies the speech act of a clause: right after its finite verb
    ("fordert nicht die Freigabe"), right before the particle or participle that closes it
    ("gab er nicht bekannt", "hat AVM noch nicht genannt") or at its end ("kommentierte ein
    Sprecher nicht."). Not a "nicht" the ``negation_focus`` role turns into a focus ("sprach
    nicht nur von …"), nor one inside the clause that negates a word ("als nicht hilfreich
    kritisiert")."""
    last = min(clause_end, sentence.last) - 1
    for position in {finite + 1, last_part - 1, last}:
        if (
            finite < position <= last
            and sentence.word_class(position) == "neg"
            and (
                position + 1 >= len(sentence.lows)
                or sentence.lows[position + 1] not in sentence.roles.negation_focus
            )
        ):
            return True
    return False


def _continued_account(
    sentence: _Sentence, finite: int, found: Sequence[Attribution], state: _State
) -> bool:
    """Whether a cue in the Konjunktiv right after a quotation is part of the account that
    quotation began, not a speech act of its own: "Die Staatsanwaltschaft gibt an, Spector
    werde von seinem Fahrer belastet. Dieser behaupte, Spector sei ihm entgegengekommen." and
    "Laut Johanna Moser gibt es Veränderungen. Neu sei, dass der Bürgermeister anordne, …"
    report what the Staatsanwaltschaft and Moser say (the sentence is their free indirect
    speech); the Konjunktiv is theirs. A quotation in marks keeps its cue ("„…“, habe er
    gesagt"), and so does a relative clause, which tells of someone the account names ("…, er
    sei ein Politiker, der tue und sage, was ihm nütze"), and a cue whose words follow a colon,
    which quotes them without marks ("In dem Schreiben habe es geheißen: Mir war wichtig, …")."""
    if not found or not state.continues():
        return False
    clause_start = sentence.clause_start[finite]
    opener = _skip_leading(sentence, clause_start)
    if (
        opener > 0
        and sentence.lows[opener] in sentence.roles.relative
        # ", und der Innenminister versichere": an article after a conjunction or before its
        # noun opens a main clause of the account, no relative clause
        and opener == clause_start
        and not sentence.is_head(opener + 1)
    ):
        return False
    for attribution in found:
        if attribution.kind is _KIND_DIRECT:
            return False
        first = bisect.bisect_left(sentence.tokens, attribution.content.start, key=token_start)
        if first > 0 and sentence.tokens[first - 1].text == ":":
            return False
    return True


def _infinitive_governor(sentence: _Sentence, index: int, form: VerbForm) -> int | None:
    """The modal verb that governs the verb of saying at ``index`` as an infinitive: "„…“,
    musste der Minister einräumen", "Der Minister will mitteilen, ob …". The modal is the
    clause's finite verb, and the cue is both ("musste … einräumen"), like a separable verb's.

    The infinitive has the shape of the plural present (a finite reading without a
    particle); it must close its clause, and no other verb may stand between the two (not
    "ist zu sagen"). The modal must stand second in its clause, after a field: one opening
    the clause asks or sets a condition ("Sollte sich herausstellen, …"). A modal speech act
    is often no report ("Die Firma will Kurse anbieten, …", "Er kann meinen, was er will"),
    so what it says must be plain: a content clause with a conjunction after it ("…
    einräumen, dass …", "mitteilen, ob …") or a quotation before it ("„…“, musste er
    einräumen"). Not yet a demonstrative standing for one ("„…“ Das musste er einräumen"),
    which would give the quotation twice, as "Das sagte er" did before a short namer sentence
    named the bare quotation's speaker instead (see :func:`_structure`).
    """
    low = sentence.lows[index]
    if not form.plural or form.konjunktiv or form.particle or not low.endswith("n"):
        return None
    lows = sentence.lows
    if index == 0 or lows[index - 1] == "zu" or not _clause_final(sentence, index):
        return None
    following = index + 1
    clause_start = sentence.clause_start[index]
    roles = sentence.roles
    if not (
        (
            following + 1 < len(lows)
            and lows[following] == ","
            and lows[following + 1] in roles.complementizers
        )
        or (clause_start > 1 and sentence.tokens[clause_start - 2].quote >= 0)
    ):
        return None
    modal = roles.modal
    verbs = sentence.lexicon.verbs
    auxiliaries = sentence.lexicon.auxiliaries
    question = following + 1 < len(lows) and lows[following + 1] in roles.question_words
    start = max(clause_start, index - _MAX_AUX_DISTANCE)
    for position in range(index - 1, start - 1, -1):
        word = lows[position]
        if word in modal:
            opens = position == clause_start or (position > 0 and lows[position - 1] == ",")
            after_quote = position > 1 and sentence.tokens[position - 2].quote >= 0
            return None if opens and not after_quote else position
        if (
            word in verbs
            or word in auxiliaries
            or sentence.tokens[position].quote >= 0
            or (sentence.word_class(position) == "neg" and not question)
        ):
            # another verb; or a negation: "wollte nicht bestätigen, dass …" withholds it
            # (not a question left open: "wollte nicht sagen, wie viele betroffen sind")
            return None
    return None


def _bracketed_aside(sentence: _Sentence, finite: int, last_part: int) -> bool:
    """Whether the verb's clause is a short aside in brackets that points to an earlier report
    of the event ("Kurz vor Weihnachten (Wikinews berichtete) hatte die Behörde …"): it says
    who reported the story before, not who says the sentence."""
    tokens = sentence.tokens
    if last_part + 1 >= len(tokens) or tokens[last_part + 1].text != ")":
        return False
    for index in range(finite - 1, max(-1, finite - _ASIDE_REACH - 1), -1):
        text = tokens[index].text
        if text == "(":
            return True
        if text in {")", ",", ":"} or tokens[index].quote >= 0:
            return False
    return False


def _counts_the_dead(sentence: _Sentence, finite: int, cue_parts: list[int]) -> bool:
    """Whether a verb of demanding has a toll noun as its object in its clause: "Das Erdbeben
    hat mindestens 65 Menschenleben gefordert", "forderte einen Motorrad-Toten". A toll noun
    after a preposition is a topic ("fordert Hilfe für die Opfer"), one in the genitive after
    a noun is that noun's attribute ("Der Anwalt der Opfer forderte, …")."""
    lows = sentence.lows
    stop = sentence.clause_end[max(cue_parts)]
    tolls = sentence.roles.toll_nouns
    for index in range(sentence.clause_start[finite], stop):
        low = lows[index]
        if (
            (low in tolls or low.rpartition("-")[2] in tolls)
            and not any(
                sentence.word_class(before) == "prep"
                for before in range(max(0, index - _TOLL_REACH), index)
            )
            and not _genitive_attribute(sentence, index)
        ):
            return True
    return False


def _genitive_attribute(sentence: _Sentence, index: int) -> bool:
    """Whether the noun at ``index`` follows a genitive article ("der", "des") right after a
    capitalised noun: "der Anwalt der Opfer", "die Familie des Toten"."""
    return (
        index >= _NOUN_AND_ARTICLE
        and sentence.lows[index - 1] in sentence.roles.genitive
        and sentence.is_capitalised(index - 2)
        and sentence.word_class(index - 2) == ""
    )


def _choose_form(sentence: _Sentence, index: int) -> tuple[VerbForm, list[int], int | None] | None:
    """The reading of a cue word that fits its clause, with the tokens of the cue and, for a
    participle, its auxiliary (None for the other readings).

    A separable verb needs its particle at the end of the clause ("teilte … mit,"), or right
    before it in a verb-final clause ("wie der Verband bekannt gab"); a participle needs an
    auxiliary ("hat erklärt"), or else the word is read as a present tense ("er erklärt").
    """
    lows = sentence.lows
    limit = -1  # found when a reading with a particle needs it
    # The words a particle may be among: the limit never reaches past them, so a particle
    # missing here (most readings: "gab" has a dozen particles) skips the limit's walk past
    # inserts and the loop over the clause, tested in C.
    reachable = lows[index + 1 : min(index + _MAX_PARTICLE_DISTANCE, sentence.last)]
    best: tuple[VerbForm, list[int], int | None] | None = None
    for form in sentence.lexicon.verbs[lows[index]]:
        if not _flags_allow(sentence, index, form):
            continue
        if form.particle:
            if form.particle in reachable:
                if limit < 0:
                    limit = _particle_limit(sentence, index)
                for position in range(index + 1, limit):
                    if lows[position] == form.particle and _clause_final(sentence, position):
                        return form, [index, position], None
            if index > 0 and lows[index - 1] == form.particle and _clause_final(sentence, index):
                return form, [index - 1, index], None
            continue
        if form.kind is _FORM_PARTICIPLE:
            auxiliary = _participle_auxiliary(sentence, index, form)
            if auxiliary is not None:
                return form, [index], auxiliary
            continue
        if best is None:
            best = (form, [index], None)
    return best


# The word classes that open the subject of a clause of time after "als" ("Als der Minister
# sagte", "Als er sagte").
_TIME_CLAUSE_SUBJECTS = frozenset({"det", "pron"})
#: The tokens a clause of time after a comma needs before its "als": a word and the comma.
_COMMA_AND_WORD = 2
#: What ends the clause before a comma and "als", looking back for a comparative in it.
_CLAUSE_BREAKS = frozenset({",", ";", ":", "–", "—"})
#: The words before such a comma looked at for a comparative: the last, and a verb's form.
_VERB_GROUP = 2
# The fewest words of a clause resumed after a relative clause (a phrase and its verb).
_MIN_RESUMED = 2
_LABEL_MARKER = "als"  # before the label of a verb of naming: "als „Meilenstein“ bezeichnet"
_RELATIVE_WELCH = "welch"  # "welche", "welcher", "welches": relative pronouns or question words


def _content_past_relative(
    sentence: _Sentence, comma: int, *, opinion: bool
) -> tuple[QuoteKind, Span, list[int]] | None:
    """The content after a relative clause set off by commas that closes the verb's clause,
    about the phrase before it: "Hartmann schrieb in einer Presseerklärung, die auf ihrer
    Homepage veröffentlicht wurde, sie wolle zurücktreten." (the Konjunktiv clause is
    Hartmann's, not the relative clause's). Only a clause opened by "dass" or another
    complementizer, a quotation or a clause in the Konjunktiv I counts; a zu-infinitive is the
    relative clause's own ("…, die sie dazu zwingen, umzusteigen")."""
    start = comma + 1
    if (
        start >= sentence.last
        or sentence.tokens[comma].text != ","
        or not _relative_clause(sentence, start)
    ):
        return None
    closing = sentence.clause_end[start]
    if closing + 1 >= sentence.last or sentence.tokens[closing].text != ",":
        return None
    opening = closing + 1
    low = sentence.lows[opening]
    if not (
        # (not a second relative clause: "…, die das Amt informierte, welches …")
        (low in sentence.roles.complementizers and not low.startswith(_RELATIVE_WELCH))
        or sentence.tokens[opening].quote >= 0
        or _has_konjunktiv(sentence, opening, sentence.clause_end[opening], only_first=True)
    ):
        return None  # "…, die sie dazu zwingen, umzusteigen": the relative clause's own
    return _content_after(sentence, closing, opinion=opinion, plain=False)


def _particle_limit(sentence: _Sentence, index: int) -> int:
    """Where the search for a separable particle after the verb at ``index`` ends: the end of
    its clause, past up to two inserts set off by commas, a relative clause, a subordinate clause
    or an apposition ("teilte der Geschäftsführer der Fraktion, Jens Nacke, mit", "Dies geht aus
    einer Meldung, die … verbreitet wurde, hervor", "warf ihm, nachdem …, vor"), or by a pair of
    dashes, an aside ("lässt sie dort – offenbar durch ihre Anwälte – Folgendes erklären");
    never more than 25 tokens on."""
    tokens = sentence.tokens
    reach = min(index + _MAX_PARTICLE_DISTANCE, sentence.last)
    limit = min(sentence.clause_end[index], reach)
    for _ in range(_MAX_INSERTS):
        following = limit + 1
        if limit >= reach or following >= reach:
            break
        mark = tokens[limit].text
        if mark not in _DASHES and (
            mark != ","
            or not (
                sentence.lows[following] in sentence.roles.relative
                or sentence.word_class(following) in {"det", "sub"}
                or sentence.is_head(following)
            )
        ):
            break
        insert_end = sentence.clause_end[following]
        if insert_end + 1 >= reach or tokens[insert_end].text != mark:
            break
        if _has_konjunktiv(sentence, following + 1, insert_end - 1, only_first=True):
            # a content in the Konjunktiv I with its verb in second place, no insert: the
            # clause after it is another verb's ("sagte, die Soldaten seien gut ausgerüstet,
            # gab aber zu, dass …" is no "zusagen")
            break
        limit = min(sentence.clause_end[insert_end + 1], reach)  # the clause goes on after it
    return limit


def _clause_final(sentence: _Sentence, index: int) -> bool:
    """Whether only an auxiliary stands between ``index`` and the end of its clause."""
    following = index + 1
    if following < len(sentence.lows) and sentence.lows[following] in sentence.lexicon.auxiliaries:
        following += 1
    return following >= sentence.clause_end[index] or sentence.tokens[following].text in _FINAL


#: The flags whose use :func:`_flags_allow` checks in the sentence: a form with none of them
#: (most) is allowed in one test in C, without reading each flag's enum member.
_CONTEXT_FLAGS = frozenset({VerbFlag.QUOTED, VerbFlag.NOSICH, VerbFlag.SICH, VerbFlag.ES})


def _flags_allow(sentence: _Sentence, index: int, form: VerbForm) -> bool:
    if _CONTEXT_FLAGS.isdisjoint(form.flags):
        return True
    if _FLAG_QUOTED in form.flags and not _frames_quotation(sentence, index):
        return False
    near = sentence.lows[max(0, index - 2) : index + 3]
    if _FLAG_NOSICH in form.flags and "sich" in near and not _trails_quotation(sentence, index):
        return False
    if _FLAG_SICH in form.flags and "sich" not in near:
        return False
    return (
        _FLAG_ES not in form.flags
        or "es" in near
        or impersonal_after_wie(sentence, index) is not None  # "Wie es aus … hieß"
    )


def _trails_quotation(sentence: _Sentence, index: int) -> bool:
    """Whether the verb at ``index`` follows a quotation and its comma ("„…“, erinnerte sich
    Trotnow"): whatever the verb's reflexive use means elsewhere ("erinnerte sich" =
    remembered), there it reports the words quoted."""
    tokens = sentence.tokens
    return (
        index >= _QUOTE_AND_COMMA
        and tokens[index - 1].text == ","
        and tokens[index - _QUOTE_AND_COMMA].quote >= 0
    )


def _trails_konjunktiv(sentence: _Sentence, index: int) -> bool:
    """Whether the verb at ``index`` opens the clause after a comma that closes a clause of the
    sentence in the Konjunktiv I: "Das sei ein Skandal, empörte sich die Abgeordnete", "Man habe
    genug gewartet, ärgerte sich der Vorsitzende" tell how reported words were said, as after a
    quotation. Not after a clause that a preposition or subordinator opens: "Auf Anfragen, ob
    das Dementi noch aktuell sei, reagierte er nicht" reports a question, not his words."""
    return (
        index > sentence.opening + 1
        and sentence.tokens[index - 1].text == ","
        and sentence.word_class(sentence.opening) not in {"prep", "sub"}
        and _has_konjunktiv(sentence, sentence.opening, index - 1, only_first=True)
    )


def _frames_quotation(sentence: _Sentence, index: int) -> bool:
    """Whether a verb flagged *quoted* (manner of speaking, an emotive reaction) stands where it
    tells how a quotation was said: right after the quotation and its comma ("„Wir haben
    gewonnen“, jubelte der Trainer", "„…“, freute sich die Siegerin") or after a clause in the
    Konjunktiv I and its comma ("Das sei ein Skandal, empörte sich X"), or in a clause that a
    colon and a quotation close, with no coordinator between the verb and the colon ("Der
    Trainer jubelte: „…“", "Am Montag wetterte Söder in München: „…“"; not "Die Fans jubelten
    und der Trainer sagte: „…“"), and with the quotation ending the sentence: what follows it
    may be its own attribution, and the verb before the colon then only sets the scene ("Die
    Wirtschaft brummt: „…“, sagt der Handwerksmeister"; "Der Saal lachte: „…“ rief ein
    Abgeordneter"). Elsewhere the verb reports no speech ("Die Fans jubelten im Stadion")."""
    if _trails_quotation(sentence, index) or _trails_konjunktiv(sentence, index):
        return True
    colon = sentence.clause_end[index]
    quotation = colon + 1
    return (
        quotation + 1 == sentence.last
        and quotation in sentence.colon_quotes()
        and sentence.roles.coordinators.isdisjoint(sentence.lows[index + 1 : colon])
    )


def _participle_auxiliary(sentence: _Sentence, index: int, form: VerbForm) -> int | None:
    """The auxiliary of a participle of saying, if it has one.

    A form of "sein" makes a state, not speech ("ist bekannt", "ist entschieden", "waren in
    Brand geraten"), except in the passive perfect ("war mitgeteilt worden", "bekannt geworden
    war") and for the verbs that form their perfect with "sein" ("ist davon ausgegangen"). A
    modal verb opening the sentence sets a condition or asks ("Sollte der Antrag angenommen
    werden, …", "Kann das bestätigt werden?"): no speech.
    """
    auxiliary = _find_auxiliary(sentence, index)
    if (
        auxiliary is not None
        and auxiliary == sentence.opening
        and sentence.lows[auxiliary] in sentence.roles.modal
    ):
        return None  # "Sollte der Antrag angenommen werden, …": a condition or a question
    if (
        auxiliary is None
        or sentence.lows[auxiliary] not in sentence.roles.sein
        or _FLAG_SEIN in form.flags
    ):
        return auxiliary
    following = index + 1
    if (
        following < len(sentence.lows)
        and sentence.lows[following] in sentence.roles.passive_perfect
    ):
        return auxiliary
    return None


def _find_auxiliary(sentence: _Sentence, index: int) -> int | None:
    auxiliaries = sentence.lexicon.auxiliaries
    start = _auxiliary_reach(sentence, index)
    clause_start = sentence.clause_start[index]
    following = index + 1
    # "…, alle Beiträge, die gemeldet wurden, sollten …": an auxiliary right after the
    # participle that closes its clause is its own, not one before the clause.
    closed = (
        following < len(sentence.lows)
        and sentence.lows[following] in auxiliaries
        and sentence.clause_end[index] == following + 1
    )
    for position in range(index - 1, start - 1, -1):
        if sentence.lows[position] in auxiliaries:
            if position < clause_start and sentence.tokens[position + 1].text == ",":
                # "Im Brief, den er geschickt hat, erklärt er": an auxiliary closing an insert
                # before the verb's clause is the insert's own.
                continue
            if position < clause_start and closed:
                return following
            return position
    # Verb-final clauses: "wie die Polizei mitgeteilt hatte".
    for position in range(index + 1, min(sentence.clause_end[index], index + 3)):
        if sentence.lows[position] in auxiliaries:
            return position
    # A participle coordinated with another: "hat sich …, X, gegen Y ausgesprochen und
    # behauptet, …" shares its auxiliary across the commas of an apposition.
    if (
        index > 1
        and sentence.lows[index - 1] in sentence.roles.coordinators
        and sentence.is_lower(index - 2)
    ):
        for position in range(index - 2, max(-1, index - 2 * _MAX_AUX_DISTANCE), -1):
            low = sentence.lows[position]
            if low in auxiliaries:
                return position
            if low in {":", ";"} or sentence.tokens[position].quote >= 0:
                break
    return None


def _auxiliary_reach(sentence: _Sentence, index: int) -> int:
    """Where the search for a participle's auxiliary before ``index`` ends: the start of its
    clause, back past up to two inserts set off by commas ("hatte ein Talibanführer, Baitullah
    Mehsud, erklärt"), never more than 20 tokens back."""
    floor = max(0, index - _MAX_AUX_DISTANCE)
    start = sentence.clause_start[index]
    tokens = sentence.tokens
    for _ in range(_MAX_INSERTS):
        if start - 2 <= floor or tokens[start - 1].text != ",":
            break
        insert = sentence.clause_start[start - 2]
        if (
            insert - 2 < floor
            or tokens[insert - 1].text != ","
            or not (
                sentence.lows[insert] in sentence.roles.relative
                or sentence.word_class(insert) == "det"
                or sentence.is_head(insert)
            )
        ):
            break
        start = sentence.clause_start[insert - 2]
    return max(start, floor)


def _quoted_predicates(sentence: _Sentence, start: int, clause_end: int) -> list[int]:
    """The quotations from ``start`` to the clause's end or a coordinator that open in lower
    case: the quoted predicate of "zeigte sich (tief) „erschüttert“" and "zeigte sich „sehr
    zufrieden“", not a name or title after it ("zeigte sich nach dem „Tatort“ erleichtert") nor
    the words of a second verb ("zeigte sich bestürzt und verurteilte ihn als „…“")."""
    found: list[int] = []
    coordinators = sentence.roles.coordinators
    for index in range(start, min(clause_end, sentence.last)):
        token = sentence.tokens[index]
        if sentence.lows[index] in coordinators:
            break
        if token.quote >= 0 and opens_lower_case(token.text):
            found.append(token.quote)
    return found


def _participles_with_agent(
    sentence: _Sentence, pairs: Sequence[QuotePair], used: set[int]
) -> list[Attribution]:
    """ "Der von der Regierung als „historisch“ bezeichnete Kompromiss", "Das von Umweltschützern
    „größenwahnsinnig“ genannte Vorhaben": a participle of a verb of saying inside a noun
    phrase, with its agent after "von" (the ``von`` role), quotes the agent: the quotation
    before the participle is the label the agent gave (see :func:`_agent_participle`)."""
    found: list[Attribution] = []
    for index in range(sentence.opening + 2, sentence.last):
        if not sentence.is_lower(index):
            continue
        reading = _agent_participle(sentence, index)
        if reading is None:
            continue
        quote, agent = reading
        pair = sentence.tokens[quote].quote
        if pair in used:
            continue
        speaker = announced_phrase(sentence, *agent, kind=_KIND_DIRECT)
        attribution = Attribution(
            kind=_KIND_DIRECT,
            content=pairs[pair].content,
            mention=speaker.mention,
            mention_words=speaker.mention_words,
            cue=(sentence.span(index, index + 1),),
        )
        found.extend(
            _results(sentence, attribution, [pair], pairs, used, context=_CONTEXT_ATTRIBUTED)
        )
    return found


def _agent_participle(sentence: _Sentence, index: int) -> tuple[int, Phrase] | None:
    """The quotation token and the agent of an inflected participle of a verb of saying at
    ``index`` that stands in a noun phrase with its agent, for
    :func:`_participles_with_agent`::

        phrase = article "von" agent ("als" quotation | lower-case-quotation) participle
                 [adjective] noun
        agent  = words{1,8}   (no comma, quotation or verb between)

    The article (or a preposition with its article, "im") before "von" shows the words are
    attributes of a noun, not a clause."""
    if not _inflected_participle(sentence, sentence.lows[index]):
        return None
    tokens = sentence.tokens
    before = index - 1
    if tokens[before].quote >= 0:
        quote = before
        head = index + 1
        if sentence.is_adjective(head):
            head += 1
        if head >= sentence.last or not sentence.is_head(head):
            return None
        left = quote - 1
        if left > 0 and sentence.lows[left] in sentence.roles.predicative:
            left -= 1
        elif not opens_lower_case(tokens[quote].text):
            # without "als" a capitalised quotation is the name the agent gave a thing ("die
            # vom ORF „Sommergespräche“ genannten Interviews")
            return None
    else:
        # (not a quotation after the participle: "die vom Sender angekündigte „Tagesschau“"
        # names a thing as often as "die vom Ministerium angekündigte „Offensive“" quotes)
        return None
    roles = sentence.roles
    for von in range(left, max(sentence.opening, left - _MAX_PHRASE), -1):
        if sentence.separator[von] or tokens[von].quote >= 0:
            return None
        if sentence.lows[von] in roles.von and sentence.is_lower(von):
            article = von - 1
            if (
                von == left
                or not (
                    sentence.word_class(article) == "det"
                    or sentence.lows[article] in roles.contracted_prepositions
                )
                # a lower-case word closing the phrase makes it one of place or time ("von Wien
                # aus", "von Montag an"), unless it is a pronoun ("von ihm")
                or (sentence.is_lower(left) and sentence.word_class(left) != "pron")
            ):
                return None
            return quote, Phrase(von + 1, left + 1)
        if sentence.is_lower(von) and sentence.lows[von] in sentence.lexicon.verbs:
            return None
    return None


def _opinion_holder(sentence: _Sentence, finite: int, mention: Phrase) -> bool:
    """Whether the verb of the ``view_verbs`` role at ``finite`` is in the indicative and its
    subject ``mention`` stands before it or names a person or an organisation, for its quoted
    object: "Der Verband fürchtet einen „ruinösen“ Preiskampf", "Nun fürchtet der Verband …";
    not a Konjunktiv, whose sentence is reported speech with the quotation inside ("Außerdem
    halte die Fraktion den Schritt für „überfällig“"), nor a thing after the verb read as its
    subject ("Das Museum erwartet einen „großen“ Ansturm": the Ansturm says nothing)."""
    lexicon = sentence.lexicon
    low = sentence.lows[finite]
    if low in lexicon.konjunktiv or low in lexicon.konjunktiv_two:
        return False
    if mention.stop <= finite:
        return True
    info = analyse_mention(sentence.words(*mention), language="de")
    return info is not None and info.kind in _SPEAKER_KINDS


def _opinion_object_quotes(
    sentence: _Sentence, pairs: Sequence[QuotePair], start: int, clause_end: int
) -> list[int]:
    """The quotations in the object of a verb of the ``view_verbs`` role that
    :func:`_quoted_predicates` reads (up to the clause's end or a coordinator, in lower case)
    and that are words said (:func:`_lower_case_words_said`): the subject's words in "Der
    Verband fürchtet einen „ruinösen“ Preiskampf"; not a name or title there ("erwarten von der
    „taz“", "erwarten die „heute-show“")."""
    return [
        quote
        for quote in _quoted_predicates(sentence, start, clause_end)
        if _lower_case_words_said(
            sentence,
            _quote_index(sentence, pairs[quote]),
            pairs[quote].content.slice(sentence.text),
        )
    ]


def _structure(
    sentence: _Sentence,
    finite: int,
    cue_parts: list[int],
    form: VerbForm,
    plural: bool | None,
    pairs: Sequence[QuotePair],
    used: set[int],
    state: _State,
) -> list[Attribution]:
    lows = sentence.lows
    clause_start = sentence.clause_start[finite]
    last_part = max(cue_parts)
    clause_end = sentence.clause_end[last_part]
    cue = tuple([sentence.span(part, part + 1) for part in cue_parts])  # a list builds faster
    opinion = _FLAG_OPINION in form.flags
    # a verb of judging flagged *naming* is a cue only before a predicate after "als"
    # ("betrachtet den Plan als Fehler"), and only as reported speech or its quoted label
    naming = _FLAG_NAMING in form.flags
    if naming and not (
        _predicate_follows(sentence, finite, clause_end)
        or _fronted(sentence, clause_start, finite, sentence.roles.predicative)
    ):
        return []
    first = _skip_leading(sentence, clause_start)
    if (
        first < finite
        # "indem er sagte, …": a word that opens an adverbial clause is a subordinator too
        and (sentence.word_class(first) == "sub" or lows[first] in sentence.roles.not_content)
        and (lows[first] != "als" or _clause_of_time(sentence, first, finite, last_part, form))
        # the verb closes its clause (before a comma or the final stop: "…, wie X mitteilte.")
        and (last_part >= min(clause_end, sentence.last) - 1 or finite == clause_end - 1)
    ):
        if naming or _naming_aside(sentence, first, finite, form):
            return []
        return _subordinate(
            sentence, first, finite, cue, plural, pairs, used, opinion=opinion, form=form
        )
    opener = _opener_before_apposition(sentence, first, finite, last_part)
    if opener is not None and naming:
        return []
    if opener is not None:
        return _subordinate(
            sentence, opener, finite, cue, plural, pairs, used, opinion=opinion, form=form
        )
    # A verb whose perfect takes "sein" is active after it ("ist davon ausgegangen"). (Decided
    # before the subject rules, which it does not need: they would run in vain.)
    passive = (
        form.kind is _FORM_PARTICIPLE
        and lows[finite] in sentence.roles.passive
        and _FLAG_SEIN not in form.flags
    )
    if passive and _FLAG_ACTIVE in form.flags:
        return []  # "Er wurde zu fünf Jahren verurteilt": a court's sentence, not speech
    demonstrative = (
        first < finite and finite == first + 1 and lows[first] in sentence.roles.demonstrative
    )
    # Positional (in the fields' order: sentence, first, finite, last_part, clause_start,
    # clause_end, form, bracket): keywords make a named tuple twice as slow to build.
    clause = _Clause(
        sentence, first, finite, last_part, clause_start, clause_end, form, len(cue_parts) > 1
    )
    found = SUBJECT_RULES.first(clause)
    subject = None if found is None else found.phrase
    relative = found is not None and found.relative
    after_verb = last_part + 1
    if found is not None and found.after is not None:
        after_verb = max(after_verb, found.after)
    subjectless = subject is None and not passive
    if subjectless:
        subject = _subject_set_off(sentence, first, finite)
        if subject is None:
            return []
    if subject is not None and _term_subject(sentence, subject):
        # "Der Name Ubuntu bezeichnet eine Philosophie": a word denotes, nobody says; a
        # quotation in the clause is the name or its meaning ("der Name lautet „…“")
        used.update(sentence.quotes(clause_start, _clause_stop(sentence, last_part)))
        return []
    es = subject is not None and subject.stop - subject.start == 1 and lows[subject.start] == "es"
    if es and _FLAG_ES not in form.flags and not passive:
        return []
    mention = None if es else subject
    if passive and _FLAG_RELAY not in form.flags:
        # "Die Männer werden beschuldigt, …": the subject of a passive is not the speaker.
        mention = _agent(sentence, finite, last_part) or _passive_source(
            sentence, first, finite, last_part
        )
    if es and _FLAG_PP in form.flags:
        # "In dem Bericht heißt es", "…, heißt es in einer Erklärung."
        if first < finite:
            # (not a question: "Auf Anfrage der APA hieß es aus der Botschaft" is the embassy's)
            if _past_request(sentence, first, finite) == first:
                # A source after "es" names who speaks; the phrase before the verb then says
                # where or when ("In Wien hieß es aus dem Außenministerium", "Hinter
                # vorgehaltener Hand heißt es in der Partei")
                before_verb = _source_phrase(sentence, first, finite)
                after_es = None if subject is None else _source_after_es(sentence, subject)
                mention = (
                    after_es
                    if after_es is not None
                    and (
                        before_verb is None or _source_over_fronted(sentence, before_verb, after_es)
                    )
                    else before_verb
                )
        elif first == clause_start:
            mention = _source_before_relative(sentence, clause_start)
        if mention is None and subject is not None:
            mention = _source_after_es(sentence, subject)
    if (
        mention is not None
        and (passive or _FLAG_PP in form.flags)
        and mention.stop - mention.start > 1
        and sentence.word_class(mention.start) == "prep"
    ):
        # "In dem Bericht heißt es": the source is the report; its preposition is the
        # sentence's, as "nach" and "laut" are before a framing phrase's source.
        mention = Phrase(mention.start + 1, mention.stop)
    if (
        mention is not None
        and mention.stop - mention.start > 1
        and sentence.tokens[mention.stop - 1].text == ","
    ):
        # "sagte der Sprecher, Karl Huber, dass …": the comma closing the apposition is the
        # sentence's, not the mention's
        mention = Phrase(mention.start, mention.stop - 1)
    # "Die Stadt hat die Gebühren erhöht. Als Begründung wurde angegeben, …": the sentence
    # before names who gives the reason
    giver = (
        _reason_giver(sentence, first, state, pairs)
        or (_document_issuer(sentence, first, finite, state, pairs) if es else None)
        if mention is None and (es or passive)
        else None
    )
    # Positional (in the fields' order: sentence, finite, clause_start, clause_end,
    # dative_start, mention, addressed, passive, passive_subject, verb_lemma), as ``_Clause``.
    told = ADDRESSEE_RULES.first(
        _Told(
            sentence,
            finite,
            clause_start,
            _past_apposition(sentence, clause_end, mention),
            finite + 1 if mention is None or mention.start != finite + 1 else mention.stop,
            mention,
            _FLAG_OBJECT in form.flags,
            passive,
            subject if passive and not es else None,
            form.lemma,
        )
    )
    attribution = Attribution(
        kind=_KIND_INDIRECT,
        content=sentence.span(finite, finite + 1),
        mention=None if mention is None else sentence.span(*mention),
        mention_words=() if mention is None else _source_words(sentence, mention),
        cue=cue,
        plural=plural,
        addressee=None if told is None else sentence.span(*told),
    )
    if giver is not None:
        attribution = attrs.evolve(
            attribution, mention=giver.mention, mention_words=giver.mention_words
        )
    elif (
        es
        and mention is None
        and not sentence.roles.continuing_adverbs.isdisjoint(lows[clause_start:clause_end])
        and state.continues()
    ):
        # "Die Frau habe sich selbst alarmiert, hieß es weiter.": the source quoted before
        # goes on
        attribution = attrs.evolve(attribution, inherit=True)
    after = sentence.clause_end[max(after_verb - 1, last_part)]
    if (
        after < len(sentence.tokens)
        and sentence.tokens[after].text == ":"
        and (after == len(sentence.tokens) - 1 or _runs_on_after_colon(sentence, after, pairs))
    ):
        # "Putin sagte dazu:" — the quotation follows in the next paragraph.
        state.announce(attribution, sentence.tokens[after].end)
    trailing = (
        finite == clause_start and clause_start > 0 and first == finite and not relative
    ) or (form.kind is _FORM_FINITE and not opinion and _so_resumes(sentence, first, finite))
    trailing = trailing and not subjectless  # the subject stands before the comma
    if trailing and first < finite:
        attribution = attrs.evolve(attribution, cue=(sentence.span(first, first + 1), *cue))
    # After a trailing verb ("…, sagte X, der Sprecher der Y."), a plain clause after the
    # speaker is their apposition, not the content: the content is before the verb. After a
    # relative clause the verb closes ("Der Hubschrauber, der durch die Serie bekannt wurde,
    # wird ersetzt"), a plain clause goes on with the main clause.
    closes_relative = (
        first < finite
        and last_part >= clause_end - 1
        and clause_start > 0
        and sentence.tokens[clause_start - 1].text == ","
        and (_relative_clause(sentence, first) or _prepositional_relative(sentence, first))
    )
    content = (
        None
        if _coordinated_verb(sentence, after_verb, after)
        # "Die Stadt trauere, sagte der Bürgermeister von Graz, wo das Unglück geschah.": after
        # a trailing verb a relative adverb of place tells where, no content of its own
        or (trailing and _relative_adverb_after(sentence, after))
        else _content_after(
            sentence, after, opinion=opinion, plain=not trailing and not closes_relative
        )
    )
    # a verb that closes a clause set off by a comma, whatever opens it ("…, die Asyl
    # beantragen, …", where "die Asyl" reads like a subject)
    closes_inset = (
        first < finite
        and last_part >= clause_end - 1
        and clause_start > 0
        and sentence.tokens[clause_start - 1].text == ","
    )
    if closes_inset and content is not None and _resumed_clause(sentence, content):
        # "dass die Personen, die Asyl beantragen, von der Behörde behandelt würden": after the
        # relative clause its antecedent's clause goes on to its verb at the end, no content
        # of the relative verb ("…, der sagte, der Plan sei gescheitert, …" has its verb second)
        content = None
    if content is None and not trailing and not closes_relative and not passive:
        content = _content_past_relative(sentence, after, opinion=opinion)
    if (
        content is not None
        and not trailing
        and mention is not None
        and mention.start == sentence.opening
        and mention.stop <= finite
        and _coordinated_verb(sentence, last_part + 1, after) is not None
    ):
        # "Er lobte den Plan und sagte, man werde klagen": the content is the second verb's,
        # which shares the subject opening the sentence
        content = None
    if (
        content is not None
        and trailing
        and after + 1 < len(lows)
        and lows[after + 1] in sentence.roles.coordinators
    ):
        # "A sei so, sagte Macron, und B müsse …, ergänzte Scholz": the clause after "und"
        # is the next speaker's; a trailing verb takes the clause before it.
        content = None
    fronted = False
    if content is None and trailing:
        content = _content_before(sentence, clause_start - 1)
        # "In einem Bericht, der … vorgelegt wurde, fordert X …": an adverbial before the
        # comma, so the verb stands second in its main clause and trails nothing
        fronted = content is None and _fronted_adverbial(
            sentence, sentence.region_start, clause_start - 1
        )
        if (
            content is not None
            and opinion
            and content[0] is not _KIND_DIRECT
            and not _reported_opinion(sentence, content[1], finite, clause_start, subject)
        ):
            content = None
        if content is not None:
            following = _quotes_after(sentence, after)
            if following:
                content = (content[0], content[1], content[2] + following)
            elif content[0] is _KIND_INDIRECT and _reported_subordinate(sentence, after):
                # "Der Zug habe Verspätung, sagte die Schaffnerin, weil eine Weiche gestört
                # sei.": the reason goes on with the words reported (the frame is left out)
                content = (
                    content[0],
                    Span(start=content[1].start, end=sentence.tokens[sentence.last - 1].end),
                    content[2],
                )
    if content is None and trailing:
        content = _content_after(sentence, after, opinion=opinion)
    if (
        content is None
        and not opinion
        and subject is not None
        and subject.start == first == finite - 1
        and subject.stop == finite
        and sentence.tokens[first].quote >= 0
    ):
        # "„Gut gemacht“ sagte die Kanzlerin": a short quotation before the verb without the
        # comma, a subject after the verb; the quotation is the content, not a name.
        spoken_by = _postverbal_subject(sentence, finite + 1, clause_end)
        if spoken_by is not None and _is_es(sentence, spoken_by):
            # "„…“ heißt es in einer Erklärung": "es" is no speaker; the phrase after it may
            # name the source, without its preposition
            content = _direct_run(sentence, first)
            attribution = attrs.evolve(attribution, mention=None, mention_words=())
            spoken_by = _source_after_es(sentence, spoken_by) if _FLAG_PP in form.flags else None
            if spoken_by is not None:
                spoken_by = Phrase(spoken_by.start + 1, spoken_by.stop)
        if spoken_by is not None:
            content = _direct_run(sentence, first)
            attribution = attrs.evolve(
                attribution,
                mention=sentence.span(*spoken_by),
                mention_words=_source_words(sentence, spoken_by),
            )
    if naming:
        content = None  # "betrachtet es als wichtig, dass …": the predicate, no content clause
    if content is None and demonstrative and not opinion and clause_start > 0:
        content = _content_before(sentence, clause_start - 1)  # "„…“, das teilte X mit."
    elif content is None and demonstrative and not opinion:
        previous = state.previous_span
        if (
            previous is not None
            and state.previous_is_just_before(same_paragraph=False)
            and (clause_end >= sentence.last or _relative_clause(sentence, clause_end + 1))
        ):
            if state.bare_sentence == state.sentence - 1:
                # "„…“ Das sagte Merkel (am Montag in Wien).": the demonstrative stands for the
                # bare quotation, whose speaker name_bare_quotations names; it is not also
                # indirect content
                return [_derive(attribution, content=sentence.span(first, first + 1))]
            if any(
                found.kind is _KIND_DIRECT
                and found.mention is not None
                and _quoted_sentence(sentence.text, found.content)
                for found in state.previous_found
            ):
                # "Weiter sagte Larson: „…“ Dies sagte der Präsident in Richtung seiner
                # Kunden.": the quotation before has its speaker; this adds whom it was for (an
                # account before, "Einige Abgeordnete kündigten an, … Dies äußerten X und Y.",
                # takes the sentence's source)
                return []
            span = Span(start=previous[0], end=previous[1])
            return [_derive(attribution, content=span)]
    if content is None:
        if (
            (_FLAG_REPORT in form.flags or _holds_for(sentence, form, finite, last_part))
            and mention is not None
            and (not trailing or fronted)
            and not demonstrative
            and not _demonstrative_object(sentence, finite)
            and not sentence.reported
            and not _trailed_by_attribution(sentence, after)
            # in the pluperfect it is background, unless it holds the words said; under a
            # modal verb it is only possible, due, planned or rumoured, not a reported act
            and (
                sentence.quote_tokens
                or (
                    lows[finite] not in sentence.roles.pluperfect
                    and lows[finite] not in sentence.roles.modal
                )
            )
            and (_FLAG_VON not in form.flags or _von_follows(sentence, finite, clause_end))
            and (
                _FLAG_MIT not in form.flags
                or _mit_in_clause(sentence, clause_start, finite, clause_end)
            )
            and (
                _FLAG_ALS not in form.flags
                or _predicate_follows(sentence, finite, clause_end)
                or _fronted(sentence, clause_start, finite, sentence.roles.predicative)
            )
            # "Eine Gefahr geht von dem Stoff aus", "Ein Test bestätigte die Identität": what a
            # thing does, no one's words
            and (
                form.lemma not in sentence.roles.personal_verbs or _names_someone(sentence, mention)
            )
            and not _negated(sentence, finite, last_part, clause_end)
            and not _another_verb(sentence, finite, form, clause_end)
            # "bezeichnet sich selbst als Projekt": a self-description, no reported act
            and not (
                form.lemma in sentence.roles.naming_verbs
                and not sentence.roles.reflexive.isdisjoint(sentence.lows[finite + 1 : finite + 3])
            )
        ):
            start, stop = _reported_extent(sentence, finite, last_part, mention)
            span = sentence.span(start, stop)
            reported = _derive(attribution, kind=_KIND_REPORTED, content=span)
            return _results(sentence, reported, sentence.quotes(start, stop), pairs, used)
        if form.lemma in sentence.roles.naming_lemmas and _title_subject(sentence, mention):
            # "Das Motto des Parteitags lautete „Zukunft gestalten“": a name, nobody quoted
            used.update(sentence.quotes(finite, min(clause_end, sentence.last)))
            return []
        if mention is not None and opinion and _FLAG_SICH in form.flags and sentence.quote_tokens:
            # "Der Städtetag zeigte sich „alarmiert“": the quoted predicate of a stance taken
            # in public is the subject's word (a short quotation is a word of the clause, so
            # no content follows its end)
            predicates = _quoted_predicates(sentence, last_part + 1, clause_end)
            if fronted_predicate(sentence, first, finite, form.flags):
                # "„Zufrieden“ zeigte sich der Trainer": the predicate before the verb
                predicates.insert(0, sentence.tokens[first].quote)
            if predicates:
                return _results(
                    sentence,
                    _derive(attribution, kind=_KIND_DIRECT),
                    predicates,
                    pairs,
                    used,
                    context=_CONTEXT_ATTRIBUTED,
                )
        if (
            mention is not None
            and form.lemma in sentence.roles.view_verbs
            and not passive
            and _FLAG_REPORT not in form.flags
            and _FLAG_SICH not in form.flags
            and sentence.quote_tokens
            and _opinion_holder(sentence, finite, mention)
            # "Die Kommission erwartet einen „…“ Anstieg, teilte ein Sprecher mit": a verb of
            # saying trailing the clause takes it as content, with the quotation (read within
            # a phrase's length of the clause's end, so a long sentence costs no more per verb)
            and not any(
                sentence.lows[index] in sentence.lexicon.verbs and sentence.is_lower(index)
                for index in range(clause_end, min(sentence.last, clause_end + _MAX_PHRASE))
            )
        ):
            # "Der Verband fürchtet einen „ruinösen“ Preiskampf": a quoted word in the object of
            # a verb of fearing, expecting or hoping is the subject's (a subject read after the
            # quotation is a noun of the object: "Das Museum erwartet einen „großen“ Ansturm")
            expected = [
                quote
                for quote in _opinion_object_quotes(
                    sentence, pairs, last_part + 1, min(clause_end, last_part + _MAX_PHRASE)
                )
                if pairs[quote].open >= sentence.tokens[mention.stop - 1].end
            ]
            if expected:
                return _results(
                    sentence,
                    _derive(attribution, kind=_KIND_DIRECT),
                    expected,
                    pairs,
                    used,
                    context=_CONTEXT_ATTRIBUTED,
                )
        if (mention is not None or passive) and not opinion and sentence.quote_tokens:
            # "Von einem „Eingriff“ spricht der Entwurf": the quotations near the verb.
            first = max(clause_start, finite - _MAX_PHRASE)
            past = _past_relative_clauses(sentence, clause_end)
            stop = past if past > clause_end else min(clause_end, last_part + _MAX_PHRASE)
            return _results(
                sentence,
                _derive(attribution, kind=_KIND_DIRECT),
                sentence.quotes(first, stop),
                pairs,
                used,
                context=_CONTEXT_ATTRIBUTED,
            )
        if mention is not None and not (passive or opinion or es):
            _spoken_without_words(sentence, first, mention, attribution, state, form)
        return []
    kind, span, quotes = content
    if subjectless and (kind is not _KIND_INDIRECT or opinion):
        return []
    if kind is _KIND_INDIRECT and span.start > sentence.tokens[finite].start:
        # (only after the verb: before a trailing verb such a verb is the content's own, after
        # its subject's apposition: "Die Männer, alle aus Syrien, überquerten die Grenze, sagte")
        span = _without_next_predicate(
            sentence, span, () if mention is None else _source_words(sentence, mention)
        )
        span = _relative_content_end(sentence, first, subject, span)
    if form.lemma in sentence.roles.naming_lemmas and _title_subject(sentence, mention):
        used.update(quotes)  # "„…“, so lautet der Titel der Studie": a name, nobody quoted
        return []
    if _FLAG_REJECTS in form.flags and kind is not _KIND_REPORTED:
        claim = _rejected_claim(sentence, finite, last_part, span)
        fronted_claim = None if claim is not None else _fronted_claim(sentence, finite, span)
        if fronted_claim is not None:
            claim, span = fronted_claim
        if claim is not None:
            # "wies Vorwürfe der Opposition zurück, sie betreibe …": the claim is the
            # accusers', or the accusation's when no one is named, never the subject's own
            attribution = attrs.evolve(
                attribution,
                mention=sentence.span(*claim),
                mention_words=_source_words(sentence, claim),
                addressee=None,
                rejecter=attribution,
            )
            span = _claim_end(sentence, span)
    results = _results(sentence, _derive(attribution, kind=kind, content=span), quotes, pairs, used)
    if _FLAG_RELAY in form.flags and kind is not _KIND_REPORTED and results:
        other = (
            _quoting_source(sentence, first, finite, last_part, clause_end, subject)
            if passive
            else _quoted_person(sentence, finite, clause_end, subject)
        )
        if (
            other is not None
            and subject is not None
            and subject.stop == subject.start + 1
            and lows[subject.start] in sentence.roles.impersonal
        ):
            # "zitierte man X": nobody relays, X is the speaker
            return [_spoken_by(result, sentence, other) for result in results]
        if other is None and subject is not None:
            split = (
                _source_inside_subject(sentence, subject, last_part)
                if passive
                else _person_inside_subject(sentence, subject, finite)
            )
            if split is not None:
                person, other = split
                results = [_spoken_by(result, sentence, person) for result in results]
        if other is not None:
            results.extend(_relayed_to(result, sentence, other) for result in list(results))
    return results


def _quoted_sentence(text: str, content: Span) -> bool:
    """Whether a direct quotation is a sentence or more than three words ("„Wir bleiben
    offen.“"), so that a demonstrative after its sentence stands for it; after a short one
    ("nannte die Pläne „unausgegoren“. Dies sagte auch der Fraktionschef.") the demonstrative
    means the sentence."""
    words = text[content.start : content.end].split()
    return bool(words) and (len(words) > _SHORT_QUOTE_WORDS or words[-1][-1:] in _FINAL)


def _naming_aside(sentence: _Sentence, first: int, finite: int, form: VerbForm) -> bool:
    """Whether a "wie" clause with a verb of naming in the passive tells what something is
    called, no source of the sentence: "Killervögel, wie die Möwen von den Medien bezeichnet
    werden, terrorisieren …", "„Trap“, wie er genannt wird, erreichte Kultstatus"."""
    return (
        sentence.lows[first] == "wie"
        and form.lemma in sentence.roles.naming_verbs
        and form.kind is _FORM_PARTICIPLE
        and sentence.lows[finite] in sentence.roles.passive
    )


def _past_relative_clauses(sentence: _Sentence, end: int) -> int:
    """Where a clause that a relative clause interrupts goes on to end: "bezeichnete die
    Karten in einem Spiel, in dem es nur 26 Fouls gab, als „übertrieben“" ends after the
    quotation, not at the comma before "in dem" (``end`` is that comma)."""
    tokens = sentence.tokens
    while (
        end + 1 < sentence.last
        and tokens[end].text == ","
        and (_relative_clause(sentence, end + 1) or _prepositional_relative(sentence, end + 1))
    ):
        after = sentence.clause_end[end + 1]
        if after + 1 >= sentence.last or tokens[after].text != ",":
            break
        resumed = after + 1
        low = sentence.lows[resumed]
        if (
            not sentence.is_lower(resumed)
            or (sentence.word_class(resumed) == "sub" and low != "als")  # "…, als „…“" goes on
            or sentence.word_class(resumed) == "det"
            or low in sentence.roles.relative
        ):
            # "…, der das Tor schoss, die Zeitungen sprachen …", "…, während Anwohner …": a
            # clause of its own follows, not the rest of the verb's clause
            break
        end = sentence.clause_end[resumed]
    return end


#: Word classes that open the subject of a main clause after a coordinating conjunction ("und
#: die Opposition …", "aber er …"); a capitalised word does too.
_SUBJECT_OPENING_CLASSES = frozenset({"det", "pron"})
#: Word classes of a finite verb after such a subject: an auxiliary or copula ("ist", "wird")
#: or a word of no closed class ("stimmte", "gehen").
_FINITE_VERB_CLASSES = frozenset({"", "verb"})


def _reported_extent(
    sentence: _Sentence, finite: int, last_part: int, mention: Phrase
) -> tuple[int, int]:
    """The tokens a reported speech act covers: the whole sentence, or for the second of two
    coordinated verbs whose subject stands before the coordinator ("„…“ schrieben die Hacker
    und kündigten weitere Aktionen an") only its own clause, from the verb on: the quotation
    and the first verb are the first act's; likewise a main clause with its own subject after the
    coordinator, from that subject on, and a main clause after a comma whose subject stands first,
    from that subject to the sentence's end."""
    count = len(sentence.tokens)
    if (
        finite > 0
        and sentence.lows[finite - 1] in sentence.roles.coordinators
        and mention.stop < finite
    ):
        return finite, sentence.clause_end[finite]
    if (
        mention.start > 1
        and mention.stop == finite
        and sentence.lows[mention.start - 1] in sentence.roles.coordinators
    ):
        # "Der Konflikt hat Spannungen heraufbeschworen und Polen fordert mehr Schutz": a main
        # clause after the coordinator, with its own subject, from that subject on
        return mention.start, sentence.clause_end[finite]
    if (
        mention.start > 1
        and mention.stop == finite
        and sentence.tokens[mention.start - 1].text == ","
        and not _clause_final(sentence, finite)
    ):
        # "Es entstanden 500 Stellen, die Betreiber sprechen von 850, die bald folgen": a main
        # clause after a comma, its subject first and words after its verb (not a relative
        # clause, "…, die Neuwahlen fordert."), from that subject to the sentence's end
        return mention.start, _before_coordinated_clause(sentence, last_part, count)
    end = _before_coordinated_clause(sentence, last_part, count)
    return 0, _before_trailing_attribution(sentence, last_part, end)


def _before_trailing_attribution(sentence: _Sentence, last_part: int, end: int) -> int:
    """Where a reported act's sentence ends before a trailing attribution of its own after a
    comma ("Die Mitarbeiter fordern mehr Lohn, teilte die Gewerkschaft mit": the union tells
    of the demand), else ``end``."""
    for comma in range(last_part + 1, end - 1):
        if sentence.tokens[comma].text != ",":
            continue
        close = sentence.clause_end[comma + 1]
        if close >= sentence.last and _speaks_itself(sentence, comma + 1, close):
            return comma
    return end


def _before_coordinated_clause(sentence: _Sentence, last_part: int, count: int) -> int:
    """Where a reported act's clause ends: before a comma and a coordinating conjunction after
    its verb (and its particle) that open a second main clause of the narration, its subject
    first and a finite verb after it ("Die Regierung schlägt eine Reform vor, und Zehntausende
    gehen auf die Straße", "…, aber die Opposition ist dagegen"), else at ``count``. A
    conjunction before a phrase of the same clause ("rät bei Bewerbungen, aber auch bei
    Rechnungen zur Vorsicht", "und zwar …", "forderte mehr Geld, aber keine neuen Stellen")
    does not end it."""
    for index in range(last_part + 1, count - 2):
        if (
            sentence.tokens[index].text == ","
            and sentence.word_class(index + 1) == "conj"
            and (
                sentence.word_class(index + 2) in _SUBJECT_OPENING_CLASSES
                or sentence.is_capitalised(index + 2)
            )
            and _finite_after_subject(sentence, index + 2, sentence.clause_end[index + 2])
        ):
            return index
    return count


def _finite_after_subject(sentence: _Sentence, start: int, stop: int) -> bool:
    """Whether the words from ``start`` on are a subject and the finite verb of a main clause
    before ``stop``: an article or pronoun, adjectives, capitalised words (also a genitive
    after them: "die Mitglieder der Partei"), then a lower-case word that is an auxiliary or no
    function word ("die Opposition stimmte dagegen", "Zehntausende gehen", "sie nannte"); not
    a phrase without a verb ("aber keine neuen Stellen", "aber Ende Mai")."""
    position = start
    if sentence.word_class(position) == "pron":
        position += 1  # "aber sie nannte"
    else:
        while position < stop:
            if sentence.word_class(position) == "det":
                position += 1
                while position < stop and sentence.is_adjective(position):
                    position += 1  # "die neue Regierung"
            noun = position
            while position < stop and sentence.is_capitalised(position):
                position += 1
            if position == noun or sentence.word_class(position) != "det":
                break
    return (
        start < position < stop
        and sentence.is_lower(position)
        and sentence.word_class(position) in _FINITE_VERB_CLASSES
    )


def _title_subject(sentence: _Sentence, mention: Phrase | None) -> bool:
    """Whether the first noun of a subject is a noun for a title or name (the ``title_nouns``
    endings: "der Titel einer Studie", "der Name", "das Motto")."""
    if mention is None:
        return False
    endings = sentence.lexicon.title_noun_endings
    for index in range(mention.start, mention.stop):
        if sentence.is_capitalised(index) and sentence.word_class(index) != "det":
            return sentence.lows[index].endswith(endings)
    return False


def _source_inside_subject(
    sentence: _Sentence, subject: Phrase, participle: int
) -> tuple[Phrase, Phrase] | None:
    """The person and the source of a passive "zitiert" whose subject phrase after the verb
    took in where the words appeared: "„…“ wird der Trainer im Fachblatt „Kicker“ zitiert" has
    the person "der Trainer" and the source "Fachblatt „Kicker“" (see :func:`_quoting_source`,
    which finds the source when it stands apart). The source must name a medium
    (:func:`_names_a_medium`): "wird der Trainer im Interview zitiert" keeps its subject."""
    if subject.start >= participle:
        return None
    for index in range(subject.start + 1, subject.stop - 1):
        if (
            sentence.lows[index] in sentence.roles.source_prepositions
            and sentence.word_class(index) == "prep"
        ):
            source = _phrase_after(sentence, index + 1, participle)
            if (
                source is None
                or source.stop < subject.stop
                or not _names_a_medium(sentence, source)
            ):
                return None
            return Phrase(subject.start, index), source
    return None


def _person_inside_subject(
    sentence: _Sentence, subject: Phrase, finite: int
) -> tuple[Phrase, Phrase] | None:
    """The source and the person of an active "zitiert" whose subject phrase after the verb
    ran on into the object, a role and a name without an article: "„…“, zitiert die Zeitung
    Polizeisprecher Ralf Meyer" has the source "die Zeitung" and the person "Polizeisprecher
    Ralf Meyer" (see :func:`_quoted_person`, which finds the person when an article sets it
    apart: "zitiert die Zeitung den Sprecher")."""
    if subject.start <= finite:
        return None
    for index in range(subject.start + 1, subject.stop - 1):
        word = sentence.tokens[index].text
        if (
            _names_a_medium(sentence, Phrase(subject.start, index))
            and role_or_organisation(word, "de")
            and not organisation_word(word, "de")
            and sentence.is_capitalised(index + 1)
        ):
            return Phrase(subject.start, index), Phrase(index, subject.stop)
    return None


def _printed_in(sentence: _Sentence, phrase: Phrase, participle: int) -> bool:
    """Whether the phrase after "in"/"im" before a passive participle is where the words
    appeared: it reaches the participle, or the label of a verb of naming after "als" does
    ("im „Standard“ als „…“ bezeichnet")."""
    if sentence.lows[phrase.start] not in sentence.roles.place_prepositions:
        return False
    stop = phrase.stop
    if stop < participle and sentence.lows[stop] == _LABEL_MARKER:
        stop = participle if sentence.quotes(stop + 1, participle) else stop
    return stop == participle


def _names_a_medium(sentence: _Sentence, phrase: Phrase) -> bool:
    """Whether ``phrase`` names a newspaper, magazine or broadcaster: a noun for one
    ("Fachblatt", "Tageszeitung") or a name in quotation marks ("„Kicker“")."""
    endings = sentence.lexicon.title_noun_endings
    return any(
        sentence.tokens[index].quote >= 0
        or (sentence.is_capitalised(index) and sentence.lows[index].endswith(endings))
        for index in range(phrase.start, phrase.stop)
    )


def _spoken_by(attribution: Attribution, sentence: _Sentence, person: Phrase) -> Attribution:
    """``attribution`` with the speaker ``person``."""
    return attrs.evolve(
        attribution,
        mention=sentence.span(*person),
        mention_words=_source_words(sentence, person),
    )


def _demonstrative_object(sentence: _Sentence, finite: int) -> bool:
    """Whether a demonstrative pronoun standing alone is the object right after the verb ("Der
    Rat bestätigte dies.", "Der Iran streitet dies ab.", "X nannte dies einen „Putsch“"): the
    verb takes up an account given before, not a speech act of its own to report. "das" before
    a noun is an article ("bestätigte das Treffen")."""
    following = finite + 1
    return (
        following < sentence.last
        and sentence.lows[following] in sentence.roles.demonstrative
        and not _noun_follows(sentence, following + 1)
    )


def _so_resumes(sentence: _Sentence, first: int, finite: int) -> bool:
    """Whether "so" before a trailing verb of saying points back to the content before it:
    "„Ein außerordentlicher Sieg“, so urteilte Romney.", "Die Lage sei ernst, so schrieb sie
    in einer Stellungnahme." (like ", so Romney", with the verb written out). Only a finite
    verb of saying counts: "so genannt" names, and "so schätzen die Forscher" frames an
    opinion."""
    return (
        first > 0
        and finite == first + 1
        and sentence.lows[first] == "so"
        and sentence.clause_start[first] == first
        and sentence.separator[first - 1]
    )


def _document_issuer(
    sentence: _Sentence, first: int, finite: int, state: _State, pairs: Sequence[QuotePair]
) -> Attribution | None:
    """The source of "heißt es" right after a pronominal adverb that points to a statement the
    sentence before says its subject issued (the ``document_anaphors`` role; the subject of a
    verb of the ``issuing_verbs`` role, :func:`_antecedent_issuer`): "Der Verband
    veröffentlichte eine Erklärung. Darin heißt es: „…“" is the Verband's. Not when that
    sentence names another author with "von" ("Der Minister stellte das Buch von Anna Lang vor.
    Darin heißt es …"), nor after one that only refers to the document ("Ein Sprecher verwies
    auf den Koalitionsvertrag."), nor before a passive: "Darin wurde er zur Zahlung
    aufgefordert" is what the letter asked of the subject, who did not write it."""
    if finite != first + 1 or sentence.lows[first] not in sentence.roles.document_anaphors:
        return None
    before = _sentence_before(sentence, state, pairs, same_paragraph=False)
    if before is None or not before.roles.von.isdisjoint(before.lows):
        return None
    found = _antecedent_issuer(_Before(before, ()))
    return None if found is None or not found.mention_words else found


def _opener_before_apposition(
    sentence: _Sentence, first: int, finite: int, last_part: int
) -> int | None:
    """The "wie" that opens a verb-final clause whose subject has an apposition set off by
    commas: "Wie der Bevollmächtigte der Kommission, Gerald Braun, in Luxemburg mitteilte,
    …", "Wie Steve Marshall, Sprecher der UN in Birma, mitteilte, …". The verb closes its
    clause, which follows a comma and holds at most an adverbial before the verb, no subject
    of its own; up to two inserts back, a clause opens with "wie"."""
    clause_start = sentence.clause_start[finite]
    clause_end = sentence.clause_end[last_part]
    if (
        first != clause_start
        or clause_start == 0
        or sentence.tokens[clause_start - 1].text != ","
        or last_part < min(clause_end, sentence.last) - 1
        # nothing but an adverbial before the verb ("in Luxemburg mitteilte"), no subject
        or not (
            first == finite
            or sentence.word_class(first) in {"prep", "adv"}
            or _addressee_before(sentence, first, finite)
        )
    ):
        return None
    comma = clause_start - 1
    for _ in range(_MAX_INSERTS):
        if comma <= 0:
            return None
        start = sentence.clause_start[comma - 1]
        if sentence.lows[start] == "wie" and start + 1 < comma:
            return start
        if start == 0 or sentence.tokens[start - 1].text != ",":
            return None
        comma = start - 1
    return None


def _addressee_before(sentence: _Sentence, first: int, finite: int) -> bool:
    """Whether the words from ``first`` up to the verb at ``finite`` are a dative naming whom
    the speaker told, after an apposition that closes the subject: "Wie Peter Brandt, ein
    Sprecher der Stadt, der Presse mitteilte, …" ("der" cannot open the subject there: a
    masculine subject would repeat the one before the apposition)."""
    if sentence.lows[first] not in sentence.roles.dative_articles:
        return False
    phrase = _phrase_after(sentence, first, finite)
    return phrase is not None and phrase.stop == finite


def _source_over_fronted(sentence: _Sentence, fronted: Phrase, after: Phrase) -> bool:
    """Whether the source after "es" names the speaker rather than the phrase before the verb:
    it comes "aus" or "von" someone (a ``response_sources`` word: "In Wien hieß es aus dem
    Außenministerium"), or the phrase before the verb names no role or organisation while it
    does ("Hinter vorgehaltener Hand heißt es in der Partei"; not "In dem Bericht heißt es in
    Anspielung auf den Minister")."""
    if sentence.lows[after.start] in sentence.roles.response_sources:
        return True
    return not role_or_organisation(
        sentence.tokens[fronted.stop - 1].text, "de"
    ) and role_or_organisation(sentence.tokens[after.stop - 1].text, "de")


def _source_after_es(sentence: _Sentence, es: Phrase) -> Phrase | None:
    """The source a verb flagged *es* and *pp* names after its "es" ("…, heißt es in einer
    Erklärung"), past adverbs and a phrase of time ("…, hieß es dazu am Montag in …"); its
    preposition is left to the caller."""
    if es.stop >= len(sentence.tokens):
        return None
    end = sentence.clause_end[es.stop]
    start = _skip_adverbs(sentence, es.stop)
    start = _skip_adverbs(sentence, _time_after(sentence, start, end))
    request_end = _past_request(sentence, start, end)
    if request_end != start:  # "auf Nachfrage am Montag aus dem Ministerium"
        start = _skip_adverbs(sentence, _time_after(sentence, request_end, end))
    phrase = _source_phrase(sentence, start, min(end, start + _MAX_PHRASE), whole=False)
    if phrase is None:
        return None
    for position in range(phrase.start + 1, phrase.stop):
        if _past_request(sentence, position, phrase.stop) != position:
            # "aus der Botschaft auf Anfrage der APA": the question after the source is none of it
            return Phrase(phrase.start, position)
    return phrase


def _past_request(sentence: _Sentence, start: int, end: int) -> int:
    """Where the source starts after a phrase naming the question that drew the statement
    ("hieß es auf Nachfrage aus dem Ministerium", "auf APA-Anfrage seitens der Kammer", "auf
    Anfrage der APA aus ihrem Büro"): a ``request_prepositions`` word, a noun ending in one of
    the ``request_nouns`` and its genitive; ``start`` when none stands there."""
    noun = start + 1
    if noun < end and sentence.word_class(noun) == "det":
        noun += 1  # "auf eine Anfrage der APA"
    if (
        noun >= end
        or sentence.lows[start] not in sentence.roles.request_prepositions
        or not sentence.lows[noun].endswith(tuple(sentence.roles.request_nouns))
    ):
        return start
    following = noun + 1
    if following < end and sentence.lows[following] in sentence.roles.genitive:
        attached = _attachment(sentence, following + 1, end)
        if attached is not None:
            return attached
    return following


def _passive_source(sentence: _Sentence, first: int, finite: int, participle: int) -> Phrase | None:
    """The source of an agentless passive of saying: a prepositional phrase naming a report, a
    statement or an organisation, before the verb ("In einem Bericht der Zeitung wurde
    vermutet, …", "Von den Behörden wird angenommen, …"; "von" is left out like an agent's, and
    an indefinite agent names no known source: "Von einer Gruppe wurde behauptet"),
    before a relative clause that ends at the verb ("In einer Erklärung, die … erschien, wurde
    verkündet"), or between the auxiliary and the participle ("So wird in einer
    Pressemitteilung der Organisation gefordert, …")."""
    if first < finite:
        phrase = _source_phrase(sentence, first, finite, whole=False)
        if phrase is not None and _with_phrases(sentence, phrase.stop, finite) == finite:
            phrase = Phrase(phrase.start, finite)
        else:
            phrase = None
    else:
        phrase = _source_before_relative(sentence, sentence.clause_start[finite])
    if phrase is None:
        # Between the auxiliary and the participle only a report or statement is a source
        # ("wurde aus Italien der Tod … gemeldet" names no source), or a medium that printed
        # the words, also before the label of a verb of naming ("wurden gestern im „Standard“
        # als „eine bedeutende Organisation“ bezeichnet").
        start = _skip_adverbs(sentence, finite + 1)
        if start < participle:
            found = _source_phrase(sentence, start, participle, whole=False)
            if (
                found is not None
                and _printed_in(sentence, found, participle)
                and _names_a_medium(sentence, found)
            ):
                return found
            if (
                found is not None
                and found.stop == participle
                and _names_a_source(sentence, found, speech_only=True)
            ):
                phrase = found
    if phrase is not None and (side := _side_source(sentence, phrase)) is not None:
        return side
    if phrase is None or not _names_a_source(sentence, phrase):
        return None
    if sentence.lows[phrase.start] in sentence.roles.von:
        # An indefinite agent names no known source ("Von einer Gruppe wurde behauptet").
        if sentence.lows[phrase.start + 1] in sentence.roles.indefinite:
            return None
        return Phrase(phrase.start + 1, phrase.stop)
    return phrase


def _side_source(sentence: _Sentence, phrase: Phrase) -> Phrase | None:
    """The source of a passive of saying named as a side: "Von Seiten der Delegation wurde
    vorgeworfen, …" (the party in the genitive after "von Seiten"), "Von deutscher Seite
    wurde gefordert, …" (the side with its adjectives, which say whose it is). None for any
    other phrase, and for a side no adjective names ("von einer Seite", "von keiner Seite")."""
    start = phrase.start
    lows = sentence.lows
    sides = sentence.roles.side_nouns
    if lows[start] not in sentence.roles.von or phrase.stop - start < _SIDE_PHRASE:
        return None
    if lows[start + 1] in sides and lows[start + 2] in sentence.roles.genitive:
        return Phrase(start + 2, phrase.stop)
    if lows[phrase.stop - 1] in sides and all(
        sentence.is_adjective(index) for index in range(start + 1, phrase.stop - 1)
    ):
        return Phrase(start + 1, phrase.stop)
    return None


#: "von" with a side and one word more: "von deutscher Seite", "von Seiten der …".
_SIDE_PHRASE = 3


def _source_before_relative(sentence: _Sentence, clause_start: int) -> Phrase | None:
    """ "In dieser Resolution, die … angenommen wurde, heißt es": the prepositional phrase
    opening the sentence before a relative clause that runs up to the verb's clause."""
    opening = sentence.opening
    if clause_start < opening + 3 or sentence.tokens[clause_start - 1].text != ",":
        return None
    phrase = _source_phrase(sentence, opening, clause_start - 1, whole=False)
    if phrase is None:
        return None
    comma = phrase.stop
    if (
        sentence.tokens[comma].text != ","
        or sentence.lows[comma + 1] not in sentence.roles.relative
        or not _relative_reaches(sentence, comma + 1, clause_start - 1)
    ):
        return None
    return phrase


def _without_next_predicate(sentence: _Sentence, span: Span, speaker: tuple[str, ...]) -> Span:
    """An indirect content without the speaker's next predicate: "sagte, dass die Software im
    Irak eingesetzt werde, und weigerte sich, …" ends before "und": a coordinator followed by
    a verb in the past tense and no subject of its own (an adverb, "sich" or a pronoun follows
    it) starts a new predicate of the speaker, not more of what they said. So does such a verb
    right after a comma, also before an article: "erklärte, er sei unschuldig, erkannte die
    Autorität des Gerichts nicht an" (a verb of saying there trails its own content and is
    found as a cue first)."""
    tokens = sentence.tokens
    first, stop = _scanned_tokens(sentence, span)
    coordinators = sentence.roles.coordinators
    lexicon = sentence.lexicon
    for index in range(first + 1, stop - 2):
        comma = tokens[index].text == ","
        if comma and (
            _narrated_time(sentence, first, index, speaker)
            or _narrated_main_clause(sentence, first, index)
        ):
            return sentence.span(first, index)
        if not comma and sentence.lows[index] not in coordinators:
            continue
        verb = index + 1
        low = sentence.lows[verb]
        if (
            sentence.is_lower(verb)
            and low.endswith(("te", "ten"))
            and low not in lexicon.word_class
            and (sentence.is_lower(verb + 1) or sentence.word_class(verb + 1) in {"adv", "pron"})
            # after "und" an article opens the verb's own subject ("und erklärte die
            # Regierung"); after a comma the verb is the speaker's ("…, erkannte die
            # Autorität des Gerichts nicht an"), and so is a singular past after a content in
            # the Konjunktiv I, where the Konjunktiv II it looks like has no place ("sagte, der
            # Mann sei flüchtig, und lobte die Feuerwehr")
            and (
                comma
                or sentence.word_class(verb + 1) != "det"
                or _past_after_konjunktiv(sentence, first, index)
            )
        ):
            end = index - 1 if tokens[index - 1].text == "," else index
            return sentence.span(first, end) if end > first else span
        if (
            not comma
            and tokens[index - 1].text == ","
            and (
                _strong_past_before_object(sentence, verb)
                # "sagte, der Mann sei flüchtig, und bat die Bevölkerung um Hinweise"
                or (
                    sentence.word_class(verb + 1) == "det"
                    and _strong_past_before_object(sentence, verb, any_article=True)
                    and _past_after_konjunktiv(sentence, first, index)
                )
            )
        ):
            # "sagte, die Lage sei ernst, und verließ den Saal": a verb of any tense before an
            # object that cannot be its subject
            return sentence.span(first, index - 1) if index - 1 > first else span
    return span


def _reported_subordinate(sentence: _Sentence, comma: int) -> bool:
    """Whether a comma after a trailing attribution opens a subordinate clause in the
    Konjunktiv I that closes the sentence: a reason or condition of the words reported ("…,
    sagte die Schaffnerin, weil eine Weiche gestört sei"), not the narrator's ("…, sagte er,
    bevor er den Saal verließ")."""
    following = comma + 1
    return (
        following < sentence.last
        and sentence.tokens[comma].text == ","
        and sentence.word_class(following) == "sub"
        and sentence.lows[following] not in sentence.roles.relative_adverbs
        and sentence.lows[following] not in sentence.roles.narrative_times
        and sentence.clause_end[following] >= sentence.last
        and _has_konjunktiv(sentence, following + 1, sentence.last, only_first=True)
    )


def _relative_adverb_after(sentence: _Sentence, comma: int) -> bool:
    """Whether a comma at ``comma`` is followed by a relative adverb of place (the
    ``relative_adverbs`` role: "…, wo das Unglück geschah")."""
    following = comma + 1
    return (
        following < sentence.last
        and sentence.tokens[comma].text == ","
        and sentence.lows[following] in sentence.roles.relative_adverbs
    )


def _narrated_main_clause(sentence: _Sentence, first: int, comma: int) -> bool:
    """Whether a main clause in the indicative after ``comma`` is the reporter's, no more of a
    content in the Konjunktiv I opening at ``first``: after a word of the
    ``narrating_coordinators`` role or none, a subject (an article, adjectives and capitalised
    words, or capitalised words), right after it a finite verb in the indicative (an auxiliary
    or a lower-case word no lexicon knows), and no Konjunktiv form nor a zu-infinitive up to
    the clause's end ("sagte, die Gespräche seien konstruktiv gewesen, doch die Opposition
    widersprach", "teilte mit, der Fahrer sei unverletzt, die Straße war jedoch gesperrt";
    not "…, die Regierung habe versagt", nor "…, die Beziehungen neu zu gestalten"). Without a
    coordinator the verb must not close the clause, which a relative clause's verb does; a
    content after a colon is never cut so: the speaker's own words may go on in the
    indicative."""
    lows, lexicon = sentence.lows, sentence.lexicon
    start = comma + 1
    coordinated = lows[start] in sentence.roles.narrating_coordinators
    if coordinated:
        start += 1
    end = min(sentence.clause_end[start], sentence.last) if start < sentence.last else start
    for index in range(start, end):
        low = lows[index]
        if (
            sentence.tokens[index].quote >= 0
            or low in lexicon.konjunktiv
            or low in lexicon.konjunktiv_two
            or (
                low == _INFINITIVE_MARKER
                and index + 1 < end
                and sentence.is_lower(index + 1)
                and lows[index + 1].endswith("en")
            )
        ):
            return False
    verb = start
    if verb < end and sentence.word_class(verb) == "det":
        verb += 1
        while verb < end and sentence.is_adjective(verb):
            verb += 1
    nouns = verb
    while verb < end and sentence.is_capitalised(verb):
        verb += 1
    if verb == nouns or verb >= end or not sentence.is_lower(verb):
        return False
    if not coordinated and verb == end - 1:
        # a verb closing the clause may close a relative clause ("…, die mangelnde Kenntnis
        # zeigten"); a main clause's verb stands second, before the rest of its clause
        return False
    low = lows[verb]
    auxiliary = lexicon.auxiliaries.get(low)
    if auxiliary is not None:
        if auxiliary[1] == KONJUNKTIV_MOOD:
            return False
    elif low in lexicon.word_class or sentence.is_adjective(verb):
        return False
    # Last, what reads the content before the comma (few commas get this far): after a colon,
    # or in the first person, the speaker's own words may go on in the indicative, as in the
    # first person's "plötzlich habe ich Schreie gehört, der Wagen ist weitergerast"
    return (
        not (first > 0 and sentence.tokens[first - 1].text == ":")
        and sentence.roles.first_person.isdisjoint(lows[first:comma])
        and _has_konjunktiv(sentence, first, comma, only_first=True)
    )


def _strong_past_before_object(
    sentence: _Sentence, verb: int, *, any_article: bool = False
) -> bool:
    """Whether the lower-case word at ``verb`` is a finite verb in the indicative before an
    object (a word of the ``object_determiners`` role, never a subject; with ``any_article``
    any article, which the caller tells from a subject): no word of a word class, no
    Konjunktiv form, not in -e or -en ("verließ den Saal", "fand den Plan gut"; not "betreffe
    den Staat")."""
    low = sentence.lows[verb]
    lexicon = sentence.lexicon
    return (
        verb + 1 < sentence.last
        and sentence.is_lower(verb)
        and low not in lexicon.word_class
        and low not in lexicon.konjunktiv
        and low not in lexicon.konjunktiv_two
        and not low.endswith(("e", "en"))
        and (any_article or sentence.lows[verb + 1] in sentence.roles.object_determiners)
    )


def _narrated_time(sentence: _Sentence, first: int, comma: int, speaker: tuple[str, ...]) -> bool:
    """Whether a clause of time after ``comma`` tells what the speaker did, no more of the
    content opening at ``first``: a subordinator of the ``narrative_times`` role, a personal
    pronoun as its subject, no Konjunktiv in it, and a Konjunktiv I before it ("sagte, die
    Lage sei ernst, bevor er den Saal verließ"; not "…, als er jung gewesen sei")."""
    return _narrated_time_clause(sentence, comma + 1, speaker) and _has_konjunktiv(
        sentence, first, comma, only_first=True
    )


def _past_after_konjunktiv(sentence: _Sentence, first: int, coordinator: int) -> bool:
    """Whether a singular past after "und" follows a content in the Konjunktiv I: the
    coordinator comes after a comma, and the content before it holds a Konjunktiv I verb, so
    that the verb after it is the speaker's next predicate in the indicative ("sagte, der Mann
    sei flüchtig, und bat die Bevölkerung um Hinweise"), not a second verb of the content."""
    verb = sentence.lows[coordinator + 1]
    return (
        sentence.tokens[coordinator - 1].text == ","
        and not verb.endswith("en")
        and _has_konjunktiv(sentence, first, coordinator, only_first=True)
    )


def _quoted_person(
    sentence: _Sentence, finite: int, clause_end: int, subject: Phrase | None
) -> Phrase | None:
    """ "Der Spiegel zitiert den Prediger mit den Worten", "„…“, zitiert ndr.de Polizeisprecher
    Ralf Meyer": the person a source quotes, the object after the verb (and its subject)."""
    start = finite + 1
    if subject is not None and subject.start > finite:
        start = subject.stop
    start = _skip_adverbs(sentence, start)
    if start >= clause_end or sentence.word_class(start) == "prep":
        return None
    phrase = _phrase_after(sentence, start, clause_end)
    if phrase is None or sentence.lows[phrase.start] in sentence.roles.pronouns:
        return None
    return phrase


def _quoting_source(
    sentence: _Sentence,
    first: int,
    finite: int,
    participle: int,
    clause_end: int,
    subject: Phrase | None,
) -> Phrase | None:
    """ "X wird von der „Netzeitung“ zitiert", "In der Meldung wird X zitiert", "X wird im
    Fachblatt Y zitiert": the source that quotes the subject of a passive "zitiert"."""
    agent = _agent(sentence, finite, participle)
    if agent is not None:
        return agent
    if first < finite and sentence.lows[first] in sentence.roles.source_prepositions:
        source = _source_phrase(sentence, first, finite)
        if source is not None:
            return Phrase(source.start + 1, source.stop)
    start = finite + 1 if subject is None or subject.start < finite else subject.stop
    for index in range(start, min(clause_end, participle, start + _MAX_PHRASE)):
        if sentence.lows[index] in sentence.roles.source_prepositions:
            phrase = _phrase_after(sentence, index + 1, participle)
            if phrase is not None and not _occasion(
                sentence, phrase.start, phrase.stop, sayings=False
            ):
                return phrase  # not "wird der Trainer im Interview zitiert": no source
    return None


def _resumed_clause(sentence: _Sentence, content: tuple[QuoteKind, Span, list[int]]) -> bool:
    """Whether an indirect content after a relative clause is the rest of the clause the
    relative clause interrupted: no complementizer opens it, and its last clause (after its
    last comma) opens with no subordinator either and has its finite verb, an auxiliary or a
    Konjunktiv form, at its end and nowhere before it, as in a subordinate clause ("…, die Asyl
    beantragen, von der Behörde entsprechend behandelt würden"; "…, denen vorgeworfen wurde,
    Kinder zu rekrutieren, dies noch täten"). A content of the relative verb has its finite
    verb second ("…, die sagen, nun müsse gehandelt werden"), also when a subordinate clause
    ends it in one ("…, die sagten, sie hätten einen Knall gehört, als der Zug entgleist
    sei")."""
    kind, span, _ = content
    if kind is _KIND_DIRECT:
        return False
    first = bisect.bisect_left(sentence.tokens, span.start, key=token_start)
    stop = bisect.bisect_left(sentence.tokens, span.end, key=token_start)
    if (
        stop - first < _MIN_RESUMED
        or sentence.lows[first] in sentence.roles.complementizers
        # a relative clause of its own is reported ("…, denen jedes Gefühl abhanden gekommen
        # sei"), and so is a zu-infinitive ("…, der behauptet, den Code geknackt zu haben")
        or sentence.lows[first] in sentence.roles.relative
        or _infinitive(sentence, first, stop)
    ):
        return False
    opening = first
    for index in range(stop - 1, first, -1):
        if sentence.tokens[index].text == ",":
            opening = index + 1
            break
    low = sentence.lows[opening] if opening < stop else ""
    if opening > first and (
        low in sentence.roles.complementizers
        or low in sentence.roles.relative
        or sentence.word_class(opening) == "sub"
    ):
        return False  # "…, als der Zug entgleist sei", "…, ob er bleiben werde"
    verb = stop
    while verb > opening and _finite_form(sentence, verb - 1):
        verb -= 1
    # the verb ends the clause and no finite verb stands before it ("nun müsse gehandelt
    # werden" has its verb second)
    return verb < stop and not any(_finite_form(sentence, index) for index in range(opening, verb))


def _finite_form(sentence: _Sentence, index: int) -> bool:
    """Whether the word at ``index`` is a lower-case auxiliary or Konjunktiv form."""
    low = sentence.lows[index]
    lexicon = sentence.lexicon
    return sentence.is_lower(index) and (
        low in lexicon.auxiliaries or low in lexicon.konjunktiv or low in lexicon.konjunktiv_two
    )


def _clause_of_time(
    sentence: _Sentence, als: int, finite: int, last_part: int, form: VerbForm
) -> bool:
    """Whether "als" at ``als`` opens a clause of time whose verb of saying ends it: at the
    sentence's start, a subject with an article or a pronoun after it, or a name without an
    article (:func:`_name_before_final_verb`: "Als Hongkongs Regierungschef sagte, …"), the
    finite verb last ("Als der
    Minister sagte, dass …, lachten die Zuhörer"). Elsewhere "als" compares or labels
    ("ernster, als er sagte", "Als Begründung wurde angegeben, …", "Als Ergebnis der Studie
    darf festgehalten werden, …"). A verb that may mean noticing (the ``noticing_verbs`` role)
    means it here: "Als die Bank bemerkte, dass Geld fehlte, …" reports no words. After a
    comma (:func:`_time_after_comma`) the verb must be finite and no infinitive: "…, als Erstes
    zu fragen, ob …" is no clause of time."""
    return (
        (
            als == sentence.opening
            or (
                form.kind is _FORM_FINITE
                and sentence.lows[finite - 1] != _INFINITIVE_MARKER
                and _time_after_comma(sentence, als)
            )
        )
        and finite == last_part
        and (
            sentence.word_class(als + 1) in _TIME_CLAUSE_SUBJECTS
            or _name_before_final_verb(sentence, als + 1, finite)
        )
        and form.lemma not in sentence.roles.noticing_verbs
    )


#: The shortest lower-case word in -er read as a comparative before ", als" ("ernster").
_MIN_COMPARATIVE = 5


def _time_after_comma(sentence: _Sentence, als: int) -> bool:
    """Whether "als" after a comma opens a clause of time, not a comparison: "Es wurde still,
    als die Richterin sagte: „…“", but not "Die Lage ist ernster, als der Minister sagte", "Die
    Zahl ist deutlich höher ausgefallen, als die Regierung mitteilte" (a comparative of the
    ``comparatives`` role, or an adjective in -er, right before the comma or before the verb
    form there; not "Mehr als hundert Menschen jubelten, als …")."""
    if als < _COMMA_AND_WORD or sentence.tokens[als - 1].text != ",":
        return False
    # the word before the comma, and the one before it when that is a verb's form in lower
    # case ("höher ausgefallen, als …"; not "lauter im Saal, als …")
    for index in range(als - 2, max(-1, als - 2 - _VERB_GROUP), -1):
        before = sentence.lows[index]
        if before in sentence.roles.comparatives or (
            len(before) >= _MIN_COMPARATIVE
            and before.endswith("er")
            and not sentence.is_capitalised(index)
            and not sentence.word_class(index)
        ):
            return False
        if sentence.is_capitalised(index) or sentence.tokens[index].text in _CLAUSE_BREAKS:
            break
    return True


def _name_before_final_verb(sentence: _Sentence, index: int, finite: int) -> bool:
    """Whether a name without an article opens a clause at ``index`` whose finite verb comes
    last, with no other verb before it ("Als Merkel am Sonntag sagte, …", "Als Angela Merkel
    sagte, …", "Als Siemens mitteilte, …"). A label after "als" has a verb in second place
    after it ("Als Ergebnis der Studie darf festgehalten werden, …")."""
    lexicon = sentence.lexicon
    return (
        index < finite
        and sentence.is_head(index)
        and not any(
            sentence.word_class(between) == "verb"
            or sentence.lows[between] in lexicon.auxiliaries
            or sentence.lows[between] in sentence.roles.modal
            for between in range(index + 1, finite)
        )
    )


def _rejected_claim(
    sentence: _Sentence, finite: int, last_part: int, content: Span
) -> Phrase | None:
    """The noun of saying that a verb of rejecting (flagged *rejects*) takes as its object, whose
    claim the content after it is: its genitive holder ("wies Vorwürfe der Opposition zurück,
    sie betreibe …" → "der Opposition") or the noun's phrase ("bestritt den Vorwurf, er habe
    gelogen" → "den Vorwurf"); a noun of the ``noun_cues`` lexicon between the verb and the
    content. None when there is none ("wies zurück, dass …": the subject denies it)."""
    stop = bisect.bisect_left(sentence.tokens, content.start, key=token_start)
    comma = stop - 1
    if comma <= finite or sentence.tokens[comma].text != ",":
        return None  # "wies Vorwürfe zurück: Der Senat habe …" is the subject's own defence
    roles = sentence.roles
    opening = sentence.lows[stop] if stop < sentence.last else ""
    if opening in roles.impersonal or (
        (opening in roles.demonstrative_pronouns or opening in roles.demonstrative)
        and stop + 1 < sentence.last
        and sentence.is_lower(stop + 1)  # a pronoun before its verb, not "das Asylrecht"
    ):
        # "wies die Vorwürfe zurück, man habe sich an die Gesetze gehalten", "…, diese seien
        # haltlos", "…, das sei erfunden": the subject's rebuttal, about the claim
        return None
    # the claim's phrase ends at the comma, or at the verb's particle before it
    ends = {comma, last_part} if last_part == comma - 1 else {comma}
    noun_cues = sentence.lexicon.noun_cues
    for index in range(finite + 1, comma):
        if sentence.lows[index] in noun_cues and sentence.is_capitalised(index):
            if _definite_plural(sentence, index):
                # "wies die Vorwürfe der Opposition zurück, er habe alles richtig gemacht":
                # claims known before, which the clause answers
                return None
            holder = _noun_cue_genitive(sentence, index)
            if holder is not None:
                # (the verb's particle closes the clause: "… der Opposition zurück, …")
                end = last_part if holder.start < last_part < holder.stop else holder.stop
                return Phrase(holder.start, end) if end in ends else None
            phrase = _phrase_before(sentence, index + 1) or Phrase(index, index + 1)
            return phrase if phrase.stop in ends else None
    return None


def _fronted_claim(sentence: _Sentence, finite: int, content: Span) -> tuple[Phrase, Span] | None:
    """The claim that opens the sentence before a verb of rejecting, and its clause: "Den
    Vorwurf, sie habe Gelder veruntreut, wies die Kassiererin zurück" -> ("Den Vorwurf", "sie
    habe Gelder veruntreut"); its genitive holder when it names one ("Den Vorwurf der
    Opposition, …" -> "der Opposition"). The clause between the noun of saying (the
    ``noun_cues`` lexicon) and the verb is the claim's, never the words of the one who rejects
    it. None when the content before the verb is not such a noun and its clause."""
    first = bisect.bisect_left(sentence.tokens, content.start, key=token_start)
    if content.end > sentence.tokens[finite].start:
        return None
    noun = first + 1 if sentence.word_class(first) == "det" else first
    if noun >= finite or not (
        sentence.lows[noun] in sentence.lexicon.noun_cues and sentence.is_capitalised(noun)
    ):
        return None
    holder = _noun_cue_genitive(sentence, noun)
    phrase = Phrase(first, noun + 1) if holder is None else holder
    comma = phrase.stop if holder is not None else noun + 1
    if comma + 1 >= finite or sentence.tokens[comma].text != ",":
        return None
    return phrase, Span(start=sentence.tokens[comma + 1].start, end=content.end)


#: How a German plural noun of saying ends ("Vorwürfe", "Berichte", "Behauptungen"), unlike a
#: singular in "-ung" ("Darstellung").
_PLURAL_NOUN_ENDINGS = ("e", "en")
_SINGULAR_NOUN_ENDING = "ung"


def _definite_plural(sentence: _Sentence, noun: int) -> bool:
    """Whether a noun of saying is a plural after an article ("die Vorwürfe", "die Berichte"):
    claims the text has told of, which a comma clause after it answers rather than states."""
    low = sentence.lows[noun]
    return (
        noun > 0
        and sentence.word_class(noun - 1) == "det"
        and low.endswith(_PLURAL_NOUN_ENDINGS)
        and not low.endswith(_SINGULAR_NOUN_ENDING)
    )


def _claim_end(sentence: _Sentence, content: Span) -> Span:
    """A rejected claim's content up to a comma and a coordinator, after which the one who
    rejects it speaks on ("wies die Forderung zurück, er müsse zurücktreten, und sagte, er
    bleibe im Amt": the claim is "er müsse zurücktreten")."""
    first = bisect.bisect_left(sentence.tokens, content.start, key=token_start)
    stop = bisect.bisect_left(sentence.tokens, content.end, key=token_start)
    coordinators = sentence.roles.coordinators
    for index in range(first + 1, min(stop, sentence.last - 1)):
        if sentence.tokens[index].text == "," and sentence.lows[index + 1] in coordinators:
            return sentence.span(first, index)
    return content


def _reported_opinion(
    sentence: _Sentence, content: Span, finite: int, clause_start: int, subject: Phrase | None
) -> bool:
    """Whether a content before an opinion verb is a view it reports: "„…“, hofft der Trainer"
    takes quoted words only, and a main clause in the Konjunktiv I ("Die Lage werde sich
    bessern, hofft der Bürgermeister"), not one in the indicative ("Die Lage ist ernst, glaubt
    er" is the narrator's), not an adverbial clause ("Weil … bliebe, rechnet X mit …") and not
    before a verb that is itself in the Konjunktiv (", erwäge das Gericht einen Prozess, sagte
    der Richter": the verb is inside someone else's report). The verb's clause is only the
    verb and its subject, with adverbs: not "glaubt der Anwalt nicht" (a denial), "findet die
    Polizei keine Spuren" (another sense, with an object of its own), "glaubt ihm die
    Richterin" (believes someone else's claim)."""
    lexicon = sentence.lexicon
    verb = sentence.lows[finite]
    if verb in lexicon.konjunktiv or verb in lexicon.konjunktiv_two or subject is None:
        return False
    end = min(sentence.clause_end[finite], sentence.last)
    if subject.start <= finite or any(
        sentence.word_class(position) != "adv"
        for position in (*range(finite + 1, subject.start), *range(subject.stop, end))
    ):
        return False
    first = bisect.bisect_left(sentence.tokens, content.start, key=token_start)
    if first >= clause_start or sentence.word_class(first) == "sub":
        return False
    return _has_konjunktiv(sentence, first, clause_start, only_first=True)


def _subordinate(
    sentence: _Sentence,
    first: int,
    finite: int,
    cue: tuple[Span, ...],
    plural: bool | None,
    pairs: Sequence[QuotePair],
    used: set[int],
    *,
    opinion: bool,
    form: VerbForm,
) -> list[Attribution]:
    """A verb-final clause: "wie die Polizei mitteilte", "nachdem er gesagt hatte, dass …"; a
    dative pronoun before the subject is whom it told ("nachdem ihm die Ärzte gesagt hatten"),
    and the subject of a passive is whom it asked or told, no speaker ("Als der Minister
    gefragt wurde, ob …"; but "als der Sprecher zitiert wurde, …" names who spoke): its agent
    after "von" is ("wie der Zeitung von der Gruppe berichtet wird")."""
    start = _skip_adverbs(sentence, first + 1)
    subject = None
    if sentence.lows[start] in sentence.roles.dative_pronouns and start + 1 < finite:
        # "als ihm die Ärzte sagten": whom they told, not who spoke
        subject = _phrase_after(sentence, start + 1, finite)
    subject = (
        subject or _phrase_after(sentence, start, finite) or _bare_name(sentence, start, finite)
    )
    if subject is None and sentence.lows[first] == "wie":
        subject = _source_after_aus(sentence, start, finite)
    if subject is None:
        return []
    subject = _without_told_medium(sentence, _without_closing_comma(sentence, subject), finite)
    nameless = False
    passive = _passive_addressee(sentence, finite, form)
    if passive:
        # the agent after "von" speaks ("Wie der Zeitung von der Gruppe berichtet wird")
        agent = _agent(sentence, subject.start, finite)
        nameless = agent is None
        subject = subject if agent is None else agent
    es = subject.stop - subject.start == 1 and sentence.lows[subject.start] == "es"
    if es and _FLAG_PP in form.flags:
        if _what_it_is_called(sentence, first, sentence.clause_end[finite]):
            return []  # "Die Semmel, wie es in Österreich heißt, ist teurer": a name
        # "Wie es aus Koalitionskreisen hieß", "wie es in einer Mitteilung der Polizei heißt":
        # the source after the "es", without its preposition
        source = _source_after_es(sentence, subject)
        if (
            source is not None
            and source.stop <= finite
            and source.stop - source.start > 1
            and sentence.word_class(source.start) == "prep"
        ):
            subject, es = Phrase(source.start + 1, source.stop), False
    field = _with_field_phrases(sentence, subject, cue)  # the mention; the name is the subject's
    nameless = nameless or es
    attribution = Attribution(
        kind=_KIND_INDIRECT,
        content=sentence.span(first, first + 1),
        mention=None if nameless else sentence.span(*field),
        mention_words=() if nameless else sentence.words(*subject),
        cue=cue,
        plural=plural,
        addressee=_told_in_field(sentence, field, finite),
    )
    # the clause opens at the subordinator, also before an apposition of the subject
    clause_start = min(sentence.clause_start[finite], sentence.clause_start[first])
    clause_end = sentence.clause_end[finite]
    if sentence.lows[first] == "wie":
        span = _outside_clause(sentence, clause_start, clause_end)
        if span is None:
            return []
        framed = attrs.evolve(attribution, content=span, frame=sentence.span(first, first + 1))
        agent = _relaying_agent(sentence, subject, cue)
        if agent is None:
            return [framed]
        person = Phrase(subject.start, agent.start - 1)
        return [
            attrs.evolve(
                framed, mention=sentence.span(*person), mention_words=sentence.words(*person)
            ),
            _relayed_to(framed, sentence, agent),
        ]
    content = _content_after(sentence, clause_end, opinion=opinion, plain=False)
    if (
        content is not None
        and content[0] is _KIND_INDIRECT
        and sentence.lows[first] == _COMMENTING_RELATIVE
        and form.lemma in sentence.roles.commenting_verbs
    ):
        # "…, was dieser bestreitet, Geld erhalten zu haben": a comment on the words before it
        # ("was", its object), whose content follows the clause of the verb before; a
        # quotation after it is its own ("…, was der Minister bestätigte: „…“")
        content = None
    if content is None:
        if sentence.lows[first] in sentence.roles.relative:
            return []  # "eine Botschaft, welche die Techniker als „…“ bezeichnete": whose subject?
        return _quoted_in_clause(
            sentence, attribution, subject, finite, pairs, used, opinion, passive=passive
        )
    kind, span, quotes = content
    if kind is _KIND_INDIRECT and first == sentence.opening:
        span = _before_main_clause(sentence, span)
    return _results(sentence, _derive(attribution, kind=kind, content=span), quotes, pairs, used)


def _passive_addressee(sentence: _Sentence, finite: int, form: VerbForm) -> bool:
    """Whether the subject of a verb-final clause is a passive's, whom the words were addressed
    to ("als der Minister gefragt wurde"), not the speaker: a participle before a passive
    auxiliary, of a verb whose perfect takes "haben" and that quotes no one ("zitiert")."""
    return (
        form.kind is _FORM_PARTICIPLE
        and sentence.lows[finite] in sentence.roles.passive
        and _FLAG_SEIN not in form.flags
        and _FLAG_RELAY not in form.flags
    )


def _quoted_in_clause(
    sentence: _Sentence,
    attribution: Attribution,
    subject: Phrase,
    finite: int,
    pairs: Sequence[QuotePair],
    used: set[int],
    opinion: bool,
    *,
    passive: bool,
) -> list[Attribution]:
    """The quotations between the subject and the verb of a verb-final clause with no content
    after it, as in a main clause ("Von einem „Eingriff“ spricht der Entwurf"): "…, weil die
    Regierung das Land als „junge Demokratie“ bezeichnet hat", "…, nachdem der Trainer die
    Entscheidung „übertrieben“ genannt hatte"; in a passive without an agent they name no one
    ("wenn eine Gefahr für „Leib und Leben“ festgestellt wird"). Not for a verb of opinion, nor
    for "es"."""
    if opinion or (attribution.mention is None and not passive) or not sentence.quote_tokens:
        return []
    quotes = sentence.quotes(subject.stop, finite)
    if not quotes:
        return []
    direct = _derive(attribution, kind=_KIND_DIRECT)
    return _results(sentence, direct, quotes, pairs, used, context=_CONTEXT_ATTRIBUTED)


def _without_closing_comma(sentence: _Sentence, phrase: Phrase) -> Phrase:
    """ "wie die Ministerin des Landes, Anna Berg, erklärte": the comma closing an
    apposition is the sentence's, not the mention's."""
    if phrase.stop - phrase.start > 1 and sentence.tokens[phrase.stop - 1].text == ",":
        return Phrase(phrase.start, phrase.stop - 1)
    return phrase


def _relaying_agent(sentence: _Sentence, subject: Phrase, cue: tuple[Span, ...]) -> Phrase | None:
    """The source in "wie Hoyzer von Spiegel-Online zitiert wird": with a relaying verb
    ("zitieren") the "von" phrase of the subject is the agent who quotes the person before it,
    and the content is given once for each (see relayed quotations)."""
    verbs = sentence.lexicon.verbs
    if not any(
        _FLAG_RELAY in form.flags
        for part in cue
        for form in verbs.get(part.slice(sentence.text).lower(), ())
    ):
        return None
    for index in range(subject.start + 1, subject.stop - 1):
        if sentence.lows[index] in sentence.roles.von:
            return _phrase_after(sentence, index + 1, subject.stop)
    return None


def _without_told_medium(sentence: _Sentence, subject: Phrase, verb: int) -> Phrase:
    """The subject of a verb-final clause without the medium it told, which stands between it
    and the verb after a dative article and reads as its genitive: "Wie der Minister der Zeitung
    sagte" is "der Minister" (not "Wie der Chefredakteur der Zeitung sagte": staff of it)."""
    if subject.stop != verb:
        return subject
    lows = sentence.lows
    for article in range(subject.start + 1, subject.stop - 1):
        if (
            lows[article] in sentence.roles.dative_articles
            and _medium_noun_after(sentence, article + 1)
            and not _medium_staff(sentence, article - 1)
        ):
            return Phrase(subject.start, article)
    return subject


def _in_conditional_clause(sentence: _Sentence, verb: int) -> bool:
    """Whether the verb at ``verb`` closes a condition that opens the sentence (after a leading
    conjunction) with its finite auxiliary or modal, and a comma after it: "Sollten alle
    Teilnehmer gemeinsam entscheiden, kam es zu keinem Erfolg", "Hätte der Minister das
    gesagt, …": what it might say is no one's words, and the main clause after it no content."""
    opening = sentence.opening
    comma = verb + 1
    main_verb = comma + 1
    return (
        opening < verb
        and sentence.lows[opening] in sentence.lexicon.auxiliaries  # ("Denn sollten …")
        and main_verb < sentence.last
        and sentence.tokens[comma].text == ","
        # the main clause after it opens with its finite verb ("…, kam es", "…, wäre das")
        and sentence.is_lower(main_verb)
        and sentence.word_class(main_verb) in {"", "verb"}
    )


def _what_it_is_called(sentence: _Sentence, opener: int, close: int) -> bool:
    """Whether the clause from ``opener`` to the comma at ``close`` is an aside between commas
    right after a noun and before the main clause's verb in the indicative: it tells what a
    thing is called ("Die Semmel, wie es in Österreich heißt, ist teurer geworden", "Der
    Christkindelsmärik, wie es auf Elsässisch heißt, öffnet …"), no one's words ("Die Lage,
    wie es in einer Mitteilung hieß, sei ernst" is one)."""
    tokens = sentence.tokens
    verb = close + 1
    return (
        opener >= 2
        and tokens[opener - 1].text == ","
        and sentence.is_head(opener - 2)
        and verb < sentence.last
        and tokens[close].text == ","
        and sentence.is_lower(verb)
        and not _has_konjunktiv(sentence, verb, verb + 1)
    )


def _source_after_aus(sentence: _Sentence, start: int, finite: int) -> Phrase | None:
    """The source a "wie" clause names after "aus" when it has no subject: "Wie aus dem
    Bericht hervorgeht", "Wie sich aus der Auswertung des Radars ergab" (after "sich")."""
    lows = sentence.lows
    if start < finite and lows[start] == "sich":
        start += 1
    if start + 1 >= finite or lows[start] != "aus":
        return None
    phrase = _phrase_after(sentence, start + 1, finite)
    return phrase if phrase is not None and phrase.start == start + 1 else None


def _with_field_phrases(sentence: _Sentence, subject: Phrase, cue: tuple[Span, ...]) -> Phrase:
    """The subject of a verb-final clause with the prepositional phrases between it and the
    verb, which belong to the source as a reader names it: "wie die Ärztezeitung in ihrer
    Onlineausgabe berichtet", "Wie Privatdozent Dr. Dittrich aus dem Forscherteam erklärte",
    "wie die Banca d'Italia in Rom bekannt gab". Only when they reach the verb: an adverb
    ("wie die Polizei heute mitteilte") ends the subject. A pronoun stays alone ("nachdem er
    in Berlin gesagt hatte")."""
    if not cue or sentence.lows[subject.start] in sentence.roles.pronouns:
        return subject
    verb = bisect.bisect_left(sentence.tokens, cue[0].start, key=token_start)
    if subject.stop >= verb:
        return subject
    end = _with_phrases(sentence, subject.stop, verb)
    if end != verb or any(
        low in sentence.roles.addressee_prepositions for low in sentence.lows[subject.stop : end]
    ):
        return subject  # "wie eine Sprecherin gegenüber der Zeitung bestätigte": whom she told
    return Phrase(subject.start, _with_attached_phrases(sentence, subject.stop, end))
