"""Quotes said together (``Quote.co_speakers``), generic speakers (``Speaker.generic``) and the
mention errors of words that are also names, through the public API."""

from __future__ import annotations

import io
import json

import pytest

import newscorpus
from newscorpus import Article, Corpus, Quote, QuoteKind, Span, Speaker, SpeakerKind

TOGETHER = "Anna Berg und Ben Schmidt sagten, das Projekt sei gescheitert."
ALONE = "Ben Schmidt sagte, der Plan stehe."
POLICE = "Die Polizei teilte mit, der Verdächtige sei gefasst."


def article(identifier: str, text: str) -> Article:
    """An article of one paragraph, extracted as German."""
    bare = Article(id=identifier, title="Titel", paragraphs=(text,), language="de")
    return newscorpus.annotate_article(bare)


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return Corpus.from_articles(
        [
            article("together", TOGETHER),
            article("alone", ALONE),
            article("police-1", POLICE),
            article("police-2", POLICE),
        ]
    )


def test_a_coordinated_mention_gives_every_speaker_in_text_order() -> None:
    (quote,) = newscorpus.extract_quotes(TOGETHER, language="de")
    assert ([speaker.name for speaker in quote.speakers], quote.speaker_mention) == (
        ["Anna Berg", "Ben Schmidt"],
        newscorpus.Mention(text="Anna Berg und Ben Schmidt", span=Span(start=0, end=25)),
    )


def test_media_named_after_a_plural_noun_speak_together() -> None:
    text = "Die Schule bleibe geschlossen, berichteten die Zeitungen Morgenpost und Abendblatt."
    (quote,) = newscorpus.extract_quotes(text, language="de")
    assert [speaker.name for speaker in quote.speakers] == ["Morgenpost", "Abendblatt"]


def test_organisations_each_with_an_article_speak_together() -> None:
    text = "The Tories and the Lib Dems said the timing of the new rules was suspicious."
    (quote,) = newscorpus.extract_quotes(text, language="en")
    assert [speaker.name for speaker in quote.speakers] == ["Conservatives", "Liberal Democrats"]


def test_two_roles_before_a_name_with_a_plural_verb_are_two_speakers() -> None:
    text = "Der Kanzler und Außenministerin Annalena Baerbock sagten, die Lage sei ernst."
    (quote,) = newscorpus.extract_quotes(text, language="de")
    assert [speaker.name for speaker in quote.speakers] == ["Kanzler", "Annalena Baerbock"]


def test_two_roles_before_a_name_with_a_singular_verb_are_one_person() -> None:
    text = "Parteichef und Ministerpräsident Horst Seehofer sagte, die Lage sei ernst."
    (quote,) = newscorpus.extract_quotes(text, language="de")
    assert [speaker.name for speaker in quote.speakers] == ["Horst Seehofer"]


def test_one_organisation_name_with_a_joiner_stays_one_speaker() -> None:
    text = "The Securities and Exchange Commission said the filing was late."
    (quote,) = newscorpus.extract_quotes(text, language="en")
    assert len(quote.speakers) == 1


def test_the_first_speaker_of_a_coordination_is_the_quote_speaker() -> None:
    (quote,) = newscorpus.extract_quotes(TOGETHER, language="de")
    assert (quote.speaker, quote.co_speakers) == (quote.speakers[0], quote.speakers[1:])


def test_an_article_lists_every_speaker_of_a_coordination() -> None:
    assert [speaker.name for speaker in article("a", TOGETHER).speakers] == [
        "Anna Berg",
        "Ben Schmidt",
    ]


def test_a_plural_pronoun_after_a_coordination_means_all_of_its_speakers() -> None:
    text = "Anna Berg and Ben Smith said that it failed. They added that it was over."
    quotes = newscorpus.extract_quotes(text, language="en")
    assert [[speaker.name for speaker in quote.speakers] for quote in quotes] == [
        ["Anna Berg", "Ben Smith"],
        ["Anna Berg", "Ben Smith"],
    ]


def test_a_singular_pronoun_after_a_coordination_is_not_the_group() -> None:
    text = "Anna Berg und Ben Schmidt sagten, es sei vorbei. Er fügte hinzu, es gehe weiter."
    quotes = newscorpus.extract_quotes(text, language="de")
    assert [[speaker.name for speaker in quote.speakers] for quote in quotes] == [
        ["Anna Berg", "Ben Schmidt"],
        ["Ben Schmidt"],
    ]


def test_a_quote_said_together_counts_for_each_speaker(corpus: Corpus) -> None:
    counts = {speaker.name: count for speaker, count in corpus.speakers()}
    assert (counts["Anna Berg"], counts["Ben Schmidt"]) == (1, 2)


def test_quotes_of_a_co_speaker_include_those_said_together(corpus: Corpus) -> None:
    hits = corpus.quotes(speaker="Ben Schmidt")
    assert [(hit.article.id, [speaker.name for speaker in hit.speakers]) for hit in hits] == [
        ("together", ["Anna Berg", "Ben Schmidt"]),
        ("alone", ["Ben Schmidt"]),
    ]


def test_a_hit_has_the_corpus_co_speakers(corpus: Corpus) -> None:
    (hit,) = corpus.quotes(speaker="Anna Berg")
    assert (hit.speaker, hit.co_speakers) == (
        corpus.speaker("Anna Berg"),
        (corpus.speaker("Ben Schmidt"),),
    )


def test_quote_rows_carry_the_co_speakers_at_both_levels(corpus: Corpus) -> None:
    row = next(row for row in corpus.quote_rows() if row["article_id"] == "together")
    ben = corpus.speaker("Ben Schmidt")
    assert ben is not None
    assert (
        row["speaker_name"],
        row["co_speaker_ids"],
        row["co_speaker_names"],
        row["article_co_speaker_names"],
    ) == ("Anna Berg", ben.id, "Ben Schmidt", "Ben Schmidt")


def test_the_csv_export_has_the_co_speaker_columns(corpus: Corpus) -> None:
    stream = io.StringIO()
    newscorpus.write_csv(corpus, stream)
    header = stream.getvalue().splitlines()[0].split(",")
    assert [column for column in header if "co_speaker" in column] == [
        "co_speaker_ids",
        "co_speaker_names",
        "article_co_speaker_ids",
        "article_co_speaker_names",
    ]


def test_json_ld_names_every_speaker_of_a_quotation_said_together(corpus: Corpus) -> None:
    document = newscorpus.to_jsonld(corpus)
    (quotation,) = next(
        node["hasPart"] for node in document["@graph"] if node["identifier"] == "together"
    )
    assert [person["name"] for person in quotation["spokenByCharacter"]] == [
        "Anna Berg",
        "Ben Schmidt",
    ]


def test_a_speaker_named_by_a_common_noun_is_generic() -> None:
    (quote,) = newscorpus.extract_quotes(POLICE, language="de")
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.generic) == ("Polizei", True)


def test_a_named_speaker_with_a_role_is_not_generic() -> None:
    text = "Der Sprecher Hans Huber sagte, es sei ruhig. Der Sprecher fügte hinzu, es bleibe so."
    speakers = {quote.speaker for quote in newscorpus.extract_quotes(text, language="de")}
    assert [(speaker.name, speaker.generic) for speaker in speakers if speaker] == [
        ("Hans Huber", False)
    ]


def test_a_capitalised_common_noun_opening_a_sentence_stays_generic() -> None:
    text = "Analysts said sales were up. Later, analysts said it was fine."
    speakers = {quote.speaker for quote in newscorpus.extract_quotes(text, language="en")}
    assert [(speaker.name, speaker.generic) for speaker in speakers if speaker] == [
        ("Analysts", True)
    ]


def test_generic_speakers_are_listed_only_when_asked(corpus: Corpus) -> None:
    everyone = [(speaker.name, count) for speaker, count in corpus.speakers(generic=True)]
    assert ([speaker.name for speaker, _ in corpus.speakers()], everyone) == (
        ["Ben Schmidt", "Anna Berg"],
        [("Ben Schmidt", 2), ("Polizei", 2), ("Anna Berg", 1)],
    )


def test_a_generic_speaker_is_still_found_by_name(corpus: Corpus) -> None:
    police = corpus.speaker("Polizei")
    assert (police is not None and police.generic, len(corpus.quotes(speaker="Polizei"))) == (
        True,
        2,
    )


def test_a_lone_word_ending_like_a_role_is_a_surname() -> None:
    (quote,) = newscorpus.extract_quotes("Faymann sagte, die Regierung sei einig.", language="de")
    assert quote.speaker is not None
    assert (quote.speaker.roles, quote.speaker.generic) == ((), False)


def test_an_adverbial_before_the_verb_is_no_speaker() -> None:
    (quote,) = newscorpus.extract_quotes(
        "Kurz vor Weihnachten sagte der Minister, die Kassen seien leer.", language="de"
    )
    assert quote.speaker_mention is not None
    assert quote.speaker_mention.text == "der Minister"


def test_a_verb_before_a_role_is_not_part_of_the_role() -> None:
    text = (
        "Dann traten Innenministerin Johanna Mikl-Leitner und der Minister vor die Presse. "
        "Mikl-Leitner sagte, der Zaun komme."
    )
    (quote,) = newscorpus.extract_quotes(text, language="de")
    assert quote.speaker is not None
    assert quote.speaker.roles == ("Innenministerin",)


def test_an_adjective_without_article_before_a_role_belongs_to_it() -> None:
    (quote,) = newscorpus.extract_quotes(
        "Bayerische Innenministerin Eva Roth sagte, der Plan stehe.", language="de"
    )
    assert quote.speaker is not None
    assert (quote.speaker.name, "Bayerische Innenministerin" in quote.speaker.roles) == (
        "Eva Roth",
        True,
    )


def test_co_speakers_need_a_speaker() -> None:
    with pytest.raises(newscorpus.ModelError, match="co_speakers must be empty when speaker"):
        Quote(
            text="x",
            kind=QuoteKind.DIRECT,
            span=Span(start=0, end=1),
            co_speakers=(Speaker(id="ben", name="Ben"),),
        )


def test_co_speakers_are_other_speakers() -> None:
    ben = Speaker(id="ben", name="Ben")
    with pytest.raises(newscorpus.ModelError, match=r"co_speakers\[0\] must be a speaker other"):
        Quote(text="x", kind=QuoteKind.DIRECT, span=Span(start=0, end=1), speaker=ben,
              co_speakers=(ben,))  # fmt: skip


def test_generic_must_be_a_bool() -> None:
    with pytest.raises(newscorpus.ModelError, match="generic must be True or False, got 1"):
        Speaker(id="ben", name="Ben", generic=1)  # type: ignore[arg-type]


def test_a_record_without_the_new_fields_loads_as_before() -> None:
    old = {
        "text": "x",
        "kind": "direct",
        "span": {"start": 0, "end": 1},
        "speaker": {"id": "ben", "name": "Ben", "aliases": [], "roles": [], "kind": "person"},
        "speaker_mention": None,
        "cue": None,
        "frame": None,
        "addressee": None,
    }
    quote = newscorpus.loads(json.dumps(old), Quote)
    assert (quote.co_speakers, quote.speaker and quote.speaker.generic) == ((), False)


def test_a_record_of_one_named_speaker_is_written_as_before() -> None:
    ben = Speaker(id="ben", name="Ben", kind=SpeakerKind.PERSON)
    quote = Quote(text="x", kind=QuoteKind.DIRECT, span=Span(start=0, end=1), speaker=ben)
    record = json.loads(newscorpus.dumps(quote))
    assert ("co_speakers" in record, "generic" in record["speaker"]) == (False, False)


def test_the_review_shows_who_said_a_quote_together() -> None:
    page = newscorpus.render_html(article("together", TOGETHER))
    assert "together with <b>Ben Schmidt</b>" in page
