"""extract_quotes and annotate_article: the whole pipeline, on the seed and on hostile input."""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newscorpus
from newscorpus._extract.pipeline import annotate_article, extract_quotes
from newscorpus._io.reader import read_article
from newscorpus._model import Article, QuoteKind, Speaker, SpeakerKind

if TYPE_CHECKING:
    from pathlib import Path

    from newscorpus._model import Quote

PUTIN = Speaker(
    id="wladimir-putin",
    name="Wladimir Putin",
    aliases=("Putin",),
    roles=("russischer Präsident",),
    kind=SpeakerKind.PERSON,
)
LUKASCHENKO = Speaker(
    id="alexander-lukaschenko",
    name="Alexander Lukaschenko",
    aliases=("Lukaschenko",),
    roles=("weißrussischer Amtskollege",),
    kind=SpeakerKind.PERSON,
)


def summary(quote: Quote) -> tuple[str, str | None, str | None, str | None, str]:
    return (
        quote.kind.value,
        quote.speaker.name if quote.speaker else None,
        quote.speaker_mention.text if quote.speaker_mention else None,
        quote.cue.text if quote.cue else None,
        quote.text[:30],
    )


def test_seed_yields_the_nine_quotations_a_careful_reader_finds(seed_file: Path) -> None:
    article = read_article(seed_file)
    assert [summary(quote) for quote in article.quotes] == [
        (
            "indirect",
            "Wladimir Putin",
            "Der russische Präsident Wladimir Putin",
            "sagte",
            "er hoffe, dass eine von seinem",
        ),
        ("direct", "Wladimir Putin", "Putin", "sagte", "Ich bin sicher, dass die Arbei"),
        ("indirect", "Wladimir Putin", "Er", "bekräftigte", "dass die Weißrussen selbst in "),
        ("indirect", "Wladimir Putin", "Er", "fügte hinzu", "dass Russland Belarus als sein"),
        ("indirect", "Wladimir Putin", "Er", "sagte", "dass die beiden Länder zusätzl"),
        ("indirect", "Wladimir Putin", "Putin", "sagte", "Dafür werde Russland Weißrussl"),
        ("indirect", "Wladimir Putin", "Putin", "fügte … hinzu", "Moskau und Minsk sollten auch "),
        (
            "indirect",
            "Alexander Lukaschenko",
            "Lukaschenko",
            "sagte",
            "dass Russland und Weißrussland",
        ),
        ("indirect", "Wladimir Putin", "Putin", "antwortete", "dass die beiden Länder fast je"),
    ]


def test_seed_speakers_are_merged_within_the_article(seed_file: Path) -> None:
    assert read_article(seed_file).speakers == (PUTIN, LUKASCHENKO)


def test_seed_direct_quotation_excludes_its_marks(seed_file: Path) -> None:
    quote = read_article(seed_file).quotes[1]
    assert (quote.text[:1], quote.text[-1:]) == ("I", "n")


def test_quotes_are_sorted_by_start() -> None:
    text = "„Das ist gut“, sagte Merkel. Putin sagte, dass er komme. „Nein“, sagte er."
    starts = [quote.span.start for quote in extract_quotes(text, language="de")]
    assert starts == sorted(starts)


def test_language_is_detected_when_not_given() -> None:
    german = extract_quotes("Der Minister sagte, dass die Lage ernst sei und man handeln werde.")
    english = extract_quotes(
        "The minister said that the situation was serious and that he would act."
    )
    assert [quote.kind for quote in german + english] == [QuoteKind.INDIRECT, QuoteKind.INDIRECT]


def test_regional_tags_use_the_language_rules() -> None:
    quotes = extract_quotes("Der Minister sagte, die Lage sei ernst.", language="de-AT")
    assert [summary(quote) for quote in quotes] == [
        ("indirect", "Minister", "Der Minister", "sagte", "die Lage sei ernst")
    ]


def test_an_unsupported_language_is_an_error_naming_the_supported_ones() -> None:
    text = "Le ministre a déclaré : « Nous allons agir très vite. »"
    with pytest.raises(newscorpus.UnsupportedLanguageError, match="supported: 'de', 'en'"):
        extract_quotes(text, language="fr")


def test_a_language_that_is_no_string_is_an_unsupported_language() -> None:
    with pytest.raises(newscorpus.UnsupportedLanguageError, match="5; supported: 'de', 'en'"):
        extract_quotes("Er sagte, die Lage sei ernst.", language=5)  # type: ignore[arg-type]


def test_an_unsupported_tag_is_named_as_given() -> None:
    with pytest.raises(newscorpus.UnsupportedLanguageError, match="'de_AT'"):
        extract_quotes("Er sagte, die Lage sei ernst.", language="de_AT")


def test_an_article_in_an_unsupported_language_gets_quotation_marks_only() -> None:
    text = "Le ministre\n\nLe ministre a déclaré : « Nous allons agir très vite. »"
    article = attrs.evolve(newscorpus.parse_article(text, extract=False), language="fr")
    assert [summary(quote) for quote in annotate_article(article).quotes] == [
        ("direct", None, None, None, "Nous allons agir très vite.")
    ]


def test_empty_text_has_no_quotes() -> None:
    assert extract_quotes("") == ()


def test_quotation_over_two_paragraphs_is_one_quote() -> None:
    text = "„Wir bleiben hier.\n„Und wir kämpfen weiter“, sagte der Sprecher."
    assert [summary(quote) for quote in extract_quotes(text, language="de")] == [
        ("direct", "Sprecher", "der Sprecher", "sagte", "Wir bleiben hier.\n„Und wir käm")
    ]


def test_unpaired_mark_does_not_swallow_the_article() -> None:
    text = "Ein „kaputtes Zeichen steht hier.\n„Wir kommen“, sagte Müller."
    assert [quote.text for quote in extract_quotes(text, language="de")] == ["Wir kommen"]


def test_pronoun_resolves_to_the_last_fitting_speaker() -> None:
    text = (
        "Angela Merkel sagte, sie sei zufrieden. Olaf Scholz sagte, er sei besorgt. "
        "Sie sagte später, sie bleibe."
    )
    speakers = [quote.speaker.name if quote.speaker else None for quote in extract_quotes(text)]
    assert speakers == ["Angela Merkel", "Olaf Scholz", "Angela Merkel"]


def test_unresolvable_pronoun_keeps_its_mention_without_a_speaker() -> None:
    quote = extract_quotes("Er sagte, dass er morgen komme.", language="de")[0]
    assert (quote.speaker, quote.speaker_mention.text if quote.speaker_mention else None) == (
        None,
        "Er",
    )


def make_article(text: str, *, language: str | None = None) -> Article:
    title, _, body = text.partition("\n\n")
    return Article(id="a1", title=title, paragraphs=tuple(body.split("\n")), language=language)


def test_annotate_article_fills_quotes_speakers_and_language(seed_file: Path) -> None:
    article = read_article(seed_file, extract=False)
    bare = attrs.evolve(article, language=None)
    annotated = annotate_article(bare)
    assert (annotated.language, len(annotated.quotes), annotated.speakers) == (
        "de",
        9,
        (PUTIN, LUKASCHENKO),
    )


def test_annotate_article_is_the_article_evolved_with_its_extraction(seed_file: Path) -> None:
    article = read_article(seed_file, extract=False)
    annotated = annotate_article(article)
    expected = attrs.evolve(
        article,
        quotes=annotated.quotes,
        speakers=annotated.speakers,
        language=annotated.language,
    )
    assert (annotated, annotated.text, annotated.warnings) == (
        expected,
        expected.text,
        expected.warnings,
    )


def test_annotate_article_keeps_a_given_language() -> None:
    article = make_article("Titel\n\nThe minister said that he would act.", language="en-GB")
    assert annotate_article(article).language == "en-GB"


def test_annotate_article_leaves_language_unknown_when_undetectable() -> None:
    article = make_article("Titel\n\n12345 67890")
    assert annotate_article(article).language is None


def test_annotate_article_spans_are_offsets_into_the_article_text(seed_file: Path) -> None:
    article = read_article(seed_file)
    assert all(quote.span.slice(article.text) == quote.text for quote in article.quotes)


QUOTE_HEAVY = st.lists(
    st.sampled_from([*"„“”\"»«‚‘’'\n ,.:;", "sagte ", "Putin ", "er ", "dass ", "said "]),
    max_size=200,
).map("".join)


def check(text: str, language: str | None) -> None:
    for quote in extract_quotes(text, language=language):
        assert quote.span.slice(text) == quote.text
        for _, mention in quote.mentions():
            assert mention.expected_text(text) == mention.text


@settings(max_examples=300)
@given(st.text(max_size=400), st.sampled_from([None, "de", "en", "de-AT", "EN"]))
def test_never_fails_on_arbitrary_text(text: str, language: str | None) -> None:
    check(text, language)


@settings(max_examples=300)
@given(QUOTE_HEAVY, st.sampled_from([None, "de", "en"]))
def test_never_fails_on_marks_and_cue_words(text: str, language: str | None) -> None:
    check(text, language)


GERMAN_CLAUSES = st.lists(
    st.sampled_from(
        [
            *"„“\n,.:–/",
            *("sagte", "behauptet", "hat", "wird", "ist", "zitiert", "von", "der", "Die", "den"),
            *("als", "nach", "Meinung", "so", "und", "Bündnis", "90", "Putin", "Sprecher", "sei"),
            *("dass", "Parolen", "wie", "bekannt", "n-tv", "teilte", "mit", "Dies", "er", "heißt"),
            *("es", "Laut", "zufolge", "Angaben", "wurde", "worden", "fügte", "hinzu", "Seiner"),
        ]
    ),
    max_size=60,
).map(" ".join)


@settings(max_examples=300)
@given(GERMAN_CLAUSES)
def test_never_fails_on_german_cue_words_in_any_order(text: str) -> None:
    check(text, "de")


#: Paragraphs that stop mid-sentence, without a final stop: a rule that looks a word or two
#: ahead must not run past the last token.
CUT_OFF = [
    ("de", "Die Zahl sei gestiegen, sagt der Sprecher des Amtes für"),
    ("de", "Das beschloss die Tarifkommission am Montag,"),
    (
        "de",
        (
            "Ein Tiefdruckgebiet, das über der Bucht gestanden hatte, habe das Festland "
            "erreicht, meldet"
        ),
    ),
    ("de", "Nach offiziellen Angaben der Ämter, die mit Daten von Instituten verglichen"),
    ("en", "According to Labor Department figures,"),
    ("en", "Huge changes are afoot, he predicted, as"),
    ("en", "Most voters back the plan.\n\nAccording to a survey by YouGov"),
]


@pytest.mark.parametrize(("language", "text"), CUT_OFF)
def test_never_fails_on_a_paragraph_cut_off_mid_sentence(language: str, text: str) -> None:
    check(text, language)


#: Word salads a random generator of cue words, names and marks made the German rules fail on:
#: a relative clause whose content opens with a comma, a subject that runs to the end, and a
#: person's phrase of origin ("aus Reuters") closing the sentence's words.
FUZZED = [
    "Befragten aus Reuters term Es Drohungen chants as told sei , » in ? in",
    (
        "Ramelow, den seien Linke • Gerlach Gerlach Blair “ Uhr company said seien der . seien « )"
        " sagte das Bayern Stimmen: , sagte Kevin Kevin Spitznamen heaped firm sieht CSU-Politiker"
        " praise wrote Handelsverband"
    ),
    (
        "Bundesinnenminister CSU-Politiker Nagelsmann: Gavin Gerlach Gerlach \n Montag on - , seien"
        " Plädoyer Nagelsmann: Volksmund firm erklärte 9:05 - Spitznamen"
    ),
]


@pytest.mark.parametrize("text", FUZZED)
def test_never_fails_on_texts_a_fuzzer_found(text: str) -> None:
    check(text, "de")


#: One long sentence of each language with many constructions, cut after every word below.
LONG_SENTENCES = {
    "de": (
        "Nach Angaben der in Köln ansässigen Firma, die am Montag eine Mitteilung veröffentlicht "
        "hatte, sagte der für die Region zuständige Sprecher des Amtes für Umwelt, Jan Olsen, "
        "gegenüber der Zeitung, dass die Lage in der 90. Minute „ernst“ gewesen sei, und die "
        "Bürger befürchten, so der Minister, dass es laut Polizei schlimmer werde."
    ),
    "en": (
        "According to figures released by the ONS, which were published on Monday, the chief "
        "executive of the firm, John Smith, told reporters that sales, say analysts, had fallen "
        "by 2% and Moody's said growth would slow, as he predicted, but added that “we will win”."
    ),
}


@pytest.mark.parametrize("language", ["de", "en"])
def test_never_fails_on_any_cut_of_a_long_sentence(language: str) -> None:
    words = LONG_SENTENCES[language].split(" ")
    for end in range(1, len(words) + 1):
        check(" ".join(words[:end]), language)
        check(" ".join(words[end - 1 :]), language)


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_quote_has_a_kind_and_nonblank_text(language: str) -> None:
    text = "„Gut“, sagte er. Er sagte: „Nein.“ Laut Polizei ist alles ruhig. She said she agreed."
    quotes = extract_quotes(text, language=language)
    assert all(quote.text.strip() == quote.text and quote.text for quote in quotes)


@pytest.mark.parametrize(
    ("text", "addressee"),
    [
        ("The minister told reporters that the plan had failed.", "reporters"),
        ("He told the BBC on Friday: “We will win.”", "the BBC"),
        ("She told him the plan was dead.", "him"),
        ("The minister said that the plan had failed.", None),
        ("“It's a disgrace,” he told the BBC.", "the BBC"),
        ("“We will not be intimidated,” the prime minister told MPs on Monday.", "MPs"),
        ("The plan is dead, a source told the Times last night.", "the Times"),
        ("A source told the Times last night that the plan was dead.", "the Times"),
        ("Residents told to boil water after contamination", "Residents"),
        ("MPs were warned that the vote could be delayed.", "MPs"),
        ("The jury was told on Monday that the victim had been stabbed.", "The jury"),
    ],
)
def test_the_addressee_of_a_verb_of_telling_is_kept(text: str, addressee: str | None) -> None:
    (quote,) = extract_quotes(text, language="en")
    assert (quote.addressee.text if quote.addressee else None) == addressee


@pytest.mark.parametrize(
    ("text", "addressee"),
    [
        ("Der Minister sagte am Montag gegenüber der Zeitung, er trete zurück.", "der Zeitung"),
        ("Gegenüber dem „Tagesspiegel“ erklärte sie: „Wir bleiben.“", "dem „Tagesspiegel“"),
        ("Er erklärte ihm, das sei falsch.", "ihm"),
        ("Sie sagte ihnen, sie sollten warten.", "ihnen"),
        ("Merz warf ihr dagegen vor, die Lage zu verharmlosen.", "ihr"),
        ("Sie sagte, ihr Plan sei gut.", None),
        (
            "„Wir bleiben“, sagte Lena Wolf, Kapitänin des Vereins, gegenüber einem Reporter.",
            "einem Reporter",
        ),
        (
            "Wie eine Sprecherin gegenüber Journalisten bestätigte, ist die Brücke gesperrt.",
            "Journalisten",
        ),
        (
            "Die Ministerin sagte in einem Interview mit der „Zeit“, der Plan sei gescheitert.",
            "der „Zeit“",
        ),
        (
            "Im Gespräch mit Journalisten erklärte der Trainer, die Mannschaft sei müde.",
            "Journalisten",
        ),
        ("Die Kanzlerin sagte vor der Presse, die Lage sei ernst.", "der Presse"),
        ("Der Bürgermeister sagte vor zwei Wochen, das Bad bleibe zu.", None),
        (
            "„Wir haben gut gespielt“, sagte der Trainer nach dem Spiel zur Sportschau.",
            "Sportschau",
        ),
        ("Er sagte zur Lage, sie sei ernst.", None),
        (
            "Ein Zeuge erzählte der Nachrichtenagentur, die Polizei habe geschossen.",
            "der Nachrichtenagentur",
        ),
        ("Die Sprecherin sagte der US-Zeitschrift: „Wir bleiben.“", "der US-Zeitschrift"),
        ("Heino Stoever riet allgemein zu „Gelassenheit und Aufmerksamkeit“.", None),
        ("Die Brücke bleibe gesperrt, so der Sprecher gegenüber dem Sender.", "dem Sender"),
        (
            "Nach Angaben einer Sprecherin gegenüber dem Lokalradio ist alles repariert.",
            "dem Lokalradio",
        ),
        ("Die Partei warf dem Minister vor, die Wähler getäuscht zu haben.", "dem Minister"),
        ("Die Anwohner wurden aufgefordert, die Fenster zu schließen.", "Die Anwohner"),
        ("Oftmals wird geraten, verschiedene Passwörter zu verwenden.", None),
        ("Der Mann wird der Beihilfe beschuldigt, den Fluchtwagen gefahren zu haben.", "Der Mann"),
        ("Der Sprecher erklärte Reportern, dass der Zug ausfalle.", "Reportern"),
        ("Die Polizei teilte dem Sender mit, dass die Straße gesperrt sei.", "dem Sender"),
        (
            "Wie Jan Olsen, ein Sprecher der Stadt, der Presse mitteilte, ist die Brücke zu.",
            "der Presse",
        ),
        ("Die Partei sagte, die Haltung gegenüber der Regierung sei zu weich.", None),
        ("„Wir bleiben hier“, sagte die Richterin zu Brandt.", "Brandt"),
        ("Der Richter sagte zu dem Angeklagten, er habe Glück gehabt.", "dem Angeklagten"),
        ("Er sagte zu den Vorwürfen, sie seien falsch.", None),
        ("Der Verband appellierte an die Regierung, die Steuern zu senken.", "die Regierung"),
        ("Sie schrieb an den Bürgermeister, die Lage sei ernst.", "den Bürgermeister"),
        (
            "Seinen Vize Tom Brandt forderte der Bürgermeister auf, die Sitzung zu leiten.",
            "Seinen Vize Tom Brandt",
        ),
        (
            "Zudem wirft die Initiative der Stadtverwaltung vor, die Anwohner getäuscht zu haben.",
            "der Stadtverwaltung",
        ),
    ],
)
def test_the_addressee_of_a_german_verb_of_saying_is_kept_out_of_speaker_and_content(
    text: str, addressee: str | None
) -> None:
    # a reported act around a quotation ("riet … zu „…“") and the quotation share the addressee
    quotes = extract_quotes(text, language="de")
    assert quotes
    for quote in quotes:
        assert (quote.addressee.text if quote.addressee else None) == addressee
        if quote.addressee is not None:
            told = quote.addressee.span
            if quote.speaker_mention is not None:
                spoken = quote.speaker_mention.span
                assert spoken.end <= told.start or spoken.start >= told.end
            assert all(
                part.end <= told.start or part.start >= told.end for part in quote.content_spans
            )


@pytest.mark.parametrize(
    ("text", "mention", "addressee"),
    [
        (
            "„Wir bleiben“, sagte der Minister der „Süddeutschen Zeitung“.",
            "der Minister",
            "der „Süddeutschen Zeitung“",
        ),
        (
            "Die Senatorin sagte der „Post“, der Plan sei gescheitert.",
            "Die Senatorin",
            "der „Post“",
        ),
        ("„Wir bleiben“, sagte Hartmann dem „Kurier“.", "Hartmann", "dem „Kurier“"),
        (
            "„Wir bleiben“, sagte Varoufakis der spanischen Zeitung El País.",
            "Varoufakis",
            "der spanischen Zeitung El País",
        ),
        (
            "„Wir bleiben“, sagte Hartmann der Nachrichtenagentur dpa.",
            "Hartmann",
            "der Nachrichtenagentur dpa",
        ),
        ("„Wir bleiben“, sagte Hartmann der dpa.", "Hartmann", "der dpa"),
        (
            "„Wir bleiben“, sagte Hartmann der Tageszeitung „taz“.",
            "Hartmann",
            "der Tageszeitung „taz“",
        ),
        ("„Wir bleiben“, berichtete der „Kurier“.", "der „Kurier“", None),
        ("Die Kanzlerin sagte, die Lage sei ernst.", "Die Kanzlerin", None),
    ],
)
def test_a_german_medium_told_in_the_dative_is_the_addressee(
    text: str, mention: str, addressee: str | None
) -> None:
    (quote,) = extract_quotes(text, language="de")
    assert quote.speaker_mention is not None
    assert quote.speaker_mention.text == mention
    assert (quote.addressee.text if quote.addressee else None) == addressee


def _long_text() -> str:
    sentence = "„Wir bleiben hier“, sagte Anna Berg. "
    return "Titel\n\n" + sentence * (70_000 // len(sentence))


def test_a_long_text_leaves_the_garbage_collector_enabled() -> None:
    # Extraction pauses the collector for a long text only while it runs.
    assert len(extract_quotes(_long_text(), language="de")) > 1
    assert gc.isenabled()


def test_a_long_text_leaves_a_disabled_garbage_collector_disabled() -> None:
    gc.disable()
    try:
        extract_quotes(_long_text(), language="de")
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_frame_set_off_by_commas_at_the_text_end_is_read_without_failing() -> None:
    # The clause after an inserted frame ("Die Lage sei, sagte er, ernst") is looked for past
    # its closing comma; a text that ends on that comma has none.
    quotes = extract_quotes("der Trainer Keineswegs, sagte der Minister, ", language="de")
    assert [(quote.kind, quote.text) for quote in quotes] == [
        (newscorpus.QuoteKind.INDIRECT, "der Trainer Keineswegs")
    ]
