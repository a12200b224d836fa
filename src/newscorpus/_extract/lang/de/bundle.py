"""The German bundle: the lexicons of ``lang/de`` read into the word sets, verb forms and
attribution phrases the rules look up (one cached :class:`_German`, cleared when the
registry changes)."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, NamedTuple

import attrs

from newscorpus._exceptions import LexiconError
from newscorpus._extract.languages import ContentEnd, get_language, on_registry_change
from newscorpus._extract.lexicon import (
    FormKind,
    LexiconEnum,
    VerbFlag,
    initial_enders,
    lexicon_path,
    read_lexicon,
    read_numbered_lexicon,
    read_pairs,
    read_speech_verbs,
    read_word_roles,
    read_word_set,
)

if TYPE_CHECKING:
    from collections.abc import Iterable


_INSEPARABLE = ("be", "emp", "ent", "er", "ge", "miss", "ver", "zer", "hinter", "über", "unter")
_VOWELS = frozenset("aeiouäöüy")
_UMLAUTS = frozenset("äöü")


@attrs.frozen(kw_only=True)
class VerbForm:
    """One inflected form of a verb of saying.

    ``particle`` is the separable particle that must follow in the clause ("mit" for "teilte");
    ``kind`` is :attr:`FormKind.FINITE` or :attr:`FormKind.PARTICIPLE`; ``plural`` the number of
    a finite form; ``konjunktiv`` marks a form that is only a Konjunktiv ("sage", "spräche").
    """

    lemma: str
    particle: str
    kind: FormKind
    plural: bool | None
    konjunktiv: bool
    flags: frozenset[VerbFlag]


class WordRoles(NamedTuple):
    """The word sets the German rules ask for by name, from ``word_roles.txt`` (where each
    role's comment says what its words do)."""

    complementizers: frozenset[str]
    degree_words: frozenset[str]
    amount_words: frozenset[str]
    attribute_adverbs: frozenset[str]
    result_conjunctions: frozenset[str]
    not_content: frozenset[str]
    clock_words: frozenset[str]
    leading: frozenset[str]
    statement_adverbs: frozenset[str]
    headline_labels: frozenset[str]
    predicate_verbs: frozenset[str]
    words_nouns: frozenset[str]
    attitude_verbs: frozenset[str]
    attitude_adjectives: frozenset[str]
    stance_adjectives: frozenset[str]
    floor_nouns: frozenset[str]
    genitive: frozenset[str]
    relative: frozenset[str]
    genitive_relative: frozenset[str]
    demonstrative: frozenset[str]
    embedding: frozenset[str]
    coordinators: frozenset[str]
    source_prepositions: frozenset[str]
    request_nouns: frozenset[str]
    question_words: frozenset[str]
    question_nouns: frozenset[str]
    request_prepositions: frozenset[str]
    loose_ends: frozenset[str]
    sein: frozenset[str]
    passive_perfect: frozenset[str]
    slogan_nouns: frozenset[str]
    slogan_links: frozenset[str]
    chant_verbs: frozenset[str]
    commenting_verbs: frozenset[str]
    was_antecedents: frozenset[str]
    was_questions: frozenset[str]
    cue_adverbs: frozenset[str]
    particle_cue_adverbs: frozenset[str]
    cue_prepositions: frozenset[str]
    von: frozenset[str]
    mit: frozenset[str]
    predicative: frozenset[str]
    comparatives: frozenset[str]
    personal_verbs: frozenset[str]
    conditions: frozenset[str]
    pronouns: frozenset[str]
    dative_pronouns: frozenset[str]
    dative_possessives: frozenset[str]
    subject_pronouns: frozenset[str]
    reportive: frozenset[str]
    konjunktiv_formulas: frozenset[str]
    negating_determiners: frozenset[str]
    negated_noun_cues: frozenset[str]
    reportive_perfect: frozenset[str]
    strong_participle_prefixes: frozenset[str]
    sein_infinitive: frozenset[str]
    intention_words: frozenset[str]
    passive: frozenset[str]
    object_determiners: frozenset[str]
    nominative: frozenset[str]
    partitive: frozenset[str]
    adverb_endings: frozenset[str]
    predicative_adjectives: frozenset[str]
    apposition_adjectives: frozenset[str]
    genitive_openers: frozenset[str]
    own_source: frozenset[str]
    possessives: frozenset[str]
    statement_nouns: frozenset[str]
    owned_statements: frozenset[str]
    state_verbs: frozenset[str]
    state_prepositions: frozenset[str]
    origin_prepositions: frozenset[str]
    participle_prefixes: frozenset[str]
    said_prepositions: frozenset[str]
    speech_act_nouns: frozenset[str]
    speech_act_prepositions: frozenset[str]
    charge_nouns: frozenset[str]
    abstract_noun_endings: frozenset[str]
    view_verbs: frozenset[str]
    accusative_relatives: frozenset[str]
    intention_verbs: frozenset[str]
    response_sources: frozenset[str]
    narrative_times: frozenset[str]
    narrative_asides: frozenset[str]
    plural_accounts: frozenset[str]
    infinitive_conjunctions: frozenset[str]
    relative_adverbs: frozenset[str]
    singular_articles: frozenset[str]
    postpositions: frozenset[str]
    negation_focus: frozenset[str]
    future_auxiliaries: frozenset[str]
    nobody: frozenset[str]
    asking_verbs: frozenset[str]
    place_prepositions: frozenset[str]
    not_places: frozenset[str]
    indefinite: frozenset[str]
    name_context: frozenset[str]
    demonstrative_pronouns: frozenset[str]
    term_markers: frozenset[str]
    work_prepositions: frozenset[str]
    title_nouns: frozenset[str]
    relative_after_preposition: frozenset[str]
    perfect_infinitive: frozenset[str]
    contracted_prepositions: frozenset[str]
    topic_prepositions: frozenset[str]
    event_nouns: frozenset[str]
    qualified_nouns: frozenset[str]
    document_nouns: frozenset[str]
    temporal_frames: frozenset[str]
    statute_nouns: frozenset[str]
    toll_verbs: frozenset[str]
    naming_verbs: frozenset[str]
    dative_articles: frozenset[str]
    toll_nouns: frozenset[str]
    thing_object_subjects: frozenset[str]
    addressee_prepositions: frozenset[str]
    conversation_nouns: frozenset[str]
    occasion_nouns: frozenset[str]
    reason_phrases: frozenset[str]
    document_anaphors: frozenset[str]
    existential_verbs: frozenset[str]
    definite_articles: frozenset[str]
    nominative_pronouns: frozenset[str]
    adverbial_prepositions: frozenset[str]
    object_relatives: frozenset[str]
    oblique_relatives: frozenset[str]
    correlative_openers: frozenset[str]
    correlative_partners: frozenset[str]
    comma_coordinators: frozenset[str]
    partner_prepositions: frozenset[str]
    audience_prepositions: frozenset[str]
    audience_nouns: frozenset[str]
    medium_endings: frozenset[str]
    dative_medium_endings: frozenset[str]
    medium_nouns: frozenset[str]
    medium_parts: frozenset[str]
    medium_staff: frozenset[str]
    press_statements: frozenset[str]
    quantifier_subjects: frozenset[str]
    medium_prepositions: frozenset[str]
    told_datives: frozenset[str]
    told_dative_stops: frozenset[str]
    pluperfect: frozenset[str]
    modal: frozenset[str]
    first_person: frozenset[str]
    time_focus: frozenset[str]
    name_attachments: frozenset[str]
    name_prepositions: frozenset[str]
    holder_prepositions: frozenset[str]
    directions: frozenset[str]
    title_prepositions: frozenset[str]
    medium_requests: frozenset[str]
    light_verb_nouns: frozenset[str]
    reflexive: frozenset[str]
    self_naming_verbs: frozenset[str]
    name_verbs: frozenset[str]
    name_nouns: frozenset[str]
    term_nouns: frozenset[str]
    address_words: frozenset[str]
    personal_subjects: frozenset[str]
    known_as: frozenset[str]
    impersonal: frozenset[str]
    naming_lemmas: frozenset[str]
    non_dative: frozenset[str]
    side_nouns: frozenset[str]
    quantities: frozenset[str]
    judging_verbs: frozenset[str]
    holding_verbs: frozenset[str]
    holding_prepositions: frozenset[str]
    verb_particles: frozenset[str]
    noticing_verbs: frozenset[str]
    receiving_verbs: frozenset[str]
    rejecting_verbs: frozenset[str]
    issuing_verbs: frozenset[str]
    demonstrative_determiners: frozenset[str]
    dative_object_verbs: frozenset[str]
    an_addressing_verbs: frozenset[str]
    zu_addressing_verbs: frozenset[str]
    sentence_openers: frozenset[str]
    surname_function_words: frozenset[str]
    continuing_adverbs: frozenset[str]
    narrating_coordinators: frozenset[str]


#: The word classes after which a word is used as a common noun, not a name.
_NOUN_MARKERS = frozenset({"det", "prep"})


@attrs.frozen(kw_only=True)
class _German:
    verbs: dict[str, tuple[VerbForm, ...]]
    konjunktiv: frozenset[str]
    konjunktiv_two: frozenset[str]
    triggers: frozenset[str]
    conditional_triggers: dict[str, frozenset[frozenset[str]]]
    conditional_words: frozenset[str]
    particle_triggers: dict[str, frozenset[str]]
    particle_words: frozenset[str]
    auxiliary_words: frozenset[str]
    cue_words: frozenset[str]  # every verb form and attribution phrase
    speech_noun_endings: tuple[str, ...]
    title_noun_endings: tuple[str, ...]
    occasion_noun_endings: tuple[str, ...]  # the occasion and conversation nouns
    auxiliaries: dict[str, tuple[str, str]]
    word_class: dict[str, str]
    #: the determiners and prepositions of ``function_words.txt`` (classes "det" and "prep"),
    #: lower case: after one a word is used as a common noun ("der Pfusch", "um Staatsversagen")
    noun_markers: frozenset[str]
    #: the function words that are also surnames (the ``surname_function_words`` role),
    #: capitalised: "Ministerpräsident Stephan Weil" (looked for with ``str.find``, which is
    #: many times faster than an expression with a look-behind over every sentence)
    capitalised_surnames: tuple[str, ...]
    #: the role nouns of ``roles.txt`` (both genders, lower case), which end a compound role
    role_endings: tuple[str, ...]
    frames: dict[str, FramePosition]
    roles: WordRoles
    opening_frames: frozenset[str]
    noun_frames: frozenset[str]
    trailing_frame: re.Pattern[str] | None
    trailing_words: frozenset[str]
    speech_nouns: frozenset[str]
    noun_cues: frozenset[str]  # lower case
    noun_cue_words: frozenset[str]  # as written
    abbreviations: frozenset[str]
    months: frozenset[str]
    #: words before a number that make its full stop an ordinal's (``abbreviations.txt``)
    ordinals: frozenset[str]
    #: the ``sentence_openers`` role, capitalised as they open a sentence
    sentence_openers: frozenset[str]
    #: those and the articles and pronouns of ``function_words.txt``, capitalised: a name's
    #: initial before one ends its sentence ("sagte Peter M. Die Verteidigerin …")
    initial_enders: frozenset[str]
    first_names: frozenset[str]
    first_names_lowered: frozenset[str]
    particles: frozenset[str]
    content_ends: ContentEnd  # the bundle's: which attributions end a content (trimming)
    bare_namers: frozenset[str]  # open "Das sagte Putin.", naming a bare quotation's speaker
    #: every word (as written) that screening or passing over a sentence asks about: a sentence
    #: with none of them and no colon is passed over without building its set of words
    screen_words: frozenset[str] = frozenset()


def _stem(infinitive: str) -> str:
    return infinitive[:-2] if infinitive.endswith("en") else infinitive[:-1]


def _needs_e(stem: str) -> bool:
    """Whether a weak verb puts an "e" before its endings: "antwortet", "rechnet"."""
    if stem.endswith(("d", "t")):
        return True
    if len(stem) >= 2 and stem[-1] in "mn":
        before = stem[-2]
        if before in "lrmn" or before in _VOWELS:
            return False
        return not (before == "h" and len(stem) >= 3 and stem[-3] in _VOWELS)
    return False


def _weak(base: str) -> tuple[str, str, str, str]:
    """Present 3sg, preterite 3sg, past participle and Konjunktiv I 3sg of a weak verb."""
    stem = _stem(base)
    link = "e" if _needs_e(stem) else ""
    prefix = "" if base.startswith(_INSEPARABLE) or base.endswith("ieren") else "ge"
    return stem + link + "t", stem + link + "te", prefix + stem + link + "t", stem + "e"


def _plural(form: str) -> str:
    return form + ("n" if form.endswith("e") else "en")


def verb_forms_de(
    lemma: str, forms: str = "-", flags: frozenset[VerbFlag] = frozenset()
) -> dict[str, tuple[VerbForm, ...]]:
    """Every inflected form of a German verb of saying, keyed by the lower-case word.

    ``lemma`` marks a separable particle with "|" (``"mit|teilen"``); ``forms`` gives a strong
    verb's present 3sg, preterite 3sg, participle and Konjunktiv II 3sg, or "-" for a weak verb.
    A separable verb's finite forms need their particle later in the clause ("teilte … mit");
    fused forms ("mitteilte", in verb-final clauses) and participles ("mitgeteilt") do not. A
    word can have two readings: "erklärt" is a present tense and a participle.
    """
    particle, _, base = lemma.rpartition("|")
    flag_set = flags
    if forms == "-":
        present, preterite, participle, konjunktiv_one = _weak(base)
        konjunktiv_two = preterite
    else:
        present, preterite, participle, konjunktiv_two = forms.split()
        konjunktiv_one = _stem(base) + "e"
    # word -> (plural, only a Konjunktiv)
    finite: dict[str, tuple[bool, bool]] = {
        konjunktiv_one: (False, True),
        konjunktiv_two: (False, konjunktiv_two != preterite),
        _plural(konjunktiv_two): (True, konjunktiv_two != preterite),
        present: (False, False),
        base: (True, False),
        preterite: (False, False),
        _plural(preterite): (True, False),
    }
    name = particle + base
    table: dict[str, list[VerbForm]] = {}
    for word, (plural, konjunktiv) in finite.items():
        table.setdefault(particle + word, []).append(
            VerbForm(
                lemma=name,
                particle="",
                kind=FormKind.FINITE,
                plural=plural,
                konjunktiv=konjunktiv,
                flags=flag_set,
            )
        )
        if particle:
            table.setdefault(word, []).append(
                VerbForm(
                    lemma=name,
                    particle=particle,
                    kind=FormKind.FINITE,
                    plural=plural,
                    konjunktiv=konjunktiv,
                    flags=flag_set,
                )
            )
    table.setdefault(particle + participle, []).append(
        VerbForm(
            lemma=name,
            particle="",
            kind=FormKind.PARTICIPLE,
            plural=None,
            konjunktiv=False,
            flags=flag_set,
        )
    )
    return {word: tuple(dict.fromkeys(readings)) for word, readings in table.items()}


def _screening_needs(form: VerbForm) -> frozenset[str]:
    """What a sentence must hold for ``form`` to be a cue there: an auxiliary for a
    participle, "sich" or "es" for verbs flagged so, a comma or colon (before a content
    clause) for opinion verbs, a comma and a Konjunktiv I form for verbs flagged *quoted*."""
    needs: set[str] = set()
    if form.kind is FormKind.PARTICIPLE:
        needs.add("aux")
    if VerbFlag.SICH in form.flags:
        needs.add("sich")
    if VerbFlag.ES in form.flags:
        needs.add("es")
    if VerbFlag.OPINION in form.flags and VerbFlag.REPORT not in form.flags:
        needs.add(",")
    if VerbFlag.QUOTED in form.flags:
        # next to a quotation or before a colon the sentence is analysed whatever its words;
        # elsewhere the verb trails a clause in the Konjunktiv ("Das sei ein Skandal, empörte
        # sich X")
        needs |= {",", "konj"}
    return frozenset(needs)


class FramePosition(LexiconEnum):
    """Where an attribution phrase of ``frames.txt`` finds its source (see the file's header)."""

    BEFORE = "before"  # "laut Polizei"
    AFTER = "after"  # "der Polizei zufolge"
    NOUN = "noun"  # "nach Angaben der Polizei"
    TRAILING = "trailing"  # "…, so Putin."
    ANAPHOR = "anaphor"  # "Demnach …"
    OPENING = "opening"  # "Danach sei …": only opening a sentence, before a Konjunktiv
    RELATIVE = "relative"  # "Berichte, wonach …"


#: Frame positions whose phrase is a cue wherever it stands, in lower case.
_FRAMES_ANYWHERE = frozenset(
    {FramePosition.BEFORE, FramePosition.AFTER, FramePosition.ANAPHOR, FramePosition.RELATIVE}
)
#: What may stand before a trailing phrase: a comma, a dash or a closing mark.
_TRAILING_OPENERS = r"[,“”\"»«–—-]"


#: The word classes of function_words.txt whose words may still be Konjunktiv forms in lower
#: case: verbs ("sei", "habe") and nouns of time ("laufe": "im Laufe" is capitalised).
_KONJUNKTIV_CLASSES = frozenset({"verb", "time"})


def _read_frames() -> dict[str, FramePosition]:
    path = lexicon_path("de", "frames")
    frames: dict[str, FramePosition] = {}
    known = {position.value: position for position in FramePosition}
    for line, (phrase, position) in read_numbered_lexicon("de", "frames", fields=(2, 2)):
        if position not in known:
            raise LexiconError(
                f"unknown position {position!r} (known: {', '.join(known)})", path=path, line=line
            )
        frames[phrase] = known[position]
    return frames


def _trailing_frame_pattern(words: Iterable[str]) -> re.Pattern[str] | None:
    """ ", so Putin": a trailing phrase after a comma, a dash or a closing mark."""
    alternatives = "|".join(sorted(map(re.escape, words)))
    return re.compile(rf"{_TRAILING_OPENERS} (?:{alternatives})\b") if alternatives else None


# The shortest abbreviation read as a month's ("Feb", "Aug"; not "Jh" for "Jahrhundert").
_MIN_MONTH_ABBREVIATION = 3


def _months(entries: Iterable[tuple[str, ...]], first_names: frozenset[str]) -> frozenset[str]:
    """The words after which a number's full stop is an ordinal: the months of
    ``abbreviations.txt`` and the abbreviations that begin one's name ("3. Aug. 2017", "am
    1. Sept."), unless a first name ("Platz 3. Jan Frodeno wurde Vierter")."""
    pairs = [(entry[0], entry[1]) for entry in entries]
    names = [word for word, kind in pairs if kind == "month"]
    return frozenset(names) | frozenset(
        word
        for word, kind in pairs
        if kind == "abbr"
        and len(word) >= _MIN_MONTH_ABBREVIATION
        and word not in first_names
        and any(name.startswith(word) for name in names)
    )


_SHARP_S = "ß"


def _swiss(word: str) -> str:
    """The Swiss spelling of a German word: "ss" for "ß" ("heißt" -> "heisst")."""
    return word.replace(_SHARP_S, "ss")


@functools.cache
def _german() -> _German:
    verbs: dict[str, list[VerbForm]] = {}
    konjunktiv: set[str] = {"seien"}
    konjunktiv_two: set[str] = set()
    for lemma, forms, flags in read_speech_verbs("de"):
        for word, readings in verb_forms_de(lemma, forms, flags).items():
            verbs.setdefault(word, []).extend(readings)
            # A verb flagged *quoted* is no sign of reported speech in the Konjunktiv, and its
            # forms are plural nouns opening a sentence ("Schreie hallten …", "Töne kamen …").
            if VerbFlag.QUOTED not in flags and any(
                form.konjunktiv and not form.particle for form in readings
            ):
                (konjunktiv if word.endswith("e") else konjunktiv_two).add(word)
    for entry in read_lexicon("de", "konjunktiv_verbs", fields=(1, 3)):
        padded = (*entry, "", "")
        konjunktiv.add(padded[2] or _stem(padded[0]) + "e")
        if not padded[2] and padded[0].endswith("eln"):
            konjunktiv.add(padded[0][:-3] + "le")  # "es handle sich", besides "handele"
        if padded[1]:
            konjunktiv_two.add(padded[1])
            if _UMLAUTS.intersection(padded[1]):
                # "gingen" is also the preterite; "gäben", "wären" are not
                konjunktiv_two.add(_plural(padded[1]))
    # Swiss spelling writes "ss" for every "ß" ("hiess es", "gemäss", "äusserte"): each word
    # of the lexicons with "ß" has its Swiss form too (none of them is another German word).
    for word in [word for word in verbs if _SHARP_S in word]:
        verbs.setdefault(_swiss(word), []).extend(verbs[word])
    konjunktiv |= {_swiss(word) for word in konjunktiv}
    konjunktiv_two |= {_swiss(word) for word in konjunktiv_two}
    word_class = read_pairs("de", "function_words")
    word_class = {_swiss(word): kind for word, kind in word_class.items()} | word_class
    abbreviations = read_lexicon("de", "abbreviations", fields=(2, 2))
    # A noun of time is capitalised where it heads a phrase ("im Laufe", "am Ende"), a
    # Konjunktiv form never ("die Produktion laufe", "die Frist ende"): no reason to drop it.
    not_verbs = {word for word, kind in word_class.items() if kind not in _KONJUNKTIV_CLASSES}
    frames = _read_frames()
    frames = {_swiss(word): position for word, position in frames.items()} | frames
    speech_nouns = frozenset(
        spelling
        for noun in read_word_set("de", "speech_nouns")
        for spelling in (noun.lower(), _swiss(noun.lower()))
    )
    # A form flagged *quoted* is a cue only next to a quotation or before a colon, where the
    # sentence is analysed whatever its words, or after a clause in the Konjunktiv (its
    # screening needs): its particle alone is no reason to analyse a sentence.
    screened = {
        word: [form for form in forms if VerbFlag.QUOTED not in form.flags]
        for word, forms in verbs.items()
    }
    verb_needs = {
        word: needs
        for word, forms in verbs.items()
        if (needs := frozenset(_screening_needs(form) for form in forms if not form.particle))
    }
    roles = WordRoles(
        **{
            role: words | {_swiss(word) for word in words}
            for role, words in read_word_roles("de", WordRoles._fields).items()
        }
    )
    sentence_openers = frozenset(word.capitalize() for word in roles.sentence_openers)
    # A holding verb is a cue with its preposition as well as with a comma ("halten den Plan
    # für falsch"): each need of a comma has an alternative need of the preposition.
    for word in roles.holding_verbs.intersection(verb_needs):
        verb_needs[word] |= {
            needs - {","} | {preposition}
            for needs in verb_needs[word]
            if "," in needs
            for preposition in roles.holding_prepositions
        }
    conditional = {word: needs for word, needs in verb_needs.items() if frozenset() not in needs}
    auxiliaries = {
        word: (number, mood)
        for word, number, mood in read_lexicon("de", "auxiliaries", fields=(3, 3))
    }
    # A particle may be a noun of a phrasal cue, written capitalised ("übte … Kritik").
    particle_triggers = {
        word: frozenset(form.particle for form in forms)
        | frozenset(form.particle.capitalize() for form in forms)
        for word, forms in screened.items()
        if forms and all(form.particle for form in forms)
    }
    noun_cues = read_word_set("de", "noun_cues")
    german = _German(
        verbs={word: tuple(forms) for word, forms in verbs.items()},
        triggers=frozenset(word for word, needs in verb_needs.items() if frozenset() in needs)
        | frozenset(word for word, kind in frames.items() if kind in _FRAMES_ANYWHERE),
        opening_frames=frozenset(
            word.capitalize() for word, kind in frames.items() if kind is FramePosition.OPENING
        ),
        noun_frames=frozenset(word for word, kind in frames.items() if kind is FramePosition.NOUN),
        trailing_frame=_trailing_frame_pattern(
            word for word, kind in frames.items() if kind is FramePosition.TRAILING
        ),
        trailing_words=frozenset(
            word for word, kind in frames.items() if kind is FramePosition.TRAILING
        ),
        conditional_triggers=conditional,
        conditional_words=frozenset(conditional),
        particle_triggers=particle_triggers,
        particle_words=frozenset(particle_triggers),
        speech_noun_endings=tuple(sorted(speech_nouns)),
        konjunktiv=frozenset(konjunktiv - not_verbs),
        konjunktiv_two=frozenset(konjunktiv_two - not_verbs),
        auxiliaries=auxiliaries,
        auxiliary_words=frozenset(auxiliaries),
        word_class=word_class,
        noun_markers=frozenset(word for word, kind in word_class.items() if kind in _NOUN_MARKERS),
        capitalised_surnames=tuple(
            sorted(word.capitalize() for word in roles.surname_function_words)
        ),
        role_endings=tuple(
            sorted(
                {
                    noun.lower()
                    for entry in read_lexicon("de", "roles", fields=(2, 3))
                    for noun in entry[:2]
                    if noun != "-"
                }
            )
        ),
        frames=frames,
        roles=roles,
        title_noun_endings=tuple(sorted(roles.title_nouns)),
        occasion_noun_endings=tuple(sorted(roles.occasion_nouns | roles.conversation_nouns)),
        cue_words=frozenset(verbs) | frozenset(frames),
        speech_nouns=speech_nouns,
        noun_cues=frozenset(noun.lower() for noun in noun_cues),
        noun_cue_words=noun_cues,
        abbreviations=frozenset(word for word, kind in abbreviations if kind == "abbr"),
        months=_months(abbreviations, read_word_set("de", "first_names")),
        ordinals=frozenset(word for word, kind in abbreviations if kind == "ordinal"),
        sentence_openers=sentence_openers,
        initial_enders=sentence_openers | initial_enders(word_class),
        first_names=read_word_set("de", "first_names"),
        first_names_lowered=frozenset(name.lower() for name in read_word_set("de", "first_names")),
        particles=read_word_set("de", "name_particles"),
        content_ends=get_language("de").content_ends,
        bare_namers=roles.demonstrative | {"so"},
    )
    # What _triggered and _GermanLoop.pass_over look up in a sentence's words (the other
    # lookups are reached only through one of these).
    screen_words = frozenset().union(
        german.triggers,
        german.conditional_words,
        german.particle_words,
        german.opening_frames,
        german.noun_cue_words,
        roles.attitude_adjectives,
        german.noun_frames,
        german.trailing_words,
        german.konjunktiv,
        german.konjunktiv_two,
        roles.reportive,
        roles.reportive_perfect,
    )
    return attrs.evolve(german, screen_words=screen_words)


on_registry_change(_german.cache_clear)
