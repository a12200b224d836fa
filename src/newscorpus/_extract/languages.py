"""The registry of languages: the single source of what is supported, for detection, lexicons
and rules.

A :class:`Language` is a bundle: a folder of lexicon files (the format of each is in its header),
how its speaker mentions are read (:class:`SpeakerGrammar`), and optionally the rules that are
truly its own. A language without rules of its own runs the shared rules
(``newscorpus._extract.shared_rules``), driven by its lexicons alone. German and English are
registered when this module is imported; :func:`register_language` adds another one.

Everything derived from lexicons is cached per language code; registering or unregistering a
language clears those caches (the modules that keep one hand their ``cache_clear`` to
:func:`on_registry_change`).
"""

from __future__ import annotations

import enum
import functools
import importlib
import os
import sys
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from newscorpus._exceptions import NewsCorpusError, UnsupportedLanguageError

if sys.version_info >= (3, 11):
    from importlib.resources.abc import Traversable
else:  # pragma: no cover - Python 3.10
    from importlib.abc import Traversable

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = [
    "ContentEnd",
    "Language",
    "SpeakerGrammar",
    "bundled_lexicons",
    "get_language",
    "on_registry_change",
    "register_language",
    "supported_languages",
    "unregister_language",
    "unsupported_language",
]


class SpeakerGrammar(enum.Enum):
    """How the words naming a speaker are split into name, role and kind."""

    #: Inflected role nouns and adjectives, compounds ("Innenminister"), genitive articles.
    GERMAN = "german"
    #: Honorifics ("Mr", "Sen."), possessives, "of"/"for" attachments.
    ENGLISH = "english"
    #: Lexicon look-ups only: pronouns, role nouns, organisations, first names; capitalised
    #: words are a name. What a language registered with a handful of lexicons gets.
    PLAIN = "plain"


class ContentEnd(enum.Enum):
    """Which attributions of a sentence end a content that runs into them (overlap trimming,
    ``newscorpus._extract.engine.trim_overlaps``)."""

    #: Any attribution: "Er sagte, X, und fügte hinzu, Y" ends X at "und fügte hinzu".
    ANY_ATTRIBUTION = "any"
    #: Only one whose speaker trails its own content: "… that she didn't want it, the source
    #: added"; a verb of saying inside a content stays part of it ("said the senator told him").
    TRAILING_ATTRIBUTION = "trailing"


def unsupported_language(code: object) -> UnsupportedLanguageError:
    """The error for a language tag with no registered bundle, naming the tag as given and the
    supported languages."""
    supported = ", ".join(repr(known) for known in supported_languages())
    return UnsupportedLanguageError(
        f"no extraction rules for language {code!r}; supported: {supported}"
        " (register_language() adds one)"
    )


def _check_code(_: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not (value.isascii() and value.isalpha() and value.islower()):
        raise NewsCorpusError(
            f"Language.{attribute.name}: expected a lower-case primary language subtag such as"
            f" 'de', got {value!r}"
        )


def _check_positive(_: object, attribute: attrs.Attribute[int], value: int) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise NewsCorpusError(
            f"Language.{attribute.name}: expected a whole number of 1 or more, got {value!r}"
        )


def _as_folder(value: str | os.PathLike[str] | Traversable) -> Path | Traversable:
    """A lexicon folder given as a path string or path-like object as a :class:`Path`; a
    :class:`Traversable` (a package's resources) as it is; anything else an error now rather
    than an ``AttributeError`` at the first extraction."""
    if isinstance(value, (str, os.PathLike)):
        return Path(value)
    if not callable(getattr(value, "joinpath", None)):
        raise NewsCorpusError(
            f"Language.lexicons: expected a folder (a path or a Traversable), got {value!r}"
        )
    return value


@attrs.frozen(kw_only=True)
class Language:
    """A language bundle.

    ``code`` is the primary BCP 47 subtag ("de"); ``lexicons`` the folder of its lexicon files (a
    path, a path string or a package's ``Traversable``);
    ``rules`` the language's own rules as ``"module:function"`` (imported on first use, so a
    bundle stays cheap to build and to pickle), or None for the shared rules alone;
    ``content_ends`` which attributions end a content that runs into them; how the content
    before a trailing attribution ("…, sagte Putin.", "…, officials said.") is read: it needs
    ``trailing_min_words`` words unless it holds a quotation, and with
    ``dash_joins_quotations`` dashes join the quotations of a quote-only one like commas
    (``newscorpus._extract.engine.trailing_content``).
    """

    code: str = attrs.field(validator=_check_code)
    name: str
    lexicons: Path | Traversable = attrs.field(converter=_as_folder)
    speaker_grammar: SpeakerGrammar = SpeakerGrammar.PLAIN
    rules: str | None = None
    content_ends: ContentEnd = ContentEnd.ANY_ATTRIBUTION
    trailing_min_words: int = attrs.field(default=2, validator=_check_positive)
    dash_joins_quotations: bool = False

    def load_rules(self) -> Callable[..., Any] | None:
        """The rules function named by :attr:`rules`, or None."""
        return None if self.rules is None else _import_rules(self.rules)


@functools.cache
def _import_rules(name: str) -> Callable[..., Any]:
    """The function named ``"module:function"``, imported once per process."""
    module_name, _, function = name.partition(":")
    try:
        found: Callable[..., Any] = getattr(importlib.import_module(module_name), function)
    except (ImportError, AttributeError) as error:
        raise NewsCorpusError(f"cannot load the rules {name!r}: {error}") from error
    if not callable(found):
        raise NewsCorpusError(f"cannot load the rules {name!r}: {found!r} is not a function")
    return found


def bundled_lexicons(code: str) -> Traversable:
    """The folder of a language bundled with newscorpus: ``_extract/lang/<code>/``."""
    return resources.files("newscorpus").joinpath("_extract").joinpath("lang").joinpath(code)


_BUILT_IN = (
    Language(
        code="de",
        name="German",
        lexicons=bundled_lexicons("de"),
        speaker_grammar=SpeakerGrammar.GERMAN,
        rules="newscorpus._extract.lang.de.rules:find_attributions_de",
        trailing_min_words=3,
    ),
    Language(
        code="en",
        name="English",
        lexicons=bundled_lexicons("en"),
        speaker_grammar=SpeakerGrammar.ENGLISH,
        rules="newscorpus._extract.lang.en.rules:find_attributions_en",
        content_ends=ContentEnd.TRAILING_ATTRIBUTION,
        dash_joins_quotations=True,
    ),
)

_registry: dict[str, Language] = {language.code: language for language in _BUILT_IN}
_listeners: list[Callable[[], None]] = []


def on_registry_change(clear: Callable[[], None]) -> None:
    """Call ``clear`` whenever a language is registered or unregistered (a cache's clear)."""
    _listeners.append(clear)


def _changed() -> None:
    for clear in _listeners:
        clear()


def register_language(language: Language) -> None:
    """Add a language bundle; its code must not be registered yet.

    Registration is per process: worker processes of a pool started with ``spawn`` register
    their own languages.
    """
    if not isinstance(language, Language):
        raise NewsCorpusError(
            f"register_language: expected a Language bundle, got {language!r}"
            " (Language(code=..., name=..., lexicons=folder))"
        )
    if language.code in _registry:
        raise NewsCorpusError(
            f"language {language.code!r} is registered already"
            " (unregister_language() it first to replace it)"
        )
    _registry[language.code] = language
    _changed()


def unregister_language(code: str) -> None:
    """Remove a registered language (built-in ones included)."""
    if _registry.pop(code, None) is None:
        raise unsupported_language(code)
    _changed()


def supported_languages() -> tuple[str, ...]:
    """The codes of the registered languages, in registration order (detection prefers the
    earlier one on a tie)."""
    return tuple(_registry)


def get_language(code: str) -> Language:
    """The bundle of a primary language subtag; :class:`UnsupportedLanguageError` if none."""
    language = _registry.get(code)
    if language is None:
        raise unsupported_language(code)
    return language
