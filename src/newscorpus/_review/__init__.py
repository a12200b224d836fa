"""The review report: articles as HTML with every quotation marked, and a static site of them.

``highlight`` nests overlapping marks into balanced HTML, ``pages`` renders pages as strings,
``style`` holds the inline CSS and script, and ``site`` is the only part that writes files.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from newscorpus._review.pages import render_fragment, render_standalone
from newscorpus._review.site import write_review

if TYPE_CHECKING:
    from newscorpus._model import Article

__all__ = ["render_html", "write_review"]

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
    if standalone:
        return render_standalone(article)
    # A notebook may show several articles on one page: ids must not collide between them.
    digest = hashlib.sha256(article.id.encode("utf-8", "surrogatepass")).hexdigest()
    return render_fragment(article, style=True, prefix=f"nc{digest[:ID_DIGEST_LENGTH]}-")
