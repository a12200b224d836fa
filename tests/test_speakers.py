"""Speaker mentions: name and role, kinds, merging within an article, pronouns, slugs."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newscorpus
from newscorpus._extract import speakers
from newscorpus._extract.speakers import (
    MentionInfo,
    SpeakerRegistry,
    analyse_coordination,
    analyse_mention,
    organisation_word,
)
from newscorpus._model import Speaker, SpeakerKind


def german(text: str, **options: bool | None) -> MentionInfo | None:
    return analyse_mention(tuple(text.split()), language="de", **options)  # type: ignore[arg-type]


def test_role_and_name_are_split_with_a_nominative_role() -> None:
    assert german("der russische Präsident Wladimir Putin") == MentionInfo(
        name="Wladimir Putin",
        kind=SpeakerKind.PERSON,
        key="putin",
        role="russischer Präsident",
        role_head="präsident",
        gender="m",
        plural=False,
        named=True,
        name_gender="m",  # the first name says it, as a title would
    )


def test_dative_role_is_put_in_the_nominative() -> None:
    info = german("seinem weißrussischen Amtskollegen Alexander Lukaschenko")
    assert (None if info is None else (info.name, info.role)) == (
        "Alexander Lukaschenko",
        "weißrussischer Amtskollege",
    )


def test_feminine_role_keeps_its_feminine_ending() -> None:
    info = german("die deutsche Bundeskanzlerin Angela Merkel")
    assert (None if info is None else (info.role, info.gender)) == ("deutsche Bundeskanzlerin", "f")


def test_genitive_attachment_belongs_to_the_role() -> None:
    info = german("der Sprecher des Innenministeriums")
    assert info == MentionInfo(
        name="Sprecher des Innenministeriums",
        kind=SpeakerKind.PERSON,
        key="role:sprecher des innenministeriums",
        role="Sprecher des Innenministeriums",
        role_head="sprecher",
        gender="m",
        plural=False,
        generic=True,
    )


def test_nominalised_adjective_after_die_is_feminine() -> None:
    info = german("die Vorsitzende")
    assert (None if info is None else (info.role, info.gender)) == ("Vorsitzende", "f")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Der Sprecher der Grünen , Fraktionschef Ina Lohse", "Ina Lohse"),
        ("Die Vorsitzende , Nachfolgerin von Karl Brandt , Ina Lohse", "Ina Lohse"),
        ("Die Vorsitzende , Nachfolgerin von Karl Brandt", "Vorsitzende"),
    ],
)
def test_a_second_apposition_headed_by_a_role_is_no_name(text: str, name: str) -> None:
    info = german(text)
    assert (None if info is None else info.name) == name


def test_a_bracketed_abbreviation_after_the_role_is_no_part_of_it() -> None:
    info = german("Der Präsident der Afrikanischen Union ( AU ) , Alpha Omar Konaré")
    assert (None if info is None else (info.name, info.role)) == (
        "Alpha Omar Konaré",
        "Präsident der Afrikanischen Union",
    )


def test_the_speakers_mood_is_no_part_of_the_role() -> None:
    info = german("der sichtlich zufriedene Trainer Peter Lang")
    assert (None if info is None else (info.name, info.role)) == ("Peter Lang", "Trainer")


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # A short role noun after a hyphen is a role compound.
        ("Microsoft-CEO Nadella", "Nadella", "Microsoft-CEO"),
        ("Chefentwickler Kai Roth", "Kai Roth", "Chefentwickler"),
        ("Produzent Lueftner", "Lueftner", "Produzent"),
    ],
)
def test_a_role_compound_before_a_name_is_no_part_of_it(text: str, name: str, role: str) -> None:
    info = german(text)
    assert (None if info is None else (info.name, info.role)) == (name, role)


def test_a_word_of_context_before_a_name_is_no_part_of_it() -> None:
    info = german("Apropos Tesla")
    assert (None if info is None else info.name) == "Tesla"


def test_a_person_by_age_is_no_name() -> None:
    info = german("Der 31-Jährige")
    assert (None if info is None else (info.name, info.generic)) == ("31-Jährige", True)


def test_collective_noun_is_an_organisation() -> None:
    info = german("die Polizei")
    assert (None if info is None else (info.name, info.kind)) == (
        "Polizei",
        SpeakerKind.ORGANISATION,
    )


def test_compound_organisation_is_recognised() -> None:
    info = german("das russische Außenministerium")
    assert (None if info is None else (info.name, info.kind)) == (
        "Russisches Außenministerium",
        SpeakerKind.ORGANISATION,
    )


def test_capital_stands_for_its_government() -> None:
    info = german("Moskau")
    assert (None if info is None else (info.name, info.kind)) == (
        "Moskau",
        SpeakerKind.ORGANISATION,
    )


def test_medium_named_after_its_noun() -> None:
    info = german("die Nachrichtenagentur Reuters")
    assert (None if info is None else (info.name, info.kind)) == (
        "Reuters",
        SpeakerKind.ORGANISATION,
    )


@pytest.mark.parametrize(
    ("mention", "name"),
    [
        ("die Staatsanwaltschaft Wien", "Staatsanwaltschaft Wien"),
        ("das Landesgericht Salzburg", "Landesgericht Salzburg"),
        ("die Landespolizeidirektion Tirol", "Landespolizeidirektion Tirol"),
    ],
)
def test_a_public_body_before_a_place_is_named_with_its_place(mention: str, name: str) -> None:
    info = german(mention)
    assert (None if info is None else (info.name, info.kind, info.generic)) == (
        name,
        SpeakerKind.ORGANISATION,
        False,
    )


def test_genitive_name_loses_its_s() -> None:
    info = german("Putins", genitive=True)
    assert (None if info is None else info.name) == "Putin"


def test_pronoun_number_comes_from_the_verb() -> None:
    assert [
        (info.gender, info.plural) if info else None
        for info in (german("sie", plural=False), german("sie", plural=True))
    ] == [("f", False), (None, True)]


def test_bare_surname_is_of_unknown_kind() -> None:
    info = german("Lukaschenko")
    assert (None if info is None else (info.name, info.kind, info.key)) == (
        "Lukaschenko",
        SpeakerKind.UNKNOWN,
        "lukaschenko",
    )


def test_nothing_left_is_none() -> None:
    assert german("die") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prime Minister Tony Blair", ("Tony Blair", "Prime Minister", SpeakerKind.PERSON)),
        (
            "a spokesman for the firm",
            ("Spokesman for the firm", "spokesman for the firm", SpeakerKind.PERSON),
        ),
        ("the White House", ("White House", None, SpeakerKind.ORGANISATION)),
        ("Mr Smith", ("Smith", None, SpeakerKind.PERSON)),
        # A demonym after "the" names a person by nationality, as a role does.
        ("the Spaniard", ("Spaniard", "Spaniard", SpeakerKind.PERSON)),
        ("the 25-year-old Spaniard", ("Spaniard", "Spaniard", SpeakerKind.PERSON)),
        ("the 31-year-old", ("31-year-old", "31-year-old", SpeakerKind.PERSON)),
    ],
)
def test_english_phrases(text: str, expected: tuple[str, str | None, SpeakerKind]) -> None:
    info = analyse_mention(tuple(text.split()), language="en")
    assert (None if info is None else (info.name, info.role, info.kind)) == expected


# --- what a name is made of: the capitalised name, not the sentence's words before it --------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Leading prepositions, articles and words of time belong to the sentence.
        ("In Tony Blair's", ("Tony Blair", None)),
        ("In 1995 Mr Negroponte", ("Negroponte", None)),
        ("December Microsoft", ("Microsoft", None)),
        ("the online bank Cahoot", ("Cahoot", None)),
        # Lower-case words before the name are context, not name.
        ("The memory Gordon Brown", ("Gordon Brown", None)),
        # A name starts at its first name after other capitalised words, or after a title.
        ("Tory Liam Fox", ("Liam Fox", None)),
        ("Foreign Policy Centre Mr Straw", ("Straw", None)),
        # A role keeps its own modifiers, not the sentence's words before them.
        ("Pakistani president met Prime Minister Shaukat Aziz", ("Shaukat Aziz", "Prime Minister")),
        ("deal comes as Foreign Secretary Jack Straw", ("Jack Straw", "Foreign Secretary")),
        ("former Foreign Secretary Robin Cook", ("Robin Cook", "former Foreign Secretary")),
        ("Bank of England governor Mervyn King", ("Mervyn King", "Bank of England governor")),
        (
            "Lib Dem home affairs spokesman Mark Oaten",
            ("Mark Oaten", "Lib Dem home affairs spokesman"),
        ),
        # A modifier glued by a hyphen is the role's; the speaker's mood and a verb are not.
        ("ex-Foreign Secretary Robin Cook", ("Robin Cook", "ex-Foreign Secretary")),
        ("a proud coach Mike Ruddock", ("Mike Ruddock", "coach")),
        ("Manchester United manager Ed Gray", ("Ed Gray", "Manchester United manager")),
        (
            "he pressured ex-chief financial officer Ed Gray",
            ("Ed Gray", "ex-chief financial officer"),
        ),
        ("A crestfallen France coach , Ed Gray", ("Ed Gray", "France coach")),
        # A spokesman for someone is a role, not that someone.
        (
            "a spokesman for Michael Howard",
            ("Spokesman for Michael Howard", "spokesman for Michael Howard"),
        ),
    ],
)
def test_english_name_words_are_the_capitalised_name(
    text: str, expected: tuple[str, str | None]
) -> None:
    info = analyse_mention(tuple(text.split()), language="en")
    assert (None if info is None else (info.name, info.role)) == expected


@pytest.mark.parametrize(
    ("text", "generic"),
    [
        ("Prosecutors allege that the executives lied.", True),
        ("Ministers said the plan was fair.", True),
        ("Labour said the plan was fair.", False),
    ],
)
def test_a_capitalised_collective_of_people_is_generic(text: str, generic: bool) -> None:
    quotes = newscorpus.extract_quotes(text, language="en")
    assert [quote.speaker.generic for quote in quotes if quote.speaker] == [generic]


def test_a_month_alone_names_no_speaker() -> None:
    assert analyse_mention(("In", "March"), language="en") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("in dem Bericht", ("Bericht", None)),
        ("aus dem Ministerium", ("Ministerium", None)),
        ("Von der griechischen Regierung", ("Griechische Regierung", None)),
        ("Physiker Sebastian Pflugbeil", ("Sebastian Pflugbeil", "Physiker")),
        ("Sowohl Bundeskanzler Werner Faymann", ("Werner Faymann", "Bundeskanzler")),
        (
            "Foglar der Vorschlag von Bundeskanzler Werner Faymann",
            ("Werner Faymann", "Bundeskanzler"),
        ),
        ("Kärntens Landeshauptmann Peter Kaiser", ("Peter Kaiser", "Kärntens Landeshauptmann")),
        # "Sprecher von X" is a spokesperson of X: X's name belongs to the role.
        (
            "ein Sprecher von Erwin Pröll",
            ("Sprecher von Erwin Pröll", "Sprecher von Erwin Pröll"),
        ),
        ("der Sprecher des Verbands Hans Müller", ("Hans Müller", "Sprecher des Verbands")),
    ],
)
def test_german_name_words_are_the_capitalised_name(
    text: str, expected: tuple[str, str | None]
) -> None:
    info = german(text)
    assert (None if info is None else (info.name, info.role)) == expected


@pytest.mark.parametrize(
    "name",
    [
        "Søren Kierkegaard",
        "Thomas de Maizière",
        "Recep Tayyip Erdoğan",
        "Bjørn Ødegård",
        "Łukasz Żak",
    ],
)
def test_article_and_corpus_speaker_ids_agree(name: str) -> None:
    text = f"Titel\n\n„Wir bleiben hier, und zwar alle“, sagte {name}."
    article = newscorpus.parse_article(text, id="0123456789abcdef")
    (corpus_speaker, _), *_ = newscorpus.Corpus.from_articles([article]).speakers()
    assert [speaker.id for speaker in article.speakers] == [corpus_speaker.id]


def register(registry: SpeakerRegistry, text: str) -> int:
    info = german(text)
    assert info is not None
    return registry.add(info)


def test_surname_joins_the_full_name() -> None:
    registry = SpeakerRegistry()
    first = register(registry, "der russische Präsident Wladimir Putin")
    second = register(registry, "Putin")
    assert (registry.final_number(first), registry.final_number(second)) == (0, 0)


def test_merged_speaker_keeps_aliases_and_roles() -> None:
    registry = SpeakerRegistry()
    register(registry, "Putin")
    register(registry, "der russische Präsident Wladimir Putin")
    assert registry.speakers() == [
        Speaker(
            id="wladimir-putin",
            name="Wladimir Putin",
            aliases=("Putin",),
            roles=("russischer Präsident",),
            kind=SpeakerKind.PERSON,
        )
    ]


def test_role_only_mention_joins_the_named_speaker_with_that_role() -> None:
    registry = SpeakerRegistry()
    register(registry, "Präsident Wladimir Putin")
    assert register(registry, "der Präsident") == 0


def english(registry: SpeakerRegistry, text: str) -> int:
    info = analyse_mention(tuple(text.split()), language="en")
    assert info is not None
    return registry.add(info)


def test_people_with_one_surname_and_other_first_names_stay_apart() -> None:
    registry = SpeakerRegistry()
    numbers = [
        english(registry, text)
        for text in ("Michael Howard", "John Howard", "Mr Howard", "Michael Howard")
    ]
    assert ([registry.final_number(number) for number in numbers], registry.speakers()) == (
        [0, 1, 1, 0],
        [
            Speaker(id="michael-howard", name="Michael Howard", kind=SpeakerKind.PERSON),
            Speaker(
                id="john-howard", name="John Howard", aliases=("Howard",), kind=SpeakerKind.PERSON
            ),
        ],
    )


def test_a_bare_surname_takes_no_full_name_when_the_article_names_two_people() -> None:
    people = tuple(german(name) for name in ("Michael Howard", "John Howard"))
    registry = SpeakerRegistry(
        lambda key: tuple(person for person in people if person and person.key == key)
    )
    register(registry, "Howard")
    assert [speaker.name for speaker in registry.speakers()] == ["Howard"]


def test_known_people_complete_a_bare_surname() -> None:
    known = german("seinem weißrussischen Amtskollegen Alexander Lukaschenko")
    registry = SpeakerRegistry(lambda key: (known,) if known and key == known.key else ())
    register(registry, "Lukaschenko")
    assert registry.speakers()[0].name == "Alexander Lukaschenko"


def test_pronoun_takes_the_most_recent_fitting_speaker() -> None:
    registry = SpeakerRegistry()
    register(registry, "Angela Merkel")
    register(registry, "Olaf Scholz")
    pronoun = german("sie", plural=False)
    assert pronoun is not None
    assert registry.resolve_pronoun(pronoun) == 0


def test_pronoun_without_a_fitting_speaker_is_none() -> None:
    registry = SpeakerRegistry()
    register(registry, "Angela Merkel")
    pronoun = german("er")
    assert pronoun is not None
    assert registry.resolve_pronoun(pronoun) is None


def test_same_slug_gets_a_number() -> None:
    registry = SpeakerRegistry()
    register(registry, "der Sprecher")
    registry.add(MentionInfo(name="Sprecher", kind=SpeakerKind.ORGANISATION, key="org:sprecher"))
    assert [speaker.id for speaker in registry.speakers()] == ["sprecher", "sprecher-2"]


WORDS = st.lists(
    st.sampled_from(
        [
            "der",
            "die",
            "Präsident",
            "Wladimir",
            "Putin",
            "„",
            "“",
            ",",
            "des",
            "von",
            "sie",
            "",
            " ",
            "-",
            "s",
            "Polizei",
            "Angaben",
            "al-Omair",
            "the",
            "Mr",
            "spokesman",
            "for",
        ]
    )
    | st.text(max_size=8),
    max_size=8,
)


@given(WORDS, st.sampled_from(["de", "en"]), st.booleans(), st.sampled_from([None, True, False]))
def test_analysis_never_fails_and_names_are_never_blank(
    words: list[str], language: str, genitive: bool, plural: bool | None
) -> None:
    info = analyse_mention(words, language=language, genitive=genitive, plural=plural)
    assert info is None or (info.name.strip() == info.name and info.name != "")
    registry = SpeakerRegistry()
    if info is not None and not info.pronoun:
        registry.add(info)
    assert all(speaker.name for speaker in registry.speakers())


def test_organisation_word_knows_compounds_but_not_roles() -> None:
    assert [organisation_word(word, "de") for word in ("Innenministerium", "Sprecher")] == [
        True,
        False,
    ]


# --- names a journalist sees: what is glued to a name is not the name -----------------------


def english_mention(text: str) -> MentionInfo | None:
    return analyse_mention(tuple(text.split()), language="en")


def test_a_heading_run_into_a_sentence_is_not_part_of_the_name() -> None:
    # A subheading without a full stop before the subject: "Gläserne Türme\nFranziskus sagte".
    info = german("Gläserne Türme Franziskus")
    assert (None if info is None else info.name) == "Franziskus"


def test_a_capitalised_word_before_a_known_first_name_is_context() -> None:
    info = german("Bergsteigers Salvatore Rossi")
    assert (None if info is None else info.name) == "Salvatore Rossi"


def test_an_adverb_opening_a_noun_phrase_is_no_name() -> None:
    # "Nicht näher genannten Quellen zufolge", "Vorwiegend junge Leute": no one named "Nicht".
    assert german("Nicht näher genannten Quellen") is None
    assert german("Vorwiegend junge Besucher") is None


def test_a_surname_with_its_own_word_after_it_stays_a_name() -> None:
    info = german("Merkel selbst")
    assert (None if info is None else info.name) == "Merkel"


def test_a_capitalised_particle_keeps_the_particles_after_it() -> None:
    infos = [german("Van der Berg"), german("Anna Van der Berg")]
    assert [(info.name, info.key) if info else None for info in infos] == [
        ("Van der Berg", "berg"),
        ("Anna Van der Berg", "berg"),
    ]


def test_a_noun_of_saying_without_owner_is_a_common_noun() -> None:
    # "Gerüchte, wonach …", "ein Kommentar, der …": the source is no one's name.
    infos = [german("Gerüchte"), german("ein Kommentar"), german("die Frage")]
    assert [(info.generic, info.named) if info else None for info in infos] == [(True, False)] * 3


def test_a_noun_of_saying_with_an_owner_is_the_owners() -> None:
    info = german("einem Artikel der „Wiener Post“")
    assert (None if info is None else info.name) == "Wiener Post"


def test_people_nouns_are_groups_not_names() -> None:
    infos = [german("Die Leute"), german("viele Menschen")]
    assert [(info.generic, info.named) if info else None for info in infos] == [(True, False)] * 2


def test_a_company_noun_before_a_name_names_the_company() -> None:
    info = german("Fluggesellschaft Nordair")
    assert (None if info is None else (info.name, info.kind)) == (
        "Nordair",
        SpeakerKind.ORGANISATION,
    )


def test_a_surname_ending_like_a_role_noun_before_a_bracket_is_a_name() -> None:
    info = german("Bergmann ( SPD )")
    assert (None if info is None else (info.name, info.role, info.named)) == (
        "Bergmann",
        None,
        True,
    )


def test_a_bare_relation_noun_is_no_role() -> None:
    infos = [
        german("sein Amtskollege Jan Novak"),
        german("seinem polnischen Amtskollegen Jan Novak"),
    ]
    assert [(info.name, info.role) if info else None for info in infos] == [
        ("Jan Novak", None),
        ("Jan Novak", "polnischer Amtskollege"),
    ]


def test_a_form_of_address_is_no_role() -> None:
    infos = [
        german("Frau Haag"),
        german("Frau Ministerin Mikl-Leitner"),
        german("Frau Direktor Haag"),
    ]
    assert [(info.name, info.role, info.gender) if info else None for info in infos] == [
        ("Haag", None, "f"),
        ("Mikl-Leitner", "Ministerin", "f"),
        ("Haag", "Direktor", "f"),
    ]


def test_an_adjective_of_tenure_is_no_part_of_the_role() -> None:
    infos = [
        german("Die jetzige Aufsichtsratschefin Brigitte Ederer"),
        german("der amtierende Präsident Hans Kurz"),
        german("der neue VW-Vorstandsvorsitzende Martin Winterkorn"),
    ]
    assert [(info.name, info.role) if info else None for info in infos] == [
        ("Brigitte Ederer", "Aufsichtsratschefin"),
        ("Hans Kurz", "Präsident"),
        ("Martin Winterkorn", "VW-Vorstandsvorsitzender"),
    ]


def test_two_roles_under_one_article_before_a_name_are_one_persons() -> None:
    info = german("Die frühere Ministerin und jetzige Aufsichtsratschefin Brigitte Ederer")
    assert (None if info is None else (info.name, info.role)) == (
        "Brigitte Ederer",
        "Aufsichtsratschefin",
    )


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        # a verb of saying opening an inverted sentence is no part of the role
        (
            (
                'Said Wales assistant coach Scott Johnson: "They worked all weekend." '
                '"We are hopeful," added Johnson.'
            ),
            ("Wales assistant coach",),
        ),
        # a role of six words before the name is read whole
        (
            (
                "On Monday Lib Dem constitutional affairs committee chairman Alan Beith warned "
                "that the deletion was wrong."
            ),
            ("Lib Dem constitutional affairs committee chairman",),
        ),
        # "of" inside the organisation's name before the role
        (
            "The economy grew, according to Bank of England deputy governor Rachel Lomax.",
            ("Bank of England deputy governor",),
        ),
        # "new" only says the role is held now; "New Zealand" is a name
        ("New President Viktor Yushchenko said the vote was fair.", ("President",)),
        ("New Zealand coach Graham Henry said the team was ready.", ("New Zealand coach",)),
        # a relation alone is no role
        ("Fellow Lib Dem Norman Baker said the episode was unflattering.", ()),
        # a club's name is no first name
        ('"We have to be patient," Chelsea boss Jose Mourinho said.', ("Chelsea boss",)),
        # the friend of a person named after "of" is not that person
        (
            "Mr Smith, a close friend of Gordon Brown, said the chancellor was furious.",
            ("close friend of Gordon Brown",),
        ),
    ],
)
def test_english_roles_are_clean_role_phrases(text: str, roles: tuple[str, ...]) -> None:
    speakers = {
        quote.speaker.roles
        for quote in newscorpus.extract_quotes(text, language="en")
        if quote.speaker is not None
    }
    assert speakers == {roles}


def test_a_german_role_in_apposition_after_the_name_is_the_persons() -> None:
    infos = [
        german("Anna Berg , Sprecherin des Verbands"),
        german("Anna Berg , die Sprecherin des Verbands"),
        german("Martin Kocher , Arbeitsminister ( ÖVP )"),
        german("Isabelle Falque-Pierrotin , Vorsitzende der Gruppe"),
        german("Anna Berg , 45"),
    ]
    assert [(info.name, info.role) if info else None for info in infos] == [
        ("Anna Berg", "Sprecherin des Verbands"),
        ("Anna Berg", "Sprecherin des Verbands"),
        ("Martin Kocher", "Arbeitsminister"),
        ("Isabelle Falque-Pierrotin", "Vorsitzende der Gruppe"),
        ("Anna Berg", None),
    ]


def test_a_quantifier_after_the_article_leaves_it_the_roles_gender() -> None:
    infos = [german("Der weitere Verdächtige"), german("Die weitere Verdächtige")]
    assert [(info.name, info.gender) if info else None for info in infos] == [
        ("Verdächtiger", "m"),
        ("Verdächtige", "f"),
    ]


def test_a_relation_noun_before_a_company_makes_no_person() -> None:
    info = english_mention("Rival Acme")
    assert (None if info is None else (info.name, info.kind, info.role)) == (
        "Acme",
        SpeakerKind.UNKNOWN,
        None,
    )


def test_a_relation_noun_before_a_full_name_keeps_the_role() -> None:
    info = english_mention("British rival Tim Smith")
    assert (None if info is None else (info.name, info.role)) == ("Tim Smith", "British rival")


def test_a_title_case_label_is_no_name() -> None:
    # A football line-up: "Subs Not Used: Smith, Jones."
    assert english_mention("Subs Not Used") is None


def test_an_honorific_makes_a_person_of_a_lexicon_noun() -> None:
    # "cable" is a medium of the lexicon; "Mr Cable" is a man.
    info = english_mention("Mr Cable")
    assert (None if info is None else (info.name, info.kind, info.gender)) == (
        "Cable",
        SpeakerKind.PERSON,
        "m",
    )


def test_a_quote_of_rival_acme_is_acmes() -> None:
    quotes = newscorpus.extract_quotes(
        "Rival Acme has said it will launch the console in March.", language="en"
    )
    assert [(q.speaker.name, q.speaker.kind, q.speaker.roles) for q in quotes if q.speaker] == [
        ("Acme", SpeakerKind.UNKNOWN, ())
    ]


def test_one_noun_after_an_article_is_a_common_noun() -> None:
    # A person's name takes no article: "der Hacker", "die Küstenwache" name no one by name.
    infos = [german("der Hacker"), german("die Küstenwache")]
    assert [(info.name, info.generic, info.named) if info else None for info in infos] == [
        ("Hacker", True, False),
        ("Küstenwache", True, False),
    ]


def test_names_written_with_an_article_stay_names() -> None:
    # Quoted titles, abbreviations, names of the lexicon written with an article, and a name
    # after an adjective of the article's phrase.
    infos = [
        german("die „Wiener Post“"),
        german("des ORF"),
        german("der Spiegel"),
        german("die geborene Lopez"),
        german("von der Leyen"),
    ]
    assert [(info.named, info.generic) if info else None for info in infos] == [(True, False)] * 5


def test_a_role_of_a_name_with_and_is_one_speaker_with_the_whole_role() -> None:
    quotes = newscorpus.extract_quotes(
        "Mark Roe, the leader of the Public and Commercial Services Union, said the plan was "
        "wrong.",
        language="en",
    )
    assert [(q.speaker.name, q.speaker.roles, q.co_speakers) for q in quotes if q.speaker] == [
        ("Mark Roe", ("leader of the Public and Commercial Services Union",), ())
    ]


def test_and_inside_the_attachment_of_an_apposed_role_joins_no_speakers() -> None:
    text = "Mark Roe , the leader of the Public and Commercial Services Union"
    assert analyse_coordination(tuple(text.split(" ")), language="en") == ()


def test_a_known_person_s_name_ends_with_the_surname_looked_up() -> None:
    # A title-case headline runs capitalised words on after the full name.
    quotes = newscorpus.extract_quotes(
        'Donald Trump As A Candidate Draws Crowds\n\nThe rally was loud. "We will win," Trump '
        "said on Monday.\n",
        language="en",
    )
    assert [q.speaker.name for q in quotes if q.speaker] == ["Donald Trump"]


def test_a_known_german_person_s_name_ends_with_the_surname_looked_up() -> None:
    quotes = newscorpus.extract_quotes(
        "Im Mai traf Lech Kaczyński Wałęsa in Danzig. Später sagte Kaczyński: „Ich bleibe dabei.“",
        language="de",
    )
    assert [q.speaker.name for q in quotes if q.speaker] == ["Lech Kaczyński"]


def test_a_verb_in_second_place_is_no_adjective_of_a_known_person_s_role() -> None:
    quotes = newscorpus.extract_quotes(
        "Am Freitag präsentierte Innenministerin Johanna Berger den Plan. „Wir werden siegen“, "
        "sagte Berger am Montag.",
        language="de",
    )
    assert [(q.speaker.name, q.speaker.roles) for q in quotes if q.speaker] == [
        ("Johanna Berger", ("Innenministerin",))
    ]


def test_an_adjective_after_a_sentence_opening_article_stays_in_the_role() -> None:
    quotes = newscorpus.extract_quotes(
        "Der slowakische Premier Robert Fico traf Berger. Fico sagte: „Ich bleibe dabei.“",
        language="de",
    )
    assert [(q.speaker.name, q.speaker.roles) for q in quotes if q.speaker] == [
        ("Robert Fico", ("slowakischer Premier",))
    ]


@pytest.mark.parametrize("text", ["allen Fahrzeugen", "den Halbleitern", "die Lautsprecher"])
def test_a_noun_ending_in_a_role_by_accident_is_no_person(text: str) -> None:
    info = german(text)
    assert info is not None
    assert (info.kind, info.role) == (SpeakerKind.UNKNOWN, None)


def test_a_compound_of_a_real_role_stays_a_role() -> None:
    info = german("die Kronzeugen")
    assert (None if info is None else info.role) == "Kronzeuge"


@pytest.mark.parametrize("text", ["die Minister", "diese Experten", "alle Sprecher"])
def test_a_masculine_role_after_a_plural_article_is_plural(text: str) -> None:
    info = german(text)
    assert (None if info is None else (info.plural, info.gender)) == (True, None)


@pytest.mark.parametrize("text", ["der Minister", "die Ministerin", "die Vorsitzende"])
def test_a_singular_role_stays_singular(text: str) -> None:
    info = german(text)
    assert (None if info is None else info.plural) is False


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("einige Anhänger Anna Bergers", "Anhänger Anna Bergers"),
        (
            "Die Außenminister Frankreichs , Italiens und Österreich",
            "Außenminister Frankreichs, Italiens und Österreich",
        ),
    ],
)
def test_a_genitive_after_a_plural_role_says_whose_the_people_are(text: str, role: str) -> None:
    info = german(text)
    assert (None if info is None else (info.role, info.plural, info.named)) == (role, True, False)


def test_places_after_a_plural_role_are_no_coordinated_speakers() -> None:
    words = ("Die", "Außenminister", "Frankreichs", ",", "Italiens", "und", "Österreich")
    assert analyse_coordination(words, language="de", plural=True) == ()


def test_a_plural_title_is_not_shared_over_an_organisation_name() -> None:
    words = ("Doctors", "Without", "Borders", "and", "Oxfam")
    names = [info.name for info in analyse_coordination(words, language="en")]
    assert "Without Borders" not in names
    shared = analyse_coordination(("Princes", "William", "and", "Harry"), language="en")
    assert [info.name for info in shared] == ["William", "Harry"]


def test_a_plural_role_is_not_the_person_of_that_role_named_before() -> None:
    quotes = newscorpus.extract_quotes(
        "Außenminister Hans Berger sagte, das Land sei bereit. Die Außenminister Frankreichs und "
        "Italiens erklärten, sie seien zufrieden.",
        language="de",
    )
    names = [q.speaker.name if q.speaker else None for q in quotes]
    assert names[0] == "Hans Berger"
    assert "Hans Berger" not in names[1:]


def test_a_known_person_s_role_of_two_words_is_kept_whole() -> None:
    quotes = newscorpus.extract_quotes(
        "Smoke-free areas will save lives, First Minister Jack Roe has insisted.\n"
        'Mr Roe said the rates were "lamentable".\n',
        language="en",
    )
    # all quotes: the trailing "First Minister Jack Roe has insisted", Mr Roe's content and
    # the word he is quoted with ("lamentable")
    assert [(q.speaker.name, q.speaker.roles) for q in quotes if q.speaker] == [
        ("Jack Roe", ("First Minister",))
    ] * 3


def test_a_medium_before_a_role_is_no_adjective_of_it() -> None:
    info = german("der Kurier Villeneigentümer Hans Berger")
    assert (None if info is None else (info.name, info.role)) == ("Hans Berger", "Villeneigentümer")


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("österreichischer Erhebung", "Erhebung"),
        ("die Bedeutung des Themas", "Bedeutung"),
        ("Bedeutung des Themas", "Bedeutung"),
    ],
)
def test_a_noun_after_a_bare_adjective_or_before_a_genitive_is_no_name(
    text: str, noun: str
) -> None:
    info = german(text)
    assert (None if info is None else (info.name, info.named, info.generic)) == (noun, False, True)


def test_a_surname_after_its_particle_stays_a_name() -> None:
    info = german("de Maizière")
    assert (None if info is None else (info.key, info.named, info.generic)) == (
        "maizière",
        True,
        False,
    )


@pytest.mark.parametrize("language", ["de", "en"])
def test_a_role_core_is_written_in_every_form_of_the_role(language: str) -> None:
    # The role holder search reads only a stretch that writes the cores of the role's words
    # (_role_cores): each form the lexicon reads as a role ("Landesräte", "Vorsitzenden") holds
    # the core of every ending of its base ("Landesrat", "Vorsitzender"), where a word of the
    # mention's role may end.
    lexicon = speakers._lexicon(language)
    missing = [
        (written, form.base)
        for written, form in lexicon.roles.items()
        for start in range(len(form.base))
        if speakers._role_core(form.base.lower()[start:]) not in written
    ]
    assert not missing


@pytest.mark.parametrize(
    ("part", "core"),
    [
        ("minister", "minist"),  # "Ministerin", an adjective's ending rewritten
        ("landesrat", "landesr"),  # "Landesräte"
        ("hauptmann", "hauptm"),
        ("arzt", ""),  # "Ärzte": nothing is sure to be written
        ("bild-chef", "ch"),  # "„Bild“-Chef": the part after the hyphen
        ("sen.", ""),
    ],
)
def test_the_core_of_a_role_word(part: str, core: str) -> None:
    assert speakers._role_core(part) == core


def test_a_lone_noun_before_a_plural_verb_names_a_group_not_a_surname() -> None:
    # "Fischer sagten" are fishermen, not Joschka Fischer: a generic speaker, never merged
    text = "Joschka Fischer besuchte die Region. Fischer sagten, sie hätten eine Explosion gesehen."
    (quote,) = newscorpus.extract_quotes(text, language="de")
    assert quote.speaker is not None
    assert quote.speaker.generic


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # A first name opening the mention before another capitalised modifier is part of an
        # organisation's name, not a person's.
        (
            "William Hill spokesman Rupert Adams said the odds had shortened.",
            "William Hill spokesman",
        ),
        (
            "Franz Ferdinand frontman Alex Kapranos said the band was tired.",
            "Franz Ferdinand frontman",
        ),
    ],
)
def test_an_organisation_named_after_a_person_stays_in_the_role(text: str, role: str) -> None:
    quotes = newscorpus.extract_quotes(text, language="en")
    assert [quote.speaker.roles for quote in quotes if quote.speaker] == [(role,)]
