"""The cattrs converter: the dict form of every model class, and strict, located load errors."""

from __future__ import annotations

import datetime as dt
from typing import Any

import cattrs
import pytest
from cattrs.errors import ClassValidationError
from hypothesis import given
from hypothesis import strategies as st

from newscorpus._exceptions import ModelError, RecordError
from newscorpus._io.converter import SCHEMA_VERSION, _record_error, make_converter
from newscorpus._model import (
    Article,
    ArticleWarning,
    Mention,
    Quote,
    QuoteKind,
    Span,
    Speaker,
    SpeakerKind,
)
from tests.strategies import (
    article_warnings,
    articles,
    mentions,
    published_values,
    quotes,
    spans,
    speakers,
)

CONVERTER = make_converter()

PUTIN = Speaker(
    id="wladimir-putin",
    name="Wladimir Putin",
    aliases=("Putin",),
    roles=("russischer Präsident",),
    kind=SpeakerKind.PERSON,
)
# ARTICLE.text reads, line by line: Putin in Sotschi / (blank) / Putin sagte: „Wir helfen.“ /
# Lukaschenko schwieg.
QUOTE = Quote(
    text="Wir helfen.",
    kind=QuoteKind.DIRECT,
    span=Span(start=32, end=43),
    speaker=PUTIN,
    speaker_mention=Mention(text="Putin", span=Span(start=18, end=23)),
    cue=Mention(text="sagte", span=Span(start=24, end=29)),
)
ARTICLE = Article(
    id="a1",
    title="Putin in Sotschi",
    paragraphs=("Putin sagte: „Wir helfen.“", "Lukaschenko schwieg."),
    language="de",
    published=dt.date(2020, 9, 14),
    quotes=(QUOTE,),
    speakers=(PUTIN,),
)

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)


def record(**changes: Any) -> dict[str, Any]:
    """The dict form of ARTICLE with top-level keys replaced."""
    data: dict[str, Any] = CONVERTER.unstructure(ARTICLE)
    data.update(changes)
    return data


def load_error(data: object, cls: type[Any]) -> RecordError:
    with pytest.raises(RecordError) as excinfo:
        CONVERTER.structure(data, cls)
    return excinfo.value


def test_make_converter_returns_a_new_converter_each_time() -> None:
    first = make_converter()

    assert (first is make_converter(), first is cattrs.global_converter) == (False, False)


def test_hooks_registered_on_one_converter_do_not_reach_another() -> None:
    first = make_converter()
    first.register_unstructure_hook(Span, lambda span: [span.start, span.end])

    assert make_converter().unstructure(Span(start=1, end=4)) == {"start": 1, "end": 4}


def test_schema_version_is_1() -> None:
    assert SCHEMA_VERSION == 1


def test_span_unstructures_to_start_and_end() -> None:
    assert CONVERTER.unstructure(Span(start=1, end=4)) == {"start": 1, "end": 4}


def test_continuous_mention_has_no_parts_key() -> None:
    mention = Mention(text="Putin", span=Span(start=18, end=23))

    assert CONVERTER.unstructure(mention) == {"text": "Putin", "span": {"start": 18, "end": 23}}


def test_split_mention_lists_its_parts() -> None:
    mention = Mention.from_text("Er fügte hinzu", Span(start=3, end=8), Span(start=9, end=14))

    assert CONVERTER.unstructure(mention) == {
        "text": "fügte … hinzu",
        "span": {"start": 3, "end": 14},
        "parts": [{"start": 3, "end": 8}, {"start": 9, "end": 14}],
    }


def test_speaker_unstructures_every_field_with_kind_as_its_value() -> None:
    assert CONVERTER.unstructure(PUTIN) == {
        "id": "wladimir-putin",
        "name": "Wladimir Putin",
        "aliases": ["Putin"],
        "roles": ["russischer Präsident"],
        "kind": "person",
    }


def test_article_warning_unstructures_every_field() -> None:
    warning = ArticleWarning(code="truncated-paragraph", message="no final stop", line=None)

    assert CONVERTER.unstructure(warning) == {
        "code": "truncated-paragraph",
        "message": "no final stop",
        "line": None,
    }


def test_quote_writes_unset_mentions_as_none() -> None:
    quote = Quote(text="Ja", kind=QuoteKind.INDIRECT, span=Span(start=0, end=2))

    assert CONVERTER.unstructure(quote) == {
        "text": "Ja",
        "kind": "indirect",
        "span": {"start": 0, "end": 2},
        "speaker": None,
        "speaker_mention": None,
        "cue": None,
        "frame": None,
        "addressee": None,
    }


def test_article_starts_with_schema_version_and_has_no_text_key() -> None:
    assert list(CONVERTER.unstructure(ARTICLE)) == [
        "schema_version",
        "id",
        "title",
        "paragraphs",
        "index",
        "language",
        "published",
        "source",
        "outlet",
        "quotes",
        "speakers",
        "warnings",
    ]


def test_article_unstructures_quotes_with_embedded_speakers() -> None:
    assert CONVERTER.unstructure(ARTICLE) == {
        "schema_version": 1,
        "id": "a1",
        "title": "Putin in Sotschi",
        "paragraphs": ["Putin sagte: „Wir helfen.“", "Lukaschenko schwieg."],
        "index": None,
        "language": "de",
        "published": "2020-09-14",
        "source": None,
        "outlet": None,
        "quotes": [
            {
                "text": "Wir helfen.",
                "kind": "direct",
                "span": {"start": 32, "end": 43},
                "speaker": CONVERTER.unstructure(PUTIN),
                "speaker_mention": {"text": "Putin", "span": {"start": 18, "end": 23}},
                "cue": {"text": "sagte", "span": {"start": 24, "end": 29}},
                "frame": None,
                "addressee": None,
            }
        ],
        "speakers": [CONVERTER.unstructure(PUTIN)],
        "warnings": [],
    }


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        (None, None),
        (dt.date(2020, 9, 14), "2020-09-14"),
        (dt.datetime(2020, 9, 14, 18, 30), "2020-09-14T18:30:00"),  # noqa: DTZ001 -- naive on purpose
        (
            dt.datetime(2020, 9, 14, 18, 30, tzinfo=dt.timezone(dt.timedelta(hours=3))),
            "2020-09-14T18:30:00+03:00",
        ),
        (
            dt.datetime(2020, 9, 14, 18, 30, 0, 250, tzinfo=dt.timezone.utc),
            "2020-09-14T18:30:00.000250+00:00",
        ),
    ],
)
def test_published_is_written_as_iso_8601(published: dt.date | None, expected: str | None) -> None:
    article = Article(id="a", title="t", paragraphs=(), published=published)

    assert CONVERTER.unstructure(article)["published"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2020-09-14", dt.date(2020, 9, 14)),
        ("2020-09-14T18:30:00", dt.datetime(2020, 9, 14, 18, 30)),  # noqa: DTZ001 -- naive
        ("2020-09-14 18:30", dt.datetime(2020, 9, 14, 18, 30)),  # noqa: DTZ001 -- naive
        (
            "2020-09-14T18:30:00+03:00",
            dt.datetime(2020, 9, 14, 18, 30, tzinfo=dt.timezone(dt.timedelta(hours=3))),
        ),
        ("2020-09-14T18:30:00Z", dt.datetime(2020, 9, 14, 18, 30, tzinfo=dt.timezone.utc)),
    ],
)
def test_published_loads_date_only_as_date_and_with_time_as_datetime(
    text: str, expected: dt.date
) -> None:
    published = CONVERTER.structure(record(published=text), Article).published

    assert (type(published), published, getattr(published, "tzinfo", None)) == (
        type(expected),
        expected,
        getattr(expected, "tzinfo", None),
    )


@pytest.mark.parametrize(
    "value", ["2020-13-01", "14.09.2020", "2020-09-14T", "20200914", "2020-09-14T25:00", 20200914]
)
def test_published_rejects_what_is_not_iso_8601(value: object) -> None:
    error = load_error(record(published=value), Article)

    assert (error.field, str(error)) == (
        "published",
        f"field 'published': expected an ISO 8601 date or date-time string, got {value!r}",
    )


@pytest.mark.parametrize("value", ["3", 3.0, True, None, [3]])
def test_int_fields_take_json_integers_only(value: object) -> None:
    error = load_error({"start": value, "end": 5}, Span)

    assert (error.field, str(error)) == ("start", f"field 'start': expected int, got {value!r}")


@pytest.mark.parametrize("value", [5, None, ["Putin"], {"name": "Putin"}])
def test_str_fields_take_json_strings_only(value: object) -> None:
    data = CONVERTER.unstructure(PUTIN) | {"name": value}

    assert str(load_error(data, Speaker)) == f"field 'name': expected str, got {value!r}"


def test_optional_int_field_takes_null() -> None:
    assert CONVERTER.structure(record(index=None), Article).index is None


def test_optional_int_field_rejects_a_string() -> None:
    assert str(load_error(record(index="7"), Article)) == "field 'index': expected int, got '7'"


@pytest.mark.parametrize("value", ["abc", {"0": "abc"}, None])
def test_tuple_fields_take_json_arrays_only(value: object) -> None:
    error = load_error(record(paragraphs=value), Article)

    assert str(error) == f"field 'paragraphs': expected an array, got {value!r}"


def test_a_bad_array_item_is_located_by_index() -> None:
    data = CONVERTER.unstructure(PUTIN) | {"roles": ["Präsident", 7]}

    assert str(load_error(data, Speaker)) == "field 'roles[1]': expected str, got 7"


def test_nested_object_must_be_a_json_object() -> None:
    data = CONVERTER.unstructure(QUOTE) | {"span": [32, 43]}

    assert str(load_error(data, Quote)) == "field 'span': expected an object, got [32, 43]"


def test_top_level_value_must_be_a_json_object() -> None:
    error = load_error(["a1"], Article)

    assert (error.field, str(error)) == (None, "expected an object, got ['a1']")


def test_enum_rejects_unknown_values_listing_the_known_ones() -> None:
    data = CONVERTER.unstructure(QUOTE) | {"kind": "DIRECT"}

    assert str(load_error(data, Quote)) == (
        "field 'kind': expected one of 'direct', 'indirect', 'free_indirect', 'reported', "
        "got 'DIRECT'"
    )


def test_missing_key_is_reported_with_its_path() -> None:
    data = record()
    del data["quotes"][0]["kind"]

    assert str(load_error(data, Article)) == "field 'quotes[0].kind': missing required field"


def test_unknown_nested_key_is_rejected_with_its_path() -> None:
    data = record()
    data["quotes"][0]["span"]["length"] = 11

    error = load_error(data, Article)

    assert (error.field, str(error)) == (
        "quotes[0].span.length",
        "field 'quotes[0].span.length': unknown field",
    )


def test_derived_text_key_is_an_unknown_field() -> None:
    assert str(load_error(record(text=ARTICLE.text), Article)) == "field 'text': unknown field"


def test_wrong_type_deep_inside_is_reported_with_its_full_path() -> None:
    data = record()
    data["quotes"][0]["speaker_mention"]["span"]["end"] = "x"

    error = load_error(data, Article)

    assert (error.field, error.reason) == (
        "quotes[0].speaker_mention.span.end",
        "expected int, got 'x'",
    )


def test_first_offending_field_is_reported() -> None:
    data = record(index="x", language=7)

    assert str(load_error(data, Article)) == "field 'index': expected int, got 'x'"


def test_long_values_are_shortened_in_messages() -> None:
    error = load_error({"start": "x" * 100, "end": 1}, Span)

    assert str(error) == "field 'start': expected int, got '" + "x" * 56 + "..."


def test_span_invariant_is_reported_at_the_field() -> None:
    data = record()
    data["quotes"][0]["cue"]["span"] = {"start": 29, "end": 24}

    error = load_error(data, Article)

    assert (error.field, str(error)) == (
        "quotes[0].cue.span.end",
        "field 'quotes[0].cue.span.end': must be >= start (29), got 24",
    )


def test_negative_offset_is_reported_at_the_field() -> None:
    assert str(load_error({"start": -1, "end": 3}, Span)) == ("field 'start': must be >= 0, got -1")


def test_span_text_mismatch_is_reported_at_the_quote_text() -> None:
    data = record()
    data["quotes"][0]["text"] = "Wir helfen!"

    error = load_error(data, Article)

    assert (error.field, str(error)) == (
        "quotes[0].text",
        (
            "field 'quotes[0].text': must equal the text under its span 'Wir helfen.', "
            "got 'Wir helfen!'"
        ),
    )


def test_span_and_text_length_mismatch_is_reported_at_the_span() -> None:
    data = record()
    data["quotes"][0]["span"]["end"] = 42

    assert str(load_error(data, Article)) == (
        "field 'quotes[0].span': must be as long as text (11 characters), "
        "got Span(start=32, end=42) (10 characters)"
    )


def test_span_past_the_text_is_reported_at_the_span() -> None:
    data = record()
    data["quotes"][0]["cue"]["span"] = {"start": 60, "end": 70}

    assert str(load_error(data, Article)) == (
        "field 'quotes[0].cue.span': must end within the text (65 characters), "
        "got Span(start=60, end=70)"
    )


def test_mention_text_mismatch_is_reported_at_the_mention_text() -> None:
    data = record()
    data["quotes"][0]["speaker_mention"]["text"] = "Wladimir Putin"

    assert str(load_error(data, Article)) == (
        "field 'quotes[0].speaker_mention.text': must equal the text under its span 'Putin', "
        "got 'Wladimir Putin'"
    )


def test_single_part_mention_is_reported_at_parts() -> None:
    data = {"text": "a", "span": {"start": 0, "end": 1}, "parts": [{"start": 0, "end": 1}]}

    assert str(load_error(data, Mention)) == (
        "field 'parts': must be empty or have at least 2 spans, got (Span(start=0, end=1),)"
    )


def test_speaker_validator_error_is_reported_at_the_nested_field() -> None:
    data = record()
    data["quotes"][0]["speaker"]["id"] = "Wladimir Putin"

    assert str(load_error(data, Article)) == (
        "field 'quotes[0].speaker.id': must be a slug (lowercase ascii letters and digits "
        "joined by '-'), got 'Wladimir Putin'"
    )


def test_paragraph_with_a_line_break_is_reported_at_its_index() -> None:
    error = load_error(record(paragraphs=["eins", "zwei\ndrei"], quotes=[]), Article)

    assert str(error) == "field 'paragraphs[1]': must be one line, got 'zwei\\ndrei'"


def test_missing_schema_version_is_a_record_error() -> None:
    data = record()
    del data["schema_version"]

    error = load_error(data, Article)

    assert (error.field, str(error)) == (None, "missing schema_version; this newscorpus reads 1")


@pytest.mark.parametrize("version", [2, 0, "1", True, None])
def test_unknown_schema_version_is_a_record_error(version: object) -> None:
    error = load_error(record(schema_version=version), Article)

    assert str(error) == f"unsupported schema_version {version!r}; this newscorpus reads 1"


def test_schema_version_is_checked_before_the_fields() -> None:
    error = load_error(record(schema_version=2, index="x"), Article)

    assert str(error) == "unsupported schema_version 2; this newscorpus reads 1"


def test_model_error_without_a_field_prefix_keeps_the_object_path() -> None:
    error = ClassValidationError("While structuring Span", [ModelError("odd failure")], Span)

    converted = _record_error(error)

    assert (converted.field, str(converted)) == (None, "odd failure")


def test_articles_in_a_tuple_are_located_by_index() -> None:
    data = [record(), record(id=" ")]

    assert str(load_error(data, tuple[Article, ...])) == (
        "field '[1].id': must not be blank, got ' '"
    )


def test_record_error_from_the_converter_keeps_the_cattrs_error_as_cause() -> None:
    error = load_error({"start": "x", "end": 1}, Span)

    assert isinstance(error.__cause__, ClassValidationError)


@given(spans())
def test_span_round_trips(span: Span) -> None:
    assert CONVERTER.structure(CONVERTER.unstructure(span), Span) == span


@given(mentions())
def test_mention_round_trips(mention: Mention) -> None:
    assert CONVERTER.structure(CONVERTER.unstructure(mention), Mention) == mention


@given(speakers())
def test_speaker_round_trips(speaker: Speaker) -> None:
    assert CONVERTER.structure(CONVERTER.unstructure(speaker), Speaker) == speaker


@given(article_warnings())
def test_article_warning_round_trips(warning: ArticleWarning) -> None:
    assert CONVERTER.structure(CONVERTER.unstructure(warning), ArticleWarning) == warning


@given(quotes())
def test_quote_round_trips(quote: Quote) -> None:
    assert CONVERTER.structure(CONVERTER.unstructure(quote), Quote) == quote


@given(articles())
def test_article_round_trips(article: Article) -> None:
    loaded = CONVERTER.structure(CONVERTER.unstructure(article), Article)

    assert (loaded, loaded.text) == (article, article.text)


@given(published_values())
def test_published_round_trips_with_its_type(published: dt.date | None) -> None:
    article = Article(id="a", title="t", paragraphs=(), published=published)

    loaded = CONVERTER.structure(CONVERTER.unstructure(article), Article).published

    assert (type(loaded), loaded, loaded is None or loaded.isoformat()) == (
        type(published),
        published,
        published is None or published.isoformat(),
    )


def _json_types_only(value: object) -> bool:
    if isinstance(value, dict):
        return all(isinstance(key, str) and _json_types_only(item) for key, item in value.items())
    if isinstance(value, list):
        return all(_json_types_only(item) for item in value)
    return value is None or type(value) in {str, int, bool}


@given(articles())
def test_unstructured_article_holds_json_types_only(article: Article) -> None:
    assert _json_types_only(CONVERTER.unstructure(article))


def _load_or_error(data: object, cls: type[Any]) -> object:
    try:
        return CONVERTER.structure(data, cls)
    except RecordError as error:
        return error


@given(JSON_VALUES, st.sampled_from([Article, Quote, Speaker, Mention, Span, ArticleWarning]))
def test_arbitrary_json_loads_or_raises_record_error(data: object, cls: type[Any]) -> None:
    assert isinstance(_load_or_error(data, cls), (cls, RecordError))


@st.composite
def _corrupted_records(draw: st.DrawFn) -> dict[str, Any]:
    """The dict form of a valid article with one value somewhere replaced by arbitrary JSON."""
    data: dict[str, Any] = CONVERTER.unstructure(draw(articles()))
    container: Any = data
    while True:
        keys = list(container) if isinstance(container, dict) else list(range(len(container)))
        if not keys:
            return data
        key = draw(st.sampled_from(keys))
        if isinstance(container[key], (dict, list)) and draw(st.booleans()):
            container = container[key]
            continue
        container[key] = draw(JSON_VALUES)
        return data


@given(_corrupted_records())
def test_corrupted_article_record_loads_or_raises_located_record_error(
    data: dict[str, Any],
) -> None:
    outcome = _load_or_error(data, Article)

    if isinstance(outcome, RecordError):
        assert str(outcome).startswith(f"field {outcome.field!r}: " if outcome.field else "")
    else:
        assert isinstance(outcome, Article)
