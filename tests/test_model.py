"""The model classes: their checks (with whole messages), derived values, pickling and evolve."""

from __future__ import annotations

import datetime as dt
import pickle

import attrs
import pytest
from hypothesis import given

from newscorpus._exceptions import ModelError
from newscorpus._model import (
    SPLIT_MENTION_JOINER,
    Article,
    ArticleWarning,
    Mention,
    Quote,
    QuoteKind,
    Span,
    Speaker,
    SpeakerKind,
    quote_with_enclosing,
    quote_with_parts,
    trusted_quote_with,
    trusted_split_mention,
)
from tests.strategies import articles, mentions, quotes, spans, speakers

TITLE = "Putin in Sotschi"
PARAGRAPHS = ("Putin sagte: „Wir helfen.“", "Er fügte hinzu, man stehe bereit.")
TEXT = "Putin in Sotschi\n\nPutin sagte: „Wir helfen.“\nEr fügte hinzu, man stehe bereit."
PUTIN = Speaker(id="wladimir-putin", name="Wladimir Putin", kind=SpeakerKind.PERSON)
QUOTE = Quote(
    text="Wir helfen.",
    kind=QuoteKind.DIRECT,
    span=Span(start=32, end=43),
    speaker=PUTIN,
    speaker_mention=Mention(text="Putin", span=Span(start=18, end=23)),
    cue=Mention(text="sagte", span=Span(start=24, end=29)),
)


def build(**changes: object) -> Article:
    fields: dict[str, object] = {
        "id": "a1",
        "title": TITLE,
        "paragraphs": PARAGRAPHS,
        "quotes": (QUOTE,),
        "speakers": (PUTIN,),
    }
    fields.update(changes)
    return Article(**fields)  # type: ignore[arg-type]


def model_error(make: object) -> str:
    assert callable(make)
    with pytest.raises(ModelError) as excinfo:
        make()
    return str(excinfo.value)


# --- Span ------------------------------------------------------------------------------------


def test_span_rejects_a_negative_start() -> None:
    assert model_error(lambda: Span(start=-1, end=3)) == "start must be >= 0, got -1"


def test_span_rejects_a_negative_end() -> None:
    assert model_error(lambda: Span(start=0, end=-2)) == "end must be >= 0, got -2"


def test_span_rejects_an_end_before_its_start() -> None:
    assert model_error(lambda: Span(start=5, end=3)) == "end must be >= start (5), got 3"


def test_model_error_is_a_value_error() -> None:
    with pytest.raises(ValueError, match=r"^end must be >= start \(5\), got 3$"):
        Span(start=5, end=3)


def test_span_length_is_end_minus_start() -> None:
    assert (len(Span(start=3, end=8)), len(Span(start=4, end=4))) == (5, 0)


def test_span_slices_text() -> None:
    assert Span(start=18, end=23).slice(TEXT) == "Putin"


@pytest.mark.parametrize(
    ("other", "expected"),
    [
        (Span(start=0, end=3), False),  # touches the start
        (Span(start=0, end=4), True),
        (Span(start=5, end=6), True),
        (Span(start=7, end=9), True),
        (Span(start=8, end=9), False),  # touches the end
        (Span(start=5, end=5), False),  # an empty span shares no character
    ],
)
def test_span_overlaps_when_sharing_a_character(other: Span, expected: bool) -> None:
    assert Span(start=3, end=8).overlaps(other) is expected


@pytest.mark.parametrize(
    ("other", "expected"),
    [
        (Span(start=3, end=8), True),
        (Span(start=4, end=6), True),
        (Span(start=8, end=8), True),
        (Span(start=2, end=5), False),
        (Span(start=7, end=9), False),
    ],
)
def test_span_contains_spans_wholly_inside(other: Span, expected: bool) -> None:
    assert Span(start=3, end=8).contains(other) is expected


def test_span_shift_moves_both_ends() -> None:
    assert Span(start=3, end=8).shift(-3) == Span(start=0, end=5)


def test_span_shift_cannot_move_before_zero() -> None:
    assert model_error(lambda: Span(start=3, end=8).shift(-4)) == "start must be >= 0, got -1"


def test_spans_sort_by_start_then_end() -> None:
    unsorted = [Span(start=5, end=6), Span(start=1, end=9), Span(start=1, end=2)]

    assert sorted(unsorted) == [Span(start=1, end=2), Span(start=1, end=9), Span(start=5, end=6)]


# --- Mention ---------------------------------------------------------------------------------


def test_mention_from_one_span_is_continuous() -> None:
    assert Mention.from_text(TEXT, Span(start=18, end=23)) == Mention(
        text="Putin", span=Span(start=18, end=23)
    )


def test_mention_from_several_spans_is_split_and_sorted() -> None:
    mention = Mention.from_text(TEXT, Span(start=54, end=59), Span(start=48, end=53))

    assert mention == Mention(
        text="fügte … hinzu",
        span=Span(start=48, end=59),
        parts=(Span(start=48, end=53), Span(start=54, end=59)),
    )


def test_split_mention_text_uses_the_joiner() -> None:
    assert SPLIT_MENTION_JOINER == " … "


def test_mention_from_no_span_is_an_error() -> None:
    assert model_error(lambda: Mention.from_text(TEXT)) == "from_text needs at least one span"


def test_mention_expected_text_of_a_split_mention_joins_the_parts() -> None:
    mention = Mention(
        text="x",
        span=Span(start=48, end=59),
        parts=(Span(start=48, end=53), Span(start=54, end=59)),
    )

    assert mention.expected_text(TEXT) == "fügte … hinzu"


def test_mention_rejects_a_single_part() -> None:
    assert (
        model_error(
            lambda: Mention(text="a", span=Span(start=0, end=1), parts=(Span(start=0, end=1),))
        )
        == "parts must be empty or have at least 2 spans, got (Span(start=0, end=1),)"
    )


def test_mention_rejects_parts_that_do_not_cover_the_span() -> None:
    assert model_error(
        lambda: Mention(
            text="a … b",
            span=Span(start=0, end=9),
            parts=(Span(start=1, end=2), Span(start=5, end=9)),
        )
    ) == (
        "parts must start and end where span does (Span(start=0, end=9)), "
        "got (Span(start=1, end=2), Span(start=5, end=9))"
    )


def test_mention_rejects_overlapping_parts() -> None:
    assert model_error(
        lambda: Mention(
            text="a … b",
            span=Span(start=0, end=9),
            parts=(Span(start=0, end=5), Span(start=4, end=9)),
        )
    ) == ("parts must be sorted and disjoint, got (Span(start=0, end=5), Span(start=4, end=9))")


def test_mention_accepts_adjacent_parts() -> None:
    parts = (Span(start=0, end=4), Span(start=4, end=9))

    assert Mention(text="a … b", span=Span(start=0, end=9), parts=parts).parts == parts


# --- Speaker and ArticleWarning --------------------------------------------------------------


@pytest.mark.parametrize("bad_id", ["Putin", "wladimir putin", "-putin", "putin-", "a--b", ""])
def test_speaker_id_must_be_a_slug(bad_id: str) -> None:
    assert model_error(lambda: Speaker(id=bad_id, name="Putin")) == (
        f"id must be a slug (lowercase ascii letters and digits joined by '-'), got {bad_id!r}"
    )


def test_speaker_name_must_not_be_blank() -> None:
    assert model_error(lambda: Speaker(id="x", name=" \t")) == (
        "name must not be blank, got ' \\t'"
    )


def test_speaker_defaults() -> None:
    speaker = Speaker(id="x", name="X")

    assert (speaker.aliases, speaker.roles, speaker.kind) == ((), (), SpeakerKind.UNKNOWN)


def test_article_warning_code_must_be_a_slug() -> None:
    assert model_error(lambda: ArticleWarning(code="Bad Code", message="m")) == (
        "code must be a slug (lowercase ascii letters and digits joined by '-'), got 'Bad Code'"
    )


# --- Quote -----------------------------------------------------------------------------------


def test_quote_span_must_be_as_long_as_its_text() -> None:
    assert model_error(
        lambda: Quote(text="Wir helfen.", kind=QuoteKind.DIRECT, span=Span(start=32, end=42))
    ) == (
        "span must be as long as text (11 characters), got Span(start=32, end=42) (10 characters)"
    )


def test_quote_mentions_lists_the_set_mentions_in_field_order() -> None:
    frame = Mention(text="laut", span=Span(start=0, end=4))
    quote = attrs.evolve(QUOTE, frame=frame)

    assert list(quote.mentions()) == [
        ("speaker_mention", QUOTE.speaker_mention),
        ("cue", QUOTE.cue),
        ("frame", frame),
    ]


def test_quote_without_mentions_lists_none() -> None:
    quote = Quote(text="", kind=QuoteKind.REPORTED, span=Span(start=0, end=0))

    assert list(quote.mentions()) == []


# --- Article ---------------------------------------------------------------------------------


def test_article_text_is_title_blank_line_and_paragraphs() -> None:
    assert build().text == TEXT


def test_article_without_paragraphs_has_title_and_blank_line() -> None:
    assert build(paragraphs=(), quotes=()).text == "Putin in Sotschi\n\n"


def test_article_paragraph_spans_slice_the_paragraphs() -> None:
    article = build()

    assert article.paragraph_spans() == (Span(start=18, end=44), Span(start=45, end=78))


@pytest.mark.parametrize(
    ("offset", "line"),
    [(0, 1), (16, 1), (17, 2), (18, 3), (44, 3), (45, 4), (78, 4)],
)
def test_article_line_of_gives_the_seed_file_line(offset: int, line: int) -> None:
    assert build().line_of(offset) == line


@pytest.mark.parametrize("offset", [-1, 79])
def test_article_line_of_rejects_offsets_outside_the_text(offset: int) -> None:
    assert model_error(lambda: build().line_of(offset)) == (
        f"offset must be within 0..78, got {offset}"
    )


def test_article_word_count_counts_title_and_paragraphs() -> None:
    assert build().word_count == 13


def test_article_id_must_not_be_blank() -> None:
    assert model_error(lambda: build(id="  ")) == "id must not be blank, got '  '"


def test_article_title_must_be_one_line() -> None:
    assert model_error(lambda: build(title="Putin\nin Sotschi")) == (
        "title must be one line, got 'Putin\\nin Sotschi'"
    )


def test_article_paragraph_must_be_one_line() -> None:
    assert model_error(lambda: build(paragraphs=("eins", "zwei\r\ndrei"), quotes=())) == (
        "paragraphs[1] must be one line, got 'zwei\\r\\ndrei'"
    )


@pytest.mark.parametrize("language", ["de", "en-GB", "zh-Hant-TW", None])
def test_article_accepts_bcp_47_language_tags(language: str | None) -> None:
    assert build(language=language).language == language


@pytest.mark.parametrize("language", ["german", "d", "de_DE", ""])
def test_article_rejects_other_language_values(language: str) -> None:
    assert model_error(lambda: build(language=language)) == (
        f"language must be a BCP 47 tag such as 'de' or 'en-GB', got {language!r}"
    )


def test_article_rejects_a_quote_whose_text_differs_from_its_span() -> None:
    quote = attrs.evolve(QUOTE, text="Wir helfen!")

    assert model_error(lambda: build(quotes=(quote,))) == (
        "quotes[0].text must equal the text under its span 'Wir helfen.', got 'Wir helfen!'"
    )


def test_article_rejects_a_quote_beyond_its_text() -> None:
    quote = Quote(text="x" * 10, kind=QuoteKind.DIRECT, span=Span(start=75, end=85))

    assert model_error(lambda: build(quotes=(QUOTE, quote))) == (
        "quotes[1].span must end within the text (78 characters), got Span(start=75, end=85)"
    )


def test_article_rejects_a_mention_whose_text_differs_from_its_span() -> None:
    quote = attrs.evolve(QUOTE, cue=Mention(text="sprach", span=Span(start=24, end=29)))

    assert model_error(lambda: build(quotes=(quote,))) == (
        "quotes[0].cue.text must equal the text under its span 'sagte', got 'sprach'"
    )


def test_article_rejects_a_split_mention_whose_text_differs_from_its_parts() -> None:
    cue = Mention(
        text="fügte hinzu",
        span=Span(start=48, end=59),
        parts=(Span(start=48, end=53), Span(start=54, end=59)),
    )
    quote = attrs.evolve(QUOTE, cue=cue)

    assert model_error(lambda: build(quotes=(quote,))) == (
        "quotes[0].cue.text must equal the text under its span 'fügte … hinzu', got 'fügte hinzu'"
    )


def test_article_rejects_a_mention_beyond_its_text() -> None:
    quote = attrs.evolve(QUOTE, addressee=Mention(text="", span=Span(start=79, end=79)))

    assert model_error(lambda: build(quotes=(quote,))) == (
        "quotes[0].addressee.span must end within the text (78 characters), "
        "got Span(start=79, end=79)"
    )


def test_article_accepts_published_dates_and_datetimes() -> None:
    moment = dt.datetime(2020, 9, 14, 18, 30, tzinfo=dt.timezone.utc)

    assert (build(published=dt.date(2020, 9, 14)).published, build(published=moment).published) == (
        dt.date(2020, 9, 14),
        moment,
    )


def test_evolve_rechecks_the_quotes() -> None:
    assert model_error(
        lambda: attrs.evolve(build(), paragraphs=("Putin sagte: „Wir zögern.“",))
    ) == ("quotes[0].text must equal the text under its span 'Wir zögern.', got 'Wir helfen.'")


def test_evolve_rebuilds_the_text() -> None:
    article = attrs.evolve(build(quotes=()), title="Neu")

    assert article.text == "Neu\n\nPutin sagte: „Wir helfen.“\nEr fügte hinzu, man stehe bereit."


def test_articles_are_frozen() -> None:
    article = build()

    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        article.title = "Neu"  # type: ignore[misc]


def test_article_equality_ignores_nothing_but_the_derived_text() -> None:
    assert (build() == build(), build() == build(index=1)) == (True, False)


def test_pickled_article_keeps_its_text() -> None:
    article = build(published=dt.date(2020, 9, 14))

    loaded = pickle.loads(pickle.dumps(article))  # noqa: S301 -- our own data

    assert (loaded, loaded.text) == (article, TEXT)


@given(articles())
def test_every_article_pickles(article: Article) -> None:
    loaded = pickle.loads(pickle.dumps(article))  # noqa: S301 -- our own data

    assert (loaded, loaded.text) == (article, article.text)


@given(spans())
def test_every_span_pickles(span: Span) -> None:
    assert pickle.loads(pickle.dumps(span)) == span  # noqa: S301 -- our own data


@given(mentions())
def test_every_mention_pickles(mention: Mention) -> None:
    assert pickle.loads(pickle.dumps(mention)) == mention  # noqa: S301 -- our own data


@given(speakers())
def test_every_speaker_pickles(speaker: Speaker) -> None:
    assert pickle.loads(pickle.dumps(speaker)) == speaker  # noqa: S301 -- our own data


@given(quotes())
def test_every_quote_pickles(quote: Quote) -> None:
    assert pickle.loads(pickle.dumps(quote)) == quote  # noqa: S301 -- our own data


@given(articles())
def test_paragraph_spans_slice_each_paragraph(article: Article) -> None:
    assert [span.slice(article.text) for span in article.paragraph_spans()] == list(
        article.paragraphs
    )


@given(articles())
def test_paragraph_i_starts_on_line_i_plus_3(article: Article) -> None:
    starts = [span.start for span in article.paragraph_spans()]

    assert [article.line_of(start) for start in starts] == [
        number + 3 for number in range(len(starts))
    ]


@given(articles())
def test_every_generated_quote_slices_its_article(article: Article) -> None:
    assert [quote.span.slice(article.text) for quote in article.quotes] == [
        quote.text for quote in article.quotes
    ]


@pytest.mark.parametrize("line", [0, -3])
def test_article_warning_line_is_one_based(line: int) -> None:
    assert model_error(lambda: ArticleWarning(code="x", message="m", line=line)) == (
        f"line must be None or >= 1 (lines count from 1), got {line}"
    )


def test_mention_from_text_refuses_a_span_beyond_the_text() -> None:
    assert model_error(lambda: Mention.from_text("sagte", Span(start=0, end=9))) == (
        "spans must end within the text (5 characters), got Span(start=0, end=9)"
    )


@given(quotes())
def test_quote_with_enclosing_is_evolve(quote: Quote) -> None:
    assert quote_with_enclosing(quote, 3) == attrs.evolve(quote, enclosing=3)
    assert model_error(lambda: quote_with_enclosing(quote, -1)) == model_error(
        lambda: attrs.evolve(quote, enclosing=-1)
    )


def test_quote_with_parts_is_evolve_and_checks_the_parts() -> None:
    quote = Quote(text="Ja, sagte er, gut", kind=QuoteKind.INDIRECT, span=Span(start=0, end=17))
    parts = (Span(start=0, end=2), Span(start=14, end=17))
    assert quote_with_parts(quote, parts) == attrs.evolve(quote, parts=parts)
    for wrong in [
        (Span(start=0, end=2),),
        (Span(start=0, end=9), Span(start=5, end=17)),
        (Span(start=1, end=2), Span(start=14, end=17)),
    ]:
        assert model_error(lambda wrong=wrong: quote_with_parts(quote, wrong)) == model_error(
            lambda wrong=wrong: attrs.evolve(quote, parts=wrong)
        )


@given(quotes())
def test_trusted_quote_with_is_evolve(quote: Quote) -> None:
    changes = {"speaker": PUTIN, "cue": QUOTE.cue, "enclosing": 2}
    assert trusted_quote_with(quote, changes) == attrs.evolve(
        quote, speaker=PUTIN, cue=QUOTE.cue, enclosing=2
    )


def test_trusted_split_mention_is_from_text() -> None:
    text = "Er teilte am Montag mit, er gehe"
    parts = (Span(start=3, end=9), Span(start=20, end=23))
    assert trusted_split_mention(text, parts) == Mention.from_text(text, *parts)
