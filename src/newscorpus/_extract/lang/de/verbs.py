"""German verbs of saying: finding a verb cue ("sagte", "fügte … hinzu", "hatte erklärt"), its
subject (the ordered table :data:`SUBJECT_RULES`) and its content (a dass-clause, a clause in
the Konjunktiv, a quotation), and the Konjunktiv and hearsay that continue a speaker."""

from __future__ import annotations

import bisect
import functools
from typing import TYPE_CHECKING, NamedTuple

import attrs

from newscorpus._extract.engine import BARE_NAMER_TOKENS, Phrase, RuleTable, token_start
from newscorpus._extract.lang.de import direct, frames
from newscorpus._extract.lang.de.contents import (
    _MAX_TOLD_SUBJECT,
    _before_main_clause,
    _content_after,
    _content_before,
    _direct_run,
    _noun_follows,
    _outside_clause,
    _prepositional_relative,
    _quotes_after,
    _relative_clause,
    _relaying_agent,
    _results,
    _runs_on_after_colon,
    _scanned_tokens,
    _source_after_aus,
    _told_medium,
    _trailed_by_attribution,
    _with_field_phrases,
    _without_closing_comma,
)
from newscorpus._extract.lang.de.phrases import (
    _MAX_ADDRESS_TOKENS,
    _bare_name,
    _loose_apposition,
    _names_a_source,
    _names_a_thing_only,
    _names_someone,
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
    _SEPARATORS,
    _derive,
    _lower_case_name_part,
    _Sentence,
    _short_quote,
    _skip_leading,
    _State,
)
from newscorpus._extract.lang.de.words import (
    _FINITE_ENDINGS,
    _adverb_word,
    _anaphoric,
    _attributive,
    _is_es,
    _skip_adverbs,
    _verb_like,
)
from newscorpus._extract.languages import on_registry_change
from newscorpus._extract.lexicon import FormKind, VerbFlag, read_speaker_word_roles
from newscorpus._extract.quotemarks import QuoteContext, QuotePair
from newscorpus._extract.speakers import (
    Attribution,
    analyse_mention,
    organisation_word,
    role_or_organisation,
)
from newscorpus._model import QuoteKind, Span, SpeakerKind

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from newscorpus._extract.lang.de.bundle import VerbForm


_CLAUSE_ENDS = _SEPARATORS | _FINAL
_QUOTE_AND_COMMA = 2  # "„…“, erinnerte sich": the quotation two tokens before the verb
_TOLL_REACH = 2  # "für die Opfer": a preposition this close before a toll noun
_ASIDE_REACH = 5  # "(wie die Zeitung gestern berichtete)": words before the verb in brackets
_MAX_PARTICLE_DISTANCE = 25
_MAX_INSERTS = 2  # comma-delimited inserts a particle search may cross
_MAX_AUX_DISTANCE = 20


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
    if not sentence.is_lower(index) and index > 0 and not sentence.separator[index - 1]:
        return []
    if _attributive(sentence, index):
        return []
    chosen = _choose_form(sentence, index)
    if chosen is None:
        return []
    form, cue_parts = chosen
    finite = index
    plural = form.plural
    konjunktiv = form.konjunktiv
    if form.kind is not FormKind.FINITE:
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
    found = _structure(sentence, finite, cue_parts, form, plural, pairs, used, state)
    if konjunktiv and _continued_account(sentence, finite, found, state):
        return []
    return found


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
    opener = _skip_leading(sentence, sentence.clause_start[finite])
    if opener > 0 and sentence.lows[opener] in sentence.roles.relative:
        return False
    for attribution in found:
        if attribution.kind is QuoteKind.DIRECT:
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
            or sentence.word_class(position) == "neg"
        ):
            # another verb; or a negation: "wollte nicht bestätigen, dass …" withholds it
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
    after a preposition is a topic ("fordert Hilfe für die Opfer")."""
    lows = sentence.lows
    stop = sentence.clause_end[max(cue_parts)]
    tolls = sentence.roles.toll_nouns
    for index in range(sentence.clause_start[finite], stop):
        low = lows[index]
        if (low in tolls or low.rpartition("-")[2] in tolls) and not any(
            sentence.word_class(before) == "prep"
            for before in range(max(0, index - _TOLL_REACH), index)
        ):
            return True
    return False


def _choose_form(sentence: _Sentence, index: int) -> tuple[VerbForm, list[int]] | None:
    """The reading of a cue word that fits its clause, with the tokens of the cue.

    A separable verb needs its particle at the end of the clause ("teilte … mit,"), or right
    before it in a verb-final clause ("wie der Verband bekannt gab"); a participle needs an
    auxiliary ("hat erklärt"), or else the word is read as a present tense ("er erklärt").
    """
    lows = sentence.lows
    limit = -1  # found when a reading with a particle needs it
    best: tuple[VerbForm, list[int]] | None = None
    for form in sentence.lexicon.verbs[lows[index]]:
        if not _flags_allow(sentence, index, form):
            continue
        if form.particle:
            if limit < 0:
                limit = _particle_limit(sentence, index)
            for position in range(index + 1, limit):
                if lows[position] == form.particle and _clause_final(sentence, position):
                    return form, [index, position]
            if index > 0 and lows[index - 1] == form.particle and _clause_final(sentence, index):
                return form, [index - 1, index]
            continue
        if form.kind is FormKind.PARTICIPLE:
            if _participle_auxiliary(sentence, index, form) is not None:
                return form, [index]
            continue
        if best is None:
            best = (form, [index])
    return best


def _particle_limit(sentence: _Sentence, index: int) -> int:
    """Where the search for a separable particle after the verb at ``index`` ends: the end of
    its clause, past up to two inserts set off by commas, a relative clause or an apposition
    ("teilte der Geschäftsführer der Fraktion, Jens Nacke, mit", "Dies geht aus einer Meldung,
    die … verbreitet wurde, hervor"), or by a pair of dashes, an aside ("lässt sie dort –
    offenbar durch ihre Anwälte – Folgendes erklären"); never more than 25 tokens on."""
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
                or sentence.word_class(following) == "det"
                or sentence.is_head(following)
            )
        ):
            break
        insert_end = sentence.clause_end[following]
        if insert_end + 1 >= reach or tokens[insert_end].text != mark:
            break
        limit = min(sentence.clause_end[insert_end + 1], reach)  # the clause goes on after it
    return limit


def _clause_final(sentence: _Sentence, index: int) -> bool:
    """Whether only an auxiliary stands between ``index`` and the end of its clause."""
    following = index + 1
    if following < len(sentence.lows) and sentence.lows[following] in sentence.lexicon.auxiliaries:
        following += 1
    return following >= sentence.clause_end[index] or sentence.tokens[following].text in _FINAL


def _flags_allow(sentence: _Sentence, index: int, form: VerbForm) -> bool:
    if not form.flags:
        return True
    near = sentence.lows[max(0, index - 2) : index + 3]
    if VerbFlag.NOSICH in form.flags and "sich" in near and not _trails_quotation(sentence, index):
        return False
    if VerbFlag.SICH in form.flags and "sich" not in near:
        return False
    return VerbFlag.ES not in form.flags or "es" in near


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


def _participle_auxiliary(sentence: _Sentence, index: int, form: VerbForm) -> int | None:
    """The auxiliary of a participle of saying, if it has one.

    A form of "sein" makes a state, not speech ("ist bekannt", "ist entschieden", "waren in
    Brand geraten"), except in the passive perfect ("war mitgeteilt worden", "bekannt geworden
    war") and for the verbs that form their perfect with "sein" ("ist davon ausgegangen").
    """
    auxiliary = _find_auxiliary(sentence, index)
    if (
        auxiliary is None
        or sentence.lows[auxiliary] not in sentence.roles.sein
        or VerbFlag.SEIN in form.flags
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


class _Clause(NamedTuple):
    """What the subject rules look at: the clause around a verb of saying."""

    sentence: _Sentence
    first: int  # the clause's first word after leading conjunctions ("Und auch …")
    finite: int  # the finite verb or auxiliary
    last_part: int  # the last token of the cue (a separable particle, a participle)
    clause_start: int
    clause_end: int
    form: VerbForm
    bracket: bool  # whether the cue has several parts ("teilte … mit")


class _SubjectFound(NamedTuple):
    """A speaker phrase, where the content may start when it stands after the verb, and
    whether it was the subject of a relative clause or apposition before the verb."""

    phrase: Phrase
    after: int | None = None
    relative: bool = False


def _subject_set_off_before_verb(clause: _Clause) -> _SubjectFound | None:
    """ "Deiss, der sich … entschlossen hatte, sagte …"; "Milovan Rajevac, der Trainer
    Ghanas, sagte …": the subject opening the sentence, before a relative clause or an
    apposition set off by commas."""
    if clause.first != clause.finite:
        return None
    sentence = clause.sentence
    phrase = _subject_before_comma(sentence, clause.clause_start)
    if phrase is None:
        return None
    if not _plural_verb(clause) and _names_a_thing_only(sentence, phrase.start, phrase.stop):
        # "Die Zahl der Menschen, die … getötet wurden, bezifferte die Nachrichtenagentur
        # auf 13": object-first order as in :func:`_thing_before_named_subject`; things do
        # not speak, the phrase naming someone after the verb does.
        named = _postverbal_subject(sentence, clause.finite + 1, clause.clause_end)
        if named is not None and _names_someone_after_thing(sentence, phrase.start, named):
            return _SubjectFound(named, after=named.stop, relative=True)
    return _SubjectFound(phrase, relative=True)


def _pronoun_after_verb(clause: _Clause) -> _SubjectFound | None:
    """ "Nähere Einzelheiten gab er nicht bekannt": "er" after the verb is the subject, even
    when a phrase (an object) stands before the verb; also when that object opens the sentence
    with a relative clause set off by commas ("Die Anhänger, die sich versammelt hatten, warnte
    er, …"): "er" is always a nominative, so it goes before the set-off subject."""
    sentence = clause.sentence
    pronoun = _skip_adverbs(sentence, clause.finite + 1)
    if pronoun >= clause.clause_end or sentence.lows[pronoun] != "er":
        return None
    # The set-off object is no content before a trailing verb: the content follows.
    set_off = clause.first == clause.finite and (
        _subject_before_comma(sentence, clause.clause_start) is not None
    )
    return _SubjectFound(Phrase(pronoun, pronoun + 1), after=pronoun + 1, relative=set_off)


def _thing_before_named_subject(clause: _Clause) -> _SubjectFound | None:
    """ "Die Entwicklung im Iran verglich Merkel mit …", "Seine Zuversicht äußerte Solana":
    object-first order. When the field before the verb is a noun phrase about a thing (its
    head noun names no person, role or organisation) and a name or a role phrase follows the
    verb, that phrase is the subject: things do not speak."""
    sentence, first, finite = clause.sentence, clause.first, clause.finite
    if first >= finite or _plural_verb(clause) or not _names_a_thing_only(sentence, first, finite):
        return None
    phrase = _postverbal_subject(sentence, finite + 1, clause.clause_end)
    if phrase is None or not _names_someone_after_thing(sentence, first, phrase):
        return None
    return _SubjectFound(phrase, after=phrase.stop)


def _adverb_before_subject(clause: _Clause) -> _SubjectFound | None:
    """ "Relativierend fügt Gall hinzu", "Sinngemäß hofft Musk", "Passend zu den Gefahren
    warnte die Moderatorin": a capitalised adverb or adverbial adjective (an ending from the
    ``adverb_endings`` role: -end, -gemäß, -weise, -lich) opens the sentence, alone or with a
    prepositional phrase; the subject is the phrase after the verb."""
    sentence, first, finite = clause.sentence, clause.first, clause.finite
    if (
        first != sentence.opening
        or first >= finite
        or sentence.word_class(first)
        or not _adverb_word(sentence, first)
        or _with_phrases(sentence, first + 1, finite) != finite
    ):
        return None
    phrase = _postverbal_subject(sentence, finite + 1, clause.clause_end)
    return None if phrase is None else _SubjectFound(phrase, after=phrase.stop)


def _subject_after_anaphor(clause: _Clause) -> _SubjectFound | None:
    """ "Demnach erwartet Russland, dass …", "Danach sagte der Minister, …": a word that points
    back to a source (an *anaphor* or *opening* phrase of ``frames.txt``) alone before the verb
    is no subject; the subject follows the verb (:func:`_subject_after_verb`)."""
    if clause.finite != clause.first + 1 or not _anaphoric(clause.sentence, clause.first):
        return None
    return _subject_after_verb(clause)


def _plural_verb(clause: _Clause) -> bool:
    """Whether the finite verb (or auxiliary) of a clause is plural."""
    sentence = clause.sentence
    auxiliary = sentence.lexicon.auxiliaries.get(sentence.lows[clause.finite])
    if auxiliary is not None:
        return auxiliary[0] == "pl"
    return bool(clause.form.plural)


def _names_someone_after_thing(sentence: _Sentence, opening: int, phrase: Phrase) -> bool:
    """:func:`_names_someone` for the phrase after the verb when a thing opening at
    ``opening`` is the sentence's object ("Die Zahl der Toten bezifferte die Nachrichtenagentur
    Xinhua mit 13"): there "die" and "das" open the subject too (they are never a dative), with
    a person's role or an organisation ("die Nachrichtenagentur", "das Ministerium"; not "die
    Studie"). Not after a nominative opening, which is the subject ("Der Sicherheitsrat rief
    die Regierung auf")."""
    if _names_someone(sentence, phrase):
        return True
    if (
        sentence.lows[phrase.start] not in sentence.roles.thing_object_subjects
        or sentence.lows[opening] in sentence.roles.nominative
    ):
        return False
    info = analyse_mention(sentence.words(*phrase), language="de")
    return info is not None and info.kind in {SpeakerKind.PERSON, SpeakerKind.ORGANISATION}


def _subject_before_verb(clause: _Clause) -> _SubjectFound | None:
    """ "Der Einsatzleiter der Polizei in Dortmund erklärte …": the noun phrase before a verb
    in second position, with its prepositional phrases."""
    if clause.first >= clause.finite:
        return None
    phrase = _preverbal_subject(clause.sentence, clause.first, clause.finite)
    return None if phrase is None else _SubjectFound(phrase)


def _subject_inside_perfect(clause: _Clause) -> _SubjectFound | None:
    """ "Unterdessen haben einige Abgeordnete aus der Koalition angekündigt, …": the subject
    between an auxiliary and its participle."""
    if clause.form.kind is not FormKind.PARTICIPLE or clause.finite >= clause.last_part:
        return None
    phrase = _middle_subject(clause.sentence, clause.finite + 1, clause.last_part)
    return None if phrase is None else _SubjectFound(phrase)


def _subject_with_appositions(clause: _Clause) -> _SubjectFound | None:
    """ "Der Vorsitzende der Gewerkschaft, Nachfolgerin der ÖTV, Frank Bsirske, würdigte
    Kluncker als …": a long subject with appositions set off by commas (no verb in it, see
    :func:`_subject_set_off`) right before a verb that opens its clause; the phrase after the
    verb is then its object. The subject names someone (a person, role or organisation)."""
    sentence = clause.sentence
    finite = clause.finite
    if clause.first != finite or finite == 0 or sentence.tokens[finite - 1].text != ",":
        return None  # (both readings need the verb right after a comma)
    if sentence.lows.index(",") == finite - 1:
        return None  # (and both subjects end at that comma: no comma before it, none in them)
    phrase = _subject_set_off(sentence, clause.first, clause.finite)
    if phrase is None:
        phrase = _appositions_after_clause(sentence, clause.first, clause.finite)
    if phrase is None or "," not in sentence.lows[phrase.start : phrase.stop]:
        return None
    info = analyse_mention(sentence.words(*phrase), language="de")
    if info is None or info.pronoun or info.kind is SpeakerKind.UNKNOWN:
        return None
    return _SubjectFound(phrase, relative=True)


def _appositions_after_clause(sentence: _Sentence, first: int, finite: int) -> Phrase | None:
    """:func:`_subject_set_off` after a main clause that a comma closes: "Die Ministerin
    schwieg, die Sprecherin der Fraktion, Sandra Boser, erklärte: …". Back from the comma
    before the verb, the subject runs to the comma after the last word that may be a verb."""
    comma = finite - 1
    tokens = sentence.tokens
    if first != finite or comma <= sentence.opening or tokens[comma].text != ",":
        return None
    start = None
    for position in range(
        comma - 1, max(sentence.opening, comma - frames._MAX_SET_OFF_SUBJECT), -1
    ):
        if tokens[position].quote >= 0:
            return None
        if tokens[position].text == ",":
            start = position + 1
        elif sentence.is_lower(position) and _verb_like(sentence, position):
            break
    else:
        return None
    if start is None or start >= comma or not sentence.is_lower(finite):
        return None
    return Phrase(start, comma)


def _subject_after_verb(clause: _Clause) -> _SubjectFound | None:
    """ "Am Montag sagte der Minister, …", "teilte dem Sender die Polizei mit": the subject
    after the verb, past adverbs and a dative object; with a second subject joined to it
    ("„Wir bleiben“, sagten Anna Berg und Ben Schmidt.", see :func:`_coordinated_after`)."""
    sentence = clause.sentence
    phrase = _postverbal_subject(sentence, clause.finite + 1, len(sentence.tokens))
    if phrase is None:
        return None
    phrase = _coordinated_after(sentence, phrase, clause.last_part)
    phrase = _before_dative_object(clause, _before_told_medium(sentence, phrase))
    phrase = _before_von_topic(clause, phrase)
    return _SubjectFound(phrase, after=phrase.stop)


def _before_von_topic(clause: _Clause, phrase: Phrase) -> Phrase:
    """The subject after a verb flagged *von* without the "von" phrase that names what was
    spoken of, which the noun phrase rules read as the speaker's attachment: "In einem Interview
    sprach Angela Merkel von der Möglichkeit einer Koalition" is "Angela Merkel". The verb needs
    that phrase, so when no "von" follows the subject in its clause, the subject's last "von"
    opens it ("sprach der Sprecher von Greenpeace von einem Erfolg" keeps the first)."""
    sentence = clause.sentence
    if VerbFlag.VON not in clause.form.flags or _von_follows(
        sentence, phrase.stop - 1, clause.clause_end
    ):
        return phrase
    von = sentence.roles.von
    for index in range(phrase.stop - 1, phrase.start, -1):
        if sentence.lows[index] in von:
            return Phrase(phrase.start, index)
    return phrase


def _before_dative_object(clause: _Clause, phrase: Phrase) -> Phrase:
    """The subject after a verb whose addressed object is a dative (the ``dative_object_verbs``
    role) without that object, which the noun phrase rules read as a genitive: "Des Weiteren
    wirft die OSZE der Wahlkommission vor, …" is "die OSZE"; the addressee rules then find
    "der Wahlkommission". Only when the phrase closes the clause (nothing else could be the
    object) and its first part names an organisation or a person by name: a person's role
    keeps its genitive ("wirft der Sprecher der Partei vor")."""
    sentence = clause.sentence
    if clause.form.lemma not in sentence.roles.dative_object_verbs:
        return phrase
    stop = phrase.stop
    if not (stop == clause.last_part or stop >= clause.clause_end):
        return phrase
    lows = sentence.lows
    for index in range(phrase.start + 1, stop - 1):
        if lows[index] != "der":
            continue
        head = Phrase(phrase.start, index)
        info = analyse_mention(sentence.words(*head), language="de")
        if info is None or info.pronoun or (info.kind is SpeakerKind.PERSON and not info.named):
            return phrase
        return head
    return phrase


class _Told(NamedTuple):
    """What the addressee rules look at: the clause of a verb of saying and its speaker."""

    sentence: _Sentence
    finite: int  # the finite verb or auxiliary
    clause_start: int  # where the addressee may start
    clause_end: int  # where it must end
    dative_start: int  # where a dative object stands (after the verb or its subject)
    mention: Phrase | None
    addressed: bool = False  # the verb is flagged *object*: its object is whom it addressed
    passive: bool = False  # the verb is in the passive
    passive_subject: Phrase | None = None  # its subject then
    verb_lemma: str = ""  # the verb's lemma ("sagen", "appellieren")


def _outside_mention(told: _Told, start: int) -> bool:
    mention = told.mention
    return mention is None or not mention.start <= start < mention.stop


def _opens_adverbial(told: _Told, position: int) -> bool:
    """Whether the preposition at ``position`` opens an adverbial of the verb, not an attribute
    of the noun before it ("Abgrenzung gegenüber der Partei"): it follows no noun, or the
    speaker's last word ("sagte der Minister gegenüber der Zeitung"), or a phrase of time
    ("sagte am Montag gegenüber der Zeitung")."""
    sentence, mention = told.sentence, told.mention
    before = position - 1
    if before >= 0 and sentence.tokens[before].text.endswith("-"):
        return False  # "von Privat- gegenüber Kassenpatienten": a noun cut short before it
    return (
        before < 0
        or not sentence.is_head(before)
        or sentence.word_class(before) == "time"
        or (mention is not None and mention.stop == position)
    )


def _past_apposition(sentence: _Sentence, clause_end: int, mention: Phrase | None) -> int:
    """Where the clause of a verb of saying ends for its addressee: past the apposition of a
    speaker after the verb ("„…“, sagte Andreas Beck, Spieler des Vereins, gegenüber einem
    Reporter")."""
    if mention is None or mention.stop < clause_end or mention.stop + 1 >= len(sentence.tokens):
        return clause_end
    following = mention.stop + 1 if sentence.tokens[mention.stop].text == "," else mention.stop
    return max(clause_end, sentence.clause_end[following])


def _names_audience(sentence: _Sentence, phrase: Phrase) -> bool:
    """Whether a noun phrase names the press, a medium or an assembly spoken to: its first noun
    or its last word is a word of the ``audience_nouns`` role ("der Presse", "Reportern",
    "Vertretern der Presse"), also after a hyphen ("US-Journalisten"), or a compound ending in
    a word of the ``medium_endings`` role ("der US-Zeitschrift", "der Nachrichtenagentur
    Reuters", "dem Abendblatt")."""
    lows = sentence.lows
    first = phrase.start
    while first < phrase.stop - 1 and not sentence.is_head(first):
        first += 1
    for index in {first, phrase.stop - 1}:
        low = lows[index]
        if low.rpartition("-")[2] in sentence.roles.audience_nouns or any(
            low.endswith(ending) and low != ending for ending in sentence.roles.medium_endings
        ):
            return True
    return False


def _medium_in_the_dative(told: _Told) -> Phrase | None:
    """The newspaper or broadcaster in the dative that a verb of saying told, right after the
    verb or its subject: "Der Staatssekretär sagte der „Berliner Zeitung“, …", "„…“, sagte der
    Minister dem „Spiegel“" (see :func:`_told_medium`); never the subject itself ("„…“,
    berichtete der „Spiegel“")."""
    sentence, finite = told.sentence, told.finite
    if not sentence.quote_tokens:
        return None  # the medium's name is quoted (most sentences quote nothing)
    stop = min(told.clause_end, sentence.last - 1, finite + _MAX_TOLD_SUBJECT + 2)
    for article in range(finite + 1, stop):
        if _told_medium(sentence, article):
            return Phrase(article, article + 2) if _outside_mention(told, article) else None
    return None


def _after_addressee_preposition(told: _Told) -> Phrase | None:
    """ "sagte der Minister gegenüber der Zeitung, …", "Gegenüber dem „Tagesspiegel“ erklärte
    sie: …", "wie eine Sprecherin gegenüber Journalisten bestätigte": the noun phrase after a
    word of the ``addressee_prepositions`` role anywhere in the verb's clause, without the
    preposition."""
    sentence = told.sentence
    if sentence.roles.addressee_prepositions.isdisjoint(sentence.lows):
        return None  # (most sentences: asked in C before the clause is walked)
    for position in range(told.clause_start, told.clause_end - 1):
        if (
            sentence.lows[position] in sentence.roles.addressee_prepositions
            and _outside_mention(told, position)
            and _opens_adverbial(told, position)
        ):
            return _phrase_after(sentence, position + 1, told.clause_end)
    return None


def _conversation_partner(told: _Told) -> Phrase | None:
    """ "sagte er in einem Interview mit der „Financial Times“", "Im Gespräch mit Journalisten
    erklärte sie, …": the noun phrase after a noun of the ``conversation_nouns`` role and a
    word of the ``partner_prepositions`` role in the verb's clause."""
    sentence = told.sentence
    lows = sentence.lows
    if sentence.roles.conversation_nouns.isdisjoint(lows):
        return None
    for position in range(told.clause_start, told.clause_end - 2):
        if (
            lows[position] in sentence.roles.conversation_nouns
            and lows[position + 1] in sentence.roles.partner_prepositions
            and _outside_mention(told, position)
        ):
            return _phrase_after(sentence, position + 2, told.clause_end)
    return None


def _audience_after_preposition(told: _Told) -> Phrase | None:
    """ "sagte Merkel vor der Presse, …", "erklärte er am Sonntag vor Journalisten": the noun
    phrase after a word of the ``audience_prepositions`` role in the verb's clause when it ends
    in a noun of the ``audience_nouns`` role ("vor zwei Wochen" names no audience)."""
    sentence = told.sentence
    lows = sentence.lows
    if sentence.roles.audience_prepositions.isdisjoint(lows):
        return None
    for position in range(told.clause_start, told.clause_end - 1):
        if (
            lows[position] in sentence.roles.audience_prepositions
            and _outside_mention(told, position)
            and _opens_adverbial(told, position)
        ):
            phrase = _phrase_after(sentence, position + 1, told.clause_end)
            if phrase is not None and _names_audience(sentence, phrase):
                return phrase
    return None


def _may_open_phrase(sentence: _Sentence, index: int) -> bool:
    """Whether the word at ``index`` may open a noun phrase: an article, an adjective or a
    capitalised head (a cheap test before the noun phrase rules run)."""
    return (
        sentence.word_class(index) == "det"
        or sentence.is_head(index)
        or sentence.is_adjective(index)
    )


def _medium_after_zu(told: _Told) -> Phrase | None:
    """ "„…“, sagte er zur „Sportschau“", "sagte der Trainer nach dem Spiel zur Sportschau",
    "sagte sie zur Nachrichtenagentur dpa": the noun phrase after a word of the
    ``medium_prepositions`` role in the verb's clause after the verb, when it names a medium (see
    :func:`_names_audience`); "sagte zur Lage" names a topic, "riet zu „Gelassenheit“" a
    course."""
    sentence = told.sentence
    lows = sentence.lows
    if sentence.roles.medium_prepositions.isdisjoint(lows):
        return None
    for position in range(told.finite + 1, told.clause_end - 1):
        if (
            lows[position] in sentence.roles.medium_prepositions
            and _may_open_phrase(sentence, position + 1)  # not "zu sparen", an infinitive
            and _outside_mention(told, position)
        ):
            phrase = _phrase_after(sentence, position + 1, told.clause_end)
            if phrase is not None and _names_audience(sentence, phrase):
                return phrase
    return None


def _person_after_zu(told: _Told) -> Phrase | None:
    """ "sagte er zu Mair", "sagte der Richter zu dem Angeklagten", "sprach zu ihnen": for a verb
    of the ``zu_addressing_verbs`` role, the noun phrase after "zu" (not "zum", "zur", which
    name a medium or a topic, see :func:`_medium_after_zu`) in the verb's clause ("Zu Mair
    sagte er"),
    when it names a person: a dative pronoun, a name without an article, or a person's role; "zu
    den Vorwürfen" names a topic."""
    sentence = told.sentence
    if told.verb_lemma not in sentence.roles.zu_addressing_verbs:
        return None
    lows = sentence.lows
    for position in _prepositions_in_clause(told, "zu"):
        if (
            position > 0
            and sentence.is_head(position - 1)
            and not (told.mention is not None and told.mention.stop == position)
        ):
            continue  # a name particle: "Karl-Theodor zu Guttenberg"
        following = position + 1
        if lows[following] in sentence.roles.dative_pronouns:
            return Phrase(following, following + 1)
        phrase = _phrase_after(sentence, following, told.clause_end)
        if phrase is None or phrase.start != following:
            return None
        if sentence.is_head(following):
            return phrase  # a name: "zu Mair", "zu Anna Berg"
        info = analyse_mention(sentence.words(*phrase), language="de")
        return phrase if info is not None and info.kind is SpeakerKind.PERSON else None
    return None


def _prepositions_in_clause(told: _Told, preposition: str) -> Iterator[int]:
    """The positions of ``preposition`` in the verb's clause, outside the speaker mention, with
    a word after it."""
    lows = told.sentence.lows
    for position in range(told.clause_start, told.clause_end - 1):
        if lows[position] == preposition and _outside_mention(told, position):
            yield position


def _addressed_after_an(told: _Told) -> Phrase | None:
    """ "Der Verband appellierte an die Regierung, …", "Sie schrieb an den Bürgermeister: „…“":
    for a verb of the ``an_addressing_verbs`` role, the noun phrase after "an" in the verb's
    clause ("An die Regierung appellierte er"), in the accusative (not after a dative article:
    "schrieb an einem Roman" names the work, "an der Universität" a place)."""
    sentence = told.sentence
    if told.verb_lemma not in sentence.roles.an_addressing_verbs:
        return None
    lows = sentence.lows
    for position in _prepositions_in_clause(told, "an"):
        following = position + 1
        if lows[following] == "der" or lows[following].endswith("em"):
            return None
        phrase = _phrase_after(sentence, following, told.clause_end)
        return phrase if phrase is not None and phrase.start == following else None
    return None


def _audience_in_the_dative(told: _Told) -> Phrase | None:
    """ "Er sagte Reportern, …", "erklärte einem Angestellten, dass …", "teilte dem
    Fernsehsender mit": a dative object right after the verb, or after its subject when that
    follows the verb, opened by a word of the ``told_datives`` role or ending in a noun of the
    ``audience_nouns`` role ("sagte der Presse"); not a source that "zufolge" follows ("sagte,
    dem Bericht zufolge, …" has a comma; "dem Bericht zufolge" is a frame)."""
    sentence, start = told.sentence, told.dative_start
    if (
        start >= told.clause_end
        or sentence.lows[start] in sentence.roles.non_dative
        or not _may_open_phrase(sentence, start)
    ):
        return None
    lows = sentence.lows
    phrase = _phrase_after(sentence, start, told.clause_end)
    if phrase is None or phrase.start != start or not _outside_mention(told, start):
        return None
    if phrase.stop < len(lows) and lows[phrase.stop] in sentence.roles.told_dative_stops:
        return None
    if lows[start] in sentence.roles.told_datives or _names_audience(sentence, phrase):
        return phrase
    return None


def _object_of_addressing_verb(told: _Told) -> Phrase | None:
    """ "Er forderte die Partei auf, …", "Die Behörde warf dem Minister vor, …", "bat
    Premierminister Key, …": for a verb flagged *object*, the noun phrase right after the verb,
    or after its subject when that follows the verb (not "es", not a reflexive pronoun); not in
    the passive, whose subject it is ("werde der Beihilfe beschuldigt" names the charge)."""
    sentence, start = told.sentence, told.dative_start
    if not told.addressed or told.passive or start >= told.clause_end:
        return None
    if not _may_be_addressed(sentence, start):
        return None
    phrase = _phrase_after(sentence, start, told.clause_end)
    if phrase is None or phrase.start != start or not _outside_mention(told, start):
        return None
    return phrase


def _object_before_addressing_verb(told: _Told) -> Phrase | None:
    """ "Ihren Widersacher Jeremy Corbyn forderte May auf, …", "Den Behörden warf die
    Organisation vor, …": for a verb flagged *object*, a noun phrase opening with a word of the
    ``object_determiners`` role (never a subject) right before the verb in second position is
    its object, whom it addressed; the subject follows the verb. The phrase opens the sentence
    (not an apposition set off before the verb: "Nach Angaben von X, dem Direktor der Behörde,
    hatten die Meteorologen gewarnt"). Not in the passive."""
    sentence, finite = told.sentence, told.finite
    if not told.addressed or told.passive:
        return None
    first = _skip_leading(sentence, told.clause_start)
    if (
        first != sentence.opening
        or first >= finite
        or sentence.lows[first] not in sentence.roles.object_determiners
    ):
        return None
    phrase = _phrase_after(sentence, first, finite)
    if phrase is None or _with_phrases(sentence, phrase.stop, finite) != finite:
        return None
    return Phrase(first, finite)


def _subject_of_addressing_passive(told: _Told) -> Phrase | None:
    """ "Ihm wird vorgeworfen, …", "Die Anwohner wurden aufgefordert, …": the subject of a verb
    flagged *object* in the passive is whom it addressed."""
    subject = told.passive_subject
    if not told.addressed or subject is None or not _may_be_addressed(told.sentence, subject.start):
        return None
    return subject


def _may_be_addressed(sentence: _Sentence, start: int) -> bool:
    """Whether a phrase opening at ``start`` may name whom a verb addressed: not "es", a
    reflexive pronoun, an adverb ("Oftmals wird geraten") or an attribution word that points
    back to a source ("warnten demnach")."""
    low = sentence.lows[start]
    return not (
        low == "es"
        or low in sentence.roles.reflexive
        or sentence.word_class(start) == "adv"
        or low in sentence.lexicon.frames
    )


#: Whom a verb of saying told, tried in this order (the first that finds an addressee wins).
ADDRESSEE_RULES: RuleTable[_Told, Phrase] = RuleTable(
    "German addressee",
    (
        _medium_in_the_dative,
        _after_addressee_preposition,
        _conversation_partner,
        _audience_after_preposition,
        _medium_after_zu,
        _person_after_zu,
        _addressed_after_an,
        _audience_in_the_dative,
        _object_of_addressing_verb,
        _object_before_addressing_verb,
        _subject_of_addressing_passive,
    ),
)


def _before_told_medium(sentence: _Sentence, phrase: Phrase) -> Phrase:
    """The subject after a verb of saying without the newspaper or broadcaster it told, which
    the noun phrase rules read as a genitive: "„…“, sagte der Minister der „Süddeutschen
    Zeitung“" is "der Minister" (see :func:`_told_medium`)."""
    for index in range(phrase.start + 1, phrase.stop - 1):
        if _told_medium(sentence, index):
            return Phrase(phrase.start, index)
    return phrase


@functools.cache
def _speaker_joiners() -> frozenset[str]:
    """The words that join coordinated speakers ("und", "sowie": the ``speaker_joiners`` role)."""
    return read_speaker_word_roles("de")["speaker_joiners"]


on_registry_change(_speaker_joiners.cache_clear)


def _coordinated_after(sentence: _Sentence, phrase: Phrase, last_part: int) -> Phrase:
    """ "…“, sagten Anna Berg und Ben Schmidt.", "teilten die Polizei sowie die Feuerwehr
    mit": a subject after the verb joined by a speaker joiner to a second noun phrase that
    ends the clause (before a comma, a colon, the final stop or the verb's particle) is one
    coordinated mention; the speaker analysis splits it into the speakers. A phrase that goes
    on ("sagte Merkel und Macron nickte", "sagte Merkel und fügte hinzu") is not joined."""
    joiner = phrase.stop
    tokens = sentence.tokens
    if joiner + 1 >= len(tokens) or sentence.lows[joiner] not in _speaker_joiners():
        return phrase
    second = _phrase_after(sentence, joiner + 1, len(tokens))
    if (
        second is None
        or sentence.lows[second.start] in sentence.roles.pronouns
        or sentence.lows[second.start] in sentence.roles.object_determiners
    ):
        return phrase
    end = second.stop
    if end < len(tokens) and end != last_part and tokens[end].text not in _CLAUSE_ENDS:
        return phrase
    return Phrase(phrase.start, end)


def _source_before_verb(clause: _Clause) -> _SubjectFound | None:
    """ "In dem Bericht heißt es", "Aus der Studie geht hervor": a prepositional phrase naming
    the source, for verbs flagged *pp*."""
    if VerbFlag.PP not in clause.form.flags or clause.first >= clause.finite:
        return None
    phrase = _source_phrase(clause.sentence, clause.first, clause.finite)
    return None if phrase is None else _SubjectFound(phrase)


def _subject_of_first_verb(clause: _Clause) -> _SubjectFound | None:
    """ "Der Sprecher dankte den Menschen und ergänzte, …": the subject of the first of two
    coordinated verbs."""
    phrase = _coordinated_subject(clause.sentence, clause.finite)
    return None if phrase is None else _SubjectFound(phrase)


def _subject_inside_bracket(clause: _Clause) -> _SubjectFound | None:
    """ "teilte die zur Universität gehörende Klinik mit": a noun phrase between a separable
    verb and its particle."""
    sentence, finite, last_part = clause.sentence, clause.finite, clause.last_part
    if (
        clause.bracket
        and finite + 1 < last_part <= finite + _MAX_PHRASE
        and sentence.word_class(finite + 1) == "det"
        and sentence.is_head(last_part - 1)
    ):
        return _SubjectFound(Phrase(finite + 1, last_part))
    return None


def _source_after_verb(clause: _Clause) -> _SubjectFound | None:
    """ "Dies geht aus einer Pressemitteilung des Konzerns hervor": for verbs flagged *pp*, a
    prepositional phrase right after the verb names the source when no subject was found."""
    if VerbFlag.PP not in clause.form.flags:
        return None
    sentence = clause.sentence
    start = clause.finite + 1
    stop = min(clause.clause_end, start + _MAX_PHRASE)
    phrase = _source_phrase(sentence, start, stop, whole=False)
    return None if phrase is None else _SubjectFound(phrase, after=phrase.stop)


def _address_after_verb(clause: _Clause) -> _SubjectFound | None:
    """ "„…“, zitiert ndr.de Polizeisprecher Ralf Meyer", "berichtet tagesschau.de": a web
    address right after the verb is its subject (a medium), when no other subject was found;
    the noun phrase rules do not read it (see :func:`_bare_name`)."""
    sentence = clause.sentence
    tokens = sentence.tokens
    start = clause.finite + 1
    stop = start
    limit = min(clause.clause_end, sentence.last, start + _MAX_ADDRESS_TOKENS)
    while stop < limit and (stop == start or tokens[stop].start == tokens[stop - 1].end):
        stop += 1
    if stop == start or tokens[start].quote >= 0:
        return None
    phrase = _bare_name(sentence, start, stop)
    return None if phrase is None else _SubjectFound(phrase, after=phrase.stop)


def _impersonal_relay(clause: _Clause) -> _SubjectFound | None:
    """ "„…“, zitierte man die Reporterin Yolanda Alvarez": the impersonal "man" right after a
    relaying verb is its subject; the person quoted, its object, becomes the speaker (see
    :func:`_structure`)."""
    sentence = clause.sentence
    following = clause.finite + 1
    if (
        VerbFlag.RELAY not in clause.form.flags
        or following >= clause.clause_end
        or sentence.lows[following] not in sentence.roles.impersonal
    ):
        return None
    return _SubjectFound(Phrase(following, following + 1), after=following + 1)


#: Where the speaker of a verb of saying is, tried in this order (the first that finds one wins).
SUBJECT_RULES: RuleTable[_Clause, _SubjectFound] = RuleTable(
    "German subject",
    (
        _pronoun_after_verb,
        _subject_set_off_before_verb,
        _thing_before_named_subject,
        _adverb_before_subject,
        _subject_after_anaphor,
        _subject_before_verb,
        _subject_inside_perfect,
        _subject_of_first_verb,
        _subject_with_appositions,
        _subject_after_verb,
        _source_before_verb,
        _subject_inside_bracket,
        _source_after_verb,
        _address_after_verb,
        _impersonal_relay,
    ),
)


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
    opinion = VerbFlag.OPINION in form.flags
    first = _skip_leading(sentence, clause_start)
    if (
        first < finite
        # "indem er sagte, …": a word that opens an adverbial clause is a subordinator too
        and (sentence.word_class(first) == "sub" or lows[first] in sentence.roles.not_content)
        and lows[first] != "als"
        # the verb closes its clause (before a comma or the final stop: "…, wie X mitteilte.")
        and (last_part >= min(clause_end, sentence.last) - 1 or finite == clause_end - 1)
    ):
        return _subordinate(sentence, first, finite, cue, plural, pairs, used, opinion=opinion)
    opener = _opener_before_apposition(sentence, first, finite, last_part)
    if opener is not None:
        return _subordinate(sentence, opener, finite, cue, plural, pairs, used, opinion=opinion)
    demonstrative = (
        first < finite and finite == first + 1 and lows[first] in sentence.roles.demonstrative
    )
    clause = _Clause(
        sentence=sentence,
        first=first,
        finite=finite,
        last_part=last_part,
        clause_start=clause_start,
        clause_end=clause_end,
        form=form,
        bracket=len(cue_parts) > 1,
    )
    found = SUBJECT_RULES.first(clause)
    subject = None if found is None else found.phrase
    relative = found is not None and found.relative
    after_verb = last_part + 1
    if found is not None and found.after is not None:
        after_verb = max(after_verb, found.after)
    # A verb whose perfect takes "sein" is active after it ("ist davon ausgegangen").
    passive = (
        form.kind is FormKind.PARTICIPLE
        and lows[finite] in sentence.roles.passive
        and VerbFlag.SEIN not in form.flags
    )
    if passive and VerbFlag.ACTIVE in form.flags:
        return []  # "Er wurde zu fünf Jahren verurteilt": a court's sentence, not speech
    subjectless = subject is None and not passive
    if subjectless:
        subject = _subject_set_off(sentence, first, finite)
        if subject is None:
            return []
    es = subject is not None and subject.stop - subject.start == 1 and lows[subject.start] == "es"
    if es and VerbFlag.ES not in form.flags and not passive:
        return []
    mention = None if es else subject
    if passive and VerbFlag.RELAY not in form.flags:
        # "Die Männer werden beschuldigt, …": the subject of a passive is not the speaker.
        mention = _agent(sentence, finite, last_part) or _passive_source(
            sentence, first, finite, last_part
        )
    if es and VerbFlag.PP in form.flags:
        # "In dem Bericht heißt es", "…, heißt es in einer Erklärung."
        if first < finite:
            mention = _source_phrase(sentence, first, finite)
        elif first == clause_start:
            mention = _source_before_relative(sentence, clause_start)
        if mention is None and subject is not None:
            mention = _source_after_es(sentence, subject)
    if (
        mention is not None
        and (passive or VerbFlag.PP in form.flags)
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
    told = ADDRESSEE_RULES.first(
        _Told(
            sentence=sentence,
            finite=finite,
            clause_start=clause_start,
            clause_end=_past_apposition(sentence, clause_end, mention),
            dative_start=finite + 1
            if mention is None or mention.start != finite + 1
            else mention.stop,
            mention=mention,
            addressed=VerbFlag.OBJECT in form.flags,
            passive=passive,
            passive_subject=subject if passive and not es else None,
            verb_lemma=form.lemma,
        )
    )
    attribution = Attribution(
        kind=QuoteKind.INDIRECT,
        content=sentence.span(finite, finite + 1),
        mention=None if mention is None else sentence.span(*mention),
        mention_words=() if mention is None else _source_words(sentence, mention),
        cue=cue,
        plural=plural,
        addressee=None if told is None else sentence.span(*told),
    )
    after = sentence.clause_end[max(after_verb - 1, last_part)]
    if (
        after < len(sentence.tokens)
        and sentence.tokens[after].text == ":"
        and (after == len(sentence.tokens) - 1 or _runs_on_after_colon(sentence, after, pairs))
    ):
        # "Putin sagte dazu:" — the quotation follows in the next paragraph.
        state.announce(attribution)
        state.colon_end = sentence.tokens[after].end
    trailing = (
        finite == clause_start and clause_start > 0 and first == finite and not relative
    ) or (form.kind is FormKind.FINITE and not opinion and _so_resumes(sentence, first, finite))
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
    content = _content_after(
        sentence, after, opinion=opinion, plain=not trailing and not closes_relative
    )
    if (
        content is not None
        and trailing
        and after + 1 < len(lows)
        and lows[after + 1] in sentence.roles.coordinators
    ):
        # "A sei so, sagte Macron, und B müsse …, ergänzte Scholz": the clause after "und"
        # is the next speaker's; a trailing verb takes the clause before it.
        content = None
    if content is None and trailing:
        content = _content_before(sentence, clause_start - 1)
        if content is not None and opinion and content[0] is not QuoteKind.DIRECT:
            content = None  # "„…“, hofft der Trainer": only quoted words trail an opinion verb
        if content is not None:
            following = _quotes_after(sentence, after)
            if following:
                content = (content[0], content[1], content[2] + following)
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
            spoken_by = _source_after_es(sentence, spoken_by) if VerbFlag.PP in form.flags else None
            if spoken_by is not None:
                spoken_by = Phrase(spoken_by.start + 1, spoken_by.stop)
        if spoken_by is not None:
            content = _direct_run(sentence, first)
            attribution = attrs.evolve(
                attribution,
                mention=sentence.span(*spoken_by),
                mention_words=_source_words(sentence, spoken_by),
            )
    if content is None and demonstrative and not opinion and clause_start > 0:
        content = _content_before(sentence, clause_start - 1)  # "„…“, das teilte X mit."
    elif content is None and demonstrative and not opinion:
        previous = state.previous_span
        if (
            previous is not None
            and state.previous_is_just_before(same_paragraph=False)
            and (clause_end >= sentence.last or _relative_clause(sentence, clause_end + 1))
        ):
            if state.bare_sentence == state.sentence - 1 and sentence.last <= BARE_NAMER_TOKENS:
                # "„…“ Das sagte Merkel.": the demonstrative stands for the bare quotation,
                # whose speaker name_bare_quotations names; it is not also indirect content
                return [_derive(attribution, content=sentence.span(first, first + 1))]
            span = Span(start=previous[0], end=previous[1])
            return [_derive(attribution, content=span)]
    if content is None:
        if (
            VerbFlag.REPORT in form.flags
            and mention is not None
            and not trailing
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
            and (VerbFlag.VON not in form.flags or _von_follows(sentence, finite, clause_end))
        ):
            start, stop = _reported_extent(sentence, finite, mention)
            span = sentence.span(start, stop)
            reported = _derive(attribution, kind=QuoteKind.REPORTED, content=span)
            return _results(sentence, reported, sentence.quotes(start, stop), pairs, used)
        if (mention is not None or passive) and not opinion and sentence.quote_tokens:
            # "Von einem „Eingriff“ spricht der Entwurf": the quotations near the verb.
            first = max(clause_start, finite - _MAX_PHRASE)
            stop = min(clause_end, last_part + _MAX_PHRASE)
            return _results(
                sentence,
                _derive(attribution, kind=QuoteKind.DIRECT),
                sentence.quotes(first, stop),
                pairs,
                used,
                context=QuoteContext.ATTRIBUTED,
            )
        return []
    kind, span, quotes = content
    if subjectless and (kind is not QuoteKind.INDIRECT or opinion):
        return []
    if kind is QuoteKind.INDIRECT:
        span = _without_next_predicate(sentence, span)
    if form.lemma in sentence.roles.naming_lemmas and _title_subject(sentence, mention):
        used.update(quotes)  # "„…“, so lautet der Titel der Studie": a name, nobody quoted
        return []
    results = _results(sentence, _derive(attribution, kind=kind, content=span), quotes, pairs, used)
    if VerbFlag.RELAY in form.flags and kind is not QuoteKind.REPORTED and results:
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


def _reported_extent(sentence: _Sentence, finite: int, mention: Phrase) -> tuple[int, int]:
    """The tokens a reported speech act covers: the whole sentence, or for the second of two
    coordinated verbs whose subject stands before the coordinator ("„…“ schrieben die Hacker
    und kündigten weitere Aktionen an") only its own clause, from the verb on: the quotation
    and the first verb are the first act's."""
    count = len(sentence.tokens)
    if (
        finite > 0
        and sentence.lows[finite - 1] in sentence.roles.coordinators
        and mention.stop < finite
    ):
        return finite, sentence.clause_end[finite]
    return 0, count


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


def _subject_set_off(sentence: _Sentence, first: int, finite: int) -> Phrase | None:
    """The subject of a verb of saying that opens its clause right after the comma closing a
    long subject with appositions, which the subject rules do not read: "Der Vertreter der
    Arbeitgeber im Aufsichtsrat der Bundesagentur (BA), Peter Clever, hat gefordert, dass …".
    In verb-second order everything from the sentence's opening to that comma is the
    subject, if no verb stands in it (else the comma closes a clause: "Als er kam, sagte …",
    "Sie gilt als AKP-nahe, dementiert aber, …"): its lower-case words are function words and
    adjectives only."""
    comma = finite - 1
    start = sentence.opening
    if (
        first != finite
        or comma <= start
        or comma - start > frames._MAX_SET_OFF_SUBJECT
        or sentence.tokens[comma].text != ","
        or not sentence.is_lower(finite)
        or sentence.word_class(start) in {"sub", "prep"}
    ):
        return None
    for position in range(start, comma):
        if sentence.tokens[position].quote >= 0:
            return None
        if sentence.is_lower(position) and _verb_like(sentence, position):
            return None
    return Phrase(start, comma)


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


def _source_after_es(sentence: _Sentence, es: Phrase) -> Phrase | None:
    """The source a verb flagged *es* and *pp* names after its "es" ("…, heißt es in einer
    Erklärung"), past adverbs and a phrase of time ("…, hieß es dazu am Montag in …"); its
    preposition is left to the caller."""
    if es.stop >= len(sentence.tokens):
        return None
    end = sentence.clause_end[es.stop]
    start = _skip_adverbs(sentence, es.stop)
    start = _skip_adverbs(sentence, _time_after(sentence, start, end))
    return _source_phrase(sentence, start, min(end, start + _MAX_PHRASE), whole=False)


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
        # ("wurde aus Italien der Tod … gemeldet" names no source).
        start = _skip_adverbs(sentence, finite + 1)
        if start < participle:
            found = _source_phrase(sentence, start, participle, whole=False)
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


def _without_next_predicate(sentence: _Sentence, span: Span) -> Span:
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
            # Autorität des Gerichts nicht an")
            and (comma or sentence.word_class(verb + 1) != "det")
        ):
            end = index - 1 if tokens[index - 1].text == "," else index
            return sentence.span(first, end) if end > first else span
    return span


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
            if phrase is not None:
                return phrase
    return None


def _von_follows(sentence: _Sentence, verb: int, clause_end: int) -> bool:
    """ "sprach trotz der Kritik von einer fairen Wahl": "von" after the verb in its clause."""
    stop = min(clause_end, verb + _MAX_PHRASE)
    return any(sentence.lows[index] in sentence.roles.von for index in range(verb + 1, stop))


def _preverbal_subject(sentence: _Sentence, first: int, finite: int) -> Phrase | None:
    """The subject before a verb in second position: a noun phrase and any phrases after it.

    "Der Einsatzleiter der Polizei in Dortmund erklärte": prepositional phrases after the noun
    phrase belong to it. A phrase in the dative or accusative ("Den Vorschlag kritisierte …")
    is not the subject.
    """
    if sentence.lows[first] in sentence.roles.object_determiners:
        return None
    phrase = _phrase_after(sentence, first, finite)
    if (
        phrase is None
        and finite == first + 1
        and first > 1
        and sentence.lows[first] in sentence.roles.relative
        and sentence.tokens[first - 1].text == ","
        and sentence.clause_end[finite] == finite + 1
    ):
        # ", der sagte, …", "Ägypten, das vorschlug, …": a relative pronoun right before the
        # verb that closes its clause is its subject, the mention (it stands for the phrase
        # before the comma; not ", das teilte die Behörde mit", a demonstrative object)
        return Phrase(first, finite)
    if (
        phrase is not None
        and phrase.stop == first + 1
        and sentence.lows[first] in sentence.roles.relative
    ):
        # ", der der Regierung vorwarf": the relative pronoun (see _phrase_after) stands for
        # the phrase before its comma, the speaker a reader names ("ein Kommentar, der …")
        return (first > 1 and _phrase_before(sentence, first - 1)) or phrase
    if phrase is not None:
        end = _with_phrases(sentence, phrase.stop, finite)
        if end < finite and _skip_adverbs(sentence, end) == finite and end > phrase.start:
            # "Die Kanadier hingegen sagen": a sentence adverb after the subject stays out.
            finite = end
    if phrase is None or _with_phrases(sentence, phrase.stop, finite) != finite:
        phrase = _loose_subject(sentence, first, finite)
        if phrase is None or sentence.lows[phrase.stop - 2] not in _speaker_joiners():
            return phrase
    clause_start = sentence.clause_start[finite]
    if first == clause_start and clause_start > 1 and sentence.tokens[clause_start - 1].text == ",":
        # "Nurur Rahman, der Rettungskoordinator der Behörde teilte mit": a name and its role;
        # "Die Organisationen Attac, Campact und LobbyControl werfen vor": a list of speakers.
        opening = sentence.opening
        before = _phrase_after(sentence, opening, clause_start - 1)
        if before is not None and before[1] == clause_start - 1:
            return Phrase(opening, finite)
    return Phrase(first, finite)


def _loose_subject(sentence: _Sentence, first: int, finite: int) -> Phrase | None:
    """The whole field before the verb as its subject, when the noun phrase rules do not parse
    it but it opens with an article or a name and holds no verb: "Ein Reporter des
    Fernsehsenders n-tv berichtete"."""
    if finite - first < 2 or finite - first > _MAX_PHRASE:
        return None
    if not (sentence.word_class(first) == "det" or sentence.is_head(first)) or _is_time(
        sentence, first
    ):
        return None
    lexicon = sentence.lexicon
    object_determiners = sentence.roles.object_determiners
    for index in range(first + 1, finite):
        low = sentence.lows[index]
        if (
            (sentence.tokens[index].quote >= 0 and not _short_quote(sentence.tokens[index]))
            # a dative or accusative not governed by a preposition is no part of a subject:
            # "zu Oberösterreich, Salzburg und dem Burgenland teilte das Ministerium mit" ends a
            # fronted phrase, and the subject follows the verb (a name particle after a
            # capitalised word is part of a name: "Sein Kollege den Haan ergänzt")
            or (
                low in object_determiners
                and sentence.word_class(index - 1) != "prep"
                and not (low in lexicon.particles and sentence.is_capitalised(index - 1))
            )
            or low in lexicon.auxiliaries
            or low in lexicon.verbs
            or low in lexicon.konjunktiv
            or sentence.word_class(index) in {"pron", "sub", "verb", "neg", "time"}
        ):
            return None
    last = finite - 1
    if sentence.word_class(last) or (
        sentence.is_lower(last)
        and "-" not in sentence.lows[last]
        and not _lower_case_name(sentence, last)
    ):
        return None  # the field must end in a noun or name ("n-tv", "„Bild“", "taz")
    return Phrase(first, finite)


def _lower_case_name(sentence: _Sentence, index: int) -> bool:
    """Whether the lower-case word at ``index``, the last before the verb of a field that an
    article or a noun opens, is a name written in lower case ("Die taz berichtete", "Die
    Nachrichtenagentur dpa meldete", "Die Gewerkschaft ver.di erklärte"): after a capitalised
    word, no adjective and no word with a verb's ending ("Die Kanadier sagen"); not an adverb
    after a relative pronoun (", der genau wusste")."""
    if _lower_case_name_part(sentence, index):
        return True
    low = sentence.lows[index]
    lexicon = sentence.lexicon
    return (
        sentence.is_capitalised(index - 1)
        and not sentence.is_adjective(index)
        and not low.endswith(_FINITE_ENDINGS)
        and low not in lexicon.verbs
        and low not in lexicon.konjunktiv
    )


def _is_time(sentence: _Sentence, index: int) -> bool:
    return sentence.word_class(index) == "time"


def _coordinated_subject(sentence: _Sentence, finite: int) -> Phrase | None:
    """ "Der Sprecher dankte den Menschen und ergänzte, …": the subject that opens the sentence,
    for the second of two coordinated verbs; also one set off by commas before the first verb
    ("Einer der Putschisten, Harouna Adamou, dankte den Menschen und ergänzte, …")."""
    first = sentence.opening
    if finite < first + 3 or sentence.lows[finite - 1] not in sentence.roles.coordinators:
        return None
    if sentence.tokens[first].quote >= 0:
        return _subject_after_quotation(sentence, first, finite)
    if sentence.word_class(first) == "prep":
        # "Unter dem Motto „…“ zogen die Demonstranten durch die Stadt und skandierten …":
        # after an adverbial the subject follows the first verb.
        subject, verb = direct._subject_after_adverbial(sentence)
        if subject is None or subject.mention is None or verb >= finite - 1:
            return None
        tokens = sentence.tokens
        start = bisect.bisect_left(tokens, subject.mention.start, key=token_start)
        stop = bisect.bisect_left(tokens, subject.mention.end, key=token_start)
        return Phrase(start, stop) if stop < finite - 1 else None
    if sentence.lows[first] in sentence.roles.not_content:
        return _subject_after_clause(sentence, first, finite)
    if sentence.lows[first] in sentence.roles.object_determiners:
        return None
    clause_start = sentence.clause_start[finite - 1]
    if (
        first < clause_start < finite - 1
        and sentence.is_lower(clause_start)
        and sentence.word_class(clause_start) in {"", "verb"}
    ):
        # "Einer der Putschisten, Harouna Adamou, dankte den Menschen und ergänzte, …": the
        # first verb opens its clause after a subject set off by an apposition or a relative
        # clause, which is the subject of both verbs.
        return _subject_before_comma(sentence, clause_start)
    phrase = _phrase_after(sentence, first, finite - 1)
    if phrase is None or _is_es(sentence, phrase):
        return None
    verb = _with_phrases(sentence, phrase.stop, finite - 1)
    if (
        verb >= finite - 1
        or not sentence.is_lower(verb)
        or sentence.word_class(verb) not in {"", "verb"}
    ):
        return None
    return phrase


def _subject_after_quotation(sentence: _Sentence, quotation: int, finite: int) -> Phrase | None:
    """ "„Gar nicht so sicher?“ schrieben die Hacker und kündigten weitere Aktionen an": after a
    quotation that opens the sentence (and its comma), the first verb trails it and its subject
    follows it; that subject, right before the coordinator, is the subject of the second verb
    too (see :func:`_coordinated_subject`), whose object follows it ("weitere Aktionen")."""
    verb = quotation + 1
    if verb < finite and sentence.tokens[verb].text == ",":
        verb += 1
    if (
        verb >= finite - 2
        or not sentence.is_lower(verb)
        or sentence.lows[verb] not in (sentence.lexicon.verbs)
    ):
        return None
    phrase = _postverbal_subject(sentence, verb + 1, finite - 1)
    if phrase is None or phrase.stop != finite - 1 or _is_es(sentence, phrase):
        return None
    return phrase


def _subject_after_clause(sentence: _Sentence, first: int, finite: int) -> Phrase | None:
    """ "Als ein Fluggast zu Hilfe eilte, biss der Mann den Fluggast und rief: „…“": after an
    adverbial clause that opens the sentence, the main clause's verb comes first and its
    subject after it; that subject is the subject of a second verb coordinated with the
    first (see :func:`_coordinated_subject`)."""
    comma = sentence.clause_end[first]
    verb = comma + 1
    if (
        comma >= finite - 1
        or sentence.tokens[comma].text != ","
        or verb >= finite - 1
        or not sentence.is_lower(verb)
        or sentence.word_class(verb) not in {"", "verb"}
    ):
        return None
    phrase = _postverbal_subject(sentence, verb + 1, finite - 1)
    if phrase is None or phrase.stop >= finite - 1 or _is_es(sentence, phrase):
        return None
    return phrase


def _agent(sentence: _Sentence, finite: int, participle: int) -> Phrase | None:
    """ "wurde von der Polizei mitgeteilt": the agent of a passive verb of saying."""
    for index in range(finite + 1, participle):
        if sentence.lows[index] in sentence.roles.von:
            phrase = _phrase_after(sentence, index + 1, participle)
            if phrase is not None:
                return phrase
    return None


def _middle_subject(sentence: _Sentence, start: int, participle: int) -> Phrase | None:
    """The subject between an auxiliary and its participle, with its prepositional phrases."""
    start = _skip_adverbs(sentence, start)
    if start >= participle or sentence.lows[start] in sentence.roles.object_determiners:
        return None
    phrase = _phrase_after(sentence, start, participle)
    if phrase is None:
        return None
    end = _with_phrases(sentence, phrase.stop, participle)
    stop = _skip_adverbs(sentence, end)
    if stop != participle:
        return phrase
    return Phrase(start, _with_attached_phrases(sentence, phrase.stop, end))


def _subject_before_comma(sentence: _Sentence, clause_start: int) -> Phrase | None:
    """The subject of a verb that follows a comma, when it opened the sentence.

    "Deiss, der sich … entschlossen hatte, sagte …" (a relative clause: only "Deiss");
    "Milovan Rajevac, der Trainer Ghanas, sagte …" (an apposition: the whole phrase).
    """
    if clause_start < 2 or sentence.tokens[clause_start - 1].text != ",":
        return None
    phrase = _phrase_after(sentence, sentence.opening, clause_start)
    if phrase is None or sentence.is_quote(phrase.start):
        return None
    closed = phrase.stop - 1  # the comma that closes an apposition the phrase took
    if (
        phrase.stop < clause_start - 1
        and sentence.tokens[closed].text == ","
        and sentence.lows[phrase.stop] in sentence.roles.relative
        and _relative_reaches(sentence, phrase.stop, clause_start - 1)
    ):
        # "Jan Olsen, der Sprecher der Partei, der seit Jahren im Amt ist, sagte": the name
        # with its apposition, before a relative clause that runs up to the verb.
        return Phrase(phrase.start, closed)
    comma = _with_phrases(sentence, phrase.stop, clause_start)  # "Der Korrespondent in Paris, …"
    if comma in {clause_start, clause_start - 1}:
        return Phrase(
            phrase.start, clause_start - 1
        )  # the phrase took its apposition (and its comma)
    if comma > clause_start - 1:
        return None
    phrase = Phrase(phrase.start, comma)
    if sentence.tokens[comma].text != ",":
        return None
    if _appositions_reach(sentence, comma, clause_start - 1):
        # "Albrecht Conze, der Direktor der UN-Mission im Kongo, sagte": with its phrases
        return Phrase(phrase.start, clause_start - 1)
    if sentence.lows[comma + 1] in sentence.roles.relative and _relative_reaches(
        sentence, comma + 1, clause_start - 1
    ):
        return phrase
    # "Sadiq Khan, einer der Abgeordneten, die den Brief unterschrieben, verurteilte …": the
    # name with its apposition, before a relative clause that runs up to the verb.
    last = clause_start - 1
    for closing in range(comma + 2, last):
        if (
            sentence.tokens[closing].text == ","
            and sentence.lows[closing + 1] in sentence.roles.relative
            and _appositions_reach(sentence, comma, closing)
            and _relative_reaches(sentence, closing + 1, last)
        ):
            return Phrase(phrase.start, closing)
    return None


def _appositions_reach(sentence: _Sentence, comma: int, last_comma: int) -> bool:
    """Whether appositions set off by commas, each a noun phrase with its prepositional and
    genitive phrases, run from ``comma`` up to ``last_comma``: "Albrecht Conze, der Direktor
    der UN-Mission, sagte"; up to :data:`_MAX_INSERTS` of them, as a long subject has ("Der
    Vorsitzende der Gewerkschaft Verdi, Nachfolgeorganisation der ÖTV, Frank Bsirske,
    würdigte …"). A verb in any of them makes it a clause, not an apposition."""
    for _ in range(_MAX_INSERTS):
        apposition = _phrase_after(sentence, comma + 1, last_comma + 1)
        end = (
            _loose_apposition(sentence, comma + 1, last_comma)
            if apposition is None
            else _with_phrases(sentence, apposition.stop, last_comma + 1)
        )
        if end in {last_comma, last_comma + 1}:
            return True  # (a phrase may take the apposition after it, with its comma)
        if end > last_comma or sentence.tokens[end].text != ",":
            end = _loose_apposition(sentence, comma + 1, last_comma)
            if end == last_comma:
                return True
            if end > last_comma or sentence.tokens[end].text != ",":
                return False
        comma = end
    return False


def _relative_reaches(sentence: _Sentence, start: int, comma: int) -> bool:
    """Whether the relative clause opening at ``start`` runs up to ``comma``: every clause
    after its first one opens with a relative pronoun, a subordinator, a coordinator, an
    article, a preposition or a name ("Deiss, der …, weil …, sagte"), not with a verb ("Ein
    Tief, das … gestanden hatte, habe das Land erreicht, meldet die Behörde": the main clause
    before the trailing verb is the content, so "Ein Tief" is not the speaker)."""
    position = sentence.clause_end[start]
    while position < comma:
        following = position + 1
        if following >= comma:
            return False
        if not (
            sentence.lows[following] in sentence.roles.relative
            or sentence.lows[following] in sentence.roles.coordinators
            or sentence.word_class(following) in {"sub", "det", "prep", "conj"}
            or sentence.is_head(following)
        ):
            return False
        position = sentence.clause_end[following]
    return True


def _told_in_field(sentence: _Sentence, field: Phrase, finite: int) -> Span | None:
    """Whom the speaker of a verb-final clause told, between its subject and the verb: "wie
    eine Sprecherin gegenüber der Zeitung bestätigte", "Wie der Sprecher dem Sender mitteilte"
    (the rules of :data:`ADDRESSEE_RULES`), also past the comma closing the subject's apposition
    ("Wie Jan Olsen, ein Sprecher der Stadt, der Presse mitteilte")."""
    start = field.stop
    if start < finite and sentence.tokens[start].text == ",":
        start += 1
    told = ADDRESSEE_RULES.first(
        _Told(
            sentence=sentence,
            finite=finite,
            clause_start=start,
            clause_end=finite,
            dative_start=start,
            mention=field,
        )
    )
    return None if told is None else sentence.span(*told)


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
) -> list[Attribution]:
    """A verb-final clause: "wie die Polizei mitteilte", "nachdem er gesagt hatte, dass …"."""
    start = _skip_adverbs(sentence, first + 1)
    subject = _phrase_after(sentence, start, finite) or _bare_name(sentence, start, finite)
    if subject is None and sentence.lows[first] == "wie":
        subject = _source_after_aus(sentence, start, finite)
    if subject is None:
        return []
    subject = _without_closing_comma(sentence, subject)
    field = _with_field_phrases(sentence, subject, cue)  # the mention; the name is the subject's
    es = subject.stop - subject.start == 1 and sentence.lows[subject.start] == "es"
    attribution = Attribution(
        kind=QuoteKind.INDIRECT,
        content=sentence.span(first, first + 1),
        mention=None if es else sentence.span(*field),
        mention_words=() if es else sentence.words(*subject),
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
    if content is None:
        if sentence.lows[first] in sentence.roles.relative:
            return []  # "eine Botschaft, welche die Techniker als „…“ bezeichnete": whose subject?
        return _quoted_in_clause(sentence, attribution, subject, finite, pairs, used, opinion)
    kind, span, quotes = content
    if kind is QuoteKind.INDIRECT and first == sentence.opening:
        span = _before_main_clause(sentence, span)
    return _results(sentence, _derive(attribution, kind=kind, content=span), quotes, pairs, used)


def _quoted_in_clause(
    sentence: _Sentence,
    attribution: Attribution,
    subject: Phrase,
    finite: int,
    pairs: Sequence[QuotePair],
    used: set[int],
    opinion: bool,
) -> list[Attribution]:
    """The quotations between the subject and the verb of a verb-final clause with no content
    after it, as in a main clause ("Von einem „Eingriff“ spricht der Entwurf"): "…, weil die
    Regierung das Land als „junge Demokratie“ bezeichnet hat", "…, nachdem der Trainer die
    Entscheidung „übertrieben“ genannt hatte". Not for a verb of opinion, nor for "es"."""
    if opinion or attribution.mention is None or not sentence.quote_tokens:
        return []
    quotes = sentence.quotes(subject.stop, finite)
    if not quotes:
        return []
    direct = _derive(attribution, kind=QuoteKind.DIRECT)
    return _results(sentence, direct, quotes, pairs, used, context=QuoteContext.ATTRIBUTED)
