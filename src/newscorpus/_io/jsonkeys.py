"""JSON objects read with every key once: the hook the readers of records, metadata and gold
files share.

A JSON parser keeps the last value of a key given twice, so the first is dropped without a word.
``json.loads(text, object_pairs_hook=object_with_unique_keys)`` raises :class:`KeyGivenTwice`
instead; each reader turns it into its own error, naming its file and line.
"""

from __future__ import annotations

from typing import Any

__all__ = ["KeyGivenTwice", "object_with_unique_keys"]


class KeyGivenTwice(Exception):  # noqa: N818 - no error of the API: each reader turns it into one
    """A key given twice in one JSON object; ``key`` is the key.

    Not a ``ValueError``, which the readers catch for text that is not JSON at all.
    """

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key

    @property
    def reason(self) -> str:
        """What the readers say of it: "the key 'title' is given twice in one object"."""
        return f"the key {self.key!r} is given twice in one object"


def object_with_unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object as a dict; :class:`KeyGivenTwice` for a key given twice."""
    mapping = dict(pairs)
    if len(mapping) < len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise KeyGivenTwice(key)
            seen.add(key)
    return mapping
