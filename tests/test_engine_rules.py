"""The constructions the engine holds once for every language, tested on the spans they cut."""

from __future__ import annotations

import pytest

import newscorpus
from newscorpus._extract.engine import cut_overlaps
from newscorpus._extract.languages import ContentEnd
from newscorpus._extract.speakers import Attribution
from newscorpus._model import QuoteKind, Span


def test_cut_overlaps_cuts_a_content_where_the_next_speaker_begins() -> None:
    first = Attribution(
        kind=QuoteKind.INDIRECT,
        content=Span(start=10, end=60),
        mention=Span(start=0, end=2),
        cue=(Span(start=3, end=8),),
    )
    second = Attribution(
        kind=QuoteKind.INDIRECT,
        content=Span(start=50, end=70),
        mention=Span(start=30, end=35),
        cue=(Span(start=36, end=42),),
    )
    assert [attribution.content for attribution in cut_overlaps([first, second])] == [
        Span(start=10, end=30),
        Span(start=50, end=70),
    ]


def test_cut_overlaps_cuts_at_the_cue_of_a_verb_sharing_the_speaker() -> None:
    # "Er sagte, X und fügte hinzu: Y": both name "Er", the second verb's cue cuts X.
    speaker = Span(start=0, end=2)
    first = Attribution(
        kind=QuoteKind.INDIRECT,
        content=Span(start=10, end=60),
        mention=speaker,
        cue=(Span(start=3, end=8),),
    )
    second = Attribution(
        kind=QuoteKind.DIRECT,
        content=Span(start=45, end=60),
        mention=speaker,
        cue=(Span(start=35, end=40),),
    )
    assert [attribution.content for attribution in cut_overlaps([first, second])] == [
        Span(start=10, end=35),
        Span(start=45, end=60),
    ]


def test_cut_overlaps_keeps_a_direct_quotation_whole() -> None:
    quotation = Attribution(kind=QuoteKind.DIRECT, content=Span(start=1, end=40))
    other = Attribution(
        kind=QuoteKind.INDIRECT, content=Span(start=45, end=60), mention=Span(start=20, end=25)
    )
    assert cut_overlaps([quotation, other]) == [quotation, other]


def test_cut_overlaps_at_trailing_attributions_keeps_a_verb_inside_the_content() -> None:
    # "He said the senator told him X, the source added": only the trailing attribution cuts.
    said = Attribution(
        kind=QuoteKind.INDIRECT,
        content=Span(start=8, end=40),
        mention=Span(start=0, end=2),
        cue=(Span(start=3, end=7),),
    )
    told = Attribution(
        kind=QuoteKind.INDIRECT,
        content=Span(start=24, end=40),
        mention=Span(start=8, end=18),
        cue=(Span(start=19, end=23),),
    )
    added = Attribution(
        kind=QuoteKind.INDIRECT,
        content=Span(start=8, end=32),
        mention=Span(start=34, end=44),
        cue=(Span(start=45, end=50),),
    )
    cut = cut_overlaps([said, told, added], ends_at=ContentEnd.TRAILING_ATTRIBUTION)
    assert [attribution.content for attribution in cut] == [
        Span(start=8, end=34),
        Span(start=24, end=34),
        Span(start=8, end=32),
    ]


@pytest.mark.parametrize(
    ("text", "language", "said", "mention"),
    [
        (
            "Er kam. „Wir bleiben.“ Dies erklärte der Minister.",
            "de",
            "Wir bleiben.",
            "der Minister",
        ),
        ("He came. “We will stay.” That, Putin said, is final.", "en", "We will stay.", "Putin"),
    ],
)
def test_a_short_sentence_after_a_bare_quotation_names_its_speaker(
    text: str, language: str, said: str, mention: str
) -> None:
    quotes = newscorpus.extract_quotes(text, language=language)
    direct = [quote for quote in quotes if quote.kind is newscorpus.QuoteKind.DIRECT]
    assert [quote.text for quote in direct] == [said]
    assert direct[0].speaker_mention is not None
    assert direct[0].speaker_mention.text == mention


@pytest.mark.parametrize(
    ("text", "language", "content"),
    [
        (
            "Die Lage an der Grenze ist ernst – sagte der Sprecher.",
            "de",
            "Die Lage an der Grenze ist ernst",
        ),
        ("The talks have failed – officials said.", "en", "The talks have failed"),
        ("Die Preise sind gestiegen, so der Verband.", "de", "Die Preise sind gestiegen"),
    ],
)
def test_a_trailing_attributions_content_ends_before_the_mark(
    text: str, language: str, content: str
) -> None:
    # Trailing attribution is the engine's: the comma or dash before it is no part of the content.
    quotes = newscorpus.extract_quotes(text, language=language)
    assert [(quote.kind, quote.text) for quote in quotes] == [
        (newscorpus.QuoteKind.INDIRECT, content)
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [("Ja, klar, sagte er.", "de"), ("Yes, officials said.", "en")],
)
def test_a_trailing_attribution_needs_the_languages_minimum_of_words(
    text: str, language: str
) -> None:
    # German needs three words before a trailing attribution, English two; marks are no words.
    assert newscorpus.extract_quotes(text, language=language) == ()


@pytest.mark.parametrize(
    ("text", "language", "said", "mention"),
    [
        (
            "Der Minister sagte dazu: „Wir bleiben“, erklärte er.",
            "de",
            "Wir bleiben",
            "Der Minister",
        ),
        ("The senator said: “We will stay,” he said.", "en", "We will stay,", "The senator"),
    ],
)
def test_quotations_after_a_colon_are_a_trailing_attributions_direct_content(
    text: str, language: str, said: str, mention: str
) -> None:
    # Not the indirect content "dazu: „Wir bleiben“": the quotation is the one direct quote.
    quotes = newscorpus.extract_quotes(text, language=language)
    assert [(quote.kind, quote.text) for quote in quotes] == [(newscorpus.QuoteKind.DIRECT, said)]
    assert quotes[0].speaker_mention is not None
    assert quotes[0].speaker_mention.text == mention


@pytest.mark.parametrize(
    ("text", "language", "parts"),
    [
        (
            "„Wir bleiben“, sagte Merkel, „und wir kämpfen.“",
            "de",
            ("Wir bleiben", "und wir kämpfen."),
        ),
        (
            "“We will stay,” he said, “and we will fight.”",
            "en",
            ("We will stay,", "and we will fight."),
        ),
    ],
)
def test_quotations_after_a_trailing_attribution_are_its_speakers(
    text: str, language: str, parts: tuple[str, ...]
) -> None:
    quotes = newscorpus.extract_quotes(text, language=language)
    assert [(quote.kind, quote.part_texts) for quote in quotes] == [
        (newscorpus.QuoteKind.DIRECT, parts)
    ]
    assert quotes[0].cue is not None
