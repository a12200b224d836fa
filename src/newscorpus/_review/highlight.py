"""Turn a text and marked stretches of it, which may nest, overlap or cross, into balanced HTML.

HTML elements must nest, but quotations need not: a quote may contain another one, a speaker's
name may sit inside a quote, and two extracted quotes may cross. The highlighter sweeps the text
once from boundary to boundary, keeping a stack of open elements in a fixed order (earlier start
first, then longer first, then by rank). Where a mark ends while marks opened after it are still
open, those are closed and re-opened right after it with their *continuation* tag, so every
element is balanced and each character is inside exactly the marks that cover it. Line breaks
(``"\\n"``) close every open element and re-open them on the next line, so each line comes back
as a self-contained HTML string that can be wrapped in its own ``<p>``.

The module knows nothing about quotes: callers build :class:`Mark` objects with ready-made tags.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["Mark", "escape_text", "highlight_lines"]


@attrs.frozen(kw_only=True)
class Mark:
    """One element to wrap around ``text[start:end]``.

    ``open_tag`` opens the first piece of the element (it may carry an ``id``); ``cont_tag`` opens
    every later piece when the element has to be split; ``close_tag`` closes either. ``rank``
    breaks ties between marks with the same span: the lower rank goes outside.
    """

    start: int
    end: int
    rank: int
    open_tag: str
    cont_tag: str
    close_tag: str


def escape_text(text: str) -> str:
    """Escape ``text`` for an HTML text node; NUL, which HTML forbids, becomes U+FFFD."""
    escaped = html.escape(text, quote=False)
    return escaped.replace("\x00", "\ufffd") if "\x00" in escaped else escaped


def _order(mark: Mark) -> tuple[int, int, int]:
    return (mark.start, -mark.end, mark.rank)


def _line_breaks(text: str) -> list[int]:
    found: list[int] = []
    offset = text.find("\n")
    while offset >= 0:
        found.append(offset)
        offset = text.find("\n", offset + 1)
    return found


def highlight_lines(text: str, marks: Sequence[Mark]) -> list[str]:
    """Return one balanced HTML string per line of ``text`` with every mark applied.

    Text is escaped; the ``"\\n"`` separators themselves are not part of the output. A mark of
    length zero is emitted as an empty element where it stands.
    """
    # Sorting is stable: marks that tie on (start, end, rank) keep the caller's order.
    ordered = sorted((mark for mark in marks if mark.start < mark.end), key=_order)
    empty = sorted((mark for mark in marks if mark.start == mark.end), key=_order)
    breaks = _line_breaks(text)
    boundaries = sorted(
        {0, len(text), *breaks, *(offset + 1 for offset in breaks)}
        | {mark.start for mark in ordered}
        | {mark.end for mark in ordered}
        | {mark.start for mark in empty}
    )
    lines: list[str] = []
    out: list[str] = []
    stack: list[Mark] = []
    starting = 0  # next mark of `ordered` to open
    waiting = 0  # next mark of `empty` to emit
    for position, boundary in enumerate(boundaries):
        # 1. Close what ends here, and what was opened inside it; re-open the latter.
        lowest = next((level for level, mark in enumerate(stack) if mark.end <= boundary), None)
        if lowest is not None:
            reopen = [mark for mark in stack[lowest:] if mark.end > boundary]
            out.extend(mark.close_tag for mark in reversed(stack[lowest:]))
            del stack[lowest:]
            out.extend(mark.cont_tag for mark in reopen)
            stack.extend(reopen)
        # 2. Empty marks stand inside whatever is open here.
        while waiting < len(empty) and empty[waiting].start <= boundary:
            mark = empty[waiting]
            out.append(mark.open_tag + mark.close_tag)
            waiting += 1
        # 3. Open what starts here: the stack order is the sort order, so they go on top.
        while starting < len(ordered) and ordered[starting].start <= boundary:
            mark = ordered[starting]
            out.append(mark.open_tag)
            stack.append(mark)
            starting += 1
        if position + 1 == len(boundaries):
            break
        following = boundaries[position + 1]
        if text[boundary] == "\n":
            # A line break: close everything, end the line, re-open on the next line.
            out.extend(mark.close_tag for mark in reversed(stack))
            lines.append("".join(out))
            out = [mark.cont_tag for mark in stack]
            continue
        out.append(escape_text(text[boundary:following]))
    out.extend(mark.close_tag for mark in reversed(stack))
    lines.append("".join(out))
    return lines
