"""German cue words: the words around a verb of saying that belong to its cue without being
positions the rules read ("äußerte sich", "heißt es", "geht davon aus", "Wie … mitteilte",
"bezeichnete … als", "war berichtet worden").

The rules find a cue by its verb, auxiliary and particle (``cue_parts`` in verbs.py) and read
the clause from those positions; the words here only complete the :class:`Quote`'s ``cue``
mention, through :attr:`Attribution.cue_words`, so that no rule sees them. Each is a word the
verb's construction needs: its reflexive pronoun, its "es", the pronominal adverb its content
clause hangs on, the "wie" of a clause that frames a content, the "als" of a predicate of
judging, and the "worden" of a perfect passive.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from newscorpus._extract.lang.de.words import _ADJECTIVE_ENDINGS
from newscorpus._extract.lexicon import FormKind, VerbFlag
from newscorpus._model import QuoteKind

if TYPE_CHECKING:
    from newscorpus._extract.lang.de.bundle import VerbForm
    from newscorpus._extract.lang.de.sentence import _Sentence
    from newscorpus._extract.speakers import Attribution


# Enum members read in the rules, bound to names once: on Python 3.11 a member read through
# its class goes through EnumType.__getattr__, a slow path.
_KIND_REPORTED = QuoteKind.REPORTED

_REFLEXIVE = "sich"
_IMPERSONAL = "es"
_NEGATION = "neg"  # the word class of "nicht", "nie", "kein"
_PASSIVE_PERFECT = "worden"
# The word that makes a pronominal adverb before it an adverbial: "darüber hinaus"
_ADVERBIAL_COMPLETION = "hinaus"
_CORRELATIVE = "auch"  # "als auch" joins ("Sowohl die Kosten als auch die Risiken kritisierte")
_FRAMING_SUBORDINATOR = "wie"  # "Wie die Polizei mitteilte, …"
_CLAUSE_MARKS = frozenset({",", ";", ":"})  # a clause may start with the mark before it
_MAX_INSERTS = 2  # appositions between "wie" and its verb: "Wie der Sprecher, Gerald Braun, …"
# The word classes of a verb: an unknown lower-case word or an auxiliary ("und gilt", "und ist")
_VERB_CLASSES = frozenset({"", "verb"})


def with_cue_words(
    sentence: _Sentence,
    finite: int,
    cue_parts: list[int],
    form: VerbForm,
    found: list[Attribution],
) -> list[Attribution]:
    """``found``, the attributions of the verb at ``cue_parts`` (its finite verb at ``finite``),
    with the words of :func:`_cue_word_positions` as their ``cue_words``; a word inside an
    attribution's content (except in reported speech, whose content is the whole sentence), its
    speaker's mention or its addressee is left out, and so is a "von" (the ``von`` role) right
    before the mention, which names the agent of a passive ("wurde von der Polizei
    berichtet")."""
    if not found:
        return found
    positions = _cue_word_positions(sentence, finite, cue_parts, form)
    if not positions:
        return found
    spans = [(position, sentence.span(position, position + 1)) for position in sorted(positions)]
    tokens, agents = sentence.tokens, sentence.roles.von
    completed: list[Attribution] = []
    for attribution in found:
        mention = attribution.mention
        taken = [
            span
            for position, span in spans
            if not any(
                other is not None and other.start < span.end and span.start < other.end
                for other in (
                    None if attribution.kind is _KIND_REPORTED else attribution.content,
                    mention,
                    attribution.addressee,
                )
            )
            # "von" right before the speaker names the agent of a passive, not the topic:
            # "Es wurde von der Polizei berichtet, dass …"
            and not (
                mention is not None
                and sentence.lows[position] in agents
                and position + 1 < len(tokens)
                and tokens[position + 1].start == mention.start
            )
        ]
        completed.append(
            attrs.evolve(attribution, cue_words=tuple(taken)) if taken else attribution
        )
    return completed


# Enum members read for every cue or attribution, bound to names once: on Python 3.11 a
# member read through its class goes through EnumType.__getattr__, a slow path.
_FLAG_ALS = VerbFlag.ALS
_FLAG_ES = VerbFlag.ES
_FLAG_NAMING = VerbFlag.NAMING
_FLAG_NOSICH = VerbFlag.NOSICH
_FORM_PARTICIPLE = FormKind.PARTICIPLE


def _cue_word_positions(
    sentence: _Sentence, finite: int, cue_parts: list[int], form: VerbForm
) -> set[int]:
    """The token positions of the words that complete the cue at ``cue_parts``:

    - "sich" right after a part, unless the reflexive is no speech (*nosich*): "äußerte sich",
      "hat sich … geäußert";
    - "es" right after a part or right before the finite verb, for verbs flagged *es*: "hieß
      es", "Es heißt"; before the auxiliary of a passive: "Es wird vermutet, dass …"; after a
      verb whose last part is of the ``holding_verbs`` role, without a separable particle: "hält
      es für möglich, dass …", "hat es für möglich gehalten" (not "hielt es für die Regierung
      fest");
    - a pronominal adverb (the ``cue_adverbs`` role) right after a part, or right before the
      verb's separable particle: "verwies darauf", "geht davon aus", "geht die Polizei davon
      aus" (not "sagte darüber hinaus"); one of the ``particle_cue_adverbs`` role only before
      the particle: "rief dazu auf";
    - the preposition of the verb's object (the ``cue_prepositions`` role, by lemma) right
      after a part: "sprach von einem Erfolg", "warnte vor den Folgen";
    - "worden" right after the participle: "war berichtet worden";
    - the "wie" that opens the verb's clause, when the verb closes it: "Wie die Polizei
      mitteilte, …", "wie | zitiert wird";
    - the "für" of a verb of the ``holding_verbs`` role without a separable particle: "hält es
      für möglich, dass …" (not "hielt für die Regierung fest, dass …");
    - the "als" of a predicate of judging in the clause of a verb flagged *naming* or *als*,
      or of the ``naming_verbs`` role: "bezeichnete den Plan als Fehler", "als Fehler
      bezeichnet".
    """
    lows = sentence.lows
    count = len(lows)
    flags = form.flags
    adverbs = sentence.roles.cue_adverbs
    parts = set(cue_parts)
    last_part = max(cue_parts)
    # "halten für" without a separable particle: not "hielt für die Regierung fest, dass …",
    # "hielt den Kritikern entgegen"
    holding = not form.particle
    positions: set[int] = set()
    for part in cue_parts:
        following = part + 1
        if following >= count or following in parts:
            continue
        low = lows[following]
        if (
            # unless the reflexive is no speech, or a coordinator stands between it and the
            # verb: "hat sich … geäußert", not "hat sich gegen den Plan ausgesprochen und
            # behauptet" (the other verb's)
            (
                low == _REFLEXIVE
                and _FLAG_NOSICH not in flags
                and sentence.roles.coordinators.isdisjoint(lows[following:last_part])
            )
            or (low == _IMPERSONAL and _FLAG_ES in flags)
            # not one word of an adverbial: "sagte darüber hinaus" ("moreover")
            or (low in adverbs and lows[following + 1 : following + 2] != [_ADVERBIAL_COMPLETION])
            or f"{form.lemma} {low}" in sentence.roles.cue_prepositions
            or (
                low == _PASSIVE_PERFECT and form.kind is _FORM_PARTICIPLE and part == max(cue_parts)
            )
        ):
            positions.add(following)
        elif low == _IMPERSONAL and holding and lows[last_part] in sentence.roles.holding_verbs:
            positions.add(following)  # "hält es für möglich", "hat es für möglich gehalten"
    if (
        finite > 0
        and lows[finite - 1] == _IMPERSONAL
        and (_FLAG_ES in flags or form.kind is _FORM_PARTICIPLE)
    ):
        positions.add(finite - 1)  # "Es heißt", "Es wird vermutet, dass …"
    if (
        form.particle
        and last_part > finite + 1
        and (
            lows[last_part - 1] in adverbs
            or lows[last_part - 1] in sentence.roles.particle_cue_adverbs
        )
    ):
        positions.add(last_part - 1)  # "geht die Polizei davon aus", "rief dazu auf"
    # appositions stand before a verb that closes its clause: "Wie der Sprecher, Gerald Braun,
    # mitteilte"; before a verb in second place the comma ends a clause before ("lobte den Plan
    # als Erfolg, die Regierung nannte ihn „…“")
    closing = last_part >= min(sentence.clause_end[last_part], sentence.last) - 1
    opener = _clause_opener(sentence, finite, appositions=closing)
    if closing and opener < finite and lows[opener] == _FRAMING_SUBORDINATOR:
        positions.add(opener)
        if _FLAG_ES in flags and lows[opener + 1] == _IMPERSONAL:
            positions.add(opener + 1)  # "Wie es aus Koalitionskreisen hieß"
    if holding and (
        lows[finite] in sentence.roles.holding_verbs
        or lows[last_part] in sentence.roles.holding_verbs
    ):
        for index in range(finite + 1, sentence.clause_end[last_part]):
            if lows[index] in sentence.roles.holding_prepositions:
                positions.add(index)  # "hält es für möglich, dass …"
                break
    if _FLAG_NAMING in flags or _FLAG_ALS in flags or form.lemma in sentence.roles.naming_verbs:
        judged = _predicate_opener(sentence, opener, finite, last_part)
        if judged is not None:
            positions.add(judged)  # "bezeichnete den Plan als Fehler", "als … bezeichnet"
    for part in cue_parts:
        # a negation next to a part belongs to the cue: "hat nie gesagt", "lehnt … nicht ab",
        # after the part only when the clause ends there ("sagte nicht, ob …"; not "forderte
        # nicht nur …", "warnte nicht zum ersten Mal")
        before, after = part - 1, part + 1
        if before >= 0 and sentence.word_class(before) == _NEGATION:
            positions.add(before)
        if (
            after + 1 < count
            and sentence.word_class(after) == _NEGATION
            and (lows[after + 1] == "," or sentence.word_class(after + 1) == "sub")
        ):
            positions.add(after)
    return positions - parts


def _predicate_opener(sentence: _Sentence, opener: int, finite: int, last_part: int) -> int | None:
    """The "als" of a predicate of judging in the clause from ``opener`` of the verb whose last
    part is at ``last_part``: one after the finite verb at ``finite`` before one in the field
    before it, which may be a role ("Als Ministerin bezeichnete sie den Plan als Fehler"; "Als
    Wortbruch kritisierte die Opposition den Plan" has only that one); not the "als" of "als
    auch", nor one after a comparative (the ``comparatives`` role: "mehr als die Hälfte",
    "schärfer als die Opposition"), nor one of the clause before a coordinator right before
    the finite verb ("gelten als SPÖ-nahe und wurden … als „…“ bezeichnet"), nor one after a
    coordinator and another verb after the verb's last part ("wird … bewertet und gilt damit
    nicht als „Störfall“")."""
    # a verb right after a coordinator shares the clause before it, not its predicate
    start = (
        finite
        if opener < finite and sentence.lows[finite - 1] in sentence.roles.coordinators
        else opener
    )
    after = _predicate_in(sentence, finite, sentence.clause_end[last_part], last_part)
    return after if after is not None else _predicate_in(sentence, start, finite, last_part)


def _predicate_in(sentence: _Sentence, start: int, stop: int, last_part: int) -> int | None:
    """The first "als" of a predicate from ``start`` to ``stop`` (see
    :func:`_predicate_opener`)."""
    lows, roles = sentence.lows, sentence.roles
    for index in range(start, stop):
        low = lows[index]
        if index > last_part and low in roles.coordinators and _verb_after(sentence, index):
            return None
        if (
            low in roles.predicative
            and lows[index + 1 : index + 2] != [_CORRELATIVE]
            and (index == 0 or lows[index - 1] not in roles.comparatives)
        ):
            return index
    return None


def _verb_after(sentence: _Sentence, coordinator: int) -> bool:
    """Whether the word after the coordinator at ``coordinator`` is a verb: a lower-case word of
    no closed class, or an auxiliary, that is no adjective before a noun ("und gilt damit", not
    "und teuren Plan")."""
    following = coordinator + 1
    return (
        sentence.is_lower(following)
        and sentence.word_class(following) in _VERB_CLASSES
        and not (
            sentence.lows[following].endswith(_ADJECTIVE_ENDINGS)
            and sentence.is_capitalised(following + 1)
        )
    )


def impersonal_after_wie(sentence: _Sentence, verb: int) -> int | None:
    """Where the "es" stands that opens the verb-final "wie" clause of the verb at ``verb``
    after its "wie", if it does: "Wie es aus Koalitionskreisen hieß, …", "…, wie es in einer
    Mitteilung der Polizei heißt." (the "es" of a verb flagged *es* stands apart from it)."""
    opener = _clause_opener(sentence, verb, appositions=False)
    es = opener + 1
    lows = sentence.lows
    if es < verb and lows[opener] == _FRAMING_SUBORDINATOR and lows[es] == _IMPERSONAL:
        return es
    return None


def _clause_opener(sentence: _Sentence, finite: int, *, appositions: bool) -> int:
    """The first word of the clause of the verb at ``finite``; with ``appositions``, back past
    up to ``_MAX_INSERTS`` appositions set off by commas ("Wie der Sprecher, Gerald Braun,
    mitteilte"), when the word before such an apposition is a capitalised word."""
    lows = sentence.lows
    opener = sentence.clause_start[finite]
    for _ in range(_MAX_INSERTS if appositions else 0):
        if lows[opener] in _CLAUSE_MARKS:
            opener += 1  # the comma before ", wie die Polizei mitteilte"
        if (
            lows[opener] == _FRAMING_SUBORDINATOR
            or opener < 2
            or lows[opener - 1] != ","
            or not sentence.is_capitalised(opener - 2)
        ):
            break
        opener = sentence.clause_start[opener - 2]
    if lows[opener] in _CLAUSE_MARKS:
        opener += 1
    return opener
