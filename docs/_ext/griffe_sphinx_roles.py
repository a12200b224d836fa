"""A Griffe extension for the docs site: Sphinx cross-reference roles in docstrings as links.

newscorpus's docstrings name other objects Sphinx style (``:class:`Article```,
``:meth:`Corpus.quotes```, ``:attr:`~Article.text```). mkdocstrings renders Markdown, where such a
role would show up as literal text, so this extension rewrites every role before rendering:
a public newscorpus name becomes an autorefs link (``[`Article`][newscorpus.Article]``), whose
target the strict build checks; anything else (the standard library, private helpers) becomes
inline code. Configured in mkdocs.yml; used only when the site is built.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_ROLE = re.compile(r":(?:class|func|meth|attr|data|exc|mod|obj):`(?P<target>[^`]+)`")
_PACKAGE = "newscorpus"


class SphinxRoles(griffe.Extension):
    """Rewrite Sphinx roles in the docstrings of the whole package once it is loaded."""

    def on_package(self, *, pkg: griffe.Module, loader: griffe.GriffeLoader, **kwargs: Any) -> None:  # noqa: ANN401 - Griffe's hook signature
        del loader, kwargs
        if pkg.name != _PACKAGE:
            return
        public = {name for name, member in pkg.members.items() if member.is_public}
        for obj in _walk(pkg):
            if obj.docstring is not None:
                obj.docstring.value = _rewrite(obj.docstring.value, obj, pkg, public)


def _walk(obj: griffe.Object) -> list[griffe.Object]:
    """The object and every object defined in it (aliases are visited where they are defined)."""
    found = [obj]
    for member in obj.members.values():
        if not isinstance(member, griffe.Alias):
            found.extend(_walk(member))
    return found


def _rewrite(text: str, obj: griffe.Object, pkg: griffe.Module, public: set[str]) -> str:
    def link(match: re.Match[str]) -> str:
        target = match["target"]
        # Sphinx shows ":attr:`~Article.text`" as just "text".
        name = target.removeprefix("~")
        label = f"`{name.rsplit('.', 1)[-1] if target.startswith('~') else name}`"
        path = _public_path(name, obj, pkg, public)
        return label if path is None else f"[{label}][{path}]"

    return _ROLE.sub(link, text)


def _public_path(name: str, obj: griffe.Object, pkg: griffe.Module, public: set[str]) -> str | None:
    """The documented path ``newscorpus.X[.member]`` that ``name`` denotes from ``obj``, or None."""
    name = name.removeprefix(f"{_PACKAGE}.")
    head, _, rest = name.partition(".")
    if head in public and _has_member(pkg.members[head], rest):
        return f"{_PACKAGE}.{name}"
    # A bare member name in a class's docstrings (":meth:`get`") is one of that class's members.
    owner = obj if obj.is_class else obj.parent
    if (
        owner is not None
        and owner.is_class
        and owner.name in public
        and not rest
        and _has_member(pkg.members[owner.name], name)
    ):
        return f"{_PACKAGE}.{owner.name}.{name}"
    return None


def _has_member(obj: griffe.Object | griffe.Alias, dotted: str) -> bool:
    for part in filter(None, dotted.split(".")):
        if part not in obj.members:
            return False
        obj = obj.members[part]
    return True
