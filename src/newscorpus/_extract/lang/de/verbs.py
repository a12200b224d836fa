"""German verbs of saying: finding a verb cue ("sagte", "fügte … hinzu", "hatte erklärt"), its
subject (the ordered table :data:`SUBJECT_RULES`) and its content (a dass-clause, a clause in
the Konjunktiv, a quotation), and the Konjunktiv and hearsay that continue a speaker."""

from __future__ import annotations

import bisect
import functools
import re
from typing import TYPE_CHECKING, NamedTuple

import attrs

from newscorpus._extract.engine import (
    BARE_NAMER_TOKENS,
    Phrase,
    RuleTable,
    quotation_run,
    quotations_after,
    token_start,
    trailing_content,
    trailing_of,
)
from newscorpus._extract.lang.de import direct, frames
from newscorpus._extract.lang.de.phrases import (
    _MAX_ADDRESS_TOKENS,
    _WEB_ADDRESS,
    _attachment,
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
    _MIN_CONTENT_WORDS,
    _SEPARATORS,
    _SHORT_QUOTE_WORDS,
    _WORD,
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
    _indicative_verb,
    _is_capital,
    _is_es,
    _participle_like,
    _skip_adverbs,
    _verb_like,
    _verb_second,
)
from newscorpus._extract.languages import on_registry_change
from newscorpus._extract.lexicon import FormKind, VerbFlag, read_speaker_word_roles
from newscorpus._extract.quotemarks import QuoteContext, QuotePair, is_quotation
from newscorpus._extract.speakers import (
    Attribution,
    analyse_mention,
    organisation_word,
    role_or_organisation,
)
from newscorpus._model import QuoteKind, Span, SpeakerKind

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence

    from newscorpus._extract.lang.de.bundle import VerbForm, _German


_CLAUSE_ENDS = _SEPARATORS | _FINAL
_SLOGAN_REACH = 3
_QUOTE_AND_COMMA = 2  # "„…“, erinnerte sich": the quotation two tokens before the verb
_TOLL_REACH = 2  # "für die Opfer": a preposition this close before a toll noun
_ASIDE_REACH = 5  # "(wie die Zeitung gestern berichtete)": words before the verb in brackets
_BRACKET_REACH = 3  # "(Codename: „…“)", "(„A“, „B“)": tokens between "(" and a quotation
# A word shaped like a brand, product or user name, never a word of speech: a capital after a
# lower-case letter ("YouTube", "iPod") or a digit joined to letters ("Muslix64", "8Ball").
_BRAND_WORD = re.compile(r"[a-zäöüß][A-ZÄÖÜ]|[A-Za-zÄÖÜäöüß]\d|\d[A-Za-zÄÖÜäöüß]")
_MAX_PARTICLE_DISTANCE = 25
_MAX_INSERTS = 2  # comma-delimited inserts a particle search may cross
# How far into a content the scans for its end look (the work per content stays bounded).
_MAX_CONTENT_SCAN = 40
_MAX_AUX_DISTANCE = 20
_KONJUNKTIV_WINDOW = 12
# The most words a name or term set off in marks has ("„Rat für nationale Sicherheit“").
_MAX_TERM_WORDS = 5
_MAX_TOLD_SUBJECT = 4  # "sagte Bundesminister Karl von Berg der „Zeit“": the subject's words
_NAMING_REACH = 3  # "nennt sie sich selbst „…“": the reflexive verb of naming before a name
# How far back a quotation lends its speaker to hearsay ("… soll … haben").
_HEARSAY_SENTENCES = 5


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


def _scanned_tokens(sentence: _Sentence, span: Span) -> tuple[int, int]:
    """The tokens ``first:stop`` of a content ``span`` that a search for its end looks at: up to
    the sentence's last word and at most ``_MAX_CONTENT_SCAN`` of them."""
    first = bisect.bisect_left(sentence.tokens, span.start, key=token_start)
    stop = min(
        bisect.bisect_left(sentence.tokens, span.end, key=token_start),
        sentence.last,
        first + _MAX_CONTENT_SCAN,
    )
    return first, stop


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


def _results(
    sentence: _Sentence,
    attribution: Attribution,
    quotes: Sequence[int],
    pairs: Sequence[QuotePair],
    used: set[int],
    *,
    context: QuoteContext | None = None,
) -> list[Attribution]:
    """The attribution, or for a direct one the quotations among ``quotes`` it introduces.

    A direct attribution's own span is left out: only its quotations count, judged in the
    ``context`` given (explicit by default). The quotations inside other contents are found by
    :func:`_nested` once the sentence's contents are final.
    """
    if attribution.kind is not QuoteKind.DIRECT and context is None:
        return [attribution]  # its quotations are taken once contents are final (_nested)
    nested: list[Attribution] = []
    sentence_end = sentence.tokens[-1].end
    for quote in quotes:
        if quote in used or pairs[quote].close > sentence_end:
            # a quotation running on into the next paragraph is taken where it ends (one whose
            # mark is missing closes at its paragraph's end: _unclosed_after_colon)
            continue
        used.add(quote)
        if context is None:
            context = (
                QuoteContext.EXPLICIT
                if attribution.kind is QuoteKind.DIRECT
                else QuoteContext.ATTRIBUTED
            )
        judged = context
        if context is QuoteContext.ATTRIBUTED and _names_a_thing(sentence, pairs[quote]):
            judged = QuoteContext.RECENT
        if _is_quotation(sentence, pairs[quote], judged):
            nested.append(_derive(attribution, kind=QuoteKind.DIRECT, content=pairs[quote].content))
    return nested if attribution.kind is QuoteKind.DIRECT else [attribution, *nested]


def _is_quotation(sentence: _Sentence, pair: QuotePair, context: QuoteContext) -> bool:
    """:func:`is_quotation`, with German names told apart more strictly.

    A quotation after a noun for chanted or written words counts like a cue's exact content
    ("Parolen wie „Stoppt den Überwachungswahn“"). Beyond those, a single lower-case word
    without an attribution is a scare quote ("„nur“", "„fremden“"), two or three capitalised
    words are a name ("„Social Action Party“", "„Berliner Zeitung“"), and one capitalised word
    that the text also uses without marks is a name ("„Larry“" in an article about cyclone
    Larry).
    """
    if _bracketed_term(sentence, pair):
        return False
    if context is not QuoteContext.EXPLICIT and _joined_to_quotation(sentence, pair, context):
        return True
    if context is not QuoteContext.EXPLICIT:
        if _after_slogan_noun(sentence, pair):
            context = QuoteContext.EXPLICIT
        elif _names_a_title(sentence, pair, context) or _name_it_goes_by(sentence, pair):
            return False
    content = pair.content.slice(sentence.text)
    if _first_person(sentence, content):
        return True
    if not is_quotation(content, context):
        return False
    stripped = content.strip()
    if context is QuoteContext.EXPLICIT or stripped[-1] in _FINAL:
        return True
    words = stripped.split()
    if len(words) == 1 and _WEB_ADDRESS.fullmatch(stripped):
        return False  # "laut „tagesschau.de“", "auf „montagsdemo.net“": a website's name
    if len(words) == 1 and "-" not in stripped and _BRAND_WORD.search(stripped):
        # "„YouTube“", "„iPod“", "„Muslix64“", "„8Ball“": a brand or user name; a compound
        # ("„G8-Spektakel“") may be the speaker's coinage
        return False
    if context is QuoteContext.NONE and _completes_noun_phrase(sentence, pair):
        return False
    if 1 < len(words) <= _MAX_TERM_WORDS and _title_after_article(sentence, pair):
        return False
    if len(words) > _SHORT_QUOTE_WORDS:
        return True
    if not _is_capital(words[0]):
        return len(words) > 1 or context is not QuoteContext.NONE
    if len(words) > 1:
        return (
            not all(_is_capital(word) for word in words)
            or _predicate_after_als(sentence, pair, context)
            or _after_indefinite(sentence, pair, context)
        )
    if _named_after_preposition(sentence, pair) or _told_to_a_name(sentence, pair):
        return False
    return sentence.words_used is None or not sentence.words_used.unquoted(stripped)


def _joined_to_quotation(sentence: _Sentence, pair: QuotePair, context: QuoteContext) -> bool:
    """Whether quoted words follow "und", "oder" or "sowie" (and an article) right after a
    quotation of several words that counts: the two are coordinated and of one kind, the
    speaker's words ("bei Angriffen auf „den Bestand des Staates“ oder die „Grundlagen der
    Existenz“", "sprach von „offenem Verrat“ und „Wortbruch“"), however much the second one
    looks like a name or title. A one-word partner proves nothing: a gloss or term often stands
    there ("nach dem griechischen Wort für „riesig“ und „Boa“"), and coordinated names ("die
    Gemälde „Madonna“ und „Der Schrei“") are each dropped on their own."""
    index = _quote_index(sentence, pair) - 1
    if index > 0 and sentence.word_class(index) == "det":
        index -= 1
    if index < 1 or sentence.lows[index] not in sentence.roles.coordinators:
        return False
    partner = sentence.tokens[index - 1]
    if partner.quote < 0:
        return False
    # the partner's pair from its token (a typewriter-style ''…'' token has two marks a side)
    opening = partner.start + 1 if partner.text.startswith("''") else partner.start
    closing = partner.end - 2 if partner.text.endswith("''") else partner.end - 1
    earlier = QuotePair(open=opening, close=closing)
    return len(earlier.content.slice(sentence.text).split()) > 1 and _is_quotation(
        sentence, earlier, context
    )


def _first_person(sentence: _Sentence, content: str) -> bool:
    """Whether short quoted words open with a capitalised first-person pronoun and go on:
    someone speaking ("„Ich habe fertig“ ist ein geflügeltes Wort", "„Wir bleiben hart“ –
    Merkel lehnt ab"), never a name, however short."""
    words = content.split(maxsplit=1)
    return (
        len(words) > 1
        and words[0][:1].isupper()
        and words[0].lower() in sentence.roles.first_person
    )


def _bracketed_term(sentence: _Sentence, pair: QuotePair) -> bool:
    """Whether a short quotation stands in brackets, as a name, code name or translation of
    what precedes them: "die Operation „Cast Lead“ („gegossenes Blei“)", "(Codename:
    „Maelstrom“)", "(„Hartz IV“, „Rente mit 67“)". Nobody says words in brackets; a whole
    sentence there ("(„Wir kommen.“)") still counts, and so do words that qualify the noun
    after the brackets ("die so genannten („mutmaßlichen“) Täter")."""
    index = _quote_index(sentence, pair)
    tokens = sentence.tokens
    if index + 1 >= len(tokens) or tokens[index + 1].text not in {")", ","}:
        return False
    content = pair.content.slice(sentence.text).strip()
    if not content or content[-1] in _FINAL or len(content.split()) > _MAX_TERM_WORDS:
        return False
    for back in range(index - 1, max(-1, index - _BRACKET_REACH - 1), -1):
        if tokens[back].text == "(":
            # after the noun or name it names or translates; after an article or adjective
            # the quotation is part of the noun phrase ("so genannte („mutmaßliche“) Täter")
            return back > 0 and (tokens[back - 1].quote >= 0 or _is_capital(tokens[back - 1].text))
        if tokens[back].text == ")":
            return False
    return False


def _quote_index(sentence: _Sentence, pair: QuotePair) -> int:
    """The token of the quotation ``pair`` in the sentence: the last token starting at its
    opening mark or before, as a typewriter-style ''…'' token starts at the outer apostrophe,
    one before the pair's ``open`` (a quotation cut at the sentence's start is its first)."""
    return max(0, bisect.bisect_right(sentence.tokens, pair.open, key=token_start) - 1)


def _completes_noun_phrase(sentence: _Sentence, pair: QuotePair) -> bool:
    """Whether a capitalised quotation of up to five words, in a sentence without any speech,
    completes a noun phrase whose article or adjective stands outside the marks: "Vor der
    Auslosung tagte die „Confédération Européenne de Pétanque“", "Die Stadt feiert die „Woche
    des verbotenen Buches“". There the narrator names a thing; nobody is quoted. (Lower-case
    words there are as often someone's words as a term: "Eine „ernstzunehmende Spur“ führte
    die Polizei …" quotes the police.)"""
    words = pair.content.slice(sentence.text).split()
    if len(words) > _MAX_TERM_WORDS or not _is_capital(words[0]):
        return False
    index = _quote_index(sentence, pair) - 1
    if index < 0 or sentence.tokens[index].quote >= 0:
        return False
    if sentence.word_class(index) == "det":
        # not a relative pronoun (", das „schwach radioaktiv“ sei")
        return index == 0 or sentence.tokens[index - 1].text != ","
    return sentence.is_adjective(index) and sentence.lows[index] not in sentence.lexicon.auxiliaries


def _predicate_after_als(sentence: _Sentence, pair: QuotePair, context: QuoteContext) -> bool:
    """Whether capitalised quoted words follow "als" next to an attribution: what someone was
    called, not a name ("wurden als „Feinde Gottes“ hingerichtet, so die Sprachregelung",
    "bezeichnete ihn als „Großen Bruder“")."""
    index = _quote_index(sentence, pair) - 1
    return (
        context is not QuoteContext.NONE
        and index >= 0
        and sentence.tokens[index].quote < 0
        and sentence.lows[index] == "als"
    )


def _after_indefinite(sentence: _Sentence, pair: QuotePair, context: QuoteContext) -> bool:
    """Whether capitalised quoted words follow an indefinite article next to an attribution:
    the speaker's coinage, which a name does not take ("sagte, das ersetze keine „Achse
    Berlin-Paris“", "sprach von einem „Schwarzen Freitag“"); "die „Berliner Zeitung“" names."""
    index = _quote_index(sentence, pair) - 1
    return (
        context is not QuoteContext.NONE
        and index >= 0
        and sentence.tokens[index].quote < 0
        and sentence.lows[index] in sentence.roles.indefinite
    )


def _named_after_preposition(sentence: _Sentence, pair: QuotePair) -> bool:
    """Whether one capitalised quoted word follows a preposition of place or medium and an
    article, where it is the name of a newspaper, programme or thing: "sagte er gegenüber dem
    „Tagesspiegel“", "im Interview mit dem „Deutschlandfunk“", "wurden gestern im „Standard“
    veröffentlicht" (a contracted preposition counts alone). A quoted word of the speaker's
    follows a verb or "als" instead ("nannte es einen „Vertrauensbruch“", "bezeichnete ihn als
    „Wortbruch“"), an indefinite article, which a name does not take ("die Stadt werde in eine
    „Baustelle“ verwandelt"), or a preposition that names no place or medium (not one of
    ``title_prepositions``): "die Lage habe sich nach dem „Desaster“ beruhigt", "wegen der
    „Schlamperei“", "durch die „Hintertür“" are the speaker's words."""
    index = _quote_index(sentence, pair) - 1
    if index < 0 or sentence.tokens[index].quote >= 0:
        return False
    if sentence.word_class(index) == "prep":
        return sentence.lows[index] in sentence.roles.contracted_prepositions
    return (
        sentence.word_class(index) == "det"
        and sentence.lows[index] not in sentence.roles.indefinite
        and index > 0
        and sentence.lows[index - 1] in sentence.roles.title_prepositions
        and sentence.lows[index - 1] not in sentence.roles.topic_prepositions
    )


def _title_after_article(sentence: _Sentence, pair: QuotePair) -> bool:
    """Whether two to five quoted words, the first capitalised, follow a preposition of place or
    medium (``title_prepositions``) and a definite article standing apart: the name of a
    newspaper, body or thing ("In der „Bild am Sonntag“ schreibt er", "in der „Gazzetta dello
    Sport“", "wechselt in den „Rat für nationale Sicherheit“"). Someone's words there take an
    indefinite article ("von einer „Gefahr für Leib und Leben“"), none, a contracted
    preposition ("zur „Stärkung der Diplomatie“"), another preposition ("neben der
    „Datenschnüffelei in den Schulen“") or open lower-case ("in der „sozialen Frage“")."""
    index = _quote_index(sentence, pair) - 1
    return (
        index > 0
        and _is_capital(pair.content.slice(sentence.text).lstrip())
        and sentence.tokens[index].quote < 0
        and sentence.word_class(index) == "det"
        and sentence.lows[index] not in sentence.roles.indefinite
        and sentence.lows[index - 1] in sentence.roles.title_prepositions
    )


def _told_to_a_name(sentence: _Sentence, pair: QuotePair) -> bool:
    """Whether one capitalised quoted word after "dem" or "der" is whom a verb of saying right
    before it addressed, a newspaper or broadcaster (see :func:`_told_medium`)."""
    return _told_medium(sentence, _quote_index(sentence, pair) - 1)


def _told_medium(sentence: _Sentence, article: int) -> bool:
    """Whether the article "dem" or "der" at ``article`` and the quotation after it name whom a
    verb of saying right before them (and its subject) addressed, a newspaper or broadcaster:
    "sagte er der „Zeit“", "erklärte dem „Spiegel“", "sagte Müller dem „Spiegel“", "sagte der
    Minister der „Süddeutschen Zeitung“" ("sei es der „Normalfall“ gewesen" has no verb of
    saying there and quotes). After a subject with an article only the unambiguous dative "dem"
    counts, or "der" after a nominative "der" or a person, role or organisation ("betonte die
    Rolle der „Helfer“" is a genitive); a bare name takes no genitive after it."""
    lows = sentence.lows
    if (
        article < 1
        or article + 1 >= len(lows)
        or lows[article] not in sentence.roles.dative_articles
        or sentence.tokens[article + 1].quote < 0
    ):
        return False
    name = _quoted_words(sentence, article + 1)
    if not name or len(name) > _MAX_TERM_WORDS or not _is_capital(name[0]):
        return False  # a medium's name: "der „Süddeutschen Zeitung“", not "der „Szenen …“"
    verb = article - 1
    if lows[verb] in sentence.roles.subject_pronouns:
        verb -= 1
    else:
        first = verb
        while (
            first > 0
            and verb - first < _MAX_TOLD_SUBJECT
            and (sentence.is_capitalised(first) or lows[first] in sentence.lexicon.particles)
            and sentence.word_class(first) != "det"
        ):
            first -= 1
        if first < verb and sentence.word_class(first) == "det":
            if not (
                lows[article] == "dem"
                or lows[first] in sentence.roles.nominative
                or _names_someone_by_words(sentence, Phrase(first, verb + 1))
            ):
                return False
            first -= 1
        verb = first
    return verb >= 0 and lows[verb] in sentence.lexicon.verbs and sentence.is_lower(verb)


def _quoted_words(sentence: _Sentence, index: int) -> list[str]:
    """The words between the marks of the quotation token at ``index`` (a typewriter-style
    ''…'' token has two marks a side)."""
    text = sentence.tokens[index].text
    marks = 2 if text.startswith("''") else 1
    return text[marks:-marks].split()


def _names_someone_by_words(sentence: _Sentence, phrase: Phrase) -> bool:
    """Whether a noun phrase names a person or organisation by its words ("die Ministerin",
    "die Polizei"; not "eine Untersuchung", "die Rolle")."""
    info = analyse_mention(sentence.words(*phrase), language="de")
    return info is not None and info.kind in {SpeakerKind.PERSON, SpeakerKind.ORGANISATION}


def _after_slogan_noun(sentence: _Sentence, pair: QuotePair) -> bool:
    """Whether a quotation follows a noun for chanted or written words: "skandierten Parolen wie
    „Stoppt den Überwachungswahn“", "mit der Aufschrift „Kritik = Terror“"."""
    index = _quote_index(sentence, pair) - 1
    stop = max(-1, index - _SLOGAN_REACH)
    while index > stop and sentence.lows[index] in sentence.roles.slogan_links:
        index -= 1
    return index >= 0 and sentence.lows[index] in sentence.roles.slogan_nouns


def _names_a_title(sentence: _Sentence, pair: QuotePair, context: QuoteContext) -> bool:
    """Whether a quotation is a name, title or term by its context, not a quotation: after a
    noun for a named thing ("das Buch „…“", "unter dem Motto „…“", "die Organisation „…“",
    compounds too: "des Wochenmagazins „profil“"), as the first part of a compound ("der
    „Tatort“-Kommissar"), or after "so genannte" ("der so genannte „Störfall“") where no
    attribution makes it someone's words ("sagte, die so genannten „Altlasten“ …" quotes).
    Words opening with a lower-case Konjunktiv or auxiliary after such a noun are its
    predicate in reported speech, no name: "sagte, die Fraktion „stehe geschlossen“ hinter
    ihr", "die Initiative „sei gescheitert“"."""
    text = sentence.text
    close = pair.close + 1
    if close + 1 < len(text) and text[close] == "-" and text[close + 1].isalnum():
        return True
    index = _quote_index(sentence, pair) - 1
    if index < 0:
        return False
    low = sentence.lows[index]
    if low in sentence.roles.term_markers:
        return context is not QuoteContext.ATTRIBUTED
    return (
        sentence.is_capitalised(index)
        and low.endswith(sentence.lexicon.title_noun_endings)
        and not _opens_with_konjunktiv(sentence, pair)
    )


def _opens_with_konjunktiv(sentence: _Sentence, pair: QuotePair) -> bool:
    """Whether quoted words open with a lower-case Konjunktiv ("stehe", "müsse") or a finite
    auxiliary ("sei", "habe"): a predicate, never a name."""
    first = pair.content.slice(sentence.text).split(maxsplit=1)
    if not first or not first[0][:1].islower():
        return False
    word = first[0].rstrip(",;:")
    lexicon = sentence.lexicon
    return (
        word in lexicon.konjunktiv
        or word in lexicon.konjunktiv_two
        or lexicon.word_class.get(word) == "verb"
    )


def _name_it_goes_by(sentence: _Sentence, pair: QuotePair) -> bool:
    """Whether a quotation is the name a thing goes by: with a reflexive verb of naming ("die
    sich selbst „Rat für Demokratische Reform“ nennt", "Dann nennt sie sich „documenta 12“")
    or after "als" before "bekannt" ("das als „Dschungel von Calais“ bekannte Lager", "wurde
    als „Polizistenmord von Heilbronn“ bekannt"). Nobody is quoted there; "nannte die Reform
    „absurd“" has no reflexive and quotes, and "nannte sich einen „Pragmatiker“" describes with
    an article."""
    index = _quote_index(sentence, pair)
    lows = sentence.lows
    roles = sentence.roles
    following = lows[index + 1] if index + 1 < len(lows) else ""
    if index > 0 and lows[index - 1] == "als" and following in roles.known_as:
        return True
    window = lows[max(0, index - _NAMING_REACH) : index]
    if roles.reflexive.isdisjoint(window) or (index > 0 and lows[index - 1] in roles.indefinite):
        return False  # "nannte sich einen „Pragmatiker“" describes: the speaker's word
    verbs = sentence.lexicon.verbs
    return any(
        form.lemma in roles.self_naming_verbs
        for low in (*window, following)
        for form in verbs.get(low, ())
    )


def _names_a_thing(sentence: _Sentence, pair: QuotePair) -> bool:
    """Whether a quotation stands right after a noun, as the name of what the noun says:
    "die Organisation „Reporter ohne Grenzen“", "die Mission „Shenzhou 6“"."""
    index = _quote_index(sentence, pair)
    return 0 < index < len(sentence.tokens) and sentence.is_head(index - 1)


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
        VerbFlag.RELAY in form.flags
        for part in cue
        for form in verbs.get(part.slice(sentence.text).lower(), ())
    ):
        return None
    for index in range(subject.start + 1, subject.stop - 1):
        if sentence.lows[index] in sentence.roles.von:
            return _phrase_after(sentence, index + 1, subject.stop)
    return None


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


def _before_main_clause(sentence: _Sentence, span: Span) -> Span:
    """The content of a verb-final clause that opens the sentence, up to the main clause after
    it: "Nachdem er gesagt hatte, dass er zurücktreten werde, kam es zu Protesten" ends before
    ", kam": after a leading subordinate clause the main clause opens with its finite verb, a
    lower-case word that is no function word."""
    tokens = sentence.tokens
    first, stop = _scanned_tokens(sentence, span)
    for index in range(first + 1, stop - 1):
        if (
            tokens[index].text == ","
            and sentence.is_lower(index + 1)
            and not sentence.word_class(index + 1)
            and not sentence.is_adjective(index + 1)
        ):
            return sentence.span(first, index)
    return span


def _before_finite_verb(sentence: _Sentence, span: Span) -> Span:
    """A dass/ob/w-clause content up to the main clause it opens: "Die Sorge, dass die Räume
    vermietet werden, wurde bestätigt" ends before ", wurde", a comma and a finite verb the
    lexicons know (an auxiliary, a modal, a Konjunktiv or a verb of saying) in lower case;
    ", die restlichen fünf Prozent könnten …" goes on."""
    tokens = sentence.tokens
    lexicon = sentence.lexicon
    first = bisect.bisect_left(tokens, span.start, key=token_start)
    stop = min(bisect.bisect_left(tokens, span.end, key=token_start), first + _MAX_CONTENT_SCAN)
    for index in range(first + 1, stop - 1):
        if tokens[index].text != "," or not sentence.is_lower(index + 1):
            continue
        low = sentence.lows[index + 1]
        if (
            low in lexicon.auxiliaries
            or low in lexicon.konjunktiv
            or low in lexicon.konjunktiv_two
            or low in lexicon.verbs
        ):
            return sentence.span(first, index)
    return span


def _outside_clause(sentence: _Sentence, clause_start: int, clause_end: int) -> Span | None:
    """The rest of the sentence around a framing clause that opens or closes it; a clause
    right after a colon or semicolon opens what follows it ("Hinzu kommt: Wie sich ergab, …")."""
    if sentence.opening >= clause_start or sentence.tokens[clause_start - 1].text in {":", ";"}:
        start = clause_end + 1
        return sentence.span(start, sentence.last) if start < sentence.last else None
    if clause_end >= sentence.last:
        stop = clause_start - 1 if sentence.tokens[clause_start - 1].text == "," else clause_start
        return sentence.span(0, stop) if stop > 0 else None
    start = sentence.clause_start[clause_start]
    if _second_main_clause(sentence, start, clause_start):
        return sentence.span(start, sentence.last)
    return sentence.span(0, sentence.last)


def _second_main_clause(sentence: _Sentence, start: int, frame: int) -> bool:
    """Whether the clause from ``start`` to a framing phrase at ``frame`` is a main clause
    joined by a comma to a main clause before it, so that the phrase frames only its own
    clause: "Der Flughafen ist wieder offen, jedoch ist laut ZDF fraglich, ob …", "Die Häfen
    bleiben gesperrt, lediglich der Haupthafen wurde nach Angaben der Behörde freigegeben",
    "Der Absturz wird am Freitag erwartet, kann nach Angaben des Betreibers aber auch …". Both
    clauses hold a finite verb before the phrase; the one before opens with no relative pronoun
    or subordinator ("Der Minister, der gestern kam, hat laut Reuters …" is one clause), and no
    subordinate clause opens the sentence ("Weil es regnete, fiel laut Polizei …")."""
    tokens = sentence.tokens
    if start <= sentence.opening + 1 or tokens[start - 1].text != ",":
        return False
    before = sentence.clause_start[start - 2]
    if (
        sentence.word_class(sentence.opening) == "sub"
        or sentence.word_class(before) == "sub"
        or (before > sentence.opening and sentence.lows[before] in sentence.roles.relative)
    ):
        return False
    return _finite_between(sentence, start, frame) and _finite_between(sentence, before, start - 1)


def _finite_between(sentence: _Sentence, start: int, stop: int) -> bool:
    """Whether a finite verb stands in ``start:stop``: an auxiliary, a Konjunktiv, or a word
    :func:`_indicative_verb` takes for an indicative form ("bleiben", "wurde")."""
    lexicon = sentence.lexicon
    for position in range(start, stop):
        low = sentence.lows[position]
        if sentence.is_lower(position) and (
            low in lexicon.auxiliaries
            or low in lexicon.konjunktiv
            or _indicative_verb(sentence, position)
        ):
            return True
    return False


def _framed_main_clause(sentence: _Sentence, first: int, after: int) -> Span | None:
    """The main clause that holds a framing phrase starting at ``first`` (its source ending
    before ``after``) when it is set off from the narrator's clause before it by a semicolon, a
    colon or a bracket: "Die Veranstalter schätzten 2.000 Teilnehmer; nach Polizeiangaben waren
    es 1.000", "(nach anderen Angaben liegt die Stadt 46 Kilometer entfernt)". Only that clause
    is the source's, without the phrase when it opens the clause. None when no such mark sets
    it off."""
    tokens = sentence.tokens
    start = sentence.clause_start[first]
    stop = min(sentence.clause_end[first], sentence.last)
    for index in range(first - 1, start - 1, -1):
        if tokens[index].text == ")":
            break
        if tokens[index].text == "(":
            stop = next(
                (number for number in range(first + 1, stop) if tokens[number].text == ")"), -1
            )
            start = index + 1
            break
    else:
        if start == 0 or tokens[start - 1].text not in {";", ":"}:
            return None
    if start == first:
        start = after + 1 if after < len(tokens) and tokens[after].text == "," else after
    return sentence.span(start, stop) if start < stop else None


def _framed_clause(sentence: _Sentence, first: int) -> Span | None:
    """The subordinate clause that holds a framing phrase starting at ``first``: ", die nach
    Aussagen der Organisationen nicht betroffen sind", ", weil die Mission nach Angaben der UN
    überfordert ist". None for a phrase in a main clause."""
    start = sentence.clause_start[first]
    if start == 0 or start >= first or sentence.tokens[start - 1].text != ",":
        return None
    low = sentence.lows[start]
    opener = (
        low in sentence.roles.relative
        or sentence.word_class(start) == "sub"
        or low in sentence.roles.not_content
    )
    if not opener and sentence.word_class(start) == "prep" and start + 1 < first:
        following = sentence.lows[start + 1]
        opener = (
            following in sentence.roles.relative
            or following in sentence.roles.relative_after_preposition
        )
    if not opener or low == "wie":
        return None
    stop = min(sentence.clause_end[first], sentence.last)
    return sentence.span(start, stop) if stop > first else None


def _nested(
    sentence: _Sentence, found: list[Attribution], pairs: Sequence[QuotePair], used: set[int]
) -> list[Attribution]:
    """The quotations inside indirect, free indirect and reported contents, as direct quotes of
    the same speaker ("Merkel sagte, der Plan sei „absurd“")."""
    nested: list[Attribution] = []
    if not sentence.quote_tokens:
        return nested
    for attribution in found:
        if attribution.kind is not QuoteKind.DIRECT:
            quotes = _quotes_within(sentence, attribution.content)
            if not quotes:
                continue
            nested.extend(
                _results(
                    sentence,
                    _derive(attribution, kind=QuoteKind.DIRECT),
                    quotes,
                    pairs,
                    # a relayed attribution repeats the quotations its person was given
                    used - set(quotes) if attribution.relayed else used,
                    context=QuoteContext.ATTRIBUTED,
                )
            )
    return nested


def _without_quoted_reports(
    sentence: _Sentence, found: list[Attribution], nested: list[Attribution]
) -> list[Attribution]:
    """``found`` without the reported speech of a naming verb that holds a quotation: in "Der
    Verbandschef nannte die Reform „absurd“." or "bezeichnete die Pläne als „Wortbruch“" the
    quoted label is what was said, and the sentence around it is no second quotation."""
    return [
        attribution
        for attribution in found
        if attribution.kind is not QuoteKind.REPORTED
        or not _names_with_a_label(sentence, attribution)
        or not any(
            attribution.content.start <= quote.content.start
            and quote.content.end <= attribution.content.end
            for quote in nested
        )
    ]


def _names_with_a_label(sentence: _Sentence, attribution: Attribution) -> bool:
    """Whether an attribution's cue is a verb of naming (`naming_verbs`: "nannte",
    "bezeichnete", "wird … bezeichnet")."""
    verbs, naming = sentence.lexicon.verbs, sentence.roles.naming_verbs
    return any(
        form.lemma in naming
        for part in attribution.cue
        for form in verbs.get(part.slice(sentence.text).lower(), ())
    )


def _quotes_within(sentence: _Sentence, span: Span) -> list[int]:
    quotes: list[int] = []
    tokens = sentence.tokens
    numbers = sentence.quote_tokens
    for position in range(bisect.bisect_left(sentence.quote_starts, span.start), len(numbers)):
        token = tokens[numbers[position]]
        if token.end > span.end:
            break
        quotes.append(token.quote)
    return quotes


def _content_after(
    sentence: _Sentence,
    separator: int,
    *,
    opinion: bool,
    plain: bool = True,
) -> tuple[QuoteKind, Span, list[int]] | None:
    """The content that follows a verb of saying from the clause boundary ``separator`` on.

    A quotation (after a colon, a comma or nothing), a dass-clause, a colon, or a clause in the
    Konjunktiv or with zu and an infinitive; with ``plain`` (and not for opinion verbs) any
    main clause of three words or more. A short quotation that opens a clause ("sagte,
    „No-Go-Areas“ dürfe es nicht geben") is part of it.
    """
    tokens = sentence.tokens
    last = sentence.last
    if separator >= last:
        return None
    if tokens[separator].quote >= 0:
        mark = tokens[separator]
        if not _names_a_title(
            sentence, QuotePair(open=mark.start, close=mark.end - 1), QuoteContext.NONE
        ):
            return _direct_run(sentence, separator)
        # "berichtete im Fachmagazin „Public Library of Science“, es sei …": a title, not the
        # words said; the content follows it, also after a bracketed short name ("(„PLoS“)")
        separator += 1
        if separator < last and tokens[separator].text == "(":
            separator = next(
                (index + 1 for index in range(separator, last) if tokens[index].text == ")"),
                last,
            )
        if separator >= last:
            return None
    if tokens[separator].text not in {",", ":"}:
        return None
    start = separator + 1
    if start >= last:
        return None
    if tokens[start].quote >= 0 and not _opens_clause(sentence, start):
        return _direct_run(sentence, start)
    low = sentence.lows[start]
    span = sentence.span(start, _before_colon_quote(sentence, start))
    if tokens[separator].text == ":" and not opinion:
        return QuoteKind.INDIRECT, span, []
    if low in sentence.roles.complementizers:
        return QuoteKind.INDIRECT, _before_finite_verb(sentence, span), []
    if (
        start + 1 < last
        and sentence.lows[start + 1] == "dass"
        and low + "dass" in (sentence.roles.not_content)
    ):
        return None  # "meldete einen Schaden, so dass …": a result, like "sodass"
    if (
        low in sentence.roles.not_content or sentence.word_class(start) == "sub"
    ) and not _verb_second(sentence, start):
        return None
    end = sentence.clause_end[start]
    if _prepositional_relative(sentence, start):
        return None
    if (
        _has_konjunktiv(sentence, start, min(end, start + _KONJUNKTIV_WINDOW))
        or _infinitive(sentence, start, min(end, last))
        or _konjunktiv_after_relative(sentence, end)
    ):
        return QuoteKind.INDIRECT, span, []
    if (
        opinion
        or not plain
        or end - start < _MIN_CONTENT_WORDS
        or _relative_clause(sentence, start)
        or _speaks_itself(sentence, start, end)
    ):
        return None
    return QuoteKind.INDIRECT, span, []


def _speaks_itself(sentence: _Sentence, start: int, end: int) -> bool:
    """Whether the main clause ``start:end`` after a comma is its own subject's attribution, not
    the content of the verb before it: a noun phrase, then a verb of saying in the indicative
    ("Klose nannte den Platzverweis „überzogen“, Trainer Löw bezeichnete die Karten als …"); or
    a verb of saying in the indicative that opens the sentence's last clause: a trailing
    attribution that takes the clause before it ("Der Arzt stellte schwere Verletzungen –
    vermutlich durch ein Messer – fest, berichtete die Polizei.") or a second predicate of the
    subject ("Die Rebellen bestreiten das, beharren aber auf …")."""
    if end >= sentence.last and _finite_saying(sentence, start):
        # a second predicate of the subject before ("bestreiten …, beharren aber auf …") or a
        # trailing attribution; only after an attribution set off by commas ("Das neue Gesetz,
        # sagte Guo, nennt Gewalt ein Verbrechen") does a verb-first clause go on with the
        # sentence, unless only its speaker follows it
        return not _after_inserted_attribution(sentence, start) or _only_speaker_after(
            sentence, start + 1, end
        )
    phrase = _phrase_after(sentence, start, end)
    if phrase is None or phrase.stop >= end or not sentence.is_lower(phrase.stop):
        return False
    return _finite_saying(sentence, phrase.stop)


def _trailed_by_attribution(sentence: _Sentence, separator: int) -> bool:
    """Whether a trailing attribution follows the comma ``separator`` that closes a verb's
    clause ("Die Lücke weist auf Planeten hin, sagt van der Marel."): the clause is its
    content, no reported speech of its own."""
    start = separator + 1
    if start >= sentence.last or sentence.tokens[separator].text != ",":
        return False
    end = sentence.clause_end[start]
    return (
        end >= sentence.last
        and _finite_saying(sentence, start)
        and _only_speaker_after(sentence, start + 1, end)
    )


def _after_inserted_attribution(sentence: _Sentence, start: int) -> bool:
    """Whether the clause before the comma before ``start`` is an attribution set off by
    commas: it opens with a finite verb of saying right after a comma (", sagte Guo,")."""
    if start < 2:
        return False
    opening = sentence.clause_start[start - 2]
    return (
        opening > 0
        and sentence.tokens[opening - 1].text == ","
        and _finite_saying(sentence, opening)
    )


def _only_speaker_after(sentence: _Sentence, start: int, end: int) -> bool:
    """Whether the tokens ``start:end`` after a verb of saying hold only its subject with
    adverbs and prepositional phrases ("berichtete die Polizei am Montag in Wien", "sagte er
    dazu"), as a trailing attribution does; not a second object ("nennt Gewalt in der Familie
    ein Verbrechen" goes on with the sentence)."""
    end = min(end, sentence.last)  # without the final stop
    phrase = _postverbal_subject(sentence, start, end)
    if phrase is None:
        return False
    index = phrase.stop
    for _ in range(_MAX_PHRASE):  # each step passes a word or a phrase: the work is bounded
        if index >= end:
            return True
        word_class = sentence.word_class(index)
        if word_class in {"adv", "time"}:
            index += 1
        elif word_class == "prep" and index + 1 < end:
            following = _attachment(sentence, index + 1, end)
            index = index + 1 if following is None else following
        else:
            return False
    return False


def _finite_saying(sentence: _Sentence, index: int) -> bool:
    """Whether the lower-case word at ``index`` is a finite verb of saying in the indicative."""
    if not sentence.is_lower(index):
        return False
    forms = sentence.lexicon.verbs.get(sentence.lows[index], ())
    return any(form.kind is FormKind.FINITE and not form.konjunktiv for form in forms)


def _konjunktiv_after_relative(sentence: _Sentence, comma: int) -> bool:
    """Whether a relative clause after the ``comma`` that closes a content's subject is followed
    by the content's verb in the Konjunktiv: "meldet, die Journalistin, die wochenlang
    entführt war, habe die Angaben bezweifelt" (the subject, its relative clause, then the
    verb right after the comma that closes it)."""
    last = sentence.last
    tokens = sentence.tokens
    if comma + 1 >= last or tokens[comma].text != ",":
        return False
    if sentence.lows[comma + 1] not in sentence.roles.relative:
        return False
    close = sentence.clause_end[comma + 1]
    if close + 1 >= last or tokens[close].text != ",":
        return False
    low = sentence.lows[close + 1]
    lexicon = sentence.lexicon
    return sentence.is_lower(close + 1) and (
        low in lexicon.konjunktiv or low in lexicon.konjunktiv_two
    )


def _before_colon_quote(sentence: _Sentence, start: int) -> int:
    """Where an indirect content from ``start`` ends: at the sentence's last word, before a
    semicolon (the narrator's next clause), or before a
    colon that introduces a quotation ("sagte, nicht alle würden zustimmen: „Ich gehe davon
    aus, …“"), which is a direct quote of its own."""
    # Both searches bisect lists the sentence builds once: scanning from ``start`` on every call
    # made a long sentence with many cues quadratic.
    last = sentence.last
    colon_quotes = sentence.colon_quotes()
    position = bisect.bisect_right(colon_quotes, start + 1)
    if position < len(colon_quotes) and colon_quotes[position] < last:
        last = colon_quotes[position] - 1
    semicolons = sentence.semicolons()
    position = bisect.bisect_right(semicolons, start)
    if position < len(semicolons) and semicolons[position] < last:
        return semicolons[position]
    return last


def _runs_on_after_colon(sentence: _Sentence, colon: int, pairs: Sequence[QuotePair]) -> bool:
    """Whether the colon at ``colon`` opens a quotation that runs on over the paragraph's end:
    "Die Ministerin sagte: „Wir bleiben hart.⏎„Wir geben nicht nach.“" (German typography
    reopens the mark at each new paragraph and closes it only at the end). The colon announces
    the speaker of the quotation, which is taken where it closes, as after a colon that ends
    the sentence (:func:`_announced_before`). A quotation whose closing mark is missing ends
    at its paragraph's end (:func:`_unclosed_after_colon`) and does not run on."""
    tokens = sentence.tokens
    if colon + 2 != len(tokens):
        return False
    quote = tokens[colon + 1].quote
    return quote >= 0 and pairs[quote].close > tokens[colon + 1].end


def _prepositional_relative(sentence: _Sentence, start: int) -> bool:
    """ ", auf die es die Terroristen abgesehen hatten", ", mit dem die Bevölkerung …": a
    preposition, a relative pronoun and a lower-case word open a relative clause, never a
    content (", mit dem Geld werde man …" has a noun after the article)."""
    if sentence.word_class(start) != "prep" or start + 2 >= sentence.last:
        return False
    following = sentence.lows[start + 1]
    roles = sentence.roles
    return (
        following in roles.relative or following in roles.relative_after_preposition
    ) and sentence.is_lower(start + 2)


def _opens_clause(sentence: _Sentence, index: int) -> bool:
    """Whether the quotation token ``index`` is a word of the clause it opens: short, and
    followed by more words of that clause ("„No-Go-Areas“ dürfe es nicht geben")."""
    following = index + 1
    return (
        not sentence.separator[index]
        and following < sentence.last
        and sentence.tokens[following].quote < 0
        and not sentence.separator[following]
    )


def _relative_clause(sentence: _Sentence, start: int) -> bool:
    """ ", die seit 2005 im Amt ist": a relative pronoun, not an article before its noun; one in
    the genitive before its noun too (", dessen Verkündung am Montag begann")."""
    if sentence.lows[start] not in sentence.roles.relative or start + 1 >= len(sentence.tokens):
        return False
    if sentence.lows[start] in sentence.roles.genitive_relative:
        return True
    return sentence.is_lower(start + 1) and not sentence.is_adjective(start + 1)


def _direct_run(sentence: _Sentence, start: int) -> tuple[QuoteKind, Span, list[int]]:
    """The quote-only content from ``start`` on (:func:`quotation_run`): the quotations while
    only commas and colons stand between them."""
    stop = quotation_run(sentence, start, sentence.last)
    return QuoteKind.DIRECT, sentence.span(start, stop), sentence.quotes(start, stop)


def _content_before(
    sentence: _Sentence, separator: int
) -> tuple[QuoteKind, Span, list[int]] | None:
    """The content before a trailing attribution ("…, sagte Putin."), ending at ``separator``:
    the engine's :func:`trailing_content`, from where the attribution before it in the sentence
    ends, unless it is an adverbial (:func:`_adverbial_opening`). A colon before it ends the
    narrator's words: "Die Richterin blieb hart: Eine Strafe sei nötig, so die Anwältin." has
    the content "Eine Strafe sei nötig"."""
    found = trailing_content(
        sentence,
        separator,
        trailing_of("de"),
        start=sentence.region_start,
        not_content=_adverbial_opening,
    )
    if found is None:
        return None
    kind, first, stop = found
    if kind is QuoteKind.DIRECT:
        return _direct_run(sentence, first)
    if ":" in sentence.lows[first:stop]:
        colon = stop - 1 - sentence.lows[first:stop][::-1].index(":")
        if colon + 1 < stop:
            first = colon + 1
    return kind, sentence.span(first, stop), sentence.quotes(first, stop)


def _quotes_after(sentence: _Sentence, position: int) -> list[int]:
    """The quotations after a trailing attribution ("„A“, sagte sie, „B.“"), from the clause
    boundary ``position`` on: the engine's :func:`quotations_after`."""
    stop = quotations_after(sentence, position, sentence.last, trailing_of("de"))
    return [] if stop is None else sentence.quotes(position, stop)


def _adverbial_opening(sentence: _Sentence, start: int, stop: int) -> bool:
    """Whether what stands before a trailing verb is no content but an adverbial: a clause
    opening with a subordinating conjunction ("Da ein Rückflug nicht möglich war, entschied der
    Pilot …", "Als der Zug hielt, erklärte …") or a prepositional phrase set off with its
    relative clause ("In seiner Rede, die … verlesen wurde, mahnte …")."""
    first = _skip_leading(sentence, start)
    if first >= stop:
        return False
    low = sentence.lows[first]
    if low in sentence.roles.complementizers:
        return False  # "Ob das reicht, fragte …": a content clause
    if low in sentence.roles.not_content or sentence.word_class(first) == "sub":
        if sentence.word_class(first) == "prep":
            end = _attachment(sentence, first + 1, stop)
            if end is not None and end < stop and _verb_second(sentence, end - 1):
                # "Während der Feiertage sollen die Streiks ruhen, so X": a preposition and
                # its phrase before an auxiliary open a main clause, not a subordinate one
                return False
        # Only the subordinate clause itself ("Wenn wir nicht handeln, wird es teuer, sagte
        # er" has a main clause after it: content), and not a main clause in the Konjunktiv
        # opening with a preposition ("Bis ins hohe Alter sei sie rege gewesen, so …").
        return sentence.clause_end[first] >= stop and not _has_konjunktiv(
            sentence, first, min(stop, first + _MAX_CONTENT_SCAN), only_first=True
        )
    if sentence.word_class(first) != "prep":
        return False
    end = _attachment(sentence, first + 1, stop)
    return (
        end is not None
        and end + 1 < stop
        and sentence.tokens[end].text == ","
        and sentence.lows[end + 1] in sentence.roles.relative
    )


def _has_konjunktiv(
    sentence: _Sentence, start: int, stop: int, *, only_first: bool = False
) -> bool:
    """Whether a finite verb in the Konjunktiv stands among the tokens ``start:stop``.

    With ``only_first`` the Konjunktiv II ("würde", "könnte"), common in plain narration, does
    not count. See :func:`_konjunktiv`.
    """
    first, second = _konjunktiv(sentence, start, stop)
    return first or (second and not only_first)


def _konjunktiv(sentence: _Sentence, start: int, stop: int) -> tuple[bool, bool]:
    """Whether the tokens ``start:stop`` hold a Konjunktiv I and a Konjunktiv II verb.

    Known forms count ("sei", "habe", "könne"; "würde", "wäre"), and so do a lower-case word in
    -e right after a subject and not before a noun ("Nordkorea besitze seiner Meinung nach …")
    and "soll" with a perfect infinitive ("soll … gesagt haben").
    """
    lexicon = sentence.lexicon
    lows = sentence.lows
    window = lows[start:stop]
    first = second = False
    if not lexicon.konjunktiv.isdisjoint(window):
        first = any(
            lows[index] in lexicon.konjunktiv and sentence.is_lower(index)
            for index in range(start, stop)
        )
    if not lexicon.konjunktiv_two.isdisjoint(window):
        second = any(
            lows[index] in lexicon.konjunktiv_two and sentence.is_lower(index)
            for index in range(start, stop)
        )
    if first:
        return first, second
    reportive, word_class = sentence.roles.reportive, lexicon.word_class  # read once per window
    for index in range(start, stop):
        low = lows[index]
        if low in reportive:
            if _reportive(sentence, index):
                return True, second
            continue
        if (
            low.endswith("e")
            and not low.endswith("te")
            and len(low) > 3
            and index > start
            and low not in word_class
            and sentence.is_lower(index)
            and (sentence.is_head(index - 1) or lows[index - 1] in sentence.roles.subject_pronouns)
            and (index + 1 >= len(lows) or not _noun_follows(sentence, index + 1))
        ):
            return True, second
    return False, second


def _hypothetical(lexicon: _German, words: Iterable[str]) -> bool:
    """Whether every Konjunktiv II among ``words`` is a modal verb in the singular ("könnte",
    "müsste", "dürfte"). The singular has a Konjunktiv I of its own ("könne"), so without one
    such a sentence weighs what might or must happen ("Die Maßnahme könnte sich als nötig
    erweisen", "Im Falle eines Stopps müsste EADS … zurückzahlen"): the narrator's words, not
    the last speaker's. The plural stands in for a Konjunktiv I that looks like the indicative
    ("sie müssten selbst für Ordnung sorgen") and counts."""
    modal, auxiliaries = lexicon.roles.modal, lexicon.auxiliaries
    return all(
        word in modal and auxiliaries.get(word, ("", ""))[0] == "sg"
        for word in words
        if word in lexicon.konjunktiv_two
    )


def _reported_plan(sentence: _Sentence, konjunktiv: tuple[bool, bool]) -> tuple[bool, bool]:
    """``konjunktiv`` with "soll"/"sollen" counted like a Konjunktiv II: right after a
    quotation a sentence with the modal goes on reporting the speaker's plan or claim ("Der
    Verband forderte, den Verein zu bestrafen. Er soll in die dritte Liga absteigen."), as
    free indirect speech; elsewhere it is plain narration. The modal must stand in the
    sentence's first clause, where it is the main verb's ("Das Projekt wird aus der Maut
    bezahlt, die erhöht werden soll." is narration)."""
    if konjunktiv[1]:
        return konjunktiv
    reportive = sentence.roles.reportive
    stop = sentence.clause_end[0]
    if any(low in reportive for low in sentence.lows[:stop]):
        return konjunktiv[0], True
    return konjunktiv


def _plan_in_main_clause(piece: str, words: set[str], lexicon: _German) -> bool:
    """:func:`_reported_plan` for a sentence only screened: "soll"/"sollen" before its first
    comma (not in a relative clause: "…, das aus der Maut finanziert werden soll")."""
    if lexicon.roles.reportive.isdisjoint(words):
        return False
    return not lexicon.roles.reportive.isdisjoint(_WORD.findall(piece.split(",", 1)[0]))


def _konjunktiv_alone(sentence: _Sentence) -> bool:
    """Whether a sentence has a known Konjunktiv I form ("sei", "habe", "könne") written in lower
    case in its first clause, and no first-person pronoun: then it reports someone's account even
    far from any quotation. With "ich" or "wir" (an interview's answer: "Ihren Fragen stelle ich
    eine Einschätzung voran") a form in -e is the indicative; after a comma the Konjunktiv is the
    content of a verb the lexicon does not know ("Der Minister raunte, die Lage sei ernst"), not
    a whole sentence of reported speech."""
    lows = sentence.lows
    if not sentence.roles.first_person.isdisjoint(lows):
        return False
    konjunktiv = sentence.lexicon.konjunktiv
    return any(
        lows[index] in konjunktiv and sentence.is_lower(index)
        for index in range(sentence.clause_end[0])
    )


def _konjunktiv_alone_piece(piece: str, words: set[str], lexicon: _German) -> bool:
    """:func:`_konjunktiv_alone` for a sentence only screened (its first clause: the words before
    its first comma): ``words`` as written, plus its first word in lower case, which a capitalised
    opening ("Versuche, den Mann zu beruhigen, …") does not make a verb."""
    if not lexicon.roles.first_person.isdisjoint(words):
        return False
    match = _WORD.search(piece)
    opening = match.group() if match is not None else ""
    clause = set(_WORD.findall(piece.split(",", 1)[0]))
    return any(form != opening.lower() or form == opening for form in lexicon.konjunktiv & clause)


def _reportive_piece(piece: str, words: set[str], lexicon: _German) -> bool:
    """Whether a screened-out sentence reports hearsay: "soll"/"sollen" with a perfect
    infinitive at its end ("Der Fahrer soll zu schnell gewesen sein.")."""
    if lexicon.roles.reportive.isdisjoint(words):
        return False
    before, _, last_word = piece.rstrip(" .!?…\n").rpartition(" ")
    participle = before.rpartition(" ")[2]
    return last_word in lexicon.roles.perfect_infinitive and _participle_like(participle, lexicon)


def _reportive_sentence(sentence: _Sentence) -> bool:
    """Whether a tokenized sentence reports hearsay with "soll … haben/sein" (see
    :func:`_reportive`) and a participle before the auxiliary."""
    reportive = sentence.roles.reportive
    last = sentence.last
    if last < 2 or not _participle_like(sentence.tokens[last - 2].text, sentence.lexicon):
        return False
    return any(
        low in reportive and _reportive(sentence, index)
        for index, low in enumerate(sentence.lows[:last])
    )


def _reported_hearsay(start: int, end: int, state: _State) -> Attribution:
    """ "Ein vierter Mann soll den Tätern geholfen haben.": reportive "sollen" marks the
    sentence as someone's account even without a cue; it is free indirect speech of the last
    speaker when a quotation was found up to five sentences before, else of nobody named."""
    return Attribution(
        kind=QuoteKind.FREE_INDIRECT,
        content=Span(start=start, end=end),
        inherit=state.found_within(_HEARSAY_SENTENCES),
    )


def _noun_follows(sentence: _Sentence, index: int) -> bool:
    while index < len(sentence.lows) and sentence.is_adjective(index):
        index += 1
    return index < len(sentence.lows) and sentence.is_capitalised(index)


def _reportive(sentence: _Sentence, index: int) -> bool:
    """ "soll … gefallen sein", "soll einige hundert betragen": sollen with an infinitive at the
    end of its clause reports what others say."""
    end = sentence.clause_end[index]
    return end - 1 > index and sentence.lows[end - 1] in sentence.roles.perfect_infinitive


# The infinitives that do not end in -en, -ern or -eln.
_SHORT_INFINITIVES = frozenset({"sein", "tun"})


def _infinitive(sentence: _Sentence, start: int, end: int) -> bool:
    """ "…, Ruhe zu bewahren": a clause that ends in zu and an infinitive."""
    if end - start < 2:
        return False
    last = end - 1
    low = sentence.lows[last]
    if not sentence.is_lower(last):
        return False
    if low in _SHORT_INFINITIVES:
        # "…, missbraucht worden zu sein", "…, nichts damit zu tun"
        return sentence.lows[last - 1] == "zu"
    if not low.endswith(("en", "ern", "eln")):
        return False
    return sentence.lows[last - 1] == "zu" or "zu" in low[2:-3]
