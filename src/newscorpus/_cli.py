"""The ``newscorpus`` command line: the only module that reads argv and decides exit codes.

Every sub-command reads a SOURCE (a seed file, a folder, a glob, an archive or a JSONL export;
``-`` for one seed article on stdin; by default the seed article bundled with the package) and
writes to stdout or, with ``-o``, to a file that appears atomically. Errors go to stderr as
``newscorpus: path:line: message`` with exit code 1, never as a traceback; bad arguments exit 2,
Ctrl-C 130 and SIGTERM 143. Tables for the terminal show control characters escaped.

Imports beyond the standard library's lightest modules happen inside the commands, so that
``--help`` is fast and a Ctrl-C while they load is handled like any other.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import errno
import json
import os
import re
import shutil
import signal
import sys
import textwrap
import time
import warnings
from typing import IO, TYPE_CHECKING, Any, Final, Literal, NoReturn, cast

from newscorpus._exceptions import (
    MetadataWarning,
    NewsCorpusError,
    NewsCorpusWarning,
    format_location,
)
from newscorpus._io.atomic import check_target, open_atomic

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence

    from _typeshed import SupportsWrite

    from newscorpus._corpus.corpus import Corpus, Stats
    from newscorpus._model import Article

__all__ = ["main"]

_PROGRAM = "newscorpus"
_BUNDLED = "bundled seed"
_STDIN = "-"
_STDIN_LOCATION = "<stdin>"
ErrorPolicy = Literal["raise", "warn", "skip"]
#: Exit codes besides 0 (success), 1 (an error) and argparse's 2 (bad arguments).
_EXIT_INTERRUPTED: Final = 130  # 128 + SIGINT, as shells report it
_EXIT_TERMINATED: Final = 143  # 128 + SIGTERM
#: C0 and C1 control characters: a terminal obeys them (clears the screen, sets the title).
_CONTROL: Final = re.compile("[\x00-\x1f\x7f-\x9f]")


def _escape(text: str) -> str:
    """``text`` with control characters shown as ``\\xNN``, safe to print on a terminal."""
    return _CONTROL.sub(lambda found: f"\\x{ord(found.group()):02x}", text)


class _CliError(Exception):
    """A usage problem found after argparse (bad option combination, unknown kind)."""


@contextlib.contextmanager
def _source_path(source: str | None) -> Iterator[str]:
    """Yield a filesystem path for ``source``; ``None`` means the seed bundled with the package."""
    if source is not None:
        yield source
        return
    import importlib.resources  # noqa: PLC0415 - keep the start fast

    bundled = importlib.resources.files("newscorpus") / "_seeds"
    with importlib.resources.as_file(bundled) as path:
        yield str(path)


class _ProgressLine:
    """``done / total articles, rate, ETA`` on one line of a terminal, for jobs over a second.

    A ``progress(done, total)`` callback for the reader; :meth:`close` clears the line.
    """

    def __init__(self, stream: IO[str], *, delay: float = 1.0, interval: float = 0.2) -> None:
        self._stream = stream
        self._started = time.monotonic()
        self._delay = delay
        self._interval = interval
        self._next = self._started + delay
        self._shown = False

    def __call__(self, done: int, total: int | None) -> None:
        now = time.monotonic()
        if now < self._next and done != total:
            return
        elapsed = now - self._started
        if elapsed < self._delay:
            return
        self._next = now + self._interval
        rate = done / elapsed
        line = f"{done:,} articles" if total is None else f"{done:,} / {total:,} articles"
        line += f"  {rate:,.0f}/s"
        if total is not None and rate > 0 and done < total:
            line += f"  ETA {_clock((total - done) / rate)}"
        self._stream.write(f"\r{line}\033[K")
        self._stream.flush()
        self._shown = True

    def close(self) -> None:
        if self._shown:
            self._stream.write("\r\033[K")
            self._stream.flush()


def _clock(seconds: float) -> str:
    minutes, second = divmod(round(seconds), 60)
    hours, minute = divmod(minutes, 60)
    return f"{hours}:{minute:02d}:{second:02d}" if hours else f"{minute}:{second:02d}"


@contextlib.contextmanager
def _output(target: str, *, newline: str | None = None) -> Iterator[IO[str]]:
    """Stdout for ``-``, otherwise a file written atomically."""
    if target == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    with open_atomic(target, newline=newline) as stream:
        yield stream


def _is_export(path: str) -> bool:
    """Whether ``path`` is read as a JSON Lines export rather than as seed files."""
    return path.lower().endswith((".jsonl", ".jsonl.gz"))


def _read_source(args: argparse.Namespace) -> Iterator[Article]:
    for _, article in _read_located(args):
        yield article


def _read_located(args: argparse.Namespace) -> Iterator[tuple[str, Article]]:
    """``(where the article is, article)``: a seed file or member, stdin, or a JSONL file."""
    from newscorpus._corpus.load import iter_source  # noqa: PLC0415 - keep --help fast
    from newscorpus._io import reader as _reader  # noqa: PLC0415

    extract = getattr(args, "extract", True)
    if args.source == _STDIN:
        located = _reader.iter_stream_articles(
            sys.stdin.buffer,
            location=_STDIN_LOCATION,
            errors=args.errors,
            metadata=args.metadata,
            extract=extract,
            language=args.language,
        )
        yield from located
        return
    # Progress only on a terminal: a log file or a pipe stays clean, and nothing is counted.
    line = _ProgressLine(sys.stderr) if sys.stderr.isatty() else None
    try:
        with _source_path(args.source) as path:
            if _is_export(path):
                if args.language is not None:
                    raise _CliError(
                        "--language applies to seed files; a .jsonl export keeps the "
                        "language and quotes it was written with"
                    )
                articles = iter_source(
                    path,
                    errors=args.errors,
                    metadata=args.metadata,
                    recursive=args.recursive,
                    extract=extract,
                    jobs=args.jobs,
                    progress=line,
                )
                yield from ((path, article) for article in articles)
            else:
                _refuse_parquet_folder(path)
                found = 0
                for item in _reader.iter_located_articles(
                    path,
                    errors=args.errors,
                    metadata=args.metadata,
                    recursive=args.recursive,
                    extract=extract,
                    jobs=args.jobs,
                    progress=line,
                    language=args.language,
                ):
                    found += 1
                    yield item
                if not found:
                    _warn_without_seed_files(path, recursive=args.recursive)
    finally:
        if line is not None:
            line.close()


def _refuse_parquet_folder(path: str) -> None:
    """A Parquet export holds no seed files: say so instead of reading 0 articles."""
    from newscorpus._io.parquet import is_parquet_folder  # noqa: PLC0415 - keep --help fast

    if is_parquet_folder(path):
        raise _CliError(
            f"{path}: a Parquet export folder, not seed files: the command line reads seed "
            "files and .jsonl exports; newscorpus.load() reads this folder"
        )


def _warn_without_seed_files(path: str, *, recursive: bool) -> None:
    """A folder without seed files gives no articles: say so rather than print 0 quotes."""
    from pathlib import Path  # noqa: PLC0415 - keep the start fast

    folder = Path(path)
    if not folder.is_dir():
        return
    # Names only, as the reader lists them: no file is opened, no link to a folder followed.
    if recursive:
        names = (name for _, _, files in os.walk(folder) for name in files)
    else:
        names = (child.name for child in folder.iterdir() if not child.is_dir())
    if any(name.endswith(".txt") and not name.startswith(".") for name in names):
        return  # seed files that were skipped: the reader has said why
    reason = "no seed files (*.txt) in this folder"
    if not recursive and any(child.is_dir() for child in folder.iterdir()):
        reason += " (--recursive reads sub-folders too)"
    warnings.warn(NewsCorpusWarning(reason, path=path), stacklevel=2)


def _load_corpus(args: argparse.Namespace) -> Corpus:
    from newscorpus._corpus.corpus import Corpus  # noqa: PLC0415 - keep `newscorpus --help` fast
    from newscorpus._identity.aliases import read_alias_table  # noqa: PLC0415

    # The table first: a bad one is found before minutes of extraction, not after.
    aliases = read_alias_table(args.aliases) if getattr(args, "aliases", None) else None
    return Corpus.from_articles(_read_source(args), aliases=aliases)


# -- sub-commands -----------------------------------------------------------------------------


def _command_export(args: argparse.Namespace) -> int:
    if args.aliases and args.format not in {"jsonld", "parquet", "csv"}:
        raise _CliError("--aliases applies to --format jsonld, parquet and csv only")
    if args.format == "jsonld":
        from newscorpus._io import jsonld as _jsonld  # noqa: PLC0415 - keep `newscorpus --help` fast

        # A corpus, so that a speaker is one node across articles (merged, with external ids).
        corpus = _load_corpus(args)
        _jsonld.write_jsonld(corpus, sys.stdout if args.output == "-" else args.output, indent=2)
        return 0
    from newscorpus._io import serialize as _serialize  # noqa: PLC0415 - keep `newscorpus --help` fast

    articles = _read_source(args)
    if args.format == "parquet":
        if args.output == "-":
            raise _CliError("--format parquet writes a folder: give it with -o DIR")
        from newscorpus._io.parquet import write_parquet  # noqa: PLC0415 - pyarrow is optional

        try:
            write_parquet(articles, args.output, aliases=args.aliases or None)
        except ImportError as error:  # the arrow extra is missing: say which to install
            raise _CliError(str(error)) from None
        return 0
    # Paths go to the writers themselves: they write atomically, and CSV files get the BOM
    # that spreadsheets need to see UTF-8 (a stream such as stdout gets none).
    target: str | IO[str] = sys.stdout if args.output == "-" else args.output
    if args.format == "jsonl":
        _serialize.write_jsonl(articles, target)
    elif args.format == "csv":
        _serialize.write_csv(articles, target, aliases=args.aliases or None)
    else:
        with _output(args.output, newline="\n") as stream:
            stream.write(_serialize.dumps(list(articles), indent=2))
            stream.write("\n")
    return 0


def _command_stats(args: argparse.Namespace) -> int:
    corpus = _load_corpus(args)
    stats = _stats_record(corpus.stats())
    if args.format == "json":
        print(json.dumps(stats, ensure_ascii=False, indent=2))
        return 0
    for label, value in stats.items():
        print(f"{label.replace('_', ' '):<12} {_format_stat(value)}")
    return 0


def _stats_record(stats: Stats) -> dict[str, object]:
    import attrs  # noqa: PLC0415 - keep the start fast

    record: dict[str, object] = {}
    for field in attrs.fields(type(stats)):
        value = getattr(stats, field.name)
        if isinstance(value, dt.date):
            value = value.isoformat()
        elif field.name == "languages":
            value = dict(value)
        record[field.name] = value
    return record


def _format_stat(value: object) -> str:
    if isinstance(value, dict):
        return ", ".join(f"{key}: {count:,}" for key, count in value.items()) or "-"
    if isinstance(value, int):
        return f"{value:,}"
    return "-" if value is None else str(value)


def _command_validate(args: argparse.Namespace) -> int:
    """List every problem as ``path:line: error|warning: ...``; exit 1 if a file is unreadable.

    Findings are located at the article's file (an archive member, stdin, the JSONL export);
    a ``source`` from a metadata sidecar, which cannot be opened, is shown beside it.
    """
    errors = 0
    findings = 0
    articles = 0
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", NewsCorpusWarning)
        args.errors = "warn"
        # Findings need no quotes: seed files are read without extraction. An export holds its
        # quotes and takes no extract option (asking it not to extract is an error).
        args.extract = args.source is not None and _is_export(args.source)
        for location, article in _read_located(args):
            articles += 1
            counts = _print_caught(caught)
            errors += counts[0]
            findings += counts[1]
            for warning in article.warnings:
                findings += 1
                _print_finding(
                    location, article, warning.line, f"[{warning.code}] {warning.message}"
                )
        counts = _print_caught(caught)
        errors += counts[0]
        findings += counts[1]
    print(
        f"{articles:,} articles read, {errors:,} errors, {findings:,} warnings",
        file=sys.stderr,
    )
    return 1 if errors else 0


def _print_finding(location: str, article: Article, line: int | None, message: str) -> None:
    where = format_location(location, line, None)
    about = []
    if _is_export(location):
        about.append(f"article {article.id}")
    if article.source is not None and article.source != location:
        about.append(f"source: {article.source}")
    suffix = f" ({'; '.join(about)})" if about else ""
    print(_escape(f"{where}: warning: {message}{suffix}"))


def _print_caught(caught: list[warnings.WarningMessage]) -> tuple[int, int]:
    """Print the reader's warnings: unreadable files as errors, unmatched sidecar rows as
    warnings. Return how many of each."""
    errors = 0
    findings = 0
    for item in caught:
        if not isinstance(item.message, NewsCorpusWarning):
            continue
        problem = item.message
        location = format_location(problem.path, problem.line, None)
        if isinstance(problem, MetadataWarning):
            print(_escape(f"{location}: warning: [unmatched-metadata] {problem.reason}"))
            findings += 1
        else:
            reason = problem.reason.removesuffix(" (skipped)")
            print(_escape(f"{location}: error: {reason}"))
            errors += 1
    caught.clear()
    return errors, findings


def _parse_kind(value: str | None) -> str | None:
    from newscorpus._model import QuoteKind  # noqa: PLC0415 - keep `newscorpus --help` fast

    if value is None:
        return None
    valid = [kind.value for kind in QuoteKind]
    if value not in valid:
        raise _CliError(f"--kind must be one of {', '.join(valid)}, got {value!r}")
    return value


def _command_quotes(args: argparse.Namespace) -> int:
    from newscorpus._corpus.corpus import Corpus  # noqa: PLC0415 - keep `newscorpus --help` fast
    from newscorpus._io import serialize as _serialize  # noqa: PLC0415 - keep `newscorpus --help` fast

    kind = _parse_kind(args.kind)
    # The same query on no articles: a bad date is found before the source is read.
    Corpus.from_articles(()).quotes(kind=kind, since=args.since, until=args.until)
    corpus = _load_corpus(args)
    hits = corpus.quotes(speaker=args.speaker, kind=kind, since=args.since, until=args.until)
    rows = list(_serialize.iter_quote_rows_for_hits(hits))
    _write_rows(args, rows, _serialize.QUOTE_COLUMNS, _quote_table)
    return 0


def _quote_table(rows: Sequence[dict[str, Any]], stream: IO[str]) -> None:
    """One row per quote; the speaker's role goes under the name and the quote wraps."""
    width = max(shutil.get_terminal_size((120, 24)).columns, 80)
    speakers = [_speaker_lines(row) for row in rows]
    columns = (
        ("article", 16, [str(row["article_id"]) for row in rows]),
        ("speaker", 30, [line for lines in speakers for line in lines]),
        ("kind", 13, [str(row["kind"]) for row in rows]),
        ("cue", 18, [str(row["cue"] or "") for row in rows]),
    )
    widths = [
        min(max([len(title), *(len(value) for value in values)]), limit)
        for title, limit, values in columns
    ]
    indent = sum(widths) + 2 * len(widths)
    quote_width = max(width - indent, 30)
    header = "".join(f"{title:<{w}}  " for (title, _, _), w in zip(columns, widths, strict=True))
    stream.write(f"{header}quote\n{'-' * min(width, indent + quote_width)}\n")
    for row, speaker in zip(rows, speakers, strict=True):
        quote = textwrap.wrap(str(row["quote"]), quote_width) or [""]
        cells = [[str(row["article_id"])], speaker, [str(row["kind"])], [str(row["cue"] or "")]]
        for line in range(max(len(quote), len(speaker))):
            left = "".join(
                f"{_clip(cell[line] if line < len(cell) else '', w):<{w}}  "
                for cell, w in zip(cells, widths, strict=True)
            )
            stream.write((left + (quote[line] if line < len(quote) else "")).rstrip() + "\n")
    stream.write(f"\n{len(rows):,} quotes\n")


def _speaker_lines(row: dict[str, Any]) -> list[str]:
    """The corpus-level speaker's name, and the roles the quote's article gives."""
    name = str(row["speaker_name"] or "?")
    role = row["article_speaker_roles"]
    return [name, f"({role})"] if role else [name]


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _command_search(args: argparse.Namespace) -> int:
    corpus = _load_corpus(args)
    found = corpus.search(args.query)
    rows = [
        {
            "article_id": article.id,
            "title": article.title,
            "published": article.published.isoformat() if article.published else None,
            "source": article.source,
        }
        for article in found
    ]
    columns = ("article_id", "title", "published", "source")

    def table(rows: Sequence[dict[str, Any]], stream: IO[str]) -> None:
        for row in rows:
            date = row["published"] or "-"
            stream.write(f"{row['article_id']}  {date:<10}  {row['title']}\n")
        stream.write(f"\n{len(rows):,} articles match {args.query!r}\n")

    _write_rows(args, rows, columns, table)
    return 0


def _command_speakers(args: argparse.Namespace) -> int:
    from newscorpus._io.serialize import list_cell  # noqa: PLC0415 - keep `newscorpus --help` fast

    corpus = _load_corpus(args)
    ranked = corpus.speakers(generic=args.generic)
    if args.top is not None:  # at least 1: _count refuses the rest
        ranked = ranked[: args.top]
    rows = [
        {
            "speaker_id": speaker.id,
            "name": speaker.name,
            "kind": speaker.kind.value,
            "quotes": count,
            "roles": list_cell(speaker.roles) or "",
            "aliases": list_cell(speaker.aliases) or "",
        }
        for speaker, count in ranked
    ]
    columns = ("speaker_id", "name", "kind", "quotes", "roles", "aliases")

    def table(rows: Sequence[dict[str, Any]], stream: IO[str]) -> None:
        name_width = min(max((len(str(row["name"])) for row in rows), default=4), 40)
        stream.write(f"{'quotes':>6}  {'name':<{name_width}}  roles\n")
        for row in rows:
            stream.write(
                f"{row['quotes']:>6}  {_clip(str(row['name']), name_width):<{name_width}}  "
                f"{row['roles']}\n",
            )

    _write_rows(args, rows, columns, table)
    return 0


def _command_review(args: argparse.Namespace) -> int:
    from newscorpus._review import write_review  # noqa: PLC0415 - keep `newscorpus --help` fast
    from newscorpus._review.site import check_review_folder  # noqa: PLC0415

    check_review_folder(args.output)  # before the source is read, not after
    corpus = _load_corpus(args)
    index = write_review(corpus, args.output)
    print(
        f"wrote {len(corpus):,} article pages and "
        f"{len(corpus.speakers(generic=True)):,} speaker pages; "
        f"open {index}",
        file=sys.stderr,
    )
    return 0


def _command_evaluate(args: argparse.Namespace) -> int:
    from newscorpus.evaluation._scoring import evaluate  # noqa: PLC0415 - keep `newscorpus --help` fast

    report = evaluate(args.gold, limit=args.limit, jobs=args.jobs)
    with _output(args.output, newline="\n") as stream:
        if args.format == "json":
            stream.write(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n")
        else:
            stream.write(report.to_markdown())
    return 0


def _write_rows(
    args: argparse.Namespace,
    rows: Sequence[dict[str, Any]],
    columns: Sequence[str],
    table: Callable[[Sequence[dict[str, Any]], IO[str]], None],
) -> None:
    if args.format == "jsonl":
        with _output(args.output, newline="\n") as stream:
            for row in rows:
                stream.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif args.format == "csv":
        from newscorpus._io.serialize import write_csv_table  # noqa: PLC0415 - keep --help fast

        # As export's quote table: a file gets the byte order mark spreadsheets need to see
        # UTF-8, and cells that a spreadsheet would run as a formula are escaped.
        with _output(args.output, newline="") as stream:
            if args.output != "-":
                stream.write("\ufeff")
            write_csv_table(rows, columns, stream)
    else:
        # Tables are read on a terminal, which obeys control characters in article text.
        shown = [
            {key: _escape(value) if isinstance(value, str) else value for key, value in row.items()}
            for row in rows
        ]
        with _output(args.output, newline="\n") as stream:
            table(shown, stream)


# -- argument parsing -------------------------------------------------------------------------


def _count(text: str) -> int:
    """An argparse type: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, got {value}")
    return value


class _VersionAction(argparse.Action):
    """``--version``: the installed version, looked up only when asked."""

    def __init__(self, option_strings: Sequence[str], dest: str, **_: object) -> None:
        del dest  # nothing is stored: the action exits
        super().__init__(
            option_strings,
            dest=argparse.SUPPRESS,
            default=argparse.SUPPRESS,
            nargs=0,
            help="show the version and exit",
        )

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> NoReturn:
        del namespace, values, option_string
        from newscorpus import __version__  # noqa: PLC0415 - read the metadata only when asked

        print(f"{_PROGRAM} {__version__}")
        parser.exit()


def _add_source(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "source",
        nargs="?",
        default=None,
        help="seed file, folder, glob, .zip/.tar/.tar.gz archive or .jsonl export; - for one "
        f"seed article on stdin (default: the {_BUNDLED} article)",
    )
    parser.add_argument(
        "--errors",
        choices=("raise", "warn", "skip"),
        default="raise",
        help="on a bad file: stop (raise, default), report it and go on (warn), or go on (skip)",
    )
    parser.add_argument("--metadata", help="metadata sidecar (.jsonl or .csv) mapping ids to dates")
    parser.add_argument("--recursive", action="store_true", help="descend into sub-folders")
    parser.add_argument(
        "--language",
        metavar="TAG",
        help="the language of articles whose metadata gives none, e.g. de or en "
        "(default: detected; for short texts too short to detect)",
    )
    parser.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help="read and extract in N processes, 0 for one per core (default: 1); "
        "the output is the same",
    )


def _jobs(value: str) -> int:
    from newscorpus._io.parallel import MAX_JOBS  # noqa: PLC0415 - keep `newscorpus --help` fast

    try:
        jobs = int(value)
    except ValueError:
        jobs = -1
    if jobs < 0:
        raise argparse.ArgumentTypeError(f"must be a whole number >= 0, got {value!r}")
    if jobs > MAX_JOBS:
        raise argparse.ArgumentTypeError(f"must be at most {MAX_JOBS}, got {value!r}")
    return jobs


def _add_output(parser: argparse.ArgumentParser, formats: Sequence[str], default: str) -> None:
    parser.add_argument(
        "--format", choices=tuple(formats), default=default, help=f"default: {default}"
    )
    parser.add_argument(
        "-o",
        "--output",
        default="-",
        help="file to write, atomically; devices and FIFOs are written in place "
        "(default: - for stdout)",
    )


class _Parser(argparse.ArgumentParser):
    """The argument parser, whose help lets a failed write through to :func:`main` (argparse's
    own ignores it and exits 0: `newscorpus --help > full/disk` said nothing)."""

    def print_help(self, file: SupportsWrite[str] | None = None) -> None:
        target = _stdout() if file is None else file
        # a command started with stdout closed (`newscorpus --help >&-`) has none: the help
        # goes to stderr then, as argparse's own does
        (sys.stderr if target is None else target).write(self.format_help())


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=_PROGRAM,
        description="Who said what: read news articles, extract quotations and their speakers.",
    )
    parser.add_argument("--version", action=_VersionAction)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    quotes = commands.add_parser("quotes", help="list the quotations and who said them")
    _add_source(quotes)
    quotes.add_argument("--speaker", help="only quotes by this speaker (name, alias or surname)")
    quotes.add_argument("--kind", help="direct, indirect, free_indirect or reported")
    quotes.add_argument("--since", help="only articles published on or after this date")
    quotes.add_argument("--until", help="only articles published on or before this date")
    quotes.add_argument("--aliases", help="alias table (.json or .csv) that wins over the merge")
    _add_output(quotes, ("table", "jsonl", "csv"), "table")
    quotes.set_defaults(handler=_command_quotes)

    export = commands.add_parser(
        "export",
        help="write articles with their quotes as JSON, CSV, schema.org JSON-LD or Parquet",
    )
    _add_source(export)
    export.add_argument("--no-extract", dest="extract", action="store_false", help="skip quotes")
    export.add_argument(
        "--aliases",
        help="alias table (.json or .csv): speaker merges and sameAs ids (jsonld, parquet, csv)",
    )
    _add_output(export, ("json", "jsonl", "csv", "jsonld", "parquet"), "jsonl")
    export.set_defaults(handler=_command_export)

    stats = commands.add_parser("stats", help="count articles, paragraphs, words, quotes, dates")
    _add_source(stats)
    stats.add_argument("--format", choices=("table", "json"), default="table")
    stats.set_defaults(handler=_command_stats)

    validate = commands.add_parser("validate", help="list every problem with file:line")
    _add_source(validate)
    validate.set_defaults(handler=_command_validate)

    search = commands.add_parser("search", help="articles containing all the words of a query")
    _add_source(search)
    search.add_argument("query", help='words (all must occur) and "quoted phrases"')
    _add_output(search, ("table", "jsonl", "csv"), "table")
    search.set_defaults(handler=_command_search)

    speakers = commands.add_parser("speakers", help="the most quoted speakers")
    _add_source(speakers)
    speakers.add_argument("--top", type=_count, help="show only the N (1 or more) most quoted")
    speakers.add_argument("--aliases", help="alias table (.json or .csv) that wins over the merge")
    speakers.add_argument(
        "--generic",
        action="store_true",
        help='also list speakers named only by a common noun ("Polizei", "the company")',
    )
    _add_output(speakers, ("table", "jsonl", "csv"), "table")
    speakers.set_defaults(handler=_command_speakers)

    review = commands.add_parser("review", help="write an HTML site to look at the quotes")
    _add_source(review)
    review.add_argument("--aliases", help="alias table (.json or .csv) that wins over the merge")
    review.add_argument("-o", "--output", required=True, help="folder to write the site into")
    review.set_defaults(handler=_command_review)

    evaluate = commands.add_parser("evaluate", help="score the extractor on gold data")
    evaluate.add_argument("--gold", required=True, help="GNQA or PolNeAR JSONL file")
    evaluate.add_argument(
        "--limit", type=_count, help="score only the first N (1 or more) documents"
    )
    evaluate.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help="extract in N processes, 0 for one per core (default: 1); the report is the same",
    )
    _add_output(evaluate, ("markdown", "json"), "markdown")
    evaluate.set_defaults(handler=_command_evaluate)
    return parser


#: The errors only a write raises: a full disk, a quota, a file grown past its limit.
_WRITE_ERRNOS: Final = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})
#: Exit code of an internal error (EX_SOFTWARE of sysexits.h).
_EXIT_INTERNAL_ERROR = 70
#: Set to show the traceback of an internal error instead of the one-line message.
_DEBUG_VARIABLE = "NEWSCORPUS_DEBUG"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except BrokenPipeError:
        raise  # `newscorpus --help | head`: run() ends it quietly
    except OSError as error:
        # --help and --version print to stdout before any command runs: a full disk there
        print(_escape(f"{_PROGRAM}: error: {_describe_stdout_error(error)}"), file=sys.stderr)
        return 1
    except SystemExit:
        # --help asks to exit once its text is in stdout's buffer: argparse ignores a failed
        # write, and the interpreter's last flush of a full disk fails without a word (exit
        # 0), so the text is flushed here, where a failure can still be reported.
        try:
            _flush_stdout()
        except BrokenPipeError:
            raise
        except OSError as error:
            print(_escape(f"{_PROGRAM}: error: {_describe_stdout_error(error)}"), file=sys.stderr)
            return 1
        raise
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("default", NewsCorpusWarning)
            warnings.showwarning = _show_warning
            _check_output(args)
            result: int = args.handler(args)
    except (NewsCorpusError, _CliError) as error:
        print(_escape(f"{_PROGRAM}: error: {error}"), file=sys.stderr)
        return 1
    except BrokenPipeError:
        raise  # the reader of our output went away: run() deals with it
    except OSError as error:
        # Missing files, permissions, a full disk: the operating system's message says it best.
        described = (
            _describe_stdout_error(error)
            if getattr(args, "output", "-") == "-"
            else _describe_os_error(error)
        )
        print(_escape(f"{_PROGRAM}: error: {described}"), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return _EXIT_INTERRUPTED
    except Exception as error:  # the last resort: a bug, never a traceback
        if os.environ.get(_DEBUG_VARIABLE):
            raise
        print(
            _escape(
                f"{_PROGRAM}: internal error: {type(error).__name__}: {error} (a bug in"
                f" newscorpus; please report it with the command you ran; {_DEBUG_VARIABLE}=1"
                " shows where it happened)"
            ),
            file=sys.stderr,
        )
        return _EXIT_INTERNAL_ERROR
    return result


def _check_output(args: argparse.Namespace) -> None:
    """An output file that cannot be written (a folder) or that is one of the command's input
    files stops the command before its work."""
    target = getattr(args, "output", "-")
    if target == "-" or args.handler is _command_review or getattr(args, "format", "") == "parquet":
        return  # stdout, or a folder of files that its writer checks
    check_target(target)
    for name in _INPUT_ARGUMENTS:
        given = getattr(args, name, None)
        if isinstance(given, str) and given != "-" and _same_file(given, target):
            # The output replaces its file once written, so the input would be lost:
            # "evaluate --gold gold.jsonl -o gold.jsonl" left no gold file behind.
            option = "the source" if name == "source" else f"--{name}"
            raise _CliError(f"{target}: is also {option}; write the output to another file")


#: The arguments that name a command's input files, which its output must not overwrite.
_INPUT_ARGUMENTS: Final = ("source", "metadata", "aliases", "gold")


def _same_file(first: str, second: str) -> bool:
    """Whether two paths name the same existing file (through links too)."""
    from pathlib import Path  # noqa: PLC0415 - keep the start fast

    try:
        return Path(first).samefile(second)
    except (OSError, ValueError):
        return False  # one of them does not exist (or is no valid path): not the same file


def _describe_stdout_error(error: OSError) -> str:
    """:func:`_describe_os_error`, naming standard output for an unnamed error only a write
    raises: every file newscorpus writes names itself (WriteError), so a full disk without a
    name while the output goes to stdout is stdout's (`newscorpus quotes > full/disk`)."""
    if error.filename is None and error.errno in _WRITE_ERRNOS:
        return f"standard output: cannot write: {error.strerror}"
    return _describe_os_error(error)


def _describe_os_error(error: OSError) -> str:
    """``path: reason`` like the other errors, without Python's ``[Errno N]`` prefix."""
    if error.strerror is None:
        return str(error)
    if error.filename is None:
        return error.strerror
    return f"{error.filename}: {error.strerror}"


def _show_warning(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: IO[str] | None = None,
    line: str | None = None,
) -> None:
    del filename, lineno, file, line
    label = "warning" if issubclass(category, NewsCorpusWarning) else category.__name__
    print(_escape(f"{_PROGRAM}: {label}: {message}"), file=sys.stderr)


def _terminate(signum: int, frame: object) -> NoReturn:
    """SIGTERM: unwind like an exception, so that a file being written is removed."""
    del signum, frame
    raise SystemExit(_EXIT_TERMINATED)


def run() -> None:
    """Entry point for the ``newscorpus`` script: exit with :func:`main`'s code."""
    code = 0
    try:
        signal.signal(signal.SIGTERM, _terminate)
        code = main()
        _flush_stdout()
    except KeyboardInterrupt:
        # Ctrl-C before main() could catch it (while the modules load): quiet, like later.
        code = _EXIT_INTERRUPTED
    except BrokenPipeError:
        # `newscorpus quotes | head`: the reader went away. Exit quietly (as the Python docs
        # recommend for SIGPIPE).
        _discard_stdout()
        code = 1
    except OSError as error:
        # The last of the output did not fit (`newscorpus quotes > full/disk`). When main()
        # failed, it said why (most often this very failure, seen by an earlier write), and
        # its exit code stands; only a command that succeeded until this flush is told here.
        if code == 0:
            print(_escape(f"{_PROGRAM}: error: {_describe_stdout_error(error)}"), file=sys.stderr)
            code = 1
        _discard_stdout()
    raise SystemExit(code)


def _stdout() -> IO[str] | None:
    """Standard output, or None when the command started with it closed (`newscorpus --help
    >&-`): Python then sets ``sys.stdout`` to None, whatever its annotation says."""
    return cast("IO[str] | None", sys.stdout)


def _flush_stdout() -> None:
    """Write what stdout holds in its buffer, if there is a stdout (see :func:`_stdout`)."""
    stdout = _stdout()
    if stdout is not None:
        stdout.flush()


def _discard_stdout() -> None:
    """Point stdout at the null device, so that the interpreter's final flush of what could not
    be written does not fail again with a traceback."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
