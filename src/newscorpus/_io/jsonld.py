"""schema.org JSON-LD: articles as ``NewsArticle`` and their quotations as ``Quotation``.

:func:`to_jsonld` builds the document as plain dicts and lists; :func:`write_jsonld` writes it,
one article at a time. The ``@context`` is inline and spells out every IRI, so a JSON-LD
processor reads the output offline. Terms schema.org lacks (where a quotation stands in the
text, its kind) are defined in the ``newscorpus:`` namespace and described in
``docs/format.md``; the position reuses the W3C Web Annotation ``TextPositionSelector``.
"""

from __future__ import annotations

import copy
import json
import os
import re
from typing import IO, TYPE_CHECKING, Any, Final, TypeAlias

from newscorpus._identity.merged import MergedArticles
from newscorpus._io.atomic import open_atomic
from newscorpus._model import Article, Quote, QuoteKind, Span, Speaker, SpeakerKind

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

__all__ = ["JSONLD_NAMESPACE", "to_jsonld", "write_jsonld"]

#: The namespace of the terms newscorpus adds to schema.org (see docs/format.md).
JSONLD_NAMESPACE: Final = "https://w3id.org/newscorpus/terms#"

_SCHEMA: Final = "http://schema.org/"  # the IRIs schema.org's own context expands to
_WIKIDATA_ENTITY: Final = "http://www.wikidata.org/entity/"
_WIKIDATA_QID: Final = re.compile(r"Q[1-9][0-9]*")
# An absolute http(s) IRI: no white space or characters that RFC 3987 forbids in one.
_WEB_IRI: Final = re.compile(r"https?://[^\s<>\"{}|\\^`]+")

# A fresh copy is made for every document, so no caller can change this one.
_CONTEXT: Final[dict[str, Any]] = {
    "@vocab": _SCHEMA,
    "schema": _SCHEMA,
    "newscorpus": JSONLD_NAMESPACE,
    "oa": "http://www.w3.org/ns/oa#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "url": {"@id": "schema:url", "@type": "@id"},
    "sameAs": {"@id": "schema:sameAs", "@type": "@id"},
    "oa:start": {"@type": "xsd:nonNegativeInteger"},
    "oa:end": {"@type": "xsd:nonNegativeInteger"},
}

_SPEAKER_TYPES: Final = {SpeakerKind.PERSON: "Person", SpeakerKind.ORGANISATION: "Organization"}

#: What :func:`to_jsonld` and :func:`write_jsonld` take.
JsonLdSource: TypeAlias = "Article | Iterable[Article]"


def to_jsonld(source: JsonLdSource) -> dict[str, Any]:
    """The JSON-LD document of an article, a corpus, or any articles, as dicts and lists.

    An Article gives one ``NewsArticle`` object; a Corpus or an iterable of articles gives
    ``{"@context": ..., "@graph": [NewsArticle, ...]}``. From a Corpus the speakers are the
    corpus-level ones (merged across articles, with the alias table's external ids as
    ``sameAs``); otherwise they are each article's own. ``json.dumps`` the result to write it.
    """
    if isinstance(source, Article):
        return {"@context": _context(), **_article_node(source, _article_speakers(source), {})}
    return {"@context": _context(), "@graph": list(_article_nodes(source))}


def write_jsonld(
    source: JsonLdSource,
    destination: str | os.PathLike[str] | IO[str],
    *,
    indent: int | None = None,
) -> int:
    """Write :func:`to_jsonld`'s document as UTF-8 JSON; return the number of articles.

    ``destination`` is a path (written atomically) or an open text stream. Articles are written
    one at a time, so an iterable of articles is never held in memory. The text is compact (one
    line) unless ``indent`` asks for pretty-printing, as in :func:`dumps`.
    """
    if isinstance(destination, (str, os.PathLike)):
        with open_atomic(destination, newline="\n") as stream:
            return _write_document(source, stream, indent)
    return _write_document(source, destination, indent)


def _context() -> dict[str, Any]:
    return copy.deepcopy(_CONTEXT)


def _write_document(source: JsonLdSource, stream: IO[str], indent: int | None) -> int:
    separators = (",", ":") if indent is None else (",", ": ")

    def encode(value: object) -> str:
        return json.dumps(value, ensure_ascii=False, indent=indent, separators=separators)

    if isinstance(source, Article):
        stream.write(encode(to_jsonld(source)) + "\n")
        return 1
    # The document with an empty graph, split where the graph's nodes go: "@graph" is its last
    # key, so its "[]" is the last one in the text.
    head, tail = encode({"@context": _context(), "@graph": []}).rsplit("[]", 1)
    newline, pad = ("", "") if indent is None else ("\n", " " * indent)
    stream.write(head + "[")
    count = 0
    for node in _article_nodes(source):
        text = encode(node).replace("\n", "\n" + pad * 2)  # one level deeper than "@graph"
        stream.write(("," if count else "") + newline + pad * 2 + text)
        count += 1
    stream.write((newline + pad if count else "") + "]" + tail + "\n")
    return count


def _article_nodes(source: Iterable[Article]) -> Iterator[dict[str, Any]]:
    if isinstance(source, MergedArticles):
        external_ids = _external_ids(source)
        # Corpus.quotes() lists every quote in corpus order, then article order, each with the
        # corpus-level speaker its article's speaker was merged into.
        hits = iter(source.quotes())
        for article in source:
            speakers = [next(hits).speakers for _ in article.quotes]
            yield _article_node(article, speakers, external_ids)
        return
    for number, article in enumerate(source):
        if not isinstance(article, Article):
            raise TypeError(f"to_jsonld takes Articles, got {type(article).__name__}")
        # Each article's own speakers: a speaker id is unique within its article only ("polizei"
        # in two articles may be two police forces), so the node of one article's speaker is
        # its own, not merged with another's of the same id as a Corpus merges them.
        yield _article_node(article, _article_speakers(article), {}, scope=f"a{number}-")


def _external_ids(corpus: MergedArticles) -> dict[str, str]:
    """Corpus speaker id to external id, for the alias table entries that name a speaker."""
    ids: dict[str, str] = {}
    for entry in () if corpus.aliases is None else corpus.aliases.entries:
        if entry.external_id is not None:
            # The table decides the merge, so its canonical name denotes exactly one speaker.
            speaker = corpus.speaker(entry.name)
            if speaker is not None:
                ids[speaker.id] = entry.external_id
    return ids


def _article_speakers(article: Article) -> list[tuple[Speaker, ...]]:
    return [quote.speakers for quote in article.quotes]


def _article_node(
    article: Article,
    speakers: list[tuple[Speaker, ...]],
    external_ids: dict[str, str],
    *,
    scope: str = "",
) -> dict[str, Any]:
    """The ``NewsArticle`` node of ``article``; ``scope`` opens its speakers' node ids."""
    node: dict[str, Any] = {
        "@type": "NewsArticle",
        "identifier": article.id,
        "headline": article.title,
    }
    if article.published is not None:
        node["datePublished"] = article.published.isoformat()
    if article.outlet is not None:
        node["publisher"] = {"@type": "Organization", "name": article.outlet}
    if article.language is not None:
        node["inLanguage"] = article.language
    if article.source is not None and _WEB_IRI.fullmatch(article.source):
        node["url"] = article.source
    node["text"] = article.text
    node["hasPart"] = [
        _quotation_node(quote, speaker, external_ids, scope)
        for quote, speaker in zip(article.quotes, speakers, strict=True)
    ]
    return node


def _quotation_node(
    quote: Quote, speakers: tuple[Speaker, ...], external_ids: dict[str, str], scope: str
) -> dict[str, Any]:
    # The quoted words: for a quotation its frame interrupts, the parts joined by " … ".
    node: dict[str, Any] = {"@type": "Quotation", "text": quote.content}
    if speakers:
        people = [
            _speaker_node(speaker, external_ids.get(speaker.id), scope) for speaker in speakers
        ]
        # A quotation said together ("Anna und Ben sagten") has each of them, in text order.
        node["spokenByCharacter"] = people[0] if len(people) == 1 else people
        # Only a direct quote gives the speaker's own words; other kinds are the writer's.
        if quote.kind is QuoteKind.DIRECT:
            ids = [{"@id": person["@id"]} for person in people]
            node["creator"] = ids[0] if len(ids) == 1 else ids
    node["newscorpus:kind"] = quote.kind.value
    node["newscorpus:position"] = _selector(quote.span)
    if quote.parts:
        node["newscorpus:part"] = [_selector(part) for part in quote.parts]
    return node


def _selector(span: Span) -> dict[str, Any]:
    return {"@type": "oa:TextPositionSelector", "oa:start": span.start, "oa:end": span.end}


def _speaker_node(speaker: Speaker, external_id: str | None, scope: str) -> dict[str, Any]:
    node: dict[str, Any] = {"@id": f"_:{scope}speaker-{speaker.id}"}
    if speaker.kind in _SPEAKER_TYPES:
        node["@type"] = _SPEAKER_TYPES[speaker.kind]
    node["name"] = speaker.name
    if speaker.aliases:
        node["alternateName"] = list(speaker.aliases)
    if speaker.roles and speaker.kind is SpeakerKind.PERSON:
        node["jobTitle"] = list(speaker.roles)
    if external_id is not None:
        if _WIKIDATA_QID.fullmatch(external_id):
            node["sameAs"] = _WIKIDATA_ENTITY + external_id
        elif _WEB_IRI.fullmatch(external_id):
            node["sameAs"] = external_id
        else:  # not an IRI: sameAs would be read as a relative IRI, so keep it as a literal
            node["identifier"] = external_id
    return node
