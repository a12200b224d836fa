"""The review report: articles as HTML with every quotation marked, and a static site of them.

``highlight`` nests overlapping marks into balanced HTML, ``pages`` renders pages as strings
(and one article, :func:`render_html`, which the model's notebook display uses),
``style`` holds the inline CSS and script, and ``site`` is the only part that writes files.
"""

from __future__ import annotations

from newscorpus._review.pages import render_html
from newscorpus._review.site import write_review

__all__ = ["render_html", "write_review"]
