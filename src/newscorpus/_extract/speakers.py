"""Speakers: from the words that name them to one :class:`Speaker` per person in an article.

Three steps, all rule-based:

1. :func:`analyse_mention` splits a noun phrase into name and role ("der russische Präsident
   Wladimir Putin" -> name "Wladimir Putin", role "russischer Präsident": the role's adjectives
   are put in their strong nominative form and the role noun in its nominative singular) and
   decides what the speaker is: a person (a first name, a role noun, "er"/"sie"), an
   organisation (a collective noun such as "Polizei", a capital standing for its government), or
   unknown.
2. :class:`SpeakerRegistry` merges the mentions of one article: "Putin" joins "Wladimir Putin"
   (same surname), "der Präsident" joins the one named speaker with that role, and a pronoun
   joins the most recent speaker whose gender and number fit. Full names and roles seen anywhere
   in the article (not only as speakers) complete a bare surname ("Lukaschenko" ->
   "Alexander Lukaschenko, weißrussischer Amtskollege").
3. :meth:`SpeakerRegistry.speakers` builds the immutable :class:`Speaker` objects with slug ids.
"""

from __future__ import annotations

import functools
import itertools
import re
from typing import TYPE_CHECKING, NamedTuple, Protocol

import attrs

from newscorpus._extract.languages import SpeakerGrammar, get_language, on_registry_change
from newscorpus._extract.lexicon import (
    has_lexicon,
    read_lexicon,
    read_pairs,
    read_speaker_word_roles,
    read_word_role,
    read_word_set,
)
from newscorpus._extract.names import given_names_agree, slug_of
from newscorpus._folding import WORD
from newscorpus._model import QuoteKind, Span, Speaker, SpeakerKind, trusted_speaker

if TYPE_CHECKING:
    from collections.abc import Callable, Container, Iterable, Iterator, Mapping, Sequence

__all__ = [
    "Attribution",
    "MentionInfo",
    "Mentioned",
    "SpeakerRegistry",
    "analyse_coordination",
    "analyse_mention",
    "family_name_first",
    "introduced_organisation",
    "organisation_word",
    "person_or_institution",
    "role_noun",
    "role_or_organisation",
    "written_alone",
]

# Enum members read for every mention analysed and registered, bound to names once: on Python
# 3.11 a member read through its class goes through EnumType.__getattr__, a slow path.
_KIND_ORGANISATION = SpeakerKind.ORGANISATION
_KIND_PERSON = SpeakerKind.PERSON
_KIND_UNKNOWN = SpeakerKind.UNKNOWN
_GRAMMAR_ENGLISH = SpeakerGrammar.ENGLISH
_GRAMMAR_GERMAN = SpeakerGrammar.GERMAN
_GRAMMAR_PLAIN = SpeakerGrammar.PLAIN

_SLUG_SEPARATORS = re.compile(r"[^a-z0-9]+")
_TRANSLITERATION = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ø": "o", "æ": "ae"})
_ADJECTIVE_ENDING = re.compile(r"(?:en|em|er|es|e)\Z")
# A lower-case particle glued to a capitalised name: "al-Baradei", "d'Italia", "d’Estaing".
_GLUED_PARTICLE = re.compile(r"[a-z]{1,3}[-'’][A-ZÄÖÜ]")
_GERMAN_ADJECTIVE = re.compile(r"[a-zäöüß][\w-]*(?:e|en|em|er|es)\Z")

#: The fewest letters of a bare role that means an unnamed speaker of that role again: a short
#: head is a noun for anyone ("der Mann" after "der Ombudsmann", "die Frau").
_SHORTEST_BARE_ROLE = 5
#: The fewest mentions by name of the organisation an article is about, whom "the company"
#: means when no company spoke (see SpeakerRegistry._article_organisation).
_ARTICLE_ORGANISATION_MENTIONS = 2
#: An age before a German name ("die 55-jährige Guo", "der 31-Jährige"): the mention's, not the
#: name's; alone it is the noun that names the speaker.
#: A German present participle before a noun: "gehörende", "führenden", "regierenden".
_PRESENT_PARTICIPLE = re.compile(r"[a-zäöüß]+end(?:e|en|em|er|es)\Z")
#: A web address as the name of a medium: "meedia.de", "golem.de", "icelandreview.com".
_WEB_ADDRESS = re.compile(r"[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,6}")
#: A number written with a thousands or decimal separator: an amount, never part of a name.
_QUANTITY = re.compile(r"\d+(?:[.,]\d+)+")
_GERMAN_AGE = re.compile(r"\d+-[jJ]ährige[mnrs]?\Z")
#: An age as a noun or before one: "the 31-year-old", "the 25-year-old American".
_ENGLISH_AGE = re.compile(r"\d+-year-old\Z")
#: How a text gives a person's age in apposition right after the name ("John Smith, 54,",
#: "Peter Huber (54)"), whom an age epithet later means; ``age`` is filled in.
_APPOSED_AGES = (", {age},", " ({age})")
#: The most words of a name before an apposed age.
_MAX_APPOSED_NAME = 4
#: the fewest words of an epithet that renames someone: an article and its noun ("der Spanier")
_EPITHET_WORDS = 2
# The English article of an epithet that stands for the person named before ("the American").
_DEFINITE_EN = "the"
#: the endings of a feminine German demonym ("Spanierin", "Deutsche"); after "die" a masculine
#: form is a plural ("die Österreicher")
_GERMAN_FEMININE_DEMONYM = ("in", "e")
#: The most characters a word of such a name is read back for.
_MAX_NAME_WORD = 30
#: A year before a name, the sentence's time: "In 2004 IBM said".
_YEAR = re.compile(r"(?:19|20)\d\d")
_ENDINGS = {"m": "er", "f": "e", "n": "es", "pl": "e"}
_PLURAL_GENDER = "pl"  # the gender field of a plural organisation entry ("Zeugen")
# A capitalised adjective of a German name in a case other than the nominative ("Europäischen",
# "Syrischen", "Deutschen", "Internationalen"; not a place's "Wiener", "Frankfurter"), and its
# ending, which becomes the "-e" it has in the nominative after the article.
_PROPER_ADJECTIVE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]*(?:sch|lich|ig|al|ell|iv)(?:en|em)\Z")
_PROPER_ADJECTIVE_CASE = re.compile(r"(?:en|em)\Z")
# The same adjectives in the nominative: "die Technische Universität", "das Deutsche Rote Kreuz".
_PROPER_ADJECTIVE_NOMINATIVE = re.compile(
    r"[A-ZÄÖÜ][a-zäöüß]*(?:sch|lich|ig|al|ell|iv)(?:e|er|es)\Z"
)
# The articles of the dative and genitive singular of a feminine noun and the dative of the
# others, after which a name's adjectives end in "-en" ("der Deutschen Bank", "dem Roten Kreuz").
_SINGULAR_OBLIQUE = frozenset({"der", "dem"})
# The strong nominative ending an adjective takes before a noun of each gender without an article.
_STRONG_ENDINGS = _ENDINGS
_MIN_SUFFIX = 4
# The endings of German plurals of organisation nouns: "Zeitungen", "Sendern", "Magazine".
_PLURAL_ENDINGS = ("en", "n", "e")
# The kinds of organisation noun read in the plural too: organisations and media ("Zeitungen"),
# not places (they have none) nor collectives of people, which name their members.
_PLURAL_KINDS = frozenset({"org", "doc"})
_DOCUMENT_KIND = "doc"  # the kind of a document in the organisations lexicon
# The kinds of organisation noun that name people acting together: not documents or places.
_INSTITUTION_KINDS = frozenset({"org", "group"})
_VOWELS = frozenset("aeiouäöüy")
# What may follow an apposition that closes (SpeakerRegistry._apposed_to_oblique).
_APPOSITION_CLOSERS = frozenset({",", ".", ";", ":", "!", "?", "\n"})

_MAX_ROLE_TAIL = 6
_RECENT_LIMIT = 40
_NAME_WORDS = 2  # a first name or honorific and a surname
# The dashes that set off a dateline or an aside inside a mention ("Wien – Anna Berg").
_DASHES = frozenset({"–", "—"})
_DATELINE_WORDS = 3  # "Wien", "Den Haag", "St. Pölten", "Bad Ischl"
# How many whole-word occurrences of a one-word name are read for an organisation noun before it,
# and the longest word read before a name ("Telekommunikationskonzern").
_INTRODUCTIONS = 3
_LONGEST_WORD_BEFORE = 40
_GENDERS = frozenset({"m", "f", "n"})
# How many whole-word occurrences of a name are read for a capitalised word before it.
_ALONE_OCCURRENCES = 10
# How many speakers that fit "he" or "she" but are bare names a person may stand behind.
_PERSON_PREFERENCE = 3

_MIN_LISTED = 3  # conjuncts in a list with commas: "Smith, Jones and Brown"
_PAIR = 2  # conjuncts joined by one joiner and no comma: "the chairman and chief executive"
# The fewest capitalised words that may be a heading run into a name: "Pontifikale Metaphern
# Franziskus" (two words before a name are a first name and a surname: "Lothar Nicht").
_GLUED_HEADING = 3
#: a word of lower-case parts after a capital, joined by hyphens ("Fly-half", "Man-of-the-match")
#: the ending of English plurals of nouns in "-y", which no given name has ("Families")
_PLURAL_IES = "ies"
_LOWER_COMPOUND = re.compile(r"[A-Z][a-z]*(?:-[a-z]+)+\Z")
# The most parts set off by commas after a role that may stand before the person's name (a
# field may list several: "Die Ministerin für Frauen, Familie, Integration und Medien, Susanne
# Raab").
_MAX_APPOSITIONS = 4
_QUOTE_CHARS = "„“”\"»«‚‘’'"
# The word_roles of a language whose words open the attachment of a German role noun: its
# genitive ("Sprecher des Ministeriums") or "von" ("Sprecher von Erwin Pröll": a spokesperson
# of Pröll, whose name belongs to the role).
_GENITIVE_ROLE = "genitive"
#: The word role of the articles that open a masculine subject ("der Hacker sagte").
_NOMINATIVE_ROLE = "nominative"
_VON_ROLE = "von"
#: The word role of German number words ("zwei", "vier", "beiden").
_QUANTITIES_ROLE = "quantities"
#: The word role of the prefixes a role noun takes with a hyphen ("co-chairman").
_ROLE_PREFIXES_ROLE = "role_prefixes"
#: the rules' word role of possessives that name the owner of a noun of saying ("Seiner Meinung
#: nach", "Sein Fazit: …"): each stands for its owner as a personal pronoun does
_POSSESSIVES_ROLE = "possessives"
_NUMBER_WORDS_ROLE = "number_words"  # (word_roles.txt: "one", "two", …)
#: The word role of prepositions that attach a document's author ("a report by the committee").
_AUTHOR_ATTACH_ROLE = "author_attach"
# The lexicon of other names of organisations ("Tories" for the Conservatives).
_OTHER_NAMES = "organisation_names"


# Not frozen: the rules build ~45k attributions over the shared corpora, and a frozen attrs class
# sets each of its eleven fields through object.__setattr__ (3.6x slower to build). Nothing
# changes one after it is built: the rules make changed copies (derive, attrs.evolve).
@attrs.define(kw_only=True)
class Attribution:
    """One quotation found by a language's rules, before its speaker is resolved.

    ``mention`` is the span of the words naming the speaker (noun phrase or pronoun) and
    ``mention_words`` their tokens; ``inherit`` marks a continuation (free indirect speech, a
    direct quotation standing alone) whose speaker is the previous quotation's; ``plural`` is
    the cue verb's number where known; ``genitive`` marks a mention in the genitive ("Putins");
    ``relayed`` marks the second attribution of a quotation that one source quotes from another
    ("Der Spiegel zitiert den Prediger mit den Worten „…“": the Prediger's copy);
    ``addressee`` is whom the speaker spoke to ("told [reporters] that …"); ``cue_words`` are
    words of the cue that the rules do not read, joined to ``cue`` in the quote's cue mention;
    ``rejecter`` is, for a claim that a speaker rejects ("wies den Vorwurf der Opposition
    zurück, sie betreibe …": the Opposition's words), the rejecting speaker's attribution, with
    whom later continuations and pronouns go on. ``answerer`` is, for a question put to someone
    ("A reporter asked Helen Clark how …"), the one asked, whom a pronoun after it may mean
    ("…,” she replied": the one who answers).
    """

    kind: QuoteKind
    content: Span
    mention: Span | None = None
    mention_words: tuple[str, ...] = ()
    cue: tuple[Span, ...] = ()
    frame: Span | None = None
    inherit: bool = False
    plural: bool | None = None
    genitive: bool = False
    relayed: bool = False
    addressee: Span | None = None
    # Words of the cue's construction that no rule reads ("sich", "es", "davon", "wie"): the
    # Quote's cue mention holds them with ``cue``.
    cue_words: tuple[Span, ...] = ()
    rejecter: Attribution | None = None
    answerer: Attribution | None = None

    def derive(
        self,
        *,
        kind: QuoteKind | None = None,
        content: Span | None = None,
        relayed: bool | None = None,
    ) -> Attribution:
        """This attribution with another kind, content or relay mark (a faster
        :func:`attrs.evolve`)."""
        return Attribution(
            kind=self.kind if kind is None else kind,
            content=self.content if content is None else content,
            mention=self.mention,
            mention_words=self.mention_words,
            cue=self.cue,
            frame=self.frame,
            inherit=self.inherit,
            plural=self.plural,
            genitive=self.genitive,
            relayed=self.relayed if relayed is None else relayed,
            addressee=self.addressee,
            cue_words=self.cue_words,
            rejecter=self.rejecter,
            answerer=self.answerer,
        )


# Not frozen, for the reason Attribution is not: 20,000 are built per pass over the shared
# corpora, twice as fast without object.__setattr__ for each of the fifteen fields. Nothing
# changes one after it is built (attrs.evolve makes changed copies); hashed by its fields as a
# frozen class is.
@attrs.define(kw_only=True, unsafe_hash=True)
class MentionInfo:
    """What a noun phrase says about its speaker.

    ``key`` identifies the speaker within an article: the surname for a named person, the role
    noun for a person named only by role, the name for anything else. ``gender`` is "m", "f",
    "n" or None; ``pronoun`` is set for "er", "sie", "he", "she" and the like. ``generic`` is
    set for a mention of a common noun, no name: a role ("der Sprecher", "a spokesman") or a
    collective ("die Polizei", "the company", "analysts"); None when a capitalised common noun
    opens the mention ("Analysts said", "Labour said") and could be either.
    """

    name: str
    kind: SpeakerKind
    key: str
    role: str | None = None
    role_head: str | None = None
    gender: str | None = None
    plural: bool | None = None
    pronoun: bool = False
    named: bool = False
    generic: bool | None = False
    #: opened by an indefinite article ("a spokesman", "ein Sprecher"): someone new, never a
    #: person the article named before by the same role
    indefinite: bool = False
    #: named by a role of someone else's ("Michael Jackson's mother"): one particular person,
    #: whom a name given later with that role names ("His mother Katherine Jackson")
    owned: bool = False
    #: the gender the name itself says ("Mr Blair", "Cherie Blair"): a title's, or the first
    #: name's of a full name; not a lone word that may be a surname ("Arnold")
    name_gender: str | None = None
    #: the given name of a person named by a title and their given name only ("Sir John":
    #: "John"), whom a full name with that given name in the article names ("Sir John Bourn")
    given: str | None = None
    #: whether the name's title is one of knighthood ("Sir", "Dame": True) or another ("Mr",
    #: "Lord": False); None without a title. A knight is not the "Mr Blair" of the article.
    knighted: bool | None = None
    #: an epithet with a definite article that stands for a person named before ("der
    #: 54-Jährige" after "Trainer Peter Huber"), whom it means as a pronoun of its gender would
    epithet: bool = False


class MentionedReader(Protocol):
    """How a speaker registry reads the people the sentences between two offsets mention
    (:meth:`KnownPeopleBase.mentioned <newscorpus._extract.engine.KnownPeopleBase.mentioned>`),
    only in a stretch that writes every word of ``written`` (lower case), when given."""

    def __call__(
        self, since: int, before: int, written: Sequence[str] = ()
    ) -> Iterable[Iterable[Mentioned]]: ...


class Mentioned(NamedTuple):
    """A person (or a personal pronoun) a sentence without a quotation mentions: where, and
    what the words say (:meth:`KnownPeopleBase.mentioned`)."""

    span: Span
    info: MentionInfo
    #: in a prepositional phrase ("mit dem Landrat Peter Berg", "in Stanley Park"): not the
    #: one a later pronoun means
    oblique: bool = False
    #: after a capitalised word of no word class that is no mention read ("Hewitt fought back
    #: against Andy Roddick"): a name the reading missed may be whom a pronoun means
    after_name: bool = False
    #: the preposition before it when ``oblique`` ("for", "mit"), in lower case
    preposition: str = ""


@attrs.frozen(kw_only=True)
class _RoleForm:
    base: str
    gender: str
    adjectival: bool = False


@attrs.frozen(kw_only=True)
class _Lexicon:
    language: str
    grammar: SpeakerGrammar
    roles: dict[str, _RoleForm]
    organisations: dict[str, tuple[str, str, str]]
    #: another name of an organisation (in lower case) and the name it stands for
    #: (``organisation_names.txt``: "tories" → "Conservatives")
    organisation_names: dict[str, str]
    first_names: dict[str, str]
    pronouns: dict[str, tuple[str, str]]
    determiners: frozenset[str]
    prepositions: frozenset[str]
    #: the subordinators of ``function_words.txt`` ("who", "dass")
    subordinators: frozenset[str]
    function_words: frozenset[str]
    name_context: frozenset[str]
    role_modifiers: frozenset[str]
    particles: frozenset[str]
    honorifics: dict[str, str]
    genitive_openers: frozenset[str]
    von_openers: frozenset[str]
    joiners: frozenset[str]
    name_attachments: frozenset[str]
    genitive_singular: frozenset[str]
    statement_nouns: frozenset[str]
    #: the ``statement_nouns`` that end a compound of saying ("Kernaussage", "Hauptforderung"):
    #: those of :data:`_MIN_STATEMENT_ENDING` letters or more
    statement_endings: tuple[str, ...]
    #: statements a body issues in writing ("eine Mitteilung des Verbands" is the Verband's,
    #: unlike "der Bericht des Rechnungshofs", a document that speaks itself)
    issued_statements: frozenset[str]
    new_referents: frozenset[str]
    speakerless: frozenset[str]
    ownerless_nouns: frozenset[str]
    demonyms: frozenset[str]
    speaker_states: frozenset[str]
    #: adjectives that only say a role is held now ("die jetzige Aufsichtsratschefin"): no part
    #: of the role (``tenure_adjectives``)
    tenure_adjectives: frozenset[str]
    #: role nouns that before a name or another role are a form of address ("Frau Haag",
    #: "Frau Ministerin Mikl-Leitner"), no role (``address_nouns``)
    address_nouns: frozenset[str]
    #: determiners that follow an article and say how many ("die meisten Experten", "der weitere
    #: Verdächtige"): the article before them tells gender and number (``quantifier_determiners``)
    quantifier_determiners: frozenset[str]
    #: number words that head a group of speakers ("two officials"), and before "of" a share
    #: of them ("One of the organisers": an organiser, not a speaker named "One")
    number_words: frozenset[str]
    #: prepositions that attach a document's author to it ("a report by the committee", the
    #: ``author_attach`` role): the author speaks
    author_attachments: frozenset[str]
    personal_pronouns: frozenset[str]
    #: demonstratives that mean the person mentioned last ("Peter Huber traf Karl Berger.
    #: Dieser sagte, …" is Karl Berger: the ``latter_pronouns`` word role)
    latter_pronouns: frozenset[str]
    relation_nouns: frozenset[str]
    not_name_words: frozenset[str]
    article_names: frozenset[str]
    jurisdiction_nouns: frozenset[str]
    place_endings: tuple[str, ...]
    name_prepositions: frozenset[str]
    degree_adverbs: frozenset[str]
    accidental_roles: frozenset[str]
    plural_articles: frozenset[str]
    #: per ending of the role nouns and of the organisation nouns, the lengths of the nouns that
    #: end so (see :func:`_suffix_lengths`)
    role_suffixes: dict[str, tuple[int, ...]]
    organisation_suffixes: dict[str, tuple[int, ...]]
    #: titles that stay in the name before a lone word ("Lord Falconer": ``name_titles``)
    name_titles: frozenset[str] = frozenset()
    #: titles written before a surname only, which a role noun after them is ("Mr King":
    #: ``surname_titles``), unless it is a role people are addressed by ("Mr Speaker":
    #: ``address_roles``)
    surname_titles: frozenset[str] = frozenset()
    address_roles: frozenset[str] = frozenset()
    #: role modifiers that make another office ("shadow", "former": ``other_offices``)
    other_offices: frozenset[str] = frozenset()
    #: role nouns that name a person by sex, no office ("man": ``person_nouns``)
    person_nouns: frozenset[str] = frozenset()
    #: titles used with the given name ("Sir Digby": ``given_name_titles``)
    given_name_titles: frozenset[str] = frozenset()
    #: words naming a person by party before a name ("Tory Liam Fox": ``party_members``)
    party_members: frozenset[str] = frozenset()
    #: letters after a name, no part of it ("Guy Mansfield QC", "Anna Roe MP": ``post_nominals``)
    post_nominals: frozenset[str] = frozenset()
    #: nouns of a share or number of people ("die Hälfte der Befragten": ``quantity_nouns``)
    quantity_nouns: frozenset[str] = frozenset()
    #: nouns that make the one-word name after them an organisation's ("oil firm Yukos":
    #: ``organisation_classifiers``)
    organisation_classifiers: frozenset[str] = frozenset()
    #: names and nouns of news media that report on a company, never "the company" itself
    #: ("Reuters", "Times": ``news_media``)
    news_media: frozenset[str] = frozenset()
    #: pronouns that, with a phrase after them, name a group of people ("those close to him":
    #: ``group_pronouns``)
    group_pronouns: frozenset[str] = frozenset()
    #: participles that, after such a pronoun, name a group ("those polled": ``group_participles``)
    group_participles: frozenset[str] = frozenset()
    #: nouns that, alone and definite, mean the company the text quotes ("the company said",
    #: "der Konzern teilte mit": ``company_nouns``)
    company_nouns: frozenset[str] = frozenset()
    #: a word and a noun of time before a mention, the sentence's ("Last week Grammy producers":
    #: ``time_modifiers``, ``time_nouns``)
    time_modifiers: frozenset[str] = frozenset()
    time_nouns: frozenset[str] = frozenset()
    #: an adjective and its preposition after the head of a mention ("sources close to Mr
    #: Brown": ``relation_adjectives``)
    relation_adjectives: frozenset[str] = frozenset()
    #: family names written before the given name ("Ban Ki-moon": ``family_name_first``)
    family_name_first: frozenset[str] = frozenset()
    #: the preposition of a passive's agent ("questioned by John Reid": ``agent_prepositions``)
    agent_prepositions: frozenset[str] = frozenset()
    #: the first word of a correlative pair before two speakers, and the words between them
    #: ("sowohl … als auch", "weder … noch", "both … and": ``correlative_openers``,
    #: ``correlative_partners``)
    correlative_openers: frozenset[str] = frozenset()
    correlative_partners: frozenset[str] = frozenset()
    #: number words ("vier": the ``quantities`` word role)
    numbers: frozenset[str] = frozenset()
    #: articles that open a masculine subject ("der", "ein": the ``nominative`` word role)
    nominative_articles: frozenset[str] = frozenset()
    #: definite articles before an epithet standing for a person named before ("der
    #: 54-Jährige": the ``epithet_articles`` word role); one in "-e" opens a woman's
    epithet_articles: frozenset[str] = frozenset()
    #: role heads of people news often leaves unnamed ("der Polizeisprecher", "die Richterin":
    #: the ``participant_roles`` word role), never an epithet for the person named before
    participant_roles: frozenset[str] = frozenset()
    #: role heads whose holder a plural pronoun may mean as one person ("spokesperson": the
    #: ``they_roles`` word role)
    they_roles: frozenset[str] = frozenset()
    #: marks between the phrases of a list inside a prepositional phrase ("vor den
    #: Abgeordneten, Regierungsmitgliedern und …": the ``list_marks`` word role)
    list_marks: frozenset[str] = frozenset()
    #: endings of a noun of unknown kind that, after an epithet article, names a person by
    #: origin or pursuit ("der Spanier", "der Serbe": the ``epithet_endings`` word role)
    epithet_endings: tuple[str, ...] = ()


def _role_forms_de() -> dict[str, _RoleForm]:
    forms: dict[str, _RoleForm] = {}
    for masculine, feminine, declension in read_lexicon("de", "roles", fields=(3, 3)):
        low = masculine.lower()
        if declension == "a":
            stem = low[:-2]
            for ending in ("e", "en", "er", "em", "es"):
                forms.setdefault(
                    stem + ending, _RoleForm(base=masculine, gender="m", adjectival=True)
                )
        else:
            endings = ("", "n", "en") if declension == "n" else ("", "s", "es", "n")
            for ending in endings:
                forms.setdefault(low + ending, _RoleForm(base=masculine, gender="m"))
            umlauted = _umlaut_last_vowel(low) if declension == "s" else low
            if umlauted != low:
                # A strong noun's plural with umlaut: "Ärzte", "Anwälte", "Bischöfe",
                # "Landesräte" (dative "Ärzten"); a form no noun has is never looked up.
                for ending in _UMLAUT_PLURAL_ENDINGS:
                    forms.setdefault(umlauted + ending, _RoleForm(base=masculine, gender="m"))
        # A nominalised adjective's feminine is one of its masculine forms ("die Vorsitzende",
        # "der Vorsitzende"): the mention's article decides (see _feminine_adjectival).
        if feminine != "-" and declension != "a":
            female = _RoleForm(base=feminine, gender="f")
            forms[feminine.lower()] = female
            forms.setdefault(feminine.lower() + "nen", female)
    return forms


#: The endings of a strong noun's plural with umlaut (nominative, dative).
_UMLAUT_PLURAL_ENDINGS = ("e", "en")
#: The vowels that take an umlaut, the diphthong first ("Baum" → "Bäume").
_UMLAUTS = (("au", "äu"), ("a", "ä"), ("o", "ö"), ("u", "ü"))


def _umlaut_last_vowel(word: str) -> str:
    """``word`` (lower case) with an umlaut on its last vowel when that is "a", "o", "u" or
    "au" ("arzt" → "ärzt", "bischof" → "bischöf"); unchanged otherwise ("minister")."""
    last = len(word) - 1
    while last >= 0 and word[last] not in _VOWELS:
        last -= 1
    if last < 0 or word[last] not in "aou":
        return word
    for plain, umlaut in _UMLAUTS:
        start = last - len(plain) + 1
        if start >= 0 and word[start : last + 1] == plain:
            return word[:start] + umlaut + word[last + 1 :]
    return word


def _role_forms_plain(language: str) -> dict[str, _RoleForm]:
    """Role nouns listed with their gender (English; any language without inflected roles),
    and each one-word role after a prefix of the ``role_prefixes`` word role and a hyphen
    ("co-chairman", "vice-president")."""
    forms: dict[str, _RoleForm] = {}
    if has_lexicon(language, "roles"):
        for role, gender in read_lexicon(language, "roles", fields=(2, 2)):
            forms[role.lower()] = _RoleForm(base=role, gender=gender)
    for prefix in read_word_role(language, _ROLE_PREFIXES_ROLE):
        for role, form in list(forms.items()):
            if " " not in role:
                compound = f"{prefix}-{role}"
                forms.setdefault(compound, _RoleForm(base=compound, gender=form.gender))
    return forms


def _organisations(language: str, *, inflected: bool) -> dict[str, tuple[str, str, str]]:
    table: dict[str, tuple[str, str, str]] = {}
    if not has_lexicon(language, "organisations"):
        return table
    for name, gender, kind in read_lexicon(language, "organisations", fields=(3, 3)):
        entry = (name, gender, kind)
        table.setdefault(name.lower(), entry)
        if inflected and gender in {"m", "n"} and kind != "place":
            table.setdefault(name.lower() + "s", entry)
            table.setdefault(name.lower() + "es", entry)
        if inflected and kind != "place" and gender == "pl":
            table.setdefault(name.lower() + "n", entry)
    return table


def _optional_word_classes(language: str) -> dict[str, str]:
    if not has_lexicon(language, "function_words"):
        return {}
    return read_pairs(language, "function_words")


@functools.cache
def _lexicon(language: str) -> _Lexicon:
    grammar = get_language(language).speaker_grammar
    german = grammar is _GRAMMAR_GERMAN
    roles = _role_forms_de() if german else _role_forms_plain(language)
    word_classes = _optional_word_classes(language)
    honorifics: dict[str, str] = {}
    if grammar is _GRAMMAR_ENGLISH or has_lexicon(language, "honorifics"):
        honorifics = read_pairs(language, "honorifics")
    first_names = (
        read_pairs(language, "first_names") if has_lexicon(language, "first_names") else {}
    )
    pronouns: dict[str, tuple[str, str]] = {}
    if has_lexicon(language, "pronouns"):
        pronouns = {
            word: (gender, number)
            for word, gender, number in read_lexicon(language, "pronouns", fields=(3, 3))
        }
    particles: frozenset[str] = frozenset()
    if has_lexicon(language, "name_particles"):
        particles = read_word_set(language, "name_particles")
    speaker_words = read_speaker_word_roles(language)
    organisations = _organisations(language, inflected=german)
    return _Lexicon(
        language=language,
        grammar=grammar,
        roles=roles,
        organisations=organisations,
        organisation_names=(
            {
                name.lower(): canonical
                for name, canonical in read_pairs(language, _OTHER_NAMES).items()
            }
            if has_lexicon(language, _OTHER_NAMES)
            else {}
        ),
        role_suffixes=_suffix_lengths(roles),
        organisation_suffixes=_suffix_lengths(organisations),
        first_names=first_names,
        pronouns=pronouns,
        determiners=frozenset(word for word, kind in word_classes.items() if kind == "det"),
        prepositions=frozenset(word for word, kind in word_classes.items() if kind == "prep"),
        subordinators=frozenset(word for word, kind in word_classes.items() if kind == "sub"),
        function_words=frozenset(word_classes),
        name_context=speaker_words["name_context"],
        role_modifiers=speaker_words["role_modifiers"],
        particles=particles,
        honorifics=honorifics,
        genitive_openers=read_word_role(language, _GENITIVE_ROLE) if german else frozenset(),
        von_openers=read_word_role(language, _VON_ROLE) if german else frozenset(),
        joiners=speaker_words["speaker_joiners"],
        name_attachments=speaker_words["name_attachments"],
        genitive_singular=speaker_words["genitive_singular"],
        statement_nouns=_statement_nouns(language) if german else frozenset(),
        statement_endings=_statement_endings(language) if german else (),
        issued_statements=speaker_words["issued_statements"],
        new_referents=speaker_words["new_referents"],
        speakerless=speaker_words["speakerless"],
        ownerless_nouns=speaker_words["ownerless_nouns"],
        demonyms=speaker_words["demonyms"],
        speaker_states=speaker_words["speaker_states"],
        tenure_adjectives=speaker_words["tenure_adjectives"],
        address_nouns=speaker_words["address_nouns"],
        quantifier_determiners=speaker_words["quantifier_determiners"],
        number_words=read_word_role(language, _NUMBER_WORDS_ROLE),
        author_attachments=read_word_role(language, _AUTHOR_ATTACH_ROLE),
        personal_pronouns=speaker_words["personal_pronouns"]
        | read_word_role(language, _POSSESSIVES_ROLE),
        latter_pronouns=speaker_words["latter_pronouns"],
        relation_nouns=speaker_words["relation_nouns"],
        not_name_words=speaker_words["not_name_words"],
        article_names=speaker_words["article_names"],
        jurisdiction_nouns=speaker_words["jurisdiction_nouns"],
        place_endings=tuple(sorted(speaker_words["place_endings"])),
        name_prepositions=speaker_words["name_prepositions"],
        degree_adverbs=speaker_words["degree_adverbs"],
        accidental_roles=speaker_words["accidental_roles"],
        plural_articles=speaker_words["plural_articles"],
        name_titles=speaker_words["name_titles"],
        surname_titles=speaker_words["surname_titles"],
        address_roles=speaker_words["address_roles"],
        other_offices=speaker_words["other_offices"],
        person_nouns=speaker_words["person_nouns"],
        given_name_titles=speaker_words["given_name_titles"],
        party_members=speaker_words["party_members"],
        post_nominals=speaker_words["post_nominals"],
        quantity_nouns=speaker_words["quantity_nouns"],
        organisation_classifiers=speaker_words["organisation_classifiers"],
        company_nouns=speaker_words["company_nouns"],
        group_pronouns=speaker_words["group_pronouns"],
        news_media=speaker_words["news_media"],
        group_participles=speaker_words["group_participles"],
        time_modifiers=speaker_words["time_modifiers"],
        time_nouns=speaker_words["time_nouns"],
        relation_adjectives=speaker_words["relation_adjectives"],
        agent_prepositions=speaker_words["agent_prepositions"],
        family_name_first=speaker_words["family_name_first"],
        correlative_openers=speaker_words["correlative_openers"],
        correlative_partners=speaker_words["correlative_partners"],
        epithet_articles=speaker_words["epithet_articles"],
        participant_roles=speaker_words["participant_roles"],
        they_roles=speaker_words["they_roles"],
        list_marks=speaker_words["list_marks"],
        epithet_endings=tuple(sorted(speaker_words["epithet_endings"])),
        numbers=read_word_role(language, _QUANTITIES_ROLE) if german else frozenset(),
        nominative_articles=read_word_role(language, _NOMINATIVE_ROLE) if german else frozenset(),
    )


def _statement_endings(language: str) -> tuple[str, ...]:
    """The nouns of saying of ``language``'s ``noun_cues`` and ``speech_nouns`` lexicons of
    :data:`_MIN_STATEMENT_ENDING` letters or more: the ends of compound nouns of saying
    ("Kernaussage", "Hauptforderung"). The other statement nouns end other compounds too
    ("Krankenversicherung", "Ärztevereinigung", "Grundgesetz") and are left out."""
    nouns: set[str] = set()
    for name in ("noun_cues", "speech_nouns"):
        if has_lexicon(language, name):
            nouns.update(word.lower() for word in read_word_set(language, name))
    return tuple(sorted(noun for noun in nouns if len(noun) >= _MIN_STATEMENT_ENDING))


def _statement_nouns(language: str) -> frozenset[str]:
    """The nouns of saying of a language's ``noun_cues`` and ``speech_nouns`` lexicons and its
    ``statement_nouns`` and ``issued_statements`` word roles, lower case: they name what was
    said ("die Forderung", "Angaben", "die Reaktion", "eine Mitteilung"), never who said it."""
    roles = read_speaker_word_roles(language)
    nouns: set[str] = set(roles["statement_nouns"] | roles["issued_statements"])
    for name in ("noun_cues", "speech_nouns"):
        if has_lexicon(language, name):
            nouns.update(noun.lower() for noun in read_word_set(language, name))
    return frozenset(nouns)


on_registry_change(_lexicon.cache_clear)


def _suffix_lengths(table: Mapping[str, object]) -> dict[str, tuple[int, ...]]:
    """Per ending of :data:`_MIN_SUFFIX` letters, the lengths of the keys of ``table`` that end
    so, longest first. A suffix of a word (of that many letters or more) ends as the word does,
    so only these lengths of it can be a key: a compound is looked up at those cuts alone (see
    :func:`_suffix_cuts`), not at every letter, and a name ending unlike any key ("Merkel") at
    none."""
    lengths: dict[str, set[int]] = {}
    for key in table:
        if len(key) >= _MIN_SUFFIX:
            lengths.setdefault(key[-_MIN_SUFFIX:], set()).add(len(key))
    return {ending: tuple(sorted(found, reverse=True)) for ending, found in lengths.items()}


def _suffix_cuts(low: str, suffixes: dict[str, tuple[int, ...]]) -> list[int]:
    """Where ``low`` may be cut for its suffix of :data:`_MIN_SUFFIX` letters or more (not the
    whole word) to be a key of the table ``suffixes`` indexes (:func:`_suffix_lengths`), the
    longest suffix first."""
    lengths = suffixes.get(low[-_MIN_SUFFIX:])
    if lengths is None:
        return []  # most words end unlike any key: no list to build
    return [len(low) - length for length in lengths if length < len(low)]


#: how far back (in characters) a role alone looks for its one holder past a quotation of
#: someone else: a few sentences, as a pronoun does
_ROLE_LOOKBACK = 600
#: the most characters a subordinator before a pronoun is read over ("nachdem er")
_MAX_SUBORDINATOR = 16


def _same_office(role: str, holder: MentionInfo) -> bool:
    """Whether ``holder``, named by more than a letter ("I" is no name), holds the office
    ``role`` itself: the same role, or a compound ending in it ("Innenminister" for
    "Minister"), not one with a word or a hyphenated part before it ("Deputy Prime Minister
    John Prescott" is no "prime minister", "Vize-Präsident" no "Präsident")."""
    held = (holder.role or "").lower()
    wanted = role.lower()
    return (
        len(holder.name) > 1
        and bool(wanted)
        and (held == wanted or (" " not in held and "-" not in held and held.endswith(wanted)))
    )


def plural_determiner(word: str, language: str) -> bool:
    """Whether ``word`` (lower case) makes the masculine form of a role noun after it a plural
    (the ``plural_articles`` of the speaker lexicon: "die Minister", "zahlreiche Experten")."""
    return word in _lexicon(language).plural_articles


def _compound_lookup(word: str, lexicon: _Lexicon) -> tuple[str, _RoleForm] | None:
    """Find ``word``, its longest suffix of 4+ letters or its part after a hyphen among the
    role nouns; return prefix and form. A suffix cut out of one of the ``accidental_roles``
    nouns is none: the noun ends in a role only by accident ("Fahrzeugen" is no "Zeugen",
    "Halbleiter" no "Leiter")."""
    table, accidental = lexicon.roles, lexicon.accidental_roles
    low = word.lower()
    form = table.get(low)
    if form is not None:
        return "", form
    for cut in _suffix_cuts(low, lexicon.role_suffixes):
        form = table.get(low[cut:])
        if form is not None:
            if accidental and _accidental_cut(low, cut, accidental):
                return None
            return word[:cut], form
    # After a hyphen a short role noun counts too: "Microsoft-CEO".
    hyphen = low.rfind("-") + 1
    form = table.get(low[hyphen:]) if hyphen > 1 else None
    return None if form is None else (word[:hyphen], form)


def _accidental_cut(low: str, cut: int, accidental: frozenset[str]) -> bool:
    """Whether ``low[cut:]`` starts inside one of the ``accidental`` nouns in ``low``."""
    for noun in accidental:
        start = low.find(noun)
        if 0 <= start < cut < start + len(noun):
            return True
    return False


def _organisation_lookup(
    word: str, lexicon: _Lexicon, *, compounds: bool
) -> tuple[str, tuple[str, str, str]] | None:
    """Find ``word`` among the organisation nouns, or with ``compounds`` its longest suffix of
    4+ letters that is no place; return prefix and entry."""
    table = lexicon.organisations
    low = word.lower()
    entry = table.get(low)
    if entry is not None:
        return "", entry
    if not compounds:
        return None
    for cut in _suffix_cuts(low, lexicon.organisation_suffixes):
        entry = table.get(low[cut:])
        if entry is not None and entry[2] != "place":
            return word[:cut], entry
    return None


def _plural_organisation(word: str, lexicon: _Lexicon) -> tuple[str, tuple[str, str, str]] | None:
    """A German organisation noun in the plural ("die Zeitungen", "den Tageszeitungen", "die
    Magazine"), as an entry of the plural word: the lexicon lists singulars ("Behörden" is
    listed as a plural-only entry). Only organisations and media (``_PLURAL_KINDS``)."""
    return _plural_organisation_cached(word, lexicon.language)


@functools.lru_cache(maxsize=8192)
def _plural_organisation_cached(
    word: str, language: str
) -> tuple[str, tuple[str, str, str]] | None:
    # Cached: most capitalised words of mentions are names, looked up again and again, and each
    # ending costs a scan of the word's compounds.
    lexicon = _lexicon(language)
    for ending in _PLURAL_ENDINGS:
        if len(word) > len(ending) + _MIN_SUFFIX and word.endswith(ending):
            found = _organisation_lookup(word[: -len(ending)], lexicon, compounds=True)
            if found is not None and found[1][2] in _PLURAL_KINDS:
                kind = found[1][2]
                return "", (word, "pl", kind)
    return None


@functools.lru_cache(maxsize=8192)
def role_or_organisation(word: str, language: str) -> bool:
    """Whether ``word`` is a role noun or names an organisation (compounds included in German)."""
    lexicon = _lexicon(language)
    german = lexicon.grammar is _GRAMMAR_GERMAN
    return _is_role_noun(word, lexicon) or (
        _organisation_lookup(_strip_marks(word), lexicon, compounds=german) is not None
    )


@functools.lru_cache(maxsize=8192)
def role_noun(word: str, language: str) -> bool:
    """Whether ``word`` is a role noun of ``language``'s lexicon ("chairman"; compounds included
    in German), not an organisation."""
    return _is_role_noun(word, _lexicon(language))


def speaker_joiners(language: str) -> frozenset[str]:
    """The words that join the speakers of a coordination in ``language`` (the
    ``speaker_joiners`` role: "und", "sowie", "and")."""
    return _lexicon(language).joiners


def list_marks(language: str) -> frozenset[str]:
    """The marks that part the phrases of a list in ``language``, so that a phrase after one
    shares the case of a prepositional phrase before it (the ``list_marks`` role: German ","; none
    in English, where a subject follows a fronted phrase and its comma: "In London, Sadiq Khan
    said")."""
    return _lexicon(language).list_marks


def role_modifier(low: str, language: str) -> bool:
    """Whether the lower-case word ``low`` modifies a role after it (``role_modifiers``:
    "former", "acting", "outgoing")."""
    return low in _lexicon(language).role_modifiers


def _is_role_noun(word: str, lexicon: _Lexicon) -> bool:
    """Whether ``word`` is a role noun of the lexicon (in German also the end of a compound that
    is no accidental one: "Innenministerin", not "Fahrzeug")."""
    if lexicon.grammar is _GRAMMAR_GERMAN:
        return _compound_lookup(word, lexicon) is not None
    return word.lower() in lexicon.roles


@functools.lru_cache(maxsize=8192)
def document_word(word: str, language: str) -> bool:
    """Whether ``word`` is a document of the organisations lexicon ("book", "report",
    "Bericht"): a source of words, not a name's head ("In his book Mr Brown said")."""
    lexicon = _lexicon(language)
    found = _organisation_lookup(
        _strip_marks(word),
        lexicon,
        compounds=lexicon.grammar is _GRAMMAR_GERMAN,
    )
    return found is not None and found[1][2] == _DOCUMENT_KIND


def person_or_institution(word: str, language: str) -> bool:
    """Whether ``word`` is a role noun or an organisation or collective noun ("expert",
    "government"; compounds included in German), not a relation (``relation_nouns``: "a rival
    in IBM" is IBM), a document, a medium or a place ("statement", "newspaper", "Moscow")."""
    lexicon = _lexicon(language)
    if word.lower() in lexicon.relation_nouns:
        return False
    if _is_role_noun(word, lexicon):
        return True
    german = lexicon.grammar is _GRAMMAR_GERMAN
    found = _organisation_lookup(_strip_marks(word), lexicon, compounds=german)
    return found is not None and found[1][2] in _INSTITUTION_KINDS


def given_name_before(word: str, language: str) -> bool:
    """Whether a capitalised ``word`` right before a first name is a given name of the same
    name, no context ("Shani" in "Shani Rhys James", not "Tory" in "Tory Liam Fox"); see
    :func:`_context_word`."""
    return not _context_word(word, _lexicon(language))


@functools.lru_cache(maxsize=8192)
def organisation_word(word: str, language: str, *, singular: bool = False) -> bool:
    """Whether ``word`` names an organisation or a medium ("Zeitung", "Innenministerium");
    with ``singular``, not a plural group of people ("Zeugen", "Demonstranten")."""
    lexicon = _lexicon(language)
    found = _organisation_lookup(
        _strip_marks(word),
        lexicon,
        compounds=lexicon.grammar is _GRAMMAR_GERMAN,
    )
    return found is not None and not (singular and found[1][1] == _PLURAL_GENDER)


def _is_capitalised(word: str) -> bool:
    first = word[:1]  # "" for an empty word, which counts as capitalised ("" is in any string)
    return first.isupper() or first.isdigit() or first in _QUOTE_CHARS


def _strip_marks(word: str) -> str:
    return word.strip(_QUOTE_CHARS)


def _normalise_adjective(word: str, gender: str) -> str:
    if not _GERMAN_ADJECTIVE.match(word):
        return word
    return _ADJECTIVE_ENDING.sub("", word) + _ENDINGS.get(gender, "e")


def _genitive_base(word: str) -> str:
    if len(word) > 2 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    if word.endswith(("’s", "'s")):
        return word[:-2]
    if word.endswith(("’", "'")):
        return word[:-1]
    return word


#: The endings of Latin nouns whose "-s" is their own, not a genitive's ("Sozialismus",
#: "Status", "Campus"; "Gurus", "Tabus" are genitives of "Guru", "Tabu").
_LATIN_US_ENDINGS = ("mus", "tus", "pus")


def _genitive_noun_base(word: str) -> str:
    """The nominative of a German noun in the genitive singular after "des": "-es" after a
    consonant goes ("Verbandes", "Verlages", "Prozesses"; "Bündnisses" -> "Bündnis"), else "-s"
    ("Hauptsponsors", "Büros"). A word without either ending stays ("des ORF"), and so does a
    Latin one in "-mus", "-tus" or "-pus" ("des Sozialismus", "des Status", "des Campus"), while
    a noun in "-u" takes its "-s" ("des Gurus" -> "Guru")."""
    if word.endswith("nisses"):
        return word[:-3]
    if len(word) > _MIN_SUFFIX and word.endswith("es") and word[-3] not in _VOWELS:
        return word[:-2]
    if word.endswith(_LATIN_US_ENDINGS):
        return word  # "des Sozialismus", "des Status": the ending is the noun's own
    return _genitive_base(word) if word[-1:] == "s" else word


def analyse_mention(
    words: Sequence[str],
    *,
    language: str,
    genitive: bool = False,
    plural: bool | None = None,
) -> MentionInfo | None:
    """Split the words of a speaker mention into name, role and kind; None if nothing is left.

    Results are cached: the same words are analysed once per process.
    """
    return _analyse_cached(tuple(words), language, genitive, plural)


@functools.lru_cache(maxsize=16384)
def _analyse_cached(
    words: tuple[str, ...], language: str, genitive: bool, plural: bool | None
) -> MentionInfo | None:
    lexicon = _lexicon(language)
    if "" in words:
        words = tuple(word for word in words if word)
        if not words:
            return None
    if len(words) == 1:
        low = words[0].lower()
        if low in lexicon.speakerless and not _is_acronym(words[0]):
            # "Ich habe nicht den Eindruck, dass …": the mention names nobody ("WHO" does)
            return None
        if low in lexicon.pronouns:
            return _pronoun_info(words[0], lexicon, plural)
    words = _without_dash_aside(_joined_truncations(words, lexicon))
    if plural is not True:  # "Der Kanzler und Außenministerin Baerbock sagten": two
        words = _named_of_joined_roles(words, language, lexicon)
    info = _analyse_phrase(list(words), lexicon, genitive=genitive, plural=plural)
    if info is None or not info.name.strip() or not (info.key.strip() or info.pronoun):
        return None  # (a pronoun has no key: "sein Fazit" is read as its possessive)
    if words[0].lower() in lexicon.new_referents and (
        not info.named
        # "Ein Anwalt Benkos": an indefinite role before one name in the genitive, someone new
        # (see SpeakerRegistry._genitive_owner)
        or (
            lexicon.grammar is _GRAMMAR_GERMAN
            and info.role is not None
            and info.name.endswith("s")
            and " " not in info.name
        )
    ):
        info = attrs.evolve(info, indefinite=True)
    if (
        plural is True
        and lexicon.grammar is _GRAMMAR_GERMAN
        and len(words) == 1
        and info.named
        and info.kind is _KIND_UNKNOWN
    ):
        # "Fischer sagten, …": a lone noun before a verb in the plural names a group of people
        # by what they are (fishermen), no one by a surname: named by no one, not merged with
        # a Joschka Fischer
        info = attrs.evolve(info, named=False, generic=True)
    # Words are joined by spaces; brackets hug what they enclose: "Institut (IfM)".
    name = " ".join(info.name.split()).replace("( ", "(").replace(" )", ")")
    if info.kind is _KIND_ORGANISATION and lexicon.organisation_names:
        # "the Tories" and "the Conservatives" are one speaker: the name it stands for
        canonical = lexicon.organisation_names.get(name.lower())
        if canonical is not None:
            return attrs.evolve(info, name=canonical, key=canonical.lower())
    return info if name == info.name else attrs.evolve(info, name=name)


def _name_key(names: Sequence[str], lexicon: _Lexicon) -> str:
    """The key of a person's name: the surname, which is the last word ("Tony Blair": "blair")
    or, in a name whose first word is a family name written first (the ``family_name_first``
    word role: "Ban Ki-moon", "Xi Jinping"), the first ("ban")."""
    if len(names) > 1 and names[0].lower() in lexicon.family_name_first:
        return names[0].lower()
    return names[-1].lower()


def family_name_first(word: str, language: str) -> bool:
    """Whether ``word`` (lower case) is a family name written before the given name ("ban" of
    "Ban Ki-moon"; the ``family_name_first`` word role)."""
    return word in _lexicon(language).family_name_first


def _pronoun_info(word: str, lexicon: _Lexicon, plural: bool | None) -> MentionInfo:
    """A mention by a pronoun of the ``pronouns`` lexicon: its gender and number, no name."""
    gender, number = lexicon.pronouns[word.lower()]
    is_plural = plural if number == _EITHER_NUMBER else number in _PLURAL_NUMBERS
    return MentionInfo(
        name=word,
        kind=_KIND_UNKNOWN,
        key="",
        gender=None if gender == "-" or is_plural else gender,
        plural=is_plural,
        pronoun=True,
    )


def _named_of_joined_roles(
    words: tuple[str, ...], language: str, lexicon: _Lexicon
) -> tuple[str, ...]:
    """The words after the joiner when it joins two roles of the one person named after them
    (see :func:`_roles_of_one_person`): "Parteichef und Ministerpräsident Horst Seehofer" is
    Horst Seehofer, "Die frühere Ministerin und Senatorin, Ruth Keller (SPD)" is Ruth Keller.
    Other words are returned as they are."""
    if lexicon.joiners.isdisjoint(map(str.lower, words)):  # most mentions: lowered in C
        return words
    joiners = [index for index, word in enumerate(words) if word.lower() in lexicon.joiners]
    if len(joiners) != 1 or joiners[0] in {0, len(words) - 1}:
        return words
    first, last = list(words[: joiners[0]]), list(words[joiners[0] + 1 :])
    if "," in first or not _roles_of_one_person([first, last], language, lexicon):
        return words
    return tuple(last)


#: The hyphen of a truncated compound, a token of its own ("Wirtschafts", "-", "und", …).
_HYPHEN = "-"


def _joined_truncations(words: tuple[str, ...], lexicon: _Lexicon) -> tuple[str, ...]:
    """The words of a mention with each truncated compound and the word it shares its end with
    as one word: "Wirtschafts- und Energieminister", "Kinder- und Jugendanwaltschaft" (a hyphen
    before a word of the ``speaker_joiners`` role and a word after it), whose last part is
    looked up as a role or organisation while the name keeps all of it; a hyphen is never the
    dash of an aside there."""
    if _HYPHEN not in words:  # most mentions: one pass in C
        return words
    joined: list[str] = []
    index = 0
    while index < len(words):
        if (
            index + 3 < len(words)
            and words[index + 1] == _HYPHEN
            and words[index][-1:].isalpha()
            and words[index + 2].lower() in lexicon.joiners
            and words[index + 3][:1].isalpha()
        ):
            joined.append(f"{words[index]}- {words[index + 2]} {words[index + 3]}")
            index += 4
            continue
        joined.append(words[index])
        index += 1
    return tuple(joined)


def _without_dash_aside(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words of a mention without what a spaced dash sets off: no name spans a dash.

    Up to :data:`_DATELINE_WORDS` capitalised words before a dash and a capitalised word after
    it are a dateline the paragraph opens with ("Wien – Sonja Hammerschmid, die neue
    Vorsitzende …" is Sonja Hammerschmid, not an organisation "Wien – Sonja Hammerschmid");
    otherwise the dash opens an aside, which is left out ("Zahlreiche Zeugen – darunter
    Patienten – sahen" are the Zeugen).
    """
    if _DASHES.isdisjoint(words):  # most mentions: one pass in C
        return words
    dash = next(index for index, word in enumerate(words) if word in _DASHES)
    if dash == 0:
        return words
    after = dash + 1
    if (
        dash <= _DATELINE_WORDS
        and after < len(words)
        and words[after][:1].isupper()
        and all(word[:1].isupper() or word == "." for word in words[:dash])
    ):
        return words[after:]
    return words[:dash]


def analyse_coordination(
    words: Sequence[str], *, language: str, plural: bool | None = None
) -> tuple[MentionInfo, ...]:
    """The speakers of a coordinated mention, one :class:`MentionInfo` each, in text order;
    ``()`` when the words name one speaker.

    "Anna Berg und Ben Schmidt", "Anna Berg, Ben Schmidt und Carla Weiß", "die Polizei und die
    Staatsanwaltschaft", "Mr Blair and Mr Brown": the words are cut at the last joiner of the
    language's lexicon (``speaker_joiners``: "und", "sowie", "and") and before it at commas,
    and each conjunct is analysed like a mention of its own. An apposition set off by commas
    stays with the name before it ("Anna Berg, Sprecherin des Verbands, und Ben Schmidt").

    It is a coordination only when every conjunct is a speaker of its own: a person named
    with a first name, title or role, a person named by a role ("der Präsident und der
    Kanzler"), or an organisation; a bare name ("Merkel und Macron") only with a plural cue
    verb ("sagten"), since "Marks and Spencer said" is one company. A singular cue verb
    ("Der Präsident und Vorsitzende der Partei sagte") keeps one speaker, and so does a joiner
    inside an attachment ("die Eltern von Anna und Ben", "a spokesman for Smith and Jones").
    """
    lexicon = _lexicon(language)
    if len(words) > _PAIR and words[0].lower() in lexicon.correlative_openers:
        return _correlation_cached(tuple(words), language)
    if plural is False:
        return ()
    # Most mentions hold no joiner: they are answered here (lowered and looked up in C), and
    # only the others are cached.
    if lexicon.joiners.isdisjoint(map(str.lower, words)):
        return ()
    # "Polizei- und Feuerwehrsprecher" is one word, no coordination
    joined = _joined_truncations(tuple(words), lexicon)
    if lexicon.joiners.isdisjoint(map(str.lower, joined)):
        return ()
    return _coordination_cached(joined, language, plural)


@functools.lru_cache(maxsize=1024)
def _correlation_cached(words: tuple[str, ...], language: str) -> tuple[MentionInfo, ...]:
    """The two speakers of a mention that opens with a correlative pair ("Sowohl die Polizei
    als auch die Feuerwehr", "Weder der Kanzler noch die Ministerin", "Both the president and
    the minister"), whatever the number of the verb ("Weder X noch Y sagte"): the words
    between the opener and the partner words, and those after them, each a speaker of its own
    (a person named or by a role, or an organisation); ``()`` otherwise."""
    lexicon = _lexicon(language)
    conjuncts: list[list[str]] = [[]]
    for word in words[1:]:
        low = word.lower()
        if low in lexicon.correlative_partners or low in lexicon.joiners:
            if conjuncts[-1]:
                conjuncts.append([])
        else:
            conjuncts[-1].append(word)
    if len(conjuncts) != _PAIR or not conjuncts[-1]:
        return ()
    determined = all(conjunct[0].lower() in lexicon.determiners for conjunct in conjuncts)
    infos: list[MentionInfo] = []
    for conjunct in conjuncts:
        info = _analyse_cached(tuple(conjunct), language, False, None)
        if (
            info is None
            or info.pronoun
            or not _speaker_of_its_own(info, conjunct, lexicon, plural=True, determined=determined)
        ):
            return ()
        infos.append(info)
    return () if infos[0].key == infos[1].key else tuple(infos)


@functools.lru_cache(maxsize=4096)
def _coordination_cached(
    words: tuple[str, ...], language: str, plural: bool | None
) -> tuple[MentionInfo, ...]:
    lexicon = _lexicon(language)
    joiners = [index for index, word in enumerate(words) if word.lower() in lexicon.joiners]
    if not joiners or joiners[-1] in {0, len(words) - 1}:
        return ()
    joiner = joiners[-1]
    pieces: list[list[str]] = [[]]
    for word in words[:joiner]:
        if word == ",":
            pieces.append([])
        else:
            pieces[-1].append(word)
    conjuncts: list[list[str]] = []
    for piece in pieces:
        if not piece:
            continue
        info = _analyse_cached(tuple(piece), language, False, None)
        if conjuncts and info is not None and not info.named and info.role is not None:
            # An apposition: "Anna Berg, Sprecherin des Verbands, und ..." describes Anna Berg.
            conjuncts[-1].extend([",", *piece])
        else:
            conjuncts.append(piece)
    conjuncts.append(list(words[joiner + 1 :]))
    conjuncts = _with_shared_title(conjuncts, lexicon)
    if _joined_owners(conjuncts[-1]):
        return ()  # "Anna Roe and Ben Doe's lawyer": the joiner joins the owners of one speaker
    if (
        len(conjuncts) < 2
        or any(_inside_attachment(conjunct, lexicon) for conjunct in conjuncts[:-1])
        or _shared_noun(conjuncts, lexicon)
        or (plural is not True and _roles_of_one_person(conjuncts, language, lexicon))
    ):
        return ()
    infos: list[MentionInfo] = []
    # A list of three or more ("Smith, Jones and Brown") is a list of speakers even when the
    # verb does not show its number: a name of one company has at most one joiner.
    listed = len(conjuncts) >= _MIN_LISTED
    head: MentionInfo | None = None
    determined = all(conjunct[0].lower() in lexicon.determiners for conjunct in conjuncts)
    for conjunct in conjuncts:
        if any(word.lower() in lexicon.joiners for word in conjunct):
            return ()
        info = _analyse_cached(tuple(conjunct), language, False, None)
        if info is not None and listed and not infos and _group_head(info):
            # "the senators, Jane Roe of Ohio and John Doe of Utah": a plural noun of people
            # whose apposition names its members; they are the speakers.
            head = info
            continue
        if (
            info is None
            or info.pronoun
            or not _speaker_of_its_own(
                info, conjunct, lexicon, plural=plural or listed, determined=determined
            )
            or (head is not None and not info.named)
            # "Die Außenminister Frankreichs, Italiens und Österreich": places after a plural
            # role say whose they are, they name no members
            or (head is not None and _place_word(conjunct[-1], lexicon))
        ):
            return ()
        infos.append(info)
    if len({info.key for info in infos}) < len(infos):
        return ()  # "Anna und Anna": not two speakers the text can tell apart
    return tuple(infos)


def _with_shared_title(conjuncts: list[list[str]], lexicon: _Lexicon) -> list[list[str]]:
    """The conjuncts with a plural title before the first name given to every name: "Princes
    William and Harry" are "Prince William" and "Prince Harry", "Senators Roe and Doe" "Senator
    Roe" and "Senator Doe". Only in English (a German plural role is mostly its singular's
    form: "die Minister Müller und Schmidt"), and only when each later conjunct is one or two
    capitalised words, a bare name, and no word after the title is a function word: "Doctors
    Without Borders and Oxfam" are two organisations, not two doctors."""
    first = conjuncts[0]
    if (
        lexicon.grammar is not _GRAMMAR_ENGLISH
        or len(first) < _PAIR
        or not first[1][:1].isupper()
        or not all(
            1 <= len(conjunct) <= _PAIR and all(word[:1].isupper() for word in conjunct)
            for conjunct in conjuncts[1:]
        )
        or any(
            word.lower() in lexicon.function_words
            for conjunct in (first[1:], *conjuncts[1:])
            for word in conjunct
        )
    ):
        return conjuncts
    title = _english_singular_role(first[0], lexicon)
    if title is None:
        return conjuncts
    return [[title, *first[1:]], *([title, *conjunct] for conjunct in conjuncts[1:])]


def _english_singular_role(word: str, lexicon: _Lexicon) -> str | None:
    """The singular of a capitalised plural role noun ("Princes" -> "Prince", "Chairmen" ->
    "Chairman"), or None if ``word`` is none."""
    low = word.lower()
    if not word[:1].isupper() or not _english_plural_role(low, lexicon):
        return None
    if low.endswith("men"):
        return word[:-3] + "man"
    if low.endswith("es") and low[:-2] in lexicon.roles:
        return word[:-2]
    return word[:-1]


def _roles_of_one_person(conjuncts: list[list[str]], language: str, lexicon: _Lexicon) -> bool:
    """Whether the joiner joins two roles of the one person named after them: words ending with
    a role noun, then a role noun with no article before it and a name ("GM chairman and chief
    executive Rick Wagoner", "Parteichef und Ministerpräsident Horst Seehofer"), unlike "the
    chairman and the chief executive", "Delegierte und Beobachter" or "Mr Smith and chief
    executive John Doe"."""
    if not (
        len(conjuncts) == _PAIR
        and conjuncts[0]
        and conjuncts[1]
        and _is_role_noun(conjuncts[0][-1], lexicon)
        and _is_role_noun(conjuncts[1][0], lexicon)
    ):
        return False
    # A name must follow: "Delegierte und Beobachter" are two groups.
    last = _analyse_cached(tuple(conjuncts[1]), language, False, None)
    return last is not None and last.named and last.role is not None


def _joined_owners(last: list[str]) -> bool:
    """Whether the last conjunct opens with a name in the possessive before its noun ("Ben
    Doe's lawyer" of "Anna Roe and Ben Doe's lawyer"): the joiner joins two owners of one
    speaker. "Putin and the country's authorities" are two."""
    for word in last[:-1]:
        if not word[:1].isupper():
            return False
        if word.endswith(_EN_POSSESSIVES):
            return True
    return False


def _shared_noun(conjuncts: list[list[str]], lexicon: _Lexicon) -> bool:
    """Whether the joiner joins adjectives of one noun ("Israelische und US-amerikanische
    Forscher"): a lone word before it ends like the adjective that opens the last conjunct."""
    last = conjuncts[-1]
    if lexicon.grammar is not _GRAMMAR_GERMAN or len(last) < 2:
        return False
    ending = _ADJECTIVE_ENDING.search(last[0].lower())
    if ending is None or _GERMAN_ADJECTIVE.match(last[0].lower()) is None:
        return False
    return any(
        len(conjunct) == 1
        and _GERMAN_ADJECTIVE.match(conjunct[0].lower()) is not None
        and conjunct[0].lower().endswith(ending.group())
        for conjunct in conjuncts[:-1]
    )


def _inside_attachment(conjunct: list[str], lexicon: _Lexicon) -> bool:
    """Whether the conjunct ends in a phrase attached by a preposition or genitive article
    ("die Eltern von Anna", "a spokesman for Smith"): a joiner after it joins inside that
    phrase ("von Anna und Ben"), not two speakers."""
    position = len(conjunct)
    while position > 0 and (
        _is_capitalised(conjunct[position - 1]) or conjunct[position - 1] in lexicon.determiners
    ):
        position -= 1
    if position in {0, len(conjunct)}:
        return False
    if (
        _is_capitalised(conjunct[0])
        and (conjunct[0] in lexicon.first_names or conjunct[0].rstrip(".") in lexicon.honorifics)
        and "," not in conjunct[:position]
    ):
        # A person and where they come from: "Jane Roe of Ohio and John Doe"; not the
        # attachment of a role in apposition ("Mark Roe, the leader of the Public and
        # Commercial Services Union" is one speaker).
        return False
    before = conjunct[position - 1].lower()
    return (
        before in lexicon.prepositions
        or before in lexicon.von_openers
        or before in lexicon.genitive_openers
    )


def _speaker_of_its_own(
    info: MentionInfo,
    words: list[str],
    lexicon: _Lexicon,
    *,
    plural: bool | None,
    determined: bool = False,
) -> bool:
    """Whether a conjunct names a speaker clearly enough to stand beside another one; with
    ``determined`` every conjunct opens with an article of its own."""
    if info.kind is _KIND_ORGANISATION:
        # An organisation of the lexicon ("die Polizei", "the European Commission"), not a
        # guess from capitals ("The Securities" of "The Securities and Exchange Commission"),
        # unless each conjunct has an article ("The Sunday Times and The Sunday Telegraph").
        return determined or any(
            role_or_organisation(word, lexicon.language)
            or (
                lexicon.grammar is _GRAMMAR_GERMAN
                and _plural_organisation(_strip_marks(word), lexicon) is not None
            )
            for word in words
        )
    if info.kind is _KIND_PERSON:
        return True  # a first name, a title or a role: "Anna Berg", "Mr Blair", "der Präsident"
    if len(words) == 1 and words[0] in lexicon.first_names:
        return True  # a bare first name: "Anna and Ben replied"
    return plural is True and info.named


def _group_head(info: MentionInfo) -> bool:
    """Whether a conjunct is a plural role without a name ("the senators"): followed by named
    conjuncts after a comma it is the head of an apposition that names its members."""
    return info.plural is True and not info.named and info.kind is not _KIND_ORGANISATION


for _cache in (
    role_noun,
    role_or_organisation,
    organisation_word,
    _analyse_cached,
    _coordination_cached,
    _plural_organisation_cached,
):
    on_registry_change(_cache.cache_clear)


def _analyse_phrase(
    words: list[str], lexicon: _Lexicon, *, genitive: bool, plural: bool | None
) -> MentionInfo | None:
    if lexicon.grammar is _GRAMMAR_ENGLISH:
        return _analyse_english(words, lexicon)
    if lexicon.grammar is _GRAMMAR_PLAIN:
        return _analyse_plain(words, lexicon)
    if lexicon.honorifics:
        titled = _without_titles(words, lexicon)
        if titled is not None:
            untitled, gender = titled
            info = _analyse_german(untitled, lexicon, genitive=genitive, plural=plural)
            return None if info is None else _titled(info, gender)
    return _analyse_german(words, lexicon, genitive=genitive, plural=plural)


def _without_titles(words: list[str], lexicon: _Lexicon) -> tuple[list[str], str | None] | None:
    """``words`` without the titles written before a name, and the gender the titles imply;
    None when there is no title.

    A title of the ``honorifics`` lexicon ("Dr.", "Prof.", "Dipl.-Ing.", "Herr") counts with
    its full stop and hyphen when a capitalised word follows: "Privatdozent Dr. Dittrich" is
    Dittrich, and the abbreviation's full stop does not cut the name to "Privatdozent Dr"; a
    title word alone ("der Herr") stays.
    """
    for word in words:
        if word.rstrip(".") in lexicon.honorifics:
            break
    else:
        return None  # most mentions hold no title word
    kept: list[str] = []
    gender: str | None = None
    titled = False
    index = 0
    while index < len(words):
        word = words[index]
        following = index + 1
        if word.rstrip(".") in lexicon.honorifics:
            while following < len(words) and words[following] in {".", "-"}:
                following += 1
            if following < len(words) and (
                _is_capitalised(words[following])
                # a title in lower case after it: "Dr. med. Hans Ott", "Dr. rer. nat."
                or words[following].rstrip(".") in lexicon.honorifics
            ):
                titled = True
                implied = lexicon.honorifics[word.rstrip(".")]
                gender = implied if implied in {"m", "f"} else gender
                index = following
                continue
        kept.append(word)
        index += 1
    return (kept, gender) if titled and kept else None


def _titled(info: MentionInfo, gender: str | None) -> MentionInfo:
    """A named mention after a title is a person, of the title's gender if no other is known;
    that gender is the name's own too ("Frau Huber" is no "Peter Huber")."""
    if not info.named:
        return info
    return attrs.evolve(
        info,
        kind=_KIND_PERSON,
        gender=info.gender or gender,
        name_gender=info.name_gender or gender,
    )


#: What a sentence opens after: a line break or a final mark.
_SENTENCE_OPENED_AFTER = frozenset("\n.!?…")
#: A sentence's end: a final mark (and any closing marks) before white space.
_SENTENCE_BREAK = re.compile(r"[.!?…][\"“”’')]*\s")
#: The fewest letters of a noun of saying that ends a compound noun of saying ("aussage" in
#: "Kernaussage"): shorter ones end other nouns ("rat" in "Stadtrat").
_MIN_STATEMENT_ENDING = 6


def _statement_noun_at(body: list[str], lexicon: _Lexicon) -> int:
    """Where the noun of saying that heads a German mention stands, after the lower-case
    adjectives before it ("Die erste Reaktion", "Gerüchte"); -1 when another word heads the
    mention, as in most (then neither :func:`_statement_owner` nor :func:`_statement_head`
    applies)."""
    head = 0
    while head < len(body) and body[head][:1].islower():
        head += 1  # the adjectives before the noun: "erste", "entscheidende"
    if head == len(body):
        return -1
    noun = body[head].lower()
    if noun not in lexicon.statement_nouns and not (
        # a compound longer than its noun that names no institution: "Kernaussage", not
        # "Krankenversicherung" or "Ärztevereinigung"
        len(noun) > _MIN_STATEMENT_ENDING
        and noun.endswith(lexicon.statement_endings)
        and not _institution(noun, lexicon)
    ):
        return -1
    return head


def _institution(noun: str, lexicon: _Lexicon) -> bool:
    """Whether ``noun`` (lower case) is an organisation or collective of the ``organisations``
    lexicon, a compound too."""
    found = _organisation_lookup(noun, lexicon, compounds=True)
    return found is not None and found[1][2] in _INSTITUTION_KINDS


def _owner_before_statement(body: list[str], lexicon: _Lexicon) -> tuple[list[str], bool] | None:
    """The owner of a statement named before its noun, in the genitive: "Merkels Reaktion",
    "Mayers Fazit im STANDARD-Gespräch", "Angela Merkels knapper Kommentar" are Merkel's and
    Mayer's words, not a speaker named "Merkels Reaktion". Known first names, a capitalised
    word in -s that is no first name, lower-case adjectives, then a noun of saying
    (``statement_nouns``); None otherwise."""
    owner = 0
    while owner < len(body) and body[owner] in lexicon.first_names:
        owner += 1  # "Angela", "Wolfgang": the first names before the genitive
    noun = owner + 1
    while noun < len(body) and body[noun][:1].islower():
        noun += 1  # "knapper": the adjectives before the noun
    if (
        noun >= len(body)
        or not body[owner][:1].isupper()
        or not body[owner].endswith("s")
        or body[noun].lower() not in lexicon.statement_nouns
    ):
        return None
    return body[: owner + 1], True


def _statement_owner(
    body: list[str], head: int, lexicon: _Lexicon
) -> tuple[list[str], bool] | None:
    """The words naming who made a statement when a mention is headed by a noun of saying, and
    whether they are in the genitive; None when the mention is not headed by one.

    "Die erste Reaktion der Bürgermeisterin", "Auffassung Österreichs", "Darstellungen des
    Verlages", "einer Klage von Bürgerrechtlern", "Die erste Reaktion aus dem Iran": the speaker
    is the owner in the genitive or after a preposition of the ``name_attachments`` word role
    (Bürgermeisterin, Österreich, Verlag, Bürgerrechtler, Iran), not the Reaktion.
    Without an owner, a noun for a thought, wish, plan, demand or decision (the
    ``ownerless_nouns`` word role) names nobody ("Die Entscheidung, …", "Ich habe den Eindruck,
    dass …": no words), while any other noun of saying stays the speaker ("Gerüchte, wonach …",
    "Berichte, wonach …": None here), and so does a noun that is also a source of the
    ``organisations`` lexicon ("der Bericht des Rechnungshofs"), unless the body issues it
    (the ``issued_statements`` word role: "einer Mitteilung des Verbands" is the Verband's).

    ``head`` is where the noun of saying stands (:func:`_statement_noun_at`).
    """
    noun = body[head].lower()
    if noun not in lexicon.issued_statements and _organisation_lookup(
        # a compound ("Jahresbericht") as its noun of saying ("Bericht")
        noun,
        lexicon,
        compounds=noun not in lexicon.statement_nouns,
    ):
        return None
    rest = body[head + 1 :]
    opener = rest[0] if rest else ""
    low = opener.lower()
    if low in lexicon.genitive_openers or low in lexicon.genitive_singular:
        # "der Bürgermeisterin", "des Verlages": the article says the case ("des" takes the
        # genitive ending off the noun; "der Praxis" keeps its "s").
        return rest, False
    if low in lexicon.von_openers or low in lexicon.name_attachments:
        return rest, False  # "von Bürgerrechtlern", "aus dem Iran"
    if (
        opener[:1].isupper()
        and opener.endswith("s")
        and opener not in lexicon.first_names
        and len(rest) == 1
    ):
        return rest, True  # a name in the genitive: "Auffassung Österreichs"
    if body[head].lower() in lexicon.ownerless_nouns:
        return [], False  # "Die Entscheidung, die Demonstration abzusagen": no one named
    return None


def _count_after_name(body: list[str], lexicon: _Lexicon) -> int:
    """Where a count of people or things after a capitalised word starts, or 0: a number (the
    ``quantities`` word role, or digits) between a capitalised word and a capitalised noun
    opens a phrase of its own, the subject or object the mention ran into ("nach Angaben von
    AFP und Reuters vier Menschen": AFP and Reuters).
    A number that ends the mention is a name's ("MA 22", "Channel 10"), one before a noun of
    quantity a share ("Rund 15 Prozent der Wähler", see :func:`_quantity_members`)."""
    # Two words at least before the number: one capitalised word alone may be an adverb that
    # opens the sentence ("Mindestens 9.000 Menschen").
    for index in range(_NAME_WORDS, len(body) - 1):
        word = body[index]
        if (
            (word[:1].isdigit() or word.lower() in lexicon.numbers)
            and _is_capitalised(body[index - 1])
            and body[index - 1] not in {",", "("}
            and body[index + 1][:1].isupper()
            and body[index + 1].lower() not in lexicon.quantity_nouns  # "Rund 15 Prozent"
        ):
            return index
    return 0


def _quantity_members(body: list[str], lexicon: _Lexicon) -> list[str] | None:
    """The words naming the people a share or number of them speaks for, when a mention is
    headed by a noun of quantity (the ``quantity_nouns`` word role) with a genitive or "von"
    after it: "die Hälfte der Befragten", "die Mehrheit der Bürger", "ein Drittel von ihnen",
    "rund 15 Prozent der Wähler" are Befragte, Bürger, Wähler speaking, not a speaker named
    "Hälfte"; None for any other mention."""
    head = 0
    while head < len(body) and (
        body[head][:1].islower()
        or body[head][:1].isdigit()
        or body[head].lower() in lexicon.function_words
        or (head + 1 < len(body) and body[head + 1][:1].isdigit())
    ):
        head += 1  # "Rund 15", "knapp die"
    if head + 1 >= len(body) or body[head].lower() not in lexicon.quantity_nouns:
        return None
    opener = body[head + 1].lower()
    if opener in lexicon.genitive_openers or opener in lexicon.von_openers:
        return body[head + 1 :]
    return None


def _statement_head(body: list[str], head: int, lexicon: _Lexicon) -> str | None:
    """The noun of saying at ``head`` (:func:`_statement_noun_at`) when it heads a German
    mention with no owner after it ("Gerüchte", "ein Kommentar", "der Artikel"), else None. A
    noun of saying that is also a source of the ``organisations`` lexicon ("der Bericht") is
    read as that source."""
    if head + 1 < len(body) and body[head + 1] not in {",", "("}:
        return None  # "der Meldung auf der Website": a place or time attached, read as before
    noun = body[head].lower()
    if _organisation_lookup(noun, lexicon, compounds=noun not in lexicon.statement_nouns):
        return None  # (a compound as its noun of saying: "Jahresbericht" as "Bericht")
    return body[head]


def particle_surname(words: Sequence[str], language: str) -> bool:
    """Whether a mention is a surname with its particles alone, the first a preposition too and
    written with a capital, as a sentence opens with it: "Von der Leyen", "Zu Guttenberg"
    (name particles of the ``name_particles`` lexicon, then one capitalised word that is no
    role, organisation or document): a person, not "Von der Polizei". (In lower case,
    "von der Leyen", the particles are left to the rules, which know whether the text gives the
    name in full; the mention is then the surname's.)"""
    if len(words) < _PARTICLE_NAME_WORDS[0] or len(words) > _PARTICLE_NAME_WORDS[1]:
        return False
    lexicon = _lexicon(language)
    *particles, surname = words
    return (
        all(word.lower() in lexicon.particles for word in particles)
        and _is_capitalised(particles[0])
        and particles[0].lower() in lexicon.prepositions
        and _is_capitalised(surname)
        and surname.isalpha()
        and not role_or_organisation(surname, language)
        and not document_word(surname, language)
    )


#: How many words a surname with its particles has ("zu Guttenberg", "von der Leyen").
_PARTICLE_NAME_WORDS = (2, 3)


def _analyse_german(
    words: list[str], lexicon: _Lexicon, *, genitive: bool, plural: bool | None
) -> MentionInfo | None:
    """A German mention: see :func:`analyse_mention`."""
    if (
        words
        and words[0].lower() in lexicon.particles
        and particle_surname(words, lexicon.language)
    ):
        # "Von der Leyen sagte": the particles are the name's, not a preposition and article
        name = " ".join([*(word.lower() for word in words[:-1]), words[-1]])
        return MentionInfo(
            name=name, kind=_KIND_UNKNOWN, key=words[-1].lower(), plural=False, named=True
        )
    determiner = ""
    start = 0
    # Leading articles, prepositions and words of time are the sentence's, not the speaker's:
    # "in dem Bericht" is the Bericht, "von der Polizei" the Polizei.
    while start < len(words):
        low = words[start].lower()
        if low in lexicon.determiners:
            if not (determiner and low in lexicon.quantifier_determiners):
                determiner = low  # "der weitere Verdächtige" keeps "der"
        elif determiner and low in lexicon.prepositions:
            noun = _after_extended_attribute(words, start, lexicon)
            if noun is not None:
                start = noun
                break
        elif (
            low not in lexicon.prepositions
            and low not in lexicon.name_context
            and not (start + 1 < len(words) and _GERMAN_AGE.match(low))
        ):
            break
        start += 1
    body = words[start:]
    count = _count_after_name(body, lexicon)
    if count:
        body = body[:count]
    if len(body) == 1 and _GERMAN_AGE.match(body[0].lower()):
        # "Der 31-Jährige" names a person by age, as a role does: no name, and not the
        # 31-Jährige of another article. After "der" or "die" it is a man or a woman (as "der
        # Vorsitzende", "die Vorsitzende") the text named before, whom the speakers resolve
        # it to (see Speakers.resolve_mention).
        gender = (
            ("f" if determiner.endswith("e") else "m")
            if determiner in lexicon.epithet_articles
            else None
        )
        return MentionInfo(
            name=body[0],
            kind=_KIND_PERSON,
            key="role:" + body[0].lower(),
            gender=gender,
            plural=False,
            generic=True,
            epithet=gender is not None and not body[0].lower().endswith("n"),
        )
    if len(body) == 1 and body[0].lower() in lexicon.demonyms:
        demonym = _german_demonym(body[0], determiner, lexicon)
        if demonym is not None:
            return demonym
    said_at = _statement_noun_at(body, lexicon)
    owner = None if said_at < 0 else _statement_owner(body, said_at, lexicon)
    if owner is None:
        owner = _owner_before_statement(body, lexicon)
    if owner is not None:
        owner_words, owner_genitive = owner
        if not owner_words:
            if (
                said_at == len(body) - 1
                and determiner in lexicon.personal_pronouns
                and determiner in lexicon.pronouns
            ):
                # "…, so seine Einschätzung": the possessive owns the thought, as below
                return _pronoun_info(determiner, lexicon, None)
            return None
        return _analyse_german(owner_words, lexicon, genitive=owner_genitive, plural=None)
    members = _quantity_members(body, lexicon)
    if members is not None:
        return _analyse_german(members, lexicon, genitive=False, plural=True)
    said = None if said_at < 0 else _statement_head(body, said_at, lexicon)
    if said is not None and said_at == len(body) - 1 and determiner in lexicon.personal_pronouns:
        # "„…“, lautet sein Fazit", "ihre Antwort": the possessive names the owner of the
        # words as its pronoun would, someone named before (not a speaker "Fazit"); a first
        # person's ("mein Fazit") names no one
        if determiner not in lexicon.pronouns:
            return None
        return _pronoun_info(determiner, lexicon, None)
    if said is not None:
        # "Gerüchte, wonach …", "ein Kommentar, der …": the statement itself is the source,
        # named by a common noun, no one's name ("Gerüchte" is no speaker of the corpus).
        return MentionInfo(
            name=said, kind=_KIND_UNKNOWN, key=said.lower(), plural=None, generic=True
        )
    # After "des" the noun is in the genitive: "nach Angaben des Hauptsponsors".
    noun_genitive = determiner in lexicon.genitive_singular
    # The head: the first role or organisation word.
    head = -1
    role_span = (-1, -1)
    role_form: _RoleForm | None = None
    role_prefix = ""
    organisation: tuple[str, str, str] | None = None
    organisation_prefix = ""
    for index, word in enumerate(body):
        if word in {",", "("}:
            break  # an apposition or a party in brackets is not the head: "Bergmann (SPD)"
        if not _is_capitalised(word):
            continue
        if word in lexicon.first_names:
            break
        found_role = _role_lookup(body, index, lexicon)
        if (
            found_role is not None
            and (word.lower() in lexicon.address_nouns or found_role[2].adjectival)
            and index + 1 < len(body)
            and _is_capitalised(body[index + 1])
            and _role_lookup(body, index + 1, lexicon) is not None
        ):
            # "Frau Ministerin Mikl-Leitner": the role is the next word; so after a nominalised
            # adjective, its attribute there: "Die Vorsitzende Richterin" (not "Vorsitzende")
            continue
        if found_role is not None and not (
            found_role[1] and _lone_word(body, index) and not determiner
        ):
            role_span, role_prefix, role_form = found_role
            break
        # A lone word without an article that only ends like a role noun is a surname
        # ("Faymann", "Neumann": not a "Mann"); a role noun needs its article ("der
        # Feuerwehrmann") or a name ("Feuerwehrmann Huber").
        found_organisation = _organisation_lookup(
            _strip_marks(word), lexicon, compounds=True
        ) or _plural_organisation(_strip_marks(word), lexicon)
        if (
            found_organisation is not None
            and found_organisation[1][2] == "place"
            and index + 1 < len(body)
            and body[index + 1] in lexicon.first_names
        ):
            continue  # "aus Österreich Johanna Mikl-Leitner": where the person comes from
        if found_organisation is not None and any(
            earlier.lower() in lexicon.prepositions for earlier in body[:index]
        ):
            # "der Meldung auf der Website": the organisation is in an attachment of the noun
            # that heads the mention, not its head.
            continue
        if found_organisation is not None:
            head = index
            organisation_prefix, organisation = found_organisation
            break
    if role_form is not None:
        return _person_with_role(
            body, role_span, role_prefix, role_form, lexicon, determiner, genitive=genitive
        )
    if organisation is not None:
        return _organisation(body, head, organisation_prefix, organisation, lexicon, plural=plural)
    # An article right before the words (not the "der" of "von der Leyen") says a noun follows.
    article = (
        start > 0
        and words[start - 1].lower() in lexicon.determiners
        and (start < _NAME_WORDS or words[start - 2].lower() not in lexicon.particles)
    )
    info = _named(
        body,
        lexicon,
        genitive=genitive,
        plural=plural,
        noun_genitive=noun_genitive,
        article=article,
    )
    if info is not None and info.named and determiner in _SINGULAR_OBLIQUE:
        info = _nominative_name(info)
    if info is not None and info.named and info.kind is _KIND_PERSON and info.role is None:
        info = _with_apposed_role(info, body, lexicon)
    if (
        info is not None
        and info.generic
        and info.gender is None
        and info.kind is _KIND_UNKNOWN
        and not genitive
        and start == 1
        and determiner in lexicon.nominative_articles
    ):
        # The speaker is the subject: "der" or "ein" before a noun no lexicon knows opens a
        # masculine one ("sagte der Hacker", "ein Augenzeuge"), whom "er" may mean later.
        return attrs.evolve(info, gender="m")
    return info


#: The article an apposition without one is read after, by the person's gender: a woman's
#: "Vorsitzende" is no man's "Vorsitzender" (otherwise "der": the role noun gives the gender).
_APPOSITION_ARTICLES = {"f": "die"}


def _with_apposed_role(info: MentionInfo, body: list[str], lexicon: _Lexicon) -> MentionInfo:
    """A person's role in apposition after the name: "Anna Berg, Sprecherin des Verbands",
    "Anna Berg, die Sprecherin des Verbands", "Martin Kocher, Arbeitsminister (ÖVP)" give the
    role "Sprecherin des Verbands", "Arbeitsminister" (the party in brackets is none of it)."""
    if "," not in body:
        return info
    comma = body.index(",")
    apposition = body[comma + 1 :]
    if "(" in apposition:
        apposition = apposition[: apposition.index("(")]
    if "," in apposition:
        apposition = apposition[: apposition.index(",")]
    if not apposition or apposition[0].lower() in lexicon.prepositions:
        return info  # "Anna Berg, bis 2010 Ministerin": a role she held, not hers now
    if apposition[0].lower() not in lexicon.determiners:
        # Read as after an article: a lone compound is a role here ("Arbeitsminister"), not a
        # surname that only ends like one ("Faymann"), which an apposition never is.
        apposition = [_APPOSITION_ARTICLES.get(info.gender or "", "der"), *apposition]
    found = _analyse_german(apposition, lexicon, genitive=False, plural=False)
    if found is None or found.named or found.role is None or found.kind is not _KIND_PERSON:
        return info
    return attrs.evolve(info, role=found.role, role_head=found.role_head)


def _after_extended_attribute(words: list[str], start: int, lexicon: _Lexicon) -> int | None:
    """Where the noun starts after an extended attribute that a preposition opens right after
    the article: "die zur Universität gehörende Klinik", "der in Köln ansässigen Firma", "die
    mit der Türkei vereinbarten Maßnahmen" are the Klinik, the Firma, the Maßnahmen, not
    Universität, Köln or Türkei. The attribute ends with a lower-case participle or adjective
    before the capitalised noun; None when no such word comes before a comma (then the
    preposition is the sentence's: "der von der Polizei")."""
    for index in range(start + 1, len(words) - 1):
        word = words[index]
        if word in {",", "(", ":"}:
            return None
        if (
            _GERMAN_ADJECTIVE.match(word)
            and word not in lexicon.determiners
            and word not in lexicon.function_words
            and _is_capitalised(words[index + 1])
        ):
            return index + 1
    return None


def _nominative_name(info: MentionInfo) -> MentionInfo:
    """A name opening with capitalised adjectives after an article of the dative or genitive
    singular ("der Syrischen Beobachtungsstelle", "der Deutschen Bank") in the nominative the
    name has after its article ("Syrische Beobachtungsstelle", "Deutsche Bank"). A last word in
    "-n" may be a plural ("der Syrischen Rebellen"): the name stays as written."""
    words = info.name.split()
    if len(words) < _NAME_WORDS or words[-1].endswith("n"):
        return info
    adjectives = 0
    while adjectives < len(words) - 1 and _PROPER_ADJECTIVE.match(words[adjectives]):
        adjectives += 1
    if not adjectives:
        return info
    name = " ".join(
        [_PROPER_ADJECTIVE_CASE.sub("e", word) for word in words[:adjectives]] + words[adjectives:]
    )
    return attrs.evolve(info, name=name)


def _lone_word(body: list[str], index: int) -> bool:
    """Whether ``body[index]`` is the mention's only word before any apposition or bracket
    ("Faymann", "Faymann (SPÖ)", "Neumann, Sprecher des Verbands")."""
    return index == 0 and (len(body) == 1 or body[1] in {",", "("})


def _analyse_plain(words: list[str], lexicon: _Lexicon) -> MentionInfo | None:
    """A mention read with the lexicons alone (:attr:`SpeakerGrammar.PLAIN`): role nouns and
    organisations are looked up, capitalised words are a name ("the minister Ana Bel": role
    "minister", name "Ana Bel"); a name with a known first name or a role is a person."""
    body = [word for word in words if word not in {",", "(", ")"}]
    role_words = [word for word in body if word.lower() in lexicon.roles]
    names = [
        word
        for word in body
        if _is_capitalised(word)
        and word.lower() not in lexicon.roles
        and word.lower() not in lexicon.determiners
    ]
    organisation = next(
        (
            lexicon.organisations[word.lower()]
            for word in body
            if word.lower() in lexicon.organisations
        ),
        None,
    )
    role = " ".join(role_words) or None
    gender = lexicon.roles[role_words[-1].lower()].gender if role_words else None
    if names:
        name = _strip_marks(" ".join(names))
        person = bool(role_words) or names[0] in lexicon.first_names
        if names[0] in lexicon.first_names:
            gender = gender or lexicon.first_names[names[0]]
        kind = _KIND_PERSON if person else _KIND_UNKNOWN
        if organisation is not None and not person:
            kind = _KIND_ORGANISATION
        return MentionInfo(
            name=name,
            kind=kind,
            key=(names[-1] if person else name).lower(),
            role=role,
            role_head=role_words[-1] if role_words else None,
            gender=gender if gender in {"m", "f"} else None,
            named=True,
        )
    if role is not None:
        return MentionInfo(
            name=role,
            kind=_KIND_PERSON,
            key=role_words[-1].lower(),
            role=role,
            role_head=role_words[-1],
            gender=gender if gender in {"m", "f"} else None,
            generic=True,
        )
    if organisation is not None:
        base, _, entry_kind = organisation
        return MentionInfo(
            name=base,
            kind=_KIND_ORGANISATION,
            key=base.lower(),
            generic=entry_kind != "place",
        )
    return None


_EN_ATTACHMENTS = frozenset({"of", "for", "at", "from", "on", "in", "to", "with"})
_EN_POSSESSIVES = ("'s", "’s", "s'", "s’")
# The prepositions inside a title before a name ("Secretary of State", "Minister for Europe").
_EN_TITLE_INNER = frozenset({"of", "for"})
# The most lower-case words of a field between a role's preposition and a name: "director of
# rugby Nigel Melville", "minister for women Jacqui Smith".
_MAX_FIELD_WORDS = 3
# Lower-case words inside a proper name: "Bank of England", "Securities and Exchange Commission",
# "Institute for Fiscal Studies" (a "for" the head's own words keep: see _titled_for).
_EN_NAME_INNER = frozenset({"of", "for", "the", "and", "&"})
# Words that may close a subject without being part of the speaker's name or description.
_EN_TRAILING = frozenset(
    {"himself", "herself", "itself", "themselves", "too", "also", "alone", "though", "however"}
    | {"yesterday", "today", "tonight"}
)
# Proper names in -s that are singular: "the New York Times", "the United States".
_EN_SINGULAR_S = frozenset(
    {"times", "news", "states", "nations", "netherlands", "philippines", "bahamas", "statistics"}
    | {"affairs", "services", "airways", "airlines", "industries", "bros", "sports", "economics"}
)


def _post_nominal(words: list[str], lexicon: _Lexicon) -> int:
    """How many words at the end of ``words`` are letters after a name ("QC", "MP", "OBE"): only
    after two capitalised words that are no organisation, party or role and with no article
    before them ("Guy Mansfield QC"), since after a constituency or party they are a role noun
    ("the Manchester Central MP", "Veteran Labour MP")."""
    count = 0
    while count < len(words) and words[len(words) - 1 - count] in lexicon.post_nominals:
        count += 1
    before = words[: len(words) - count]
    if not count or len(before) < _NAME_WORDS or words[0].lower() in lexicon.determiners:
        return 0
    name = before[-_NAME_WORDS:]  # "Guy Mansfield", not "Labour" or "Manchester Central"
    if all(
        _is_capitalised(word)
        and word.lower() not in lexicon.organisations
        and word.lower() not in lexicon.party_members
        and word.lower() not in lexicon.roles
        for word in name
    ):
        return count
    return 0


def _analyse_english(words: list[str], lexicon: _Lexicon) -> MentionInfo | None:
    """An English noun phrase: "Prime Minister Tony Blair", "a spokesman for the firm",
    "the company's chief executive, John Smith", "police", "the White House".

    Parts set off by commas are analysed one by one and a name joins a role in apposition
    ("John Smith, the firm's chief executive"). Within a part the head decides: the last word
    before an attachment ("Legal experts", "Ministry of Defence lawyers", "a spokesman for the
    firm"), or the noun after a possessive ("Tony Blair's official spokesman").
    """
    if "," not in words and "(" not in words and ")" not in words:
        # Most mentions are one part: its analysis is the mention's.
        if len(words) == 1 and words[0].isdigit():
            return None  # a number alone names no one
        group = _pronoun_group(words, lexicon)
        if group is not None:
            return group
        if (
            len(words) > 1
            and words[1][:1].isupper()
            and not any(word.lower() in lexicon.function_words for word in words[1:])
            # "Women MPs": a plural noun of people after it, no name
            and not _english_plural_role(words[-1].lower(), lexicon)
        ):
            # "Actresses Emma Thompson" (of "Actresses Emma Thompson and Kate Winslet"): the
            # plural title is the name's, in the singular ("Doctors Without Borders" is a name)
            title = _english_singular_role(words[0], lexicon)
            if title is not None:
                words = [title, *words[1:]]
        apposition = _unmarked_apposition(words, lexicon)
        if apposition:
            return _analyse_english([*words[:apposition], ",", *words[apposition:]], lexicon)
        surname = _titled_surname(words, lexicon)
        if surname is not None:
            return surname
        return _english_part(words, lexicon)
    parts: list[list[str]] = [[]]
    for word in words:
        if word == ",":
            parts.append([])
        elif word not in {"(", ")"}:
            parts[-1].append(word)
    # A number alone names no one: an age or a year in apposition ("King, 30,"), or a year
    # read as a subject ("in 2004 reported").
    parts = [part for part in parts if not (len(part) == 1 and part[0].isdigit())]
    infos = [info for part in parts if part for info in [_english_part(part, lexicon)] if info]
    if not infos:
        return None
    named = next((info for info in infos if info.named), None)
    role = next((info for info in infos if info.role and not info.named), None)
    if named is not None and role is not None and named.role is None:
        return attrs.evolve(
            named,
            kind=_KIND_PERSON,
            role=role.role,
            role_head=role.role_head,
            gender=named.gender or role.gender,
        )
    return named or infos[0]


def _titled_surname(words: list[str], lexicon: _Lexicon) -> MentionInfo | None:
    """A title written before surnames only (``surname_titles``: "Mr", "Ms") and a capitalised
    role noun: a surname ("Mr King", "Ms Bishop" after "Mervyn King", "Jane Bishop"), not the
    role; a role people are addressed by stays one (``address_roles``: "Mr Speaker", "Mr
    President"). None for any other mention."""
    if (
        len(words) != _NAME_WORDS
        or words[0].rstrip(".").lower() not in lexicon.surname_titles
        or not _is_capitalised(words[1])
        or words[1].lower() in lexicon.address_roles
        or words[1].lower() not in lexicon.roles
    ):
        return None
    gender = lexicon.honorifics.get(words[0].rstrip("."))
    known = gender if gender in _PERSON_GENDERS else None
    return MentionInfo(
        name=words[1],
        kind=_KIND_PERSON,
        key=words[1].lower(),
        gender=known,
        plural=False,
        named=True,
        name_gender=known,
    )


def _pronoun_group(words: list[str], lexicon: _Lexicon) -> MentionInfo | None:
    """A pronoun of the ``group_pronouns`` role with the phrase that says who they are: "those
    close to him", "those behind the negotiations", "those involved in the talks", "those who
    know him" — a group of people named by that phrase; None for anything else ("those
    analysts" is the analysts)."""
    if len(words) < _MIN_GROUP_WORDS or words[0].lower() not in lexicon.group_pronouns:
        return None
    after = words[1]
    if not after.islower() or not (
        after in lexicon.prepositions
        or after in lexicon.subordinators
        or after in lexicon.group_participles  # "those involved", "those polled"
        or any(relation.startswith(f"{after} ") for relation in lexicon.relation_adjectives)
    ):
        return None
    name = " ".join(words)
    name = name[:1].upper() + name[1:]
    return MentionInfo(name=name, kind=_KIND_UNKNOWN, key=name.lower(), plural=True, generic=True)


#: How many given names alone an article looks up in its text (each lookup reads the text).
_GIVEN_NAME_LOOKUPS = 8
#: How many occurrences of a given name the article is searched at for the surname after it.
_GIVEN_NAME_OCCURRENCES = 20
#: The marks that close a sentence (or a paragraph).
_SENTENCE_CLOSERS = ".!?\n"
#: A lower-case word in -ed or -s right after a name, its verb ("Vodafone published", "Acme
#: reports"; not "has", "is" or "was", which "There" takes too), read by
#: SpeakerRegistry._sentence_opening_thing.
_VERB_AFTER_NAME = re.compile(r" (?:[a-z]+ed|(?!has\b|is\b|was\b)[a-z]+[^s\W]s)\b")

#: The gender and number of a word that is no pronoun.
_NO_PRONOUN = ("", "")

#: The words of the shortest group named by a pronoun ("those involved").
_MIN_GROUP_WORDS = 2
#: The fewest words of a role after a name without a comma ("head of exploration", "chief
#: executive"); one role noun alone is the name's ("Jack Straw spokesman" speaks for Straw).
_MIN_ROLE_WORDS = 2
#: The fewest capitalised words a person's name before an unmarked apposition has ("Mike Watts").
_MIN_NAME_WORDS = 2


def _unmarked_apposition(words: list[str], lexicon: _Lexicon) -> int:
    """Where a role in apposition starts right after a person's name, without the comma that
    usually sets it off ("Dr Mike Watts head of exploration", "Anna Roe chief executive of
    Acme"), or 0: the name is the capitalised words before the first lower-case word, at least
    :data:`_MIN_NAME_WORDS` of them, no possessive ("Tony Blair's spokesman") and read as a
    named person (a title or a given name of the lexicon: "Manchester United manager Alex
    Ferguson" opens with none); the words after it, at least :data:`_MIN_ROLE_WORDS`, hold a
    role noun and name no one ("John Lewis store manager Ann Smith" is Ann Smith)."""
    end = 0
    while end < len(words) and _is_capitalised(words[end]):
        end += 1
    if end < _MIN_NAME_WORDS or end >= len(words) or words[end - 1].endswith(_EN_POSSESSIVES):
        return 0
    low = words[end].lower()
    if low in lexicon.function_words or _english_particle(words, end, lexicon):
        return 0
    rest = words[end:]
    if len(rest) < _MIN_ROLE_WORDS or not any(word.lower() in lexicon.roles for word in rest):
        return 0
    name = _english_part(words[:end], lexicon)
    if name is None or not name.named or name.kind is not _KIND_PERSON:
        return 0
    holder = _english_part(rest, lexicon)
    if holder is not None and holder.named:
        return 0  # "John Lewis store manager Ann Smith": the name before modifies the role
    return end


def _english_part(words: list[str], lexicon: _Lexicon) -> MentionInfo | None:
    """One comma-free part of an English mention; letters after a name (``post_nominals``:
    "Guy Mansfield QC", "Anna Roe MP") are left out of the name, and those of an office (a role
    noun: "MP", "QC") become its role when it has none."""
    letters = _post_nominal(words, lexicon)
    if letters:
        info = _english_part(words[: len(words) - letters], lexicon)
        if info is None or not info.named:
            return info
        info = attrs.evolve(info, kind=_KIND_PERSON)
        office = next((word for word in words[-letters:] if word.lower() in lexicon.roles), None)
        if office is None or info.role is not None:
            return info  # an honour ("OBE") names no office
        return attrs.evolve(info, role=office, role_head=office.lower())
    start = 0
    definite = False
    # Leading articles, prepositions and words of time are the sentence's: "In Tony Blair's
    # first government", "Many of the newspapers", "In March".
    while start < len(words):
        low = words[start].lower()
        if (
            low[:1].isdigit()  # a year's first digit: most words are not looked at by the regex
            and _YEAR.fullmatch(low)
            and start + 1 < len(words)
            and _is_capitalised(words[start + 1])
        ):
            start += 1  # "In 2004 IBM said": the year is the sentence's
            continue
        if (
            low in lexicon.time_modifiers
            and start + 1 < len(words)
            and words[start + 1].lower() in lexicon.time_nouns
        ):
            start += 2  # "Last week Grammy producers", "This week opposition politicians"
            continue
        if (
            low in lexicon.number_words
            and start + 1 < len(words)
            and (
                words[start + 1].lower() in lexicon.prepositions
                or _english_plural_role(words[start + 1], lexicon)
                # a singular role after a number word in lower case, or opening the mention
                # ("One shopkeeper said"): "a Five spokesman" is the TV channel's
                or (
                    (words[start] == low or start == 0)
                    and words[start + 1].lower() in lexicon.roles  # "One MP", "one minister"
                )
                # "One Labour MP said": a role that ends a mention the number word opens
                or (start == 0 and len(words) > start + 2 and words[-1].lower() in lexicon.roles)
                # "one London-based broker", "two Japanese companies", "One senior trader": a
                # number word before modifiers of a role or an institution that ends the
                # mention, in lower case, or before a word in lower case and a head ("a Five
                # spokesman" is the TV channel's)
                or (
                    (
                        words[start] == low
                        or (len(words) - start > 2 and words[start + 1][:1].islower())
                    )
                    and _counted_head(words[-1], lexicon)
                )
            )
        ):
            # "One of the organisers", "Two of the victims": a share of a group; "one
            # resident", "Two officials": a count of people, no part of a name or role (not
            # "One million seafarers")
            start += 1
            continue
        if (
            low in lexicon.determiners
            and start + 1 < len(words)
            and f"{low} {words[start + 1].lower()}" in lexicon.organisations
        ):
            break  # "No 10", "A No 10 spokesman": a determiner opening an organisation's name
        if low in lexicon.determiners:
            definite = definite or low == "the"
        elif (low not in lexicon.prepositions and low not in lexicon.name_context) or (
            # "The Sunday Times": a word of time that opens an organisation's name
            " ".join(words[start:]).lower() in lexicon.organisations
        ):
            break
        start += 1
    stop = len(words)
    while stop > start and words[stop - 1].lower() in _EN_TRAILING:
        stop -= 1
    body = words[start:stop]
    if not body:
        return None
    author = _document_author(body, lexicon)
    if author is not None:
        info = _english_part(body[author:], lexicon)
        if info is not None:
            return info  # "a study by researchers at Oxford" is theirs
    core = _english_core_end(body, lexicon)
    for possessive in range(core - 2, -1, -1):  # the last possessive before the head's end
        word = body[possessive]
        if word.endswith(_EN_POSSESSIVES) and len(word) > 1:
            return _english_possessive(body, possessive, core, lexicon)
    return _english_core(body, core, lexicon, definite=definite)


def _document_author(body: list[str], lexicon: _Lexicon) -> int | None:
    """Where the author starts after a document in lower case and a preposition of the
    ``author_attach`` role ("report by [the committee]", "a motion by [Mr Jackson's lawyers]"),
    or None."""
    for index in range(1, len(body) - 1):
        if (
            body[index] in lexicon.author_attachments
            and body[index - 1].islower()
            and document_word(body[index - 1], lexicon.language)
        ):
            return index + 1
    return None


def _english_core_end(body: list[str], lexicon: _Lexicon) -> int:
    """Where the head's own words end: at the first preposition that attaches a phrase ("a
    spokesman [for the firm]"), except "of" inside a name or title ("Bank of England",
    "Secretary of State", "Chancellor of the Exchequer"), or after a lower-case role noun when
    a person's name follows the title ("Shadow leader of the Commons Oliver Heald"); after a
    person's name "of" attaches where they come from ("Jane Roe of Ohio", "Sen. John Doe of
    Utah"). An adjective of the ``relation_adjectives`` role before its preposition ends the
    head too ("Sources [close to Mr Brown]")."""
    for index in range(1, len(body)):
        word = body[index]
        if word not in _EN_ATTACHMENTS:
            continue
        if index > 1 and f"{body[index - 1].lower()} {word}" in lexicon.relation_adjectives:
            return index - 1
        if word in _EN_TITLE_INNER and _field_before_name(body, index, lexicon) > index + 1:
            continue  # "director of rugby Nigel Melville": the role's field, then its holder
        if word == "for" and _titled_for(body, index, lexicon):
            continue
        if word == "of" and not _ends_in_person(body[:index], lexicon):
            following = index + 2 if body[index + 1 : index + 2] == ["the"] else index + 1
            before = body[index - 1]
            if (
                following < len(body)
                and _is_capitalised(body[following])
                and (
                    _is_capitalised(before)
                    or (
                        before in lexicon.roles
                        # "a friend of Gordon Brown" is the friend, not a title's holder
                        and before.lower() not in lexicon.relation_nouns
                        and _first_name_after(body, following, lexicon)
                    )
                )
            ):
                continue
        return index
    return len(body)


def _field_before_name(body: list[str], index: int, lexicon: _Lexicon) -> int:
    """Where the name starts after the field in lower case that the "of" or "for" at ``index``
    opens after a role noun, when a person's name (a first name and a capitalised word) follows
    the field at once: "director of rugby Nigel Melville", "minister for women Jacqui Smith",
    "head of research Peter Kim". ``index`` when there is no such field ("spokesman for
    Michael Howard" speaks for him; "a spokesman for the firm" names no one), also when the
    words are a role, whose holder the name is ("a spokesman for prime minister David Cameron",
    "the wife of striker Wayne Rooney" speak for or about them)."""
    if index == 0 or body[index - 1].lower() not in lexicon.roles:
        return index
    position = index + 1
    while (
        position < len(body)
        and position - index <= _MAX_FIELD_WORDS
        and body[position].islower()
        and body[position] not in lexicon.function_words
        and body[position] not in lexicon.roles
    ):
        position += 1
    if (
        position > index + 1
        and position + 1 < len(body)
        and body[position] in lexicon.first_names
        and _is_capitalised(body[position + 1])
    ):
        return position
    return index


def _titled_for(body: list[str], index: int, lexicon: _Lexicon) -> bool:
    """Whether the "for" at ``index`` is inside a name or a title, not an attachment: between a
    capitalised organisation noun and a capitalised word ("Department for Work and Pensions",
    "Institute for Fiscal Studies"; not "ICM for BBC News 24"), or after a role (or a title it
    opens: "Secretary of State") and before capitalised words that are no role and a person's
    name ("Minister for Europe Denis MacShane"). "spokesman for Tony Blair", "Spokesman for
    Michael Howard" and "spokesman for Prime Minister Tony Blair" speak for someone else."""
    following = index + 1
    if following >= len(body) or not _is_capitalised(body[following]):
        return False
    before = body[index - 1]
    if not _is_capitalised(before):
        return False
    # A title that a role opens ("Secretary of State" before "for Defence") counts as the role.
    anchor = index - 1
    while (
        anchor > 0
        and body[anchor].lower() not in lexicon.roles
        and (_is_capitalised(body[anchor]) or body[anchor] in _EN_NAME_INNER)
    ):
        anchor -= 1
    if body[anchor].lower() not in lexicon.roles:
        # an organisation noun's name, not "ICM for BBC News 24" (a pollster working for one)
        return before.lower() in lexicon.organisations and not _ends_in_person(
            body[:index], lexicon
        )
    position = following
    while (
        position < len(body)
        and _is_capitalised(body[position])
        and body[position] not in lexicon.first_names
        and body[position].lower() not in lexicon.roles
    ):
        position += 1
    return (
        following < position < len(body) - 1
        and body[position] in lexicon.first_names
        and _is_capitalised(body[position + 1])
    )


def _first_name_after(body: list[str], start: int, lexicon: _Lexicon) -> bool:
    """Whether the capitalised words of a title from ``start`` ("Commons", "House of Lords")
    are followed by a first name: "leader of the Commons Oliver Heald" names a person, "a
    spokesman of the Foreign Office" does not."""
    position = start
    while (
        position < len(body)
        and _is_capitalised(body[position])
        and body[position] not in lexicon.first_names
    ):
        position += 1
    return position < len(body) and body[position] in lexicon.first_names


def _ends_in_person(words: list[str], lexicon: _Lexicon) -> bool:
    """Whether capitalised ``words`` end in a person's name: a first name or an honorific
    followed by a surname ("Jane Roe", "Sen. Jane Roe", "Mr. Grassley")."""
    return (
        len(words) >= _NAME_WORDS
        and _is_capitalised(words[-1])
        and (words[-2] in lexicon.first_names or words[-2].rstrip(".") in lexicon.honorifics)
    )


def _english_roles(core: list[str], lexicon: _Lexicon) -> list[tuple[int, int]]:
    """The role words of a head ("Deputy Prime Minister": one group of three words), as
    inclusive spans; a role word after a first name is a surname ("Mervyn King"), and one
    before an organisation noun names the organisation ("the Justice Department")."""
    groups: list[tuple[int, int]] = []
    index = 0
    while index < len(core):
        found = _role_lookup(core, index, lexicon)
        if found is None or (index > 0 and core[index - 1] in lexicon.first_names):
            index += 1
            continue
        first, last = found[0]
        if last + 1 < len(core) and core[last + 1].lower() in lexicon.organisations:
            index = last + 1
            continue
        if groups and groups[-1][1] == first - 1:
            groups[-1] = (groups[-1][0], last)
        else:
            groups.append((first, last))
        index = last + 1
    return groups


def _english_core(
    body: list[str], core: int, lexicon: _Lexicon, *, definite: bool
) -> MentionInfo | None:
    head_words = body[:core]
    groups = _english_roles(head_words, lexicon)
    for first, last in groups:
        end = last
        # "Secretary of State Colin Powell", "Chancellor of the Exchequer Gordon Brown",
        # "Minister for Europe Denis MacShane", "Secretary of State for Defence Geoff Hoon"
        while end + 2 < core and head_words[end + 1] in _EN_TITLE_INNER:
            field = _field_before_name(head_words, end + 1, lexicon)
            if field > end + 1:
                end = field - 1  # "director of rugby Nigel Melville": the field ends the role
                break
            position = end + 2
            if head_words[position] == "the":
                position += 1
            while (
                position < core
                and _is_capitalised(head_words[position])
                and head_words[position] not in lexicon.first_names
            ):
                position += 1
            if position == end + 2:
                break
            end = position - 1
        names = _english_names(head_words, end + 1, lexicon)
        if names and _english_organisation_word(names[-1], lexicon):
            # "The Premier League", "Queen Mary University", "Judge Business School": a title
            # word opening an organisation's name, no person's title
            return _english_proper(body, core, lexicon, definite=definite)
        if names:
            group = " ".join(head_words[first : last + 1]).lower()
            role_start = _english_role_start(head_words, first, lexicon)
            role = " ".join(head_words[role_start : end + 1])
            gender = _english_role_gender(head_words[first : last + 1], lexicon)
            if (
                group in lexicon.person_nouns
                or (names[0] not in lexicon.first_names and group in lexicon.relation_nouns)
                or (role.lower() in lexicon.relation_nouns and len(names) >= _NAME_WORDS)
            ):
                # "Rival Sony": whom the name stands to, no role of its own and no person
                # without a first name ("British rival Greg Rusedski" is one);
                # "Northern Ireland man James McIlroy": a man from there, no role either; a
                # relation alone is no role of a full name ("Fellow Lib Dem Norman Baker"; "his
                # wife Sharon" keeps it: it says who she is)
                return _english_person(names, lexicon, role=None, role_head=None, gender=gender)
            return _english_person(
                names,
                lexicon,
                role=role,
                role_head=_english_office(head_words, role_start, (first, last), lexicon),
                gender=gender,
                body=head_words[last + 1 :],
            )
    head = head_words[-1]
    if groups and groups[-1][1] == core - 1:
        # Named by a role only: "the spokesman", "a spokesman for the firm".
        first, last = groups[-1]
        tail = body[core:][:_MAX_ROLE_TAIL]
        rest = body[core + len(tail) :]
        while rest and tail and _is_capitalised(tail[-1]) and _is_capitalised(rest[0]):
            # Not cut inside a name: "leader of the Public and Commercial Services Union".
            tail.append(rest.pop(0))
        role_start = _after_states(head_words[:first], lexicon)
        role = " ".join([*head_words[role_start:], *tail])
        return MentionInfo(
            name=role[:1].upper() + role[1:],
            kind=_KIND_PERSON,
            key="role:" + role.lower(),
            role=role,
            role_head=_english_office(head_words, role_start, (first, last), lexicon),
            gender=_english_role_gender(head_words[first : last + 1], lexicon),
            plural=False,
            generic=True,
        )
    if not _is_capitalised(head):
        return _english_group(" ".join(body), head_words, lexicon)
    if len(head_words) == 1 and _english_common_noun(head.lower(), lexicon):
        # "Analysts said", "Government sources": the common noun a sentence or headline
        # capitalises, or a name ("Labour"); read as the noun, undecided whether generic.
        # A collective of people of the lexicon or the plural of a role noun names no one in
        # particular however written ("Prosecutors allege", "Ministers will", "MPs said"):
        # generic.
        found = _english_group(" ".join(body), head_words, lexicon)
        if found is not None:
            entry = lexicon.organisations.get(head.lower())
            people = (
                entry[2] == "group"
                if entry is not None
                else _english_plural_role(head.lower(), lexicon)
            )
            return attrs.evolve(found, generic=True if people else None)
    return _english_proper(body, core, lexicon, definite=definite)


def _english_organisation_word(word: str, lexicon: _Lexicon) -> bool:
    """Whether ``word`` is an organisation noun of the lexicon ("League", "University")."""
    entry = lexicon.organisations.get(word.lower())
    return entry is not None and entry[2] == "org"


def _english_office(words: list[str], start: int, group: tuple[int, int], lexicon: _Lexicon) -> str:
    """The office a role names, as a later mention by role compares it (the ``role_head``):
    the role words of ``group`` in lower case, after those of the role's modifiers from
    ``start`` on that make another office (the ``other_offices`` word role): "Shadow foreign
    secretary Michael Ancram" holds the office "shadow foreign secretary", so "the Foreign
    Secretary" said later is someone else; "the former chairman" is the "former chairman"
    named before, not the chairman."""
    first, last = group
    others = [
        low
        for word in words[start:first]
        for low in [word.lower().split("-", 1)[0]]
        if low in lexicon.other_offices
    ]
    return " ".join([*others, " ".join(words[first : last + 1]).lower()])


def _english_role_start(words: list[str], first: int, lexicon: _Lexicon) -> int:
    """Where the role whose role noun starts at ``first`` begins: its modifiers right before it
    ("Lib Dem home affairs spokesman", "former Foreign Secretary"), not the sentence's words
    before them ("Pakistani president met Prime Minister", "deal comes as Foreign Secretary").

    A capitalised title takes only capitalised modifiers and the lower-case ones of the lexicon
    (``role_modifiers``); a lower-case role noun takes lower-case words too, but none before a
    capitalised one.
    """
    title = _is_capitalised(words[first])
    start = first
    capitalised = False
    floor = _after_states(words[:first], lexicon)
    while start > floor:
        word = words[start - 1]
        low = word.lower()
        if "-" in low and low.split("-", 1)[0] in lexicon.role_modifiers:
            start -= 1  # "ex-Foreign Secretary", "vice-chairman"
            continue
        if low in _EN_NAME_INNER and start > 1 and _is_capitalised(words[start - 2]):
            start -= 1  # inside a name before the role: "Bank of England governor"
            continue
        if low in lexicon.name_context or (word[:1].islower() and low in lexicon.function_words):
            break
        if _is_capitalised(word):
            if word in lexicon.first_names and not (start == 1 and capitalised):
                break
            # (a first name opening the mention before another capitalised modifier is an
            # organisation's named after a person: "William Hill spokesman Rupert Adams",
            # "Franz Ferdinand frontman Alex Kapranos")
            capitalised = True
        elif capitalised or (title and low not in lexicon.role_modifiers):
            break
        start -= 1
    return start


def _after_states(words: list[str], lexicon: _Lexicon) -> int:
    """Where a role's words may begin after ``words`` before its role noun: after the last word
    of the speaker's state of the moment (the ``speaker_states`` word role: "a proud coach", "A
    crestfallen France coach") or a verb's regular past tense ("he pressured ex-chief
    financial officer Scott Sullivan"), neither of which is part of a role; nor is an adjective
    that only says the role is held now (``tenure_adjectives``: "the new president", "New
    President Viktor Yushchenko", but "New Zealand coach")."""
    for index in range(len(words) - 1, -1, -1):
        low = words[index].lower()
        if low in lexicon.tenure_adjectives and (
            words[index][:1].islower() or index == len(words) - 1
        ):
            return index + 1
        if low in lexicon.speaker_states or (
            low.endswith("ed")
            and words[index][:1].islower()
            and "-" not in low
            and low not in lexicon.role_modifiers
        ):
            return index + 1
    return 0


def _english_role_gender(group: list[str], lexicon: _Lexicon) -> str | None:
    """The gender a role group says ("official spokesman": m), from its last role noun."""
    form = lexicon.roles.get(" ".join(group[-2:]).lower()) or lexicon.roles.get(group[-1].lower())
    return None if form is None or form.gender == "-" else form.gender


def _english_group(phrase: str, head_words: list[str], lexicon: _Lexicon) -> MentionInfo | None:
    """A common noun as the head, maybe after capitalised modifiers: "the Australian
    government", "Legal experts", "Ministry of Defence lawyers"."""
    head = head_words[-1].lower()
    entry = None
    if len(head_words) > 1:
        entry = lexicon.organisations.get(f"{head_words[-2]} {head_words[-1]}".lower())
    entry = entry or lexicon.organisations.get(head)
    name = phrase[:1].upper() + phrase[1:]
    if entry is not None:
        _, number, kind = entry
        return MentionInfo(
            name=name,
            kind=_KIND_ORGANISATION if kind in {"org", "place"} else _KIND_UNKNOWN,
            key=name.lower(),
            gender="n" if number == "sg" else None,
            plural=number == "pl",
            generic=True,  # a common noun in lower case: "the company", "police"
        )
    if _english_plural_role(head, lexicon) or (
        head.endswith("s") and not head.endswith(("ss", "us", "is", "’s", "'s"))
    ):
        # "Trade union leaders", "Local residents": people, but no one in particular.
        return MentionInfo(
            name=name,
            kind=_KIND_UNKNOWN,
            key=name.lower(),
            gender=None,
            plural=True,
            generic=True,
        )
    return None


def _english_common_noun(word: str, lexicon: _Lexicon) -> bool:
    """Whether lower-case ``word`` is a common noun of the lexicons: an organisation or group
    noun other than a place ("company", "police"), or a role noun's plural ("analysts")."""
    entry = lexicon.organisations.get(word)
    if entry is not None:
        return entry[2] != "place"
    return _english_plural_role(word, lexicon) or word.endswith("ists")


def _counted_head(word: str, lexicon: _Lexicon) -> bool:
    """Whether a mention's last word is a head that a number word before it counts: a role
    noun, singular or plural ("one senior broker", "two MPs"), or an organisation or collective
    noun, singular or plural ("two Japanese companies")."""
    low = word.lower()
    if low in lexicon.roles or _english_plural_role(low, lexicon):
        return True
    singulars: tuple[str, ...] = (low,)
    if low.endswith("ies"):
        singulars = (low, low[:-3] + "y")
    elif low.endswith("s"):
        singulars = (low, low[:-1], low[:-2])
    return any(person_or_institution(singular, lexicon.language) for singular in singulars)


def _english_plural_role(word: str, lexicon: _Lexicon) -> bool:
    """Whether ``word`` is the plural of a role noun: "leaders", "spokesmen", "MPs"."""
    if word.endswith("men"):
        return word[:-3] + "man" in lexicon.roles
    if word.endswith("es") and word[:-2] in lexicon.roles:
        return True
    return word.endswith("s") and word[:-1] in lexicon.roles


def _english_proper(
    body: list[str], core: int, lexicon: _Lexicon, *, definite: bool
) -> MentionInfo | None:
    """A head of capitalised words: a person's name ("Mr Smith", "Tony Blair"), an organisation
    ("the White House", "European Commission", "Bank of England", "the Financial Times") or a
    name of unknown kind ("Blair", "Microsoft"). Lower-case words before the capitalised ones
    are the sentence's, not the name's ("The memory Gordon Brown", "the online bank Cahoot")."""
    lead = _english_proper_start(body[:core], lexicon)
    # An age before the name says a person: "the 28-year-old Morientes".
    aged = any(map(_ENGLISH_AGE.match, body[:core]))
    body, core = body[lead:], core - lead
    head_words = body[:core]
    if not lexicon.not_name_words.isdisjoint(map(str.lower, head_words[1:])):
        return None  # a heading or label in title case: "Subs Not Used: …"
    if aged and _ENGLISH_AGE.match(head_words[0]) and (definite or len(head_words) > 1):
        if len(head_words) == 1:
            # "the 31-year-old": a person by age, the one the text gave that age in apposition
            # if any ("John Smith, 54, … The 54-year-old added", see Speakers._epithet_person)
            return attrs.evolve(_nationality(head_words[0], lexicon), epithet=definite)
        # The age is no part of the name: "the 28-year-old Morientes", "says 27-year-old Ross".
        body, core, head_words = body[1:], core - 1, head_words[1:]
    if definite and len(head_words) == 1 and head_words[0].lower() in lexicon.demonyms:
        return _nationality(head_words[0], lexicon)
    phrase = " ".join(body)
    whole = lexicon.organisations.get(" ".join(head_words).lower())
    # The head of a proper name is its last word, or the word before "of" or "for" ("National
    # Union of Journalists", "Institute for Fiscal Studies").
    inner = next(
        (index for index, word in enumerate(head_words) if index and word in _EN_TITLE_INNER), 0
    )
    head = head_words[inner - 1] if inner else head_words[-1]
    if (
        whole is None
        and len(head_words) > 2
        and head_words[1] in _EN_TITLE_INNER
        and head_words[0].lower() in lexicon.roles
        and head_words[0].lower() not in lexicon.organisations
    ):
        # "The Duke of Sussex", "The Mayor of London", "The Governor of the Bank of England":
        # an office written with a capital, read as the role it is in lower case
        lowered = [head_words[0].lower(), *body[1:]]
        office = _english_core(
            lowered, _english_core_end(lowered, lexicon), lexicon, definite=definite
        )
        if office is not None and office.kind is _KIND_PERSON:
            return office
    if whole is None and len(head_words) > 1:
        # "Labour MPs", "European Commission": the head is an organisation or group.
        last = lexicon.organisations.get(head.lower())
        if last is None and inner:
            last = lexicon.organisations.get(head_words[-1].lower())  # "Lloyds of London"
        if (
            last is not None
            and head_words[0] not in lexicon.first_names
            and head_words[0].rstrip(".") not in lexicon.honorifics
        ):
            whole = last
    if whole is not None:
        _, number, kind = whole
        name = phrase[:1].upper() + phrase[1:]
        return MentionInfo(
            name=name,
            kind=_KIND_ORGANISATION if kind in {"org", "place"} else _KIND_UNKNOWN,
            key=name.lower(),
            gender="n" if number == "sg" else None,
            plural=number == "pl",
        )
    # A title counts before a name only ("Justice Stephen Breyer"; "the Department of Justice"
    # is an organisation). Most heads hold no title word: one lookup pass in C tells.
    honorific = not lexicon.honorifics.keys().isdisjoint(
        map(str.rstrip, head_words, itertools.repeat("."))
    ) and any(
        word.rstrip(".") in lexicon.honorifics and _is_capitalised(following)
        for word, following in itertools.pairwise(word for word in head_words if word != ".")
    )
    has_first = len(head_words) > 1 and head_words[0] in lexicon.first_names
    organisation_first = (
        len(head_words) > 2
        and head_words[1] in _EN_TITLE_INNER
        and head_words[0].lower() in lexicon.organisations
    )
    if not honorific and not has_first and not aged and (definite or organisation_first):
        # "the Financial Times", "the Department of Health", "Bank of England": no person's
        # name takes "the".
        name = " ".join(_strip_marks(word) for word in body)
        plural = head.endswith("s") and head.lower() not in _EN_SINGULAR_S
        return MentionInfo(
            name=name,
            kind=_KIND_ORGANISATION,
            key=name.lower(),
            gender=None if plural else "n",
            plural=plural,
        )
    start = 0
    while start < core and head_words[start].rstrip(".") in lexicon.honorifics:
        start += 1
    names = _english_names(head_words, start, lexicon)
    if not names:
        return None
    info = _english_person(names, lexicon, role=None, role_head=None, gender=None, body=head_words)
    if aged and info is not None and info.kind is _KIND_UNKNOWN:
        return attrs.evolve(info, kind=_KIND_PERSON)
    return info


def _another_body_office(role: str | None, roles: Sequence[str]) -> bool:
    """Whether ``role`` is the same office of another body than each of ``roles`` of that
    office, as :func:`_other_office` reads two roles: "der ÖVP-Chef" is no "SPÖ-Chef Andreas
    Babler" quoted before."""
    mine, office = _body_and_office(role)
    if not mine or " " in mine:
        return False  # not a plain compound: "der frühere Austria- und Tirol-Trainer" was one
    theirs = [
        body
        for body, their_office in (_body_and_office(other) for other in roles)
        if their_office == office
    ]
    return bool(theirs) and all(body and body != mine for body in theirs)


def _body_and_office(role: str | None) -> tuple[str, str]:
    """A role's body and office, lower case, split at its last hyphen ("ÖVP-Chef" → "övp",
    "chef"); no body for a role without one."""
    body, _, office = (role or "").lower().rpartition("-")
    return body, office


def _genderless_epithet(info: MentionInfo, words: Sequence[str], demonyms: Container[str]) -> bool:
    """Whether an English mention is an epithet that may stand for the person named just
    before: "the" and an age ("the 31-year-old") or a nationality of the ``demonyms`` role ("the
    American", "the Scot"), alone and singular."""
    return (
        len(words) == _EPITHET_WORDS
        and words[0].lower() == _DEFINITE_EN
        and not info.named
        and info.plural is False
        and (info.epithet or info.role_head in demonyms)
    )


def _opens_sentence(text: str, start: int) -> bool:
    """Whether ``text[start:]`` opens a sentence: only white space stands between it and the
    text's start, a line break or a sentence's final mark."""
    before = text[:start].rstrip(" \t")
    return not before or before[-1] in _SENTENCE_OPENED_AFTER


def _role_epithet(info: MentionInfo, words: Sequence[str]) -> bool:
    """Whether an English mention is "the" and a person's role, its modifiers capitalised or
    not, alone and singular ("the England striker", "the Tory leader"): an epithet that may
    stand for the one person the sentences since the last quotation name."""
    return (
        len(words) >= _EPITHET_WORDS
        and words[0].lower() == _DEFINITE_EN
        and not info.named
        and not info.owned  # "the singer's agent" is someone else
        and info.plural is False
        and info.kind is _KIND_PERSON
        and info.role_head is not None
    )


def _role_mentioned_apart(mentions: list[Mentioned], found: int, role: MentionInfo) -> bool:
    """Whether the sentence that names the person ``mentions[found]`` mentions someone else by
    the role itself: then the role means that one, not the person ("Anna Berger traf die
    Ministerin in Wien. Die Ministerin sagte, …" is not Anna Berger)."""
    return role.role_head is not None and any(
        number != found and mention.info.role_head == role.role_head and not mention.info.named
        for number, mention in enumerate(mentions)
    )


def _other_office(epithet: MentionInfo, person: MentionInfo) -> bool:
    """Whether an epithet names the same office of another body than the role the text gave a
    person: both compounds of a name and the same role after the hyphen ("der SPÖ-Chef" is not
    "ÖVP-Chef Christian Stocker", "der Bayern-Trainer" no "Austria-Trainer"). Other pairs may
    name one person ("Werder-Mittelfeldspieler Junuzovic … der ÖFB-Teamspieler", "ÖVP-Chef …
    der Parteichef")."""
    mine, my_office = _body_and_office(epithet.role)
    theirs, their_office = _body_and_office(person.role)
    return bool(mine) and bool(theirs) and my_office == their_office and mine != theirs


def _other_role(epithet: MentionInfo, person: MentionInfo) -> bool:
    """Whether an epithet that is a bare role ("der Kommissar", "der Stürmer") names another
    role than the one the text gave a person: "der polnische Präsident Andrzej Duda … Dazu der
    Kommissar:" is someone else. A role of the same head, also as a compound's end, is no
    other ("Bundeskanzler Olaf Scholz … der Kanzler"); a qualified epithet may name either
    (see :func:`_other_office`), and an origin anyone (the caller's test)."""
    head, their_head = epithet.role_head, person.role_head
    return (
        head is not None
        and their_head is not None
        and (epithet.role or "").lower() == head
        and not their_head.endswith(head)
    )


def _german_demonym(word: str, determiner: str, lexicon: _Lexicon) -> MentionInfo | None:
    """A person named by nationality or region after an epithet article ("der Spanier", "die
    Spanierin", "die Deutsche"; the ``demonyms`` word role), as by a role: someone of that
    country, no speaker named "Spanier". None for "die" before a masculine form ("die
    Österreicher": the team, a plural) or with no such article."""
    if determiner not in lexicon.epithet_articles:
        return None
    low = word.lower()
    feminine = determiner.endswith("e")
    if feminine and not low.endswith(_GERMAN_FEMININE_DEMONYM):
        return None
    return MentionInfo(
        name=word,
        kind=_KIND_PERSON,
        key="role:" + low,
        role=word,
        role_head=low,
        gender="f" if feminine else "m",
        plural=False,
        generic=True,
    )


def _nationality(word: str, lexicon: _Lexicon) -> MentionInfo:
    """A person named by nationality or age, as by a role: "the American", "the Spaniard" (the
    ``demonyms`` word role), "the 31-year-old" is someone of that country or age, no one's
    name, and not the same person as "the American" of another article (generic). It is not
    linked to the person named before: "Lleyton Hewitt … said the 20-year-old" is often someone
    else. A demonym with "-man" is a man ("the Irishman")."""
    form = lexicon.roles.get(word.lower())
    return MentionInfo(
        name=word,
        kind=_KIND_PERSON,
        key="role:" + word.lower(),
        role=word,
        role_head=word.lower(),
        gender=form.gender
        if form is not None and form.gender != "-"
        else ("m" if word.endswith("man") else None),
        plural=False,
        generic=True,
    )


def _english_proper_start(head_words: list[str], lexicon: _Lexicon) -> int:
    """Where the run of capitalised words (with "of", "the", "&" and name particles inside:
    "Bank of England", "Anna zur Linde") that ends a head begins, after any words of time
    ("December Microsoft")."""
    start = len(head_words)
    while start > 0:
        word = head_words[start - 1]
        inner = (word in _EN_NAME_INNER or word in lexicon.particles) and (
            1 < start < len(head_words)
        )
        if not (_is_capitalised(word) or inner):
            break
        start -= 1
    while (
        start < len(head_words) - 1
        and (
            head_words[start] in _EN_NAME_INNER or head_words[start].lower() in lexicon.name_context
        )
        # "Sunday Times", "Mail on Sunday": a word of time inside an organisation's name
        and " ".join(head_words[start:]).lower() not in lexicon.organisations
    ):
        start += 1
    return start


def _english_names(words: list[str], start: int, lexicon: _Lexicon) -> list[str]:
    """The capitalised words of a name from ``start`` on, after the last title ("Foreign Policy
    Centre Mr Straw": "Straw"), if the name runs to the end of ``words``; otherwise (a name
    followed by a common noun modifies it: "the Clinton campaign") none."""
    for index in range(len(words) - 2, start - 1, -1):
        if words[index].rstrip(".") in lexicon.honorifics:
            start = index + 1
            break
    names = _name_run(words, start, lexicon)
    if not names or start + len(names) != len(words):
        return []
    names = [_strip_marks(word) for word in names]
    if "&" in names:
        return names  # a firm's name: no given names or titles to sort out ("Marks & Spencer")
    after_article = start > 0 and words[start - 1].lower() in lexicon.determiners
    names = _person_name([word for word in names if word], lexicon, after_article=after_article)
    return _titled_name(words, start, names, lexicon)


def _titled_name(words: list[str], start: int, names: list[str], lexicon: _Lexicon) -> list[str]:
    """A name of one word after a title of nobility or knighthood (the ``name_titles`` word
    role) keeps the title: "Lord Falconer", "Baroness Scotland", "Sir Digby" are how the person
    is named, not "Falconer" (a surname alone) or "Digby" (a first name alone); "Sir Alex
    Ferguson" is "Alex Ferguson"."""
    if len(names) != 1 or start < 1:
        return names
    title = words[start - 1]
    if title.rstrip(".").lower() not in lexicon.name_titles or not _is_capitalised(title):
        return names
    return [title.rstrip("."), *names]


def _english_person(
    names: list[str],
    lexicon: _Lexicon,
    *,
    role: str | None,
    role_head: str | None,
    gender: str | None,
    body: Sequence[str] = (),
) -> MentionInfo:
    if "&" in names:
        # "Ernst & Young", "Procter & Gamble": two names joined by "&" are a firm's, never a
        # person's (not "Young" with the first name "Ernst")
        name = " ".join(names)
        return MentionInfo(
            name=name, kind=_KIND_ORGANISATION, key=name.lower(), gender="n", named=True
        )
    title: str | None = None
    honorific: str | None = None
    for word in body:
        honorific = lexicon.honorifics.get(word.rstrip("."))
        if honorific is not None:
            title = word
            break
    has_first = names[0] in lexicon.first_names and len(names) > 1
    person = has_first or honorific is not None or role is not None
    written = None if honorific in {None, "-"} else honorific
    # A possessive closing the mention is the name's genitive: "Tony Blair's" -> "Tony Blair".
    names = [*names[:-1], _genitive_base_en(names[-1])]
    first_name_gender = _first_name_gender(names, lexicon)
    return MentionInfo(
        name=" ".join(names),
        kind=_KIND_PERSON if person else _KIND_UNKNOWN,
        key=_name_key(names, lexicon),
        role=role,
        role_head=role_head,
        # A title's gender is written, a first name's only usual: "Ms James" is a woman.
        gender=written or first_name_gender or gender,
        plural=False,
        named=True,
        name_gender=written or (first_name_gender if has_first else None),
        given=names[1]
        if len(names) == _NAME_WORDS and names[0].lower() in lexicon.given_name_titles
        else None,
        knighted=None if title is None else title.lower() in lexicon.given_name_titles,
    )


def _english_possessive(
    body: list[str], possessive: int, core: int, lexicon: _Lexicon
) -> MentionInfo | None:
    """ "Tony Blair's official spokesman", "Britain's Foreign Secretary Jack Straw", "the Iraqi
    families' lawyer": the head is after the possessive; the owner's own title is dropped
    ("Prime Minister Tony Blair's" -> "Tony Blair's")."""
    owner = body[: possessive + 1]
    for _, last in _english_roles(owner, lexicon):
        following = owner[last + 1] if last + 1 < len(owner) else ""
        if _is_capitalised(following) and following.rstrip(".") not in lexicon.honorifics:
            owner = owner[last + 1 :]
            break
    rest = body[possessive + 1 :]
    head = body[core - 1]
    if (
        core - 1 > possessive
        and document_word(head, lexicon.language)
        and all(word.islower() for word in body[possessive + 1 : core])
    ):
        # "Labour's manifesto says", "the Bank's latest inflation report said": the document's
        # owner speaks (not "Uganda's New Vision newspaper", a document with a name of its own)
        author = _english_part([*owner[:-1], _genitive_base_en(owner[-1])], lexicon)
        if author is not None:
            return author
    info = _english_core(rest, core - possessive - 1, lexicon, definite=False)
    if info is None:
        return None
    owner_text = " ".join(owner)
    if info.named:
        if info.role is None:
            return info  # "Microsoft's Bill Gates"
        return attrs.evolve(info, role=f"{owner_text} {info.role}")
    phrase = f"{owner_text} {' '.join(rest)}"
    name = phrase[:1].upper() + phrase[1:]
    if info.role is not None:
        return attrs.evolve(info, name=name, role=phrase, key="role:" + phrase.lower(), owned=True)
    return attrs.evolve(info, name=name, key=name.lower())


def _genitive_base_en(word: str) -> str:
    base = word.removesuffix("’s").removesuffix("'s")
    if base == word and word.endswith(("s’", "s'")):
        base = word[:-1]
    return base or word


def _abbreviation_after_particles(body: Sequence[str], number: int, lexicon: _Lexicon) -> bool:
    """Whether the word after the particles from ``number`` on is an abbreviation, opening with
    two capitals ("Manfred Wolf von der GPA-djp", "Anna Berg vom ÖGB"): a body the person
    belongs to, no part of the name ("Ursula von der Leyen", "Anna von DeWitt")."""
    following = number
    while following < len(body) and body[following] in lexicon.particles:
        following += 1
    return following < len(body) and body[following][:2].isupper()


def _role_lookup(
    body: list[str], index: int, lexicon: _Lexicon
) -> tuple[tuple[int, int], str, _RoleForm] | None:
    if lexicon.grammar is _GRAMMAR_GERMAN:
        found = _compound_lookup(body[index], lexicon)
        return None if found is None else ((index, index), found[0], found[1])
    # English roles may be two words ("prime minister", "chief executive").
    if index + 1 < len(body):
        form = lexicon.roles.get(f"{body[index]} {body[index + 1]}".lower())
        if form is not None:
            return (index, index + 1), "", form
    form = lexicon.roles.get(body[index].lower())
    return None if form is None else ((index, index), "", form)


def _name_run(body: Sequence[str], start: int, lexicon: _Lexicon) -> list[str]:
    """The capitalised words of a name starting at ``start`` (with particles after first names).

    The full stop of a middle initial stays inside the name when a capitalised word follows:
    "Matthias W. Beckmann", "George W. Bush" (not "Matthias W"). Initials written together
    stay one word, also opening the name: "K.R. Menon" (not "K").
    """
    names: list[str] = []
    after_first = False
    joined_to = -1
    for number in range(start, len(body)):
        word = body[number]
        if word == ",":
            break
        if number == joined_to:
            continue
        if (
            word == "."
            and names
            and names[-1][-1:].isupper()
            and (len(names[-1]) == 1 or names[-1][-2] == ".")
            and number + 1 < len(body)
            and body[number + 1][:1].isupper()
        ):
            following = body[number + 1]
            joined = len(following) == 1 and number + 2 < len(body) and body[number + 2] == "."
            if joined:  # "K.R.": the next initial joins this one
                names[-1] += "." + following
                joined_to = number + 1
                continue
            if len(names) > 1 or "." in names[-1]:
                names[-1] += "."
                continue
        first = word[:1]
        if first.isdigit() and _QUANTITY.fullmatch(word):
            break  # "11.200 Euro", "3,5 Prozent": an amount, no part of a name ("Apollo 11" is)
        if first.isupper() or first.isdigit():  # capitalised, not a quotation mark
            names.append(word)
            after_first = word in lexicon.first_names and (after_first or len(names) == 1)
            continue
        if (
            word in lexicon.particles
            and (
                after_first
                or _particle_word(names, lexicon)
                or _english_particle(body, number, lexicon)
                or _foreign_particle(body, number, lexicon)
            )
            and not _abbreviation_after_particles(body, number, lexicon)
        ) or (names and _GLUED_PARTICLE.match(word)):
            names.append(word)
            continue
        if word == "&" and names and number + 1 < len(body) and body[number + 1][:1].isupper():
            names.append(word)  # "Ernst & Young", "Procter & Gamble"
            continue
        break
    while names and names[-1] in lexicon.particles:
        names.pop()
    return names


def _foreign_particle(body: Sequence[str], number: int, lexicon: _Lexicon) -> bool:
    """Whether the particle at ``number`` is no word of the language (no preposition or
    article of it: "van", "de", "da", not "von", "der") and a capitalised word or another
    particle follows: it continues a name after a first name the lexicon does not know
    ("Martijn van Hout") or opens one ("van der Marel")."""
    following = number + 1
    if following >= len(body) or not (
        body[following][:1].isupper() or body[following] in lexicon.particles
    ):
        return False
    return _foreign(body[number], lexicon) or (
        # "der" after a foreign one: "van der Marel"
        number > 0 and body[number - 1] in lexicon.particles and _foreign(body[number - 1], lexicon)
    )


def _foreign(word: str, lexicon: _Lexicon) -> bool:
    """Whether the particle ``word`` is no preposition or article of the language."""
    return word not in lexicon.prepositions and word not in lexicon.determiners


def _english_particle(body: Sequence[str], number: int, lexicon: _Lexicon) -> bool:
    """Whether the particle at ``number`` of an English mention opens or continues a name
    before a capitalised word: "Lula da Silva", "Mr de Vabres", "President da Silva". English
    writes none of them as a word of its own (German does: "Müller von der SPD", so there a
    particle needs a first name before it)."""
    following = number + 1
    return (
        lexicon.grammar is _GRAMMAR_ENGLISH
        and following < len(body)
        and (body[following][:1].isupper() or body[following] in lexicon.particles)
    )


def _particle_word(names: list[str], lexicon: _Lexicon) -> bool:
    """Whether the last word of a name run is a particle written with a capital, which the
    particles after it continue: "Van der Bellen", "De la Rúa" (not "Van")."""
    return bool(names) and names[-1][:1].isupper() and names[-1].lower() in lexicon.particles


def _apposed_name(body: Sequence[str], start: int, lexicon: _Lexicon) -> list[str]:
    """The name in apposition after a role, from ``start``: the first part set off by commas
    that is all name and opens with a first name, else the name run at ``start``. A second
    apposition may stand between ("Der Sprecher der Grünen, Fraktionschef im Landtag, Jan
    Olsen": Jan Olsen, not "Fraktionschef").

    When the words at ``start`` open with a role noun, they are that second apposition, never
    the name: the last part, all capitalised words of a full name, is the person even with a
    first name the lexicon does not know ("Die Vorsitzende des Verbands, Nachfolgerin von
    Karl Brandt, Ina Lohse" is Ina Lohse, not "Nachfolgerin"), and without such a part no one
    is named."""
    names = _name_run(body, start, lexicon)
    if names and names[0] in lexicon.first_names:
        return names
    if not names:
        named = _named_in_apposition(body, start, lexicon)
        if named:
            return named
    apposition = bool(names) and (
        _plain_role_noun(names[0], lexicon)
        or (len(names) > 1 and _compound_lookup(names[0], lexicon) is not None)
    )
    if apposition and len(names) > 1:
        return names[1:]  # "Der Sprecher, Fraktionschef Jan Olsen": the name after the role
    # "der Koordinator für Naturkatastrophen, Deftalgne Tessema": a field in lower case after
    # the role (its preposition) leaves the full name in the last part to be found as after a
    # second apposition
    field = not names and start < len(body) and body[start][:1].islower()
    part = start
    for _ in range(_MAX_APPOSITIONS):
        try:
            part = body.index(",", part) + 1
        except ValueError:
            break
        run = _name_run(body, part, lexicon)
        stop = part + len(run)
        if run and run[0] in lexicon.first_names and (stop == len(body) or body[stop] == ","):
            return run
        if not run:
            named = _named_in_apposition(body, part, lexicon)
            if named:
                return named
        if (
            (apposition or field)
            and stop == len(body)
            and len(run) >= _NAME_WORDS
            and not any(_plain_role_noun(word, lexicon) for word in run)
        ):
            return run
    return [] if apposition else names


def _named_in_apposition(body: Sequence[str], start: int, lexicon: _Lexicon) -> list[str]:
    """The name of the person an apposition from ``start`` to the next comma names with an
    article and a role or with a form of address ("Der Aufsichtsratschef der Signa Holding, der
    frühere Kanzler Alfred Gusenbauer", "Die Sprecherin der Stadt, Frau Novak"), else nothing."""
    if start >= len(body):
        return []
    opener = body[start].lower()
    if opener not in lexicon.determiners and opener not in lexicon.address_nouns:
        return []
    stop = start
    while stop < len(body) and body[stop] not in {",", "("}:
        stop += 1
    info = _analyse_german(list(body[start:stop]), lexicon, genitive=False, plural=False)
    if info is None or not info.named or info.kind is not _KIND_PERSON:
        return []
    return info.name.split()


def _plain_role_noun(word: str, lexicon: _Lexicon) -> bool:
    """Whether ``word`` is a role noun of the lexicon itself ("Nachfolgerin"), or a compound
    of one after a hyphen ("ÖVP-Chef"); a word that only ends like one is no role noun
    ("Neumann" is a surname, not a "Mann")."""
    found = _compound_lookup(word, lexicon)
    return found is not None and (not found[0] or found[0].endswith("-"))


def _person_name(names: list[str], lexicon: _Lexicon, *, after_article: bool = False) -> list[str]:
    """The words of ``names`` that name the person: without leading words of time ("December
    Microsoft") and, when a first name follows capitalised words among which is one of
    context, from that first name on ("Tory Liam Fox", "Leader of the Commons Oliver Heald",
    "Physiker Sebastian Pflugbeil": the rest is context). Words none of which is context before
    a first name are given names of the same name: "Shani Rhys James" is one woman, not "Rhys
    James" (see :func:`_context_word`). A word ``after_article`` is no given name ("leader of
    the Commons Oliver Heald": a person's name takes no article)."""
    start = 0
    while start < len(names) - 1 and names[start].lower() in lexicon.name_context:
        start += 1
    for index in range(start + 1, len(names) - 1):
        before = names[index - 1]
        if (
            names[index] in lexicon.first_names
            and before not in lexicon.first_names
            and before not in lexicon.particles
        ):
            if after_article or any(_context_word(word, lexicon) for word in names[start:index]):
                return names[index:]
            break
    last = names[-1]
    if (
        len(names) - start >= _GLUED_HEADING
        and last in lexicon.first_names
        and not any(
            word in lexicon.first_names or word.lower() in lexicon.particles or "." in word
            for word in names[start:-1]
        )
    ):
        # A name standing alone after capitalised words none of which is a given name: the
        # words are a heading run into the sentence ("Pontifikale Metaphern Franziskus
        # erwähnte …"), not the name's.
        return [last]
    return names[start:]


def _context_word(word: str, lexicon: _Lexicon) -> bool:
    """Whether a capitalised word before a first name is context, not a given name of the
    person: a role ("Drummer", "High Court Judge"), an organisation ("Labour"), a party member
    ("Tory", "Lib Dem": the ``party_members`` role), a nationality (``demonyms``), a speaker's
    state ("Defiant Matt Williams": ``speaker_states``), a title, a function word, a word of
    time (``name_context``), an abbreviation ("BBC DJ"), a number ("1 Roger Federer"), a
    compound of lower-case parts ("Fly-half", "In-form"), a plural in "-ies" ("Families"). Any
    other capitalised word is a given name the lexicon lacks: "Shani Rhys James", "Farhat Omar
    Ben Gadaravice". In German every noun is capitalised and the role nouns are many more than
    the lexicon lists ("Physiker Sebastian Pflugbeil", "Verfassungsrechtler Heinz Mayer"): there
    any word before a first name is context."""
    if lexicon.grammar is _GRAMMAR_GERMAN:
        return True
    low = word.lower()
    if (
        low in lexicon.name_context
        or low in lexicon.function_words
        or low in lexicon.demonyms
        or low in lexicon.party_members
        or word.rstrip(".") in lexicon.honorifics
        or (len(word) > 1 and word.isupper())
        or word[:1].isdigit()  # a rank or number: "1 Roger Federer"
        or low.endswith(_PLURAL_IES)  # a plural noun: "Minister for … Families Margaret Hodge"
        or _LOWER_COMPOUND.match(word) is not None
        or low in lexicon.speaker_states
    ):
        return True
    return role_or_organisation(word, lexicon.language) or (
        low.endswith("s") and role_or_organisation(word[:-1], lexicon.language)
    )


def _first_name_gender(names: Sequence[str], lexicon: _Lexicon) -> str | None:
    gender = lexicon.first_names.get(names[0]) if names else None
    return None if gender in {None, "-"} else gender


def _feminine_adjectival(body: list[str], last: int, determiner: str, lexicon: _Lexicon) -> bool:
    """Whether a nominalised adjective as a role ("Vorsitzende", "Abgeordnete") names a woman:
    after a determiner in "-e" it does ("die", "eine", "ihre", "diese Vorsitzende"), after any
    other not ("der Vorsitzende", "ihr Vorsitzender"); without an article the first name after it
    decides ("SPD-Vorsitzende Franz Müntefering"), else its strong ending, "-e" for a woman and
    "-er" for a man ("Vorsitzende Anna Berg")."""
    if determiner:
        return determiner.endswith("e")
    following = body[last + 1] if last + 1 < len(body) else ""
    gender = lexicon.first_names.get(following)
    if gender in {"m", "f"}:
        return gender == "f"
    return body[last].endswith("e")


def _person_with_role(
    body: list[str],
    role_span: tuple[int, int],
    prefix: str,
    form: _RoleForm,
    lexicon: _Lexicon,
    determiner: str,
    *,
    genitive: bool,
) -> MentionInfo:
    """A German mention headed by a role noun: "der russische Präsident Wladimir Putin"."""
    first, last = role_span
    base, gender = form.base, form.gender
    if form.adjectival and _feminine_adjectival(body, last, determiner, lexicon):
        base, gender = base[:-1], "f"
    # A compound's role noun is written as one word ("Wirtschaftskammerpräsident"), or after a
    # hyphen, where it keeps its capital ("Arbeiterkammer-Präsident").
    role_noun = _compound_noun(prefix, base)
    modifiers = [
        _normalise_adjective(word, gender)
        for word in _german_role_modifiers(
            body[:first], lexicon, gender=None if form.adjectival or determiner else gender
        )
    ]
    complement: list[str] = []
    position = last + 1
    opener = body[position].lower() if position < len(body) else ""
    if opener in lexicon.genitive_openers or opener in lexicon.von_openers:
        # The party in brackets after a name is no part of the role: "Sprecher von Erwin
        # Pröll (ÖVP)" is "Sprecher von Erwin Pröll".
        while position < len(body) and body[position] not in {",", "("}:
            # A name after a genitive is in apposition ("Sprecher des Verbands Hans Müller");
            # after "von" it is whose the role is ("Sprecher von Erwin Pröll"), and so it is
            # after a genitive person ("Ein Sprecher der Landesrätin Martina Berthold" is her
            # spokesperson, not Martina Berthold).
            if (
                body[position] in lexicon.first_names
                and complement
                and opener not in (lexicon.von_openers)
                and _compound_lookup(complement[-1], lexicon) is None
            ):
                break
            complement.append(body[position])
            position += 1
    if complement and position < len(body) and body[position] == "(" and ")" in body[position:]:
        position = body.index(")", position) + 1
    if (
        not complement
        and position + 2 < len(body)
        and body[position + 1] == ","
        and body[position].endswith("s")
        and body[position][:1].isupper()
        and body[position] not in lexicon.first_names  # "der Sprecher Thomas, …"
    ):
        # A genitive name after the role, then the person in apposition: "der Oberrabbiner
        # Israels, Jona Metzger" is Jona Metzger, the Oberrabbiner of Israel.
        complement.append(body[position])
        position += 1
    if not complement and position == len(body) - 1 and _place_genitive(body[position], lexicon):
        # "Der Sprecher Irans" is a spokesperson of Iran, not a person named "Irans".
        complement.append(body[position])
        position += 1
    if (
        not complement
        and position + 1 < len(body)
        and body[position].lower() in lexicon.joiners
        and not _is_capitalised(body[position + 1])
        and body[position + 1].lower() not in lexicon.determiners
        and body[position + 1].lower() not in lexicon.function_words
    ):
        # "Die frühere Ministerin und jetzige Aufsichtsratschefin Brigitte Ederer": two roles
        # under one article (the second without its own) before one name are one person's
        # (two people named so are a coordination, read before with a plural verb).
        second = _analyse_german(body[position + 1 :], lexicon, genitive=genitive, plural=False)
        if second is not None and second.named and second.kind is _KIND_PERSON:
            return second
    if position < len(body) and body[position] == ",":
        position += 1
    names = _apposed_name(body, position, lexicon) if position < len(body) else []
    address = lexicon.roles.get(body[first - 1].lower()) if first > 0 else None
    if address is not None and body[first - 1].lower() in lexicon.address_nouns:
        gender = address.gender  # "Frau Direktor Haag": the form of address says who she is
    role = " ".join([*modifiers, role_noun, *complement]).strip()
    # A masculine role noun after an article in "-e" is a plural: "die Minister", "diese
    # Experten" (a woman's role has its own form, "die Ministerin").
    plural = gender == "m" and not form.adjectival and determiner in lexicon.plural_articles
    if names and plural and position < len(body) and names[-1].endswith("s"):
        # A plural role names no one person: a name in the genitive after it says whose the
        # people are ("einige Anhänger Saddam Husseins", "die Außenminister Frankreichs,
        # Italiens und Österreich").
        role = " ".join([role, *body[position - 1 if body[position - 1] == "," else position :]])
        role = role.replace(" ,", ",")
        names = []
    if names and genitive:
        names[-1] = _genitive_base(names[-1])
    if names:
        return MentionInfo(
            name=" ".join(names),
            kind=_KIND_PERSON,
            key=_name_key(names, lexicon),
            # "sein Amtskollege Barack Obama": how he stands to someone, no role of his ("sein
            # weißrussischer Amtskollege" says at least where he holds office).
            role=None
            if role == role_noun
            and (
                base.lower().endswith(tuple(lexicon.relation_nouns))
                or role.lower() in lexicon.address_nouns
            )
            else role,
            role_head=base.lower(),
            gender=_first_name_gender(names, lexicon) or gender,
            plural=False,
            named=True,
            # The gender a surname may not be merged across ("Peter Huber" is no "Frau Huber"
            # nor "Ministerin Huber"): a first name's, a form of address's or a woman's role's
            # (a masculine role noun may stand for a woman too: "Minister Anna Huber").
            name_gender=(
                _first_name_gender(names, lexicon)
                if len(names) > 1 and names[0] in lexicon.first_names
                else (gender if gender == "f" or role.lower() in lexicon.address_nouns else None)
            ),
        )
    return MentionInfo(
        name=role[:1].upper() + role[1:],
        kind=_KIND_PERSON,
        key="role:" + role.lower(),
        role=role,
        role_head=base.lower(),
        gender=None if plural else gender,
        plural=plural,
        generic=True,
    )


def _german_role_modifiers(
    words: list[str], lexicon: _Lexicon, *, gender: str | None = None
) -> list[str]:
    """The words before a German role noun that belong to the role: the adjectives and
    genitives right before it ("russische", "Kärntens"), not the sentence's words before them
    ("Sowohl Bundeskanzler", "der Vorschlag von Bundeskanzler").

    ``gender`` is the role noun's when no article stands before the role: an adjective without
    an article then has the strong ending of that gender ("neue Innenministerin", "früherer
    Minister"), and a word with another ending is the sentence's, such as a verb ("Dann traten
    Innenministerin X und …" is no role "trate Innenministerin")."""
    strong = _STRONG_ENDINGS.get(gender or "")
    start = len(words)
    while start > 0:
        word = words[start - 1]
        low = word.lower()
        if low in lexicon.function_words or low in lexicon.name_context:
            break
        if low in lexicon.article_names and word[:1].isupper():
            # A medium that quotes the speaker, no adjective: "zitiert der Kurier …" (while
            # "der grüne Bildungssprecher" is an adjective)
            break
        if (
            _ADJECTIVE_ENDING.sub("", low) in lexicon.speaker_states
            or low in lexicon.speaker_states
            or low in lexicon.degree_adverbs
        ):
            # the speaker's mood, no part of the role: "der vorsichtige Teamchef"; nor how much
            # an adjective holds, which only looks inflected: "ein extrem erfolgreicher Autor"
            break
        adjective = _GERMAN_ADJECTIVE.match(low) is not None
        if adjective and strong is not None and word[:1].islower():
            found = _ADJECTIVE_ENDING.search(low)
            if found is None or found.group() != strong:
                break
        if word[:1].islower():
            if not adjective:
                break
        elif not ((start == 1 and adjective) or (len(word) > _MIN_SUFFIX and word.endswith("s"))):
            # A capitalised word before a role is a genitive ("Kärntens"), or an adjective at
            # the mention's start ("Heutiger"), or not the role's.
            break
        start -= 1
    # "die jetzige Aufsichtsratschefin" holds the role Aufsichtsratschefin: the adjective only
    # says she holds it now.
    return [
        word
        for word in words[start:]
        if _ADJECTIVE_ENDING.sub("", word.lower()) not in lexicon.tenure_adjectives
    ]


def _compound_noun(prefix: str, base: str) -> str:
    """A compound of ``prefix`` and a lexicon noun as German writes it: the noun in lower case
    after a letter ("Landes" + "Polizei": "Landespolizei"), capitalised after a hyphen or the
    space of a quoted name of several words ("EU-Kommission", "Süddeutsche Zeitung")."""
    if not prefix:
        return base
    return prefix + (base if prefix[-1] in {"-", " "} else base.lower())


def _organisation(
    body: list[str],
    head: int,
    prefix: str,
    entry: tuple[str, str, str],
    lexicon: _Lexicon,
    *,
    plural: bool | None,
) -> MentionInfo:
    """A German mention headed by an organisation noun: "das russische Außenministerium"."""
    base, gender, kind = entry
    # A proper name right after the collective noun names it: "die Agentur Reuters".
    after = head + 1
    if (
        after < len(body)
        and (
            _is_capitalised(body[after])
            or ("." in body[after] and _WEB_ADDRESS.fullmatch(body[after]))
        )
        and kind in {"org", "doc"}
        and not _place_genitive(body[after], lexicon)
    ):
        proper = _strip_marks(" ".join(_proper_run(body, after)))
        # A name opens with a capital, a web address too ("Golem.de" for "golem.de").
        proper = proper[:1].upper() + proper[1:]
        if proper and (base.lower() in lexicon.jurisdiction_nouns or _is_place(proper, lexicon)):
            # A public body and the place it serves ("die Staatsanwaltschaft Wien", "das
            # Landesgericht Salzburg", "die Technische Universität Graz"), or any organisation
            # named after a place of the lexicon ("der Verkehrsclub Österreich"): the name is
            # both, with the capitalised adjectives of the body's name, not the place.
            noun = _compound_noun(prefix, base)
            name = " ".join([*_name_adjectives(body[:head]), noun, proper])
            return MentionInfo(
                name=name,
                kind=_KIND_ORGANISATION,
                key=name.lower(),
                gender=gender if gender != "pl" else None,
                plural=gender == "pl" or None,
            )
        if proper:
            return MentionInfo(
                name=proper,
                kind=_KIND_ORGANISATION,
                key=proper.lower(),
                gender=gender if gender != "pl" else None,
                plural=gender == "pl" or None,
            )
    noun = _compound_noun(prefix, base)
    before = body[:head]
    name_start = _proper_adjectives(before, lexicon)
    if name_start is not None and gender != "pl":
        # Adjectives of the name ("der Europäischen Union", "der unabhängigen Internationalen
        # Atomenergiebehörde"): the name in the nominative after its article ("Europäische
        # Union", "Internationale Atomenergiebehörde"), without the describing words before it.
        modifiers = [_PROPER_ADJECTIVE_CASE.sub("e", word) for word in before[name_start:]]
    elif all(
        _GERMAN_ADJECTIVE.match(word) and word.lower() not in lexicon.determiners for word in before
    ):
        # A present participle ends an attribute that describes the noun ("die zur Universität
        # gehörende Klinik"), no part of its name: it goes with all before it.
        describing = max(
            (
                number + 1
                for number, word in enumerate(before)
                # and an adverb of degree with all before it: "des extrem erfolgreichen …"
                if _PRESENT_PARTICIPLE.match(word) or word.lower() in lexicon.degree_adverbs
            ),
            default=0,
        )
        modifiers = [_normalise_adjective(word, gender) for word in before[describing:]]
    else:
        # The organisation noun stands in an attachment of an earlier noun ("Investitionsfonds
        # (MIF) der Interamerikanischen Entwicklungsbank"): the words before it are a phrase of
        # their own, kept as written (an article is no adjective to put in the nominative), and
        # so is the noun after them ("Website des Fernsehsenders", not "… Fernsehsender").
        modifiers = before
        if any(word.lower() in lexicon.determiners for word in before):
            noun = _strip_marks(body[head]) or noun
    tail: list[str] = []
    for index in range(head + 1, len(body)):
        word = body[index]
        if (
            word == ","
            or (word == "(" and not _name_bracket(body, index, lexicon))
            or _attachment_opens(body, index, lexicon)
        ):
            break
        tail.append(word)
    name = " ".join([*modifiers, noun, *tail]).strip()
    name = name[:1].upper() + name[1:] if kind != "group" else name
    speaker_kind = _KIND_ORGANISATION if kind in {"org", "place"} else _KIND_UNKNOWN
    is_plural = gender == "pl" or (plural is True and kind == "group")
    return MentionInfo(
        name=name,
        kind=speaker_kind,
        key=name.lower(),
        gender=None if gender in {"pl", "-"} else gender,
        plural=is_plural,
        # A collective noun ("die Polizei", "das Ministerium"), not a capital standing for its
        # government ("Moskau").
        generic=kind != "place",
    )


def _attachment_opens(body: list[str], index: int, lexicon: _Lexicon) -> bool:
    """Whether a preposition and an article at ``index`` open a phrase about an organisation,
    no part of its name: "der Bundesregierung | auf eine Kleine Anfrage", "des Unternehmens | in
    einer Aussendung", "die Gewerkschaft | an der Universität". Not "für", which names what
    the organisation is for ("die Organisation für das Verbot chemischer Waffen"), nor a
    preposition before a name ("das Verteidigungsministerium in Madrid")."""
    low = body[index].lower()
    return (
        low in lexicon.prepositions
        and low not in lexicon.name_prepositions
        and index + 1 < len(body)
        and body[index + 1].lower() in lexicon.determiners
    )


def _name_bracket(body: list[str], index: int, lexicon: _Lexicon) -> bool:
    """Whether the bracket opening at ``body[index]`` belongs to the name before it: one word,
    an abbreviation or short name ("Weltgesundheitsorganisation (WHO)", "Institut (Wifo)"); a
    day or date ("Mitteldeutsche Zeitung (Montag)", "Süddeutsche Zeitung (Samstagsausgabe)": a
    word of time of the ``name_context`` role opens it) or words of the sentence ("(Wikinews
    berichtete)") are no part of it."""
    if index + 2 >= len(body) or body[index + 2] != ")":
        return False
    low = body[index + 1].lower()
    return not any(low.startswith(word) for word in lexicon.name_context)


def _name_adjectives(before: list[str]) -> list[str]:
    """The capitalised adjectives of a name that end the words ``before`` its organisation
    noun, in the nominative ("Technische" of "die Technische Universität Graz" and of "der
    Technischen Universität Graz"), or none."""
    first = len(before)
    while first > 0 and (
        _PROPER_ADJECTIVE.match(before[first - 1])
        or _PROPER_ADJECTIVE_NOMINATIVE.match(before[first - 1])
    ):
        first -= 1
    return [_PROPER_ADJECTIVE_CASE.sub("e", word) for word in before[first:]]


def _proper_adjectives(before: list[str], lexicon: _Lexicon) -> int | None:
    """Where the capitalised adjectives of a German name in the genitive or dative start in the
    words ``before`` its organisation noun ("Europäischen" in "Europäischen Union"), after the
    lower-case adjectives describing it ("unabhängigen Internationalen"); None when the words end
    in no such adjectives ("Niederländisches Gericht" is in the nominative already)."""
    first = 0
    while first < len(before) and _GERMAN_ADJECTIVE.match(before[first]):
        if before[first].lower() in lexicon.determiners:
            return None
        first += 1
    rest = before[first:]
    if not rest or not all(_PROPER_ADJECTIVE.match(word) for word in rest):
        return None
    return first


def _is_place(name: str, lexicon: _Lexicon) -> bool:
    """Whether ``name`` is a place of the ``organisations`` lexicon ("Österreich", "Wien")."""
    entry = lexicon.organisations.get(name.lower())
    return entry is not None and entry[2] == "place"


def _place_genitive(word: str, lexicon: _Lexicon) -> bool:
    """Whether ``word`` is a place in the genitive ("Irans", "Russlands"): one of the
    ``organisations`` lexicon, or a name ending like a country (the ``place_endings`` word role:
    "Saudi-Arabiens", "Irlands", "Frankreichs"). After a role or an organisation noun it says
    whose they are ("der Sprecher Irans", "die Regierung Russlands", "Der Oberste Gerichtshof
    Saudi-Arabiens"), it is not their name."""
    if len(word) <= _MIN_SUFFIX or not word.endswith("s"):
        return False
    stem = word[:-1].lower()
    entry = lexicon.organisations.get(stem)
    if entry is not None:
        return entry[2] == "place"
    return bool(lexicon.place_endings) and stem.endswith(lexicon.place_endings)


def _place_word(word: str, lexicon: _Lexicon) -> bool:
    """Whether ``word`` is a place of the ``organisations`` lexicon, in the nominative or the
    genitive ("Österreich", "Italiens")."""
    entry = lexicon.organisations.get(word.lower())
    return (entry is not None and entry[2] == "place") or _place_genitive(word, lexicon)


def _proper_run(body: list[str], start: int) -> list[str]:
    run: list[str] = []
    for word in body[start:]:
        named = _is_capitalised(word) or word in {"am", "of", "the", "&"}
        if word == "," or not (named or ("." in word and _WEB_ADDRESS.fullmatch(word))):
            break
        run.append(word)
    return run


def _named(
    body: list[str],
    lexicon: _Lexicon,
    *,
    genitive: bool,
    plural: bool | None,
    noun_genitive: bool = False,
    article: bool = False,
) -> MentionInfo | None:
    """A German mention that is a name: "Wladimir Putin", "die „Computerwoche“".

    ``genitive`` marks a name in the genitive ("Putins"), ``noun_genitive`` a word after an
    article of the genitive singular ("des Hauptsponsors"), which may end in "-es" too.
    ``article`` marks words after an article: one capitalised word right after it, neither
    quoted nor an abbreviation nor a first name nor a name written with an article (the
    ``article_names`` word role: "der Spiegel"), is a common noun ("der Hacker", "die
    Küstenwache"), which names someone as a role does, not by name (a person's name takes no
    article; "die „Computerwoche“", "des ORF" are names; "die geborene Lopez" is Lopez).
    """
    lone = next((word for word in body if _is_capitalised(word) and word), "")
    # A name in quotation marks ("die „Computerwoche“") is the name without them.
    body = [word.strip(_QUOTE_CHARS) or word for word in body]
    start = 0
    while start < len(body) and not _is_capitalised(body[start]):
        start += 1
    names = _name_run(body, start, lexicon)
    if not names or _adverbial_opening(body, start, names, lexicon):
        return None
    names = [_strip_marks(word) for word in names]
    names = _person_name([word for word in names if word], lexicon)
    if not names or (len(names) == 1 and names[0].lower() in lexicon.name_context):
        return None
    if noun_genitive and len(names) == 1:
        names[-1] = _genitive_noun_base(names[-1])
    elif genitive:
        names[-1] = _genitive_base(names[-1])
    after = body[start + 1].lower() if start + 1 < len(body) else ","
    if (
        # After an article, or after adjectives without one ("laut österreichischer Erhebung"):
        # a person's name takes neither.
        (
            (article and start == 0)
            # "Bedeutung des Themas": a name is followed by no "des" (the
            # ``genitive_singular`` role)
            or (start == 0 and after in lexicon.genitive_singular)
            or (
                not article
                and start > 0
                and all(
                    _GERMAN_ADJECTIVE.match(word)
                    and word not in lexicon.particles  # "de Maizière"
                    and word not in lexicon.function_words
                    for word in body[:start]
                )
            )
        )
        and len(names) == 1
        and body[start] == lone  # not quoted ("die „Computerwoche“")
        # "Die Alternative, die …"; a genitive after the noun: "die Bedeutung des Themas"
        and (after in {",", "("} or after in lexicon.genitive_openers)
        and not lone.isupper()
        and lone not in lexicon.first_names
        and names[0].lower() not in lexicon.article_names
    ):
        noun = names[0]  # "des Blogs": "Blog"
        return MentionInfo(
            name=noun, kind=_KIND_UNKNOWN, key=noun.lower(), plural=plural, generic=True
        )
    gender = _first_name_gender(names, lexicon)
    has_first = names[0] in lexicon.first_names and len(names) > 1
    kind = _KIND_PERSON if has_first else _KIND_UNKNOWN
    if len(names) == 1 and names[0].lower() in lexicon.article_names:
        kind = _KIND_ORGANISATION  # a medium or a party: "der Kurier", "die Grünen"
    return MentionInfo(
        name=" ".join(names),
        kind=kind,
        key=_name_key(names, lexicon),
        gender=gender,
        plural=plural or False,
        named=True,
        name_gender=gender if has_first else None,
    )


def _adverbial_opening(body: list[str], start: int, names: list[str], lexicon: _Lexicon) -> bool:
    """Whether a single capitalised word opening a mention is an adverb or participle that the
    sentence start capitalised, not a name: it is followed by a preposition that never attaches
    to a name ("Kurz vor Weihnachten", "Gleich nach Bekanntwerden", "Konfrontiert mit den
    Vorwürfen"), unlike those of the ``name_attachments`` lexicon ("Müller von der SPD")."""
    if start != 0 or len(names) != 1 or names[0] in lexicon.first_names or len(body) < _NAME_WORDS:
        return False
    after = body[1].lower()
    if after in lexicon.name_attachments or after in lexicon.joiners:
        return False
    if after in lexicon.prepositions:
        return True
    # Before the lower-case modifiers of a noun it is an adverb too: "Nicht näher genannten
    # Quellen", "Vorwiegend junge Moskowiter" (a name is not followed by an adjective and a
    # noun of its own; "Merkel selbst" has no noun after).
    if not body[1][:1].islower() or after in lexicon.particles or after in lexicon.determiners:
        return False  # "Auswertung des Radars": a genitive attached to a noun
    for word in body[2:]:
        if word in {",", "("}:
            break
        if word[:1].isupper():
            return True
    return False


class _Draft:
    """A speaker being assembled from the mentions of one article.

    A plain class (not attrs with ``factory=``): one is built per speaker in the hot path, and
    plain classes compile with mypyc. Slotted: built and read without an instance dictionary.
    """

    __slots__ = (
        "aliases",
        "bare",
        "classifiers",
        "common",
        "gender",
        "key",
        "kind",
        "knighted",
        "name",
        "name_gender",
        "named",
        "owned",
        "plural",
        "proper",
        "role_heads",
        "roles",
    )

    def __init__(
        self,
        *,
        name: str,
        kind: SpeakerKind,
        key: str,
        gender: str | None,
        plural: bool | None,
        named: bool,
    ) -> None:
        self.name = name
        self.kind = kind
        self.key = key
        self.gender = gender
        self.plural = plural
        self.named = named
        # How many of its mentions are common nouns ("the company") and how many are not: a
        # capitalised one ("Analysts said", "the Government") may be a common noun that opens
        # a sentence or a proper name ("Labour"); the more frequent reading wins, and a
        # person's name ("Hans Huber") makes the speaker named whatever else names them.
        self.common = 0
        self.proper = 0
        self.roles: list[str] = []
        self.aliases: list[str] = []
        self.role_heads: set[str] = set()
        #: the organisation nouns the text introduces its name with ("oil firm Yukos": "firm")
        self.classifiers: set[str] = set()
        #: named so far only by a role of someone else's ("Michael Jackson's mother")
        self.owned = False
        #: the gender its names give ("Mr", "Cherie"), not a pronoun that was taken to mean it
        self.name_gender: str | None = None
        #: whether its title is one of knighthood (MentionInfo.knighted)
        self.knighted: bool | None = None
        #: a one-word name of unknown kind that the article never writes after a capitalised
        #: word (no given name, no title: "Lycos", "India"); a "he" or "she" prefers a person
        self.bare = False

    @property
    def generic(self) -> bool:
        """Whether the article names this speaker by common nouns only (mostly, when some
        capitalised mention could be read either way)."""
        return not self.named and self.common > self.proper

    def absorb(self, info: MentionInfo) -> None:
        """Add a mention's name, role and kind to this draft."""
        if info.generic:
            self.common += 1
        elif info.generic is not None:
            self.proper += 1
        if info.named and info.name != self.name:
            if len(info.name.split()) > len(self.name.split()) or not self.named:
                if self.named:
                    self.aliases.append(self.name)
                self.name = info.name
                self.named = True
            elif info.name not in self.aliases:
                self.aliases.append(info.name)
        if info.role and info.role not in self.roles:
            self.roles.append(info.role)
        if info.role_head:
            self.role_heads.add(info.role_head)
        if self.kind is _KIND_UNKNOWN and info.kind is not _KIND_UNKNOWN:
            self.kind = info.kind
        if self.name_gender is None and info.named and info.name_gender is not None:
            # A name's gender ("Ms Rellie") outweighs one a pronoun or a role gave before it
            # ("Jemima Rellie … he said", a man the text did not name)
            self.gender = info.name_gender
        elif self.gender is None and info.gender is not None:
            self.gender = info.gender
        if self.name_gender is None and info.named:
            self.name_gender = info.name_gender
        if self.knighted is None and info.named:
            self.knighted = info.knighted
        if self.plural is None:
            self.plural = info.plural


class _MentionReading(NamedTuple):
    """What :meth:`SpeakerRegistry.resolve_mention` reads from a mention's words: the speakers
    of a coordination ("Anna und Ben"), else the one mention's analysis, and whether that is a
    personal pronoun (the ``personal_pronouns`` word role: "er", "she")."""

    coordination: tuple[MentionInfo, ...]
    info: MentionInfo | None
    personal: bool
    #: a demonstrative that means the person mentioned last (the ``latter_pronouns`` word
    #: role: "dieser", "letztere")
    latter: bool = False


@functools.lru_cache(maxsize=16384)
def _mention_reading(
    words: tuple[str, ...], language: str, genitive: bool, plural: bool | None
) -> _MentionReading:
    """The reading of an attribution's mention words, cached: an article's speakers are named
    by the same words again and again, and one look-up here replaces the coordination check
    (which lowers every word), the analysis' own cache look-up and the pronoun check."""
    coordination: tuple[MentionInfo, ...] = ()
    if not genitive:
        coordination = analyse_coordination(words, language=language, plural=plural)
    if coordination:
        return _MentionReading(coordination, None, personal=False)
    info = _analyse_cached(words, language, genitive, plural)
    # a pronoun alone, or a possessive before a noun of saying ("lautet sein Fazit")
    pronoun = info is not None and info.pronoun and info.name == words[0]
    low = words[0].lower()
    lexicon = _lexicon(language)
    return _MentionReading(
        (),
        info,
        personal=pronoun and low in lexicon.personal_pronouns,
        latter=pronoun and low in lexicon.latter_pronouns,
    )


on_registry_change(_mention_reading.cache_clear)


class SpeakerRegistry:
    """Merges the speaker mentions of one article, in text order, into speakers.

    ``known`` looks up the people an article names in full (full names, roles) by surname: a
    speaker mention with that surname takes their name, roles and gender. Two people who share
    a surname but not their given names ("John Howard", "Michael Howard") stay two speakers; a
    bare surname goes to the one of them mentioned last, and takes no full name from ``known``
    when the article names several such people.
    """

    def __init__(
        self,
        known: Callable[[str], Sequence[MentionInfo]] | None = None,
        mentioned: MentionedReader | None = None,
        introduced: Callable[[str], Introduction | None] | None = None,
        written_alone: Callable[[str], bool] | None = None,
        language: str | None = None,
        text: str = "",
    ) -> None:
        self._drafts: list[_Draft] = []
        self._by_key: dict[str, list[int]] = {}
        self._recent: list[int] = []
        self._known = known
        self._text = text  # the article's text (for a given name alone: _given_name_person)
        self._given_lookups = 0
        # The people the sentences between two offsets mention, the latest sentence first
        # (KnownPeopleBase.mentioned): whom a pronoun may mean besides the speakers.
        self._mentioned = mentioned
        # Whether the text introduces a one-word name as an organisation's
        # (introduced_organisation): how, or None if it does not.
        self._introduced = introduced
        # Whether the text never writes a name after a capitalised word (written_alone).
        self._written_alone = written_alone
        # The nouns that, alone, mean the company quoted before ("the company"), and whether a
        # one-word name of unknown kind may be that company: not where every noun is
        # capitalised ("der Test"), see _by_company_noun.
        lexicon = None if language is None else _lexicon(language)
        self._company_nouns = frozenset() if lexicon is None else lexicon.company_nouns
        # Given names of the lexicon: one alone may be a person the article names in full
        # ("Jamie Costin … Jamie knew", see _given_name_person).
        self._first_names: Container[str] = {} if lexicon is None else lexicon.first_names
        # (the lexicon's own sets, not copies: a registry is built for every article)
        self._news_media = frozenset() if lexicon is None else lexicon.news_media
        self._article_names = frozenset() if lexicon is None else lexicon.article_names
        self._organisation_nouns: Container[str] = {} if lexicon is None else lexicon.organisations
        self._classifiers = frozenset() if lexicon is None else lexicon.organisation_classifiers
        self._agent_prepositions = frozenset() if lexicon is None else lexicon.agent_prepositions
        self._tenure_adjectives = frozenset() if lexicon is None else lexicon.tenure_adjectives
        # Nationalities and regions: an epithet of origin names anyone, whatever their role
        # ("Jean Todt … der Franzose", see _other_role).
        self._demonyms: Container[str] = frozenset() if lexicon is None else lexicon.demonyms
        # What the text says about a word ("Delta" after a lower-case word, "there" in lower
        # case), searched once per word: see _sentence_opening_thing.
        self._name_evidence: dict[str, bool] = {}
        # Where the text writes each age an epithet names: its first "54-", and each name it
        # gives that age in apposition (see _epithet_person), searched once per age.
        self._ages: dict[str, tuple[int, list[tuple[int, tuple[str, ...]]]]] = {}
        self._bare_companies = lexicon is not None and lexicon.grammar is not SpeakerGrammar.GERMAN
        # Whether epithets carry no gender ("the American", "the 31-year-old"): they may rename
        # only the one person named since the last quotation (see _sole_person)
        self._genderless_epithets = self._bare_companies
        # When each speaker was last touched, and the last coordination ("Anna und Ben") with
        # when it last spoke: a plural pronoun after it ("Sie fügten hinzu") means all of them.
        self._clock = 0
        self._stamps: dict[int, int] = {}
        self._group: tuple[int, ...] = ()
        self._group_stamp = 0

    def resolve_mention(
        self, attribution: Attribution, language: str, since: int = -1
    ) -> tuple[int, ...]:
        """The numbers of the speakers an attribution's mention names, in text order: one, all
        the speakers of a coordination ("Anna Berg und Ben Schmidt", and "sie" after them), or
        none (no mention, a pronoun with nobody to point to, words naming no speaker).

        ``since`` is where the quotation before this one ended: a personal pronoun (the
        ``personal_pronouns`` word role: "er", "she"; not "dieser", "letztere") may point to a
        person the sentences after it mention (:meth:`mentioned_person`); -1 looks at none.
        """
        words = attribution.mention_words
        mention = attribution.mention
        if mention is None or not words:
            return ()
        reading = _mention_reading(words, language, attribution.genitive, attribution.plural)
        if reading.coordination:
            return self.add_group(reading.coordination)
        info = reading.info
        if info is None:
            if "," in self._text[mention.start : mention.end]:
                return ()  # "A spokesman for US Immigration, Customs and Enforcement, Dean Boyd"
            return self._joined_names(words, language)
        if info.pronoun:
            mentioned = None
            before = -1
            if since >= 0 and reading.latter and not info.plural:
                # "Peter Huber traf Karl Berger. Dieser sagte, …": the one mentioned last
                before = min(attribution.content.start, mention.start)
                mentioned = self._latter_person(info, since, before)
            elif since >= 0 and reading.personal:
                # Up to the pronoun or the content before it: the people the content names
                # are not meant ("Peter Berg habe gelogen, sagte er"), unless a subordinator
                # opens the frame, which then tells the source of a statement of fact, often
                # about its own subject ("Bürgermeister Peter Lang will, wie er am Montag
                # sagte, nicht mehr kandidieren", "Der Konzern hat … verdient, wie er mitteilte")
                before = (
                    mention.start
                    if self._subordinate_frame(attribution, language)
                    else min(attribution.content.start, mention.start)
                )
                if info.plural:
                    group = self._mentioned_group(since, before, language)
                    if group:
                        return group
                else:
                    mentioned = self.mentioned_person(info, since, before)
            if mentioned is not None:
                return (mentioned,)
            number = _lexicon(language).pronouns.get(info.name.lower(), ("", ""))[1]
            numbers: tuple[int, ...] = ()
            if info.plural and number == _PLURAL_OR_SINGULAR:
                numbers = self._singular_they(language)
            if not numbers:
                numbers = self.resolve_pronoun_speakers(info)
            if not numbers and before >= 0:
                oblique = self.oblique_person(info, since, before)
                if oblique is None:
                    oblique = self.quoted_person(info, since, before, language)
                if oblique is None and since > 0 and info.gender in _PERSON_GENDERS:
                    # "Merkel und Macron trafen sich. „…“, sagte Macron. Sie ergänzte": no
                    # speaker of its gender, a person named by name before the last quotation
                    oblique = self._earlier_person(info, before, language)
                if oblique is not None:
                    return (oblique,)
            if (
                not numbers
                and info.plural is None
                and info.gender is not None
                and number == _EITHER_NUMBER
            ):
                # Number unknown ("Ihrer Meinung nach ist …": the verb is the content's): "sie",
                # "ihrer" with no woman to mean are the plural "they", "their"
                numbers = self.resolve_pronoun_speakers(
                    attrs.evolve(info, gender=None, plural=True)
                )
            return numbers
        if info.epithet:
            # up to the epithet or the content before it, as for a pronoun
            meant = self._epithet_person(
                info, since, min(attribution.content.start, mention.start), language
            )
            if meant is not None:
                return (meant,)
        holder = self._role_holder(info, words, (since, mention.start))
        if holder is None and since > 0:
            # "Innenminister Karl Huber besuchte das Lager. „…“, sagte die Lagerleiterin. Der
            # Minister versprach, …": past another speaker's quotation, in the few sentences
            # before (no speaker holds the role, and only one person named there does)
            holder = self._role_holder(
                info, words, (max(0, mention.start - _ROLE_LOOKBACK), mention.start), exact=True
            )
        if holder is None and since >= 0 and self._renames(info, attribution, language):
            # up to the epithet or the content before it, as for a pronoun
            renamed = self.mentioned_person(
                attrs.evolve(info, pronoun=True, generic=False),
                since,
                min(attribution.content.start, mention.start),
                named=True,
            )
            if renamed is None:
                renamed = self._renamed_speaker(info)
            if renamed is not None:
                return (renamed,)
        if (
            holder is None
            and since >= 0
            and self._genderless_epithets
            and _genderless_epithet(info, words, self._demonyms)
        ):
            # "Andy Roddick lost in the semi-final. The American said …"
            before = min(attribution.content.start, mention.start)
            sole = self._sole_person(since, before, language)
            if sole is None:
                sole = self._unrenamed_speaker(info, since, before)
            if sole is not None:
                return (sole,)
        if (
            holder is None
            and since >= 0
            and self._genderless_epithets
            and _role_epithet(info, words)
            and info.role_head not in _lexicon(language).participant_roles
            and self._by_role(info) is None
        ):
            # "Michael Owen scored twice. The England striker said …"
            last = self._recent[-1] if self._recent else None
            sole = self._sole_person(
                since, min(attribution.content.start, mention.start), language, roleless=True
            )
            if sole is not None and sole != last:
                return (sole,)
        if holder is None and since >= 0 and self._company_noun_alone(info):
            # "Apple unveiled its new iPhone. The firm said …": no company quoted before, the
            # one the sentences since the last quotation open with
            company = self._mentioned_organisation(since, mention.start)
            if company is None:
                company = self._article_organisation(mention.start, language)
            if company is not None:
                return (company,)
        return (self.add(info if holder is None else holder),)

    def _renames(self, info: MentionInfo, attribution: Attribution, language: str) -> bool:
        """Whether a definite mention by a role or an origin may rename the person named in
        the sentences before, as "er" would mean them: "Markus Söder kritisierte die
        Ampel. „…“, sagte der CSU-Chef." is Markus Söder, and so are "der Bayer", "die
        dreifache Grand-Slam-Siegerin" after a name. Only the subject of a verb of saying or of
        "so" (not "nach Angaben der Ärzte", "die Forderung der Verteidigung": no nominative),
        of one gender, singular, and a role ("CSU-Chef", "der Stürmer": a bare one when
        :meth:`_role_holder` found no holder of it, and only for a person of no other role, see
        :func:`_other_role`) that news does not give people it leaves unnamed ("der
        Polizeisprecher", "die Richterin": the ``participant_roles`` word role), or a word of
        unknown kind with an ending of a person's noun ("der Spanier", "der Serbe":
        ``epithet_endings``)."""
        words = attribution.mention_words
        lexicon = _lexicon(language)
        if (
            info.named
            or not info.generic
            or info.plural
            or info.gender not in _PERSON_GENDERS
            or attribution.plural
            or len(words) < _EPITHET_WORDS
            or words[0].lower() not in lexicon.epithet_articles
            or not all(word.islower() for word in words[1:-1])
        ):
            return False
        text = self._text
        for cue in attribution.cue:
            low = text[cue.start : cue.end].lower()
            if low in lexicon.prepositions or low in lexicon.statement_nouns:
                return False
        if info.kind is _KIND_UNKNOWN:
            return info.role is None and words[-1].endswith(lexicon.epithet_endings)
        head = info.role_head
        if info.kind is not _KIND_PERSON or head is None or head in lexicon.participant_roles:
            return False
        # A bare role ("der Stürmer"): not someone new ("der neue Bürgermeister") nor a speaker
        # of that role quoted before, whom the role means (see _by_role).
        return (info.role or "").lower() != head or not (
            _says_tenure(words, lexicon.tenure_adjectives) or self._by_role(info) is not None
        )

    def _unrenamed_speaker(self, info: MentionInfo, since: int, before: int) -> int | None:
        """The speaker quoted last, a person named by name, whom an English age epithet or
        nationality (``info``) means when the sentences between ``since`` (the last quotation's
        end) and ``before`` name nobody, by name or as a person ("…," said Lawrence Dallaglio.
        The 32-year-old felt …"; "Kuznetsova says …. The Russian said …"; not after "A teenager
        was arrested."), and, for an age, the text gives that speaker no other age ("Lawrence
        Dallaglio, 32, … The 19-year-old")."""
        if (
            not self._recent
            or self._mentioned is None
            or (
                since < before
                and _SENTENCE_BREAK.search(self._text, max(0, since - 1), before) is None
            )
        ):
            # (after the last quotation in its sentence an epithet is someone else: "Dallas
            # said that Deans was tackled short, but the Kiwi said …")
            return None
        for sentence in self._mentioned(since, before):
            if any(
                not mention.info.pronoun
                and (mention.info.named or mention.info.kind is _KIND_PERSON)
                for mention in sentence
            ):
                return None
        number = self._recent[-1]
        draft = self._drafts[number]
        if draft.kind is not _KIND_PERSON or not draft.named or draft.plural:
            return None
        if not info.epithet:
            return number  # a nationality ("Kuznetsova says …. The Russian said …")
        age = info.name.partition("-")[0]
        surname = draft.name.split()[-1]
        apposed = re.compile(rf"\b{re.escape(surname)}(?:, | \()(\d{{1,3}})\b")
        if any(match.group(1) != age for match in apposed.finditer(self._text, 0, before)):
            return None  # the text gave them another age
        return number

    def _renamed_speaker(self, info: MentionInfo) -> int | None:
        """The speaker quoted last, whom an epithet renames when no sentence since names anyone
        it may mean: a person of its gender named by name, and the epithet either a compound
        that names a party or body ("Bundesinnenminister Alexander Dobrindt sagte Hilfe zu.
        „…“, erklärte der CSU-Politiker.", "der Parteichef"; not the same office of another body:
        "der SPÖ-Chef" after "ÖVP-Chef Christian Stocker") or the role the text gave them
        ("Bundeskanzler Friedrich Merz … der Kanzler", "der türkische Regierungschef"). A role
        of a speaker the text gave no such role may be someone new ("„…“, sagte Scholz. „…“,
        sagte der Minister.", "sagte Kommissar Johannes Hahn … sagte der türkische Premier"):
        None."""
        if not self._recent:
            return None
        number = self._recent[-1]
        draft = self._drafts[number]
        head = info.role_head
        if (
            draft.kind is not _KIND_PERSON
            or not draft.named
            or draft.plural
            or draft.gender is None
            or draft.gender != info.gender
            or head is None
        ):
            return None
        role = (info.role or "").lower()
        if role != head and " " not in role:
            mine, office = _body_and_office(info.role)
            if any(
                mine and mine != theirs and office == their_office
                for theirs, their_office in map(_body_and_office, draft.roles)
            ):
                return None  # "der SPÖ-Chef" is not "ÖVP-Chef Christian Stocker"
        elif not any(their_head.endswith(head) for their_head in draft.role_heads):
            return None
        self._touch(number)
        return number

    def _singular_they(self, language: str) -> tuple[int, ...]:
        """The speaker a plural pronoun with no group to mean stands for as one person: the
        speaker quoted last, when a person of no known gender named by a role of the
        ``they_roles`` word role ("A council spokesperson said … They added that …", also after
        a group quoted before: "Police said …. A force spokesperson said: “…” They added").
        Other roles are not taken: in the BBC corpus such a "they" means people merely
        mentioned ("The finance minister has urged councils … but they have warned that …") or
        a group quoted before ("The men claim …. A QC said …. They claim")."""
        if not self._recent:
            return ()
        number = self._recent[-1]
        draft = self._drafts[number]
        if (
            draft.kind is not _KIND_PERSON
            or draft.plural
            or draft.gender is not None
            or _lexicon(language).they_roles.isdisjoint(draft.role_heads)
        ):
            return ()
        self._touch(number)
        return (number,)

    def _epithet_person(
        self, info: MentionInfo, since: int, before: int, language: str
    ) -> int | None:
        """The person an epithet stands for ("Trainer Peter Huber ist seit drei Jahren im Amt.
        Der 54-Jährige sagte, …" is Peter Huber): whom a pronoun of its gender would mean, a
        person the sentences since the last quotation name (:meth:`mentioned_person`), else the
        last speaker of that gender. None, for a person of its own, when the text wrote the
        age before the epithet: it introduced someone by it ("Ein 31-jähriger Polizist sagte
        aus. … Der 31-Jährige"), or the age is another person's too."""
        if not self._text:
            return None
        number = info.name.partition("-")[0]
        written = self._ages.get(number)
        if written is None:
            written = self._ages[number] = (
                self._text.find(number + "-"),
                self._apposed_names(number),
            )
        first, names = written
        apposed = {name for position, name in names if position < before}
        if len(apposed) == 1:
            # "John Smith, 54, said … The 54-year-old added": the one the text gave that age
            person = analyse_mention(apposed.pop(), language=language)
            if person is not None and person.kind is not _KIND_ORGANISATION:
                return self.add(person)
        if info.gender is None or 0 <= first < before:
            return None
        pronoun = attrs.evolve(info, pronoun=True, generic=False, epithet=False)
        if since >= 0:
            # An age is a person's, never a body's; when no sentence names one as a subject or
            # object, one after a preposition is meant ("Das Interesse der Borussia an
            # Aleksandar Dragovic … Reizvoll wäre es, sagte der 25-Jährige").
            mentioned = self.mentioned_person(
                pronoun, since, before, people_only=True
            ) or self.mentioned_person(pronoun, since, before, people_only=True, oblique=True)
            if mentioned is not None:
                return mentioned
        return self.resolve_pronoun(pronoun)

    def _apposed_names(self, age: str) -> list[tuple[int, tuple[str, ...]]]:
        """Where and with which name (its capitalised words right before the age, at most
        :data:`_MAX_APPOSED_NAME`) the text gives the age ``age`` in apposition: "John Smith,
        54,", "Peter Huber (54)". Found with ``str.find``, in linear time."""
        names: list[tuple[int, tuple[str, ...]]] = []
        text = self._text
        for form in _APPOSED_AGES:
            written = form.format(age=age)
            found = text.find(written)
            while found >= 0:
                words = text[max(0, found - _MAX_APPOSED_NAME * _MAX_NAME_WORD) : found].split()
                name: list[str] = []
                for word in reversed(words[-_MAX_APPOSED_NAME:]):
                    if not word[:1].isupper() or not word.replace("-", "").isalpha():
                        break
                    name.insert(0, word)
                if name:
                    names.append((found, tuple(name)))
                found = text.find(written, found + len(written))
        return names

    def _joined_names(self, words: Sequence[str], language: str) -> tuple[int, ...]:
        """The speakers of capitalised names joined by "and" that the mention's words alone
        do not tell apart from one name ("Apple and Google said" as "Marks and Spencer said"):
        two or more speakers when the text writes one of the names apart from the whole too (an
        article on Intel and Advanced Micro Devices names Intel alone as well; "Johnson and
        Johnson" holds its name twice), or one is a person ("Irishmen JP McManus and John
        Magnier") or an acronym ("EADS and BAE Systems"), else one organisation of the whole
        name ("Marks and Spencer", "Ironhorse Oil and Gas", as "Ernst & Young"); none when a
        word other than a joiner is in lower case ("the world 200m and 400m record holder")."""
        lexicon = _lexicon(language)
        lows = [word.lower() for word in words]
        if lexicon.joiners.isdisjoint(lows) or not self._text:
            return ()
        start = 1 if lows[0] in lexicon.determiners else 0
        names = words[start:]
        if not names or not all(
            (_is_capitalised(word) and word != ",") or word.lower() in lexicon.joiners
            for word in names
        ):
            return ()
        whole = " ".join(names)
        parts = analyse_coordination(names, language=language, plural=True)
        written = self._text.count(whole)
        if parts and any(
            part.kind is _KIND_PERSON
            or _is_acronym(part.name)
            or self._text.count(part.name) > written * whole.count(part.name)
            for part in parts
        ):
            return self.add_group(parts)
        return (
            self.add(
                MentionInfo(
                    name=whole,
                    kind=_KIND_ORGANISATION,
                    key=whole.lower(),
                    gender="n",
                    plural=False,
                    named=True,
                )
            ),
        )

    def _role_holder(
        self,
        info: MentionInfo,
        words: Sequence[str],
        extent: tuple[int, int],
        *,
        exact: bool = False,
    ) -> MentionInfo | None:
        """The person a definite role alone means when no speaker has that role and the
        sentences between ``extent``'s offsets (the last quotation's end and the mention) name
        one person holding it: "Home Secretary Yvette Cooper visited the scene. “…,” the home
        secretary said" is Yvette Cooper, "Judge Peter Smith sentenced Brown. The judge said"
        Peter Smith. None for anyone else ("a judge", "the judges", a name, "the new
        manager"). With ``exact`` the holder holds that office itself (:func:`_same_office`)."""
        if (
            self._mentioned is None
            or info.named
            or info.pronoun
            or not info.role_head
            or info.indefinite
            or info.plural
            or info.kind is not _KIND_PERSON
            or self._by_role(info) is not None
            or _says_tenure(words, self._tenure_adjectives)
        ):
            return None
        since, before = extent
        # Reading the people of the sentences costs a tokenization and a phrase analysis each;
        # the few that name a holder write the role there, so a search of the text comes first,
        # and only a sentence that writes it is read.
        cores = _role_cores(info.role or "")
        if not self._role_written(cores, max(since, 0), before):
            return None
        holders = [
            mentioned.info
            for sentence in self._mentioned(since, before, cores)
            for mentioned in sentence
            if mentioned.info.named
            and mentioned.info.kind is _KIND_PERSON
            and mentioned.info.plural is False
            and _role_within(info.role or "", mentioned.info.role or "")
            and (not exact or _same_office(info.role or "", mentioned.info))
        ]
        # Only one person holding just that role: "the Austrian chancellor" is not the German
        # chancellor named before, and with two ministers named "the minister" is either.
        if len({holder.key for holder in holders}) != 1:
            return None
        return holders[0]

    def _role_written(self, cores: Sequence[str], since: int, before: int) -> bool:
        """Whether ``text[since:before]`` may name a holder of a role: the ``cores`` of its
        words (:func:`_role_cores`) are written there. False means that no person the sentences
        in between mention holds it (:func:`_role_within`)."""
        written = self._text[since:before].lower()
        return all(core in written for core in cores)

    def add_group(self, infos: Sequence[MentionInfo]) -> tuple[int, ...]:
        """Register the speakers of a coordination; return their numbers in text order."""
        numbers = tuple(dict.fromkeys(self.add(info) for info in infos))
        if len(numbers) > 1:
            self._remember_group(numbers)
        return numbers

    def _remember_group(self, numbers: tuple[int, ...]) -> None:
        self._clock += 1
        self._group = numbers
        self._group_stamp = self._clock

    def resolve_pronoun_speakers(self, info: MentionInfo) -> tuple[int, ...]:
        """The speakers a pronoun points to: the last coordination for a plural pronoun spoken
        after it and after every plural speaker ("Anna und Ben … Sie fügten hinzu"), else
        :meth:`resolve_pronoun`'s one speaker."""
        if info.plural and self._group:
            single = self._pronoun_candidate(info)
            if single is None or self._stamps.get(single, 0) < self._group_stamp:
                self._remember_group(self._group)
                return self._group
        number = self.resolve_pronoun(info)
        return () if number is None else (number,)

    def touch_all(self, numbers: tuple[int, ...]) -> None:
        """Make the speakers ``numbers`` the most recent (a continuation spoke again)."""
        for number in numbers:
            self._touch(number)
        if len(numbers) > 1:
            self._remember_group(numbers)

    def add(self, info: MentionInfo) -> int:
        """Register a non-pronoun mention; return its speaker's number."""
        info = self._genitive_owner(info)
        if info.key not in self._by_key:
            info = self._given_name_person(info) or info
        number = self._by_name(info)
        if number is None and info.kind is not _KIND_ORGANISATION and not info.named:
            number = self._by_role(info)
            if number is None:
                number = self._by_bare_role(info)
        if number is None and info.kind is _KIND_ORGANISATION and not info.named:
            number = self._by_classifier(info)
            if number is None:
                number = self._by_company_noun(info)
        if number is None and info.named:
            number = self._by_role_or_given_name(info)
        if number is None:
            number = len(self._drafts)
            self._drafts.append(
                _Draft(
                    name=info.name,
                    kind=info.kind,
                    key=info.key,
                    gender=info.gender,
                    plural=info.plural,
                    # A title and a given name ("Sir Digby") give way to the full name the
                    # article writes ("Sir Digby Jones"), which names the speaker.
                    named=info.named and info.given is None,
                )
            )
            self._by_key.setdefault(info.key, []).append(number)
            self._drafts[number].owned = info.owned and not info.named
            if info.named and self._known is not None:
                # A title and a given name are looked up as written ("sir digby").
                lookup = info.key if info.given is None else info.name.lower()
                for known in _one_person(self._known(lookup), info):
                    self._drafts[number].absorb(known)
                    if known.key != info.key:
                        self._by_key.setdefault(known.key, []).append(number)
            self._classify(self._drafts[number], info)
            draft = self._drafts[number]
            if (
                self._written_alone is not None
                and draft.kind is _KIND_UNKNOWN
                and info.named
                and " " not in draft.name
            ):
                draft.bare = self._written_alone(draft.name)
        self._drafts[number].absorb(info)
        self._touch(number)
        return number

    def _given_name_person(self, info: MentionInfo) -> MentionInfo | None:
        """The person a given name alone names when the article introduces that given name
        with a surname, its first occurrence, and writes it with no other surname ("Jamie Costin
        should be paralysed. … Jamie knew …"): the full name, as the known people of that
        surname give it (:attr:`_known`); None otherwise ("Prince Charles … Charles Kennedy":
        the first "Charles" has no surname; another surname after it; no person of that given
        name among those of the surname)."""
        if (
            self._known is None
            or not info.named
            or " " in info.name
            or info.name not in self._first_names
            # each lookup reads the text: a bounded number per article keeps the work linear
            or self._given_lookups >= _GIVEN_NAME_LOOKUPS
        ):
            return None
        self._given_lookups += 1
        given, text = info.name, self._text
        first = _whole_word(text, given)
        # a word after the given name, a surname when capitalised (checked below: any script)
        introduced = None if first < 0 else _word_after(text, first + len(given))
        if introduced is None or not introduced[0].isupper():
            return None  # introduced otherwise first: "Prince Charles", "Stan Lee", "Virginia"
        surnames = {
            word
            for word in itertools.islice(_words_after(text, given), _GIVEN_NAME_OCCURRENCES)
            if word[0].isupper()
        }
        if len(surnames) != 1:
            return None
        people = [
            known
            for known in self._known(surnames.pop().lower())
            if known.kind is _KIND_PERSON and known.name.split()[0] == info.name
        ]
        return people[0] if len(people) == 1 else None

    def _genitive_owner(self, info: MentionInfo) -> MentionInfo:
        """A role and one name in the genitive ("Ein Sprecher Merkels", "Der behandelnde Arzt
        Lahms"): the role's holder speaks, not a person named "Merkels". A name ending in "s" is
        read so when the article knows the name without it, as a speaker or in full, or after an
        indefinite article ("Ein Anwalt Benkos": no one is "ein Minister Lammers"); otherwise it
        is a name of its own ("Minister Lammers")."""
        name = info.name
        if (
            not info.named
            or info.role is None
            or info.given is not None
            or " " in name
            or len(name) <= _MIN_SUFFIX
            or not name.endswith("s")
        ):
            return info
        owner = name[:-1].lower()
        if (
            not info.indefinite
            and owner not in self._by_key
            and not (self._known is not None and self._known(owner))
        ):
            return info
        role = f"{info.role} {name}"
        return attrs.evolve(
            info,
            name=role[:1].upper() + role[1:],
            key="role:" + role.lower(),
            role=role,
            named=False,
            generic=True,
            name_gender=None,
        )

    def _classify(self, draft: _Draft, info: MentionInfo) -> None:
        """Make a new speaker of one unknown-kind name an organisation when the text introduces
        the name with an organisation noun ("Russian oil firm Yukos …. Yukos said"): no "he" or
        "she" means it then, and the corpus lists it as an organisation."""
        if (
            self._introduced is None
            or draft.kind is _KIND_PERSON
            # a name, or an organisation its noun names ("der Ölkonzern Yukos"), no "der Konzern"
            or not (info.named or (info.kind is _KIND_ORGANISATION and not info.generic))
            or info.plural
            or info.given is not None
            or " " in draft.name
        ):
            return
        introduction = self._introduced(draft.name)
        if introduction is None:
            return
        if draft.kind is _KIND_UNKNOWN:
            draft.kind = _KIND_ORGANISATION
            draft.gender = introduction.gender or None
        # "the firm", "der Konzern", "der Ölkonzern" later mean it (see _by_classifier)
        draft.classifiers.update((introduction.noun, introduction.word))

    def _by_name(self, info: MentionInfo) -> int | None:
        """The speaker of ``info``'s key whose given names and gender agree ("Mrs Blair" is not
        Tony Blair), the most recent one first."""
        numbers = self._by_key.get(info.key)
        if numbers is None:
            return None
        if len(numbers) == 1 and not info.named:
            return numbers[0]
        fitting = [
            number
            for number in numbers
            if not info.named
            or (
                given_names_agree(self._drafts[number].name, info.name)
                and _genders_agree(self._drafts[number].name_gender, info.name_gender)
                and _knighthoods_agree(self._drafts[number].knighted, info.knighted)
            )
        ]
        if len(fitting) > 1:
            recent = {number: order for order, number in enumerate(self._recent)}
            return max(fitting, key=lambda number: recent.get(number, -1))
        return fitting[0] if fitting else None

    def _by_role(self, info: MentionInfo) -> int | None:
        """The most recent named speaker of the same role ("the spokesman" after "spokesman
        John Doe"), not of the same office of another body ("der ÖVP-Chef" after "SPÖ-Chef
        Andreas Babler"); none for an indefinite mention ("a spokesman" is someone else) or a
        plural one ("die Außenminister" are several, not the one named before)."""
        if not info.role_head or info.indefinite or info.plural:
            return None
        for number in reversed(self._recent[-_RECENT_LIMIT:]):
            draft = self._drafts[number]
            if (
                draft.named
                and info.role_head in draft.role_heads
                and not _another_body_office(info.role, draft.roles)
            ):
                return number
        return None

    def _by_bare_role(self, info: MentionInfo) -> int | None:
        """The most recent unnamed speaker of a role whom a definite bare role means again ("A
        spokesperson for Northgate Estates said … “…,” the spokesperson added", "Ein Sprecher
        der Polizei sagte … Der Sprecher fügte hinzu"): news names such a speaker by the role
        alone once it has introduced them. Not an indefinite or plural mention, nor a role with
        words of its own ("the council spokesman" may be someone else)."""
        head = info.role_head
        if (
            not head
            or len(head) < _SHORTEST_BARE_ROLE
            or info.indefinite
            or info.plural
            or (info.role or "").lower() != head
        ):
            return None
        for number in reversed(self._recent[-_RECENT_LIMIT:]):
            draft = self._drafts[number]
            if not draft.named and not draft.plural and head in draft.role_heads:
                return number
        return None

    def _by_classifier(self, info: MentionInfo) -> int | None:
        """The most recent organisation the text introduced with the noun an organisation
        mention is named by ("Budget airline Ryanair … The airline said", "der Ölkonzern Yukos
        … der Konzern"): that noun alone, definite and singular ("an airline", "airlines", "the
        central bank", "die Notenbank" and "Deutsche Bank" are others)."""
        if info.indefinite or info.plural or info.named or not info.generic:
            return None  # "Deutsche Bank" is a name of its own, no "the bank"
        # The noun alone: "the central bank", "die Notenbank" are other institutions.
        noun = info.name.lower()
        for number in reversed(self._recent[-_RECENT_LIMIT:]):
            if noun in self._drafts[number].classifiers:
                return number
        return None

    def _company_noun_alone(self, info: MentionInfo) -> bool:
        """Whether ``info`` is a noun of the ``company_nouns`` role, alone, definite and
        singular ("the firm"), that no company quoted before stands for (:meth:`_by_company_noun`),
        in a language that capitalises names only (a German noun is no name of a firm)."""
        return (
            self._bare_companies
            and not (info.indefinite or info.plural or info.named or not info.generic)
            and info.name.lower() in self._company_nouns
            and self._by_company_noun(info) is None
        )

    def _by_company_noun(self, info: MentionInfo) -> int | None:
        """The speaker a noun of the ``company_nouns`` role means, alone, definite and singular,
        when no organisation was introduced with it (:meth:`_by_classifier`): "Siemens teilte
        mit … Der Konzern erklärte", "Cairn said … The company also said" — news calls the
        company it quotes so. The most recent organisation the article names by more than common
        nouns (:attr:`_Draft.generic`: "OMV", not "die Polizei") among the recent speakers; else,
        in a language that capitalises names only, the most recent one-word name of unknown kind
        never written after a given name or title. None when neither spoke before: the noun
        stays the speaker."""
        if info.indefinite or info.plural or info.named or not info.generic:
            return None
        if info.name.lower() not in self._company_nouns:
            return None
        recent = [
            number
            for number in reversed(self._recent[-_RECENT_LIMIT:])
            if not self._drafts[number].generic
            and not self._drafts[number].plural
            and not self._no_company(self._drafts[number].name)
        ]
        for number in recent:
            if self._drafts[number].kind is _KIND_ORGANISATION:
                return number
        if not self._bare_companies:
            return None
        for number in recent:
            draft = self._drafts[number]
            if (
                draft.kind is _KIND_UNKNOWN
                and draft.named
                and draft.bare
                # no English plural ("Unions")
                and not draft.name.endswith("s")
            ):
                # A one-word name never written after a given name or title ("Cairn"): the
                # company the noun means, which then counts as an organisation (the mention's
                # kind joins it). A surname the article never gives with a first name is taken
                # for a company too ("Smith said … The company said"): news names people in
                # full first, so this is rare (none on the shared BBC corpus).
                return number
        return None

    def _no_company(self, name: str) -> bool:
        """Whether a speaker's name says it is no company "the company" can mean: a news medium
        reporting on it (the ``news_media`` and ``article_names`` roles: "Reuters", "der
        Kurier", "the Financial Times") or an institution headed by an organisation noun that
        is neither a company noun nor an ``organisation_classifiers`` noun ("the European
        Commission", "the Securities and Exchange Commission", and so the short "the
        Commission"; "Deutsche Bank" is a company)."""
        low = name.lower()
        words = low.split()
        if not words:
            return True
        last = words[-1]
        media = (self._news_media, self._article_names)
        if any(last in names or low in names for names in media):
            return True
        return (
            last in self._organisation_nouns
            and last not in self._company_nouns
            # a company's own noun ("Zentrix Bank", "Deutsche Bank") is none of these
            and last not in self._classifiers
        )

    def _by_owned_role(self, info: MentionInfo) -> int | None:
        """The most recent speaker named so far only by a role of someone else's with the role
        of a named mention ("Michael Jackson's mother …. His mother Katherine Jackson told …"):
        that role names one person, and the name given later is theirs. Only a bare role ("his
        mother") is compared: "The Scottish National Party's leader … Scottish Conservative
        Party leader David McLetchie" are two leaders."""
        for number in reversed(self._recent[-_RECENT_LIMIT:]):
            draft = self._drafts[number]
            if draft.owned and not draft.named and info.role_head in draft.role_heads:
                return number
        return None

    def _by_role_or_given_name(self, info: MentionInfo) -> int | None:
        """The speaker a named mention names that its key does not find: one named before by a
        role of someone else's (:meth:`_by_owned_role`) or by a full name with the given name a
        title names alone (:meth:`_by_given_name`); the key is remembered for it."""
        number = None
        if info.role and info.role.lower() == info.role_head:
            number = self._by_owned_role(info)
        if number is None and info.given is not None:
            number = self._by_given_name(info)
        if number is not None:
            self._by_key.setdefault(info.key, []).append(number)
        return number

    def _by_given_name(self, info: MentionInfo) -> int | None:
        """The most recent named person whose first given name is the one a title names alone
        ("Sir John Bourn, head of the NAO, said … ‘…,’ said Sir John"), of an agreeing gender."""
        for number in reversed(self._recent[-_RECENT_LIMIT:]):
            draft = self._drafts[number]
            words = draft.name.split()
            if (
                draft.named
                and len(words) >= _NAME_WORDS
                and words[0] == info.given
                and _genders_agree(draft.name_gender, info.name_gender)
            ):
                return number
        return None

    def resolve_pronoun(self, info: MentionInfo) -> int | None:
        """The most recent speaker whose gender and number fit the pronoun, if any."""
        number = self._pronoun_candidate(info)
        if number is not None:
            draft = self._drafts[number]
            self._touch(number)
            if draft.kind is _KIND_UNKNOWN and info.gender in {"m", "f"}:
                draft.kind = _KIND_PERSON
            if draft.gender is None and info.gender in {"m", "f"}:
                draft.gender = info.gender
        return number

    def _subordinate_frame(self, attribution: Attribution, language: str) -> bool:
        """Whether the attribution's pronoun comes right after a subordinator of
        ``function_words.txt`` after the start of its content ("…, wie er mitteilte", "…, as it
        said"): an adverbial clause set into or after what it reports."""
        mention = attribution.mention
        if mention is None or attribution.content.start >= mention.start:
            return False
        before = self._text[max(0, mention.start - _MAX_SUBORDINATOR) : mention.start]
        words = before.split()
        return (
            bool(words)
            and before[-1:].isspace()
            and words[-1].lower() in _lexicon(language).subordinators
        )

    def mentioned_person(
        self,
        pronoun: MentionInfo,
        since: int,
        before: int,
        *,
        named: bool = False,
        people_only: bool = False,
        oblique: bool = False,
    ) -> int | None:
        """The speaker a singular "er"/"sie" ("he"/"she") means when a sentence after the last
        quotation mentions a person of its gender: "Der Bürgermeister Hans Kurz besuchte am
        Montag die Baustelle. Er sagte, …" is Hans Kurz, not a man quoted before.

        The sentences between ``since`` (the last quotation's end) and ``before`` (where the
        pronoun or its content starts: "Sarkozy bestritt das, indem er sagte, …") are read the
        latest first; in each, the first person who fits the pronoun is the one meant ("Der
        Landrat Peter Berg traf Hans Kurz. Er sagte" is Peter Berg), never one in a
        prepositional phrase ("… the leave goes from the mother to the father. He also
        promised" is not the father). A personal pronoun of its gender before any such person
        continues someone named earlier ("Am Montag traf er Hans Kurz."), so that sentence is
        passed over. Which person fits is :meth:`_fits`'s. The person found becomes a speaker
        (or joins the speaker they are); None when no sentence names one, and the pronoun
        resolves to the last speaker of fitting gender (:meth:`resolve_pronoun`). With
        ``named``, a person who fits but is named by no name ("ein Passant") is no one's
        antecedent either: None. With ``people_only`` (an epithet of age, which only a person
        has), no organisation is meant; with ``oblique``, a person in a prepositional phrase may
        be.
        """
        gender = pronoun.gender
        if gender == "n" and pronoun.plural is False:
            return self._mentioned_organisation(since, before)
        if self._mentioned is None or gender not in _PERSON_GENDERS or pronoun.plural:
            return None
        for sentence in self._mentioned(since, before):
            first = True
            mentions = list(sentence)
            organisation: MentionInfo | None = None
            for number, mention in enumerate(mentions):
                info = mention.info
                if not oblique and (
                    mention.oblique or self._apposed_to_oblique(mention, mentions[:number])
                ):
                    continue
                if info.pronoun or (info.epithet and info.gender is not None):
                    if info.gender == gender:
                        # the sentence speaks of someone named before it ("Der 74-Jährige
                        # eröffnete die Sitzung. Er protestierte …")
                        organisation = None
                        break
                    continue
                if people_only and info.kind is _KIND_ORGANISATION:
                    continue
                if (
                    first
                    and not named
                    and info.kind is _KIND_ORGANISATION
                    and info.gender == gender
                    and info.plural is not True
                ):
                    # "Die Polizei hat eine Wohnung durchsucht. Sie teilte mit, …": a body of
                    # the pronoun's grammatical gender as the subject, unless a person fits
                    organisation, first = info, False
                    continue
                if info.plural is not False:
                    continue  # a group, for a later "they" (see _mentioned_group)
                info = self._apposed_name(info, mention, mentions[number + 1 : number + 2])
                subject, first = first, False
                fits = self._fits(info, pronoun, subject=subject)
                if fits is None or (
                    oblique
                    and not fits
                    and not mention.oblique
                    and (info.kind is _KIND_PERSON or info.gender is not None)
                ):
                    # (a person the sentence is about who does not fit keeps the pronoun
                    # from those after prepositions: "Allison, der mit Schumacher arbeitete")
                    return None
                if fits:
                    if named and (
                        not info.named
                        or _other_office(pronoun, info)
                        or (pronoun.role_head not in self._demonyms and _other_role(pronoun, info))
                        or _role_mentioned_apart(mentions, number, pronoun)
                    ):
                        return None
                    return self.add(info)
            if organisation is not None:
                return self.add(organisation)
        return None

    def _latter_person(self, pronoun: MentionInfo, since: int, before: int) -> int | None:
        """The speaker a demonstrative ("dieser", "letztere") means: the person of its gender
        mentioned last in the sentence right before it, or in its own sentence when it stands
        inside one, after ``since``, in any place of the sentence ("Peter Huber traf Karl Berger
        in Linz. Dieser sagte, …" is Karl Berger, "Huber sprach mit Berger. Dieser sagte" too);
        None when the last one mentioned does not fit, or is named by no name. No sentence
        further back is read, and a role is not taken: the rules know no genders of nouns, so
        the last noun of its gender may be no person they see ("… die Strafanzeige eines
        Privatdetektivs. Dieser behauptete" is not who came before, nor is "Am Morgen traf der
        Vorstand den Betriebsrat. Dieser …" the Vorstand)."""
        if self._mentioned is None or pronoun.gender not in _PERSON_GENDERS:
            return None
        sentence: Iterable[Mentioned] = next(iter(self._mentioned(since, before)), ())
        for mention in reversed(list(sentence)):
            info = mention.info
            if info.pronoun:
                continue  # someone named before the sentence
            fits = (
                info.named
                and not info.epithet
                and info.plural is False
                and bool(self._fits(info, pronoun, subject=False))
            )
            if fits:
                return self.add(info)
            if not mention.oblique:
                # only the last one is meant: an earlier person is no antecedent when that one
                # does not fit, unless it is a place after a preposition ("… in Linz. Dieser")
                return None
        return None

    def _apposed_to_oblique(self, mention: Mentioned, before: list[Mentioned]) -> bool:
        """Whether ``mention`` is in apposition to a role in the agent phrase of a passive right
        before it (``agent_prepositions``), and so the agent too: "conducted by the magazine's
        editor, Conservative MP Boris Johnson. He said" is not Boris Johnson; "The award went
        to the film's director, Ken Loach. He said" is Ken Loach."""
        if (
            not before
            or not before[-1].oblique
            or before[-1].info.named
            or before[-1].preposition not in self._agent_prepositions
        ):
            return False
        between = self._text[before[-1].span.end : mention.span.start]
        # (an apposition closes where it ends: not "With both services on offer from
        # Telewest, Mr Tveter is confident", whose subject only follows a comma)
        after = self._text[mention.span.end : mention.span.end + 1]
        return between.strip() == "," and (not after or after in _APPOSITION_CLOSERS)

    def _apposed_name(
        self, info: MentionInfo, mention: Mentioned, following: list[Mentioned]
    ) -> MentionInfo:
        """A role's holder named in apposition right after it: "His rival, Jane Brown, was
        furious" mentions Jane Brown (the rival), not a person named "Rival"."""
        if info.named or not info.role or not following:
            return info
        apposed = following[0]
        between = self._text[mention.span.end : apposed.span.start]
        if (
            not apposed.info.named
            or apposed.info.kind is not _KIND_PERSON
            or between.strip() != ","
        ):
            return info
        gender = apposed.info.gender or info.gender  # "A spokesman for the firm, Dr Rao,": a man
        if apposed.info.role:
            return attrs.evolve(apposed.info, gender=gender)
        return attrs.evolve(apposed.info, role=info.role, role_head=info.role_head, gender=gender)

    def oblique_person(self, pronoun: MentionInfo, since: int, before: int) -> int | None:
        """The person a singular "he"/"she" ("er"/"sie") means when no speaker before fits it
        and the sentences after the last quotation name a person of its gender only in a
        prepositional phrase: "For Rick Dean, the future is bright. “…,” he said", "The
        biggest cheer was reserved for Leonardo DiCaprio. He said …"; not the agent of a
        passive ("The suspect was questioned by John Reid. He said": the suspect, no name, is
        meant). The gender must be the mention's own (a first name, a role, a title), the
        latest sentence is read first, a pronoun of that gender before any such person means
        someone named earlier (the sentence is passed over, as in :meth:`mentioned_person`),
        and a name of unknown gender outside a prepositional phrase, or a capitalised word read
        as nobody, may be the one meant: the search stops there."""
        gender = pronoun.gender
        if self._mentioned is None or gender not in _PERSON_GENDERS or pronoun.plural:
            return None
        for sentence in self._mentioned(since, before):
            for mention in sentence:
                info = mention.info
                if info.pronoun:
                    if info.gender == gender:
                        break
                    continue
                if (not mention.oblique and info.named and info.gender is None) or (
                    mention.after_name
                ):
                    return None  # "Hewitt fought back … He is aiming": maybe him, stop
                if (
                    mention.oblique
                    and mention.preposition not in self._agent_prepositions
                    and info.named
                    and info.kind is _KIND_PERSON
                    and info.plural is False
                    and info.gender == gender
                ):
                    return self.add(info)
        return None

    def quoted_person(
        self, pronoun: MentionInfo, since: int, before: int, language: str
    ) -> int | None:
        """The person a singular "he"/"she" ("er"/"sie") means when no speaker fits it and no
        sentence after the last quotation names one: the first person the sentence of that
        quotation names whose first name, title or role gives the pronoun's gender — in its
        content, as its addressee or object: "Ms Jones said Mr Smith had let everyone down. He
        said …", "Ms Jones accused Mr Smith of lying. He said …" are Mr Smith. Not when the
        pronoun stands in that sentence (the people its content names are not meant there)."""
        between = self._text[since:before]
        if (
            self._mentioned is None
            or pronoun.gender not in _PERSON_GENDERS
            or pronoun.plural
            or not any(mark in between for mark in _SENTENCE_CLOSERS)
        ):
            return None
        # Read from the text's start up to the quotation's end: the first sentence read is
        # the quotation's own, in full.
        for sentence in self._mentioned(0, since):
            for mention in sentence:
                info = mention.info
                if info.pronoun and info.gender == pronoun.gender:
                    return None  # "He wrote it with June Carter Cash. He said": the same man
                if (
                    info.named
                    and not info.pronoun
                    and info.kind is _KIND_PERSON
                    and info.plural is False
                    and info.gender == pronoun.gender
                ):
                    if self._possessive_before(mention.span.end, pronoun, language):
                        return None
                    return self.add(info)
            break  # only the quotation's sentence
        return None

    def _sole_person(
        self, since: int, before: int, language: str, *, roleless: bool = False
    ) -> int | None:
        """The one person the sentences between ``since`` (the last quotation's end) and
        ``before`` name by name, outside a prepositional phrase, whom an English epithet means
        ("Paula Radcliffe pulled out. The 31-year-old said …"); None when they name no one,
        anyone else by name in any place ("Andy Roddick lost to Roger Federer. The American
        said"), or someone named before by a pronoun of a person, an object or possessive too
        ("Lleyton Hewitt beat him. The 20-year-old said" may be either). With ``roleless`` (an
        epithet of a role), only a person the text gives no role, here or before ("Home
        Secretary Charles Clarke" is no "prime minister"), who opens their sentence as its
        subject (not "…, where George Bush opposed it. But the Tory leader argued …")."""
        if self._mentioned is None:
            return None
        pronouns = _lexicon(language).pronouns
        if any(
            pronouns.get(word.lower(), _NO_PRONOUN)[0] in _PERSON_GENDERS
            for word in WORD.findall(self._text, since, before)
        ):
            return None
        keys: set[str] = set()
        found: MentionInfo | None = None
        opens = False
        for sentence in self._mentioned(since, before):
            first = True
            for mention in sentence:
                info = mention.info
                if not info.named or info.pronoun or info.kind is _KIND_ORGANISATION:
                    continue
                subject, first = first and not mention.oblique, False
                if info.kind is _KIND_PERSON or subject:
                    # another person anywhere, or a name of no known kind opening a sentence
                    # ("White was introduced to Conte …"), counts against the one
                    keys.add(info.key)
                if found is None and not mention.oblique and info.kind is _KIND_PERSON:
                    found = info  # not "a comment by chairman Tim Phillips, the American said"
                    opens = _opens_sentence(self._text, mention.span.start)
        if found is None or len(keys) > 1:
            return None
        if roleless and (
            not opens
            or found.role is not None
            or any(self._drafts[number].role_heads for number in self._by_key.get(found.key, ()))
        ):
            return None
        return self.add(found)

    def _earlier_person(self, pronoun: MentionInfo, before: int, language: str) -> int | None:
        """The person a "he" or "she" means that no speaker and no sentence since the last
        quotation fits: the first named by name who fits it (:meth:`_fits`), outside a
        prepositional phrase, in the sentences before it, the last quotation's too, the latest
        first ("Angela Merkel und Emmanuel Macron trafen sich in Aachen. „…“, sagte Macron. Sie
        ergänzte" is Angela Merkel). None when a sentence speaks of someone of that gender by a
        pronoun, a possessive too, before such a person ("… sein Sohn Jonas … Immer wieder
        beteuert er" is not the son), or when who fits cannot be told."""
        if self._mentioned is None:
            return None
        for sentence in self._mentioned(0, before):
            first = True
            for mention in sentence:
                info = mention.info
                if info.pronoun and info.gender == pronoun.gender:
                    return None
                if mention.oblique or info.pronoun or not info.named or info.plural is not False:
                    continue
                subject, first = first, False
                fits = self._fits(info, pronoun, subject=subject)
                if fits is None:
                    return None  # "Der Deutsche Ziemendorff …": someone of unknown gender
                if fits:
                    if self._possessive_before(mention.span.end, pronoun, language):
                        return None
                    return self.add(info)
        return None

    def _possessive_before(self, position: int, pronoun: MentionInfo, language: str) -> bool:
        """Whether the sentence up to ``position`` (a mention's end: its determiner counts)
        writes a pronoun of ``pronoun``'s gender (a possessive: the people mentioned hold no
        personal one), so speaks of someone of that gender named before: "Laut Anklage soll
        auch sein Sohn Jonas Geld genommen haben. Immer wieder beteuert er, …" is not the son."""
        start = max(self._text.rfind(closer, 0, position) for closer in _SENTENCE_CLOSERS) + 1
        pronouns = _lexicon(language).pronouns
        return any(
            pronouns.get(word.lower(), _NO_PRONOUN)[0] == pronoun.gender
            for word in WORD.findall(self._text, start, position)
        )

    def _mentioned_group(self, since: int, before: int, language: str) -> tuple[int, ...]:
        """The speakers a plural "they"/"sie" means when the latest sentence after the last
        quotation that names anyone outside a prepositional phrase opens with a plural subject
        ("The two Japanese companies will work together. They said …") or with two people
        joined by a joiner (the ``speaker_joiners`` role: "Werner Kogler und Karl Nehammer
        zeigten sich zufrieden. Man habe viel erreicht, sagten sie." is both of them); ``()``
        when a pronoun or a single person or thing opens it (the pronoun keeps the last
        group)."""
        if self._mentioned is None:
            return ()
        for sentence in self._mentioned(since, before):
            mentions = list(sentence)
            subject = next((mention for mention in mentions if not mention.oblique), None)
            if subject is None:
                continue
            if subject.info.pronoun:
                return ()
            if subject.info.plural is True:
                return (self.add(subject.info),)
            if subject is not mentions[0] or len(mentions) < _PAIR:
                return ()  # (not "The case against A, B and C is brought by …")
            second = mentions[1]
            between = self._text[subject.span.end : second.span.start].strip().lower()
            if between not in _lexicon(language).joiners or not all(
                mention.info.named
                and mention.info.kind is _KIND_PERSON
                and mention.info.plural is False
                for mention in (subject, second)
            ):
                return ()
            return self.add_group((subject.info, second.info))
        return ()

    def _mentioned_organisation(self, since: int, before: int) -> int | None:
        """The speaker an "it" means when a sentence after the last quotation opens with a named
        organisation, or a one-word name the article introduces as one (:meth:`_classify`:
        "Software giant Microsoft released a patch on Monday. It said …"): the first such
        subject, the latest sentence first; None when a person or a pronoun opens a sentence
        before one is found. A one-word name of unknown kind that opens the latest sentence may
        be one too (:meth:`_sentence_opening_thing`)."""
        opener = self._sentence_opening_thing(since, before)
        if opener is not None:
            return self.add(opener)
        for info in self._subjects(since, before):
            if info.pronoun or info.kind is _KIND_PERSON or info.plural is not False:
                return None
            if info.named and (
                info.kind is _KIND_ORGANISATION
                or (
                    " " not in info.name
                    and self._introduced is not None
                    and self._introduced(info.name) is not None
                )
            ):
                return self.add(info)
        return None

    def _article_organisation(self, before: int, language: str) -> int | None:
        """The organisation the text before ``before`` introduces first with a classifier noun
        (``organisation_classifiers`` or ``company_nouns``: "media group Reuters", "telecoms
        firm Deutsche Telekom"), when a noun of the ``company_nouns`` role introduces it and
        the text names it at least :data:`_ARTICLE_ORGANISATION_MENTIONS` times: the company
        an article is about, whom "the company" means when no company spoke and none opens a
        sentence since the last quotation ("Revenues at media group Reuters slipped 11% during
        2004, the group said."). None otherwise ("oil giant Yukos" is introduced by no company
        noun, and "Irish publishing group Independent News & Media" named once is no topic)."""
        text = self._text[:before]
        if not text:
            return None
        found = _introductions(self._classifiers | self._company_nouns).search(text)
        if found is None or found.group(1).lower() not in self._company_nouns:
            return None
        name = found.group(2)
        if text.count(name) < _ARTICLE_ORGANISATION_MENTIONS:
            return None
        info = analyse_mention(tuple(name.split()), language=language)
        if info is None or info.kind is _KIND_PERSON or info.plural:
            return None
        return self.add(attrs.evolve(info, kind=_KIND_ORGANISATION))

    def _sentence_opening_thing(self, since: int, before: int) -> MentionInfo | None:
        """The one-word name that opens the latest sentence after the last quotation that
        mentions anyone, when it names no person and is no capitalised opener only ("Delta has
        been hit by rising costs. It has said …" is Delta): no speaker known so far is a person
        of that name, and the text writes it after a lower-case word too ("suspended by
        Delta", "a Delta spokesperson") or it ends in no "s", a past tense or a present verb
        follows it and the text never writes it in lower case ("Vodafone published …"; not
        "Shares in …", "There was …"). None otherwise."""
        if self._mentioned is None:
            return None
        text = self._text
        for sentence in self._mentioned(since, before):
            mentions = list(sentence)
            if not mentions:
                continue
            first = mentions[0]
            info = first.info
            # what stands before the mention, past spaces: a sentence's end or nothing
            position = first.span.start - 1
            while position >= 0 and text[position] == " ":
                position -= 1
            if (
                first.oblique
                or (position >= 0 and text[position] not in _SENTENCE_CLOSERS)
                or info.pronoun
                or info.kind is not _KIND_UNKNOWN
                or not info.named
                or info.plural is not False
                or info.given is not None
                or " " in info.name
                or any(
                    self._drafts[number].kind is _KIND_PERSON
                    for number in self._by_key.get(info.key, ())
                )
            ):
                return None
            if self._written_as_name(info.name):
                return info
            # Or a singular-looking word with its verb right after it ("Vodafone published its
            # results on Tuesday. It said …"; not "Shares in Multiplex fell", "Plans to …")
            if (
                _VERB_AFTER_NAME.match(text, first.span.end) is None
                or info.name.endswith("s")
                or self._written_in_lower_case(info.name)  # "There was …"
            ):
                return None
            return info
        return None

    def _written_as_name(self, name: str) -> bool:
        """Whether the text writes ``name`` after a lower-case word ("suspended by Delta");
        searched once per name (the text may be long and "it" frequent)."""
        found = self._name_evidence.get(name)
        if found is None:
            found = re.search(rf"\b[a-z]\w* +{re.escape(name)}\b", self._text) is not None
            self._name_evidence[name] = found
        return found

    def _written_in_lower_case(self, name: str) -> bool:
        """Whether the text writes ``name`` in lower case too, a word and no name ("There");
        searched once per name."""
        key = name.lower()
        found = self._name_evidence.get(key)
        if found is None:
            found = re.search(rf"\b{re.escape(key)}\b", self._text) is not None
            self._name_evidence[key] = found
        return found

    def _subjects(self, since: int, before: int) -> Iterator[MentionInfo]:
        """The first mention outside a prepositional phrase of each sentence between ``since``
        and ``before`` that has one, the latest sentence first (see :meth:`mentioned_person`)."""
        if self._mentioned is None:
            return
        for sentence in self._mentioned(since, before):
            subject = next((mention.info for mention in sentence if not mention.oblique), None)
            if subject is not None:
                yield subject

    def _fits(self, info: MentionInfo, pronoun: MentionInfo, *, subject: bool) -> bool | None:
        """Whether a mentioned person may be whom ``pronoun`` means (:meth:`mentioned_person`),
        None when that cannot be told and the search stops (the pronoun keeps the last speaker
        of fitting gender).

        The gender decides: the mention's (a first name, a role noun, a title), else that of the
        speaker it joins (not an organisation), else that of the one full name the article gives
        its surname. A name of unknown gender that opens the sentence (``subject``: its first
        mention, none before it in a prepositional phrase) stops the search ("Hoffman is in the
        UK to publicise his comedy, which also stars Robert De Niro. He said" is not De Niro
        when the article names Hoffman elsewhere), unless it is a single word the article knows
        nowhere else as a name (no speaker, no full name): any capitalised word may open a
        sentence, German nouns are capitalised, so that is no sign of a person ("Verschnupft
        reagierte auch Rudolf Kaske. … ließ er wissen" is Rudolf Kaske). A name of unknown
        gender elsewhere is passed over ("Liverpool's new stadium"), and so is a name in capitals
        ("DEC": an acronym). A person named only by a word of no gender ("the judge", "the
        31-year-old", "the Republican nominee") fits when no speaker before but organisations
        fits the pronoun, else the word may well be theirs and the search stops; an indefinite
        one never fits ("has been an inspirational player")."""
        if info.kind is _KIND_ORGANISATION or (info.named and info.name.isupper()):
            return False
        gender = info.gender
        # Whether the article names the person elsewhere: as a speaker or in full.
        known = False
        if gender is None and info.named:
            number = self._by_name(info)
            if number is not None:
                draft = self._drafts[number]
                if draft.kind is _KIND_ORGANISATION:
                    return False
                gender, known = draft.gender, True
            elif self._known is not None:
                people = _one_person(self._known(info.key), info)
                if people:
                    gender, known = people[0].gender, True
        if gender is not None:
            return gender == pronoun.gender
        if info.named:
            if not known and " " not in info.name:
                return False  # "Verschnupft reagierte auch Rudolf Kaske": no sign of a name
            if not subject:
                return False
            # "South African President Thabo Mbeki arrived on Monday. “…,” he said": a person's
            # full name (with a role: two capitalised words alone may be a thing, "Magna Carta",
            # "Visual Radio") opening the sentence is the one meant when no speaker before may be
            if info.kind is _KIND_PERSON and self._no_person_candidate(pronoun):
                return True
            return None
        if info.kind is not _KIND_PERSON or info.indefinite:
            return False
        return True if self._no_person_candidate(pronoun) else None

    def _no_person_candidate(self, pronoun: MentionInfo) -> bool:
        """Whether no speaker before but organisations fits ``pronoun``
        (:meth:`_pronoun_candidate`)."""
        candidate = self._pronoun_candidate(pronoun)
        return candidate is None or self._drafts[candidate].kind is _KIND_ORGANISATION

    def _pronoun_candidate(self, info: MentionInfo) -> int | None:
        """The most recent speaker that fits the pronoun; for "he" or "she", one of the last
        :data:`_PERSON_PREFERENCE` such speakers that is more than a bare name ("Mr Pollmann …
        Lycos did not want to … “…,” he said" is Mr Pollmann, not Lycos)."""
        bare: int | None = None
        passed = 0
        for number in reversed(self._recent[-_RECENT_LIMIT:]):
            draft = self._drafts[number]
            if not _compatible(draft, info):
                continue
            if not draft.bare or info.gender not in _PERSON_GENDERS:
                return number
            if bare is None:
                bare = number
            passed += 1
            if passed >= _PERSON_PREFERENCE:
                break
        return bare

    def touch(self, number: int) -> None:
        """Make speaker ``number`` the most recent one (a continuation spoke again)."""
        self._touch(number)

    def _touch(self, number: int) -> None:
        """Move speaker ``number`` to the end of the recent list (only the last 40 are kept)."""
        self._clock += 1
        self._stamps[number] = self._clock
        recent = self._recent
        if recent and recent[-1] == number:
            return
        if number in recent:
            recent.remove(number)
        recent.append(number)
        if len(recent) > _RECENT_LIMIT:
            del recent[0]

    def speakers(self, *, trusted: bool = False) -> list[Speaker]:
        """One speaker per draft, with unique slug ids, in the order they were first added.

        ``trusted``: the names are words of a text that holds no lone surrogate, so the
        speakers are built without the validators (a slug id and a non-blank name hold by
        construction).
        """
        result: list[Speaker] = []
        used: set[str] = set()
        for draft in self._drafts:
            slug = _slug(draft.name)
            candidate, counter = slug, 2
            while candidate in used:
                candidate = f"{slug}-{counter}"
                counter += 1
            used.add(candidate)
            name = draft.name
            aliases = (
                tuple(dict.fromkeys(alias for alias in draft.aliases if alias != name))
                if draft.aliases
                else ()
            )
            if trusted:
                result.append(
                    trusted_speaker(
                        candidate,
                        name,
                        aliases,
                        tuple(draft.roles),
                        draft.kind,
                        generic=draft.generic,
                    )
                )
                continue
            result.append(
                Speaker(
                    id=candidate,
                    name=name,
                    aliases=aliases,
                    roles=tuple(draft.roles),
                    kind=draft.kind,
                    generic=draft.generic,
                )
            )
        return result

    def final_number(self, number: int) -> int:
        """The speaker a draft number ended up in: the number itself, since a speaker is never
        merged into another after its first mention (a mention joins a speaker when it is added).
        """
        return number


# Speakers' names recur from article to article ("Polizei", "the company"): each is slugged once.
_slug = functools.lru_cache(maxsize=8192)(slug_of)


def _role_within(role: str, held: str) -> bool:
    """Whether each word of ``role`` ends a word of the role ``held`` ("the minister" of
    "Finanzminister", "the MP" of "Mid-Bedfordshire MP"; not "the Austrian chancellor" of
    "German Chancellor", "der SPÖ-Chef" of "ÖVP-Chef")."""
    held_words = held.lower().split()
    return bool(role) and all(
        any(word.endswith(part) for word in held_words) for part in role.lower().split()
    )


#: The most letters at its end that a word of a person's role may have that the word it was read
#: from does not: an adjective put in the nominative ("russischen" → "russischer") or the
#: masculine base of a nominalised adjective ("Vorsitzenden" → "Vorsitzender").
_REWRITTEN_ENDING = 2
#: The vowels a German plural writes with an umlaut, whose role is read in its base form
#: ("Landesräte" → "Landesrat": see _umlaut_last_vowel).
_UMLAUT_VOWELS = frozenset("aou")
#: A run of word characters ending a word of a role (its last part after a hyphen, a full stop
#: or a quotation glued to it: "„Bild“-Chef").
_LAST_RUN = re.compile(r"\w*\Z")


@functools.lru_cache(maxsize=1024)
def _role_cores(role: str) -> tuple[str, ...]:
    """The cores (:func:`_role_core`) of the words of ``role`` that have one."""
    return tuple(core for core in map(_role_core, role.lower().split()) if core)


def _role_core(part: str) -> str:
    """The letters of one word of a role (lower case) that the text writes wherever a person
    mentioned there holds a role with a word ending in it (:func:`_role_within`): its last run
    of word characters, without the letters the reading of a role may rewrite at a word's end
    (:data:`_REWRITTEN_ENDING`) and from a last vowel that may take an umlaut on
    ("landesrat": "landesr", as "Landesräte" is read "Landesrat"). Every word of a role read
    from the text is a word of the text so rewritten, and a role's word that ends in ``part``
    holds this core; "" (found anywhere) when nothing is left ("arzt")."""
    run = _LAST_RUN.search(part)
    core = "" if run is None else run.group()
    stop = len(core) - _REWRITTEN_ENDING
    last_vowel = max((index for index, letter in enumerate(core) if letter in _VOWELS), default=-1)
    if last_vowel >= 0 and core[last_vowel] in _UMLAUT_VOWELS:
        # a vowel pair ("au" → "äu") changes from its first letter
        while last_vowel > 0 and core[last_vowel - 1] in _VOWELS:
            last_vowel -= 1
        stop = min(stop, last_vowel)
    return core[: max(stop, 0)]


def _says_tenure(words: Sequence[str], tenure_adjectives: frozenset[str]) -> bool:
    """Whether a mention's words hold an adjective of the ``tenure_adjectives`` role ("the new
    manager", "der neue Bürgermeister"): the holder now, maybe not the one named before."""
    return any(
        word.lower() in tenure_adjectives
        or _ADJECTIVE_ENDING.sub("", word.lower()) in tenure_adjectives
        for word in words
    )


def _one_person(people: Sequence[MentionInfo], mention: MentionInfo) -> Sequence[MentionInfo]:
    """The full names an article gives for a mention's surname that may be the mention's person:
    those whose given names, gender and title agree with the mention's ("Mr Blair" is neither
    Cherie Blair nor Sir Ian Blair), and none when they are several people."""
    fitting = [
        person
        for person in people
        if given_names_agree(person.name, mention.name)
        and _genders_agree(person.name_gender, mention.name_gender)
        and _knighthoods_agree(person.knighted, mention.knighted)
    ]
    for number, person in enumerate(fitting):
        for other in fitting[number + 1 :]:
            if not given_names_agree(person.name, other.name):
                return ()
    return fitting


#: The genders a personal pronoun shares with a person ("er", "sie", "he", "she").
_PERSON_GENDERS = frozenset({"m", "f"})
#: The number of a pronoun that is singular or plural by the verb ("sie"; pronouns.txt).
_EITHER_NUMBER = "sg|pl"
#: the number of a plural pronoun that may also mean one person of no known gender (English
#: "they" for "a spokesperson")
_PLURAL_OR_SINGULAR = "pl|sg"
_PLURAL_NUMBERS = frozenset({"pl", _PLURAL_OR_SINGULAR})


def _knighthoods_agree(first: bool | None, second: bool | None) -> bool:
    """Whether two mentions' titles may be one person's: a knight ("Sir Ian Blair") is not the
    "Mr Blair" of the article; a name without a title agrees with any."""
    return first is None or second is None or first == second


def _genders_agree(first: str | None, second: str | None) -> bool:
    """Whether two mentions' genders may be one person's: not a man's and a woman's ("Mr Blair"
    and "Mrs Blair", "Cherie Blair"); an unknown or neuter gender agrees with any."""
    return first == second or first not in _PERSON_GENDERS or second not in _PERSON_GENDERS


class Introduction(NamedTuple):
    """How a text introduces a one-word name as an organisation's ("oil firm Yukos")."""

    #: the gender a pronoun meaning it has ("n" in English, the noun's in German: "der Konzern"
    #: is "er"; "" when the lexicon gives none)
    gender: str
    #: the classifier noun, in lower case ("firm", "konzern" of "Ölkonzern"): "the firm", "der
    #: Konzern" later mean the organisation
    noun: str
    #: the word the text wrote, in lower case ("ölkonzern"): "der Ölkonzern" means it too
    word: str


def introduced_organisation(text: str, name: str, language: str) -> Introduction | None:
    """Whether ``text`` introduces the one-word name ``name`` as an organisation's: an
    ``organisation_classifiers`` noun (in German also the end of a compound) stands right before
    one of its first whole-word occurrences ("oil firm Yukos", "computer giant IBM", "der
    Ölkonzern Yukos"). None when it is not so introduced."""
    lexicon = _lexicon(language)
    if not lexicon.organisation_classifiers:
        return None
    german = lexicon.grammar is _GRAMMAR_GERMAN
    for word in _words_before(text, name, _INTRODUCTIONS):
        if word:
            noun = _classifier_noun(word.lower(), lexicon, german=german)
            if noun is not None:
                entry = lexicon.organisations.get(noun) if german else None
                gender = "n" if not german else (entry[1] if entry and entry[1] in _GENDERS else "")
                return Introduction(gender=gender, noun=noun, word=word.lower())
    return None


def written_alone(text: str, name: str, language: str) -> bool:
    """Whether ``text`` never writes ``name`` (one word) right after a capitalised word other
    than a function word ("The Times"), such as a given name or a title ("Arjen Robben", "Mr
    Pollmann"), looking at its first :data:`_ALONE_OCCURRENCES` whole-word occurrences, and the
    name is no given name of the lexicon ("Jamie"): such a name is no sign of a person
    ("Lycos", "India")."""
    lexicon = _lexicon(language)
    if name in lexicon.first_names:
        return False
    return not any(
        word[:1].isupper() and word.lower() not in lexicon.function_words
        for word in _words_before(text, name, _ALONE_OCCURRENCES, stops=True)
    )


# A given name's occurrences are found by string search, not by a regex built for the name:
# compiling three patterns per given name cost more than the whole look-up (about 0.3 ms, 0.4 %
# of a first pass over the shared corpora, whose given names are all new to the regex cache).
# The helpers below read \b and \w as the regex module does: a word character is one that
# str.isalnum accepts, or the underscore.

#: What a word after a given name holds after its first character (``[\w'’-]``): a surname
#: with an apostrophe or a hyphen ("O'Brien", "Smith-Jones").
_SURNAME_MARKS = frozenset("'’-")


def _is_word_character(character: str) -> bool:
    return character.isalnum() or character == "_"


def _at_word_boundary(text: str, index: int) -> bool:
    """Whether a regex ``\\b`` matches at ``index``: a word character on one side only."""
    before = index > 0 and _is_word_character(text[index - 1])
    after = index < len(text) and _is_word_character(text[index])
    return before != after


def _whole_word(text: str, word: str) -> int:
    """Where ``text`` first holds ``word`` with a word boundary on either side (what
    ``\\b{word}\\b`` finds), or -1."""
    position = text.find(word)
    while position >= 0 and not (
        _at_word_boundary(text, position) and _at_word_boundary(text, position + len(word))
    ):
        position = text.find(word, position + 1)
    return position


def _word_after(text: str, index: int) -> str | None:
    """The word after the space at ``index`` (``" (\\w[\\w'’-]*)"``), or None when no space
    and word character stand there."""
    start = index + 1
    if start >= len(text) or text[index] != " " or not _is_word_character(text[start]):
        return None
    end = start + 1
    while end < len(text) and (_is_word_character(text[end]) or text[end] in _SURNAME_MARKS):
        end += 1
    return text[start:end]


def _words_after(text: str, name: str) -> Iterator[str]:
    """The word after each occurrence of ``name`` that opens at a word boundary and is followed
    by a space and a word, in text order and without overlaps: the groups of
    ``re.finditer(r"\\b{name} (\\w[\\w'’-]*)", text)``."""
    opening = name + " "
    position = text.find(opening)
    while position >= 0:
        word = (
            _word_after(text, position + len(name)) if _at_word_boundary(text, position) else None
        )
        if word is None:
            position = text.find(opening, position + 1)
            continue
        yield word
        position = text.find(opening, position + len(opening) + len(word))


def _words_before(text: str, name: str, limit: int, *, stops: bool = False) -> Iterator[str]:
    """The word right before each of the first ``limit`` whole-word occurrences of ``name`` in
    ``text``, across one space: letters (with ``stops`` also full stops: "Mr.") not glued to
    anything before them, or "" when something else stands there. Bounded: the word is read
    back at most :data:`_LONGEST_WORD_BEFORE` characters."""
    length = len(name)
    start = text.find(name)
    looked = 0
    while start >= 0 and looked < limit:
        end = start + length
        if (end == len(text) or not text[end].isalnum()) and not (
            start and text[start - 1].isalnum()
        ):
            looked += 1
            stop = first = start - 1
            if stop > 0 and text[stop] == " ":
                lowest = max(0, stop - _LONGEST_WORD_BEFORE)
                while first > lowest and (
                    text[first - 1].isalpha() or (stops and text[first - 1] == ".")
                ):
                    first -= 1
            glued = first > 0 and text[first - 1].isalnum()
            yield text[first:stop] if first < stop and not glued else ""
        start = text.find(name, start + 1)


def _classifier_noun(word: str, lexicon: _Lexicon, *, german: bool) -> str | None:
    """The organisation classifier ``word`` (lower case) is, None if it is none; in German a
    compound counts by its end ("ölkonzern" is "konzern")."""
    classifiers = lexicon.organisation_classifiers
    if not german:
        return word if word in classifiers else None
    for cut in range(len(word) - _MIN_SUFFIX + 1):
        if word[cut:] in classifiers:
            return word[cut:]
    return None


def _is_acronym(name: str) -> bool:
    """A one-word name in capitals ("IBM", "GM"; not "A", a single letter)."""
    return len(name) > 1 and name.isupper() and " " not in name


def _compatible(draft: _Draft, pronoun: MentionInfo) -> bool:
    """Whether ``pronoun`` may mean the speaker ``draft``: its number and gender fit. A speaker
    named only by common nouns that are neither a role nor an organisation (a thing: "der
    Bericht", "den Vorwurf der Klientelpolitik, wonach …") has its grammatical gender like an
    organisation, and one of unknown gender fits no "er" or "sie". Nor does a one-word name in
    capitals of unknown kind: an acronym ("IBM", "GM"), no person's name."""
    if pronoun.gender is None and pronoun.plural is None:
        return True
    if pronoun.plural:
        return bool(draft.plural)
    if draft.plural:
        return False
    if pronoun.gender is None:
        return True
    if draft.kind is _KIND_PERSON or (
        draft.kind is _KIND_UNKNOWN and not draft.generic and not _is_acronym(draft.name)
    ):
        return draft.gender in {None, pronoun.gender} and pronoun.gender in {"m", "f"}
    return draft.gender == pronoun.gender


@functools.cache
def _introductions(nouns: frozenset[str]) -> re.Pattern[str]:
    """An expression for a classifier noun of ``nouns`` (lower case) and the run of
    capitalised words after it that it introduces ("group Reuters", "firm Deutsche Telekom"),
    for SpeakerRegistry._article_organisation; linear: the words are literal alternatives."""
    alternatives = "|".join(sorted((re.escape(noun) for noun in nouns), key=len, reverse=True))
    # (only the noun ignores case: the name must be capitalised)
    return re.compile(rf"\b((?i:{alternatives})) ([A-Z][\w'&-]*(?: [A-Z][\w'&-]*)*)")
