"""German noun phrases, the step after the words (words.py): the speaker phrase after or before a
position (a name, a role, an organisation, with its appositions, attributes and attached phrases), a
name given in full, a bare name, the words and phrase of a source, and where a mention ends before a
phrase of time, that the contents, subjects and cue rules read."""

from __future__ import annotations

import re

from newscorpus._extract.engine import Phrase, named_after_first_name
from newscorpus._extract.lang.de.sentence import (
    _DASHES,
    _FINAL,
    _MAX_PHRASE,
    _SEPARATORS,
    _SHORT_QUOTE_WORDS,
    _lower_case_name_part,
    _Sentence,
    _short_quote,
)
from newscorpus._extract.lang.de.words import (
    _ADJECTIVE_ENDINGS,
    _attributive_verb,
    _is_capital,
    _skip_adverbs,
    _verb_like,
)
from newscorpus._extract.speakers import (
    MentionInfo,
    analyse_mention,
    organisation_word,
    particle_surname,
    role_noun,
    role_or_organisation,
)
from newscorpus._model import SpeakerKind

# Enum members read in the rules, bound to names once: on Python 3.11 a member read through
# its class goes through EnumType.__getattr__, a slow path.
_SPEAKER_PERSON = SpeakerKind.PERSON

# How many genitive, "von" or prepositional phrases a noun phrase takes after its head (an
# aside in brackets after one, also the last, is not counted: "des Instituts (IfM) der
# Universität Kiel (CAU)").
_MAX_ATTACHMENTS = 3
# How far an extended participial attribute may reach ("die in New York City geborene …").
_MAX_ATTRIBUTE = 8
# Joins two fields a role or an organisation serves ("für Bildung und Forschung").
_FIELD_JOINER = "und"
# A past tense's endings, which an adjective closing the sentence never has ("bedankte").
_PAST_ENDINGS = ("te", "ten")
_AGE_DIGITS = 3  # ", 30," after a name is an age
_NAME_NUMBER_DIGITS = 3  # "Schalke 04", "Airbus 380" (a four-digit number is a year)
# The most words of a name in marks after its article: "das „Space Telescope Science Institute“".
_MAX_NAME_QUOTE_WORDS = 6
# The ending of an adjective after a genitive or dative article ("der in Köln ansässigen Firma").
_OBLIQUE_ADJECTIVE_ENDINGS = ("en",)
_PARTICIPLE_ENDINGS = tuple(
    f"{stem}{ending}" for stem in ("end", "t", "en") for ending in _ADJECTIVE_ENDINGS
)


def _name_quote(sentence: _Sentence, index: int, start: int, head_start: int) -> bool:
    """Whether the quotation token ``index`` can be (part of) a name in a noun phrase.

    A short quotation names a medium or an organisation ("die „Computerwoche“", "laut „Welt“",
    "die Zeitung „Welt“") when it is capitalised, or when it is the head right after a
    determiner ("Wie „heise online“ berichtet"); after a role noun or a plural group of people,
    or lower case on its own, it is a quotation ("die Richter „gravierende Bedenken“", "laut
    Zeugen „Gott ist groß“", ", so „schütze sie Gott“").
    """
    token = sentence.tokens[index]
    if not _short_quote(token):
        # a longer name after its article, every word capitalised but its particles: "das
        # „Space Telescope Science Institute“ teilte mit"
        return index == head_start > start and _capitalised_name(sentence, token.text[1:-1])
    inner = token.text[1:-1].strip()
    if not inner or inner[-1] in _FINAL:
        return False
    if index != head_start:
        previous = sentence.tokens[index - 1].text
        return inner[:1].isupper() and (
            organisation_word(previous, "de", singular=True)
            # a medium's or a title's noun: "die Nachrichtenseite „Golem“"
            or previous.lower().endswith(sentence.lexicon.title_noun_endings)
        )
    return inner[:1].isupper() or inner[:1].isdigit() or head_start > start


def _capitalised_name(sentence: _Sentence, text: str) -> bool:
    """Whether ``text`` is a name of up to six words, each capitalised or a particle of the
    lexicon ("Space Telescope Science Institute", "Institute of Technology"), with no final
    punctuation."""
    words = text.split()
    return (
        0 < len(words) <= _MAX_NAME_QUOTE_WORDS
        and words[-1][-1:] not in _FINAL
        and words[0][:1].isupper()
        and all(word[:1].isupper() or word in sentence.lexicon.particles for word in words)
    )


def _phrase_after(sentence: _Sentence, start: int, limit: int) -> Phrase | None:
    """The noun phrase starting at ``start`` and ending before ``limit``, or None.

    A pronoun; or an optional determiner, adjectives and one or more capitalised words (a name,
    a role, a short quotation naming a medium), followed by up to three genitive or "von"
    attachments and a name in apposition ("der Sprecher des Ministeriums, Peter Müller").
    """
    tokens = sentence.tokens
    lows = sentence.lows
    limit = min(limit, len(tokens), start + _MAX_PHRASE)
    if start >= limit:
        return None
    low, roles = lows[start], sentence.roles
    if (
        low in roles.pronouns
        or low in roles.dative_pronouns
        or low == "demnach"
        or (
            # "warf ihr vor, …": a possessive that is also a dative pronoun, alone before no
            # noun or adjective of its own
            low in roles.dative_possessives
            and start + 1 < len(tokens)
            and not sentence.is_head(start + 1)
            and not sentence.is_adjective(start + 1)
            and not sentence.is_capitalised(start + 1)
        )
        or (
            # "Dieser bestätigte, …": a demonstrative standing alone before a verb
            low in roles.demonstrative_pronouns
            and start + 1 < len(tokens)
            and not sentence.is_head(start + 1)
            and not sentence.is_adjective(start + 1)
            and sentence.word_class(start + 1) not in {"det", "adv", "time"}
        )
    ):
        return Phrase(start, start + 1)
    if (
        start > 0
        and low in roles.relative
        and tokens[start - 1].text == ","
        and start + 1 < limit
        and sentence.word_class(start + 1) in {"det", "prep"}
        and not (  # ", das zu rechtfertigen": a demonstrative before a zu-infinitive
            lows[start + 1] == "zu" and start + 2 < len(tokens) and sentence.is_lower(start + 2)
        )
    ):
        # ", der der Regierung vorwarf …", ", die dem Kardinal vorwerfen": an article cannot
        # open a phrase before another, so the first is the relative pronoun, the subject; nor
        # does one stand before a preposition (", die für ihre Mandantin Geld fordert").
        return Phrase(start, start + 1)
    index = start
    if low in roles.partitive and start + 2 < limit and lows[start + 1] in roles.genitive:
        # "Einer der Putschisten", "Eine der größten Parteien": the pronoun and its genitive.
        end = _attachment(sentence, start + 1, limit)
        if end is None:
            return None
        return _phrase_attachments(sentence, start, end, limit)
    if sentence.word_classes.get(low) == "det":  # (the first word's class, read inline)
        index += 1
        # "die beiden Mitglieder", "die drei Abgeordneten" (not digits, which open a measure:
        # "der 330 Seiten starke Bericht")
        while index < limit and sentence.lows[index] in sentence.roles.quantities:
            index += 1
        # After an article and a preposition only an extended attribute can follow, which any
        # adjective closes ("der für die Region zuständige Koordinator").
        index = _participial_attribute(
            sentence,
            index,
            limit,
            any_adjective=index < limit and sentence.word_class(index) == "prep",
        )
    index = _past_adjectives(sentence, index, limit, start)
    head_start = index
    while index < limit and (
        (
            sentence.is_head(index)
            # "zog Trainer Peter Stöger Bilanz": the noun of the verb's phrase after the name
            # (a surname after a first name is the name's: "Richard Sorge sagte")
            and not (
                index > head_start
                and lows[index] in roles.light_verb_nouns
                and tokens[index - 1].text not in sentence.lexicon.first_names
            )
        )
        or (tokens[index].quote >= 0 and _name_quote(sentence, index, start, head_start))
        or (index == start and _capitalised_particle_name(sentence, index, limit))
        or (index == start and _lone_surname_of_time(sentence, index))
        or (
            index > head_start
            and lows[index] in sentence.lexicon.particles
            # after a phrase with an article, an article opens the next phrase: "nannte der
            # Berliner das Spiel" (not a name particle as in "Maria das Graças"); an article
            # is a particle only after a first name ("laut Polizeisprecher das Gepäckstück")
            and not (
                sentence.word_class(index) == "det"
                and (
                    head_start > start
                    or not (
                        tokens[index - 1].text in sentence.lexicon.first_names
                        or lows[index - 1] in sentence.lexicon.particles  # "von den"
                    )
                )
            )
            and _name_follows(sentence, index, limit)
            # a role or an organisation takes no name particle: "laut Polizei zu Straftaten"
            # (unlike "Karl-Theodor zu Guttenberg")
            and (
                lows[index] in sentence.roles.von
                or not role_or_organisation(tokens[index - 1].text, "de")
            )
            # a preposition is a particle only after a first name ("Karl-Theodor zu
            # Guttenberg"), not after a surname: "sagte Albel zu Kaiser" tells Kaiser
            and (
                lows[index] in sentence.roles.von
                or sentence.word_class(index) != "prep"
                or tokens[index - 1].text in sentence.lexicon.first_names
            )
        )
        or (
            index > head_start
            # (each test's first condition asked here: most phrases end at a plain word, and
            # a call per test cost more than the tests)
            and (
                (tokens[index].text == "." and _initial_stop(sentence, index, limit))
                or _title_hyphen(sentence, index, limit)
                or _faculty(sentence, index, limit)
                or _lower_case_name_part(sentence, index)
                or surname_of_time(sentence, index)
                or (
                    (
                        tokens[index].text.isdigit()
                        or tokens[index].text == "/"
                        or tokens[index - 1].text == "/"
                    )
                    and _name_goes_on(sentence, index, limit)
                )
                or (
                    lows[index] in roles.coordinators and _coordinated_roles(sentence, index, limit)
                )
            )
        )
    ):
        index += 1
        if index < limit and tokens[index].text == "-":
            if _glued_compound(sentence, index, limit):
                index += 2  # "die „Bild“-Zeitung", "die Fraktions- und …" stays one word
            elif _truncated_compound(sentence, index, limit):
                index += 2  # "Wirtschafts- und Energieminister": on to the shared end
        elif tokens[index - 1].quote >= 0:
            break  # a name in marks ends the head: "die „Computerwoche“ Lynch"
    if index == head_start:
        return None
    return _phrase_attachments(sentence, start, index, limit)


def surname_of_time(sentence: _Sentence, index: int) -> bool:
    """Whether the word at ``index`` is a surname that is also a word of time, right after a
    first name: "Ingrid Sommer", "Yann Sommer", "Lutz Freitag" (a word of time after a name
    stands bare only as "Ende Mai", never after a first name)."""
    return (
        sentence.word_class(index) == "time"
        and sentence.tokens[index].text[:1].isupper()
        and sentence.tokens[index - 1].text in sentence.lexicon.first_names
    )


def _lone_surname_of_time(sentence: _Sentence, index: int) -> bool:
    """Whether a phrase's first word is a word of time standing alone that the text gives after
    a first name (:func:`_named_in_full`): "Sommer sagte" after "Yann Sommer", not "vergangenen
    Sommer", "im Sommer"."""
    return (
        sentence.word_class(index) == "time"
        and sentence.tokens[index].text[:1].isupper()
        and not (
            index > 0
            and (
                sentence.word_class(index - 1) in {"det", "prep"}
                or sentence.is_adjective(index - 1)
            )
        )
        and _named_in_full(sentence, (sentence.tokens[index].text,))
    )


def _phrase_attachments(sentence: _Sentence, start: int, index: int, limit: int) -> Phrase:
    """The noun phrase from ``start`` whose head ends at ``index``, with up to three genitive
    or "von" attachments, short asides in brackets after them and a name or role in
    apposition."""
    tokens = sentence.tokens
    lows = sentence.lows
    # Whether a word of the phrase is a role or an organisation: then a name in apposition
    # belongs to it ("der Vorsitzende des Verbandes, Elmar Gesse"). Looked up (compounds
    # too) only when a branch asks, as the word after most phrases ends them at once.
    head = tokens[index - 1].text
    role: bool | None = None
    attached = 0
    while attached < _MAX_ATTACHMENTS or (index < limit and lows[index] == "("):
        if index >= limit:
            break
        low = lows[index]
        if role is None and (
            low == ","
            or low in sentence.roles.place_prepositions
            or sentence.word_classes.get(low) == "prep"
        ):
            role = role_or_organisation(head, "de")
        if (
            low in sentence.roles.genitive
            or low in sentence.roles.von
            # "Angaben aus Verhandlungskreisen": whom the words of a noun of saying came from
            or (
                low in sentence.roles.response_sources
                and lows[index - 1] in sentence.lexicon.speech_nouns
            )
        ):
            end = _attachment(sentence, index + 1, limit)
            if (
                end is not None
                and low in sentence.roles.response_sources
                and lows[end - 1] in sentence.lexicon.speech_nouns
            ):
                end = None  # "Untersuchung aus technischer Sicht": a point of view, no source
        elif _bare_genitive(sentence, index, limit):
            end = _attachment(sentence, index, limit)  # "Angaben libanesischer Sicherheitskreise"
        elif low == "(":
            end = _parenthesis(sentence, index + 1, limit)
        elif role and low in sentence.roles.place_prepositions:
            end = _place(sentence, index + 1, limit)  # "die Regierung in Lomé"
        elif (
            role
            and low in sentence.roles.name_prepositions
            and sentence.word_class(index + 1) not in {"det", "pron"}
        ):
            # "die Gesellschaft für bedrohte Völker", "der EU-Kommissar für Erweiterung": part
            # of the name when no article follows
            end = _attachment(sentence, index + 1, limit)
            if end is not None:
                end = _coordinated_field(sentence, end, limit)
        elif low == "," and _age(sentence, index + 1):
            end = index + 2  # "Alice Kakamara, 30, sagte": the age in apposition
        elif role and sentence.word_class(index) == "prep":
            end = _named_after_phrase(sentence, index, limit)
        elif low == "," and (role or _role_then_attribute(sentence, start, index)):
            end = _apposition(sentence, index + 1, limit)
            if end is None and not role:
                end = _role_apposition(sentence, index + 1)
        elif low == ",":
            end = _role_apposition(sentence, index + 1)
        else:
            break
        if end is None:
            break
        if low != "(":
            attached += 1  # an aside in brackets is no attachment of its own: "(MIF)"
        index = end
        if tokens[index - 1].text == ",":
            break  # an apposition set off by commas closes the phrase
        if not role and sentence.is_head(index - 1):
            # "Angaben des Direktors, Tom Berger" (the first head's role, if not known
            # yet, counts as well)
            role = role_or_organisation(tokens[index - 1].text, "de") or (
                role is None and role_or_organisation(head, "de")
            )
    return Phrase(start, index)


def _coordinated_field(sentence: _Sentence, index: int, limit: int) -> int:
    """Where the field a role or an organisation serves ends, after "für" without an article
    (see :func:`_phrase_attachments`): a second field joined by "und" without an article, with
    its adjectives, is part of the name ("das Bundesministerium für Bildung und Forschung",
    "der EU-Kommissar für Erweiterung und europäische Nachbarschaftspolitik"); not a person
    named after the joiner ("die Ministerin für Bildung und Anna Berg"), nor a role or an
    organisation, which is a second speaker ("der Minister für Arbeit und der Innenminister")."""
    if index + 1 >= limit or sentence.lows[index] != _FIELD_JOINER:
        return index
    noun = _past_adjectives(sentence, index + 1, limit, index + 1)
    if (
        noun >= limit
        or not sentence.is_head(noun)
        or sentence.tokens[noun].text in sentence.lexicon.first_names
        or role_or_organisation(sentence.tokens[noun].text, "de")
    ):
        return index
    end = _attachment(sentence, noun, limit)
    return index if end is None else end


def _named_after_phrase(sentence: _Sentence, index: int, limit: int) -> int | None:
    """ "der Chef der Bundesagentur für Arbeit, Frank Weise", "der Investor für den Neubau,
    Larry A. Silverstein, …": a prepositional phrase after a role, taken with the name in
    apposition that follows it (see :func:`_apposition`); None without such a name, since the
    phrase may belong to the verb ("sagte der Minister in Berlin, …")."""
    end = _attachment(sentence, index + 1, limit)
    if end is None or end >= limit or sentence.tokens[end].text != ",":
        return None
    return _apposition(sentence, end + 1, limit)


def _role_then_attribute(sentence: _Sentence, start: int, stop: int) -> bool:
    """Whether the phrase ``start:stop`` ends in a role or organisation followed only by a
    genitive name ("der Oberrabbiner Israels") or a name after "von" ("der Deutschlandchef
    von EY"), which the head took in as name words: a name in apposition may follow it. Not
    a role before a person's name ("Bundeskanzlerin Angela Merkel")."""
    particles = sentence.lexicon.particles
    position = stop - 1
    while position > start:
        if sentence.is_head(position) and role_or_organisation(
            sentence.tokens[position].text, "de"
        ):
            return True
        low = sentence.lows[position]
        if not (
            low in particles
            or (
                sentence.is_head(position)
                and (low.endswith("s") or sentence.lows[position - 1] in particles)
            )
        ):
            return False
        position -= 1
    return False


def _participial_attribute(
    sentence: _Sentence,
    index: int,
    limit: int,
    endings: tuple[str, ...] = _PARTICIPLE_ENDINGS,
    *,
    any_adjective: bool = False,
) -> int:
    """Where the adjectives of a noun phrase start after its article: past an extended
    participial attribute ("die in New York geborene Sängerin", "der sich als Gegner
    inszenierende Unternehmer", "die das Unglück überlebende Frau"), a participle in -end or
    -t/-en with its own words before it, none of them a comma (but those around a region after
    a place: "der in West Richland, Washington, ansässigen Firma"), a quotation or a verb of
    saying.
    ``endings`` are the participle's endings (after a genitive or dative article any adjective in
    -en closes such an attribute: "der in Köln ansässigen Firma"); with ``any_adjective`` any
    adjective does, after the attribute's own first phrase ("der für die Region zuständige
    Koordinator"). Returns ``index`` when no such participle follows within eight words."""
    if any_adjective:
        endings = _ADJECTIVE_ENDINGS
    # (the noun first: after most articles it follows at once)
    if index >= limit or sentence.is_head(index) or sentence.is_adjective(index):
        return index
    lexicon = sentence.lexicon
    for position in range(index + 1, min(limit - 1, index + _MAX_ATTRIBUTE)):
        token = sentence.tokens[position]
        low = sentence.lows[position]
        if low == "," and _set_off_region(sentence, position):
            continue
        if token.quote >= 0 or low in _SEPARATORS or low in _FINAL or low in lexicon.verbs:
            return index
        if (
            sentence.is_adjective(position)
            and low.endswith(endings)
            and sentence.is_head(position + 1)
            # any adjective closes it only after the attribute's own words, not inside its
            # prepositional phrase ("die zur kalifornischen Stanford University gehörende …")
            and not (any_adjective and sentence.word_class(position - 1) in {"det", "prep"})
        ):
            return position
    return index


def _set_off_region(sentence: _Sentence, comma: int) -> bool:
    """Whether the comma at ``comma`` sets off one capitalised name between two names or
    after a name and before a lower-case word: the region after a place ("in West Richland,
    Washington, ansässigen"), both its commas."""
    tokens = sentence.tokens
    if comma < 1 or comma + 2 >= len(tokens) or not sentence.is_head(comma - 1):
        return False
    if sentence.is_head(comma + 1) and tokens[comma + 2].text == ",":
        return True  # the opening comma
    return (
        comma >= 3
        and tokens[comma - 2].text == ","
        and sentence.is_head(comma - 3)
        and sentence.is_lower(comma + 1)
    )  # the closing comma


def _coordinated_roles(sentence: _Sentence, index: int, limit: int) -> bool:
    """ "Der frühere Bürgermeister und Justizsenator": a coordinator between two role nouns
    of one person (or two organisations: "CDU und FDP") inside a noun phrase."""
    following = index + 1
    return (
        following < limit
        and sentence.lows[index] in sentence.roles.coordinators
        and sentence.is_head(following)
        and role_or_organisation(sentence.tokens[index - 1].text, "de")
        and role_or_organisation(sentence.tokens[following].text, "de")
    )


def _glued_compound(sentence: _Sentence, index: int, limit: int) -> bool:
    """A hyphen at ``index`` glued to the words on both sides, the second capitalised: a
    compound written across a quotation ("„Bild“-Zeitung")."""
    tokens = sentence.tokens
    following = index + 1
    return (
        following < limit
        and tokens[index].text == "-"
        and tokens[index].start == tokens[index - 1].end
        and tokens[following].start == tokens[index].end
        and sentence.is_head(following)
    )


def _truncated_compound(sentence: _Sentence, index: int, limit: int) -> bool:
    """A hyphen at ``index`` glued to the word before it and followed by a coordinator and a
    capitalised word: a truncated compound that shares its end with the next word
    ("Wirtschafts- und Energieminister", "Kinder- und Jugendanwaltschaft")."""
    tokens = sentence.tokens
    following = index + 1
    return (
        following + 1 < limit
        and tokens[index].start == tokens[index - 1].end
        and tokens[following].start > tokens[index].end
        and sentence.lows[following] in sentence.roles.coordinators
        and sentence.is_head(following + 1)
    )


def _modifies_adjective(sentence: _Sentence, index: int) -> bool:
    """An adverb, or an adverbial adjective ("staatlich", "eng"), that may stand before an
    adjective in a noun phrase."""
    low = sentence.lows[index]
    word_class = sentence.word_classes.get(low, "")
    if word_class:
        return word_class in {"adv", "time"}  # "eine gestern verbreitete Erklärung"
    return sentence.is_lower(index) and low not in sentence.lexicon.verbs


def _adjective_follows(sentence: _Sentence, index: int, limit: int) -> bool:
    """ "der erst kürzlich ernannte Bischof": adverbs that modify an adjective in a phrase."""
    following = index + 1
    lows, classes = sentence.lows, sentence.word_classes
    while following < limit and classes.get(lows[following]) in {"adv", "time"}:
        following += 1
    return following < limit and (
        sentence.is_adjective(following) or _attributive_verb(sentence, following)
    )


def _name_goes_on(sentence: _Sentence, index: int, limit: int) -> bool:
    """A number or a slash inside a name: "Bündnis 90/Die Grünen", "Schalke 04". A year or a
    count before a noun is not ("Angaben 2011", "der Zeitung 40 Menschen das Leben")."""
    tokens = sentence.tokens
    text = tokens[index].text
    previous = tokens[index - 1].text
    if text.isdigit():
        following = index + 1
        return (
            previous[:1].isupper()
            and previous[:1].isalpha()
            and len(text) <= _NAME_NUMBER_DIGITS
            and not (following < len(tokens) and sentence.is_head(following))
        )
    if text == "/":
        return index + 1 < limit and sentence.is_capitalised(index + 1)
    return previous == "/" and sentence.is_capitalised(index)


def _initial_stop(sentence: _Sentence, index: int, limit: int) -> bool:
    """The full stop of an initial or title inside a name: "Jürgen R. Thumann", "Dr. Stoever"."""
    if sentence.tokens[index].text != "." or index + 1 >= limit:
        return False
    before = sentence.tokens[index - 1].text
    initial = len(before) == 1 and before.isupper()
    return (initial or before in sentence.lexicon.abbreviations) and (
        sentence.is_head(index + 1)
        or _title_hyphen(sentence, index + 1, limit)
        or _faculty(sentence, index + 1, limit)
    )


def _faculty(sentence: _Sentence, index: int, limit: int) -> bool:
    """Whether the word at ``index`` is an abbreviation in lower case with its full stop after
    a title's full stop, inside a name: the faculty of a doctorate ("Dr. med. Hans Ott", "Dr.
    rer. nat. Anna Berg")."""
    tokens = sentence.tokens
    return (
        index + 1 < limit
        and tokens[index - 1].text == "."
        and tokens[index + 1].text == "."
        and sentence.is_lower(index)
        and tokens[index].text in sentence.lexicon.abbreviations
    )


def _title_hyphen(sentence: _Sentence, index: int, limit: int) -> bool:
    """Whether the token at ``index`` is the hyphen of a title written with two abbreviations,
    glued to the full stop before it and the capitalised part after it: "Univ.-Prof.",
    "Dipl.-Ing." (before a name: "sagte Univ.-Prof. Markus Müller")."""
    tokens = sentence.tokens
    following = index + 1
    return (
        following < limit
        and tokens[index].text == "-"
        and tokens[index - 1].end == tokens[index].start
        and tokens[index].end == tokens[following].start
        and sentence.is_head(following)
    )


def _role_apposition(sentence: _Sentence, index: int) -> int | None:
    """ ", die Leiterin der Fachstelle für Suchtvorbeugung" closing a clause after a name."""
    phrase = _phrase_after(
        sentence, index, sentence.clause_end[index] if index < len(sentence.tokens) else index
    )
    if phrase is None or sentence.lows[phrase.start] in sentence.roles.pronouns:
        return None
    heads = [
        position
        for position in range(phrase.start, phrase.stop)
        if sentence.is_head(position) and role_or_organisation(sentence.tokens[position].text, "de")
    ]
    if not heads:
        return None
    end = _with_phrases(sentence, phrase.stop, len(sentence.tokens))
    if end >= sentence.last or sentence.tokens[end].text in {",", ":"}:
        return end
    return phrase.stop if _adverbials_close(sentence, phrase.stop) else None


def _adverbials_close(sentence: _Sentence, index: int) -> bool:
    """Whether only adverbials close the sentence from ``index``: a word of time or an adverb,
    a prepositional phrase, a lower-case adjective (the predicate of "zeigte sich …
    zufrieden"). Then a role in apposition after a name that the writer did not close with a
    comma ends before them: "…, sagte Charles Bouchard, Kommandeur des Einsatzes am Montag.",
    "„…“, zeigte sich Milovan Rajevac, der Trainer Ghanas nach dem Spiel zufrieden."; a verb
    after it makes it a clause of its own ("…, sagte Bouchard, der Kommandeur lobte …")."""
    limit = min(sentence.last, index + 2 * _MAX_PHRASE)
    while index < limit:
        if sentence.word_class(index) in {"time", "adv"} or (
            index + 1 == sentence.last
            and sentence.is_adjective(index)
            and not sentence.lows[index].endswith(_PAST_ENDINGS)
        ):
            index += 1
        elif sentence.word_class(index) == "prep" and index + 1 < limit:
            end = _attachment(sentence, index + 1, limit)
            index = index + 1 if end is None else end  # "am Montag": a word of time follows
        else:
            return False
    return index == sentence.last


def _with_phrases(sentence: _Sentence, index: int, limit: int) -> int:
    """Extend a noun phrase ending at ``index`` over prepositional phrases after it (within
    twice the longest noun phrase, so that the work stays bounded)."""
    limit = min(limit, index + 2 * _MAX_PHRASE)
    while index + 1 < limit and (
        sentence.word_class(index) == "prep"
        # the genitive of a phrase's noun: "zu den Gefahren des Eises"
        or (
            index > 0
            and sentence.lows[index] in sentence.roles.genitive
            and sentence.is_head(index - 1)
        )
    ):
        end = _attachment(sentence, index + 1, limit)
        if end is None:
            break
        index = end
    return index


def _with_attached_phrases(sentence: _Sentence, index: int, limit: int) -> int:
    """Extend a speaker's noun phrase ending at ``index`` over the prepositional phrases up to
    ``limit`` that name where the speaker belongs, as a reader marks the speaker: those after a
    preposition of the ``name_attachments`` or ``place_prepositions`` roles ("Dittrich aus dem
    Forscherteam", "die Banca d'Italia in Rom"), and genitives. A phrase after another
    preposition belongs to the verb ("die Partei auf nationaler Ebene entschieden hatte",
    "Außenminister Straw vor dem Parlament bekannt geben")."""
    roles = sentence.roles
    while index + 1 < limit:
        low = sentence.lows[index]
        if not (
            low in roles.name_attachments
            or low in roles.place_prepositions
            or (low in roles.genitive and sentence.is_head(index - 1))
        ):
            break
        end = _attachment(sentence, index + 1, limit)
        if end is None or (low not in roles.genitive and _occasion(sentence, index + 1, end)):
            break
        index = end
    return index


def _occasion(sentence: _Sentence, start: int, stop: int, *, sayings: bool = True) -> bool:
    """Whether the phrase ``start:stop`` after a preposition names the occasion or vehicle of
    a statement (its noun ends in one of the ``occasion_nouns`` or ``conversation_nouns``
    roles or, with ``sayings``, is a noun of saying): where the speaker spoke, not where they
    belong, so it stays out of the mention ("hatte Bundeskanzlerin Angela Merkel in einer Rede
    verkündet", "wie VW-Chef Winterkorn in einem Interview sagte", "sagte die Rektorin im
    STANDARD-Interview")."""
    lexicon = sentence.lexicon
    for position in range(start, stop):
        if not sentence.is_head(position):
            continue
        low = sentence.lows[position]
        singular = low.rstrip("ns")  # a plural in -s or -n: "in Interviews", "in Reden"
        if low.endswith(lexicon.occasion_noun_endings) or singular.endswith(
            lexicon.occasion_noun_endings
        ):
            return True
        if sayings and singular.endswith(lexicon.speech_noun_endings):
            return True
    return False


def _capitalised_particle_name(sentence: _Sentence, index: int, limit: int) -> bool:
    """ "Von der Leyen sagte, …", "Zu Guttenberg hatte erklärt, …": a name particle written
    with a capital because it opens the phrase, before the rest of a surname the text gives in
    full elsewhere with the particle in lower case ("Ursula von der Leyen", "Karl-Theodor zu
    Guttenberg"). Without that full form it is the preposition it looks like ("Von der
    Regierung hieß es", "Zu Beginn sagte er")."""
    tokens = sentence.tokens
    text = tokens[index].text
    if not text[:1].isupper() or sentence.lows[index] not in sentence.lexicon.particles:
        return False
    following = index + 1
    while following < limit and sentence.lows[following] in sentence.lexicon.particles:
        following += 1
    if following >= limit or not sentence.is_head(following):
        return False
    return _given_in_full(sentence, index, following)


def _given_in_full(sentence: _Sentence, index: int, surname: int) -> bool:
    """Whether the text writes the particles ``index:surname`` and the surname at ``surname``
    after a given name, with the particles in lower case ("Ursula von der Leyen"; not
    "äußerte sich nicht zu Präferenzen …")."""
    words = [token.text for token in sentence.tokens[index : surname + 1]]
    first_names = sentence.lexicon.first_names
    if words[-1] in first_names:
        return False  # "Bekannte von Mario Schmidt": a preposition before a given name
    full = " " + " ".join([words[0].lower(), *words[1:]])
    whole = sentence.text
    found = whole.find(full)
    while found > 0:
        given = whole[whole.rfind(" ", 0, found) + 1 : found]
        # "Ursula von der Leyen", "Karl-Theodor zu Guttenberg"
        if given.split("-")[0] in first_names:
            return True
        found = whole.find(full, found + 1)
    return False


def _name_follows(sentence: _Sentence, index: int, limit: int) -> bool:
    following = index + 1
    while following < limit and sentence.lows[following] in sentence.lexicon.particles:
        following += 1
    return following < limit and sentence.is_head(following)


def _past_adjectives(sentence: _Sentence, index: int, limit: int, first: int) -> int:
    """The token after the adjectives from ``index`` on: adjectives, a word modifying the
    adjective after it ("sehr", "besonders"), and after ``first`` a verb form standing as an
    adjective ("der gestern verbreiteten Erklärung") or a lower-case word of time before a noun,
    which an article makes an adjective ("nach einer weiteren Nachricht", unlike "des
    Weiteren")."""
    lows, classes, tokens = sentence.lows, sentence.word_classes, sentence.tokens
    verbs = sentence.lexicon.verbs
    while index < limit:
        low = lows[index]
        if (
            low not in classes
            and not tokens[index].text[:1].islower()
            and (index <= first or low not in verbs)
        ):
            break  # a noun, a name or a mark (most often): none of the tests below holds
        if not (
            sentence.is_adjective(index)
            or (_modifies_adjective(sentence, index) and _adjective_follows(sentence, index, limit))
            or (index > first and _attributive_verb(sentence, index))
            or (
                index > first
                and classes.get(low) == "time"
                and sentence.is_lower(index)
                and index + 1 < limit
                and sentence.is_head(index + 1)
            )
        ):
            break
        index += 1
    return index


def _attachment(sentence: _Sentence, index: int, limit: int) -> int | None:
    """Where a genitive or a prepositional phrase attached to a noun ends: an optional article
    (with an extended attribute after it: "Angaben der in Köln ansässigen Firma", "die Autoren
    des am Montag veröffentlichten Berichts"), adjectives and a name or noun; None without one."""
    if _lower_case_acronym(sentence, index, limit):
        return index + 1
    if index < limit and sentence.word_class(index) == "det":
        index += 1
    if index > 0 and sentence.word_class(index - 1) == "det":
        # "Vertreter der drei Organisationen", "Sprecher der beiden Parteien": a number word
        # between the article and its noun
        while index < limit and sentence.lows[index] in sentence.roles.quantities:
            index += 1
        # the article may be the caller's: "der" of a genitive read before this
        index = _participial_attribute(sentence, index, limit, _OBLIQUE_ADJECTIVE_ENDINGS)
    elif index > 0 and sentence.word_class(index - 1) == "prep":
        # "Vater von zwei Kindern", "Besitzer von drei Hotels": a number word with no article
        while index < limit and sentence.lows[index] in sentence.roles.quantities:
            index += 1
    index = _past_adjectives(sentence, index, limit, index)
    start = index
    while index < limit and (
        sentence.is_head(index)
        or (sentence.tokens[index].quote >= 0 and _name_quote(sentence, index, start, start))
        or (
            # a particle no German word shares inside a name: "der University of Toronto";
            # "du", a pronoun in German, only inside a foreign name of several words ("des
            # Verbandes Union Générale Tunisienne du Travail")
            index > start
            and sentence.lows[index] in sentence.lexicon.particles
            and (
                not sentence.word_class(index)
                or (
                    sentence.word_class(index) == "pron"
                    and index - start >= _FOREIGN_NAME_WORDS
                    and sentence.is_head(index - 2)
                )
            )
            and index + 1 < limit
            and sentence.is_head(index + 1)
        )
        or (index > start and _lower_case_name_part(sentence, index))
    ):
        index += 1
    return index if index > start else None


def _lower_case_acronym(sentence: _Sentence, index: int, limit: int) -> bool:
    """Whether the word at ``index`` right after "von", or a genitive article after a noun of
    saying, is an organisation's short name written in lower case ("nach Ansicht von ai
    Disziplinarmaßnahmen", "laut einer Meldung der dpa"; see :func:`_short_unknown`), followed by a
    capitalised word (after "von" only), a mark, a preposition, the phrase's limit or nothing;
    not a quantity word ("der drei Organisationen"), nor one followed by another lower-case
    word or a number, as a verb or an adverb is ("von lag die", "von rund 10.000 Menschen")."""
    if index >= limit or index == 0:
        return False
    before, low = sentence.lows[index - 1], sentence.lows[index]
    # After a genitive article only when a noun of saying heads it ("einer Meldung der dpa"):
    # after a person, "der dpa" is whom they told ("sagte ein Sprecher der dpa").
    genitive = (
        before in sentence.roles.genitive
        and index > 1
        and sentence.lows[index - 2] in sentence.lexicon.speech_nouns
    )
    if (before not in sentence.roles.von and not genitive) or low in sentence.roles.quantities:
        return False
    following = index + 1
    if following >= len(sentence.tokens):
        return _short_unknown(sentence, index)
    after = sentence.tokens[following].text
    return (
        _short_unknown(sentence, index)
        # a stop right after it is an abbreviation's ("von ca. 30"), unless it ends the sentence
        and (after[:1] != "." or following == len(sentence.tokens) - 1)
        and (
            # after an article a capitalised word is the noun it goes with: "der drei Parteien"
            (after[:1].isupper() and not genitive)
            or not after[:1].isalnum()
            or following >= limit  # the verb's particle: "geht aus einer Meldung der dpa hervor"
            or sentence.word_class(following) == "prep"  # "ein Sprecher der dpa am Montag"
        )
    )


def _short_unknown(sentence: _Sentence, index: int) -> bool:
    """Whether the word at ``index`` may be a short name in lower case ("ai", "dpa", "n24"):
    two to ``_MAX_ACRONYM`` letters or digits, no word the lexicons know, no adjective."""
    token = sentence.tokens[index]
    text = token.text
    if (
        token.quote >= 0
        or not _MIN_ACRONYM <= len(text) <= _MAX_ACRONYM
        or not text[:1].islower()
        or not text.isalnum()
    ):
        return False
    low = sentence.lows[index]
    lexicon = sentence.lexicon
    return not (
        low in lexicon.word_class
        or low in lexicon.verbs
        or low in lexicon.auxiliaries
        or low in lexicon.konjunktiv
        or sentence.is_adjective(index)
    )


# The length of an organisation's short name written in lower case ("ai", "dpa", "n24").
_MIN_ACRONYM = 2
_MAX_ACRONYM = 4


#: How many capitalised words a name must have before a particle that is a German pronoun
#: ("du") counts as the name's: "Union Générale Tunisienne du Travail".
_FOREIGN_NAME_WORDS = 2


def _parenthesis(sentence: _Sentence, index: int, limit: int) -> int | None:
    """ "(IAEO)", "(SPD)": a short capitalised aside inside a noun phrase."""
    start = index
    while (
        index < limit
        and index - start < 4
        and sentence.tokens[index].quote < 0
        and sentence.tokens[index].text[:1].isalnum()
    ):
        index += 1
    if index == start or index >= limit or sentence.tokens[index].text != ")":
        return None
    return index + 1


def _place(sentence: _Sentence, index: int, limit: int) -> int | None:
    """Where a place after "in" ends: a name without an article ("in Lomé", "in New York"),
    not a month, a weekday, a noun of an occasion to speak (see :func:`_occasion`: "in
    Interviews", "im STANDARD-Interview") or a noun of the ``not_places`` role ("in Zukunft",
    "in Haft"); returns None for anything else."""
    start = index
    while index < limit and sentence.is_head(index) and sentence.tokens[index].quote < 0:
        low = sentence.lows[index]
        if (
            low in sentence.roles.name_context
            or low in sentence.roles.not_places
            or _occasion(sentence, index, index + 1)
        ):
            return None
        index += 1
    return index if index > start else None


def _bare_genitive(sentence: _Sentence, index: int, limit: int) -> bool:
    """Whether a genitive without an article opens at ``index`` after a noun: a possessive or
    quantifier from the ``genitive_openers`` role ("Angaben seines Anwalts", "Meinung vieler
    Experten") or an adjective in -er before a noun ("Angaben libanesischer Sicherheitskreise",
    "Schätzungen französischer Behörden")."""
    following = index + 1
    if following >= limit:
        return False
    low = sentence.lows[index]
    # The word itself first: after most phrases it opens no genitive (a verb, a comma).
    if low in sentence.roles.genitive_openers:
        return sentence.is_head(index - 1)
    return (
        low.endswith("er")
        and sentence.is_adjective(index)
        and sentence.is_head(following)
        and sentence.is_head(index - 1)
    )


def _age(sentence: _Sentence, index: int) -> bool:
    """ ", 30," after a name: a number set off by commas on both sides, the person's age."""
    following = index + 1
    return (
        following < len(sentence.tokens)
        and sentence.tokens[index].text.isdigit()
        and len(sentence.tokens[index].text) <= _AGE_DIGITS
        and sentence.tokens[following].text == ","
    )


def _apposition(sentence: _Sentence, index: int, limit: int) -> int | None:
    """ ", Dieter Wiefelspütz," after a role: the name in apposition, with its closing comma.

    The name opens with a first name from the lexicon, or is two or more capitalised words none
    of which is a role or organisation ("der Vorsitzende des Verbandes, Elmar Gesse, sagte"),
    closed by a comma, a colon or the end of the sentence.
    """
    if index >= limit:
        return None
    # A role before the name ("der Verteidiger, Rechtsanwalt Werner Tomanek"): the name after
    # it must open with a first name.
    titles = index
    while (
        titles - index < _MAX_APPOSED_TITLES
        and titles + 1 < limit
        and role_or_organisation(sentence.tokens[titles].text, "de")
    ):
        titles += 1
    if titles > index:
        if sentence.tokens[titles].text not in sentence.lexicon.first_names:
            return None
        index = titles
    known = sentence.tokens[index].text in sentence.lexicon.first_names
    start = index
    while index < limit and (
        sentence.is_head(index)
        # a name particle, but no German article ("Volker Beck das Pontifikat …")
        or (
            sentence.lows[index] in sentence.lexicon.particles
            and sentence.word_class(index) != "det"
        )
        or (index > start and _initial_stop(sentence, index, limit))
    ):
        index += 1
    if index == start:
        return None
    if not known and (
        index - start < 2
        or any(
            role_or_organisation(sentence.tokens[position].text, "de")
            for position in range(start, index)
        )
    ):
        return None
    if index < len(sentence.tokens) and sentence.tokens[index].text == "(":
        # the party, age or place in brackets after the name: "Josef Moser (ÖVP)", "(45)"
        aside = _parenthesis(sentence, index + 1, limit)
        if aside is None:
            return None
        index = aside
    if index < len(sentence.tokens):
        following = sentence.tokens[index].text
        if following == ",":
            return index + 1
        if following not in _FINAL and following != ":":
            return None
    return index


# The most role nouns before a name in apposition ("Richterin Christina Salzborn").
_MAX_APPOSED_TITLES = 2

# A web address as a name: "tagesschau.de", "news.bbc.co.uk".
_MAX_ADDRESS_TOKENS = 7  # "www", ".", "spiegel", ".", "de": a web address split at its dots
_WEB_ADDRESS = re.compile(r"[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}")


def _names_a_thing_only(sentence: _Sentence, first: int, stop: int) -> bool:
    """Whether the noun phrase opening at ``first`` (an article, adjectives, nouns) names a
    thing: no word of its head is a role, an organisation or a first name ("Die Entwicklung",
    "Seine Zuversicht"; not "Die Europäische Union", "Das US-Magazin Barrons")."""
    if sentence.word_class(first) == "det":
        head = first + 1
    elif _coordinated_adjectives(sentence, first, stop):
        # no article: adjectives joined by "und" before the noun ("Umfassende und transparente
        # Aufklärung fordert auch Joachim Feher")
        head = first + 1
        while head + 1 < stop and sentence.lows[head] in sentence.roles.coordinators:
            head += 2
        return head < stop and _thing_head(sentence, head, stop)
    else:
        # no article: a noun of a response, after adjectives, is no one ("Klare Worte fand
        # der Kardinal", "Kritik übte der Rechnungshof"); any other word may be a name
        head = first
        statements = sentence.roles.statement_nouns
        if (
            head + 1 < stop
            and sentence.lows[head + 1] in statements
            and sentence.lows[head].endswith(_ADJECTIVE_ENDINGS)
            and sentence.lows[head] not in sentence.lexicon.word_class
        ):
            head += 1  # an adjective capitalised as the sentence's first word: "Klare Worte"
        while head < stop and sentence.is_adjective(head):
            head += 1
        return (
            head < stop and sentence.lows[head] in statements and _thing_head(sentence, head, stop)
        )
    while head < stop and sentence.is_adjective(head):
        head += 1
    return head < stop and _thing_head(sentence, head, stop)


def _thing_head(sentence: _Sentence, head: int, stop: int) -> bool:
    """Whether the nouns from ``head`` to ``stop`` name a thing: none is a role, an
    organisation or a first name (see :func:`_names_a_thing_only`)."""
    if not sentence.is_head(head):
        return False
    first_names = sentence.lexicon.first_names
    while head < stop and sentence.is_head(head):
        word = sentence.tokens[head].text
        if role_or_organisation(word, "de") or word in first_names:
            return False
        head += 1
    return True


def _coordinated_adjectives(sentence: _Sentence, first: int, stop: int) -> bool:
    """Whether the capitalised word at ``first`` opens adjectives joined by a coordinator
    ("Umfassende und transparente"): its ending is an adjective's, and a coordinator and a
    lower-case adjective follow it."""
    low = sentence.lows[first]
    return (
        first + 2 < stop
        and low.endswith(_ADJECTIVE_ENDINGS)
        and low not in sentence.lexicon.word_class
        and sentence.lows[first + 1] in sentence.roles.coordinators
        and sentence.is_adjective(first + 2)
    )


def _names_someone(sentence: _Sentence, phrase: Phrase) -> bool:
    """Whether a noun phrase after the verb is a subject naming someone: a name without an
    article ("Merkel", "Franz Müntefering") or a phrase in the nominative "der" with a role or
    organisation noun ("der SPD-Vorsitzende Franz Müntefering"; "die" could be an object). A
    bare noun for words, a slogan noun or a noun of saying, is the object ("Die Menge
    skandierte Parolen wie „…“", "Die Menge äußerte Kritik")."""
    start, stop = phrase
    if sentence.word_class(start) == "det":
        if sentence.lows[start] not in sentence.roles.nominative:
            return False
        # A person's role, not an organisation: "der Schulleitung" is a dative.
        info = analyse_mention(sentence.words(start, stop), language="de")
        return info is not None and info.kind is _SPEAKER_PERSON
    return (
        sentence.is_head(start)
        and sentence.tokens[start].quote < 0
        and sentence.lows[start] not in sentence.roles.slogan_nouns
        and not _names_a_source(sentence, phrase, speech_only=True)
    )


def _names_a_source(sentence: _Sentence, phrase: Phrase, *, speech_only: bool = False) -> bool:
    """Whether the first noun of ``phrase`` is a noun of saying ("Bericht",
    "Pressemitteilung") or (unless ``speech_only``) a role or an organisation ("Behörden")."""
    endings = sentence.lexicon.speech_noun_endings
    for position in range(phrase.start, phrase.stop):
        if sentence.is_head(position):
            word = sentence.tokens[position].text
            return word.lower().endswith(endings) or (
                not speech_only and role_or_organisation(word, "de")
            )
    return False


def _source_words(sentence: _Sentence, mention: Phrase) -> tuple[str, ...]:
    """The words that name a speaker: a source in a prepositional phrase ("In dem Bericht
    heißt es", "Aus der Studie geht hervor") is named without its preposition, which stays in
    the mention's span; so are the words inside an extended participial attribute ("die das
    Feuer überlebende Mieterin Ida Brandt" is named "die überlebende Mieterin Ida Brandt") and
    an age after the name ("Ida Brandt, 71")."""
    start, stop = mention
    if (
        stop == start + 1
        and start > 1
        and sentence.lows[start] in sentence.roles.relative
        and sentence.tokens[start - 1].text == ","
    ):
        # ", der der Regierung vorwarf": a relative pronoun is named by its antecedent
        antecedent = _phrase_before(sentence, start - 1)
        if antecedent is not None:
            return sentence.words(*antecedent)
    if sentence.word_class(start) == "prep" and start + 1 < stop:
        words = sentence.words(start, stop)
        # "Von der Leyen sagte", "sagte von der Leyen": a name's particles, as the text gives
        # the name in full after a given name, written as a name opens (the speakers' analysis
        # takes a capitalised particle for a name's)
        named = (words[0].capitalize(), *words[1:])
        if particle_surname(named, "de") and _given_in_full(sentence, start, stop - 1):
            return named
        start += 1
    if stop - start > 2 and sentence.tokens[stop - 2].text == "," and _age(sentence, stop - 1):
        stop -= 2  # "Ida Brandt, 71": the age is no part of the name
    stop = _before_time(sentence, start, stop)  # "Im Bericht vom Montag": the "Bericht"
    if sentence.word_class(start) == "det" and start + 1 < stop:
        participle = _participial_attribute(sentence, start + 1, stop)
        if participle > start + 1:
            return (sentence.tokens[start].text, *sentence.words(participle, stop))
    return sentence.words(start, stop)


def _bare_name(sentence: _Sentence, start: int, stop: int) -> Phrase | None:
    """A source named by one token the noun phrase rules do not read, alone between
    ``start`` and ``stop``: a name in marks or a web address ("Wie „heise online“ berichtet",
    "Wie t-online.de berichtet", "laut „tagesschau.de“"). A web address the tokenizer split
    at its dots ("t-online", ".", "de") counts as one token."""
    if start >= sentence.last or stop <= start:
        return None
    token = sentence.tokens[start]
    if stop != start + 1:
        end = sentence.tokens[stop - 1].end
        if stop - start > _MAX_ADDRESS_TOKENS or " " in sentence.text[token.start : end]:
            return None
        return (
            Phrase(start, stop) if _WEB_ADDRESS.fullmatch(sentence.text, token.start, end) else None
        )
    if token.quote >= 0:
        words = token.text.strip('„“"»«”').split()
        named = (
            0 < len(words) <= _SHORT_QUOTE_WORDS and token.text.rstrip('„“"»«”')[-1:] not in _FINAL
        )
    else:
        named = _WEB_ADDRESS.fullmatch(token.text) is not None
    return Phrase(start, stop) if named else None


def _source_phrase(
    sentence: _Sentence, first: int, finite: int, *, whole: bool = True
) -> Phrase | None:
    """ "In dem Bericht heißt es", "Aus der Studie geht hervor": a phrase naming the source.

    With ``whole`` the phrase must end at ``finite``; otherwise it may end before.
    """
    if first + 1 >= finite or first >= len(sentence.tokens) or sentence.word_class(first) != "prep":
        return None
    limit = min(finite, first + 1 + _MAX_PHRASE)
    end = _attachment(sentence, first + 1, limit)
    roles = sentence.roles
    while end is not None and end + 1 < limit:
        # "In der Pressemitteilung des WWF (vom Montag) heißt es": with its genitive and
        # "von" attachments, and where it appeared ("In der Meldung auf der Website wird er
        # zitiert")
        low = sentence.lows[end]
        if low in roles.genitive or low in roles.von or low in roles.source_prepositions:
            following = _attachment(sentence, end + 1, limit)
        elif _bare_genitive(sentence, end, limit):
            following = _attachment(sentence, end, limit)
        elif low == "(":
            # a short aside in brackets: "Im letzten Satz der Anordnung (Subpoena), die …,
            # heißt es"
            following = _parenthesis(sentence, end + 1, limit)
        else:
            break
        if following is None:
            break
        end = following
    if end is not None and whole and end < finite:
        end = _time_after(sentence, end, finite)
    if end is None or (whole and end != finite):
        return None
    return Phrase(first, end)


def _before_time(sentence: _Sentence, start: int, stop: int) -> int:
    """Where a mention ends before a phrase of time that dates it (see :func:`_time_after`):
    "Bericht vom Montag" names the "Bericht"; ``stop`` when it has none."""
    end = stop
    while end > start + 2 and (
        sentence.word_class(end - 1) in {"time", "adv"}
        or sentence.tokens[end - 1].text.isdigit()
        or sentence.tokens[end - 1].text == "."
    ):
        end -= 1
    before = end - 1
    if end < stop and (
        sentence.lows[before] in sentence.roles.von or sentence.word_class(before) == "prep"
    ):
        return before
    return stop


def _time_after(sentence: _Sentence, index: int, limit: int) -> int:
    """Where a phrase of time that dates a source ends: "Im Bericht vom Montag heißt es", "In
    der Erklärung von heute Mittag", "In der Ausgabe vom 2. Dezember 2004"; ``index`` when
    none starts there."""
    position = index
    if position < limit and (
        sentence.lows[position] in sentence.roles.von or sentence.word_class(position) == "prep"
    ):
        position += 1
    start = position
    while position < limit and (
        sentence.word_class(position) in {"time", "adv"}
        or sentence.tokens[position].text.isdigit()
        or (position > start and sentence.tokens[position].text == ".")
    ):
        position += 1
    return position if position > start else index


def _postverbal_subject(sentence: _Sentence, start: int, limit: int) -> Phrase | None:
    """The subject after the verb, past adverbs, an aside between dashes ("gab heute – nach
    eingehenden Untersuchungen – Professor Bernd Hillemeier bekannt") and a dative object
    ("teilte dem Sender …")."""
    index = _past_dash_aside(sentence, _skip_adverbs(sentence, start), limit)
    particled = _name_with_foreign_particle(sentence, index, limit)
    if particled is not None:
        return particled
    index = _past_adverbials(sentence, index, limit)
    for _ in range(2):
        if index >= limit:
            return None
        if (
            sentence.lows[index] in sentence.roles.demonstrative
            and index + 1 < limit
            and sentence.word_class(index + 1) == "det"
        ):
            # "Anders sieht das die Arbeiterkammer": a demonstrative before a noun phrase that
            # names someone is the object, the subject follows it (not "nenne das die
            # Drei-K-Strategie")
            after = _phrase_after(sentence, index + 1, limit)
            info = None if after is None else analyse_mention(sentence.words(*after), language="de")
            article = sentence.lows[index + 1]
            if (
                info is not None
                and info.kind is not SpeakerKind.UNKNOWN
                # in the nominative: not "dem"/"den" nor "der" before a feminine or plural noun
                # ("schilderte das der Polizei ein Augenzeuge": the Polizei is told)
                and article not in sentence.roles.object_determiners
                and (article not in sentence.roles.nominative or info.gender == "m")
            ):
                return after
        phrase = _phrase_after(sentence, index, limit)
        if phrase is None:
            return None
        if sentence.lows[phrase.start] not in sentence.roles.object_determiners:
            return phrase
        index = _skip_adverbs(sentence, phrase.stop)
    return None


#: The fewest tokens of a place with the subject its phrase ran into: "Berlin der Vorstand".
_PLACE_AND_SUBJECT = 3
#: The most prepositional phrases read past between a verb and its subject after it ("sagte am
#: Montag in Brüssel Finanzminister …").
_MAX_ADVERBIALS_AFTER_VERB = 2


def _past_adverbials(sentence: _Sentence, index: int, limit: int) -> int:
    """Past the prepositional phrases of time, place or occasion between a verb and a subject
    after it (dpa's "sagte am Montag Finanzminister Markus Marterbauer", "teilte nach der
    Sitzung die Feuerwehr mit", "erklärte gegenüber dem ORF Finanzminister Marterbauer"): up to
    :data:`_MAX_ADVERBIALS_AFTER_VERB` of them, each a preposition (or one fused with its
    article, "am", "im") and a noun phrase, with the adverbs after it, when a noun phrase in
    the nominative follows them; ``index`` itself otherwise (the phrase after the verb may be
    its own object: "berichtete von der Konferenz")."""
    position = index
    for _ in range(_MAX_ADVERBIALS_AFTER_VERB):
        if position >= limit or sentence.word_class(position) != "prep":
            break
        following = position + 1
        if following < limit and sentence.word_class(following) == "time":
            stop = following + 1  # "am Montag", "in der Nacht" reads as a phrase below
        else:
            phrase = _phrase_after(sentence, following, limit)
            if phrase is None or phrase.start != following:
                break
            stop = (
                _role_inside(sentence, phrase)
                or _subject_after_place(sentence, phrase, limit)
                or phrase.stop
            )
        position = _skip_adverbs(sentence, stop)
        if _nominative_phrase(sentence, position, limit) and _names_speaker(
            sentence, position, limit
        ):
            return position
    return index


def _subject_after_place(sentence: _Sentence, phrase: Phrase, limit: int) -> int | None:
    """Where the subject starts that a phrase after a preposition ran into as its genitive:
    "sagte in Berlin der Bahn-Vorstand Ralf Kühn" (a place is named without a genitive; the
    article opens the nominative subject, a masculine person or organisation), or None."""
    if phrase.stop - phrase.start < _PLACE_AND_SUBJECT or not sentence.is_capitalised(phrase.start):
        return None
    article = phrase.start + 1
    if sentence.lows[article] not in sentence.roles.nominative or not _names_speaker(
        sentence, article, limit
    ):
        return None
    return article


def _names_speaker(sentence: _Sentence, start: int, limit: int) -> bool:
    """Whether the noun phrase at ``start`` names a person or an organisation ("Finanzminister
    Markus Marterbauer", "die Feuerwehr"), not a thing ("bot sich am Donnerstag der Tourismus
    an", "fordert im Anschluss von den Opfern ein Lösegeld")."""
    phrase = _phrase_after(sentence, start, limit)
    if phrase is None:
        return False
    info = analyse_mention(sentence.words(*phrase), language="de")
    if info is None or info.kind is SpeakerKind.UNKNOWN:
        return False
    # "der" is a nominative only before a masculine noun: "sagte am Montag der Nachrichtenagentur
    # Reuters ein Sprecher" tells the agency, in the dative
    return sentence.lows[start] not in sentence.roles.nominative or info.gender == "m"


def _role_inside(sentence: _Sentence, phrase: Phrase) -> int | None:
    """Where a role noun without an article starts a person's mention inside a run of
    capitalised words after a preposition ("in Brüssel Finanzminister Markus Marterbauer": the
    place ends before the role), or None."""
    for position in range(phrase.start + 1, phrase.stop):
        token = sentence.tokens[position]
        if (
            sentence.is_capitalised(position)
            and sentence.is_capitalised(position - 1)
            and role_noun(token.text, "de")
        ):
            return position
    return None


def _nominative_phrase(sentence: _Sentence, index: int, limit: int) -> bool:
    """Whether a noun phrase that may be a subject opens at ``index``: a name or a role with no
    article, or an article of the nominative ("der", "die", "ein", not "dem", "den")."""
    if index >= limit:
        return False
    low = sentence.lows[index]
    if low in sentence.roles.object_determiners:
        return False
    if sentence.word_class(index) == "det":
        return True
    return sentence.is_capitalised(index) and sentence.word_class(index) == ""


def _name_with_foreign_particle(sentence: _Sentence, index: int, limit: int) -> Phrase | None:
    """A name that opens with a lower-case particle no German word is spelt like, after the
    verb: "sagt van der Marel", "sagte de Maizière"; a German one, "von", "zu", which may be a
    preposition ("berichtete von der Konferenz"), only when the text gives the name in full after
    a given name ("sagte von der Leyen" after "Ursula von der Leyen"). None otherwise."""
    lexicon = sentence.lexicon
    low = sentence.lows[index] if index < limit else ""
    if low not in lexicon.particles:
        return None
    name = index + 1
    while name < limit and sentence.lows[name] in lexicon.particles:
        name += 1
    if name >= limit or not sentence.is_capitalised(name):
        return None
    if low in lexicon.word_class and not _given_in_full(sentence, index, name):
        return None  # "berichtete von der Konferenz"
    phrase = _phrase_after(sentence, name, limit)
    return None if phrase is None or phrase.start != name else Phrase(index, phrase.stop)


def _past_dash_aside(sentence: _Sentence, index: int, limit: int) -> int:
    """Past an aside between two dashes of the same kind that opens at ``index`` (and the
    adverbs after it), at most ``_MAX_PHRASE`` tokens long; ``index`` itself otherwise."""
    tokens = sentence.tokens
    if index >= limit or tokens[index].text not in _DASHES:
        return index
    mark = tokens[index].text
    for close in range(index + 1, min(limit, index + _MAX_PHRASE)):
        if tokens[close].text == mark:
            return _skip_adverbs(sentence, close + 1)
        if tokens[close].text in _FINAL:
            break
    return index


def _loose_apposition(sentence: _Sentence, start: int, last_comma: int) -> int:
    """The comma that ends an apposition opening at ``start`` which the noun phrase rules do
    not read ("Obmann der CDU/CSU-Fraktion im Auswärtigen Ausschuss"), or ``start`` if it is
    none: a capitalised word or an article opens it, and no quotation (but a name in marks
    after its article: "die „Koalition für Einheit“ (CUD)") and no word that may be a verb
    stands in it."""
    stop = sentence.clause_end[start]
    if (
        stop > last_comma
        or stop - start > _MAX_PHRASE
        or not (sentence.is_capitalised(start) or sentence.word_class(start) == "det")
    ):
        return start
    for position in range(start, stop):
        if sentence.tokens[position].quote >= 0:
            if position > start and sentence.word_class(position - 1) == "det":
                continue  # a name after its article: "die „Koalition für Einheit“ (CUD)"
            return start
        if (
            sentence.is_lower(position)
            and _verb_like(sentence, position)
            # a word inside a name ("California Institute of Technology") is no verb
            and not (sentence.is_head(position - 1) and sentence.is_head(position + 1))
        ):
            return start
    return stop


def _phrase_before(sentence: _Sentence, stop: int) -> Phrase | None:
    """The noun phrase that ends right before token ``stop``, within its clause."""
    clause_start = sentence.clause_start[stop - 1] if stop > 0 else 0
    start = stop
    while start > clause_start and stop - start < _MAX_PHRASE:
        previous = start - 1
        if (
            sentence.is_capitalised(previous)
            or (sentence.is_adjective(previous) and not _verb_after_noun(sentence, previous))
            or sentence.word_class(previous) in {"det", "prep"}
            # a name in marks after its noun: "Ein Bericht der Agentur „Interfax“, wonach …"
            or (
                previous == stop - 1
                and previous > clause_start
                and sentence.tokens[previous].quote >= 0
                and sentence.is_capitalised(previous - 1)
            )
        ):
            start = previous
            continue
        break
    while start < stop:
        phrase = _phrase_after(sentence, start, stop)
        if (
            phrase is not None
            and sentence.word_class(start) != "prep"
            and sentence.tokens[start].quote < 0
            and _with_phrases(sentence, phrase.stop, stop) == stop
        ):
            return Phrase(start, stop)
        start += 1
    return None


def _verb_after_noun(sentence: _Sentence, index: int) -> bool:
    """Whether a lower-case word in -en right after a capitalised word is a verb, not an
    adjective of the phrase before "zufolge": adjectives stand before their noun ("Am
    Samstag starben behördlichen Angaben zufolge …", "Die Daten entstammen Zeitungsberichten
    zufolge …"); a genitive adjective in -er may follow one ("Angaben libanesischer Kreise")."""
    return (
        index > 0
        and sentence.is_lower(index)
        and sentence.lows[index].endswith("en")
        and not sentence.word_class(index)
        # an inflected quantifier ("einigen", "vielen") is no verb
        and sentence.word_classes.get(sentence.lows[index][:-1]) != "det"
        and sentence.word_class(index - 1) != "det"  # "Den vorliegenden Informationen"
        and (sentence.is_capitalised(index - 1) or sentence.is_head(index - 1))
    )


def _speaking_name(sentence: _Sentence, info: MentionInfo, words: tuple[str, ...]) -> bool:
    """Whether a name of no known kind may be a speaker: one of several words ("Van der
    Bellen") or a surname the text gives with a first name (:func:`_named_in_full`)."""
    return info.named and (" " in info.name or _named_in_full(sentence, words))


def _named_in_full(sentence: _Sentence, words: tuple[str, ...]) -> bool:
    """Whether a lone capitalised word is a surname the text gives with a first name somewhere
    (a teaser "– Thiem: „…“" before "Thomas Thiem" in the article)."""
    if len(words) != 1 or not _is_capital(words[0]):
        return False
    if sentence.words_used is None:
        return _after_first_name(sentence, words[0])
    # Asked again for each teaser of an interview ("Thiem: …"): the text's answers are kept.
    known = sentence.words_used.named_in_full
    found = known.get(words[0])
    if found is None:
        found = known[words[0]] = _after_first_name(sentence, words[0])
    return found


def _after_first_name(sentence: _Sentence, word: str) -> bool:
    """Whether the text gives ``word`` after a first name: "Thomas Thiem", not any capitalised
    word ("Republik Pakistan")."""
    return named_after_first_name(sentence.text, word, sentence.lexicon.first_names)
