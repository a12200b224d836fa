"""German subjects and addressees, the step after the contents (contents.py): the subject of a verb
of saying (the ordered table :data:`SUBJECT_RULES`), its addressee (the ordered table
:data:`ADDRESSEE_RULES`), the subject before or after the verb, set off by a comma or opening a
verbless statement, that the cue rules read."""

from __future__ import annotations

import bisect
import functools
from typing import TYPE_CHECKING, NamedTuple

from newscorpus._extract.engine import Phrase, RuleTable, announced_phrase, token_start
from newscorpus._extract.lang.de.contents import (
    _MAX_TOLD_SUBJECT,
    _konjunktiv_resumes,
    _names_someone_by_words,
    _prepositional_relative,
    _told_medium,
)
from newscorpus._extract.lang.de.phrases import (
    _MAX_ADDRESS_TOKENS,
    _bare_name,
    _loose_apposition,
    _names_a_thing_only,
    _names_someone,
    _phrase_after,
    _phrase_before,
    _postverbal_subject,
    _source_phrase,
    _with_attached_phrases,
    _with_phrases,
)
from newscorpus._extract.lang.de.sentence import (
    _FINAL,
    _MAX_PHRASE,
    _SEPARATORS,
    _lower_case_name_part,
    _Sentence,
    _short_quote,
    _skip_leading,
    _State,
)
from newscorpus._extract.lang.de.words import (
    _ADJECTIVE_ENDINGS,
    _FINITE_ENDINGS,
    _adverb_word,
    _anaphoric,
    _apposition_adjective,
    _apposition_participle,
    _attributive,
    _is_es,
    _skip_adverbs,
    _verb_like,
)
from newscorpus._extract.languages import on_registry_change
from newscorpus._extract.lexicon import FormKind, VerbFlag, read_speaker_word_roles
from newscorpus._extract.speakers import (
    Attribution,
    _strip_marks,
    analyse_mention,
    role_or_organisation,
)
from newscorpus._model import QuoteKind, Span, SpeakerKind

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence

    from newscorpus._extract.lang.de.bundle import VerbForm
    from newscorpus._extract.quotemarks import QuotePair


# Enum members read in the rules, bound to names once: on Python 3.11 a member read through
# its class goes through EnumType.__getattr__, a slow path.
_FLAG_OBJECT = VerbFlag.OBJECT
_KIND_FREE_INDIRECT = QuoteKind.FREE_INDIRECT
_SPEAKER_ORGANISATION = SpeakerKind.ORGANISATION
_SPEAKER_PERSON = SpeakerKind.PERSON
_SPEAKER_UNKNOWN = SpeakerKind.UNKNOWN


_CLAUSE_ENDS = _SEPARATORS | _FINAL
# The word classes that open a phrase of time or place closing a clause ("am Montag", "gestern",
# "in Berlin").
_ADJUNCT_OPENERS = frozenset({"prep", "time", "adv"})
# An unknown lower-case word or an auxiliary in such a phrase is a verb: the clause goes on.
_NOT_IN_ADJUNCTS = frozenset({"", "verb"})
_MAX_INSERTS = 2  # comma-delimited inserts a particle search may cross
#: The tokens after a second verb joined by a comma in which a quotation makes them its object
#: ("…, kritisierte aber die „Willkür“ der Justiz"): _object_after_coordinator
_MAX_OBJECT_WORDS = 6
#: The most words of a stance's quoted predicate fronted before its verb ("„Sehr zufrieden“
#: zeigte sich der Trainer"): fronted_predicate
_MAX_FRONTED_PREDICATE = 2
_CONTENT_OPENERS = frozenset({",", ":"})  # after a verb of saying, before its content
# The word classes of a lower-case adverb or adverbial adjective before an adjective ("nicht
# namentlich genannt"): no class, or an adverb's.
_ADVERB_CLASSES = frozenset({"", "adv"})
# The word classes that open a noun phrase (a subject or an object) inside a clause.
_PHRASE_OPENERS = frozenset({"det", "pron"})


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
    whether it was the subject of a relative clause or apposition before the verb, or of a
    first verb before a comma (``relative``: either way the verb trails no content before it)."""

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
    if phrase.stop >= clause.clause_start - 1:
        # A trailing attribution after a short answer ("Keineswegs, sagte der Minister.", "Zu
        # Unrecht, beschied der EuGH."): a subject naming someone after the verb that closes the
        # sentence makes the words before what was said, not the subject ("Wolfgang Jüttner,
        # hatte Lenz gestern aufgefordert, …" goes on after its object).
        named = _postverbal_subject(sentence, clause.finite + 1, clause.clause_end)
        if (
            named is not None
            and (
                (
                    named.stop >= min(clause.clause_end, sentence.last)
                    and _closing_speaker(sentence, named)
                )
                # "Die Preise, sagte der Händler, seien gestiegen": the clause resumes after
                # the attribution, so the phrase before it is its subject, not the speaker
                or _konjunktiv_resumes(sentence, clause.clause_end)
            )
            and not _singular_after_plural(clause, named)
        ):
            return None
    if not _plural_verb(clause) and _names_a_thing_only(sentence, phrase.start, phrase.stop):
        # "Die Zahl der Menschen, die … getötet wurden, bezifferte die Nachrichtenagentur
        # auf 13": object-first order as in :func:`_thing_before_named_subject`; things do
        # not speak, the phrase naming someone after the verb does.
        named = _postverbal_subject(sentence, clause.finite + 1, clause.clause_end)
        if named is not None and _names_someone_after_thing(sentence, phrase.start, named):
            return _SubjectFound(named, after=named.stop, relative=True)
    return _SubjectFound(phrase, relative=True)


def _closing_speaker(sentence: _Sentence, phrase: Phrase) -> bool:
    """Whether the phrase that closes a sentence after its verb names someone who speaks: a
    person or an organisation, also after "die" ("…, sagte die Ministerin.", "…, beschied der
    EuGH."), since nothing follows it that could be the verb's subject instead."""
    if _names_someone(sentence, phrase):
        return True
    info = analyse_mention(sentence.words(*phrase), language="de")
    return info is not None and info.kind in {_SPEAKER_PERSON, _SPEAKER_ORGANISATION}


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
    verb, that phrase is the subject: things do not speak. Not the only phrase between a verb
    that addresses its object (flag *object*) and the verb's particle: "Die Kampagne warf Obama
    vor, …" and "… warf Obama am Montag „Heuchelei“ vor" address Obama, the Kampagne speaks
    ("Diesen Fehler warf Obama seinem Vorgänger vor": Obama speaks)."""
    sentence, first, finite = clause.sentence, clause.first, clause.finite
    if first >= finite or _plural_verb(clause) or not _names_a_thing_only(sentence, first, finite):
        return None
    phrase = _postverbal_subject(sentence, finite + 1, clause.clause_end)
    if phrase is None or not _names_someone_after_thing(sentence, first, phrase):
        return None
    if (
        _FLAG_OBJECT in clause.form.flags
        and clause.last_part > finite
        # the phrase ends at the particle, or at an insert before it ("warf Obama, nachdem …,
        # vor"), or no other phrase follows it ("warf Obama am Montag „Heuchelei“ vor"), or the
        # field before the verb may be the subject, no article marks it as an object ("Die
        # Kampagne warf Obama schwere Fehler vor"; not "Diesen Fehler warf Obama … vor")
        and (
            sentence.tokens[phrase.stop].text == ","
            or _no_phrase_between(sentence, phrase.stop, clause.last_part)
            or sentence.lows[first] not in sentence.roles.object_determiners
        )
    ):
        return None
    return _SubjectFound(phrase, after=phrase.stop)


def _subject_after_dative_medium(clause: _Clause) -> _SubjectFound | None:
    """ "Der Deutschen Presse-Agentur sagte die Ministerin, …", "Der „Süddeutschen Zeitung“
    sagte Söder, …": "der" before a feminine noun naming a medium (the ``dative_medium_endings``
    role) opening the sentence is a dative, whom the speaker told; the subject follows the
    verb (a nominative would be "Die Zeitung sagte")."""
    sentence, first, finite = clause.sentence, clause.first, clause.finite
    if finite - first < _DATIVE_MEDIUM_MIN or sentence.lows[first] != _FEMININE_DATIVE:
        return None
    endings = tuple(sentence.roles.dative_medium_endings)
    # the medium noun, perhaps with its name after it ("Der Nachrichtenagentur Reuters"), in
    # the phrase "der" opens: not in a genitive after another noun ("Der Kritiker der Presse
    # nannte …" is a nominative)
    medium = next(
        (
            index
            for index in range(first + 1, finite)
            if _strip_marks(sentence.tokens[index].text).lower().endswith(endings)
        ),
        None,
    )
    if medium is None or not sentence.roles.genitive.isdisjoint(sentence.lows[first + 1 : medium]):
        return None
    phrase = _postverbal_subject(sentence, finite + 1, clause.clause_end)
    if phrase is None:
        return None
    return _SubjectFound(phrase, after=phrase.stop)


#: "der" and a noun at least: the article of a feminine dative before a medium
_DATIVE_MEDIUM_MIN = 2
_FEMININE_DATIVE = "der"


def _no_phrase_between(sentence: _Sentence, start: int, stop: int) -> bool:
    """Whether no noun phrase stands from ``start`` to ``stop``: only lower-case words that open
    none (adverbs, a preposition with its article in one word), words of time and quotations
    ("am Montag „Heuchelei“"; not "seinem Vorgänger")."""
    return all(
        sentence.tokens[index].quote >= 0
        or sentence.word_class(index) == "time"
        or (sentence.is_lower(index) and sentence.word_class(index) not in _PHRASE_OPENERS)
        for index in range(start, stop)
    )


def _subject_after_relative_object(clause: _Clause) -> _SubjectFound | None:
    """ "die Marke, die Gerhard Schröder zum Erfolgskriterium erklärt hatte: „…“", "Die
    Alternative, die Roßberg nannte, …": a relative clause about a thing (its antecedent names
    no person, role or organisation), opened by a pronoun that may be an object (the
    ``object_relatives`` role), with the verb of saying at its end: a name with a first name or
    a role phrase in the nominative right after the pronoun is the subject, the pronoun the
    object (things do not speak)."""
    sentence, first = clause.sentence, clause.first
    if (
        first < 2
        or sentence.tokens[first - 1].text != ","
        or sentence.lows[first] not in sentence.roles.object_relatives
    ):
        return None
    verb = min(clause.finite, clause.last_part)
    if verb <= first + 1 or max(clause.finite, clause.last_part) < (
        min(clause.clause_end, sentence.last) - 1
    ):
        return None  # the verb closes the relative clause
    phrase = _phrase_after(sentence, first + 1, verb)
    accusative = sentence.lows[first] in sentence.roles.accusative_relatives
    if (
        phrase is None
        or not (
            _names_someone(sentence, phrase)
            # after a pronoun that is only ever an object, an organisation after "die" or "das"
            # too ("den die Opposition als „…“ kritisierte"); "der" may be a dative there
            or (
                accusative
                and sentence.lows[phrase.start] not in sentence.roles.genitive
                and _names_someone_by_words(sentence, phrase)
            )
        )
        # an article or a first name cannot be the pronoun's noun: it is a relative pronoun
        # ("das der Kanzler", "die Gerhard Schröder"; not the article of "den Astronauten")
        or not (
            sentence.word_class(phrase.start) == "det"
            or sentence.tokens[phrase.start].text in sentence.lexicon.first_names
        )
    ):
        return None
    if accusative:
        # "Der Bericht, den die Opposition als „…“ kritisierte": the pronoun is the object
        # whatever its antecedent names
        return _SubjectFound(phrase)
    antecedent = _phrase_before(sentence, first - 1)
    if antecedent is None and sentence.is_lower(first - 2):
        # "wird die Marke unterschritten, die …": the relative clause after the participle
        antecedent = _phrase_before(sentence, first - 2)
    if antecedent is None or not _names_a_thing_only(sentence, antecedent.start, antecedent.stop):
        return None
    return _SubjectFound(phrase)


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
        or not (_adverb_word(sentence, first) or _adverbial_opening_word(sentence, first))
        or _with_phrases(sentence, first + 1, finite) != finite
    ):
        return None
    phrase = _postverbal_subject(sentence, finite + 1, clause.clause_end)
    return None if phrase is None else _SubjectFound(phrase, after=phrase.stop)


def _adverbial_opening_word(sentence: _Sentence, index: int) -> bool:
    """ "Kurz vor Weihnachten sagte der Minister", "Angesprochen auf die Kosten betonte
    Müller": a capitalised word that is no first name, role or organisation, right before a
    preposition that never attaches to a name (not one of the ``name_attachments`` role: "Müller
    von der SPD sagte"), is an adverb or participle the sentence start capitalised; one
    constituent stands before the finite verb, so the subject follows the verb."""
    following = index + 1
    if following >= sentence.last or sentence.word_class(following) != "prep":
        return False
    word = sentence.tokens[index].text
    return (
        sentence.lows[following] not in sentence.roles.name_attachments
        and word not in sentence.lexicon.first_names
        and not role_or_organisation(word, "de")
    )


def _subject_after_anaphor(clause: _Clause) -> _SubjectFound | None:
    """ "Demnach erwartet Russland, dass …", "Danach sagte der Minister, …": a word that points
    back to a source (an *anaphor* or *opening* phrase of ``frames.txt``) alone before the verb
    is no subject; the subject follows the verb (:func:`_subject_after_verb`)."""
    if clause.finite != clause.first + 1 or not _anaphoric(clause.sentence, clause.first):
        return None
    return _subject_after_verb(clause)


def _singular_after_plural(clause: _Clause, phrase: Phrase) -> bool:
    """Whether ``phrase``, after the clause's verb, opens with an article of the singular only
    (the ``singular_articles`` role) while the verb is plural: no subject of it but its object
    ("Die Klubobleute …, August Wöginger und Sigrid Maurer, verteidigten das Paket."), unless a
    joiner follows it in the clause, which may join a second subject ("ergänzen der Neurologe X
    (Universität Chicago) und der Zoologe Y")."""
    sentence = clause.sentence
    return (
        sentence.lows[phrase.start] in sentence.roles.singular_articles
        and _plural_verb(clause)
        and _speaker_joiners().isdisjoint(sentence.lows[phrase.stop : clause.clause_end])
    )


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
    return info is not None and info.kind in {_SPEAKER_PERSON, _SPEAKER_ORGANISATION}


def _subject_before_verb(clause: _Clause) -> _SubjectFound | None:
    """ "Der Einsatzleiter der Polizei in Dortmund erklärte …": the noun phrase before a verb
    in second position, with its prepositional phrases."""
    if clause.first >= clause.finite:
        return None
    phrase = _preverbal_subject(clause.sentence, clause.first, clause.finite)
    return None if phrase is None else _SubjectFound(phrase)


def _subject_before_quoted_aside(clause: _Clause) -> _SubjectFound | None:
    """ "Markus Söder („Das ist ein schwarzer Tag für Bayern“) kündigte Hilfen an": the noun
    phrase before a quotation in brackets that stands right before a verb in second position
    (the quotation is the subject's words: see the direct rules), not a phrase after the
    verb; also after a label and a colon in the brackets ("Der Minister (Zitat: „…“) kündigte
    Hilfen an", the ``headline_labels`` role)."""
    sentence, first, finite = clause.sentence, clause.first, clause.finite
    tokens = sentence.tokens
    quote = finite - 2
    if quote <= first or tokens[quote].quote < 0 or tokens[finite - 1].text != ")":
        return None
    bracket = _aside_bracket(sentence, quote)
    if bracket <= first or tokens[bracket].text != "(":
        return None
    phrase = _preverbal_subject(sentence, first, bracket)
    if phrase is None or phrase.stop != bracket:
        return None
    return _SubjectFound(phrase)


#: The tokens of a label before a quotation in brackets: the label and its colon ("Zitat:").
_QUOTE_LABEL = 2


def _aside_bracket(sentence: _Sentence, quote: int) -> int:
    """Where the bracket that opens a quotation's aside stands: right before the quotation at
    ``quote``, or before a label of the ``headline_labels`` role and its colon ("(Zitat: „…“)").
    The caller checks that a bracket stands there."""
    tokens = sentence.tokens
    colon = quote - 1
    if (
        colon - _QUOTE_LABEL >= 0
        and tokens[colon].text == ":"
        and sentence.lows[colon - 1] in sentence.roles.headline_labels
    ):
        return colon - _QUOTE_LABEL
    return colon


def _quantifier_before_verb(clause: _Clause) -> _SubjectFound | None:
    """ "Beide sagten, sie wollten die Zusammenarbeit vertiefen", "Viele betonten, …": a
    quantifier of the ``quantifier_subjects`` role alone before a verb in second position, which
    stands for people named before (no noun phrase follows it there)."""
    sentence, first, finite = clause.sentence, clause.first, clause.finite
    if finite != first + 1 or sentence.lows[first] not in sentence.roles.quantifier_subjects:
        return None
    return _SubjectFound(Phrase(first, finite))


def _correlative_subject(clause: _Clause) -> _SubjectFound | None:
    """ "Sowohl die Polizei als auch die Feuerwehr teilten mit", "Weder der Kanzler noch die
    Ministerin äußerte sich": a subject before the verb of two noun phrases joined by a
    correlative pair (the ``correlative_openers`` word before the first, ``correlative_partners``
    words between them, also after a comma: "Weder die Polizei, noch die Feuerwehr"); the
    speaker analysis reads it as two speakers. Two things before a name
    or a role after the verb are its object ("Sowohl die Kosten als auch die Risiken kritisierte
    der Minister", see :func:`_thing_before_named_subject`)."""
    sentence, first, finite = clause.sentence, clause.first, clause.finite
    roles = sentence.roles
    comma = first - 1
    if comma > 0 and sentence.tokens[comma].text == ",":
        # the clause opens with the partner after a comma: "Weder die Polizei, noch die
        # Feuerwehr wollten sagen, …"
        if sentence.lows[first] not in roles.correlative_partners:
            return None
        first = sentence.clause_start[comma - 1]
    if first + 1 >= finite or sentence.lows[first] not in roles.correlative_openers:
        return None
    phrase = _phrase_after(sentence, first + 1, finite)
    if phrase is None:
        return None
    second = phrase.stop
    if sentence.tokens[second].text == ",":
        second += 1
    partner = second
    while second < finite and sentence.lows[second] in roles.correlative_partners:
        second += 1
    if second == partner or second >= finite:
        return None
    other = _phrase_after(sentence, second, finite)
    if other is None or _with_phrases(sentence, other.stop, finite) != finite:
        return None
    if _names_a_thing_only(sentence, phrase.start, phrase.stop) and _names_a_thing_only(
        sentence, other.start, other.stop
    ):
        named = _thing_before_named_subject(clause._replace(first=phrase.start))
        if named is not None:
            return named
    return _SubjectFound(Phrase(first, finite))


# Enum members read for every cue or attribution, bound to names once: on Python 3.11 a
# member read through its class goes through EnumType.__getattr__, a slow path.
_FLAG_PP = VerbFlag.PP
_FLAG_RELAY = VerbFlag.RELAY
_FLAG_VON = VerbFlag.VON
_FLAG_OPINION = VerbFlag.OPINION
_FLAG_SICH = VerbFlag.SICH
_FORM_FINITE = FormKind.FINITE
_FORM_PARTICIPLE = FormKind.PARTICIPLE


def _subject_after_coordinated_clause(clause: _Clause) -> _SubjectFound | None:
    """ "Die Lage ist ernst und die Bürger sagen, dass …": a main clause joined to the one
    before by a coordinator without a comma. A plain noun phrase between the coordinator and a
    finite verb is its subject when a verb stands before the coordinator (the first clause's
    own, not an attribute: "Anna und Ben sagen" is one subject, "Der gestern veröffentlichte
    Bericht des Büros für Demokratie und Menschenrechte kritisiert" one phrase) and the clause
    is no subordinate one ("…, in dem es … anprangerte und einige Beispiele schilderte")."""
    sentence, first, finite = clause.sentence, clause.first, clause.finite
    if clause.form.kind is not _FORM_FINITE or first >= finite:
        return None
    relative = sentence.roles.relative
    after_comma = first > 0 and sentence.tokens[first - 1].text == ","
    if (
        sentence.word_class(first) == "sub"
        or (after_comma and sentence.lows[first] in relative)
        or (
            after_comma
            and sentence.word_class(first) == "prep"
            and sentence.lows[first + 1] in relative
        )
    ):
        return None
    coordinators = sentence.roles.coordinators
    joiner = next(
        (
            position
            for position in range(finite - 1, first, -1)
            if sentence.lows[position] in coordinators
        ),
        None,
    )
    if joiner is None or not any(
        _known_verb(sentence, position) for position in range(first + 1, joiner)
    ):
        return None
    roles = sentence.roles
    if finite + 1 >= min(clause.clause_end, sentence.last) and any(
        sentence.lows[position] in roles.modal
        or sentence.lows[position] in roles.future_auxiliaries
        for position in range(first, joiner)
    ):
        # "will sich treffen und ein Abkommen vereinbaren", "wird Fragen stellen und Fragen
        # beantworten": infinitives of a modal or of "werden", sharing its subject
        return None
    opener = joiner + 1
    if not (
        (
            sentence.word_class(opener) == "det"
            and sentence.lows[opener] not in roles.object_determiners
        )
        or sentence.is_head(opener)
    ):
        return None  # "… und den Verkauf weiterer Assets …": an object, no subject
    phrase = _phrase_after(sentence, opener, finite)
    return None if phrase is None or phrase.stop != finite else _SubjectFound(phrase)


def _known_verb(sentence: _Sentence, position: int) -> bool:
    """Whether the word at ``position`` is a verb form the lexicons know (an auxiliary, a
    Konjunktiv, a verb of saying, a frequent verb of ``function_words.txt``) in lower case and
    no attribute ("der gestern veröffentlichte Bericht")."""
    lexicon = sentence.lexicon
    low = sentence.lows[position]
    return (
        sentence.is_lower(position)
        and (
            low in lexicon.auxiliaries
            or low in lexicon.konjunktiv
            or sentence.word_class(position) == "verb"
            or low in lexicon.verbs
        )
        and not _attributive(sentence, position)
    )


def _relative_pronoun_before_perfect(clause: _Clause) -> _SubjectFound | None:
    """ "Der Minister, der erklärt hatte, dass der Plan gescheitert sei, trat zurück": a
    relative pronoun right after a comma and right before the participle of saying and the
    auxiliary that close the relative clause is its subject, as before a simple past (", der
    sagte, …", see :func:`_preverbal_subject`); it stands for the phrase before the comma. After
    the verb that closes its antecedent's clause, an extraposed relative clause ("wenn sie dem
    Beispiel des Abgeordneten Jan Ortmann folgen, der erklärt hat, …"), the pronoun stands for
    the phrase before that verb (:func:`_genitive_named`), not for the verb."""
    sentence, first, finite = clause.sentence, clause.first, clause.finite
    if (
        clause.form.kind is not _FORM_PARTICIPLE
        or first < 2
        or finite != first + 2
        or sentence.tokens[first - 1].text != ","
        or sentence.lows[first] not in sentence.roles.relative
        or sentence.lows[first] in sentence.roles.genitive_relative
        or sentence.clause_end[finite] != finite + 1  # the auxiliary closes the clause
    ):
        return None
    forms = sentence.lexicon.verbs.get(sentence.lows[first + 1], ())
    if not any(form.kind is _FORM_PARTICIPLE for form in forms):
        return None
    before = first - 2
    if sentence.is_lower(before) and _verb_like(sentence, before):
        # a relative clause after the verb that closes the clause of its antecedent ("wenn
        # sie dem Beispiel des Abgeordneten X folgen, der erklärt hat, …"): the phrase
        # before that verb is the one meant
        antecedent = _phrase_before(sentence, before)
        return None if antecedent is None else _SubjectFound(_genitive_named(sentence, antecedent))
    return _SubjectFound(Phrase(first, first + 1))


def _genitive_named(sentence: _Sentence, phrase: Phrase) -> Phrase:
    """The genitive attachment of a phrase about a thing that names someone: "dem Beispiel des
    Abgeordneten Jan Ortmann" is Jan Ortmann's example, and the speaker a relative clause
    after it means is "des Abgeordneten Jan Ortmann"; the whole phrase otherwise."""
    for index in range(phrase.start + 1, phrase.stop - 1):
        if sentence.lows[index] in sentence.roles.genitive and sentence.is_head(index - 1):
            named = Phrase(index, phrase.stop)
            info = analyse_mention(sentence.words(*named), language="de", genitive=True)
            if (
                _names_a_thing_only(sentence, phrase.start, index)
                and info is not None
                and info.kind is not _SPEAKER_UNKNOWN
            ):
                return named
            break
    return phrase


def _subject_inside_perfect(clause: _Clause) -> _SubjectFound | None:
    """ "Unterdessen haben einige Abgeordnete aus der Koalition angekündigt, …": the subject
    between an auxiliary and its participle."""
    if clause.form.kind is not _FORM_PARTICIPLE or clause.finite >= clause.last_part:
        return None
    phrase = _middle_subject(clause.sentence, clause.finite + 1, clause.last_part)
    return None if phrase is None else _SubjectFound(_before_von_topic(clause, phrase))


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
    if info is None or info.pronoun or info.kind is _SPEAKER_UNKNOWN:
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
    for position in range(comma - 1, max(sentence.opening, comma - _MAX_SET_OFF_SUBJECT), -1):
        if tokens[position].quote >= 0:
            return None
        if tokens[position].text == ",":
            start = position + 1
        elif (
            sentence.is_lower(position)
            and _verb_like(sentence, position)
            and not _apposition_adjective(sentence, position)
        ):
            break
    else:
        return None
    if start is None or start >= comma or not sentence.is_lower(finite):
        return None
    return Phrase(start, comma)


def _subject_after_fronted_predicate(clause: _Clause) -> _SubjectFound | None:
    """ "„Enttäuscht“ zeigte sich der Trainer: „…“": a quotation opening the sentence right
    before a reflexive verb of a stance (flagged *sich* and *opinion*) and its "sich" is the
    stance's quoted predicate, fronted, and the subject follows "sich" (see
    :func:`fronted_predicate`); the quotation is no name that speaks."""
    if not fronted_predicate(clause.sentence, clause.first, clause.finite, clause.form.flags):
        return None
    phrase = _postverbal_subject(clause.sentence, clause.finite + 2, len(clause.sentence.tokens))
    return None if phrase is None else _SubjectFound(phrase, after=phrase.stop)


def fronted_predicate(
    sentence: _Sentence, first: int, finite: int, flags: frozenset[VerbFlag]
) -> bool:
    """Whether the quotation at ``first`` opens the sentence as the fronted predicate of the
    reflexive verb of a stance at ``finite`` ("„Zufrieden“ zeigte sich der Trainer"): one or
    two words, the verb right after it and "sich" right after the verb."""
    tokens = sentence.tokens
    return (
        _FLAG_SICH in flags
        and _FLAG_OPINION in flags
        and first == sentence.opening
        and finite == first + 1
        and tokens[first].quote >= 0
        and finite + 1 < len(tokens)
        and sentence.lows[finite + 1] in sentence.roles.reflexive
        and 0 < len(tokens[first].text[1:-1].split()) <= _MAX_FRONTED_PREDICATE
    )


def _subject_after_verb(clause: _Clause) -> _SubjectFound | None:
    """ "Am Montag sagte der Minister, …", "teilte dem Sender die Polizei mit": the subject
    after the verb, past adverbs and a dative object; with a second subject joined to it
    ("„Wir bleiben“, sagten Anna Berg und Ben Schmidt.", see :func:`_coordinated_after`)."""
    sentence = clause.sentence
    phrase = _postverbal_subject(sentence, clause.finite + 1, len(sentence.tokens))
    if phrase is None:
        return None
    if _singular_after_plural(clause, phrase):
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
    opens it ("sprach der Sprecher von Greenpeace von einem Erfolg" keeps the first), and so
    does the last "von" before an indefinite article wherever it stands ("hat die Kammer von
    einem Verlust in Höhe von 20 Millionen Euro gesprochen") unless a "von" before a noun
    phrase follows it ("sprach ein Sprecher von einer Initiative von einem Skandal")."""
    sentence = clause.sentence
    if _FLAG_VON not in clause.form.flags:
        return phrase
    von = sentence.roles.von
    for index in range(phrase.stop - 2, phrase.start, -1):
        if sentence.lows[index] in von and sentence.lows[index + 1] in sentence.roles.indefinite:
            # "hat die Landwirtschaftskammer von einem Verlust in Höhe von … gesprochen": the
            # last "von" before an indefinite article names what was spoken of, no one's
            # affiliation, unless a "von" phrase of its own follows it ("sprach ein Sprecher von
            # einer Initiative von einem Skandal", "die Chefin von einem Start-up von „Betrug“")
            if not _topic_von_follows(sentence, index + 2, clause.clause_end):
                return Phrase(phrase.start, index)
            break
    if _von_follows(sentence, phrase.stop - 1, clause.clause_end):
        return phrase
    for index in range(phrase.stop - 1, phrase.start, -1):
        if sentence.lows[index] in von:
            return Phrase(phrase.start, index)
    return phrase


def _topic_von_follows(sentence: _Sentence, stop: int, clause_end: int) -> bool:
    """Whether a "von" from ``stop`` on in its clause opens a noun phrase (an article, a
    capitalised word or a quotation after it: "von einem Skandal", "von „Betrug“"), not an
    amount ("in Höhe von 150 Millionen Euro", whose number is no article)."""
    for index in range(stop, min(clause_end, stop + _MAX_PHRASE) - 1):
        if sentence.lows[index] in sentence.roles.von and (
            sentence.word_class(index + 1) == "det"
            or sentence.is_quote(index + 1)
            or sentence.tokens[index + 1].text[:1].isupper()
        ):
            return True
    return False


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
        if info is None or info.pronoun or (info.kind is _SPEAKER_PERSON and not info.named):
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
    """The newspaper, agency or broadcaster in the dative that a verb of saying told, right
    after the verb or its subject: "Der Staatssekretär sagte der „Berliner Zeitung“, …", "„…“,
    sagte der Minister dem „Spiegel“", "„…“, sagte Varoufakis der spanischen Zeitung El Mundo"
    (see :func:`_told_medium`); never the subject itself ("„…“, berichtete der „Spiegel“")."""
    sentence, finite = told.sentence, told.finite
    stop = min(told.clause_end, sentence.last - 1, finite + _MAX_TOLD_SUBJECT + 2)
    lows, articles = sentence.lows, sentence.roles.dative_articles
    for article in range(finite + 1, stop):
        if lows[article] in articles and _told_medium(sentence, article):  # (its first test)
            if not _outside_mention(told, article):
                return None
            if sentence.tokens[article + 1].quote >= 0:
                return Phrase(article, article + 2)  # the medium's name is quoted
            return _medium_phrase(sentence, article, told.clause_end)
    return None


def _medium_phrase(sentence: _Sentence, article: int, end: int) -> Phrase | None:
    """The noun phrase of a medium told in the dative, from its ``article`` (see
    :func:`_told_medium`), with the name after its noun when that is a quotation or a news
    agency's short name, which the noun phrase rules leave out for not being capitalised: "der
    Tageszeitung „taz“", "der Nachrichtenagentur dpa"; the agency alone: "der dpa"."""
    phrase = _phrase_after(sentence, article, end)
    stop = article + 2 if phrase is None else phrase.stop
    if stop < end and (
        sentence.tokens[stop].quote >= 0 or sentence.lows[stop] in sentence.roles.medium_nouns
    ):
        stop += 1
    if phrase is None and sentence.lows[article + 1] not in sentence.roles.medium_nouns:
        return None
    return Phrase(article, min(stop, end))


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
        return phrase if info is not None and info.kind is _SPEAKER_PERSON else None
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
    ``audience_nouns`` role ("sagte der Presse"), or a dative pronoun alone ("erklärte ihr,");
    not a source that "zufolge" follows ("sagte, dem Bericht zufolge, …" has a comma; "dem
    Bericht zufolge" is a frame)."""
    sentence, start = told.sentence, told.dative_start
    if (
        start >= told.clause_end
        or sentence.lows[start] in sentence.roles.non_dative
        or not (
            _may_open_phrase(sentence, start)
            or sentence.lows[start] in sentence.roles.dative_pronouns
        )
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
    if phrase.stop == start + 1 and (
        lows[start] in sentence.roles.dative_pronouns
        or lows[start] in sentence.roles.dative_possessives
    ):
        return phrase  # "Er erklärte ihr, …", "sagte ihm, …": a dative pronoun alone
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
    coordinated mention; the speaker analysis splits it into the speakers. An adjunct of time
    or place may close the clause after it (:func:`_closing_adjunct`: "sagten Jan Giesel und
    David Perteck in einer Erklärung", "… am Montag"). A phrase that goes on ("sagte Merkel und
    Macron nickte", "sagte Merkel und fügte hinzu", "sagte Anna und die Polizei in Berlin nahm
    ihn fest") is not joined."""
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
    if (
        end < len(tokens)
        and end != last_part
        and tokens[end].text not in _CLAUSE_ENDS
        and not _closing_adjunct(sentence, end, last_part)
    ):
        return phrase
    return Phrase(phrase.start, end)


def _closing_adjunct(sentence: _Sentence, start: int, last_part: int) -> bool:
    """Whether the tokens from ``start`` are a phrase of time or place that closes the clause:
    a preposition, a word of time or an adverb first ("in einer Erklärung", "am Montag",
    "gestern"), then only capitalised words, numbers, quotations ("in der „Zeit“"),
    closed-class words and adjectives before a capitalised word (not after one), up to a comma,
    a colon, the final stop or the verb's particle. A lower-case word of any other kind is a
    verb: the clause goes on ("in Berlin nahm ihn fest", "am Montag sperrte Straßen")."""
    if sentence.word_class(start) not in _ADJUNCT_OPENERS:
        return False
    tokens = sentence.tokens
    index = start + 1
    while index < len(tokens) and index != last_part and tokens[index].text not in _CLAUSE_ENDS:
        if not (
            sentence.is_capitalised(index)
            or tokens[index].quote >= 0  # a name in marks: "in der „Zeit“"
            or sentence.word_class(index) not in _NOT_IN_ADJUNCTS
            or (
                sentence.lows[index].endswith(_ADJECTIVE_ENDINGS)
                and sentence.is_capitalised(index + 1)
                # an adjective follows an article, a preposition or another adjective; after a
                # noun the word is a verb: "am Montag sperrte Straßen"
                and not tokens[index - 1].text[:1].isupper()
            )
        ):
            return False
        index += 1
    return True


def _source_before_verb(clause: _Clause) -> _SubjectFound | None:
    """ "In dem Bericht heißt es", "Aus der Studie geht hervor": a prepositional phrase naming
    the source, for verbs flagged *pp*."""
    if _FLAG_PP not in clause.form.flags or clause.first >= clause.finite:
        return None
    phrase = _source_phrase(clause.sentence, clause.first, clause.finite)
    return None if phrase is None else _SubjectFound(phrase)


def _subject_of_first_verb(clause: _Clause) -> _SubjectFound | None:
    """ "Der Sprecher dankte den Menschen und ergänzte, …": the subject of the first of two
    coordinated verbs; also of two joined by a comma alone when an adverb of the
    ``comma_coordinators`` role follows the second and its content comes right after (its
    particle, a comma, a colon or a quotation): "Die Vereinten Nationen bestätigten den
    Zwischenfall, teilten jedoch mit, …", "Er wollte sich nicht festlegen, sagte aber, …"."""
    by_comma = _joined_by_comma(clause)
    phrase = _coordinated_subject(clause.sentence, clause.finite, by_comma=by_comma)
    # after a comma the verb is no trailing one whose content the clause before it is
    # (unless a quotation opens the sentence, which the verb after it trails: "„…“, sagte der
    # Sprecher, warnte aber vor „Euphorie“")
    relative = by_comma and clause.sentence.tokens[clause.sentence.opening].quote < 0
    return None if phrase is None else _SubjectFound(phrase, relative=relative)


def _joined_by_comma(clause: _Clause) -> bool:
    """Whether the verb at ``clause.finite`` is the second of two verbs joined by a comma, with
    no subject of its own: "…, sagte aber, …", "…, teilten jedoch mit, …" (see
    :func:`_subject_of_first_verb`), not "…, sagte aber der Minister"."""
    sentence, finite = clause.sentence, clause.finite
    coordinators = sentence.roles.comma_coordinators
    after = finite + 1
    if (
        after + 1 < len(sentence.tokens)
        and sentence.word_class(after) == "pron"
        and sentence.lows[after] not in sentence.roles.nominative_pronouns
        and sentence.lows[after + 1] in coordinators
    ):
        after += 1  # a pronoun object first: "…, nannte es aber „unzureichend“"
    if (
        finite < 1
        or sentence.tokens[finite - 1].text != ","
        or sentence.lows[after : after + 1] == []
        or sentence.lows[after] not in coordinators
    ):
        return False
    if _object_after_coordinator(sentence, finite, after):
        return True
    following = after + 1
    while following < len(sentence.tokens) and sentence.lows[following] in coordinators:
        following += 1  # more than one: "sagte aber auch, …"
    if following < clause.last_part and all(
        sentence.is_lower(index) and sentence.word_class(index) not in _PHRASE_OPENERS
        for index in range(following, clause.last_part)
    ):
        following = clause.last_part  # no phrase before the particle: "wiesen aber darauf hin"
    if following == clause.last_part:
        following += 1  # the particle: "teilten jedoch mit, …"
    if following >= len(sentence.tokens):
        return False
    return (
        sentence.tokens[following].text in _CONTENT_OPENERS
        or sentence.tokens[following].quote >= 0
        or sentence.lows[following] in sentence.roles.complementizers
    )


def _object_after_coordinator(sentence: _Sentence, finite: int, coordinator: int) -> bool:
    """Whether the second of two verbs joined by a comma and an adverb of the
    ``comma_coordinators`` role (at ``coordinator``) takes a quotation as or in its object,
    which its own subject would not hold: "Der Bürgerrechtler begrüßte die Freilassung,
    kritisierte aber die „Willkür“ der Justiz" (see :func:`_joined_by_comma`)."""
    stop = min(sentence.clause_end[finite], finite + _MAX_OBJECT_WORDS)
    return any(sentence.tokens[index].quote >= 0 for index in range(coordinator + 1, stop))


def _subject_inside_bracket(clause: _Clause) -> _SubjectFound | None:
    """ "gab die vorher nicht bekannte Gruppe bekannt": a noun phrase between a separable verb
    and its particle that the phrase rules do not read (here an adverb and a negation inside
    its attribute)."""
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
    if _FLAG_PP not in clause.form.flags:
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
        _FLAG_RELAY not in clause.form.flags
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
        _subject_after_fronted_predicate,
        _subject_set_off_before_verb,
        _thing_before_named_subject,
        _subject_after_dative_medium,
        _subject_after_relative_object,
        _adverb_before_subject,
        _subject_after_anaphor,
        _correlative_subject,
        _subject_before_quoted_aside,
        _subject_before_verb,
        _quantifier_before_verb,
        _subject_after_coordinated_clause,
        _relative_pronoun_before_perfect,
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
        or comma - start > _MAX_SET_OFF_SUBJECT
        or sentence.tokens[comma].text != ","
        or not sentence.is_lower(finite)
        or sentence.word_class(start) in {"sub", "prep"}
    ):
        return None
    tokens = sentence.tokens
    for position in range(start, comma):
        if tokens[position].quote >= 0:
            return None
        if (
            sentence.is_lower(position)
            and _verb_like(sentence, position)
            # a number word, or a word before a number: "Anna Berg, seit zwei Jahrzehnten Chefin
            # des Vereins, sagte", "Chefin des Vereins mit rund 300 Mitgliedern"
            and sentence.lows[position] not in sentence.roles.quantities
            and not sentence.tokens[position + 1].text[:1].isdigit()
            and not _apposition_adjective(sentence, position)
            and not _apposition_participle(sentence, position)
            and not _apposition_participle(sentence, position + 1)  # its adverb: "sichtlich"
            # an abbreviation, its full stop glued to it inside the subject: "Franz Fischler,
            # EU-Agrarkommissar a. D., sagte"
            and not (
                tokens[position + 1].text == "."
                and tokens[position + 1].start == tokens[position].end
            )
        ):
            return None
    return Phrase(start, comma)


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
        if sentence.lows[first] in sentence.roles.oblique_relatives:
            # ", welchen die Opposition kritisiert": an object, no subject to stand for
            return None
        # ", der der Regierung vorwarf": the relative pronoun (see _phrase_after) stands for
        # the phrase before its comma, the speaker a reader names ("ein Kommentar, der …")
        return (first > 1 and _phrase_before(sentence, first - 1)) or phrase
    if phrase is not None:
        end = _with_phrases(sentence, phrase.stop, finite)
        if end < finite and _skip_adverbs(sentence, end) == finite and end > phrase.start:
            # "Die Kanadier hingegen sagen": a sentence adverb after the subject stays out.
            finite = end
            end = _with_phrases(sentence, phrase.stop, finite)
    if phrase is None or end != finite:
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
    Fernsehsenders n-tv berichtete"; also a name in quotation marks joined to another speaker
    ("„Ärzte ohne Grenzen“ und das Rote Kreuz kündigten an, …")."""
    if finite - first < 2 or finite - first > _MAX_PHRASE:
        return None
    if not (
        sentence.word_class(first) == "det"
        or sentence.is_head(first)
        or _joined_name_in_marks(sentence, first)
    ) or _is_time(sentence, first):
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
            # a modal verb: "Fahrgäste müssten mit Verspätungen rechnen" has no subject before
            # "rechnen", an infinitive at the end of the modal's clause
            or low in sentence.roles.modal
            or sentence.word_class(index) in {"pron", "sub", "verb", "time"}
            or (sentence.word_class(index) == "neg" and not _negated_adjective(sentence, index))
            or _heading_run_in(sentence, index)
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


def _joined_name_in_marks(sentence: _Sentence, first: int) -> bool:
    """Whether the field before the verb opens with a short quotation joined to a second
    speaker by a word of the ``speaker_joiners`` role: a name in marks ("„Ärzte ohne Grenzen“
    sowie das Rote Kreuz kündigten an"), not quotations the verb attributes („Wir kommen“ und
    „wir helfen“ sagte der Minister)."""
    tokens = sentence.tokens
    return (
        tokens[first].quote >= 0
        and _short_quote(tokens[first])
        and first + 2 < len(tokens)
        and sentence.lows[first + 1] in _speaker_joiners()
        and tokens[first + 2].quote < 0
    )


def _negated_adjective(sentence: _Sentence, negation: int) -> bool:
    """Whether the negation at ``negation`` is an adjective's, inside a noun phrase: right
    before it or before an adverb of its ("Ein nicht genannter Vertreter", "Ein nicht
    namentlich genannter Vertreter der „con energy ag“ bezeichnet …")."""
    position = negation + 1
    if (
        sentence.is_lower(position)
        and sentence.word_class(position) in _ADVERB_CLASSES
        and not sentence.is_adjective(position)
    ):
        position += 1
    return sentence.is_adjective(position)


def _heading_run_in(sentence: _Sentence, index: int) -> bool:
    """Whether the word at ``index``, inside a field before the verb, is an adverb written with
    a capital: it opens the sentence after a heading run into it without a full stop
    ("Engagement Deutschlands Bereits im Dezember 2005 hatte Bundeskanzlerin Angela Merkel …
    verkündet"), so the field is no subject, and the subject follows the verb."""
    return sentence.word_class(index) == "adv" and sentence.is_capitalised(index)


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


def _coordinated_subject(
    sentence: _Sentence, finite: int, *, by_comma: bool = False
) -> Phrase | None:
    """ "Der Sprecher dankte den Menschen und ergänzte, …": the subject that opens the sentence,
    for the second of two coordinated verbs; also one set off by commas before the first verb
    ("Einer der Putschisten, Harouna Adamou, dankte den Menschen und ergänzte, …"). With
    ``by_comma`` a comma joins the two verbs (see :func:`_joined_by_comma`); a sentence that opens
    with a clause in the Konjunktiv then opens with a content, not the subject ("Die Lage sei
    ernst, betonte aber …")."""
    first = sentence.opening
    if finite < first + 3 or not (
        by_comma or sentence.lows[finite - 1] in sentence.roles.coordinators
    ):
        return None
    if sentence.tokens[first].quote >= 0:
        return _subject_after_quotation(sentence, first, finite)
    if sentence.word_class(first) == "prep":
        # "Unter dem Motto „…“ zogen die Demonstranten durch die Stadt und skandierten …":
        # after an adverbial the subject follows the first verb.
        subject, verb = _subject_after_adverbial(sentence)
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
        or (by_comma and sentence.lows[verb] in sentence.lexicon.konjunktiv)
        or (by_comma and _narrated_clause_between(sentence, verb, finite - 1))
    ):
        return None
    return phrase


def _narrated_clause_between(sentence: _Sentence, verb: int, comma: int) -> bool:
    """Whether a clause of its own stands between the first verb and the comma before the
    second, no content of the first (not opened by a complementizer, no Konjunktiv in it): "Die
    Regierung verteidigte den Plan, die Opposition lehnte ihn ab, kritisierte aber …" is the
    Opposition's second verb, not the Regierung's."""
    lexicon = sentence.lexicon
    for index in range(verb + 1, comma):
        if sentence.tokens[index].text != ",":
            continue
        words = sentence.lows[index + 1 : comma]
        if words and words[0] in sentence.roles.complementizers:
            continue
        if any(word in lexicon.konjunktiv or word in lexicon.konjunktiv_two for word in words):
            continue
        return True
    return False


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
        and _opens_relative(sentence, phrase.stop)
        and _relative_reaches(sentence, phrase.stop, clause_start - 1)
    ):
        # "Jan Olsen, der Sprecher der Partei, der seit Jahren im Amt ist, sagte": the name
        # with its apposition, before a relative clause that runs up to the verb.
        return Phrase(phrase.start, closed)
    comma = _with_phrases(sentence, phrase.stop, clause_start)  # "Der Korrespondent in Paris, …"
    tokens = sentence.tokens
    if (
        comma + 1 < clause_start
        and tokens[comma].text == "."
        and tokens[comma + 1].text == ","
        and len(tokens[comma - 1].text) == 1
        and tokens[comma - 1].text.isupper()
        and tokens[comma].start == tokens[comma - 1].end
    ):
        comma += 1  # an initial's full stop ends the name: "Der Arzt Thomas S., der …, sagte"
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
    if _opens_relative(sentence, comma + 1) and _relative_reaches(
        sentence, comma + 1, clause_start - 1
    ):
        return phrase
    # "Sadiq Khan, einer der Abgeordneten, die den Brief unterschrieben, verurteilte …": the
    # name with its apposition, before a relative clause that runs up to the verb.
    last = clause_start - 1
    for closing in range(comma + 2, last):
        if (
            sentence.tokens[closing].text == ","
            and _opens_relative(sentence, closing + 1)
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


def _opens_relative(sentence: _Sentence, index: int) -> bool:
    """Whether a relative clause opens at ``index`` after a comma: a relative pronoun (", der
    anonym bleiben wollte"), a relative adverb of place (the ``relative_adverbs`` role: ", wo
    das Unglück geschah") or a preposition and a relative pronoun (", an der das Unglück
    geschah": :func:`_prepositional_relative`)."""
    low = sentence.lows[index]
    roles = sentence.roles
    return (
        low in roles.relative
        or low in roles.relative_adverbs
        or _prepositional_relative(sentence, index)
    )


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


# The most words of a subject with appositions set off by commas before its verb of saying.
_MAX_SET_OFF_SUBJECT = 25


#: The most linking adverbs before a verbless statement's speaker ("So auch", "Dazu auch").
_MAX_STATEMENT_ADVERBS = 2


def _statement_start(sentence: _Sentence) -> int:
    """Where the speaker of a verbless statement begins: after the conjunctions and particles
    opening the sentence and an adverb that links the statement to what came before (the
    ``statement_adverbs`` role: "Dazu der Minister: „…“", "Und daraufhin die Sprecherin: …"),
    which belong to the sentence, not to the speaker."""
    start = sentence.opening
    for _ in range(_MAX_STATEMENT_ADVERBS):  # "So auch Grünen-Chefin Sigrid Maurer: „…“"
        if not (
            start + 1 < len(sentence.tokens)
            and (
                sentence.lows[start] in sentence.roles.statement_adverbs
                or (start > sentence.opening and sentence.lows[start] in sentence.roles.leading)
            )
        ):
            break
        start += 1
    return start


def _subject_after_adverbial(sentence: _Sentence) -> tuple[Attribution | None, int]:
    """:func:`_own_subject` in verb-second order after an adverbial, and the verb's token: "Im
    ersten Satz beruft sich die Bank darauf, dass …", "Noch am Freitag hatte Serbiens Präsident
    Boris Tadić versichert, …". The adverbial opens with a preposition (not one of a source,
    "Nach einer Meldung der Agentur …"), a word of time or an adverb ("Dabei griff sie …") and
    ends in a noun, a name, a number or that adverb; the verb follows it, then the subject."""
    first = sentence.opening
    if (
        first >= sentence.last
        or not (sentence.word_class(first) in {"prep", "time"} or _adverb_word(sentence, first))
        or sentence.lows[first] in sentence.lexicon.frames
    ):
        return None, 0
    stop = min(sentence.clause_end[first], sentence.last - 1, first + _MAX_PHRASE)
    for verb in range(first + 1, stop):
        if not sentence.is_lower(verb) or sentence.word_class(verb) in {"det", "prep"}:
            continue  # "Am Rande einer Sitzung in Hannover nahm …": the adverbial goes on
        if not (
            (verb - 1 > first and sentence.is_capitalised(verb - 1))
            # a name in marks ends the adverbial: "Unter dem Motto „Freiheit“ zogen …"
            or (verb - 1 > first and sentence.tokens[verb - 1].quote >= 0)
            or sentence.lows[verb - 1].isdigit()
            or (verb - 1 == first and sentence.word_class(first) != "prep")  # "Dabei griff"
        ):
            if verb - 1 == first:
                continue  # "Im ersten Satz …": the adverbial goes on
            break
        phrase = _postverbal_subject(sentence, verb + 1, sentence.last)
        if phrase is None or sentence.word_class(phrase.start) == "prep":
            break
        return announced_phrase(sentence, *phrase, kind=_KIND_FREE_INDIRECT), verb
    return None, 0


def _sentence_subject(sentence: _Sentence) -> Attribution | None:
    """The person or organisation a sentence opens with, as a possible speaker; after an
    adverb opening it, the subject after the verb ("Langfristig strebt das Unternehmen …")."""
    first = sentence.opening
    if _adverb_word(sentence, first) and first + 2 < sentence.last and sentence.is_lower(first + 1):
        phrase = _postverbal_subject(sentence, first + 2, sentence.last)
        if phrase is None:
            return None
        info = analyse_mention(sentence.words(*phrase), language="de")
        if info is None or info.pronoun or info.kind is _SPEAKER_UNKNOWN:
            return None
        return announced_phrase(sentence, *phrase, kind=_KIND_FREE_INDIRECT)
    phrase = _phrase_after(sentence, first, sentence.last)
    if phrase is None or phrase.stop >= sentence.last:
        return None
    if (
        phrase.stop == first + 1
        and first + 3 < sentence.last
        and sentence.is_lower(first + 1)
        and sentence.lows[first + 2] == "sich"
    ):
        # "Besorgt äußerte sich Kofi Annan über …", "Erfreut zeigte sich der Trainer": a
        # predicative adjective before a reflexive verb; the subject follows "sich".
        after = _postverbal_subject(sentence, first + 3, sentence.last)
        if after is not None and sentence.word_class(first) != "det":
            info = analyse_mention(sentence.words(*after), language="de")
            if info is not None and not info.pronoun and info.kind is not _SPEAKER_UNKNOWN:
                return announced_phrase(sentence, *after, kind=_KIND_FREE_INDIRECT)
    if sentence.tokens[phrase.stop - 1].text == ",":
        # "Der Minister, Thaksin Shinawatra, der …": the apposition's closing comma sets the
        # phrase off; it is no part of the mention.
        phrase = Phrase(phrase.start, phrase.stop - 1)
    set_off = sentence.tokens[phrase.stop].text == ","  # "Hubert Primus, der …, wies …"
    origin = _origin_end(sentence, phrase)
    if origin is not None:
        phrase = Phrase(phrase.start, origin)
    if not set_off and not sentence.is_lower(phrase.stop):
        return None
    if sentence.word_class(phrase.stop) in {"det", "prep", "conj"}:
        return None
    info = analyse_mention(sentence.words(*phrase), language="de")
    if info is None or info.pronoun:
        return None
    # A name without an article ("Larson gab sich optimistisch.") is someone too.
    bare_name = info.named and sentence.word_class(phrase.start) != "det"
    if info.kind is _SPEAKER_UNKNOWN and not bare_name:
        return None
    return announced_phrase(sentence, *phrase, kind=_KIND_FREE_INDIRECT)


#: The most words of a place or body after a person's preposition of origin ("aus Bad
#: Segeberg", "von den Grünen"; see :func:`_origin_end`).
_MAX_ORIGIN_WORDS = 3


def _origin_end(sentence: _Sentence, phrase: Phrase) -> int | None:
    """Where a named person's phrase ends with the place or body it comes from, before a verb:
    "Die Hebamme Anke Jessen aus Eckernförde sieht das anders", "Jonas Weber von den Grünen
    widerspricht" (the ``origin_prepositions`` role, then an article or none and capitalised
    words). None if no such words follow the phrase, the phrase names no person, or a pronoun
    after the verb is its subject ("Anke Jessen aus Eckernförde sieht er als Vorbild")."""
    preposition = phrase.stop
    lows = sentence.lows
    if preposition >= len(lows) or lows[preposition] not in sentence.roles.origin_prepositions:
        return None
    index = preposition + 1
    if sentence.word_class(index) == "det":
        index += 1
    end = index
    while end < sentence.last and end - index < _MAX_ORIGIN_WORDS and sentence.is_capitalised(end):
        end += 1
    if end == index or end >= sentence.last or not sentence.is_lower(end):
        return None
    if end + 1 < len(lows) and lows[end + 1] in sentence.roles.pronouns:
        return None  # "Anke Jessen aus Eckernförde sieht er als Vorbild": the verb's object
    info = analyse_mention(sentence.words(*phrase), language="de")
    if info is None or not info.named or info.kind is not _SPEAKER_PERSON:
        return None
    return end


def _sentence_before(
    sentence: _Sentence, state: _State, pairs: Sequence[QuotePair], *, same_paragraph: bool
) -> _Sentence | None:
    """The sentence right before this one (in this paragraph, or with ``same_paragraph``
    false also the one before), read again from its remembered words; None if there is none."""
    previous = state.previous_span
    if previous is None or not state.previous_is_just_before(same_paragraph=same_paragraph):
        return None
    tokens = state.tokens_of(sentence.text, previous, pairs)
    if not tokens:
        return None
    return _Sentence(sentence.text, tokens, sentence.lexicon, sentence.words_used)


def _reason_giver(
    sentence: _Sentence, first: int, state: _State, pairs: Sequence[QuotePair]
) -> Attribution | None:
    """The speaker of a justification that names none: a verb of saying in the passive or with
    "es" after a phrase of the ``reason_phrases`` role opening the clause ("So hat die Stadt
    ihre Gebühren erhöht. Als Begründung wurde angegeben, …", "Die Union spricht sich dagegen
    aus. Als Begründung dafür heißt es, …") gives the reason of the one who acted in the
    sentence before: its subject, a person or an organisation (:func:`_main_clause_subject`)."""
    if (
        first + 1 >= sentence.last
        or f"{sentence.lows[first]} {sentence.lows[first + 1]}" not in sentence.roles.reason_phrases
    ):
        return None
    before = _sentence_before(sentence, state, pairs, same_paragraph=True)
    if before is None:
        return None
    phrase = _main_clause_subject(before, lambda position: _verb_like(before, position))
    if phrase is None:
        return None
    info = analyse_mention(before.words(*phrase), language="de")
    if info is None or info.pronoun or not (info.named or info.kind is not _SPEAKER_UNKNOWN):
        return None
    return announced_phrase(before, *phrase)


def _main_clause_subject(before: _Sentence, finite: Callable[[int], bool]) -> Phrase | None:
    """The subject of a main clause whose finite verb is the first lower-case word after its
    first that ``finite`` accepts: the phrase before it, or the one after it behind an
    adverbial ("Am Montag legte die Kommission ihren Bericht vor."); not "es"."""
    first = before.opening
    verb = next(
        (
            position
            for position in range(first + 1, before.last)
            if before.is_lower(position) and finite(position)
        ),
        None,
    )
    if verb is None:
        return None
    if before.word_class(first) in {"prep", "adv", "time"} or _adverb_word(before, first):
        phrase = _postverbal_subject(before, verb + 1, before.clause_end[verb])
    else:
        phrase = _preverbal_subject(before, first, verb)
    return None if phrase is None or _is_es(before, phrase) else phrase
