"""The English bundle: the lexicons of ``lang/en`` read into the verb forms (made from the
lemmas), word roles, word classes and attribution phrases the rules look up (one cached
:class:`_English`, cleared when the registry changes)."""

from __future__ import annotations

import functools
from typing import NamedTuple

import attrs

from newscorpus._extract.languages import ContentEnd, get_language, on_registry_change
from newscorpus._extract.lexicon import (
    FormKind,
    VerbFlag,
    check_value,
    initial_enders,
    lexicon_path,
    read_lexicon,
    read_numbered_lexicon,
    read_pairs,
    read_speech_verbs,
    read_word_roles,
    read_word_set,
)

_VOWELS = frozenset("aeiou")
_NOUN_KINDS = frozenset({FormKind.BASE, FormKind.PRESENT})  # "report", "reports"


@attrs.frozen(kw_only=True)
class VerbFormEn:
    """One inflected form of an English verb of saying.

    ``kind`` is BASE (say), PRESENT (says), PAST (said), PARTICIPLE (said, written) or GERUND
    (saying); ``particle`` is a word that must follow the verb ("out" for "point out");
    ``flags`` come from the lexicon (object, report, opinion, clause, noun, naming, document;
    see ``_extract/lang/en/speech_verbs.txt``).
    """

    lemma: str
    particle: str
    kind: FormKind
    flags: frozenset[VerbFlag]


def _doubles(base: str) -> bool:
    """Whether the final consonant may double before -ed and -ing ("admit", "quip")."""
    return (
        len(base) >= 3
        and base[-1] not in _VOWELS
        and base[-1] not in "wxy"
        and base[-2] in _VOWELS
        # a consonant before that vowel; "qu" counts as one ("quip": "quipped")
        and (base[-3] not in _VOWELS or base[-4:-2] == "qu")
    )


def _third_person(base: str) -> str:
    if base.endswith(("s", "x", "z", "ch", "sh", "o")):
        return base + "es"
    if base.endswith("y") and base[-2:-1] not in _VOWELS:
        return base[:-1] + "ies"
    return base + "s"


def _regular_pasts(base: str) -> list[str]:
    if base.endswith("e"):
        return [base + "d"]
    if base.endswith("y") and base[-2:-1] not in _VOWELS:
        return [base[:-1] + "ied"]
    if _doubles(base):
        return [base + "ed", base + base[-1] + "ed"]
    return [base + "ed"]


def _gerunds(base: str) -> list[str]:
    if base.endswith("ie"):
        return [base[:-2] + "ying"]
    if base.endswith("e") and not base.endswith(("ee", "ye", "oe")):
        return [base[:-1] + "ing"]
    if _doubles(base):
        return [base + "ing", base + base[-1] + "ing"]
    return [base + "ing"]


def verb_forms_en(
    lemma: str, forms: str = "-", flags: frozenset[VerbFlag] = frozenset()
) -> dict[str, list[VerbFormEn]]:
    """Every form of an English verb of saying, keyed by the lower-case word.

    ``lemma`` is the base form, with a particle after a space ("point out"); ``forms`` gives an
    irregular verb's past tense and past participle ("said said", "wrote written"), maybe
    followed by its third person ("had had has"), or "-" for a
    regular verb, inflected by rule ("deny": denies, denied, denying; "admit": admits, admitted,
    admitting).
    """
    base, _, particle = lemma.partition(" ")
    flag_set = flags
    present = _third_person(base)
    if forms == "-":
        pasts = _regular_pasts(base)
        participles = pasts
    else:
        # An irregular third person may follow ("have": "had had has").
        past, participle, *irregular = forms.split()
        pasts, participles = [past], [participle]
        present = irregular[0] if irregular else present
    table: dict[str, list[VerbFormEn]] = {}

    def add(word: str, kind: FormKind) -> None:
        form = VerbFormEn(lemma=lemma, particle=particle, kind=kind, flags=flag_set)
        entries = table.setdefault(word, [])
        if form not in entries:
            entries.append(form)

    add(base, FormKind.BASE)
    add(present, FormKind.PRESENT)
    for word in pasts:
        add(word, FormKind.PAST)
    for word in participles:
        add(word, FormKind.PARTICIPLE)
    for word in _gerunds(base):
        add(word, FormKind.GERUND)
    return table


class WordRoles(NamedTuple):
    """The word sets the English rules ask for by name, from ``word_roles.txt`` (where each
    role's comment says what its words do)."""

    have: frozenset[str]
    be: frozenset[str]
    speaker_states: frozenset[str]
    light_verbs: frozenset[str]
    warning_verbs: frozenset[str]
    modal: frozenset[str]
    subject_pronouns: frozenset[str]
    first_person: frozenset[str]
    own_voice: frozenset[str]
    conditional_subordinators: frozenset[str]
    non_speech_objects: frozenset[str]
    object_sense_verbs: frozenset[str]
    causative_verbs: frozenset[str]
    purpose_nouns: frozenset[str]
    question_words: frozenset[str]
    means_verbs: frozenset[str]
    approximators: frozenset[str]
    object_pronouns: frozenset[str]
    evaluating_verbs: frozenset[str]
    plural_heads: frozenset[str]
    people_plurals: frozenset[str]
    asking_verbs: frozenset[str]
    speech_formulas: frozenset[str]
    possessives: frozenset[str]
    np_attach: frozenset[str]
    complementizers: frozenset[str]
    adverbial_subordinators: frozenset[str]
    norm_nouns: frozenset[str]
    raising_participles: frozenset[str]
    base_form_markers: frozenset[str]
    colon_pronouns: frozenset[str]
    clause_openers: frozenset[str]
    relative_pronouns: frozenset[str]
    personal_relatives: frozenset[str]
    number_words: frozenset[str]
    participle_openers: frozenset[str]
    time_prepositions: frozenset[str]
    time_words: frozenset[str]
    time_nouns: frozenset[str]
    quantifier_words: frozenset[str]
    speech_topics: frozenset[str]
    expletives: frozenset[str]
    passive_subjects: frozenset[str]
    topics: frozenset[str]
    object_topics: frozenset[str]
    headline_not_sources: frozenset[str]
    impersonal_pronouns: frozenset[str]
    articles: frozenset[str]
    singular_pronouns: frozenset[str]
    time_modifiers: frozenset[str]
    name_attach: frozenset[str]
    headline_topics: frozenset[str]
    plural_attach: frozenset[str]
    relation_adjectives: frozenset[str]
    group_pronouns: frozenset[str]
    loose_ends: frozenset[str]
    demonstrative: frozenset[str]
    message_nouns: frozenset[str]
    message_attach: frozenset[str]
    quote_joiners: frozenset[str]
    floating_quantifiers: frozenset[str]
    verb_adverbs: frozenset[str]
    said_of: frozenset[str]
    believed_in: frozenset[str]
    relative_adverbs: frozenset[str]
    quantifier_subjects: frozenset[str]
    affiliations: frozenset[str]
    document_attach: frozenset[str]
    author_attach: frozenset[str]
    adverb_endings: frozenset[str]
    occasion_prepositions: frozenset[str]
    occasion_nouns: frozenset[str]
    audience_nouns: frozenset[str]
    comment_participles: frozenset[str]
    comment_nouns: frozenset[str]
    sequence_subordinators: frozenset[str]
    verb_coordinators: frozenset[str]
    contrast_subordinators: frozenset[str]
    correlative_openers: frozenset[str]
    correlative_partners: frozenset[str]
    quoting_verbs: frozenset[str]
    anonymity_contents: frozenset[str]
    withheld_contents: frozenset[str]
    nominal_participles: frozenset[str]
    utterance_prepositions: frozenset[str]
    utterance_nouns: frozenset[str]
    utterance_determiners: frozenset[str]
    present_tenses: frozenset[str]
    unframing_prepositions: frozenset[str]
    access_participles: frozenset[str]
    addressed_prepositions: frozenset[str]
    of_reports: frozenset[str]
    source_gerunds: frozenset[str]
    nobody: frozenset[str]
    denying_verbs: frozenset[str]
    label_words: frozenset[str]
    label_nouns: frozenset[str]
    label_links: frozenset[str]


@attrs.frozen(kw_only=True)
class _English:
    verbs: dict[str, tuple[VerbFormEn, ...]]
    triggers: frozenset[str]
    word_class: dict[str, str]
    frames: dict[str, tuple[tuple[str, ...], str]]
    abbreviations: frozenset[str]
    months: frozenset[str]
    #: the articles and pronouns of ``function_words.txt``, capitalised: a name's initial
    #: before one ends its sentence ("said John F. The talks …")
    initial_enders: frozenset[str]
    first_names: frozenset[str]
    #: titles before a name ("Mr", "Dr", "Sen"), without their full stop
    honorifics: frozenset[str]
    particles: frozenset[str]
    documents: frozenset[str]
    #: the nouns of saying before a that-clause, singular and plural ("claim", "claims")
    nouns: frozenset[str]
    #: the words that let a sentence pass the screen by themselves: verb forms and frames
    screen_words: frozenset[str]
    #: the words that let a sentence without a quotation pass the screen, as written: the
    #: verb forms that can be a cue without a quotation before them ("said", not "laughed"),
    #: in lower case, and the frames also capitalised ("According to")
    strict_screen_words: frozenset[str]
    #: the nouns of saying as written in lower case, the only way they are cues
    lower_nouns: frozenset[str]
    past_tenses: frozenset[str]
    roles: WordRoles
    #: every auxiliary: the forms of "have" and "be", the modals and "do"
    auxiliaries: frozenset[str]
    #: per word, the kinds and flags of its forms without a particle (None: it has none)
    plain_forms: dict[str, tuple[frozenset[FormKind], frozenset[VerbFlag]] | None]
    #: per word, its forms with a particle ("point out"), if any
    particle_forms: dict[str, tuple[VerbFormEn, ...]]
    #: per verb form, every kind it can be (with or without a particle)
    kinds_of: dict[str, frozenset[FormKind]]
    #: per verb form, whether it can be a noun as the head of a noun phrase (only base and -s
    #: forms) and anywhere in one (flagged *noun* too): "the report", "the plan a “disaster”"
    noun_forms: dict[str, tuple[bool, bool]]
    #: the bundle's: which attributions end a content that runs into them (trimming)
    content_ends: ContentEnd
    #: per form of a catenative verb ("appeared", "went" of "went on"), its particle ("" or
    #: "on") and the kinds it can be: "appeared to suggest" is one verb group
    catenatives: dict[str, tuple[tuple[str, frozenset[FormKind]], ...]]


#: Positions of ``frames.txt`` the English frame rule reads: before (the source follows the
#: phrase: "according to the police").
FRAME_POSITIONS_EN = frozenset({"before"})


@functools.cache
def _english() -> _English:
    verbs: dict[str, list[VerbFormEn]] = {}
    for lemma, forms, flags in read_speech_verbs("en"):
        for word, found in verb_forms_en(lemma, forms, flags).items():
            verbs.setdefault(word, []).extend(found)
    frames: dict[str, tuple[tuple[str, ...], str]] = {}
    frames_path = lexicon_path("en", "frames")
    for line, (phrase, position) in read_numbered_lexicon("en", "frames", fields=(2, 2)):
        check_value(position, FRAME_POSITIONS_EN, label="position", path=frames_path, line=line)
        first, *rest = phrase.split()
        frames[first] = (tuple(rest), position)
    abbreviations = read_lexicon("en", "abbreviations", fields=(2, 2))
    plain_forms: dict[str, tuple[frozenset[FormKind], frozenset[VerbFlag]] | None] = {}
    for word, found in verbs.items():
        plain = [form for form in found if not form.particle]
        plain_forms[word] = (
            (
                frozenset(form.kind for form in plain),
                frozenset().union(*(form.flags for form in plain)),
            )
            if plain
            else None
        )
    roles = WordRoles(**read_word_roles("en", WordRoles._fields))
    catenatives: dict[str, dict[str, set[FormKind]]] = {}
    for entry in read_lexicon("en", "catenative_verbs", fields=(1, 2)):
        padded = (*entry, "-")
        for word, found in verb_forms_en(padded[0], padded[1]).items():
            for form in found:
                catenatives.setdefault(word, {}).setdefault(form.particle, set()).add(form.kind)
    nouns = read_word_set("en", "speech_nouns")
    nouns |= {_third_person(noun) for noun in nouns}
    word_class = read_pairs("en", "function_words")
    return _English(
        strict_screen_words=frozenset(
            _strict_screen_words(verbs) | set(frames) | {frame.capitalize() for frame in frames}
        ),
        lower_nouns=frozenset(noun for noun in nouns if noun.islower()),
        roles=roles,
        auxiliaries=roles.have | roles.be | roles.modal,
        plain_forms=plain_forms,
        particle_forms={
            word: tuple(form for form in found if form.particle)
            for word, found in verbs.items()
            if any(form.particle for form in found)
        },
        verbs={word: tuple(found) for word, found in verbs.items()},
        kinds_of={word: frozenset(form.kind for form in found) for word, found in verbs.items()},
        noun_forms={
            word: (
                # a gerund that is also a noun of saying is one as a head ("The ruling said",
                # "The warning said"), as "report" is
                head := all(form.kind in _NOUN_KINDS for form in found)
                or (word in nouns and all(form.kind is FormKind.GERUND for form in found))
                # "The accused told police …": a participle that is a noun as a head
                or word in roles.nominal_participles,
                head and all(VerbFlag.NOUN in form.flags for form in found),
            )
            for word, found in verbs.items()
        },
        catenatives={
            word: tuple((particle, frozenset(kinds)) for particle, kinds in by_particle.items())
            for word, by_particle in catenatives.items()
        },
        triggers=frozenset(verbs) | frozenset(frames) | nouns,
        nouns=nouns,
        screen_words=frozenset(verbs) | frozenset(frames),
        word_class=word_class,
        initial_enders=initial_enders(word_class),
        frames=frames,
        abbreviations=frozenset(word for word, kind in abbreviations if kind == "abbr"),
        months=frozenset(word for word, kind in abbreviations if kind == "month"),
        first_names=read_word_set("en", "first_names"),
        honorifics=frozenset(title for title, _ in read_lexicon("en", "honorifics", fields=(2, 2))),
        particles=read_word_set("en", "name_particles"),
        past_tenses=read_word_set("en", "past_tenses"),
        documents=frozenset(
            name
            for name, _, kind in read_lexicon("en", "organisations", fields=(3, 3))
            if kind == "doc"
        ),
        content_ends=get_language("en").content_ends,
    )


on_registry_change(_english.cache_clear)


def _strict_screen_words(verbs: dict[str, list[VerbFormEn]]) -> set[str]:
    """The verb forms that make a sentence without a quotation worth analysing, as written;
    derived from what :func:`_verb_cue` accepts.

    A cue is written in lower case ("said"; a capitalised verb is a cue only in a title, and
    "Asked" only opening a sentence), and a form flagged *quoted* ("laughed", "went on") only
    after a quotation, in the sentence or ending the one before.
    """
    strict = {"asked", "Asked"}
    for word, found in verbs.items():
        # The flags of the plain forms are read together (_english), a particle's alone.
        plain = [form for form in found if not form.particle]
        if any(VerbFlag.QUOTED not in form.flags for form in found if form.particle) or (
            plain and all(VerbFlag.QUOTED not in form.flags for form in plain)
        ):
            strict.add(word)
    return strict
