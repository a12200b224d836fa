"""German words, the step after the sentence view (sentence.py): tests of one word or a few words
that the noun phrases, contents, subjects and cue rules ask (an adverb, a capitalised word, "es", a
verb form standing as an adjective, a finite or verb-like word, an indicative verb, the endings of
adjectives and finite verbs)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newscorpus._extract.lang.de.bundle import FramePosition
from newscorpus._extract.lang.de.sentence import _MAX_PHRASE, _lower_case_name_part, _Sentence
from newscorpus._extract.lexicon import FormKind
from newscorpus._extract.speakers import role_or_organisation

if TYPE_CHECKING:
    from newscorpus._extract.engine import Phrase
    from newscorpus._extract.lang.de.bundle import _German


# Enum members read in the rules, bound to names once: on Python 3.11 a member read through
# its class goes through EnumType.__getattr__, a slow path.
_FORM_FINITE = FormKind.FINITE
_FORM_PARTICIPLE = FormKind.PARTICIPLE


def _after_attributed_phrase(sentence: _Sentence, index: int) -> bool:
    """Whether the participle at ``index`` closes an extended attribute that opens with a
    prepositional phrase right after an article: "in einer von der amtlichen Nachrichtenagentur
    verbreiteten Erklärung", "die vom Ministerium veröffentlichten Zahlen". An article before a
    preposition opens such an attribute; a finite verb after a noun has none ("Die Behörden
    verbreiteten Erklärungen")."""
    position = index - 1
    stop = max(0, index - _MAX_PHRASE)
    while position > stop and (
        sentence.is_capitalised(position)
        or sentence.is_adjective(position)
        or sentence.word_class(position) == "det"
    ):
        position -= 1
    return (
        position < index - 1
        and position > 0
        and sentence.word_class(position) == "prep"
        and sentence.word_class(position - 1) == "det"
    )


def _attributive(sentence: _Sentence, index: int) -> bool:
    """Whether a verb form stands as an adjective before its noun: "der gestern veröffentlichte
    Bericht", "in ihrem 2009 veröffentlichten Roman". One more adjective may stand on either
    side of it inside the noun phrase: "die erste bekannte Tat", "den bekannten vier
    Methoden"."""
    if index + 1 >= len(sentence.tokens):
        return False
    if index == 0:
        # "Überzeugte Anhänger sagen …", "Besorgte Anwohner …": an inflected participle that
        # opens the sentence before a noun; a verb opening it has its subject after it, an
        # article or a name, also after a role ("Erklärte der Minister …", "Sagte Anna Berg …",
        # "Erklärte Ministerpräsident Kretschmann: …"). (After a leading particle the verb
        # stands second: "Zudem erzählte Held, …".)
        following = index + 1
        return (
            _inflected_participle(sentence, sentence.lows[index])
            and sentence.is_head(following)
            and sentence.tokens[following].text not in sentence.lexicon.first_names
            # "Bestätigte Polizeisprecher Meier am Abend: …": a role or title before a name
            # is the subject after a verb opening the sentence
            and not sentence.is_head(following + 1)
        )
    head = index + 1
    if head + 1 < len(sentence.tokens) and sentence.is_adjective(head):
        head += 1
    if not sentence.is_head(head):
        return False
    if not _inflected_participle(sentence, sentence.lows[index]):
        return False  # "Das sagte Merkel": "sagte" is no participle with an ending
    if _after_attributed_phrase(sentence, index):
        return True
    before = index - 1
    if before > 0 and sentence.is_adjective(before) and sentence.word_class(before - 1) == "det":
        before -= 1
    # A lower-case word of time may stand between too: "der gestern veröffentlichte Bericht",
    # but "Des Weiteren verwies …" is a verb.
    if before > 0 and (
        sentence.word_class(before) == "adv"
        or (sentence.word_class(before) == "time" and sentence.is_lower(before))
        # an adverb of no word class right after an article: "eine weitgehend bekannte Größe"
        or (
            sentence.word_class(before - 1) == "det"
            and not sentence.word_class(before)
            and sentence.is_lower(before)
            and sentence.lows[before] not in sentence.lexicon.verbs
        )
    ):
        before -= 1
        if before > 0 and sentence.word_class(before) in {"adv", "neg"}:
            before -= 1  # and a negation or adverb: "auf nicht weiter bezeichnete Quellen"
    if sentence.tokens[before].text.isdigit():
        # "der 2009 veröffentlichte Bericht", "im 2009 erschienenen Buch"; not a date before a
        # verb in second position ("Im Juli 2008 sagte Müller, …").
        return before > 0 and sentence.word_class(before - 1) in {"det", "prep"}
    if (
        before == sentence.opening
        and sentence.lows[before] in sentence.roles.demonstrative
        and (
            sentence.tokens[index + 1].text in sentence.lexicon.first_names
            or role_or_organisation(sentence.tokens[index + 1].text, "de")
        )
    ):
        return False  # "Das erklärte General Winai am Montag": a speaker follows the verb
    # Or right after a preposition, without an article: "wegen wiederholten Fouls" (not the
    # "zu" of an infinitive).
    return sentence.word_class(before) == "det" or (
        sentence.word_class(before) == "prep" and sentence.lows[before] != "zu"
    )


_ADJECTIVE_ENDINGS = ("em", "en", "er", "es", "e")


def _inflected_participle(sentence: _Sentence, low: str) -> bool:
    """Whether ``low`` is a participle of the lexicon with an adjective ending
    ("veröffentlichte", "genannten", "angekündigtes"), as an attributive form must be."""
    verbs = sentence.lexicon.verbs
    for ending in _ADJECTIVE_ENDINGS:
        if low.endswith(ending) and any(
            form.kind is _FORM_PARTICIPLE for form in verbs.get(low[: -len(ending)], ())
        ):
            return True
    return False


def _after_preposition(sentence: _Sentence, index: int) -> bool:
    """Whether the word at ``index`` stands between a preposition and a capitalised noun, where
    no finite verb stands: a verb form there is a determiner or adjective of the same spelling
    ("hielt sich an meinen Plan": "meinen" is "my", not "to mean"). The "zu" of an infinitive is
    no such preposition ("etwas zu sagen"), nor one that may close its phrase (the
    ``postpositions`` role: "Dem Vernehmen nach wirft …", "Insidern zufolge fordern …"); a
    preposition that is also an adverb has no noun after it ("hat laut gesagt, dass …")."""
    before = index - 1
    if before < 0 or sentence.word_class(before) != "prep" or index + 1 >= sentence.last:
        return False
    low = sentence.lows[before]
    return (
        low != "zu"
        and low not in sentence.roles.postpositions
        and sentence.is_capitalised(index + 1)
    )


def _attributive_verb(sentence: _Sentence, index: int) -> bool:
    """A verb form of the lexicon standing as an adjective inside a noun phrase ("in einer
    gestern verbreiteten Erklärung")."""
    return sentence.lows[index] in sentence.lexicon.verbs and _attributive(sentence, index)


def _adverb_word(sentence: _Sentence, index: int) -> bool:
    """Whether the word at ``index`` is an adverb: a closed-class one ("Dafür", "Inzwischen")
    or a capitalised adverbial adjective with an ending of the ``adverb_endings`` role
    ("Relativierend", "Langfristig"), not a first name, a role or an organisation."""
    if index >= len(sentence.tokens) or sentence.is_lower(index):
        return False
    word_class = sentence.word_class(index)
    if word_class:
        return word_class in {"adv", "time"}
    if (
        index == sentence.opening
        and index + 1 < sentence.last
        and sentence.is_lower(index + 1)
        and (
            sentence.lows[index] in sentence.roles.comparatives
            or sentence.lows[index + 1] in sentence.roles.comparatives
        )
    ):
        # "Anders sieht das die Arbeiterkammer", "Ganz anders sieht das …": a comparison opens
        # the sentence before its verb (not the names "Anders Fogh Rasmussen", "Bruno Ganz")
        return True
    word = sentence.tokens[index].text
    if sentence.lows[index] in sentence.roles.predicative_adjectives:
        return True  # "Erleichtert zeigte sich die Polizei", "Zufrieden ist auch der Trainer"
    return (
        sentence.lows[index].endswith(tuple(sentence.roles.adverb_endings))
        and word not in sentence.lexicon.first_names
        and not role_or_organisation(word, "de")
    )


def _is_capital(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit()


def _skip_adverbs(sentence: _Sentence, index: int) -> int:
    count = len(sentence.tokens)
    steps = 0
    lows, classes = sentence.lows, sentence.word_classes
    while index < count and steps < 4:
        low = lows[index]
        if low == "sich" or (classes.get(low) == "adv" and low != "so"):
            index += 1
            steps += 1
            continue
        break
    return index


def _verb_second(sentence: _Sentence, start: int) -> bool:
    """ "erklärte, damit solle ein Machtvakuum vermieden werden": a word that can open an
    adverbial clause ("damit", "da") is an adverb opening a main clause when a finite verb in
    the Konjunktiv or an auxiliary follows it right away."""
    following = start + 1
    if following >= sentence.last or not sentence.is_lower(following):
        return False
    low = sentence.lows[following]
    lexicon = sentence.lexicon
    return low in lexicon.konjunktiv or low in lexicon.konjunktiv_two or low in lexicon.auxiliaries


def _participle_like(word: str, lexicon: _German) -> bool:
    """Whether ``word`` can be the participle of a perfect infinitive ("geholfen haben",
    "verletzt worden sein"): lower case, no function word, ending in -t or -en. "soll ein
    Kleinkrimineller sein", "soll die Kernenergie sein" state a plan, not hearsay."""
    return (
        word[:1].islower()
        and word.endswith(("t", "en"))
        and word not in lexicon.word_class
        and word not in lexicon.roles.perfect_infinitive
    )


_ANAPHORIC = frozenset({FramePosition.ANAPHOR, FramePosition.OPENING})


def _anaphoric(sentence: _Sentence, index: int) -> bool:
    """Whether the word at ``index`` is an attribution word that points back to a source, an
    *anaphor* or *opening* phrase of ``frames.txt`` ("Demnach", "Danach")."""
    return sentence.lexicon.frames.get(sentence.lows[index]) in _ANAPHORIC


# Endings of a finite verb form in the third person: "veröffentlichte", "gehört", "nahmen".
_FINITE_ENDINGS = ("t", "e", "n")


def _verb_like(sentence: _Sentence, position: int) -> bool:
    """Whether the lower-case word at ``position`` may be a clause's verb rather than a word of
    a noun phrase: a known verb form or auxiliary, a word that is no function word, adjective or
    name ("gilt"), or a word in -en right after a capitalised word ("Am Samstag starben
    behördlichen Angaben zufolge": the adjective of a phrase stands before its noun)."""
    lexicon = sentence.lexicon
    low = sentence.lows[position]
    if low in lexicon.auxiliaries or low in lexicon.verbs or low in lexicon.konjunktiv:
        return True
    if low in lexicon.word_class or _lower_case_name_part(sentence, position):
        return False  # a function word, or a name like "worldreferee.com", "flightradar24"
    previous = position - 1
    if (
        low.endswith("en")
        and previous >= 0
        and sentence.is_capitalised(previous)
        and sentence.word_class(previous) != "det"
    ):
        return True
    return not (sentence.is_adjective(position) or sentence.is_head(position))


def _apposition_adjective(sentence: _Sentence, position: int) -> bool:
    """Whether the lower-case word at ``position`` heads an adjective apposition: right after
    a comma, uninflected with an ending of the ``apposition_adjectives`` role and followed by a
    preposition ("Erich Stamminger, zuständig für das US-Geschäft, sagte"), no verb form the
    lexicons know."""
    low = sentence.lows[position]
    lexicon = sentence.lexicon
    return (
        position > 0
        and sentence.tokens[position - 1].text == ","
        and low.endswith(tuple(sentence.roles.apposition_adjectives))
        and sentence.word_class(position + 1) == "prep"
        and low not in lexicon.verbs
        and low not in lexicon.auxiliaries
        and low not in lexicon.konjunktiv
    )


#: How far into a participle the "ge" after a separable particle may stand ("ausgezeichnet").
_PARTICLE_GE_WITHIN = 6
#: The endings of a past participle ("gefragt", "angesprochen").
_PARTICIPLE_ENDINGS = ("t", "en")


def _apposition_participle(sentence: _Sentence, position: int) -> bool:
    """Whether the lower-case word at ``position`` heads a participle apposition: right after
    a comma, or after an adverb right after one ("Laura Basuki, ausgezeichnet für ihre Rolle,
    sagte", "Der Minister, sichtlich verärgert, erklärte"), with a participle's prefix (the
    ``participle_prefixes`` role, or "ge" after a particle) and ending; no auxiliary, no
    Konjunktiv form, and of the verbs of saying only a participle ("gefragt nach den Kosten")."""
    if position < 1:
        return False
    before = position - 1
    if sentence.tokens[before].text != ",":
        if before < 1 or sentence.tokens[before - 1].text != "," or sentence.is_capitalised(before):
            return False
        adverb = sentence.lows[before]
        if sentence.word_class(before) != "adv" and not adverb.endswith(
            tuple(sentence.roles.apposition_adjectives)
        ):
            return False  # "sichtlich", "hörbar", "sehr"
    low = sentence.lows[position]
    lexicon = sentence.lexicon
    if (
        not low.endswith(_PARTICIPLE_ENDINGS)
        or low in lexicon.auxiliaries
        or low in lexicon.konjunktiv
        or not (
            low.startswith(tuple(sentence.roles.participle_prefixes))
            or "ge" in low[1:_PARTICLE_GE_WITHIN]
        )
    ):
        return False
    return all(form.kind is FormKind.PARTICIPLE for form in lexicon.verbs.get(low, ()))


def _is_es(sentence: _Sentence, phrase: Phrase) -> bool:
    return phrase.stop - phrase.start == 1 and sentence.lows[phrase.start] == "es"


def _indicative_verb(sentence: _Sentence, index: int) -> bool:
    """Whether the lower-case word at ``index`` is a finite verb in the indicative: a known
    verb form or auxiliary in the indicative, or an unknown word with a verb's ending that
    cannot be a Konjunktiv I ("befürchtet", "erwarten"; not "besitze")."""
    if not sentence.is_lower(index):
        return False
    low = sentence.lows[index]
    lexicon = sentence.lexicon
    if (
        low in lexicon.konjunktiv
        or low in lexicon.konjunktiv_two
        or low in sentence.roles.reportive
        or low in sentence.roles.sein
        or low in sentence.roles.passive
    ):
        return False
    auxiliary = lexicon.auxiliaries.get(low)
    if auxiliary is not None:
        return auxiliary[1] != "konj"
    if low in lexicon.verbs:
        return any(form.kind is _FORM_FINITE and not form.konjunktiv for form in lexicon.verbs[low])
    if sentence.word_class(index):
        return False
    return low.endswith(_FINITE_ENDINGS) and (not low.endswith("e") or low.endswith("te"))
