"""The review report's HTML, read back with an HTML parser: escaping, nesting, marks, the site."""

from __future__ import annotations

import collections
import html.parser
import re
from typing import TYPE_CHECKING

import pytest
from hypothesis import given

import newscorpus
from newscorpus import Article, Mention, Quote, QuoteKind, Span, Speaker
from newscorpus._cli import main
from tests.conftest import SEED_DIR
from tests.strategies import articles

if TYPE_CHECKING:
    from pathlib import Path

#: Elements that never have a closing tag.
VOID = {"meta", "br", "link", "img", "input", "hr"}


class Structure(html.parser.HTMLParser):
    """Checks that tags are balanced; collects the article's text blocks and quote pieces."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str | None]]] = []
        self.blocks: list[str] = []  # text of the headline and each paragraph of <article>
        self.quoted: dict[str, str] = collections.defaultdict(str)  # quote number -> its text
        self.anchors: list[str] = []  # ids of quote marks, in document order
        self.tags: collections.Counter[str] = collections.Counter()
        self.errors: list[str] = []
        self.attribute_names: set[str] = set()

    def _inside(self, tag: str) -> bool:
        return any(name == tag for name, _ in self.stack)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags[tag] += 1
        self.attribute_names.update(name for name, _ in attrs)
        found = dict(attrs)
        if tag in VOID:
            return
        at_top = self._inside("article") and self.stack[-1][0] == "article"
        if at_top and found.get("class") != "meta":
            self.blocks.append("")
        if tag == "mark" and found.get("id") and self._inside("article"):
            self.anchors.append(str(found["id"]))
        self.stack.append((tag, found))

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if not self.stack or self.stack[-1][0] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1][0] if self.stack else None}")
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if not self._inside("article") or any(
            found.get("class") == "meta" for _, found in self.stack
        ):
            return
        if self.blocks:
            self.blocks[-1] += data
        for number in {found.get("data-q") for tag, found in self.stack if tag == "mark"}:
            if number is not None:
                self.quoted[number] += data


def parse(markup: str) -> Structure:
    structure = Structure()
    structure.feed(markup)
    structure.close()
    assert structure.errors == []
    assert structure.stack == []
    return structure


def visible(text: str) -> str:
    """What the page shows of a text: line breaks end blocks, NUL becomes U+FFFD."""
    return text.replace("\n", "").replace("\x00", "\ufffd")


def article_with(
    paragraph: str, spans: list[tuple[int, int, QuoteKind]], **fields: object
) -> Article:
    title = str(fields.pop("title", "Title"))
    text = title + "\n\n" + paragraph
    base = len(title) + 2
    quotes = tuple(
        Quote(
            text=text[base + start : base + end],
            kind=kind,
            span=Span(start=base + start, end=base + end),
        )
        for start, end, kind in spans
    )
    article_id = str(fields.pop("id", "a1"))
    return Article(id=article_id, title=title, paragraphs=(paragraph,), quotes=quotes, **fields)  # type: ignore[arg-type]


def test_article_markup_is_escaped() -> None:
    paragraph = 'Er sagte: <script>alert("x")</script> und </mark><b>fett</b> & mehr.'
    article = article_with(paragraph, [(10, 38, QuoteKind.DIRECT)], title="<i>Titel</i> & </mark>")
    markup = newscorpus.render_html(article)
    assert "<script>" not in markup
    assert "<b>fett" not in markup
    assert "<i>Titel" not in markup
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in markup or (
        '&lt;script&gt;alert("x")&lt;/script&gt;' in markup
    )
    assert parse(markup).blocks == ["<i>Titel</i> & </mark>", paragraph]


def test_attributes_from_the_data_are_escaped() -> None:
    speaker = Speaker(id="x", name='Evil" onmouseover="alert(1) {cont}', roles=("<b>role</b>",))
    text = "T\n\nA said it."
    quote = Quote(
        text="it",
        kind=QuoteKind.INDIRECT,
        span=Span(start=10, end=12),
        speaker=speaker,
        cue=Mention.from_text(text, Span(start=5, end=9)),
    )
    article = Article(id="a", title="T", paragraphs=("A said it.",), quotes=(quote,))
    markup = newscorpus.render_html(article)
    structure = parse(markup)
    assert "onmouseover" not in structure.attribute_names
    assert "<b>role" not in markup
    assert 'data-tip="Evil&quot; onmouseover=&quot;alert(1)' in markup


def test_every_quote_gets_one_anchor_and_a_list_entry() -> None:
    article = newscorpus.load(SEED_DIR)[0]
    structure = parse(newscorpus.render_html(article, standalone=True))
    assert structure.anchors == [f"q{number}" for number in range(1, len(article.quotes) + 1)]
    markup = newscorpus.render_html(article, standalone=True)
    assert len(re.findall(r'<li id="qi\d+"', markup)) == len(article.quotes)


def test_each_quote_mark_holds_exactly_the_quote_text() -> None:
    article = newscorpus.load(SEED_DIR)[0]
    structure = parse(newscorpus.render_html(article))
    for number, quote in enumerate(article.quotes, start=1):
        assert structure.quoted[str(number)] == visible(quote.text)


def test_kinds_differ_by_class_and_label() -> None:
    spans = [(0, 3, QuoteKind.DIRECT), (4, 7, QuoteKind.FREE_INDIRECT), (8, 11, QuoteKind.REPORTED)]
    markup = newscorpus.render_html(article_with("aaa bbb ccc", spans))
    assert 'class="q k-direct" data-q="1"' in markup
    assert 'data-label="1 direct"' in markup
    assert 'data-label="2 free indirect"' in markup
    assert 'data-label="3 reported"' in markup


def test_a_nested_quote_is_a_mark_inside_the_outer_mark() -> None:
    article = article_with("ab cd ef gh", [(0, 11, QuoteKind.DIRECT), (3, 8, QuoteKind.INDIRECT)])
    markup = newscorpus.render_html(article, standalone=True)
    assert re.search(r'<mark id="q1"[^>]*>ab <mark id="q2"[^>]*>cd ef</mark> gh</mark>', markup)
    assert "inside quote 1" in markup


def test_crossing_quotes_are_split_into_balanced_pieces() -> None:
    article = article_with("ab cd ef gh", [(0, 5, QuoteKind.DIRECT), (3, 11, QuoteKind.INDIRECT)])
    markup = newscorpus.render_html(article, standalone=True)
    structure = parse(markup)
    assert structure.quoted == {"1": "ab cd", "2": "cd ef gh"}
    assert structure.anchors == ["q1", "q2"]
    assert 'class="q k-indirect cont" data-q="2"' in markup
    assert "overlaps quote 2" in markup


def test_a_quote_across_paragraphs_continues_in_the_next_one() -> None:
    text = "T\n\none two\nthree four"
    quote = Quote(text="two\nthree", kind=QuoteKind.DIRECT, span=Span(start=7, end=16))
    article = Article(id="a", title="T", paragraphs=("one two", "three four"), quotes=(quote,))
    assert text == article.text
    structure = parse(newscorpus.render_html(article))
    assert structure.blocks == ["T", "one two", "three four"]
    assert structure.quoted == {"1": "twothree"}


def test_a_quote_in_parts_is_highlighted_part_by_part() -> None:
    text = "T\n\n„Wir kommen“, sagte sie, „morgen früh.“"
    one, two = text.index("Wir"), text.index("morgen")
    first = Span(start=one, end=one + len("Wir kommen"))
    second = Span(start=two, end=two + len("morgen früh."))
    quote = Quote(
        text=text[first.start : second.end],
        kind=QuoteKind.DIRECT,
        span=Span(start=first.start, end=second.end),
        parts=(first, second),
    )
    article = Article(id="a", title="T", paragraphs=(text[3:],), quotes=(quote,))
    markup = newscorpus.render_html(article, standalone=True)
    structure = parse(markup)
    assert structure.anchors == ["q1", "q1-2"]
    assert structure.quoted == {"1": "Wir kommen" + "morgen früh."}
    assert 'data-label="1 direct (2/2)"' in markup
    assert "in 2 parts" in markup
    assert "Wir kommen … morgen früh." in markup  # the side list shows the content


def test_a_nested_quote_names_its_enclosing_quote() -> None:
    paragraph = "Er nannte den Plan „Unsinn“ und fügte hinzu, „Unsinn“ sei noch milde."
    base = len("T\n\n")
    inner = paragraph.index("Unsinn")
    outer = Quote(
        text=paragraph[inner - 19 : inner + 6],
        kind=QuoteKind.REPORTED,
        span=Span(start=base + inner - 19, end=base + inner + 6),
    )
    nested = Quote(
        text="Unsinn",
        kind=QuoteKind.DIRECT,
        span=Span(start=base + inner, end=base + inner + 6),
        enclosing=0,
    )
    article = Article(id="a", title="T", paragraphs=(paragraph,), quotes=(outer, nested))
    assert "inside quote 1" in newscorpus.render_html(article)


def test_speaker_mention_and_cue_are_marked_inside_or_outside_quotes() -> None:
    article = newscorpus.load(SEED_DIR)[0]
    markup = newscorpus.render_html(article)
    first = article.quotes[0]
    assert first.speaker_mention is not None
    assert first.cue is not None
    assert f'<span class="who" data-for="1">{first.speaker_mention.text}</span>' in markup
    assert re.search(r'<span class="cue" data-for="1[ "][^>]*>' + first.cue.text, markup)


def test_the_tooltip_names_speaker_roles_kind_and_cue() -> None:
    article = newscorpus.load(SEED_DIR)[0]
    markup = newscorpus.render_html(article, standalone=True)
    tip = re.search(r'<mark id="q1"[^>]*data-tip="([^"]*)"', markup)
    assert tip is not None
    assert tip.group(1) == "Wladimir Putin\nrussischer Präsident\nindirect quote · cue: sagte"


def test_fragments_of_different_articles_share_no_id() -> None:
    first, second = (
        article_with("aaa bbb", [(0, 3, QuoteKind.DIRECT)], id=article_id)
        for article_id in ("one", "two")
    )
    ids = [
        set(re.findall(r'(?<![\w-])id="([^"]+)"', newscorpus.render_html(article)))
        for article in (first, second)
    ]
    assert len(ids[0]) == len(ids[1]) == 2
    assert ids[0].isdisjoint(ids[1])
    fragment = newscorpus.render_html(first)
    for target in re.findall(r'(?:href="#|aria-describedby=")([^"]+)"', fragment):
        assert f'id="{target}"' in fragment


def test_the_fragment_carries_its_style_and_no_script() -> None:
    markup = newscorpus.render_html(newscorpus.load(SEED_DIR)[0])
    assert markup.startswith('<div class="ncr"><style>')
    assert "<script" not in markup


def test_standalone_is_a_whole_offline_document() -> None:
    markup = newscorpus.render_html(newscorpus.load(SEED_DIR)[0], standalone=True)
    assert markup.startswith("<!DOCTYPE html>")
    assert parse(markup).tags["html"] == 1
    assert not re.search(r"(src|href)=\"(https?:)?//", markup)
    assert "@import" not in markup
    assert "url(" not in markup


def test_jupyter_shows_an_article_as_its_review_html() -> None:
    article = newscorpus.load(SEED_DIR)[0]
    assert article._repr_html_() == newscorpus.render_html(article)


def test_the_page_never_repeats_the_article_text_per_quote() -> None:
    long = " ".join(["word"] * 400)
    article = article_with(long, [(0, len(long), QuoteKind.DIRECT)] * 3)
    markup = newscorpus.render_html(article)
    assert markup.count(long) == 1


@given(articles())
def test_render_html_never_crashes_and_keeps_text_and_quotes(article: Article) -> None:
    structure = parse(newscorpus.render_html(article))
    shown = "\n".join([*structure.blocks[:1], "", *structure.blocks[1:]])
    assert shown == article.text.replace("\x00", "\ufffd")
    kept = [
        (str(n), visible("".join(q.part_texts))) for n, q in enumerate(article.quotes, 1) if q.text
    ]
    assert [(number, structure.quoted[number]) for number, _ in kept] == kept
    # One anchor per piece: a quote in parts has one for each part.
    assert len(structure.anchors) == sum(len(quote.content_spans) for quote in article.quotes)


def test_write_review_writes_index_speakers_and_pages(tmp_path: Path) -> None:
    corpus = newscorpus.load(SEED_DIR)
    index = newscorpus.write_review(corpus, tmp_path / "site")
    assert index == tmp_path / "site" / "index.html"
    names = sorted(path.relative_to(index.parent).as_posix() for path in index.parent.rglob("*"))
    assert names == [
        "articles",
        "articles/266daebb3b7432db.html",
        "index.html",
        "speakers",
        "speakers.html",
        "speakers/alexander-lukaschenko.html",
        "speakers/wladimir-putin.html",
    ]


def test_speaker_pages_use_the_corpus_speaker_and_link_into_the_article(tmp_path: Path) -> None:
    corpus = newscorpus.load(SEED_DIR)
    index = newscorpus.write_review(corpus, tmp_path)
    page = (index.parent / "speakers" / "wladimir-putin.html").read_text(encoding="utf-8")
    putin = [hit for hit in corpus.quotes() if hit.speaker and hit.speaker.id == "wladimir-putin"]
    links = re.findall(r'href="(\.\./articles/[^"#]+#q\d+)"', page)
    assert len(links) == len(putin) == 8
    assert links[0] == "../articles/266daebb3b7432db.html#q1"


def test_odd_article_ids_get_safe_distinct_file_names(tmp_path: Path) -> None:
    ids = ["../../etc/passwd", "ABC", "abc", "a b/c"]
    corpus = [Article(id=i, title="T", paragraphs=("p",)) for i in ids]
    index = newscorpus.write_review(corpus, tmp_path / "site")
    pages = sorted(path.name for path in (index.parent / "articles").iterdir())
    assert len(pages) == len(ids)
    assert all(re.fullmatch(r"[A-Za-z0-9_-]+\.html", name) for name in pages)
    assert not (tmp_path / "etc").exists()


@pytest.mark.parametrize("reserved", ["con", "NUL", "Aux", "prn", "com1", "LPT9"])
def test_an_id_that_names_a_windows_device_gets_a_hashed_file_name(
    tmp_path: Path, reserved: str
) -> None:
    index = newscorpus.write_review(
        [Article(id=reserved, title="T", paragraphs=("p",))], tmp_path / "site"
    )
    (page,) = (index.parent / "articles").iterdir()
    assert page.name.split(".")[0].casefold() != reserved.casefold()


def test_the_most_quoted_list_leaves_out_generic_speakers_as_speakers_does(
    tmp_path: Path,
) -> None:
    article = newscorpus.parse_article(
        "Unfall in Berlin\n\nDie Polizei sagte: „Niemand wurde verletzt.“\n\n"
        "Anna Berg sagte: „Ich habe es gesehen.“\n",
        id="0123456789abcdef",
    )
    index = newscorpus.write_review([article], tmp_path)
    most_quoted = re.findall(r'<ol class="speakerlist">(.*?)</ol>', index.read_text("utf-8"))
    everyone = (tmp_path / "speakers.html").read_text(encoding="utf-8")
    assert ("Anna Berg" in most_quoted[0], "Polizei" in most_quoted[0]) == (True, False)
    assert "Polizei" in everyone


def test_the_index_lists_every_article_with_its_kind_counts(tmp_path: Path) -> None:
    index = newscorpus.write_review(newscorpus.load(SEED_DIR), tmp_path)
    page = index.read_text(encoding="utf-8")
    assert page.count('<a href="articles/266daebb3b7432db.html">') == 1
    assert '<td class="n" data-v="9">9</td>' in page  # all quotes
    assert '<td class="n" data-v="1">1</td><td class="n" data-v="8">8</td>' in page


def test_cli_review_writes_the_site_for_the_bundled_seed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["review", "-o", str(tmp_path / "site")]) == 0
    assert (tmp_path / "site" / "articles" / "266daebb3b7432db.html").is_file()
    assert "wrote 1 article pages and 2 speaker pages" in capsys.readouterr().err


def test_cli_review_needs_an_output_folder(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["review"])
    assert raised.value.code == 2
    assert "-o/--output" in capsys.readouterr().err


def test_cli_review_refuses_a_file_as_the_output_folder(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "site.html"
    target.write_text("not a folder", encoding="utf-8")
    assert main(["review", "-o", str(target)]) == 1
    assert capsys.readouterr().err == (
        f"newscorpus: error: {target}: the review site is a folder of pages; this is a file,"
        " not a folder\n"
    )
    assert target.read_text(encoding="utf-8") == "not a folder"


@pytest.mark.parametrize("standalone", [False, True])
def test_render_html_of_something_that_is_no_article_is_a_query_error(standalone: bool) -> None:
    with pytest.raises(newscorpus.QueryError) as excinfo:
        newscorpus.render_html("<p>text</p>", standalone=standalone)  # type: ignore[arg-type]

    assert str(excinfo.value) == "render_html takes an Article, got str"


def test_cli_review_into_a_file_stops_before_the_source_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A bad seed file shows whether the source was read first: its error would come first.
    bad = tmp_path / "001_0123456789abcdef.txt"
    bad.write_text("Headline\nnot blank\nParagraph.\n", encoding="utf-8")
    target = tmp_path / "site.html"
    target.write_text("", encoding="utf-8")
    assert main(["review", str(bad), "-o", str(target)]) == 1
    assert capsys.readouterr().err == (
        f"newscorpus: error: {target}: the review site is a folder of pages; this is a file,"
        " not a folder\n"
    )
