"""Pure string renderers for the review report: objects in, HTML out, no files touched.

An article is rendered once: its text with every quotation, speaker mention and cue marked
(see ``highlight``), beside a list of its quotes that holds the per-quote facts (speaker, roles,
kind, cue, a short excerpt). Everything taken from the data is escaped here, in one of two ways:
:func:`escape_text` for text nodes, :func:`_attr` for attribute values.
"""

from __future__ import annotations

import collections
import datetime as dt
import hashlib
import html
from collections.abc import Callable
from typing import TYPE_CHECKING

import attrs

from newscorpus._exceptions import QueryError
from newscorpus._model import Article, QuoteKind, Speaker
from newscorpus._review.highlight import Mark, escape_text, highlight_lines
from newscorpus._review.style import FRAGMENT_CSS, KIND_CSS, PAGE_CSS, SORT_SCRIPT

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from newscorpus._model import Mention, Quote, Span

__all__ = [
    "ArticleEntry",
    "Links",
    "render_article_page",
    "render_fragment",
    "render_html",
    "render_index_page",
    "render_speaker_page",
    "render_speakers_page",
]

#: How each kind is named on labels, in the legend and in tooltips.
KIND_LABELS = {
    QuoteKind.DIRECT: "direct",
    QuoteKind.INDIRECT: "indirect",
    QuoteKind.FREE_INDIRECT: "free indirect",
    QuoteKind.REPORTED: "reported",
}
#: The side list shows at most this many characters of each quote: enough to recognise it,
#: short enough that a page never holds its article's text twice.
EXCERPT_LENGTH = 70
#: Speakers named per article on the index page, and speakers listed on the index page.
ARTICLE_TOP_SPEAKERS = 3
INDEX_TOP_SPEAKERS = 20
#: Stacking order of marks that share a span: quotes outside, then the speaker, then the cue.
_QUOTE_RANK, _SPEAKER_RANK, _CUE_RANK = 0, 1, 2
_NO_SPEAKER = "no speaker found"


def _attr(value: str) -> str:
    """Escape ``value`` for a double-quoted attribute; NUL, which HTML forbids, becomes U+FFFD."""
    escaped = html.escape(value, quote=True)
    return escaped.replace("\x00", "\ufffd") if "\x00" in escaped else escaped


def _no_link(_speaker: Speaker) -> str | None:
    return None


@attrs.frozen(kw_only=True)
class Links:
    """Where a page links to; ``None`` means a page that is not part of a site (no links)."""

    speaker_href: Callable[[Speaker], str | None] = _no_link
    speakers_href: str | None = None


# -- one article ---------------------------------------------------------------------------------


def quote_pieces(quote: Quote) -> tuple[Span, ...]:
    """The stretches of text a quote covers: its span, or its parts if its frame splits it.

    Every piece is highlighted and the frame between them is not; the first piece carries the
    quote's anchor.
    """
    return quote.content_spans


def _mention_pieces(mention: Mention) -> tuple[Span, ...]:
    return mention.parts or (mention.span,)


def _tip(quote: Quote, speaker: Speaker | None) -> str:
    lines = [speaker.name if speaker is not None else _NO_SPEAKER]
    if speaker is not None and speaker.roles:
        lines.append("; ".join(speaker.roles))
    if speaker is not None and quote.co_speakers:
        lines.append("together with " + ", ".join(other.name for other in quote.co_speakers))
    kind = f"{KIND_LABELS[quote.kind]} quote"
    lines.append(f"{kind} · cue: {quote.cue.text}" if quote.cue is not None else kind)
    return "\n".join(lines)


def _quote_marks(
    quotes: Sequence[Quote], speakers: Sequence[Speaker | None], prefix: str
) -> list[Mark]:
    marks: list[Mark] = []
    mentions: dict[tuple[str, int, int], list[int]] = collections.defaultdict(list)
    for number, (quote, speaker) in enumerate(zip(quotes, speakers, strict=True), start=1):
        kind = quote.kind.value
        tip = _attr(_tip(quote, speaker))
        label = f"{number} {KIND_LABELS[quote.kind]}"
        pieces = quote_pieces(quote)
        for part, piece in enumerate(pieces, start=1):
            anchor = f"{prefix}q{number}" if part == 1 else f"{prefix}q{number}-{part}"
            shown = label if len(pieces) == 1 else f"{label} ({part}/{len(pieces)})"
            data = f'data-q="{number}" data-tip="{tip}"'
            marks.append(
                Mark(
                    start=piece.start,
                    end=piece.end,
                    rank=_QUOTE_RANK,
                    # Screen readers get the quote's entry in the side list as its description.
                    open_tag=f'<mark id="{anchor}" class="q k-{kind}" {data} '
                    f'data-label="{_attr(shown)}" tabindex="0" '
                    f'aria-describedby="{prefix}qi{number}">',
                    cont_tag=f'<mark class="q k-{kind} cont" {data}>',
                    close_tag="</mark>",
                )
            )
        for role, mention in (("who", quote.speaker_mention), ("cue", quote.cue)):
            if mention is not None:
                for piece in _mention_pieces(mention):
                    mentions[role, piece.start, piece.end].append(number)
    for (role, start, end), numbers in mentions.items():
        tag = f'<span class="{role}" data-for="{" ".join(map(str, numbers))}">'
        rank = _SPEAKER_RANK if role == "who" else _CUE_RANK
        marks.append(
            Mark(start=start, end=end, rank=rank, open_tag=tag, cont_tag=tag, close_tag="</span>")
        )
    return marks


def _relations(quotes: Sequence[Quote]) -> list[str]:
    """For each quote: the quote it sits inside, or the quotes it crosses, as a short note.

    A quote's ``enclosing`` names its container; for a quote without one (built by hand, or
    read from an older file) the innermost quote whose span holds it is taken.
    """
    spans = [(quote.span.start, quote.span.end) for quote in quotes]
    by_start = sorted(range(len(spans)), key=lambda number: spans[number])
    notes: list[str] = []
    for number, (start, end) in enumerate(spans):
        enclosing = quotes[number].enclosing
        if enclosing is not None:
            notes.append(f"inside quote {enclosing + 1}")
            continue
        container: int | None = None
        crossing: list[int] = []
        for other in by_start:
            other_start, other_end = spans[other]
            if other_start > end:
                break  # sorted by start: no later quote can touch this one
            if other == number:
                continue
            same = (other_start, other_end) == (start, end)
            if other_start <= start and end <= other_end and (not same or other < number):
                # The innermost container is the one that starts last, then ends first.
                if container is None or (other_start, -other_end) >= (
                    spans[container][0],
                    -spans[container][1],
                ):
                    container = other
            elif (
                other_start < end
                and start < other_end
                and not (start <= other_start and other_end <= end)
            ):
                crossing.append(other + 1)
        if container is not None:
            notes.append(f"inside quote {container + 1}")
        elif crossing:
            notes.append("overlaps quote " + ", ".join(map(str, sorted(crossing))))
        else:
            notes.append("")
    return notes


def _excerpt(text: str) -> str:
    # Only the start is shown: no need to split a long quote whole.
    flat = " ".join(text[: 2 * EXCERPT_LENGTH].split())
    if len(flat) <= EXCERPT_LENGTH:
        return flat
    return flat[: EXCERPT_LENGTH - 1].rstrip() + "…"


def format_date(value: dt.date | dt.datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return value.isoformat()


def _meta(article: Article) -> str:
    facts = [
        format_date(article.published),
        article.outlet or "",
        f"language {article.language}" if article.language else "",
        f"{article.word_count:,} words",
        f"id {article.id}",
    ]
    line = " · ".join(escape_text(fact) for fact in facts if fact)
    if article.source:
        line += f'<br><span class="note">{escape_text(article.source)}</span>'
    return f'<p class="meta">{line}</p>'


def _legend() -> str:
    items = [
        f'<li class="q k-{kind.value}">{escape_text(label)}</li>'
        for kind, label in KIND_LABELS.items()
    ]
    items.append('<li><span class="who">speaker</span></li>')
    items.append('<li><span class="cue">cue</span></li>')
    return f'<ul class="legend" aria-label="legend">{"".join(items)}</ul>'


def _speaker_html(speaker: Speaker | None, links: Links) -> str:
    if speaker is None:
        return f'<span class="note">{_NO_SPEAKER}</span>'
    name = escape_text(speaker.name)
    href = links.speaker_href(speaker)
    shown = f'<a href="{_attr(href)}"><b>{name}</b></a>' if href else f"<b>{name}</b>"
    if speaker.roles:
        shown += f' <span class="roles">({escape_text("; ".join(speaker.roles))})</span>'
    return shown


def _side(
    article: Article, speakers: Sequence[Speaker | None], links: Links, level: int, prefix: str
) -> str:
    items: list[str] = []
    notes = _relations(article.quotes)
    for number, (quote, speaker) in enumerate(zip(article.quotes, speakers, strict=True), 1):
        facts = [_speaker_html(speaker, links)]
        if speaker is not None and quote.co_speakers:
            # Said together ("Anna und Ben sagten"): the others as the article names them.
            together = ", ".join(f"<b>{escape_text(other.name)}</b>" for other in quote.co_speakers)
            facts.append(f"together with {together}")
        if quote.cue is not None:
            facts.append(f'cue <span class="cue">{escape_text(quote.cue.text)}</span>')
        pieces = quote_pieces(quote)
        if len(pieces) > 1:
            facts.append(f'<span class="note">in {len(pieces)} parts</span>')
        if notes[number - 1]:
            facts.append(f'<span class="note">{notes[number - 1]}</span>')
        items.append(
            f'<li id="{prefix}qi{number}" class="k-{quote.kind.value}">'
            f'<a class="badge" href="#{prefix}q{number}">{number} {KIND_LABELS[quote.kind]}</a> '
            f"{' · '.join(facts)}"
            f'<span class="excerpt">{escape_text(_excerpt(quote.content))}</span></li>'
        )
    heading = f"<h{level}>Quotations ({len(article.quotes)})</h{level}>"
    body = f'<ol class="qlist">{"".join(items)}</ol>' if items else '<p class="note">None.</p>'
    warnings = ""
    if article.warnings:
        found = "".join(
            f"<li>{escape_text(warning.code)}: {escape_text(warning.message)}</li>"
            for warning in article.warnings
        )
        warnings = f'<h{level}>Reader warnings</h{level}><ul class="note">{found}</ul>'
    return (
        f'<aside class="side" aria-label="quotations">{heading}{_legend()}{body}{warnings}</aside>'
    )


def render_fragment(
    article: Article,
    speakers: Sequence[Speaker | None] | None = None,
    links: Links | None = None,
    *,
    heading: int = 2,
    style: bool = False,
    prefix: str = "",
) -> str:
    """The article's text with its quotes marked, and the quote list, in a ``div.ncr``.

    ``speakers`` gives the speaker to show for each quote (default: ``quote.speaker``);
    ``style`` puts the stylesheet inside the fragment, for a page that has none; ``prefix``
    starts every id (``q3`` becomes ``<prefix>q3``), so that several fragments can share a page.
    """
    shown = [quote.speaker for quote in article.quotes] if speakers is None else speakers
    links = links or Links()
    lines = highlight_lines(article.text, _quote_marks(article.quotes, shown, prefix))
    lang = f' lang="{_attr(article.language)}"' if article.language else ""
    body = [f'<h{heading} class="headline">{lines[0]}</h{heading}>', _meta(article)]
    # The text's second line is the blank one after the title: it holds no text, but it may
    # hold the start of a mark (a quote beginning at the line break), so it joins the first
    # paragraph rather than being dropped.
    body.append(f"<p>{lines[1]}{lines[2]}</p>")
    body.extend(f"<p>{line}</p>" for line in lines[3:])
    css = f"<style>{FRAGMENT_CSS}</style>" if style else ""
    return (
        f'<div class="ncr">{css}<div class="layout">'
        f'<article class="text" data-id="{_attr(article.id)}"{lang}>{"".join(body)}'
        f"</article>{_side(article, shown, links, heading + 1, prefix)}</div></div>"
    )


#: Hex digits of the article id's hash that start the ids in a fragment.
ID_DIGEST_LENGTH = 10


def render_html(article: Article, *, standalone: bool = False) -> str:
    """The article as HTML: its text with every quotation, speaker and cue marked.

    By default an HTML fragment (a ``<div class="ncr">`` with its own ``<style>``) to embed in a
    page or a notebook, whose ids (``q1``, ``qi1``, ...) start with a prefix made from the
    article id, so that several articles can share a page; ``standalone=True`` gives a complete
    HTML document, where quote ``n`` has the id ``qn``. Speakers are the
    article's own (``quote.speaker``); for corpus-level speakers use :func:`write_review`.
    """
    if not isinstance(article, Article):
        raise QueryError(f"render_html takes an Article, got {type(article).__name__}")
    if standalone:
        return render_standalone(article)
    # A notebook may show several articles on one page: ids must not collide between them.
    digest = hashlib.sha256(article.id.encode("utf-8", "surrogatepass")).hexdigest()
    return render_fragment(article, style=True, prefix=f"nc{digest[:ID_DIGEST_LENGTH]}-")


# -- pages ---------------------------------------------------------------------------------------


def _page(title: str, body: str, *, root: str, css: str = "", script: bool = False) -> str:
    """A page of the site: navigation, the page stylesheet plus ``css``, and ``body``."""
    nav = (
        f'<nav class="top"><a class="brand" href="{root}index.html">newscorpus review</a>'
        f'<a href="{root}index.html">Articles</a><a href="{root}speakers.html">Speakers</a></nav>'
    )
    tail = f"<script>{SORT_SCRIPT}</script>" if script else ""
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="generator" content="newscorpus">'
        f"<title>{escape_text(title)}</title><style>{PAGE_CSS}{css}</style></head>"
        f"<body>{nav}<main>{body}</main>{tail}</body></html>\n"
    )


def render_standalone(article: Article) -> str:
    """One article as a complete HTML document without site navigation."""
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape_text(article.title)}</title><style>{PAGE_CSS}{FRAGMENT_CSS}</style>"
        f"</head><body><main>{render_fragment(article, heading=1)}</main></body></html>\n"
    )


def render_article_page(article: Article, speakers: Sequence[Speaker | None], links: Links) -> str:
    return _page(
        article.title,
        render_fragment(article, speakers, links, heading=1),
        root="../",
        css=FRAGMENT_CSS,
    )


@attrs.frozen(kw_only=True)
class ArticleEntry:
    """What the index needs of one article: the article, its page, its quotes' speakers."""

    article: Article
    href: str
    speakers: tuple[Speaker | None, ...]


def _kind_counts(quotes: Iterable[Quote]) -> collections.Counter[QuoteKind]:
    return collections.Counter(quote.kind for quote in quotes)


def _index_row(entry: ArticleEntry, links: Links) -> str:
    article = entry.article
    counts = _kind_counts(article.quotes)
    ranked = collections.Counter(s for s in entry.speakers if s is not None).most_common(
        ARTICLE_TOP_SPEAKERS
    )
    top = ", ".join(_speaker_link(speaker, links, count) for speaker, count in ranked)
    date = format_date(article.published)
    cells = [
        f'<td class="date" data-v="{_attr(date)}">{escape_text(date) or "–"}</td>',
        (
            f'<td data-v="{_attr(article.title.casefold())}"><a href="{_attr(entry.href)}">'
            f"{escape_text(article.title)}</a></td>"
        ),
        f'<td data-v="{_attr(article.outlet or "")}">{escape_text(article.outlet or "–")}</td>',
        f'<td data-v="{_attr(article.language or "")}">{escape_text(article.language or "–")}</td>',
        f'<td class="n" data-v="{len(article.quotes)}">{len(article.quotes)}</td>',
        *(f'<td class="n" data-v="{counts[kind]}">{counts[kind]}</td>' for kind in KIND_LABELS),
        f'<td data-v="{_attr(ranked[0][0].name if ranked else "")}">{top}</td>',
    ]
    return f"<tr>{''.join(cells)}</tr>"


def _speaker_link(speaker: Speaker, links: Links, count: int) -> str:
    href = links.speaker_href(speaker)
    name = escape_text(speaker.name)
    shown = f'<a href="{_attr(href)}">{name}</a>' if href else name
    return f"{shown}\u00a0({count})"


def _date_order(entry: ArticleEntry) -> tuple[int, str]:
    """Newest first, undated last; the caller's order breaks ties (the sort is stable)."""
    published = entry.article.published
    return (1, "") if published is None else (0, format_date(published))


def render_index_page(
    entries: Sequence[ArticleEntry], ranked: Sequence[tuple[Speaker, int]], links: Links
) -> str:
    quotes = [quote for entry in entries for quote in entry.article.quotes]
    counts = _kind_counts(quotes)
    dates = sorted(
        format_date(entry.article.published)[:10]
        for entry in entries
        if entry.article.published is not None
    )
    languages = collections.Counter(e.article.language for e in entries if e.article.language)
    totals = [
        ("articles", f"{len(entries):,}"),
        ("quotations", f"{len(quotes):,}"),
        *((KIND_LABELS[kind], f"{counts[kind]:,}") for kind in KIND_LABELS),
        ("speakers", f"{len(ranked):,}"),
    ]
    if dates:
        totals.append(("published", f"{dates[0]} – {dates[-1]}"))
    if languages:
        totals.append(("languages", ", ".join(f"{k} {v:,}" for k, v in languages.most_common())))
    facts = "".join(f"<li><b>{escape_text(value)}</b>{label}</li>" for label, value in totals)
    ordered = sorted(entries, key=_date_order)
    dated_newest_first = [e for e in ordered if e.article.published is not None][::-1]
    ordered = dated_newest_first + [e for e in ordered if e.article.published is None]
    headers = [
        ("Date", "text", ""),
        ("Title", "text", ""),
        ("Outlet", "text", ""),
        ("Lang.", "text", ""),
        ("Quotes", "num", "n"),
        *((label.capitalize(), "num", "n") for label in KIND_LABELS.values()),
        ("Top speakers", "text", ""),
    ]
    head = "".join(
        f'<th data-type="{kind}" class="{css}" scope="col"><button type="button">{label}'
        "</button></th>"
        for label, kind, css in headers
    )
    rows = "".join(_index_row(entry, links) for entry in ordered)
    # People and organisations with names, as Corpus.speakers() lists them: "Polizei" or
    # "analysts" are no one in particular (they keep their pages and speakers.html rows).
    named = [(speaker, count) for speaker, count in ranked if not speaker.generic]
    top = "".join(
        f"<li>{_speaker_link(speaker, links, count)}</li>"
        for speaker, count in named[:INDEX_TOP_SPEAKERS]
    )
    speakers_more = (
        f' <a href="{links.speakers_href}">All {len(ranked):,} speakers</a>'
        if links.speakers_href
        else ""
    )
    body = (
        "<h1>Who said what</h1>"
        f'<ul class="totals">{facts}</ul>'
        f'<h2>Most quoted</h2><ol class="speakerlist">{top}</ol><p>{speakers_more}</p>'
        f'<h2>Articles</h2><p class="noprint">Newest first; click a column to sort.</p>'
        f'<div class="tablewrap"><table class="sortable"><thead><tr>{head}</tr></thead>'
        f"<tbody>{rows}</tbody></table></div>"
    )
    return _page("newscorpus review", body, root="", script=True)


def render_speakers_page(ranked: Sequence[tuple[Speaker, int]], links: Links) -> str:
    items = "".join(
        f"<li>{_speaker_link(speaker, links, count)}"
        + (
            f' <span class="roles">{escape_text("; ".join(speaker.roles))}</span>'
            if speaker.roles
            else ""
        )
        + "</li>"
        for speaker, count in ranked
    )
    body = f"<h1>Speakers ({len(ranked):,})</h1><p>Most quoted first.</p><ol>{items}</ol>"
    return _page("Speakers · newscorpus review", body, root="")


def render_speaker_page(
    speaker: Speaker,
    hits: Sequence[tuple[Article, int, str]],
) -> str:
    """``hits``: (article, quote number counted from 1, the article page's href) per quote."""
    facts = [f"{len(hits):,} quotations", speaker.kind.value]
    if speaker.roles:
        facts.append("; ".join(speaker.roles))
    aliases = [alias for alias in speaker.aliases if alias != speaker.name]
    if aliases:
        facts.append("also named " + ", ".join(aliases))
    groups: dict[str, list[tuple[Article, int, str]]] = {}
    for hit in hits:
        groups.setdefault(hit[0].id, []).append(hit)
    blocks: list[str] = []
    for group in groups.values():
        article, _, href = group[0]
        items = []
        for _, number, _ in group:
            quote = article.quotes[number - 1]
            cue = f" · cue <i>{escape_text(quote.cue.text)}</i>" if quote.cue is not None else ""
            items.append(
                f'<li class="k-{quote.kind.value}"><a class="badge" '
                f'href="{_attr(href)}#q{number}">{number} {KIND_LABELS[quote.kind]}</a>{cue}'
                f"<blockquote>{escape_text(quote.content)}</blockquote></li>"
            )
        date = format_date(article.published)
        blocks.append(
            f'<li><a href="{_attr(href)}"><b>{escape_text(article.title)}</b></a>'
            f' <span class="roles">{escape_text(date)}</span>'
            f'<ol class="ncr">{"".join(items)}</ol></li>'
        )
    body = (
        f"<h1>{escape_text(speaker.name)}</h1>"
        f"<p>{escape_text(' · '.join(facts))}</p>"
        f'<ul class="hits">{"".join(blocks)}</ul>'
    )
    return _page(f"{speaker.name} · newscorpus review", body, root="../", css=KIND_CSS)
