"""Lazy, cached loading of the word lists under ``newscorpus/_extract`` (``lang/<code>/``).

A lexicon is a UTF-8 text file, one entry a line; fields within an entry are separated by tabs.
Lines starting with ``#`` are comments (every file opens with a header saying what it holds, its
format and who reviewed it) and blank lines are skipped. Files are read on first use, never at
import time, and kept for the life of the process.
"""

from __future__ import annotations

import enum
import functools
from importlib import resources
from typing import TYPE_CHECKING, NamedTuple

from newscorpus._exceptions import LexiconError
from newscorpus._extract.languages import bundled_lexicons, get_language, on_registry_change

if TYPE_CHECKING:
    from collections.abc import Iterable
    from importlib.abc import Traversable
    from pathlib import Path

__all__ = [
    "ABBREVIATION_KINDS",
    "AUXILIARY_MOODS",
    "AUXILIARY_NUMBERS",
    "CLOSED_COLUMNS",
    "FUNCTION_WORD_CLASSES",
    "ORGANISATION_GENDERS",
    "ORGANISATION_KINDS",
    "PERSON_GENDERS",
    "PRONOUN_GENDERS",
    "PRONOUN_NUMBERS",
    "QUOTE_MARK_KINDS",
    "READER_WORD_ROLES",
    "ROLE_DECLENSIONS",
    "SPEAKER_WORD_ROLES",
    "ClosedColumn",
    "FormKind",
    "LexiconEnum",
    "VerbFlag",
    "check_value",
    "has_lexicon",
    "lexicon_path",
    "parse_flags",
    "parse_lexicon",
    "read_lexicon",
    "read_numbered_lexicon",
    "read_pairs",
    "read_speaker_word_roles",
    "read_word_role",
    "read_word_roles",
    "read_word_set",
]


def _folder(language: str | None) -> Path | Traversable:
    if language is None:
        return resources.files("newscorpus").joinpath("_extract")
    return get_language(language).lexicons


def lexicon_path(language: str | None, name: str) -> str:
    """The path of a lexicon, for messages.

    ``_extract/lang/de/x.txt`` for a bundled language's lexicon, ``_extract/x.txt`` for a
    neutral one, the file's own path for a registered language's folder elsewhere.
    """
    if language is None:
        return f"_extract/{name}.txt"
    folder = _folder(language)
    if folder == bundled_lexicons(language):
        return f"_extract/lang/{language}/{name}.txt"
    return str(folder.joinpath(f"{name}.txt"))


@functools.cache
def read_lexicon(
    language: str | None, name: str, *, fields: tuple[int, int] = (1, 1)
) -> tuple[tuple[str, ...], ...]:
    """The entries of lexicon ``name`` for ``language`` (``None``: the language-neutral folder).

    Each entry is a tuple of its tab-separated fields, stripped. ``fields`` is the smallest and
    largest number of fields an entry may have; an entry outside that range raises
    :class:`LexiconError` naming the file and line, since it means the lexicon is broken, and so
    does a value outside its column's closed set (:data:`CLOSED_COLUMNS`).
    """
    return tuple(entry for _, entry in read_numbered_lexicon(language, name, fields=fields))


def has_lexicon(language: str, name: str) -> bool:
    """Whether a language's folder holds lexicon ``name`` (optional lexicons may be absent)."""
    return _folder(language).joinpath(f"{name}.txt").is_file()


def parse_lexicon(
    content: str, *, path: str, fields: tuple[int, int] = (1, 1)
) -> tuple[tuple[str, ...], ...]:
    """The entries of a lexicon's text; ``path`` names it in errors (see :func:`read_lexicon`)."""
    return tuple(entry for _, entry in _parse_numbered(content, path=path, fields=fields))


@functools.cache
def read_numbered_lexicon(
    language: str | None, name: str, *, fields: tuple[int, int] = (1, 1)
) -> tuple[tuple[int, tuple[str, ...]], ...]:
    """:func:`read_lexicon` with each entry's line number, for errors found after parsing (an
    unknown flag)."""
    path = lexicon_path(language, name)
    try:
        content = _folder(language).joinpath(f"{name}.txt").read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise LexiconError(f"cannot read lexicon: {error}", path=path) from error
    entries = _parse_numbered(content, path=path, fields=fields)
    _check_closed_columns(name, entries, path=path)
    return entries


class ClosedColumn(NamedTuple):
    """A lexicon column whose values come from a closed set: any other value is an error naming
    the file and line, since the code reading the column would silently ignore it."""

    #: the lexicon's name (``function_words`` for ``function_words.txt``)
    lexicon: str
    #: the number of fields of the entries it applies to (German ``roles.txt`` has three fields,
    #: the plain ``roles.txt`` of other languages two)
    fields: int
    #: the column, counted from 1
    column: int
    #: what the column holds, for messages
    label: str
    #: the values allowed
    values: frozenset[str]


#: Word classes of ``function_words.txt``: det (article or possessive), prep (preposition), conj
#: (coordinating conjunction), sub (subordinating conjunction or question word), adv, pron, neg
#: (negation), verb (auxiliary or copula), time (a word of time heading an adverbial). Read by
#: the speaker analysis, the names, the engine, the quotation marks, the shared rules and each
#: language's rules.
FUNCTION_WORD_CLASSES = frozenset(
    {"adv", "conj", "det", "neg", "prep", "pron", "sub", "time", "verb"}
)
#: Kinds of ``abbreviations.txt``: abbr (an abbreviation), month (a month's name: a number's
#: full stop before it marks an ordinal), ordinal (a word before an ordinal number).
ABBREVIATION_KINDS = frozenset({"abbr", "month", "ordinal"})
#: Genders of a person's word (roles, honorifics, first names): m, f, or "-" for either.
PERSON_GENDERS = frozenset({"m", "f", "-"})
#: Genders of ``pronouns.txt``: m, f, n, or "-" when the pronoun says nothing of it.
PRONOUN_GENDERS = frozenset({"m", "f", "n", "-"})
#: Numbers of ``pronouns.txt``: sg, pl, sg|pl (either, as German "sie"), or pl|sg (plural, and
#: singular for a person of no known gender when no group fits, as English "they").
PRONOUN_NUMBERS = frozenset({"sg", "pl", "sg|pl", "pl|sg"})
#: Declensions of German ``roles.txt`` (third field): s (strong: "des Ministers"), n (weak: "des
#: Präsidenten"), a (a nominalised adjective: "der Vorsitzende").
ROLE_DECLENSIONS = frozenset({"a", "n", "s"})
#: Grammatical gender or number of ``organisations.txt``: m, f, n, pl (German), sg, pl (English),
#: or "-" when unknown.
ORGANISATION_GENDERS = frozenset({"m", "f", "n", "sg", "pl", "-"})
#: Kinds of ``organisations.txt``: org (organisation or institution), group (a collective of
#: people), place (a place standing for its government), doc (a document or medium).
ORGANISATION_KINDS = frozenset({"doc", "group", "org", "place"})
#: Numbers of German ``auxiliaries.txt``.
AUXILIARY_NUMBERS = frozenset({"sg", "pl"})
#: Moods of German ``auxiliaries.txt``: ind (indicative), konj (Konjunktiv).
AUXILIARY_MOODS = frozenset({"ind", "konj"})
#: Kinds of the neutral ``quote_marks.txt``: opener (the mark only opens a quotation), either
#: (it may open or close one).
QUOTE_MARK_KINDS = frozenset({"either", "opener"})

#: Every closed column of the lexicons, checked whenever a lexicon is read (the verb flags of
#: ``speech_verbs.txt``, the German frame positions and the roles of ``word_roles.txt`` are
#: checked by their own readers: :func:`parse_flags`, the German bundle, :func:`read_word_roles`).
CLOSED_COLUMNS = (
    ClosedColumn(
        lexicon="function_words",
        fields=2,
        column=2,
        label="word class",
        values=FUNCTION_WORD_CLASSES,
    ),
    ClosedColumn(
        lexicon="abbreviations", fields=2, column=2, label="kind", values=ABBREVIATION_KINDS
    ),
    ClosedColumn(lexicon="pronouns", fields=3, column=2, label="gender", values=PRONOUN_GENDERS),
    ClosedColumn(lexicon="pronouns", fields=3, column=3, label="number", values=PRONOUN_NUMBERS),
    ClosedColumn(lexicon="roles", fields=2, column=2, label="gender", values=PERSON_GENDERS),
    ClosedColumn(lexicon="roles", fields=3, column=3, label="declension", values=ROLE_DECLENSIONS),
    ClosedColumn(lexicon="honorifics", fields=2, column=2, label="gender", values=PERSON_GENDERS),
    ClosedColumn(lexicon="first_names", fields=2, column=2, label="gender", values=PERSON_GENDERS),
    ClosedColumn(
        lexicon="organisations", fields=3, column=2, label="gender", values=ORGANISATION_GENDERS
    ),
    ClosedColumn(
        lexicon="organisations", fields=3, column=3, label="kind", values=ORGANISATION_KINDS
    ),
    ClosedColumn(
        lexicon="auxiliaries", fields=3, column=2, label="number", values=AUXILIARY_NUMBERS
    ),
    ClosedColumn(lexicon="auxiliaries", fields=3, column=3, label="mood", values=AUXILIARY_MOODS),
    ClosedColumn(lexicon="quote_marks", fields=3, column=3, label="kind", values=QUOTE_MARK_KINDS),
)
_CLOSED_BY_LEXICON: dict[str, tuple[ClosedColumn, ...]] = {
    name: tuple(column for column in CLOSED_COLUMNS if column.lexicon == name)
    for name in {column.lexicon for column in CLOSED_COLUMNS}
}


def _check_closed_columns(
    name: str, entries: tuple[tuple[int, tuple[str, ...]], ...], *, path: str
) -> None:
    """Raise :class:`LexiconError` naming the file and line for a value outside its column's
    closed set (:data:`CLOSED_COLUMNS`)."""
    for column in _CLOSED_BY_LEXICON.get(name, ()):
        index = column.column - 1
        for line, entry in entries:
            if len(entry) == column.fields and entry[index] not in column.values:
                check_value(entry[index], column.values, label=column.label, path=path, line=line)


def check_value(value: str, allowed: frozenset[str], *, label: str, path: str, line: int) -> None:
    """Raise :class:`LexiconError` naming the file and line unless ``value`` is ``allowed``."""
    if value not in allowed:
        known = sorted(allowed)
        raise LexiconError(
            f"unknown {label} {value!r} (allowed: {', '.join(known)})", path=path, line=line
        )


_BYTE_ORDER_MARK = "\ufeff"
#: What a line may open with before a leading tab (see :func:`_parse_numbered`).
_BLANK_FIELD_OPENERS = frozenset({"\t", " "})


def _parse_numbered(
    content: str, *, path: str, fields: tuple[int, int]
) -> tuple[tuple[int, tuple[str, ...]], ...]:
    low, high = fields
    entries: list[tuple[int, tuple[str, ...]]] = []
    strip = str.strip
    # A byte order mark (what Windows editors put before UTF-8 text) is no part of line 1.
    content = content.removeprefix(_BYTE_ORDER_MARK)
    for number, raw in enumerate(content.splitlines(), start=1):
        line = raw.strip()
        if not line or line[0] == "#":
            continue
        if raw[0] in _BLANK_FIELD_OPENERS:
            # A leading tab opens an empty first field: stripped with the blanks, the second
            # field would silently become the first ("\tsagen" read as "sagen").
            line = raw.rstrip().lstrip(" ")
        # Most lines of the large lexicons (first names) are one field: no split needed.
        entry = (line,) if "\t" not in line else tuple(map(strip, line.split("\t")))
        if not low <= len(entry) <= high:
            expected = str(low) if low == high else f"{low} to {high}"
            raise LexiconError(
                f"expected {expected} tab-separated fields, got {len(entry)}",
                path=path,
                line=number,
            )
        if not all(entry[:low]):
            empty = entry[:low].index("") + 1
            raise LexiconError(f"field {empty} is empty (it is required)", path=path, line=number)
        entries.append((number, entry))
    return tuple(entries)


#: Roles of ``word_roles.txt`` that the speaker analysis (``_extract/speakers.py``) and the
#: frames (``_extract/framing.py``) read, not the language's rules: the rules' reader passes over
#: them, and they are optional.
SPEAKER_WORD_ROLES = frozenset(
    {
        "content_anaphors",
        "place_endings",
        "name_prepositions",
        "degree_adverbs",
        "name_context",
        "role_modifiers",
        "speaker_joiners",
        "name_attachments",
        "genitive_singular",
        "statement_nouns",
        "issued_statements",
        "new_referents",
        "speakerless",
        "ownerless_nouns",
        "demonyms",
        "speaker_states",
        "personal_pronouns",
        "latter_pronouns",
        "relation_nouns",
        "not_name_words",
        "article_names",
        "jurisdiction_nouns",
        "accidental_roles",
        "plural_articles",
        "name_titles",
        "surname_titles",
        "address_roles",
        "other_offices",
        "person_nouns",
        "given_name_titles",
        "party_members",
        "quantity_nouns",
        "post_nominals",
        "organisation_classifiers",
        "company_nouns",
        "group_pronouns",
        "group_participles",
        "news_media",
        "time_modifiers",
        "time_nouns",
        "relation_adjectives",
        "role_prefixes",
        "family_name_first",
        "correlative_openers",
        "correlative_partners",
        "agent_prepositions",
        "address_nouns",
        "tenure_adjectives",
        "quantifier_determiners",
        "epithet_articles",
        "participant_roles",
        "they_roles",
        "list_marks",
        "epithet_endings",
    }
)


def read_word_roles(language: str, roles: Iterable[str]) -> dict[str, frozenset[str]]:
    """The ``word_roles.txt`` lexicon of ``language``: for each role the rules ask for, its words.

    Every role in ``roles`` gets a set (a role with no words is an error: the rules need it); a
    line naming another role is a :class:`LexiconError` naming the file and line, unless it is
    one of :data:`SPEAKER_WORD_ROLES` (read by :func:`read_speaker_word_roles`).
    """
    wanted = tuple(roles)
    path = lexicon_path(language, "word_roles")
    words: dict[str, set[str]] = {role: set() for role in wanted}
    for line, (word, role) in read_numbered_lexicon(language, "word_roles", fields=(2, 2)):
        if role in SPEAKER_WORD_ROLES and role not in words:
            continue
        if role not in words:
            raise LexiconError(
                f"unknown role {role!r} (the rules read: {', '.join(wanted)})", path=path, line=line
            )
        words[role].add(word)
    missing = [role for role, found in words.items() if not found]
    if missing:
        raise LexiconError(f"no words for the role(s) {', '.join(missing)}", path=path)
    return {role: frozenset(found) for role, found in words.items()}


#: Roles of ``word_roles.txt`` read one at a time by :func:`read_word_role` outside a language's
#: own rules (the engine, the shared rules, the speaker analysis).
READER_WORD_ROLES = frozenset(
    {
        "coordinators",
        "quote_joiners",
        "loose_ends",
        "demonstrative",
        "genitive",
        "nominative",
        "von",
        "quantities",
        "possessives",
        "number_words",
        "author_attach",
    }
)


@functools.cache
def _shared_word_roles(language: str) -> tuple[tuple[str, ...], ...]:
    """The entries of ``language``'s ``word_roles.txt`` for readers other than its rules. For a
    language without rules of its own, nothing else reads the file, so a role that none of them
    reads (a misspelt one) is a :class:`LexiconError` naming the file and line; a language's
    own rules check its roles (:func:`read_word_roles`)."""
    if get_language(language).rules is not None:
        return read_lexicon(language, "word_roles", fields=(2, 2))
    path = lexicon_path(language, "word_roles")
    entries = read_numbered_lexicon(language, "word_roles", fields=(2, 2))
    allowed = SPEAKER_WORD_ROLES | READER_WORD_ROLES
    for line, (_, role) in entries:
        if role not in allowed:
            check_value(role, allowed, label="role", path=path, line=line)
    return tuple(entry for _, entry in entries)


def read_word_role(language: str, role: str) -> frozenset[str]:
    """The words of one role of ``language``'s ``word_roles.txt`` (empty without the file or the
    role), for a reader other than the language's rules (the speaker analysis); ``role`` is one
    of :data:`READER_WORD_ROLES` or :data:`SPEAKER_WORD_ROLES`."""
    if role not in READER_WORD_ROLES and role not in SPEAKER_WORD_ROLES:
        raise ValueError(f"role {role!r} is missing from READER_WORD_ROLES")
    if not has_lexicon(language, "word_roles"):
        return frozenset()
    return frozenset(word for word, found in _shared_word_roles(language) if found == role)


def read_speaker_word_roles(language: str) -> dict[str, frozenset[str]]:
    """The words of each of :data:`SPEAKER_WORD_ROLES` in ``language``'s ``word_roles.txt``
    (empty sets for a language without the file or the role)."""
    words: dict[str, set[str]] = {role: set() for role in SPEAKER_WORD_ROLES}
    if has_lexicon(language, "word_roles"):
        for word, role in _shared_word_roles(language):
            if role in words:
                words[role].add(word)
    return {role: frozenset(found) for role, found in words.items()}


class LexiconEnum(enum.Enum):
    """An enum whose members the rules look up in sets all the time: hashed by identity in C
    (members are singletons) rather than by Enum's Python-level ``__hash__``, a measurable share
    of extraction time otherwise."""

    __hash__ = object.__hash__


class VerbFlag(LexiconEnum):
    """How a verb of saying behaves, as its lexicon entry says (the third field of
    ``speech_verbs.txt``; each language's header says which flags its rules read)."""

    OPINION = "opinion"  # thinking or hoping: a cue only before a content clause
    REPORT = "report"  # a plain object counts as reported speech ("announced the decision")
    CLAUSE = "clause"  # a cue only before a clause or quotation ("added that …")
    TOPIC = "topic"  # a cue only before a clause, quotation or topic ("spoke of his love")
    OBJECT = "object"  # the addressee follows before the content ("told reporters that …")
    ADDRESSEE = "addressee"  # an addressee may stand before a that-clause ("warned investors that")
    NOUN = "noun"  # its base forms are often nouns ("tax claims")
    DOCUMENT = "document"  # a cue only after a document or figures ("the survey shows")
    NAMING = "naming"  # a cue only when it names something ("called the plan “a disaster”")
    QUOTED = "quoted"  # only next to a quotation ("“…,” she continued", "„…“, jubelte er")
    NOSICH = "nosich"  # the reflexive use is not speech ("erinnerte sich")
    SICH = "sich"  # only the reflexive use is speech ("äußerte sich")
    ES = "es"  # only with the subject "es" ("hieß es")
    VON = "von"  # reported speech only with "von" after the verb ("sprach von")
    MIT = "mit"  # reported speech only with "mit" after the verb ("rechnet mit Mehrkosten")
    ALS = "als"  # reported speech only with a predicate after "als" ("kritisierte es als …")
    PP = "pp"  # the source may be a prepositional phrase ("In dem Bericht heißt es")
    SEIN = "sein"  # the perfect is formed with "sein" ("ist davon ausgegangen")
    RELAY = "relay"  # one source quotes another ("zitiert den Prediger mit den Worten …")
    ACTIVE = "active"  # only the active voice is speech ("wurde verurteilt" is a court's)
    REJECTS = "rejects"  # rejects a claim its object names ("wies den Vorwurf zurück, …")


def parse_flags(field: str, *, path: str, line: int) -> frozenset[VerbFlag]:
    """The comma-separated flags of a lexicon entry ("-" for none); an unknown flag is a
    :class:`LexiconError` naming the file and line."""
    if field in {"", "-"}:
        return frozenset()
    names = [name.strip() for name in field.split(",")]
    known = {flag.value: flag for flag in VerbFlag}
    unknown = [name for name in names if name not in known]
    if unknown:
        raise LexiconError(
            f"unknown flag {unknown[0]!r} (known: {', '.join(known)})", path=path, line=line
        )
    return frozenset(known[name] for name in names)


def read_speech_verbs(language: str) -> tuple[tuple[str, str, frozenset[VerbFlag]], ...]:
    """The entries of a language's ``speech_verbs.txt`` as (lemma, irregular forms or "-",
    flags), the flags checked: what each language's inflection turns into its verb forms."""
    path = lexicon_path(language, "speech_verbs")
    entries = []
    for line, entry in read_numbered_lexicon(language, "speech_verbs", fields=(1, 3)):
        lemma, forms, flags = (*entry, "-", "-")[:3]
        entries.append((lemma, forms, parse_flags(flags, path=path, line=line)))
    return tuple(entries)


class FormKind(LexiconEnum):
    """What an inflected form of a verb of saying is."""

    BASE = "base"  # say
    PRESENT = "present"  # says
    PAST = "past"  # said
    FINITE = "finite"  # German finite forms: sagt, sagte, sage, sagten
    PARTICIPLE = "participle"  # said, gesagt
    GERUND = "gerund"  # saying


@functools.cache
def read_word_set(language: str | None, name: str) -> frozenset[str]:
    """The first field of every entry of a lexicon, as a set (case kept as written)."""
    return frozenset(entry[0] for entry in read_lexicon(language, name, fields=(1, 9)))


@functools.cache
def read_pairs(language: str | None, name: str) -> dict[str, str]:
    """A two-field lexicon as a mapping from its first field to its second."""
    return {entry[0]: entry[1] for entry in read_lexicon(language, name, fields=(2, 2))}


#: The classes of ``function_words.txt`` whose words, capitalised right after a name's
#: initial, open the next sentence ("sagte Peter M. Die Verteidigerin …").
_INITIAL_ENDER_CLASSES = frozenset({"det", "pron"})


def initial_enders(word_class: dict[str, str]) -> frozenset[str]:
    """The articles and pronouns of a language's ``function_words.txt`` (``word_class``),
    capitalised: after a name's initial one ends the sentence (see
    :func:`newscorpus._extract.sentences.split_sentences`)."""
    return frozenset(
        word.capitalize() for word, kind in word_class.items() if kind in _INITIAL_ENDER_CLASSES
    )


for _cache in (
    read_lexicon,
    read_numbered_lexicon,
    read_word_set,
    read_pairs,
    _shared_word_roles,
):
    on_registry_change(_cache.cache_clear)
