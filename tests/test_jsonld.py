"""schema.org JSON-LD export: checked as linked data by a JSON-LD processor (pyld), offline."""

from __future__ import annotations

import io
import json
import re
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import given, settings
from pyld import jsonld  # type: ignore[import-untyped]

import newscorpus
from newscorpus import (
    JSONLD_NAMESPACE,
    Article,
    Quote,
    QuoteKind,
    Span,
    Speaker,
    SpeakerKind,
    to_jsonld,
    write_jsonld,
)
from newscorpus._cli import main
from tests import strategies
from tests.conftest import REPO, SEED_DIR

if TYPE_CHECKING:
    from pathlib import Path

SCHEMA = "http://schema.org/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
OA = "http://www.w3.org/ns/oa#"
XSD_NON_NEGATIVE = "http://www.w3.org/2001/XMLSchema#nonNegativeInteger"
SEED_TITLE = "Putin, Lukaschenko führen Gespräche in Sotschi"
PUTIN_TABLE = {"Wladimir Putin": {"aliases": ["Putin"], "external_id": "Q7747"}}

Triple = tuple[str, str, str]


def _no_network(url: str, options: object) -> dict[str, Any]:
    del options
    raise AssertionError(f"the document made the processor fetch {url}")


class Graph:
    """The RDF triples of a JSON-LD document, after expansion by pyld without network access."""

    def __init__(self, document: dict[str, Any]) -> None:
        dropped: list[str | None] = []
        options = {"documentLoader": _no_network}
        expanded = jsonld.expand(document, options, on_property_dropped=dropped.append)
        # A key that expands to no IRI is silently dropped by JSON-LD: here it is an error.
        assert dropped == []
        dataset = jsonld.to_rdf(expanded, options)
        self.triples: set[Triple] = set()
        self.datatypes: dict[tuple[str, str], str] = {}
        for triple in dataset["@default"]:
            subject, predicate, obj = (
                triple[key]["value"] for key in ("subject", "predicate", "object")
            )
            self.triples.add((subject, predicate, obj))
            if "datatype" in triple["object"]:
                self.datatypes[subject, predicate] = triple["object"]["datatype"]

    def subjects(self, predicate: str, obj: str) -> list[str]:
        return sorted(s for s, p, o in self.triples if p == predicate and o == obj)

    def objects(self, subject: str, predicate: str) -> list[str]:
        return sorted(o for s, p, o in self.triples if s == subject and p == predicate)

    def one(self, subject: str, predicate: str) -> str:
        (value,) = self.objects(subject, predicate)
        return value

    def of_type(self, type_iri: str) -> list[str]:
        return self.subjects(RDF_TYPE, type_iri)


@pytest.fixture(scope="module")
def seed_corpus() -> newscorpus.Corpus:
    return newscorpus.load(SEED_DIR, aliases=PUTIN_TABLE)


@pytest.fixture(scope="module")
def seed_graph(seed_corpus: newscorpus.Corpus) -> Graph:
    return Graph(to_jsonld(seed_corpus))


def _quotations_of(graph: Graph, article: str) -> list[str]:
    return graph.objects(article, SCHEMA + "hasPart")


def test_seed_is_one_news_article_with_its_metadata(seed_graph: Graph) -> None:
    (article,) = seed_graph.of_type(SCHEMA + "NewsArticle")
    assert [
        seed_graph.one(article, SCHEMA + name)
        for name in ("headline", "identifier", "datePublished", "inLanguage")
    ] == [SEED_TITLE, "266daebb3b7432db", "2020-09-14", "de"]


def test_every_quote_is_a_quotation_of_the_article(
    seed_graph: Graph, seed_corpus: newscorpus.Corpus
) -> None:
    (article,) = seed_graph.of_type(SCHEMA + "NewsArticle")
    quotations = _quotations_of(seed_graph, article)
    texts = sorted(seed_graph.one(q, SCHEMA + "text") for q in quotations)
    assert sorted(quote.text for quote in seed_corpus[0].quotes) == texts
    assert sorted(seed_graph.of_type(SCHEMA + "Quotation")) == quotations


def test_quotations_are_spoken_by_one_person_node_named_canonically(seed_graph: Graph) -> None:
    putin = seed_graph.subjects(SCHEMA + "name", "Wladimir Putin")
    (node,) = putin
    assert seed_graph.objects(node, RDF_TYPE) == [SCHEMA + "Person"]
    assert seed_graph.objects(node, SCHEMA + "jobTitle") == ["russischer Präsident"]
    assert len(seed_graph.subjects(SCHEMA + "spokenByCharacter", node)) == 8


def test_external_id_is_the_wikidata_entity_as_same_as(seed_graph: Graph) -> None:
    (node,) = seed_graph.subjects(SCHEMA + "name", "Wladimir Putin")
    assert seed_graph.objects(node, SCHEMA + "sameAs") == ["http://www.wikidata.org/entity/Q7747"]


def test_position_is_a_text_position_selector_into_the_article_text(seed_graph: Graph) -> None:
    (article,) = seed_graph.of_type(SCHEMA + "NewsArticle")
    text = seed_graph.one(article, SCHEMA + "text")
    for quotation in _quotations_of(seed_graph, article):
        selector = seed_graph.one(quotation, JSONLD_NAMESPACE + "position")
        assert seed_graph.objects(selector, RDF_TYPE) == [OA + "TextPositionSelector"]
        start, end = (int(seed_graph.one(selector, OA + edge)) for edge in ("start", "end"))
        assert seed_graph.datatypes[selector, OA + "start"] == XSD_NON_NEGATIVE
        assert text[start:end] == seed_graph.one(quotation, SCHEMA + "text")


def test_kind_is_a_newscorpus_term(seed_graph: Graph) -> None:
    kinds = {o for _, p, o in seed_graph.triples if p == JSONLD_NAMESPACE + "kind"}
    assert kinds == {"direct", "indirect"}


def test_only_direct_quotes_name_the_speaker_as_creator(seed_graph: Graph) -> None:
    (article,) = seed_graph.of_type(SCHEMA + "NewsArticle")
    for quotation in _quotations_of(seed_graph, article):
        kind = seed_graph.one(quotation, JSONLD_NAMESPACE + "kind")
        creators = seed_graph.objects(quotation, SCHEMA + "creator")
        spoken_by = seed_graph.objects(quotation, SCHEMA + "spokenByCharacter")
        assert creators == (spoken_by if kind == "direct" else [])


def _article(speaker: Speaker, *, article_id: str, kind: QuoteKind = QuoteKind.DIRECT) -> Article:
    paragraph = "„Wir helfen“, sagte er."
    return Article(
        id=article_id,
        title="Titel",
        paragraphs=(paragraph,),
        published=None,
        outlet="Example News",
        source="https://example.org/" + article_id,
        quotes=(Quote(text="Wir helfen", kind=kind, span=Span(start=8, end=18), speaker=speaker),),
        speakers=(speaker,),
    )


def test_a_speaker_merged_across_articles_is_one_node() -> None:
    full = Speaker(id="wladimir-putin", name="Wladimir Putin", kind=SpeakerKind.PERSON)
    short = Speaker(id="putin", name="Putin", kind=SpeakerKind.PERSON)
    corpus = newscorpus.Corpus.from_articles(
        [_article(full, article_id="a"), _article(short, article_id="b")]
    )
    graph = Graph(to_jsonld(corpus))
    (node,) = graph.of_type(SCHEMA + "Person")
    assert len(graph.subjects(SCHEMA + "spokenByCharacter", node)) == 2
    assert graph.objects(node, SCHEMA + "name") == ["Wladimir Putin"]


def test_articles_that_are_no_corpus_keep_their_speakers_apart() -> None:
    # Speaker ids are unique per article only: "Anna" of two articles may be two people.
    doctor = Speaker(id="anna", name="Anna", roles=("Ärztin",), kind=SpeakerKind.PERSON)
    judge = Speaker(id="anna", name="Anna", roles=("Richterin",), kind=SpeakerKind.PERSON)
    graph = Graph(to_jsonld([_article(doctor, article_id="a"), _article(judge, article_id="b")]))
    nodes = graph.of_type(SCHEMA + "Person")
    assert sorted(graph.one(node, SCHEMA + "jobTitle") for node in nodes) == ["Richterin", "Ärztin"]


def test_publisher_and_web_source_are_given() -> None:
    speaker = Speaker(id="x", name="X", kind=SpeakerKind.PERSON)
    graph = Graph(to_jsonld(_article(speaker, article_id="a")))
    (article,) = graph.of_type(SCHEMA + "NewsArticle")
    publisher = graph.one(article, SCHEMA + "publisher")
    assert graph.objects(publisher, RDF_TYPE) == [SCHEMA + "Organization"]
    assert graph.one(publisher, SCHEMA + "name") == "Example News"
    assert graph.one(article, SCHEMA + "url") == "https://example.org/a"


@pytest.mark.parametrize(
    ("kind", "types"),
    [
        (SpeakerKind.PERSON, [SCHEMA + "Person"]),
        (SpeakerKind.ORGANISATION, [SCHEMA + "Organization"]),
        (SpeakerKind.UNKNOWN, []),
    ],
)
def test_speaker_kind_gives_the_schema_type(kind: SpeakerKind, types: list[str]) -> None:
    speaker = Speaker(id="bundesregierung", name="Bundesregierung", kind=kind)
    graph = Graph(to_jsonld(_article(speaker, article_id="a")))
    (node,) = graph.subjects(SCHEMA + "name", "Bundesregierung")
    assert graph.objects(node, RDF_TYPE) == types


@pytest.mark.parametrize(
    ("external_id", "predicate", "value"),
    [
        ("Q7747", "sameAs", "http://www.wikidata.org/entity/Q7747"),
        ("https://viaf.org/viaf/12345", "sameAs", "https://viaf.org/viaf/12345"),
        ("GND 118595474", "identifier", "GND 118595474"),
    ],
)
def test_external_ids_are_same_as_iris_or_else_identifiers(
    external_id: str, predicate: str, value: str
) -> None:
    speaker = Speaker(id="wladimir-putin", name="Wladimir Putin", kind=SpeakerKind.PERSON)
    corpus = newscorpus.Corpus.from_articles(
        [_article(speaker, article_id="a")],
        aliases={"Wladimir Putin": {"external_id": external_id}},
    )
    graph = Graph(to_jsonld(corpus))
    (node,) = graph.of_type(SCHEMA + "Person")
    assert graph.objects(node, SCHEMA + predicate) == [value]
    assert corpus.external_id(corpus.speakers()[0][0]) == external_id


def test_example_in_docs_format_md_is_what_to_jsonld_writes() -> None:
    page = (REPO / "docs" / "format.md").read_text(encoding="utf-8")
    # The page's first JSON block is the example article; the one under "JSON-LD" its JSON-LD.
    blocks = re.findall(r"```json\n(.*?)\n```", page, flags=re.DOTALL)
    section = page.split("## JSON-LD", 1)[1]
    (example,) = re.findall(r"```json\n(.*?)\n```", section.split("\n## ", 1)[0], re.DOTALL)
    article = newscorpus.loads(blocks[0], Article)
    assert example == json.dumps(to_jsonld(article), ensure_ascii=False, indent=2)


def test_an_article_is_one_news_article_object_with_the_context() -> None:
    speaker = Speaker(id="x", name="X", kind=SpeakerKind.PERSON)
    document = to_jsonld(_article(speaker, article_id="a"))
    assert (document["@type"], "@graph" in document) == ("NewsArticle", False)
    assert document["@context"]["newscorpus"] == JSONLD_NAMESPACE


@settings(max_examples=50)
@given(strategies.articles())
def test_any_article_expands_fully_and_positions_select_the_quotes(article: Article) -> None:
    graph = Graph(to_jsonld([article]))
    (node,) = graph.of_type(SCHEMA + "NewsArticle")
    text = graph.one(node, SCHEMA + "text")
    for quotation in _quotations_of(graph, node):
        selector = graph.one(quotation, JSONLD_NAMESPACE + "position")
        start, end = (int(graph.one(selector, OA + edge)) for edge in ("start", "end"))
        parts = sorted(
            (int(graph.one(part, OA + "start")), int(graph.one(part, OA + "end")))
            for part in graph.objects(quotation, JSONLD_NAMESPACE + "part")
        )
        pieces = [text[first:stop] for first, stop in parts] or [text[start:end]]
        assert " … ".join(pieces) == graph.one(quotation, SCHEMA + "text")
        assert not parts or (parts[0][0], parts[-1][1]) == (start, end)
    assert text == article.text


@pytest.mark.parametrize("indent", [None, 2])
def test_write_jsonld_writes_to_jsonld_as_json(
    seed_corpus: newscorpus.Corpus, indent: int | None
) -> None:
    stream = io.StringIO()
    count = write_jsonld(seed_corpus, stream, indent=indent)
    assert (count, json.loads(stream.getvalue())) == (1, to_jsonld(seed_corpus))


def test_write_jsonld_streams_any_articles_to_a_file(tmp_path: Path) -> None:
    target = tmp_path / "corpus.jsonld"
    articles = newscorpus.iter_articles(SEED_DIR)
    assert write_jsonld(articles, target) == 1
    document = json.loads(target.read_text(encoding="utf-8"))
    assert [node["headline"] for node in document["@graph"]] == [SEED_TITLE]


def test_anything_but_articles_is_refused() -> None:
    with pytest.raises(TypeError, match="to_jsonld takes Articles, got str"):
        to_jsonld(["not an article"])  # type: ignore[list-item]


def test_cli_export_jsonld_merges_speakers_with_the_alias_table(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    table = tmp_path / "aliases.json"
    table.write_text(json.dumps(PUTIN_TABLE), encoding="utf-8")
    target = tmp_path / "seed.jsonld"
    argv = ["export", str(SEED_DIR), "--format", "jsonld", "--aliases", str(table)]
    code = main([*argv, "-o", str(target)])
    graph = Graph(json.loads(target.read_text(encoding="utf-8")))
    (node,) = graph.subjects(SCHEMA + "name", "Wladimir Putin")
    assert (code, capsys.readouterr().err) == (0, "")
    assert graph.objects(node, SCHEMA + "sameAs") == ["http://www.wikidata.org/entity/Q7747"]


def test_cli_refuses_aliases_for_other_formats(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["export", str(SEED_DIR), "--format", "jsonl", "--aliases", str(tmp_path / "a")])
    assert (code, capsys.readouterr().err) == (
        1,
        "newscorpus: error: --aliases applies to --format jsonld, parquet and csv only\n",
    )
