"""The text index, query parsing, speaker name keys and the speaker index."""

from __future__ import annotations

import re

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscorpus._corpus.search import (
    _MAX_WORDS,
    Term,
    TextIndex,
    _code_of,
    parse_query,
    phrase_of,
)
from newscorpus._exceptions import QueryError
from newscorpus._extract.names import NameKey, name_key, slug_of
from newscorpus._folding import fold, fold_with_offsets
from newscorpus._identity.aliases import AliasEntry, AliasTable
from newscorpus._identity.speakers import SpeakerIndex, SpeakerTally
from newscorpus._model import Article, Quote, QuoteKind, Span, Speaker, SpeakerKind
from tests import strategies


def person(name: str, *aliases: str, roles: tuple[str, ...] = ()) -> Speaker:
    return Speaker(
        id=slug_of(name), name=name, aliases=aliases, roles=roles, kind=SpeakerKind.PERSON
    )


def article(article_id: str, sentences: list[tuple[str, Speaker | None]]) -> Article:
    """An article with one paragraph per sentence, each sentence quoted whole."""
    title = f"Artikel {article_id}"
    paragraphs = tuple(sentence for sentence, _ in sentences)
    text = title + "\n\n" + "\n".join(paragraphs)
    quotes = []
    for sentence, speaker in sentences:
        start = text.index(sentence)
        quotes.append(
            Quote(
                text=sentence,
                kind=QuoteKind.INDIRECT,
                span=Span(start=start, end=start + len(sentence)),
                speaker=speaker,
            )
        )
    speakers = tuple({s.id: s for _, s in sentences if s is not None}.values())
    return Article(
        id=article_id, title=title, paragraphs=paragraphs, quotes=tuple(quotes), speakers=speakers
    )


# --- queries ---------------------------------------------------------------------------------


def test_parse_query_splits_words_phrases_and_prefixes() -> None:
    assert parse_query('Weißrussland „Russlands Sotschi“ Kredit* "Moskau') == (
        Term(words=("weissrussland",)),
        Term(words=("russlands", "sotschi")),
        Term(words=("kredit",), prefix=True),
        Term(words=("moskau",)),
    )


def test_parse_query_makes_a_hyphenated_word_a_phrase() -> None:
    assert parse_query("COVID-19-Pandemie") == (Term(words=("covid", "19", "pandemie")),)


def test_parse_query_without_words_has_no_terms() -> None:
    assert parse_query(' " — * ,, ') == ()


def test_phrase_of_joins_all_words() -> None:
    assert phrase_of('sagte "Putin bei*"') == Term(words=("sagte", "putin", "bei"), prefix=True)


def test_term_pattern_matches_whole_words_only() -> None:
    pattern = Term(words=("putin",)).pattern()
    assert [m.group() for m in pattern.finditer("putin putins wladimir-putin")] == [
        "putin",
        "putin",
    ]


def test_term_pattern_of_a_phrase_does_not_cross_lines() -> None:
    pattern = Term(words=("sotschi", "der")).pattern()
    found = [pattern.search(text) for text in ("in sotschi. der", "sotschi\nder")]
    assert [None if match is None else match.group() for match in found] == ["sotschi. der", None]


def test_term_pattern_with_prefix_matches_word_starts() -> None:
    pattern = Term(words=("weiss",), prefix=True).pattern()
    assert re.findall(pattern, "weissrussland, weiss; aweiss") == ["weissrussland", "weiss"]


@given(
    st.text(alphabet=st.sampled_from("ab_1 -\n.ä")),
    st.lists(st.sampled_from(["a", "ab", "b", "ä", "a_1"]), min_size=1, max_size=3),
    st.booleans(),
)
def test_term_pattern_finds_what_the_plain_regex_finds(
    text: str, words: list[str], prefix: bool
) -> None:
    plain = r"[^\w\n]+".join(re.escape(word) for word in words)
    tail = r"\w*" if prefix else r"(?!\w)"
    expected = [match.span() for match in re.finditer(rf"(?<!\w){plain}{tail}", text)]
    term = Term(words=tuple(words), prefix=prefix)
    assert [match.span() for match in term.pattern().finditer(text)] == expected


# --- text index ------------------------------------------------------------------------------

TEXTS = [
    "Putin traf Lukaschenko in Sotschi.",
    "Weißrussland und Russland\nSotschi liegt am Meer.",
    "Die Straße nach Minsk; Putin sagte nichts.",
]


def test_text_index_lists_positions_per_folded_word() -> None:
    index = TextIndex(TEXTS)
    assert (
        len(index),
        list(index.positions("putin")),
        list(index.positions("strasse")),
        list(index.positions("nowhere")),
    ) == (3, [0, 2], [2], [])


def test_text_index_prefix_positions_merge_words() -> None:
    index = TextIndex(TEXTS)
    assert list(index.positions("s", prefix=True)) == [0, 1, 2]


def test_text_index_candidates_need_every_word() -> None:
    index = TextIndex(TEXTS)
    assert list(index.candidates(parse_query("putin sotschi"))) == [0]


def test_text_index_candidates_without_terms_are_all_texts() -> None:
    assert list(TextIndex(TEXTS).candidates(())) == [0, 1, 2]


def test_text_index_search_checks_phrases_in_the_text() -> None:
    index = TextIndex(TEXTS)
    found = [
        index.search(parse_query(query), TEXTS.__getitem__)
        for query in ('"russland sotschi"', '"putin sagte"', '"sagte putin"', "STRASSE minsk")
    ]
    assert found == [[], [2], [], [2]]


def test_text_index_counts_distinct_words() -> None:
    assert TextIndex(["a b a", "b c"]).word_count == 3


@given(st.lists(st.text(), max_size=5), st.text())
def test_text_index_search_never_raises_and_agrees_with_a_scan(
    texts: list[str], query: str
) -> None:
    index = TextIndex(texts)
    terms = parse_query(query)
    expected = [
        position
        for position, text in enumerate(texts)
        if all(term.pattern().search(fold(text)) for term in terms)
    ]
    assert index.search(terms, texts.__getitem__) == expected


# --- names -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Wladimir Putin", NameKey(words=("wladimir", "putin"), core="Wladimir Putin")),
        ("Präsident Putin", NameKey(words=("putin",), core="Putin")),
        (
            "Der russische Präsident Wladimir Putin",
            NameKey(words=("wladimir", "putin"), core="Wladimir Putin"),
        ),
        ("US-Präsident Obama", NameKey(words=("obama",), core="Obama")),
        (
            "Bundeskanzlerin Angela Merkel (CDU)",
            NameKey(words=("angela", "merkel"), core="Angela Merkel"),
        ),
        ("Hans Meister", NameKey(words=("hans", "meister"), core="Hans Meister")),
        ("Kremlchef", NameKey(words=("kremlchef",), core="Kremlchef")),
        ("Jürgen Müller", NameKey(words=("juergen", "mueller"), core="Jürgen Müller")),
        ("—", NameKey(words=("—",), core="—")),
        # A name written with an article is compared without it; a first name "Des" stays.
        ("Der Spiegel", NameKey(words=("spiegel",), core="Spiegel")),
        ("Die Grünen", NameKey(words=("gruenen",), core="Grünen")),
        ("Des Browne", NameKey(words=("des", "browne"), core="Des Browne")),
        ("Der Hacker", NameKey(words=("der", "hacker"), core="Der Hacker")),
    ],
)
def test_name_key(name: str, key: NameKey) -> None:
    assert name_key(name) == key


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Wladimir Putin", "wladimir-putin"),
        ("Jürgen Müller-Lüdenscheidt", "juergen-mueller-luedenscheidt"),
        ("Sigmar Gabriel (SPD)", "sigmar-gabriel-spd"),
        ("Søren Æbeltoft-Łukasz", "soeren-aebeltoft-lukasz"),
        ("习近平", "speaker-f6ff417f"),
    ],
)
def test_slug_of(name: str, slug: str) -> None:
    assert slug_of(name) == slug


# --- speaker index ---------------------------------------------------------------------------

PUTIN = person("Wladimir Putin", "Putin", roles=("russischer Präsident",))
PUTIN_SHORT = person("Putin")
PRESIDENT_PUTIN = person("Präsident Putin")
LUKASCHENKO = person("Alexander Lukaschenko")


def test_speakers_are_merged_across_articles_by_surname() -> None:
    index = SpeakerIndex(
        [
            article("a1", [("Eins.", PUTIN), ("Zwei.", LUKASCHENKO)]),
            article("a2", [("Drei.", PUTIN_SHORT)]),
            article("a3", [("Vier.", PRESIDENT_PUTIN)]),
        ]
    )
    assert (index.speakers, index.quote_counts, index.quote_refs) == (
        (
            Speaker(
                id="wladimir-putin",
                name="Wladimir Putin",
                aliases=("Putin", "Präsident Putin"),
                roles=("russischer Präsident",),
                kind=SpeakerKind.PERSON,
            ),
            LUKASCHENKO,
        ),
        (3, 1),
        (((0, 0), (1, 0), (2, 0)), ((0, 1),)),
    )


def test_resolve_maps_article_speakers_to_corpus_speakers() -> None:
    index = SpeakerIndex(
        [article("a1", [("Eins.", PUTIN)]), article("a2", [("Zwei.", PUTIN_SHORT)])]
    )
    assert [
        index.resolve(0, "wladimir-putin"),
        index.resolve(1, "putin"),
        index.resolve(1, "x"),
    ] == [
        0,
        0,
        None,
    ]


def test_ambiguous_surname_does_not_merge() -> None:
    index = SpeakerIndex(
        [
            article("a1", [("Eins.", person("George W. Bush"))]),
            article("a2", [("Zwei.", person("Jeb Bush")), ("Drei.", person("Jeb Bush"))]),
            article("a3", [("Vier.", person("Bush"))]),
        ]
    )
    assert [
        (speaker.name, count)
        for speaker, count in zip(index.speakers, index.quote_counts, strict=True)
    ] == [
        ("Jeb Bush", 2),
        ("Bush", 1),
        ("George W. Bush", 1),
    ]


def test_longer_ending_merges_through_its_own_merge() -> None:
    index = SpeakerIndex(
        [
            article("a1", [("Eins.", person("Ursula von der Leyen"))]),
            article("a2", [("Zwei.", person("von der Leyen"))]),
            article("a3", [("Drei.", person("Leyen"))]),
        ]
    )
    assert [(s.name, s.aliases) for s in index.speakers] == [
        ("Ursula von der Leyen", ("von der Leyen", "Leyen"))
    ]


def test_same_folded_name_is_one_speaker_spelled_as_most_often() -> None:
    index = SpeakerIndex(
        [
            article("a1", [("Eins.", person("Jürgen Müller"))]),
            article("a2", [("Zwei.", person("Juergen Mueller"))]),
            article("a3", [("Drei.", person("Jürgen Müller"))]),
        ]
    )
    assert [(s.id, s.name, s.aliases) for s in index.speakers] == [
        ("juergen-mueller", "Jürgen Müller", ("Juergen Mueller",))
    ]


def test_alias_table_wins_over_the_automatic_merge() -> None:
    table = AliasTable(
        entries=(
            AliasEntry(name="Vladimir Putin", variants=("Putin",), external_id="Q7747"),
            AliasEntry(name="Unused Person", variants=("Nobody",)),
        )
    )
    index = SpeakerIndex(
        [
            article("a1", [("Eins.", person("Wladimir Putin"))]),
            article("a2", [("Zwei.", PUTIN_SHORT)]),
        ],
        table,
    )
    assert (
        [(s.id, s.name, s.aliases) for s in index.speakers],
        index.quote_counts,
        index.external_ids,
    ) == (
        [
            ("vladimir-putin", "Vladimir Putin", ("Putin",)),
            ("wladimir-putin", "Wladimir Putin", ()),
        ],
        (1, 1),
        {"vladimir-putin": "Q7747"},
    )


def test_alias_table_entry_gathers_speakers_by_their_aliases() -> None:
    table = AliasTable(entries=(AliasEntry(name="Wladimir Putin", variants=("Kremlchef",)),))
    index = SpeakerIndex([article("a1", [("Eins.", person("W. Putin", "Kremlchef"))])], table)
    assert [(s.name, s.aliases) for s in index.speakers] == [
        ("Wladimir Putin", ("Kremlchef", "W. Putin"))
    ]


def test_kind_is_the_most_frequent_known_kind() -> None:
    unknown = Speaker(id="bka", name="BKA")
    organisation = Speaker(id="bka", name="BKA", kind=SpeakerKind.ORGANISATION)
    index = SpeakerIndex(
        [
            article("a1", [("Eins.", unknown)]),
            article("a2", [("Zwei.", unknown)]),
            article("a3", [("Drei.", organisation)]),
        ]
    )
    assert [s.kind for s in index.speakers] == [SpeakerKind.ORGANISATION]


def test_speakers_with_equal_slugs_get_distinct_ids() -> None:
    index = SpeakerIndex(
        [
            article("a1", [("Eins.", person("Anna_Lena"))]),
            article("a2", [("Zwei.", person("Anna-Lena"))]),
        ]
    )
    assert [(s.id, s.name) for s in index.speakers] == [
        ("anna-lena", "Anna-Lena"),
        ("anna-lena-8b7bf0b3", "Anna_Lena"),
    ]


def test_match_finds_name_alias_surname_and_genitive() -> None:
    index = SpeakerIndex(
        [
            article("a1", [("Eins.", PUTIN), ("Zwei.", LUKASCHENKO)]),
            article("a2", [("Drei.", person("Jeb Bush")), ("Vier.", person("George W. Bush"))]),
        ]
    )
    found = [
        index.match(name)
        for name in (
            "wladimir putin",
            "PUTIN",
            "Putins",
            "Putin's",
            "Bush",
            "Lukaschenkos",
            "Merkel",
        )
    ]
    assert found == [(3,), (3,), (3,), (3,), (1, 2), (0,), ()]


def test_lookup_prefers_full_names_over_surnames() -> None:
    index = SpeakerIndex(
        [
            article("a1", [("Eins.", person("Bush")), ("Zwei.", person("Bush"))]),
            article("a2", [("Drei.", person("Jeb Bush")), ("Vier.", person("George W. Bush"))]),
        ]
    )
    assert [index.lookup(name) for name in ("Bush", "Jeb Bush", "Bushs", "Merkel")] == [
        (0,),
        (2,),
        (0,),
        (),
    ]


def test_text_index_phrase_search_gives_the_same_from_its_folded_cache() -> None:
    index = TextIndex(TEXTS)
    terms = parse_query('"putin sagte"')
    first = index.search(terms, TEXTS.__getitem__)
    again = index.search(terms, "".__getitem__)  # the texts are not read a second time
    assert (first, again, index.folded_text(2, "".__getitem__)) == ([2], [2], fold(TEXTS[2]))


# --- phrases on codes --------------------------------------------------------------------


def test_code_of_gives_one_character_then_two() -> None:
    assert [_code_of(number) for number in (0, 0xBFFE, 0xBFFF, 0xBFFF + 0x2001)] == [
        "\x01",
        "\ubfff",
        "\uc000\ue000",
        "\uc001\ue001",
    ]


def test_code_of_refuses_more_words_than_it_can_code() -> None:
    with pytest.raises(QueryError) as excinfo:
        _code_of(_MAX_WORDS)
    assert str(excinfo.value) == "a text index holds at most 67,158,015 distinct words"


def test_text_index_search_checks_prefix_phrases() -> None:
    index = TextIndex(TEXTS)
    found = [
        index.search(parse_query(query))
        for query in ('"putin sag*"', '"putin s*"', '"in sotschi*"', '"sotschi l*"', '"x sag*"')
    ]
    assert found == [[2], [2], [0], [1], []]


def test_text_index_phrases_need_whole_words_on_one_line() -> None:
    index = TextIndex(["Wladimir-Putin sagte\nnichts", "Putins Rede, sagte er", "a\x01b"])
    found = [
        index.search(parse_query(query))
        for query in ('"putin sagte"', '"sagte nichts"', '"rede sagte"', '"a b"', '"putin sag"')
    ]
    assert found == [[0], [], [1], [2], []]


def test_text_index_codes_words_past_the_one_character_codes() -> None:
    # Words are coded in order of first appearance; from w49151 on, codes have two characters,
    # and the second character of one must not pass for the code of w0 (in the last text).
    words = [f"w{number}" for number in range(49152)]
    texts = [" ".join(words), " ".join(reversed(words)), "w49150 w49151\nw49152 w0", "w49151 w1 w0"]
    index = TextIndex(texts)
    found = [
        index.search(parse_query(query))
        for query in (
            '"w49150 w49151"',
            '"w49151 w49150"',
            '"w49151 w49152"',
            '"w49152 w0"',
            '"w49151 w4915*"',
            '"w0 w1"',
        )
    ]
    assert (index.word_count, found) == (49153, [[0, 2], [1], [], [2], [1], [0]])


def test_occurrences_give_original_spans_in_order() -> None:
    texts = ["Die Straße.\nSTRASSE und strasse", "keine", "Die Straßenbahn"]
    index = TextIndex(texts)
    found = list(index.occurrences(Term(words=("strasse",), prefix=True)))
    assert [(position, texts[position][start:end]) for position, start, end in found] == [
        (0, "Straße"),
        (0, "STRASSE"),
        (0, "strasse"),
        (2, "Straßenbahn"),
    ]


def test_occurrences_are_lazy() -> None:
    index = TextIndex(["a a", "a"])
    occurrences = index.occurrences(Term(words=("a",)))
    assert next(occurrences) == (0, 0, 1)


def test_occurrences_of_a_term_that_no_text_has() -> None:
    index = TextIndex(TEXTS)
    assert [
        list(index.occurrences(term))
        for term in (Term(words=("nowhere",)), Term(words=("putin", "x"), prefix=True))
    ] == [[], []]


def occurrences_by_scan(texts: list[str], term: Term) -> list[tuple[int, int, int]]:
    """What the earlier concordance found: matches in each folded text, mapped back."""
    found: list[tuple[int, int, int]] = []
    for position, text in enumerate(texts):
        folded = fold_with_offsets(text)
        found.extend(
            (position, *folded.original_span(match.start(), match.end()))
            for match in term.pattern().finditer(folded.text)
        )
    return found


small_text = st.lists(
    st.sampled_from(["a", "b", "ab", "Ä", "ae", "ß", "ss", "a\u0308", "é", " ", "-", "\n", "“"]),
    max_size=12,
).map("".join)
small_query = st.lists(
    st.sampled_from(["a", "b", "ab", "ä", "ss", "e", " ", '"', "*", "-"]), min_size=1, max_size=6
).map("".join)


@settings(max_examples=300)
@given(st.lists(small_text, max_size=4), small_query)
def test_search_and_occurrences_agree_with_a_scan_on_dense_texts(
    texts: list[str], query: str
) -> None:
    index = TextIndex(texts)
    terms = parse_query(query)
    expected = [
        position
        for position, text in enumerate(texts)
        if all(term.pattern().search(fold(text)) for term in terms)
    ]
    phrase = phrase_of(query)
    assert (index.search(terms), phrase is None or list(index.occurrences(phrase))) == (
        expected,
        phrase is None or occurrences_by_scan(texts, phrase),
    )


@given(st.lists(st.text(), max_size=5), st.text())
def test_occurrences_never_raise_and_agree_with_a_scan(texts: list[str], query: str) -> None:
    phrase = phrase_of(query)
    if phrase is not None:
        assert list(TextIndex(texts).occurrences(phrase)) == occurrences_by_scan(texts, phrase)


# --- corpus-level identity: clean names, roles, other given names ---------------------------


def test_the_name_is_the_most_frequent_clean_spelling() -> None:
    index = SpeakerIndex(
        [
            article("a1", [("Eins.", person("In Tony Blair"))]),
            article("a2", [("Zwei.", person("Tony Blair")), ("Drei.", person("Tony Blair"))]),
            article("a3", [("Vier.", person("Blair"))]),
            article("a4", [("Fünf.", person("Blair"))]),
            article("a5", [("Sechs.", person("Blair"))]),
        ]
    )
    assert [(s.name, s.aliases) for s in index.speakers] == [
        ("Tony Blair", ("In Tony Blair", "Blair"))
    ]


def test_a_spokesperson_is_not_the_person_they_speak_for() -> None:
    spokesman = person("Spokesman for Michael Howard", roles=("spokesman for Michael Howard",))
    index = SpeakerIndex(
        [
            article("a1", [("Eins.", spokesman)]),
            article("a2", [("Zwei.", person("Michael Howard"))]),
            article("a3", [("Drei.", person("Howard"))]),
        ]
    )
    assert sorted((s.name, s.aliases) for s in index.speakers) == [
        ("Michael Howard", ("Howard",)),
        ("Spokesman for Michael Howard", ()),
    ]


def test_a_genitive_after_a_title_keeps_the_role() -> None:
    sprecher = person("Sprecher des ORF", roles=("Sprecher des ORF",))
    orf = Speaker(id="orf", name="ORF", kind=SpeakerKind.ORGANISATION)
    index = SpeakerIndex([article("a1", [("Eins.", sprecher)]), article("a2", [("Zwei.", orf)])])
    assert sorted(s.name for s in index.speakers) == ["ORF", "Sprecher des ORF"]


def test_other_given_names_are_never_aliases() -> None:
    wrongly_merged = person("John Howard", "Michael Howard", "Howard")
    index = SpeakerIndex([article("a1", [("Eins.", wrongly_merged)])])
    assert [(s.name, s.aliases) for s in index.speakers] == [("John Howard", ("Howard",))]


def test_an_organisation_takes_no_shorter_name() -> None:
    labour = Speaker(id="labour", name="Labour", kind=SpeakerKind.ORGANISATION)
    new_labour = Speaker(id="new-labour", name="New Labour", kind=SpeakerKind.ORGANISATION)
    index = SpeakerIndex(
        [article("a1", [("Eins.", labour)]), article("a2", [("Zwei.", new_labour)])]
    )
    assert sorted(s.name for s in index.speakers) == ["Labour", "New Labour"]


def merged(index: SpeakerIndex) -> tuple[object, ...]:
    """Everything a speaker index answers, to compare two of them."""
    return (
        index.speakers,
        index.quote_counts,
        index.article_counts,
        index.quote_refs,
        tuple(index.quote_speakers),
        tuple(index.quote_starts),
        index.co_refs,
    )


@given(st.lists(strategies.articles(), max_size=6), st.integers(min_value=0, max_value=6))
def test_the_merge_of_parts_is_the_merge_of_their_articles(
    articles: list[Article], cut: int
) -> None:
    parts = [SpeakerTally.of(articles[:cut]), SpeakerTally.of(articles[cut:])]
    assert merged(SpeakerIndex(SpeakerTally.joined(parts))) == merged(SpeakerIndex(articles))


@given(st.lists(strategies.articles(), max_size=6), st.data())
def test_the_merge_of_picked_articles_is_the_merge_of_those_articles(
    articles: list[Article], data: st.DataObject
) -> None:
    positions = data.draw(st.lists(st.integers(0, max(len(articles) - 1, 0)), unique=True))
    positions = [position for position in positions if position < len(articles)]
    picked = SpeakerTally.of(articles).picked(positions)
    chosen = [articles[position] for position in positions]
    assert merged(SpeakerIndex(picked)) == merged(SpeakerIndex(chosen))


def counting_tally(articles: list[Article]) -> tuple[SpeakerTally, list[int]]:
    """The tally a streaming writer keeps (nothing per quote), and the quotes' member numbers
    that it hands back."""
    tally = SpeakerTally(quotes=False)
    members: list[int] = []
    for one in articles:
        members.extend(
            tally.add(
                one.speakers,
                [quote.speaker for quote in one.quotes],
                {number: quote.co_speakers for number, quote in enumerate(one.quotes)},
            )
        )
    return tally, members


@given(st.lists(strategies.articles(), max_size=6), st.integers(min_value=0, max_value=6))
def test_a_tally_without_quotes_merges_the_same_speakers(articles: list[Article], cut: int) -> None:
    full = SpeakerIndex(articles)
    tally, members = counting_tally(articles)
    # Joined from two parts, as the Dask writer does.
    parts = [counting_tally(articles[:cut])[0], counting_tally(articles[cut:])[0]]
    for index in (SpeakerIndex(tally), SpeakerIndex(SpeakerTally.joined(parts))):
        assert (index.speakers, index.quote_counts, index.co_refs) == (
            full.speakers,
            full.quote_counts,
            full.co_refs,
        )
    # The member numbers it hands back, mapped, are every quote's corpus speaker.
    speakers = SpeakerIndex(tally).member_speakers
    assert [speakers[member] for member in members] == list(full.quote_speakers)


def test_a_tally_without_quotes_keeps_nothing_per_quote() -> None:
    articles = [article(f"a{number}", [("Eins.", PUTIN), ("Zwei.", PUTIN)]) for number in range(3)]
    tally, members = counting_tally(articles)
    assert (list(tally.quoted), list(tally.first_counts), members, list(tally.quote_ends)) == (
        [],
        [6],
        [0, 0, 0, 0, 0, 0],
        [0, 2, 4, 6],
    )


def test_the_tally_keeps_each_distinct_speaker_once_with_its_article_count() -> None:
    articles = [article(f"a{number}", [("Eins.", PUTIN), ("Zwei.", PUTIN)]) for number in range(3)]
    tally = SpeakerTally.of(articles)
    assert (tally.speakers, list(tally.member_counts), list(tally.quoted), len(tally)) == (
        [PUTIN],
        [3],
        [0, 0, 0, 0, 0, 0],
        3,
    )


def test_a_quotes_speaker_stands_for_the_article_speaker_with_its_id() -> None:
    # The article lists the last speaker with an id (see article()): the renamed one.
    renamed = attrs.evolve(PUTIN, name="Wladimir Wladimirowitsch Putin")
    index = SpeakerIndex([article("a1", [("Eins.", PUTIN), ("Zwei.", renamed)])])
    names = [speaker.name for speaker in index.speakers]
    assert (
        names,
        index.quote_counts,
        [index.quote_speaker(0, 0), index.quote_speaker(0, 1)],
    ) == (["Wladimir Wladimirowitsch Putin"], (2,), [0, 0])


def test_article_counts_count_articles_not_quotes() -> None:
    index = SpeakerIndex(
        [
            article("a1", [("Eins.", PUTIN), ("Zwei.", PUTIN_SHORT)]),
            article("a2", [("Drei.", PUTIN)]),
        ]
    )
    assert (index.quote_counts, index.article_counts) == ((3,), (2,))


def test_the_tally_keeps_a_quote_said_together_and_counts_it_for_each_speaker() -> None:
    anna, ben = person("Anna Berg"), person("Ben Schmidt")
    together = article("a1", [("Eins.", anna)])
    together = attrs.evolve(
        together,
        quotes=(attrs.evolve(together.quotes[0], co_speakers=(ben,)),),
        speakers=(anna, ben),
    )
    index = SpeakerIndex(SpeakerTally.of([together, article("a2", [("Zwei.", ben)])]))
    numbers = {speaker.name: number for number, speaker in enumerate(index.speakers)}
    assert (
        index.quote_counts,
        index.article_counts,
        index.refs_of(numbers["Ben Schmidt"]),
        index.co_refs,
        index.quote_speaker(0, 0),
    ) == (
        (2, 1),
        (2, 1),
        [(0, 0), (1, 0)],
        {(0, 0): (numbers["Ben Schmidt"],)},
        numbers["Anna Berg"],
    )


def test_generic_weighs_each_distinct_speaker_by_its_articles() -> None:
    police = Speaker(id="polizei", name="Polizei", kind=SpeakerKind.ORGANISATION, generic=True)
    named = attrs.evolve(police, generic=False)
    articles = [article(f"a{number}", [("Eins.", police)]) for number in range(3)]
    articles += [article(f"b{number}", [("Zwei.", named)]) for number in range(2)]
    (speaker,) = SpeakerIndex(SpeakerTally.of(articles)).speakers
    assert speaker.generic


def test_corpus_roles_are_ordered_by_quotes_and_written_once_per_case() -> None:
    def berg(role: str) -> Speaker:
        return person("Anna Berg", roles=(role,))

    index = SpeakerIndex(
        [
            article("a1", [("Eins.", berg("Ministerin"))]),
            article("a2", [("Zwei.", berg("Bürgermeisterin")), ("Drei.", berg("Bürgermeisterin"))]),
            article("a3", [("Vier.", berg("ministerin")), ("Fünf.", berg("ministerin"))]),
            article("a4", [("Sechs.", berg("ministerin"))]),
        ]
    )
    assert [(s.name, s.roles) for s in index.speakers] == [
        ("Anna Berg", ("ministerin", "Bürgermeisterin"))
    ]


def test_a_bare_surname_with_another_role_is_another_person() -> None:
    # "Judge Cullen" is not Martin Cullen, the transport minister.
    index = SpeakerIndex(
        [
            article("a1", [("Eins.", person("Martin Cullen", roles=("transport minister",)))]),
            article("a2", [("Zwei.", person("Cullen", roles=("Judge",)))]),
        ]
    )
    assert sorted(s.name for s in index.speakers) == ["Cullen", "Martin Cullen"]


def test_a_name_most_articles_give_an_organisation_is_no_surname() -> None:
    # "France", the country, is not Elizabeth France, the ombudsman.
    country = attrs.evolve(person("France"), kind=SpeakerKind.ORGANISATION)
    index = SpeakerIndex(
        [
            article("a1", [("Eins.", person("Elizabeth France", roles=("ombudsman",)))]),
            article("a2", [("Zwei.", country)]),
            article("a3", [("Drei.", country)]),
        ]
    )
    assert sorted(s.name for s in index.speakers) == ["Elizabeth France", "France"]


def test_organisation_articles_are_counted_not_their_distinct_speakers() -> None:
    # Four articles name the country "France" alike (one distinct speaker), two others read
    # "France" as a person, once with a role: most articles call it an organisation.
    from newscorpus import Corpus  # noqa: PLC0415 - the public way in

    country = attrs.evolve(person("France"), kind=SpeakerKind.ORGANISATION)
    articles = [
        article("a1", [("Eins.", person("Elizabeth France", roles=("ombudsman",)))]),
        *(article(f"b{number}", [("Zwei.", country)]) for number in range(4)),
        article("c1", [("Drei.", person("France"))]),
        article("c2", [("Vier.", person("France", roles=("ombudsman",)))]),
    ]
    corpus = Corpus.from_articles(articles)
    assert sorted(s.name for s, _ in corpus.speakers()) == ["Elizabeth France", "France"]


def test_a_bare_surname_with_a_role_of_the_same_kind_joins_the_full_name() -> None:
    index = SpeakerIndex(
        [
            article("a1", [("Eins.", person("Anna Berg", roles=("Bundeskanzlerin",)))]),
            article("a2", [("Zwei.", person("Berg", roles=("Kanzlerin",)))]),
        ]
    )
    assert [(s.name, s.aliases) for s in index.speakers] == [("Anna Berg", ("Berg",))]


def test_a_role_that_is_the_name_is_no_role() -> None:
    # "Faymann" read as "Fay" + "Mann" is not Werner Faymann's role.
    index = SpeakerIndex(
        [
            article("a1", [("Eins.", person("Werner Faymann", roles=("Kanzler",)))]),
            article("a2", [("Zwei.", person("Faymann", roles=("Faymann",)))]),
        ]
    )
    assert [(s.name, s.roles) for s in index.speakers] == [("Werner Faymann", ("Kanzler",))]


def test_a_name_opened_by_an_acronym_takes_no_surname() -> None:
    # "Wales" (the team) is not "BBC Wales" (the broadcaster).
    index = SpeakerIndex(
        [
            article("a1", [("Eins.", person("BBC Wales"))]),
            article("a2", [("Zwei.", person("Wales"))]),
        ]
    )
    assert sorted(s.name for s in index.speakers) == ["BBC Wales", "Wales"]
