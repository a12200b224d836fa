"""The Corpus: loading, lookup, search, concordance, quotes, speakers, dates, groups, tables."""

from __future__ import annotations

import datetime as dt
import doctest
import functools
import json
import pickle
import re
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscorpus._corpus.corpus import ConcordanceLine, Corpus, QuoteHit, Stats
from newscorpus._corpus.load import load
from newscorpus._exceptions import (
    CorpusLookupError,
    DateParseError,
    DuplicateArticleError,
    NewsCorpusWarning,
    QueryError,
)
from newscorpus._extract.names import slug_of
from newscorpus._folding import fold
from newscorpus._io.reader import read_article
from newscorpus._io.serialize import iter_quote_rows, write_jsonl
from newscorpus._model import Article, Quote, QuoteKind, Span, Speaker, SpeakerKind

SEED_ID = "266daebb3b7432db"
SECOND_ID = "b0e5a2c4d6f81357"
THIRD_ID = "c1d2e3f4a5b60789"

PUTIN = Speaker(
    id="wladimir-putin",
    name="Wladimir Putin",
    aliases=("Putin",),
    roles=("russischer Präsident",),
    kind=SpeakerKind.PERSON,
)
PUTIN_ONLY = Speaker(id="putin", name="Putin", kind=SpeakerKind.PERSON)
LUKASCHENKO = Speaker(
    id="alexander-lukaschenko", name="Alexander Lukaschenko", kind=SpeakerKind.PERSON
)
MINUS_FIVE = dt.timezone(dt.timedelta(hours=-5))


def quote_in(text: str, quoted: str, kind: QuoteKind, speaker: Speaker) -> Quote:
    start = text.index(quoted)
    return Quote(
        text=quoted, kind=kind, span=Span(start=start, end=start + len(quoted)), speaker=speaker
    )


def with_quotes(article: Article, *quotes: tuple[str, QuoteKind, Speaker]) -> Article:
    built = tuple(quote_in(article.text, *quote) for quote in quotes)
    speakers = tuple({quote.speaker.id: quote.speaker for quote in built if quote.speaker}.values())
    return attrs.evolve(article, quotes=built, speakers=speakers)


@functools.cache
def seed_article() -> Article:
    """The seed as the extractor should see it: Putin quoted twice, Lukaschenko once."""
    seed = read_article(Path(__file__).parents[1] / "seeds" / f"000_{SEED_ID}.txt", extract=False)
    seed = attrs.evolve(seed, published=dt.date(2020, 9, 14), language="de")
    return with_quotes(
        seed,
        (
            (
                "Ich bin sicher, dass die Arbeit in diesem Bereich unter Berücksichtigung Ihrer "
                "Erfahrungen in der Politik auf höchster Ebene organisiert wird und dadurch neue "
                "Grenzen in der Entwicklung des politischen Systems Ihres Landes entstehen werden"
            ),
            QuoteKind.DIRECT,
            PUTIN,
        ),
        (
            (
                "er hoffe, dass eine von seinem weißrussischen Amtskollegen Alexander Lukaschenko "
                "geplante Verfassungsreform zur Lösung der anhaltenden Krise in Weißrussland "
                "beitragen werde"
            ),
            QuoteKind.INDIRECT,
            PUTIN,
        ),
        (
            (
                "dass Russland und Weißrussland weiterhin gemeinsame Militärübungen durchführen "
                "und diese auch in den kommenden Jahren planen müssen"
            ),
            QuoteKind.INDIRECT,
            LUKASCHENKO,
        ),
    )


def second_article() -> Article:
    """Written for these tests: quotes only "Putin"; dated late on 2 October at UTC-5."""
    article = Article(
        id=SECOND_ID,
        title="Putin droht mit Gegenmaßnahmen",
        paragraphs=(
            "„Wir werden antworten“, sagte Putin am Freitag in Moskau.",
            "Die Straße zum Kreml war gesperrt.",
        ),
        published=dt.datetime(2020, 10, 2, 23, 30, tzinfo=MINUS_FIVE),
        language="de",
        outlet="Testpost",
    )
    return with_quotes(article, ("Wir werden antworten", QuoteKind.DIRECT, PUTIN_ONLY))


def third_article() -> Article:
    """Undated, Austrian, no quotes."""
    return Article(
        id=THIRD_ID,
        title="Maerz-Bilanz",
        paragraphs=("Im Maerz sprach niemand.",),
        language="de-AT",
        outlet="Testpost",
    )


def corpus_of_three() -> Corpus:
    return Corpus.from_articles([seed_article(), second_article(), third_article()])


def ids(corpus: Corpus) -> list[str]:
    return [article.id for article in corpus]


MERGED_PUTIN = attrs.evolve(PUTIN)  # the corpus-level speaker: same as the seed's, with "Putin"


# --- construction and lookup -----------------------------------------------------------------


def test_corpus_is_a_sequence_in_the_given_order() -> None:
    corpus = corpus_of_three()
    assert (len(corpus), ids(corpus), corpus[0].id, corpus[-1].id) == (
        3,
        [SEED_ID, SECOND_ID, THIRD_ID],
        SEED_ID,
        THIRD_ID,
    )


def test_lookup_by_id() -> None:
    corpus = corpus_of_three()
    assert (corpus[SECOND_ID], corpus.get(THIRD_ID), corpus.get("nope")) == (
        second_article(),
        third_article(),
        None,
    )


def test_contains_ids_and_articles() -> None:
    corpus = corpus_of_three()
    changed = attrs.evolve(third_article(), title="Anders")
    assert [SEED_ID in corpus, "nope" in corpus, third_article() in corpus, changed in corpus] == [
        True,
        False,
        True,
        False,
    ]


def test_slicing_gives_a_corpus() -> None:
    part = corpus_of_three()[1:]
    assert (type(part), ids(part), part[THIRD_ID].id) == (Corpus, [SECOND_ID, THIRD_ID], THIRD_ID)


def test_unknown_id_raises_lookup_error() -> None:
    with pytest.raises(CorpusLookupError) as excinfo:
        corpus_of_three()["nope"]
    assert str(excinfo.value) == "no article with id 'nope'"


def test_index_out_of_range_raises_lookup_error() -> None:
    with pytest.raises(CorpusLookupError) as excinfo:
        corpus_of_three()[3]
    assert str(excinfo.value) == "article index 3 out of range for 3 articles"


def test_duplicate_id_raises_by_default() -> None:
    again = attrs.evolve(second_article(), source="b.txt")
    first = attrs.evolve(second_article(), source="a.txt")
    with pytest.raises(DuplicateArticleError) as excinfo:
        Corpus.from_articles([first, seed_article(), again])
    assert str(excinfo.value) == (
        f"duplicate article id '{SECOND_ID}' (first from a.txt, again from b.txt)"
    )


def test_duplicate_id_with_warn_keeps_the_first() -> None:
    first = second_article()
    again = attrs.evolve(first, outlet="Andere Post")
    with pytest.warns(NewsCorpusWarning) as record:
        corpus = Corpus.from_articles([first, again], errors="warn")
    assert ([str(w.message) for w in record], list(corpus)) == (
        [f"skipped duplicate article id '{SECOND_ID}'"],
        [first],
    )


def test_duplicate_id_with_skip_keeps_the_first_silently() -> None:
    first = second_article()
    corpus = Corpus.from_articles([first, attrs.evolve(first, outlet="X")], errors="skip")
    assert list(corpus) == [first]


def test_only_articles_make_a_corpus() -> None:
    with pytest.raises(QueryError) as excinfo:
        Corpus.from_articles(["not an article"])  # type: ignore[list-item]
    assert str(excinfo.value) == "a corpus holds Article objects, got str"


def test_unknown_error_mode() -> None:
    with pytest.raises(QueryError) as excinfo:
        Corpus.from_articles([], errors="ignore")  # type: ignore[arg-type]
    assert str(excinfo.value) == "errors must be 'raise', 'warn' or 'skip', got 'ignore'"


def test_equality_hash_and_repr() -> None:
    corpus = corpus_of_three()
    assert (corpus == corpus_of_three(), hash(corpus) == hash(corpus_of_three()), repr(corpus)) == (
        True,
        True,
        "<Corpus of 3 articles>",
    )


def test_pickle_round_trip_leaves_the_indexes_out() -> None:
    corpus = corpus_of_three()
    corpus.search("Putin")
    corpus.speakers()
    restored = pickle.loads(pickle.dumps(corpus))  # noqa: S301 - our own data
    assert (restored, restored._lazy.text_index, restored._lazy.speaker_index) == (
        corpus,
        None,
        None,
    )
    assert ids(restored.search("putin")) == [SEED_ID, SECOND_ID]


def test_filter() -> None:
    assert ids(corpus_of_three().filter(lambda article: article.outlet is None)) == [SEED_ID]


# --- search and concordance ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("weissrussland", [SEED_ID]),
        ("WEISSRUSSLAND", [SEED_ID]),
        ("Weißrussland", [SEED_ID]),
        ("Maerz", [THIRD_ID]),
        ("März", [THIRD_ID]),
        ("Strasse", [SECOND_ID]),
        ("Straße", [SECOND_ID]),
        ("putin moskau", [SEED_ID, SECOND_ID]),
        ('"sagte Putin"', [SEED_ID, SECOND_ID]),
        ("„Putin sagte“", [SEED_ID]),
        ("weiß*", [SEED_ID]),
        ("COVID-19-Pandemie", [SEED_ID]),
        ("Gegenmassnahmen", [SECOND_ID]),
        ("Putins", []),
        ("", [SEED_ID, SECOND_ID, THIRD_ID]),
    ],
)
def test_search(query: str, found: list[str]) -> None:
    assert ids(corpus_of_three().search(query)) == found


def test_search_phrase_does_not_cross_a_line() -> None:
    # "Sotschi" ends the title line; "Der" starts the first paragraph.
    assert ids(corpus_of_three().search('"Sotschi Der"')) == []


def test_search_result_keeps_the_alias_table() -> None:
    corpus = corpus_of_three().with_aliases({"Vladimir Putin": ["Putin"]})
    assert corpus.search("Moskau").aliases == corpus.aliases


def test_concordance_on_the_seed() -> None:
    assert corpus_of_three().concordance("weissrussland", width=20) == [
        ConcordanceLine(
            article_id=SEED_ID,
            offset=248,
            left="nhaltenden Krise in ",
            match="Weißrussland",
            right=" beitragen werde. “I",
        ),
        ConcordanceLine(
            article_id=SEED_ID,
            offset=1038,
            left=" daran Russland und ",
            match="Weißrussland",
            right=" arbeiten in verschi",
        ),
        ConcordanceLine(
            article_id=SEED_ID,
            offset=1482,
            left="afür werde Russland ",
            match="Weißrussland",
            right=" einen Staatskredit ",
        ),
        ConcordanceLine(
            article_id=SEED_ID,
            offset=1774,
            left=", dass Russland und ",
            match="Weißrussland",
            right=" weiterhin gemeinsam",
        ),
    ]


def test_concordance_of_a_phrase_across_articles() -> None:
    lines = corpus_of_three().concordance("sagte Putin", width=6)
    assert [
        (line.article_id, line.offset, line.left, line.match, line.right) for line in lines
    ] == [
        (SEED_ID, 521, "den”, ", "sagte Putin", " bei e"),
        (SEED_ID, 1574, "llen, ", "sagte Putin", ". Mosk"),
        (SECOND_ID, 56, "ten“, ", "sagte Putin", " am Fr"),
    ]


def test_concordance_offsets_point_into_the_text() -> None:
    corpus = corpus_of_three()
    lines = corpus.concordance("Putin")
    assert {
        corpus[line.article_id].text[line.offset : line.offset + len(line.match)] for line in lines
    } == {"Putin"}


def test_concordance_without_words_is_empty() -> None:
    assert corpus_of_three().concordance(" ,; ") == []


def test_concordance_rejects_a_negative_width() -> None:
    with pytest.raises(QueryError) as excinfo:
        corpus_of_three().concordance("Putin", width=-1)
    assert str(excinfo.value) == "width must be >= 0, got -1"


# Lone surrogates cannot be in an Article (the model refuses them): any other character can.
# (codec="utf-8" says so in a way mypy --strict accepts; a tuple of categories is a tuple[str].)
paragraph_text = st.text(st.characters(codec="utf-8", exclude_characters="\n\r"), max_size=40)


@settings(max_examples=150)
@given(st.lists(paragraph_text, max_size=4), st.text())
def test_search_and_concordance_never_raise_on_arbitrary_text(
    paragraphs: list[str], query: str
) -> None:
    article = Article(id="x", title="Titel", paragraphs=tuple(paragraphs))
    corpus = Corpus.from_articles([article])
    found = corpus.search(query)
    lines = corpus.concordance(query, width=5)
    assert len(found) in {0, 1}
    assert all(
        article.text[line.offset : line.offset + len(line.match)] == line.match for line in lines
    )


# --- quotes and speakers ---------------------------------------------------------------------


def hit_texts(hits: list[QuoteHit]) -> list[tuple[str, str]]:
    return [(hit.article.id, hit.quote.text[:20]) for hit in hits]


ALL_QUOTES = [
    (SEED_ID, "Ich bin sicher, dass"),
    (SEED_ID, "er hoffe, dass eine "),
    (SEED_ID, "dass Russland und We"),
    (SECOND_ID, "Wir werden antworten"),
]


def test_quotes_without_filters_are_all_quotes_in_order() -> None:
    assert hit_texts(corpus_of_three().quotes()) == ALL_QUOTES


@pytest.mark.parametrize(
    "name",
    ["Putin", "putin", "PUTIN", "Putins", "Wladimir Putin", "wladimir putin", "Präsident Putin"],
)
def test_quotes_by_speaker_across_articles(name: str) -> None:
    hits = corpus_of_three().quotes(speaker=name)
    assert hit_texts(hits) == [ALL_QUOTES[0], ALL_QUOTES[1], ALL_QUOTES[3]]


def test_quote_hits_carry_the_corpus_speaker() -> None:
    hits = corpus_of_three().quotes(speaker="Putin")
    assert [(hit.quote.speaker, hit.speaker) for hit in hits] == [
        (PUTIN, MERGED_PUTIN),
        (PUTIN, MERGED_PUTIN),
        (PUTIN_ONLY, MERGED_PUTIN),
    ]


def test_quotes_by_speaker_object() -> None:
    assert hit_texts(corpus_of_three().quotes(speaker=LUKASCHENKO)) == [ALL_QUOTES[2]]


def test_quotes_by_unknown_speaker() -> None:
    assert corpus_of_three().quotes(speaker="Merkel") == []


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("direct", [ALL_QUOTES[0], ALL_QUOTES[3]]),
        (QuoteKind.INDIRECT, [ALL_QUOTES[1], ALL_QUOTES[2]]),
        ("reported", []),
    ],
)
def test_quotes_by_kind(kind: QuoteKind | str, expected: list[tuple[str, str]]) -> None:
    assert hit_texts(corpus_of_three().quotes(kind=kind)) == expected


def test_quotes_by_unknown_kind() -> None:
    with pytest.raises(QueryError) as excinfo:
        corpus_of_three().quotes(kind="Direct")
    assert str(excinfo.value) == (
        "kind must be one of 'direct', 'indirect', 'free_indirect', 'reported', got 'Direct'"
    )


@pytest.mark.parametrize(
    ("contains", "expected"),
    [
        ("weissrussland", [ALL_QUOTES[1], ALL_QUOTES[2]]),
        ('"gemeinsame MILITAERUEBUNGEN"', [ALL_QUOTES[2]]),
        ("werden", [ALL_QUOTES[0], ALL_QUOTES[3]]),
        ("Moskau", []),
    ],
)
def test_quotes_containing(contains: str, expected: list[tuple[str, str]]) -> None:
    assert hit_texts(corpus_of_three().quotes(contains=contains)) == expected


@pytest.mark.parametrize(
    ("since", "until", "expected"),
    [
        ("Oktober 2020", None, [ALL_QUOTES[3]]),
        (None, "30. September 2020", ALL_QUOTES[:3]),
        ("2020-09", "2020-09", ALL_QUOTES[:3]),
        (dt.date(2020, 10, 2), dt.date(2020, 10, 2), [ALL_QUOTES[3]]),
        (dt.datetime(2020, 10, 3, 1, 0, tzinfo=dt.timezone.utc), None, []),
        ("2020", None, ALL_QUOTES),
    ],
)
def test_quotes_between_dates(
    since: str | dt.date | None, until: str | dt.date | None, expected: list[tuple[str, str]]
) -> None:
    assert hit_texts(corpus_of_three().quotes(since=since, until=until)) == expected


@pytest.mark.parametrize(("language", "count"), [("de", 4), ("DE", 4), ("de-AT", 0), ("en", 0)])
def test_quotes_by_language(language: str, count: int) -> None:
    assert len(corpus_of_three().quotes(language=language)) == count


def test_quote_filters_combine() -> None:
    hits = corpus_of_three().quotes(speaker="Putin", kind="direct", since="2020-10")
    assert hit_texts(hits) == [ALL_QUOTES[3]]


def test_speakers_merge_putin_across_articles() -> None:
    assert corpus_of_three().speakers() == [(MERGED_PUTIN, 3), (LUKASCHENKO, 1)]


def quoting_corpus(*names: str) -> Corpus:
    """One article per name, each quoting the speaker of that name once."""
    articles = [
        with_quotes(
            Article(id=f"k{number}", title="Leben", paragraphs=(f"„Das Leben“, sagte {name}.",)),
            ("Das Leben", QuoteKind.DIRECT, Speaker(id=slug_of(name), name=name)),
        )
        for number, name in enumerate(names)
    ]
    return Corpus.from_articles(articles)


def ids_by_name(corpus: Corpus) -> dict[str, str]:
    return {speaker.name: speaker.id for speaker, _ in corpus.speakers()}


SOEREN = "Soeren Kierkegaard"
SOEREN_WITH_SLASH = "Søren Kierkegaard"


def test_ids_of_speakers_sharing_a_slug_do_not_depend_on_quote_counts() -> None:
    # Two speakers (names compare folded, which keeps "ø") whose slugs are both
    # "soeren-kierkegaard": which is quoted more must not swap their ids.
    more_soeren = quoting_corpus(SOEREN_WITH_SLASH, SOEREN_WITH_SLASH, SOEREN)
    more_soeren_ascii = quoting_corpus(SOEREN_WITH_SLASH, SOEREN, SOEREN)
    assert ids_by_name(more_soeren) == ids_by_name(more_soeren_ascii)


def test_the_name_a_shared_slug_spells_keeps_it_and_others_get_a_hash_of_the_name() -> None:
    corpus = quoting_corpus(SOEREN_WITH_SLASH, SOEREN_WITH_SLASH, SOEREN)
    assert ids_by_name(corpus) == {
        SOEREN_WITH_SLASH: "soeren-kierkegaard-08c5b80f",
        SOEREN: "soeren-kierkegaard",
    }


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Putin", MERGED_PUTIN),
        ("Wladimir Putins", MERGED_PUTIN),
        ("lukaschenko", LUKASCHENKO),
        ("Merkel", None),
    ],
)
def test_speaker_lookup(name: str, expected: Speaker | None) -> None:
    assert corpus_of_three().speaker(name) == expected


def test_ambiguous_speaker_lookup_raises() -> None:
    corpus = Corpus.from_articles(
        [
            with_quotes(
                second_article(),
                ("Wir werden antworten", QuoteKind.DIRECT, Speaker(id="a", name="Jeb Bush")),
                ("Die Straße", QuoteKind.REPORTED, Speaker(id="b", name="George W. Bush")),
            )
        ]
    )
    with pytest.raises(CorpusLookupError) as excinfo:
        corpus.speaker("Bush")
    assert str(excinfo.value) == "speaker name 'Bush' is ambiguous: 'George W. Bush', 'Jeb Bush'"


ALIASES = {"Vladimir Putin": {"aliases": ["Wladimir Putin", "Putin"], "external_id": "Q7747"}}
TABLE_PUTIN = Speaker(
    id="vladimir-putin",
    name="Vladimir Putin",
    aliases=("Wladimir Putin", "Putin"),
    roles=("russischer Präsident",),
    kind=SpeakerKind.PERSON,
)


def test_with_aliases_names_speakers_from_the_table() -> None:
    corpus = corpus_of_three()
    aliased = corpus.with_aliases(ALIASES)
    assert (aliased.speakers(), corpus.speakers()) == (
        [(TABLE_PUTIN, 3), (LUKASCHENKO, 1)],
        [(MERGED_PUTIN, 3), (LUKASCHENKO, 1)],
    )


def test_external_id_of_a_speaker_or_name() -> None:
    aliased = corpus_of_three().with_aliases(ALIASES)
    assert [
        aliased.external_id(TABLE_PUTIN),
        aliased.external_id(PUTIN_ONLY),
        aliased.external_id("Putins"),
        aliased.external_id(LUKASCHENKO),
        aliased.external_id("Merkel"),
        corpus_of_three().external_id("Putin"),
    ] == ["Q7747", "Q7747", "Q7747", None, None, None]


def test_with_aliases_from_a_file_and_back_to_none(tmp_path: Path) -> None:
    path = tmp_path / "aliases.json"
    path.write_text(json.dumps(ALIASES), encoding="utf-8")
    aliased = corpus_of_three().with_aliases(path)
    assert (aliased.speaker("Putin"), aliased.with_aliases(None).speaker("Putin")) == (
        TABLE_PUTIN,
        MERGED_PUTIN,
    )


# --- dates -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        ("2020-09", "Oktober 2020", [SEED_ID, SECOND_ID]),
        ("30. September 2020", None, [SECOND_ID]),
        (None, "2020-09-14", [SEED_ID]),
        ("Oktober 2020", "Oktober 2020", [SECOND_ID]),
        (dt.datetime(2020, 10, 2, 12, 0), "2020-10-02", [SECOND_ID]),  # noqa: DTZ001 - naive bound
        (None, None, [SEED_ID, SECOND_ID]),
        ("2021", None, []),
    ],
)
def test_between(
    start: str | dt.date | None, end: str | dt.date | None, expected: list[str]
) -> None:
    assert ids(corpus_of_three().between(start, end)) == expected


def test_between_with_start_after_end() -> None:
    with pytest.raises(QueryError) as excinfo:
        corpus_of_three().between("Oktober 2020", "2020-09")
    assert str(excinfo.value) == "the start 2020-10-01 is after the end 2020-09-30"


def test_between_with_a_bad_date_string() -> None:
    with pytest.raises(DateParseError) as excinfo:
        corpus_of_three().between("gestern", None)
    assert str(excinfo.value) == "cannot parse date 'gestern'"


def test_between_with_a_bound_of_the_wrong_type() -> None:
    with pytest.raises(QueryError) as excinfo:
        corpus_of_three().between(20200901, None)  # type: ignore[arg-type]
    assert str(excinfo.value) == "start must be a date, datetime or string, got int"


@pytest.mark.parametrize("bound", ["since", "until"])
def test_quotes_names_its_own_date_bound_of_the_wrong_type(bound: str) -> None:
    with pytest.raises(QueryError) as excinfo:
        corpus_of_three().quotes(**{bound: 20200901})  # type: ignore[arg-type]
    assert str(excinfo.value) == f"{bound} must be a date, datetime or string, got int"


def test_quotes_names_since_and_until_when_since_is_later() -> None:
    with pytest.raises(QueryError) as excinfo:
        corpus_of_three().quotes(since="Oktober 2020", until="2020-09")
    assert str(excinfo.value) == "since 2020-10-01 is after until 2020-09-30"


def test_filter_with_a_predicate_that_is_no_function() -> None:
    with pytest.raises(QueryError) as excinfo:
        corpus_of_three().filter("Putin")  # type: ignore[arg-type]
    assert str(excinfo.value) == "predicate must be callable, got str"


def test_stats() -> None:
    assert corpus_of_three().stats() == Stats(
        articles=3,
        paragraphs=14,
        words=297,
        quotes=4,
        speakers=2,
        languages=(("de", 2), ("de-AT", 1)),
        first_date=dt.date(2020, 9, 14),
        last_date=dt.date(2020, 10, 2),
        undated=1,
        warnings=1,
    )


def test_stats_of_an_empty_corpus() -> None:
    assert Corpus().stats() == Stats(
        articles=0,
        paragraphs=0,
        words=0,
        quotes=0,
        speakers=0,
        languages=(),
        first_date=None,
        last_date=None,
        undated=0,
        warnings=0,
    )


# --- groups ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "groups"),
    [
        ("month", {"2020-09": [SEED_ID], "2020-10": [SECOND_ID]}),
        ("speaker", {"Wladimir Putin": [SEED_ID, SECOND_ID], "Alexander Lukaschenko": [SEED_ID]}),
        ("outlet", {"Testpost": [SECOND_ID, THIRD_ID]}),
        ("language", {"de": [SEED_ID, SECOND_ID], "de-AT": [THIRD_ID]}),
    ],
)
def test_group_by(key: str, groups: dict[str, list[str]]) -> None:
    grouped = corpus_of_three().group_by(key)  # type: ignore[arg-type]
    assert [(name, ids(corpus)) for name, corpus in grouped.items()] == list(groups.items())


@pytest.mark.parametrize(
    ("key", "counts"),
    [
        ("month", {"2020-09": 3, "2020-10": 1}),
        ("speaker", {"Wladimir Putin": 3, "Alexander Lukaschenko": 1}),
        ("outlet", {"Testpost": 1}),
        ("language", {"de": 4, "de-AT": 0}),
    ],
)
def test_count_by_counts_quotes(key: str, counts: dict[str, int]) -> None:
    assert list(corpus_of_three().count_by(key).items()) == list(counts.items())  # type: ignore[arg-type]


def test_group_by_unknown_key() -> None:
    with pytest.raises(QueryError) as excinfo:
        corpus_of_three().group_by("year")  # type: ignore[arg-type]
    assert str(excinfo.value) == (
        "group key must be one of 'speaker', 'month', 'outlet', 'language', got 'year'"
    )


# --- rows and pandas -------------------------------------------------------------------------


def test_quote_rows_are_the_csv_rows() -> None:
    corpus = corpus_of_three()
    rows = list(corpus.quote_rows())
    assert (
        rows,
        rows[3]["speaker_name"],
        rows[3]["article_speaker_name"],
        rows[3]["published"],
    ) == (
        list(iter_quote_rows(corpus)),
        "Wladimir Putin",
        "Putin",
        "2020-10-02T23:30:00-05:00",
    )


def test_to_pandas_without_pandas_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError) as excinfo:
        corpus_of_three().to_pandas()
    assert str(excinfo.value) == (
        "Corpus.to_pandas() needs pandas, which is not installed; "
        "install it with: pip install 'newscorpus[pandas]'"
    )


def test_to_pandas_gives_the_arrow_quote_table() -> None:
    pytest.importorskip("pandas", reason="the pandas extra is not installed")
    corpus = corpus_of_three()
    frame = corpus.to_pandas()
    records = frame.astype(object).where(frame.notna(), None).to_dict("records")
    expected = corpus.to_arrow().quotes.to_pylist()
    assert (list(frame.columns), [row["text"] for row in records]) == (
        corpus.to_arrow().quotes.column_names,
        [row["text"] for row in expected],
    )


def test_to_pandas_keeps_offsets_as_nullable_integers() -> None:
    pytest.importorskip("pandas", reason="the pandas extra is not installed")
    frame = corpus_of_three().to_pandas()
    assert [str(frame[column].dtype) for column in ("start", "end", "paragraph")] == ["Int32"] * 3


def test_to_pandas_gives_the_speakers_table() -> None:
    pytest.importorskip("pandas", reason="the pandas extra is not installed")
    corpus = corpus_of_three()
    frame = corpus.to_pandas("speakers")
    assert list(frame["name"]) == [speaker.name for speaker, _ in corpus.speakers()]


def test_to_pandas_rejects_an_unknown_table() -> None:
    pytest.importorskip("pandas", reason="the pandas extra is not installed")
    with pytest.raises(QueryError, match="table must be one of"):
        corpus_of_three().to_pandas("people")  # type: ignore[arg-type]


# --- load ------------------------------------------------------------------------------------


def test_load_seed_folder(seed_file: Path) -> None:
    corpus = load(seed_file.parent, extract=False)
    assert (ids(corpus), ids(corpus.search("WEISSRUSSLAND"))) == ([SEED_ID], [SEED_ID])


def test_load_with_aliases(seed_file: Path) -> None:
    corpus = load(seed_file.parent, extract=False, aliases={"Vladimir Putin": ["Putin"]})
    assert corpus.aliases is not None
    assert [entry.name for entry in corpus.aliases.entries] == ["Vladimir Putin"]


def test_load_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    write_jsonl(corpus_of_three(), path)
    assert load(path) == corpus_of_three()


def test_load_jsonl_rejects_seed_options(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    write_jsonl([], path)
    with pytest.raises(QueryError) as excinfo:
        load(path, recursive=True)
    assert str(excinfo.value) == (
        f"{path}: metadata, recursive and extract apply to seed files, not to JSON Lines input"
    )


def test_load_duplicate_ids_from_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    write_jsonl([second_article(), second_article()], path)
    with pytest.raises(DuplicateArticleError) as excinfo:
        load(path)
    assert str(excinfo.value) == f"duplicate article id '{SECOND_ID}'"


# --- the shared German Wikinews corpus -------------------------------------------------------

DEWIKINEWS_ARTICLES = 850


@functools.cache
def dewikinews(path: Path) -> Corpus:
    return load(path / "corpora" / "dewikinews_quotes", extract=False)


@functools.cache
def dewikinews_with_gold_quotes(path: Path) -> Corpus:
    """The corpus with its gold quotes that are one stretch of text and have a speaker."""
    corpus = dewikinews(path)
    by_file: dict[str, list[dict[str, Any]]] = {}
    with (path / "corpora" / "dewikinews_quotes.gold.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            lines_of_parts = record["quote_part_lines"]
            if (
                len(lines_of_parts) == 1
                and isinstance(lines_of_parts[0], int)
                and record["speaker"]
            ):
                by_file.setdefault(record["file"][4:20], []).append(record)
    kinds = {
        "Direct": QuoteKind.DIRECT,
        "Indirect": QuoteKind.INDIRECT,
        "FreeIndirect": QuoteKind.FREE_INDIRECT,
        "IndirectFreeIndirect": QuoteKind.INDIRECT,
        "Reported": QuoteKind.REPORTED,
    }
    articles = []
    for article in corpus:
        quotes = []
        lines_of = article.text.split("\n")
        for record in by_file.get(article.id, []):
            line_number = int(record["quote_part_lines"][0])
            quoted = str(record["quote"])
            line_start = sum(len(text) + 1 for text in lines_of[: line_number - 1])
            start = article.text.find(quoted, line_start)
            if start < 0:  # the reader normalised the line (white space): leave it out
                continue
            name = str(record["speaker"])
            quotes.append(
                Quote(
                    text=quoted,
                    kind=kinds[str(record["type"])],
                    span=Span(start=start, end=start + len(quoted)),
                    speaker=Speaker(id=slug_of(name), name=name),
                )
            )
        articles.append(attrs.evolve(article, quotes=tuple(sorted(quotes, key=lambda q: q.span))))
    return Corpus.from_articles(articles)


def scan(corpus: Corpus, word: str) -> list[str]:
    """Brute force: the articles whose folded text has ``word`` as a whole word."""
    pattern = re.compile(rf"(?<!\w){re.escape(fold(word))}(?!\w)")
    return [article.id for article in corpus if pattern.search(fold(article.text))]


@pytest.mark.parametrize(
    ("query", "count"), [("Merkel", 18), ("Weißrussland", 4), ("WEISSRUSSLAND", 4), ("März", 61)]
)
def test_dewikinews_search_agrees_with_a_scan(shared: Path, query: str, count: int) -> None:
    corpus = dewikinews(shared)
    found = ids(corpus.search(query))
    assert (found, len(found)) == (scan(corpus, query), count)


def test_dewikinews_phrase_search(shared: Path) -> None:
    corpus = dewikinews(shared)
    found = ids(corpus.search('"Angela Merkel"'))
    expected = [
        article.id
        for article in corpus
        if re.search(r"(?<!\w)angela[^\w\n]+merkel(?!\w)", fold(article.text))
    ]
    assert (found, len(found)) == (expected, 16)


def test_dewikinews_concordance_counts_every_occurrence(shared: Path) -> None:
    corpus = dewikinews(shared)
    lines = corpus.concordance("Bundeskanzlerin")
    expected = sum(
        len(re.findall(r"(?<!\w)bundeskanzlerin(?!\w)", fold(article.text))) for article in corpus
    )
    assert (len(lines), expected) == (22, 22)
    assert {line.match for line in lines} == {"Bundeskanzlerin"}


def test_dewikinews_dates(shared: Path) -> None:
    corpus = dewikinews(shared)
    september = corpus.between("September 2005", "30. September 2005")
    manifest = shared / "corpora" / "dewikinews_quotes.manifest.jsonl"
    with manifest.open(encoding="utf-8") as lines:
        expected = [
            record["file"][4:20]
            for record in map(json.loads, lines)
            if record["date"].startswith("2005-09")
        ]
    assert (ids(september), len(september)) == (expected, 23)


def test_dewikinews_stats(shared: Path) -> None:
    stats = dewikinews(shared).stats()
    assert stats == Stats(
        articles=DEWIKINEWS_ARTICLES,
        paragraphs=3249,
        words=190691,
        quotes=0,
        speakers=0,
        languages=(),
        first_date=dt.date(1, 1, 1),
        last_date=dt.date(2022, 3, 6),
        undated=0,
        warnings=85,  # one of them: the placeholder date 0001-01-01 is implausible
    )


def test_dewikinews_speaker_identity_from_gold_quotes(shared: Path) -> None:
    corpus = dewikinews_with_gold_quotes(shared)
    merkel = corpus.speaker("Merkel")
    assert merkel is not None
    assert (
        merkel.name,
        len(corpus.quotes(speaker="Merkel")),
        len(corpus.quotes(speaker="Merkels")),
    ) == (
        "Angela Merkel",
        17,
        17,
    )


def test_dewikinews_quotes_per_month_add_up(shared: Path) -> None:
    corpus = dewikinews_with_gold_quotes(shared)
    counts = corpus.count_by("month")
    assert (sum(counts.values()), corpus.stats().quotes, list(counts) == sorted(counts)) == (
        corpus.stats().quotes,
        2986,
        True,
    )


# --- docs ------------------------------------------------------------------------------------


def test_docs_queries(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every example in docs/queries.md gives the output shown there (run on seeds/)."""
    repo = Path(__file__).resolve().parents[1]
    monkeypatch.chdir(repo)
    result = doctest.testfile(
        str(repo / "docs" / "queries.md"),
        module_relative=False,
        optionflags=doctest.ELLIPSIS,
    )
    assert (result.failed, result.attempted > 0) == (0, True)


def test_concordance_stops_at_the_limit() -> None:
    corpus = corpus_of_three()
    every = corpus.concordance("Putin", limit=None)
    assert (len(every) > 2, corpus.concordance("Putin", limit=2)) == (True, every[:2])


def test_concordance_with_limit_zero_is_empty() -> None:
    assert corpus_of_three().concordance("Putin", limit=0) == []


def test_concordance_rejects_a_negative_limit() -> None:
    with pytest.raises(QueryError) as excinfo:
        corpus_of_three().concordance("Putin", limit=-1)
    assert str(excinfo.value) == "limit must be >= 0 or None, got -1"


def test_concordance_default_limit_is_1000() -> None:
    many = Corpus.from_articles(
        [Article(id="x", title="t", paragraphs=(" ".join(["Putin"] * 1001),))]
    )
    assert (len(many.concordance("putin")), len(many.concordance("putin", limit=None))) == (
        1000,
        1001,
    )


def test_quotes_of_a_corpus_speaker_are_its_own_not_its_surname_sharers() -> None:
    from tests.test_index import article  # noqa: PLC0415 - the index tests' article builder

    company = Speaker(id="company", name="Company", kind=SpeakerKind.ORGANISATION)
    other = Speaker(id="south-yorkshire-company", name="South Yorkshire company")
    corpus = Corpus.from_articles(
        [article("a1", [("Eins.", company)]), article("a2", [("Zwei.", other)])]
    )
    speaker = corpus.speaker("Company")
    assert speaker is not None
    assert (
        [hit.quote.text for hit in corpus.quotes(speaker=speaker)],
        [hit.quote.text for hit in corpus.quotes(speaker="Company")],
    ) == (["Eins."], ["Eins.", "Zwei."])


_TEXT_QUERIES: dict[str, Any] = {
    "search": lambda corpus: corpus.search(5),
    "concordance": lambda corpus: corpus.concordance(None),
    "quotes(speaker=...)": lambda corpus: corpus.quotes(speaker=["Putin"]),
    "quotes(contains=...)": lambda corpus: corpus.quotes(contains=5),
    "quotes(language=...)": lambda corpus: corpus.quotes(language=5),
    "speaker": lambda corpus: corpus.speaker(None),
    "external_id": lambda corpus: corpus.external_id(5),
}


@pytest.mark.parametrize("query", list(_TEXT_QUERIES), ids=list(_TEXT_QUERIES))
def test_a_text_argument_that_is_no_string_is_a_query_error(query: str) -> None:
    with pytest.raises(QueryError, match=r"must be .*string.*, got (int|list|NoneType)$"):
        _TEXT_QUERIES[query](corpus_of_three())


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"width": "5"}, "width must be an int >= 0, got str"),
        ({"width": 2.5}, "width must be an int >= 0, got float"),
        ({"limit": "5"}, "limit must be an int >= 0 or None, got str"),
        ({"limit": 1.5}, "limit must be an int >= 0 or None, got float"),
    ],
)
def test_a_concordance_width_or_limit_that_is_no_int_is_a_query_error(
    arguments: dict[str, Any], message: str
) -> None:
    with pytest.raises(QueryError) as excinfo:
        corpus_of_three().concordance("Putin", **arguments)
    assert str(excinfo.value) == message


def test_get_of_a_key_that_is_no_id_gives_the_default_as_in_says_it_is_not_there() -> None:
    corpus = corpus_of_three()
    assert (["x"] in corpus, corpus.get(["x"]), corpus.get({"id": "x"}, corpus[0])) == (
        False,
        None,
        corpus[0],
    )


def test_a_slice_of_ids_is_a_query_error() -> None:
    with pytest.raises(QueryError) as excinfo:
        corpus_of_three()["a1":"a3"]

    assert str(excinfo.value) == (
        "a corpus is sliced by positions (int or None), got the slice 'a1':'a3':None"
    )


def test_a_corpus_of_something_that_is_not_iterable_is_a_query_error() -> None:
    with pytest.raises(QueryError) as excinfo:
        Corpus(5)  # type: ignore[arg-type]

    assert str(excinfo.value) == "a corpus is built from an iterable of Articles, got int"
